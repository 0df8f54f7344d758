"""Uploading photos and videos: processing, signed manifests, resumable deduplicated chunks, post payload."""

from __future__ import annotations

# An upload is a job with persisted state (through `UploadStateStore`; the app passes its encrypted store):
# after processing, every blob's signed manifest is saved before the first byte goes out, so a job resumed
# after a network drop or an app restart sends exactly the chunks the node still lacks, under the same
# manifest ids. Chunks are content addressed, so bytes the node already holds (from any upload) are never
# sent again, and a file uploaded twice is recognised by its content and not processed again.
import asyncio
import contextlib
import hashlib
import json
import os
import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import methodcaller
from pathlib import Path
from typing import Any, Protocol

import aiohttp

from lightnode.protocol.actions import Post, PostKind
from lightnode.protocol.errors import ProtocolError
from lightnode.protocol.keys import PrivateKey
from lightnode.protocol.services import CHUNK_SIZE, MAX_MANIFEST_CHUNKS, Manifest, chunk_id, unsigned
from lightnode.services_client import BlobClient, ServiceClientError

from .errors import MediaCancelledError, MediaError, UnsupportedMediaError, UploadInterruptedError
from .hls import MPEGURL, Fmp4Layout, Variant, master_playlist, media_playlist
from .index import MEDIA_INDEX_TYPE, MediaIndex, MediaKind, RenditionRef
from .photo import process_photo
from .transcode import (
    DEFAULT_TRANSCODE,
    CancelToken,
    TranscodeProgress,
    TranscodeResult,
    TranscodeSettings,
    transcode_video,
)

_STATE_VERSION = 1
_KEY_PREFIX = "upload/"
#: Bumped when processing changes, so a file uploaded before is processed again rather than reused.
PROCESSING_VERSION = 1


# ---------------------------------------------------------------------------------------------------------
# Persisted state
# ---------------------------------------------------------------------------------------------------------


class UploadStateStore(Protocol):
    """Where upload jobs keep their state between runs (the app passes its encrypted profile store)."""

    def load(self, key: str) -> bytes | None: ...

    def save(self, key: str, value: bytes) -> None: ...

    def delete(self, key: str) -> None: ...

    def keys(self, prefix: str) -> list[str]: ...


class MemoryStateStore:
    """State kept in memory (tests, and uploads that need not survive a restart)."""

    def __init__(self) -> None:
        self.items: dict[str, bytes] = {}

    def load(self, key: str) -> bytes | None:
        return self.items.get(key)

    def save(self, key: str, value: bytes) -> None:
        self.items[key] = bytes(value)

    def delete(self, key: str) -> None:
        self.items.pop(key, None)

    def keys(self, prefix: str) -> list[str]:
        return sorted(k for k in self.items if k.startswith(prefix))


