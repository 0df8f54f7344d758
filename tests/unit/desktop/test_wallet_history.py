"""The wallet screen's history: read from the profile a page at a time, kept current, each transfer shown once.

A real light client follows a simulated chain served over HTTP on loopback; the screen is the app's own
WalletPage on the Session, in a qasync loop.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from etalonium_desktop.session import Session
from etalonium_desktop.store import MINIMAL_KDF_COST, IncomingTransfer, Profile, generate_phrase
from etalonium_desktop.ui.wallet_page import WalletPage
from etalonium_desktop.wallet import Direction, EntryStatus
from lightnode.events import ActorEvent, ActorWatcher
from lightnode.protocol.actions import Action, Transfer
from lightnode.protocol.encoding import ONE_EXC
from lightnode.protocol.genesis import save_genesis
from lightnode.protocol.keys import PrivateKey
from lightnode.testing import ChainGenerator, LoopbackServer, MemoryProvider, SimulatedNode, funded_accounts
from tests.unit.desktop.sessions import WAIT_S, session_on, until


@dataclass
class Wallet:
    profile: Profile
    session: Session
    page: WalletPage
    node: SimulatedNode
    payer: PrivateKey
    me: PrivateKey
    notes: list[str]
    nonce: int = 0

    def receive(self, amount: int, memo: str) -> None:
        """The payer sends a transfer to this wallet and the chain includes it in the next block."""
        action = Action(self.node.gen.chain_id, self.payer.public_key.raw, self.nonce, 10**15,
                        self.node.height + 600, Transfer(self.me.actor_id, amount, memo))  # fmt: skip
        self.nonce += 1
        self.node.submit(action.sign(self.payer).encode())
        self.node.produce()


@asynccontextmanager
async def running_wallet(directory: Path) -> AsyncIterator[Wallet]:
    payer = PrivateKey(bytes([9]) * 32)
    profile = Profile.create(directory / "profile", "a passphrase for the test", generate_phrase(),
                             kdf=MINIMAL_KDF_COST)  # fmt: skip
    profile.settings.set("profile.published", True)
    me = PrivateKey(profile.account_key(0).seed)
    start_ms = int(time.time() * 1000) - 100_000
    gen = ChainGenerator(4, accounts=funded_accounts([payer, me], 10**24), tip=0, genesis_time_ms=start_ms)
    node = SimulatedNode(gen)
    node.produce()
    save_genesis(gen.genesis, directory / "genesis.json")
    notes: list[str] = []
    async with (
        LoopbackServer(MemoryProvider(node)) as server,
        session_on(profile, (server.url,), directory / "genesis.json", notify=lambda t, _x: notes.append(t)) as session,
    ):
        page = WalletPage(session, None)  # type: ignore[arg-type]
        page.resize(1000, 600)
        page.show()
        try:
            await session.network.wait_ready(WAIT_S)
            # The chain's event feed: one subscription follows the headers, one the session's account.
            await until(lambda: len(node._subscribers) >= 2, "the app subscribed to the node")
            yield Wallet(profile, session, page, node, payer, me, notes)
        finally:
            page.close()
            profile.close()


def test_the_history_is_read_page_by_page_and_stays_current(
    qasync_loop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    older = [
        IncomingTransfer(i.to_bytes(32, "big"), bytes([3]) * 20, i * ONE_EXC, "", 0, 1_700_000_000_000 + i)
        for i in range(1, 451)
    ]

    async def scenario() -> None:
        async with running_wallet(tmp_path) as w:
            w.receive(3 * ONE_EXC, "first proven one")
            await until(lambda: w.page.history.rowCount() == 1, "the proven transfer in the history")
            # 450 older transfers, as a long-used profile holds them.
            w.profile.wallet_history.add(older)
            w.node.produce()  # with the next block the screen checks whether its history changed
            await until(lambda: w.page.history.rowCount() == 200, "the first page")
            assert w.page.history.canFetchMore()

            def scrolled_to_the_end() -> bool:
                # Each look scrolls to the bottom again, as a user does: that is what fetches the next page.
                w.page.table.scrollToBottom()
                return not (w.page.history.canFetchMore() or w.page.history.loading)

            await until(scrolled_to_the_end, "every page, scrolling to the bottom")
            rows = w.page.history.entries
            assert len(rows) == 451
            assert len({e.action_id for e in rows}) == 451
            assert rows == sorted(rows, key=lambda e: e.key, reverse=True)
            assert rows[0].memo == "first proven one"

            # A new transfer in and one out while the user looks at the end of the list: both appear on
            # top, nothing scrolled to is lost or repeated.
            w.receive(4 * ONE_EXC, "second")
            await w.session.submit(Transfer(w.payer.actor_id, ONE_EXC, "back"))
            await until(lambda: w.page.history.rowCount() == 453, "the new entries on top")
            top = w.page.history.entries[:2]
            assert {(e.direction, e.memo) for e in top} == {(Direction.IN, "second"), (Direction.OUT, "back")}
            assert len({e.action_id for e in w.page.history.entries}) == 453
            w.node.produce()
            await until(
                lambda: (
                    w.page.history.entries[0].status is EntryStatus.INCLUDED
                    and w.page.history.entries[1].status is EntryStatus.INCLUDED
                ),
                "the sent transfer proven included",
            )

    qasync_loop.run_until_complete(asyncio.wait_for(scenario(), 4 * WAIT_S))


def test_a_transfer_announced_again_is_shown_and_notified_once(
    qasync_loop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with running_wallet(tmp_path) as w:
            assert w.session.network.client is not None
            # A second watcher sees the same proven events the session records.
            proven: list[ActorEvent] = []
            watcher = ActorWatcher(w.session.network.client, w.me.actor_id)

            async def watch() -> None:
                async for event in watcher.events():
                    proven.append(event)

            watching = asyncio.ensure_future(watch())
            try:
                await until(lambda: len(w.node._subscribers) >= 3, "the second watcher subscribed")
                for i in range(3):
                    w.receive((i + 1) * ONE_EXC, f"t{i}")
                await until(lambda: len(proven) == 3, "the three transfers proven")
                await until(lambda: w.page.history.rowCount() == 3, "three history rows")
                assert w.notes.count("ExC received") == 3
                # The node announces them all again (a reconnect, a re-sync after a restart).
                for event in proven:
                    await w.session._on_event(event)
                assert w.profile.wallet_history.count() == 3
                assert w.notes.count("ExC received") == 3
                # One more transfer: once the screen shows it, it has read the history after the repeats.
                w.receive(ONE_EXC, "t3")
                await until(lambda: w.page.history.rowCount() >= 4, "the fourth transfer")
                assert [e.memo for e in w.page.history.entries] == ["t3", "t2", "t1", "t0"]
                assert [e.memo for e in await w.session.history()] == ["t3", "t2", "t1", "t0"]
                assert w.notes.count("ExC received") == 4
            finally:
                watching.cancel()
                await asyncio.gather(watching, return_exceptions=True)

    qasync_loop.run_until_complete(asyncio.wait_for(scenario(), 4 * WAIT_S))
