"""The messenger between headless clients on two peered service nodes on 127.0.0.1."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from lightnode.messenger import (
    ConversationState,
    DecryptionError,
    Format,
    GroupUpdated,
    MailboxTransport,
    MemoryStore,
    MessageAdded,
    MessageState,
    MessageUpdated,
    MessengerOptions,
    OlmMachine,
    RequestReceived,
)
from lightnode.messenger.engine import wall_clock_ms
from lightnode.messenger.identity import MailboxIdentity
from lightnode.protocol.keys import PrivateKey
from tests.unit.messenger.harness import exchange, messenger_network

pytestmark = [pytest.mark.integration, pytest.mark.asyncio]
DAY_MS = 24 * 3600 * 1000


def _store(client: object) -> MemoryStore:
    store = getattr(client, "store")  # noqa: B009 - the harness's default store
    assert isinstance(store, MemoryStore)
    return store


async def test_one_to_one_while_both_online_with_replies_edits_and_deletes(tmp_path: Path) -> None:
    async with messenger_network(tmp_path) as net:
        # Alice listens on node 0 and Bob on node 1: every envelope crosses the replication link.
        alice, bob = await net.started("alice", "bob")
        texts = ["Hi Bob! 👋", "Are you free for the *lookbook* shoot?", "Friday, 10:00 ✨"]
        conversation = await exchange(alice, bob, texts)
        assert bob.log.texts(conversation) == texts
        request = await bob.log.wait_for(RequestReceived)
        assert request.conversation.id == conversation
        await bob.m.accept_request(conversation)

        first = bob.log.of(MessageAdded)[0].message
        reply = await bob.m.send_text(conversation, "_Yes_, count me in", format=Format.MARKUP, reply_to=first.uid)
        got = await alice.log.wait_for(MessageAdded, lambda e: e.message.uid == reply.uid)
        assert got.message.reply_to == first.uid
        assert got.message.format is Format.MARKUP

        # Delivery ticks come back for every message Alice sent.
        for e in alice.log.of(MessageAdded):
            if e.message.outgoing:
                await alice.log.wait_for(
                    MessageUpdated,
                    lambda u, uid=e.message.uid: u.uid == uid and u.status is MessageState.DELIVERED,
                )

        sent = alice.log.of(MessageAdded)[1].message
        await alice.m.edit(sent.uid, "Are you free for the lookbook shoot on Friday?")
        await bob.log.wait_for(MessageUpdated, lambda u: u.uid == sent.uid and u.edited)
        assert _store(bob).messages[sent.uid].text == "Are you free for the lookbook shoot on Friday?"
        await alice.m.delete(sent.uid)
        await bob.log.wait_for(MessageUpdated, lambda u: u.uid == sent.uid and u.deleted)
        assert _store(bob).messages[sent.uid].deleted
        assert _store(bob).messages[sent.uid].text == ""

        # Bob cannot edit Alice's message: his attempt is refused before anything is sent.
        with pytest.raises(Exception, match="Only your own messages"):
            await bob.m.edit(first.uid, "forged")
        assert bob.m.stats.rejected == alice.m.stats.rejected == 0


async def test_first_contact_while_the_recipient_is_offline_arrives_when_it_returns(tmp_path: Path) -> None:
    async with messenger_network(tmp_path) as net:
        alice = net.client("alice", node=0)
        bob = net.client("bob", node=1)
        await alice.start()
        await bob.start()  # publishes Bob's key and prekeys on both nodes...
        await bob.stop()  # ...and goes offline before anyone wrote to him.
        await alice.online()

        conversation = (await alice.m.open_direct(bob.actor)).id
        texts = [f"offline message {i}" for i in range(5)]
        for text in texts:
            sent = await alice.m.send_text(conversation, text)
            await alice.log.wait_for(
                MessageUpdated, lambda u, uid=sent.uid: u.uid == uid and u.status is MessageState.SENT
            )

        await bob.start(publish=False)  # back online with the same profile
        await bob.log.wait_count(MessageAdded, len(texts))
        assert bob.log.texts(conversation) == texts
        # A stranger's first message goes to the requests list, not the chats.
        assert bob.m.conversation(conversation).state is ConversationState.REQUEST
        assert bob.m.conversation(conversation).unread == len(texts)
        await alice.log.wait_count(MessageUpdated, len(texts), lambda u: u.status is MessageState.DELIVERED)


async def test_group_of_three_a_removed_member_cannot_read_new_messages(tmp_path: Path) -> None:
    async with messenger_network(tmp_path) as net:
        alice, bob, carol = await net.started("alice", "bob", "carol")
        group = await alice.m.create_group("Spring casting", [bob.actor, carol.actor])
        for member in (bob, carol):
            await member.log.wait_for(GroupUpdated, lambda e: e.group.id == group.id)
            await member.m.accept_request(group.id)

        await alice.m.send_text(group.id, "Welcome to the casting group")
        await bob.m.send_text(group.id, "Thanks Alice")
        for member in (bob, carol):
            await member.log.wait_for(MessageAdded, lambda e: e.message.text == "Welcome to the casting group")
        for member in (alice, carol):
            await member.log.wait_for(MessageAdded, lambda e: e.message.text == "Thanks Alice")

        await alice.m.remove_members(group.id, [carol.actor])
        removed = await carol.log.wait_for(GroupUpdated, lambda e: e.group.epoch == 2)
        assert not removed.group.active
        assert carol.m.conversation(group.id).state is ConversationState.LEFT
        await bob.log.wait_for(GroupUpdated, lambda e: e.group.epoch == 2)

        # Alice's next message uses a new Megolm session shared with Bob only.
        secret = "The shortlist: Bob and Dana"
        await alice.m.send_text(group.id, secret)
        await bob.log.wait_for(MessageAdded, lambda e: e.message.text == secret)
        await bob.m.send_text(group.id, "Noted")
        await alice.log.wait_for(MessageAdded, lambda e: e.message.text == "Noted")

        session = alice.m.crypto.outbound_group(group.id)
        assert session is not None
        assert session.shared_with == {bob.actor}
        # Even handed the very ciphertext, Carol's device has no key for the new session.
        sealed = alice.m.crypto.megolm_encrypt(group.id, b"probe")
        assert carol.m.crypto.inbound_group(sealed.session) is None
        assert secret not in carol.log.texts()
        assert "Noted" not in carol.log.texts()
        with pytest.raises(Exception, match="no longer a member"):
            await carol.m.send_text(group.id, "let me back in")


async def test_attachment_round_trip(tmp_path: Path) -> None:
    async with messenger_network(tmp_path) as net:
        alice, bob = await net.started("alice", "bob")
        conversation = (await alice.m.open_direct(bob.actor)).id
        photo = os.urandom(1_500_000)  # two blob chunks
        attachment = await alice.m.upload_attachment(
            photo, "image/jpeg", "look-03.jpg", thumbnail=b"\xff\xd8tiny", width=1080, height=1350
        )
        await alice.m.send_text(conversation, "The look", attachments=[attachment])
        got = await bob.log.wait_for(MessageAdded, lambda e: bool(e.message.attachments))
        received = got.message.attachments[0]
        assert (received.name, received.media_type, received.width, received.size) == (
            "look-03.jpg",
            "image/jpeg",
            1080,
            len(photo),
        )
        assert await bob.m.download_attachment(received) == photo
        # The node holds only ciphertext: the blob is not the photo.
        stored = await alice.m.transport.download_blob(received.manifest)
        assert photo[:4096] not in stored


async def test_read_receipts(tmp_path: Path) -> None:
    async with messenger_network(tmp_path) as net:
        alice, bob = await net.started("alice", "bob")
        conversation = await exchange(alice, bob, ["one", "two", "three"])
        await bob.m.accept_request(conversation)
        await alice.log.wait_count(MessageUpdated, 3, lambda u: u.status is MessageState.DELIVERED)
        assert not [u for u in alice.log.of(MessageUpdated) if u.status is MessageState.READ]
        assert await bob.m.mark_read(conversation) == 3
        reads = await alice.log.wait_count(MessageUpdated, 3, lambda u: u.status is MessageState.READ)
        outgoing = {e.message.uid for e in alice.log.of(MessageAdded) if e.message.outgoing}
        assert {u.uid for u in reads} == outgoing
        assert all(_store(alice).messages[uid].status is MessageState.READ for uid in outgoing)
        assert bob.m.conversation(conversation).unread == 0


def _closed_port_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


async def test_a_message_written_while_the_node_is_unreachable_is_retried_and_delivered(
    tmp_path: Path,
) -> None:
    async with messenger_network(tmp_path, nodes=1) as net:
        alice, bob = await net.started("alice", "bob")
        conversation = await exchange(alice, bob, ["before the outage"])
        # Alice's network goes away: her node's address now leads nowhere.
        nodes = list(alice.m.transport.nodes)
        alice.m.transport.nodes[:] = [_closed_port_url()]
        sent = await alice.m.send_text(conversation, "during the outage")
        # Stored and queued at once; the deposit fails and is retried with back-off.
        assert _store(alice).messages[sent.uid].status is MessageState.QUEUED
        assert alice.m.stats.deposits_retried >= 1
        assert alice.m.outbox_size() == 1
        alice.m.transport.nodes[:] = nodes
        alice.m.retry_now()  # what the app does when the network comes back
        await alice.log.wait_for(MessageUpdated, lambda u: u.uid == sent.uid and u.status is MessageState.SENT)
        await bob.log.wait_for(MessageAdded, lambda e: e.message.text == "during the outage")
        await alice.log.wait_for(MessageUpdated, lambda u: u.uid == sent.uid and u.status is MessageState.DELIVERED)
        assert alice.m.outbox_size() == 0


async def test_first_contact_uses_the_fallback_prekey_when_one_time_prekeys_run_out(tmp_path: Path) -> None:
    now = [wall_clock_ms()]
    async with messenger_network(tmp_path) as net:
        options = MessengerOptions(prekeys_per_node=2, fallback_rotate_ms=7 * DAY_MS, fallback_grace_ms=DAY_MS)
        bob = net.client("bob", node=1, options=options, clock=lambda: now[0])
        alice, carol = net.client("alice"), net.client("carol")
        for client in (bob, alice, carol):
            await client.start()
        await bob.online()
        old = bob.m.crypto.fallback.current
        # Someone claims every one-time prekey on both nodes (as a burst of first contacts would).
        claims = []
        for node in bob.nodes:
            one_node = MailboxTransport(net.session, [node])
            claims += [await one_node.claim(bob.m.mailbox) for _ in range(2)]
            assert not (await one_node.claim(bob.m.mailbox)).one_time
        assert all(c.one_time for c in claims)
        # Carol fetches Bob's keys now (only the fallback is left) but writes later.
        await carol.m.open_direct(bob.actor)
        await carol.m._ensure_session(bob.actor)

        conversation = await exchange(alice, bob, ["Hello from a stranger"])
        assert bob.m.crypto.fallback_sessions_created == 1
        # Having been used, the fallback key is replaced and the one-time prekeys topped up on each node.
        await bob.m.publish_prekeys()
        new = bob.m.crypto.fallback.current
        assert new != old
        assert bob.m.crypto.fallback.previous == old
        for node in bob.nodes:
            assert await bob.m.transport.prekey_count(node, bob.m.mailbox) == 2
        served = await alice.m.transport.claim(bob.m.mailbox)
        assert MailboxIdentity.decode(served.identity.identity).fallback.key == new
        # Carol's session still rests on the old key: within the grace period it opens.
        await exchange(carol, bob, ["Sorry for the late reply"])
        assert bob.m.conversation(conversation).state is ConversationState.REQUEST

        # After the grace period the old key is gone: a session built on it no longer opens.
        now[0] += DAY_MS
        await bob.m.publish_prekeys()
        assert bob.m.crypto.fallback.previous == new
        dave = OlmMachine.create(PrivateKey.generate(), os.urandom(32))
        dave.create_outbound(bob.m.card, MailboxIdentity.decode(claims[0].identity.identity).fallback)
        with pytest.raises(DecryptionError, match="no longer has"):
            bob.m.crypto.decrypt(dave.encrypt(bob.m.crypto.curve25519, b"too late"))
        assert bob.m.stats.rejected == 0
