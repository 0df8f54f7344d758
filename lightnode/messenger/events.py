"""What the messenger tells its listeners (the app's service, tests): plain frozen dataclasses."""

from __future__ import annotations

from dataclasses import dataclass

from .records import ConversationRecord, GroupRecord, MessageState, PeerRecord, StoredMessage
from .sas import FlowState, SasCodes


@dataclass(frozen=True, slots=True)
class MessageAdded:
    """A message was stored: sent from here (`outgoing`) or received. Received messages of one sender are
    announced in the order they were written, even when their envelopes arrived out of order."""

    message: StoredMessage


@dataclass(frozen=True, slots=True)
class MessageUpdated:
    """A stored message changed: its delivery status, or it was edited or deleted by its sender."""

    uid: bytes
    conversation: bytes
    status: MessageState | None = None
    edited: bool = False
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class ConversationUpdated:
    conversation: ConversationRecord


@dataclass(frozen=True, slots=True)
class RequestReceived:
    """Someone the user has not accepted wrote: the conversation is in the requests list."""

    conversation: ConversationRecord


@dataclass(frozen=True, slots=True)
class IdentityChanged:
    """A contact's messenger identity is not the one seen (or verified) before: warn before trusting it."""

    actor: bytes
    old_fingerprint: bytes
    new_fingerprint: bytes
    was_verified: bool


@dataclass(frozen=True, slots=True)
class PeerUpdated:
    peer: PeerRecord


@dataclass(frozen=True, slots=True)
class GroupUpdated:
    group: GroupRecord


@dataclass(frozen=True, slots=True)
class VerificationUpdated:
    flow_id: bytes
    peer: bytes
    state: FlowState
    codes: SasCodes | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class ConnectionChanged:
    """The push connection to a node opened (`online`) or was lost (then it is retried with back-off)."""

    online: bool
    node: str
    reason: str = ""


@dataclass(frozen=True, slots=True)
class EnvelopeRejected:
    """An envelope was dropped: it did not open, did not decrypt, was replayed, or broke the rules."""

    reason: str
    replay: bool = False


@dataclass(frozen=True, slots=True)
class SendFailed:
    """A message could not be delivered and will not be retried (the reason is a sentence)."""

    uid: bytes
    conversation: bytes
    reason: str


MessengerEvent = (
    MessageAdded
    | MessageUpdated
    | ConversationUpdated
    | RequestReceived
    | IdentityChanged
    | PeerUpdated
    | GroupUpdated
    | VerificationUpdated
    | ConnectionChanged
    | EnvelopeRejected
    | SendFailed
)
