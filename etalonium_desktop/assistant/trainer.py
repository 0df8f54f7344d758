"""The app's training process: `assistant.train` in a spawned worker, followed from the event loop.

Spawned, never forked: the app runs Qt and threads, and a forked copy of them is not safe. A spawned worker
re-imports the parent's main module only when that is a script file (the `etalonium` script, the frozen entry
point and `python -m etalonium_desktop` import no Qt before their `main()`), then `assistant` with numpy and
scikit-learn: no Qt. In the bundle, `build/frozen_main.py` calls `multiprocessing.freeze_support()` first,
which turns the bundle's executable into the worker when multiprocessing starts it.

The worker runs `WORKER_NICENESS` below the app's CPU priority, and stays for `idle_s` after a training (its
imports take seconds on a busy machine), then exits.
Progress reports come over a multiprocessing queue that `train` drains every `poll_s` without blocking; Cancel
terminates the worker (a long tree fit never looks at a flag) and the next training starts a new one.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import multiprocessing.context
import multiprocessing.process
import os
import queue
import sys
from collections.abc import Callable
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from assistant import Snapshot, TrainedModels, TrainingCancelledError, TrainingSettings, UserProfile
from assistant.training import CancelFlag, ProgressCallback
from assistant.training_process import init_worker, pack_snapshot, train_job, worker_report

T = TypeVar("T")


class TrainingProcessError(RuntimeError):
    """The training process stopped without an answer (killed from outside, out of memory, crashed)."""


#: How much lower the worker's CPU priority is than the app's (a Unix nice increment): training is background
#: work, and on a busy two-core machine the GUI should get a core first.
WORKER_NICENESS = 10


class _BackgroundProcess(multiprocessing.context.SpawnProcess):
    """A spawned process lowered in CPU priority as soon as it exists (before its interpreter imports numpy
    and scikit-learn, which take a second or two of CPU)."""

    def start(self) -> None:
        # WORKAROUND: spawn re-imports the parent's main module in the child, and some entry points import Qt
        # at their top (`python -m etalonium_desktop.screenshots`, test runners). The worker needs nothing from
        # it (its functions live in assistant/), so the main module is hidden while spawn reads what to prepare.
        main = sys.modules["__main__"]
        saved: dict[str, Any] = {
            name: main.__dict__[name] for name in ("__spec__", "__file__") if name in main.__dict__
        }
        main.__dict__.pop("__file__", None)
        main.__dict__["__spec__"] = None
        try:
            super().start()
        finally:
            main.__dict__.pop("__spec__", None)
            main.__dict__.update(saved)
        if hasattr(os, "setpriority") and self.pid is not None:
            with contextlib.suppress(OSError):
                os.setpriority(os.PRIO_PROCESS, self.pid, os.getpriority(os.PRIO_PROCESS, 0) + WORKER_NICENESS)


class _WorkerContext(multiprocessing.context.SpawnContext):
    """The spawn start method, remembering the processes it starts (so that Cancel can terminate them)."""

    def __init__(self) -> None:
        super().__init__()
        self.started: list[multiprocessing.process.BaseProcess] = []

    def Process(self, *args: Any, **kwargs: Any) -> multiprocessing.process.BaseProcess:  # type: ignore[override]  # the context API's name
        process = _BackgroundProcess(*args, **kwargs)
        self.started.append(process)
        return process


class ProcessTrainer:
    """Trains in one spawned worker process (see the module docstring). Use it from one event loop at a time."""

    def __init__(self, *, idle_s: float = 60.0, poll_s: float = 0.05) -> None:
        self.idle_s = idle_s
        self.poll_s = poll_s
        self._context: _WorkerContext | None = None
        self._pool: ProcessPoolExecutor | None = None
        self._queue: Any = None
        self._jobs: dict[int, ProgressCallback] = {}
        self._ids = itertools.count(1)
        self._idle: asyncio.TimerHandle | None = None
        #: Submitted functions without an answer yet.
        self._busy = 0

    @property
    def worker_alive(self) -> bool:
        """Whether a worker process is running now."""
        return self._context is not None and any(p.is_alive() for p in self._context.started)

    def _ensure_pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._context = _WorkerContext()
            self._queue = self._context.Queue()
            self._pool = ProcessPoolExecutor(
                1, mp_context=self._context, initializer=init_worker, initargs=(self._queue,)
            )
        return self._pool

    def submit(self, fn: Callable[..., T], *args: Any) -> asyncio.Future[T]:
        """Run a module-level function of a module the worker can import (starting the worker if needed)."""
        if self._idle is not None:
            self._idle.cancel()
            self._idle = None
        try:
            future: Future[T] = self._ensure_pool().submit(fn, *args)
        except BrokenProcessPool:  # the worker died while idle: start another
            self.terminate()
            future = self._ensure_pool().submit(fn, *args)
        answer = asyncio.wrap_future(future)
        self._busy += 1
        answer.add_done_callback(self._finished)
        return answer

    def _finished(self, answer: asyncio.Future[Any]) -> None:
        if not answer.cancelled():
            answer.exception()  # after a cancel nobody reads the dead worker's answer: asyncio must not log it
        self._busy -= 1
        if not self._busy and self._pool is not None and self._idle is None:
            self._idle = asyncio.get_running_loop().call_later(self.idle_s, self.close)

    async def train(
        self,
        snap: Snapshot,
        user: UserProfile | None,
        settings: TrainingSettings,
        progress: ProgressCallback | None = None,
        cancel: CancelFlag | None = None,
        *,
        executor: Executor | None = None,
    ) -> TrainedModels:
        """`assistant.train` in the worker. `progress` is called on this loop's thread; `cancel.is_set()` is
        checked every `poll_s` and terminates the worker (TrainingCancelledError). The snapshot is packed in
        `executor` (a thread). Errors of training itself (NotEnoughDataError…) come back as they are."""
        loop = asyncio.get_running_loop()
        if cancel is not None and cancel.is_set():
            raise TrainingCancelledError("training cancelled before it started")
        memory, parcel = await loop.run_in_executor(executor, pack_snapshot, snap)
        job = next(self._ids)
        self._jobs[job] = progress or (lambda stage, fraction: None)
        try:
            answer = self.submit(train_job, job, parcel, user, settings)
            while not answer.done():
                await asyncio.wait({answer}, timeout=self.poll_s)
                self._drain()
                if not answer.done() and cancel is not None and cancel.is_set():
                    self.terminate()
                    raise TrainingCancelledError("training cancelled")
            self._drain()
            try:
                return answer.result()
            except BrokenProcessPool as exc:
                self.terminate()
                raise TrainingProcessError("the training process stopped before it finished") from exc
        except asyncio.CancelledError:  # whoever awaited us is gone: so is the reason to keep training
            self.terminate()
            raise
        finally:
            self._jobs.pop(job, None)
            memory.close()
            with contextlib.suppress(FileNotFoundError):
                memory.unlink()

    def _drain(self) -> None:
        """Hand every progress report waiting in the queue to its job's callback (never blocks)."""
        while self._queue is not None:
            try:
                job, stage, fraction = self._queue.get_nowait()
            except queue.Empty:
                return
            except (OSError, ValueError, EOFError):  # closed under us (a terminated worker)
                return
            callback = self._jobs.get(job)
            if callback is not None:
                callback(stage, fraction)

    def _detach(self) -> tuple[_WorkerContext | None, ProcessPoolExecutor | None, Any]:
        parts = self._context, self._pool, self._queue
        self._context = self._pool = self._queue = None
        if self._idle is not None:
            self._idle.cancel()
            self._idle = None
        return parts

    def terminate(self) -> None:
        """Stop the worker now, whatever it is doing (its running job ends with BrokenProcessPool)."""
        context, pool, progress_queue = self._detach()
        if context is not None:
            for process in context.started:
                if process.is_alive():
                    process.terminate()
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
        if progress_queue is not None:
            progress_queue.close()

    def close(self) -> None:
        """Let the worker exit once its work is done (another is started on the next training)."""
        _, pool, progress_queue = self._detach()
        if pool is not None:
            pool.shutdown(wait=False)
        if progress_queue is not None:
            progress_queue.close()


