"""What the light client persists: trusted light blocks, proven state values, the outbox, a little metadata.

`LightStore` is the interface (the desktop app plugs in its encrypted profile store); `MemoryStore` and
`SqliteStore` are simple implementations for tests and the command line. One store holds one chain.
"""

from __future__ import annotations

import asyncio
import bisect
import sqlite3
import time
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from .errors import DuplicateActionError, LightClientError
from .protocol.chain import LightBlock


class OutboxStatus(StrEnum):
    """Where a signed action is on its way to the chain."""

    #: Signed and stored, not yet accepted by any node (e.g. made offline).
    PENDING = "pending"
    #: A node accepted it into its mempool; not yet proven included.
    SUBMITTED = "submitted"
    #: Proven included in a verified block, and its receipt proven in state says it succeeded.
    INCLUDED = "included"
    #: Refused by the node, or included but its receipt says it failed; `last_error` says why.
    FAILED = "failed"
    #: Past its expiry height and proven absent from the chain: it can never be applied.
    EXPIRED = "expired"


FINAL_STATUSES = frozenset({OutboxStatus.INCLUDED, OutboxStatus.FAILED, OutboxStatus.EXPIRED})


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    """A signed action in the outbox. `sender` is the actor id; `action` the SignedAction's encoding."""

    action_id: bytes
    sender: bytes
    nonce: int
    action: bytes
    status: OutboxStatus
    created_ms: int
    updated_ms: int
    attempts: int = 0
    last_error: str | None = None
    #: The height of the block that included it, once proven.
    height: int | None = None

    @property
    def final(self) -> bool:
        return self.status in FINAL_STATUSES


@dataclass(frozen=True, slots=True)
class VerifiedValue:
    """A state value proven against the state root of the verified header at `height` (None: absent)."""

    key: bytes
    value: bytes | None
    height: int
    state_root: bytes
    verified_ms: int


class StoreError(LightClientError):
    """The store could not read or write (a damaged or locked file)."""


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


class LightStore(ABC):
    """The light client's persistence. Every method is a coroutine so that an implementation may run its
    I/O in a worker thread; implementations must make each call atomic."""

    # -- trusted light blocks (verified and cross-checked) ---------------------------------------------
    @abstractmethod
    async def save_trusted(self, blocks: Sequence[LightBlock]) -> None: ...

    @abstractmethod
    async def trusted(self, height: int) -> LightBlock | None: ...

    @abstractmethod
    async def latest_trusted(self) -> LightBlock | None: ...

    @abstractmethod
    async def lowest_trusted(self) -> LightBlock | None: ...

    @abstractmethod
    async def trusted_at_or_below(self, height: int) -> LightBlock | None: ...

    @abstractmethod
    async def trusted_at_or_above(self, height: int) -> LightBlock | None: ...

    @abstractmethod
    async def prune_trusted(self, keep: int) -> int:
        """Keep the `keep` highest trusted blocks; return how many were removed."""

    @abstractmethod
    async def clear_trusted(self) -> None: ...

    # -- proven state values -----------------------------------------------------------------------------
    @abstractmethod
    async def put_verified(self, value: VerifiedValue) -> None:
        """Store `value` unless a value of the same key proven at a greater height is stored."""

    @abstractmethod
    async def get_verified(self, key: bytes) -> VerifiedValue | None: ...

    @abstractmethod
    async def clear_verified(self) -> None: ...

    # -- outbox ------------------------------------------------------------------------------------------
    @abstractmethod
    async def outbox_add(self, entry: OutboxEntry) -> None:
        """Queue an action; DuplicateActionError if its id, or its sender and nonce (among actions not
        failed or expired), is already queued."""

    @abstractmethod
    async def outbox_get(self, action_id: bytes) -> OutboxEntry | None: ...

    @abstractmethod
    async def outbox_list(self, *statuses: OutboxStatus) -> list[OutboxEntry]:
        """Entries in `statuses` (all if none), ordered by sender, then nonce."""

    @abstractmethod
    async def outbox_update(
        self,
        action_id: bytes,
        status: OutboxStatus,
        *,
        error: str | None = None,
        height: int | None = None,
        attempted: bool = False,
    ) -> OutboxEntry:
        """Move an entry to `status`. A final status never changes again (StoreError)."""

    # -- metadata ------------------------------------------------------------------------------------------
    @abstractmethod
    async def get_meta(self, name: str) -> bytes | None: ...

    @abstractmethod
    async def set_meta(self, name: str, value: bytes | None) -> None: ...

    async def aclose(self) -> None:  # noqa: B027 - optional hook
        """Release resources (files); the default does nothing."""


