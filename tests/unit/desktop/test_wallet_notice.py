"""The wallet screen's note on the history: what the catch-up found (a balance that grew by more than the
transfers any node listed) is shown above the history in plain words, in the interface language, dismissed
until something new is found. A real light client follows a simulated chain served over HTTP on loopback."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from etalonium_desktop.session import HistoryNotice
from etalonium_desktop.store import MINIMAL_KDF_COST, Profile, generate_phrase
from etalonium_desktop.ui.wallet_page import WalletPage
from lightnode.protocol.encoding import ONE_EXC
from lightnode.protocol.genesis import save_genesis
from lightnode.protocol.keys import PrivateKey
from lightnode.provider import ActorActionsPage
from lightnode.testing import LoopbackServer, MemoryProvider
from tests.unit.desktop.sessions import caught_up, session_on, until
from tests.unit.desktop.test_wallet_catch_up import Chain


class Omitting(MemoryProvider):
    """A node whose list of an account's actions leaves out the ones in `omitted` (and no witness to tell)."""

    omitted: set[bytes]

    async def actor_actions(
        self, actor: bytes, first: int, last: int, *, kind: str | None = None, limit: int = 200
    ) -> ActorActionsPage:
        page = await super().actor_actions(actor, first, last, kind=kind, limit=limit)
        return ActorActionsPage(tuple(a for a in page.actions if a[1] not in self.omitted), page.complete_to)


@asynccontextmanager
async def wallet_on(profile: Profile, provider: MemoryProvider, directory: Path) -> AsyncIterator[WalletPage]:
    async with LoopbackServer(provider) as server, session_on(profile, (server.url,), directory / "genesis.json") as s:
        page = WalletPage(s, None)  # type: ignore[arg-type]
        page.resize(1000, 700)
        page.show()
        try:
            yield page
        finally:
            page.close()


def test_a_balance_the_history_does_not_explain_is_noted_calmly_and_can_be_dismissed(
    qasync_loop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    async def scenario() -> None:
        profile = Profile.create(tmp_path / "profile", "a passphrase for the test", generate_phrase(),
                                 kdf=MINIMAL_KDF_COST)  # fmt: skip
        profile.settings.set("profile.published", True)
        chain = Chain(PrivateKey(profile.account_key(0).seed).actor_id)
        save_genesis(chain.node.gen.genesis, tmp_path / "genesis.json")
        try:
            chain.pay(ONE_EXC)
            async with wallet_on(profile, chain.provider, tmp_path) as page:
                await caught_up(page.session, chain.node.height)
                await until(lambda: page.session.balance.amount == ONE_EXC, "the proven balance")
                assert page.session.history_notices == []
                assert page.notice.isHidden()

            # Paid while the app was closed; the only node leaves that transfer out of its list.
            chain.pay(5 * ONE_EXC)
            omitting = Omitting(chain.node)
            omitting.omitted = {chain.ids[-1]}
            async with wallet_on(profile, omitting, tmp_path) as page:
                await caught_up(page.session, chain.node.height)
                await until(lambda: page.notice.isVisible(), "the note on the history")
                [notice] = page.session.history_notices
                assert (notice.kind, notice.grown - notice.received) == ("balance", 5 * ONE_EXC)
                text = page.notice_text.text()
                assert "grew by 5 ExC more than the verified transfers to you" in text
                assert "Rewards, escrow releases and grants raise a balance too" in text
                assert "transfers no node listed" in page.notice_text.toolTip()
                # Calm: the balance is still shown as verified, and the wallet is not halted.
                assert page.amount.text() != "—"
                assert page.session.network.state.attack == ""

                page.notice_dismiss.click()
                assert page.notice.isHidden()
                # The next block updates the wallet screen; nothing new was found, so the note stays hidden.
                shown_at = page.session.balance.height
                chain.node.produce()
                await until(lambda: page.session.balance.height > shown_at, "the next block's balance")
                assert page.notice.isHidden()
                # Something new found: the note comes back, with every finding so far.
                page.show_history_notices([notice, HistoryNotice("omitted", count=2)])
                assert page.notice.isVisible()
                lines = page.notice_text.text().split("\n")
                assert len(lines) == 2
                assert lines[1].startswith("A node left out 2 transfer(s) to you; they were recovered")
        finally:
            profile.close()

    qasync_loop.run_until_complete(asyncio.wait_for(scenario(), 240))
