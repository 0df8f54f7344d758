"""Shared HTTP plumbing of the services: JSON errors, bounded bodies, rate limits, challenges, hex ids."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import io
import os
import time
from collections.abc import Awaitable, Callable
from typing import NoReturn

from aiohttp import StreamReader, web

from lightnode.protocol.errors import DecodeError, SignatureError, ValidationError
from lightnode.protocol.services import CHUNK_SIZE

from .config import RateLimit

MSGPACK = "application/msgpack"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class ServiceError(Exception):
    """A request the service refuses: an HTTP status, a short machine code, and a sentence for people."""

    def __init__(self, status: int, code: str, reason: str, *, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.status = status
        self.code = code
        self.reason = reason
        self.retry_after = retry_after

    def response(self) -> web.Response:
        headers = {"Retry-After": str(max(1, round(self.retry_after)))} if self.retry_after else None
        return web.json_response({"error": self.code, "reason": self.reason}, status=self.status, headers=headers)


def fail(status: int, code: str, reason: str) -> NoReturn:
    raise ServiceError(status, code, reason)


#: What a handler refuses with a clear error instead of failing.
REFUSALS = (ServiceError, SignatureError, DecodeError, ValidationError)


def as_service_error(exc: Exception) -> ServiceError:
    """The refusal a protocol error stands for (bad signatures 403, malformed input 400)."""
    if isinstance(exc, ServiceError):
        return exc
    if isinstance(exc, SignatureError):
        return ServiceError(403, "bad_signature", f"The signature does not verify: {exc}.")
    if isinstance(exc, DecodeError | ValidationError):
        return ServiceError(400, "malformed", f"The message is malformed: {exc}.")
    if isinstance(exc, TimeoutError):
        return ServiceError(408, "timeout", "The expected message did not arrive in time.")
    raise exc


async def send_ws_error(ws: web.WebSocketResponse, exc: Exception) -> None:
    error = as_service_error(exc)
    await ws.send_json({"type": "error", "error": error.code, "reason": error.reason})


#: Codes and sentences for errors raised by the HTTP layer itself (no such path, wrong method, …).
_HTTP_ERRORS = {
    404: ("not_found", "There is nothing at this address."),
    405: ("method_not_allowed", "This method is not allowed here."),
    413: ("too_large", "The request body is too large."),
    416: ("bad_range", "The requested range lies outside the blob."),
}


@web.middleware
async def error_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Turn refusals, malformed input and HTTP-layer errors into JSON errors; the process keeps serving."""
    try:
        return await handler(request)
    except REFUSALS as exc:
        return as_service_error(exc).response()
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        code, reason = _HTTP_ERRORS.get(exc.status, ("bad_request", f"The request was refused ({exc.reason})."))
        kept = {k: v for k, v in exc.headers.items() if k in ("Allow", "Content-Range", "Retry-After")}
        return web.json_response({"error": code, "reason": reason}, status=exc.status, headers=kept)


async def read_body(request: web.Request, limit: int, what: str) -> bytes:
    """The request body, refused with 413 as soon as it is known to exceed `limit` bytes."""
    length = request.content_length
    if length is not None and length > limit:
        fail(413, "too_large", f"The {what} of {length} bytes exceeds the limit of {limit} bytes.")
    if length is not None:
        # The usual case: one allocation, no growing buffer.
        try:
            data = await request.content.readexactly(length)
        except asyncio.IncompleteReadError:
            fail(400, "truncated", f"The {what} ended before its announced length.")
        if not data:
            fail(400, "empty_body", f"The request has no {what}.")
        return data
    body = bytearray()
    while True:
        piece = await request.content.readany()
        if not piece:
            break
        body += piece
        if len(body) > limit:
            fail(413, "too_large", f"The {what} exceeds the limit of {limit} bytes.")
    if not body:
        fail(400, "empty_body", f"The request has no {what}.")
    return bytes(body)


