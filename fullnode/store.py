"""SQLite storage of the chain: blocks, commits, validator sets, state values, the action index and evidence.

One file in WAL mode. Every committed block is written in a single transaction together with the state
changes it made, so after a crash the store holds exactly the blocks it reports (`height()`), and the
state values are those after the last of them. Writes go through one connection (used by one thread at a
time); reads use their own connection, so the API can read while a block is being written.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lightnode.protocol.chain import Commit, Header, LightBlock, ValidatorSet
from lightnode.protocol.consensus import Block, DuplicateVoteEvidence
from lightnode.protocol.encoding import pack, unpack
from lightnode.protocol.evidence import LightClientAttackEvidence
from lightnode.protocol.keys import actor_id

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS blocks (
    height INTEGER PRIMARY KEY,
    hash BLOB NOT NULL UNIQUE,
    header BLOB NOT NULL,
    block BLOB NOT NULL,
    commit_ BLOB NOT NULL,
    time_ms INTEGER NOT NULL,
    num_actions INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS validators (
    height INTEGER PRIMARY KEY,
    valset BLOB NOT NULL,
    priorities BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS state (key BLOB PRIMARY KEY, value BLOB) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS actions (
    id BLOB PRIMARY KEY,
    height INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    ok INTEGER NOT NULL,
    reason TEXT NOT NULL,
    events TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS actor_actions (
    actor BLOB NOT NULL,
    height INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    kind TEXT NOT NULL,
    action_id BLOB NOT NULL,
    PRIMARY KEY (actor, height, idx, kind)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS light_client_evidence (
    hash BLOB PRIMARY KEY,
    height INTEGER NOT NULL,
    data BLOB NOT NULL,
    received_ms INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS evidence (
    hash BLOB PRIMARY KEY,
    height INTEGER NOT NULL,
    round INTEGER NOT NULL,
    type INTEGER NOT NULL,
    validator BLOB NOT NULL,
    data BLOB NOT NULL,
    received_ms INTEGER NOT NULL
) WITHOUT ROWID;
"""


class StoreError(Exception):
    """The store is damaged or belongs to another chain."""


@dataclass(frozen=True, slots=True)
class ActionLocation:
    """Where a committed action is: its block, its position there, and its outcome."""

    height: int
    index: int
    ok: bool
    reason: str
    events: list[dict[str, Any]]


@dataclass(frozen=True, slots=True)
class ActorAction:
    """A committed action whose events name an actor, with the kinds of those events."""

    height: int
    index: int
    action_id: bytes
    kinds: tuple[str, ...]


def _actor_rows(
    action_id: bytes, height: int, index: int, events: list[dict[str, Any]]
) -> list[tuple[bytes, int, int, str, bytes]]:
    """The actor-index rows of one action: one per (actor, event kind) its events name."""
    rows: dict[tuple[bytes, str], tuple[bytes, int, int, str, bytes]] = {}
    for event in events:
        kind = str(event.get("kind", ""))
        for actor_hex in event.get("actors", []):
            if isinstance(actor_hex, str) and len(actor_hex) == 40:
                actor = bytes.fromhex(actor_hex)
                rows[(actor, kind)] = (actor, height, index, kind, action_id)
    return list(rows.values())


def _group(rows: list[Any]) -> list[ActorAction]:
    """Rows of (height, index, action id, kind) in block order, one entry per action."""
    found: dict[bytes, ActorAction] = {}
    for height, index, action_id, kind in rows:
        key = bytes(action_id)
        known = found.get(key)
        kinds = (*known.kinds, str(kind)) if known is not None else (str(kind),)
        found[key] = ActorAction(int(height), int(index), key, kinds)
    return list(found.values())


@dataclass(frozen=True, slots=True)
class EvidenceRecord:
    hash: bytes
    height: int
    round: int
    type: int
    validator: bytes
    evidence: DuplicateVoteEvidence
    received_ms: int


@dataclass(frozen=True, slots=True)
class BlockWrite:
    """Everything one committed block adds to the store."""

    block: Block
    block_bytes: bytes
    commit: Commit
    #: The validator set and proposer priorities of the next height.
    next_validators: ValidatorSet
    next_priorities: Sequence[int]
    changes: dict[bytes, bytes | None]
    #: (action id, ok, reason, events as JSON-ready dicts) in block order.
    results: Sequence[tuple[bytes, bool, str, list[dict[str, Any]]]]


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=30)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


