"""Background training: progress, cancellation between stages, a worker thread, too little data."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from assistant import (
    BlockEvents,
    ChainData,
    NotEnoughDataError,
    PersonalAssistant,
    TrainingCancelledError,
    train,
)
from assistant.synthetic import SyntheticCommunity, SyntheticConfig, generate


@pytest.fixture(scope="module")
def small() -> SyntheticCommunity:
    return generate(SyntheticConfig(seed=9, n_posts=4_000, n_actors=200, n_listings=150, n_orders=1_500))


def test_cancelling_stops_training_between_stages(small: SyntheticCommunity) -> None:
    data = ChainData()
    data.ingest(list(small.events()))
    cancel = threading.Event()
    stages: list[str] = []

    def progress(stage: str, fraction: float) -> None:
        stages.append(stage)
        if stage == "engagement model":
            cancel.set()

    with pytest.raises(TrainingCancelledError):
        train(data.snapshot(), small.user, progress=progress, cancel=cancel)
    assert "market" not in stages, "nothing runs after the flag is seen"


def test_training_runs_in_a_worker_while_blocks_keep_arriving(small: SyntheticCommunity) -> None:
    blocks = list(small.blocks())
    assistant = PersonalAssistant(small.user)
    half = len(blocks) * 3 // 4
    for block in blocks[:half]:
        assistant.ingest(block)
    reports: list[tuple[str, float]] = []
    with ThreadPoolExecutor(max_workers=1) as pool:
        future = pool.submit(assistant.train, lambda stage, f: reports.append((stage, f)))
        for block in blocks[half:]:
            assistant.ingest(block)
        models = future.result(timeout=120)
    fractions = [f for _, f in reports]
    assert fractions == sorted(fractions)
    assert fractions[-1] == 1.0
    assert assistant.models is models
    # The models learnt from the snapshot taken when training began, not from blocks ingested meanwhile.
    assert models.data_as_of_ms < assistant.data.snapshot().as_of_ms
    assert assistant.recalibrate() > 0


def test_too_little_data_is_a_clear_error() -> None:
    tiny = generate(SyntheticConfig(seed=1, n_posts=100, n_actors=30, n_listings=5, n_orders=10))
    data = ChainData()
    data.ingest(list(tiny.events()))
    with pytest.raises(NotEnoughDataError, match="final outcome"):
        train(data.snapshot(), tiny.user)


def test_an_empty_assistant_reports_no_trends_without_failing() -> None:
    assistant = PersonalAssistant()
    assistant.ingest(BlockEvents(1, 0, ()))
    report = assistant.trends()
    assert not report.enough_data
    assert assistant.advice()[0].topic == "trends"
