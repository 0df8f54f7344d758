"""The conversation list: chats and requests with unread badges and badges for trust, plus message search."""

from __future__ import annotations

import hashlib
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from etalonium_desktop.ui import theme
from lightnode.messenger import ConversationKind

from .bridge import MessengerBridge, list_time
from .service import ConversationItem, MessengerService, SearchResult, highlight_html

ROW_HEIGHT = 68


class ListRole(IntEnum):
    ITEM = int(Qt.ItemDataRole.UserRole) + 1


def avatar_colour(key: bytes) -> QColor:
    hue = hashlib.blake2b(key, digest_size=2).digest()[0] * 360 // 256
    return QColor.fromHsl(hue, 120, 150 if theme.current() is theme.Theme.DARK else 120)


def initials(title: str) -> str:
    words = [w for w in title.replace("…", " ").split() if w[:1].isalnum()]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][:2].upper()
    return (words[0][0] + words[1][0]).upper()


class ConversationListModel(QAbstractListModel):
    """The chats (or the requests) of the service, most recent first."""

    def __init__(self, service: MessengerService, *, requests: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.requests = requests
        self._items: list[ConversationItem] = []
        self.refresh()

    def refresh(self) -> None:
        items = self.service.conversations(requests=self.requests)
        if [i.id for i in items] == [i.id for i in self._items]:
            self._items = items
            if items:
                self.dataChanged.emit(self.index(0), self.index(len(items) - 1))
            return
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._items)

    def item_at(self, row: int) -> ConversationItem:
        return self._items[row]

    def row_of(self, conversation: bytes) -> int | None:
        for row, item in enumerate(self._items):
            if item.id == conversation:
                return row
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == ListRole.ITEM:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return item.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            unread = self.tr(", %n unread", "", item.unread) if item.unread else ""
            return f"{item.title}{unread}: {item.preview}"
        return None


