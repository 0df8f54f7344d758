"""Two app instances on one real devnet: onboarding, sending, receiving verified, offline queue, wrong
passphrase, a mistyped address, and a lying node."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from etalonium_desktop.app import App
from etalonium_desktop.store import MINIMAL_KDF_COST, Profile, generate_phrase
from etalonium_desktop.ui.onboarding_view import OnboardingView
from etalonium_desktop.ui.unlock_view import UnlockView
from etalonium_desktop.wallet import Balance, Direction, EntryStatus
from lightnode.protocol.encoding import ONE_EXC
from tests.e2e.conftest import WAIT_S, app_args, click, running_app, running_devnet, type_text, until
from tests.e2e.lying_proxy import LyingProxy

pytestmark = [pytest.mark.integration, pytest.mark.slow]

PASSPHRASE = "velvet tailor measures twice at dawn"


def make_profile(directory: Path, name: str) -> None:
    profile = Profile.create(directory, PASSPHRASE, generate_phrase(), kdf=MINIMAL_KDF_COST)
    profile.settings.set("profile.display_name", name)
    profile.settings.set("profile.role", 2)
    profile.settings.set("profile.published", True)
    profile.close()


async def onboard_by_clicks(app: App) -> None:
    await until(lambda: isinstance(app.window._gate, OnboardingView), "the first-run wizard")
    wizard = app.window._gate
    assert isinstance(wizard, OnboardingView)
    click(wizard.welcome.create_button)
    words = [label.text().split("<b>")[1].split("</b>")[0] for label in wizard.phrase_page.word_labels]
    click(wizard.phrase_page.written)
    click(wizard.phrase_page.next_button)
    await until(lambda: all(b.isVisible() for g in wizard.confirm.groups.values() for b in g.buttons()), "the quiz")
    assert wizard.confirm.quiz is not None
    for q in wizard.confirm.quiz.questions:
        right = next(b for b in wizard.confirm.groups[q.position].buttons() if b.text() == words[q.position - 1])
        click(right)
    click(wizard.confirm.confirm_button)
    type_text(wizard.passphrase.first, PASSPHRASE)
    type_text(wizard.passphrase.second, PASSPHRASE)
    click(wizard.passphrase.next_button)
    type_text(wizard.name.name, "Ana Petrova")
    click(wizard.name.next_button)


async def funded(app: App) -> None:
    await until(lambda: app.session is not None, "the session")
    assert app.session is not None
    await app.session.wait_funded(WAIT_S)


def test_send_and_receive_verified_with_a_mistyped_address_refused(
    qasync_loop: asyncio.AbstractEventLoop, qapp: QApplication, tmp_path: Path
) -> None:
    make_profile(tmp_path / "b", "Bruno")

    async def scenario() -> None:
        async with (
            running_devnet(tmp_path / "devnet") as devnet,
            running_app(qapp, app_args(tmp_path / "a", devnet)) as a,
            running_app(qapp, app_args(tmp_path / "b", devnet)) as b,
        ):
            await onboard_by_clicks(a)
            await until(lambda: isinstance(b.window._gate, UnlockView), "B's unlock screen")
            unlock = b.window._gate
            assert isinstance(unlock, UnlockView)
            type_text(unlock.passphrase, PASSPHRASE)
            click(unlock.unlock_button)
            await funded(a)
            await funded(b)
            assert a.session is not None
            assert b.session is not None
            b_start = b.session.balance.amount

            dialog = a.wallet.open_send()
            typo = b.session.address[:-3] + ("x" if b.session.address[-3] != "x" else "y") + b.session.address[-2:]
            type_text(dialog.to, typo)
            type_text(dialog.amount, "5")
            assert "typo" in dialog.to_error.text()
            assert not dialog.review_button.isEnabled(), "a mistyped address must be refused before sending"
            dialog.to.clear()
            type_text(dialog.to, b.session.address)
            assert dialog.to_error.text() == ""
            click(dialog.review_button)
            assert "5 ExC" in dialog.summary.text()
            click(dialog.confirm_button)
            await until(lambda: "Included at height" in dialog.status.text(), "the transfer proven included")

            await until(lambda: b.session.balance.amount == b_start + 5 * ONE_EXC, "B's balance to rise by 5 ExC")
            assert not b.session.balance.stale
            assert "Verified by proof" in b.wallet.proof.text()
            assert b.wallet.amount.text().startswith(f"{(b_start + 5 * ONE_EXC) // ONE_EXC:,}")
            history = await b.session.history()
            received = [e for e in history if e.direction is Direction.IN and e.amount == 5 * ONE_EXC]
            assert [e.counterparty for e in received] == [a.session.actor]

    qasync_loop.run_until_complete(asyncio.wait_for(scenario(), 4 * WAIT_S))


def test_offline_transfer_is_queued_then_delivered_once(
    qasync_loop: asyncio.AbstractEventLoop, qapp: QApplication, tmp_path: Path
) -> None:
    make_profile(tmp_path / "a", "Alba")
    make_profile(tmp_path / "b", "Bruno")

    async def scenario() -> None:
        async with (
            running_devnet(tmp_path / "devnet") as devnet,
            running_app(qapp, app_args(tmp_path / "a", devnet)) as a,
        ):
            await until(lambda: isinstance(a.window._gate, UnlockView), "the unlock screen")
            unlock = a.window._gate
            assert isinstance(unlock, UnlockView)
            type_text(unlock.passphrase, PASSPHRASE)
            click(unlock.unlock_button)
            await funded(a)
            assert a.session is not None
            assert a.network is not None
            b_actor = Profile.open(tmp_path / "b", PASSPHRASE)
            try:
                from lightnode.protocol.keys import PrivateKey

                b_id = PrivateKey(b_actor.account_key(0).seed).actor_id
            finally:
                b_actor.close()

            await devnet.stop()
            await until(lambda: a.network.state.offline, "the app to notice it is offline")
            assert "Offline" in a.window.status.state.text()

            from lightnode.protocol.address import encode_address

            dialog = a.wallet.open_send()
            type_text(dialog.to, encode_address(b_id))
            type_text(dialog.amount, "7")
            click(dialog.review_button)
            click(dialog.confirm_button)
            await until(lambda: "queued" in dialog.status.text(), "the transfer shown as queued")
            await until(lambda: not a.wallet.queue_label.isHidden(), "the offline queue in the wallet")
            history = await a.session.history()
            assert [e.status for e in history if e.direction is Direction.OUT] == [EntryStatus.QUEUED]

            await devnet.start()
            await until(lambda: "Included at height" in dialog.status.text(), "the queued transfer delivered")
            assert a.network.queries is not None
            proven = await a.network.queries.account(b_id)
            assert proven.value is not None
            assert proven.value.balance == 7 * ONE_EXC, "delivered exactly once"
            history = await a.session.history()
            assert [e.status for e in history if e.direction is Direction.OUT] == [EntryStatus.INCLUDED]
            await until(lambda: a.wallet.queue_label.isHidden(), "the queue to empty")

    qasync_loop.run_until_complete(asyncio.wait_for(scenario(), 4 * WAIT_S))


def test_a_wrong_passphrase_says_so_and_the_right_one_unlocks(
    qasync_loop: asyncio.AbstractEventLoop, qapp: QApplication, tmp_path: Path
) -> None:
    make_profile(tmp_path / "a", "Alba")
    before = {p: p.read_bytes() for p in (tmp_path / "a").iterdir() if p.is_file()}

    async def scenario() -> None:
        async with (
            running_devnet(tmp_path / "devnet", validators=1) as devnet,
            running_app(qapp, app_args(tmp_path / "a", devnet)) as a,
        ):
            await until(lambda: isinstance(a.window._gate, UnlockView), "the unlock screen")
            unlock = a.window._gate
            assert isinstance(unlock, UnlockView)
            type_text(unlock.passphrase, "not my passphrase")
            click(unlock.unlock_button)
            await until(lambda: "not right" in unlock.error.text(), "the wrong-passphrase message")
            assert unlock.unlock_button.isEnabled()
            after = {p: p.read_bytes() for p in (tmp_path / "a").iterdir() if p.is_file() and p in before}
            assert after == before, "a wrong passphrase changes nothing on disk"
            unlock.passphrase.clear()
            type_text(unlock.passphrase, PASSPHRASE)
            click(unlock.unlock_button)
            await until(lambda: a.session is not None, "the main window")
            assert a.window._gate is None

    qasync_loop.run_until_complete(asyncio.wait_for(scenario(), 2 * WAIT_S))


def test_a_lying_node_makes_the_app_warn_instead_of_showing_a_wrong_balance(
    qasync_loop: asyncio.AbstractEventLoop, qapp: QApplication, tmp_path: Path
) -> None:
    make_profile(tmp_path / "a", "Alba")

    async def scenario() -> None:
        async with running_devnet(tmp_path / "devnet") as devnet:
            honest = [f"http://{node.api}" for node in devnet.nodes]
            async with LyingProxy(honest[0]) as liar:
                args = app_args(tmp_path / "a", devnet, liar.url, *honest[1:])
                async with running_app(qapp, args) as a:
                    await until(lambda: isinstance(a.window._gate, UnlockView), "the unlock screen")
                    unlock = a.window._gate
                    assert isinstance(unlock, UnlockView)
                    type_text(unlock.passphrase, PASSPHRASE)
                    click(unlock.unlock_button)
                    await until(lambda: a.session is not None, "the session")
                    assert a.session is not None
                    await a.session.wait_funded(WAIT_S)
                    honest_balance = a.session.balance.amount
                    shown: list[int] = []
                    original = a.wallet.show_balance

                    def record(balance: Balance) -> None:
                        shown.append(balance.amount)
                        original(balance)

                    a.wallet.show_balance = record  # type: ignore[method-assign]
                    liar.lie_about_state = True
                    await a.session.refresh()
                    await until(lambda: liar.lies_told > 0 and a.session.lies_caught > 0, "the lie to be caught")
                    # The warning is shown at once; the client then keeps checking with honest nodes.
                    assert max(shown, default=0) <= honest_balance, "a number from a lying node was shown"
                    assert a.session.balance.amount <= honest_balance

    qasync_loop.run_until_complete(asyncio.wait_for(scenario(), 3 * WAIT_S))