class DirectoryStateStore:
    """State as one file per key in a directory, written atomically (temporary file, fsync, rename)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)

    def _path(self, key: str) -> Path:
        return self.root / (key.encode().hex() + ".state")

    def load(self, key: str) -> bytes | None:
        try:
            return self._path(key).read_bytes()
        except FileNotFoundError:
            return None

    def save(self, key: str, value: bytes) -> None:
        path = self._path(key)
        tmp = path.with_suffix(".tmp")
        with tmp.open("wb") as f:
            f.write(value)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)

    def delete(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

    def keys(self, prefix: str) -> list[str]:
        out = []
        for path in self.root.glob("*.state"):
            with contextlib.suppress(ValueError, UnicodeDecodeError):
                key = bytes.fromhex(path.stem).decode()
                if key.startswith(prefix):
                    out.append(key)
        return sorted(out)


class _SettingsLike(Protocol):
    def get(self, key: str, default: bytes) -> bytes: ...

    def set(self, key: str, value: bytes) -> None: ...

    def delete(self, key: str) -> bool: ...

    def keys(self) -> list[str]: ...


class SettingsStateStore:
    """Upload state kept in the encrypted profile (`profile.settings`), under keys starting with `prefix`."""

    def __init__(self, settings: _SettingsLike, prefix: str = "media.") -> None:
        self.settings = settings
        self.prefix = prefix

    def load(self, key: str) -> bytes | None:
        value = self.settings.get(self.prefix + key, b"")
        return value or None

    def save(self, key: str, value: bytes) -> None:
        self.settings.set(self.prefix + key, bytes(value))

    def delete(self, key: str) -> None:
        self.settings.delete(self.prefix + key)

    def keys(self, prefix: str) -> list[str]:
        full = self.prefix + prefix
        names = self.settings.keys()  # Settings is not a mapping: keys() is its method
        return [k[len(self.prefix) :] for k in names if k.startswith(full)]


# ---------------------------------------------------------------------------------------------------------
# Results and progress
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class UploadProgress:
    #: "processing" (resizing, transcoding), "uploading" or "done".
    stage: str
    #: 0..1 of the whole job.
    fraction: float
    sent_bytes: int
    total_bytes: int
    #: Estimated seconds left in this stage; None until there is enough to go by.
    remaining_s: float | None


@dataclass(frozen=True, slots=True)
class UploadResult:
    """A finished upload: the manifest id a post's `media` entry names, and what it lists."""

    job_id: str
    index_id: bytes
    index: MediaIndex
    #: Chunks this call actually sent, and chunks the node already held (resumed or deduplicated).
    chunks_sent: int
    chunks_skipped: int
    #: True when the same file had been uploaded before and nothing was processed or sent.
    reused: bool
    #: The thumbnail JPEG (for showing the upload before the network has it).
    thumbnail: bytes = b""

    @property
    def kind(self) -> MediaKind:
        return MediaKind(self.index.kind)

    @property
    def palette(self) -> tuple[int, ...]:
        return self.index.palette


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How long an upload keeps trying through a network drop before it pauses (resumable later)."""

    attempts: int = 6
    first_delay_s: float = 0.25
    max_delay_s: float = 4.0


ProgressCallback = Callable[[UploadProgress], None]


# ---------------------------------------------------------------------------------------------------------
# The uploader
# ---------------------------------------------------------------------------------------------------------


@dataclass
class _Blob:
    role: str
    path: str
    media_type: str
    manifest: str = ""  # hex of the signed manifest's encoding
    uploaded: bool = False

    def signed(self) -> Manifest:
        return Manifest.decode(bytes.fromhex(self.manifest))


class Uploader:
    """Uploads photos, videos and files to the blob store of one or more nodes, as resumable jobs.

    `clients` are tried in order (the next one when a node is unreachable). Processing runs in worker
    threads; everything else on the caller's event loop.
    """

    def __init__(
        self,
        clients: Sequence[BlobClient],
        owner: PrivateKey,
        state: UploadStateStore,
        work_dir: Path,
        *,
        settings: TranscodeSettings = DEFAULT_TRANSCODE,
        retry: RetryPolicy = RetryPolicy(),
        concurrency: int = 2,
    ) -> None:
        if not clients:
            raise ValueError("an uploader needs at least one blob store")
        self.clients = list(clients)
        self.owner = owner
        self.state = state
        self.work_dir = work_dir
        self.settings = settings
        self.retry = retry
        self.concurrency = max(1, concurrency)
        #: Called with each chunk id just before it is sent (tests use it to interrupt an upload).
        self.before_chunk: Callable[[bytes], None] | None = None

    # Public entry points

    async def upload_photo(self, source: Path, *, progress: ProgressCallback | None = None) -> UploadResult:
        """Process a photo (upright, no metadata, renditions, thumbnail, palette) and upload it."""
        return await self._run("photo", source, progress, None)

    async def upload_video(
        self,
        source: Path,
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> UploadResult:
        """Transcode a video into HLS renditions and upload them; `cancel` stops it (state is dropped)."""
        return await self._run("video", source, progress, cancel)

    def pending(self) -> list[str]:
        """Ids of jobs that started and did not finish (to resume after a restart)."""
        out = []
        for key in self.state.keys(_KEY_PREFIX):
            record = self._load(key[len(_KEY_PREFIX) :])
            if record is not None and record.get("phase") != "done":
                out.append(str(record["job"]))
        return out

    def job_source(self, job_id: str) -> Path | None:
        """The file an unfinished job uploads (to name it when offering to resume), or None."""
        record = self._load(job_id)
        return None if record is None else Path(str(record["source"]))

    async def resume(self, job_id: str, *, progress: ProgressCallback | None = None) -> UploadResult:
        """Finish a job that was interrupted (network drop, app closed, node down)."""
        record = self._load(job_id)
        if record is None:
            raise MediaError("There is no unfinished upload with this id; start the upload again.")
        return await self._run(str(record["kind"]), Path(record["source"]), progress, None)

    async def resume_all(self, *, progress: ProgressCallback | None = None) -> list[UploadResult]:
        return [await self.resume(job, progress=progress) for job in self.pending()]

    def forget(self, job_id: str) -> None:
        """Drop a job's state and working files (an upload the user abandoned)."""
        record = self._load(job_id)
        if record is not None:
            shutil.rmtree(record.get("work_dir", ""), ignore_errors=True)
        self.state.delete(_KEY_PREFIX + job_id)

    # The job

    def _load(self, job_id: str) -> dict[str, Any] | None:
        raw = self.state.load(_KEY_PREFIX + job_id)
        if raw is None:
            return None
        try:
            record: dict[str, Any] = json.loads(raw)
        except ValueError:
            return None
        return record if record.get("version") == _STATE_VERSION else None

    def _save(self, record: dict[str, Any]) -> None:
        self.state.save(_KEY_PREFIX + str(record["job"]), json.dumps(record, sort_keys=True).encode())

    async def _job_id(self, kind: str, source: Path) -> tuple[str, str]:
        content = await asyncio.to_thread(_file_hash, source)
        h = hashlib.blake2b(digest_size=16, person=b"exc/upload-job")
        h.update(f"{kind}|{PROCESSING_VERSION}|{self.settings!r}|".encode())
        h.update(self.owner.public_key.raw)
        h.update(content)
        return h.hexdigest(), content.hex()

    async def _run(
        self,
        kind: str,
        source: Path,
        progress: ProgressCallback | None,
        cancel: CancelToken | None,
    ) -> UploadResult:
        if not await asyncio.to_thread(source.is_file):
            raise MediaError(f"The file {source.name} does not exist any more; choose it again.")
        job_id, content = await self._job_id(kind, source)
        record = self._load(job_id)
        if record is not None and record.get("phase") == "done":
            index = MediaIndex.decode(bytes.fromhex(record["index"]))
            thumbnail = bytes.fromhex(record.get("thumbnail", ""))
            return UploadResult(job_id, bytes.fromhex(record["index_id"]), index, 0, 0, True, thumbnail)
        token = cancel if cancel is not None else CancelToken()
        try:
            if record is None or record.get("phase") != "uploading":
                record = await self._process(job_id, kind, source, content, progress, token)
            sent, skipped = await self._upload(record, progress, token)
        except UploadInterruptedError:
            raise  # resumable: the state stays
        except (MediaError, ProtocolError):
            self.forget(job_id)  # cancelled, or nothing a retry would change
            raise
        except asyncio.CancelledError:
            token.cancel()  # stop a transcode thread; the saved state lets the job resume later
            raise
        index_blob = next(b for b in record["blobs"] if b["role"] == "index")
        index_bytes = await asyncio.to_thread(Path(index_blob["path"]).read_bytes)
        index_id = Manifest.decode(bytes.fromhex(index_blob["manifest"])).id()
        thumb_blob = next(b for b in record["blobs"] if b["role"] == "thumbnail")
        thumbnail = await asyncio.to_thread(Path(thumb_blob["path"]).read_bytes)
        shutil.rmtree(record["work_dir"], ignore_errors=True)
        done = {
            "version": _STATE_VERSION,
            "job": job_id,
            "kind": kind,
            "source": str(source),
            "phase": "done",
            "index": index_bytes.hex(),
            "index_id": index_id.hex(),
            "thumbnail": thumbnail.hex(),
        }
        self._save(done)
        if progress is not None:
            progress(UploadProgress("done", 1.0, 0, 0, 0.0))
        return UploadResult(job_id, index_id, MediaIndex.decode(index_bytes), sent, skipped, False, thumbnail)

    async def _process(
        self,
        job_id: str,
        kind: str,
        source: Path,
        content: str,
        progress: ProgressCallback | None,
        cancel: CancelToken,
    ) -> dict[str, Any]:
        work = self.work_dir / job_id
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        record: dict[str, Any] = {
            "version": _STATE_VERSION,
            "job": job_id,
            "kind": kind,
            "source": str(source),
            "source_hash": content,
            "work_dir": str(work),
            "phase": "processing",
        }
        self._save(record)
        if kind == "photo":
            if progress is not None:
                progress(UploadProgress("processing", 0.0, 0, 0, None))
            blobs = await asyncio.to_thread(self._prepare_photo, source, work)
        elif kind == "video":
            loop = asyncio.get_running_loop()

            def report(p: TranscodeProgress) -> None:
                if progress is not None:
                    event = UploadProgress("processing", 0.8 * p.fraction, 0, 0, p.remaining_s)
                    loop.call_soon_threadsafe(progress, event)

            result = await asyncio.to_thread(
                transcode_video, source, work / "hls", self.settings, progress=report, cancel=cancel
            )
            blobs = await asyncio.to_thread(self._prepare_video, result, work)
        else:
            raise UnsupportedMediaError(f"'{kind}' is not something that can be uploaded.")
        record["blobs"] = [b.__dict__ for b in blobs]
        record["phase"] = "uploading"
        self._save(record)
        return record

    # Processing into blobs (worker threads)

    def _manifest(self, path: Path, media_type: str) -> str:
        ids = []
        size = 0
        with path.open("rb") as f:
            while piece := f.read(CHUNK_SIZE):
                ids.append(chunk_id(piece))
                size += len(piece)
        if size == 0:
            raise MediaError(f"{path.name} came out empty; the file cannot be uploaded.")
        if len(ids) > MAX_MANIFEST_CHUNKS:
            raise MediaError("The file is larger than 4 GiB, the most one upload can hold.")
        manifest: Manifest = unsigned(
            Manifest,
            owner=self.owner.public_key.raw,
            size=size,
            media_type=media_type,
            chunks=tuple(ids),
            created_ms=time.time_ns() // 1_000_000,
        )
        manifest.validate()
        return manifest.signed_by(self.owner).encode().hex()

    def _blob(self, role: str, path: Path, media_type: str) -> _Blob:
        return _Blob(role, str(path), media_type, self._manifest(path, media_type))

    def _prepare_photo(self, source: Path, work: Path) -> list[_Blob]:
        photo = process_photo(source.read_bytes())
        blobs: list[_Blob] = []
        refs: list[RenditionRef] = []
        for r in photo.renditions:
            path = work / f"{r.label}.jpg"
            path.write_bytes(r.data)
            blob = self._blob(f"rendition:{r.label}", path, r.media_type)
            blobs.append(blob)
            refs.append(
                RenditionRef(r.label, r.width, r.height, 0, r.media_type, blob.signed().id(), len(r.data), b"", "")
            )
        thumb_path = work / "thumbnail.jpg"
        thumb_path.write_bytes(photo.thumbnail.data)
        thumb = self._blob("thumbnail", thumb_path, "image/jpeg")
        blobs.append(thumb)
        index = MediaIndex(
            MediaKind.PHOTO, photo.width, photo.height, 0, photo.palette, thumb.signed().id(), tuple(refs), b""
        )
        blobs.append(self._index_blob(index, work))
        return blobs

    def _prepare_video(self, result: TranscodeResult, work: Path) -> list[_Blob]:
        blobs: list[_Blob] = []
        refs: list[RenditionRef] = []
        variants: list[Variant] = []
        for r in result.renditions:
            media = self._blob(f"rendition:{r.label}", r.path, "video/mp4")
            blobs.append(media)
            media_id = media.signed().id()
            playlist_path = work / f"{r.label}.blob.m3u8"
            playlist_path.write_text(_blob_playlist(media_id, r.layout), encoding="utf-8")
            playlist = self._blob(f"playlist:{r.label}", playlist_path, MPEGURL)
            blobs.append(playlist)
            playlist_id = playlist.signed().id()
            size = r.path.stat().st_size
            refs.append(
                RenditionRef(
                    r.label, r.width, r.height, r.bandwidth, "video/mp4", media_id, size, playlist_id, r.codecs
                )
            )
            variants.append(
                Variant(f"{playlist_id.hex()}?f=.m3u8", r.bandwidth, r.width, r.height, r.codecs, result.frame_rate)
            )
        thumb_path = work / "thumbnail.jpg"
        thumb_path.write_bytes(result.thumbnail_jpeg)
        thumb = self._blob("thumbnail", thumb_path, "image/jpeg")
        blobs.append(thumb)
        master_path = work / "master.blob.m3u8"
        master_path.write_text(master_playlist(variants), encoding="utf-8")
        master = self._blob("master", master_path, MPEGURL)
        blobs.append(master)
        index = MediaIndex(
            MediaKind.VIDEO,
            result.width,
            result.height,
            round(result.duration_s * 1000),
            result.palette,
            thumb.signed().id(),
            tuple(refs),
            master.signed().id(),
        )
        blobs.append(self._index_blob(index, work))
        return blobs

    def _index_blob(self, index: MediaIndex, work: Path) -> _Blob:
        path = work / "index.msgpack"
        path.write_bytes(index.encode())
        return self._blob("index", path, MEDIA_INDEX_TYPE)

    # Uploading

    async def _upload(
        self, record: dict[str, Any], progress: ProgressCallback | None, cancel: CancelToken
    ) -> tuple[int, int]:
        blobs = [_Blob(**b) for b in record["blobs"]]
        pending = [b for b in blobs if not b.uploaded]
        total = sum(b.signed().size for b in pending)
        started = time.monotonic()
        sent_bytes = 0
        counts = [0, 0]

        def report() -> None:
            if progress is None:
                return
            elapsed = time.monotonic() - started
            fraction = sent_bytes / total if total else 1.0
            remaining = elapsed * (1 - fraction) / fraction if fraction > 0.02 else None
            progress(UploadProgress("uploading", 0.8 + 0.2 * fraction, sent_bytes, total, remaining))

        report()
        for blob in pending:
            if cancel.cancelled:
                raise MediaCancelledError("The upload was cancelled.")
            manifest = blob.signed()
            missing = set(await self._call(methodcaller("put_manifest", manifest)))
            path = Path(blob.path)
            todo = [(i, cid) for i, cid in enumerate(manifest.chunks) if cid in missing]
            counts[1] += len(manifest.chunks) - len(todo)
            sent_bytes += sum(manifest.chunk_size(i) for i, cid in enumerate(manifest.chunks) if cid not in missing)
            queue = list(todo)

            async def worker(
                path: Path = path, manifest: Manifest = manifest, queue: list[tuple[int, bytes]] = queue
            ) -> None:
                nonlocal sent_bytes
                while queue:
                    if cancel.cancelled:
                        raise MediaCancelledError("The upload was cancelled.")
                    index, cid = queue.pop(0)
                    data = await asyncio.to_thread(_read_chunk, path, index)
                    if chunk_id(data) != cid:
                        raise MediaError(f"{path.name} changed on disk during the upload; start the upload again.")
                    if self.before_chunk is not None:
                        self.before_chunk(cid)
                    await self._call(methodcaller("put_chunk", data, cid))
                    counts[0] += 1
                    sent_bytes += len(data)
                    report()

            await asyncio.gather(*(worker() for _ in range(self.concurrency)))
            still = await self._call(methodcaller("missing", manifest.id()))
            if still:
                raise UploadInterruptedError(
                    "The node did not keep every piece of the upload; it will be sent again on resume."
                )
            blob.uploaded = True
            record["blobs"] = [b.__dict__ for b in blobs]
            self._save(record)
            report()
        return counts[0], counts[1]

    async def _call(self, op: Callable[[BlobClient], Any]) -> Any:
        """Run one request with retries across nodes; transient failures pause, lasting ones explain."""
        delay = self.retry.first_delay_s
        last: BaseException | None = None
        for attempt in range(self.retry.attempts):
            client = self.clients[attempt % len(self.clients)]
            try:
                return await op(client)
            except ServiceClientError as exc:
                if exc.status == 402:
                    raise MediaError(
                        "Your storage quota is used up: fuel more storage in the wallet, then resume the upload."
                    ) from exc
                if exc.status == 429 or exc.status >= 500:
                    last = exc
                else:
                    raise MediaError(f"The node refused the upload: {exc.reason or exc.code}.") from exc
            except (aiohttp.ClientError, TimeoutError, ConnectionError, ProtocolError) as exc:
                last = exc
            await asyncio.sleep(delay)
            delay = min(self.retry.max_delay_s, delay * 2)
        raise UploadInterruptedError(
            "The connection to the storage node was lost; the upload is saved and resumes where it stopped."
        ) from last


