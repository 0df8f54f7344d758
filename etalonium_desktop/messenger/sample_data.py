"""Sample conversations written straight into a profile (screenshots, the 10,000-message scrolling test)."""

from __future__ import annotations

import os
import random
from collections.abc import Sequence
from dataclasses import dataclass, replace

from etalonium_desktop.store import Profile
from lightnode.messenger import (
    Attachment,
    Changes,
    ConversationKind,
    ConversationRecord,
    ConversationState,
    Format,
    GroupRecord,
    IdentityCard,
    MessageState,
    OlmMachine,
    PeerRecord,
    StoredMessage,
    direct_conversation,
)
from lightnode.protocol.keys import PrivateKey

from .profile_store import ProfileMessengerStore, pickle_key

_LINES = (
    "Are you free for a fitting on Thursday?",
    "The *new collection* arrives at the studio at 10:00 🧵",
    "Sending the moodboard now",
    "Love the _silk_ one!",
    "Can we push the shoot by an hour? The light is better after 4.",
    "Contract signed ✍️",
    "The casting call is up: https://etalonium.example/castings/spring",
    "Thanks, see you there 👋",
    "Do you have the measurements for look 12?",
    "Bust 86, waist 62, hips 90",
)


@dataclass(frozen=True, slots=True)
class SampleContact:
    name: str
    key: PrivateKey
    card: IdentityCard

    @property
    def actor(self) -> bytes:
        return self.key.actor_id


def make_contact(name: str) -> SampleContact:
    key = PrivateKey.generate()
    card = OlmMachine.create(key, os.urandom(32)).card
    return SampleContact(name, key, card)


class SampleWriter:
    """Writes contacts, conversations and messages into a profile through the messenger's store."""

    def __init__(self, profile: Profile, *, now_ms: int) -> None:
        self.profile = profile
        self.store = ProfileMessengerStore(profile)
        self.me = PrivateKey(profile.account_key(0).seed)
        self.now_ms = now_ms
        self.changes = Changes()
        if self.store.load().identity is None:
            self.changes.identity = OlmMachine.create(self.me, pickle_key(profile)).export_identity()

    def contact(self, contact: SampleContact, *, verified: bool = False, changed: bool = False) -> None:
        self.changes.peers[contact.actor] = PeerRecord(
            contact.actor,
            contact.card.encode(),
            verified_fingerprint=contact.card.fingerprint if verified else b"",
            identity_changed=changed,
            updated_ms=self.now_ms,
        )

    def direct(
        self,
        contact: SampleContact,
        *,
        state: ConversationState = ConversationState.ACCEPTED,
        unread: int = 0,
    ) -> bytes:
        cid = direct_conversation(self.me.actor_id, contact.actor)
        self.changes.conversations[cid] = ConversationRecord(
            cid, ConversationKind.DIRECT, contact.actor, state, "", unread, 0, self.now_ms, 0
        )
        return cid

    def group(self, name: str, members: Sequence[SampleContact], *, unread: int = 0) -> bytes:
        gid = os.urandom(32)
        actors = (self.me.actor_id, *(m.actor for m in members))
        self.changes.groups[gid] = GroupRecord(gid, name, 1, (self.me.actor_id,), actors, True)
        self.changes.conversations[gid] = ConversationRecord(
            gid,
            ConversationKind.GROUP,
            b"",
            ConversationState.ACCEPTED,
            name,
            unread,
            0,
            self.now_ms,
            self.now_ms,
        )
        return gid

    def message(
        self,
        conversation: bytes,
        sender: bytes | None,
        text: str,
        *,
        minutes_ago: float,
        status: MessageState | None = None,
        fmt: Format = Format.PLAIN,
        reply_to: bytes = b"",
        attachments: Sequence[Attachment] = (),
        edited: bool = False,
        deleted: bool = False,
    ) -> bytes:
        uid = os.urandom(16)
        outgoing = sender is None
        sent = self.now_ms - int(minutes_ago * 60_000)
        self.changes.messages.append(
            StoredMessage(
                uid,
                conversation,
                self.me.actor_id if outgoing else sender or b"",
                outgoing,
                sent,
                sent,
                text,
                fmt,
                reply_to,
                tuple(attachments),
                status or MessageState.READ,
            )
        )
        record = self.changes.conversations.get(conversation)
        if record is not None and record.last_activity_ms < sent:
            self.changes.conversations[conversation] = replace(record, last_activity_ms=sent)
        if edited:
            self.changes.edits[uid] = (text, fmt, sent + 30_000)
        if deleted:
            self.changes.deletes.add(uid)
        return uid

    def bulk(self, conversation: bytes, other: bytes, count: int, *, seed: int = 7) -> None:
        """`count` messages alternating between the user and `other`, one a minute, ending now."""
        rng = random.Random(seed)
        for i in range(count):
            outgoing = rng.random() < 0.5
            text = f"{rng.choice(_LINES)} (#{i + 1})"
            if rng.random() < 0.15:
                text += "\n" + rng.choice(_LINES)
            self.message(conversation, None if outgoing else other, text, minutes_ago=count - i)

    def commit(self) -> None:
        self.store.commit(self.changes)
        self.changes = Changes()
