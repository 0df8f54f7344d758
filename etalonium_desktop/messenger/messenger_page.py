"""The Chat section: the conversation list beside the open conversation, ready for the app's navigation."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from lightnode.messenger import FlowState, VerificationUpdated

from .bridge import MessengerBridge, TaskRunner
from .chat_view import ChatView
from .conversation_list import ConversationList
from .group_dialogs import GroupInfoDialog, NewGroupDialog
from .service import MessengerService
from .verification_dialog import VerificationDialog


class MessengerPage(QWidget):
    """Conversation list on the left, the chat on the right. `message_actor` opens (or starts) a chat from
    elsewhere in the app, such as a profile's, listing's or order's "Message" button."""

    unread_changed = Signal(int)
    error_shown = Signal(str)

    def __init__(
        self, service: MessengerService, bridge: MessengerBridge | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.bridge = bridge or MessengerBridge(service, self)
        self.tasks = TaskRunner(self.error_shown.emit)
        self.dialogs: dict[bytes, VerificationDialog] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(self.splitter)
        self.conversations = ConversationList(service, self.bridge)
        # At least what its widgets need in the interface language (a search hint, a button's words).
        self.conversations.setMinimumWidth(max(260, self.conversations.minimumSizeHint().width()))
        self.splitter.addWidget(self.conversations)
        self.right = QStackedWidget()
        placeholder = QWidget()
        ph = QVBoxLayout(placeholder)
        ph.addStretch(1)
        for text, role in (
            (self.tr("Choose a conversation"), ""),
            (
                self.tr("Messages are end-to-end encrypted: the nodes that carry them never see their content."),
                "subtle",
            ),
        ):
            label = QLabel(text)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            if role:
                label.setProperty("role", role)
            ph.addWidget(label)
        ph.addStretch(1)
        self.placeholder = placeholder
        self.chat = ChatView(service, self.bridge)
        self.right.addWidget(placeholder)
        self.right.addWidget(self.chat)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([max(320, self.conversations.minimumWidth()), 700])
        self.conversations.conversation_selected.connect(self.open_conversation)
        self.conversations.search_result_selected.connect(self._on_search_result_selected)
        self.chat.verification_requested.connect(self.verify)
        self.chat.group_info_requested.connect(self.group_info)
        self.conversations.new_group_requested.connect(self.new_group)
        self.bridge.verification_updated.connect(self._on_bridge_verification_updated)
        for signal in (
            self.bridge.message_added,
            self.bridge.conversation_updated,
            self.bridge.message_updated,
        ):
            signal.connect(self._on_bridge_counts_changed)

    def open_conversation(self, conversation: bytes) -> None:
        self.chat.open(conversation)
        self.right.setCurrentWidget(self.chat)
        self.conversations.select(conversation, emit=False)

    def _on_search_result_selected(self, conversation: bytes, uid: bytes) -> None:
        self.open_conversation(conversation)
        model = self.chat.model
        row = model.load_around(uid) if model is not None else None
        if model is not None and row is not None:
            self.chat.list.doItemsLayout()
            self.chat.list.scrollTo(model.index(row), QAbstractItemView.ScrollHint.PositionAtCenter)
            self.chat.list.setCurrentIndex(model.index(row))

    def message_actor(self, actor: bytes) -> None:
        """Open the one-to-one chat with `actor`, creating it if needed."""
        self.tasks.run(self._message_actor(actor))

    async def _message_actor(self, actor: bytes) -> None:
        conversation = await self.service.open_direct(actor)
        self.conversations.refresh()
        self.open_conversation(conversation)

    def new_group(self) -> NewGroupDialog:
        dialog = NewGroupDialog(self.service, self)
        dialog.created.connect(self._on_group_created)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _on_group_created(self, group_id: bytes) -> None:
        self.conversations.refresh()
        self.open_conversation(group_id)

    def group_info(self, group_id: bytes) -> GroupInfoDialog:
        dialog = GroupInfoDialog(self.service, self.bridge, group_id, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def verify(self, actor: bytes) -> VerificationDialog:
        dialog = self._dialog(actor)
        dialog.start()
        return dialog

    def _dialog(self, actor: bytes) -> VerificationDialog:
        dialog = self.dialogs.get(actor)
        if dialog is None:
            dialog = VerificationDialog(self.service, self.bridge, actor, self)
            dialog.finished.connect(lambda _r, a=actor: self.dialogs.pop(a, None))
            dialog.finished.connect(dialog.deleteLater)  # parented to the page: it would live as long as the app
            self.dialogs[actor] = dialog
        dialog.open()
        return dialog

    def _on_bridge_verification_updated(self, event: VerificationUpdated) -> None:
        if event.state is FlowState.REQUESTED and event.peer not in self.dialogs:
            self._dialog(event.peer).attach(event.flow_id)

    def _on_bridge_counts_changed(self, *_args: object) -> None:
        self.unread_changed.emit(self.service.unread_total())
