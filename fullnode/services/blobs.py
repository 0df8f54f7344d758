"""The blob store service: signed manifests, verified content-addressed chunks, resumable upload, ranges."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import re
from collections.abc import AsyncIterator, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import NoReturn, ParamSpec, TypeVar

from aiohttp import web

from lightnode.protocol.keys import ACTOR_ID_SIZE, actor_id
from lightnode.protocol.services import (
    CHUNK_SIZE,
    MAX_MANIFEST_CHUNKS,
    ChunkIds,
    Manifest,
    chunk_id,
    chunk_id_of_pieces,
)

from ._http import (
    ChunkFrameReader,
    RateLimiter,
    bytes_response,
    client_key,
    error_middleware,
    fail,
    hex_id,
    msgpack_response,
    now_ms,
    read_body,
    read_pieces,
)
from ._peers import REPLICA_HEADER, PeerLink
from .blob_store import (
    BlobIndex,
    ChunkFiles,
    ChunkMismatchError,
    QuotaExceededError,
    StagingFullError,
    VerifiedChunks,
)
from .chain_view import ChainView
from .config import ServicesConfig

log = logging.getLogger(__name__)

_HEX64 = "{id:[0-9a-f]{64}}"
_P = ParamSpec("_P")
_T = TypeVar("_T")
#: Threads that hash, write and read chunk files. Few: a staged chunk is not flushed one by one (its manifest
#: flushes them all), so little time is spent waiting, and every extra thread contends for the GIL with the
#: event loop (measured on two busy cores: 6 or 8 threads are no faster and use more processor time).
_IO_THREADS = 3
_RANGE = re.compile(r"bytes=(\d*)-(\d*)")


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """The byte range `[start, end)` a Range header asks for, None for the whole blob (absent, multiple or
    unparseable ranges are served whole, as RFC 9110 allows); raises 416 if it lies outside the blob."""
    if not header:
        return None
    match = _RANGE.fullmatch(header.strip())
    if match is None:
        return None
    first, last = match.groups()
    if first:
        start = int(first)
        end = min(int(last) + 1, size) if last else size
        if last and int(last) < start:
            return None
    elif last:
        start, end = max(0, size - int(last)), size
    else:
        return None
    if start >= size or end <= start:
        raise web.HTTPRequestRangeNotSatisfiable(headers={"Content-Range": f"bytes */{size}"})
    return start, end


class BlobService:
    """Routes under /v1/blobs."""

    def __init__(self, data_dir: Path, config: ServicesConfig, chain: ChainView, peers: PeerLink) -> None:
        self.config = config
        self.chain = chain
        self.peers = peers
        self.index = BlobIndex(data_dir / "blobs.sqlite")
        self.files = ChunkFiles(data_dir / "chunks", fsync=config.fsync_chunks)
        self.verified = VerifiedChunks(config.verified_chunk_cache_bytes)
        # Its own threads, so that chunks waiting for the disk never hold up other services' blocking work.
        self._io = ThreadPoolExecutor(_IO_THREADS, thread_name_prefix="blob-io")
        self._clients = RateLimiter(config.client_rate, "blob requests from this address")
        self._owners = RateLimiter(config.owner_rate, "manifests from this owner")
        #: Unix milliseconds; replaceable so tests can move time forward instead of waiting.
        self.clock: Callable[[], int] = now_ms

    def make_app(self) -> web.Application:
        app = web.Application(middlewares=[error_middleware])
        r = app.router
        r.add_post("/manifests", self.post_manifest)
        r.add_get(f"/manifests/{_HEX64}", self.get_manifest)
        r.add_get(f"/manifests/{_HEX64}/missing", self.get_missing)
        r.add_put(f"/chunks/{_HEX64}", self.put_chunk)
        r.add_post("/chunks", self.post_chunks)
        r.add_get(f"/chunks/{_HEX64}", self.get_chunk)
        r.add_get(f"/usage/{{actor:[0-9a-f]{{{2 * ACTOR_ID_SIZE}}}}}", self.get_usage)
        r.add_get(f"/{_HEX64}", self.get_content)
        app.cleanup_ctx.append(self._lifecycle)
        return app

    async def _lifecycle(self, _app: web.Application) -> AsyncIterator[None]:
        sweeper = asyncio.create_task(self._sweep_forever())
        yield
        sweeper.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await sweeper
        self._io.shutdown(wait=True, cancel_futures=True)
        self.index.close()

    async def _in_thread(self, work: Callable[_P, _T], *args: _P.args, **kwargs: _P.kwargs) -> _T:
        return await asyncio.get_running_loop().run_in_executor(self._io, functools.partial(work, *args, **kwargs))

    async def _sweep_forever(self) -> None:
        while True:
            await asyncio.sleep(self.config.sweep_interval_s)
            self.sweep()

    def sweep(self) -> int:
        """Remove staged chunks that expired before any manifest claimed them; returns how many."""
        orphans = self.index.sweep_staged(self.clock())
        for cid in orphans:
            self.files.remove(cid)
            self.verified.discard(cid)
        if orphans:
            log.info("removed %d staged chunks that no manifest claimed in time", len(orphans))
        return len(orphans)

    # Upload

    async def post_manifest(self, request: web.Request) -> web.Response:
        self._clients.check(client_key(request))
        body = await read_body(request, Manifest.MAX_SIZE, "manifest")
        manifest = Manifest.decode(body)
        manifest.verify()
        owner = actor_id(manifest.owner)
        self._owners.check(owner)
        quota = await self.chain.storage_quota(owner) + self.config.free_quota_bytes
        mid = manifest.id()
        sizes = [(cid, manifest.chunk_size(i)) for i, cid in enumerate(manifest.chunks)]
        if self.index.manifest(mid) is None and self.index.used(owner) + manifest.size > quota:
            self._refuse_quota(manifest.size, self.index.used(owner), quota)
        # Chunks sent ahead (staged) become part of the blob once they are safely on disk.
        staged = self.index.staged_sizes(manifest.chunks)
        wanted = [(cid, n) for cid, n in dict(sizes).items() if staged.get(cid) == n]
        claimed = await self._in_thread(self.files.sync, wanted) if wanted else []
        try:
            new = self.index.add_manifest(
                mid, owner, manifest.size, manifest.media_type, sizes, body, quota=quota, claimed=claimed
            )
        except QuotaExceededError as exc:
            self._refuse_quota(manifest.size, exc.used, exc.quota)
        missing = self.index.missing(mid)
        return web.json_response(
            {"id": mid.hex(), "complete": not missing, "missing": len(missing)}, status=201 if new else 200
        )

    @staticmethod
    def _refuse_quota(size: int, used: int, quota: int) -> NoReturn:
        fail(
            402,
            "quota_exceeded",
            f"Storing {size} bytes would exceed the owner's storage quota ({used} of {quota} bytes used); "
            "fuel more storage first.",
        )

    async def get_missing(self, request: web.Request) -> web.Response:
        self._clients.check(client_key(request))
        mid = hex_id(request, "id", 32)
        if self.index.manifest(mid) is None:
            fail(404, "unknown_manifest", "This node holds no manifest with that id.")
        return msgpack_response(ChunkIds(tuple(self.index.missing(mid))).encode())

    async def put_chunk(self, request: web.Request) -> web.Response:
        client = client_key(request)
        self._clients.check(client)
        cid = hex_id(request, "id", 32)
        data, size = await read_pieces(request, CHUNK_SIZE, "chunk")
        status, answer = await self._accept_chunk(client, cid, data, size)
        return web.json_response(answer, status=status)

    async def post_chunks(self, request: web.Request) -> web.Response:
        """Many chunks in one request: a stream of frames (id, length, bytes), each checked as `put_chunk`
        checks one (and counted against the same rate limit), a few stored at a time while the next ones
        arrive. The chunks its manifests list are flushed to disk together at the end, before the answer."""
        client = client_key(request)
        frames = ChunkFrameReader(request.content)
        counts = {"stored": 0, "held": 0, "staged": 0}
        written: dict[bytes, int] = {}
        storing: set[asyncio.Task[None]] = set()
        #: Chunks this stream has carried so far (a repeat is checked, not stored twice).
        carried: set[bytes] = set()

        async def take(cid: bytes, data: list[bytes], size: int, again: bool) -> None:
            expected = self.index.expected_sizes(cid)
            if not expected:
                _, answer = await self._stage_chunk(client, cid, data, size)
                counts["staged" if answer["stored"] else "held"] += 1
                return
            if size not in expected:
                fail(400, "wrong_size", f"The manifests list this chunk with {sorted(expected)} bytes, not {size}.")
            if again or self.index.has_chunk(cid):
                if await self._in_thread(chunk_id_of_pieces, data) != cid:
                    fail(400, "hash_mismatch", "The chunk's bytes do not hash to its id.")
                counts["held"] += 1
                return
            try:
                await self._in_thread(self.files.write, cid, data, flush_later=True)
            except ChunkMismatchError:
                fail(400, "hash_mismatch", "The chunk's bytes do not hash to its id.")
            self.verified.put(cid, data)
            written[cid] = size
            counts["stored"] += 1

        try:
            taken = 0
            while (frame := await frames.next_frame()) is not None:
                taken += 1
                if taken > MAX_MANIFEST_CHUNKS:
                    fail(413, "too_many_chunks", f"One request takes at most {MAX_MANIFEST_CHUNKS} chunks.")
                self._clients.check(client)
                if len(storing) >= _IO_THREADS:
                    done, _ = await asyncio.wait(storing, return_when=asyncio.FIRST_COMPLETED)
                    storing -= done
                    for task in done:
                        task.result()  # a refused chunk refuses the request
                cid, data = frame
                storing.add(asyncio.create_task(take(cid, data, sum(map(len, data)), cid in carried)))
                carried.add(cid)
            for finished in asyncio.as_completed(storing):
                await finished
        finally:
            # Whatever else happened, the chunks being stored are finished, and those checked and written are
            # flushed and held from now on.
            await asyncio.gather(*storing, return_exceptions=True)
            completed = await self._keep_written(written)
        if not sum(counts.values()):
            fail(400, "empty_body", "The request has no chunks.")
        return web.json_response({**counts, "completed": [m.hex() for m in completed]})

    async def _keep_written(self, written: dict[bytes, int]) -> list[bytes]:
        """Flush chunks written to be flushed later and record them; returns the manifests they completed."""
        if not written:
            return []
        present = await self._in_thread(self.files.sync, list(written.items()))
        return self.index.add_chunks(present)

    async def _accept_chunk(
        self, client: str, cid: bytes, data: list[bytes], size: int
    ) -> tuple[int, dict[str, object]]:
        """Store a chunk sent by `client` (refusing it with a ServiceError): for the manifests that list it,
        or else staged for one to come."""
        expected = self.index.expected_sizes(cid)
        if not expected:
            return await self._stage_chunk(client, cid, data, size)
        if size not in expected:
            fail(
                400,
                "wrong_size",
                f"The manifests list this chunk with {sorted(expected)} bytes, not {size}.",
            )
        if self.index.has_chunk(cid):
            # Still checked, so a client learns its bytes were wrong even when the node has the chunk.
            if await self._in_thread(chunk_id_of_pieces, data) != cid:
                fail(400, "hash_mismatch", "The chunk's bytes do not hash to its id.")
            return 200, {"stored": False}
        try:
            await self._in_thread(self.files.write, cid, data)
        except ChunkMismatchError:
            fail(400, "hash_mismatch", "The chunk's bytes do not hash to its id.")
        self.verified.put(cid, data)
        completed = self.index.add_chunk(cid, size)
        return 201, {"stored": True, "completed": [m.hex() for m in completed]}

    async def _stage_chunk(
        self, client: str, cid: bytes, data: list[bytes], size: int
    ) -> tuple[int, dict[str, object]]:
        """Keep a verified chunk that no manifest lists yet, for a while, within the sender's staging room."""
        config = self.config
        try:
            self.index.stage(
                cid,
                size,
                client,
                now_ms=self.clock(),
                ttl_ms=config.staging_ttl_ms,
                per_client=config.staging_bytes_per_client,
                total=config.staging_bytes_total,
            )
        except StagingFullError as exc:
            whose = "this address" if exc.per_client else "this node"
            fail(
                409,
                "not_referenced",
                f"No manifest stored here lists this chunk and {whose} has no staging room left "
                f"({exc.limit} bytes); upload the manifest first.",
            )
        try:
            if self.index.has_chunk(cid):
                if await self._in_thread(chunk_id_of_pieces, data) != cid:
                    raise ChunkMismatchError
                self.index.unstage(cid, client)
                return 200, {"stored": False}
            await self._in_thread(self.files.write, cid, data, flush_later=True)
        except ChunkMismatchError:
            self.index.unstage(cid, client)
            fail(400, "hash_mismatch", "The chunk's bytes do not hash to its id.")
        except BaseException:
            self.index.unstage(cid, client)
            raise
        # Most staged chunks are claimed within seconds and then read back by the uploader's audience.
        self.verified.put(cid, data)
        return 201, {"stored": True, "staged": True}

    # Download

    async def _manifest(self, request: web.Request, mid: bytes) -> tuple[bytes, Manifest | None]:
        """The stored manifest's encoding (fetched from a peer if missing here and allowed)."""
        stored = self.index.manifest(mid)
        if stored is not None:
            return stored.encoded, None
        if self.config.replicate_on_miss and REPLICA_HEADER not in request.headers:
            body = await self.peers.fetch_first(f"/v1/blobs/manifests/{mid.hex()}", Manifest.MAX_SIZE)
            if body is not None:
                try:
                    manifest = Manifest.decode(body)
                    manifest.verify()
                except ValueError as exc:
                    log.warning("a peer served a bad manifest for %s: %s", mid.hex(), exc)
                else:
                    if manifest.id() == mid:
                        sizes = [(cid, manifest.chunk_size(i)) for i, cid in enumerate(manifest.chunks)]
                        owner = actor_id(manifest.owner)
                        self.index.add_manifest(mid, owner, manifest.size, manifest.media_type, sizes, body, quota=None)
                        return body, manifest
                    log.warning("a peer served a manifest that is not %s", mid.hex())
        fail(404, "unknown_manifest", "No manifest with that id is held here or by this node's peers.")

    async def get_manifest(self, request: web.Request) -> web.Response:
        self._clients.check(client_key(request))
        mid = hex_id(request, "id", 32)
        encoded, _ = await self._manifest(request, mid)
        stored = self.index.manifest(mid)
        response = msgpack_response(encoded)
        response.headers["X-ExC-Complete"] = "1" if stored is not None and stored.complete else "0"
        return response

    async def _chunk(self, request: web.Request, cid: bytes) -> Sequence[bytes] | None:
        """A chunk's verified bytes (in the pieces they are kept in): kept in memory since they were checked,
        or read from disk and checked now, or else (if allowed) fetched from a peer and checked."""
        kept = self.verified.get(cid)
        if kept is not None:
            return kept
        try:
            data = await self._in_thread(self.files.read, cid)
        except ChunkMismatchError:
            log.error("chunk %s was damaged on disk and has been removed", cid.hex())
            self.index.forget_chunk(cid)
            data = None
        if data is not None:
            self.verified.put(cid, (data,))
            return (data,)
        if self.index.has_chunk(cid):
            log.error("chunk %s is missing on disk; it is fetched again", cid.hex())
            self.index.forget_chunk(cid)
        if not self.config.replicate_on_miss or REPLICA_HEADER in request.headers:
            return None
        body = await self.peers.fetch_first(f"/v1/blobs/chunks/{cid.hex()}", CHUNK_SIZE)
        if body is None:
            return None
        if await self._in_thread(chunk_id, body) != cid:
            log.warning("a peer served bytes that are not chunk %s", cid.hex())
            return None
        if len(body) in self.index.expected_sizes(cid):
            await self._in_thread(self.files.write, cid, body)
            self.index.add_chunk(cid, len(body))
        self.verified.put(cid, (body,))
        return (body,)

    async def get_chunk(self, request: web.Request) -> web.Response:
        self._clients.check(client_key(request))
        cid = hex_id(request, "id", 32)
        if not self.index.expected_sizes(cid):
            # Chunks are served as parts of blobs (a staged chunk is not one yet): no anonymous file hosting.
            fail(404, "unknown_chunk", "No manifest held here lists this chunk.")
        data = await self._chunk(request, cid)
        if data is None:
            fail(404, "unknown_chunk", "No chunk with that id is held here or by this node's peers.")
        return bytes_response(data[0] if len(data) == 1 else b"".join(data), "application/octet-stream")

    async def get_content(self, request: web.Request) -> web.StreamResponse:
        """The blob's bytes with its media type, honouring a single Range (for players seeking a video)."""
        self._clients.check(client_key(request))
        mid = hex_id(request, "id", 32)
        encoded, manifest = await self._manifest(request, mid)
        if manifest is None:
            manifest = Manifest.decode(encoded)
        wanted = parse_range(request.headers.get("Range"), manifest.size)
        start, end = wanted or (0, manifest.size)
        first, last = start // CHUNK_SIZE, (end - 1) // CHUNK_SIZE
        # The first chunk is loaded before answering, so a blob that is nowhere to be found gets a clean 404.
        data = await self._chunk(request, manifest.chunks[first])
        if data is None:
            fail(404, "incomplete", "Part of this blob is held neither here nor by this node's peers.")
        response = web.StreamResponse(status=206 if wanted else 200)
        response.content_type = manifest.media_type
        response.content_length = end - start
        response.headers["Accept-Ranges"] = "bytes"
        response.headers["Cache-Control"] = "public, max-age=31536000, immutable"
        if wanted:
            response.headers["Content-Range"] = f"bytes {start}-{end - 1}/{manifest.size}"
        await response.prepare(request)
        if request.method == "HEAD":
            return response
        # The next chunk is read and checked while this one is sent.
        upcoming: asyncio.Future[Sequence[bytes] | None] | None = None
        try:
            for index in range(first, last + 1):
                if upcoming is not None:
                    data = await upcoming
                    if data is None:
                        log.warning("blob %s: chunk %d is missing everywhere; the reply is cut short", mid.hex(), index)
                        raise ConnectionResetError("a chunk of the blob is missing")
                upcoming = (
                    asyncio.ensure_future(self._chunk(request, manifest.chunks[index + 1])) if index < last else None
                )
                base = index * CHUNK_SIZE
                await _write_part(response, data, start - base, end - base)
        finally:
            if upcoming is not None:
                upcoming.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await upcoming
        await response.write_eof()
        return response

    async def get_usage(self, request: web.Request) -> web.Response:
        self._clients.check(client_key(request))
        actor = bytes.fromhex(request.match_info["actor"])
        quota = await self.chain.storage_quota(actor) + self.config.free_quota_bytes
        return web.json_response({"used": self.index.used(actor), "quota": quota})


async def _write_part(response: web.StreamResponse, pieces: Sequence[bytes], start: int, end: int) -> None:
    """Send bytes `[start, end)` (clipped to what there is) of a chunk kept as `pieces`, copying none."""
    offset = 0
    for piece in pieces:
        size = len(piece)
        first, last = max(start - offset, 0), min(end - offset, size)
        if first < last:
            await response.write(piece if first == 0 and last == size else memoryview(piece)[first:last])
        offset += size
        if offset >= end:
            return
