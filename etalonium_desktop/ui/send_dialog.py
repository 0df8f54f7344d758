"""Sending ExC: an address checked as it is typed, amount and fee preview, a confirmation, then live status."""

from __future__ import annotations

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
from etalonium_desktop.ui import widgets
from etalonium_desktop.wallet import SendRequest
from lightnode.protocol.address import decode_address, encode_address
from lightnode.protocol.errors import AddressError


class SendDialog(QDialog):
    """Emits `confirmed(SendRequest)` once the user has reviewed it; the app reports progress back with
    `show_progress`, `show_included` and `show_failed`. Opened with `open()`, never `exec()`."""

    confirmed = Signal(object)

    def __init__(self, balance: int, fee: int, own_actor: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Send ExC")
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
        layout.addWidget(widgets.title("Send ExC"))
        form = QFormLayout()
        self.to = QLineEdit()
        self.to.setPlaceholderText("exc1…")
        self.to.setAccessibleName("Recipient address")
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("0.0")
        self.amount.setAccessibleName("Amount")
        self.memo = QLineEdit()
        self.memo.setMaxLength(200)
        self.memo.setPlaceholderText("Optional, visible on the chain")
        self.memo.setAccessibleName("Memo")
        form.addRow("To", self.to)
        form.addRow("Amount (ExC)", self.amount)
        form.addRow("Memo", self.memo)
        layout.addLayout(form)
        self.to_error = widgets.status_label()
        self.amount_error = widgets.status_label()
        self.preview = widgets.subtle("")
        layout.addWidget(self.to_error)
        layout.addWidget(self.amount_error)
        layout.addWidget(self.preview)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = widgets.button("Cancel")
        self.review_button = widgets.primary_button("Review")
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
                self.to_error.setText(f"{message[:1].upper()}{message[1:]}. Nothing will be sent to it.")
            else:
                self.to_error.setText("You are sending to yourself." if to == self.own_actor else "")
        else:
            self.to_error.clear()
        self.to.setProperty("invalid", bool(text) and to is None)
        self.to.style().polish(self.to)
        amount: int | None = None
        if self.amount.text().strip():
            try:
                amount = parse_exc(self.amount.text())
            except AmountError as exc:
                self.amount_error.setText(str(exc))
            else:
                if amount == 0:
                    self.amount_error.setText("The amount must be more than zero.")
                    amount = None
                elif amount + self.fee > self.balance:
                    self.amount_error.setText(
                        f"Not enough funds: {format_exc(amount + self.fee)} needed with the fee, "
                        f"{format_exc(self.balance)} available."
                    )
                    amount = None
                else:
                    self.amount_error.clear()
        else:
            self.amount_error.clear()
        if amount is not None:
            self.preview.setText(
                f"Fee {format_exc(self.fee, max_decimals=18)} · total {format_exc(amount + self.fee, max_decimals=18)}"
                f" · balance after {format_exc(self.balance - amount - self.fee)}"
            )
        else:
            self.preview.setText(f"Fee {format_exc(self.fee, max_decimals=18)} · available {format_exc(self.balance)}")
        if to is not None and amount is not None:
            self.request = SendRequest(to, amount, self.fee, self.memo.text())
        self.review_button.setEnabled(self.request is not None)

    # -- page 2: review -----------------------------------------------------------------------------------
    def _build_review(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(widgets.title("Review and confirm"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addWidget(widgets.subtle("Transfers cannot be undone. Check the address once more."))
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.back_button = widgets.button("Back")
        self.confirm_button = widgets.primary_button("Confirm and send")
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
        memo = f"<br>Memo: {r.memo}" if r.memo else ""
        self.summary.setText(
            f"Send <b>{format_exc(r.amount, max_decimals=18)}</b><br>to <tt>{encode_address(r.to)}</tt>"
            f"<br>Fee: {format_exc(r.fee, max_decimals=18)}<br>Total: "
            f"<b>{format_exc(r.amount + r.fee, max_decimals=18)}</b>{memo}"
        )
        self.pages.setCurrentIndex(1)

    def _confirm(self) -> None:
        if self.request is None:
            return
        self.confirm_button.setEnabled(False)
        self.show_progress("Signing and sending…")
        self.confirmed.emit(self.request)

    # -- page 3: live status --------------------------------------------------------------------------------
    def _build_status(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(widgets.title("Sending"))
        self.status = widgets.status_label("", "subtle")
        self.status.setAccessibleName("Send status")
        layout.addWidget(self.status)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = widgets.primary_button("Close")
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.pages.addWidget(page)
        self.close_button.clicked.connect(self.accept)

    def show_progress(self, text: str) -> None:
        self.pages.setCurrentIndex(2)
        self.status.setText(text)
        widgets.set_role(self.status, "subtle")

    def show_queued(self) -> None:
        self.show_progress("You are offline. The transfer is signed and queued; it goes out when the network is back.")
        widgets.set_role(self.status, "stale")

    def show_included(self, height: int) -> None:
        self.pages.setCurrentIndex(2)
        self.status.setText(f"✔ Included at height {height:,}, verified by proof.")
        widgets.set_role(self.status, "verified")

    def show_failed(self, reason: str) -> None:
        self.pages.setCurrentIndex(2)
        self.status.setText(f"The transfer failed: {reason}")
        widgets.set_role(self.status, "error")
