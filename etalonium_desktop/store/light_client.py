"""The light client's storage: trusted headers, proof-checked state values, the outbox of signed actions."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .database import Database
from .errors import ConstraintError, StoreError
from .models import FINAL_OUTBOX_STATUSES, OutboxAction, OutboxStatus, TrustedHeader, VerifiedValue, now_ms
from .wallet_history import UNCONFIRMED_HEIGHT, HistoryKey

_HEADER_COLUMNS = "chain_id, height, header_hash, header_time, light_block, verified_at"
_OUTBOX_COLUMNS = (
    "action_id, chain_id, sender, nonce, action, status, created_at, updated_at, attempts, last_error, height"
)
_REUSABLE = (OutboxStatus.FAILED.value, OutboxStatus.EXPIRED.value)


def _header(row: Any) -> TrustedHeader:
    return TrustedHeader(
        chain_id=str(row[0]),
        height=int(row[1]),
        header_hash=bytes(row[2]),
        header_time=int(row[3]),
        light_block=bytes(row[4]),
        verified_at=int(row[5]),
    )


class TrustedHeaderStore:
    """Headers the light client verified (its trusted store), per chain, keyed by height."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def save(self, header: TrustedHeader) -> None:
        """Store a verified header; saving the same height again must repeat the same hash."""
        self.save_many([header])

    def save_many(self, headers: Iterable[TrustedHeader]) -> None:
        """Store verified headers all together or (if one conflicts with a stored one) not at all."""
        with self._db.write() as conn:
            for header in headers:
                row = conn.execute(
                    "SELECT header_hash FROM trusted_headers WHERE chain_id = ? AND height = ?",
                    (header.chain_id, header.height),
                ).fetchone()
                if row is not None and bytes(row[0]) != header.header_hash:
                    raise ConstraintError(
                        f"A different header is already trusted at height {header.height} of "
                        f"{header.chain_id}; two verified headers for one height mean a fork or an attack, "
                        "so nothing was changed."
                    )
                conn.execute(
                    f"INSERT OR REPLACE INTO trusted_headers ({_HEADER_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        header.chain_id,
                        header.height,
                        header.header_hash,
                        header.header_time,
                        header.light_block,
                        header.verified_at,
                    ),
                )

    def _one(self, sql: str, params: tuple[Any, ...]) -> TrustedHeader | None:
        with self._db.read() as conn:
            row = conn.execute(f"SELECT {_HEADER_COLUMNS} FROM trusted_headers {sql}", params).fetchone()
        return None if row is None else _header(row)

    def get(self, chain_id: str, height: int) -> TrustedHeader | None:
        return self._one("WHERE chain_id = ? AND height = ?", (chain_id, height))

    def latest(self, chain_id: str) -> TrustedHeader | None:
        return self._one("WHERE chain_id = ? ORDER BY height DESC LIMIT 1", (chain_id,))

    def lowest(self, chain_id: str) -> TrustedHeader | None:
        return self._one("WHERE chain_id = ? ORDER BY height LIMIT 1", (chain_id,))

    def at_or_below(self, chain_id: str, height: int) -> TrustedHeader | None:
        """The highest trusted header not above `height`, the starting point for verifying up to it."""
        return self._one("WHERE chain_id = ? AND height <= ? ORDER BY height DESC LIMIT 1", (chain_id, height))

    def at_or_above(self, chain_id: str, height: int) -> TrustedHeader | None:
        """The lowest trusted header not below `height`."""
        return self._one("WHERE chain_id = ? AND height >= ? ORDER BY height LIMIT 1", (chain_id, height))

    def heights(self, chain_id: str) -> list[int]:
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT height FROM trusted_headers WHERE chain_id = ? ORDER BY height", (chain_id,)
            ).fetchall()
        return [int(row[0]) for row in rows]

    def prune(self, chain_id: str, keep: int) -> int:
        """Keep only the `keep` highest headers of a chain; returns how many were removed."""
        if keep < 1:
            raise ValueError("At least one trusted header must be kept.")
        with self._db.write() as conn:
            return conn.execute(
                "DELETE FROM trusted_headers WHERE chain_id = ? AND height < ("
                "  SELECT min(height) FROM (SELECT height FROM trusted_headers WHERE chain_id = ?"
                "  ORDER BY height DESC LIMIT ?))",
                (chain_id, chain_id, keep),
            ).rowcount

    def clear(self, chain_id: str) -> int:
        """Forget every trusted header of a chain (to verify it again from its trust root)."""
        with self._db.write() as conn:
            return conn.execute("DELETE FROM trusted_headers WHERE chain_id = ?", (chain_id,)).rowcount

    def delete(self, chain_id: str, height: int) -> bool:
        with self._db.write() as conn:
            return (
                conn.execute(
                    "DELETE FROM trusted_headers WHERE chain_id = ? AND height = ?", (chain_id, height)
                ).rowcount
                == 1
            )


