"""The synthetic community: deterministic, and its ground truth in the documented shape."""

from __future__ import annotations

import hashlib
import json

from assistant import PostSeen, load_ground_truth
from assistant.colours import colour_name
from assistant.synthetic import FADING_COLOURS, RISING_COLOURS, SyntheticConfig, generate

SMALL = SyntheticConfig(seed=21, n_posts=800, n_actors=100, n_listings=40, n_orders=200)


def _fingerprint(config: SyntheticConfig) -> str:
    digest = hashlib.sha256()
    for event in generate(config).events():
        digest.update(repr(event).encode())
    return digest.hexdigest()


def test_the_same_seed_gives_the_same_community() -> None:
    assert _fingerprint(SMALL) == _fingerprint(SMALL)
    other = SyntheticConfig(seed=22, n_posts=800, n_actors=100, n_listings=40, n_orders=200)
    assert _fingerprint(other) != _fingerprint(SMALL)


def test_ground_truth_has_the_documented_shape_and_loads() -> None:
    community = generate(SMALL)
    doc = json.loads(json.dumps(community.ground_truth))
    assert doc["version"] == 1
    assert {"tags", "colours", "clusters", "by_role", "demand", "start_ms", "end_ms"} <= set(doc)
    assert all(isinstance(c, str) and c.startswith("#") for c in doc["colours"]["rising"])
    truth = load_ground_truth(doc)
    assert truth.colours.rising == set(RISING_COLOURS)
    assert truth.colours.fading == set(FADING_COLOURS)
    assert truth.tags_by_role["model"].rising == {"digitals"}


def test_planted_colours_stay_in_their_bins() -> None:
    community = generate(SMALL)
    posts = [e for e in community.events() if isinstance(e, PostSeen)]
    names = {colour_name(c) for p in posts for c in p.palette}
    assert set(RISING_COLOURS) | set(FADING_COLOURS) <= names
    assert all(len(p.palette) <= 5 and len(p.tags) <= 16 for p in posts)
