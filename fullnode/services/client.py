"""Clients of the node services (mailbox, blob store, stream relay), using only aiohttp and the protocol."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import AsyncIterator, Callable, Sequence
from typing import Any, Self
from urllib.parse import urlsplit

import aiohttp

from lightnode.protocol.errors import ProtocolError, ValidationError
from lightnode.protocol.keys import PrivateKey
from lightnode.protocol.services import (
    CHUNK_SIZE,
    ChunkIds,
    Envelope,
    EnvelopeBatch,
    MailboxAck,
    MailboxAuth,
    MailboxChallenge,
    Manifest,
    PrekeyClaim,
    PrekeyUpload,
    SignedIdentity,
    StreamHello,
    StreamPart,
    chunk_id,
    unsigned,
)

MSGPACK = "application/msgpack"


class ServiceClientError(Exception):
    """A node refused a request (status and code as the node sent them) or answered with something bad."""

    def __init__(self, status: int, code: str, reason: str) -> None:
        super().__init__(f"{reason} ({status} {code})")
        self.status = status
        self.code = code
        self.reason = reason


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def audience_of(base_url: str) -> str:
    """The host (and port) a node is reached at, as signed into challenge answers."""
    return urlsplit(base_url).netloc


async def _raise_for(response: aiohttp.ClientResponse) -> None:
    if response.status < 400:
        return
    try:
        body = await response.json(content_type=None)
        code, reason = str(body.get("error", "error")), str(body.get("reason", ""))
    except (ValueError, aiohttp.ContentTypeError, AttributeError):
        code, reason = "error", (await response.text())[:200]
    raise ServiceClientError(response.status, code, reason or response.reason or "refused")


class MailboxClient:
    """The owner's and the senders' side of one node's mailbox service."""

    def __init__(self, session: aiohttp.ClientSession, base_url: str) -> None:
        self.session = session
        self.base = base_url.rstrip("/")

    def _url(self, mailbox: bytes, tail: str) -> str:
        return f"{self.base}/v1/mailbox/{mailbox.hex()}/{tail}"

    async def deposit(self, envelope: Envelope) -> bytes:
        """Leave an envelope for its mailbox; returns its id."""
        body = envelope.encode()
        headers = {"Content-Type": MSGPACK}
        async with self.session.post(self._url(envelope.mailbox, "envelopes"), data=body, headers=headers) as r:
            await _raise_for(r)
            return bytes.fromhex((await r.json())["id"])

    async def _answer(self, key: PrivateKey, challenge: MailboxChallenge) -> MailboxAuth:
        mailbox = key.public_key.raw
        if challenge.mailbox != mailbox:
            raise ServiceClientError(502, "bad_challenge", "The node sent a challenge for another mailbox.")
        auth: MailboxAuth = unsigned(
            MailboxAuth, mailbox=mailbox, challenge=challenge.challenge, audience=audience_of(self.base)
        )
        return auth.signed_by(key)

    async def open_session(self, key: PrivateKey) -> str:
        """Prove ownership of the mailbox `key` names; returns a session token for fetching."""
        mailbox = key.public_key.raw
        async with self.session.post(self._url(mailbox, "challenge")) as r:
            await _raise_for(r)
            challenge = MailboxChallenge.decode(await r.read())
        auth = await self._answer(key, challenge)
        headers = {"Content-Type": MSGPACK}
        async with self.session.post(self._url(mailbox, "session"), data=auth.encode(), headers=headers) as r:
            await _raise_for(r)
            token: str = (await r.json())["token"]
        return token

    async def fetch(self, mailbox: bytes, token: str, after: int = 0, limit: int = 256) -> EnvelopeBatch:
        """A page of envelopes, checked to be addressed to `mailbox`."""
        headers = {"Authorization": f"Bearer {token}"}
        url = self._url(mailbox, "envelopes")
        async with self.session.get(url, params={"after": after, "limit": limit}, headers=headers) as r:
            await _raise_for(r)
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
        ack = make_ack(key, ids)
        headers = {"Content-Type": MSGPACK}
        async with self.session.post(self._url(ack.mailbox, "ack"), data=ack.encode(), headers=headers) as r:
            await _raise_for(r)
            deleted: int = (await r.json())["deleted"]
        return deleted

    def listen(self, key: PrivateKey) -> MailboxListener:
        """A push connection delivering the mailbox's envelopes now and as they arrive."""
        return MailboxListener(self, key)

    async def upload_prekeys(self, key: PrivateKey, identity: bytes, one_time: Sequence[bytes]) -> int:
        """Publish the identity and add one-time prekeys; returns how many this node now holds."""
        mailbox = key.public_key.raw
        signed_identity = unsigned(SignedIdentity, mailbox=mailbox, identity=identity, created_ms=_now_ms())
        upload: PrekeyUpload = unsigned(
            PrekeyUpload,
            mailbox=mailbox,
            identity=signed_identity.signed_by(key),
            one_time=tuple(sorted(set(one_time))),
            created_ms=_now_ms(),
        )
        body = upload.signed_by(key).encode()
        headers = {"Content-Type": MSGPACK}
        async with self.session.put(self._url(mailbox, "prekeys"), data=body, headers=headers) as r:
            await _raise_for(r)
            available: int = (await r.json())["available"]
        return available

    async def claim_prekey(self, mailbox: bytes) -> PrekeyClaim:
        """The owner's identity (signature checked) and one one-time prekey (b"" when none is left)."""
        async with self.session.post(self._url(mailbox, "prekeys/claim")) as r:
            await _raise_for(r)
            claim = PrekeyClaim.decode(await r.read())
        if claim.identity.mailbox != mailbox:
            raise ServiceClientError(502, "bad_identity", "The node returned the identity of another mailbox.")
        claim.identity.verify()
        return claim


