"""Message requests: people who wrote first, with Accept, Block and Report before anything is answered."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from .bridge import MessengerBridge, TaskRunner
from .conversation_list import ConversationDelegate, ConversationListModel
from .service import MessengerService


class RequestsView(QWidget):
    """The requests list; the selected request can be accepted (it moves to the chats), blocked, or
    reported (which also blocks). Nothing is sent to the requester until the user accepts."""

    request_opened = Signal(bytes)
    request_accepted = Signal(bytes)
    error_shown = Signal(str)

    def __init__(self, service: MessengerService, bridge: MessengerBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.tasks = TaskRunner(self._show_error)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        intro = QLabel(
            self.tr("People you have not chatted with yet. They do not know whether you read their messages.")
        )
        intro.setProperty("role", "subtle")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = ConversationListModel(service, requests=True, parent=self)
        self.list = QListView()
        self.list.setAccessibleName(self.tr("Message requests"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(ConversationDelegate(self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.clicked.connect(self._on_list_clicked)
        layout.addWidget(self.list, 1)
        self.empty = QLabel(self.tr("No message requests."))
        self.empty.setProperty("role", "subtle")
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.accept_button = QPushButton(self.tr("Accept"))
        self.accept_button.setProperty("primary", True)
        self.block_button = QPushButton(self.tr("Block"))
        self.report_button = QPushButton(self.tr("Report"))
        for b in (self.accept_button, self.block_button, self.report_button):
            b.setAccessibleName(b.text())
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.accept_button.clicked.connect(self._on_accept_clicked)
        self.block_button.clicked.connect(self._on_block_clicked)
        self.report_button.clicked.connect(self._on_report_clicked)
        for signal in (
            bridge.request_received,
            bridge.conversation_updated,
            bridge.message_added,
            bridge.peer_updated,
        ):
            signal.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        self.model.refresh()
        has = self.model.rowCount() > 0
        self.empty.setVisible(not has)
        selected = self.list.currentIndex().isValid()
        for b in (self.accept_button, self.block_button, self.report_button):
            b.setEnabled(has and selected)

    def _selected(self) -> tuple[bytes, bytes] | None:
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        item = self.model.item_at(index.row())
        return item.id, item.peer

    def _on_list_clicked(self, index: QModelIndex) -> None:
        self.refresh()
        if index.isValid():
            self.request_opened.emit(self.model.item_at(index.row()).id)

    def _on_accept_clicked(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            self.tasks.run(self._accept(chosen[0]))

    async def _accept(self, conversation: bytes) -> None:
        await self.service.accept(conversation)
        self.request_accepted.emit(conversation)
        self.refresh()

    def _on_block_clicked(self) -> None:
        chosen = self._selected()
        if chosen is not None and chosen[1]:
            self.tasks.run(self.service.block(chosen[1]))

    def _on_report_clicked(self) -> None:
        chosen = self._selected()
        if chosen is not None and chosen[1]:
            self.tasks.run(self.service.report(chosen[1], "Reported from the message requests"))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.error_shown.emit(text)
