"""The records the messenger keeps (sessions as pickles, peers, conversations, groups, outbox, messages)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from .identity import IdentityCard
from .payloads import Attachment, Format


class MessageState(StrEnum):
    """Where a message is: the values match the profile store's message statuses."""

    QUEUED = "queued"
    SENT = "sent"
    DELIVERED = "delivered"
    READ = "read"
    RECEIVED = "received"
    FAILED = "failed"


#: How far an outgoing message has come, in order; a status never moves backwards.
OUTGOING_PROGRESS = {
    MessageState.FAILED: 0,
    MessageState.QUEUED: 1,
    MessageState.SENT: 2,
    MessageState.DELIVERED: 3,
    MessageState.READ: 4,
}


class ConversationKind(StrEnum):
    DIRECT = "direct"
    GROUP = "group"


class ConversationState(StrEnum):
    """ACCEPTED: a normal chat. REQUEST: someone the user has not accepted wrote first. LEFT: a group the
    user is no longer in (history stays readable)."""

    ACCEPTED = "accepted"
    REQUEST = "request"
    LEFT = "left"


@dataclass(frozen=True, slots=True)
class SessionRow:
    """An Olm session with the device whose Curve25519 identity key is `peer_key`."""

    peer_key: bytes
    session_id: str
    pickle: str = field(repr=False)
    #: Whether the peer has answered on it (until then, messages carry our identity card).
    confirmed: bool
    last_used_ms: int


@dataclass(frozen=True, slots=True)
class InboundGroupRow:
    """A Megolm session another member sends a group's messages with."""

    session_id: str
    group: bytes
    sender: bytes
    sender_key: bytes
    pickle: str = field(repr=False)
    epoch: int
    #: Message indices already decrypted beyond the first the session can still decrypt.
    seen: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class OutboundGroupRow:
    """This device's Megolm session for a group, and the members it was shared with."""

    group: bytes
    pickle: str = field(repr=False)
    epoch: int
    created_ms: int
    shared_with: tuple[bytes, ...]


@dataclass(frozen=True, slots=True)
class PeerRecord:
    """Someone this device has exchanged keys with."""

    actor: bytes
    #: Their identity card, encoded.
    card: bytes
    #: The messenger-key fingerprint the user verified by comparing codes (empty if never verified).
    verified_fingerprint: bytes = b""
    #: Their identity changed since it was first seen or verified, and the user has not acknowledged it.
    identity_changed: bool = False
    blocked: bool = False
    updated_ms: int = 0

    @property
    def verified(self) -> bool:
        return bool(self.verified_fingerprint) and (
            IdentityCard.decode(self.card).fingerprint == self.verified_fingerprint
        )


@dataclass(frozen=True, slots=True)
class ConversationRecord:
    id: bytes
    kind: ConversationKind
    #: The other actor of a direct conversation (empty for groups).
    peer: bytes
    state: ConversationState
    title: str = ""
    unread: int = 0
    #: The sequence number of this device's last ordered message here.
    out_seq: int = 0
    created_ms: int = 0
    last_activity_ms: int = 0


@dataclass(frozen=True, slots=True)
class GroupRecord:
    id: bytes
    name: str
    epoch: int
    admins: tuple[bytes, ...]
    members: tuple[bytes, ...]
    #: Whether this device's actor is a member.
    active: bool = True


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """A message on its way: first as a payload to encrypt for `recipient`, then as a sealed envelope."""

    id: bytes
    created_ms: int
    recipient: bytes
    #: The encoded Payload while it still has to be encrypted (empty once sealed).
    payload: bytes = field(default=b"", repr=False)
    #: The encoded Envelope once sealed (empty before).
    envelope: bytes = field(default=b"", repr=False)
    #: The message whose status follows this item (empty for receipts and keys).
    message_uid: bytes = b""
    attempts: int = 0
    next_ms: int = 0
    #: A group's Megolm message (sealed per member at once); empty for one-to-one payloads.
    group: bytes = b""

    @property
    def sealed(self) -> bool:
        return bool(self.envelope)


