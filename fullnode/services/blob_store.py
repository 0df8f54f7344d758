"""Storage of the blob store: chunk files named by their hash, and a SQLite index of manifests and chunks."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from lightnode.protocol.services import CHUNK_SIZE, chunk_id

_SCHEMA = """
CREATE TABLE IF NOT EXISTS manifests (
    id BLOB PRIMARY KEY,
    owner_actor BLOB NOT NULL,
    size INTEGER NOT NULL,
    media_type TEXT NOT NULL,
    encoded BLOB NOT NULL,
    complete INTEGER NOT NULL DEFAULT 0,
    -- A replica was fetched from a peer for a reader; it is not charged to the owner's quota here.
    replica INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS manifests_by_owner ON manifests (owner_actor);
CREATE TABLE IF NOT EXISTS manifest_chunks (
    manifest BLOB NOT NULL,
    idx INTEGER NOT NULL,
    chunk BLOB NOT NULL,
    size INTEGER NOT NULL,
    PRIMARY KEY (manifest, idx)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS manifest_chunks_by_chunk ON manifest_chunks (chunk);
CREATE TABLE IF NOT EXISTS chunks (
    id BLOB PRIMARY KEY,
    size INTEGER NOT NULL
) WITHOUT ROWID;
"""


class QuotaExceededError(Exception):
    """Storing the blob would take the owner past the quota bought by fuelling."""

    def __init__(self, used: int, quota: int) -> None:
        super().__init__(f"{used} of {quota} bytes used")
        self.used = used
        self.quota = quota


class ChunkMismatchError(Exception):
    """Bytes that do not hash to the chunk id they are stored or served under."""


@dataclass(frozen=True, slots=True)
class StoredManifest:
    encoded: bytes
    size: int
    media_type: str
    complete: bool


class ChunkFiles:
    """One file per chunk under two levels of hex directories; writes are atomic, reads are verified."""

    def __init__(self, root: Path, *, fsync: bool) -> None:
        self.root = root
        self.fsync = fsync
        root.mkdir(parents=True, exist_ok=True)

    def path(self, cid: bytes) -> Path:
        h = cid.hex()
        return self.root / h[:2] / h[2:4] / h

    def write(self, cid: bytes, data: bytes) -> None:
        """Check `data` against `cid` and store it (blocking: call from a worker thread)."""
        if chunk_id(data) != cid:
            raise ChunkMismatchError
        path = self.path(cid)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                if self.fsync:
                    f.flush()
                    os.fsync(f.fileno())
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    def read(self, cid: bytes) -> bytes | None:
        """The chunk's bytes, checked against its id; a damaged file is removed and reads as missing."""
        path = self.path(cid)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        if len(data) > CHUNK_SIZE or chunk_id(data) != cid:
            with contextlib.suppress(OSError):
                path.unlink()
            raise ChunkMismatchError
        return data


class BlobIndex:
    """Which manifests a node holds, which chunks each lists, which chunks are present, and who pays."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def used(self, owner_actor: bytes) -> int:
        (used,) = self._db.execute(
            "SELECT COALESCE(SUM(size), 0) FROM manifests WHERE owner_actor = ? AND replica = 0",
            (owner_actor,),
        ).fetchone()
        return int(used)

    def add_manifest(
        self,
        manifest_id: bytes,
        owner_actor: bytes,
        size: int,
        media_type: str,
        chunk_sizes: list[tuple[bytes, int]],
        encoded: bytes,
        *,
        quota: int | None,
    ) -> bool:
        """Record a manifest (charged to its owner unless `quota` is None: a replica); False if known."""
        with self._transaction() as db:
            row = db.execute("SELECT replica FROM manifests WHERE id = ?", (manifest_id,)).fetchone()
            if row is not None and (row[0] == 0 or quota is None):
                return False
            if quota is not None:
                used = self.used(owner_actor)
                if used + size > quota:
                    raise QuotaExceededError(used, quota)
            if row is not None:
                # The owner uploads what this node held as a replica: it is charged from now on.
                db.execute("UPDATE manifests SET replica = 0 WHERE id = ?", (manifest_id,))
                return True
            db.execute(
                "INSERT INTO manifests (id, owner_actor, size, media_type, encoded, replica) VALUES (?, ?, ?, ?, ?, ?)",
                (manifest_id, owner_actor, size, media_type, encoded, int(quota is None)),
            )
            db.executemany(
                "INSERT INTO manifest_chunks (manifest, idx, chunk, size) VALUES (?, ?, ?, ?)",
                [(manifest_id, i, cid, n) for i, (cid, n) in enumerate(chunk_sizes)],
            )
            self._update_complete(db, manifest_id)
            return True

    def _update_complete(self, db: sqlite3.Connection, manifest_id: bytes) -> bool:
        (missing,) = db.execute(
            "SELECT COUNT(*) FROM manifest_chunks mc LEFT JOIN chunks c ON c.id = mc.chunk"
            " WHERE mc.manifest = ? AND (c.id IS NULL OR c.size != mc.size)",
            (manifest_id,),
        ).fetchone()
        complete: bool = missing == 0
        db.execute("UPDATE manifests SET complete = ? WHERE id = ?", (int(complete), manifest_id))
        return complete

    def manifest(self, manifest_id: bytes) -> StoredManifest | None:
        row = self._db.execute(
            "SELECT encoded, size, media_type, complete FROM manifests WHERE id = ?", (manifest_id,)
        ).fetchone()
        return None if row is None else StoredManifest(row[0], row[1], row[2], bool(row[3]))

    def missing(self, manifest_id: bytes) -> list[bytes]:
        """The manifest's chunks not yet held, in order, each once."""
        rows = self._db.execute(
            "SELECT mc.chunk FROM manifest_chunks mc LEFT JOIN chunks c ON c.id = mc.chunk"
            " WHERE mc.manifest = ? AND (c.id IS NULL OR c.size != mc.size) ORDER BY mc.idx",
            (manifest_id,),
        ).fetchall()
        return list(dict.fromkeys(r[0] for r in rows))

    def expected_sizes(self, cid: bytes) -> set[int]:
        """The sizes the manifests held here expect of this chunk (empty if none lists it)."""
        rows = self._db.execute("SELECT DISTINCT size FROM manifest_chunks WHERE chunk = ?", (cid,)).fetchall()
        return {r[0] for r in rows}

    def has_chunk(self, cid: bytes) -> bool:
        row = self._db.execute("SELECT 1 FROM chunks WHERE id = ?", (cid,)).fetchone()
        return row is not None

    def add_chunk(self, cid: bytes, size: int) -> list[bytes]:
        """Record a stored chunk; returns the manifests it completed."""
        completed: list[bytes] = []
        with self._transaction() as db:
            db.execute("INSERT OR REPLACE INTO chunks (id, size) VALUES (?, ?)", (cid, size))
            manifests = db.execute(
                "SELECT DISTINCT mc.manifest FROM manifest_chunks mc JOIN manifests m ON m.id = mc.manifest"
                " WHERE mc.chunk = ? AND m.complete = 0",
                (cid,),
            ).fetchall()
            for (manifest_id,) in manifests:
                if self._update_complete(db, manifest_id):
                    completed.append(manifest_id)
        return completed

    def forget_chunk(self, cid: bytes) -> None:
        """A chunk file was found damaged and removed: the manifests listing it are incomplete again."""
        with self._transaction() as db:
            db.execute("DELETE FROM chunks WHERE id = ?", (cid,))
            db.execute(
                "UPDATE manifests SET complete = 0 WHERE id IN (SELECT manifest FROM manifest_chunks WHERE chunk = ?)",
                (cid,),
            )
