"""A fast in-process chain for market tests: lightnode's simulated node, executing blocks with the real
state machine (fullnode.state), served through MemoryProvider to real light clients; plus a session stand-in
and a block source for the verified-block scan."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from etalonium_desktop.market import MarketIndex, MarketService
from etalonium_desktop.store import Profile, temporary_profile
from fullnode.state import ActionRejected, StateMachine
from lightnode.client import ClientOptions, GenesisRoot, LightClient
from lightnode.protocol import actions as A
from lightnode.protocol.actions import Action, ListingKind, PriceMode
from lightnode.protocol.chain import Commit
from lightnode.protocol.consensus import Block
from lightnode.protocol.encoding import ONE_EXC
from lightnode.protocol.genesis import Genesis
from lightnode.protocol.keys import PrivateKey
from lightnode.protocol.merkle import merkle_root
from lightnode.provider import ChainEvent, NewHeader, Notification, Provider
from lightnode.queries import Queries
from lightnode.submitter import DEFAULT_FEE, ActionReport, ActionSubmitter
from lightnode.testing import ChainGenerator, MemoryProvider, SimulatedNode, key_from
from lightnode.verifier import SignatureChecker

#: Parameters that let a test walk an order through escrow in a few blocks.
PARAMS = {"min_release_timeout_blocks": 2, "arbiter_min_reputation": 0, "arbiter_timeout_blocks": 5}
START = 1000 * ONE_EXC
SELLER, BUYER, ARBITER, STRANGER = (key_from(n) for n in ("seller", "buyer", "arbiter", "stranger"))


class MarketNode(SimulatedNode):
    """A SimulatedNode whose blocks are executed by fullnode's StateMachine (every market rule, for real)."""

    def __init__(self, keys: tuple[PrivateKey, ...], params: Mapping[str, int] | None = None) -> None:
        gen = ChainGenerator(1, accounts=[(k.actor_id, START) for k in keys])
        genesis = Genesis.create(
            gen.chain_id, gen.genesis_time_ms, gen.validators(1).validators, [(k.actor_id, START) for k in keys], params
        )
        # The generator made its own genesis from the same validators; this one adds the parameters.
        gen.genesis, gen.genesis_hash = genesis, genesis.hash()
        gen._hashes[0] = genesis.hash()
        super().__init__(gen)
        self.sm = StateMachine(genesis)
        self.trees = {0: self.sm.tree}
        self.subscriber_added = asyncio.Event()
        #: Set when an action reaches the mempool (the miner's cue).
        self.submitted = asyncio.Event()

    def add_subscriber(self) -> asyncio.Queue[Notification | None]:
        q = super().add_subscriber()
        self.subscriber_added.set()
        return q

    def _produce_one(self) -> None:
        h = self.height + 1
        actions = [s for s in self.mempool.values() if s.action.expiry_height >= h]
        self.mempool.clear()
        proposer = self.gen.validators(h).validators[0].address
        while True:
            try:
                result = self.sm.execute_block(h, self.gen.time_of(h), proposer, actions)
                break
            except ActionRejected as exc:
                if exc.index is None:
                    raise
                dropped = actions.pop(exc.index)
                self.rejected[dropped.id()] = exc.reason
        self.sm.commit(result)
        ids = [r.action_id for r in result.results]
        for index, action_id in enumerate(ids):
            self.included[action_id] = (h, index)
        self.block_actions[h] = ids
        self.gen.set_block(h, state_root=result.state_root, actions_root=merkle_root(ids))
        self.trees[h] = result.tree
        self.height = h
        self.gen.tip = h
        events = [ChainEvent(h, e.kind, e.actors, e.action_id, dict(e.data)) for e in result.events]
        self.events.extend(events)
        for q in self._subscribers:
            q.put_nowait(NewHeader(h, self.gen.hash(h)))
            for e in events:
                q.put_nowait(e)

    def submit(self, raw: bytes) -> bytes:
        action_id = super().submit(raw)
        self.submitted.set()
        return action_id

    def act(self, key: PrivateKey, payload: A.Payload) -> bytes:
        """Submit an action signed by `key` straight to the node (for a third party the test plays)."""
        nonce = self._pending_nonce(key.actor_id)
        action = Action(self.chain_id, key.public_key.raw, nonce, DEFAULT_FEE, self.height + 100, payload)
        return self.submit(action.sign(key).encode())

    def block(self, height: int) -> Block:
        """The whole block at `height`, as a node's /v1/blocks serves it."""
        header = self.gen.header(height)
        last = Commit(height - 1, 0, self.gen.hash(height - 1), ()) if height > 1 else Commit(0, 0, bytes(32), ())
        return Block(header, tuple(self.raw[i] for i in self.block_actions[height]), last)


class NodeBlocks:
    """A BlockSource over a MarketNode; `tamper(height, block)` may alter what is served."""

    def __init__(self, node: MarketNode) -> None:
        self.node = node
        self.served = 0
        self.tamper: Any = None

    async def block(self, height: int) -> Block:
        self.served += 1
        block = self.node.block(height)
        return self.tamper(height, block) if self.tamper is not None else block


def make_client(node: MarketNode, primary: Provider | None = None) -> LightClient:
    return LightClient(
        GenesisRoot(node.gen.genesis_hash),
        primary or MemoryProvider(node),
        options=ClientOptions(witness_retry_delay_s=0.001),
        clock=node.clock,
        checker=SignatureChecker(),
        close_store=True,
    )


