"""Headless messenger clients on loopback service nodes, and waiting on their events (never on the clock)."""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import aiohttp

from fullnode.services import MemoryChainView, RateLimit, ServicesConfig
from lightnode.messenger import (
    ConnectionChanged,
    MailboxTransport,
    MemoryStore,
    MessageAdded,
    Messenger,
    MessengerEvent,
    MessengerOptions,
    MessengerStore,
    StaticDirectory,
)
from lightnode.messenger.engine import wall_clock_ms
from lightnode.protocol.keys import PrivateKey
from lightnode.protocol.services import Envelope
from tests.unit.services.helpers import ServiceNode, service_nodes

E = TypeVar("E")

#: Loopback nodes for messenger tests: no fsync, quick sweeps, and room for bursts into one mailbox.
MESSENGER_CONFIG = ServicesConfig(
    fsync_chunks=False,
    sweep_interval_s=0.2,
    mailbox_deposit_rate=RateLimit(5000.0, 10000),
    client_rate=RateLimit(5000.0, 10000),
    owner_rate=RateLimit(5000.0, 10000),
    free_quota_bytes=64 * 1024 * 1024,
)
WAIT_S = 15.0


class EventLog:
    """Collects a messenger's events; `wait_for` returns the first (past or future) event that matches."""

    def __init__(self) -> None:
        self.events: list[MessengerEvent] = []
        self._waiters: list[asyncio.Future[None]] = []

    def __call__(self, event: MessengerEvent) -> None:
        self.events.append(event)
        waiters, self._waiters = self._waiters, []
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    async def _changed(self) -> None:
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        await waiter

    def of(self, kind: type[E]) -> list[E]:
        return [e for e in self.events if isinstance(e, kind)]

    async def wait_for(
        self, kind: type[E], predicate: Callable[[E], bool] = lambda _e: True, *, within: float = WAIT_S
    ) -> E:
        """The first event of `kind` matching `predicate`, waiting for it at most `within` seconds."""
        return (await self.wait_count(kind, 1, predicate, within=within))[0]

    async def wait_count(
        self,
        kind: type[E],
        count: int,
        predicate: Callable[[E], bool] = lambda _e: True,
        *,
        within: float = WAIT_S,
    ) -> list[E]:
        async with asyncio.timeout(within):
            while True:
                found = [e for e in self.events if isinstance(e, kind) and predicate(e)]
                if len(found) >= count:
                    return found
                await self._changed()

    def texts(self, conversation: bytes | None = None) -> list[str]:
        return [
            e.message.text
            for e in self.of(MessageAdded)
            if not e.message.outgoing and (conversation is None or e.message.conversation == conversation)
        ]


@dataclass
class Client:
    name: str
    key: PrivateKey
    nodes: list[str]
    session: aiohttp.ClientSession
    directory: StaticDirectory
    store: MessengerStore = field(default_factory=MemoryStore)
    pickle_key: bytes = field(default_factory=lambda: os.urandom(32))
    options: MessengerOptions = field(default_factory=MessengerOptions)
    messenger: Messenger | None = None
    log: EventLog = field(default_factory=EventLog)
    transport_cls: type[MailboxTransport] = MailboxTransport
    clock: Callable[[], int] = wall_clock_ms

    @property
    def actor(self) -> bytes:
        return self.key.actor_id

    @property
    def m(self) -> Messenger:
        assert self.messenger is not None, f"{self.name} is not started"
        return self.messenger

    def build(self) -> Messenger:
        transport = self.transport_cls(self.session, self.nodes)
        self.messenger = Messenger(
            self.key,
            self.store,
            transport,
            self.directory,
            pickle_key=self.pickle_key,
            options=self.options,
            clock=self.clock,
        )
        self.messenger.add_listener(self.log)
        return self.messenger

    async def start(self, *, publish: bool = True) -> Messenger:
        """Start (or restart) the client: load its store, publish its key, connect."""
        messenger = self.build()
        messenger.load()
        if publish:
            self.directory.publish(self.key.public_key.raw, messenger.messenger_key)
        await messenger.start()
        await messenger.publish_prekeys()
        return messenger

    async def stop(self) -> None:
        if self.messenger is not None:
            await self.messenger.close()
            self.messenger = None

    async def online(self) -> None:
        """Wait until the push connection is open."""
        await self.log.wait_for(ConnectionChanged, lambda e: e.online)


class TapTransport(MailboxTransport):
    """A transport that records every envelope it deposits and, while `hold` is set, keeps them back."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sent: list[Envelope] = []
        self.held: list[Envelope] = []
        self.hold = False

    async def deposit(self, envelope: Envelope) -> bytes:
        self.sent.append(envelope)
        if self.hold:
            self.held.append(envelope)
            return envelope.id()
        return await super().deposit(envelope)

    async def release(self, order: Sequence[int] | None = None) -> None:
        """Deposit the held envelopes for real, in `order` (indices into `held`)."""
        held, self.held = self.held, []
        for i in order if order is not None else range(len(held)):
            await MailboxTransport.deposit(self, held[i])


@dataclass
class Network:
    nodes: list[ServiceNode]
    session: aiohttp.ClientSession
    directory: StaticDirectory
    clients: list[Client] = field(default_factory=list)

    def client(self, name: str, *, node: int = 0, **kwargs: Any) -> Client:
        urls = [n.url for n in self.nodes]
        order = urls[node:] + urls[:node]
        client = Client(name, PrivateKey.generate(), order, self.session, self.directory, **kwargs)
        self.clients.append(client)
        return client

    async def started(self, *names: str, **kwargs: Any) -> list[Client]:
        out = []
        for i, name in enumerate(names):
            c = self.client(name, node=i % len(self.nodes), **kwargs)
            await c.start()
            out.append(c)
        for c in out:
            if c.options.listen:
                await c.online()
        return out


@contextlib.asynccontextmanager
async def messenger_network(
    tmp_path: Path,
    nodes: int = 2,
    config: ServicesConfig = MESSENGER_CONFIG,
    chain: MemoryChainView | None = None,
) -> AsyncIterator[Network]:
    """`nodes` peered service nodes on 127.0.0.1 and a client session; clients are closed at the end."""
    async with (
        service_nodes(tmp_path, nodes, config=config, chain=chain) as running,
        aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as session,
    ):
        network = Network(running, session, StaticDirectory())
        try:
            yield network
        finally:
            for client in network.clients:
                await client.stop()


async def exchange(sender: Client, receiver: Client, texts: Sequence[str]) -> bytes:
    """Send `texts` from sender to receiver and wait until all arrived; returns the conversation id."""
    record = await sender.m.open_direct(receiver.actor)
    for text in texts:
        await sender.m.send_text(record.id, text)
    await receiver.log.wait_count(
        MessageAdded, len(texts), lambda e: e.message.conversation == record.id and not e.message.outgoing
    )
    return record.id