class ConversationDelegate(QStyledItemDelegate):
    """Avatar, name, last message, time, unread count, and a verified or warning mark."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        # No width of its own: the row takes the list's width, so the time and badges stay in view.
        return QSize(0, ROW_HEIGHT)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        item: ConversationItem | None = index.data(ListRole.ITEM)
        if item is None:
            return
        dark = theme.current() is theme.Theme.DARK
        ink = QColor("#ece9f1" if dark else "#1d1b22")
        muted = QColor("#9a94a6" if dark else "#6b6773")
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = option.rect
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(r, QColor("#3a2f52" if dark else "#eadcff"))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(r, QColor("#24202c" if dark else "#f6f2fb"))
        avatar = QRect(r.x() + 12, r.y() + (ROW_HEIGHT - 44) // 2, 44, 44)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(avatar_colour(item.id))
        if item.kind is ConversationKind.GROUP:
            painter.drawRoundedRect(avatar, 12, 12)
        else:
            painter.drawEllipse(avatar)
        base = QFont(option.font)
        bold = QFont(base)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor("white"))
        painter.drawText(avatar, Qt.AlignmentFlag.AlignCenter, initials(item.title))
        x = avatar.right() + 12
        right = r.right() - 12
        time_text = list_time(item.last_ms)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.85))
        fm_small = QFontMetrics(small)
        painter.setFont(small)
        painter.setPen(QColor("#8a3ffc") if item.unread else muted)
        time_w = fm_small.horizontalAdvance(time_text)
        painter.drawText(QRect(right - time_w, r.y() + 14, time_w, fm_small.height()), 0, time_text)
        title_font = bold if item.unread else base
        fm_title = QFontMetrics(title_font)
        marks = ""
        if item.warning:
            marks = " ⚠"
        elif item.verified:
            marks = " ✔"
        title_rect = QRect(x, r.y() + 12, right - time_w - 8 - x, fm_title.height())
        painter.setFont(title_font)
        painter.setPen(ink)
        mark_w = QFontMetrics(base).horizontalAdvance(marks) if marks else 0
        title = fm_title.elidedText(item.title, Qt.TextElideMode.ElideRight, title_rect.width() - mark_w)
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        if marks:
            painter.setFont(base)
            painter.setPen(QColor("#d9730d") if item.warning else QColor("#1f7a4d"))
            painter.drawText(
                QRect(
                    title_rect.x() + fm_title.horizontalAdvance(title),
                    title_rect.y(),
                    mark_w + 4,
                    title_rect.height(),
                ),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                marks,
            )
        badge_w = 0
        if item.unread:
            text = str(item.unread) if item.unread < 1000 else "999+"
            badge_w = max(22, fm_small.horizontalAdvance(text) + 12)
            badge = QRectF(right - badge_w, r.y() + 38, badge_w, 20)
            path = QPainterPath()
            path.addRoundedRect(badge, 10, 10)
            painter.fillPath(path, QColor("#8a3ffc"))
            painter.setFont(small)
            painter.setPen(QColor("white"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        painter.setFont(base)
        painter.setPen(muted)
        fm = QFontMetrics(base)
        preview_rect = QRect(x, r.y() + 38, right - x - badge_w - 8, fm.height())
        preview = item.preview or (
            self.tr("Group created") if item.kind is ConversationKind.GROUP else self.tr("No messages yet")
        )
        if item.blocked:
            preview = self.tr("Blocked")
        painter.drawText(
            preview_rect,
            Qt.AlignmentFlag.AlignLeft,
            fm.elidedText(preview, Qt.TextElideMode.ElideRight, preview_rect.width()),
        )
        painter.restore()


class SearchResultModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.results: list[SearchResult] = []

    def set_results(self, results: list[SearchResult]) -> None:
        self.beginResetModel()
        self.results = results
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.results)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.results):
            return None
        result = self.results[index.row()]
        if role == ListRole.ITEM:
            return result
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{result.title}: {result.snippet.replace(chr(2), '').replace(chr(3), '')}"
        return None


class SearchResultDelegate(QStyledItemDelegate):
    """A search hit: the conversation and the matching words in bold."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(0, 78)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        result: SearchResult | None = index.data(ListRole.ITEM)
        if result is None:
            return
        dark = theme.current() is theme.Theme.DARK
        painter.save()
        r = option.rect
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(r, QColor("#3a2f52" if dark else "#eadcff"))
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor("#ece9f1" if dark else "#1d1b22"))
        painter.drawText(r.adjusted(14, 8, -60, 0), Qt.AlignmentFlag.AlignLeft, result.title)
        painter.setFont(option.font)
        painter.setPen(QColor("#9a94a6" if dark else "#6b6773"))
        painter.drawText(r.adjusted(0, 8, -14, 0), Qt.AlignmentFlag.AlignRight, list_time(result.sent_ms))
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        colour = "#cfcad8" if dark else "#3b3742"
        doc.setHtml(f"<span style='color:{colour}'>{highlight_html(result.snippet)}</span>")
        doc.setTextWidth(r.width() - 28)
        painter.translate(r.x() + 12, r.y() + 28)
        painter.setClipRect(QRect(0, 0, r.width() - 24, r.height() - 32))
        doc.drawContents(painter)
        painter.restore()