def _blob_playlist(media_id: bytes, layout: Fmp4Layout) -> str:
    # Relative to the playlist's own URL (/v1/blobs/<playlist id>), the rendition is /v1/blobs/<media id>.
    # The query (ignored by the node) gives the URL an extension: FFmpeg's HLS reader plays only segment
    # URLs whose name ends in a media extension.
    return media_playlist(f"{media_id.hex()}?f=.mp4", layout)


def _read_chunk(path: Path, index: int) -> bytes:
    with path.open("rb") as f:
        f.seek(index * CHUNK_SIZE)
        return f.read(CHUNK_SIZE)


def _file_hash(path: Path) -> bytes:
    h = hashlib.blake2b(digest_size=32, person=b"exc/upload-src")
    with path.open("rb") as f:
        while piece := f.read(1 << 20):
            h.update(piece)
    return h.digest()


# ---------------------------------------------------------------------------------------------------------
# The post
# ---------------------------------------------------------------------------------------------------------


def post_payload(
    media: Sequence[UploadResult],
    *,
    text: str = "",
    tags: Sequence[str] = (),
    kind: PostKind | None = None,
    place: str = "",
    event_time_ms: int = 0,
) -> Post:
    """The POST action payload referencing uploaded media (submitting it is the light client's job).

    `media` entries become the post's media (manifest ids of their media indexes, in order); the palette
    is the first item's dominant colours, then the others', without repeats, at most eight.
    """
    if kind is None:
        if any(m.kind == MediaKind.VIDEO for m in media):
            kind = PostKind.VIDEO
        elif media:
            kind = PostKind.PHOTO
        else:
            kind = PostKind.TEXT
    palette: list[int] = []
    for m in media:
        for colour in m.palette:
            if colour not in palette and len(palette) < 8:
                palette.append(colour)
    post = Post(
        kind=int(kind),
        text=text,
        tags=tuple(tags),
        media=tuple(m.index_id for m in media),
        palette=tuple(palette),
        repost_of=b"",
        event_time_ms=event_time_ms,
        place=place,
    )
    Post.decode(post.encode())  # the same strict checks a node applies, before anything is signed
    return post
