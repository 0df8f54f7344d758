"""A child process's lifeline: notice that the process that started it is gone, however it ended.

The devnet starts its nodes and its simulated community in their own sessions (so that a Ctrl-C in a
terminal reaches only the devnet, which then stops them in order), so nothing stops them when the program
that embeds the devnet crashes or is killed. The lifeline is their standard input: the parent hands each
child a pipe and never writes to it; the operating system closes the parent's end whenever the parent
exits, crash and SIGKILL included, and the child then reads end-of-file and stops as on SIGTERM. Unlike
Linux's parent-death signal this works on every platform and needs nothing from the parent at exit.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sys
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)

STDIN_FD = 0


class LifelineError(OSError):
    """The process has no standard input to watch."""


def watch_stdin(loop: asyncio.AbstractEventLoop, on_closed: Callable[[], None]) -> threading.Event:
    """Call `on_closed` on `loop` once standard input reaches end-of-file (or fails); whatever is written
    to it is read and ignored. Returns an event set (from the watching thread) at that moment, for code
    that must tell, off the loop, whether the parent is gone."""
    try:
        os.fstat(STDIN_FD)
    except OSError as exc:
        raise LifelineError(f"no standard input to watch for the parent's exit: {exc}") from exc
    # A thread blocked in read() rather than the loop's pipe reader: Windows' proactor loop cannot watch an
    # inherited pipe, and a daemon thread costs nothing at exit.
    closed = threading.Event()
    threading.Thread(target=_watch, args=(loop, on_closed, closed), name="lifeline", daemon=True).start()
    return closed


def _watch(loop: asyncio.AbstractEventLoop, on_closed: Callable[[], None], closed: threading.Event) -> None:
    while True:
        try:
            chunk = os.read(STDIN_FD, 4096)
        except OSError as exc:
            # A standard input that cannot be read any more cannot tell about the parent either: stop.
            log.warning("standard input failed (%s): taking the parent as gone", exc)
            break
        if not chunk:
            break
    closed.set()
    # The loop is closed only when the process is stopping anyway.
    with contextlib.suppress(RuntimeError):
        loop.call_soon_threadsafe(on_closed)


def announce(line: str) -> None:
    """Print one line for the parent on standard output. A parent that is gone leaves a broken pipe: the
    line is dropped and standard output goes to the null device, so that neither this nor the flush at exit
    fails (the lifeline, not an error here, is what stops the process)."""
    try:
        print(line, flush=True)
    except BrokenPipeError:
        null = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(null, sys.stdout.fileno())
        finally:
            os.close(null)


def ask_to_stop(process: asyncio.subprocess.Process) -> None:
    """The parent's side: ask a child started with a lifeline (`--exit-with-parent`, standard input a pipe)
    to stop cleanly. Closing the lifeline does it everywhere; where there are signals SIGTERM is sent too
    (on Windows terminate() would kill the child instead)."""
    if process.stdin is not None:
        process.stdin.close()
    if sys.platform != "win32":
        with contextlib.suppress(ProcessLookupError):
            process.terminate()
