"""Training in a spawned worker process: it carries no Qt, reports progress on the loop, is terminated by
Cancel, and a worker killed from outside ends in a clear error while the next training starts a new one."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from assistant import ChainData, TrainingCancelledError, TrainingSettings
from assistant.synthetic import SyntheticCommunity
from assistant.training_process import worker_report
from etalonium_desktop.assistant.trainer import (
    WORKER_NICENESS,
    ProcessTrainer,
    TrainingProcessError,
    check_worker,
)


@pytest.mark.asyncio
async def test_the_worker_has_no_qt_reports_progress_and_cancel_terminates_it(
    small_community: SyntheticCommunity, small_data: ChainData
) -> None:
    trainer = ProcessTrainer(idle_s=30.0)
    try:
        pid = await check_worker(trainer)  # raises if the worker imported Qt's GUI modules or qasync
        assert pid != os.getpid()
        report = await trainer.submit(worker_report)
        assert report["pid"] == pid
        if hasattr(os, "getpriority"):  # background work: below the app's CPU priority
            assert report["niceness"] >= min(19, os.getpriority(os.PRIO_PROCESS, 0) + WORKER_NICENESS)
        snap, settings = small_data.snapshot(), TrainingSettings()

        seen: list[tuple[str, float, int]] = []
        models = await trainer.train(
            snap, small_community.user, settings, lambda s, f: seen.append((s, f, threading.get_ident()))
        )
        assert models.n_posts == snap.n_posts
        assert {"features", "engagement model", "brand"} <= {stage for stage, _, _ in seen}
        assert [f for _, f, _ in seen] == sorted(f for _, f, _ in seen)
        assert {thread for _, _, thread in seen} == {threading.get_ident()}
        assert trainer.worker_alive  # kept for the next training

        cancel = threading.Event()
        with pytest.raises(TrainingCancelledError):
            # Cancel as soon as the worker is at work: it is terminated, not asked.
            await trainer.train(snap, small_community.user, settings, lambda s, f: cancel.set(), cancel)
        assert not trainer.worker_alive

        for worker in [p for p in multiprocessing.active_children() if p.pid == pid]:
            await asyncio.to_thread(worker.join, 30.0)
            assert worker.exitcode is not None, "the worker is still running"
        assert pid not in {p.pid for p in multiprocessing.active_children()}
    finally:
        trainer.terminate()


@pytest.mark.asyncio
async def test_a_worker_killed_from_outside_is_a_clear_error_and_the_next_training_works(
    small_community: SyntheticCommunity, small_data: ChainData
) -> None:
    trainer = ProcessTrainer(idle_s=30.0)
    try:
        pid = await check_worker(trainer)
        snap, settings = small_data.snapshot(), TrainingSettings()
        with pytest.raises(TrainingProcessError):
            await trainer.train(snap, small_community.user, settings, lambda s, f: os.kill(pid, signal.SIGKILL))
        models = await asyncio.wait_for(trainer.train(snap, small_community.user, settings), 120.0)
        assert models.n_posts == snap.n_posts
    finally:
        trainer.terminate()


def test_a_main_module_that_imports_qt_is_not_loaded_into_the_worker(tmp_path: Path) -> None:
    """`python -m etalonium_desktop.screenshots` and similar entry points import Qt at their top; spawn would
    re-import them in the worker unless the trainer hides the main module."""
    script = tmp_path / "qt_main.py"
    script.write_text(
        "import asyncio\n"
        "import PySide6.QtWidgets  # noqa: F401  (what makes this main module unfit for the worker)\n"
        "from etalonium_desktop.assistant.trainer import ProcessTrainer, check_worker\n\n"
        "async def main() -> None:\n"
        "    trainer = ProcessTrainer()\n"
        "    try:\n"
        "        print('worker', await check_worker(trainer))\n"
        "    finally:\n"
        "        trainer.terminate()\n\n"
        "if __name__ == '__main__':\n"
        "    asyncio.run(main())\n"
    )
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=240, cwd=Path(__file__).parents[3]
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("worker ")
