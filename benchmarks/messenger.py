"""Benchmarks of the messenger on loopback: delivery latency, catch-up after being offline, crypto rate.

The node runs in a subprocess (its own core, as on a real machine); the two clients run here. Baselines are
measured in the same run: raw PyNaCl `Box` (and `SealedBox`) over the same plaintext sizes as the messenger's
encrypt + decrypt path (payload encoding, Olm, sealing, and back).
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path

import aiohttp
import nacl.public
from aiohttp import web

from benchmarks._harness import argument_parser, percentile, progress, report, targets_table
from fullnode.services import MemoryChainView, RateLimit, ServicesConfig, StaticPeers, setup_services
from lightnode.messenger import (
    ConnectionChanged,
    MailboxTransport,
    MemoryStore,
    MessageAdded,
    MessageState,
    MessageUpdated,
    Messenger,
    MessengerEvent,
    MessengerOptions,
    MessengerStore,
    OlmMachine,
    StaticDirectory,
)
from lightnode.messenger.crypto import seal
from lightnode.messenger.payloads import Format, Kind, Payload, TextBody, decode_payload
from lightnode.protocol.keys import PrivateKey

LATENCY_ROUNDS = 200
CATCHUP = 1000
CRYPTO_SIZES = (100, 1024, 8 * 1024)
CRYPTO_SECONDS = 1.0
TARGETS = {"delivery_p95_ms": 50.0, "catchup_1000_s": 5.0}


# ---- the node (a subprocess) ------------------------------------------------------------------------------


async def serve(data_dir: Path) -> None:
    generous = RateLimit(1e6, 1_000_000)
    config = ServicesConfig(
        client_rate=generous,
        owner_rate=generous,
        mailbox_deposit_rate=generous,
        mailbox_quota_envelopes=100_000,
        fsync_chunks=False,
    )
    app = web.Application()
    await setup_services(
        app, data_dir=data_dir / "services", chain=MemoryChainView(), peers=StaticPeers(), config=config
    )
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    print(f"PORT {runner.addresses[0][1]}", flush=True)
    await asyncio.Event().wait()


@asynccontextmanager
async def node() -> AsyncIterator[str]:
    with tempfile.TemporaryDirectory(prefix="exc-messenger-bench-") as tmp:
        server = await asyncio.create_subprocess_exec(
            sys.executable,
            __file__,
            "--serve",
            tmp,
            stdout=asyncio.subprocess.PIPE,
            # The node logs each client disconnect at shutdown; the table is what this run is for.
            stderr=asyncio.subprocess.DEVNULL,
        )
        try:
            assert server.stdout is not None
            line = (await asyncio.wait_for(server.stdout.readline(), 30)).decode()
            if not line.startswith("PORT "):
                raise RuntimeError(f"The benchmark node did not start: {line!r}")
            yield f"http://127.0.0.1:{int(line.split()[1])}"
        finally:
            server.terminate()
            await server.wait()


# ---- clients -------------------------------------------------------------------------------------------


class Client:
    def __init__(
        self, name: str, session: aiohttp.ClientSession, url: str, directory: StaticDirectory, store: MessengerStore
    ) -> None:
        self.name = name
        self.key = PrivateKey.generate()
        self.session = session
        self.url = url
        self.directory = directory
        self.store = store
        self.pickle_key = os.urandom(32)
        self.messenger: Messenger | None = None
        self.arrived: dict[bytes, float] = {}
        self.count = 0
        self.target = 0
        self.done = asyncio.Event()
        self.statuses: dict[bytes, MessageState] = {}
        self.sent = asyncio.Event()
        self.sent_target = 0
        self.connected = asyncio.Event()

    def _on_event(self, event: MessengerEvent) -> None:
        if isinstance(event, ConnectionChanged) and event.online:
            self.connected.set()
        if isinstance(event, MessageAdded) and not event.message.outgoing:
            self.arrived[event.message.uid] = time.perf_counter()
            self.count += 1
            if self.target and self.count >= self.target:
                self.done.set()
        elif isinstance(event, MessageUpdated) and event.status is MessageState.SENT:
            self.statuses[event.uid] = event.status
            if self.sent_target and len(self.statuses) >= self.sent_target:
                self.sent.set()

    async def start(self, options: MessengerOptions | None = None) -> Messenger:
        m = Messenger(
            self.key,
            self.store,
            MailboxTransport(self.session, [self.url]),
            self.directory,
            pickle_key=self.pickle_key,
            options=options,
        )
        m.add_listener(self._on_event)
        m.load()
        self.directory.publish(self.key.public_key.raw, m.messenger_key)
        await m.start()
        await m.publish_prekeys()
        self.messenger = m
        return m

    async def online(self) -> None:
        await asyncio.wait_for(self.connected.wait(), 30)

    async def stop(self) -> None:
        if self.messenger is not None:
            await self.messenger.close()
            self.messenger = None


async def delivery_latency(session: aiohttp.ClientSession, url: str) -> dict[str, float]:
    """One message at a time from Alice to Bob, both online: send call to Bob's MessageAdded event."""
    progress(f"delivery latency over {LATENCY_ROUNDS} messages…")
    directory = StaticDirectory()
    alice = Client("alice", session, url, directory, MemoryStore())
    bob = Client("bob", session, url, directory, MemoryStore())
    await alice.start()
    await bob.start()
    await alice.online()
    await bob.online()
    assert alice.messenger is not None
    conversation = (await alice.messenger.open_direct(bob.key.actor_id)).id
    bob.target = 1
    await alice.messenger.send_text(conversation, "warm-up: starts the session")
    await asyncio.wait_for(bob.done.wait(), 30)
    times: list[float] = []
    for i in range(LATENCY_ROUNDS):
        bob.target = bob.count + 1
        bob.done.clear()
        start = time.perf_counter()
        message = await alice.messenger.send_text(conversation, f"message {i}: " + "x" * 120, format=Format.PLAIN)
        await asyncio.wait_for(bob.done.wait(), 10)
        times.append((bob.arrived[message.uid] - start) * 1000)
    await alice.stop()
    await bob.stop()
    return {
        "delivery_p50_ms": statistics.median(times),
        "delivery_p95_ms": percentile(times, 0.95),
        "delivery_max_ms": max(times),
    }


