"""Clients of a node's blob store and stream relay, using only aiohttp and the protocol.

The app's media, market and messenger attachments, the node's tools and the benchmarks use these; the mailbox's
client is `lightnode.mailbox_client`, whose response handling (`raise_for`) these share.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator, Callable, Sequence
from typing import Any, Self

import aiohttp

from lightnode.mailbox_client import MSGPACK, audience_of, now_ms, raise_for
from lightnode.protocol.errors import ProtocolError, ValidationError
from lightnode.protocol.errors import ServiceClientError as ServiceClientError  # shared with the mailbox client
from lightnode.protocol.keys import PrivateKey
from lightnode.protocol.services import (
    CHUNK_SIZE,
    ChunkIds,
    Manifest,
    StreamHello,
    StreamPart,
    chunk_id,
    chunk_id_of_pieces,
    unsigned,
)

#: The body of `POST /v1/blobs/chunks`: chunk frames (see `fullnode.services._http.ChunkFrameReader`).
CHUNK_STREAM = "application/x-exc-chunks"


def chunk_views(data: bytes) -> list[memoryview]:
    """The CHUNK_SIZE pieces of a blob, without copying them."""
    view = memoryview(data)
    return [view[i : i + CHUNK_SIZE] for i in range(0, len(data), CHUNK_SIZE)]


class BlobClient:
    """Upload (resumable) and download (verified) blobs on one node's blob store."""

    def __init__(self, session: aiohttp.ClientSession, base_url: str, *, concurrency: int = 4) -> None:
        self.session = session
        self.base = base_url.rstrip("/") + "/v1/blobs"
        self.concurrency = concurrency

    async def put_manifest(self, manifest: Manifest) -> list[bytes]:
        """Store a signed manifest (charged to its owner's quota); returns the chunk ids still missing."""
        headers = {"Content-Type": MSGPACK}
        async with self.session.post(f"{self.base}/manifests", data=manifest.encode(), headers=headers) as r:
            await raise_for(r)
            missing = int((await r.json())["missing"])
        unique = list(dict.fromkeys(manifest.chunks))
        if missing == len(unique):
            return unique  # a new blob: every chunk, without asking which
        return await self.missing(manifest.id()) if missing else []

    async def missing(self, manifest_id: bytes) -> list[bytes]:
        async with self.session.get(f"{self.base}/manifests/{manifest_id.hex()}/missing") as r:
            await raise_for(r)
            return list(ChunkIds.decode(await r.read()).ids)

    async def put_chunk(self, data: bytes | memoryview, cid: bytes | None = None) -> None:
        cid = chunk_id(data) if cid is None else cid
        headers = {"Content-Type": "application/octet-stream"}
        async with self.session.put(f"{self.base}/chunks/{cid.hex()}", data=data, headers=headers) as r:
            await raise_for(r)

    async def put_chunks(
        self, chunks: Sequence[tuple[bytes, bytes | memoryview]], sent: Callable[[], None] | None = None
    ) -> dict[str, int]:
        """Send many chunks (id, bytes) in one request, a stream of frames the node checks one by one as they
        arrive; `sent` is called as each has gone out. Returns the node's count of chunks `stored` and of
        those it `held` already."""

        async def frames() -> AsyncIterator[bytes | memoryview]:
            for cid, data in chunks:
                yield cid + len(data).to_bytes(4, "big")
                yield data  # not copied: aiohttp hands the buffer to the socket
                if sent is not None:
                    sent()

        headers = {"Content-Type": CHUNK_STREAM}
        async with self.session.post(f"{self.base}/chunks", data=frames(), headers=headers) as r:
            await raise_for(r)
            answer = await r.json()
        return {"stored": int(answer["stored"]), "held": int(answer["held"])}

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

        Every chunk is hashed first (BLAKE3: a few milliseconds for 32 MiB), the signed manifest goes next
        (the node refuses it at once if the owner's quota cannot take the blob, before any byte of it is
        sent) and then, in one stream, the chunks the node lacks. Given the `manifest` of an interrupted
        upload, only what the node still lacks is sent. Should the stream break off (the node refused a
        chunk and closed it, say), the chunks still missing are sent one by one, which says what is wrong.
        """
        pieces = chunk_views(data)
        done = 0

        def sent_one() -> None:
            nonlocal done
            done = min(done + 1, len(pieces))
            if progress is not None:
                progress(done, len(pieces))

        if manifest is None:
            ids = await asyncio.to_thread(lambda: [chunk_id(piece) for piece in pieces])
            manifest = Manifest.for_blob(key, data, media_type, now_ms(), ids)
        missing = set(await self.put_manifest(manifest))
        # Each missing chunk once (a blob may repeat one), in order.
        wanted = {cid: piece for cid, piece in zip(manifest.chunks, pieces, strict=True) if cid in missing}
        todo = list(wanted.items())
        # Chunks the node holds already count as sent.
        for _ in range(len(pieces) - len(todo)):
            sent_one()
        if not todo:
            return manifest
        try:
            await self.put_chunks(todo, sent_one)
        except (aiohttp.ClientOSError, aiohttp.ServerDisconnectedError, aiohttp.ClientPayloadError):
            left = set(await self.missing(manifest.id()))
            queue = [(cid, piece) for cid, piece in todo if cid in left]

            async def worker() -> None:
                while queue:
                    cid, piece = queue.pop(0)
                    await self.put_chunk(piece, cid)
                    sent_one()

            await asyncio.gather(*(worker() for _ in range(max(1, self.concurrency))))
        return manifest

    async def manifest(self, manifest_id: bytes) -> Manifest:
        """A blob's manifest, checked against its id and its owner's signature."""
        async with self.session.get(f"{self.base}/manifests/{manifest_id.hex()}") as r:
            await raise_for(r)
            manifest = Manifest.decode(await r.read())
        if manifest.id() != manifest_id:
            raise ServiceClientError(502, "bad_manifest", "The node returned a manifest that is not the one asked.")
        manifest.verify()
        return manifest

    async def chunk(self, cid: bytes) -> bytes:
        async with self.session.get(f"{self.base}/chunks/{cid.hex()}") as r:
            await raise_for(r)
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
        # The body is kept in the pieces it arrives in and joined once at the end; each chunk's pieces are
        # hashed in a worker thread (hashing releases the GIL) while the next ones arrive.
        loop = asyncio.get_running_loop()
        pieces: list[bytes] = []
        checks: list[asyncio.Future[bytes]] = []
        chunk: list[bytes | memoryview] = []
        index, wanted = 0, manifest.chunk_size(0) if manifest.chunks else 0
        try:
            async with self.session.get(self.content_url(manifest.id())) as r:
                await raise_for(r)
                # One buffer at a time as it arrived (iter_any would join whatever is waiting: a copy).
                async for piece, _ in r.content.iter_chunks():
                    pieces.append(piece)
                    offset = 0
                    while offset < len(piece):
                        if index == len(manifest.chunks):
                            raise ServiceClientError(502, "bad_blob", "The node sent more bytes than the blob has.")
                        take = min(wanted, len(piece) - offset)
                        whole = offset == 0 and take == len(piece)
                        chunk.append(piece if whole else memoryview(piece)[offset : offset + take])
                        offset += take
                        wanted -= take
                        if wanted == 0:
                            checks.append(loop.run_in_executor(None, chunk_id_of_pieces, chunk))
                            chunk = []
                            index += 1
                            wanted = manifest.chunk_size(index) if index < len(manifest.chunks) else 0
            if index != len(manifest.chunks):
                raise aiohttp.ClientPayloadError("the blob's stream ended early")
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
            await raise_for(r)
            return await r.read()

    async def usage(self, actor: bytes) -> dict[str, int]:
        async with self.session.get(f"{self.base}/usage/{actor.hex()}") as r:
            await raise_for(r)
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
        part = StreamPart.create(self.key, self.sequence, now_ms(), duration_ms, keyframe, media)
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
