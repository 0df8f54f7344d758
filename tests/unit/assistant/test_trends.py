"""Trends on a community with planted rising and fading tags, colours and clusters."""

from __future__ import annotations

import json

import numpy as np
import pytest

from assistant import BlockEvents, ChainData, Segment, load_ground_truth, score_report
from assistant.records import Role
from assistant.synthetic import (
    FADING_TAGS,
    RISING_CLUSTER,
    STABLE_CLUSTER,
    SyntheticCommunity,
    SyntheticConfig,
    generate,
)
from assistant.trends import benjamini_hochberg, rate_test, segments_with_data, trend_report


def test_planted_rising_tags_and_colours_are_found(community: SyntheticCommunity, chain_data: ChainData) -> None:
    truth = load_ground_truth(json.dumps(community.ground_truth))
    report = trend_report(chain_data.snapshot())
    scores = score_report(report, truth)
    for dimension in ("tag", "colour"):
        score = scores[dimension]
        detail = f"{dimension}: missed {sorted(score.missed)}, false {sorted(score.false_rising)}"
        assert score.precision >= 0.8, detail
        assert score.recall >= 0.8, detail
        assert score.fading_called_rising == frozenset(), detail


def test_planted_fading_tags_are_called_fading(chain_data: ChainData) -> None:
    report = trend_report(chain_data.snapshot())
    fading = {t.item for t in report.fading("tag")}
    assert len(fading & set(FADING_TAGS)) >= 0.75 * len(FADING_TAGS)
    assert all(t.ratio < 1 and t.q_value <= 0.05 for t in report.fading("tag"))


def test_a_community_without_trends_shows_no_rising_tag_or_colour() -> None:
    quiet = generate(SyntheticConfig(seed=3, n_posts=5_000, n_actors=250, trend_start_week=16))
    data = ChainData()
    data.ingest(list(quiet.events()))
    report = trend_report(data.snapshot())
    assert report.enough_data
    assert [t.item for t in report.rising("tag")] == []
    assert [t.item for t in report.rising("colour")] == []


def test_the_planted_cluster_emerges_and_the_stable_one_does_not(chain_data: ChainData) -> None:
    report = trend_report(chain_data.snapshot())
    emerging = [set(c.tags) for c in report.emerging_clusters()]
    assert set(RISING_CLUSTER) in emerging
    stable = [c for c in report.clusters if set(c.tags) == set(STABLE_CLUSTER)]
    assert stable, "the stable co-occurring tags form a cluster too"
    assert stable[0].direction != "rising"


def test_a_role_specific_trend_shows_in_that_role(community: SyntheticCommunity, chain_data: ChainData) -> None:
    snap = chain_data.snapshot()
    models = trend_report(snap, Segment(role=Role.MODEL))
    assert "digitals" in {t.item for t in models.rising("tag")}
    designers = trend_report(snap, Segment(role=Role.DESIGNER))
    assert "digitals" not in {t.item for t in designers.rising("tag")}


def test_segments_need_enough_posts(chain_data: ChainData) -> None:
    snap = chain_data.snapshot()
    labels = {s.label for s in segments_with_data(snap)}
    assert {"everyone", "model", "Paris"} <= labels
    assert not trend_report(snap, Segment(region="Atlantis")).enough_data


def test_every_trend_carries_a_chart_series_and_colours_a_swatch(chain_data: ChainData) -> None:
    report = trend_report(chain_data.snapshot())
    assert all(len(t.weekly_rates) == 12 for t in report.trends)
    rising_colours = report.rising("colour")
    assert rising_colours
    assert all(isinstance(t.swatch, int) for t in rising_colours)
    # A rising item's chart ends higher than it starts.
    for trend in report.rising("tag"):
        assert np.mean(trend.weekly_rates[-2:]) > np.mean(trend.weekly_rates[:4])


def test_incremental_ingest_gives_the_same_trends_as_batch(
    community_blocks: list[BlockEvents], chain_data: ChainData
) -> None:
    batch = ChainData()
    batch.ingest([event for block in community_blocks for event in block.events])
    incremental = chain_data.snapshot()
    assert batch.snapshot().as_of_ms == incremental.as_of_ms
    everyone = trend_report(incremental)
    assert everyone.rising("tag"), "the comparison is about real trends"
    assert everyone.clusters
    assert trend_report(batch.snapshot()) == everyone
    models = Segment(role=Role.MODEL)
    assert trend_report(batch.snapshot(), models) == trend_report(incremental, models)


def test_benjamini_hochberg_matches_a_worked_example() -> None:
    p = np.array([0.01, 0.04, 0.03, 0.5])
    # Sorted: 0.01·4/1, 0.03·4/2, 0.04·4/3, 0.5·4/4, then each capped by the ones above it.
    assert benjamini_hochberg(p) == pytest.approx([0.04, 0.16 / 3, 0.16 / 3, 0.5])


def test_rate_test_is_symmetric_and_calibrated() -> None:
    up = rate_test(np.array([60.0]), np.array([30.0]), 1000.0, 1000.0)
    down = rate_test(np.array([30.0]), np.array([60.0]), 1000.0, 1000.0)
    assert up[2][0] == pytest.approx(down[2][0])
    assert up[1][0] > 0 > down[1][0]
    # Equal rates in windows of different sizes: no evidence at all.
    same = rate_test(np.array([20.0]), np.array([40.0]), 500.0, 1000.0)
    assert same[2][0] > 0.5
    assert same[0][0] == pytest.approx(1.0, rel=0.05)
