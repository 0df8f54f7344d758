"""What the wallet screen shows, as plain data: a verified balance, history entries and queued actions."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from etalonium_desktop.store.wallet_history import UNCONFIRMED_HEIGHT, HistoryKey
from lightnode.protocol.address import encode_address


class Direction(StrEnum):
    IN = "in"
    OUT = "out"


class EntryStatus(StrEnum):
    QUEUED = "queued"  # signed while offline, waiting for a node
    PENDING = "pending"  # accepted by a node, not yet proven included
    INCLUDED = "included"  # proven included in a verified block
    FAILED = "failed"
    EXPIRED = "expired"


@dataclass(frozen=True, slots=True)
class Balance:
    amount: int
    #: The verified height the amount was proven at (0: never proven).
    height: int
    #: True when the network is unreachable and the amount is the last one proven.
    stale: bool


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    action_id: bytes
    direction: Direction
    counterparty: bytes
    amount: int
    fee: int
    memo: str
    status: EntryStatus
    height: int | None
    time_ms: int
    reason: str = ""

    @property
    def counterparty_address(self) -> str:
        return encode_address(self.counterparty)

    @property
    def key(self) -> HistoryKey:
        """Its place in the history, newest largest; not yet in a block sorts above everything."""
        height = self.height if self.height is not None else UNCONFIRMED_HEIGHT
        return HistoryKey(height, self.time_ms, self.action_id)


@dataclass(frozen=True, slots=True)
class SendRequest:
    to: bytes
    amount: int
    fee: int
    memo: str
