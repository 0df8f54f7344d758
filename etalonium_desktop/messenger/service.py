"""The app's messenger service: the engine on the encrypted profile, with view data for the chat screens."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import html
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import aiohttp
from PySide6.QtCore import QCoreApplication

from etalonium_desktop.store import Profile, StoreError
from etalonium_desktop.store.messages import HIGHLIGHT_END, HIGHLIGHT_START
from lightnode.messenger import (
    Attachment,
    ConversationKind,
    ConversationRecord,
    ConversationState,
    Directory,
    Format,
    GroupRecord,
    MailboxTransport,
    MessageAdded,
    MessageState,
    Messenger,
    MessengerEvent,
    MessengerOptions,
    PeerRecord,
    StoredMessage,
    VerificationFlow,
    safety_number,
)
from lightnode.protocol.address import encode_address
from lightnode.protocol.keys import PrivateKey

from .markup import looks_formatted, plain_preview, to_html
from .profile_store import ProfileMessengerStore, pickle_key

log = logging.getLogger(__name__)

PAGE_SIZE = 50


@dataclass(frozen=True, slots=True)
class ChatItem:
    """One message as the chat view shows it."""

    row_id: int
    uid: bytes
    conversation: bytes
    sender: bytes
    sender_name: str
    outgoing: bool
    sent_ms: int
    text: str
    html: str
    format: Format
    status: MessageState
    attachments: tuple[Attachment, ...] = ()
    reply_to: bytes = b""
    #: "Name: first words" of the message this one answers (empty if none or unknown).
    reply_preview: str = ""
    edited: bool = False
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class ChatPage:
    items: tuple[ChatItem, ...]
    #: Where to continue for older messages (None: this page reaches the first message).
    older: tuple[int, int] | None


@dataclass(frozen=True, slots=True)
class ConversationItem:
    """One row of the conversation list."""

    id: bytes
    kind: ConversationKind
    title: str
    state: ConversationState
    unread: int
    preview: str
    last_ms: int
    peer: bytes = b""
    verified: bool = False
    #: The contact's identity changed and the user has not acknowledged it.
    warning: bool = False
    blocked: bool = False
    members: int = 0


@dataclass(frozen=True, slots=True)
class SearchResult:
    conversation: bytes
    title: str
    uid: bytes
    sent_ms: int
    #: The matching text with the matches wrapped in \x02 … \x03.
    snippet: str


@dataclass(frozen=True, slots=True)
class Notification:
    title: str
    body: str
    conversation: bytes


@dataclass(frozen=True, slots=True)
class OutgoingFile:
    """A file the user chose to send, with the preview the UI made for it."""

    name: str
    media_type: str
    data: bytes
    thumbnail: bytes = b""
    width: int = 0
    height: int = 0
    duration_ms: int = 0


def short_address(actor: bytes) -> str:
    address = encode_address(actor)
    return f"{address[:10]}…{address[-4:]}"


class MessengerService:
    """The messenger for one account of an open profile.

    `load()` reads the profile (no network); `start()` connects to the nodes. Read methods (`conversations`,
    `page`, `search`) are quick queries for the UI; actions are coroutines that store first and send next.
    """

    def __init__(
        self,
        profile: Profile,
        nodes: Sequence[str],
        directory: Directory,
        *,
        account: int = 0,
        session: aiohttp.ClientSession | None = None,
        options: MessengerOptions | None = None,
        name_of: Callable[[bytes], str | None] | None = None,
    ) -> None:
        self.profile = profile
        self.nodes = list(nodes)
        self.directory = directory
        self.key = PrivateKey(profile.account_key(account).seed)
        self.store = ProfileMessengerStore(profile)
        self._session = session
        self._name_of = name_of
        base = options or MessengerOptions()
        self._options = dataclasses.replace(base, store_in_thread=True)
        self._engine: Messenger | None = None
        self._names: dict[bytes, str] = {}
        self._listeners: list[Callable[[MessengerEvent], None]] = []
        self.open_conversation: bytes | None = None

    # -- life cycle ---------------------------------------------------------------------------------------

    @property
    def engine(self) -> Messenger:
        if self._engine is None:
            raise StoreError("The messenger is not loaded yet.")
        return self._engine

    @property
    def actor(self) -> bytes:
        return self.key.actor_id

    def load(self, transport: MailboxTransport | None = None) -> Messenger:
        """Read the messenger's state from the profile (creating its identity the first time)."""
        if self._engine is None:
            if transport is None:
                transport = MailboxTransport(self._session, self.nodes)
            self._engine = Messenger(
                self.key,
                self.store,
                transport,
                self.directory,
                pickle_key=pickle_key(self.profile),
                options=self._options,
            )
            self._engine.add_listener(self._forward)
            self._engine.load()
        return self._engine

    async def start(self) -> None:
        self.load()
        await self.engine.start()

    async def close(self) -> None:
        if self._engine is not None:
            await self._engine.close()
            await self._engine.transport.aclose()

    def add_listener(self, listener: Callable[[MessengerEvent], None]) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _forward(self, event: MessengerEvent) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:
                log.exception("a messenger view failed on %s", type(event).__name__)

    @property
    def messenger_key(self) -> bytes:
        """What to publish in the Profile action's `messenger_key` so others can write to this account."""
        return self.engine.messenger_key

    # -- names --------------------------------------------------------------------------------------------

    def display_name(self, actor: bytes) -> str:
        name = self._names.get(actor)
        if name is None:
            name = self._names[actor] = self._lookup_name(actor)
        return name

    def forget_names(self) -> None:
        """Look names up again (after contacts or profiles changed)."""
        self._names.clear()

    def _lookup_name(self, actor: bytes) -> str:
        if actor == self.actor:
            return QCoreApplication.translate("MessengerService", "You")
        if self._name_of is not None:
            name = self._name_of(actor)
            if name:
                return name
        contact = self.profile.contacts.by_actor(actor)
        if contact is not None and contact.display_name:
            return contact.display_name
        return short_address(actor)

    def title_of(self, record: ConversationRecord) -> str:
        if record.kind is ConversationKind.GROUP:
            return record.title or "Group"
        return record.title or self.display_name(record.peer)

    # -- reading ------------------------------------------------------------------------------------------

    def conversations(self, *, requests: bool = False) -> list[ConversationItem]:
        """The chats (or, with `requests`, the message requests), most recently active first."""
        engine = self.engine
        last = self.store.last_messages()
        out = []
        for record in engine.conversations.values():
            if (record.state is ConversationState.REQUEST) != requests:
                continue
            message = last.get(record.id)
            peer = engine.peers.get(record.peer) if record.peer else None
            group = engine.groups.get(record.id)
            out.append(
                ConversationItem(
                    id=record.id,
                    kind=record.kind,
                    title=self.title_of(record),
                    state=record.state,
                    unread=record.unread,
                    preview=self._preview(message) if message is not None else "",
                    last_ms=max(record.last_activity_ms, message.sent_ms if message else 0),
                    peer=record.peer,
                    verified=peer.verified if peer is not None else False,
                    warning=peer.identity_changed if peer is not None else False,
                    blocked=peer.blocked if peer is not None else False,
                    members=len(group.members) if group is not None else 0,
                )
            )
        out.sort(key=lambda c: c.last_ms, reverse=True)
        return out

    def _preview(self, message: StoredMessage) -> str:
        if message.deleted:
            return QCoreApplication.translate("MessengerService", "Message deleted")
        text = plain_preview(message.text, message.format)
        if not text and message.attachments:
            first = message.attachments[0]
            text = ("📷 " if first.is_image else "🎬 " if first.is_video else "📎 ") + first.name
        if message.outgoing:
            return QCoreApplication.translate("MessengerService", "You: {text}").format(text=text)
        return text

    def conversation(self, conversation: bytes) -> ConversationItem | None:
        for requests in (False, True):
            for item in self.conversations(requests=requests):
                if item.id == conversation:
                    return item
        return None

    def page(self, conversation: bytes, *, older: tuple[int, int] | None = None, limit: int = PAGE_SIZE) -> ChatPage:
        """Messages of a conversation, newest first, `limit` at a time (pass `older` for the next page)."""
        rows, cursor = self.store.page(conversation, before=older, limit=limit)
        replies = self.store.messages(sorted({m.reply_to for _, m in rows if m.reply_to}))
        items = tuple(self.chat_item(row_id, m, replies.get(m.reply_to)) for row_id, m in rows)
        return ChatPage(items, cursor)

    def newer(self, conversation: bytes, after: tuple[int, int], *, limit: int = PAGE_SIZE) -> ChatPage:
        """Messages after the (sent_ms, row id) cursor, oldest first; `older` is set when more follow."""
        rows, more = self.store.newer(conversation, after=after, limit=limit)
        replies = self.store.messages(sorted({m.reply_to for _, m in rows if m.reply_to}))
        items = tuple(self.chat_item(row_id, m, replies.get(m.reply_to)) for row_id, m in rows)
        cursor = (items[-1].sent_ms, items[-1].row_id) if more and items else None
        return ChatPage(items, cursor)

    def chat_item(self, row_id: int, m: StoredMessage, replied: StoredMessage | None = None) -> ChatItem:
        reply = ""
        if m.reply_to:
            if replied is None:
                replied = self.store.message(m.reply_to)
            if replied is not None:
                reply = f"{self.display_name(replied.sender)}: {self._preview_text(replied)}"
        return ChatItem(
            row_id=row_id,
            uid=m.uid,
            conversation=m.conversation,
            sender=m.sender,
            sender_name=self.display_name(m.sender),
            outgoing=m.outgoing,
            sent_ms=m.sent_ms,
            text=m.text,
            html=to_html(m.text, m.format),
            format=m.format,
            status=m.status,
            attachments=m.attachments,
            reply_to=m.reply_to,
            reply_preview=reply,
            edited=bool(m.edited_ms),
            deleted=m.deleted,
        )

    def _preview_text(self, m: StoredMessage) -> str:
        if m.deleted:
            return "Message deleted"
        text = plain_preview(m.text, m.format, 60)
        return text or (m.attachments[0].name if m.attachments else "")

    def item(self, uid: bytes) -> ChatItem | None:
        """The current view of one message (after an edit, a delete or a status change)."""
        message = self.store.message(uid)
        if message is None:
            return None
        return self.chat_item(self.store.row_id(uid) or 0, message)

    def search(self, text: str, *, conversation: bytes | None = None, limit: int = 50) -> list[SearchResult]:
        """Messages containing every word of `text` (accents and case ignored), newest first."""
        hits = self.profile.messages.search(text, conversation=conversation, limit=limit, prefix=True)
        engine = self.engine
        out = []
        for hit in hits:
            record = engine.conversations.get(hit.message.conversation)
            if record is None:
                continue
            out.append(
                SearchResult(record.id, self.title_of(record), hit.message.uid, hit.message.sent_at, hit.snippet)
            )
        return out

    def unread_total(self) -> int:
        return sum(c.unread for c in self.engine.conversations.values() if c.state is ConversationState.ACCEPTED)

    def requests_count(self) -> int:
        return sum(1 for c in self.engine.conversations.values() if c.state is ConversationState.REQUEST)

    def safety_number(self, actor: bytes) -> str:
        card = self.engine.peer_card(actor)
        if card is None:
            return ""
        return safety_number(self.engine.card, card)

    def notification_for(self, event: MessengerEvent) -> Notification | None:
        """What a tray notification should say about an event (None: nothing to notify)."""
        if not isinstance(event, MessageAdded) or event.message.outgoing:
            return None
        message = event.message
        if message.conversation == self.open_conversation:
            return None
        record = self.engine.conversations.get(message.conversation)
        if record is None:
            return None
        if record.state is ConversationState.REQUEST:
            return Notification("Message request", f"{self.display_name(message.sender)} wants to chat.", record.id)
        title = self.title_of(record)
        body = self._preview_text(message)
        if record.kind is ConversationKind.GROUP:
            body = f"{self.display_name(message.sender)}: {body}"
        return Notification(title, body, record.id)

    # -- actions ------------------------------------------------------------------------------------------

    async def open_direct(self, actor: bytes) -> bytes:
        """The conversation with `actor` (the "message" button of a profile, listing or order)."""
        return (await self.engine.open_direct(actor)).id

    async def send_text(self, conversation: bytes, text: str, *, reply_to: bytes = b"") -> StoredMessage:
        fmt = Format.MARKUP if looks_formatted(text) else Format.PLAIN
        return await self.engine.send_text(conversation, text, format=fmt, reply_to=reply_to)

    async def send_files(
        self, conversation: bytes, files: Sequence[OutgoingFile], text: str = "", *, reply_to: bytes = b""
    ) -> StoredMessage:
        """Encrypt and upload the files, then send one message carrying their keys."""
        attachments = []
        for f in files:
            attachments.append(
                await self.engine.upload_attachment(
                    f.data,
                    f.media_type,
                    f.name,
                    thumbnail=f.thumbnail,
                    width=f.width,
                    height=f.height,
                    duration_ms=f.duration_ms,
                )
            )
        return await self.engine.send_text(conversation, text, reply_to=reply_to, attachments=attachments)

    async def download(self, attachment: Attachment) -> bytes:
        """An attachment's content, from the profile's media cache or else from the nodes."""
        cached = await asyncio.to_thread(self.profile.media_cache.get, attachment.manifest)
        if cached is not None:
            return cached.data
        data = await self.engine.download_attachment(attachment)
        with contextlib.suppress(StoreError):
            await asyncio.to_thread(self.profile.media_cache.put, attachment.manifest, attachment.media_type, data)
        return data

    async def edit(self, uid: bytes, text: str) -> None:
        await self.engine.edit(uid, text, format=Format.MARKUP if looks_formatted(text) else Format.PLAIN)

    async def delete(self, uid: bytes) -> None:
        await self.engine.delete(uid)

    async def mark_read(self, conversation: bytes) -> int:
        return await self.engine.mark_read(conversation)

    async def accept(self, conversation: bytes) -> None:
        await self.engine.accept_request(conversation)

    async def block(self, actor: bytes) -> None:
        await self.engine.block(actor)
        contact = self.profile.contacts.by_actor(actor)
        if contact is not None:
            self.profile.contacts.update(contact.id, blocked=True)

    async def unblock(self, actor: bytes) -> None:
        await self.engine.unblock(actor)
        contact = self.profile.contacts.by_actor(actor)
        if contact is not None:
            self.profile.contacts.update(contact.id, blocked=False)

    async def report(self, actor: bytes, reason: str, uids: Sequence[bytes] = ()) -> None:
        await self.engine.report(actor, reason, uids)

    async def create_group(self, name: str, members: Sequence[bytes]) -> GroupRecord:
        return await self.engine.create_group(name, members)

    def group(self, group_id: bytes) -> GroupRecord | None:
        return self.engine.groups.get(group_id)

    def is_admin(self, group_id: bytes) -> bool:
        group = self.group(group_id)
        return group is not None and group.active and self.actor in group.admins

    def group_candidates(self, *, exclude: Sequence[bytes] = ()) -> list[tuple[bytes, str]]:
        """People who can be put in a group: contacts and chat partners (not blocked), sorted by name."""
        engine = self.engine
        skip = {self.actor, *exclude}
        actors: dict[bytes, None] = {}
        for contact in self.profile.contacts.all(include_blocked=False):
            actors[contact.actor_id] = None
        for actor, peer in engine.peers.items():
            if not peer.blocked:
                actors[actor] = None
        out = [(a, self.display_name(a)) for a in actors if a not in skip and not engine.is_blocked(a)]
        out.sort(key=lambda pair: pair[1].casefold())
        return out

    async def add_members(self, group_id: bytes, actors: Sequence[bytes]) -> GroupRecord:
        return await self.engine.add_members(group_id, actors)

    async def remove_members(self, group_id: bytes, actors: Sequence[bytes]) -> GroupRecord:
        return await self.engine.remove_members(group_id, actors)

    async def rename_group(self, group_id: bytes, name: str) -> GroupRecord:
        return await self.engine.rename_group(group_id, name)

    async def leave_group(self, group_id: bytes) -> GroupRecord:
        return await self.engine.leave_group(group_id)

    async def start_verification(self, actor: bytes) -> VerificationFlow:
        return await self.engine.start_verification(actor)

    async def accept_verification(self, flow_id: bytes) -> VerificationFlow:
        return await self.engine.accept_verification(flow_id)

    async def confirm_verification(self, flow_id: bytes, matches: bool) -> VerificationFlow:
        return await self.engine.confirm_verification(flow_id, matches)

    async def cancel_verification(self, flow_id: bytes) -> None:
        await self.engine.cancel_verification(flow_id)

    def verification_code(self) -> str:
        """The text of this user's verification QR code."""
        return self.engine.verification_code

    async def verify_scanned_code(self, actor: bytes, text: str) -> PeerRecord:
        return await self.engine.verify_scanned_code(actor, text)

    async def acknowledge_identity_change(self, actor: bytes) -> None:
        await self.engine.acknowledge_identity_change(actor)


def highlight_html(snippet: str) -> str:
    """A search snippet as rich text, the matches in bold (the rest escaped)."""
    escaped = html.escape(snippet)
    return escaped.replace(HIGHLIGHT_START, "<b>").replace(HIGHLIGHT_END, "</b>")