def _check_transition(old: OutboxEntry, status: OutboxStatus) -> None:
    if old.final and status != old.status:
        raise StoreError(f"the action is already {old.status.value}; it cannot become {status.value}")


def _updated(
    old: OutboxEntry, status: OutboxStatus, error: str | None, height: int | None, attempted: bool
) -> OutboxEntry:
    _check_transition(old, status)
    return replace(
        old,
        status=status,
        last_error=error,
        height=old.height if height is None else height,
        attempts=old.attempts + (1 if attempted else 0),
        updated_ms=_now_ms(),
    )


_REUSABLE = frozenset({OutboxStatus.FAILED, OutboxStatus.EXPIRED})


class MemoryStore(LightStore):
    """Everything in memory: for tests, and for a client that must not write to disk."""

    def __init__(self) -> None:
        self._blocks: dict[int, LightBlock] = {}
        self._heights: list[int] = []
        self._values: dict[bytes, VerifiedValue] = {}
        self._outbox: dict[bytes, OutboxEntry] = {}
        self._meta: dict[str, bytes] = {}

    async def save_trusted(self, blocks: Sequence[LightBlock]) -> None:
        for lb in blocks:
            if lb.height not in self._blocks:
                bisect.insort(self._heights, lb.height)
            self._blocks[lb.height] = lb

    async def trusted(self, height: int) -> LightBlock | None:
        return self._blocks.get(height)

    async def latest_trusted(self) -> LightBlock | None:
        return self._blocks[self._heights[-1]] if self._heights else None

    async def lowest_trusted(self) -> LightBlock | None:
        return self._blocks[self._heights[0]] if self._heights else None

    async def trusted_at_or_below(self, height: int) -> LightBlock | None:
        i = bisect.bisect_right(self._heights, height)
        return self._blocks[self._heights[i - 1]] if i else None

    async def trusted_at_or_above(self, height: int) -> LightBlock | None:
        i = bisect.bisect_left(self._heights, height)
        return self._blocks[self._heights[i]] if i < len(self._heights) else None

    async def prune_trusted(self, keep: int) -> int:
        if keep < 1:
            raise ValueError("keep at least one trusted block")
        drop = self._heights[:-keep]
        for h in drop:
            del self._blocks[h]
        self._heights = self._heights[-keep:]
        return len(drop)

    async def clear_trusted(self) -> None:
        self._blocks.clear()
        self._heights.clear()

    async def put_verified(self, value: VerifiedValue) -> None:
        old = self._values.get(value.key)
        if old is None or old.height <= value.height:
            self._values[value.key] = value

    async def get_verified(self, key: bytes) -> VerifiedValue | None:
        return self._values.get(key)

    async def clear_verified(self) -> None:
        self._values.clear()

    async def outbox_add(self, entry: OutboxEntry) -> None:
        if entry.action_id in self._outbox:
            raise DuplicateActionError("this action is already queued")
        for other in self._outbox.values():
            if other.sender == entry.sender and other.nonce == entry.nonce and other.status not in _REUSABLE:
                raise DuplicateActionError(
                    f"an action with nonce {entry.nonce} from this sender is already queued; "
                    "sign the new action with the next nonce"
                )
        self._outbox[entry.action_id] = entry

    async def outbox_get(self, action_id: bytes) -> OutboxEntry | None:
        return self._outbox.get(action_id)

    async def outbox_list(self, *statuses: OutboxStatus) -> list[OutboxEntry]:
        wanted = set(statuses)
        return sorted(
            (e for e in self._outbox.values() if not wanted or e.status in wanted),
            key=lambda e: (e.sender, e.nonce, e.created_ms),
        )

    async def outbox_update(
        self,
        action_id: bytes,
        status: OutboxStatus,
        *,
        error: str | None = None,
        height: int | None = None,
        attempted: bool = False,
    ) -> OutboxEntry:
        old = self._outbox.get(action_id)
        if old is None:
            raise StoreError("there is no such action in the outbox")
        new = _updated(old, status, error, height, attempted)
        self._outbox[action_id] = new
        return new

    async def get_meta(self, name: str) -> bytes | None:
        return self._meta.get(name)

    async def set_meta(self, name: str, value: bytes | None) -> None:
        if value is None:
            self._meta.pop(name, None)
        else:
            self._meta[name] = value


