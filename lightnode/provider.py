"""Where light blocks, proofs and action outcomes come from: the abstract Provider and its data types.

A provider is one node. Nothing it says is believed until checked: light blocks go through the verifier,
state values through their sparse-Merkle proofs, inclusion through Merkle proofs against verified headers.
The HTTP + WebSocket implementation is in `lightnode.http_provider`; an in-memory one for tests and the
adversarial harness is in `lightnode.testing`.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import AsyncGenerator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from .errors import RequestRejectedError
from .protocol.chain import LightBlock
from .protocol.evidence import LightClientAttackEvidence
from .protocol.genesis import Genesis
from .protocol.merkle import MerkleProof
from .protocol.smt import SmtProof


@dataclass(frozen=True, slots=True)
class NodeStatus:
    chain_id: str
    genesis_hash: bytes
    #: The node's latest committed height (0 before the first block).
    height: int


@dataclass(frozen=True, slots=True)
class StateProof:
    """A state value (None: absent) at `height` with its sparse-Merkle proof against that header's root."""

    height: int
    key: bytes
    value: bytes | None
    proof: SmtProof


class InclusionState(StrEnum):
    #: In the node's mempool, not yet in a block.
    PENDING = "pending"
    #: In the block at `height`, at `index`.
    INCLUDED = "included"
    #: Refused or dropped by the node; `reason` says why.
    REJECTED = "rejected"
    #: The node has never heard of it (or forgot it).
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class ActionStatusReport:
    """What a node says about an action; only a starting point for proofs."""

    action_id: bytes
    state: InclusionState
    height: int | None = None
    index: int | None = None
    #: The action id's Merkle audit path in the block's actions_root, when the node sends one.
    proof: MerkleProof | None = None
    reason: str = ""


EventValue = int | str | bytes


@dataclass(frozen=True, slots=True)
class NewHeader:
    """A node's announcement that it committed `height` (a hint: the client verifies before believing)."""

    height: int
    hash: bytes = b""
    #: The light block itself, when the node pushes it (saves a fetch; verified like any other).
    light_block: LightBlock | None = None


@dataclass(frozen=True, slots=True)
class ChainEvent:
    """A node's announcement of something concerning `actors` (a hint until proven)."""

    height: int
    kind: str
    actors: tuple[bytes, ...]
    action_id: bytes
    data: Mapping[str, EventValue] = field(default_factory=dict)


Notification = NewHeader | ChainEvent


@dataclass(frozen=True, slots=True)
class ActorActionsPage:
    """A node's list of the committed actions concerning an actor in a range of heights (a hint until each
    is proven): (height, action id) in block order, complete up to height `complete_to`."""

    actions: tuple[tuple[int, bytes], ...]
    complete_to: int


class Provider(ABC):
    """One node, as the light client sees it. Methods raise `ProviderError` subclasses:
    ProviderUnavailableError (no answer), LightBlockNotFoundError, BadResponseError (malformed or not what
    was asked), RequestRejectedError (refused, with the node's reason)."""

    #: A short name for messages and logs (the node's address).
    name: str

    @abstractmethod
    async def status(self) -> NodeStatus: ...

    @abstractmethod
    async def genesis(self) -> Genesis: ...

    @abstractmethod
    async def light_block(self, height: int | None) -> LightBlock:
        """The light block at `height`, or the latest one if None."""

    async def light_blocks(self, first: int, last: int) -> list[LightBlock]:
        """Consecutive light blocks `first..last` (inclusive); a node may return fewer (a prefix)."""
        return [await self.light_block(h) for h in range(first, last + 1)]

    @abstractmethod
    async def state_proof(self, key: bytes, height: int | None = None) -> StateProof:
        """The value of `key` with its proof at `height` (the node's latest height if None)."""

    @abstractmethod
    async def submit_action(self, encoded: bytes) -> bytes:
        """Hand a signed action (its canonical encoding) to the node; return its id."""

    @abstractmethod
    async def action_status(self, action_id: bytes) -> ActionStatusReport: ...

    @abstractmethod
    async def signed_action(self, action_id: bytes) -> bytes | None:
        """The encoding of a committed action, if the node has it."""

    async def actor_actions(
        self, actor: bytes, first: int, last: int, *, kind: str | None = None, limit: int = 200
    ) -> ActorActionsPage:
        """The committed actions whose events name `actor` (with an event of `kind`) at heights `first..last`,
        a page at a time. Nodes without an index of them refuse."""
        raise RequestRejectedError(f"{self.name} keeps no index of an account's actions", provider=self.name)

    @abstractmethod
    async def report_evidence(self, evidence: LightClientAttackEvidence) -> None: ...

    @abstractmethod
    def subscribe(self, actors: Sequence[bytes] | None = ()) -> AsyncGenerator[Notification, None]:
        """New headers, and events concerning `actors` (None: every event), as the node announces them.
        Raises ProviderUnavailableError when the connection drops."""

    async def aclose(self) -> None:  # noqa: B027 - optional hook
        """Release connections."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r})"


__all__ = [
    "ActionStatusReport",
    "ActorActionsPage",
    "ChainEvent",
    "EventValue",
    "InclusionState",
    "NewHeader",
    "NodeStatus",
    "Notification",
    "Provider",
    "StateProof",
]
