"""One post: its picture, text and verified tallies, the author, comments, and every action on it (vote,
comment, follow, repost, save, hide, report, promote), with why it is in the feed."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from etalonium_desktop.ui import i18n, widgets
from lightnode.protocol import state as S
from lightnode.protocol.actions import PostKind
from lightnode.protocol.encoding import ONE_EXC

from .feed_view import ThumbnailLoader, duration_text, kind_label
from .ranking import Feed, age_text, exc_text, explain
from .reputation import BADGE_GLYPHS, display_score
from .service import SocialError, SocialService

IMAGE_EDGE = 420
#: The player is wider than a picture so that its controls (time, volume, quality) fit on one line.
PLAYER_WIDTH = 500
COMMENT_INDENT = 22
#: A thread with more replies than this starts collapsed (its count shows what is inside).
LONG_THREAD = 3
#: Deeper replies are shown at this depth (beside the comment they answer), so the text keeps its width.
MAX_DEPTH = 5
COMMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _signed(n: int) -> str:
    return ("+" if n > 0 else "") + i18n.number(n)


@dataclass
class CommentThread:
    comment_id: bytes
    record: S.CommentRecord
    replies: list[CommentThread] = field(default_factory=list)
    #: It answers a comment that is not among those proven (not found yet, or of another post).
    orphan: bool = False

    @property
    def size(self) -> int:
        """This comment and every reply under it."""
        return 1 + sum(r.size for r in self.replies)


def build_threads(comments: list[tuple[bytes, S.CommentRecord]]) -> list[CommentThread]:
    """The comments as a forest, oldest first at every level. A reply whose parent is unknown, or that
    would make a cycle (impossible on chain, but the input is not trusted here), starts its own thread;
    replies deeper than MAX_DEPTH are shown at that depth, beside the comment they answer."""
    ordered = sorted(comments, key=lambda item: item[1].created_height)
    nodes = {c: CommentThread(c, r) for c, r in ordered}
    roots: list[CommentThread] = []
    depth: dict[bytes, int] = {}
    for comment_id, record in ordered:
        node = nodes[comment_id]
        parent_id = record.reply_to
        parent = nodes.get(parent_id) if parent_id else None
        # A parent is attached before its replies (it is older), so an unplaced parent means a bad link.
        if parent is None or parent_id not in depth or parent.record.post != record.post:
            node.orphan = bool(parent_id)
            depth[comment_id] = 0
            roots.append(node)
            continue
        while depth[parent.comment_id] >= MAX_DEPTH:
            parent = nodes[parent.record.reply_to]
        depth[comment_id] = depth[parent.comment_id] + 1
        parent.replies.append(node)
    return roots


class PostDialog(QDialog):
    def __init__(
        self,
        session: Any,
        service: SocialService,
        post_id: bytes,
        loader: ThumbnailLoader,
        parent: QWidget | None = None,
        *,
        feed: Feed = Feed.FOR_YOU,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.service = service
        self.post_id = post_id
        self.loader = loader
        self.feed = feed
        self.tasks: set[asyncio.Future[Any]] = set()
        self.setWindowTitle(self.tr("Post"))
        self.resize(1000, 680)
        root = QHBoxLayout(self)
        root.setSpacing(20)

        left = QVBoxLayout()
        self.image = QLabel()
        self.image.setFixedSize(IMAGE_EDGE, IMAGE_EDGE)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setAccessibleName(self.tr("Post picture"))
        left.addWidget(self.image)
        #: The video player, made when a video post is opened (the poster shows until then).
        self.player: Any = None
        self.video_error = ""
        self._video_media = b""
        self.media_line = widgets.subtle("")
        left.addWidget(self.media_line)
        self.video_line = widgets.subtle("")
        self.video_line.setAccessibleName(self.tr("Video"))
        self.video_line.setVisible(False)
        left.addWidget(self.video_line)
        self._left = left
        self.why_title = QLabel("")
        self.why_title.setStyleSheet("font-weight: 600;")
        left.addWidget(self.why_title)
        self.why = widgets.subtle("")
        self.why.setAccessibleName(self.tr("Why am I seeing this"))
        left.addWidget(self.why)
        left.addStretch(1)
        root.addLayout(left)

        right = QVBoxLayout()
        right.setSpacing(8)
        author_row = QHBoxLayout()
        self.author = QLabel("")
        self.author.setObjectName("PageTitle")
        self.author.setAccessibleName(self.tr("Author"))
        author_row.addWidget(self.author)
        self.author_meta = widgets.subtle("")
        author_row.addWidget(self.author_meta, 1)
        self.profile_button = widgets.button(self.tr("Profile"))
        self.follow_button = widgets.button(self.tr("Follow"))
        author_row.addWidget(self.profile_button)
        author_row.addWidget(self.follow_button)
        right.addLayout(author_row)
        self.text = QLabel("")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("Post text"))
        right.addWidget(self.text)
        self.tags = QLabel("")
        self.tags.setStyleSheet("color: #8a3ffc;")
        right.addWidget(self.tags)
        self.tallies = QLabel("")
        self.tallies.setAccessibleName(self.tr("Votes"))
        self.tallies.setWordWrap(True)  # the counts' words are longer in some languages
        right.addWidget(self.tallies)
        self.proof = widgets.status_label("", "verified")
        right.addWidget(self.proof)

        actions = QHBoxLayout()
        self.up_button = widgets.button(self.tr("▲ Up"))
        self.down_button = widgets.button(self.tr("▼ Down"))
        for b in (self.up_button, self.down_button):
            b.setCheckable(True)
        self.repost_button = widgets.button(self.tr("Repost"))
        self.save_button = widgets.button(self.tr("Save"))
        self.save_button.setCheckable(True)
        self.hide_button = widgets.button(self.tr("Hide"))
        self.report_button = widgets.button(self.tr("Report…"))
        self.promote_button = widgets.button(self.tr("Promote…"))
        for b in (self.up_button, self.down_button, self.repost_button, self.save_button, self.hide_button,
                  self.report_button, self.promote_button):  # fmt: skip
            actions.addWidget(b)
        actions.addStretch(1)
        right.addLayout(actions)

        self.promote_row = QWidget()
        promote = QHBoxLayout(self.promote_row)
        promote.setContentsMargins(0, 0, 0, 0)
        self.promote_amount = QDoubleSpinBox()
        self.promote_amount.setDecimals(4)
        self.promote_amount.setRange(0.0001, 1_000_000)
        self.promote_amount.setSuffix(" ExC")
        self.promote_amount.setValue(1.0)
        self.promote_amount.setAccessibleName(self.tr("Promotion payment"))
        self.promote_blocks = QSpinBox()
        self.promote_blocks.setRange(1, 10_000_000)
        self.promote_blocks.setValue(600)
        self.promote_blocks.setSuffix(self.tr(" blocks"))
        self.promote_blocks.setAccessibleName(self.tr("Promotion length"))
        self.promote_confirm = widgets.primary_button(self.tr("Pay and promote"))
        promote.addWidget(widgets.subtle(self.tr("Pay")))
        promote.addWidget(self.promote_amount)
        promote.addWidget(widgets.subtle(self.tr("for")))
        promote.addWidget(self.promote_blocks)
        promote.addWidget(self.promote_confirm)
        promote.addStretch(1)
        self.promote_row.setVisible(False)
        right.addWidget(self.promote_row)

        self.report_row = QWidget()
        report = QHBoxLayout(self.report_row)
        report.setContentsMargins(0, 0, 0, 0)
        self.report_reason = QLineEdit()
        self.report_reason.setPlaceholderText(self.tr("What is wrong with it? (spam, stolen work, harassment…)"))
        self.report_reason.setMaxLength(500)
        self.report_reason.setAccessibleName(self.tr("Report reason"))
        self.report_confirm = widgets.button(self.tr("Send report"))
        report.addWidget(self.report_reason, 1)
        report.addWidget(self.report_confirm)
        self.report_row.setVisible(False)
        right.addWidget(self.report_row)

        self.comments_title = widgets.subtle(self.tr("Comments"))
        right.addWidget(self.comments_title)
        self.comments = QTreeWidget()
        self.comments.setAccessibleName(self.tr("Comments"))
        self.comments.setColumnCount(2)
        self.comments.setHeaderHidden(True)
        self.comments.setWordWrap(True)
        self.comments.setIndentation(COMMENT_INDENT)
        self.comments.setUniformRowHeights(False)
        self.comments.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.comments.header().setStretchLastSection(False)
        self.comments.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.comments.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        right.addWidget(self.comments, 1)
        #: The comment the next one answers (b"" for a comment on the post itself).
        self.reply_to = b""
        #: The last comment replied to (its thread is kept open).
        self._opened = b""
        self.comment_ids: list[bytes] = []
        self.reply_row = QWidget()
        reply = QHBoxLayout(self.reply_row)
        reply.setContentsMargins(0, 0, 0, 0)
        self.reply_label = widgets.subtle("")
        self.reply_cancel = widgets.button(self.tr("Cancel reply"))
        reply.addWidget(self.reply_label, 1)
        reply.addWidget(self.reply_cancel)
        self.reply_row.setVisible(False)
        right.addWidget(self.reply_row)
        comment_row = QHBoxLayout()
        self.comment_text = QLineEdit()
        self.comment_text.setPlaceholderText(self.tr("Write a comment…"))
        self.comment_text.setMaxLength(2000)
        self.comment_text.setAccessibleName(self.tr("Comment"))
        self.comment_button = widgets.primary_button(self.tr("Comment"))
        comment_row.addWidget(self.comment_text, 1)
        comment_row.addWidget(self.comment_button)
        right.addLayout(comment_row)
        self.status = widgets.status_label("", "subtle")
        right.addWidget(self.status)
        root.addLayout(right, 1)

        self.up_button.clicked.connect(lambda: self._run(self.vote(1)))
        self.down_button.clicked.connect(lambda: self._run(self.vote(-1)))
        self.repost_button.clicked.connect(lambda: self._run(self.repost()))
        self.save_button.clicked.connect(lambda: self._run(self.toggle_save()))
        self.hide_button.clicked.connect(lambda: self._run(self.hide_post()))
        self.report_button.clicked.connect(lambda: self.report_row.setVisible(not self.report_row.isVisible()))
        self.report_confirm.clicked.connect(lambda: self._run(self.send_report()))
        self.promote_button.clicked.connect(lambda: self.promote_row.setVisible(not self.promote_row.isVisible()))
        self.promote_confirm.clicked.connect(lambda: self._run(self.promote()))
        self.comment_button.clicked.connect(lambda: self._run(self.send_comment()))
        self.comment_text.returnPressed.connect(lambda: self._run(self.send_comment()))
        self.reply_cancel.clicked.connect(lambda: self.start_reply(b""))
        self.follow_button.clicked.connect(lambda: self._run(self.toggle_follow()))
        self.profile_button.clicked.connect(self.open_profile)
        # A bound method, not a lambda: Qt drops the connection when this dialog is deleted on close.
        loader.ready.connect(self._on_media_ready)
        service.on_change(self._on_service_change, self)
        self.show_post()
        self._run(self.load_comments())
        self._start_video()

    # -- showing ---------------------------------------------------------------------------------------------
    def _run(self, coro: Awaitable[Any]) -> asyncio.Future[Any]:
        task: asyncio.Future[Any] = self.session.spawn(coro)
        if not self.tasks:
            # Work still running when the widget goes away must not touch it.
            tasks = self.tasks
            self.destroyed.connect(lambda *_: [t.cancel() for t in list(tasks)])
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        return task

    def _on_service_change(self, what: str) -> None:
        if what in ("posts", "profile") and self.isVisible():
            self.show_post()
        if what == "post" and self.isVisible():
            self._run(self.load_comments())

    def show_post(self) -> None:
        proven = self.service.posts.get(self.post_id)
        if proven is None:
            self.text.setText(self.tr("This post is not known yet."))
            return
        r = proven.record
        service = self.service
        self.author.setText(service.name_of(r.author))
        reputation = service.reputations.get(r.author)
        badges = service.badges.get(r.author)
        glyphs = "".join(BADGE_GLYPHS.get(b.badge, "") for b in badges.badges) if badges else ""  # type: ignore[call-overload]
        shown = display_score(reputation.score if reputation else 0)
        self.author_meta.setText(
            f"{glyphs}  " + self.tr("reputation {score}").format(score=QLocale().toString(shown, "f", 1))
        )
        mine = r.author == service.me
        self.follow_button.setVisible(not mine)
        self.follow_button.setText(self.tr("Following ✔") if r.author in service.follows else self.tr("Follow"))
        text = r.text
        if r.repost_of:
            original = service.posts.get(r.repost_of)
            quoted = (
                f"{service.name_of(original.record.author)}: {original.record.text}" if original else self.tr("a post")
            )
            text = (text + "\n\n" + self.tr("Reposted — {post}").format(post=quoted)).strip()
        self.text.setText(text or self.tr("(no text)"))
        self.tags.setText("  ".join(f"#{t}" for t in r.tags))
        age = age_text(int(time.time() * 1000) - r.created_time_ms)
        where = f" · {r.place}" if r.place else ""
        self.media_line.setText(
            self.tr("{kind} · %n media · posted {age}", "", len(r.media)).format(kind=kind_label(r.kind), age=age)
            + where
        )
        self.tallies.setText(
            f"▲ {i18n.number(r.up)}   ▼ {i18n.number(r.down)}   "
            + self.tr("weight {score} (by the voters' reputation)").format(score=_signed(r.score))
            + "   ·   "
            + "   ·   ".join(
                (
                    self.tr("%n comment(s)", "", r.comments),
                    self.tr("%n repost(s)", "", r.reposts),
                    self.tr("%n report(s)", "", r.reports),
                )
            )
        )
        promo = proven.promotion
        promoted = promo is not None and promo.until_height >= service.verified_height
        note = ""
        if promo is not None and promoted:
            note = " · " + self.tr("Promoted until height {height} ({amount} paid)").format(
                height=i18n.number(promo.until_height), amount=exc_text(promo.total_paid)
            )
        self.proof.setText(
            self.tr("✔ Verified by proof at height {height}").format(height=i18n.number(proven.height)) + note
        )
        vote = service.my_votes.get(self.post_id, 0)
        self.up_button.setChecked(vote > 0)
        self.down_button.setChecked(vote < 0)
        for b in (self.up_button, self.down_button, self.report_button, self.hide_button):
            b.setEnabled(not mine)
        self.save_button.setChecked(self.post_id in service.saved)
        self.save_button.setText(self.tr("Saved ✔") if self.post_id in service.saved else self.tr("Save"))
        row = service.table.row(self.post_id)
        if row is not None:
            why = explain(service.table, row, self.feed, service.viewer(), promoted=promoted)
            self.why_title.setText(self.tr("Why am I seeing this? {reason}").format(reason=why.headline))
            self.why.setText("\n".join(f"• {reason}" for reason in why.reasons) + f"\n{why.formula}")
        self._show_image()

    # -- video -----------------------------------------------------------------------------------------------
    def _start_video(self) -> None:
        proven = self.service.posts.get(self.post_id)
        if proven is None or proven.record.kind != PostKind.VIDEO or not proven.record.media or self._video_media:
            return
        self._video_media = proven.record.media[0]
        if self.loader.source is None:
            self._video_failed(self.tr("This video cannot be played offline."))
            return
        self._run(self.play_video())

    async def play_video(self) -> bool:
        """Fetch the video's media index (checked) and stream the best rendition that fits from the nodes'
        blob stores in the media player, with a quality switch when there are several renditions."""
        from etalonium_desktop.media.errors import MediaError
        from etalonium_desktop.media.index import MediaKind
        from etalonium_desktop.media.player_widget import PlayerWidget

        source = self.loader.source
        assert source is not None
        self.video_line.setText(self.tr("Loading the video…"))
        self.video_line.setVisible(True)
        try:
            index = await source.media_index(self._video_media)
        except (MediaError, aiohttp.ClientError, OSError, TimeoutError) as exc:
            self._video_failed(self.tr("The video could not be loaded: {reason}").format(reason=exc))
            return False
        if index.kind != MediaKind.VIDEO:
            self._video_failed(self.tr("This post's media is a picture, not a video."))
            return False
        fetcher = source.fetcher()
        if fetcher is None:
            self._video_failed(self.tr("No node is reachable to stream this video from."))
            return False
        player = PlayerWidget(self)
        player.setFixedSize(PLAYER_WIDTH, IMAGE_EDGE)
        player.failed.connect(self._video_failed)
        self.image.setVisible(False)
        self._left.insertWidget(self._left.indexOf(self.image) + 1, player)
        self.player = player
        player.open_blob(fetcher, index, asyncio.get_running_loop())
        qualities = len(index.renditions)
        choice = " · " + self.tr("%n qualities", "", qualities) if qualities > 1 else ""
        self.video_line.setText(
            f"▶ {duration_text(index.duration_ms)}{choice} · " + self.tr("streamed, every chunk checked")
        )
        return True

    def _video_failed(self, message: str) -> None:
        self.video_error = message
        self.video_line.setText(self.tr("The video cannot be played."))
        self.video_line.setVisible(True)
        self.status.setText(message)
        widgets.set_role(self.status, "error")

    def done(self, result: int) -> None:
        # The decoder thread and the audio output stop with the dialog, not when Python collects it.
        if self.player is not None:
            self.player.close_media()
        super().done(result)

    def _on_media_ready(self, _media: object) -> None:
        self._show_image()

    def _show_image(self) -> None:
        proven = self.service.posts.get(self.post_id)
        image: QImage | None = None
        if proven is not None and proven.record.media:
            image = self.loader.image(proven.record.media[0])
        if image is None:
            palette = proven.record.palette if proven else ()
            colour = f"#{palette[0]:06x}" if palette else "#cdb7f5"
            self.image.setPixmap(QPixmap())
            self.image.setText(self.tr("Loading the picture…") if proven and proven.record.media else "")
            self.image.setStyleSheet(f"background: {colour}; border-radius: 12px; color: white;")
            return
        self.image.setStyleSheet("")
        pixmap = QPixmap.fromImage(image).scaled(
            IMAGE_EDGE,
            IMAGE_EDGE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.image.setPixmap(pixmap)

    async def load_comments(self) -> None:
        comments = await self.service.comments_of(self.post_id)
        self.show_comments(comments)

    def show_comments(self, comments: list[tuple[bytes, S.CommentRecord]]) -> None:
        """Lay the proven comments out as threads: each reply under the comment it answers (its `reply_to`
        in the proven record), oldest first; long threads start collapsed with their size shown."""
        expanded = {
            bytes(item.data(0, COMMENT_ID_ROLE))
            for item in self.comment_items()
            if item.isExpanded() and item.data(0, COMMENT_ID_ROLE)
        }
        first_load = not self.comments.topLevelItemCount() or not self.comment_items()[0].data(0, COMMENT_ID_ROLE)
        self.comments.clear()
        self.comment_ids = [c for c, _ in comments]
        threads = build_threads(comments)
        self.comments_title.setText(
            self.tr("Comments ({count})").format(count=i18n.number(len(comments))) if comments else self.tr("Comments")
        )
        if not comments:
            self.comments.addTopLevelItem(QTreeWidgetItem([self.tr("No comments yet.")]))
            return
        for thread in threads:
            self._add_comment(None, thread, expanded, first_load)

    def _add_comment(
        self, parent: QTreeWidgetItem | None, node: CommentThread, expanded: set[bytes], first_load: bool
    ) -> None:
        record = node.record
        text = f"{self.service.name_of(record.author)}: {record.text}"
        if node.orphan:
            text += "  " + self.tr("(a reply to a comment not found)")
        replies = node.size - 1
        if node.replies and replies:
            text += "   · " + self.tr("%n reply(-ies)", "", replies)
        item = QTreeWidgetItem([text, ""])
        item.setData(0, COMMENT_ID_ROLE, node.comment_id)
        item.setToolTip(0, self.tr("Proven comment, block {height}").format(height=i18n.number(record.created_height)))
        if parent is None:
            self.comments.addTopLevelItem(item)
        else:
            parent.addChild(item)
        button = QPushButton(self.tr("Reply"))
        button.setFlat(True)
        button.setAccessibleName(self.tr("Reply to {name}").format(name=self.service.name_of(record.author)))
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        comment_id = node.comment_id
        button.clicked.connect(lambda: self.start_reply(comment_id))
        self.comments.setItemWidget(item, 1, button)
        for child in node.replies:
            self._add_comment(item, child, expanded, first_load)
        if node.replies:
            long_thread = node.size - 1 > LONG_THREAD
            item.setExpanded(comment_id in expanded or (first_load and not long_thread) or comment_id == self._opened)

    def comment_items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        stack = [self.comments.topLevelItem(i) for i in range(self.comments.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            if item is None:
                continue
            found.append(item)
            stack[0:0] = [item.child(i) for i in range(item.childCount())]
        return found

    def comment_lines(self) -> list[tuple[int, str]]:
        """(depth, text) of every comment shown, in display order (for tests and accessibility)."""
        lines: list[tuple[int, str]] = []
        for item in self.comment_items():
            depth, up = 0, item.parent()
            while up is not None:
                depth, up = depth + 1, up.parent()
            lines.append((depth, item.text(0)))
        return lines

    def start_reply(self, comment_id: bytes) -> None:
        """Answer `comment_id` with the next comment (b"": comment on the post itself)."""
        record = self.service.comment_records.get(comment_id) if comment_id else None
        self.reply_to = comment_id if record is not None else b""
        if record is None:
            self.reply_row.setVisible(False)
            self.comment_text.setPlaceholderText(self.tr("Write a comment…"))
            self.comment_button.setText(self.tr("Comment"))
            return
        excerpt = record.text if len(record.text) <= 60 else record.text[:59] + "…"
        self.reply_label.setText(
            self.tr("Replying to {name}: “{excerpt}”").format(name=self.service.name_of(record.author), excerpt=excerpt)
        )
        self.reply_row.setVisible(True)
        self.comment_text.setPlaceholderText(self.tr("Write a reply…"))
        self.comment_button.setText(self.tr("Reply"))
        self.comment_text.setFocus()

    # -- acting ------------------------------------------------------------------------------------------------
    async def _act(self, busy: str, done: str, action: Awaitable[Any]) -> bool:
        self.status.setText(busy)
        widgets.set_role(self.status, "subtle")
        try:
            await action
        except SocialError as exc:
            self.status.setText(str(exc))
            widgets.set_role(self.status, "error")
            return False
        self.status.setText(done)
        widgets.set_role(self.status, "verified")
        self.show_post()
        return True

    async def vote(self, value: int) -> bool:
        current = self.service.my_votes.get(self.post_id, 0)
        target = 0 if current == value else value
        done = {
            1: self.tr("✔ Up-voted; the tally above is proven."),
            -1: self.tr("✔ Down-voted; the tally above is proven."),
            0: self.tr("✔ Vote withdrawn; the tally above is proven."),
        }[target]
        return await self._act(self.tr("Voting…"), done, self.service.vote(self.post_id, target))

    async def send_comment(self) -> bool:
        text = self.comment_text.text().strip()
        if not text:
            return False
        self.comment_button.setEnabled(False)
        reply_to = self.reply_to
        busy, done = (
            (self.tr("Sending the reply…"), self.tr("✔ Replied."))
            if reply_to
            else (self.tr("Sending the comment…"), self.tr("✔ Commented."))
        )
        try:
            ok = await self._act(busy, done, self.service.comment(self.post_id, text, reply_to))
        finally:
            self.comment_button.setEnabled(True)
        if ok:
            self.comment_text.clear()
            # The thread answered stays open to show the reply.
            self._opened = reply_to
            self.start_reply(b"")
            await self.load_comments()
        return ok

    async def toggle_follow(self) -> bool:
        proven = self.service.posts.get(self.post_id)
        if proven is None:
            return False
        author = proven.record.author
        on = author not in self.service.follows
        name = self.service.name_of(author)
        done = (self.tr("✔ You follow {name}.") if on else self.tr("✔ You no longer follow {name}.")).format(name=name)
        return await self._act(self.tr("Updating…"), done, self.service.follow(author, on))

    async def repost(self) -> bool:
        return await self._act(
            self.tr("Reposting…"), self.tr("✔ Reposted to your followers."), self.service.repost(self.post_id)
        )

    async def toggle_save(self) -> bool:
        on = self.post_id not in self.service.saved
        done = self.tr("✔ Saved on this computer.") if on else self.tr("Removed from saved.")
        return await self._act("", done, self.service.save(self.post_id, on))

    async def hide_post(self) -> bool:
        ok = await self._act("", self.tr("Hidden from your feeds."), self.service.hide(self.post_id))
        if ok:
            self.accept()
        return ok

    async def send_report(self) -> bool:
        reason = self.report_reason.text().strip()
        if not reason:
            self.status.setText(self.tr("Say what is wrong with it, so others can judge the report."))
            widgets.set_role(self.status, "error")
            return False
        ok = await self._act(
            self.tr("Reporting…"),
            self.tr("✔ Reported; it is hidden from your feeds."),
            self.service.report(self.post_id, reason),
        )
        if ok:
            self.report_row.setVisible(False)
        return ok

    async def promote(self) -> bool:
        amount = round(self.promote_amount.value() * 10_000) * (ONE_EXC // 10_000)
        blocks = self.promote_blocks.value()
        price = self.service.params.get("promotion_price_per_block") * blocks
        if amount < price:
            self.status.setText(
                self.tr("Promoting for %n block(s) costs at least {amount}.", "", blocks).format(amount=exc_text(price))
            )
            widgets.set_role(self.status, "error")
            return False
        ok = await self._act(
            self.tr("Paying for the promotion…"),
            self.tr("✔ Promoted: {amount} went to the reward pool.").format(amount=exc_text(amount)),
            self.service.promote(self.post_id, amount, blocks),
        )
        if ok:
            self.promote_row.setVisible(False)
        return ok

    def open_profile(self) -> QDialog | None:
        proven = self.service.posts.get(self.post_id)
        if proven is None:
            return None
        from .profile_view import ProfileDialog

        dialog = ProfileDialog(self.session, self.service, proven.record.author, self.loader, self)
        widgets.delete_when_closed(dialog)
        dialog.open()
        return dialog


__all__ = ["PostDialog"]