_SCHEMA = """
CREATE TABLE IF NOT EXISTS trusted (
    height INTEGER PRIMARY KEY,
    light_block BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS verified (
    key BLOB PRIMARY KEY,
    value BLOB,
    height INTEGER NOT NULL,
    state_root BLOB NOT NULL,
    verified_ms INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS outbox (
    action_id BLOB PRIMARY KEY,
    sender BLOB NOT NULL,
    nonce INTEGER NOT NULL,
    action BLOB NOT NULL,
    status TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    height INTEGER
);
CREATE INDEX IF NOT EXISTS outbox_by_sender ON outbox (sender, nonce);
CREATE TABLE IF NOT EXISTS meta (
    name TEXT PRIMARY KEY,
    value BLOB NOT NULL
);
"""
_OUTBOX_COLUMNS = "action_id, sender, nonce, action, status, created_ms, updated_ms, attempts, last_error, height"


def _entry(row: tuple[Any, ...]) -> OutboxEntry:
    action_id, sender, nonce, action, status, created, updated, attempts, error, height = tuple(row)
    return OutboxEntry(
        action_id=bytes(action_id),
        sender=bytes(sender),
        nonce=int(nonce),
        action=bytes(action),
        status=OutboxStatus(status),
        created_ms=int(created),
        updated_ms=int(updated),
        attempts=int(attempts),
        last_error=None if error is None else str(error),
        height=None if height is None else int(height),
    )