async def read_pieces(request: web.Request, limit: int, what: str) -> tuple[list[bytes], int]:
    """The request body as the pieces it arrived in (not joined: a 1 MiB chunk is hashed and written
    piece by piece) and its length; refused with 413 as soon as it exceeds `limit` bytes."""
    length = request.content_length
    if length is not None and length > limit:
        fail(413, "too_large", f"The {what} of {length} bytes exceeds the limit of {limit} bytes.")
    pieces: list[bytes] = []
    total = 0
    # readchunk hands over what arrived one buffer at a time (readany would join what is waiting: a copy).
    async for piece, _ in request.content.iter_chunks():
        if not piece:
            continue
        total += len(piece)
        if total > limit:
            fail(413, "too_large", f"The {what} exceeds the limit of {limit} bytes.")
        pieces.append(piece)
    if length is not None and total != length:
        fail(400, "truncated", f"The {what} ended before its announced length.")
    if not total:
        fail(400, "empty_body", f"The request has no {what}.")
    return pieces, total


class ChunkFrameReader:
    """The frames of a chunk stream (`POST /v1/blobs/chunks`): a 32-byte chunk id, the chunk's length as a
    4-byte big-endian integer (1 to CHUNK_SIZE), then that many bytes; again until the body ends.

    A chunk is handed over in the pieces it arrived in (only a piece that straddles two frames is cut), so
    it is hashed and written without being joined first."""

    HEADER = 36

    def __init__(self, content: StreamReader) -> None:
        self._content = content
        self._left: memoryview | None = None

    async def _piece(self) -> memoryview | None:
        if self._left is not None:
            piece, self._left = self._left, None
            return piece
        while True:
            data, boundary = await self._content.readchunk()
            if data:
                return memoryview(data)
            if not boundary:
                return None  # the end of the body (an empty piece at a transfer-chunk boundary is skipped)

    async def _read(self, n: int) -> list[bytes] | None:
        """Exactly `n` bytes as pieces; None if the body ends first (nothing or part of them read).

        A piece that is the whole buffer it arrived in is handed over as it is; a part cut from a buffer is
        copied, so that nothing kept (the node's cache of verified chunks) holds on to a larger buffer than
        it counts."""
        pieces: list[bytes] = []
        while n:
            piece = await self._piece()
            if piece is None:
                return None
            if len(piece) > n:
                piece, self._left = piece[:n], piece[n:]
            whole = piece.obj
            pieces.append(whole if isinstance(whole, bytes) and len(whole) == len(piece) else piece.tobytes())
            n -= len(piece)
        return pieces

    async def next_frame(self) -> tuple[bytes, list[bytes]] | None:
        """The next chunk id and bytes; None at the end of the body; refused (400/413) when malformed."""
        first = await self._piece()
        if first is None:
            return None
        self._left = first
        header = await self._read(self.HEADER)
        if header is None:
            fail(400, "truncated", "The chunk stream ended inside a frame header.")
        head = b"".join(header)
        size = int.from_bytes(head[32:], "big")
        if size == 0:
            fail(400, "malformed_frame", "A chunk frame announces an empty chunk.")
        if size > CHUNK_SIZE:
            fail(413, "too_large", f"A chunk frame announces {size} bytes, more than a chunk's {CHUNK_SIZE}.")
        data = await self._read(size)
        if data is None:
            fail(400, "truncated", "The chunk stream ended before the chunk its frame announced.")
        return head[:32], data


def msgpack_response(body: bytes, status: int = 200) -> web.Response:
    return bytes_response(body, MSGPACK, status=status)


def bytes_response(
    body: bytes, content_type: str, *, status: int = 200, headers: dict[str, str] | None = None
) -> web.Response:
    """A response with a bytes body (bodies above 1 MiB go through BytesIO, as aiohttp asks)."""
    payload: bytes | io.BytesIO = io.BytesIO(body) if len(body) > 1024 * 1024 else body
    return web.Response(body=payload, status=status, content_type=content_type, headers=headers)