@dataclass
class Network:
    client: LightClient
    queries: Queries
    node_urls: list[str] = field(default_factory=list)


async def changed(service: MarketService, kind: str, item: bytes, ready: Any, timeout_s: float = 10.0) -> None:
    """Wait until `service`'s feed has indexed `kind` `item` so that `ready()` holds (another party's feed
    runs on its own task: wait for its change notices, never for time)."""
    event = asyncio.Event()
    remove = service.add_listener(lambda c: event.set() if (c.kind, c.id) == (kind, item) else None)
    try:

        async def check() -> None:
            while not await asyncio.to_thread(ready):
                await event.wait()
                event.clear()

        await asyncio.wait_for(check(), timeout_s)
    finally:
        remove()


class TestSession:
    """What MarketService needs of the app's Session, over a light client of a MarketNode."""

    __test__ = False

    def __init__(self, key: PrivateKey, profile: Profile, client: LightClient) -> None:
        self.key = key
        self.actor = key.actor_id
        self.profile = profile
        self.network = Network(client, Queries(client))
        self.submitter = ActionSubmitter(client, poll_interval_s=0.01)
        self.notices: list[tuple[str, str]] = []
        self.noticed = asyncio.Event()

    def notify(self, title: str, text: str) -> None:
        self.notices.append((title, text))
        self.noticed.set()

    async def submit(self, payload: A.Payload, *, fee: int | None = None) -> ActionReport:
        return await self.submitter.send(self.key, payload, fee=fee or DEFAULT_FEE)

    async def wait(self, action_id: bytes, timeout_s: float | None = None) -> ActionReport:
        return await self.submitter.wait(action_id, timeout_s=timeout_s)

    async def wait_notice(self, title: str, timeout_s: float = 10) -> tuple[str, str]:
        async def seen() -> tuple[str, str]:
            while True:
                for notice in self.notices:
                    if notice[0] == title:
                        return notice
                self.noticed.clear()
                await self.noticed.wait()

        return await asyncio.wait_for(seen(), timeout_s)


async def mine(node: MarketNode) -> None:
    """Produce a block whenever the mempool holds actions: a chain that answers at once."""
    while True:
        await node.submitted.wait()
        node.submitted.clear()
        # Let the other actions of this moment join the block, as a real proposer's mempool would.
        await asyncio.sleep(0)
        if node.mempool:
            node.produce()


async def _subscribers(node: MarketNode, count: int) -> None:
    while len(node._subscribers) < count:
        node.subscriber_added.clear()
        await node.subscriber_added.wait()


@contextlib.contextmanager
def profiles(count: int) -> Iterator[list[Profile]]:
    with contextlib.ExitStack() as stack:
        yield [stack.enter_context(temporary_profile()) for _ in range(count)]


@dataclass
class Market:
    node: MarketNode
    sessions: dict[str, TestSession]
    services: dict[str, MarketService]

    @property
    def seller(self) -> MarketService:
        return self.services["seller"]

    @property
    def buyer(self) -> MarketService:
        return self.services["buyer"]

    @property
    def arbiter(self) -> MarketService:
        return self.services["arbiter"]


@contextlib.asynccontextmanager
async def market(params: Mapping[str, int] | None = None, *, live: bool = True) -> AsyncIterator[Market]:
    """A chain with a seller, a buyer and an arbiter, each with a profile, light client and MarketService
    (following the live event feed when `live`); blocks are mined as actions arrive."""
    keys = {"seller": SELLER, "buyer": BUYER, "arbiter": ARBITER}
    node = MarketNode((*keys.values(), STRANGER), {**PARAMS, **(params or {})})
    node.produce()
    miner = asyncio.ensure_future(mine(node))
    with profiles(len(keys)) as made:
        sessions: dict[str, TestSession] = {}
        services: dict[str, MarketService] = {}
        try:
            for (name, key), profile in zip(keys.items(), made, strict=True):
                client = make_client(node)
                await client.start()
                sessions[name] = TestSession(key, profile, client)
                services[name] = MarketService(sessions[name], index=MarketIndex(profile.transaction), backfill=False)
                if live:
                    await services[name].start()
            if live:
                # Each feed subscribes on its first read; a block then reaches all of them.
                await asyncio.wait_for(_subscribers(node, len(services)), 5)
                node.produce()
                for service in services.values():
                    assert service.feed is not None
                    await asyncio.wait_for(service.feed.subscribed.wait(), 5)
            yield Market(node, sessions, services)
        finally:
            miner.cancel()
            for service in services.values():
                await service.aclose()
            for session in sessions.values():
                await session.network.client.aclose()
            with contextlib.suppress(asyncio.CancelledError):
                await miner


def dress(price: int = 3 * ONE_EXC, *, stock: int = 5, timeout: int = 3, mode: PriceMode = PriceMode.FIXED) -> Any:
    from etalonium_desktop.market import ListingDraft

    return ListingDraft(
        kind=ListingKind.GOOD,
        category="Dresses",
        title="Silk slip dress",
        description="Bias-cut silk, ivory, size 38.",
        tags=("silk", "ivory"),
        price=price,
        price_mode=mode,
        delivery_days=5,
        region="Paris",
        stock=stock,
        release_timeout=timeout,
    )