class SqliteStore(LightStore):
    """A plain SQLite file (for the command line and tests). Each call is one transaction; the file is
    opened with full synchronous writes so that a queued action survives a crash right after `submit`."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the light client store {self.path}: {exc}") from exc
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.executescript(_SCHEMA)
        except sqlite3.Error as exc:
            self._db.close()
            raise StoreError(f"cannot open the light client store {self.path}: {exc}") from exc
        self._lock = asyncio.Lock()

    def _query(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        try:
            return list(self._db.execute(sql, params).fetchall())
        except sqlite3.Error as exc:
            raise StoreError(f"the light client store {self.path} failed: {exc}") from exc

    def _write(self, statements: Sequence[tuple[str, Sequence[object]]]) -> int:
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                changed = 0
                for sql, params in statements:
                    changed += self._db.execute(sql, params).rowcount
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
            return changed
        except sqlite3.Error as exc:
            raise StoreError(f"the light client store {self.path} failed: {exc}") from exc

    def _block(self, rows: list[tuple[Any, ...]]) -> LightBlock | None:
        if not rows:
            return None
        return LightBlock.decode(bytes(rows[0][0]))

    async def save_trusted(self, blocks: Sequence[LightBlock]) -> None:
        self._write(
            [
                (
                    "INSERT OR REPLACE INTO trusted (height, light_block) VALUES (?, ?)",
                    (lb.height, lb.encode()),
                )
                for lb in blocks
            ]
        )

    async def trusted(self, height: int) -> LightBlock | None:
        return self._block(self._query("SELECT light_block FROM trusted WHERE height = ?", (height,)))

    async def latest_trusted(self) -> LightBlock | None:
        return self._block(self._query("SELECT light_block FROM trusted ORDER BY height DESC LIMIT 1"))

    async def lowest_trusted(self) -> LightBlock | None:
        return self._block(self._query("SELECT light_block FROM trusted ORDER BY height LIMIT 1"))

    async def trusted_at_or_below(self, height: int) -> LightBlock | None:
        return self._block(
            self._query("SELECT light_block FROM trusted WHERE height <= ? ORDER BY height DESC LIMIT 1", (height,))
        )

    async def trusted_at_or_above(self, height: int) -> LightBlock | None:
        return self._block(
            self._query("SELECT light_block FROM trusted WHERE height >= ? ORDER BY height LIMIT 1", (height,))
        )

    async def prune_trusted(self, keep: int) -> int:
        if keep < 1:
            raise ValueError("keep at least one trusted block")
        return self._write(
            [
                (
                    "DELETE FROM trusted WHERE height < (SELECT min(height) FROM "
                    "(SELECT height FROM trusted ORDER BY height DESC LIMIT ?))",
                    (keep,),
                )
            ]
        )

    async def clear_trusted(self) -> None:
        self._write([("DELETE FROM trusted", ())])

    async def put_verified(self, value: VerifiedValue) -> None:
        self._write(
            [
                (
                    "INSERT INTO verified (key, value, height, state_root, verified_ms) "
                    "VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value, height = excluded.height, "
                    "state_root = excluded.state_root, verified_ms = excluded.verified_ms "
                    "WHERE excluded.height >= verified.height",
                    (value.key, value.value, value.height, value.state_root, value.verified_ms),
                )
            ]
        )

    async def get_verified(self, key: bytes) -> VerifiedValue | None:
        rows = self._query("SELECT value, height, state_root, verified_ms FROM verified WHERE key = ?", (key,))
        if not rows:
            return None
        value, height, root, verified = rows[0]
        return VerifiedValue(
            key,
            None if value is None else bytes(value),
            int(height),
            bytes(root),
            int(verified),
        )

    async def clear_verified(self) -> None:
        self._write([("DELETE FROM verified", ())])

    async def outbox_add(self, entry: OutboxEntry) -> None:
        async with self._lock:
            clash = self._query(
                "SELECT 1 FROM outbox WHERE action_id = ? OR (sender = ? AND nonce = ? AND status NOT IN (?, ?))",
                (entry.action_id, entry.sender, entry.nonce, *sorted(s.value for s in _REUSABLE)),
            )
            if clash:
                raise DuplicateActionError(
                    f"an action with nonce {entry.nonce} from this sender (or this very action) is already "
                    "queued; sign the new action with the next nonce"
                )
            self._write(
                [
                    (
                        f"INSERT INTO outbox ({_OUTBOX_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (
                            entry.action_id,
                            entry.sender,
                            entry.nonce,
                            entry.action,
                            entry.status.value,
                            entry.created_ms,
                            entry.updated_ms,
                            entry.attempts,
                            entry.last_error,
                            entry.height,
                        ),
                    )
                ]
            )

    async def outbox_get(self, action_id: bytes) -> OutboxEntry | None:
        rows = self._query(f"SELECT {_OUTBOX_COLUMNS} FROM outbox WHERE action_id = ?", (action_id,))
        return _entry(rows[0]) if rows else None

    async def outbox_list(self, *statuses: OutboxStatus) -> list[OutboxEntry]:
        where = f"WHERE status IN ({', '.join('?' * len(statuses))})" if statuses else ""
        rows = self._query(
            f"SELECT {_OUTBOX_COLUMNS} FROM outbox {where} ORDER BY sender, nonce, created_ms",
            [s.value for s in statuses],
        )
        return [_entry(r) for r in rows]

    async def outbox_update(
        self,
        action_id: bytes,
        status: OutboxStatus,
        *,
        error: str | None = None,
        height: int | None = None,
        attempted: bool = False,
    ) -> OutboxEntry:
        async with self._lock:
            old = await self.outbox_get(action_id)
            if old is None:
                raise StoreError("there is no such action in the outbox")
            new = _updated(old, status, error, height, attempted)
            self._write(
                [
                    (
                        "UPDATE outbox SET status = ?, last_error = ?, height = ?, attempts = ?, "
                        "updated_ms = ? "
                        "WHERE action_id = ?",
                        (
                            new.status.value,
                            new.last_error,
                            new.height,
                            new.attempts,
                            new.updated_ms,
                            action_id,
                        ),
                    )
                ]
            )
            return new

    async def get_meta(self, name: str) -> bytes | None:
        rows = self._query("SELECT value FROM meta WHERE name = ?", (name,))
        return bytes(rows[0][0]) if rows else None

    async def set_meta(self, name: str, value: bytes | None) -> None:
        if value is None:
            self._write([("DELETE FROM meta WHERE name = ?", (name,))])
        else:
            self._write([("INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)", (name, value))])

    async def aclose(self) -> None:
        self._db.close()


def new_entry(action_id: bytes, sender: bytes, nonce: int, action: bytes) -> OutboxEntry:
    """A fresh PENDING outbox entry, stamped now."""
    now = _now_ms()
    return OutboxEntry(action_id, sender, nonce, action, OutboxStatus.PENDING, now, now)


__all__ = [
    "FINAL_STATUSES",
    "LightStore",
    "MemoryStore",
    "OutboxEntry",
    "OutboxStatus",
    "SqliteStore",
    "StoreError",
    "VerifiedValue",
    "new_entry",
]
