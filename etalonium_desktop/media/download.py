"""Verified downloads from the blob store: every chunk checked against the signed manifest, from any node."""

from __future__ import annotations

# `BlobFetcher` reads chunks with HTTP range requests, checks each against the manifest's chunk id, and on a
# mismatch (a lying or damaged node) or a failure asks the next node, counting the faults per node.
# `BlobFile` presents a blob as a seekable file to FFmpeg so that playback starts after the first chunk, with
# the next chunks fetched ahead.
import asyncio
import concurrent.futures
import io
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import aiohttp

from lightnode.protocol.errors import ProtocolError
from lightnode.protocol.services import CHUNK_SIZE, Manifest, chunk_id
from lightnode.services_client import BlobClient, ServiceClientError

from .errors import IntegrityError, MediaError
from .index import MEDIA_INDEX_TYPE, MediaIndex


class ChunkCache(Protocol):
    """A local store of verified chunks by id (the app passes its encrypted media cache)."""

    def get(self, cid: bytes) -> bytes | None: ...

    def put(self, cid: bytes, data: bytes) -> None: ...


class MediaCacheChunks:
    """Adapts the profile's `MediaCache` (content-addressed, size-bounded) to `ChunkCache`."""

    def __init__(self, cache: object) -> None:
        self.cache = cache

    def get(self, cid: bytes) -> bytes | None:
        item = self.cache.get(cid)  # type: ignore[attr-defined]
        return None if item is None else bytes(item.data)

    def put(self, cid: bytes, data: bytes) -> None:
        self.cache.put(cid, "application/octet-stream", data)  # type: ignore[attr-defined]


@dataclass
class NodeFaults:
    """What went wrong with one node during downloads (a node serving bad bytes is to be reported)."""

    bad_chunks: int = 0
    bad_manifests: int = 0
    failures: int = 0
    last_error: str = ""


@dataclass
class FetchStats:
    chunks: int = 0
    bytes: int = 0
    refetched: int = 0
    cached: int = 0
    faults: dict[str, NodeFaults] = field(default_factory=dict)


class BlobFetcher:
    """Fetches blobs from several nodes, trusting none: manifests by id and signature, chunks by hash."""

    def __init__(self, clients: Sequence[BlobClient], *, cache: ChunkCache | None = None) -> None:
        if not clients:
            raise ValueError("a fetcher needs at least one blob store")
        self.clients = list(clients)
        self.cache = cache
        self.stats = FetchStats()
        self._manifests: dict[bytes, Manifest] = {}

    def _fault(self, client: BlobClient) -> NodeFaults:
        return self.stats.faults.setdefault(client.base, NodeFaults())

    def _order(self) -> list[BlobClient]:
        """Nodes that served bad bytes go last."""
        return sorted(self.clients, key=lambda c: self._fault(c).bad_chunks + self._fault(c).bad_manifests)

    async def manifest(self, manifest_id: bytes) -> Manifest:
        """The manifest with this id, signature checked (from the first node that has a genuine one)."""
        cached = self._manifests.get(manifest_id)
        if cached is not None:
            return cached
        missing = 0
        for client in self._order():
            try:
                manifest = await client.manifest(manifest_id)
            except ServiceClientError as exc:
                if exc.status == 404:
                    missing += 1
                elif exc.code == "bad_manifest":
                    self._fault(client).bad_manifests += 1
                else:
                    self._fault(client).failures += 1
                continue
            except ProtocolError:  # a forged signature or a malformed manifest
                self._fault(client).bad_manifests += 1
                continue
            except (aiohttp.ClientError, TimeoutError, ConnectionError) as exc:
                fault = self._fault(client)
                fault.failures += 1
                fault.last_error = str(exc) or type(exc).__name__
                continue
            self._manifests[manifest_id] = manifest
            return manifest
        if missing == len(self.clients):
            raise MediaError("No node has this media (it may not have finished uploading).")
        raise IntegrityError("No node returned this media's manifest intact; try again later.")

    async def chunk(self, manifest: Manifest, index: int) -> bytes:
        """Chunk `index` of a blob, checked against the manifest; another node is asked on any fault."""
        cid = manifest.chunks[index]
        if self.cache is not None:
            cached = self.cache.get(cid)
            if cached is not None and chunk_id(cached) == cid:
                self.stats.cached += 1
                return cached
        start = index * CHUNK_SIZE
        end = start + manifest.chunk_size(index)
        blob_id = manifest.id()
        tried = 0
        for client in self._order():
            tried += 1
            try:
                data = await client.read_range(blob_id, start, end)
            except ServiceClientError as exc:
                fault = self._fault(client)
                fault.failures += 1
                fault.last_error = exc.reason
                continue
            except (aiohttp.ClientError, TimeoutError, ConnectionError) as exc:
                fault = self._fault(client)
                fault.failures += 1
                fault.last_error = str(exc) or type(exc).__name__
                continue
            if len(data) != end - start or await asyncio.to_thread(chunk_id, data) != cid:
                fault = self._fault(client)
                fault.bad_chunks += 1
                fault.last_error = f"chunk {index} of {blob_id.hex()} did not match its hash"
                self.stats.refetched += 1
                continue
            self.stats.chunks += 1
            self.stats.bytes += len(data)
            if self.cache is not None:
                self.cache.put(cid, data)
            return data
        raise IntegrityError(
            f"No node returned part {index + 1} of this media intact (asked {tried}); try again later."
        )

    async def fetch(self, manifest_id: bytes, *, progress: Callable[[int, int], None] | None = None) -> bytes:
        """A whole blob, every chunk verified."""
        manifest = await self.manifest(manifest_id)
        pieces: list[bytes] = []
        done = 0
        for i in range(len(manifest.chunks)):
            pieces.append(await self.chunk(manifest, i))
            done += len(pieces[-1])
            if progress is not None:
                progress(done, manifest.size)
        return b"".join(pieces)

    async def media_index(self, manifest_id: bytes) -> MediaIndex:
        """The media index a post names, decoded strictly."""
        manifest = await self.manifest(manifest_id)
        if manifest.media_type != MEDIA_INDEX_TYPE:
            raise MediaError("This post's media is not in a format this version of the app can show.")
        try:
            return MediaIndex.decode(await self.fetch(manifest_id))
        except ProtocolError as exc:
            raise MediaError("This post's media description is damaged; it cannot be shown.") from exc


