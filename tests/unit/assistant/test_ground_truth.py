"""The ground-truth loader accepts the documented shapes and refuses anything else clearly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant import GroundTruthError, load_ground_truth, score_rising


def test_colours_may_be_ints_hex_strings_objects_or_bin_names() -> None:
    truth = load_ground_truth(
        {
            "tags": {"rising": ["#Chrome", {"tag": "Y2K"}], "fading": ["normcore"]},
            "colors": {"rising": [0xC4C8CE, "#b9a3dc", {"rgb": "0x0F7C80"}, "mint"], "fading": []},
        }
    )
    assert truth.tags.rising == {"chrome", "y2k"}
    assert truth.colours.rising == {"silver", "lavender", "teal", "mint"}
    assert truth.start_ms is None


@pytest.mark.parametrize(
    "doc",
    [
        "not json",
        "[]",
        '{"version": 2}',
        '{"tags": ["a"]}',
        '{"tags": {"rising": [1]}}',
        '{"colours": {"rising": ["#12"]}}',
        '{"by_role": {"wizard": {"tags": {"rising": ["x"]}}}}',
        '{"start_ms": "yesterday"}',
    ],
)
def test_malformed_ground_truth_is_refused(doc: str) -> None:
    with pytest.raises(GroundTruthError):
        load_ground_truth(doc)


def test_scores_count_false_calls_and_fading_ones_called_rising() -> None:
    planted = load_ground_truth({"tags": {"rising": ["a", "b"], "fading": ["z"]}}).tags
    score = score_rising({"a", "z", "q"}, planted)
    assert score.precision == pytest.approx(1 / 3)
    assert score.recall == 0.5
    assert score.fading_called_rising == {"z"}
    assert score.missed == {"b"}


def test_the_documented_example_loads() -> None:
    doc = (Path(__file__).resolve().parents[3] / "docs" / "ASSISTANT.md").read_text(encoding="utf-8")
    example = re.search(r"```json\n(.*?)```", doc, re.DOTALL)
    assert example is not None
    truth = load_ground_truth(example.group(1))
    assert truth.colours.rising == {"silver", "lavender", "teal", "mint"}
    assert truth.rising_clusters == (frozenset({"chrome", "y2k", "metallic"}),)


def test_the_devnet_communitys_plan_file_is_read_too() -> None:
    # The shape written by fullnode/community (a list of planted trends, palettes named with their colours).
    plan = {
        "seed": 3,
        "weeks": 12,
        "file_version": 1,
        "trends": [
            {"kind": "tag", "name": "y2k", "direction": "rising", "weight_by_week": [0.1, 0.5]},
            {"kind": "tag", "name": "Gorpcore", "direction": "fading"},
            {"kind": "palette", "name": "lilac", "direction": "rising", "colours": ["#c8a2c8", "#9b77b5"]},
            {"kind": "palette", "name": "cobalt", "direction": "rising", "colours": ["#0047ab", "#001f5c"]},
            {"kind": "palette", "name": "night", "direction": "fading", "colours": ["#1b2a4a", "#111111"]},
        ],
        "steady_tags": ["denim"],
        "steady_palettes": ["camel"],
    }
    truth = load_ground_truth(plan)
    assert truth.tags.rising == {"y2k"}
    assert truth.tags.fading == {"gorpcore"}
    assert truth.tags.stable == {"denim"}
    # #001f5c (cobalt's dark shade) and #1b2a4a both fall in "navy": a bin planted both ways is not scored.
    assert truth.colours.rising == {"lavender", "cobalt"}
    assert truth.colours.fading == {"black"}
    with pytest.raises(GroundTruthError, match="direction"):
        load_ground_truth({"trends": [{"kind": "tag", "name": "x", "direction": "sideways"}]})
