"""The simulated community in a child process, as the devnet launcher runs it, followed through its reports."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..lifeline import ask_to_stop
from .runner import DEFAULT_TICKS_PER_WEEK, GROUND_TRUTH_FILE

log = logging.getLogger(__name__)

STOP_TIMEOUT_S = 20.0
#: The lines the community process reports on (see `python -m fullnode.community`).
PROGRESS_PREFIX = "PROGRESS "
STOPPED_PREFIX = "STOPPED "


def community_command() -> list[str]:
    """The command that runs `python -m fullnode.community`, before its arguments (as `node_command` in
    `fullnode.devnet`: in a frozen bundle `sys.executable` is the app, whose entry point runs the module)."""
    return [sys.executable, "-m", "fullnode.community"]


class CommunityProcess:
    """`python -m fullnode.community` against a devnet: start it, read what it reports, stop it.

    `stats` (activities so far, as in `CommunityStats`), `live` (hex channel keys streaming now), `welcomed`
    (addresses) and `recent_posts` (hex ids) follow its reports; `progressed` is set after each report.
    """

    def __init__(
        self,
        api_urls: Sequence[str],
        funders_file: Path,
        data_dir: Path,
        *,
        seed: int,
        pace: float,
        faucet_address: str | None,
        log_file: Path,
        ticks_per_week: int = DEFAULT_TICKS_PER_WEEK,
    ) -> None:
        self.api_urls = list(api_urls)
        self.funders_file = funders_file
        self.data_dir = data_dir
        self.seed = seed
        self.pace = pace
        self.ticks_per_week = ticks_per_week
        self.faucet_address = faucet_address
        self.log_file = log_file
        self.stats: dict[str, int] = {}
        self.live: list[str] = []
        self.welcomed: list[str] = []
        #: The ids (hex) of its latest posts.
        self.recent_posts: list[str] = []
        self.progressed = asyncio.Event()
        self.stopped = asyncio.Event()
        self._process: asyncio.subprocess.Process | None = None
        self._reader: asyncio.Task[None] | None = None

    @property
    def ground_truth_file(self) -> Path:
        return self.data_dir / GROUND_TRUTH_FILE

    @property
    def pid(self) -> int | None:
        return None if self._process is None else self._process.pid

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.returncode is None

    def command(self) -> list[str]:
        """The command line that runs this community."""
        args = [
            *community_command(),
            "--funders",
            str(self.funders_file),
            "--data-dir",
            str(self.data_dir),
            "--seed",
            str(self.seed),
            "--pace",
            str(self.pace),
            "--ticks-per-week",
            str(self.ticks_per_week),
            "--exit-with-parent",
        ]
        for url in self.api_urls:
            args += ["--api", url]
        if self.faucet_address:
            args += ["--faucet", self.faucet_address]
        return args

    async def start(self) -> None:
        args = self.command()
        self.log_file.parent.mkdir(parents=True, exist_ok=True)
        with self.log_file.open("ab") as log_handle:
            self._process = await asyncio.create_subprocess_exec(
                *args,
                # Its lifeline, as a devnet node's: it stops (writing its ground truth) when this process ends.
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
                stderr=log_handle,
                env={**os.environ, "PYTHONUNBUFFERED": "1"},
                start_new_session=True,
            )
        self.stopped.clear()
        self._reader = asyncio.ensure_future(self._read(self._process))

    async def _read(self, process: asyncio.subprocess.Process) -> None:
        assert process.stdout is not None
        try:
            async for raw in process.stdout:
                line = raw.decode("utf-8", "replace").strip()
                for prefix in (PROGRESS_PREFIX, STOPPED_PREFIX):
                    if line.startswith(prefix):
                        self._update(json.loads(line[len(prefix) :]))
        finally:
            await process.wait()
            if process.returncode not in (0, -15):
                log.warning("the demo community exited with code %s (see %s)", process.returncode, self.log_file)
            self.stopped.set()
            self.progressed.set()

    def _update(self, doc: dict[str, Any]) -> None:
        self.stats = {str(k): int(v) for k, v in doc.get("stats", {}).items()}
        self.live = [str(k) for k in doc.get("live", [])]
        self.welcomed = [str(a) for a in doc.get("welcomed", [])]
        self.recent_posts = [str(i) for i in doc.get("recent_posts", [])]
        self.progressed.set()

    async def wait_for(self, predicate: Callable[[CommunityProcess], bool], within: float) -> None:
        """Wait (on its reports) until `predicate(self)` holds; TimeoutError after `within` seconds."""

        async def until() -> None:
            while not predicate(self):
                if self.stopped.is_set():
                    raise RuntimeError(f"the demo community stopped (see {self.log_file})")
                self.progressed.clear()
                await self.progressed.wait()

        await asyncio.wait_for(until(), within)

    async def stop(self) -> None:
        """Ask the community to stop (it writes its ground truth first); kill it if it takes too long."""
        process = self._process
        if process is None:
            return
        if process.returncode is None:
            ask_to_stop(process)
            try:
                await asyncio.wait_for(process.wait(), STOP_TIMEOUT_S)
            except TimeoutError:
                log.warning("the demo community did not stop within %.0f s; killing it", STOP_TIMEOUT_S)
                process.kill()
                await process.wait()
        if self._reader is not None:
            with contextlib.suppress(Exception):
                await self._reader
        self._process = None
