"""The wallet section: binds the wallet view and its dialogs to the session."""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QWidget

from etalonium_desktop.session import Session
from etalonium_desktop.ui.receive_dialog import ReceiveDialog
from etalonium_desktop.ui.send_dialog import SendDialog
from etalonium_desktop.ui.wallet_view import WalletView
from etalonium_desktop.wallet import SendRequest
from lightnode.errors import LightClientError
from lightnode.store import OutboxStatus


class WalletPage(WalletView):
    def __init__(self, session: Session, window: QWidget) -> None:
        super().__init__()
        self.session = session
        self.window_ = window
        self.send_dialog: SendDialog | None = None
        self.receive_dialog: ReceiveDialog | None = None
        self.show_address(session.address)
        self.show_balance(session.balance)
        self.show_history([])
        session.on_change(self._on_session_change)
        self.send_clicked.connect(self.open_send)
        self.receive_clicked.connect(self.open_receive)

    def _on_session_change(self, what: str) -> None:
        if what != "wallet":
            return
        if self.session.lie_detected:
            self.show_unverified(self.session.lie_detected)
        else:
            self.show_balance(self.session.balance)
        self.session.spawn(self._reload_history())

    async def _reload_history(self) -> None:
        self.show_history(await self.session.history())

    def open_send(self) -> SendDialog:
        dialog = SendDialog(self.session.balance.amount, self.session.fee, self.session.actor, self.window_)
        dialog.confirmed.connect(lambda request: self.session.spawn(self._send(dialog, request)))
        self.send_dialog = dialog
        dialog.open()
        return dialog

    async def _send(self, dialog: SendDialog, request: SendRequest) -> None:
        try:
            report = await self.session.send(request)
        except LightClientError as exc:
            dialog.show_failed(str(exc))
            return
        if report.status is OutboxStatus.PENDING:
            dialog.show_queued()
        else:
            dialog.show_progress("Sent to the network; waiting for a block that includes it…")
        try:
            final = await self.session.wait(report.action_id)
        except asyncio.CancelledError:
            raise
        except LightClientError as exc:
            dialog.show_failed(str(exc))
            return
        if final.status is OutboxStatus.INCLUDED:
            dialog.show_included(final.height or 0)
        else:
            dialog.show_failed(final.reason or final.status.value)

    def open_receive(self) -> ReceiveDialog:
        dialog = ReceiveDialog(self.session.address, self.window_)
        self.receive_dialog = dialog
        dialog.open()
        return dialog
