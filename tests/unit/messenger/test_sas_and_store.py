"""SAS verification flows, the message status rules, and the messenger's tables in the encrypted profile."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from etalonium_desktop.messenger import (
    MESSENGER_SCHEMA,
    MessengerService,
    ProfileMessengerStore,
    ensure_schema,
)
from etalonium_desktop.messenger.sample_data import SampleWriter, make_contact
from etalonium_desktop.store import MINIMAL_KDF_COST, import_backup, temporary_profile
from lightnode.messenger import (
    Changes,
    ConversationKind,
    ConversationRecord,
    ConversationState,
    FlowState,
    Format,
    GroupRecord,
    InboundGroupRow,
    MemoryStore,
    MessageAdded,
    MessageState,
    OlmMachine,
    OutboundGroupRow,
    OutboxItem,
    PeerRecord,
    PendingOp,
    Report,
    SessionRow,
    StaticDirectory,
    StoredMessage,
    VerificationError,
    VerificationFlow,
)
from lightnode.messenger.store import apply_status
from lightnode.protocol.keys import PrivateKey


def _cards() -> tuple[OlmMachine, OlmMachine]:
    return OlmMachine.create(PrivateKey.generate(), os.urandom(32)), OlmMachine.create(
        PrivateKey.generate(), os.urandom(32)
    )


def _flows(a: OlmMachine, b: OlmMachine) -> tuple[VerificationFlow, VerificationFlow]:
    flow = os.urandom(16)
    return (
        VerificationFlow(flow, a.card, b.card, initiator=True),
        VerificationFlow(flow, b.card, a.card, initiator=False),
    )


def test_both_sides_of_a_verification_see_the_same_codes_and_end_verified() -> None:
    a, b = _cards()
    start, answer = _flows(a, b)
    start.receive_commitment(answer.commitment())
    codes = answer.receive_key(start.public_key)
    assert start.receive_key(answer.public_key) == codes
    assert len(codes.emoji) == 7
    assert all(0 <= d <= 9191 for d in codes.decimals)
    mac_a = start.confirm()
    answer.receive_mac(mac_a)
    assert answer.state is FlowState.COMPARING
    answer.receive_mac(mac_a)
    start.receive_mac(answer.confirm())
    assert start.state is answer.state is FlowState.VERIFIED


def test_a_key_that_breaks_its_commitment_or_a_man_in_the_middle_fails_verification() -> None:
    a, b = _cards()
    start, answer = _flows(a, b)
    start.receive_commitment(answer.commitment())
    answer.receive_key(start.public_key)
    other = VerificationFlow(start.flow_id, b.card, a.card, initiator=False)
    with pytest.raises(VerificationError, match="committed"):
        start.receive_key(other.public_key)

    # Mallory relays the codes but holds other keys: the confirmations do not match the cards.
    a, b = _cards()
    mallory = OlmMachine.create(PrivateKey.generate(), os.urandom(32))
    start = VerificationFlow(os.urandom(16), a.card, mallory.card, initiator=True)
    answer = VerificationFlow(start.flow_id, mallory.card, a.card, initiator=False)
    start.receive_commitment(answer.commitment())
    answer.receive_key(start.public_key)
    start.receive_key(answer.public_key)
    forged = VerificationFlow(start.flow_id, b.card, a.card, initiator=False)
    forged.receive_key(start.public_key)
    start.confirm()
    with pytest.raises(VerificationError, match="do not trust"):
        start.receive_mac(forged.confirm() if forged.state is FlowState.COMPARING else b"x")
    assert start.state is FlowState.CANCELLED


def test_statuses_only_move_forward() -> None:
    s = MessageState
    assert apply_status(s.SENT, s.DELIVERED, True) is s.DELIVERED
    assert apply_status(s.READ, s.DELIVERED, True) is s.READ
    assert apply_status(s.QUEUED, s.FAILED, True) is s.FAILED
    assert apply_status(s.SENT, s.FAILED, True) is s.SENT
    assert apply_status(s.FAILED, s.SENT, True) is s.SENT
    assert apply_status(s.RECEIVED, s.READ, False) is s.READ
    assert apply_status(s.READ, s.DELIVERED, False) is s.READ


def _changes(me: bytes, peer: bytes) -> tuple[Changes, bytes, bytes]:
    conversation, uid = os.urandom(32), os.urandom(16)
    c = Changes(identity=b"identity-blob")
    c.sessions[(b"k" * 32, "s1")] = SessionRow(b"k" * 32, "s1", "pickle", True, 5)
    c.inbound_groups["g1"] = InboundGroupRow("g1", conversation, peer, b"k" * 32, "p", 2, (4, 6))
    c.outbound_groups[conversation] = OutboundGroupRow(conversation, "p2", 2, 9, (peer,))
    c.peers[peer] = PeerRecord(peer, b"card", b"fp", True, False, 7)
    c.conversations[conversation] = ConversationRecord(
        conversation, ConversationKind.GROUP, b"", ConversationState.ACCEPTED, "Casting", 2, 5, 1, 2
    )
    c.groups[conversation] = GroupRecord(conversation, "Casting", 2, (me,), (me, peer), True)
    c.outbox_put[b"o" * 16] = OutboxItem(b"o" * 16, 3, peer, payload=b"pl", message_uid=uid)
    c.seen_envelopes[b"e" * 32] = 10**13
    c.pending_put.append(PendingOp(b"t" * 16, 2, peer, conversation, b"body", 4))
    c.seq_in[(conversation, peer)] = 6
    c.reports.append(Report(peer, "spam", (uid,), 8))
    c.messages.append(StoredMessage(uid, conversation, me, True, 100, 100, "Hermès *silk*", Format.MARKUP, b"r" * 16))
    return c, conversation, uid


def test_the_profile_store_keeps_everything_through_a_reopen_and_a_backup(tmp_path: Path) -> None:
    me, peer = os.urandom(20), os.urandom(20)
    with temporary_profile() as profile:
        store = ProfileMessengerStore(profile)
        assert ensure_schema(profile) == MESSENGER_SCHEMA  # a second time changes nothing
        changes, conversation, uid = _changes(me, peer)
        store.commit(changes)
        update = Changes(statuses={uid: MessageState.DELIVERED})
        update.edits[uid] = ("Hermès silk, edited", Format.PLAIN, 200)
        store.commit(update)
        message = store.message(uid)
        assert message is not None
        assert (message.text, message.status, message.edited_ms, message.reply_to) == (
            "Hermès silk, edited",
            MessageState.DELIVERED,
            200,
            b"r" * 16,
        )
        assert [h.message.uid for h in profile.messages.search("hermes")] == [uid]
        store.commit(Changes(deletes={uid}))
        assert store.message(uid) is not None
        assert store.message(uid).deleted  # type: ignore[union-attr]
        assert profile.messages.search("hermes") == []

        backup = tmp_path / "backup.etlb"
        profile.export_backup(backup, "backup passphrase", kdf=MINIMAL_KDF_COST)
        restored = import_backup(backup, "backup passphrase", tmp_path / "restored", "pass", kdf=MINIMAL_KDF_COST)
        try:
            for opened in (ProfileMessengerStore(profile), ProfileMessengerStore(restored)):
                snap = opened.load()
                assert snap.identity == b"identity-blob"
                assert snap.sessions == list(changes.sessions.values())
                assert snap.inbound_groups == list(changes.inbound_groups.values())
                assert snap.outbound_groups == [changes.outbound_groups[conversation]]
                assert snap.peers == list(changes.peers.values())
                assert snap.conversations == list(changes.conversations.values())
                assert snap.groups == list(changes.groups.values())
                assert snap.outbox == list(changes.outbox_put.values())
                assert snap.seen_envelopes == changes.seen_envelopes
                assert snap.pending_ops == changes.pending_put
                assert snap.seq_in == changes.seq_in
                assert opened.reports() == [(peer, "spam", (uid,), 8)]
        finally:
            restored.close()


def test_the_memory_store_applies_the_same_rules() -> None:
    store = MemoryStore()
    changes, conversation, uid = _changes(os.urandom(20), os.urandom(20))
    store.commit(changes)
    store.commit(Changes(statuses={uid: MessageState.READ}))
    store.commit(Changes(statuses={uid: MessageState.SENT}))
    assert store.messages[uid].status is MessageState.READ
    assert store.load().seq_in == changes.seq_in
    assert store.conversation_messages(conversation)[0].uid == uid


def test_the_service_lists_chats_and_requests_searches_and_pages(tmp_path: Path) -> None:
    now = time.time_ns() // 1_000_000
    with temporary_profile() as profile:
        w = SampleWriter(profile, now_ms=now)
        maya, kofi = make_contact("Maya"), make_contact("Kofi")
        w.contact(maya, verified=True)
        w.contact(kofi)
        chat = w.direct(maya)
        request = w.direct(kofi, state=ConversationState.REQUEST, unread=1)
        for i in range(130):
            w.message(chat, maya.actor if i % 2 else None, f"line {i} Nguyễn", minutes_ago=200 - i)
        w.message(request, kofi.actor, "Lookbook in Lisbon?", minutes_ago=1)
        w.commit()
        names = {maya.actor: "Maya", kofi.actor: "Kofi"}
        service = MessengerService(profile, ["http://127.0.0.1:9"], StaticDirectory(), name_of=names.get)
        service.load()
        chats = service.conversations()
        assert [c.title for c in chats] == ["Maya"]
        assert chats[0].verified
        assert chats[0].preview == "line 129 Nguyễn"
        assert [c.title for c in service.conversations(requests=True)] == ["Kofi"]
        assert service.requests_count() == 1
        assert len(service.search("nguyen")) == 50
        first = service.page(chat, limit=60)
        assert len(first.items) == 60
        assert first.items[0].text.startswith("line 129")
        assert first.older is not None
        second = service.page(chat, older=first.older, limit=60)
        assert second.items[0].text.startswith("line 69")
        forward = service.newer(chat, (second.items[0].sent_ms, second.items[0].row_id), limit=5)
        assert [i.text.split()[1] for i in forward.items] == ["70", "71", "72", "73", "74"]
        message = service.store.message(first.items[0].uid)
        assert message is not None
        note = service.notification_for(MessageAdded(message))
        assert note is not None
        assert note.title == "Maya"
        service.open_conversation = chat
        assert service.notification_for(MessageAdded(message)) is None
