"""The mailbox service: store-and-forward of end-to-end encrypted envelopes, owner auth, push, prekeys."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections import deque
from collections.abc import AsyncIterator, Callable
from pathlib import Path

from aiohttp import WSCloseCode, WSMsgType, web

from lightnode.protocol.encoding import pack
from lightnode.protocol.keys import PUBLIC_KEY_SIZE
from lightnode.protocol.services import (
    Envelope,
    MailboxAck,
    MailboxAuth,
    MailboxChallenge,
    PrekeyClaim,
    PrekeyUpload,
    SignedIdentity,
    envelope_id,
)

from ._http import (
    REFUSALS,
    Challenger,
    RateLimiter,
    ServiceError,
    check_audience,
    client_key,
    error_middleware,
    fail,
    hex_id,
    msgpack_response,
    now_ms,
    read_body,
    send_ws_error,
)
from ._peers import REPLICA_HEADER, PeerLink
from .config import RateLimit, ServicesConfig
from .mailbox_store import Deposit, MailboxFullError, MailboxStore

log = logging.getLogger(__name__)

#: A fetch returns at most this many bytes of envelopes (and at most MAX_ENVELOPE_BATCH envelopes).
_PAGE_BYTES = 4 * 1024 * 1024
_MAX_SESSIONS_PER_MAILBOX = 16
#: A push connection whose unsent envelopes exceed this is closed; the owner re-fetches on reconnect.
_LISTENER_BACKLOG_BYTES = 8 * 1024 * 1024
_AUTH_TIMEOUT_S = 10.0
_PREKEY_CLAIM_RATE = RateLimit(2.0, 20)


def pack_batch(encodings: list[bytes], cursor: int, more: bool) -> bytes:
    """The canonical encoding of an EnvelopeBatch from envelopes already encoded (no decode, no copy-pack)."""
    n = len(encodings)
    header = bytes([0x90 | n]) if n < 16 else b"\xdc" + n.to_bytes(2, "big")
    return b"\x94\x01" + header + b"".join(encodings) + pack(cursor) + pack(int(more))


class _Listener:
    """An owner's push connection: envelopes queue here and one task writes them in order."""

    def __init__(self, ws: web.WebSocketResponse) -> None:
        self.ws = ws
        self._pending: deque[bytes] = deque()
        self._bytes = 0
        self._wake = asyncio.Event()
        self.task = asyncio.create_task(self._run())

    def offer(self, data: bytes) -> bool:
        if self._bytes + len(data) > _LISTENER_BACKLOG_BYTES:
            return False
        self._pending.append(data)
        self._bytes += len(data)
        self._wake.set()
        return True

    async def _run(self) -> None:
        with contextlib.suppress(ConnectionError):
            while True:
                await self._wake.wait()
                self._wake.clear()
                while self._pending:
                    data = self._pending.popleft()
                    self._bytes -= len(data)
                    await self.ws.send_bytes(data)


