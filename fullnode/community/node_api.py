"""The calls of the node's public HTTP API that the simulated community makes (submit, nonce, faucet)."""

from __future__ import annotations

from typing import Any

import aiohttp

from lightnode.protocol.actions import SignedAction
from lightnode.protocol.address import encode_address

MSGPACK = "application/msgpack"


class NodeApiError(Exception):
    """The node refused a request; `status` is the HTTP status and the message is the node's reason."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(f"{message} (HTTP {status})")
        self.status = status


class NodeApi:
    """One node's public API (`docs/API.md`), as the community uses it."""

    def __init__(self, session: aiohttp.ClientSession, base_url: str) -> None:
        self.session = session
        self.base = base_url.rstrip("/")

    async def _json(self, response: aiohttp.ClientResponse) -> Any:
        try:
            body = await response.json(content_type=None)
        except ValueError:
            body = {"error": (await response.text())[:200]}
        if response.status >= 400:
            message = body.get("reason") or body.get("error") if isinstance(body, dict) else str(body)
            raise NodeApiError(response.status, str(message))
        return body

    async def status(self) -> dict[str, Any]:
        async with self.session.get(f"{self.base}/v1/status") as r:
            result: dict[str, Any] = await self._json(r)
            return result

    async def height(self) -> int:
        return int((await self.status())["height"])

    async def chain_id(self) -> str:
        return str((await self.status())["chain_id"])

    async def account(self, actor: bytes) -> dict[str, Any]:
        async with self.session.get(f"{self.base}/v1/accounts/{encode_address(actor)}") as r:
            result: dict[str, Any] = await self._json(r)
            return result

    async def next_nonce(self, actor: bytes) -> int:
        return int((await self.account(actor))["next_nonce"])

    async def submit(self, signed: SignedAction) -> bytes:
        """Submit a signed action; returns its id once the node accepted it into its mempool."""
        headers = {"Content-Type": MSGPACK}
        async with self.session.post(f"{self.base}/v1/actions", data=signed.encode(), headers=headers) as r:
            body = await self._json(r)
        return bytes.fromhex(body["id"])

    async def action_status(self, action_id: bytes) -> dict[str, Any]:
        """`{"status": "committed", "ok": ...}`, `{"status": "pending"}`, or `{"status": "unknown"}`."""
        async with self.session.get(f"{self.base}/v1/actions/{action_id.hex()}") as r:
            if r.status == 404:
                return {"status": "unknown"}
            result: dict[str, Any] = await self._json(r)
            return result

    async def faucet(self, actor: bytes) -> bytes:
        async with self.session.post(f"{self.base}/v1/faucet", json={"address": encode_address(actor)}) as r:
            body = await self._json(r)
        return bytes.fromhex(body["id"])
