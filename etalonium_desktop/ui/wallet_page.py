"""The wallet section: binds the wallet view and its dialogs to the session."""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtWidgets import QWidget

from etalonium_desktop.session import Session
from etalonium_desktop.ui import widgets
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
        self.show_history_notices(session.history_notices, session.history_warning)
        self._stamp: tuple[int, ...] | None = None
        self._checking = False
        self._check_again = False
        self.page_history(session.history_page, session.spawn)
        session.on_change(self._on_session_change)
        self.send_clicked.connect(self.open_send)
        self.receive_clicked.connect(self.open_receive)

    def _on_session_change(self, what: str) -> None:
        if what == "wallet":
            if self.session.lie_detected:
                self.show_unverified(self.session.lie_detected)
            else:
                self.show_balance(self.session.balance)
            self.show_history_notices(self.session.history_notices, self.session.history_warning)
        if what in ("wallet", "history"):
            # A balance changes with every block; the history rarely does. Ask whether it did (one cheap
            # query in a worker thread) and read only the newest page again when it did.
            if self._checking:
                self._check_again = True
            else:
                self._checking = True
                self.session.spawn(self._refresh_history())

    async def _refresh_history(self) -> None:
        try:
            while True:
                self._check_again = False
                stamp = await self.session.history_stamp()
                if stamp != self._stamp:
                    head = await self.session.history_page(None, self.history.PAGE)
                    queued = await self.session.queued_transfers()
                    self._stamp = stamp
                    self.history.replace_head(head, complete=len(head) < self.history.PAGE)
                    self.show_queued(queued)
                if not self._check_again:
                    break
        finally:
            self._checking = False

    def open_send(self) -> SendDialog:
        dialog = SendDialog(self.session.balance.amount, self.session.fee, self.session.actor, self.window_)
        sending: list[asyncio.Future[Any]] = []
        dialog.confirmed.connect(lambda request: sending.append(self.session.spawn(self._send(dialog, request))))
        # Closed while a transfer waits for its block, the dialog stays until that ends: it reports into it.
        widgets.delete_when_closed(dialog, lambda: sending[-1] if sending else None)
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
            dialog.show_progress(self.tr("Sent to the network; waiting for a block that includes it…"))
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
        widgets.delete_when_closed(dialog)
        dialog.open()
        return dialog