#: Modules a training worker must never import (the widgets, the app, its event loop): their presence means a wrong
#: start method or that the parent's main module was re-imported after all (see _BackgroundProcess.start). Not
#: PySide6 or QtCore as such: in the PyInstaller bundle its Qt runtime hook loads QtCore into every process.
GUI_MODULES = frozenset({"PySide6.QtGui", "PySide6.QtWidgets", "qasync", "etalonium_desktop.app"})


async def check_worker(trainer: ProcessTrainer, timeout_s: float = 120.0) -> int:
    """Start the trainer's worker (if needed) and check it: it answers and imported no GUI package. Returns its
    process id; raises TrainingProcessError otherwise (the app's self-test runs this in the bundle)."""
    try:
        report = await asyncio.wait_for(trainer.submit(worker_report), timeout_s)
    except (BrokenProcessPool, TimeoutError) as exc:
        trainer.terminate()
        raise TrainingProcessError(f"the training process did not answer: {exc!r}") from exc
    gui = GUI_MODULES.intersection(report["modules"])
    if gui:
        raise TrainingProcessError(f"the training process imported {sorted(gui)}")
    return int(report["pid"])


_shared: ProcessTrainer | None = None


def shared_trainer() -> ProcessTrainer:
    """The process-wide trainer: one worker process for every assistant of the app (one at a time trains)."""
    global _shared
    if _shared is None:
        _shared = ProcessTrainer()
    return _shared
