"""What executing actions and blocks produces: results, receipts' events, and the rejection error."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from lightnode.protocol.chain import ValidatorSet
from lightnode.protocol.errors import ValidationError
from lightnode.protocol.smt import SparseMerkleTree

EventValue = int | str | bytes


class ActionRejected(ValidationError):
    """An action that may not enter the mempool or a block: wrong chain, bad signature, expired, bad nonce,
    fee too low, balance too low. `reason` is a sentence for the user; `index` is its position when a
    block was being executed."""

    def __init__(self, reason: str, *, index: int | None = None) -> None:
        super().__init__(reason if index is None else f"action #{index} of the block: {reason}")
        self.reason = reason
        self.index = index


@dataclass(frozen=True, slots=True)
class Event:
    """Something a user would like to be told about, for the node's WebSocket event feed.

    `actors` are the actor ids concerned (the first is the one who acted, when there is one);
    `action_id` is the action that caused it, or empty for what the chain did by itself at the end of a
    block (an automatic release, a tallied proposal). `data` holds the details; do not mutate it.
    """

    kind: str
    actors: tuple[bytes, ...]
    action_id: bytes
    data: Mapping[str, EventValue] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ActionResult:
    action_id: bytes
    ok: bool
    #: Why a failed action had no effect beyond its fee and nonce; empty when ok.
    reason: str
    events: tuple[Event, ...]


@dataclass(frozen=True, slots=True)
class BlockResult:
    height: int
    state_root: bytes
    tree: SparseMerkleTree
    #: Every key the block wrote (None: deleted), in key order; what storage must persist.
    changes: Mapping[bytes, bytes | None]
    results: tuple[ActionResult, ...]
    #: The validators of the next height (changed only by passed VALIDATOR proposals).
    next_validators: ValidatorSet
    #: Every event of the block: the end of an epoch's (when one ended), the actions' in order, then the
    #: end-of-block ones.
    events: tuple[Event, ...]
