"""Messenger security on loopback nodes: what nodes see, hostile envelopes, forward secrecy, identity."""

from __future__ import annotations

import dataclasses
import logging
import os
import sqlite3
from pathlib import Path

import pytest
import vodozemac

from lightnode.messenger import (
    EnvelopeRejected,
    FlowState,
    IdentityChanged,
    MemoryStore,
    MessageAdded,
    MessageState,
    MessageUpdated,
    OlmMachine,
    VerificationUpdated,
    derive_mailbox_key,
)
from lightnode.messenger.crypto import InnerKind
from lightnode.protocol.services import Envelope
from tests.unit.messenger.harness import Client, TapTransport, exchange, messenger_network

pytestmark = [pytest.mark.integration, pytest.mark.asyncio]


def _node_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


def _stored_envelopes(root: Path) -> list[bytes]:
    out = []
    for db in root.rglob("mailbox.sqlite"):
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            out.extend(bytes(row[0]) for row in conn.execute("SELECT encoded FROM envelopes"))
    return out


async def test_nodes_store_and_log_no_plaintext_and_no_sender(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    markers = [f"PLAINTEXT-MARKER-{i}-{os.urandom(4).hex()}" for i in range(4)]
    async with messenger_network(tmp_path) as net:
        alice, bob, carol = await net.started("alice", "bob", "carol")
        await bob.stop()  # offline: the envelopes wait on the nodes
        conversation = (await alice.m.open_direct(bob.actor)).id
        await alice.m.send_text(conversation, markers[0])
        attachment = await alice.m.upload_attachment(
            f"file body {markers[1]}".encode() * 100, "text/plain", f"{markers[2]}.txt"
        )
        await alice.m.send_text(conversation, "see file", attachments=[attachment])
        group = await alice.m.create_group("Secret group", [bob.actor, carol.actor])
        await alice.m.send_text(group.id, markers[3])
        await carol.log.wait_for(MessageAdded, lambda e: e.message.text == markers[3])
        await alice.log.wait_count(MessageUpdated, 3, lambda u: u.status is MessageState.SENT)
        for node in net.nodes:
            await node.services.peers.wait_idle()

        stored = _stored_envelopes(tmp_path)
        assert len(stored) >= 3  # Bob's envelopes are waiting on both nodes
        # The node learns the mailbox, the expiry and the size; nothing names the sender.
        sender_traces = [alice.actor, alice.key.public_key.raw, alice.m.mailbox, alice.m.crypto.curve25519]
        recipients = {derive_mailbox_key(bob.key).public_key.raw, carol.m.mailbox}
        for encoded in stored:
            assert Envelope.decode(encoded).mailbox in recipients
            for trace in sender_traces:
                assert trace not in encoded

        await bob.start(publish=False)
        for marker in (markers[0], markers[3]):
            await bob.log.wait_for(MessageAdded, lambda e, m=marker: e.message.text == m)
        for node in net.nodes:
            await node.services.peers.wait_idle()

        for path in _node_files(tmp_path):
            data = path.read_bytes()
            for marker in markers:
                assert marker.encode() not in data, f"{marker} found in {path}"
        for marker in markers:
            assert marker not in caplog.text


async def test_tampered_replayed_and_reordered_envelopes(tmp_path: Path) -> None:
    async with messenger_network(tmp_path) as net:
        bob = net.client("bob", node=1)
        alice = net.client("alice", node=0, transport_cls=TapTransport)
        await bob.start()
        await alice.start()
        await bob.online()
        tap = alice.m.transport
        assert isinstance(tap, TapTransport)
        conversation = (await alice.m.open_direct(bob.actor)).id

        # Reordered: five messages reach the node in the order 3, 0, 4, 2, 1.
        tap.hold = True
        texts = [f"part {i}" for i in range(5)]
        for text in texts:
            await alice.m.send_text(conversation, text)
        tap.hold = False
        await tap.release([3, 0, 4, 2, 1])
        await bob.log.wait_count(MessageAdded, 5)
        assert bob.log.texts(conversation) == texts  # announced in the order written, none lost
        ordered = [m.text for m in bob.store.conversation_messages(conversation)]  # type: ignore[attr-defined]
        assert ordered == texts

        # Tampered: one flipped bit in the ciphertext, and the envelope is dropped unread.
        tap.hold = True
        await alice.m.send_text(conversation, "genuine")
        tap.hold = False
        original = tap.held.pop()
        flipped = bytearray(original.ciphertext)
        flipped[len(flipped) // 2] ^= 0x01
        rejected_before = bob.m.stats.rejected
        await tap.deposit(dataclasses.replace(original, ciphertext=bytes(flipped)))
        await bob.log.wait_for(EnvelopeRejected, lambda e: "altered" in e.reason)
        assert bob.m.stats.rejected == rejected_before + 1
        await tap.deposit(original)
        await bob.log.wait_for(MessageAdded, lambda e: e.message.text == "genuine")

        # Replayed: the node refuses the acknowledged envelope; the same ciphertext under a new envelope
        # (another expiry, so another id) reaches Bob and is refused by the ratchet.
        await net.nodes[1].services.peers.wait_idle()
        replay = dataclasses.replace(original, expiry_ms=original.expiry_ms - 1000)
        await tap.deposit(replay)
        await bob.log.wait_for(
            EnvelopeRejected, lambda e: e.reason != "" and bob.m.stats.rejected >= rejected_before + 2
        )
        assert bob.log.texts(conversation).count("genuine") == 1
        # Handing Bob the acknowledged envelope itself again changes nothing either.
        assert await bob.m.receive_envelopes([original]) == [original.id()]
        assert bob.log.texts(conversation).count("genuine") == 1
        assert bob.m.stats.duplicates >= 1


async def test_forward_secrecy_old_messages_stay_closed_after_the_keys_are_stolen(tmp_path: Path) -> None:
    async with messenger_network(tmp_path) as net:
        bob = net.client("bob", node=1)
        alice = net.client("alice", node=0, transport_cls=TapTransport)
        await bob.start()
        await alice.start()
        await bob.online()
        tap = alice.m.transport
        assert isinstance(tap, TapTransport)
        conversation = await exchange(alice, bob, ["first secret", "second secret"])
        await exchange(bob, alice, ["reply"])
        await exchange(alice, bob, ["third secret"])
        group = await alice.m.create_group("pair", [bob.actor])
        await alice.m.send_text(group.id, "group secret")
        await bob.log.wait_for(MessageAdded, lambda e: e.message.text == "group secret")
        captured = [e for e in tap.sent if e.mailbox == bob.m.mailbox]
        assert len(captured) >= 4

        # A thief copies every key Bob's device holds now, including the pickle key.
        stolen = bob.m.crypto.export_current_keys()
        thief = OlmMachine.restore(bob.key, bob.pickle_key, stolen["identity"])  # type: ignore[arg-type]
        pickle_key: bytes = stolen["pickle_key"]  # type: ignore[assignment]
        sessions = [vodozemac.Session.from_pickle(p, pickle_key) for _peer, p in stolen["sessions"]]  # type: ignore[attr-defined]
        groups = [vodozemac.InboundGroupSession.from_pickle(p, pickle_key) for p in stolen["inbound_groups"]]  # type: ignore[attr-defined]
        opened = 0
        for envelope in captured:
            # The sealing key is long-lived (it hides only who sent what); the content is not reachable.
            sealed = thief.unseal(envelope.ciphertext)
            opened += 1
            if sealed.kind == InnerKind.MEGOLM:
                message = vodozemac.MegolmMessage.from_bytes(sealed.data)
                for g in groups:
                    with pytest.raises(vodozemac.MegolmDecryptionException, match="unknown message index"):
                        g.decrypt(message)
                continue
            message = vodozemac.AnyOlmMessage.from_parts(int(sealed.kind), sealed.data)
            for session in sessions:
                with pytest.raises(vodozemac.OlmDecryptionException):
                    session.decrypt(message)
            pre_key = message.to_pre_key()
            if pre_key is not None:
                with pytest.raises(vodozemac.SessionCreationException):
                    thief._account.create_inbound_session(
                        vodozemac.Curve25519PublicKey.from_bytes(sealed.sender), pre_key
                    )
        assert opened == len(captured)
        assert conversation


async def test_a_changed_identity_raises_the_warning_and_drops_the_verified_badge(tmp_path: Path) -> None:
    async with messenger_network(tmp_path) as net:
        alice, bob = await net.started("alice", "bob")
        conversation = await exchange(alice, bob, ["hello"])
        await bob.m.accept_request(conversation)

        # Verify with SAS first: both sides see the same seven emoji and confirm.
        flow = await alice.m.start_verification(bob.actor)
        request = await bob.log.wait_for(VerificationUpdated, lambda e: e.state is FlowState.REQUESTED)
        await bob.m.accept_verification(request.flow_id)
        theirs = await bob.log.wait_for(VerificationUpdated, lambda e: e.codes is not None)
        mine = await alice.log.wait_for(VerificationUpdated, lambda e: e.codes is not None)
        assert mine.codes == theirs.codes
        assert mine.flow_id == flow.flow_id
        assert mine.codes is not None
        assert len(mine.codes.emoji) == 7
        await alice.m.confirm_verification(flow.flow_id, True)
        await bob.m.confirm_verification(request.flow_id, True)
        await alice.log.wait_for(VerificationUpdated, lambda e: e.state is FlowState.VERIFIED)
        await bob.log.wait_for(VerificationUpdated, lambda e: e.state is FlowState.VERIFIED)
        assert alice.m.peers[bob.actor].verified
        assert bob.m.peers[alice.actor].verified

        # Bob reinstalls: same actor key, a new messenger identity published, and he writes again.
        await bob.stop()
        reinstalled = Client("bob2", bob.key, bob.nodes, net.session, net.directory, store=MemoryStore())
        net.clients.append(reinstalled)
        await reinstalled.start()
        await reinstalled.online()
        await reinstalled.m.open_direct(alice.actor)
        await reinstalled.m.send_text(conversation, "new phone, same me")
        warning = await alice.log.wait_for(IdentityChanged)
        assert warning.actor == bob.actor
        assert warning.was_verified
        assert warning.old_fingerprint != warning.new_fingerprint
        peer = alice.m.peers[bob.actor]
        assert peer.identity_changed
        assert not peer.verified
        await alice.log.wait_for(MessageAdded, lambda e: e.message.text == "new phone, same me")
        await alice.m.acknowledge_identity_change(bob.actor)
        assert not alice.m.peers[bob.actor].identity_changed
