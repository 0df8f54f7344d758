"""A Provider over a full node's HTTP + WebSocket API (/v1, see docs/API.md and fullnode/api.py).

Transport failures (refused, reset, timeouts, 5xx) become ProviderUnavailableError; a body that does not
decode strictly becomes BadResponseError; a 4xx with the node's reason becomes RequestRejectedError (404 on
a light block or a state height: LightBlockNotFoundError). Bodies are read with a size limit first.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncGenerator, Mapping, Sequence
from typing import Any

import aiohttp
import msgpack

from .errors import (
    BadResponseError,
    LightBlockNotFoundError,
    ProviderError,
    ProviderUnavailableError,
    RequestRejectedError,
)
from .protocol.actions import MAX_ACTION_SIZE
from .protocol.address import decode_address, encode_address
from .protocol.chain import LightBlock
from .protocol.encoding import decode_list, unpack
from .protocol.errors import AddressError, ProtocolError
from .protocol.evidence import LightClientAttackEvidence
from .protocol.genesis import MAX_GENESIS_FILE, Genesis
from .protocol.merkle import MerkleProof
from .protocol.smt import SmtProof
from .provider import (
    ActionStatusReport,
    ActorActionsPage,
    ChainEvent,
    EventValue,
    InclusionState,
    NewHeader,
    NodeStatus,
    Notification,
    Provider,
    StateProof,
)

log = logging.getLogger("lightnode.http")

MSGPACK = "application/msgpack"
#: The node answers at most this many light blocks per range request.
MAX_RANGE = 100
_MAX_JSON = 1024 * 1024
_MAX_STATE_BODY = 8 * 1024 * 1024
_MAX_PROOF_BODY = 64 * 1024
#: Event data fields that carry ids (the node writes bytes as hex).
_BYTES_FIELDS = frozenset({"order", "post", "listing", "proposal", "comment", "target", "skill_id", "channel"})


def _event_value(key: str, value: Any) -> EventValue:
    if key in _BYTES_FIELDS and isinstance(value, str):
        try:
            return bytes.fromhex(value)
        except ValueError:
            return value
    if isinstance(value, int | str) and not isinstance(value, bool):
        return value
    return str(value)


def _actor(text: Any) -> bytes:
    if not isinstance(text, str):
        raise BadResponseError("an event names an actor that is not text")
    if text.startswith("exc1"):
        try:
            return decode_address(text)
        except AddressError as exc:
            raise BadResponseError(f"an event names a malformed address: {exc}") from exc
    try:
        return bytes.fromhex(text)
    except ValueError as exc:
        raise BadResponseError("an event names a malformed actor") from exc


class HttpProvider(Provider):
    """One node's API at `base_url` (e.g. ``http://127.0.0.1:2233``). Create it inside the running loop
    (or give it a session); `aclose()` closes the session it created."""

    def __init__(
        self,
        base_url: str,
        *,
        session: aiohttp.ClientSession | None = None,
        timeout_s: float = 5.0,
        name: str | None = None,
    ) -> None:
        self.base = base_url.rstrip("/")
        self.name = name or self.base.removeprefix("http://").removeprefix("https://")
        self.timeout = aiohttp.ClientTimeout(total=timeout_s, sock_connect=min(timeout_s, 3.0))
        self._session = session
        self._own_session = session is None

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=self.timeout)
            self._own_session = True
        return self._session

    async def aclose(self) -> None:
        if self._own_session and self._session is not None and not self._session.closed:
            await self._session.close()

    # -- plumbing ------------------------------------------------------------------------------------------
    def _unavailable(self, what: str, exc: BaseException | str) -> ProviderUnavailableError:
        return ProviderUnavailableError(f"{self.name} did not answer ({what}): {exc}", provider=self.name)

    async def _request(
        self,
        method: str,
        path: str,
        *,
        limit: int,
        params: Mapping[str, str] | None = None,
        body: bytes | None = None,
        not_found: type[ProviderError] | None = LightBlockNotFoundError,
    ) -> tuple[int, bytes]:
        """(status, body) of a successful request; errors mapped as the module docstring says."""
        url = self.base + path
        headers = {"Content-Type": MSGPACK} if body is not None else None
        for attempt in range(2):
            try:
                async with self._client().request(method, url, params=params, data=body, headers=headers) as resp:
                    data = await self._read(resp, limit)
                    status = resp.status
                    retry_after = resp.headers.get("Retry-After")
            except (aiohttp.ClientError, TimeoutError, OSError) as exc:
                raise self._unavailable(f"{method} {path}", str(exc) or type(exc).__name__) from exc
            if status < 400:
                return status, data
            reason = self._reason(data) or f"HTTP {status}"
            if status == 429 and attempt == 0:
                # Rate limited: wait as asked (briefly) and try once more.
                await asyncio.sleep(min(2.0, float(retry_after) if retry_after and retry_after.isdigit() else 1.0))
                continue
            if status >= 500 and status != 503:
                raise self._unavailable(f"{method} {path}", reason)
            if status == 404 and not_found is not None:
                raise not_found(f"{self.name}: {reason}", provider=self.name)
            code = {409: "already_committed", 429: "rate_limited", 503: "busy"}.get(status, "rejected")
            raise RequestRejectedError(reason, provider=self.name, code=code, status=status)
        raise AssertionError("unreachable")

    async def _read(self, resp: aiohttp.ClientResponse, limit: int) -> bytes:
        if resp.content_length is not None and resp.content_length > limit:
            raise BadResponseError(
                f"{self.name} sent {resp.content_length} bytes, more than the {limit} expected",
                provider=self.name,
            )
        chunks = bytearray()
        async for chunk in resp.content.iter_chunked(64 * 1024):
            chunks += chunk
            if len(chunks) > limit:
                raise BadResponseError(f"{self.name} sent more than the {limit} bytes expected", provider=self.name)
        return bytes(chunks)

    @staticmethod
    def _reason(data: bytes) -> str:
        try:
            doc = json.loads(data[:4096])
        except (ValueError, UnicodeDecodeError):
            return ""
        if isinstance(doc, dict):
            value = doc.get("reason") or doc.get("error")
            return str(value)[:512] if value else ""
        return ""

    def _json(self, data: bytes, what: str) -> dict[str, Any]:
        try:
            doc = json.loads(data)
        except (ValueError, UnicodeDecodeError) as exc:
            raise BadResponseError(f"{self.name} sent {what} that is not JSON", provider=self.name) from exc
        if not isinstance(doc, dict):
            raise BadResponseError(f"{self.name} sent {what} that is not a JSON object", provider=self.name)
        return doc

    def _bad(self, message: str) -> BadResponseError:
        return BadResponseError(f"{self.name} {message}", provider=self.name)

    # -- the API -------------------------------------------------------------------------------------------
    async def status(self) -> NodeStatus:
        _, data = await self._request("GET", "/v1/status", limit=_MAX_JSON, not_found=None)
        doc = self._json(data, "a status")
        try:
            chain_id, height = doc["chain_id"], doc["height"]
            genesis_hash = bytes.fromhex(doc["genesis_hash"])
        except (KeyError, TypeError, ValueError) as exc:
            raise self._bad(f"sent a malformed status: {exc}") from exc
        if not isinstance(chain_id, str) or type(height) is not int or height < 0 or len(genesis_hash) != 32:
            raise self._bad("sent a malformed status")
        return NodeStatus(chain_id, genesis_hash, height)

    async def genesis(self) -> Genesis:
        _, data = await self._request("GET", "/v1/genesis", limit=MAX_GENESIS_FILE, not_found=None)
        try:
            return Genesis.from_json(data.decode("utf-8"))
        except (ProtocolError, UnicodeDecodeError) as exc:
            raise self._bad(f"sent a genesis that does not parse: {exc}") from exc

    async def light_block(self, height: int | None) -> LightBlock:
        path = "/v1/light_blocks/" + ("latest" if height is None else str(height))
        _, data = await self._request("GET", path, limit=LightBlock.MAX_SIZE)
        try:
            lb = LightBlock.decode(data)
        except ProtocolError as exc:
            raise self._bad(f"sent a light block that does not decode: {exc}") from exc
        if height is not None and lb.height != height:
            raise self._bad(f"sent the light block of height {lb.height} when asked for {height}")
        return lb

    async def light_blocks(self, first: int, last: int) -> list[LightBlock]:
        last = min(last, first + MAX_RANGE - 1)
        limit = LightBlock.MAX_SIZE * (last - first + 1) + 16
        _, data = await self._request(
            "GET", "/v1/light_blocks", limit=limit, params={"from": str(first), "to": str(last)}
        )
        try:
            # A range of hundreds of light blocks takes tens of milliseconds to decode: off the event loop,
            # which in the app is the GUI thread.
            blocks = await asyncio.to_thread(decode_list, LightBlock, data, max_items=MAX_RANGE, max_size=limit)
        except ProtocolError as exc:
            raise self._bad(f"sent light blocks that do not decode: {exc}") from exc
        for offset, lb in enumerate(blocks):
            if lb.height != first + offset:
                raise self._bad(f"sent height {lb.height} where {first + offset} belongs")
        return blocks

    async def state_proof(self, key: bytes, height: int | None = None) -> StateProof:
        params = {"height": "latest" if height is None else str(height)}
        _, data = await self._request("GET", f"/v1/state/{key.hex()}", limit=_MAX_STATE_BODY, params=params)
        try:
            wire = msgpack.unpackb(data, raw=False, strict_map_key=True, use_list=True)
        except (ValueError, msgpack.UnpackException) as exc:
            raise self._bad(f"sent a state proof that does not decode: {exc}") from exc
        if type(wire) is not list or len(wire) != 6 or wire[0] != 1:
            raise self._bad("sent a state proof of the wrong shape")
        _, proof_height, proof_key, value, proof_wire, _root = wire
        if type(proof_height) is not int or proof_key != key or not (value is None or type(value) is bytes):
            raise self._bad("sent a state proof for something else")
        try:
            proof = SmtProof.from_wire(proof_wire)
        except ProtocolError as exc:
            raise self._bad(f"sent a malformed sparse-Merkle proof: {exc}") from exc
        return StateProof(proof_height, key, value, proof)

    async def submit_action(self, encoded: bytes) -> bytes:
        _, data = await self._request("POST", "/v1/actions", limit=_MAX_JSON, body=encoded, not_found=None)
        doc = self._json(data, "a submission receipt")
        try:
            action_id = bytes.fromhex(doc["id"])
        except (KeyError, TypeError, ValueError) as exc:
            raise self._bad("answered a submission without the action id") from exc
        return action_id

    async def _proof(self, action_id: bytes) -> list[Any] | None:
        try:
            _, data = await self._request("GET", f"/v1/actions/{action_id.hex()}/proof", limit=_MAX_PROOF_BODY)
        except LightBlockNotFoundError:
            return None
        try:
            wire = msgpack.unpackb(data, raw=False, strict_map_key=True, use_list=True)
        except (ValueError, msgpack.UnpackException) as exc:
            raise self._bad(f"sent an inclusion proof that does not decode: {exc}") from exc
        if type(wire) is not list or len(wire) != 7 or wire[0] != 1:
            raise self._bad("sent an inclusion proof of the wrong shape")
        if type(wire[1]) is not int or type(wire[2]) is not int or type(wire[3]) is not bytes:
            raise self._bad("sent an inclusion proof of the wrong shape")
        return wire

    async def action_status(self, action_id: bytes) -> ActionStatusReport:
        wire = await self._proof(action_id)
        if wire is not None:
            try:
                proof = MerkleProof.from_wire(wire[4])
            except ProtocolError as exc:
                raise self._bad(f"sent a malformed Merkle proof: {exc}") from exc
            return ActionStatusReport(action_id, InclusionState.INCLUDED, wire[1], wire[2], proof)
        try:
            _, data = await self._request("GET", f"/v1/actions/{action_id.hex()}", limit=_MAX_JSON)
        except LightBlockNotFoundError:
            return ActionStatusReport(action_id, InclusionState.UNKNOWN)
        doc = self._json(data, "an action status")
        status = doc.get("status")
        if status == "pending":
            return ActionStatusReport(action_id, InclusionState.PENDING)
        if status == "committed":
            height, index = doc.get("height"), doc.get("index")
            if type(height) is int and type(index) is int:
                return ActionStatusReport(
                    action_id, InclusionState.INCLUDED, height, index, None, str(doc.get("reason", ""))
                )
        if status in ("rejected", "dropped", "expired"):
            return ActionStatusReport(action_id, InclusionState.REJECTED, reason=str(doc.get("reason", status)))
        return ActionStatusReport(action_id, InclusionState.UNKNOWN)

    async def signed_action(self, action_id: bytes) -> bytes | None:
        wire = await self._proof(action_id)
        if wire is None:
            return None
        raw: bytes = wire[3]
        if len(raw) > MAX_ACTION_SIZE:
            raise self._bad("sent an action larger than any action may be")
        return raw

    async def actor_actions(
        self, actor: bytes, first: int, last: int, *, kind: str | None = None, limit: int = 200
    ) -> ActorActionsPage:
        params = {"from": str(first), "to": str(last), "limit": str(limit)}
        if kind is not None:
            params["kind"] = kind
        _, data = await self._request(
            "GET", f"/v1/accounts/{encode_address(actor)}/actions", limit=_MAX_JSON, params=params,
            not_found=RequestRejectedError,
        )  # fmt: skip
        doc = self._json(data, "an account's actions")
        try:
            complete_to = doc["complete_to"]
            actions = tuple((int(a["height"]), bytes.fromhex(a["id"])) for a in doc["actions"])
        except (KeyError, TypeError, ValueError) as exc:
            raise self._bad(f"sent a malformed list of an account's actions: {exc}") from exc
        if type(complete_to) is not int or any(len(action_id) != 32 for _, action_id in actions):
            raise self._bad("sent a malformed list of an account's actions")
        return ActorActionsPage(actions, complete_to)

    async def report_evidence(self, evidence: LightClientAttackEvidence) -> None:
        await self._request(
            "POST",
            "/v1/evidence/light_client",
            limit=_MAX_JSON,
            body=evidence.encode(),
            not_found=RequestRejectedError,
        )

    async def subscribe(self, actors: Sequence[bytes] | None = ()) -> AsyncGenerator[Notification, None]:
        """Headers (each with its light block) and events from the node's WebSocket."""
        wanted = None if actors is None else set(actors)
        topics = "headers" if wanted is not None and not wanted else "headers,events"
        try:
            ws = await self._client().ws_connect(
                f"{self.base}/v1/ws",
                params={"topics": topics},
                heartbeat=20,
                max_msg_size=LightBlock.MAX_SIZE + 1024,
            )
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            raise self._unavailable("subscribe", str(exc) or type(exc).__name__) from exc
        try:
            async for msg in ws:
                if msg.type == aiohttp.WSMsgType.BINARY:
                    yield self._header_frame(msg.data)
                elif msg.type == aiohttp.WSMsgType.TEXT:
                    for event in self._events_frame(msg.data):
                        if wanted is None or wanted.intersection(event.actors):
                            yield event
                elif msg.type == aiohttp.WSMsgType.ERROR:
                    break
            raise self._unavailable("subscription", "the connection closed")
        finally:
            await ws.close()

    def _header_frame(self, data: bytes) -> NewHeader:
        try:
            wire = unpack(data, max_size=LightBlock.MAX_SIZE + 64)
            if type(wire) is not list or len(wire) != 3 or wire[0] != "header" or type(wire[1]) is not int:
                raise self._bad("pushed a header frame of the wrong shape")
            lb = LightBlock.from_wire(wire[2])
        except ProtocolError as exc:
            raise self._bad(f"pushed a header that does not decode: {exc}") from exc
        if lb.height != wire[1]:
            raise self._bad("pushed a header frame whose height does not match its block")
        return NewHeader(lb.height, b"", lb)

    def _events_frame(self, text: str) -> list[ChainEvent]:
        try:
            doc = json.loads(text)
        except ValueError as exc:
            raise self._bad("pushed an event frame that is not JSON") from exc
        if not isinstance(doc, dict) or doc.get("type") != "events":
            return []
        height = doc.get("height")
        items = doc.get("events")
        if type(height) is not int or not isinstance(items, list):
            raise self._bad("pushed an event frame of the wrong shape")
        out = []
        for item in items:
            if not isinstance(item, dict):
                raise self._bad("pushed an event that is not an object")
            try:
                action_id = bytes.fromhex(item.get("action_id") or "")
            except (TypeError, ValueError) as exc:
                raise self._bad("pushed an event with a malformed action id") from exc
            data = item.get("data") or {}
            if not isinstance(data, dict):
                raise self._bad("pushed an event with malformed data")
            out.append(
                ChainEvent(
                    height,
                    str(item.get("kind", "")),
                    tuple(_actor(a) for a in item.get("actors") or ()),
                    action_id,
                    {str(k): _event_value(str(k), v) for k, v in data.items()},
                )
            )
        return out


__all__ = ["MAX_RANGE", "HttpProvider"]
