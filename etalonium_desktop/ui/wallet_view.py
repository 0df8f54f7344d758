"""The wallet screen: the verified balance, send and receive, the history and the offline queue."""

from __future__ import annotations

import functools
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
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
from etalonium_desktop.session import HistoryNotice
from etalonium_desktop.store import HistoryKey
from etalonium_desktop.ui import i18n, theme, widgets
from etalonium_desktop.ui.i18n import QT_TRANSLATE_NOOP
from etalonium_desktop.wallet import Balance, Direction, EntryStatus, HistoryEntry
from lightnode.protocol.address import encode_address

_STATUS_TEXT = {
    EntryStatus.QUEUED: QT_TRANSLATE_NOOP("HistoryModel", "Queued (offline)"),
    EntryStatus.PENDING: QT_TRANSLATE_NOOP("HistoryModel", "Pending"),
    EntryStatus.INCLUDED: QT_TRANSLATE_NOOP("HistoryModel", "Verified"),
    EntryStatus.FAILED: QT_TRANSLATE_NOOP("HistoryModel", "Failed"),
    EntryStatus.EXPIRED: QT_TRANSLATE_NOOP("HistoryModel", "Expired"),
}
_STATUS_COLOUR = {
    EntryStatus.QUEUED: "#a15c00",
    EntryStatus.PENDING: "#6b6773",
    EntryStatus.INCLUDED: "#1f7a4d",
    EntryStatus.FAILED: "#b42318",
    EntryStatus.EXPIRED: "#b42318",
}

Index = QModelIndex | QPersistentModelIndex
# The roles the model answers, as plain ints: a repaint asks about every visible cell in about ten roles, and
# comparing with Qt's enum members costs more than the rest of `data`.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_ROLES = frozenset((_DISPLAY, _FOREGROUND, _TOOLTIP, _ALIGNMENT))
_IN_COLOUR = QColor("#1f7a4d")
_STATUS_QCOLOUR = {status: QColor(colour) for status, colour in _STATUS_COLOUR.items()}
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
#: Rows whose formatted texts are kept (a few screens' worth; older ones are formatted again if shown).
_TEXT_CACHE_ROWS = 512
log = logging.getLogger(__name__)


@functools.lru_cache(maxsize=1024)
def _address(actor: bytes) -> str:
    # The checksum takes about 0.1 ms per address, and a history names the same few people again and again.
    return encode_address(actor)


def short_address(address: str) -> str:
    return f"{address[:10]}…{address[-6:]}" if len(address) > 20 else address


#: Reads a page of history: up to `limit` entries older than the key (None: the newest), newest first.
PageSource = Callable[[HistoryKey | None, int], Awaitable[list[HistoryEntry]]]


