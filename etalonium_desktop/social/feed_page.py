"""The Feed section: Following, Hot, Trending, New and For you, ranked on this machine from verified posts,
with "Why am I seeing this?" on every item, voting in place, and the post and compose dialogs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from etalonium_desktop.ui import i18n, widgets
from etalonium_desktop.ui.i18n import QT_TRANSLATE_NOOP

from .compose_dialog import ComposeDialog
from .feed_view import FeedModel, FeedView, PostDelegate, ThumbnailLoader
from .notifications_view import NotificationsDialog, unread_label
from .post_dialog import PostDialog
from .ranking import Feed, Why, explain
from .service import SocialError, SocialService

FEEDS = (Feed.FOR_YOU, Feed.FOLLOWING, Feed.HOT, Feed.TRENDING, Feed.NEW)
#: The tabs' names, translated where they are shown.
_TAB_LABELS = {
    Feed.FOR_YOU: QT_TRANSLATE_NOOP("FeedPage", "For you"),
    Feed.FOLLOWING: QT_TRANSLATE_NOOP("FeedPage", "Following"),
    Feed.HOT: QT_TRANSLATE_NOOP("FeedPage", "Hot"),
    Feed.TRENDING: QT_TRANSLATE_NOOP("FeedPage", "Trending"),
    Feed.NEW: QT_TRANSLATE_NOOP("FeedPage", "New"),
}


class WhyDialog(QDialog):
    """Why a post is in this feed: the reasons and the formula with its terms."""

    hide_requested = Signal()

    def __init__(self, why: Why, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Why am I seeing this?"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.headline = QLabel(why.headline)
        self.headline.setObjectName("PageTitle")
        layout.addWidget(self.headline)
        self.reasons = [QLabel(f"• {reason}") for reason in why.reasons]
        for label in self.reasons:
            label.setWordWrap(True)
            layout.addWidget(label)
        self.formula = widgets.subtle(why.formula)
        self.formula.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.formula)
        layout.addWidget(
            widgets.subtle(self.tr("Ranked on this computer from posts and votes proven against the chain."))
        )
        buttons = QDialogButtonBox()
        self.hide_button = buttons.addButton(self.tr("Not interested: hide it"), QDialogButtonBox.ButtonRole.ActionRole)
        self.hide_button.setAccessibleName(self.tr("Hide this post"))
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        self.hide_button.clicked.connect(self.hide_requested.emit)
        self.hide_button.clicked.connect(self.accept)
        layout.addWidget(buttons)


class FeedPage(QWidget):
    """The feed section. `FeedPage(session)`; the service is shared with the other social screens."""

    #: Emitted after the list was (re-)ranked, with the feed's name.
    ranked = Signal(str)

    def __init__(self, session: Any, *, service: SocialService | None = None) -> None:
        super().__init__()
        self.session = session
        self.service = service if service is not None else SocialService.of(session)
        self.loader = ThumbnailLoader(self.service.thumbnails, session.spawn)
        self.current = Feed.FOR_YOU
        self.dialogs: list[QDialog] = []

        root = QVBoxLayout(self)
        root.setContentsMargins(28, 24, 28, 12)
        root.setSpacing(10)
        header = QHBoxLayout()
        header.addWidget(widgets.title(self.tr("Feed")))
        header.addStretch(1)
        self.notices_button = widgets.button(unread_label(self.service.notifications.unread))
        self.notices_button.setAccessibleName(self.tr("Notifications"))
        header.addWidget(self.notices_button)
        self.compose_button = widgets.primary_button(self.tr("New post"))
        self.compose_button.setShortcut("Ctrl+N")
        header.addWidget(self.compose_button)
        root.addLayout(header)

        bar = QHBoxLayout()
        self.tabs = QTabBar()
        self.tabs.setAccessibleName(self.tr("Feeds"))
        self.tabs.setDrawBase(False)
        for feed in FEEDS:
            self.tabs.addTab(self.tr(_TAB_LABELS[feed]))
        bar.addWidget(self.tabs)
        bar.addStretch(1)
        self.status = widgets.status_label("", "subtle")
        self.status.setWordWrap(False)
        bar.addWidget(self.status)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(140)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Indexing progress"))
        bar.addWidget(self.progress)
        root.addLayout(bar)

        self.stack = QStackedWidget()
        self.empty = widgets.subtle("")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view = FeedView()
        self.model = FeedModel(self.service, self.loader)
        self.delegate = PostDelegate(self.view)
        self.view.setModel(self.model)
        self.view.setItemDelegate(self.delegate)
        column = QHBoxLayout()
        column.addStretch(1)
        column.addWidget(self.view, 12)
        column.addStretch(1)
        holder = QWidget()
        holder.setLayout(column)
        column.setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(holder)
        self.stack.addWidget(self.empty)
        root.addWidget(self.stack, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        self.tabs.currentChanged.connect(lambda i: self.show_feed(FEEDS[i]))
        self.compose_button.clicked.connect(self.open_compose)
        self.notices_button.clicked.connect(self.open_notifications)
        self.delegate.vote_clicked.connect(lambda row, value: self.session.spawn(self.vote_row(row, value)))
        self.delegate.why_clicked.connect(self.show_why)
        self.delegate.open_clicked.connect(lambda row: self.open_post(self.model.post_id(row)))
        self.service.on_change(self._on_service_change, self)
        self.refresh()

    # -- showing ---------------------------------------------------------------------------------------------
    def _on_service_change(self, what: str) -> None:
        if what in ("posts", "profile", "progress", "error"):
            self._timer.start()
        if what == "notices":
            self.notices_button.setText(unread_label(self.service.notifications.unread))

    def show_feed(self, feed: Feed) -> None:
        self.current = feed
        if self.tabs.currentIndex() != FEEDS.index(feed):
            self.tabs.setCurrentIndex(FEEDS.index(feed))
        self.refresh()
        self.view.scrollToTop()

    def refresh(self) -> None:
        """Rank the current feed again, keeping the post at the top of the view in place."""
        anchor = self.view.indexAt(self.view.rect().topLeft())
        anchor_id = self.model.post_id(anchor.row()) if anchor.isValid() else None
        viewer = self.service.viewer()
        feed = self.service.feed(self.current, viewer)
        self.model.set_feed(feed, viewer)
        if anchor_id is not None:
            row = self.model.row_of(anchor_id)
            if row is not None:
                self.view.scrollTo(self.model.index(row), FeedView.ScrollHint.PositionAtTop)
        self._show_status(len(feed))
        self.ranked.emit(self.current.value)

    def _show_status(self, count: int) -> None:
        service = self.service
        done, total = service.progress
        self.progress.setVisible(total > 0 and done < total)
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        parts = [self.tr("%n post(s)", "", count)]
        if service.verified_height:
            parts.append(self.tr("verified at height {height}").format(height=i18n.number(service.verified_height)))
        if total and done < total:
            parts.append(
                self.tr("reading the chain: {done} of {total} blocks").format(
                    done=i18n.number(done), total=i18n.number(total)
                )
            )
        if service.error:
            self.status.setText(service.error)
            widgets.set_role(self.status, "stale")
        else:
            self.status.setText(" · ".join(parts))
            widgets.set_role(self.status, "subtle")
        if count:
            self.stack.setCurrentIndex(0)
        else:
            self.empty.setText(
                self.tr("Nobody you follow has posted yet. Follow people from their posts in Hot or For you.")
                if self.current is Feed.FOLLOWING
                else self.tr("No posts found yet. New posts appear as soon as a block with them is verified.")
            )
            self.stack.setCurrentIndex(1)

    # -- acting ------------------------------------------------------------------------------------------------
    async def vote_row(self, row: int, value: int) -> None:
        post_id = self.model.post_id(row)
        current = self.service.my_votes.get(post_id, 0)
        try:
            await self.service.vote(post_id, 0 if current == value else value)
        except SocialError as exc:
            self.status.setText(str(exc))
            widgets.set_role(self.status, "error")

    def show_why(self, row: int) -> WhyDialog:
        assert self.model.feed is not None
        assert self.model.viewer is not None
        why = explain(
            self.service.table,
            int(self.model.feed.rows[row]),
            self.current,
            self.model.viewer,
            promoted=bool(self.model.feed.promoted[row]),
        )
        dialog = WhyDialog(why, self)
        post_id = self.model.post_id(row)
        dialog.hide_requested.connect(lambda: self.session.spawn(self.service.hide(post_id)))
        self._keep(dialog)
        dialog.open()
        return dialog

    def open_post(self, post_id: bytes) -> PostDialog:
        dialog = PostDialog(self.session, self.service, post_id, self.loader, self, feed=self.current)
        self._keep(dialog)
        dialog.open()
        return dialog

    def open_notifications(self) -> NotificationsDialog:
        dialog = NotificationsDialog(self.service, self)
        dialog.open_post.connect(self.open_post)
        self._keep(dialog)
        dialog.open()
        return dialog

    def open_compose(self) -> ComposeDialog:
        dialog = ComposeDialog(self.session, self.service, self)
        self._keep(dialog)
        dialog.open()
        return dialog

    def _keep(self, dialog: QDialog) -> None:
        """List an open dialog (the last opened is `dialogs[-1]`) and delete it once it closes: dropping the Python
        reference is not enough, the page is its Qt parent."""
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _r: self._forget(dialog))
        widgets.delete_when_closed(dialog, lambda: getattr(dialog, "task", None))

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