@dataclass(frozen=True, slots=True)
class StoredMessage:
    uid: bytes
    conversation: bytes
    sender: bytes
    outgoing: bool
    sent_ms: int
    received_ms: int
    text: str
    format: Format = Format.PLAIN
    reply_to: bytes = b""
    attachments: tuple[Attachment, ...] = ()
    status: MessageState = MessageState.RECEIVED
    edited_ms: int = 0
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class PendingOp:
    """An edit, delete or receipt that arrived before the message it is about."""

    target: bytes
    kind: int
    sender: bytes
    conversation: bytes
    body: bytes = field(repr=False)
    sent_ms: int


@dataclass(frozen=True, slots=True)
class Report:
    """A report the user made about an actor (kept locally; sent on once the network has a channel)."""

    actor: bytes
    reason: str
    uids: tuple[bytes, ...]
    created_ms: int


@dataclass
class Snapshot:
    """Everything the messenger loads when it starts."""

    identity: bytes | None = None
    sessions: list[SessionRow] = field(default_factory=list)
    inbound_groups: list[InboundGroupRow] = field(default_factory=list)
    outbound_groups: list[OutboundGroupRow] = field(default_factory=list)
    peers: list[PeerRecord] = field(default_factory=list)
    conversations: list[ConversationRecord] = field(default_factory=list)
    groups: list[GroupRecord] = field(default_factory=list)
    outbox: list[OutboxItem] = field(default_factory=list)
    seen_envelopes: dict[bytes, int] = field(default_factory=dict)
    pending_ops: list[PendingOp] = field(default_factory=list)
    #: The highest in-order sequence number received per (conversation, sender).
    seq_in: dict[tuple[bytes, bytes], int] = field(default_factory=dict)


@dataclass
class Changes:
    """One atomic write: everything a batch of sends or receptions changed."""

    identity: bytes | None = None
    sessions: dict[tuple[bytes, str], SessionRow] = field(default_factory=dict)
    sessions_removed: set[tuple[bytes, str]] = field(default_factory=set)
    inbound_groups: dict[str, InboundGroupRow] = field(default_factory=dict)
    outbound_groups: dict[bytes, OutboundGroupRow | None] = field(default_factory=dict)
    peers: dict[bytes, PeerRecord] = field(default_factory=dict)
    conversations: dict[bytes, ConversationRecord] = field(default_factory=dict)
    groups: dict[bytes, GroupRecord] = field(default_factory=dict)
    outbox_put: dict[bytes, OutboxItem] = field(default_factory=dict)
    outbox_removed: set[bytes] = field(default_factory=set)
    seen_envelopes: dict[bytes, int] = field(default_factory=dict)
    seen_expired_before: int = 0
    messages: list[StoredMessage] = field(default_factory=list)
    statuses: dict[bytes, MessageState] = field(default_factory=dict)
    edits: dict[bytes, tuple[str, Format, int]] = field(default_factory=dict)
    deletes: set[bytes] = field(default_factory=set)
    pending_put: list[PendingOp] = field(default_factory=list)
    pending_removed: set[bytes] = field(default_factory=set)
    seq_in: dict[tuple[bytes, bytes], int] = field(default_factory=dict)
    reports: list[Report] = field(default_factory=list)

    def empty(self) -> bool:
        return not any(
            (
                self.identity,
                self.sessions,
                self.sessions_removed,
                self.inbound_groups,
                self.outbound_groups,
                self.peers,
                self.conversations,
                self.groups,
                self.outbox_put,
                self.outbox_removed,
                self.seen_envelopes,
                self.seen_expired_before,
                self.messages,
                self.statuses,
                self.edits,
                self.deletes,
                self.pending_put,
                self.pending_removed,
                self.seq_in,
                self.reports,
            )
        )