class Store:
    """The node's database. Open with `Store.open(path)`; call `close()` when done."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._write = _connect(self.path)
        self._write.executescript(_SCHEMA)
        self._read = _connect(self.path)
        self._lock = threading.Lock()
        version = self.meta("schema_version")
        if version is None:
            self._set_meta("schema_version", str(SCHEMA_VERSION).encode())
        elif int(version) != SCHEMA_VERSION:
            raise StoreError(f"{self.path}: schema version {int(version)} is not supported")
        self._height = int(self._read.execute("SELECT COALESCE(MAX(height), 0) FROM blocks").fetchone()[0])
        if self.meta("actor_index") is None:
            self._build_actor_index()

    def _build_actor_index(self) -> None:
        """Index the actions of a store written before the actor index existed (once, at open)."""
        with self._lock:
            conn = self._write
            conn.execute("BEGIN IMMEDIATE")
            try:
                rows = self._read.execute("SELECT id, height, idx, events FROM actions")
                for action_id, height, index, events in rows:
                    conn.executemany(
                        "INSERT OR IGNORE INTO actor_actions (actor, height, idx, kind, action_id) "
                        "VALUES (?, ?, ?, ?, ?)",
                        _actor_rows(bytes(action_id), int(height), int(index), json.loads(events)),
                    )
                conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('actor_index', ?)", (b"1",))
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise

    def close(self) -> None:
        with self._lock:
            self._write.close()
            self._read.close()

    # ---- meta -----------------------------------------------------------------------------------------

    def meta(self, key: str) -> bytes | None:
        row = self._read.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else bytes(row[0])

    def _set_meta(self, key: str, value: bytes) -> None:
        with self._lock:
            self._write.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def bind_chain(self, chain_id: str, genesis_hash: bytes) -> None:
        """Record which chain this store holds, or check it is the same one."""
        stored = self.meta("genesis_hash")
        if stored is None:
            self._set_meta("chain_id", chain_id.encode())
            self._set_meta("genesis_hash", genesis_hash)
        elif stored != genesis_hash:
            raise StoreError(
                f"{self.path} holds another chain (genesis {stored.hex()[:16]}…); use a new data directory"
            )

    def save_initial_validators(self, validators: ValidatorSet, priorities: Sequence[int]) -> None:
        with self._lock:
            self._write.execute(
                "INSERT OR IGNORE INTO validators (height, valset, priorities) VALUES (1, ?, ?)",
                (validators.encode(), pack(list(priorities))),
            )

    # ---- writes ---------------------------------------------------------------------------------------

    def height(self) -> int:
        """The height of the last committed block (0 when there is none)."""
        return self._height

    def save_block(self, write: BlockWrite) -> None:
        """Persist one committed block and everything it changed, atomically."""
        block = write.block
        height = block.height
        if height != self._height + 1:
            raise StoreError(f"the next block to store is at height {self._height + 1}, not {height}")
        header_bytes = block.header.encode()
        with self._lock:
            conn = self._write
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.execute(
                    "INSERT INTO blocks (height, hash, header, block, commit_, time_ms, num_actions) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        height,
                        block.hash(),
                        header_bytes,
                        write.block_bytes,
                        write.commit.encode(),
                        block.header.time_ms,
                        len(block.actions),
                    ),
                )
                if height > 1:
                    # The commit carried by this block is the canonical one of the previous height.
                    conn.execute(
                        "UPDATE blocks SET commit_ = ? WHERE height = ?",
                        (block.last_commit.encode(), height - 1),
                    )
                conn.execute(
                    "INSERT OR REPLACE INTO validators (height, valset, priorities) VALUES (?, ?, ?)",
                    (height + 1, write.next_validators.encode(), pack(list(write.next_priorities))),
                )
                conn.executemany("INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)", list(write.changes.items()))
                conn.executemany(
                    "INSERT OR REPLACE INTO actions (id, height, idx, ok, reason, events) VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        (action_id, height, index, int(ok), reason, json.dumps(events))
                        for index, (action_id, ok, reason, events) in enumerate(write.results)
                    ],
                )
                conn.executemany(
                    "INSERT OR IGNORE INTO actor_actions (actor, height, idx, kind, action_id) VALUES (?, ?, ?, ?, ?)",
                    [
                        row
                        for index, (action_id, _ok, _reason, events) in enumerate(write.results)
                        for row in _actor_rows(action_id, height, index, events)
                    ],
                )
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            self._height = height

    def add_evidence(self, evidence: DuplicateVoteEvidence, received_ms: int) -> bool:
        """Store evidence of equivocation; False if it was already known."""
        vote = evidence.vote_a.vote
        with self._lock:
            cursor = self._write.execute(
                "INSERT OR IGNORE INTO evidence (hash, height, round, type, validator, data, received_ms) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    evidence.hash(),
                    vote.height,
                    vote.round,
                    vote.type,
                    actor_id(evidence.public_key),
                    evidence.encode(),
                    received_ms,
                ),
            )
            return cursor.rowcount > 0

    # ---- reads ----------------------------------------------------------------------------------------

    def block_bytes(self, height: int) -> bytes | None:
        row = self._read.execute("SELECT block FROM blocks WHERE height = ?", (height,)).fetchone()
        return None if row is None else bytes(row[0])

    def block(self, height: int) -> Block | None:
        raw = self.block_bytes(height)
        return None if raw is None else Block.decode(raw)

    def block_hash(self, height: int) -> bytes | None:
        row = self._read.execute("SELECT hash FROM blocks WHERE height = ?", (height,)).fetchone()
        return None if row is None else bytes(row[0])

    def height_of_hash(self, block_hash: bytes) -> int | None:
        row = self._read.execute("SELECT height FROM blocks WHERE hash = ?", (block_hash,)).fetchone()
        return None if row is None else int(row[0])

    def header(self, height: int) -> Header | None:
        row = self._read.execute("SELECT header FROM blocks WHERE height = ?", (height,)).fetchone()
        return None if row is None else Header.decode(bytes(row[0]))

    def commit(self, height: int) -> Commit | None:
        row = self._read.execute("SELECT commit_ FROM blocks WHERE height = ?", (height,)).fetchone()
        return None if row is None else Commit.decode(bytes(row[0]))

    def committed_block(self, height: int) -> tuple[bytes, bytes] | None:
        """(block bytes, commit bytes) of one height, for block sync."""
        row = self._read.execute("SELECT block, commit_ FROM blocks WHERE height = ?", (height,)).fetchone()
        return None if row is None else (bytes(row[0]), bytes(row[1]))

    def validators(self, height: int) -> ValidatorSet | None:
        row = self._read.execute("SELECT valset FROM validators WHERE height = ?", (height,)).fetchone()
        return None if row is None else ValidatorSet.decode(bytes(row[0]))

    def priorities(self, height: int) -> list[int] | None:
        row = self._read.execute("SELECT priorities FROM validators WHERE height = ?", (height,)).fetchone()
        if row is None:
            return None
        values = unpack(bytes(row[0]))
        if type(values) is not list or not all(type(v) is int for v in values):
            raise StoreError(f"damaged proposer priorities at height {height}")
        return values

    def light_block(self, height: int) -> LightBlock | None:
        row = self._read.execute(
            "SELECT b.header, b.commit_, v.valset FROM blocks b JOIN validators v ON v.height = b.height "
            "WHERE b.height = ?",
            (height,),
        ).fetchone()
        if row is None:
            return None
        return LightBlock(
            Header.decode(bytes(row[0])), Commit.decode(bytes(row[1])), ValidatorSet.decode(bytes(row[2]))
        )

    def light_blocks(self, first: int, last: int) -> list[LightBlock]:
        rows = self._read.execute(
            "SELECT b.header, b.commit_, v.valset FROM blocks b JOIN validators v ON v.height = b.height "
            "WHERE b.height BETWEEN ? AND ? ORDER BY b.height",
            (first, last),
        ).fetchall()
        return [
            LightBlock(Header.decode(bytes(h)), Commit.decode(bytes(c)), ValidatorSet.decode(bytes(v)))
            for h, c, v in rows
        ]

    def state_items(self) -> Iterator[tuple[bytes, bytes | None]]:
        """Every state key written by a block, with its latest value (None: deleted)."""
        for key, value in self._read.execute("SELECT key, value FROM state"):
            yield bytes(key), None if value is None else bytes(value)

    def state_value(self, key: bytes) -> bytes | None:
        row = self._read.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return None if row is None or row[0] is None else bytes(row[0])

    def action(self, action_id: bytes) -> ActionLocation | None:
        row = self._read.execute(
            "SELECT height, idx, ok, reason, events FROM actions WHERE id = ?", (action_id,)
        ).fetchone()
        if row is None:
            return None
        return ActionLocation(int(row[0]), int(row[1]), bool(row[2]), str(row[3]), json.loads(row[4]))

    def actor_actions(
        self, actor: bytes, first: int, last: int, limit: int, kind: str | None = None
    ) -> tuple[list[ActorAction], int]:
        """The committed actions whose events name `actor` (with an event of `kind`, if given) at heights
        `first..last`, in block order and by whole heights, about `limit` of them at most; and the height up to
        which that list is complete (the next page starts above it)."""
        last = min(last, self._height)
        if first > last:
            return [], last
        rows = self._actor_rows(actor, first, last, kind, limit + 1)
        if len(rows) <= limit:
            return _group(rows), last
        cut = int(rows[-1][0])
        if int(rows[0][0]) == cut:
            # One height holding more than a page goes out whole, so that every page makes progress.
            return _group(self._actor_rows(actor, cut, cut, kind, None)), cut
        return _group([r for r in rows if int(r[0]) < cut]), cut - 1

    def _actor_rows(self, actor: bytes, first: int, last: int, kind: str | None, limit: int | None) -> list[Any]:
        query = "SELECT height, idx, action_id, kind FROM actor_actions WHERE actor = ? AND height BETWEEN ? AND ?"
        args: list[Any] = [actor, first, last]
        if kind is not None:
            query += " AND kind = ?"
            args.append(kind)
        query += " ORDER BY height, idx"
        if limit is not None:
            query += " LIMIT ?"
            args.append(limit)
        return self._read.execute(query, args).fetchall()

    def evidence(self, limit: int = 100, validator: bytes | None = None) -> list[EvidenceRecord]:
        sql = "SELECT hash, height, round, type, validator, data, received_ms FROM evidence"
        args: tuple[Any, ...] = ()
        if validator is not None:
            sql += " WHERE validator = ?"
            args = (validator,)
        sql += " ORDER BY height DESC, round DESC LIMIT ?"
        rows = self._read.execute(sql, (*args, limit)).fetchall()
        return [
            EvidenceRecord(
                bytes(h),
                int(height),
                int(round_),
                int(type_),
                bytes(v),
                DuplicateVoteEvidence.decode(bytes(d)),
                int(ms),
            )
            for h, height, round_, type_, v, d, ms in rows
        ]

    def evidence_count(self) -> int:
        votes = int(self._read.execute("SELECT COUNT(*) FROM evidence").fetchone()[0])
        attacks = int(self._read.execute("SELECT COUNT(*) FROM light_client_evidence").fetchone()[0])
        return votes + attacks

    def add_light_client_evidence(self, evidence: LightClientAttackEvidence, received_ms: int) -> bool:
        """Store a light client's report of conflicting headers; False if it was already known."""
        with self._lock:
            cursor = self._write.execute(
                "INSERT OR IGNORE INTO light_client_evidence (hash, height, data, received_ms) VALUES (?, ?, ?, ?)",
                (evidence.hash(), evidence.height, evidence.encode(), received_ms),
            )
            return cursor.rowcount > 0

    def light_client_evidence(self, limit: int = 100) -> list[tuple[LightClientAttackEvidence, int]]:
        rows = self._read.execute(
            "SELECT data, received_ms FROM light_client_evidence ORDER BY height DESC LIMIT ?", (limit,)
        ).fetchall()
        return [(LightClientAttackEvidence.decode(bytes(d)), int(ms)) for d, ms in rows]
