"""The simulated community's plan: reproducible people and trends, media that decode, and ground truth."""

from __future__ import annotations

import json
import random
import zlib
from pathlib import Path

import pytest

from fullnode.community import Community, TrendPlan, make_cast
from fullnode.community.media import HAVE_AV, make_clip, make_image, png
from lightnode.protocol.actions import Role
from lightnode.protocol.keys import PrivateKey


def test_the_same_seed_gives_the_same_people_and_another_seed_others() -> None:
    first, again, other = make_cast(7), make_cast(7), make_cast(8)
    assert [(m.name, m.role, m.key.public_key.raw) for m in first] == [
        (m.name, m.role, m.key.public_key.raw) for m in again
    ]
    assert [m.key.public_key.raw for m in first] != [m.key.public_key.raw for m in other]
    assert 30 <= len(first) <= 60
    assert {m.role for m in first} == set(Role)
    assert len({m.actor_id for m in first}) == len(first)


def test_planted_trends_rise_and_fade_and_show_in_what_is_posted() -> None:
    plan = TrendPlan(3, weeks=12)
    truth = plan.ground_truth()
    rising = [t for t in plan.trends if t.kind == "tag" and t.direction == "rising"]
    fading = [t for t in plan.trends if t.kind == "tag" and t.direction == "fading"]
    assert rising
    assert fading
    assert all(t.weight(0) < t.weight(11) for t in rising)
    assert all(t.weight(0) > t.weight(11) for t in fading)
    assert json.loads(json.dumps(truth)) == truth
    rng = random.Random(1)
    early = [tag for _ in range(400) for tag in plan.pick_tags(rng, 0.5, 1.0, 2)]
    late = [tag for _ in range(400) for tag in plan.pick_tags(rng, 11.5, 1.0, 2)]
    for trend in rising:
        assert late.count(trend.name) > early.count(trend.name)
    for trend in fading:
        assert late.count(trend.name) < early.count(trend.name)


def test_generated_images_and_clips_are_real_media() -> None:
    image, media_type = make_image(random.Random(1), (0xFF0000, 0x00FF00))
    assert media_type in ("image/jpeg", "image/png")
    assert image[:3] == b"\xff\xd8\xff" or image[:8] == b"\x89PNG\r\n\x1a\n"
    tiny = png([b"\x00\x00\x00\xff\xff\xff"], 2, 1)
    assert zlib.decompress(tiny[tiny.index(b"IDAT") + 4 : -16]) == b"\x00\x00\x00\x00\xff\xff\xff"
    clip = make_clip(random.Random(1), (0x0000FF,))
    if HAVE_AV:
        assert clip is not None
        assert clip[1] == "video/mp4"
        assert b"ftyp" in clip[0][:64]
    else:
        assert clip is None


def test_ground_truth_is_written_beside_the_data(tmp_path: Path) -> None:
    community = Community(["http://127.0.0.1:9"], [PrivateKey.generate()], seed=5, data_dir=tmp_path)
    path = community.write_ground_truth()
    truth = json.loads(path.read_text())
    assert path.parent == tmp_path
    assert truth["seed"] == 5
    assert len(truth["members"]) == len(community.members)
    assert {t["direction"] for t in truth["trends"]} == {"rising", "fading"}
    with pytest.raises(ValueError, match="at least one node"):
        Community([], [], seed=1, data_dir=tmp_path)
