"""The stream relay: channel-key auth, signed parts, fan-out with back-pressure, viewer counts, LL-HLS."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import time
from pathlib import Path

import aiohttp
import pytest

from fullnode.services import ChannelInfo, MemoryChainView
from lightnode.mailbox_client import MailboxClient
from lightnode.protocol.keys import PrivateKey
from lightnode.protocol.services import StreamHello, StreamPart, unsigned
from lightnode.services_client import ServiceClientError, StreamPublisher, StreamViewer

from .helpers import TEST_CONFIG, client_session, service_nodes


def _announced(*keys: PrivateKey) -> MemoryChainView:
    owner = PrivateKey.generate().actor_id
    return MemoryChainView(channels={k.public_key.raw: ChannelInfo(owner, "runway", True) for k in keys})


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


@pytest.mark.asyncio
async def test_parts_reach_viewers_and_counts_reach_the_publisher(tmp_path: Path) -> None:
    channel = PrivateKey.generate()
    key = channel.public_key.raw
    async with (
        service_nodes(tmp_path, chain=_announced(channel)) as [node],
        client_session() as session,
        StreamPublisher(session, node.url, channel) as publisher,
    ):
        async with StreamViewer(session, node.url, key) as viewer:
            parts = viewer.parts()
            while publisher.viewers["websocket"] != 1:
                publisher.viewers_changed.clear()
                await publisher.viewers_changed.wait()
            sent = [await publisher.send_media(f"media {i}".encode(), 200, i % 3 == 0) for i in range(7)]
            got = [await anext(parts) for _ in range(7)]
            assert got == sent
            await parts.aclose()
        while publisher.viewers["websocket"] != 0:
            publisher.viewers_changed.clear()
            await publisher.viewers_changed.wait()


@pytest.mark.asyncio
async def test_forged_part_is_refused_and_never_reaches_a_viewer(tmp_path: Path) -> None:
    channel, forger = PrivateKey.generate(), PrivateKey.generate()
    key = channel.public_key.raw
    async with (
        service_nodes(tmp_path, chain=_announced(channel)) as [node],
        client_session() as session,
        StreamPublisher(session, node.url, channel) as publisher,
        StreamViewer(session, node.url, key) as viewer,
    ):
        parts = viewer.parts()
        first = await publisher.send_media(b"genuine keyframe", 500, True)
        assert await anext(parts) == first
        genuine = StreamPart.create(channel, 2, _now_ms(), 500, False, b"genuine")
        forged = dataclasses.replace(
            genuine, media=b"forged!", signature=forger.sign(genuine.DOMAIN, genuine.signing_bytes())
        )
        await publisher.send(forged)
        error = await publisher.errors.get()
        assert (error["error"], error["reason"]) == ("bad_signature", error["reason"])
        # Signed with the key of another channel.
        other = StreamPart.create(forger, 2, _now_ms(), 500, False, b"other channel")
        await publisher.send(other)
        assert (await publisher.errors.get())["error"] == "wrong_channel"
        await publisher.send_raw(b"\x92\x01")
        assert (await publisher.errors.get())["error"] == "malformed"
        # A replay of an earlier part.
        await publisher.send(first)
        assert (await publisher.errors.get())["error"] == "stale_sequence"
        await publisher.send(genuine)
        assert await anext(parts) == genuine
        assert viewer.rejected == 0
        assert node.services.relay.parts_refused == 4
        await parts.aclose()


@pytest.mark.asyncio
async def test_only_the_announced_channel_key_may_publish(tmp_path: Path) -> None:
    channel, impostor = PrivateKey.generate(), PrivateKey.generate()
    async with service_nodes(tmp_path, chain=_announced(channel)) as [node], client_session() as session:
        with pytest.raises(ServiceClientError) as unknown:
            async with StreamPublisher(session, node.url, impostor):
                pass
        assert unknown.value.status == 404
        # Someone without the key answers the challenge of an announced channel.
        url = f"{node.url}/v1/streams/{channel.public_key.raw.hex()}/publish"
        async with session.ws_connect(url) as ws:
            challenge = bytes.fromhex((await ws.receive_json())["challenge"])
            audience = node.url.removeprefix("http://")
            hello = unsigned(StreamHello, channel_key=channel.public_key.raw, challenge=challenge, audience=audience)
            hello = dataclasses.replace(hello, signature=impostor.sign(hello.DOMAIN, hello.signing_bytes()))
            await ws.send_bytes(hello.encode())
            assert (await ws.receive_json())["error"] == "bad_signature"
            assert (await ws.receive()).type is aiohttp.WSMsgType.CLOSE


async def _viewer_count(publisher: StreamPublisher, count: int) -> None:
    while publisher.viewers["websocket"] != count:
        publisher.viewers_changed.clear()
        await publisher.viewers_changed.wait()


@pytest.mark.asyncio
async def test_slow_viewer_drops_to_the_newest_keyframe_without_slowing_others(tmp_path: Path) -> None:
    channel = PrivateKey.generate()
    key = channel.public_key.raw
    config = dataclasses.replace(TEST_CONFIG, viewer_queue_parts=4, viewer_report_interval_s=0.0)
    async with (
        service_nodes(tmp_path, config=config, chain=_announced(channel)) as [node],
        client_session() as session,
        StreamPublisher(session, node.url, channel) as publisher,
        StreamViewer(session, node.url, key) as fast,
    ):
        live = node.services.relay.channels[key]
        await _viewer_count(publisher, 1)
        [fast_viewer] = live.viewers
        async with session.ws_connect(f"{node.url}/v1/streams/{key.hex()}/watch", max_msg_size=1 << 21) as slow:
            await _viewer_count(publisher, 2)
            [slow_viewer] = live.viewers - {fast_viewer}
            parts = fast.parts()
            media = bytes(128 * 1024)
            sent = 0
            # The fast viewer receives each part before the next is sent; the slow one never reads.
            while slow_viewer.drops < 2:
                assert sent < 2000, "the slow viewer was never dropped"
                part = await publisher.send_media(media, 40, sent % 5 == 0)
                sent += 1
                assert (await anext(parts)).sequence == part.sequence
            assert fast.skips == 0
            assert fast_viewer.drops == 0
            # The slow viewer, reading at last, finds a skip notice followed by a keyframe.
            seen_skip = False
            while True:
                msg = await slow.receive()
                if msg.type is aiohttp.WSMsgType.TEXT and json.loads(msg.data)["type"] == "skipped":
                    seen_skip = True
                elif msg.type is aiohttp.WSMsgType.BINARY and seen_skip:
                    assert StreamPart.decode(msg.data).keyframe == 1
                    break
            await parts.aclose()


@pytest.mark.asyncio
async def test_window_is_served_as_low_latency_hls(tmp_path: Path) -> None:
    channel = PrivateKey.generate()
    key = channel.public_key.raw
    config = dataclasses.replace(TEST_CONFIG, stream_window_ms=3000)
    async with (
        service_nodes(tmp_path, config=config, chain=_announced(channel)) as [node],
        client_session() as session,
        StreamPublisher(session, node.url, channel) as publisher,
    ):
        base = f"{node.url}/v1/streams/{key.hex()}"
        async with session.get(f"{base}/live.m3u8") as r:
            assert r.status == 404
        # Three segments of 1 s (a keyframe part, then four more parts of 200 ms).
        sent = [await publisher.send_media(f"<{i}>".encode(), 200, i % 5 == 0) for i in range(15)]
        async with session.get(f"{base}/live.m3u8", params={"_HLS_msn": "2", "_HLS_part": "4"}) as r:
            assert r.status == 200
            assert r.content_type == "application/vnd.apple.mpegurl"
            playlist = await r.text()
        lines = playlist.splitlines()
        assert lines[0] == "#EXTM3U"
        assert "#EXT-X-TARGETDURATION:1" in lines
        assert "#EXT-X-PART-INF:PART-TARGET=0.200" in lines
        assert any(line.startswith("#EXT-X-SERVER-CONTROL:CAN-BLOCK-RELOAD=YES") for line in lines)
        assert {"seg/0.ts", "seg/1.ts"} <= set(lines)
        assert lines[-1] == '#EXT-X-PRELOAD-HINT:TYPE=PART,URI="part/2.5.ts"'
        async with session.get(f"{base}/seg/1.ts") as r:
            assert await r.read() == b"".join(p.media for p in sent[5:10])
        async with session.get(f"{base}/part/2.3.ts") as r:
            assert await r.read() == b"<13>"
        # A blocking reload waits for the part it names, and returns as soon as it is published.
        waiting = asyncio.create_task(session.get(f"{base}/live.m3u8", params={"_HLS_msn": "3", "_HLS_part": "0"}))
        preload = asyncio.create_task(session.get(f"{base}/part/3.0.ts"))
        await publisher.send_media(b"<15>", 200, True)
        async with await waiting as r:
            assert 'URI="part/3.0.ts",INDEPENDENT=YES' in await r.text()
        async with await preload as r:
            assert await r.read() == b"<15>"
        # The window slides: the first segment is gone once three seconds of newer media exist.
        for i in range(16, 26):
            await publisher.send_media(f"<{i}>".encode(), 200, i % 5 == 0)
        async with session.get(f"{base}/live.m3u8", params={"_HLS_msn": "5", "_HLS_part": "0"}) as r:
            text = await r.text()
        assert "seg/0.ts" not in text
        assert "#EXT-X-MEDIA-SEQUENCE:0" not in text
        async with session.get(f"{base}/seg/0.ts") as r:
            assert r.status == 404
        await publisher.end()
        async with session.get(f"{base}/live.m3u8", params={"_HLS_msn": "6"}) as r:
            assert (await r.text()).rstrip().endswith("#EXT-X-ENDLIST")


@pytest.mark.asyncio
async def test_a_node_stops_at_once_with_push_publish_and_watch_connections_open(tmp_path: Path) -> None:
    """Open WebSockets are closed when the node shuts down: the server otherwise waits for them (a minute by
    default) before its cleanup, and a devnet node held by an app's push connection was killed after 30 s."""
    channel, owner = PrivateKey.generate(), PrivateKey.generate()
    async with (
        service_nodes(tmp_path, chain=_announced(channel)) as [node],
        client_session() as session,
        StreamPublisher(session, node.url, channel) as publisher,
        StreamViewer(session, node.url, channel.public_key.raw),
        MailboxClient(session, node.url).listen(owner) as inbox,
    ):
        while publisher.viewers["websocket"] != 1:
            publisher.viewers_changed.clear()
            await publisher.viewers_changed.wait()
        await asyncio.wait_for(node.stop(), 15)  # well under the server's 60 s wait for open handlers
        with pytest.raises(ServiceClientError, match="closed"):
            await asyncio.wait_for(inbox.receive(), 15)
