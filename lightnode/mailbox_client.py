"""The client of one node's mailbox service: deposits, the owner's fetch, acknowledgements and push, prekeys.

The only implementation of the mailbox's HTTP and WebSocket protocol on the client side: the messenger's
multi-node transport, the live-stream chat and the tools build on it. Refusals and protocol violations raise
ServiceClientError; network failures raise aiohttp's errors, OSError or TimeoutError as they come.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Sequence
from typing import Any, Self, TypeVar
from urllib.parse import urlsplit

import aiohttp

from lightnode.protocol.errors import ProtocolError, ServiceClientError
from lightnode.protocol.keys import PrivateKey
from lightnode.protocol.services import (
    MAX_ENVELOPE_BATCH,
    Envelope,
    EnvelopeBatch,
    MailboxAck,
    MailboxAuth,
    MailboxChallenge,
    PrekeyClaim,
    PrekeyUpload,
    SignedIdentity,
    unsigned,
)

log = logging.getLogger(__name__)
_T = TypeVar("_T")

MSGPACK = "application/msgpack"
#: Seconds the node has to send its challenge, and to answer the signed reply, on a push connection.
HANDSHAKE_TIMEOUT_S = 15.0
#: How many acknowledgement replies and refusals a push connection keeps for a reader (older ones are dropped).
REPLY_BACKLOG = 64

__all__ = [
    "MSGPACK",
    "MailboxClient",
    "MailboxListener",
    "ServiceClientError",
    "answer_challenge",
    "audience_of",
    "make_ack",
    "now_ms",
]


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def audience_of(base_url: str) -> str:
    """The host (and port) a node is reached at, as signed into challenge answers."""
    return urlsplit(base_url).netloc


async def raise_for(response: aiohttp.ClientResponse) -> None:
    """ServiceClientError for an error status, with the node's code and reason when it sent them."""
    if response.status < 400:
        return
    try:
        body = await response.json(content_type=None)
        code, reason = str(body.get("error", "error")), str(body.get("reason", "") or body.get("error", ""))
    except (ValueError, aiohttp.ContentTypeError, AttributeError):
        code, reason = "error", (await response.text())[:200]
    raise ServiceClientError(response.status, code, reason or response.reason or "refused")


def make_ack(key: PrivateKey, ids: Sequence[bytes]) -> MailboxAck:
    ack: MailboxAck = unsigned(MailboxAck, mailbox=key.public_key.raw, ids=tuple(sorted(set(ids))), created_ms=now_ms())
    return ack.signed_by(key)


def answer_challenge(key: PrivateKey, challenge: MailboxChallenge, base_url: str) -> MailboxAuth:
    """The owner's signed answer to a node's challenge (bound to the node's address against replays)."""
    if challenge.mailbox != key.public_key.raw:
        raise ServiceClientError(502, "bad_challenge", "The node sent a challenge for another mailbox.")
    auth: MailboxAuth = unsigned(
        MailboxAuth, mailbox=challenge.mailbox, challenge=challenge.challenge, audience=audience_of(base_url)
    )
    return auth.signed_by(key)


