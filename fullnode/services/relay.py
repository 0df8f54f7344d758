"""The stream relay: signed live parts in over WebSocket, fanned out to viewers, and served as LL-HLS."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
from collections import deque
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

from aiohttp import WSMsgType, web

from lightnode.protocol.keys import PUBLIC_KEY_SIZE
from lightnode.protocol.services import StreamHello, StreamPart

from ._http import (
    REFUSALS,
    Challenger,
    RateLimiter,
    bytes_response,
    check_audience,
    client_key,
    error_middleware,
    fail,
    hex_id,
    now_ms,
    send_ws_error,
)
from .chain_view import ChainView
from .config import ServicesConfig

log = logging.getLogger(__name__)

_AUTH_TIMEOUT_S = 10.0
#: A publisher connection that sends this many refused parts in a row is closed.
_MAX_BAD_PARTS = 20
#: An HLS client counts as a viewer for this long after its last playlist request.
_HLS_VIEWER_TTL_S = 10.0
MPEG_TS = "video/mp2t"
M3U8 = "application/vnd.apple.mpegurl"


@dataclass(slots=True)
class _Part:
    sequence: int
    timestamp_ms: int
    duration_ms: int
    keyframe: bool
    media: bytes
    encoded: bytes


@dataclass(slots=True)
class _Segment:
    msn: int
    discontinuity: bool
    parts: list[_Part] = field(default_factory=list)
    closed: bool = False
    _joined: bytes | None = None

    @property
    def duration_ms(self) -> int:
        return sum(p.duration_ms for p in self.parts)

    def media(self) -> bytes:
        if self.closed:
            if self._joined is None:
                self._joined = b"".join(p.media for p in self.parts)
            return self._joined
        return b"".join(p.media for p in self.parts)


class _Viewer:
    """One WebSocket viewer. Parts queue here and one task writes them; a viewer that falls more than
    `max_parts` behind loses its queue and resumes at the newest keyframe, so it never holds up others."""

    def __init__(self, ws: web.WebSocketResponse, max_parts: int) -> None:
        self.ws = ws
        self.max_parts = max_parts
        self._pending: deque[bytes | str] = deque()
        self._wake = asyncio.Event()
        self.waiting_keyframe = False
        self.drops = 0
        self.task = asyncio.create_task(self._run())

    def start(self, parts: list[_Part]) -> None:
        """Queue the parts from the newest keyframe, or wait for the next keyframe if there is none."""
        if parts:
            for part in parts:
                self._pending.append(part.encoded)
            self._wake.set()
        else:
            self.waiting_keyframe = True

    def offer(self, part: _Part, since_keyframe: list[_Part]) -> None:
        if self.waiting_keyframe:
            if not part.keyframe:
                return
            self.waiting_keyframe = False
        if len(self._pending) >= self.max_parts:
            self._pending.clear()
            self.drops += 1
            self._pending.append('{"type": "skipped"}')
            if len(since_keyframe) > self.max_parts:
                self.waiting_keyframe = True
                self._wake.set()
                return
            for earlier in since_keyframe:
                self._pending.append(earlier.encoded)
            self._wake.set()
            return
        self._pending.append(part.encoded)
        self._wake.set()

    def say(self, text: str) -> None:
        self._pending.append(text)
        self._wake.set()

    async def _run(self) -> None:
        with contextlib.suppress(ConnectionError):
            while True:
                await self._wake.wait()
                self._wake.clear()
                while self._pending:
                    item = self._pending.popleft()
                    if isinstance(item, bytes):
                        await self.ws.send_bytes(item)
                    else:
                        await self.ws.send_str(item)


class LiveChannel:
    """The live window of one channel: segments of parts, viewers, and waiters for new parts."""

    def __init__(self, key: bytes, config: ServicesConfig) -> None:
        self.key = key
        self.config = config
        self.segments: deque[_Segment] = deque()
        self.next_msn = 0
        self.discontinuity_sequence = 0
        self.last_sequence = -1
        self.publisher: web.WebSocketResponse | None = None
        self.viewers: set[_Viewer] = set()
        self.hls_clients: dict[str, float] = {}
        self.ended = False
        self.target_duration_s = 1
        self.part_target_ms = 200
        self._pending_discontinuity = False
        self._changed = asyncio.Condition()
        self.viewers_changed = asyncio.Event()
        self.last_activity = time.monotonic()
        self.parts_in = 0

    # Parts

    def since_keyframe(self) -> list[_Part]:
        """The parts from the newest keyframe on (empty if the window holds no keyframe)."""
        for segment in reversed(self.segments):
            for i in range(len(segment.parts) - 1, -1, -1):
                if segment.parts[i].keyframe:
                    later = segment.parts[i:]
                    return later + [p for s in self._after(segment) for p in s.parts]
        return []

    def _after(self, segment: _Segment) -> list[_Segment]:
        out: list[_Segment] = []
        seen = False
        for s in self.segments:
            if seen:
                out.append(s)
            seen = seen or s is segment
        return out

    async def add(self, part: _Part) -> None:
        self.last_activity = time.monotonic()
        self.parts_in += 1
        self.last_sequence = part.sequence
        self.ended = False
        self.part_target_ms = max(self.part_target_ms, part.duration_ms)
        current = self.segments[-1] if self.segments and not self.segments[-1].closed else None
        if part.keyframe and (current is None or current.parts):
            if current is not None:
                current.closed = True
                self.target_duration_s = max(self.target_duration_s, math.ceil(current.duration_ms / 1000))
            current = _Segment(self.next_msn, self._pending_discontinuity)
            self._pending_discontinuity = False
            self.next_msn += 1
            self.segments.append(current)
        if current is not None:
            current.parts.append(part)
        self._trim()
        since = self.since_keyframe()
        for viewer in self.viewers:
            viewer.offer(part, since)
        async with self._changed:
            self._changed.notify_all()

    def _trim(self) -> None:
        kept = 0
        window = self.config.stream_window_ms
        for index in range(len(self.segments) - 1, -1, -1):
            kept += self.segments[index].duration_ms
            if kept >= window and index > 0:
                for _ in range(index):
                    gone = self.segments.popleft()
                    if gone.discontinuity:
                        self.discontinuity_sequence += 1
                return

    def mark_discontinuity(self) -> None:
        if self.segments:
            self._pending_discontinuity = True
            if not self.segments[-1].closed:
                self.segments[-1].closed = True

    async def end(self) -> None:
        if self.segments and not self.segments[-1].closed:
            self.segments[-1].closed = True
        self.ended = True
        for viewer in self.viewers:
            viewer.say('{"type": "ended"}')
        async with self._changed:
            self._changed.notify_all()

    async def wait_for(self, msn: int, part: int | None, timeout: float) -> bool:  # noqa: ASYNC109
        """Wait until segment `msn` (or its part `part`) exists; False on timeout."""
        async with self._changed:
            try:
                await asyncio.wait_for(self._changed.wait_for(lambda: self._has(msn, part)), timeout)
            except TimeoutError:
                return False
        return True

    def _has(self, msn: int, part: int | None) -> bool:
        if self.ended:
            return True
        segment = self.segment(msn)
        if segment is None:
            return bool(self.segments) and msn < self.segments[0].msn
        if part is None:
            return segment.closed
        return part < len(segment.parts) or segment.closed

    def segment(self, msn: int) -> _Segment | None:
        if not self.segments:
            return None
        index = msn - self.segments[0].msn
        return self.segments[index] if 0 <= index < len(self.segments) else None

    # Viewers

    def viewer_counts(self) -> dict[str, int]:
        now = time.monotonic()
        self.hls_clients = {k: t for k, t in self.hls_clients.items() if now - t < _HLS_VIEWER_TTL_S}
        return {"websocket": len(self.viewers), "hls": len(self.hls_clients)}

    def playlist(self) -> str:
        """The window as an LL-HLS media playlist (RFC 8216bis)."""
        part_target = self.part_target_ms / 1000
        lines = [
            "#EXTM3U",
            "#EXT-X-VERSION:9",
            f"#EXT-X-TARGETDURATION:{self.target_duration_s}",
            f"#EXT-X-SERVER-CONTROL:CAN-BLOCK-RELOAD=YES,PART-HOLD-BACK={3 * part_target:.3f}",
            f"#EXT-X-PART-INF:PART-TARGET={part_target:.3f}",
            f"#EXT-X-MEDIA-SEQUENCE:{self.segments[0].msn if self.segments else self.next_msn}",
            f"#EXT-X-DISCONTINUITY-SEQUENCE:{self.discontinuity_sequence}",
        ]
        for segment in self.segments:
            if not segment.parts:
                continue
            if segment.discontinuity:
                lines.append("#EXT-X-DISCONTINUITY")
            when = datetime.fromtimestamp(segment.parts[0].timestamp_ms / 1000, UTC)
            lines.append(f"#EXT-X-PROGRAM-DATE-TIME:{when.isoformat(timespec='milliseconds')}")
            for i, part in enumerate(segment.parts):
                independent = ",INDEPENDENT=YES" if part.keyframe else ""
                lines.append(
                    f'#EXT-X-PART:DURATION={part.duration_ms / 1000:.3f},URI="part/{segment.msn}.{i}.ts"' + independent
                )
            if segment.closed:
                lines.append(f"#EXTINF:{segment.duration_ms / 1000:.3f},")
                lines.append(f"seg/{segment.msn}.ts")
        if self.ended:
            lines.append("#EXT-X-ENDLIST")
        else:
            last = self.segments[-1] if self.segments else None
            if last is not None and not last.closed:
                hint = f"part/{last.msn}.{len(last.parts)}.ts"
            else:
                hint = f"part/{self.next_msn}.0.ts"
            lines.append(f'#EXT-X-PRELOAD-HINT:TYPE=PART,URI="{hint}"')
        return "\n".join(lines) + "\n"


class RelayService:
    """Routes under /v1/streams."""

    def __init__(self, config: ServicesConfig, chain: ChainView) -> None:
        self.config = config
        self.chain = chain
        self.channels: dict[bytes, LiveChannel] = {}
        self.challenger = Challenger(config.challenge_ttl_ms)
        self._clients = RateLimiter(config.client_rate, "stream requests from this address")
        self.parts_refused = 0

    def make_app(self) -> web.Application:
        app = web.Application(middlewares=[error_middleware])
        r = app.router
        key = f"{{channel:[0-9a-f]{{{2 * PUBLIC_KEY_SIZE}}}}}"
        r.add_get(f"/{key}/publish", self.publish)
        r.add_get(f"/{key}/watch", self.watch)
        r.add_get(f"/{key}/live.m3u8", self.get_playlist)
        r.add_get(f"/{key}/seg/{{msn:[0-9]{{1,18}}}}.ts", self.get_segment)
        r.add_get(f"/{key}/part/{{msn:[0-9]{{1,18}}}}.{{part:[0-9]{{1,6}}}}.ts", self.get_part)
        r.add_get(f"/{key}", self.get_status)
        app.cleanup_ctx.append(self._lifecycle)
        app.on_shutdown.append(self._close_connections)
        return app

    async def _close_connections(self, _app: web.Application) -> None:
        """Close publishers' and viewers' connections when the node stops (on shutdown: the server waits for
        open handlers before its cleanup)."""
        for channel in list(self.channels.values()):
            if channel.publisher is not None:
                await channel.publisher.close(code=1001, message=b"node shutting down")
            for viewer in list(channel.viewers):
                viewer.task.cancel()
                await viewer.ws.close(code=1001, message=b"node shutting down")

    async def _lifecycle(self, _app: web.Application) -> AsyncIterator[None]:
        janitor = asyncio.create_task(self._forget_idle())
        yield
        janitor.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await janitor
        await self._close_connections(_app)

    async def _forget_idle(self) -> None:
        while True:
            await asyncio.sleep(self.config.stream_window_ms / 1000)
            now = time.monotonic()
            for key, channel in list(self.channels.items()):
                idle = now - channel.last_activity > 3 * self.config.stream_window_ms / 1000
                if idle and channel.publisher is None and not channel.viewers:
                    del self.channels[key]

    def _channel(self, request: web.Request) -> bytes:
        return hex_id(request, "channel", PUBLIC_KEY_SIZE)

    def _live(self, key: bytes) -> LiveChannel:
        channel = self.channels.get(key)
        if channel is None:
            channel = self.channels[key] = LiveChannel(key, self.config)
        return channel

    # Publishing

    async def publish(self, request: web.Request) -> web.WebSocketResponse:
        key = self._channel(request)
        self._clients.check(client_key(request))
        if await self.chain.channel(key) is None:
            fail(404, "unknown_channel", "No channel with this key has been announced on chain.")
        ws = web.WebSocketResponse(heartbeat=30.0, max_msg_size=StreamPart.MAX_SIZE + 1024)
        await ws.prepare(request)
        try:
            challenge, _ = self.challenger.issue(key)
            await ws.send_json({"type": "challenge", "challenge": challenge.hex()})
            msg = await ws.receive(timeout=_AUTH_TIMEOUT_S)
            if msg.type is not WSMsgType.BINARY:
                fail(400, "bad_auth", "The first message must be the signed hello.")
            hello = StreamHello.decode(msg.data)
            if hello.channel_key != key:
                fail(403, "wrong_channel", "The hello is signed for another channel.")
            check_audience(request, hello.audience, self.config.public_hosts)
            hello.verify()
            self.challenger.redeem(key, hello.challenge)
        except (*REFUSALS, TimeoutError) as exc:
            await send_ws_error(ws, exc)
            await ws.close(code=4403, message=b"not the channel key")
            return ws
        channel = self._live(key)
        if channel.publisher is not None:
            await channel.publisher.close(code=4409, message=b"replaced by a new publisher connection")
        channel.publisher = ws
        channel.mark_discontinuity()
        reporter = asyncio.create_task(self._report_viewers(channel, ws))
        try:
            await ws.send_json({"type": "ready", "viewers": channel.viewer_counts()})
            await self._receive_parts(channel, ws)
        finally:
            reporter.cancel()
            if channel.publisher is ws:
                channel.publisher = None
        return ws

    async def _receive_parts(self, channel: LiveChannel, ws: web.WebSocketResponse) -> None:
        bad = 0
        async for msg in ws:
            if msg.type is WSMsgType.TEXT:
                if msg.data.strip() == '{"type": "end"}' or msg.data.strip() == '{"type":"end"}':
                    await channel.end()
                continue
            if msg.type is not WSMsgType.BINARY:
                continue
            try:
                part = self._check_part(channel, msg.data)
            except REFUSALS as exc:
                self.parts_refused += 1
                bad += 1
                await send_ws_error(ws, exc)
                if bad >= _MAX_BAD_PARTS:
                    await ws.close(code=4400, message=b"too many refused parts")
                    return
                continue
            bad = 0
            await channel.add(part)

    def _check_part(self, channel: LiveChannel, data: bytes) -> _Part:
        part = StreamPart.decode(data)
        if len(part.media) > self.config.max_part_media:
            fail(
                413,
                "too_large",
                f"The part's media exceeds this node's limit of {self.config.max_part_media}.",
            )
        if part.channel_key != channel.key:
            fail(403, "wrong_channel", "The part is signed for another channel.")
        part.verify()
        if part.sequence <= channel.last_sequence:
            fail(409, "stale_sequence", f"Part {part.sequence} is not after part {channel.last_sequence}.")
        if abs(part.timestamp_ms - now_ms()) > self.config.part_clock_skew_ms:
            fail(400, "bad_timestamp", "The part's timestamp is too far from the node's clock.")
        return _Part(part.sequence, part.timestamp_ms, part.duration_ms, bool(part.keyframe), part.media, data)

    async def _report_viewers(self, channel: LiveChannel, ws: web.WebSocketResponse) -> None:
        """Tell the publisher how many watch, when it changes, at most once per report interval."""
        last: dict[str, int] | None = None
        with contextlib.suppress(ConnectionError):
            while not ws.closed:
                counts = channel.viewer_counts()
                if counts != last:
                    await ws.send_json({"type": "viewers", **counts})
                    last = counts
                channel.viewers_changed.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(channel.viewers_changed.wait(), _HLS_VIEWER_TTL_S)
                await asyncio.sleep(self.config.viewer_report_interval_s)

    # Watching

    async def watch(self, request: web.Request) -> web.WebSocketResponse:
        key = self._channel(request)
        self._clients.check(client_key(request))
        channel = self._live(key)
        if len(channel.viewers) >= self.config.max_viewers_per_channel:
            fail(
                503,
                "too_many_viewers",
                "This channel has as many viewers as this node serves; try another node.",
            )
        ws = web.WebSocketResponse(heartbeat=30.0, max_msg_size=4096)
        await ws.prepare(request)
        viewer = _Viewer(ws, self.config.viewer_queue_parts)
        viewer.say(f'{{"type": "hello", "live": {"true" if channel.publisher is not None else "false"}}}')
        viewer.start(channel.since_keyframe())
        channel.viewers.add(viewer)
        channel.viewers_changed.set()
        try:
            async for _msg in ws:
                pass  # viewers have nothing to say; reading keeps pings answered and notices the close
        finally:
            channel.viewers.discard(viewer)
            channel.viewers_changed.set()
            viewer.task.cancel()
        return ws

    def _known(self, request: web.Request) -> LiveChannel:
        channel = self.channels.get(self._channel(request))
        if channel is None or not channel.segments:
            fail(404, "not_live", "This channel is not live on this node.")
        return channel

    async def get_playlist(self, request: web.Request) -> web.Response:
        """The live playlist; with `_HLS_msn` (and `_HLS_part`) the request blocks until that segment (part)
        exists, as LL-HLS players ask, even while an announced channel has not started yet."""
        self._clients.check(client_key(request))
        msn_text, part_text = request.query.get("_HLS_msn"), request.query.get("_HLS_part")
        if msn_text is None:
            if part_text is not None:
                fail(400, "bad_query", "_HLS_part needs _HLS_msn.")
            channel = self._known(request)
        else:
            try:
                msn = int(msn_text)
                part = int(part_text) if part_text is not None else None
            except ValueError:
                fail(400, "bad_query", "_HLS_msn and _HLS_part must be integers.")
            key = self._channel(request)
            if key not in self.channels and await self.chain.channel(key) is None:
                fail(404, "not_live", "This channel is not live on this node.")
            channel = self._live(key)
            if msn > channel.next_msn + 1:
                fail(400, "too_far_ahead", "_HLS_msn is more than two segments past the live edge.")
            await channel.wait_for(msn, part, self.config.hls_block_timeout_s)
            if not channel.segments:
                fail(404, "not_live", "This channel is not live on this node.")
        channel.hls_clients[client_key(request) + request.headers.get("User-Agent", "")] = time.monotonic()
        channel.viewers_changed.set()
        return web.Response(text=channel.playlist(), content_type=M3U8, headers={"Cache-Control": "no-cache"})

    async def get_segment(self, request: web.Request) -> web.Response:
        self._clients.check(client_key(request))
        channel = self._known(request)
        msn = int(request.match_info["msn"])
        if msn == channel.next_msn - 1:
            await channel.wait_for(msn, None, self.config.hls_block_timeout_s)
        segment = channel.segment(msn)
        if segment is None or not segment.closed:
            fail(404, "no_segment", f"Segment {msn} is not in the live window.")
        return bytes_response(segment.media(), MPEG_TS, headers={"Cache-Control": "max-age=30"})

    async def get_part(self, request: web.Request) -> web.Response:
        self._clients.check(client_key(request))
        channel = self._known(request)
        msn, index = int(request.match_info["msn"]), int(request.match_info["part"])
        if msn in (channel.next_msn - 1, channel.next_msn):
            # A preload hint names the next part before it exists: the request waits for it.
            await channel.wait_for(msn, index, self.config.hls_block_timeout_s)
        segment = channel.segment(msn)
        if segment is None or index >= len(segment.parts):
            fail(404, "no_part", f"Part {msn}.{index} is not in the live window.")
        return bytes_response(segment.parts[index].media, MPEG_TS, headers={"Cache-Control": "max-age=30"})

    async def get_status(self, request: web.Request) -> web.Response:
        self._clients.check(client_key(request))
        key = self._channel(request)
        channel = self.channels.get(key)
        if channel is None:
            return web.json_response({"live": False, "viewers": {"websocket": 0, "hls": 0}})
        return web.json_response(
            {
                "live": channel.publisher is not None and not channel.ended,
                "viewers": channel.viewer_counts(),
                "last_sequence": channel.last_sequence,
                "window_segments": len(channel.segments),
            }
        )
