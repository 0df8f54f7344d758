"""The mailbox service: deposits, ownership, push, acknowledgement, expiry, quotas, floods and prekeys."""

from __future__ import annotations

import asyncio
import dataclasses
import time
from pathlib import Path

import aiohttp
import pytest

from fullnode.services import RateLimit
from lightnode.mailbox_client import REPLY_BACKLOG, MailboxClient, ServiceClientError, make_ack
from lightnode.protocol.keys import PrivateKey
from lightnode.protocol.services import (
    Envelope,
    MailboxAuth,
    MailboxChallenge,
    PrekeyUpload,
    SignedIdentity,
    unsigned,
)

from .helpers import TEST_CONFIG, client_session, service_nodes


def _envelope(owner: PrivateKey, text: bytes, ttl_ms: int = 60_000) -> Envelope:
    return Envelope(owner.public_key.raw, time.time_ns() // 1_000_000 + ttl_ms, text)


@pytest.mark.asyncio
async def test_owner_fetches_and_acknowledges(tmp_path: Path) -> None:
    owner = PrivateKey.generate()
    async with service_nodes(tmp_path) as [node], client_session() as session:
        client = MailboxClient(session, node.url)
        ids = [await client.deposit(_envelope(owner, f"secret {i}".encode())) for i in range(3)]
        fetched = await client.fetch_all(owner)
        assert [e.ciphertext for e in fetched] == [b"secret 0", b"secret 1", b"secret 2"]
        assert [e.id() for e in fetched] == ids
        assert await client.ack(owner, ids[:2]) == 2
        assert [e.ciphertext for e in await client.fetch_all(owner)] == [b"secret 2"]
        # An acknowledged envelope sent again (a late replica) is not stored again.
        await client.deposit(fetched[0])
        assert [e.ciphertext for e in await client.fetch_all(owner)] == [b"secret 2"]


@pytest.mark.asyncio
async def test_someone_elses_mailbox_is_refused(tmp_path: Path) -> None:
    owner, intruder = PrivateKey.generate(), PrivateKey.generate()
    async with service_nodes(tmp_path) as [node], client_session() as session:
        client = MailboxClient(session, node.url)
        await client.deposit(_envelope(owner, b"for the owner only"))
        mailbox = owner.public_key.raw
        # The intruder answers the owner's challenge with its own key.
        async with session.post(f"{node.url}/v1/mailbox/{mailbox.hex()}/challenge") as r:
            challenge = MailboxChallenge.decode(await r.read())
        auth = unsigned(MailboxAuth, mailbox=mailbox, challenge=challenge.challenge, audience=node.url[7:])
        forged = dataclasses.replace(auth, signature=intruder.sign(auth.DOMAIN, auth.signing_bytes()))
        async with session.post(f"{node.url}/v1/mailbox/{mailbox.hex()}/session", data=forged.encode()) as r:
            assert r.status == 403
            assert (await r.json())["error"] == "bad_signature"
        # A session of the intruder's own mailbox does not open the owner's.
        token = await client.open_session(intruder)
        with pytest.raises(ServiceClientError) as refused:
            await client.fetch(mailbox, token)
        assert refused.value.status == 403
        # Without a session at all.
        async with session.get(f"{node.url}/v1/mailbox/{mailbox.hex()}/envelopes") as r:
            assert r.status == 401
        # An acknowledgement signed by the intruder deletes nothing.
        ack = make_ack(intruder, [b"\x00" * 32])
        async with session.post(f"{node.url}/v1/mailbox/{mailbox.hex()}/ack", data=ack.encode()) as r:
            assert r.status == 403
        # Nor does the push connection open for the intruder.
        async with session.ws_connect(f"{node.url}/v1/mailbox/{mailbox.hex()}/ws") as ws:
            challenge = MailboxChallenge.decode((await ws.receive()).data)
            auth = unsigned(MailboxAuth, mailbox=mailbox, challenge=challenge.challenge, audience=node.url[7:])
            await ws.send_bytes(
                dataclasses.replace(auth, signature=intruder.sign(auth.DOMAIN, auth.signing_bytes())).encode()
            )
            assert (await ws.receive_json())["error"] == "bad_signature"
            assert (await ws.receive()).type is aiohttp.WSMsgType.CLOSE
        assert [e.ciphertext for e in await client.fetch_all(owner)] == [b"for the owner only"]


@pytest.mark.asyncio
async def test_challenge_answers_are_single_use_and_bound_to_the_node(tmp_path: Path) -> None:
    owner = PrivateKey.generate()
    mailbox = owner.public_key.raw
    async with service_nodes(tmp_path) as [node], client_session() as session:
        async with session.post(f"{node.url}/v1/mailbox/{mailbox.hex()}/challenge") as r:
            challenge = MailboxChallenge.decode(await r.read())
        url = f"{node.url}/v1/mailbox/{mailbox.hex()}/session"
        elsewhere = unsigned(MailboxAuth, mailbox=mailbox, challenge=challenge.challenge, audience="evil:1")
        async with session.post(url, data=elsewhere.signed_by(owner).encode()) as r:
            assert (r.status, (await r.json())["error"]) == (403, "wrong_audience")
        auth = unsigned(MailboxAuth, mailbox=mailbox, challenge=challenge.challenge, audience=node.url[7:])
        body = auth.signed_by(owner).encode()
        async with session.post(url, data=body) as r:
            assert r.status == 200
        async with session.post(url, data=body) as r:
            assert (r.status, (await r.json())["error"]) == (403, "challenge_used")


@pytest.mark.asyncio
async def test_push_delivers_backlog_then_new_envelopes_and_acks(tmp_path: Path) -> None:
    owner = PrivateKey.generate()
    async with service_nodes(tmp_path) as [node], client_session() as session:
        client = MailboxClient(session, node.url)
        await client.deposit(_envelope(owner, b"while offline"))
        async with client.listen(owner) as inbox:
            first = await inbox.receive()
            assert first.ciphertext == b"while offline"
            await client.deposit(_envelope(owner, b"while online"))
            second = await inbox.receive()
            assert second.ciphertext == b"while online"
            await inbox.ack([first.id(), second.id()])
            assert await asyncio.wait_for(inbox.acked.get(), 5) == 2
        assert await client.fetch_all(owner) == []


@pytest.mark.asyncio
async def test_expired_envelope_is_gone(tmp_path: Path) -> None:
    owner = PrivateKey.generate()
    async with service_nodes(tmp_path) as [node], client_session() as session:
        client = MailboxClient(session, node.url)
        await client.deposit(_envelope(owner, b"short-lived", ttl_ms=60_000))
        await client.deposit(_envelope(owner, b"long-lived", ttl_ms=3_600_000))
        mailbox = node.services.mailbox
        later = mailbox.clock() + 120_000
        mailbox.clock = lambda: later
        assert [e.ciphertext for e in await client.fetch_all(owner)] == [b"long-lived"]
        assert mailbox.store.sweep(later) == 1
        assert mailbox.store.usage(owner.public_key.raw, 0) == (1, len(b"long-lived"))
        with pytest.raises(ServiceClientError) as refused:
            await client.deposit(_envelope(owner, b"already expired", ttl_ms=-1))
        assert refused.value.code == "expired"


@pytest.mark.asyncio
async def test_bad_input_gets_clear_errors_and_loses_nothing(tmp_path: Path) -> None:
    owner, other = PrivateKey.generate(), PrivateKey.generate()
    config = dataclasses.replace(
        TEST_CONFIG,
        mailbox_quota_envelopes=5,
        max_envelope_ciphertext=1024,
        mailbox_deposit_rate=RateLimit(0.5, 10),
    )
    async with service_nodes(tmp_path, config=config) as [node], client_session() as session:
        client = MailboxClient(session, node.url)
        url = f"{node.url}/v1/mailbox/{owner.public_key.raw.hex()}/envelopes"
        for body, status in [
            (b"\xc1", 400),  # not msgpack
            (b"\x93\x01\x02\x03", 400),  # wrong shape
            (b"x" * (80 * 1024), 413),  # larger than any envelope
        ]:
            async with session.post(url, data=body) as r:
                assert r.status == status
                assert (await r.json())["reason"]
        with pytest.raises(ServiceClientError) as big:
            await client.deposit(_envelope(owner, b"x" * 2000))
        assert (big.value.status, big.value.code) == (413, "too_large")
        async with session.post(url, data=_envelope(other, b"misaddressed").encode()) as r:
            assert (r.status, (await r.json())["error"]) == (400, "wrong_mailbox")
        for i in range(5):
            await client.deposit(_envelope(owner, f"kept {i}".encode()))
        with pytest.raises(ServiceClientError) as full:
            await client.deposit(_envelope(owner, b"one too many"))
        assert (full.value.status, full.value.code) == (429, "mailbox_full")
        # A flood into one mailbox is cut off; another mailbox is still served.
        codes = set()
        for i in range(12):
            try:
                await client.deposit(_envelope(other, f"flood {i}".encode()))
            except ServiceClientError as exc:
                codes.add(exc.code)
        assert codes == {"rate_limited", "mailbox_full"} or codes == {"rate_limited"}
        third = PrivateKey.generate()
        await client.deposit(_envelope(third, b"still served"))
        assert [e.ciphertext for e in await client.fetch_all(owner)] == [f"kept {i}".encode() for i in range(5)]
        assert [e.ciphertext for e in await client.fetch_all(third)] == [b"still served"]


@pytest.mark.asyncio
async def test_one_time_prekeys_are_handed_out_once(tmp_path: Path) -> None:
    owner, stranger = PrivateKey.generate(), PrivateKey.generate()
    async with service_nodes(tmp_path) as [node], client_session() as session:
        client = MailboxClient(session, node.url)
        mailbox = owner.public_key.raw
        with pytest.raises(ServiceClientError) as none:
            await client.claim_prekey(mailbox)
        assert none.value.code == "no_identity"
        assert await client.upload_prekeys(owner, b"identity keys", [b"pk1", b"pk2", b"pk3"]) == 3
        claims = [await client.claim_prekey(mailbox) for _ in range(4)]
        assert sorted(c.one_time for c in claims[:3]) == [b"pk1", b"pk2", b"pk3"]
        assert claims[3].one_time == b""
        assert all(c.identity.identity == b"identity keys" for c in claims)
        # Nobody else can publish prekeys for the mailbox.
        url = f"{node.url}/v1/mailbox/{mailbox.hex()}/prekeys"
        async with session.put(url, data=await _upload_for(stranger, mailbox)) as r:
            assert (r.status, (await r.json())["error"]) == (403, "bad_signature")
        assert (await client.claim_prekey(mailbox)).identity.identity == b"identity keys"


async def _upload_for(signer: PrivateKey, mailbox: bytes) -> bytes:
    identity = unsigned(SignedIdentity, mailbox=mailbox, identity=b"fake", created_ms=1)
    identity = dataclasses.replace(identity, signature=signer.sign(identity.DOMAIN, identity.signing_bytes()))
    upload = unsigned(PrekeyUpload, mailbox=mailbox, identity=identity, one_time=(b"evil",), created_ms=1)
    upload = dataclasses.replace(upload, signature=signer.sign(upload.DOMAIN, upload.signing_bytes()))
    return bytes(upload.encode())


@pytest.mark.asyncio
async def test_a_long_lived_push_connection_keeps_only_the_latest_replies(tmp_path: Path) -> None:
    owner = PrivateKey.generate()
    flood = 3 * REPLY_BACKLOG
    async with service_nodes(tmp_path) as [node], client_session() as session:
        client = MailboxClient(session, node.url)
        envelope_id = await client.deposit(_envelope(owner, b"the last one"))
        async with client.listen(owner) as inbox:
            assert (await inbox.receive()).ciphertext == b"the last one"
            assert inbox._ws is not None
            # Nobody reads the replies (as on the messenger's push connection): refusals, then acks of nothing,
            # then the one ack that deletes; the node answers in order, so its reply comes last.
            for _ in range(flood):
                await inbox._ws.send_str("not an ack")
            for i in range(flood):
                await inbox.ack([i.to_bytes(32, "big")])
            await inbox.ack([envelope_id])

            # No reply is awaited here (that is the point), so the queue is looked at until the last one is in.
            deadline = time.monotonic() + 30
            while inbox.acked.empty() or inbox.acked._queue[-1] != 1:  # type: ignore[attr-defined]
                assert time.monotonic() < deadline, "the node did not answer every message"
                await asyncio.sleep(0.01)
            assert inbox.acked.qsize() == REPLY_BACKLOG
            assert inbox.errors.qsize() == REPLY_BACKLOG
            acked = [inbox.acked.get_nowait() for _ in range(REPLY_BACKLOG)]
            assert acked == [0] * (REPLY_BACKLOG - 1) + [1]
            assert all(e["error"] == "malformed" for e in [inbox.errors.get_nowait() for _ in range(REPLY_BACKLOG)])
