"""Crash-safe file writes: a temporary sibling, fsynced, renamed over the target, then the folder fsynced."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


def fsync_directory(path: Path) -> None:
    """Make a rename or creation inside `path` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        # Windows cannot open a folder; its renames are durable once the file itself was flushed.
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temporary_sibling(path: Path, purpose: str = "tmp") -> Path:
    """A fresh hidden name beside `path`, on the same file system so that a rename over `path` is atomic."""
    return path.with_name(f".{path.name}.{purpose}-{secrets.token_hex(6)}")


@contextlib.contextmanager
def atomic_writer(path: Path) -> Iterator[BinaryIO]:
    """Yield a file to write; on success it replaces `path` atomically, on error `path` is left untouched."""
    tmp = temporary_sibling(path)
    try:
        with open(tmp, "xb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    fsync_directory(path.parent)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so that a crash leaves either the old or the new content, never a mix."""
    with atomic_writer(path) as stream:
        stream.write(data)
