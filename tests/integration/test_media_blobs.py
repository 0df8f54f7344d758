"""Media through loopback blob stores: verified download and playback, GPS-free photos, resume, lying node."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import av
import cv2
import numpy as np
import pytest
import pytest_asyncio
from aiohttp import web

from etalonium_desktop.media.decoder import Decoder, open_stream
from etalonium_desktop.media.download import BlobFetcher, BlobFile
from etalonium_desktop.media.errors import UploadInterruptedError
from etalonium_desktop.media.index import MediaKind
from etalonium_desktop.media.transcode import RenditionSpec, TranscodeSettings
from etalonium_desktop.media.upload import (
    DirectoryStateStore,
    MemoryStateStore,
    RetryPolicy,
    Uploader,
    post_payload,
)
from lightnode.protocol.actions import Post, PostKind
from lightnode.protocol.keys import PrivateKey
from lightnode.protocol.services import CHUNK_SIZE, chunk_id, split_chunks
from lightnode.services_client import BlobClient
from tests.unit.media.jpeg import photo_with_exif, segments
from tests.unit.media.nodes import chain_for, collect_qt_garbage_here, make_clip, nodes, session
from tests.unit.media.probe import streams

# Collected on the main thread around each test (see the fixture), never on a decoder thread.
__all__ = ["collect_qt_garbage_here"]

pytestmark = [
    pytest.mark.integration,
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("ffprobe") is None, reason="ffmpeg is not installed (make test installs it)"),
]

#: A big 720p rendition (several 1 MiB chunks from a short clip) and a small one.
SETTINGS = TranscodeSettings(
    ladder=(RenditionSpec("720p", 720, 16_000_000), RenditionSpec("360p", 360, 600_000, 96_000)),
    segment_seconds=1.0,
    preset="ultrafast",
)
FRAMES = 120


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_clip(tmp_path_factory.mktemp("clips") / "look.mp4", seconds=4.0, size="1280x720", rate=30)


def _frames(data: bytes) -> int:
    import io

    with av.open(io.BytesIO(data)) as container:
        return sum(1 for _ in container.decode(video=0))


@pytest.mark.asyncio
async def test_a_video_is_uploaded_then_downloaded_verified_and_played_by_another_client(
    tmp_path: Path, clip: Path
) -> None:
    owner = PrivateKey.generate()
    async with nodes(tmp_path, 2, chain_for(owner)) as [a, b], session() as s:
        uploader = Uploader([BlobClient(s, a.url)], owner, MemoryStateStore(), tmp_path / "work", settings=SETTINGS)
        progress: list[float] = []
        result = await uploader.upload_video(clip, progress=lambda p: progress.append(p.fraction))
        assert progress[-1] == 1.0
        assert progress == sorted(progress)
        post = post_payload([result], text="SS26 lookbook", tags=("lookbook", "linen"))
        assert Post.decode(post.encode()) == post
        assert post.kind == PostKind.VIDEO
        assert post.media == (result.index_id,)
        assert post.palette == result.index.palette[:8]
        assert post.palette

        # Another client, on the other node (which fetches from its peer on demand).
        fetcher = BlobFetcher([BlobClient(s, b.url)])
        index = await fetcher.media_index(result.index_id)
        assert index.kind == MediaKind.VIDEO
        assert [r.label for r in index.renditions] == ["720p", "360p"]
        for rendition in index.renditions:
            manifest = await fetcher.manifest(rendition.blob)
            manifest.verify()
            data = await fetcher.fetch(rendition.blob)
            assert [chunk_id(c) for c in split_chunks(data)] == list(manifest.chunks)  # every chunk hash
            assert len(data) == rendition.size == manifest.size
            assert _frames(data) == FRAMES
        big = index.renditions[0]
        assert big.size > 4 * CHUNK_SIZE, "the test needs a multi-chunk rendition"

        # Playback starts before the whole file is there: the first frame needs only a few chunks.
        player_fetcher = BlobFetcher([BlobClient(s, b.url)])
        manifest = await player_fetcher.manifest(big.blob)
        blob_file = BlobFile(player_fetcher, manifest, asyncio.get_running_loop(), read_ahead=1)
        decoder = Decoder(open_stream(blob_file), output_size=(320, 180), want_audio=False)
        decoder.start()
        try:
            while decoder.peek_video() is None:
                assert decoder.error is None, decoder.error
                await asyncio.sleep(0.01)
            assert len(set(blob_file.fetched)) < len(manifest.chunks)
            frames = 0
            while not decoder.drained():
                assert decoder.error is None, decoder.error
                if decoder.pop_video() is not None:
                    frames += 1
                else:
                    await asyncio.sleep(0.005)
            assert frames == FRAMES
            assert set(blob_file.fetched) == set(range(len(manifest.chunks)))
        finally:
            decoder.close()

        # Ordinary HLS players can watch the upload straight from the node.
        master = f"{b.url}/v1/blobs/{index.master_playlist.hex()}"
        found = await asyncio.to_thread(streams, master)
        assert {s["codec_type"] for s in found} == {"video", "audio"}
        assert {(s.get("width"), s.get("height")) for s in found if s["codec_type"] == "video"} >= {(1280, 720)}

        # The same file again: recognised, nothing processed or sent.
        again = await uploader.upload_video(clip)
        assert again.reused
        assert again.index_id == result.index_id
        assert again.chunks_sent == 0


@pytest.mark.asyncio
async def test_a_photo_reaches_other_clients_without_its_gps_tags(tmp_path: Path) -> None:
    owner = PrivateKey.generate()
    original = tmp_path / "fitting.jpg"
    original.write_bytes(photo_with_exif(2400, 1600))
    async with nodes(tmp_path, 2, chain_for(owner)) as [a, b], session() as s:
        uploader = Uploader([BlobClient(s, a.url)], owner, MemoryStateStore(), tmp_path / "work")
        result = await uploader.upload_photo(original)
        assert post_payload([result]).kind == PostKind.PHOTO
        fetcher = BlobFetcher([BlobClient(s, b.url)])
        index = await fetcher.media_index(result.index_id)
        assert index.kind == MediaKind.PHOTO
        assert len(index.palette) >= 2
        assert [max(r.width, r.height) for r in index.renditions] == [2048, 1080, 480]
        assert (index.width, index.height) == (1600, 2400)  # turned upright (EXIF orientation 6)
        for blob in [r.blob for r in index.renditions] + [index.thumbnail]:
            jpeg = await fetcher.fetch(blob)
            assert b"Exif" not in jpeg
            assert b"Etalonium TestCam" not in jpeg
            assert 0xE1 not in segments(jpeg)
            assert cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_COLOR) is not None
    assert original.read_bytes() == photo_with_exif(2400, 1600)  # the original is untouched


class Killed(Exception):
    """Stands for the app being closed in the middle of an upload."""


@pytest.mark.asyncio
async def test_an_upload_killed_midway_resumes_after_a_restart_sending_only_what_is_missing(
    tmp_path: Path, clip: Path
) -> None:
    owner = PrivateKey.generate()
    state_dir = tmp_path / "state"
    async with nodes(tmp_path, 1, chain_for(owner)) as [node], session() as s:
        first = Uploader(
            [BlobClient(s, node.url)], owner, DirectoryStateStore(state_dir), tmp_path / "work", settings=SETTINGS
        )
        sent: list[bytes] = []

        def die_after_three(cid: bytes) -> None:
            if len(sent) == 3:
                raise Killed
            sent.append(cid)

        first.before_chunk = die_after_three
        first.concurrency = 1
        with pytest.raises(Killed):
            await first.upload_video(clip)
        [job] = first.pending()

        # A new run of the app: a fresh uploader over the same saved state.
        second = Uploader(
            [BlobClient(s, node.url)], owner, DirectoryStateStore(state_dir), tmp_path / "work", settings=SETTINGS
        )
        assert second.pending() == [job]
        resent: list[bytes] = []
        second.before_chunk = resent.append
        [result] = await second.resume_all()
        assert not set(resent) & set(sent), "chunks the node already had were sent again"
        assert result.chunks_skipped >= 3
        assert second.pending() == []
        fetcher = BlobFetcher([BlobClient(s, node.url)])
        index = await fetcher.media_index(result.index_id)
        assert _frames(await fetcher.fetch(index.renditions[0].blob)) == FRAMES


@pytest.mark.asyncio
async def test_a_network_drop_pauses_the_upload_and_it_resumes_when_the_node_is_back(
    tmp_path: Path, clip: Path
) -> None:
    owner = PrivateKey.generate()
    async with nodes(tmp_path, 1, chain_for(owner)) as [node], session() as s:
        uploader = Uploader(
            [BlobClient(s, node.url)],
            owner,
            MemoryStateStore(),
            tmp_path / "work",
            settings=SETTINGS,
            retry=RetryPolicy(attempts=3, first_delay_s=0.05, max_delay_s=0.1),
            concurrency=1,
        )
        second_chunk = asyncio.Event()
        count = 0

        def watch(_cid: bytes) -> None:
            nonlocal count
            count += 1
            if count == 2:
                second_chunk.set()

        uploader.before_chunk = watch
        upload = asyncio.create_task(uploader.upload_video(clip))
        await second_chunk.wait()
        await node.stop()  # the network goes away mid-upload
        with pytest.raises(UploadInterruptedError, match="resumes where it stopped"):
            await upload
        [job] = uploader.pending()
        await node.start()  # back, same port and data
        result = await uploader.resume(job)
        assert result.chunks_skipped >= 1
        fetcher = BlobFetcher([BlobClient(s, node.url)])
        index = await fetcher.media_index(result.index_id)
        assert _frames(await fetcher.fetch(index.renditions[1].blob)) == FRAMES


@pytest_asyncio.fixture
async def lying_proxy() -> AsyncIterator[tuple[list[str], web.AppRunner]]:
    """A 'node' that forwards to a real one but flips a byte in the second chunk of every blob."""
    upstream: list[str] = []

    async def forward(request: web.Request) -> web.Response:
        async with (
            aiohttp.ClientSession() as client,
            client.get(
                upstream[0] + request.path_qs, headers={k: v for k, v in request.headers.items() if k == "Range"}
            ) as r,
        ):
            body = bytearray(await r.read())
            headers = {k: v for k, v in r.headers.items() if k in ("Content-Type", "Content-Range", "X-ExC-Complete")}
            if request.headers.get("Range", "").startswith(f"bytes={CHUNK_SIZE}-") and body:
                body[100] ^= 0xFF
            return web.Response(status=r.status, body=bytes(body), headers=headers)

    app = web.Application()
    app.router.add_get("/{tail:.*}", forward)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    try:
        yield upstream, runner
    finally:
        await runner.cleanup()


@pytest.mark.asyncio
async def test_a_corrupt_chunk_from_one_node_is_detected_and_fetched_from_another(
    tmp_path: Path, clip: Path, lying_proxy: tuple[list[str], web.AppRunner]
) -> None:
    upstream, runner = lying_proxy
    owner = PrivateKey.generate()
    async with nodes(tmp_path, 2, chain_for(owner)) as [a, b], session() as s:
        uploader = Uploader([BlobClient(s, a.url)], owner, MemoryStateStore(), tmp_path / "work", settings=SETTINGS)
        result = await uploader.upload_video(clip)
        upstream.append(a.url)
        host, port = runner.addresses[0][:2]
        liar = f"http://{host}:{port}"
        fetcher = BlobFetcher([BlobClient(s, liar), BlobClient(s, b.url)])
        index = await fetcher.media_index(result.index_id)
        big = index.renditions[0]
        data = await fetcher.fetch(big.blob)
        manifest = await fetcher.manifest(big.blob)
        assert [chunk_id(c) for c in split_chunks(data)] == list(manifest.chunks)
        faults = fetcher.stats.faults
        assert faults[BlobClient(s, liar).base].bad_chunks == 1
        assert faults.get(BlobClient(s, b.url).base) is None or faults[BlobClient(s, b.url).base].bad_chunks == 0
        assert fetcher.stats.refetched == 1
        assert _frames(data) == FRAMES
