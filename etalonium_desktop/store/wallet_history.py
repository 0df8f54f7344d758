"""The wallet's record of proven incoming transfers, read newest first in pages.

The chain keeps no per-account index of transfers received, so each one is recorded when the light client
proves it; outgoing transfers live in the outbox. Both are read in the same order (see `HistoryKey`) so a
screen can merge them one page at a time. Incoming transfers come from the live event feed and from the
catch-up over the blocks the app did not watch, which remembers (per chain) the height it has covered.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .database import Database
from .models import now_ms

#: The height key of an entry not yet in a block: above every real height, so it sorts newest.
UNCONFIRMED_HEIGHT = (1 << 63) - 1
#: The setting (suffixed with the chain id) holding the height up to which the catch-up has recorded every
#: incoming transfer. A setting rather than a table of its own: one integer per chain needs no migration.
_KNOWN_KEY = "wallet.incoming_known_to."


@dataclass(frozen=True, slots=True, order=True)
class HistoryKey:
    """Where an entry sits in the history (newest has the largest key); a page resumes below one."""

    height: int
    time_ms: int
    action_id: bytes


@dataclass(frozen=True, slots=True)
class IncomingTransfer:
    action_id: bytes
    sender: bytes
    amount: int
    memo: str
    height: int
    time_ms: int

    @property
    def key(self) -> HistoryKey:
        return HistoryKey(self.height, self.time_ms, self.action_id)


def _transfer(row: Any) -> IncomingTransfer:
    return IncomingTransfer(
        action_id=bytes(row[0]),
        sender=bytes(row[1]),
        amount=int(row[2]),
        memo=str(row[3]),
        height=int(row[4]),
        time_ms=int(row[5]),
    )


class WalletHistoryStore:
    """Incoming transfers keyed by action id (recording one twice keeps one), ordered by height."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, transfers: Iterable[IncomingTransfer], *, chain_id: str = "", known_to: int | None = None) -> int:
        """Record transfers not recorded yet; returns how many were new (see `record`)."""
        return len(self.record(transfers, chain_id=chain_id, known_to=known_to))

    def record(
        self, transfers: Iterable[IncomingTransfer], *, chain_id: str = "", known_to: int | None = None
    ) -> list[IncomingTransfer]:
        """Record transfers not recorded yet and return those. With `known_to`, also remember (in the same
        transaction) that every incoming transfer of `chain_id` up to that height is now recorded."""
        added: list[IncomingTransfer] = []
        with self._db.write() as conn:
            if known_to is not None:
                if not chain_id or known_to < 0:
                    raise ValueError("The known height needs a chain id and a height of 0 or more.")
                conn.execute(
                    "INSERT OR REPLACE INTO settings (key, type, value, updated_at) VALUES (?, 'int', ?, ?)",
                    (_KNOWN_KEY + chain_id, known_to, now_ms()),
                )
            for t in transfers:
                if not (len(t.action_id) == 32 and len(t.sender) == 20 and t.amount >= 0 and t.height >= 0):
                    raise ValueError("An incoming transfer needs a 32-byte id, a 20-byte sender and no negatives.")
                inserted = conn.execute(
                    "INSERT OR IGNORE INTO wallet_incoming (action_id, sender, amount, memo, height, time_ms, "
                    "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    # The amount as decimal text: balances in base units outgrow SQLite's 64-bit integers.
                    (t.action_id, t.sender, str(t.amount), t.memo, t.height, t.time_ms, now_ms()),
                ).rowcount
                if inserted:
                    added.append(t)
        return added

    def known_to(self, chain_id: str) -> int:
        """The height up to which every incoming transfer on `chain_id` is recorded (0: none caught up yet)."""
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT value FROM settings WHERE key = ? AND type = 'int'", (_KNOWN_KEY + chain_id,)
            ).fetchone()
        return int(row[0]) if row is not None and int(row[0]) >= 0 else 0

    def forget_known(self, chain_id: str) -> None:
        """Catch up from the start again next time (e.g. after the chain was reset under the same id)."""
        with self._db.write() as conn:
            conn.execute("DELETE FROM settings WHERE key = ?", (_KNOWN_KEY + chain_id,))

    def forget_chain(self, chain_id: str) -> int:
        """Forget the incoming transfers recorded and the height covered, in one transaction, when the chain
        `chain_id` was recreated (a devnet reset: same id, new genesis); returns how many were forgotten.

        The rows carry no chain: the history is that of the one chain the profile follows, and a recreated
        devnet keeps its id, so a chain column could not tell its old transfers from the new ones anyway. Only
        the embedded devnet is ever reset (a real chain's changed trust root is an attack, and halts the
        client), so everything recorded belongs to the chain that is gone; the catch-up records the new
        chain's transfers from its first block.
        """
        with self._db.write() as conn:
            conn.execute("DELETE FROM settings WHERE key = ?", (_KNOWN_KEY + chain_id,))
            return int(conn.execute("DELETE FROM wallet_incoming").rowcount)

    def recorded(self, action_ids: Iterable[bytes]) -> set[bytes]:
        """Which of `action_ids` are recorded."""
        ids = list(action_ids)
        found: set[bytes] = set()
        with self._db.read() as conn:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows = conn.execute(f"SELECT action_id FROM wallet_incoming WHERE action_id IN ({marks})", chunk)
                found.update(bytes(row[0]) for row in rows)
        return found

    def total_between(self, first: int, last: int) -> int:
        """The sum of the transfers recorded at heights `first..last`."""
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT amount FROM wallet_incoming WHERE height BETWEEN ? AND ?", (first, last)
            ).fetchall()
        # Summed here: the amounts are decimal text, beyond SQLite's 64-bit integers.
        return sum(int(row[0]) for row in rows)

    def __contains__(self, action_id: bytes) -> bool:
        with self._db.read() as conn:
            row = conn.execute("SELECT 1 FROM wallet_incoming WHERE action_id = ?", (action_id,)).fetchone()
        return row is not None

    def count(self) -> int:
        with self._db.read() as conn:
            return int(conn.execute("SELECT count(*) FROM wallet_incoming").fetchone()[0])

    def stamp(self) -> tuple[int, int]:
        """Changes whenever a transfer is recorded (to refresh views cheaply)."""
        with self._db.read() as conn:
            row = conn.execute("SELECT count(*), coalesce(max(recorded_at), 0) FROM wallet_incoming").fetchone()
        return int(row[0]), int(row[1])

    def page(self, below: HistoryKey | None, limit: int) -> list[IncomingTransfer]:
        """Up to `limit` transfers, newest first, all strictly older than `below` (from the newest if None)."""
        columns = "action_id, sender, amount, memo, height, time_ms"
        order = "ORDER BY height DESC, time_ms DESC, action_id DESC LIMIT ?"
        with self._db.read() as conn:
            if below is None:
                rows = conn.execute(f"SELECT {columns} FROM wallet_incoming {order}", (limit,)).fetchall()
            else:
                rows = conn.execute(
                    f"SELECT {columns} FROM wallet_incoming WHERE (height, time_ms, action_id) < (?, ?, ?) {order}",
                    (below.height, below.time_ms, below.action_id, limit),
                ).fetchall()
        return [_transfer(row) for row in rows]
