"""The wallet's send and receive dialogs are parented to the window: each is deleted once it closes (else it
lives as long as the app), and a send dialog closed while its transfer waits for a block stays until that ends,
since the transfer reports into it. A real light client follows a simulated chain served over HTTP on loopback."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QWidget
from shiboken6 import Shiboken

from etalonium_desktop.store import MINIMAL_KDF_COST, Profile, generate_phrase
from etalonium_desktop.ui import widgets
from lightnode.protocol.genesis import save_genesis
from lightnode.protocol.keys import PrivateKey
from tests.unit.desktop.test_wallet_catch_up import Chain
from tests.unit.desktop.test_wallet_history import until
from tests.unit.desktop.test_wallet_notice import wallet_on


def live_dialogs(window: QWidget) -> int:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # outside the loop: no re-entrancy
    return len(window.findChildren(QDialog))


def test_closed_wallet_dialogs_are_deleted(qasync_loop: asyncio.AbstractEventLoop, tmp_path: Path) -> None:
    profile = Profile.create(tmp_path / "profile", "a passphrase for the test", generate_phrase(),
                             kdf=MINIMAL_KDF_COST)  # fmt: skip
    chain = Chain(PrivateKey(profile.account_key(0).seed).actor_id)
    save_genesis(chain.node.gen.genesis, tmp_path / "genesis.json")
    window = QWidget()

    def live_dialogs() -> int:
        return len(window.findChildren(QDialog))

    async def scenario() -> None:
        # All on the running loop: the wallet's tasks are only ever stepped by it, and the loop itself carries out
        # the deferred deletions (no event processing from outside it).
        async with wallet_on(profile, chain.provider, tmp_path) as page:
            page.window_ = window
            before = live_dialogs()
            for _ in range(3):
                send, receive = page.open_send(), page.open_receive()
                assert live_dialogs() == before + 2
                send.reject()
                receive.reject()
                await until(lambda: live_dialogs() == before, "the closed dialogs to be deleted")

    try:
        qasync_loop.run_until_complete(asyncio.wait_for(scenario(), 60))
    finally:
        window.deleteLater()
        profile.close()


def test_a_dialog_closed_while_its_work_runs_is_deleted_when_the_work_ends(
    qasync_loop: asyncio.AbstractEventLoop,
) -> None:
    window = QWidget()
    try:
        work: asyncio.Future[None] = qasync_loop.create_future()
        dialog = QDialog(window)
        widgets.delete_when_closed(dialog, lambda: work)
        dialog.open()
        dialog.reject()
        assert live_dialogs(window) == 1  # the work would report into it
        work.set_result(None)
        for _ in range(500):  # the future's callbacks run on the loop: turn it until they have
            if live_dialogs(window) == 0:
                break
            qasync_loop.run_until_complete(asyncio.sleep(0.01))
        assert live_dialogs(window) == 0
        assert not Shiboken.isValid(dialog)
    finally:
        window.deleteLater()
