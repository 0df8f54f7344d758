"""The messenger: one-to-one and group chats over the node mailboxes, end-to-end encrypted."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import os
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from lightnode.protocol.encoding import Struct
from lightnode.protocol.errors import ProtocolError
from lightnode.protocol.keys import PrivateKey
from lightnode.protocol.services import Envelope

from .attachments import decrypt_file, encrypt_file, new_key
from .crypto import (
    FALLBACK_GRACE_MS,
    FALLBACK_ROTATE_MS,
    MissingKeyError,
    OlmMachine,
    ReplayError,
    Sealed,
    seal,
)
from .directory import Directory
from .errors import (
    BlockedError,
    DecryptionError,
    GroupError,
    IdentityError,
    MessengerError,
    TransportError,
    UnknownContactError,
    VerificationError,
)
from .events import (
    ConnectionChanged,
    ConversationUpdated,
    EnvelopeRejected,
    GroupUpdated,
    IdentityChanged,
    MessageAdded,
    MessageUpdated,
    MessengerEvent,
    PeerUpdated,
    RequestReceived,
    SendFailed,
    VerificationUpdated,
)
from .identity import IdentityCard, MailboxIdentity, SignedPrekey, parse_card
from .ordering import Backoff, ReorderBuffer
from .payloads import (
    MAX_GROUP_MEMBERS,
    MAX_GROUP_NAME,
    MAX_RECEIPT_TARGETS,
    ORDERED_KINDS,
    Attachment,
    DeleteBody,
    EditBody,
    Format,
    GroupKeyBody,
    GroupUpdateBody,
    Kind,
    Payload,
    ReceiptBody,
    ReceiptType,
    TextBody,
    VerificationBody,
    VerificationStep,
    decode_payload,
    direct_conversation,
)
from .qr_code import check_code, parse_verification_code, verification_code
from .records import (
    Changes,
    ConversationKind,
    ConversationRecord,
    ConversationState,
    GroupRecord,
    MessageState,
    OutboxItem,
    PeerRecord,
    PendingOp,
    Report,
    StoredMessage,
)
from .sas import FlowState, VerificationFlow
from .store import MessengerStore, apply_status
from .transport import MailboxTransport, PushConnection, transport_errors

log = logging.getLogger(__name__)

Listener = Callable[[MessengerEvent], None]
#: The longest a node keeps an envelope (ServicesConfig's default), less a margin for clock differences.
DEFAULT_ENVELOPE_TTL_MS = 14 * 24 * 3600 * 1000 - 60_000
_SEEN_TTL_MS = 15 * 24 * 3600 * 1000
_MAX_DEFERRED = 2000


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass(frozen=True, slots=True)
class MessengerOptions:
    envelope_ttl_ms: int = DEFAULT_ENVELOPE_TTL_MS
    #: Tell senders when their messages were read (delivery ticks are always sent).
    read_receipts: bool = True
    #: How long a message waits for the messages its sender wrote before it, before it is shown anyway.
    reorder_wait_s: float = 2.0
    #: Run store commits in a worker thread (for stores that write to disk).
    store_in_thread: bool = False
    #: How often a contact's published key is checked again before writing to them.
    identity_refresh_ms: int = 3600 * 1000
    retry_initial_s: float = 0.5
    retry_max_s: float = 60.0
    #: One-time prekeys kept available on each node (default: what the Olm account holds, shared out).
    prekeys_per_node: int | None = None
    #: The fallback prekey (for when a node runs out of one-time prekeys) is replaced this often, and
    #: as soon as it was used; the replaced one still opens first messages during the grace period.
    fallback_rotate_ms: int = FALLBACK_ROTATE_MS
    fallback_grace_ms: int = FALLBACK_GRACE_MS
    #: Listen for pushed envelopes (off for clients that only send, and in some tests).
    listen: bool = True


@dataclass
class MessengerStats:
    received: int = 0
    sent: int = 0
    rejected: int = 0
    replays: int = 0
    duplicates: int = 0
    deferred: int = 0
    deposits_retried: int = 0


@dataclass
class _Received:
    """What one envelope turned into, for the batch it is part of."""

    payload: Payload
    sender_key: bytes


def _check_group_name(name: str) -> None:
    if not name:
        raise GroupError("Give the group a name.")
    if len(name.encode()) > MAX_GROUP_NAME:
        raise GroupError("The group's name is too long.")


class Messenger:
    """One actor's messenger on one device.

    Build it with the actor's key, a MessengerStore, a MailboxTransport and a Directory, `await start()`,
    then send with the `send_*` methods and follow everything through `add_listener`. All methods run on
    the event loop; state is written to the store before anything leaves the device.
    """

    def __init__(
        self,
        actor: PrivateKey,
        store: MessengerStore,
        transport: MailboxTransport,
        directory: Directory,
        *,
        pickle_key: bytes,
        options: MessengerOptions | None = None,
        clock: Callable[[], int] = wall_clock_ms,
    ) -> None:
        self.actor = actor
        self.actor_id = actor.actor_id
        self.store = store
        self.transport = transport
        self.directory = directory
        self.options = options or MessengerOptions()
        self.clock = clock
        self.stats = MessengerStats()
        self._pickle_key = pickle_key
        self._crypto: OlmMachine | None = None
        self.peers: dict[bytes, PeerRecord] = {}
        self._cards: dict[bytes, IdentityCard] = {}
        self._actor_by_curve: dict[bytes, bytes] = {}
        self._checked_ms: dict[bytes, int] = {}
        self.conversations: dict[bytes, ConversationRecord] = {}
        self.groups: dict[bytes, GroupRecord] = {}
        self._outbox: dict[bytes, OutboxItem] = {}
        self._seen: dict[bytes, int] = {}
        self._pending: dict[bytes, list[PendingOp]] = defaultdict(list)
        self._reorder: ReorderBuffer[tuple[bytes, bytes], StoredMessage] = ReorderBuffer(self.options.reorder_wait_s)
        self.flows: dict[bytes, VerificationFlow] = {}
        #: Messages of requests read before the request was accepted: their senders are told on acceptance.
        self._unreceipted_reads: dict[bytes, dict[bytes, list[bytes]]] = {}
        self._deferred: dict[bytes, Envelope] = {}
        self._changes = Changes()
        self._events: list[MessengerEvent] = []
        self._listeners: list[Listener] = []
        self._commit_lock = asyncio.Lock()
        self._receive_lock = asyncio.Lock()
        self._session_locks: dict[bytes, asyncio.Lock] = defaultdict(asyncio.Lock)
        self._inflight: set[bytes] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._flush_wake = asyncio.Event()
        self._reorder_timer: asyncio.TimerHandle | None = None
        self._backoff = Backoff(self.options.retry_initial_s, self.options.retry_max_s)
        self._last_sent_ms = 0
        self._push: PushConnection | None = None
        self._prekeys_due = asyncio.Event()
        # Publishing reads each node's count, then uploads: two at once would both top up the same gap.
        self._prekeys_lock = asyncio.Lock()
        self.online = False
        self._closed = False
        self._started = False

    # ---------------------------------------------------------------------------------------------------
    # Life cycle

    @property
    def crypto(self) -> OlmMachine:
        if self._crypto is None:
            raise MessengerError("The messenger has not started yet.")
        return self._crypto

    @property
    def card(self) -> IdentityCard:
        return self.crypto.card

    @property
    def messenger_key(self) -> bytes:
        """The bytes to publish in the Profile action's `messenger_key`."""
        return self.crypto.messenger_key.encode()

    @property
    def mailbox(self) -> bytes:
        return self.crypto.mailbox_key.public_key.raw

    def load(self) -> None:
        """Read the state from the store (creating a new identity the first time); no network needed."""
        if self._crypto is not None:
            return
        snap = self.store.load()
        if snap.identity is None:
            self._crypto = OlmMachine.create(self.actor, self._pickle_key, self.clock)
        else:
            self._crypto = OlmMachine.restore(self.actor, self._pickle_key, snap.identity, self.clock)
        self._crypto.load(snap.sessions, snap.inbound_groups, snap.outbound_groups)
        for peer in snap.peers:
            self._remember_peer(peer)
        self.conversations = {c.id: c for c in snap.conversations}
        self.groups = {g.id: g for g in snap.groups}
        self._outbox = {o.id: o for o in snap.outbox}
        now = self.clock()
        self._seen = {k: v for k, v in snap.seen_envelopes.items() if v >= now}
        if len(self._seen) != len(snap.seen_envelopes):
            self._changes.seen_expired_before = now
        for op in snap.pending_ops:
            self._pending[op.target].append(op)
        self._reorder.released.update(snap.seq_in)

    async def start(self) -> None:
        """Load, save a new identity if one was made, publish prekeys, and start receiving and sending."""
        if self._started:
            return
        self._started = True
        self.load()
        await self._commit()
        self._spawn(self._prekeys_forever())
        self._spawn(self._flush_forever())
        if self.options.listen:
            self._spawn(self._listen_forever())

    async def close(self) -> None:
        """Stop the background work and write what is pending."""
        self._closed = True
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        if self._reorder_timer is not None:
            self._reorder_timer.cancel()
        if self._crypto is not None:
            await self._commit()

    def _spawn(self, coro: Awaitable[None]) -> None:
        task: asyncio.Task[None] = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)

    def _task_done(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("a messenger task failed", exc_info=task.exception())

    def add_listener(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _emit(self, event: MessengerEvent) -> None:
        self._events.append(event)

    def _dispatch(self, events: Sequence[MessengerEvent]) -> None:
        for event in events:
            for listener in list(self._listeners):
                try:
                    listener(event)
                except Exception:
                    log.exception("a messenger listener failed on %s", type(event).__name__)

    async def _commit(self) -> None:
        """Write everything changed so far in one transaction, then announce it. When this returns, every
        change made before the call is durable."""
        async with self._commit_lock:
            changes, events = self._changes, self._events
            self._changes, self._events = Changes(), []
            if self._crypto is not None:
                identity, sessions, removed, inbound, outbound = self._crypto.take_changes()
                if identity is not None:
                    changes.identity = identity
                changes.sessions.update(sessions)
                changes.sessions_removed |= removed
                changes.inbound_groups.update(inbound)
                changes.outbound_groups.update(outbound)
            if not changes.empty():
                if self.options.store_in_thread:
                    await asyncio.to_thread(self.store.commit, changes)
                else:
                    self.store.commit(changes)
        self._dispatch(events)

    # ---------------------------------------------------------------------------------------------------
    # Peers and identities

    def _remember_peer(self, peer: PeerRecord) -> None:
        card = IdentityCard.decode(peer.card)
        self.peers[peer.actor] = peer
        self._cards[peer.actor] = card
        self._actor_by_curve[card.curve25519] = peer.actor

    def _put_peer(self, peer: PeerRecord) -> None:
        self._remember_peer(peer)
        self._changes.peers[peer.actor] = peer

    def _learn_card(self, card: IdentityCard) -> None:
        """Remember a (verified) card; warn if it replaces another identity of the same actor."""
        actor = card.actor_id
        if actor == self.actor_id:
            return
        old = self.peers.get(actor)
        now = self.clock()
        if old is None:
            self._put_peer(PeerRecord(actor, card.encode(), updated_ms=now))
            return
        old_card = self._cards[actor]
        if old_card.same_identity(card):
            return
        was_verified = old.verified
        self._put_peer(dataclasses.replace(old, card=card.encode(), identity_changed=True, updated_ms=now))
        self._emit(IdentityChanged(actor, old_card.fingerprint, card.fingerprint, was_verified))
        self._emit(PeerUpdated(self.peers[actor]))

    def peer_card(self, actor: bytes) -> IdentityCard | None:
        return self._cards.get(actor)

    async def acknowledge_identity_change(self, actor: bytes) -> None:
        """The user saw the warning about a changed identity and accepts the new one."""
        peer = self.peers.get(actor)
        if peer is None or not peer.identity_changed:
            return
        self._put_peer(dataclasses.replace(peer, identity_changed=False, updated_ms=self.clock()))
        self._emit(PeerUpdated(self.peers[actor]))
        await self._commit()

    async def _lookup(self, actor: bytes) -> IdentityCard | None:
        """The actor's current card from the directory and the nodes; None when it published none."""
        entry = await self.directory.lookup(actor)
        if entry is None:
            return None
        known = self._cards.get(actor)
        if known is not None and known.messenger_key == entry.messenger_key:
            return known
        claim = await self.transport.claim(entry.messenger_key.mailbox)
        card = self._card_from_claim(claim.identity.identity)
        if card.messenger_key != entry.messenger_key:
            raise IdentityError(
                "The keys the node hands out for this contact are not the ones they published on chain; "
                "try again later."
            )
        return card

    @staticmethod
    def _card_from_claim(identity: bytes) -> IdentityCard:
        try:
            card = MailboxIdentity.decode(identity).card
        except ProtocolError as exc:
            raise IdentityError(f"The contact's published identity is malformed ({exc}).") from None
        card.verify()
        return card

    async def _ensure_session(self, actor: bytes) -> IdentityCard:
        """The actor's card, with an Olm session to its device (claiming one of its prekeys if needed)."""
        if actor == self.actor_id:
            raise MessengerError("You cannot send messages to yourself.")
        async with self._session_locks[actor]:
            card = self._cards.get(actor)
            now = self.clock()
            stale = now - self._checked_ms.get(actor, 0) >= self.options.identity_refresh_ms
            if card is not None and self.crypto.has_session(card.curve25519) and not stale:
                return card
            entry = None
            try:
                entry = await self.directory.lookup(actor)
            except (MessengerError, ProtocolError):
                raise
            except Exception as exc:
                if card is None:
                    raise TransportError(
                        f"The contact's messenger key could not be looked up ({exc}).", retriable=True
                    ) from None
            if entry is None and card is None:
                raise UnknownContactError(
                    "This member has not set up the messenger yet, so they cannot receive messages."
                )
            self._checked_ms[actor] = now
            if entry is not None and (card is None or card.messenger_key != entry.messenger_key):
                claim = await self.transport.claim(entry.messenger_key.mailbox)
                fresh = self._card_from_claim(claim.identity.identity)
                if fresh.messenger_key != entry.messenger_key:
                    raise IdentityError(
                        "The keys the node hands out for this contact are not the ones they published; try again later."
                    )
                self._learn_card(fresh)
                card = fresh
                if not self.crypto.has_session(card.curve25519):
                    self._start_session(card, claim.identity.identity, claim.one_time)
                return card
            assert card is not None
            if not self.crypto.has_session(card.curve25519):
                claim = await self.transport.claim(card.mailbox)
                fresh = self._card_from_claim(claim.identity.identity)
                if not fresh.same_identity(card):
                    self._learn_card(fresh)
                    card = fresh
                self._start_session(card, claim.identity.identity, claim.one_time)
            return card

    def _start_session(self, card: IdentityCard, identity: bytes, one_time: bytes) -> None:
        try:
            prekey = SignedPrekey.decode(one_time) if one_time else MailboxIdentity.decode(identity).fallback
        except ProtocolError as exc:
            raise IdentityError(f"The contact's prekey is malformed ({exc}).") from None
        self.crypto.create_outbound(card, prekey)

    # ---------------------------------------------------------------------------------------------------
    # Conversations

    def conversation(self, conversation: bytes) -> ConversationRecord:
        record = self.conversations.get(conversation)
        if record is None:
            raise MessengerError("This conversation does not exist (it may have been deleted).")
        return record

    def _put_conversation(self, record: ConversationRecord, *, announce: bool = True) -> None:
        self.conversations[record.id] = record
        self._changes.conversations[record.id] = record
        if announce:
            self._emit(ConversationUpdated(record))

    async def open_direct(self, actor: bytes, *, title: str = "") -> ConversationRecord:
        """The one-to-one conversation with `actor` (created and accepted if new; no network needed)."""
        if actor == self.actor_id:
            raise MessengerError("You cannot open a conversation with yourself.")
        cid = direct_conversation(self.actor_id, actor)
        existing = self.conversations.get(cid)
        if existing is not None:
            if existing.state is ConversationState.REQUEST:
                return await self.accept_request(cid)
            return existing
        now = self.clock()
        record = ConversationRecord(
            cid, ConversationKind.DIRECT, actor, ConversationState.ACCEPTED, title, 0, 0, now, now
        )
        self._put_conversation(record)
        await self._commit()
        return record

    async def accept_request(self, conversation: bytes) -> ConversationRecord:
        record = self.conversation(conversation)
        if record.state is ConversationState.REQUEST:
            record = dataclasses.replace(record, state=ConversationState.ACCEPTED)
            self._put_conversation(record)
            await self._commit()
            reads = self._unreceipted_reads.pop(conversation, None)
            if reads:
                await self._send_receipts(conversation, ReceiptType.READ, reads)
        return record

    async def block(self, actor: bytes) -> None:
        """Drop everything `actor` sends from now on (and decline their requests)."""
        await self._set_blocked(actor, True)

    async def unblock(self, actor: bytes) -> None:
        await self._set_blocked(actor, False)

    async def _set_blocked(self, actor: bytes, blocked: bool) -> None:
        peer = self.peers.get(actor)
        if peer is None:
            card = self._cards.get(actor)
            if card is None:
                # Blocking someone never seen: keep a placeholder with an empty card slot is not possible,
                # so look them up; without a published key there is nothing to block.
                card = await self._lookup(actor)
                if card is None:
                    raise UnknownContactError("This member has no messenger identity to block.")
            peer = PeerRecord(actor, card.encode())
        self._put_peer(dataclasses.replace(peer, blocked=blocked, updated_ms=self.clock()))
        self._emit(PeerUpdated(self.peers[actor]))
        await self._commit()

    def is_blocked(self, actor: bytes) -> bool:
        peer = self.peers.get(actor)
        return peer is not None and peer.blocked

    async def report(self, actor: bytes, reason: str, uids: Sequence[bytes] = ()) -> Report:
        """Record a report about `actor` (with the messages concerned) and block them."""
        report = Report(actor, reason, tuple(uids), self.clock())
        self._changes.reports.append(report)
        await self._set_blocked(actor, True)
        return report

    # ---------------------------------------------------------------------------------------------------
    # Sending

    def _next_sent_ms(self) -> int:
        # Strictly increasing, so a sender's messages sort in the order they were written on every side.
        self._last_sent_ms = max(self.clock(), self._last_sent_ms + 1)
        return self._last_sent_ms

    def _payload(self, conversation: ConversationRecord, kind: Kind, body: Struct) -> Payload:
        seq = 0
        if kind in ORDERED_KINDS:
            seq = conversation.out_seq + 1
            self._put_conversation(dataclasses.replace(conversation, out_seq=seq), announce=False)
        return Payload(
            kind,
            os.urandom(16),
            conversation.id,
            self.actor_id,
            seq,
            self._next_sent_ms(),
            body.encode(),
            b"",
            b"",
        )

    def _check_can_send(self, conversation: ConversationRecord) -> None:
        if conversation.kind is ConversationKind.DIRECT and self.is_blocked(conversation.peer):
            raise BlockedError("You blocked this contact; unblock them to send messages.")
        if conversation.kind is ConversationKind.GROUP:
            group = self.groups.get(conversation.id)
            if group is None or not group.active or self.actor_id not in group.members:
                raise GroupError("You are no longer a member of this group, so you cannot write to it.")

    async def send_text(
        self,
        conversation: bytes,
        text: str,
        *,
        format: Format = Format.PLAIN,
        reply_to: bytes = b"",
        attachments: Sequence[Attachment] = (),
    ) -> StoredMessage:
        """Send a message; it is stored (QUEUED) at once and leaves as soon as the network allows."""
        record = self.conversation(conversation)
        self._check_can_send(record)
        body = TextBody(text, format, reply_to, tuple(attachments))
        try:
            body.validate()
            body.encode()
        except ProtocolError as exc:
            raise MessengerError(f"The message cannot be sent: {exc}.") from None
        if record.state is ConversationState.REQUEST:
            record = dataclasses.replace(record, state=ConversationState.ACCEPTED)
        payload = self._payload(record, Kind.TEXT, body)
        record = self.conversations[record.id]
        message = StoredMessage(
            payload.uid,
            record.id,
            self.actor_id,
            True,
            payload.sent_ms,
            payload.sent_ms,
            text,
            format,
            reply_to,
            tuple(attachments),
            MessageState.QUEUED,
        )
        self._changes.messages.append(message)
        self._put_conversation(dataclasses.replace(record, last_activity_ms=payload.sent_ms))
        self._emit(MessageAdded(message))
        await self._dispatch_payload(record, payload, payload.uid)
        return message

    async def edit(self, uid: bytes, text: str, *, format: Format = Format.PLAIN) -> None:
        message = self._own_message(uid)
        record = self.conversation(message.conversation)
        self._check_can_send(record)
        payload = self._payload(self.conversations[record.id], Kind.EDIT, EditBody(uid, text, format))
        self._changes.edits[uid] = (text, format, payload.sent_ms)
        self._emit(MessageUpdated(uid, record.id, edited=True))
        await self._dispatch_payload(self.conversations[record.id], payload, b"")

    async def delete(self, uid: bytes) -> None:
        """Delete one of this user's messages for everyone in the conversation."""
        message = self._own_message(uid)
        record = self.conversation(message.conversation)
        self._check_can_send(record)
        payload = self._payload(self.conversations[record.id], Kind.DELETE, DeleteBody(uid))
        self._changes.deletes.add(uid)
        self._emit(MessageUpdated(uid, record.id, deleted=True))
        await self._dispatch_payload(self.conversations[record.id], payload, b"")

    def _own_message(self, uid: bytes) -> StoredMessage:
        message = self.store.message(uid)
        if message is None or not message.outgoing:
            raise MessengerError("Only your own messages can be edited or deleted.")
        if message.deleted:
            raise MessengerError("This message was deleted.")
        return message

    async def mark_read(self, conversation: bytes) -> int:
        """Mark the conversation read (and tell the senders, if read receipts are on); returns how many."""
        record = self.conversation(conversation)
        unread = self.store.unread(conversation)
        for uid, _sender in unread:
            self._changes.statuses[uid] = MessageState.READ
        if record.unread or unread:
            self._put_conversation(dataclasses.replace(record, unread=0))
        await self._commit()
        if unread and self.options.read_receipts:
            by_sender = self._unreceipted_reads.setdefault(conversation, defaultdict(list))
            for uid, sender in unread:
                by_sender[sender].append(uid)
            if record.state is ConversationState.ACCEPTED:
                # A request's senders learn that it was read only once the user accepts it.
                await self._send_receipts(conversation, ReceiptType.READ, self._unreceipted_reads.pop(conversation))
        return len(unread)

    async def _send_receipts(
        self, conversation: bytes, status: ReceiptType, by_sender: dict[bytes, list[bytes]]
    ) -> None:
        record = self.conversations.get(conversation)
        if record is None:
            return
        for sender, uids in by_sender.items():
            if self.is_blocked(sender):
                continue
            for start in range(0, len(uids), MAX_RECEIPT_TARGETS):
                body = ReceiptBody(status, tuple(uids[start : start + MAX_RECEIPT_TARGETS]))
                payload = self._payload(record, Kind.RECEIPT, body)
                self._queue_direct(sender, payload, b"")
        await self._flush_now()

    # The outbox: payloads wait there until they can be encrypted, envelopes until a node takes them.

    async def _dispatch_payload(self, record: ConversationRecord, payload: Payload, uid: bytes) -> None:
        if record.kind is ConversationKind.DIRECT:
            self._queue_direct(record.peer, payload, uid)
        else:
            await self._queue_group(self.groups[record.id], payload, uid)
        await self._flush_now()

    def _queue_direct(self, recipient: bytes, payload: Payload, uid: bytes) -> None:
        item = OutboxItem(os.urandom(16), self.clock(), recipient, payload=payload.encode(), message_uid=uid)
        self._outbox_put(item)

    def _outbox_put(self, item: OutboxItem) -> None:
        self._outbox[item.id] = item
        self._changes.outbox_put[item.id] = item
        self._changes.outbox_removed.discard(item.id)

    def _outbox_remove(self, item_id: bytes) -> None:
        self._outbox.pop(item_id, None)
        self._changes.outbox_put.pop(item_id, None)
        self._changes.outbox_removed.add(item_id)

    def _envelope(self, card: IdentityCard, sealed: Sealed) -> bytes:
        expiry = self.clock() + self.options.envelope_ttl_ms
        return Envelope(card.mailbox, expiry, seal(card.seal, sealed)).encode()

    def _seal_direct(self, item: OutboxItem) -> OutboxItem:
        """Encrypt a queued payload for its recipient (whose session must exist)."""
        card = self._cards[item.recipient]
        payload = Payload.decode(item.payload)
        if not self.crypto.session_confirmed(card.curve25519):
            payload = dataclasses.replace(payload, card=self.crypto.card_bytes)
        sealed = self.crypto.encrypt(card.curve25519, payload.padded().encode())
        return dataclasses.replace(item, payload=b"", envelope=self._envelope(card, sealed))

    async def _queue_group(self, group: GroupRecord, payload: Payload, uid: bytes) -> None:
        members = [m for m in group.members if m != self.actor_id]
        session = self.crypto.outbound_group(group.id)
        if session is None or session.epoch != group.epoch or session.worn_out(self.clock()):
            session = self.crypto.new_outbound_group(group.id, group.epoch)
        key_body = GroupKeyBody(group.id, group.epoch, session.session.session_key.to_base64())
        needs_key = [m for m in members if m not in session.shared_with]
        record = self.conversations[group.id]
        for member in needs_key:
            key_payload = self._payload(record, Kind.GROUP_KEY, key_body)
            self._queue_direct(member, key_payload, b"")
        self.crypto.mark_shared(group.id, set(needs_key))
        sealed = self.crypto.megolm_encrypt(group.id, payload.padded().encode())
        now = self.clock()
        for member in members:
            card = self._cards.get(member)
            if card is None:
                continue
            item = OutboxItem(
                os.urandom(16),
                now,
                member,
                envelope=self._envelope(card, sealed),
                message_uid=uid,
                group=group.id,
            )
            self._outbox_put(item)

    async def _flush_now(self) -> None:
        """Encrypt what can be, make it durable, then hand it to the nodes (failures retry later)."""
        await self._seal_ready(allow_network=True)
        await self._commit()
        await self._deposit_due()

    async def _seal_ready(self, *, allow_network: bool) -> None:
        blocked: set[bytes] = set()
        now = self.clock()
        for item in sorted(self._outbox.values(), key=lambda o: (o.created_ms, o.id)):
            if item.sealed or item.recipient in blocked or item.id in self._inflight:
                continue
            if item.next_ms > now:
                # An earlier payload for this recipient waits: later ones must not overtake it.
                blocked.add(item.recipient)
                continue
            card = self._cards.get(item.recipient)
            if card is None or not self.crypto.has_session(card.curve25519):
                if not allow_network:
                    blocked.add(item.recipient)
                    continue
                try:
                    await self._ensure_session(item.recipient)
                except TransportError as exc:
                    log.info("a message waits for its recipient's keys: %s", exc)
                    blocked.add(item.recipient)
                    self._retry_later(item)
                    continue
                except MessengerError as exc:
                    self._fail_item(item, str(exc))
                    continue
            current = self._outbox.get(item.id)
            # Another flush may have sealed it while this one waited for the recipient's keys.
            if current is not None and not current.sealed:
                self._outbox_put(self._seal_direct(current))

    def _retry_later(self, item: OutboxItem) -> None:
        delay = self._backoff.delay(item.attempts)
        self._outbox_put(
            dataclasses.replace(item, attempts=item.attempts + 1, next_ms=self.clock() + int(delay * 1000))
        )
        self.stats.deposits_retried += 1
        self._flush_wake.set()

    def _fail_item(self, item: OutboxItem, reason: str) -> None:
        self._outbox_remove(item.id)
        if item.message_uid:
            known = self._status_of(item.message_uid)
            conversation = known[1] if known is not None else b""
            self._changes.statuses[item.message_uid] = MessageState.FAILED
            self._emit(MessageUpdated(item.message_uid, conversation, status=MessageState.FAILED))
            self._emit(SendFailed(item.message_uid, conversation, reason))
        log.warning("a message was given up: %s", reason)

    async def _deposit_due(self) -> None:
        now = self.clock()
        by_mailbox: dict[bytes, list[OutboxItem]] = defaultdict(list)
        for item in sorted(self._outbox.values(), key=lambda o: (o.created_ms, o.id)):
            if item.sealed and item.next_ms <= now and item.id not in self._inflight:
                by_mailbox[item.recipient].append(item)
                self._inflight.add(item.id)
        if not by_mailbox:
            return

        async def deposit_in_order(items: list[OutboxItem]) -> None:
            # One recipient's envelopes go out in the order they were written; recipients in parallel.
            for item in items:
                try:
                    if not await self._deposit(item):
                        break
                finally:
                    self._inflight.discard(item.id)

        try:
            await asyncio.gather(*(deposit_in_order(items) for items in by_mailbox.values()))
        finally:
            for items in by_mailbox.values():
                for item in items:
                    self._inflight.discard(item.id)
        await self._commit()

    def _status_of(self, uid: bytes) -> tuple[MessageState, bytes] | None:
        message = self.store.message(uid)
        if message is None:
            for new in self._changes.messages:
                if new.uid == uid:
                    message = new
        if message is None:
            return None
        return self._changes.statuses.get(uid, message.status), message.conversation

    async def _deposit(self, item: OutboxItem) -> bool:
        """Hand one envelope to the nodes; False if it must wait (the recipient's later ones wait too)."""
        envelope = Envelope.decode(item.envelope)
        if envelope.expiry_ms <= self.clock():
            self._fail_item(item, "The message expired before a node could take it.")
            return True
        try:
            await self.transport.deposit(envelope)
        except TransportError as exc:
            if exc.retriable:
                self._retry_later(item)
                return False
            self._fail_item(item, str(exc))
            return True
        self._outbox_remove(item.id)
        self.stats.sent += 1
        if item.message_uid:
            known = self._status_of(item.message_uid)
            if known is not None:
                status, conversation = known
                new = apply_status(status, MessageState.SENT, True)
                if new is not status:
                    self._changes.statuses[item.message_uid] = new
                    self._emit(MessageUpdated(item.message_uid, conversation, status=new))
        return True

    async def _flush_forever(self) -> None:
        while not self._closed:
            self._flush_wake.clear()
            try:
                await self._seal_ready(allow_network=True)
                await self._commit()
                await self._deposit_due()
            except Exception:
                log.exception("sending queued messages failed; will try again")
            waits = [o.next_ms for o in self._outbox.values() if o.id not in self._inflight]
            timeout = None
            if waits:
                timeout = max(0.05, (min(waits) - self.clock()) / 1000)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._flush_wake.wait(), timeout)

    def outbox_size(self) -> int:
        """How many payloads and envelopes are waiting to be encrypted or handed to a node."""
        return len(self._outbox)

    def retry_now(self) -> None:
        """Try every queued message again now (for example when the network came back)."""
        for item in list(self._outbox.values()):
            if item.next_ms > self.clock():
                self._outbox_put(dataclasses.replace(item, next_ms=0))
        self._flush_wake.set()

    # ---------------------------------------------------------------------------------------------------
    # Attachments

    async def upload_attachment(
        self,
        data: bytes,
        media_type: str,
        name: str,
        *,
        thumbnail: bytes = b"",
        width: int = 0,
        height: int = 0,
        duration_ms: int = 0,
    ) -> Attachment:
        """Encrypt a file with a fresh key and store it as a blob; the descriptor carries the key."""
        key = new_key()
        blob = await asyncio.to_thread(encrypt_file, key, data)
        manifest = await self.transport.upload_blob(self.actor, blob, "application/octet-stream")
        return Attachment(manifest.id(), key, len(data), media_type, name, thumbnail, width, height, duration_ms)

    async def download_attachment(self, attachment: Attachment) -> bytes:
        blob = await self.transport.download_blob(attachment.manifest)
        data = await asyncio.to_thread(decrypt_file, attachment.key, blob)
        if len(data) != attachment.size:
            raise DecryptionError("The attachment's size differs from what the message announced.")
        return data

    # ---------------------------------------------------------------------------------------------------
    # Groups

    async def create_group(self, name: str, members: Sequence[bytes]) -> GroupRecord:
        """A new group with this user as admin; every member receives the group over Olm."""
        name = name.strip()
        _check_group_name(name)
        actors = [self.actor_id, *dict.fromkeys(m for m in members if m != self.actor_id)]
        if len(actors) > MAX_GROUP_MEMBERS:
            raise GroupError(f"A group has at most {MAX_GROUP_MEMBERS} members.")
        for actor in actors[1:]:
            await self._ensure_session(actor)
        group = GroupRecord(os.urandom(32), name, 1, (self.actor_id,), tuple(actors), True)
        now = self.clock()
        self.groups[group.id] = group
        self._changes.groups[group.id] = group
        self._put_conversation(
            ConversationRecord(group.id, ConversationKind.GROUP, b"", ConversationState.ACCEPTED, name, 0, 0, now, now)
        )
        self._emit(GroupUpdated(group))
        await self._announce_group(group, set(actors))
        return group

    async def add_members(self, group_id: bytes, actors: Sequence[bytes]) -> GroupRecord:
        group = self._admin_group(group_id)
        new = [a for a in dict.fromkeys(actors) if a not in group.members]
        if len(group.members) + len(new) > MAX_GROUP_MEMBERS:
            raise GroupError(f"A group has at most {MAX_GROUP_MEMBERS} members.")
        for actor in new:
            await self._ensure_session(actor)
        updated = dataclasses.replace(group, epoch=group.epoch + 1, members=group.members + tuple(new))
        return await self._change_group(group, updated)

    async def remove_members(self, group_id: bytes, actors: Sequence[bytes]) -> GroupRecord:
        """Remove members: they are told, and every remaining member switches to new keys they lack."""
        group = self._admin_group(group_id)
        gone = set(actors) - {self.actor_id}
        updated = dataclasses.replace(
            group,
            epoch=group.epoch + 1,
            members=tuple(m for m in group.members if m not in gone),
            admins=tuple(a for a in group.admins if a not in gone),
        )
        return await self._change_group(group, updated)

    async def leave_group(self, group_id: bytes) -> GroupRecord:
        group = self.groups.get(group_id)
        if group is None or not group.active:
            raise GroupError("You are not a member of this group.")
        admins = tuple(a for a in group.admins if a != self.actor_id)
        members = tuple(m for m in group.members if m != self.actor_id)
        if not admins and members:
            admins = (members[0],)
        updated = dataclasses.replace(group, epoch=group.epoch + 1, members=members, admins=admins)
        return await self._change_group(group, updated)

    async def rename_group(self, group_id: bytes, name: str) -> GroupRecord:
        """Give the group a new name (admins only); members keep their keys, as nobody joined or left."""
        group = self._admin_group(group_id)
        name = name.strip()
        _check_group_name(name)
        if name == group.name:
            return group
        return await self._change_group(group, dataclasses.replace(group, epoch=group.epoch + 1, name=name))

    def _admin_group(self, group_id: bytes) -> GroupRecord:
        group = self.groups.get(group_id)
        if group is None or not group.active:
            raise GroupError("You are not a member of this group.")
        if self.actor_id not in group.admins:
            raise GroupError("Only the group's admins can change its members.")
        return group

    async def _change_group(self, old: GroupRecord, new: GroupRecord) -> GroupRecord:
        audience = set(old.members) | set(new.members)
        self._apply_group(new)
        await self._announce_group(self.groups[new.id], audience)
        return self.groups[new.id]

    def _apply_group(self, group: GroupRecord) -> None:
        previous = self.groups.get(group.id)
        active = self.actor_id in group.members
        group = dataclasses.replace(group, active=active)
        self.groups[group.id] = group
        self._changes.groups[group.id] = group
        if previous is None or set(previous.members) != set(group.members):
            # Key rotation: the next message starts a session only the current members receive.
            self.crypto.discard_outbound_group(group.id)
        record = self.conversations.get(group.id)
        if record is not None:
            state = record.state if active else ConversationState.LEFT
            if active and record.state is ConversationState.LEFT:
                state = ConversationState.ACCEPTED
            self._put_conversation(dataclasses.replace(record, title=group.name, state=state))
        self._emit(GroupUpdated(group))

    async def _announce_group(self, group: GroupRecord, audience: set[bytes]) -> None:
        cards = []
        for actor in group.members:
            card = self.crypto.card if actor == self.actor_id else self._cards.get(actor)
            if card is None:
                raise GroupError("A member's identity is unknown; try adding them again.")
            cards.append(card)
        body = GroupUpdateBody(group.id, group.epoch, group.name, tuple(sorted(group.admins)), tuple(cards))
        record = self.conversations[group.id]
        for actor in audience - {self.actor_id}:
            self._queue_direct(actor, self._payload(record, Kind.GROUP_UPDATE, body), b"")
        await self._flush_now()

    # ---------------------------------------------------------------------------------------------------
    # Verification (SAS)

    async def start_verification(self, actor: bytes) -> VerificationFlow:
        """Ask `actor` to compare codes; VerificationUpdated events follow the flow on both sides."""
        card = await self._ensure_session(actor)
        flow = VerificationFlow(os.urandom(16), self.crypto.card, card, initiator=True)
        self.flows[flow.flow_id] = flow
        await self._send_verification(flow, VerificationStep.START, b"")
        self._announce_flow(flow)
        await self._commit()
        return flow

    async def accept_verification(self, flow_id: bytes) -> VerificationFlow:
        flow = self._flow(flow_id)
        if flow.state is not FlowState.REQUESTED:
            raise VerificationError("This verification is not waiting to be accepted.")
        flow.state = FlowState.STARTED
        await self._send_verification(flow, VerificationStep.ACCEPT, flow.commitment())
        self._announce_flow(flow)
        await self._commit()
        return flow

    async def confirm_verification(self, flow_id: bytes, matches: bool) -> VerificationFlow:
        """The user compared the codes: `matches` True sends this side's confirmation, False cancels."""
        flow = self._flow(flow_id)
        if not matches:
            flow.cancel("The codes did not match: someone may be intercepting this chat.")
            await self._send_verification(flow, VerificationStep.CANCEL, flow.reason.encode())
        else:
            mac = flow.confirm()
            await self._send_verification(flow, VerificationStep.MAC, mac)
            self._after_flow_step(flow)
        self._announce_flow(flow)
        await self._commit()
        return flow

    async def cancel_verification(self, flow_id: bytes) -> None:
        flow = self._flow(flow_id)
        flow.cancel("The verification was cancelled.")
        await self._send_verification(flow, VerificationStep.CANCEL, flow.reason.encode())
        self._announce_flow(flow)
        await self._commit()

    def _flow(self, flow_id: bytes) -> VerificationFlow:
        flow = self.flows.get(flow_id)
        if flow is None:
            raise VerificationError("This verification is no longer running.")
        return flow

    async def _send_verification(self, flow: VerificationFlow, step: VerificationStep, data: bytes) -> None:
        record = self.conversations.get(direct_conversation(self.actor_id, flow.peer))
        if record is None:
            record = await self.open_direct(flow.peer)
        payload = self._payload(record, Kind.VERIFICATION, VerificationBody(flow.flow_id, step, data[:256]))
        self._queue_direct(flow.peer, payload, b"")
        await self._flush_now()

    def _announce_flow(self, flow: VerificationFlow) -> None:
        self._emit(VerificationUpdated(flow.flow_id, flow.peer, flow.state, flow.codes, flow.reason))

    def _after_flow_step(self, flow: VerificationFlow) -> None:
        if flow.state is FlowState.VERIFIED:
            self._mark_verified(flow.peer, flow.theirs.fingerprint)

    def _mark_verified(self, actor: bytes, fingerprint: bytes) -> None:
        peer = self.peers[actor]
        self._put_peer(
            dataclasses.replace(peer, verified_fingerprint=fingerprint, identity_changed=False, updated_ms=self.clock())
        )
        self._emit(PeerUpdated(self.peers[actor]))

    # ---------------------------------------------------------------------------------------------------
    # Verification (QR code)

    @property
    def verification_code(self) -> str:
        """The text of this device's verification QR code (see `qr_code`)."""
        return verification_code(self.crypto.card)

    async def verify_scanned_code(self, actor: bytes, text: str) -> PeerRecord:
        """Mark `actor` verified if `text` (their scanned QR code) names the keys their chat uses.

        KeyMismatchError when it names other keys or was altered; VerificationError for a code that is not
        theirs or cannot be read. Nothing changes unless the keys match.
        """
        code = parse_verification_code(text)
        card = self._cards.get(actor)
        check_code(code, actor, card)
        assert card is not None
        self._mark_verified(actor, card.fingerprint)
        await self._commit()
        return self.peers[actor]

    async def _receive_verification(self, sender: bytes, body: VerificationBody) -> None:
        flow = self.flows.get(body.flow)
        if body.step == VerificationStep.START:
            card = self._cards.get(sender)
            if flow is not None or card is None:
                return
            flow = VerificationFlow(body.flow, self.crypto.card, card, initiator=False)
            self.flows[flow.flow_id] = flow
            self._announce_flow(flow)
            return
        if flow is None or flow.peer != sender or flow.state in (FlowState.CANCELLED, FlowState.VERIFIED):
            return
        try:
            if body.step == VerificationStep.ACCEPT:
                flow.receive_commitment(body.data)
                self._spawn(self._send_verification(flow, VerificationStep.KEY, flow.public_key))
            elif body.step == VerificationStep.KEY:
                flow.receive_key(body.data)
                if not flow.initiator:
                    self._spawn(self._send_verification(flow, VerificationStep.KEY, flow.public_key))
            elif body.step == VerificationStep.MAC:
                flow.receive_mac(body.data)
                self._after_flow_step(flow)
            elif body.step == VerificationStep.CANCEL:
                flow.cancel(body.data.decode("utf-8", "replace") or "The contact cancelled the verification.")
        except VerificationError as exc:
            flow.cancel(str(exc))
            self._spawn(self._send_verification(flow, VerificationStep.CANCEL, flow.reason.encode()))
        self._announce_flow(flow)

    # ---------------------------------------------------------------------------------------------------
    # Receiving

    async def _listen_forever(self) -> None:
        backoff = Backoff(self.options.retry_initial_s, self.options.retry_max_s)
        index = 0
        while not self._closed:
            node = self.transport.nodes[index % len(self.transport.nodes)]
            try:
                async with self.transport.push(node, self.crypto.mailbox_key) as push:
                    self._push = push
                    backoff.reset()
                    self.online = True
                    self._dispatch([ConnectionChanged(True, node)])
                    self.retry_now()
                    while True:
                        batch = await push.batch()
                        acks = await self.receive_envelopes(batch)
                        if acks:
                            await push.ack(acks)
            except TransportError as exc:
                reason = str(exc)
            except (OSError, TimeoutError) as exc:
                reason = f"The connection to the node failed ({exc})."
            except Exception as exc:
                log.exception("receiving messages failed; reconnecting")
                reason = f"Receiving messages failed ({exc})."
            finally:
                self._push = None
            if self.online:
                self.online = False
                self._dispatch([ConnectionChanged(False, node, reason)])
            index += 1
            await asyncio.sleep(backoff.next())

    async def receive_envelopes(self, envelopes: Sequence[Envelope]) -> list[bytes]:
        """Process envelopes of this mailbox (pushed or fetched); returns the ids the node may delete.

        Everything they change is stored before this returns; envelopes that cannot be decrypted yet (their
        key is still on its way) are kept aside and not acknowledged.
        """
        async with self._receive_lock:
            acks, receipts = await self._receive_batch(envelopes)
        if receipts:
            # In the background: a slow node must not hold up the next batch of envelopes.
            self._spawn(self._send_delivered(receipts))
        return acks

    async def _send_delivered(self, receipts: dict[tuple[bytes, bytes], list[bytes]]) -> None:
        for (conversation, sender), uids in receipts.items():
            await self._send_receipts(conversation, ReceiptType.DELIVERED, {sender: uids})

    async def _receive_batch(
        self, envelopes: Sequence[Envelope]
    ) -> tuple[list[bytes], dict[tuple[bytes, bytes], list[bytes]]]:
        acks: list[bytes] = []
        receipts: dict[tuple[bytes, bytes], list[bytes]] = defaultdict(list)
        progress = False
        sessions_before = self.crypto.inbound_sessions_created
        for envelope in envelopes:
            eid = envelope.id()
            if eid in self._seen:
                self.stats.duplicates += 1
                acks.append(eid)
                continue
            outcome = await self._receive_one(envelope, receipts)
            if outcome == "defer":
                if eid not in self._deferred:
                    self.stats.deferred += 1
                    self._deferred[eid] = envelope
                    while len(self._deferred) > _MAX_DEFERRED:
                        self._deferred.pop(next(iter(self._deferred)))
                continue
            self._deferred.pop(eid, None)
            self._seen[eid] = envelope.expiry_ms
            self._changes.seen_envelopes[eid] = envelope.expiry_ms
            acks.append(eid)
            progress = progress or outcome == "ok"
        # Keys that arrived in this batch may open envelopes set aside earlier.
        while progress and self._deferred:
            progress = False
            for eid, envelope in list(self._deferred.items()):
                outcome = await self._receive_one(envelope, receipts)
                if outcome == "defer":
                    continue
                del self._deferred[eid]
                self._seen[eid] = envelope.expiry_ms
                self._changes.seen_envelopes[eid] = envelope.expiry_ms
                acks.append(eid)
                progress = True
        await self._commit()
        self._schedule_reorder()
        if self.crypto.inbound_sessions_created != sessions_before:
            self.prekeys_used()
        return acks, receipts

    async def _receive_one(self, envelope: Envelope, receipts: dict[tuple[bytes, bytes], list[bytes]]) -> str:
        """'ok', 'defer' (no key yet), or 'drop' (rejected, replayed, blocked, or not for display)."""
        if envelope.mailbox != self.mailbox:
            return self._reject("The envelope is addressed to another mailbox.")
        if envelope.expiry_ms <= self.clock():
            return self._reject("The envelope has expired.")
        try:
            sealed = self.crypto.unseal(envelope.ciphertext)
            received = self._decrypt(sealed)
        except MissingKeyError:
            return "defer"
        except ReplayError as exc:
            self.stats.replays += 1
            return self._reject(str(exc), replay=True)
        except (DecryptionError, IdentityError) as exc:
            return self._reject(str(exc))
        payload = received.payload
        if self.is_blocked(payload.sender):
            return "drop"
        try:
            await self._handle(payload, received.sender_key, receipts)
        except (ProtocolError, MessengerError) as exc:
            return self._reject(f"A message broke the rules and was dropped ({exc}).")
        self.stats.received += 1
        return "ok"

    def _reject(self, reason: str, *, replay: bool = False) -> str:
        self.stats.rejected += 1
        log.info("an envelope was rejected: %s", reason)
        self._emit(EnvelopeRejected(reason, replay))
        return "drop"

    def _decrypt(self, sealed: Sealed) -> _Received:
        if sealed.kind == 2:
            plaintext, inbound = self.crypto.megolm_decrypt(sealed)
            payload = decode_payload(plaintext)
            if payload.sender != inbound.sender or payload.conversation != inbound.group:
                raise DecryptionError("A group message claims another sender or group than its key.")
            group = self.groups.get(inbound.group)
            if group is None or payload.sender not in group.members:
                raise DecryptionError("A group message came from someone who is not a member.")
            if payload.kind != Kind.TEXT and payload.kind not in ORDERED_KINDS:
                raise DecryptionError("Only chat messages travel in group sessions.")
            return _Received(payload, sealed.sender)
        plaintext = self.crypto.decrypt(sealed)
        payload = decode_payload(plaintext)
        if payload.card:
            card = parse_card(payload.card)
            if card.curve25519 != sealed.sender or card.actor_id != payload.sender:
                raise IdentityError("A message carries the identity card of someone else than its sender.")
            self._learn_card(card)
            self._check_against_directory(card)
        else:
            actor = self._actor_by_curve.get(sealed.sender)
            if actor is None or actor != payload.sender:
                raise IdentityError("A message claims a sender whose keys it was not encrypted with.")
        return _Received(payload, sealed.sender)

    def _check_against_directory(self, card: IdentityCard) -> None:
        """In the background, compare a newly seen card with what the actor published (a stale card from a
        stolen old key would differ)."""
        actor = card.actor_id
        now = self.clock()
        if now - self._checked_ms.get(actor, 0) < self.options.identity_refresh_ms:
            return
        self._checked_ms[actor] = now

        async def check() -> None:
            try:
                entry = await self.directory.lookup(actor)
            except Exception as exc:
                log.info("a contact's published key could not be checked: %s", exc)
                return
            if entry is not None and entry.messenger_key != card.messenger_key:
                peer = self.peers.get(actor)
                if peer is not None and not peer.identity_changed:
                    self._put_peer(dataclasses.replace(peer, identity_changed=True, updated_ms=self.clock()))
                    self._emit(IdentityChanged(actor, card.fingerprint, entry.messenger_key.fingerprint, peer.verified))
                    self._emit(PeerUpdated(self.peers[actor]))
                    await self._commit()

        self._spawn(check())

    async def _handle(
        self, payload: Payload, sender_key: bytes, receipts: dict[tuple[bytes, bytes], list[bytes]]
    ) -> None:
        kind = Kind(payload.kind)
        if kind is Kind.GROUP_UPDATE:
            self._receive_group_update(payload.sender, GroupUpdateBody.decode(payload.body))
            return
        if kind is Kind.GROUP_KEY:
            self._receive_group_key(payload.sender, sender_key, GroupKeyBody.decode(payload.body))
            return
        if kind is Kind.VERIFICATION:
            if payload.conversation != direct_conversation(self.actor_id, payload.sender):
                raise MessengerError("a verification message names another conversation")
            await self._receive_verification(payload.sender, VerificationBody.decode(payload.body))
            return
        record = self._conversation_for(payload)
        if kind is Kind.TEXT:
            self._receive_text(record, payload, TextBody.decode(payload.body), receipts)
        elif kind is Kind.EDIT:
            edit = EditBody.decode(payload.body)
            self._apply_or_hold(PendingOp(edit.target, kind, payload.sender, record.id, payload.body, payload.sent_ms))
            self._order(payload, None)
        elif kind is Kind.DELETE:
            delete = DeleteBody.decode(payload.body)
            self._apply_or_hold(
                PendingOp(delete.target, kind, payload.sender, record.id, payload.body, payload.sent_ms)
            )
            self._order(payload, None)
        elif kind is Kind.RECEIPT:
            self._receive_receipt(record, payload.sender, ReceiptBody.decode(payload.body))

    def _conversation_for(self, payload: Payload) -> ConversationRecord:
        """The conversation a message belongs to, created as a request when a stranger writes first."""
        record = self.conversations.get(payload.conversation)
        if record is not None and record.kind is ConversationKind.GROUP:
            group = self.groups.get(record.id)
            if group is None or payload.sender not in group.members:
                raise MessengerError("the sender is not a member of the group")
            return record
        if payload.conversation != direct_conversation(self.actor_id, payload.sender):
            raise MessengerError("the message names a conversation its sender is not part of")
        if record is not None:
            return record
        if payload.kind == Kind.RECEIPT:
            raise MessengerError("a receipt for a conversation that does not exist")
        now = self.clock()
        record = ConversationRecord(
            payload.conversation,
            ConversationKind.DIRECT,
            payload.sender,
            ConversationState.REQUEST,
            "",
            0,
            0,
            now,
            now,
        )
        self._put_conversation(record, announce=False)
        self._emit(RequestReceived(record))
        return record

    def _receive_text(
        self,
        record: ConversationRecord,
        payload: Payload,
        body: TextBody,
        receipts: dict[tuple[bytes, bytes], list[bytes]],
    ) -> None:
        if self.store.message(payload.uid) is not None or any(m.uid == payload.uid for m in self._changes.messages):
            self.stats.duplicates += 1
            return
        now = self.clock()
        message = StoredMessage(
            payload.uid,
            record.id,
            payload.sender,
            False,
            payload.sent_ms,
            now,
            body.text,
            Format(body.format),
            body.reply_to,
            body.attachments,
            MessageState.RECEIVED,
        )
        self._changes.messages.append(message)
        record = self.conversations[record.id]
        self._put_conversation(
            dataclasses.replace(
                record,
                unread=record.unread + 1,
                last_activity_ms=max(record.last_activity_ms, payload.sent_ms),
            )
        )
        receipts[(record.id, payload.sender)].append(payload.uid)
        for op in self._pending.pop(payload.uid, []):
            self._changes.pending_removed.add(op.target)
            self._apply_or_hold(op)
        self._order(payload, message)

    def _order(self, payload: Payload, message: StoredMessage | None) -> None:
        key = (payload.conversation, payload.sender)
        released = self._reorder.offer(key, payload.seq, message, time.monotonic())
        self._changes.seq_in[key] = self._reorder.released.get(key, 0)
        for item in released:
            self._emit(MessageAdded(item))

    def _schedule_reorder(self) -> None:
        deadline = self._reorder.next_deadline()
        if deadline is None or self._reorder_timer is not None:
            return
        delay = max(0.0, deadline - time.monotonic())
        self._reorder_timer = asyncio.get_running_loop().call_later(delay, self._release_waiting)

    def _release_waiting(self) -> None:
        self._reorder_timer = None
        released = self._reorder.expire(time.monotonic())
        for key, seq in self._reorder.released.items():
            self._changes.seq_in[key] = seq
        for item in released:
            self._emit(MessageAdded(item))
        self._spawn(self._commit())
        self._schedule_reorder()

    def _apply_or_hold(self, op: PendingOp) -> None:
        target = self.store.message(op.target)
        if target is None:
            for new in self._changes.messages:
                if new.uid == op.target:
                    target = new
        if target is None:
            self._pending[op.target].append(op)
            self._changes.pending_put.append(op)
            return
        if target.sender != op.sender or target.conversation != op.conversation:
            log.info("an edit or delete of someone else's message was ignored")
            return
        if op.kind == Kind.EDIT:
            edit = EditBody.decode(op.body)
            if target.deleted:
                return
            self._changes.edits[op.target] = (edit.text, Format(edit.format), op.sent_ms)
            self._emit(MessageUpdated(op.target, op.conversation, edited=True))
        elif op.kind == Kind.DELETE:
            self._changes.deletes.add(op.target)
            self._emit(MessageUpdated(op.target, op.conversation, deleted=True))

    def _receive_receipt(self, record: ConversationRecord, sender: bytes, body: ReceiptBody) -> None:
        status = MessageState.DELIVERED if body.status == ReceiptType.DELIVERED else MessageState.READ
        for uid in body.targets:
            message = self.store.message(uid)
            if message is None or not message.outgoing or message.conversation != record.id:
                continue
            current = self._changes.statuses.get(uid, message.status)
            new = apply_status(current, status, True)
            if new is not current:
                self._changes.statuses[uid] = new
                self._emit(MessageUpdated(uid, record.id, status=new))

    def _receive_group_key(self, sender: bytes, sender_key: bytes, body: GroupKeyBody) -> None:
        group = self.groups.get(body.group)
        if group is None or sender not in group.members or not group.active:
            raise MessengerError("a group key from someone who is not a member of a group of ours")
        self.crypto.add_inbound_group(body.group, sender, sender_key, body.session_key, body.epoch)

    def _receive_group_update(self, sender: bytes, body: GroupUpdateBody) -> None:
        for card in body.members:
            card.verify()
        members = tuple(card.actor_id for card in body.members)
        existing = self.groups.get(body.group)
        if existing is None:
            if self.actor_id not in members or sender not in body.admins:
                raise MessengerError("an invitation to a group not made by its admin")
        else:
            if body.epoch <= existing.epoch:
                return
            leaving_alone = (
                sender not in members
                and set(members) == set(existing.members) - {sender}
                and body.name == existing.name
            )
            if sender not in existing.admins and not leaving_alone:
                raise MessengerError("a group change not made by one of its admins")
        for card in body.members:
            self._learn_card(card)
        group = GroupRecord(body.group, body.name, body.epoch, body.admins, members, self.actor_id in members)
        if existing is None:
            now = self.clock()
            sender_conv = self.conversations.get(direct_conversation(self.actor_id, sender))
            accepted = sender_conv is not None and sender_conv.state is ConversationState.ACCEPTED
            record = ConversationRecord(
                group.id,
                ConversationKind.GROUP,
                b"",
                ConversationState.ACCEPTED if accepted else ConversationState.REQUEST,
                group.name,
                0,
                0,
                now,
                now,
            )
            self._put_conversation(record, announce=accepted)
            if not accepted:
                self._emit(RequestReceived(record))
        self._apply_group(group)

    # ---------------------------------------------------------------------------------------------------
    # Prekeys

    def _prekeys_per_node(self) -> int:
        if self.options.prekeys_per_node is not None:
            return self.options.prekeys_per_node
        return max(5, self.crypto.max_one_time_keys // (2 * len(self.transport.nodes)))

    async def publish_prekeys(self) -> None:
        """Publish this device's identity on every node and top its one-time prekeys up (and replace the
        fallback prekey when due)."""
        async with self._prekeys_lock:
            await self._publish_prekeys()

    async def _publish_prekeys(self) -> None:
        target = self._prekeys_per_node()
        self.crypto.maintain_fallback(self.options.fallback_rotate_ms, self.options.fallback_grace_ms)
        identity = self.crypto.mailbox_identity().encode()
        for node in self.transport.nodes:
            try:
                count = await self.transport.prekey_count(node, self.mailbox)
                fresh = self.crypto.new_one_time_keys(target - count) if count <= target // 2 else []
                # The secrets are stored before their public halves are handed out.
                await self._commit()
                await self.transport.upload_prekeys(
                    node, self.crypto.mailbox_key, identity, [k.encode() for k in fresh]
                )
            except TransportError as exc:
                log.info("prekeys could not be published on %s: %s", node, exc)
                raise

    async def _prekeys_forever(self) -> None:
        backoff = Backoff(self.options.retry_initial_s, self.options.retry_max_s)
        self._prekeys_due.set()
        while not self._closed:
            due_in_s = (self.crypto.fallback.due_ms(self.options.fallback_rotate_ms) - self.clock()) / 1000
            # Wake up for the fallback key's schedule too, at least hourly (the clock may jump after sleep).
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._prekeys_due.wait(), timeout=min(max(due_in_s, 1.0), 3600.0))
            self._prekeys_due.clear()
            try:
                await self.publish_prekeys()
                backoff.reset()
            except TransportError:
                await asyncio.sleep(backoff.next())
                self._prekeys_due.set()

    def prekeys_used(self) -> None:
        """Someone started a session: check the nodes' stock of prekeys soon."""
        self._prekeys_due.set()

    # ---------------------------------------------------------------------------------------------------
    # Catch-up without push (tests, or a node without WebSocket)

    async def fetch_once(self, node: str | None = None) -> int:
        """Fetch the whole mailbox over HTTP, process it, and acknowledge it; returns how many were new."""
        node = node or self.transport.nodes[0]
        key = self.crypto.mailbox_key
        client = self.transport.client(node)
        with transport_errors(node, "fetch messages"):
            token = await client.open_session(key)
        before = self.stats.received
        cursor = 0
        while True:
            with transport_errors(node, "fetch messages"):
                batch = await client.fetch(self.mailbox, token, cursor)
            acks = await self.receive_envelopes(batch.envelopes)
            if acks:
                await self.transport.ack(node, key, acks)
            cursor = batch.cursor
            if not batch.more:
                break
        return self.stats.received - before
