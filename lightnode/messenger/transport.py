"""The messenger's side of the node services: mailbox deposits, push, acks, prekeys, and blobs."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Iterator, Sequence
from typing import Self
from urllib.parse import urlsplit

import aiohttp

from lightnode.protocol.errors import ProtocolError
from lightnode.protocol.keys import PrivateKey
from lightnode.protocol.services import (
    MAX_ENVELOPE_BATCH,
    ChunkIds,
    Envelope,
    MailboxAck,
    MailboxAuth,
    MailboxChallenge,
    Manifest,
    PrekeyClaim,
    PrekeyUpload,
    SignedIdentity,
    chunk_id,
    split_chunks,
    unsigned,
)

from .errors import TransportError

log = logging.getLogger(__name__)

MSGPACK = "application/msgpack"
#: Statuses worth trying again later (or at another node): timeouts, rate limits, full mailboxes, outages.
RETRIABLE_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def audience_of(base_url: str) -> str:
    return urlsplit(base_url).netloc


async def _refusal(response: aiohttp.ClientResponse, what: str) -> TransportError:
    try:
        body = await response.json(content_type=None)
        code, reason = str(body.get("error", "error")), str(body.get("reason", "") or body.get("error", ""))
    except (ValueError, aiohttp.ContentTypeError, AttributeError):
        code, reason = "error", ""
    reason = reason or response.reason or "no reason given"
    return TransportError(
        f"The node refused to {what}: {reason.rstrip('.')}.",
        retriable=response.status in RETRIABLE_STATUSES,
        status=response.status,
        code=code,
    )


@contextlib.contextmanager
def _network(node: str, what: str) -> Iterator[None]:
    try:
        yield None
    except (aiohttp.ClientError, TimeoutError, OSError) as exc:
        detail = str(exc) or type(exc).__name__
        raise TransportError(
            f"The node {audience_of(node)} could not be reached to {what} ({detail}); trying again later.",
            retriable=True,
        ) from None


def make_ack(key: PrivateKey, ids: Sequence[bytes]) -> MailboxAck:
    ack: MailboxAck = unsigned(MailboxAck, mailbox=key.public_key.raw, ids=tuple(sorted(set(ids))), created_ms=now_ms())
    return ack.signed_by(key)


def answer_challenge(key: PrivateKey, challenge: MailboxChallenge, node: str) -> MailboxAuth:
    if challenge.mailbox != key.public_key.raw:
        raise TransportError("The node sent a challenge for another mailbox.", retriable=True)
    auth: MailboxAuth = unsigned(
        MailboxAuth, mailbox=challenge.mailbox, challenge=challenge.challenge, audience=audience_of(node)
    )
    return auth.signed_by(key)


class MailboxTransport:
    """Talks to a list of nodes; the first is preferred, the others take over when it cannot be reached.

    Nodes replicate envelopes and acknowledgements among themselves, so a deposit at any node reaches the
    recipient wherever it listens. Prekeys are per node: the owner uploads a set to each.
    """

    def __init__(self, session: aiohttp.ClientSession | None, nodes: Sequence[str]) -> None:
        if not nodes:
            raise ValueError("The messenger needs at least one node.")
        self._session = session
        self._owns_session = session is None
        self.nodes = [n.rstrip("/") for n in nodes]

    @property
    def session(self) -> aiohttp.ClientSession:
        """The HTTP session (made on first use, inside the running loop, when none was given)."""
        if self._session is None:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30))
        return self._session

    async def aclose(self) -> None:
        """Close the HTTP session if this transport made it."""
        if self._owns_session and self._session is not None:
            await self._session.close()
            self._session = None

    def _url(self, node: str, mailbox: bytes, tail: str) -> str:
        return f"{node}/v1/mailbox/{mailbox.hex()}/{tail}"

    async def deposit(self, envelope: Envelope) -> bytes:
        """Leave an envelope at the first node that takes it; returns its id."""
        body = envelope.encode()
        last: TransportError | None = None
        for node in self.nodes:
            try:
                with _network(node, "deliver a message"):
                    async with self.session.post(
                        self._url(node, envelope.mailbox, "envelopes"),
                        data=body,
                        headers={"Content-Type": MSGPACK},
                    ) as r:
                        if r.status >= 400:
                            raise await _refusal(r, "take the message")
                        return bytes.fromhex((await r.json())["id"])
            except TransportError as exc:
                if not exc.retriable:
                    raise
                last = exc
        assert last is not None
        raise last

    async def claim(self, mailbox: bytes) -> PrekeyClaim:
        """The mailbox owner's signed identity and one of its one-time prekeys, from the first node that has
        them (the identity's signature is checked here; its content by the caller)."""
        last: TransportError | None = None
        for node in self.nodes:
            try:
                with _network(node, "fetch the contact's keys"):
                    async with self.session.post(self._url(node, mailbox, "prekeys/claim")) as r:
                        if r.status >= 400:
                            raise await _refusal(r, "hand out the contact's keys")
                        data = await r.read()
                claim = PrekeyClaim.decode(data)
                if claim.identity.mailbox != mailbox:
                    raise ProtocolError("the node returned the identity of another mailbox")
                claim.identity.verify()
                return claim
            except ProtocolError as exc:
                last = TransportError(f"The node returned bad keys for the contact ({exc}).", retriable=True)
            except TransportError as exc:
                last = exc
        assert last is not None
        if last.code == "no_identity":
            last = TransportError(
                "The contact has not published messenger keys on any node yet; try again when they are online.",
                retriable=True,
                status=404,
                code="no_identity",
            )
        raise last

    async def prekey_count(self, node: str, mailbox: bytes) -> int:
        with _network(node, "count prekeys"):
            async with self.session.get(self._url(node, mailbox, "prekeys")) as r:
                if r.status >= 400:
                    raise await _refusal(r, "count prekeys")
                return int((await r.json())["available"])

    async def upload_prekeys(self, node: str, key: PrivateKey, identity: bytes, one_time: Sequence[bytes]) -> int:
        mailbox = key.public_key.raw
        signed_identity = unsigned(SignedIdentity, mailbox=mailbox, identity=identity, created_ms=now_ms())
        upload: PrekeyUpload = unsigned(
            PrekeyUpload,
            mailbox=mailbox,
            identity=signed_identity.signed_by(key),
            one_time=tuple(sorted(set(one_time))),
            created_ms=now_ms(),
        )
        with _network(node, "publish prekeys"):
            async with self.session.put(
                self._url(node, mailbox, "prekeys"),
                data=upload.signed_by(key).encode(),
                headers={"Content-Type": MSGPACK},
            ) as r:
                if r.status >= 400:
                    raise await _refusal(r, "publish prekeys")
                return int((await r.json())["available"])

    async def ack(self, node: str, key: PrivateKey, ids: Sequence[bytes]) -> None:
        for start in range(0, len(ids), MAX_ENVELOPE_BATCH):
            body = make_ack(key, ids[start : start + MAX_ENVELOPE_BATCH]).encode()
            with _network(node, "acknowledge messages"):
                async with self.session.post(
                    self._url(node, key.public_key.raw, "ack"), data=body, headers={"Content-Type": MSGPACK}
                ) as r:
                    if r.status >= 400:
                        raise await _refusal(r, "acknowledge messages")

    def push(self, node: str, key: PrivateKey) -> PushConnection:
        return PushConnection(self.session, node, key)

    # -- blobs --------------------------------------------------------------------------------------------

    async def upload_blob(self, owner: PrivateKey, data: bytes, media_type: str) -> Manifest:
        """Store `data` as a blob owned by `owner` at the first node that takes it; returns its manifest."""
        pieces = split_chunks(data)
        ids = await asyncio.to_thread(lambda: [chunk_id(p) for p in pieces])
        manifest = Manifest.for_blob(owner, data, media_type, now_ms(), ids)
        last: TransportError | None = None
        for node in self.nodes:
            base = f"{node}/v1/blobs"
            try:
                with _network(node, "store the attachment"):
                    async with self.session.post(
                        f"{base}/manifests", data=manifest.encode(), headers={"Content-Type": MSGPACK}
                    ) as r:
                        if r.status >= 400:
                            raise await _refusal(r, "store the attachment")
                    async with self.session.get(f"{base}/manifests/{manifest.id().hex()}/missing") as r:
                        if r.status >= 400:
                            raise await _refusal(r, "store the attachment")
                        missing = set(ChunkIds.decode(await r.read()).ids)
                    for cid, piece in zip(manifest.chunks, pieces, strict=True):
                        if cid not in missing:
                            continue
                        async with self.session.put(
                            f"{base}/chunks/{cid.hex()}",
                            data=piece,
                            headers={"Content-Type": "application/octet-stream"},
                        ) as r:
                            if r.status >= 400:
                                raise await _refusal(r, "store the attachment")
                return manifest
            except TransportError as exc:
                if not exc.retriable:
                    raise
                last = exc
        assert last is not None
        raise last

    async def download_blob(self, manifest_id: bytes) -> bytes:
        """A blob's bytes, every chunk checked against its id (from the first node that has it)."""
        last: TransportError | None = None
        for node in self.nodes:
            base = f"{node}/v1/blobs"
            try:
                with _network(node, "fetch the attachment"):
                    async with self.session.get(f"{base}/manifests/{manifest_id.hex()}") as r:
                        if r.status >= 400:
                            raise await _refusal(r, "hand out the attachment")
                        manifest = Manifest.decode(await r.read())
                    if manifest.id() != manifest_id:
                        raise ProtocolError("the node returned another manifest")
                    manifest.verify()
                    parts: list[bytes] = []
                    for cid in manifest.chunks:
                        async with self.session.get(f"{base}/chunks/{cid.hex()}") as r:
                            if r.status >= 400:
                                raise await _refusal(r, "hand out the attachment")
                            piece = await r.read()
                        if await asyncio.to_thread(chunk_id, piece) != cid:
                            raise ProtocolError("a chunk does not match its id")
                        parts.append(piece)
                data = b"".join(parts)
                if len(data) != manifest.size:
                    raise ProtocolError("the chunks do not add up to the blob's size")
                return data
            except ProtocolError as exc:
                last = TransportError(f"The node returned a damaged attachment ({exc}).", retriable=True)
            except TransportError as exc:
                last = exc
        assert last is not None
        raise last


class PushConnection:
    """`async with transport.push(node, key) as push: batch = await push.batch()`: the mailbox's stored
    envelopes and then each new one as it arrives, in batches of what is already waiting."""

    def __init__(self, session: aiohttp.ClientSession, node: str, key: PrivateKey) -> None:
        self.session = session
        self.node = node
        self.key = key
        self._ws: aiohttp.ClientWebSocketResponse | None = None
        self._reader: asyncio.Task[None] | None = None
        self._queue: asyncio.Queue[Envelope | None] = asyncio.Queue()
        self.closed_reason = ""

    async def __aenter__(self) -> Self:
        mailbox = self.key.public_key.raw
        url = f"{self.node}/v1/mailbox/{mailbox.hex()}/ws"
        with _network(self.node, "receive messages"):
            ws = await self.session.ws_connect(url, max_msg_size=Envelope.MAX_SIZE + 1024, heartbeat=20.0)
        try:
            with _network(self.node, "receive messages"):
                first = await ws.receive(timeout=15)
                if first.type is not aiohttp.WSMsgType.BINARY:
                    raise TransportError("The node did not send a challenge.", retriable=True)
                auth = answer_challenge(self.key, MailboxChallenge.decode(first.data), self.node)
                await ws.send_bytes(auth.encode())
                reply = await ws.receive(timeout=15)
            if reply.type is not aiohttp.WSMsgType.TEXT:
                raise TransportError("The node closed the push connection.", retriable=True)
            message = json.loads(reply.data)
            if message.get("type") != "ready":
                raise TransportError(
                    f"The node refused the push connection: {message.get('reason', 'no reason given')}",
                    retriable=True,
                    status=403,
                    code=str(message.get("error", "")),
                )
        except (ProtocolError, ValueError) as exc:
            await ws.close()
            raise TransportError(f"The node's push connection misbehaved ({exc}).", retriable=True) from None
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
                        self._queue.put_nowait(envelope)
                elif msg.type is aiohttp.WSMsgType.TEXT:
                    with contextlib.suppress(ValueError):
                        message = json.loads(msg.data)
                        if message.get("type") == "error":
                            log.info("the node refused a request on the push connection: %s", message.get("reason"))
        finally:
            self.closed_reason = f"closed ({ws.close_code})"
            self._queue.put_nowait(None)

    async def batch(self, limit: int = MAX_ENVELOPE_BATCH) -> list[Envelope]:
        """At least one envelope, plus all others already received (up to `limit`)."""
        first = await self._queue.get()
        if first is None:
            self._queue.put_nowait(None)
            raise TransportError("The push connection closed.", retriable=True)
        out = [first]
        while len(out) < limit and not self._queue.empty():
            item = self._queue.get_nowait()
            if item is None:
                self._queue.put_nowait(None)
                break
            out.append(item)
        return out

    async def ack(self, ids: Sequence[bytes]) -> None:
        assert self._ws is not None, "use the push connection in 'async with'"
        for start in range(0, len(ids), MAX_ENVELOPE_BATCH):
            with _network(self.node, "acknowledge messages"):
                await self._ws.send_bytes(make_ack(self.key, ids[start : start + MAX_ENVELOPE_BATCH]).encode())

    async def __aexit__(self, *exc: object) -> None:
        if self._ws is not None:
            await self._ws.close()
        if self._reader is not None:
            self._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reader