def hex_id(request: web.Request, name: str, size: int) -> bytes:
    """A fixed-size binary id from the path, written as lowercase hex."""
    text = request.match_info[name]
    if len(text) != 2 * size:
        fail(400, "bad_id", f"The {name} must be {2 * size} hexadecimal characters.")
    try:
        return bytes.fromhex(text)
    except ValueError:
        fail(400, "bad_id", f"The {name} must be {2 * size} hexadecimal characters.")


def now_ms() -> int:
    return time.time_ns() // 1_000_000


class RateLimiter:
    """Token buckets per key (a client address or an owner key), so one flooder never slows the others."""

    _MAX_KEYS = 100_000

    def __init__(self, limit: RateLimit, what: str) -> None:
        self.limit = limit
        self.what = what
        self._buckets: dict[object, tuple[float, float]] = {}

    def check(self, key: object, cost: float = 1.0) -> None:
        """Take `cost` tokens for `key`, or refuse with 429 and the time to wait."""
        now = time.monotonic()
        rate, burst = self.limit.per_second, float(self.limit.burst)
        tokens, last = self._buckets.get(key, (burst, now))
        tokens = min(burst, tokens + (now - last) * rate)
        if tokens < cost:
            self._buckets[key] = (tokens, now)
            raise ServiceError(
                429,
                "rate_limited",
                f"Too many {self.what}; slow down and retry shortly.",
                retry_after=(cost - tokens) / rate if rate > 0 else 60.0,
            )
        self._buckets[key] = (tokens - cost, now)
        if len(self._buckets) > self._MAX_KEYS:
            self._forget_full(now)

    def _forget_full(self, now: float) -> None:
        rate, burst = self.limit.per_second, float(self.limit.burst)
        self._buckets = {k: (t, last) for k, (t, last) in self._buckets.items() if t + (now - last) * rate < burst}


def client_key(request: web.Request) -> str:
    return request.remote or "unknown"


class Challenger:
    """Stateless one-time challenges: an expiry, randomness and a MAC under a secret of this process.

    Only challenges already answered are remembered (until they expire), so a flood of challenge requests
    costs the node no memory.
    """

    _MAC = 16

    def __init__(self, ttl_ms: int) -> None:
        self.ttl_ms = ttl_ms
        self._secret = os.urandom(32)
        self._used: dict[bytes, int] = {}

    def issue(self, subject: bytes) -> tuple[bytes, int]:
        expires = now_ms() + self.ttl_ms
        body = expires.to_bytes(8, "big") + os.urandom(16)
        return body + self._mac(subject, body), expires

    def _mac(self, subject: bytes, body: bytes) -> bytes:
        return hashlib.blake2b(subject + body, key=self._secret, digest_size=self._MAC).digest()

    def redeem(self, subject: bytes, challenge: bytes) -> None:
        """Accept a challenge this process issued for `subject`, once, before it expires."""
        now = now_ms()
        if len(challenge) != 24 + self._MAC or not hmac.compare_digest(
            self._mac(subject, challenge[:24]), challenge[24:]
        ):
            fail(403, "bad_challenge", "The challenge was not issued by this node for this key.")
        if int.from_bytes(challenge[:8], "big") < now:
            fail(403, "challenge_expired", "The challenge has expired; ask for a new one.")
        if challenge in self._used:
            fail(403, "challenge_used", "The challenge was already answered; ask for a new one.")
        if len(self._used) > 10_000:
            self._used = {c: exp for c, exp in self._used.items() if exp >= now}
        self._used[challenge] = int.from_bytes(challenge[:8], "big")


def check_audience(request: web.Request, audience: str, public_hosts: tuple[str, ...]) -> None:
    """Refuse a signed challenge answer that was meant for another node."""
    allowed = public_hosts or (request.host,)
    if audience not in allowed:
        fail(403, "wrong_audience", f"The answer was signed for '{audience}', not for this node.")