class BlobFile(io.RawIOBase):
    """A blob as a read-only, seekable file for FFmpeg, fetched chunk by chunk as it is read.

    Reads happen on FFmpeg's (decoder) thread and wait for chunks fetched on the event loop `loop`; the
    next `read_ahead` chunks are requested as soon as one is read, so playback starts after the first chunk
    and continues while the rest arrives. At most `keep` chunks stay in memory.
    """

    def __init__(
        self,
        fetcher: BlobFetcher,
        manifest: Manifest,
        loop: asyncio.AbstractEventLoop,
        *,
        read_ahead: int = 3,
        keep: int = 12,
        timeout_s: float = 30.0,
    ) -> None:
        super().__init__()
        self.fetcher = fetcher
        self.manifest = manifest
        self.loop = loop
        self.read_ahead = read_ahead
        self.keep = max(keep, read_ahead + 2)
        self.timeout_s = timeout_s
        self.size = manifest.size
        self._pos = 0
        self._lock = threading.Lock()
        self._chunks: OrderedDict[int, concurrent.futures.Future[bytes]] = OrderedDict()
        #: Chunks fetched so far (tests check that playback starts before the last one).
        self.fetched: list[int] = []
        self._aborted = False

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_SET:
            pos = offset
        elif whence == io.SEEK_CUR:
            pos = self._pos + offset
        elif whence == io.SEEK_END:
            pos = self.size + offset
        else:
            raise ValueError(f"unsupported whence {whence}")
        self._pos = max(0, pos)
        return self._pos

    def _future(self, index: int) -> concurrent.futures.Future[bytes]:
        with self._lock:
            future = self._chunks.get(index)
            if future is None:
                future = asyncio.run_coroutine_threadsafe(self._get(index), self.loop)
                self._chunks[index] = future
                while len(self._chunks) > self.keep:
                    _old, dropped = self._chunks.popitem(last=False)
                    dropped.cancel()
            else:
                self._chunks.move_to_end(index)
            return future

    async def _get(self, index: int) -> bytes:
        data = await self.fetcher.chunk(self.manifest, index)
        self.fetched.append(index)
        return data

    def abort(self) -> None:
        """Make pending and future reads fail at once (the player is closing)."""
        self._aborted = True
        with self._lock:
            for future in self._chunks.values():
                future.cancel()

    def read(self, size: int = -1) -> bytes:
        if self._aborted:
            raise MediaError("Playback was stopped.")
        if self._pos >= self.size:
            return b""
        if size is None or size < 0:
            size = self.size - self._pos
        index = self._pos // CHUNK_SIZE
        count = len(self.manifest.chunks)
        for ahead in range(index + 1, min(count, index + 1 + self.read_ahead)):
            self._future(ahead)
        try:
            data = self._future(index).result(timeout=self.timeout_s)
        except concurrent.futures.CancelledError as exc:
            raise MediaError("Playback was stopped.") from exc
        except concurrent.futures.TimeoutError as exc:
            raise MediaError("The media is taking too long to arrive from the network.") from exc
        offset = self._pos - index * CHUNK_SIZE
        piece = data[offset : offset + size]
        self._pos += len(piece)
        return piece

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)
