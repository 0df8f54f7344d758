"""The typed records the repositories read and write."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from enum import StrEnum


def now_ms() -> int:
    """Wall-clock time in milliseconds since the Unix epoch, the unit of every timestamp in the store."""
    return time.time_ns() // 1_000_000


@dataclass(frozen=True, slots=True)
class Account:
    """An actor of this profile: account number `account` of the identity's derivation path."""

    account: int
    label: str
    public_key: bytes
    created_at: int


@dataclass(frozen=True, slots=True)
class Contact:
    """Someone the user talks to or pays: their actor id (20 bytes) and, once known, their public key."""

    id: int
    actor_id: bytes
    public_key: bytes | None
    display_name: str
    note: str
    blocked: bool
    added_at: int
    updated_at: int


@dataclass(frozen=True, slots=True)
class TrustedHeader:
    """A header the light client verified, with the encoded light block (signed header + validators)."""

    chain_id: str
    height: int
    header_hash: bytes
    header_time: int
    light_block: bytes = field(repr=False)
    verified_at: int


@dataclass(frozen=True, slots=True)
class VerifiedValue:
    """A state value proven against a verified header's state root; `value` None means proven absent."""

    chain_id: str
    key: bytes
    value: bytes | None
    height: int
    state_root: bytes
    verified_at: int


class OutboxStatus(StrEnum):
    """Where a signed action is on its way to the chain (the light client's statuses, by value)."""

    PENDING = "pending"
    SUBMITTED = "submitted"
    INCLUDED = "included"
    FAILED = "failed"
    EXPIRED = "expired"


FINAL_OUTBOX_STATUSES = frozenset({OutboxStatus.INCLUDED, OutboxStatus.FAILED, OutboxStatus.EXPIRED})


@dataclass(frozen=True, slots=True)
class OutboxAction:
    """A signed action of `sender` with `nonce`, kept from signing until the chain includes or refuses it.

    `action_id` is the action's hash, `action` its signed encoding, `height` the including block's height.
    """

    action_id: bytes
    chain_id: str
    sender: bytes
    nonce: int
    action: bytes = field(repr=False)
    status: OutboxStatus
    created_at: int
    updated_at: int
    attempts: int = 0
    last_error: str | None = None
    height: int | None = None

    @property
    def final(self) -> bool:
        return self.status in FINAL_OUTBOX_STATUSES


class MessageStatus(StrEnum):
    """The life of a chat message, from the sender's or the receiver's side."""

    DRAFT = "draft"
    QUEUED = "queued"
    SENT = "sent"
    DELIVERED = "delivered"
    READ = "read"
    RECEIVED = "received"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class NewMessage:
    """A message to store; `uid` is its end-to-end id, so the same envelope received twice is kept once."""

    conversation: bytes
    uid: bytes
    sender: bytes
    body: str
    sent_at: int
    outgoing: bool = False
    status: MessageStatus = MessageStatus.RECEIVED
    attachments: bytes | None = None
    received_at: int | None = None


@dataclass(frozen=True, slots=True)
class Message:
    """A stored chat message."""

    id: int
    conversation: bytes
    uid: bytes
    sender: bytes
    outgoing: bool
    sent_at: int
    received_at: int
    body: str
    attachments: bytes | None
    status: MessageStatus


@dataclass(frozen=True, slots=True)
class PageCursor:
    """Where a page of a conversation ended, to ask for the older messages before it."""

    sent_at: int
    id: int


@dataclass(frozen=True, slots=True)
class MessagePage:
    """Messages of one conversation, newest first, and the cursor of the next (older) page if any."""

    messages: tuple[Message, ...]
    older: PageCursor | None


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A message matching a search, with a snippet whose matches are wrapped in `\\x02` … `\\x03`."""

    message: Message
    snippet: str


@dataclass(frozen=True, slots=True)
class MediaItem:
    """Cached bytes of a photo, video chunk or attachment, addressed by their content hash."""

    content_hash: bytes
    mime: str
    data: bytes = field(repr=False)
    stored_at: int
    last_access: int

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass(frozen=True, slots=True)
class AssistantModel:
    """A model the local assistant trained, stored as an opaque blob with its metrics (JSON text)."""

    name: str
    version: int
    model: bytes = field(repr=False)
    metrics: str
    trained_at: int
