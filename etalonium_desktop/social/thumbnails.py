"""Post thumbnails: fetched from the nodes' blob stores (every manifest and chunk checked), scaled to a small
JPEG and kept in the profile's encrypted media cache, so a feed scrolls without touching the network twice.
Qt-free: the screens turn the bytes into images."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import aiohttp

from lightnode.protocol.hashing import Tag, blake2b256

log = logging.getLogger(__name__)

#: Long edge of a feed thumbnail, in pixels.
THUMB_EDGE = 320
#: Raw photos larger than this are not fetched just for a thumbnail.
MAX_RAW_PHOTO = 8 * 1024 * 1024
_MIME = "image/jpeg"


def cache_key(manifest_id: bytes) -> bytes:
    """The media-cache key of a post item's thumbnail (distinct from any chunk's content hash)."""
    return blake2b256(Tag.CHUNK, b"etalonium/feed-thumbnail/" + manifest_id)


def info_cache_key(manifest_id: bytes) -> bytes:
    """The media-cache key of what a post item's media index says about it (kind, duration)."""
    return blake2b256(Tag.CHUNK, b"etalonium/feed-media-info/" + manifest_id)


@dataclass(frozen=True, slots=True)
class MediaInfo:
    """What the feed shows of a media item before it is opened (from its checked media index)."""

    kind: int
    duration_ms: int
    width: int
    height: int
    renditions: tuple[str, ...]

    def to_json(self) -> bytes:
        return json.dumps([self.kind, self.duration_ms, self.width, self.height, list(self.renditions)]).encode()

    @classmethod
    def from_json(cls, data: bytes) -> MediaInfo | None:
        """None for anything that is not what `to_json` wrote (a damaged cache entry is refetched)."""
        try:
            kind, duration, width, height, renditions = json.loads(data)
            info = cls(int(kind), int(duration), int(width), int(height), tuple(str(r) for r in renditions))
        except (ValueError, TypeError):
            return None
        return info if info.duration_ms >= 0 else None


def scale_to_thumbnail(data: bytes, edge: int = THUMB_EDGE) -> bytes:
    """A JPEG of at most `edge` pixels on the long side (re-encoded: no metadata survives)."""
    from etalonium_desktop.media.photo import decode_image, encode_jpeg, fit_long_edge, resize

    image = decode_image(data)
    height, width = image.shape[:2]
    w, h = fit_long_edge(width, height, min(edge, max(width, height)))
    return encode_jpeg(resize(image, w, h), 82)


class ThumbnailSource:
    """Thumbnails by post media id (a media index, or a raw image blob). Videos without a media index and
    anything that cannot be read give None (the feed then shows the post's palette)."""

    def __init__(self, node_urls: Callable[[], Sequence[str]], cache: Any | None) -> None:
        self._node_urls = node_urls
        self.cache = cache
        self._http: aiohttp.ClientSession | None = None
        self._fetcher: Any = None
        self._inflight: dict[bytes, asyncio.Future[bytes | None]] = {}
        self._info: dict[bytes, MediaInfo] = {}
        #: How many thumbnails came from the network, and how many from the cache.
        self.fetched = 0
        self.from_cache = 0

    def _blob_fetcher(self) -> Any:
        from etalonium_desktop.media.download import BlobFetcher, MediaCacheChunks
        from lightnode.services_client import BlobClient

        urls = list(self._node_urls())
        if self._fetcher is None and urls:
            self._http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30))
            chunks = MediaCacheChunks(self.cache) if self.cache is not None else None
            self._fetcher = BlobFetcher([BlobClient(self._http, u) for u in urls], cache=chunks)
        return self._fetcher

    def info(self, manifest_id: bytes) -> MediaInfo | None:
        """What the item's media index says (known once its thumbnail was loaded), or None."""
        return self._info.get(manifest_id)

    def fetcher(self) -> Any:
        """The BlobFetcher of the nodes' blob stores (checked chunks, cached in the profile), or None offline."""
        return self._blob_fetcher()

    async def media_index(self, manifest_id: bytes) -> Any:
        """The item's MediaIndex (raises MediaError when it is not one or is damaged)."""
        from etalonium_desktop.media.errors import MediaError

        fetcher = self._blob_fetcher()
        if fetcher is None:
            raise MediaError("No node is reachable to fetch this video from.")
        index = await fetcher.media_index(manifest_id)
        self._remember(manifest_id, index)
        return index

    def _remember(self, manifest_id: bytes, index: Any) -> MediaInfo:
        info = MediaInfo(
            int(index.kind), int(index.duration_ms), int(index.width), int(index.height),
            tuple(r.label for r in index.renditions),
        )  # fmt: skip
        self._info[manifest_id] = info
        return info

    async def thumbnail(self, manifest_id: bytes) -> bytes | None:
        """The JPEG thumbnail of one media item (one fetch at a time per item)."""
        running = self._inflight.get(manifest_id)
        if running is not None:
            return await running
        future: asyncio.Future[bytes | None] = asyncio.get_running_loop().create_future()
        self._inflight[manifest_id] = future
        try:
            result = await self._thumbnail(manifest_id)
        except Exception as exc:  # a thumbnail that cannot be had is a placeholder, never a crash
            log.info("no thumbnail for %s: %s", manifest_id.hex()[:12], exc)
            result = None
        finally:
            del self._inflight[manifest_id]
        future.set_result(result)
        return result

    async def _thumbnail(self, manifest_id: bytes) -> bytes | None:
        key = cache_key(manifest_id)
        if self.cache is not None:
            cached = await asyncio.to_thread(self.cache.get, key)
            if cached is not None:
                if manifest_id not in self._info:
                    info = await asyncio.to_thread(self.cache.get, info_cache_key(manifest_id))
                    known = MediaInfo.from_json(bytes(info.data)) if info is not None else None
                    if known is not None:
                        self._info[manifest_id] = known
                self.from_cache += 1
                return bytes(cached.data)
        fetcher = self._blob_fetcher()
        if fetcher is None:
            return None
        from etalonium_desktop.media.index import MEDIA_INDEX_TYPE

        manifest = await fetcher.manifest(manifest_id)
        if manifest.media_type == MEDIA_INDEX_TYPE:
            index = await fetcher.media_index(manifest_id)
            info = self._remember(manifest_id, index)
            if self.cache is not None:
                await asyncio.to_thread(self.cache.put, info_cache_key(manifest_id), "application/json", info.to_json())
            data = await fetcher.fetch(index.thumbnail)
        elif manifest.media_type.startswith("image/") and manifest.size <= MAX_RAW_PHOTO:
            data = await asyncio.to_thread(scale_to_thumbnail, await fetcher.fetch(manifest_id))
        else:
            return None
        self.fetched += 1
        if self.cache is not None:
            await asyncio.to_thread(self.cache.put, key, _MIME, data)
        return bytes(data)

    async def aclose(self) -> None:
        if self._http is not None:
            with contextlib.suppress(Exception):
                await self._http.close()
            self._http = None
            self._fetcher = None
