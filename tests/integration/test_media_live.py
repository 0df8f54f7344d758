"""Live on a loopback relay: two viewers, chat, forged parts refused, ffmpeg on LL-HLS, recording to post."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import shutil
import time
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
import pytest_asyncio
from aiohttp import web

from etalonium_desktop.media.decoder import Decoder
from etalonium_desktop.media.live import (
    FileLoopSource,
    LiveBroadcast,
    LiveReceiver,
    LiveSettings,
    hls_url,
    read_stamp,
)
from etalonium_desktop.media.transcode import RenditionSpec, TranscodeSettings
from etalonium_desktop.media.upload import MemoryStateStore, Uploader, post_payload
from lightnode.protocol.actions import PostKind
from lightnode.protocol.keys import PrivateKey
from lightnode.protocol.services import StreamPart
from lightnode.services_client import BlobClient
from tests.unit.media.nodes import chain_for, collect_qt_garbage_here, make_clip, nodes, session
from tests.unit.media.probe import streams

# Collected on the main thread around each test (see the fixture), never on a decoder thread.
__all__ = ["collect_qt_garbage_here"]

pytestmark = [
    pytest.mark.integration,
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="ffmpeg is not installed (make test installs it)"),
]

SETTINGS = LiveSettings(width=320, height=240, fps=25, video_bitrate=500_000, preset="ultrafast")


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_clip(tmp_path_factory.mktemp("live") / "card.mp4", seconds=2.0, size="320x240", rate=25)


async def take_frames(decoder: Decoder, count: int, within_s: float = 30.0) -> list[float]:
    """Wait (on the decoder's frame event) for `count` frames; returns their arrival times."""
    arrivals: list[float] = []
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within_s
    while len(arrivals) < count:
        frame = decoder.pop_video()
        if frame is not None:
            arrivals.append(time.time())
            stamp = read_stamp(frame.frame.to_ndarray(), SETTINGS.width)
            assert stamp is not None
            continue
        assert decoder.error is None, decoder.error
        decoder.frame_queued.clear()
        if decoder.peek_video() is None:
            remaining = deadline - loop.time()
            assert remaining > 0, f"only {len(arrivals)} of {count} frames arrived"
            await asyncio.to_thread(decoder.frame_queued.wait, min(remaining, 1.0))
    return arrivals


@pytest_asyncio.fixture
async def forging_relay() -> AsyncIterator[tuple[list[str], list[bytes], str]]:
    """A relay in the middle that passes parts on from a real relay and slips in forged ones."""
    upstream: list[str] = []
    forged: list[bytes] = []

    async def watch(request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        async with aiohttp.ClientSession() as client, client.ws_connect(upstream[0] + request.path) as up:

            async def pump() -> None:
                sent = 0
                async for msg in up:
                    if msg.type is aiohttp.WSMsgType.TEXT:
                        await ws.send_str(msg.data)
                    elif msg.type is aiohttp.WSMsgType.BINARY:
                        await ws.send_bytes(msg.data)
                        sent += 1
                        if sent == 3 and forged:
                            await ws.send_bytes(forged[0])  # a part whose signature does not match
                await ws.close()

            relay = asyncio.create_task(pump())
            async for _msg in ws:
                pass  # until the viewer leaves
            relay.cancel()
            with contextlib.suppress(asyncio.CancelledError, ConnectionError):
                await relay
        return ws

    app = web.Application()
    app.router.add_get("/v1/streams/{key}/watch", watch)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    host, port = runner.addresses[0][:2]
    try:
        yield upstream, forged, f"http://{host}:{port}"
    finally:
        await runner.cleanup()


@pytest.mark.asyncio
async def test_a_stream_reaches_two_viewers_with_chat_and_forged_parts_go_nowhere(
    tmp_path: Path, clip: Path, forging_relay: tuple[list[str], list[bytes], str]
) -> None:
    upstream, forged, middle = forging_relay
    owner, channel = PrivateKey.generate(), PrivateKey.generate()
    key = channel.public_key.raw
    alice, bob = PrivateKey.generate(), PrivateKey.generate()
    async with nodes(tmp_path, 1, chain_for(owner, channel)) as [node], session() as s:
        upstream.append(node.url)
        bob_heard = asyncio.Event()
        streamer_heard = asyncio.Event()
        viewers = [
            LiveReceiver(s, node.url, key),
            LiveReceiver(s, middle, key, on_chat=lambda m: bob_heard.set() if m.text == "Love it" else None),
        ]
        for viewer in viewers:
            await viewer.start()
        decoders = [viewer.decoder(output_size=(320, 240), want_audio=False) for viewer in viewers]
        broadcast = LiveBroadcast(
            s,
            node.url,
            channel,
            settings=SETTINGS,
            record_to=tmp_path / "recording.ts",
            stamp_frames=True,
            on_chat=lambda m: streamer_heard.set(),
        )
        await broadcast.start(FileLoopSource(clip))
        try:
            for decoder in decoders:
                decoder.start()
            # Both viewers get the picture.
            await asyncio.gather(*(take_frames(d, 40) for d in decoders))

            # A part with a broken signature: the relay refuses it and tells the publisher.
            part = StreamPart.create(channel, 2**62, int(time.time() * 1000), 200, False, b"\x47" + bytes(187))
            tampered = dataclasses.replace(part, media=b"\x47" + b"\x01" * 187)
            await broadcast.send_raw(tampered.encode())
            refusal = await asyncio.wait_for(broadcast.refusals.get(), 10)
            assert refusal["error"] == "bad_signature"
            assert node.services.relay.parts_refused == 1

            # A lying relay slips a forged part to a viewer: the viewer drops it and keeps playing.
            forged.append(tampered.encode())
            late = LiveReceiver(s, middle, key)
            await late.start()
            late_decoder = late.decoder(output_size=(160, 120), want_audio=False)
            late_decoder.start()
            await take_frames(late_decoder, 30)
            await asyncio.wait_for(late.first_part.wait(), 5)

            # Chat: Alice (viewer 1) writes; the streamer accepts it and every viewer sees it in the stream.
            await viewers[0].send_chat(alice, "Love it")
            await asyncio.wait_for(streamer_heard.wait(), 15)
            await asyncio.wait_for(bob_heard.wait(), 15)
            assert [m.author for m in viewers[1].chat_log] == [alice.public_key.raw]
            broadcast.send_chat(bob, "Thanks!")  # the streamer's own message goes straight in

            # Ordinary players read the relay's LL-HLS playlist.
            playlist = hls_url(node.url, key)
            found = await asyncio.to_thread(streams, playlist)
            assert {"codec_name": "h264", "codec_type": "video", "width": 320, "height": 240} in found
            ffmpeg = await asyncio.create_subprocess_exec(
                "ffmpeg", "-v", "error", "-i", playlist, "-frames:v", "20", "-f", "null", "-",
                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
            )  # fmt: skip
            _, err = await asyncio.wait_for(ffmpeg.communicate(), 60)
            assert ffmpeg.returncode == 0, err.decode()
            health = broadcast.health()
            assert health.parts_sent > 10
            assert health.parts_refused == 1
            assert health.bitrate_bps > 0
            assert health.viewers >= 2
        finally:
            recording = await broadcast.stop()
            for decoder in decoders:
                decoder.close()
            for viewer in viewers:
                await viewer.stop()
        assert late.stats.rejected == 1
        assert late.stats.parts > 0
        await late.stop()
        late_decoder.close()
        assert all(v.stats.rejected == 0 for v in viewers[:1])

        # The recording is a normal video that uploads as a post.
        assert recording is not None
        assert recording.stat().st_size > 10_000
        assert {s["codec_type"] for s in await asyncio.to_thread(streams, recording)} >= {"video", "audio"}
        uploader = Uploader(
            [BlobClient(s, node.url)],
            owner,
            MemoryStateStore(),
            tmp_path / "work",
            settings=TranscodeSettings(ladder=(RenditionSpec("240p", 240, 400_000),), preset="ultrafast"),
        )
        result = await uploader.upload_video(recording)
        assert post_payload([result], text="Replay").kind == PostKind.VIDEO
        assert result.index.duration_ms > 1000
        json.dumps(health.__dict__)