class MailboxService:
    """Routes under /v1/mailbox: deposits from anyone, fetch/ack/push for the owner, and prekeys."""

    def __init__(self, data_dir: Path, config: ServicesConfig, peers: PeerLink) -> None:
        self.config = config
        self.peers = peers
        self.store = MailboxStore(data_dir / "mailbox.sqlite")
        self.challenger = Challenger(config.challenge_ttl_ms)
        #: Unix milliseconds; replaceable so tests can move time forward instead of waiting.
        self.clock: Callable[[], int] = now_ms
        self._sessions: dict[str, tuple[bytes, int]] = {}
        self._listeners: dict[bytes, set[_Listener]] = {}
        self._clients = RateLimiter(config.client_rate, "mailbox requests from this address")
        self._deposits = RateLimiter(config.mailbox_deposit_rate, "envelopes for this mailbox")
        self._owners = RateLimiter(config.owner_rate, "requests for this mailbox")
        self._claims = RateLimiter(_PREKEY_CLAIM_RATE, "prekey claims for this mailbox")

    def make_app(self) -> web.Application:
        app = web.Application(middlewares=[error_middleware])
        r = app.router
        r.add_post("/{mailbox}/envelopes", self.deposit)
        r.add_get("/{mailbox}/envelopes", self.fetch)
        r.add_post("/{mailbox}/challenge", self.challenge)
        r.add_post("/{mailbox}/session", self.session)
        r.add_post("/{mailbox}/ack", self.ack)
        r.add_get("/{mailbox}/ws", self.websocket)
        r.add_put("/{mailbox}/prekeys", self.upload_prekeys)
        r.add_get("/{mailbox}/prekeys", self.prekey_count)
        r.add_post("/{mailbox}/prekeys/claim", self.claim_prekey)
        app.cleanup_ctx.append(self._lifecycle)
        app.on_shutdown.append(self._close_push_connections)
        return app

    async def _close_push_connections(self, _app: web.Application) -> None:
        """Close the owners' push connections when the node stops (on shutdown: the server waits for open
        handlers before its cleanup, so a connection left open held a stopping node for its whole timeout)."""
        for listeners in list(self._listeners.values()):
            for listener in list(listeners):
                listener.task.cancel()
                await listener.ws.close(code=WSCloseCode.GOING_AWAY, message=b"node shutting down")

    async def _lifecycle(self, _app: web.Application) -> AsyncIterator[None]:
        sweeper = asyncio.create_task(self._sweep_forever())
        yield
        sweeper.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await sweeper
        await self._close_push_connections(_app)
        self.store.close()

    async def _sweep_forever(self) -> None:
        while True:
            await asyncio.sleep(self.config.sweep_interval_s)
            now = self.clock()
            gone = self.store.sweep(now)
            self._sessions = {t: s for t, s in self._sessions.items() if s[1] > now}
            if gone:
                log.debug("swept %d expired envelopes", gone)

    def _mailbox(self, request: web.Request) -> bytes:
        return hex_id(request, "mailbox", PUBLIC_KEY_SIZE)

    # Deposits

    async def deposit(self, request: web.Request) -> web.Response:
        mailbox = self._mailbox(request)
        self._clients.check(client_key(request))
        body = await read_body(request, Envelope.MAX_SIZE, "envelope")
        envelope = Envelope.decode(body)
        config = self.config
        if len(envelope.ciphertext) > config.max_envelope_ciphertext:
            fail(
                413,
                "too_large",
                f"The envelope's ciphertext of {len(envelope.ciphertext)} bytes exceeds this node's limit "
                f"of {config.max_envelope_ciphertext} bytes.",
            )
        if envelope.mailbox != mailbox:
            fail(400, "wrong_mailbox", "The envelope is addressed to another mailbox than the path names.")
        now = self.clock()
        if envelope.expiry_ms <= now:
            fail(400, "expired", "The envelope has already expired.")
        if envelope.expiry_ms > now + config.max_envelope_ttl_ms:
            fail(
                400,
                "expiry_too_far",
                f"The envelope expires more than {config.max_envelope_ttl_ms // 1000} seconds from now.",
            )
        self._deposits.check(mailbox)
        eid = envelope_id(body)
        try:
            result = self.store.deposit(
                eid,
                mailbox,
                envelope.expiry_ms,
                len(envelope.ciphertext),
                body,
                now_ms=now,
                max_envelopes=config.mailbox_quota_envelopes,
                max_bytes=config.mailbox_quota_bytes,
            )
        except MailboxFullError:
            raise ServiceError(
                429,
                "mailbox_full",
                "The mailbox is full; the owner must fetch and acknowledge envelopes first.",
                retry_after=60,
            ) from None
        if result is Deposit.STORED:
            self._notify(mailbox, body)
            if REPLICA_HEADER not in request.headers:
                self.peers.push(request.path, body, content_type=request.content_type)
        return web.json_response(
            {"id": eid.hex(), "status": result.value}, status=201 if result is Deposit.STORED else 200
        )

    def _notify(self, mailbox: bytes, encoded: bytes) -> None:
        for listener in list(self._listeners.get(mailbox, ())):
            if not listener.offer(encoded):
                log.info("closing a push connection that fell too far behind")
                asyncio.get_running_loop().create_task(listener.ws.close(code=4408))

    # Ownership

    async def challenge(self, request: web.Request) -> web.Response:
        mailbox = self._mailbox(request)
        self._clients.check(client_key(request))
        challenge, expires = self.challenger.issue(mailbox)
        return msgpack_response(MailboxChallenge(mailbox, challenge, expires).encode())

    def _check_auth(self, request: web.Request, mailbox: bytes, auth: MailboxAuth) -> None:
        if auth.mailbox != mailbox:
            fail(403, "not_owner", "The answer proves ownership of another mailbox.")
        check_audience(request, auth.audience, self.config.public_hosts)
        auth.verify()
        self.challenger.redeem(mailbox, auth.challenge)

    async def session(self, request: web.Request) -> web.Response:
        mailbox = self._mailbox(request)
        self._clients.check(client_key(request))
        auth = MailboxAuth.decode(await read_body(request, MailboxAuth.MAX_SIZE, "challenge answer"))
        self._check_auth(request, mailbox, auth)
        token = os.urandom(24).hex()
        expires = self.clock() + self.config.session_ttl_ms
        mine = [t for t, (m, _) in self._sessions.items() if m == mailbox]
        for old in mine[: max(0, len(mine) - _MAX_SESSIONS_PER_MAILBOX + 1)]:
            del self._sessions[old]
        self._sessions[token] = (mailbox, expires)
        return web.json_response({"token": token, "expires_ms": expires})

    def _owner_of(self, request: web.Request, mailbox: bytes) -> None:
        header = request.headers.get("Authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token:
            fail(401, "unauthenticated", "Fetching a mailbox needs a session: answer a challenge first.")
        session = self._sessions.get(token.strip())
        if session is None or session[1] <= self.clock():
            fail(401, "session_expired", "The session is unknown or expired; answer a new challenge.")
        if session[0] != mailbox:
            fail(403, "not_owner", "This session belongs to another mailbox.")
        self._owners.check(mailbox)

    async def fetch(self, request: web.Request) -> web.Response:
        mailbox = self._mailbox(request)
        self._owner_of(request, mailbox)
        try:
            after = int(request.query.get("after", "0"))
            limit = int(request.query.get("limit", "256"))
        except ValueError:
            fail(400, "bad_query", "'after' and 'limit' must be integers.")
        if after < 0 or not 1 <= limit <= 256:
            fail(400, "bad_query", "'after' must be at least 0 and 'limit' within 1..256.")
        rows = self.store.fetch(mailbox, after, limit + 1, self.clock())
        page: list[bytes] = []
        size = 0
        cursor = after
        for row in rows[:limit]:
            if page and size + len(row.encoded) > _PAGE_BYTES:
                break
            page.append(row.encoded)
            size += len(row.encoded)
            cursor = row.seq
        more = len(page) < len(rows)
        return msgpack_response(pack_batch(page, cursor, more))

    async def ack(self, request: web.Request) -> web.Response:
        mailbox = self._mailbox(request)
        self._clients.check(client_key(request))
        body = await read_body(request, MailboxAck.MAX_SIZE, "acknowledgement")
        deleted = self._apply_ack(mailbox, MailboxAck.decode(body))
        if REPLICA_HEADER not in request.headers:
            self.peers.push(request.path, body, content_type=request.content_type)
        return web.json_response({"deleted": deleted})

    def _apply_ack(self, mailbox: bytes, ack: MailboxAck) -> int:
        if ack.mailbox != mailbox:
            fail(403, "not_owner", "The acknowledgement is signed for another mailbox.")
        ack.verify()
        self._owners.check(mailbox)
        return self.store.acknowledge(mailbox, ack.ids, self.clock() + self.config.max_envelope_ttl_ms)

    # Push

    async def websocket(self, request: web.Request) -> web.WebSocketResponse:
        mailbox = self._mailbox(request)
        self._clients.check(client_key(request))
        ws = web.WebSocketResponse(heartbeat=30.0, max_msg_size=MailboxAck.MAX_SIZE + 1024)
        await ws.prepare(request)
        try:
            await self._ws_authenticate(request, ws, mailbox)
        except (*REFUSALS, TimeoutError) as exc:
            await send_ws_error(ws, exc)
            await ws.close(code=4403, message=b"not the owner")
            return ws
        listener = _Listener(ws)
        self._listeners.setdefault(mailbox, set()).add(listener)
        try:
            await ws.send_json({"type": "ready"})
            # Registered first, then the backlog queued without awaiting: no envelope is missed or doubled.
            after = 0
            while True:
                rows = self.store.fetch(mailbox, after, 256, self.clock())
                for row in rows:
                    listener.offer(row.encoded)
                    after = row.seq
                if len(rows) < 256:
                    break
            async for msg in ws:
                if msg.type is not WSMsgType.BINARY:
                    await ws.send_json({"type": "error", "error": "malformed", "reason": "Send binary acks."})
                    continue
                try:
                    deleted = self._apply_ack(mailbox, MailboxAck.decode(msg.data))
                except REFUSALS as exc:
                    await send_ws_error(ws, exc)
                    continue
                self.peers.push(f"/v1/mailbox/{mailbox.hex()}/ack", msg.data, content_type="application/msgpack")
                await ws.send_json({"type": "acked", "deleted": deleted})
        finally:
            self._listeners.get(mailbox, set()).discard(listener)
            if not self._listeners.get(mailbox):
                self._listeners.pop(mailbox, None)
            listener.task.cancel()
        return ws

    async def _ws_authenticate(self, request: web.Request, ws: web.WebSocketResponse, mailbox: bytes) -> None:
        token = request.query.get("token")
        if token is not None:
            session = self._sessions.get(token)
            if session is None or session[0] != mailbox or session[1] <= self.clock():
                fail(403, "not_owner", "The session token is unknown, expired or for another mailbox.")
            return
        challenge, expires = self.challenger.issue(mailbox)
        await ws.send_bytes(MailboxChallenge(mailbox, challenge, expires).encode())
        msg = await ws.receive(timeout=_AUTH_TIMEOUT_S)
        if msg.type is not WSMsgType.BINARY:
            fail(400, "bad_auth", "The first message must be the signed challenge answer.")
        self._check_auth(request, mailbox, MailboxAuth.decode(msg.data))

    # Prekeys

    async def upload_prekeys(self, request: web.Request) -> web.Response:
        mailbox = self._mailbox(request)
        self._clients.check(client_key(request))
        upload = PrekeyUpload.decode(await read_body(request, PrekeyUpload.MAX_SIZE, "prekey upload"))
        if upload.mailbox != mailbox:
            fail(403, "not_owner", "The prekeys are signed for another mailbox.")
        upload.verify()
        upload.identity.verify()
        self._owners.check(mailbox)
        self.store.put_identity(mailbox, upload.identity.created_ms, upload.identity.encode())
        available = self.store.add_prekeys(mailbox, upload.one_time, self.config.max_prekeys_per_mailbox)
        return web.json_response({"available": available})

    async def prekey_count(self, request: web.Request) -> web.Response:
        mailbox = self._mailbox(request)
        self._clients.check(client_key(request))
        return web.json_response({"available": self.store.prekey_count(mailbox)})

    async def claim_prekey(self, request: web.Request) -> web.Response:
        mailbox = self._mailbox(request)
        self._clients.check(client_key(request))
        self._claims.check(mailbox)
        claimed = self.store.claim(mailbox)
        if claimed is None:
            fail(404, "no_identity", "This mailbox has published no identity on this node.")
        identity, prekey = claimed
        return msgpack_response(PrekeyClaim(SignedIdentity.decode(identity), prekey).encode())
