"""SQLite storage of the mailbox: envelopes, acknowledgement tombstones, identities and one-time prekeys."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS envelopes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id BLOB NOT NULL UNIQUE,
    mailbox BLOB NOT NULL,
    expiry_ms INTEGER NOT NULL,
    size INTEGER NOT NULL,
    encoded BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS envelopes_by_mailbox ON envelopes (mailbox, seq);
CREATE INDEX IF NOT EXISTS envelopes_by_expiry ON envelopes (expiry_ms);
CREATE TABLE IF NOT EXISTS tombstones (
    id BLOB PRIMARY KEY,
    expiry_ms INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS tombstones_by_expiry ON tombstones (expiry_ms);
CREATE TABLE IF NOT EXISTS identities (
    mailbox BLOB PRIMARY KEY,
    created_ms INTEGER NOT NULL,
    encoded BLOB NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS prekeys (
    mailbox BLOB NOT NULL,
    prekey BLOB NOT NULL,
    PRIMARY KEY (mailbox, prekey)
) WITHOUT ROWID;
"""


class Deposit(Enum):
    STORED = "stored"
    DUPLICATE = "duplicate"
    #: The owner already acknowledged this envelope (a late replica): it is not stored again.
    ACKNOWLEDGED = "acknowledged"


class MailboxFullError(Exception):
    """The mailbox holds as many envelopes or bytes as its quota allows."""


@dataclass(frozen=True, slots=True)
class StoredEnvelope:
    seq: int
    id: bytes
    encoded: bytes


class MailboxStore:
    """Envelopes by mailbox, oldest first; expired ones are never returned and are swept away."""

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

    def deposit(
        self,
        envelope_id: bytes,
        mailbox: bytes,
        expiry_ms: int,
        size: int,
        encoded: bytes,
        *,
        now_ms: int,
        max_envelopes: int,
        max_bytes: int,
    ) -> Deposit:
        with self._transaction() as db:
            if db.execute("SELECT 1 FROM envelopes WHERE id = ?", (envelope_id,)).fetchone():
                return Deposit.DUPLICATE
            if db.execute("SELECT 1 FROM tombstones WHERE id = ?", (envelope_id,)).fetchone():
                return Deposit.ACKNOWLEDGED
            count, used = db.execute(
                "SELECT COUNT(*), COALESCE(SUM(size), 0) FROM envelopes WHERE mailbox = ? AND expiry_ms > ?",
                (mailbox, now_ms),
            ).fetchone()
            if count + 1 > max_envelopes or used + size > max_bytes:
                raise MailboxFullError
            db.execute(
                "INSERT INTO envelopes (id, mailbox, expiry_ms, size, encoded) VALUES (?, ?, ?, ?, ?)",
                (envelope_id, mailbox, expiry_ms, size, encoded),
            )
            return Deposit.STORED

    def fetch(self, mailbox: bytes, after_seq: int, limit: int, now_ms: int) -> list[StoredEnvelope]:
        rows = self._db.execute(
            "SELECT seq, id, encoded FROM envelopes WHERE mailbox = ? AND seq > ? AND expiry_ms > ?"
            " ORDER BY seq LIMIT ?",
            (mailbox, after_seq, now_ms, limit),
        ).fetchall()
        return [StoredEnvelope(seq, eid, enc) for seq, eid, enc in rows]

    def acknowledge(self, mailbox: bytes, ids: tuple[bytes, ...], tombstone_until_ms: int) -> int:
        """Delete acknowledged envelopes and remember their ids, so late replicas are not stored again."""
        deleted = 0
        with self._transaction() as db:
            for envelope_id in ids:
                row = db.execute(
                    "SELECT expiry_ms FROM envelopes WHERE id = ? AND mailbox = ?", (envelope_id, mailbox)
                ).fetchone()
                until = row[0] if row else tombstone_until_ms
                if row:
                    db.execute("DELETE FROM envelopes WHERE id = ?", (envelope_id,))
                    deleted += 1
                db.execute("INSERT OR REPLACE INTO tombstones (id, expiry_ms) VALUES (?, ?)", (envelope_id, until))
        return deleted

    def usage(self, mailbox: bytes, now_ms: int) -> tuple[int, int]:
        count, used = self._db.execute(
            "SELECT COUNT(*), COALESCE(SUM(size), 0) FROM envelopes WHERE mailbox = ? AND expiry_ms > ?",
            (mailbox, now_ms),
        ).fetchone()
        return int(count), int(used)

    def sweep(self, now_ms: int) -> int:
        """Delete expired envelopes and tombstones; returns how many envelopes went."""
        db = self._db
        gone = db.execute("DELETE FROM envelopes WHERE expiry_ms <= ?", (now_ms,)).rowcount
        db.execute("DELETE FROM tombstones WHERE expiry_ms <= ?", (now_ms,))
        return int(gone)

    # Identities and one-time prekeys

    def put_identity(self, mailbox: bytes, created_ms: int, encoded: bytes) -> None:
        """Keep the newest identity of a mailbox (an older upload arriving late changes nothing)."""
        self._db.execute(
            "INSERT INTO identities (mailbox, created_ms, encoded) VALUES (?, ?, ?)"
            " ON CONFLICT (mailbox) DO UPDATE"
            " SET created_ms = excluded.created_ms, encoded = excluded.encoded"
            " WHERE excluded.created_ms >= identities.created_ms",
            (mailbox, created_ms, encoded),
        )

    def add_prekeys(self, mailbox: bytes, prekeys: tuple[bytes, ...], max_total: int) -> int:
        """Add one-time prekeys up to `max_total` per mailbox; returns how many are available now."""
        with self._transaction() as db:
            (have,) = db.execute("SELECT COUNT(*) FROM prekeys WHERE mailbox = ?", (mailbox,)).fetchone()
            room = max(0, max_total - have)
            db.executemany(
                "INSERT OR IGNORE INTO prekeys (mailbox, prekey) VALUES (?, ?)",
                [(mailbox, key) for key in prekeys[:room]],
            )
            (have,) = db.execute("SELECT COUNT(*) FROM prekeys WHERE mailbox = ?", (mailbox,)).fetchone()
        return int(have)

    def claim(self, mailbox: bytes) -> tuple[bytes, bytes] | None:
        """The identity and one one-time prekey (removed, so never handed out twice), or None."""
        with self._transaction() as db:
            identity = db.execute("SELECT encoded FROM identities WHERE mailbox = ?", (mailbox,)).fetchone()
            if identity is None:
                return None
            row = db.execute("SELECT prekey FROM prekeys WHERE mailbox = ? LIMIT 1", (mailbox,)).fetchone()
            prekey = b""
            if row is not None:
                prekey = row[0]
                db.execute("DELETE FROM prekeys WHERE mailbox = ? AND prekey = ?", (mailbox, prekey))
            return identity[0], prekey

    def prekey_count(self, mailbox: bytes) -> int:
        (have,) = self._db.execute("SELECT COUNT(*) FROM prekeys WHERE mailbox = ?", (mailbox,)).fetchone()
        return int(have)
