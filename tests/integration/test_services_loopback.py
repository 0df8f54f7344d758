"""The node services on two standalone nodes on loopback wired as peers (no chain needed)."""

from __future__ import annotations

import asyncio
import contextlib
import csv
import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from fullnode.services import ChannelInfo, MemoryChainView
from lightnode.mailbox_client import MailboxClient
from lightnode.protocol.keys import PrivateKey
from lightnode.protocol.services import CHUNK_SIZE, Envelope, Manifest, split_chunks
from lightnode.services_client import BlobClient, StreamPublisher
from tests.unit.services.helpers import client_session, service_nodes

pytestmark = pytest.mark.integration


def _envelope(owner: PrivateKey, text: bytes) -> Envelope:
    return Envelope(owner.public_key.raw, time.time_ns() // 1_000_000 + 600_000, text)


@pytest.mark.asyncio
async def test_envelope_left_on_one_node_is_fetched_from_another(tmp_path: Path) -> None:
    owner = PrivateKey.generate()
    async with service_nodes(tmp_path, 2) as [a, b], client_session() as session:
        at_a, at_b = MailboxClient(session, a.url), MailboxClient(session, b.url)
        async with at_b.listen(owner) as inbox:
            sent = await at_a.deposit(_envelope(owner, b"hello from A"))
            received = await asyncio.wait_for(inbox.receive(), 10)
            assert received.id() == sent
            assert received.ciphertext == b"hello from A"
            # Acknowledged on B, the envelope is deleted on A too.
            await inbox.ack([sent])
            assert await asyncio.wait_for(inbox.acked.get(), 10) == 1
        await b.services.peers.wait_idle()
        assert await at_a.fetch_all(owner) == []
        assert await at_b.fetch_all(owner) == []


@pytest.mark.asyncio
async def test_blob_uploaded_in_pieces_across_a_restart_is_complete_and_verified(tmp_path: Path) -> None:
    owner = PrivateKey.generate()
    data = os.urandom(3 * CHUNK_SIZE + 4321)
    chain = MemoryChainView(quotas={owner.actor_id: 16 * CHUNK_SIZE})
    async with service_nodes(tmp_path, chain=chain) as [node], client_session() as session:
        blobs = BlobClient(session, node.url)
        manifest = Manifest.for_blob(owner, data, "video/mp4", 1)
        pieces = split_chunks(data)
        assert len(await blobs.put_manifest(manifest)) == 4
        await blobs.put_chunk(pieces[0])
        await blobs.put_chunk(pieces[2])
        # The node goes down mid-upload (a chunk half written) and comes back on the same data directory.
        await node.stop()
        half_written = node.services.blobs.files.incoming / "0123456789abcdef-partial"
        half_written.write_bytes(pieces[1][:1000])
        await node.start()
        assert not half_written.exists(), "what a crash leaves half written is removed"
        blobs = BlobClient(session, node.url)
        assert await blobs.missing(manifest.id()) == [manifest.chunks[1], manifest.chunks[3]]
        resumed = await blobs.upload(owner, data, "video/mp4", manifest=manifest)
        assert resumed == manifest
        assert await blobs.missing(manifest.id()) == []
        got_manifest, got = await blobs.download(manifest.id())
        assert got == data
        assert got_manifest == manifest
        assert (await blobs.usage(owner.actor_id))["used"] == len(data)


def _test_stream(tmp_path: Path) -> list[tuple[bytes, int, bool]]:
    """Four seconds of H.264 in MPEG-TS from ffmpeg, as (media, duration_ms, keyframe) parts of ~240 ms."""
    out = tmp_path / "ts"
    out.mkdir()
    subprocess.run(
        [
            "ffmpeg", "-hide_banner", "-loglevel", "error", "-f", "lavfi",
            "-i", "testsrc=size=320x180:rate=25", "-t", "4", "-c:v", "libx264", "-preset", "ultrafast",
            "-tune", "zerolatency", "-g", "12", "-keyint_min", "12", "-sc_threshold", "0", "-bf", "0",
            "-pix_fmt", "yuv420p", "-f", "segment", "-segment_time", "0.48", "-segment_format", "mpegts",
            "-segment_list", str(out / "list.csv"), "-segment_list_type", "csv", str(out / "part%03d.ts"),
        ],
        check=True,
        timeout=60,
    )  # fmt: skip
    parts: list[tuple[bytes, int, bool]] = []
    with (out / "list.csv").open() as f:
        for name, start, end in csv.reader(f):
            media = (out / name).read_bytes()
            half = (len(media) // 188 // 2) * 188
            duration = round((float(end) - float(start)) * 1000)
            parts.append((media[:half], duration // 2, True))
            parts.append((media[half:], duration - duration // 2, False))
    return parts


@pytest.mark.slow
@pytest.mark.asyncio
@pytest.mark.skipif(shutil.which("ffprobe") is None, reason="ffmpeg is not installed (make test installs it)")
async def test_ffprobe_reads_the_relays_hls_playlist_of_a_live_stream(tmp_path: Path) -> None:
    channel = PrivateKey.generate()
    key = channel.public_key.raw
    parts = await asyncio.to_thread(_test_stream, tmp_path)
    chain = MemoryChainView(channels={key: ChannelInfo(channel.actor_id, "test card", True)})
    async with (
        service_nodes(tmp_path, chain=chain) as [node],
        client_session() as session,
        StreamPublisher(session, node.url, channel) as publisher,
    ):
        stop = asyncio.Event()

        async def broadcast() -> None:
            # A live stream: the test card loops at its real pace until ffprobe is done.
            while not stop.is_set():
                for media, duration, keyframe in parts:
                    await publisher.send_media(media, duration, keyframe)
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(stop.wait(), duration / 1000)
                    if stop.is_set():
                        return

        live = asyncio.create_task(broadcast())
        playlist = f"{node.url}/v1/streams/{key.hex()}/live.m3u8"
        try:
            # Blocking playlist reloads wait for the stream to start, then for three whole segments.
            async with session.get(playlist, params={"_HLS_msn": "1"}) as r:
                assert r.status == 200
            async with session.get(playlist, params={"_HLS_msn": "3"}) as r:
                assert r.status == 200
                assert "seg/2.ts" in await r.text()
            probe = await asyncio.create_subprocess_exec(
                "ffprobe", "-v", "error", "-show_entries", "stream=codec_name,width,height",
                "-of", "json", playlist,
                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
            )  # fmt: skip
            stdout, stderr = await asyncio.wait_for(probe.communicate(), 60)
        finally:
            stop.set()
            await live
        assert probe.returncode == 0, stderr.decode()
        streams = json.loads(stdout)["streams"]
        assert {"codec_name": "h264", "width": 320, "height": 180} in streams
