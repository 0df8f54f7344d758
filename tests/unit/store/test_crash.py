"""A process killed with SIGKILL while writing loses nothing it had committed, and the profile stays sound."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from etalonium_desktop.store import Profile, WrongPassphraseError

from .helpers import PASSPHRASE, create_profile, file_hashes

ROOT = Path(__file__).resolve().parents[3]
ITERATIONS = 6

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)"),
]


def run_and_kill(directory: Path, seed: int, kill_after: int, log: Path) -> list[tuple[int, int]]:
    """Start the writer, let it report `kill_after` commits, SIGKILL it; returns the reported commits."""
    with open(log, "wb") as stderr:
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.unit.store.crash_writer", str(directory), PASSPHRASE, str(seed)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=stderr,
        )
        assert child.stdout is not None
        reported: list[tuple[int, int]] = []
        try:
            # Reading the child's reports is the only synchronization: no sleeps, no timing assumptions.
            while len(reported) < kill_after:
                line = child.stdout.readline()
                if not line:
                    child.wait()
                    pytest.fail(f"the writer stopped on its own:\n{log.read_text(errors='replace')}")
                batch, size = line.split()
                reported.append((int(batch), int(size)))
        finally:
            os.kill(child.pid, signal.SIGKILL)
            child.wait()
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    return reported


def test_sigkill_during_writes_loses_no_committed_row(tmp_path: Path) -> None:
    directory = tmp_path / "profile"
    create_profile(directory).close()
    rng = random.Random(20240607)
    committed: dict[int, int] = {}
    for iteration in range(ITERATIONS):
        reported = run_and_kill(directory, seed=iteration, kill_after=rng.randint(1, 150), log=tmp_path / "err")
        committed.update(reported)
        if iteration == 0:
            # Even with a log left behind by the crash, a wrong passphrase changes no byte.
            before = file_hashes(directory)
            with pytest.raises(WrongPassphraseError):
                Profile.open(directory, "not the passphrase")
            assert file_hashes(directory) == before
        with Profile.open(directory, PASSPHRASE) as profile:
            assert profile.check_integrity() == []
            with profile.transaction() as conn:
                stored = dict(
                    conn.execute(
                        "SELECT CAST(substr(uid, 1, instr(uid, '/') - 1) AS INTEGER), count(*) FROM messages "
                        "WHERE conversation = X'6372617368' GROUP BY 1"
                    ).fetchall()
                )
            for batch, size in committed.items():
                assert stored.get(batch) == size, f"committed batch {batch} lost rows after kill {iteration}"
            # Whatever else got in (a commit the child had no time to report) got in whole.
            for batch, count in stored.items():
                assert profile.settings.get(f"batch/{batch}", -1) == count
            assert profile.settings.get("next_batch", 0) == max(stored) + 1
    assert len(committed) >= ITERATIONS
