"""Honest evaluation of the engagement model: time-based split, two baselines, coverage, no leakage."""

from __future__ import annotations

import numpy as np

from assistant import BlockEvents, ChainData, Draft, MediaType, PostKind, PostSeen, TrainedModels
from assistant.engagement import Evaluation
from assistant.features import FEATURE_NAMES, build_features, draft_features
from assistant.records import DAY_MS
from assistant.synthetic import SyntheticCommunity


def _baselines(e: Evaluation) -> str:
    return (
        f"model MAE {e.mae_model:.2f}; global mean {e.mae_global_mean:.2f}, "
        f"author mean {e.mae_author_mean:.2f}, author mean (all known) {e.mae_author_mean_known:.2f}; "
        f"coverage {e.coverage:.3f}"
    )


def test_model_beats_the_better_baseline_by_a_fifth(evaluation: Evaluation) -> None:
    e = evaluation
    assert e.n_test >= 1000
    assert e.n_train >= 10_000
    assert e.mae_best_baseline == min(e.mae_global_mean, e.mae_author_mean, e.mae_author_mean_known)
    assert e.mae_model <= 0.8 * e.mae_best_baseline, _baselines(e)
    assert e.mae_gain >= 0.2


def test_prediction_intervals_cover_about_their_nominal_share(evaluation: Evaluation) -> None:
    assert evaluation.interval == 0.8
    assert 0.72 <= evaluation.coverage <= 0.88, _baselines(evaluation)
    assert 0.72 <= evaluation.reputation_coverage <= 0.88
    assert evaluation.reputation_mae_model < evaluation.reputation_mae_best_baseline


def test_features_of_a_post_do_not_change_when_later_data_arrives(
    community_blocks: list[BlockEvents], chain_data: ChainData
) -> None:
    full = chain_data.snapshot()
    cut = full.as_of_ms - 30 * DAY_MS
    early = ChainData()
    for block in community_blocks:
        if block.time_ms <= cut:
            early.ingest(block)
    early_snap = early.snapshot()
    before = build_features(early_snap).matrix
    after = build_features(full).matrix[: early_snap.n_posts]
    # Every feature is what was known when its post went out, so later blocks must not change it.
    assert before.shape[1] == len(FEATURE_NAMES)
    np.testing.assert_allclose(before, after, rtol=1e-9, atol=1e-12, equal_nan=True)


def test_intervals_are_ordered_and_differ_by_post(trained: TrainedModels, chain_data: ChainData) -> None:
    snap = chain_data.snapshot()
    x = build_features(snap).matrix[-500:]
    pred = trained.engagement.predict(x)
    assert np.all(pred.engagement_low <= pred.engagement)
    assert np.all(pred.engagement <= pred.engagement_high)
    assert np.all(pred.reputation_low <= pred.reputation)
    assert np.all(pred.reputation <= pred.reputation_high)
    width = pred.engagement_high - pred.engagement_low
    assert width.std() > 0, "normalized conformal intervals differ from post to post"


def test_a_draft_gets_the_features_it_would_have_as_a_post(
    community: SyntheticCommunity, community_blocks: list[BlockEvents]
) -> None:
    # Data up to the end of a day; the same content as a draft, and as a post at the next day's first moment.
    cut = (community_blocks[-1].time_ms // DAY_MS - 10) * DAY_MS
    data = ChainData()
    for block in community_blocks:
        if block.time_ms < cut:
            data.ingest(block)
    context = build_features(data.snapshot()).context
    user = community.user
    draft = Draft(
        tags=("chrome", "Linen", "never-seen-before"),
        caption="x" * 90,
        kind=PostKind.LOOKBOOK,
        media_type=MediaType.MIXED,
        palette=(0xB9A3DC, 0xF7F7F5),
        planned_time_ms=cut,
    )
    as_draft = draft_features(context, [draft], user.actor, user.role, user.region)[0]
    data.ingest(
        [
            PostSeen(
                b"\xff" * 32, user.actor, user.role, user.region, cut, draft.kind, draft.tags, draft.palette,
                len(draft.caption), draft.media_type,
            )
        ]
    )  # fmt: skip
    as_post = build_features(data.snapshot()).matrix[-1]
    np.testing.assert_allclose(as_draft, as_post, rtol=1e-9, atol=1e-12, equal_nan=True)