class MailboxClient:
    """The owner's and the senders' side of one node's mailbox service."""

    def __init__(self, session: aiohttp.ClientSession, base_url: str) -> None:
        self.session = session
        self.base = base_url.rstrip("/")

    def url(self, mailbox: bytes, tail: str) -> str:
        return f"{self.base}/v1/mailbox/{mailbox.hex()}/{tail}"

    async def deposit(self, envelope: Envelope) -> bytes:
        """Leave an envelope for its mailbox; returns its id."""
        headers = {"Content-Type": MSGPACK}
        async with self.session.post(
            self.url(envelope.mailbox, "envelopes"), data=envelope.encode(), headers=headers
        ) as r:
            await raise_for(r)
            return bytes.fromhex((await r.json())["id"])

    async def open_session(self, key: PrivateKey) -> str:
        """Prove ownership of the mailbox `key` names; returns a session token for fetching."""
        mailbox = key.public_key.raw
        async with self.session.post(self.url(mailbox, "challenge")) as r:
            await raise_for(r)
            challenge = MailboxChallenge.decode(await r.read())
        auth = answer_challenge(key, challenge, self.base)
        headers = {"Content-Type": MSGPACK}
        async with self.session.post(self.url(mailbox, "session"), data=auth.encode(), headers=headers) as r:
            await raise_for(r)
            token: str = (await r.json())["token"]
        return token

    async def fetch(self, mailbox: bytes, token: str, after: int = 0, limit: int = MAX_ENVELOPE_BATCH) -> EnvelopeBatch:
        """A page of envelopes, checked to be addressed to `mailbox`."""
        headers = {"Authorization": f"Bearer {token}"}
        url = self.url(mailbox, "envelopes")
        async with self.session.get(url, params={"after": after, "limit": limit}, headers=headers) as r:
            await raise_for(r)
            batch = EnvelopeBatch.decode(await r.read())
        if any(e.mailbox != mailbox for e in batch.envelopes):
            raise ServiceClientError(502, "bad_envelope", "The node returned an envelope of another mailbox.")
        return batch

    async def fetch_all(self, key: PrivateKey) -> list[Envelope]:
        token = await self.open_session(key)
        out: list[Envelope] = []
        cursor = 0
        while True:
            batch = await self.fetch(key.public_key.raw, token, cursor)
            out.extend(batch.envelopes)
            cursor = batch.cursor
            if not batch.more:
                return out

    async def ack(self, key: PrivateKey, ids: Sequence[bytes]) -> int:
        """Acknowledge envelopes (the node and its peers delete them); returns how many this node deleted."""
        deleted = 0
        unique = sorted(set(ids))
        for start in range(0, len(unique), MAX_ENVELOPE_BATCH):
            ack = make_ack(key, unique[start : start + MAX_ENVELOPE_BATCH])
            headers = {"Content-Type": MSGPACK}
            async with self.session.post(self.url(ack.mailbox, "ack"), data=ack.encode(), headers=headers) as r:
                await raise_for(r)
                deleted += int((await r.json())["deleted"])
        return deleted

    def listen(self, key: PrivateKey, *, heartbeat: float | None = None) -> MailboxListener:
        """A push connection delivering the mailbox's envelopes now and as they arrive."""
        return MailboxListener(self, key, heartbeat=heartbeat)

    async def upload_prekeys(self, key: PrivateKey, identity: bytes, one_time: Sequence[bytes]) -> int:
        """Publish the identity and add one-time prekeys; returns how many this node now holds."""
        mailbox = key.public_key.raw
        signed_identity = unsigned(SignedIdentity, mailbox=mailbox, identity=identity, created_ms=now_ms())
        upload: PrekeyUpload = unsigned(
            PrekeyUpload,
            mailbox=mailbox,
            identity=signed_identity.signed_by(key),
            one_time=tuple(sorted(set(one_time))),
            created_ms=now_ms(),
        )
        headers = {"Content-Type": MSGPACK}
        body = upload.signed_by(key).encode()
        async with self.session.put(self.url(mailbox, "prekeys"), data=body, headers=headers) as r:
            await raise_for(r)
            return int((await r.json())["available"])

    async def prekey_count(self, mailbox: bytes) -> int:
        """How many one-time prekeys this node holds for `mailbox`."""
        async with self.session.get(self.url(mailbox, "prekeys")) as r:
            await raise_for(r)
            return int((await r.json())["available"])

    async def claim_prekey(self, mailbox: bytes) -> PrekeyClaim:
        """The owner's identity (signature checked) and one one-time prekey (b"" when none is left).

        ProtocolError when the node's answer is malformed or its identity is not signed by the mailbox."""
        async with self.session.post(self.url(mailbox, "prekeys/claim")) as r:
            await raise_for(r)
            claim = PrekeyClaim.decode(await r.read())
        if claim.identity.mailbox != mailbox:
            raise ServiceClientError(502, "bad_identity", "The node returned the identity of another mailbox.")
        claim.identity.verify()
        return claim


def _put_dropping_oldest(queue: asyncio.Queue[_T], item: _T) -> None:
    if queue.full():
        queue.get_nowait()
    queue.put_nowait(item)


