"""The node's HTTP + WebSocket API under /v1: status, light blocks, proofs, actions and subscriptions.

Binary bodies are msgpack in the protocol's encoding; status, errors and indexes are JSON. Every error is a
JSON object `{"error": "<code>", "reason": "<sentence>"}` with a 4xx status (5xx only for the node's own
faults), the same shape as the services' errors. Requests are limited in size, and each client address has a
token bucket of requests. See docs/API.md.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import msgpack
from aiohttp import WSMsgType, web

from lightnode.protocol.actions import MAX_ACTION_SIZE, action_id_of_encoding
from lightnode.protocol.address import decode_address, encode_address
from lightnode.protocol.chain import Commit, LightBlock
from lightnode.protocol.consensus import Block
from lightnode.protocol.encoding import encode_list, pack, unpack
from lightnode.protocol.errors import AddressError, ProtocolError, SignatureError
from lightnode.protocol.evidence import AttackKind, LightClientAttackEvidence
from lightnode.protocol.keys import actor_id
from lightnode.protocol.merkle import merkle_proof
from lightnode.protocol.state import receipt_key

from .codec import address_of, committed_block_bytes, event_to_json, stored_event_to_json
from .errors import AlreadyCommittedError, FaucetError
from .mempool import MempoolFullError
from .ratelimit import TokenBucketLimiter
from .state import ActionRejected, BlockResult

if TYPE_CHECKING:
    from .node import Node

log = logging.getLogger("fullnode.api")

MSGPACK = "application/msgpack"
#: Light blocks one range request may return.
MAX_RANGE = 100
#: Actions one batch submission may carry.
MAX_BATCH = 5000
MAX_JSON_BODY = 4096
_HEX = re.compile(r"[0-9a-fA-F]*")
_KIND = re.compile(r"[a-z_]{1,32}")
#: Entries of an account's actions per page by default, and at most (a page ends at a whole height).
ACTOR_ACTIONS_PAGE = 200
ACTOR_ACTIONS_MAX_PAGE = 1000

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


#: The error code of a status when no more precise one is given.
STATUS_CODES = {
    400: "bad_request",
    402: "payment_required",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    416: "bad_range",
    429: "rate_limited",
    500: "internal",
    503: "unavailable",
}


def status_code(status: int) -> str:
    return STATUS_CODES.get(status, "bad_request" if status < 500 else "internal")


class ApiError(Exception):
    """An error answered as `{"error": code, "reason": message}` with an HTTP status."""

    def __init__(
        self, status: int, message: str, headers: dict[str, str] | None = None, *, code: str | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code or status_code(status)
        self.headers = headers or {}


def error_response(
    status: int, message: str, headers: dict[str, str] | None = None, *, code: str | None = None
) -> web.Response:
    body = {"error": code or status_code(status), "reason": message}
    return web.json_response(body, status=status, headers=headers)


def ws_error(code: str, reason: str) -> str:
    """An error frame on a WebSocket, in the shape of the HTTP errors."""
    return json.dumps({"type": "error", "error": code, "reason": reason})


def msgpack_response(body: bytes) -> web.Response:
    return web.Response(body=body, content_type=MSGPACK)


def parse_height(text: str, what: str = "height") -> int:
    if not text.isdigit() or len(text) > 20:
        raise ApiError(400, f"the {what} must be a non-negative integer, got {text[:40]!r}")
    value = int(text)
    if value >= 2**63:
        raise ApiError(400, f"the {what} is too large")
    return value


def parse_hex(text: str, what: str, sizes: tuple[int, ...] | None = None, max_len: int = 256) -> bytes:
    if len(text) > 2 * max_len or len(text) % 2 or not _HEX.fullmatch(text):
        raise ApiError(400, f"the {what} must be hex (an even number of digits 0-9, a-f)", code="bad_id")
    raw = bytes.fromhex(text)
    if sizes is not None and len(raw) not in sizes:
        raise ApiError(
            400, f"the {what} must be {' or '.join(str(s) for s in sizes)} bytes, got {len(raw)}", code="bad_id"
        )
    return raw


class Subscriber:
    """One WebSocket subscription with a bounded queue (a client that cannot keep up is dropped)."""

    def __init__(self, ws: web.WebSocketResponse, topics: set[str]) -> None:
        self.ws = ws
        self.topics = topics
        self.queue: asyncio.Queue[str | bytes | None] = asyncio.Queue(256)

    def push(self, item: str | bytes) -> None:
        try:
            self.queue.put_nowait(item)
        except asyncio.QueueFull:
            with contextlib.suppress(asyncio.QueueFull):
                while not self.queue.empty():
                    self.queue.get_nowait()
                self.queue.put_nowait(None)


TOPICS = {"headers", "events", "actions"}


#: Seconds a stopping node's API waits for requests in flight.
STOP_GRACE_S = 5.0


class ApiServer:
    """Serves the API of one node."""

    def __init__(self, node: Node) -> None:
        self.node = node
        config = node.config
        self.limiter = TokenBucketLimiter(config.rate_limit_per_s, config.rate_limit_burst)
        self.subscribers: set[Subscriber] = set()
        self._runner: web.AppRunner | None = None
        self.app = self._build_app()

    def _build_app(self) -> web.Application:
        app = web.Application(
            client_max_size=self.node.config.max_request_bytes,
            middlewares=[self._errors_middleware, self._rate_limit_middleware],
        )
        r = app.router
        r.add_get("/v1/status", self.status)
        r.add_get("/v1/genesis", self.genesis)
        r.add_get("/v1/validators", self.validators)
        r.add_get("/v1/light_blocks/{height}", self.light_block)
        r.add_get("/v1/light_blocks", self.light_blocks)
        r.add_get("/v1/blocks/{height}", self.block)
        r.add_get("/v1/state/{key}", self.state)
        r.add_post("/v1/actions", self.submit_action)
        r.add_post("/v1/actions/batch", self.submit_batch)
        r.add_get("/v1/actions/{id}", self.action_status)
        r.add_get("/v1/actions/{id}/proof", self.action_proof)
        r.add_get("/v1/accounts/{address}", self.account)
        r.add_get("/v1/accounts/{address}/actions", self.actor_actions)
        r.add_get("/v1/evidence", self.evidence)
        r.add_post("/v1/evidence/light_client", self.light_client_evidence)
        r.add_post("/v1/faucet", self.faucet)
        r.add_get("/v1/ws", self.websocket)
        return app

    async def start(self, host: str, port: int) -> int:
        # A stopping node waits this long for requests still being served (a blob download, say) to finish;
        # WebSockets are closed by the API's and the services' shutdown handlers before that wait.
        self._runner = web.AppRunner(self.app, access_log=None, handle_signals=False, shutdown_timeout=STOP_GRACE_S)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port, reuse_address=True)
        await site.start()
        return int(self._runner.addresses[0][1])

    async def stop(self) -> None:
        for sub in list(self.subscribers):
            sub.push("")
            with contextlib.suppress(Exception):
                await sub.ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    # ---- middlewares ----------------------------------------------------------------------------------

    @web.middleware
    async def _errors_middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        try:
            return await handler(request)
        except ApiError as exc:
            return error_response(exc.status, exc.message, exc.headers, code=exc.code)
        except web.HTTPException as exc:
            if exc.status < 400:
                raise
            reason = {
                404: f"there is no API endpoint at {request.path[:100]!r} (see docs/API.md)",
                405: f"{request.method} is not allowed on {request.path[:100]!r}",
                413: f"the request body exceeds the limit of {self.node.config.max_request_bytes} bytes",
            }.get(exc.status, exc.reason)
            kept = {k: v for k, v in exc.headers.items() if k in ("Allow", "Content-Range", "Retry-After")}
            return error_response(exc.status, reason, kept)
        except (ConnectionResetError, asyncio.CancelledError):
            raise
        except Exception:
            log.exception("API handler failed on %s", request.path)
            return error_response(500, "the node failed to answer this request; see its log")

    @web.middleware
    async def _rate_limit_middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        client = request.remote or "unknown"
        if not self.limiter.allow(client):
            wait = self.limiter.retry_after(client)
            raise ApiError(
                429,
                f"too many requests from {client}; slow down (retry in {wait:.1f} s)",
                {"Retry-After": str(max(1, round(wait)))},
            )
        return await handler(request)

    # ---- helpers --------------------------------------------------------------------------------------

    async def _read_body(self, request: web.Request, limit: int) -> bytes:
        if request.content_length is not None and request.content_length > limit:
            raise ApiError(413, f"the request body of {request.content_length} bytes exceeds the limit of {limit}")
        body = await request.read()
        if len(body) > limit:
            raise ApiError(413, f"the request body of {len(body)} bytes exceeds the limit of {limit}")
        if not body:
            raise ApiError(400, "the request body is empty", code="empty_body")
        return body

    async def _read_json(self, request: web.Request) -> dict[str, Any]:
        body = await self._read_body(request, MAX_JSON_BODY)
        try:
            doc = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            raise ApiError(400, "the request body is not valid JSON", code="malformed") from None
        if not isinstance(doc, dict):
            raise ApiError(400, "the request body must be a JSON object", code="malformed")
        return doc

    def _height_param(self, request: web.Request, name: str = "height") -> int:
        text = request.query.get(name)
        if text is None or text == "latest":
            return self.node.height
        return parse_height(text, name)

    # ---- chain ----------------------------------------------------------------------------------------

    async def status(self, request: web.Request) -> web.Response:
        node = self.node
        peers = [p.describe() for p in node.p2p.peers()]
        best = node.best_peer_height()
        return web.json_response(
            {
                "chain_id": node.chain_id,
                "genesis_hash": node.genesis_hash.hex(),
                "height": node.height,
                "latest_block_hash": node.last_hash.hex() if node.height else "",
                "latest_block_time_ms": node.last_time_ms,
                "node_key": node.node_key.public_key.raw.hex(),
                "address": encode_address(node.address),
                "validator": node.is_validator,
                "consensus": {
                    "height": node.core.height,
                    "round": node.core.round,
                    "step": node.core.step.name,
                },
                "peers": peers,
                "syncing": best > node.height + 1,
                "mempool_size": len(node.mempool),
                "evidence": node.store.evidence_count(),
                "earliest_proof_height": min(node.trees, default=node.height),
                "faucet": node.faucet_key is not None,
                "uptime_s": round(time.time() - node.started_at, 1),
                "api_version": 1,
            }
        )

    async def genesis(self, request: web.Request) -> web.Response:
        return web.Response(text=self.node.genesis.to_json(), content_type="application/json")

    async def validators(self, request: web.Request) -> web.Response:
        height = self._height_param(request)
        node = self.node
        valset = node.sm.validators if height in (0, node.height + 1) else node.store.validators(height)
        if height == 0:
            height = node.height + 1
        if valset is None:
            raise ApiError(404, f"no validator set is known for height {height}")
        return web.json_response(
            {
                "height": height,
                "total_power": valset.total_power(),
                "hash": valset.hash().hex(),
                "validators": [
                    {"address": encode_address(v.address), "public_key": v.public_key.hex(), "power": v.power}
                    for v in valset.validators
                ],
            }
        )

    def _light_block(self, height: int) -> LightBlock:
        if height < 1 or height > self.node.height:
            raise ApiError(404, f"no block at height {height} (the chain is at {self.node.height})")
        light = self.node.store.light_block(height)
        if light is None:
            raise ApiError(404, f"no block at height {height}")
        return light

    async def light_block(self, request: web.Request) -> web.Response:
        text = request.match_info["height"]
        height = self.node.height if text == "latest" else parse_height(text)
        return msgpack_response(self._light_block(height).encode())

    async def light_blocks(self, request: web.Request) -> web.Response:
        if "from" not in request.query:
            raise ApiError(400, "give a range as ?from=H&to=H (at most 100 heights)")
        first = parse_height(request.query["from"], "from")
        last = parse_height(request.query.get("to", str(first + MAX_RANGE - 1)), "to")
        if last < first:
            raise ApiError(400, "'to' must not be below 'from'")
        if last - first + 1 > MAX_RANGE:
            raise ApiError(400, f"a range holds at most {MAX_RANGE} heights")
        if first < 1 or first > self.node.height:
            raise ApiError(404, f"no block at height {first} (the chain is at {self.node.height})")
        return msgpack_response(encode_list(self.node.store.light_blocks(first, min(last, self.node.height))))

    async def block(self, request: web.Request) -> web.Response:
        text = request.match_info["height"]
        height = self.node.height if text == "latest" else parse_height(text)
        stored = self.node.store.committed_block(height)
        if stored is None:
            raise ApiError(404, f"no block at height {height} (the chain is at {self.node.height})")
        return msgpack_response(committed_block_bytes(*stored))

    async def state(self, request: web.Request) -> web.Response:
        key = parse_hex(request.match_info["key"], "state key", max_len=256)
        if not key:
            raise ApiError(400, "the state key is empty")
        height = self._height_param(request)
        tree = self.node.trees.get(height)
        if tree is None:
            earliest = min(self.node.trees, default=self.node.height)
            raise ApiError(
                404,
                f"no state proof at height {height}: this node keeps the last {len(self.node.trees)} heights "
                f"({earliest} to {self.node.height})",
            )
        value = tree.get(key)
        proof = tree.prove(key)
        body = msgpack.packb(
            [1, height, key, value, proof.to_wire(), tree.root_hash], use_bin_type=True, strict_types=True
        )
        return msgpack_response(body)

    async def account(self, request: web.Request) -> web.Response:
        try:
            actor = decode_address(request.match_info["address"])
        except AddressError as exc:
            raise ApiError(400, str(exc), code="bad_address") from None
        account = self.node.sm.account(actor)
        pending = self.node.mempool.pending_nonce(actor)
        return web.json_response(
            {
                "address": encode_address(actor),
                "height": self.node.height,
                "balance": str(account.balance),
                "nonce": account.nonce,
                "next_nonce": account.nonce if pending is None else pending,
                "public_key": account.public_key.hex(),
                "note": "unverified convenience view; verify with /v1/state and a light block",
            }
        )

    async def actor_actions(self, request: web.Request) -> web.Response:
        """The committed actions concerning an account in a range of heights, a page at a time: what a wallet
        that was not watching needs to catch up. Ids only; a client proves each one (its receipt in the
        state, its bytes by their hash), so this list is a hint, like the event feed."""
        try:
            actor = decode_address(request.match_info["address"])
        except AddressError as exc:
            raise ApiError(400, str(exc), code="bad_address") from None
        query = request.query
        first = parse_height(query.get("from", "1"), "from")
        last = self._height_param(request, "to")
        limit = parse_height(query.get("limit", str(ACTOR_ACTIONS_PAGE)), "limit")
        if not 1 <= limit <= ACTOR_ACTIONS_MAX_PAGE:
            raise ApiError(400, f"the limit must be 1 to {ACTOR_ACTIONS_MAX_PAGE}")
        if first < 1 or first > last + 1:
            raise ApiError(400, f"'from' must be at least 1 and at most 'to' + 1 (from={first}, to={last})")
        kind = query.get("kind")
        if kind is not None and not _KIND.fullmatch(kind):
            raise ApiError(400, "the kind must be an event kind such as 'transfer' (a-z and _, up to 32)")
        actions, complete_to = self.node.store.actor_actions(actor, first, last, limit, kind)
        return web.json_response(
            {
                "address": encode_address(actor),
                "from": first,
                "to": last,
                "complete_to": complete_to,
                "actions": [
                    {"id": a.action_id.hex(), "height": a.height, "index": a.index, "kinds": list(a.kinds)}
                    for a in actions
                ],
            }
        )

    # ---- actions --------------------------------------------------------------------------------------

    def _submit_one(self, raw: bytes) -> bytes:
        try:
            return self.node.submit(raw)
        except ActionRejected as exc:
            raise ApiError(400, exc.reason, code="rejected") from None
        except ProtocolError as exc:
            raise ApiError(400, f"malformed action: {exc}", code="malformed") from None
        except AlreadyCommittedError as exc:
            raise ApiError(409, str(exc), code="already_committed") from None
        except MempoolFullError as exc:
            raise ApiError(503, str(exc), {"Retry-After": "2"}, code="mempool_full") from None

    async def submit_action(self, request: web.Request) -> web.Response:
        raw = await self._read_body(request, MAX_ACTION_SIZE)
        action_id = self._submit_one(raw)
        return web.json_response({"id": action_id.hex(), "status": "pending"}, status=202)

    async def submit_batch(self, request: web.Request) -> web.Response:
        body = await self._read_body(request, self.node.config.max_request_bytes)
        try:
            items = unpack(body, max_size=self.node.config.max_request_bytes)
        except ProtocolError as exc:
            raise ApiError(400, f"a batch is a msgpack array of encoded actions: {exc}", code="malformed") from None
        if type(items) is not list or not all(type(i) is bytes for i in items):
            raise ApiError(400, "a batch is a msgpack array of encoded actions (byte strings)", code="malformed")
        if len(items) > MAX_BATCH:
            raise ApiError(413, f"a batch holds at most {MAX_BATCH} actions")
        client = request.remote or "unknown"
        extra = len(items) / 100
        if extra >= 1 and not self.limiter.allow(client, extra):
            raise ApiError(429, f"too many actions from {client}; slow down", {"Retry-After": "1"})
        accepted: list[str] = []
        rejected: list[dict[str, Any]] = []
        for index, raw in enumerate(items):
            try:
                accepted.append(self._submit_one(raw).hex())
            except ApiError as exc:
                rejected.append({"index": index, "status": exc.status, "error": exc.code, "reason": exc.message})
        return web.json_response({"accepted": accepted, "rejected": rejected}, status=202 if accepted else 400)

    async def action_status(self, request: web.Request) -> web.Response:
        action_id = parse_hex(request.match_info["id"], "action id", (32,))
        node = self.node
        location = node.store.action(action_id)
        if location is not None:
            return web.json_response(
                {
                    "id": action_id.hex(),
                    "status": "committed",
                    "height": location.height,
                    "index": location.index,
                    "ok": location.ok,
                    "reason": location.reason,
                    "events": [stored_event_to_json(e) for e in location.events],
                }
            )
        if action_id in node.mempool:
            return web.json_response({"id": action_id.hex(), "status": "pending"})
        dropped = node.dropped_reason(action_id)
        if dropped is not None:
            status, reason = dropped
            return web.json_response({"id": action_id.hex(), "status": status, "reason": reason})
        raise ApiError(404, "this node knows no such action (never received, dropped, or expired)")

    async def action_proof(self, request: web.Request) -> web.Response:
        action_id = parse_hex(request.match_info["id"], "action id", (32,))
        node = self.node
        location = node.store.action(action_id)
        if location is None:
            raise ApiError(404, "the action is not in any committed block of this node")
        block = node.store.block(location.height)
        assert block is not None
        ids = [action_id_of_encoding(raw) for raw in block.actions]
        if ids[location.index] != action_id:
            raise ApiError(500, "the action index is inconsistent with the stored block")
        proof = merkle_proof(ids, location.index)
        tree = node.trees.get(location.height)
        key = receipt_key(action_id)
        receipt: Any = None
        receipt_proof: Any = None
        if tree is not None:
            receipt = tree.get(key)
            receipt_proof = tree.prove(key).to_wire()
        body = msgpack.packb(
            [
                1,
                location.height,
                location.index,
                block.actions[location.index],
                proof.to_wire(),
                receipt,
                receipt_proof,
            ],
            use_bin_type=True,
            strict_types=True,
        )
        return msgpack_response(body)

    async def evidence(self, request: web.Request) -> web.Response:
        limit = min(parse_height(request.query.get("limit", "100"), "limit"), 1000)
        out: list[dict[str, Any]] = []
        for record in self.node.store.evidence(limit):
            ev = record.evidence
            out.append(
                {
                    "hash": record.hash.hex(),
                    "kind": "duplicate_vote",
                    "height": record.height,
                    "round": record.round,
                    "type": "prevote" if record.type == 1 else "precommit",
                    "validator": address_of(record.validator),
                    "public_key": ev.public_key.hex(),
                    "block_hash_a": ev.vote_a.vote.block_hash.hex(),
                    "block_hash_b": ev.vote_b.vote.block_hash.hex(),
                    "received_ms": record.received_ms,
                    "encoding": ev.encode().hex(),
                }
            )
        for attack, received_ms in self.node.store.light_client_evidence(limit):
            out.append(
                {
                    "hash": attack.hash().hex(),
                    "kind": "light_client_attack",
                    "height": attack.height,
                    "attack": AttackKind(attack.kind).name.lower(),
                    "validators": [address_of(actor_id(k)) for k in attack.byzantine_validators],
                    "block_hash_a": attack.block_a.header.hash().hex(),
                    "block_hash_b": attack.block_b.header.hash().hex(),
                    "received_ms": received_ms,
                    "encoding": attack.encode().hex(),
                }
            )
        return web.json_response({"evidence": out})

    async def light_client_evidence(self, request: web.Request) -> web.Response:
        body = await self._read_body(request, LightClientAttackEvidence.MAX_SIZE)
        try:
            attack = LightClientAttackEvidence.decode(body)
        except ProtocolError as exc:
            raise ApiError(400, f"malformed light-client evidence: {exc}", code="malformed") from None
        if attack.chain_id != self.node.chain_id:
            raise ApiError(400, f"the evidence is about chain '{attack.chain_id}', not '{self.node.chain_id}'")
        try:
            attack.verify_signatures()
        except SignatureError as exc:
            raise ApiError(400, f"the evidence does not hold up: {exc}") from None
        ours = self.node.store.block_hash(attack.height)
        if ours is not None and ours not in (attack.block_a.header.hash(), attack.block_b.header.hash()):
            log.warning("a light client reports two headers at height %d, neither of them ours", attack.height)
        new = self.node.store.add_light_client_evidence(attack, int(time.time() * 1000))
        if new:
            log.warning(
                "light-client attack evidence at height %d: %d validators signed both headers",
                attack.height,
                len(attack.byzantine_validators),
            )
        return web.json_response({"hash": attack.hash().hex(), "new": new}, status=202)

    async def faucet(self, request: web.Request) -> web.Response:
        doc = await self._read_json(request)
        address = doc.get("address")
        if not isinstance(address, str):
            raise ApiError(400, 'send {"address": "exc1…"} to be funded')
        try:
            actor = decode_address(address)
        except AddressError as exc:
            raise ApiError(400, str(exc), code="bad_address") from None
        try:
            action_id, amount = self.node.faucet(actor)
        except FaucetError as exc:
            if "no faucet" in str(exc):
                raise ApiError(404, str(exc), code="no_faucet") from None
            retry = str(max(1, round(self.node.config.faucet_cooldown_s)))
            raise ApiError(429, str(exc), {"Retry-After": retry}, code="faucet_cooldown") from None
        except ApiError:
            raise
        except ActionRejected as exc:
            raise ApiError(503, f"the faucet cannot pay now: {exc.reason}") from None
        except MempoolFullError as exc:
            raise ApiError(503, str(exc), code="mempool_full") from None
        return web.json_response(
            {"id": action_id.hex(), "amount": str(amount), "address": encode_address(actor)}, status=202
        )

    # ---- subscriptions --------------------------------------------------------------------------------

    async def websocket(self, request: web.Request) -> web.WebSocketResponse:
        if len(self.subscribers) >= self.node.config.max_subscribers:
            raise ApiError(503, "too many subscribers on this node; try another node or later")
        topics = set(request.query.get("topics", "headers,events").split(","))
        unknown = topics - TOPICS
        if unknown:
            raise ApiError(400, f"unknown topic '{sorted(unknown)[0]}' (topics: headers, events, actions)")
        ws = web.WebSocketResponse(heartbeat=20, max_msg_size=4096)
        if not ws.can_prepare(request).ok:
            raise ApiError(400, "/v1/ws is a WebSocket: connect with an HTTP Upgrade: websocket request")
        try:
            await ws.prepare(request)
        except ConnectionError:
            return ws
        sub = Subscriber(ws, topics)
        self.subscribers.add(sub)
        sender = asyncio.ensure_future(self._feed(sub))
        try:
            async for msg in ws:
                if msg.type == WSMsgType.TEXT:
                    self._on_subscriber_text(sub, msg.data)
                elif msg.type == WSMsgType.BINARY:
                    await ws.send_str(ws_error("malformed", "send JSON text frames"))
        finally:
            self.subscribers.discard(sub)
            sender.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await sender
        return ws

    def _on_subscriber_text(self, sub: Subscriber, text: str) -> None:
        try:
            doc = json.loads(text)
            topics = doc["subscribe"]
            if not isinstance(topics, list) or not all(isinstance(t, str) for t in topics):
                raise TypeError
        except (ValueError, KeyError, TypeError):
            sub.push(ws_error("malformed", 'send {"subscribe": ["headers", "events", "actions"]}'))
            return
        unknown = set(topics) - TOPICS
        if unknown:
            sub.push(ws_error("bad_request", f"unknown topic '{sorted(unknown)[0]}'"))
            return
        sub.topics = set(topics)
        sub.push(json.dumps({"type": "subscribed", "topics": sorted(sub.topics)}))

    async def _feed(self, sub: Subscriber) -> None:
        while True:
            item = await sub.queue.get()
            if item is None:
                await sub.ws.close(message=b"the subscriber fell behind")
                return
            if item == "":
                return
            if isinstance(item, bytes):
                await sub.ws.send_bytes(item)
            else:
                await sub.ws.send_str(item)

    def publish_block(self, block: Block, commit: Commit, result: BlockResult) -> None:
        """Push a committed block's light block, events and action results to subscribers."""
        if not self.subscribers:
            return
        height = block.height
        header_frame: bytes | None = None
        events_frame: str | None = None
        actions_frame: str | None = None
        for sub in list(self.subscribers):
            if "headers" in sub.topics:
                if header_frame is None:
                    light = LightBlock(block.header, commit, self.node.prev_validators or self.node.sm.validators)
                    header_frame = pack(["header", height, light.to_wire()])
                sub.push(header_frame)
            if "events" in sub.topics:
                if events_frame is None:
                    events_frame = json.dumps(
                        {
                            "type": "events",
                            "height": height,
                            "block_hash": block.hash().hex(),
                            "time_ms": block.header.time_ms,
                            "events": [event_to_json(e) for e in result.events],
                        }
                    )
                sub.push(events_frame)
            if "actions" in sub.topics:
                if actions_frame is None:
                    actions_frame = json.dumps(
                        {
                            "type": "actions",
                            "height": height,
                            "time_ms": block.header.time_ms,
                            "received_ms": int(time.time() * 1000),
                            "results": [[r.action_id.hex(), r.ok, r.reason] for r in result.results],
                        }
                    )
                sub.push(actions_frame)
