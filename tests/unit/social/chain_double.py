"""A chain for social-service tests: the real state machine (through the state tests' harness), blocks kept
for discovery, proven reads straight from its state, and a session that submits into it."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any, TypeVar

from etalonium_desktop.social.discovery import VerifiedBlock
from lightnode.protocol import actions as A
from lightnode.protocol import state as S
from lightnode.protocol.actions import SignedAction
from lightnode.protocol.encoding import Struct
from lightnode.protocol.keys import PrivateKey
from lightnode.queries import Proven
from lightnode.store import OutboxStatus
from lightnode.submitter import ActionReport
from tests.unit.fullnode.state_harness import GENESIS_TIME_MS, Chain

V = TypeVar("V", bound=Struct)


class ChainDouble:
    """`chain` plus the blocks it made, served as a ChainSource."""

    def __init__(self, actors: int = 6, **params: int) -> None:
        self.chain = Chain(actors=actors, params=params or None)
        self.blocks: dict[int, VerifiedBlock] = {}
        self.proofs = 0

    # -- making blocks ---------------------------------------------------------------------------------
    def block(self, *actions: SignedAction) -> list[bool]:
        result = self.chain.block(*actions)
        self.blocks[result.height] = VerifiedBlock(result.height, GENESIS_TIME_MS + 1000 * result.height, actions)
        return [r.ok for r in result.results]

    def act(self, signer: PrivateKey, payload: A.Payload) -> bytes:
        signed = self.chain.sign(signer, payload)
        (ok,) = self.block(signed)
        assert ok, f"{type(payload).__name__} failed"
        return signed.id()

    # -- the ChainSource -------------------------------------------------------------------------------
    def verified_height(self) -> int:
        return self.chain.height

    async def block_at(self, height: int) -> VerifiedBlock:
        return self.blocks.get(height) or VerifiedBlock(height, GENESIS_TIME_MS + 1000 * height, ())

    async def get(self, key: bytes, cls: type[V]) -> Proven[V]:
        self.proofs += 1
        await asyncio.sleep(0)
        raw = self.chain.sm.get(key)
        value = None if raw is None else cls.decode(raw, max_size=16 * 1024 * 1024)
        return Proven(key, value, self.chain.height, self.chain.sm.state_root, value is not None)

    async def cached(self, key: bytes, cls: type[V]) -> Proven[V] | None:
        return await self.get(key, cls)


class Source:
    """The ChainSource protocol over a ChainDouble (`block` is a method name the double uses otherwise)."""

    def __init__(self, double: ChainDouble) -> None:
        self.double = double

    def verified_height(self) -> int:
        return self.double.verified_height()

    async def block(self, height: int) -> VerifiedBlock:
        return await self.double.block_at(height)

    async def get(self, key: bytes, cls: type[V]) -> Proven[V]:
        return await self.double.get(key, cls)

    async def cached(self, key: bytes, cls: type[V]) -> Proven[V] | None:
        return await self.double.cached(key, cls)


class DoubleSession:
    """What the social service needs of a Session, acting as `key` on the double's chain."""

    def __init__(self, double: ChainDouble, key: PrivateKey) -> None:
        self.double = double
        self.key = key
        self.actor = key.actor_id
        self.network = None
        self.profile = None
        self.reports: dict[bytes, ActionReport] = {}
        self.tasks: set[asyncio.Future[Any]] = set()

    def spawn(self, coro: Awaitable[Any]) -> asyncio.Future[Any]:
        task = asyncio.ensure_future(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        return task

    async def submit(self, payload: A.Payload, *, fee: int | None = None) -> ActionReport:
        signed = self.double.chain.sign(self.key, payload)
        result = self.double.chain.block(signed)
        height = result.height
        self.double.blocks[height] = VerifiedBlock(height, GENESIS_TIME_MS + 1000 * height, (signed,))
        (outcome,) = result.results
        status = OutboxStatus.INCLUDED if outcome.ok else OutboxStatus.FAILED
        report = ActionReport(signed.id(), status, self.actor, signed.action.nonce, height, outcome.reason or None)
        self.reports[report.action_id] = report
        return ActionReport(signed.id(), OutboxStatus.SUBMITTED, self.actor, signed.action.nonce, None, None)

    async def wait(self, action_id: bytes, timeout_s: float | None = None) -> ActionReport:
        return self.reports[action_id]


def record(double: ChainDouble, key: bytes, cls: type[V]) -> V | None:
    raw = double.chain.sm.get(key)
    return None if raw is None else cls.decode(raw, max_size=16 * 1024 * 1024)


__all__ = ["ChainDouble", "DoubleSession", "S", "Source", "record"]
