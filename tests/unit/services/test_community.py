"""The simulated community: the same seed gives the same people and trends; its ground truth; newcomers."""

from __future__ import annotations

import json
from pathlib import Path

from fullnode.community import GROUND_TRUTH_FILE, Community, Member, make_cast
from fullnode.community.runner import _faucet_recipients
from fullnode.community.trends import TrendPlan
from lightnode.protocol.address import encode_address
from lightnode.protocol.keys import PrivateKey

FUNDER = PrivateKey(b"\x05" * 32)


def test_the_same_seed_gives_the_same_community() -> None:
    first, again, other = make_cast(3), make_cast(3), make_cast(4)

    def people(cast: list[Member]) -> list[tuple[object, ...]]:
        return [(m.name, m.role, m.region, m.actor_id, m.channel_key and m.channel_key.public_key) for m in cast]

    assert people(first) == people(again)
    assert [m.actor_id for m in first] != [m.actor_id for m in other]
    assert 30 <= len(first) <= 48, "a few dozen people"
    assert TrendPlan(3).ground_truth() == TrendPlan(3).ground_truth()
    assert TrendPlan(3).ground_truth()["trends"] != TrendPlan(4).ground_truth()["trends"]


def test_the_ground_truth_names_what_rises_and_fades_and_a_restart_continues_it(tmp_path: Path) -> None:
    community = Community(["http://127.0.0.1:1"], [FUNDER], seed=5, data_dir=tmp_path)
    community.tick = 57
    community._track_week()
    community._weeks[-1].tags.update(["quietluxury", "denim"])
    path = community.write_ground_truth()
    assert path == tmp_path / GROUND_TRUTH_FILE
    truth = json.loads(path.read_text())
    plan = TrendPlan(5)
    rising = {t.name for t in plan.trends if t.kind == "tag" and t.direction == "rising"}
    assert set(truth["tags"]["rising"]) == rising
    assert set(truth["tags"]["fading"]) == {t.name for t in plan.trends if t.kind == "tag"} - rising
    assert all(c.startswith("#") and len(c) == 7 for c in truth["colours"]["rising"] + truth["colours"]["fading"])
    assert truth["version"] == 1
    assert truth["tick"] == 57
    assert truth["start_ms"] <= truth["end_ms"]

    restarted = Community(["http://127.0.0.1:1"], [FUNDER], seed=5, data_dir=tmp_path)
    restarted._resume()
    assert restarted.tick == 57
    assert restarted._weeks[-1].tags["quietluxury"] == 1
    stranger = Community(["http://127.0.0.1:1"], [FUNDER], seed=6, data_dir=tmp_path)
    stranger._resume()
    assert stranger.tick == 0, "another seed's ground truth is not continued"


def test_the_faucets_payments_are_recognised_in_block_events() -> None:
    faucet, newcomer, other = PrivateKey(b"\x01" * 32), PrivateKey(b"\x02" * 32), PrivateKey(b"\x03" * 32)
    frame = {
        "type": "events",
        "events": [
            {"kind": "transfer", "actors": [encode_address(faucet.actor_id), encode_address(newcomer.actor_id)]},
            {"kind": "transfer", "actors": [encode_address(other.actor_id), encode_address(newcomer.actor_id)]},
            {"kind": "follow", "actors": [encode_address(faucet.actor_id), encode_address(other.actor_id)]},
            {"kind": "transfer", "actors": [encode_address(faucet.actor_id), "exc1broken"]},
        ],
    }
    assert _faucet_recipients(frame, encode_address(faucet.actor_id)) == [newcomer.actor_id]
    assert _faucet_recipients({"type": "actions"}, encode_address(faucet.actor_id)) == []