class ConversationList(QWidget):
    """Chats and requests side by side as two tabs, and a search field over every message."""

    conversation_selected = Signal(bytes)
    search_result_selected = Signal(bytes, bytes)
    new_group_requested = Signal()

    def __init__(self, service: MessengerService, bridge: MessengerBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.bridge = bridge
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 12, 10, 10)
        layout.setSpacing(8)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search messages"))
        self.search.setAccessibleName(self.tr("Search messages"))
        self.search.setClearButtonEnabled(True)
        # The hint must show whole in every language ("Поиск по сообщениям" is longer than "Search messages").
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance(self.search.placeholderText()) + 40)
        self.search.textChanged.connect(self._on_search_text_changed)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        self.new_group_button = QPushButton(self.tr("New group"))
        self.new_group_button.setAccessibleName(self.tr("Create a group"))
        self.new_group_button.clicked.connect(self.new_group_requested)
        top.addWidget(self.new_group_button)
        layout.addLayout(top)
        tabs = QHBoxLayout()
        self.chats_tab = QPushButton(self.tr("Chats"))
        self.requests_tab = QPushButton(self.tr("Requests"))
        self.tab_group = QButtonGroup(self)
        for i, b in enumerate((self.chats_tab, self.requests_tab)):
            b.setCheckable(True)
            b.setAccessibleName(b.text())
            self.tab_group.addButton(b, i)
            tabs.addWidget(b)
        self.chats_tab.setChecked(True)
        self.tab_group.idClicked.connect(self._on_tab_clicked)
        layout.addLayout(tabs)

        self.stack = QStackedWidget()
        self.chats = ConversationListModel(service, parent=self)
        self.requests = ConversationListModel(service, requests=True, parent=self)
        self.chats_view = self._list(self.chats, ConversationDelegate(self))
        self.requests_view = self._list(self.requests, ConversationDelegate(self))
        self.results = SearchResultModel(self)
        self.results_view = self._list(self.results, SearchResultDelegate(self))
        self.chats_view.setAccessibleName(self.tr("Chats"))
        self.requests_view.setAccessibleName(self.tr("Message requests"))
        self.results_view.setAccessibleName(self.tr("Search results"))
        for view in (self.chats_view, self.requests_view, self.results_view):
            self.stack.addWidget(view)
        layout.addWidget(self.stack, 1)
        self.chats_view.clicked.connect(lambda i: self._on_row_clicked(self.chats, i))
        self.requests_view.clicked.connect(lambda i: self._on_row_clicked(self.requests, i))
        self.results_view.clicked.connect(self._on_result_clicked)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        for signal in (
            bridge.message_added,
            bridge.message_updated,
            bridge.conversation_updated,
            bridge.request_received,
            bridge.peer_updated,
            bridge.group_updated,
        ):
            signal.connect(self._schedule_refresh)
        self._update_tabs()

    @staticmethod
    def _list(model: QAbstractListModel, delegate: QStyledItemDelegate) -> QListView:
        view = QListView()
        view.setModel(model)
        view.setItemDelegate(delegate)
        view.setMouseTracking(True)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setUniformItemSizes(True)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setResizeMode(QListView.ResizeMode.Adjust)
        return view

    def _schedule_refresh(self, *_args: object) -> None:
        self._refresh_timer.start()

    def refresh(self) -> None:
        selected = self.selected()
        self.chats.refresh()
        self.requests.refresh()
        self._update_tabs()
        if selected is not None:
            self.select(selected, emit=False)

    def _update_tabs(self) -> None:
        unread = self.service.unread_total()
        count = self.service.requests_count()
        self.chats_tab.setText(self.tr("Chats") + (f" ({unread})" if unread else ""))
        self.requests_tab.setText(self.tr("Requests") + (f" ({count})" if count else ""))

    def _on_tab_clicked(self, tab: int) -> None:
        self.search.clear()
        self.stack.setCurrentIndex(tab)

    def show_requests(self) -> None:
        self.requests_tab.setChecked(True)
        self._on_tab_clicked(1)

    def show_chats(self) -> None:
        self.chats_tab.setChecked(True)
        self._on_tab_clicked(0)

    def _on_row_clicked(self, model: ConversationListModel, index: QModelIndex) -> None:
        if index.isValid():
            self.conversation_selected.emit(model.item_at(index.row()).id)

    def _on_result_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            result = self.results.results[index.row()]
            self.search_result_selected.emit(result.conversation, result.uid)

    def _on_search_text_changed(self, text: str) -> None:
        if not text.strip():
            self.stack.setCurrentIndex(self.tab_group.checkedId())
            return
        self.results.set_results(self.service.search(text))
        self.stack.setCurrentWidget(self.results_view)

    def selected(self) -> bytes | None:
        view = self.stack.currentWidget()
        if not isinstance(view, QListView):
            return None
        index = view.currentIndex()
        model = view.model()
        if not index.isValid() or not isinstance(model, ConversationListModel):
            return None
        return model.item_at(index.row()).id

    def select(self, conversation: bytes, *, emit: bool = True) -> None:
        for model, view, tab in ((self.chats, self.chats_view, 0), (self.requests, self.requests_view, 1)):
            row = model.row_of(conversation)
            if row is not None:
                if self.stack.currentWidget() is not self.results_view:
                    self.tab_group.button(tab).setChecked(True)
                    self.stack.setCurrentIndex(tab)
                view.setCurrentIndex(model.index(row))
                if emit:
                    self.conversation_selected.emit(conversation)
                return
