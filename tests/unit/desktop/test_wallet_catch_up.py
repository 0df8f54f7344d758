"""The wallet's catch-up over blocks it did not watch: transfers made while the app was closed are recorded
once, the covered height is remembered so a restart does not fetch again, and what the live feed recorded
is not proven twice. A real light client follows a simulated chain served over HTTP on loopback."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from etalonium_desktop.services.network import NetworkConfig, NetworkService
from etalonium_desktop.session import Session
from etalonium_desktop.store import MINIMAL_KDF_COST, Profile, generate_phrase
from lightnode.protocol.actions import Action, Transfer
from lightnode.protocol.encoding import ONE_EXC
from lightnode.protocol.genesis import save_genesis
from lightnode.protocol.keys import PrivateKey
from lightnode.testing import ChainGenerator, LoopbackServer, MemoryProvider, SimulatedNode, funded_accounts

#: Generous (a loaded two-core machine, devnets in the integration tests): waits end as soon as the event comes.
WAIT_S = 90.0
PAYER = PrivateKey(bytes([9]) * 32)


async def until(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WAIT_S
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


async def caught_up(session: Session, height: int) -> None:
    """Catch up (as the app does on start, after being offline and every few blocks) until `height`."""
    await session.network.wait_ready(WAIT_S)
    chain_id = session.network.state.chain_id
    deadline = time.monotonic() + WAIT_S
    while session.profile.wallet_history.known_to(chain_id) < height:
        if time.monotonic() > deadline:
            raise AssertionError(f"the catch-up did not reach height {height}")
        await session.catch_up()
        await asyncio.sleep(0.02)


class Chain:
    def __init__(self, me: bytes) -> None:
        start_ms = int(time.time() * 1000) - 100_000
        gen = ChainGenerator(4, accounts=funded_accounts([PAYER], 10**24), tip=0, genesis_time_ms=start_ms)
        self.node = SimulatedNode(gen)
        self.provider = MemoryProvider(self.node)
        self.me = me
        self.nonce = 0
        self.ids: list[bytes] = []

    def pay(self, amount: int) -> None:
        action = Action(self.node.gen.chain_id, PAYER.public_key.raw, self.nonce, 10**15, self.node.height + 600,
                        Transfer(self.me, amount, f"n{self.nonce}"))  # fmt: skip
        self.nonce += 1
        self.ids.append(self.node.submit(action.sign(PAYER).encode()))
        self.node.produce()

    def asked(self, what: str) -> list[Any]:
        return [arg for name, arg in self.provider.requests if name == what]


@asynccontextmanager
async def running_session(profile: Profile, chain: Chain, directory: Path) -> AsyncIterator[Session]:
    tasks: set[asyncio.Future[Any]] = set()

    def spawn(coro: Any) -> asyncio.Future[Any]:
        task = asyncio.ensure_future(coro)
        tasks.add(task)
        task.add_done_callback(tasks.discard)
        return task

    async with LoopbackServer(chain.provider) as server:
        config = NetworkConfig(nodes=(server.url,), devnet=False, genesis_file=directory / "genesis.json")
        network = NetworkService(profile, config)
        session = Session(profile, network, notify=lambda _title, _text: None, spawn=spawn)
        await network.start()
        spawn(session.run())
        try:
            yield session
        finally:
            for task in list(tasks):
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            await network.aclose()


@pytest.mark.asyncio
async def test_transfers_made_while_closed_are_caught_up_once_and_not_fetched_again(tmp_path: Path) -> None:
    profile = Profile.create(tmp_path / "profile", "a passphrase for the test", generate_phrase(),
                             kdf=MINIMAL_KDF_COST)  # fmt: skip
    profile.settings.set("profile.published", True)
    me = PrivateKey(profile.account_key(0).seed)
    chain = Chain(me.actor_id)
    save_genesis(chain.node.gen.genesis, tmp_path / "genesis.json")
    history = profile.wallet_history
    chain_id = chain.node.gen.chain_id
    try:
        # Paid three times before the app ever ran, between empty blocks.
        for _ in range(3):
            chain.node.produce(5)
            chain.pay(2 * ONE_EXC)
        async with running_session(profile, chain, tmp_path) as session:
            await caught_up(session, chain.node.height)
            assert {t.action_id for t in history.page(None, 10)} == set(chain.ids)
            assert chain.asked("actor_actions")[0][1] == 1
            # Paid while watching: recorded once, whichever of the live feed and the catch-up gets it first.
            chain.pay(ONE_EXC)
            chain.pay(ONE_EXC)
            await until(lambda: history.count() == 5, "the two live transfers")
            await caught_up(session, chain.node.height)
            assert session.history_warning == ""
            covered = history.known_to(chain_id)
            # Forgetting the covered height lists everything again, but what is recorded is not proven again.
            proofs = len(chain.asked("signed_action"))
            history.forget_known(chain_id)
            await session.catch_up()
            assert history.known_to(chain_id) == covered
            assert len(chain.asked("signed_action")) == proofs
            assert history.count() == 5

        # Closed again; one more payment, far ahead.
        chain.node.produce(40)
        chain.pay(3 * ONE_EXC)
        chain.provider.requests.clear()
        async with running_session(profile, chain, tmp_path) as session:
            await until(lambda: history.count() == 6, "the transfer made while closed")
            await caught_up(session, chain.node.height)
            # The restart asked only for the blocks above what was covered.
            assert min(first for _, first, _ in chain.asked("actor_actions")) == covered + 1
        assert sorted(t.action_id for t in history.page(None, 10)) == sorted(chain.ids)
        assert history.total_between(1, chain.node.height) == 11 * ONE_EXC
    finally:
        profile.close()