def make_ack(key: PrivateKey, ids: Sequence[bytes]) -> MailboxAck:
    ack: MailboxAck = unsigned(
        MailboxAck, mailbox=key.public_key.raw, ids=tuple(sorted(set(ids))), created_ms=_now_ms()
    )
    return ack.signed_by(key)


class MailboxListener:
    """`async with client.listen(key) as inbox: envelope = await inbox.receive()`."""

    def __init__(self, client: MailboxClient, key: PrivateKey) -> None:
        self.client = client
        self.key = key
        self._ws: aiohttp.ClientWebSocketResponse | None = None
        self._reader: asyncio.Task[None] | None = None
        self._envelopes: asyncio.Queue[Envelope | None] = asyncio.Queue()
        #: How many envelopes each acknowledgement sent on this connection deleted.
        self.acked: asyncio.Queue[int] = asyncio.Queue()
        self.errors: asyncio.Queue[dict[str, Any]] = asyncio.Queue()

    async def __aenter__(self) -> Self:
        mailbox = self.key.public_key.raw
        url = self.client._url(mailbox, "ws")
        ws = await self.client.session.ws_connect(url, max_msg_size=Envelope.MAX_SIZE + 1024)
        try:
            first = await ws.receive()
            if first.type is not aiohttp.WSMsgType.BINARY:
                raise ServiceClientError(502, "bad_challenge", "The node did not send a challenge.")
            auth = await self.client._answer(self.key, MailboxChallenge.decode(first.data))
            await ws.send_bytes(auth.encode())
            reply = await ws.receive()
            if reply.type is not aiohttp.WSMsgType.TEXT:
                raise ServiceClientError(502, "closed", "The node closed the push connection.")
            message = json.loads(reply.data)
            if message.get("type") != "ready":
                raise ServiceClientError(403, message.get("error", "refused"), message.get("reason", ""))
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
                        continue
                    if envelope.mailbox == mailbox:
                        self._envelopes.put_nowait(envelope)
                elif msg.type is aiohttp.WSMsgType.TEXT:
                    message = json.loads(msg.data)
                    if message.get("type") == "acked":
                        self.acked.put_nowait(int(message["deleted"]))
                    elif message.get("type") == "error":
                        self.errors.put_nowait(message)
        finally:
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

    async def ack(self, ids: Sequence[bytes]) -> None:
        assert self._ws is not None, "use the listener in 'async with'"
        await self._ws.send_bytes(make_ack(self.key, ids).encode())


def chunk_views(data: bytes) -> list[memoryview]:
    """The CHUNK_SIZE pieces of a blob, without copying them."""
    view = memoryview(data)
    return [view[i : i + CHUNK_SIZE] for i in range(0, len(data), CHUNK_SIZE)]