class VerifiedStateStore:
    """The latest proof-checked value of each state key (balance, reputation, order state…), per chain."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def put(self, value: VerifiedValue) -> bool:
        """Store `value` unless a value proven at a greater height is already stored; True if stored."""
        with self._db.write() as conn:
            cursor = conn.execute(
                "INSERT INTO verified_state (chain_id, key, value, height, state_root, verified_at) "
                "VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (chain_id, key) DO UPDATE SET value = excluded.value, height = excluded.height, "
                "state_root = excluded.state_root, verified_at = excluded.verified_at "
                "WHERE excluded.height >= verified_state.height",
                (value.chain_id, value.key, value.value, value.height, value.state_root, value.verified_at),
            )
            return cursor.rowcount == 1

    def get(self, chain_id: str, key: bytes) -> VerifiedValue | None:
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT value, height, state_root, verified_at FROM verified_state WHERE chain_id = ? AND key = ?",
                (chain_id, key),
            ).fetchone()
        if row is None:
            return None
        return VerifiedValue(
            chain_id=chain_id,
            key=key,
            value=None if row[0] is None else bytes(row[0]),
            height=int(row[1]),
            state_root=bytes(row[2]),
            verified_at=int(row[3]),
        )

    def forget_chain(self, chain_id: str) -> int:
        """Drop every cached value of a chain (after a reset or a detected attack); returns the count."""
        with self._db.write() as conn:
            return conn.execute("DELETE FROM verified_state WHERE chain_id = ?", (chain_id,)).rowcount


def _action(row: Any) -> OutboxAction:
    return OutboxAction(
        action_id=bytes(row[0]),
        chain_id=str(row[1]),
        sender=bytes(row[2]),
        nonce=int(row[3]),
        action=bytes(row[4]),
        status=OutboxStatus(row[5]),
        created_at=int(row[6]),
        updated_at=int(row[7]),
        attempts=int(row[8]),
        last_error=None if row[9] is None else str(row[9]),
        height=None if row[10] is None else int(row[10]),
    )


class OutboxStore:
    """Signed actions made offline or just sent, kept until the chain includes, refuses or expires them."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, entry: OutboxAction) -> None:
        """Queue `entry`; refused if its id is queued, or another live action has its sender and nonce.

        A failed or expired action never used its nonce, so it does not block a new action with it.
        """
        with self._db.write() as conn:
            if conn.execute("SELECT 1 FROM outbox WHERE action_id = ?", (entry.action_id,)).fetchone():
                raise ConstraintError("This action is already in the outbox.")
            if conn.execute(
                "SELECT 1 FROM outbox WHERE chain_id = ? AND sender = ? AND nonce = ? AND status NOT IN (?, ?)",
                (entry.chain_id, entry.sender, entry.nonce, *_REUSABLE),
            ).fetchone():
                raise ConstraintError(
                    f"An action with nonce {entry.nonce} from this sender is already queued; sign the new "
                    "action with the next nonce."
                )
            conn.execute(
                f"INSERT INTO outbox ({_OUTBOX_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    entry.action_id,
                    entry.chain_id,
                    entry.sender,
                    entry.nonce,
                    entry.action,
                    entry.status.value,
                    entry.created_at,
                    entry.updated_at,
                    entry.attempts,
                    entry.last_error,
                    entry.height,
                ),
            )

    def enqueue(self, chain_id: str, action_id: bytes, sender: bytes, nonce: int, action: bytes) -> OutboxAction:
        """Queue a freshly signed action as pending, stamped now."""
        now = now_ms()
        entry = OutboxAction(action_id, chain_id, sender, nonce, action, OutboxStatus.PENDING, now, now)
        self.add(entry)
        return entry

    def get(self, action_id: bytes) -> OutboxAction | None:
        with self._db.read() as conn:
            row = conn.execute(f"SELECT {_OUTBOX_COLUMNS} FROM outbox WHERE action_id = ?", (action_id,)).fetchone()
        return None if row is None else _action(row)

    def with_status(self, *statuses: OutboxStatus, chain_id: str | None = None) -> list[OutboxAction]:
        """Actions in the given statuses (all if none given), by sender, then nonce, then age."""
        clauses: list[str] = []
        params: list[object] = []
        if statuses:
            clauses.append(f"status IN ({', '.join('?' * len(statuses))})")
            params.extend(s.value for s in statuses)
        if chain_id is not None:
            clauses.append("chain_id = ?")
            params.append(chain_id)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        with self._db.read() as conn:
            rows = conn.execute(
                f"SELECT {_OUTBOX_COLUMNS} FROM outbox {where} ORDER BY chain_id, sender, nonce, created_at",
                params,
            ).fetchall()
        return [_action(row) for row in rows]

    def history_page(self, chain_id: str, sender: bytes, below: HistoryKey | None, limit: int) -> list[OutboxAction]:
        """Up to `limit` of `sender`'s actions in the wallet history's order (newest first, not yet included
        ones first of all), strictly older than `below`."""
        key = f"(coalesce(height, {UNCONFIRMED_HEIGHT}), created_at, action_id)"
        where = "chain_id = ? AND sender = ?"
        params: list[object] = [chain_id, sender]
        if below is not None:
            where += f" AND {key} < (?, ?, ?)"
            params += [below.height, below.time_ms, below.action_id]
        with self._db.read() as conn:
            rows = conn.execute(
                f"SELECT {_OUTBOX_COLUMNS} FROM outbox WHERE {where} "
                f"ORDER BY coalesce(height, {UNCONFIRMED_HEIGHT}) DESC, created_at DESC, action_id DESC LIMIT ?",
                [*params, limit],
            ).fetchall()
        return [_action(row) for row in rows]

    def stamp(self, chain_id: str, sender: bytes) -> tuple[int, int]:
        """Changes whenever an action of `sender` is added, removed or updated (to refresh views cheaply)."""
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT count(*), coalesce(max(updated_at), 0) FROM outbox WHERE chain_id = ? AND sender = ?",
                (chain_id, sender),
            ).fetchone()
        return int(row[0]), int(row[1])

    def unsent(self, chain_id: str | None = None) -> list[OutboxAction]:
        """What to (re)submit when the network is back: pending and submitted-but-not-included actions."""
        return self.with_status(OutboxStatus.PENDING, OutboxStatus.SUBMITTED, chain_id=chain_id)

    def next_nonce(self, chain_id: str, sender: bytes, chain_nonce: int) -> int:
        """The nonce for a new action: after both the chain's next nonce and every action still in flight."""
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT max(nonce) FROM outbox WHERE chain_id = ? AND sender = ? AND status IN (?, ?)",
                (chain_id, sender, OutboxStatus.PENDING.value, OutboxStatus.SUBMITTED.value),
            ).fetchone()
        return chain_nonce if row[0] is None else max(chain_nonce, int(row[0]) + 1)

    def mark(
        self,
        action_id: bytes,
        status: OutboxStatus,
        *,
        error: str | None = None,
        height: int | None = None,
        attempted: bool = False,
    ) -> OutboxAction:
        """Move an action to `status` with `error` as its last error; `attempted` counts a submission.

        A final status (included, failed, expired) never changes again.
        """
        with self._db.write() as conn:
            row = conn.execute(f"SELECT {_OUTBOX_COLUMNS} FROM outbox WHERE action_id = ?", (action_id,)).fetchone()
            if row is None:
                raise StoreError("There is no such action in the outbox; it may have been removed.")
            old = _action(row)
            if old.final and status != old.status:
                raise ConstraintError(f"The action is already {old.status.value}; it cannot become {status.value}.")
            new = dataclasses.replace(
                old,
                status=status,
                last_error=error,
                height=old.height if height is None else height,
                attempts=old.attempts + (1 if attempted else 0),
                updated_at=now_ms(),
            )
            conn.execute(
                "UPDATE outbox SET status = ?, last_error = ?, height = ?, attempts = ?, updated_at = ? "
                "WHERE action_id = ?",
                (new.status.value, new.last_error, new.height, new.attempts, new.updated_at, action_id),
            )
        return new

    def remove_finished(self, older_than_ms: int) -> int:
        """Forget included, failed and expired actions last updated before `older_than_ms`."""
        with self._db.write() as conn:
            return conn.execute(
                "DELETE FROM outbox WHERE status IN (?, ?, ?) AND updated_at < ?",
                (*sorted(s.value for s in FINAL_OUTBOX_STATUSES), older_than_ms),
            ).rowcount


class LightClientMeta:
    """Small named values of the light client per chain (its trust root, halt evidence, genesis)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, chain_id: str, name: str) -> bytes | None:
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT value FROM light_client_meta WHERE chain_id = ? AND name = ?", (chain_id, name)
            ).fetchone()
        return None if row is None else bytes(row[0])

    def set(self, chain_id: str, name: str, value: bytes | None) -> None:
        """Store `value` under `name`, or delete it when `value` is None."""
        with self._db.write() as conn:
            if value is None:
                conn.execute("DELETE FROM light_client_meta WHERE chain_id = ? AND name = ?", (chain_id, name))
            else:
                conn.execute(
                    "INSERT OR REPLACE INTO light_client_meta (chain_id, name, value) VALUES (?, ?, ?)",
                    (chain_id, name, value),
                )


@dataclass(frozen=True, slots=True)
class LightClientStorage:
    """What the embedded light client persists, handed to it as one object."""

    headers: TrustedHeaderStore
    state: VerifiedStateStore
    outbox: OutboxStore
    meta: LightClientMeta
