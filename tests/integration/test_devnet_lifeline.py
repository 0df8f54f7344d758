"""A devnet's nodes and community never outlive the program that embeds it: SIGKILL that program and every
one of them stops, cleanly, through its lifeline (its standard input reaching end-of-file)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import select
import signal
import sys
import time
from pathlib import Path

import pytest

from fullnode.community import GROUND_TRUTH_FILE
from fullnode.node import NODE_FILE

from .devnet_owner import PIDS_PREFIX

ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT_S = 120.0
#: Generous: a node finishes its block and closes its store; the community writes its ground truth.
EXIT_TIMEOUT_S = 60.0


def wait_exited(pidfds: dict[int, int], within: float) -> list[int]:
    """Wait until every process (pidfd -> pid) has exited; the pids still running after `within` seconds."""
    poller = select.poll()
    for fd in pidfds:
        poller.register(fd, select.POLLIN)
    running = dict(pidfds)
    deadline = time.monotonic() + within
    while running and (left := deadline - time.monotonic()) > 0:
        for fd, _ in poller.poll(left * 1000):
            poller.unregister(fd)
            running.pop(fd)
    return sorted(running.values())


@pytest.mark.integration
@pytest.mark.slow
@pytest.mark.asyncio
@pytest.mark.skipif(not hasattr(os, "pidfd_open"), reason="waiting on processes that are not our children needs pidfds")
async def test_a_killed_owner_takes_its_nodes_and_community_with_it(tmp_path: Path) -> None:
    directory = tmp_path / "devnet"
    with (tmp_path / "owner.log").open("wb") as owner_log:
        owner = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "tests.integration.devnet_owner",
            str(directory),
            "--demo",
            cwd=ROOT,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=owner_log,
        )
    pidfds: dict[int, int] = {}
    try:
        assert owner.stdout is not None
        line = (await asyncio.wait_for(owner.stdout.readline(), START_TIMEOUT_S)).decode()
        assert line.startswith(PIDS_PREFIX), line + (tmp_path / "owner.log").read_text()[-3000:]
        pids = json.loads(line[len(PIDS_PREFIX) :])
        children = [*pids["nodes"], pids["community"]]
        assert len(children) == 3
        assert all(isinstance(pid, int) for pid in children)
        # Held before the kill, so that a recycled pid can never pass for one of them.
        pidfds = {os.pidfd_open(pid): pid for pid in children}

        owner.kill()  # as a crash or `kill -9` of the app: it runs no cleanup at all
        assert await asyncio.wait_for(owner.wait(), EXIT_TIMEOUT_S) == -signal.SIGKILL

        still_running = await asyncio.to_thread(wait_exited, pidfds, EXIT_TIMEOUT_S)
        assert still_running == [], f"orphans left running: {still_running}"
    finally:
        if owner.returncode is None:
            owner.kill()
            await owner.wait()
        for fd in pidfds:
            # A failed run leaves no orphan behind either (the pidfd targets exactly that process).
            with contextlib.suppress(ProcessLookupError):
                signal.pidfd_send_signal(fd, signal.SIGKILL)
            os.close(fd)

    # They stopped as on SIGTERM: each node closed its store and WAL and removed its node.json; the
    # community wrote its ground truth.
    for index in range(2):
        data = directory / f"node{index}" / "data"
        log = (data / "node.log").read_text()
        assert "Traceback" not in log, log[-3000:]
        assert "standard input closed" in log, log[-3000:]
        assert "node stopped at height" in log, log[-3000:]
        assert not (data / NODE_FILE).exists()
    community_log = (directory / "community.log").read_text()
    assert "Traceback" not in community_log, community_log[-3000:]
    assert "standard input closed" in community_log, community_log[-3000:]
    assert json.loads((directory / GROUND_TRUTH_FILE).read_text())