class BlobClient:
    """Upload (resumable) and download (verified) blobs on one node's blob store."""

    def __init__(self, session: aiohttp.ClientSession, base_url: str, *, concurrency: int = 3) -> None:
        self.session = session
        self.base = base_url.rstrip("/") + "/v1/blobs"
        self.concurrency = concurrency

    async def put_manifest(self, manifest: Manifest) -> list[bytes]:
        """Store a signed manifest (charged to its owner's quota); returns the chunk ids still missing."""
        headers = {"Content-Type": MSGPACK}
        async with self.session.post(f"{self.base}/manifests", data=manifest.encode(), headers=headers) as r:
            await _raise_for(r)
            missing = int((await r.json())["missing"])
        return await self.missing(manifest.id()) if missing else []

    async def missing(self, manifest_id: bytes) -> list[bytes]:
        async with self.session.get(f"{self.base}/manifests/{manifest_id.hex()}/missing") as r:
            await _raise_for(r)
            return list(ChunkIds.decode(await r.read()).ids)

    async def put_chunk(self, data: bytes | memoryview, cid: bytes | None = None) -> None:
        cid = chunk_id(bytes(data)) if cid is None else cid
        headers = {"Content-Type": "application/octet-stream"}
        async with self.session.put(f"{self.base}/chunks/{cid.hex()}", data=data, headers=headers) as r:
            await _raise_for(r)

    async def upload(
        self,
        key: PrivateKey,
        data: bytes,
        media_type: str,
        *,
        manifest: Manifest | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> Manifest:
        """Upload `data` as a blob owned by `key`; returns the signed manifest (its `id()` names the blob).

        A new blob's chunks are sent while the next ones are hashed (the node stages them until the manifest,
        signed once every id is known, claims them), so hashing and sending overlap. Given the `manifest` of
        an interrupted upload, the manifest goes first and only the chunks the node lacks are sent.
        """
        pieces = chunk_views(data)
        done = 0

        def sent_one() -> None:
            nonlocal done
            done = min(done + 1, len(pieces))
            if progress is not None:
                progress(done, len(pieces))

        if manifest is None:
            await self._check_quota(key, len(data))
            ids, staged = await self._stage_while_hashing(pieces, sent_one)
            manifest = Manifest.for_blob(key, data, media_type, _now_ms(), ids)
        else:
            staged = set()
        missing = set(await self.put_manifest(manifest))
        todo = [(cid, piece) for cid, piece in zip(manifest.chunks, pieces, strict=True) if cid in missing]
        # Chunks the node held already (and staged ones it kept) count as sent.
        for _ in range(len(pieces) - len(staged) - len(todo)):
            sent_one()
        queue = list(dict(todo).items())

        async def worker() -> None:
            while queue:
                cid, piece = queue.pop(0)
                await self.put_chunk(piece, cid)
                sent_one()

        await asyncio.gather(*(worker() for _ in range(max(1, self.concurrency))))
        return manifest

    async def _check_quota(self, key: PrivateKey, size: int) -> None:
        """Refuse at once (before sending anything) an upload the owner's quota cannot take."""
        usage = await self.usage(key.actor_id)
        if usage["used"] + size > usage["quota"]:
            raise ServiceClientError(
                402,
                "quota_exceeded",
                f"Storing {size} bytes would exceed the storage quota ({usage['used']} of {usage['quota']} bytes "
                "used); fuel more storage first.",
            )

    async def _stage_while_hashing(
        self, pieces: list[memoryview], sent_one: Callable[[], None]
    ) -> tuple[list[bytes], set[int]]:
        """Hash each chunk (in a worker thread) and send it at once, `concurrency` at a time, while the next
        one is hashed; returns every id and which chunks the node staged. Once the node has no staging room
        left, the rest is only hashed, and sent after the manifest (which says what the node lacks)."""
        ids: list[bytes] = []
        staged: set[int] = set()
        slots = asyncio.Semaphore(max(1, self.concurrency))
        staging = True

        async def stage(index: int, cid: bytes, piece: memoryview) -> None:
            nonlocal staging
            try:
                if staging:
                    await self.put_chunk(piece, cid)
                    staged.add(index)
                    sent_one()
            except ServiceClientError as exc:
                if exc.code != "not_referenced":
                    raise
                staging = False
            finally:
                slots.release()

        async with asyncio.TaskGroup() as group:
            for index, piece in enumerate(pieces):
                cid = await asyncio.to_thread(chunk_id, piece)  # type: ignore[arg-type]  # a buffer, not copied
                ids.append(cid)
                if staging:
                    await slots.acquire()
                    group.create_task(stage(index, cid, piece))
        return ids, staged

    async def manifest(self, manifest_id: bytes) -> Manifest:
        """A blob's manifest, checked against its id and its owner's signature."""
        async with self.session.get(f"{self.base}/manifests/{manifest_id.hex()}") as r:
            await _raise_for(r)
            manifest = Manifest.decode(await r.read())
        if manifest.id() != manifest_id:
            raise ServiceClientError(502, "bad_manifest", "The node returned a manifest that is not the one asked.")
        manifest.verify()
        return manifest

    async def chunk(self, cid: bytes) -> bytes:
        async with self.session.get(f"{self.base}/chunks/{cid.hex()}") as r:
            await _raise_for(r)
            data = await r.read()
        if await asyncio.to_thread(chunk_id, data) != cid:
            raise ServiceClientError(502, "bad_chunk", "The node returned bytes that are not the chunk asked.")
        return data

    async def download(self, manifest_id: bytes) -> tuple[Manifest, bytes]:
        """A whole blob, every chunk checked against its id.

        The blob comes in one stream (the node reads and checks the next chunk while sending one); each chunk
        is hashed here, in a worker thread, as soon as it is in. If the stream breaks off (the node lacks a
        chunk, say), the chunks are asked one by one, which says what is missing."""
        manifest = await self.manifest(manifest_id)
        try:
            data = await self._download_stream(manifest)
        except aiohttp.ClientPayloadError:
            data = await self._download_chunks(manifest)
        if len(data) != manifest.size:
            raise ServiceClientError(502, "bad_blob", "The chunks do not add up to the blob's size.")
        return manifest, data

    async def _download_stream(self, manifest: Manifest) -> bytes:
        pieces: list[bytes] = []
        checks: list[asyncio.Future[bytes]] = []
        try:
            async with self.session.get(self.content_url(manifest.id())) as r:
                await _raise_for(r)
                for index in range(len(manifest.chunks)):
                    try:
                        piece = await r.content.readexactly(manifest.chunk_size(index))
                    except asyncio.IncompleteReadError:
                        raise aiohttp.ClientPayloadError("the blob's stream ended early") from None
                    pieces.append(piece)
                    checks.append(asyncio.ensure_future(asyncio.to_thread(chunk_id, piece)))
            ids = await asyncio.gather(*checks)
        finally:
            for check in checks:
                check.cancel()
        if tuple(ids) != manifest.chunks:
            raise ServiceClientError(502, "bad_chunk", "The node returned bytes that are not the blob's chunks.")
        return b"".join(pieces)

    async def _download_chunks(self, manifest: Manifest) -> bytes:
        results: dict[int, bytes] = {}
        indices = list(range(len(manifest.chunks)))

        async def worker() -> None:
            while indices:
                i = indices.pop(0)
                results[i] = await self.chunk(manifest.chunks[i])

        await asyncio.gather(*(worker() for _ in range(max(1, self.concurrency))))
        return b"".join(results[i] for i in range(len(manifest.chunks)))

    def content_url(self, manifest_id: bytes) -> str:
        """The URL a media player can stream the blob from (HTTP range requests)."""
        return f"{self.base}/{manifest_id.hex()}"

    async def read_range(self, manifest_id: bytes, start: int, end: int) -> bytes:
        """Bytes `[start, end)` of a blob through the node's range reads."""
        headers = {"Range": f"bytes={start}-{end - 1}"}
        async with self.session.get(self.content_url(manifest_id), headers=headers) as r:
            await _raise_for(r)
            return await r.read()

    async def usage(self, actor: bytes) -> dict[str, int]:
        async with self.session.get(f"{self.base}/usage/{actor.hex()}") as r:
            await _raise_for(r)
            body: dict[str, int] = await r.json()
        return body


class StreamPublisher:
    """A live channel's publisher: `async with StreamPublisher(...) as pub: await pub.send(part)`."""

    def __init__(self, session: aiohttp.ClientSession, base_url: str, channel_key: PrivateKey) -> None:
        self.session = session
        self.base = base_url.rstrip("/")
        self.key = channel_key
        self.viewers: dict[str, int] = {"websocket": 0, "hls": 0}
        self.viewers_changed = asyncio.Event()
        self.errors: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self.sequence = 0
        self._ws: aiohttp.ClientWebSocketResponse | None = None
        self._reader: asyncio.Task[None] | None = None

    @property
    def url(self) -> str:
        return f"{self.base}/v1/streams/{self.key.public_key.raw.hex()}"

    async def __aenter__(self) -> Self:
        try:
            ws = await self.session.ws_connect(self.url + "/publish", max_msg_size=1 << 16)
        except aiohttp.WSServerHandshakeError as exc:
            raise ServiceClientError(exc.status, "refused", exc.message) from exc
        try:
            first = await ws.receive_json()
            if first.get("type") != "challenge":
                raise ServiceClientError(502, "bad_challenge", "The relay did not send a challenge.")
            hello: StreamHello = unsigned(
                StreamHello,
                channel_key=self.key.public_key.raw,
                challenge=bytes.fromhex(first["challenge"]),
                audience=audience_of(self.base),
            )
            await ws.send_bytes(hello.signed_by(self.key).encode())
            reply = await ws.receive_json()
            if reply.get("type") != "ready":
                raise ServiceClientError(403, reply.get("error", "refused"), reply.get("reason", ""))
        except BaseException:
            await ws.close()
            raise
        self._ws = ws
        self._reader = asyncio.create_task(self._read())
        return self

    async def _read(self) -> None:
        assert self._ws is not None
        async for msg in self._ws:
            if msg.type is not aiohttp.WSMsgType.TEXT:
                continue
            message = json.loads(msg.data)
            if message.get("type") == "viewers":
                self.viewers = {"websocket": int(message["websocket"]), "hls": int(message["hls"])}
                self.viewers_changed.set()
            elif message.get("type") == "error":
                self.errors.put_nowait(message)

    async def send(self, part: StreamPart) -> None:
        assert self._ws is not None, "use the publisher in 'async with'"
        await self._ws.send_bytes(part.encode())

    async def send_media(self, media: bytes, duration_ms: int, keyframe: bool) -> StreamPart:
        """Sign and send the next part."""
        self.sequence += 1
        part = StreamPart.create(self.key, self.sequence, _now_ms(), duration_ms, keyframe, media)
        await self.send(part)
        return part

    async def send_raw(self, data: bytes) -> None:
        """Send bytes as they are (tests of the relay's checks)."""
        assert self._ws is not None
        await self._ws.send_bytes(data)

    async def end(self) -> None:
        assert self._ws is not None
        await self._ws.send_str('{"type": "end"}')

    async def __aexit__(self, *exc: object) -> None:
        if self._ws is not None:
            await self._ws.close()
        if self._reader is not None:
            self._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reader


class StreamViewer:
    """Watches a channel over WebSocket, checking every part's signature against the channel key.

    `async for part in viewer.parts(): ...`; parts that fail the check are counted in `rejected`, never
    yielded. `skips` counts the times the relay dropped this viewer to the newest keyframe.
    """

    def __init__(self, session: aiohttp.ClientSession, base_url: str, channel_key: bytes) -> None:
        self.session = session
        self.base = base_url.rstrip("/")
        self.channel_key = channel_key
        self.rejected = 0
        self.skips = 0
        self.ended = False
        self._ws: aiohttp.ClientWebSocketResponse | None = None

    async def __aenter__(self) -> Self:
        url = f"{self.base}/v1/streams/{self.channel_key.hex()}/watch"
        self._ws = await self.session.ws_connect(url, max_msg_size=StreamPart.MAX_SIZE + 1024)
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._ws is not None:
            await self._ws.close()

    async def parts(self) -> AsyncIterator[StreamPart]:
        assert self._ws is not None, "use the viewer in 'async with'"
        async for msg in self._ws:
            if msg.type is aiohttp.WSMsgType.TEXT:
                kind = json.loads(msg.data).get("type")
                if kind == "skipped":
                    self.skips += 1
                elif kind == "ended":
                    self.ended = True
                    return
                continue
            if msg.type is not aiohttp.WSMsgType.BINARY:
                continue
            try:
                part = StreamPart.decode(msg.data)
                if part.channel_key != self.channel_key:
                    raise ValidationError("the part belongs to another channel")
                part.verify()
            except ProtocolError:
                self.rejected += 1
                continue
            yield part
