"""Sending ExC: an address checked as it is typed, amount and fee preview, a confirmation, then live status."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from etalonium_desktop.amounts import AmountError, format_exc, parse_exc
from etalonium_desktop.ui import i18n, widgets
from etalonium_desktop.ui.i18n import QT_TRANSLATE_NOOP
from etalonium_desktop.wallet import SendRequest
from lightnode.protocol.address import PREFIX, decode_address, encode_address
from lightnode.protocol.errors import AddressError

#: The reasons lightnode (which has no Qt) gives for refusing an address or amount, for translation; a reason
#: missing here is shown as it comes.
_REASONS = {
    "the address has a typo: its checksum does not match": QT_TRANSLATE_NOOP(
        "SendDialog", "The address has a typo: its checksum does not match"
    ),
    f"an ExC address starts with '{PREFIX}1'": QT_TRANSLATE_NOOP("SendDialog", "An ExC address starts with 'exc1'"),
    "the address uses the old bech32 checksum, not bech32m": QT_TRANSLATE_NOOP(
        "SendDialog", "The address uses the old bech32 checksum, not bech32m"
    ),
    "the address is malformed": QT_TRANSLATE_NOOP("SendDialog", "The address is malformed"),
    "the address is empty": QT_TRANSLATE_NOOP("SendDialog", "The address is empty"),
    "Type an amount such as 12.5 (in ExC).": QT_TRANSLATE_NOOP("SendDialog", "Type an amount such as 12.5 (in ExC)."),
    "That amount is larger than any balance can be.": QT_TRANSLATE_NOOP(
        "SendDialog", "That amount is larger than any balance can be."
    ),
}


class SendDialog(QDialog):
    """Emits `confirmed(SendRequest)` once the user has reviewed it; the app reports progress back with
    `show_progress`, `show_included` and `show_failed`. Opened with `open()`, never `exec()`."""

    confirmed = Signal(object)

    def __init__(self, balance: int, fee: int, own_actor: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send ExC"))
        self.setMinimumWidth(560)
        self.balance = balance
        self.fee = fee
        self.own_actor = own_actor
        self.request: SendRequest | None = None
        self.pages = QStackedWidget()
        root = QVBoxLayout(self)
        root.addWidget(self.pages)
        self._build_form()
        self._build_review()
        self._build_status()
        self._validate()

    # -- page 1: the form ---------------------------------------------------------------------------------
    def _build_form(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(widgets.title(self.tr("Send ExC")))
        form = QFormLayout()
        self.to = QLineEdit()
        self.to.setPlaceholderText("exc1…")
        self.to.setAccessibleName(self.tr("Recipient address"))
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("0.0")
        self.amount.setAccessibleName(self.tr("Amount"))
        self.memo = QLineEdit()
        self.memo.setMaxLength(200)
        self.memo.setPlaceholderText(self.tr("Optional, visible on the chain"))
        self.memo.setAccessibleName(self.tr("Memo"))
        form.addRow(self.tr("To"), self.to)
        form.addRow(self.tr("Amount (ExC)"), self.amount)
        form.addRow(self.tr("Memo"), self.memo)
        layout.addLayout(form)
        self.to_error = widgets.status_label()
        self.amount_error = widgets.status_label()
        self.preview = widgets.subtle("")
        layout.addWidget(self.to_error)
        layout.addWidget(self.amount_error)
        layout.addWidget(self.preview)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = widgets.button(self.tr("Cancel"))
        self.review_button = widgets.primary_button(self.tr("Review"))
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.review_button)
        layout.addLayout(buttons)
        self.pages.addWidget(page)
        self.to.textChanged.connect(self._validate)
        self.amount.textChanged.connect(self._validate)
        self.cancel_button.clicked.connect(self.reject)
        self.review_button.clicked.connect(self._review)

    def _validate(self) -> None:
        self.request = None
        to: bytes | None = None
        text = self.to.text().strip()
        if text:
            try:
                to = decode_address(text)
            except AddressError as exc:
                message = str(exc)
                reason = self.tr(_REASONS[message]) if message in _REASONS else message[:1].upper() + message[1:]
                self.to_error.setText(self.tr("{reason}. Nothing will be sent to it.").format(reason=reason))
            else:
                self.to_error.setText(self.tr("You are sending to yourself.") if to == self.own_actor else "")
        else:
            self.to_error.clear()
        self.to.setProperty("invalid", bool(text) and to is None)
        self.to.style().polish(self.to)
        amount: int | None = None
        if self.amount.text().strip():
            try:
                amount = parse_exc(self.amount.text())
            except AmountError as exc:
                message = str(exc)
                self.amount_error.setText(self.tr(_REASONS[message]) if message in _REASONS else message)
            else:
                if amount == 0:
                    self.amount_error.setText(self.tr("The amount must be more than zero."))
                    amount = None
                elif amount + self.fee > self.balance:
                    self.amount_error.setText(
                        self.tr("Not enough funds: {needed} needed with the fee, {available} available.").format(
                            needed=format_exc(amount + self.fee), available=format_exc(self.balance)
                        )
                    )
                    amount = None
                else:
                    self.amount_error.clear()
        else:
            self.amount_error.clear()
        if amount is not None:
            self.preview.setText(
                self.tr("Fee {fee} · total {total} · balance after {after}").format(
                    fee=format_exc(self.fee, max_decimals=18),
                    total=format_exc(amount + self.fee, max_decimals=18),
                    after=format_exc(self.balance - amount - self.fee),
                )
            )
        else:
            self.preview.setText(
                self.tr("Fee {fee} · available {available}").format(
                    fee=format_exc(self.fee, max_decimals=18), available=format_exc(self.balance)
                )
            )
        if to is not None and amount is not None:
            self.request = SendRequest(to, amount, self.fee, self.memo.text())
        self.review_button.setEnabled(self.request is not None)

    # -- page 2: review -----------------------------------------------------------------------------------
    def _build_review(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(widgets.title(self.tr("Review and confirm")))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addWidget(widgets.subtle(self.tr("Transfers cannot be undone. Check the address once more.")))
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.back_button = widgets.button(self.tr("Back"))
        self.confirm_button = widgets.primary_button(self.tr("Confirm and send"))
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.confirm_button)
        layout.addLayout(buttons)
        self.pages.addWidget(page)
        self.back_button.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.confirm_button.clicked.connect(self._confirm)

    def _review(self) -> None:
        if self.request is None:
            return
        r = self.request
        memo = "<br>" + self.tr("Memo: {memo}").format(memo=html.escape(r.memo)) if r.memo else ""
        self.summary.setText(
            self.tr("Send <b>{amount}</b><br>to <tt>{address}</tt><br>Fee: {fee}<br>Total: <b>{total}</b>").format(
                amount=format_exc(r.amount, max_decimals=18),
                address=encode_address(r.to),
                fee=format_exc(r.fee, max_decimals=18),
                total=format_exc(r.amount + r.fee, max_decimals=18),
            )
            + memo
        )
        self.pages.setCurrentIndex(1)

    def _confirm(self) -> None:
        if self.request is None:
            return
        self.confirm_button.setEnabled(False)
        self.show_progress(self.tr("Signing and sending…"))
        self.confirmed.emit(self.request)

    # -- page 3: live status --------------------------------------------------------------------------------
    def _build_status(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(widgets.title(self.tr("Sending")))
        self.status = widgets.status_label("", "subtle")
        self.status.setAccessibleName(self.tr("Send status"))
        layout.addWidget(self.status)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = widgets.primary_button(self.tr("Close"))
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.pages.addWidget(page)
        self.close_button.clicked.connect(self.accept)

    def show_progress(self, text: str) -> None:
        self.pages.setCurrentIndex(2)
        self.status.setText(text)
        widgets.set_role(self.status, "subtle")

    def show_queued(self) -> None:
        self.show_progress(
            self.tr("You are offline. The transfer is signed and queued; it goes out when the network is back.")
        )
        widgets.set_role(self.status, "stale")

    def show_included(self, height: int) -> None:
        self.pages.setCurrentIndex(2)
        self.status.setText(
            self.tr("✔ Included at height {height}, verified by proof.").format(height=i18n.number(height))
        )
        widgets.set_role(self.status, "verified")

    def show_failed(self, reason: str) -> None:
        self.pages.setCurrentIndex(2)
        self.status.setText(self.tr("The transfer failed: {reason}").format(reason=reason))
        widgets.set_role(self.status, "error")
