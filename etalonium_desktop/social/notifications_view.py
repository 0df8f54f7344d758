"""The notifications list: rewards, badges, promotions and replies, newest first, each with the block it was
proven at; unread ones are marked until the list has been seen."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from etalonium_desktop.ui import i18n, widgets

from .notifications import Notice, NoticeKind
from .ranking import age_text
from .service import SocialService

#: Symbols every desktop font has (colour emoji are missing on many Linux systems).
GLYPHS = {NoticeKind.REWARD: "¤", NoticeKind.BADGE: "★", NoticeKind.PROMOTED: "▲", NoticeKind.REPLY: "↩"}
POST_ROLE = Qt.ItemDataRole.UserRole + 1


def unread_label(count: int) -> str:
    if not count:
        return QCoreApplication.translate("NotificationsDialog", "Notifications")
    return QCoreApplication.translate("NotificationsDialog", "Notifications ({count})").format(count=i18n.number(count))


class NotificationsDialog(QDialog):
    """Opening the list marks everything read; what was unread stays marked (●) while it is open."""

    #: A notice about a post was activated: its post id.
    open_post = Signal(bytes)

    def __init__(self, service: SocialService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Notifications"))
        self.resize(560, 520)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.heading = widgets.title(self.tr("Notifications"))
        layout.addWidget(self.heading)
        layout.addWidget(
            widgets.subtle(
                self.tr("Rewards, badges, promotions of your posts and replies to you, each proven against the chain.")
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Notifications"))
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.itemActivated.connect(self._activated)
        self.fill()
        service.mark_notices_read()

    def fill(self) -> None:
        self.list.clear()
        notices = self.service.notifications.notices
        if not notices:
            item = QListWidgetItem(self.tr("Nothing yet. Rewards, badges and replies to you will show here."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
            return
        now = int(time.time() * 1000)
        for notice in notices:
            self.list.addItem(self._item(notice, now))

    @staticmethod
    def _item(notice: Notice, now_ms: int) -> QListWidgetItem:
        mark = "● " if not notice.read else ""
        age = age_text(max(0, now_ms - notice.created_ms))
        item = QListWidgetItem(
            f"{mark}{GLYPHS.get(notice.kind, '•')}  {notice.title}\n{notice.text}\n"
            + QCoreApplication.translate("NotificationsDialog", "✔ proven at height {height} · {age}").format(
                height=i18n.number(notice.height), age=age
            )
        )
        if not notice.read:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
        if notice.post:
            item.setData(POST_ROLE, bytes.fromhex(notice.post))
            item.setToolTip(QCoreApplication.translate("NotificationsDialog", "Open the post"))
        return item

    def _activated(self, item: QListWidgetItem) -> None:
        post = item.data(POST_ROLE)
        if isinstance(post, bytes) and post:
            self.open_post.emit(post)

    def lines(self) -> list[str]:
        """The items' text, in order (for tests and accessibility)."""
        return [self.list.item(i).text() for i in range(self.list.count())]


__all__ = ["NotificationsDialog", "unread_label"]