class MailboxListener:
    """`async with client.listen(key) as inbox:` then `await inbox.receive()` (one envelope) or
    `await inbox.batch()` (one, plus all others already waiting), and `await inbox.ack(ids)`."""

    def __init__(self, client: MailboxClient, key: PrivateKey, *, heartbeat: float | None = None) -> None:
        self.client = client
        self.key = key
        self.heartbeat = heartbeat
        self._ws: aiohttp.ClientWebSocketResponse | None = None
        self._reader: asyncio.Task[None] | None = None
        self._envelopes: asyncio.Queue[Envelope | None] = asyncio.Queue()
        # A long-lived connection (the messenger's push) never reads these: bounded, so they cannot grow
        # for the life of the connection; a reader that falls behind sees the newest replies.
        #: How many envelopes each acknowledgement sent on this connection deleted (the latest REPLY_BACKLOG).
        self.acked: asyncio.Queue[int] = asyncio.Queue(REPLY_BACKLOG)
        #: The node's refusals on this connection (the latest REPLY_BACKLOG).
        self.errors: asyncio.Queue[dict[str, Any]] = asyncio.Queue(REPLY_BACKLOG)
        self.closed_reason = ""

    async def __aenter__(self) -> Self:
        url = self.client.url(self.key.public_key.raw, "ws")
        ws = await self.client.session.ws_connect(url, max_msg_size=Envelope.MAX_SIZE + 1024, heartbeat=self.heartbeat)
        try:
            first = await ws.receive(timeout=HANDSHAKE_TIMEOUT_S)
            if first.type is not aiohttp.WSMsgType.BINARY:
                raise ServiceClientError(502, "bad_challenge", "The node did not send a challenge.")
            auth = answer_challenge(self.key, MailboxChallenge.decode(first.data), self.client.base)
            await ws.send_bytes(auth.encode())
            reply = await ws.receive(timeout=HANDSHAKE_TIMEOUT_S)
            if reply.type is not aiohttp.WSMsgType.TEXT:
                raise ServiceClientError(502, "closed", "The node closed the push connection.")
            message = json.loads(reply.data)
            if message.get("type") != "ready":
                raise ServiceClientError(
                    403, str(message.get("error", "refused")), str(message.get("reason", "") or "no reason given")
                )
        except (ProtocolError, ValueError, AttributeError) as exc:
            await ws.close()
            raise ServiceClientError(502, "bad_handshake", f"The node's push connection misbehaved ({exc}).") from None
        except BaseException:
            await ws.close()
            raise
        self._ws = ws
        self._reader = asyncio.create_task(self._read(ws))
        return self

    async def _read(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        mailbox = self.key.public_key.raw
        try:
            async for msg in ws:
                if msg.type is aiohttp.WSMsgType.BINARY:
                    try:
                        envelope = Envelope.decode(msg.data)
                    except ProtocolError:
                        log.warning("the node pushed a malformed envelope; it was skipped")
                        continue
                    if envelope.mailbox == mailbox:
                        self._envelopes.put_nowait(envelope)
                elif msg.type is aiohttp.WSMsgType.TEXT:
                    with contextlib.suppress(ValueError, AttributeError, KeyError, TypeError):
                        message = json.loads(msg.data)
                        if message.get("type") == "acked":
                            _put_dropping_oldest(self.acked, int(message["deleted"]))
                        elif message.get("type") == "error":
                            log.info("the node refused a request on the push connection: %s", message.get("reason"))
                            _put_dropping_oldest(self.errors, message)
        finally:
            self.closed_reason = f"closed ({ws.close_code})"
            self._envelopes.put_nowait(None)

    async def __aexit__(self, *exc: object) -> None:
        if self._ws is not None:
            await self._ws.close()
        if self._reader is not None:
            self._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reader

    async def receive(self) -> Envelope:
        """The next envelope for this mailbox (stored earlier or pushed now)."""
        envelope = await self._envelopes.get()
        if envelope is None:
            self._envelopes.put_nowait(None)
            raise ServiceClientError(503, "closed", "The push connection closed.")
        return envelope

    async def batch(self, limit: int = MAX_ENVELOPE_BATCH) -> list[Envelope]:
        """At least one envelope, plus all others already received (up to `limit`)."""
        out = [await self.receive()]
        while len(out) < limit and not self._envelopes.empty():
            item = self._envelopes.get_nowait()
            if item is None:
                self._envelopes.put_nowait(None)
                break
            out.append(item)
        return out

    async def ack(self, ids: Sequence[bytes]) -> None:
        assert self._ws is not None, "use the listener in 'async with'"
        for start in range(0, len(ids), MAX_ENVELOPE_BATCH):
            await self._ws.send_bytes(make_ack(self.key, ids[start : start + MAX_ENVELOPE_BATCH]).encode())
