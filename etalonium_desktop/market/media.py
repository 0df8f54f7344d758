"""Listing photos and delivery proofs in the nodes' blob store: upload (processed by the media layer),
thumbnails for the listing cards (verified chunk by chunk, cached in the profile), and storage fuelling."""

from __future__ import annotations

import asyncio
import mimetypes
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import aiohttp

from etalonium_desktop.media.download import BlobFetcher, MediaCacheChunks
from etalonium_desktop.media.errors import MediaError
from etalonium_desktop.media.index import MEDIA_INDEX_TYPE, MediaKind
from etalonium_desktop.media.upload import Uploader, UploadProgress, UploadStateStore
from etalonium_desktop.store import MediaCache, Settings
from lightnode.protocol.encoding import ONE_EXC
from lightnode.protocol.keys import PrivateKey
from lightnode.services_client import BlobClient, ServiceClientError

from .errors import MarketError

#: Storage bought at a time when a listing's photos do not fit the quota.
FUEL_STEP_BYTES = 256 * 1024 * 1024
_PHOTO_TYPES = frozenset({"image/jpeg", "image/png", "image/webp", "image/heic", "image/tiff", "image/bmp"})


class SettingsStateStore:
    """Upload jobs' state in the encrypted profile's settings (so an interrupted upload resumes)."""

    def __init__(self, settings: Settings, prefix: str = "market.upload.") -> None:
        self.settings = settings
        self.prefix = prefix

    def load(self, key: str) -> bytes | None:
        value = self.settings.get(self.prefix + key, b"")
        return value or None

    def save(self, key: str, value: bytes) -> None:
        self.settings.set(self.prefix + key, value)

    def delete(self, key: str) -> None:
        self.settings.delete(self.prefix + key)

    def keys(self, prefix: str) -> list[str]:
        full = self.prefix + prefix
        names: list[str] = self.settings.keys()  # Settings is not a mapping: keys() is its listing
        return [k[len(self.prefix) :] for k in names if k.startswith(full)]


def is_photo(path: Path) -> bool:
    return (mimetypes.guess_type(path.name)[0] or "") in _PHOTO_TYPES


#: A delivery proof larger than this is not downloaded into memory (a proof is a photo or a document).
MAX_PROOF_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class DeliveryProof:
    """A delivery proof fetched from the blob store, every chunk checked against its signed manifest."""

    proof_id: bytes
    media_type: str
    data: bytes
    #: True for a photo uploaded through the media layer (shown in a viewer), False for any other file.
    is_photo: bool

    @property
    def suggested_name(self) -> str:
        extension = mimetypes.guess_extension(self.media_type) or ".bin"
        return f"delivery-proof-{self.proof_id[:6].hex()}{extension}"