class HistoryModel(QAbstractTableModel):
    """Transfers in and out, newest first, read a page at a time as the view scrolls (`fetchMore`).

    With a page source the model never holds more than the pages the user scrolled through; `set_entries`
    shows a fixed list instead.
    """

    HEADERS = (
        QT_TRANSLATE_NOOP("HistoryModel", "When"),
        "",
        QT_TRANSLATE_NOOP("HistoryModel", "Counterparty"),
        QT_TRANSLATE_NOOP("HistoryModel", "Amount"),
        QT_TRANSLATE_NOOP("HistoryModel", "Status"),
    )
    PAGE = 200
    #: A page arrived (possibly empty) or could not be read.
    page_loaded = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[HistoryEntry] = []
        self._text_cache: OrderedDict[bytes, tuple[HistoryEntry, tuple[str, ...]]] = OrderedDict()
        self._source: PageSource | None = None
        self._spawn: Callable[[Awaitable[Any]], Any] | None = None
        self._more = False
        self._loading = False
        #: Bumped whenever the rows are replaced, so a page that was asked for before is not appended.
        self._generation = 0

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        """Show exactly `entries` (no paging)."""
        self._source, self._more = None, False
        self._generation += 1
        self.beginResetModel()
        self.entries = sorted(entries, key=lambda e: e.key, reverse=True)
        self.endResetModel()

    def set_source(self, source: PageSource, spawn: Callable[[Awaitable[Any]], Any]) -> None:
        """Read the history from `source`; the first page is asked for at once, the others on scrolling."""
        self._source, self._spawn, self._more = source, spawn, True
        self._generation += 1
        self.beginResetModel()
        self.entries = []
        self.endResetModel()
        self.fetchMore(QModelIndex())

    @property
    def loading(self) -> bool:
        """Whether a page was asked for and has not arrived yet."""
        return self._loading

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt API
        return not parent.isValid() and self._more and self._source is not None and not self.loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt API
        if not self.canFetchMore(parent):
            return
        assert self._source is not None
        assert self._spawn is not None
        below = self.entries[-1].key if self.entries else None
        self._loading = True
        self._spawn(self._load(self._generation, self._source(below, self.PAGE)))

    async def _load(self, generation: int, page: Awaitable[list[HistoryEntry]]) -> None:
        try:
            entries = await page
        except Exception as exc:
            log.warning("a page of the wallet history could not be read: %s", exc)
            entries = None
        finally:
            if generation == self._generation:
                self._loading = False
        if generation != self._generation:
            return  # the rows were replaced meanwhile; this page belongs to the old ones
        if entries is not None:
            # Scrolling asks again after a failed read; a short page is the end of the history.
            self._more = len(entries) >= self.PAGE
            self.append_page(entries)
        self.page_loaded.emit()

    def append_page(self, entries: list[HistoryEntry]) -> None:
        """Add a page below the rows shown: one insertion for the whole page, never one per row."""
        last = self.entries[-1].key if self.entries else None
        new = [e for e in entries if last is None or e.key < last]
        if not new:
            return
        first = len(self.entries)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self.entries.extend(new)
        self.endInsertRows()

    def replace_head(self, head: list[HistoryEntry], complete: bool) -> None:
        """Bring the newest rows up to date with `head` (a fresh first page) and keep the older rows the
        user scrolled to. `complete`: the head is the whole history."""
        old = self.entries
        if head == old[: len(head)] and (not complete or len(head) == len(old)):
            return
        older = [] if complete or not head else [e for e in old if e.key < head[-1].key]
        merged = [*head, *older]
        added = len(merged) - len(old)
        if added > 0 and merged[added:] == old:
            # New entries on top (the common case): insert them, so the selection and scroll stay.
            self.beginInsertRows(QModelIndex(), 0, added - 1)
            self.entries = merged
            self.endInsertRows()
        else:
            self._generation += 1
            self._loading = False
            self.beginResetModel()
            self.entries = merged
            self.endResetModel()
        # Below a full head there may be more (even entries older than all shown, e.g. a restored history);
        # asking costs one page read that ends the list if there is none.
        self._more = self._source is not None and not complete

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.entries)

    def direction_texts(self) -> tuple[str, ...]:
        """Every text the direction column can show, in the interface language (to size the column)."""
        return (self.tr("Received"), self.tr("Sent"), self.tr(self.HEADERS[1]) if self.HEADERS[1] else "")

    def status_texts(self) -> tuple[str, ...]:
        """Every status text (reasons aside) and the column's title, in the interface language."""
        return (*(self.tr(text) for text in _STATUS_TEXT.values()), self.tr(self.HEADERS[4]))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section]) if self.HEADERS[section] else ""
        return None

    def _texts(self, e: HistoryEntry) -> tuple[str, ...]:
        """The five cells of an entry as shown, formatted once while the entry stays on screen.

        A repaint asks for every visible cell in several roles; formatting dates, amounts and checksummed
        addresses each time took most of the GUI thread while scrolling a long history.
        """
        cached = self._text_cache.get(e.action_id)
        if cached is not None and cached[0] is e:
            self._text_cache.move_to_end(e.action_id)
            return cached[1]
        when = i18n.date_time(e.time_ms)
        address = _address(e.counterparty)
        texts = (
            f"{when} · #{i18n.number(e.height)}" if e.height else when,
            self.tr("Received") if e.direction is Direction.IN else self.tr("Sent"),
            short_address(address) + (f" — {e.memo}" if e.memo else ""),
            f"{'+' if e.direction is Direction.IN else '−'}{format_exc(e.amount)}",
            self.tr(_STATUS_TEXT[e.status]) + (f": {e.reason}" if e.reason else ""),
            address,
        )
        self._text_cache[e.action_id] = (e, texts)
        if len(self._text_cache) > _TEXT_CACHE_ROWS:
            self._text_cache.popitem(last=False)
        return texts

    def data(self, index: Index, role: int = 0) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        e = self.entries[index.row()]
        col = index.column()
        if role == _DISPLAY:
            return self._texts(e)[col]
        if role == _FOREGROUND:
            if col == 3:
                return _IN_COLOUR if e.direction is Direction.IN else None
            if col == 4:
                return _STATUS_QCOLOUR[e.status]
        if role == _TOOLTIP and col == 2:
            return self._texts(e)[5]
        if role == _TOOLTIP and col == 4:
            return self._texts(e)[4]  # a failure's reason may be longer than the column
        if role == _ALIGNMENT and col == 3:
            return _RIGHT
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
        root.addWidget(widgets.title(self.tr("Wallet")))

        card = widgets.Card()
        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(widgets.subtle(self.tr("Balance")))
        self.amount = QLabel("—")
        self.amount.setObjectName("BigAmount")
        self.amount.setAccessibleName(self.tr("Balance"))
        self.amount.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left.addWidget(self.amount)
        self.proof = widgets.status_label("", "subtle")
        self.proof.setAccessibleName(self.tr("Balance verification"))
        left.addWidget(self.proof)
        top.addLayout(left, 1)
        buttons = QVBoxLayout()
        self.send_button = widgets.primary_button(self.tr("Send"))
        self.send_button.setIcon(theme.icon("send", "#ffffff"))
        self.receive_button = widgets.button(self.tr("Receive"))
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

        # Findings of the history's checks: calm, since nothing false was shown; the network section is where
        # an attack on the light client is shown loudly.
        self.notice = widgets.Card()
        self.notice.setAccessibleName(self.tr("Note on your history"))
        notice_head = QHBoxLayout()
        self.notice_title = widgets.status_label(self.tr("Note on your history"), "stale")
        notice_head.addWidget(self.notice_title, 1)
        self.notice_dismiss = widgets.button(self.tr("Dismiss"))
        self.notice_dismiss.setToolTip(self.tr("Hide this note until something new is found"))
        notice_head.addWidget(self.notice_dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self.notice.body.addLayout(notice_head)
        self.notice_text = QLabel()
        self.notice_text.setWordWrap(True)
        self.notice_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.body.addWidget(self.notice_text)
        self.notice.hide()
        root.addWidget(self.notice)
        # How many notices there were when the user dismissed them (a later one shows the note again).
        self._notices_dismissed = 0
        self._notices_shown = 0
        self.notice_dismiss.clicked.connect(self.dismiss_notices)

        root.addWidget(widgets.subtle(self.tr("History")))
        self.history = HistoryModel()
        self.table = QTableView()
        self.table.setModel(self.history)
        self.table.setAccessibleName(self.tr("Transaction history"))
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        # Fixed widths from the font, not from the rows: measuring a 10,000-entry history froze the window.
        em = self.fontMetrics().horizontalAdvance("M")

        def fit(texts: tuple[str, ...], least: int) -> int:
            # Translated words differ in length ("Sent", "Отправлено"): the column fits the longest.
            return max(least * em, max(self.fontMetrics().horizontalAdvance(t) for t in texts) + 2 * em)

        widths = ((0, 16 * em), (1, fit(self.history.direction_texts(), 8)), (3, 20 * em))
        for column, width in (*widths, (4, fit(self.history.status_texts(), 14))):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(round(self.fontMetrics().height() * 1.9))
        root.addWidget(self.table, 1)
        self.empty = widgets.subtle(self.tr("No transfers yet. Use Receive to share your address."))
        root.addWidget(self.empty)
        self.history.modelReset.connect(self._update_empty)
        self.history.rowsInserted.connect(self._update_empty)
        self.history.page_loaded.connect(self._update_empty)

        self.send_button.clicked.connect(self.send_clicked)
        self.receive_button.clicked.connect(self.receive_clicked)

    def show_address(self, address: str) -> None:
        self.address.setText(self.tr("Your address: {address}").format(address=address))

    def show_balance(self, balance: Balance) -> None:
        self.amount.setText(format_exc(balance.amount))
        if balance.height == 0:
            self.proof.setText(self.tr("Not verified yet — waiting for the network"))
            widgets.set_role(self.proof, "subtle")
        elif balance.stale:
            self.proof.setText(
                self.tr("Last verified at height {height} — offline, may be out of date").format(
                    height=i18n.number(balance.height)
                )
            )
            widgets.set_role(self.proof, "stale")
        else:
            self.proof.setText(
                self.tr("✔ Verified by proof at height {height}").format(height=i18n.number(balance.height))
            )
            widgets.set_role(self.proof, "verified")

    def show_history(self, entries: list[HistoryEntry]) -> None:
        """Show a fixed list of entries (see `page_history` for a history read page by page)."""
        self.history.set_entries(entries)
        self.show_queued(sum(1 for e in entries if e.status is EntryStatus.QUEUED))
        self._update_empty()

    def page_history(self, source: PageSource, spawn: Callable[[Awaitable[Any]], Any]) -> None:
        """Read the history from `source` a page at a time, as the table scrolls."""
        self.history.set_source(source, spawn)

    def show_queued(self, n: int) -> None:
        if n:
            self.queue_label.setText(
                self.tr("%n signed transfer(s) waiting to be sent; they go out when the network is back.", "", n)
            )
        self.queue_label.setVisible(bool(n))

    def _update_empty(self) -> None:
        self.empty.setVisible(not self.history.entries and not self.history.loading)

    def show_history_notices(self, notices: Sequence[HistoryNotice], details: str = "") -> None:
        """Say why the history may be incomplete or was corrected (each notice in a line, in plain words;
        `details`, the technical account, as the tooltip). Hidden while dismissed and nothing new came."""
        self._notices_shown = len(notices)
        self.notice_text.setText("\n".join(self.notice_sentence(n) for n in notices))
        self.notice_text.setToolTip(details)
        self.notice.setVisible(len(notices) > self._notices_dismissed)

    def dismiss_notices(self) -> None:
        self._notices_dismissed = self._notices_shown
        self.notice.hide()

    def notice_sentence(self, notice: HistoryNotice) -> str:
        if notice.kind == "omitted":
            return self.tr(
                "A node left out %n transfer(s) to you; they were recovered from another node, verified, and are "
                "in the history below.",
                "",
                notice.count,
            )
        if notice.kind == "rejected":
            return self.tr(
                "A node listed %n transfer(s) that failed verification; they were not added to your history.",
                "",
                notice.count,
            )
        if notice.kind == "unverified":
            return self.tr(
                "A node's list of your transfers could not be verified. The history is complete up to the last "
                "verified block, and is checked again with the next block."
            )
        first, last = i18n.number(notice.first), i18n.number(notice.last)
        if notice.grown > notice.received:
            return self.tr(
                "Between blocks {first} and {last} your verified balance grew by {extra} more than the verified "
                "transfers to you. Rewards, escrow releases and grants raise a balance too; if you expected none, "
                "a transfer may be missing from the history."
            ).format(first=first, last=last, extra=format_exc(notice.grown - notice.received))
        return self.tr(
            "Between blocks {first} and {last} your verified balance grew by {grown}, less than the verified "
            "transfers to you ({received}). The balance shown is the verified one."
        ).format(first=first, last=last, grown=format_exc(notice.grown), received=format_exc(notice.received))

    def show_unverified(self, message: str) -> None:
        """A node lied or the proof failed: say so instead of showing a number."""
        self.amount.setText("—")
        self.proof.setText(message)
        widgets.set_role(self.proof, "error")