async def catch_up(session: aiohttp.ClientSession, url: str, *, profile: bool) -> float:
    """Bob is offline while Alice sends CATCHUP messages; the time from Bob starting to having them all."""
    progress(f"catch-up of {CATCHUP} messages ({'encrypted profile' if profile else 'memory'} store)…")
    directory = StaticDirectory()
    with contextlib_profile(profile) as bob_store:
        alice = Client("alice", session, url, directory, MemoryStore())
        bob = Client("bob", session, url, directory, bob_store)
        await alice.start()
        await bob.start()
        await bob.stop()
        assert alice.messenger is not None
        conversation = (await alice.messenger.open_direct(bob.key.actor_id)).id
        alice.sent_target = CATCHUP
        for i in range(CATCHUP):
            await alice.messenger.send_text(conversation, f"while you were away {i}")
        await asyncio.wait_for(alice.sent.wait(), 120)
        bob.target = CATCHUP
        start = time.perf_counter()
        options = MessengerOptions(store_in_thread=profile)
        await bob.start(options)
        await asyncio.wait_for(bob.done.wait(), 120)
        elapsed = time.perf_counter() - start
        await alice.stop()
        await bob.stop()
    return elapsed


@contextmanager
def contextlib_profile(profile: bool) -> Iterator[MessengerStore]:
    """A MessengerStore: the app's encrypted profile store (SQLCipher) or a MemoryStore."""
    if not profile:
        yield MemoryStore()
        return
    from etalonium_desktop.messenger import ProfileMessengerStore
    from etalonium_desktop.store import temporary_profile

    with temporary_profile() as opened:
        yield ProfileMessengerStore(opened)


def crypto_rates() -> dict[str, float]:
    """Messages per second through encode + Olm + seal + unseal + Olm + decode, against raw PyNaCl."""
    progress("encrypt + decrypt rates…")
    alice = OlmMachine.create(PrivateKey.generate(), os.urandom(32))
    bob = OlmMachine.create(PrivateKey.generate(), os.urandom(32))
    alice.create_outbound(bob.card, bob.new_one_time_keys(1)[0])
    bob.decrypt(bob.unseal(seal(bob.card.seal, alice.encrypt(bob.curve25519, b"hello"))))
    alice.decrypt(alice.unseal(seal(alice.card.seal, bob.encrypt(alice.curve25519, b"hi"))))
    sender = alice.actor.actor_id
    box_a = nacl.public.Box(nacl.public.PrivateKey.generate(), nacl.public.PrivateKey.generate().public_key)
    sealed_key = nacl.public.PrivateKey.generate()
    sealed_to, sealed_open = nacl.public.SealedBox(sealed_key.public_key), nacl.public.SealedBox(sealed_key)
    figures: dict[str, float] = {}
    ratios = []
    for size in CRYPTO_SIZES:
        text = "x" * size

        def ours(text: str = text) -> None:
            body = TextBody(text, Format.PLAIN, b"", ()).encode()
            payload = Payload(Kind.TEXT, os.urandom(16), b"c" * 32, sender, 1, 1, body, b"", b"").padded()
            box = seal(bob.card.seal, alice.encrypt(bob.curve25519, payload.encode()))
            TextBody.decode(decode_payload(bob.decrypt(bob.unseal(box))).body)

        plaintext = text.encode()

        def box(plaintext: bytes = plaintext) -> None:
            box_a.decrypt(box_a.encrypt(plaintext))

        def sealed(plaintext: bytes = plaintext) -> None:
            sealed_open.decrypt(sealed_to.encrypt(plaintext))

        rate_ours, rate_box, rate_sealed = (_rate(f) for f in (ours, box, sealed))
        figures[f"crypto_{size}B_per_s"] = rate_ours
        figures[f"box_{size}B_per_s"] = rate_box
        figures[f"sealedbox_{size}B_per_s"] = rate_sealed
        ratios.append(rate_ours / rate_box)
    figures["crypto_ratio"] = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    return figures


def _rate(work: object) -> float:
    assert callable(work)
    count = 0
    start = time.perf_counter()
    deadline = start + CRYPTO_SECONDS / 3
    while time.perf_counter() < deadline:
        for _ in range(20):
            work()
        count += 20
    return count / (time.perf_counter() - start)


async def run() -> dict[str, float]:
    figures: dict[str, float] = {}
    figures |= crypto_rates()
    async with node() as url, aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as session:
        figures |= await delivery_latency(session, url)
        figures["catchup_1000_s"] = await catch_up(session, url, profile=True)
        figures["catchup_1000_memory_s"] = await catch_up(session, url, profile=False)
    return figures


def main() -> int:
    parser = argument_parser(__doc__)
    parser.add_argument("--serve", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve is not None:
        asyncio.run(serve(args.serve))
        return 0
    figures = asyncio.run(run())
    note = "crypto_ratio: the messenger's full encrypt+decrypt rate over raw PyNaCl Box (geometric mean of sizes)"
    report(f"{targets_table(figures, TARGETS)}\n{note}", figures, as_json=args.json, digits=4)
    return 0


if __name__ == "__main__":
    sys.exit(main())