class ListingMedia:
    """Uploads and fetches market media through the blob stores of `urls` (the network's nodes).

    `fuel(amount)` is how storage gets bought when the quota is short (the service submits a FUEL action
    and waits for it to be proven); `quota()` reads the proven quota of the owner.
    """

    def __init__(
        self,
        urls: Sequence[str],
        owner: PrivateKey,
        state: UploadStateStore,
        work_dir: Path,
        *,
        cache: MediaCache | None = None,
        fuel: Callable[[int], Awaitable[None]] | None = None,
        fuel_bytes_per_exc: int = 2**30,
        session: aiohttp.ClientSession | None = None,
    ) -> None:
        if not urls:
            raise ValueError("listing media needs at least one node")
        #: Node base URLs (the blob store is under `/v1/blobs` of each).
        self.urls = [u.rstrip("/") for u in urls]
        self.owner = owner
        self.state = state
        self.work_dir = work_dir
        self.cache = cache
        self.fuel = fuel
        self.fuel_bytes_per_exc = fuel_bytes_per_exc
        self._session = session
        self._own_session = session is None
        self._thumbnails: dict[bytes, bytes] = {}

    def _http(self) -> aiohttp.ClientSession:
        if self._session is None:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120))
        return self._session

    def clients(self) -> list[BlobClient]:
        return [BlobClient(self._http(), url) for url in self.urls]

    async def aclose(self) -> None:
        if self._own_session and self._session is not None:
            await self._session.close()
        self._session = None

    async def ensure_storage(self, size: int) -> None:
        """Fuel more storage when `size` more bytes would not fit the owner's quota."""
        client = self.clients()[0]
        try:
            usage = await client.usage(self.owner.actor_id)
        except (ServiceClientError, aiohttp.ClientError, TimeoutError, OSError) as exc:
            raise MarketError(
                "The network's storage nodes cannot be reached, so photos cannot be uploaded now. "
                "Try again later, or publish without photos."
            ) from exc
        short = usage["used"] + size - usage["quota"]
        if short <= 0:
            return
        if self.fuel is None:
            raise MarketError("Your storage quota is used up: fuel more storage in the wallet, then try again.")
        wanted = max(short, FUEL_STEP_BYTES)
        await self.fuel(-(-wanted * ONE_EXC // self.fuel_bytes_per_exc))

    async def upload_photo(self, path: Path, *, progress: Callable[[UploadProgress], None] | None = None) -> bytes:
        """Process and upload one photo; returns the media id a listing's `media` names."""
        size = await asyncio.to_thread(lambda: path.stat().st_size)
        # Renditions and the thumbnail are smaller than the original; twice its size is a safe margin.
        await self.ensure_storage(2 * size + 64 * 1024)
        uploader = Uploader(self.clients(), self.owner, self.state, self.work_dir)
        try:
            result = await uploader.upload_photo(path, progress=progress)
        except MediaError as exc:
            raise MarketError(str(exc)) from exc
        if result.thumbnail:
            self._thumbnails[result.index_id] = result.thumbnail
        return result.index_id

    async def upload_file(self, path: Path) -> bytes:
        """Upload any file as one blob (a delivery proof that is not a photo); returns its manifest id."""
        if is_photo(path):
            return await self.upload_photo(path)
        data = await asyncio.to_thread(path.read_bytes)
        await self.ensure_storage(len(data))
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        last: Exception | None = None
        for client in self.clients():
            try:
                return (await client.upload(self.owner, data, media_type)).id()
            except (ServiceClientError, aiohttp.ClientError, TimeoutError, OSError) as exc:
                last = exc
        raise MarketError(f"The file could not be uploaded to any storage node ({last}). Try again later.")

    async def thumbnail(self, media_id: bytes) -> bytes | None:
        """The thumbnail JPEG of a photo or video (None if no node has it), checked against its manifest."""
        if media_id in self._thumbnails:
            return self._thumbnails[media_id]
        chunks = MediaCacheChunks(self.cache) if self.cache is not None else None
        fetcher = BlobFetcher(self.clients(), cache=chunks)
        try:
            index = await fetcher.media_index(media_id)
            data = await fetcher.fetch(index.thumbnail)
        except (MediaError, aiohttp.ClientError, TimeoutError, OSError):
            return None
        self._thumbnails[media_id] = data
        return data

    async def delivery_proof(self, proof_id: bytes, *, max_height: int = 2160) -> DeliveryProof:
        """Download the proof an order's delivery names: a photo (its best rendition up to `max_height`) or a
        file, verified chunk by chunk. MarketError says why it cannot be had (no node has it, none returned it
        intact, too large, or a format this app cannot read)."""
        chunks = MediaCacheChunks(self.cache) if self.cache is not None else None
        fetcher = BlobFetcher(self.clients(), cache=chunks)
        try:
            manifest = await fetcher.manifest(proof_id)
            if manifest.media_type == MEDIA_INDEX_TYPE:
                index = await fetcher.media_index(proof_id)
                best = index.best_for(max_height)
                if best.size > MAX_PROOF_BYTES:
                    raise MarketError("This proof is too large to open here.")
                data = await fetcher.fetch(best.blob)
                return DeliveryProof(proof_id, best.media_type, data, index.kind == MediaKind.PHOTO)
            if manifest.size > MAX_PROOF_BYTES:
                raise MarketError(
                    f"This proof is {manifest.size / 2**20:.0f} MiB, more than the "
                    f"{MAX_PROOF_BYTES // 2**20} MiB this app opens."
                )
            data = await fetcher.fetch(proof_id)
        except MediaError as exc:
            raise MarketError(f"The delivery proof cannot be opened: {exc}") from exc
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            raise MarketError("The storage nodes cannot be reached; try opening the proof again later.") from exc
        return DeliveryProof(proof_id, manifest.media_type, data, False)

    async def photo(self, media_id: bytes, max_height: int = 1080) -> bytes | None:
        """The best rendition of a photo within `max_height` (for the listing's detail view)."""
        chunks = MediaCacheChunks(self.cache) if self.cache is not None else None
        fetcher = BlobFetcher(self.clients(), cache=chunks)
        try:
            index = await fetcher.media_index(media_id)
            return await fetcher.fetch(index.best_for(max_height).blob)
        except (MediaError, aiohttp.ClientError, TimeoutError, OSError):
            return None
