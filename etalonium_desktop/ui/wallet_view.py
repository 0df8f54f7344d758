"""The wallet screen: the verified balance, send and receive, the history and the offline queue."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from etalonium_desktop.amounts import format_exc
from etalonium_desktop.ui import theme, widgets
from etalonium_desktop.wallet import Balance, Direction, EntryStatus, HistoryEntry

_STATUS_TEXT = {
    EntryStatus.QUEUED: "Queued (offline)",
    EntryStatus.PENDING: "Pending",
    EntryStatus.INCLUDED: "Verified",
    EntryStatus.FAILED: "Failed",
    EntryStatus.EXPIRED: "Expired",
}
_STATUS_COLOUR = {
    EntryStatus.QUEUED: "#a15c00",
    EntryStatus.PENDING: "#6b6773",
    EntryStatus.INCLUDED: "#1f7a4d",
    EntryStatus.FAILED: "#b42318",
    EntryStatus.EXPIRED: "#b42318",
}

Index = QModelIndex | QPersistentModelIndex


def short_address(address: str) -> str:
    return f"{address[:10]}…{address[-6:]}" if len(address) > 20 else address


class HistoryModel(QAbstractTableModel):
    """Transfers in and out, newest first."""

    HEADERS = ("When", "", "Counterparty", "Amount", "Status")

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[HistoryEntry] = []

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self.beginResetModel()
        self.entries = sorted(entries, key=lambda e: (-(e.height or 1 << 62), -e.time_ms))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        e = self.entries[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                when = dt.datetime.fromtimestamp(e.time_ms / 1000).strftime("%d %b %H:%M")
                return f"{when} · #{e.height:,}" if e.height else when
            if col == 1:
                return "Received" if e.direction is Direction.IN else "Sent"
            if col == 2:
                return short_address(e.counterparty_address) + (f" — {e.memo}" if e.memo else "")
            if col == 3:
                sign = "+" if e.direction is Direction.IN else "−"
                return f"{sign}{format_exc(e.amount)}"
            if col == 4:
                return _STATUS_TEXT[e.status] + (f": {e.reason}" if e.reason else "")
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == 3:
                return QColor("#1f7a4d") if e.direction is Direction.IN else None
            if col == 4:
                return QColor(_STATUS_COLOUR[e.status])
        if role == Qt.ItemDataRole.ToolTipRole and col == 2:
            return e.counterparty_address
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class WalletView(QWidget):
    """Shows a Balance and HistoryEntries given to it; asks for sending and receiving through signals."""

    send_clicked = Signal()
    receive_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        root = QVBoxLayout(self)
        root.setContentsMargins(28, 24, 28, 16)
        root.setSpacing(16)
        root.addWidget(widgets.title("Wallet"))

        card = widgets.Card()
        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(widgets.subtle("Balance"))
        self.amount = QLabel("—")
        self.amount.setObjectName("BigAmount")
        self.amount.setAccessibleName("Balance")
        self.amount.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left.addWidget(self.amount)
        self.proof = widgets.status_label("", "subtle")
        self.proof.setAccessibleName("Balance verification")
        left.addWidget(self.proof)
        top.addLayout(left, 1)
        buttons = QVBoxLayout()
        self.send_button = widgets.primary_button("Send")
        self.send_button.setIcon(theme.icon("send", "#ffffff"))
        self.receive_button = widgets.button("Receive")
        self.receive_button.setIcon(theme.icon("receive"))
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.receive_button)
        buttons.addStretch(1)
        top.addLayout(buttons)
        card.body.addLayout(top)
        self.address = widgets.subtle("")
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        card.body.addWidget(self.address)
        root.addWidget(card)

        self.queue_label = widgets.status_label("", "stale")
        self.queue_label.hide()
        root.addWidget(self.queue_label)

        root.addWidget(widgets.subtle("History"))
        self.history = HistoryModel()
        self.table = QTableView()
        self.table.setModel(self.history)
        self.table.setAccessibleName("Transaction history")
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        # Fixed widths from the font, not from the rows: measuring a 10,000-entry history froze the window.
        em = self.fontMetrics().horizontalAdvance("M")
        for column, width in ((0, 14), (1, 6), (3, 10), (4, 12)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width * em)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(round(self.fontMetrics().height() * 1.9))
        root.addWidget(self.table, 1)
        self.empty = widgets.subtle("No transfers yet. Use Receive to share your address.")
        root.addWidget(self.empty)

        self.send_button.clicked.connect(self.send_clicked)
        self.receive_button.clicked.connect(self.receive_clicked)

    def show_address(self, address: str) -> None:
        self.address.setText(f"Your address: {address}")

    def show_balance(self, balance: Balance) -> None:
        self.amount.setText(format_exc(balance.amount))
        if balance.height == 0:
            self.proof.setText("Not verified yet — waiting for the network")
            widgets.set_role(self.proof, "subtle")
        elif balance.stale:
            self.proof.setText(f"Last verified at height {balance.height:,} — offline, may be out of date")
            widgets.set_role(self.proof, "stale")
        else:
            self.proof.setText(f"✔ Verified by proof at height {balance.height:,}")
            widgets.set_role(self.proof, "verified")

    def show_history(self, entries: list[HistoryEntry]) -> None:
        self.history.set_entries(entries)
        self.empty.setVisible(not entries)
        queued = [e for e in entries if e.status is EntryStatus.QUEUED]
        if queued:
            n = len(queued)
            self.queue_label.setText(
                f"{n} signed transfer{'s' if n != 1 else ''} waiting to be sent; they go out when the network is back."
            )
        self.queue_label.setVisible(bool(queued))

    def show_unverified(self, message: str) -> None:
        """A node lied or the proof failed: say so instead of showing a number."""
        self.amount.setText("—")
        self.proof.setText(message)
        widgets.set_role(self.proof, "error")
