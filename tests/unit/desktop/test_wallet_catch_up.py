"""The wallet's catch-up over blocks it did not watch: transfers made while the app was closed are recorded
once, the covered height is remembered so a restart does not fetch again, and what the live feed recorded
is not proven twice. A real light client follows a simulated chain served over HTTP on loopback."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from etalonium_desktop.session import Session
from etalonium_desktop.store import MINIMAL_KDF_COST, Profile, generate_phrase
from lightnode.protocol.actions import Action, Transfer
from lightnode.protocol.encoding import ONE_EXC
from lightnode.protocol.genesis import save_genesis
from lightnode.protocol.keys import PrivateKey
from lightnode.testing import ChainGenerator, LoopbackServer, MemoryProvider, SimulatedNode, funded_accounts
from tests.unit.desktop.sessions import caught_up, session_on, until

PAYER = PrivateKey(bytes([9]) * 32)


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
    async with (
        LoopbackServer(chain.provider) as server,
        session_on(profile, (server.url,), directory / "genesis.json") as s,
    ):
        yield s


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
