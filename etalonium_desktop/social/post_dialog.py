"""One post: its picture, text and verified tallies, the author, comments, and every action on it (vote,
comment, follow, repost, save, hide, report, promote), with why it is in the feed."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from etalonium_desktop.ui import widgets
from lightnode.protocol.encoding import ONE_EXC

from .feed_view import ThumbnailLoader, kind_label
from .ranking import Feed, age_text, exc_text, explain
from .reputation import BADGE_GLYPHS, display_score
from .service import SocialError, SocialService

IMAGE_EDGE = 420


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


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
        self.setWindowTitle("Post")
        self.resize(1000, 680)
        root = QHBoxLayout(self)
        root.setSpacing(20)

        left = QVBoxLayout()
        self.image = QLabel()
        self.image.setFixedSize(IMAGE_EDGE, IMAGE_EDGE)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setAccessibleName("Post picture")
        left.addWidget(self.image)
        self.media_line = widgets.subtle("")
        left.addWidget(self.media_line)
        self.why_title = QLabel("")
        self.why_title.setStyleSheet("font-weight: 600;")
        left.addWidget(self.why_title)
        self.why = widgets.subtle("")
        self.why.setAccessibleName("Why am I seeing this")
        left.addWidget(self.why)
        left.addStretch(1)
        root.addLayout(left)

        right = QVBoxLayout()
        right.setSpacing(8)
        author_row = QHBoxLayout()
        self.author = QLabel("")
        self.author.setObjectName("PageTitle")
        self.author.setAccessibleName("Author")
        author_row.addWidget(self.author)
        self.author_meta = widgets.subtle("")
        author_row.addWidget(self.author_meta, 1)
        self.profile_button = widgets.button("Profile")
        self.follow_button = widgets.button("Follow")
        author_row.addWidget(self.profile_button)
        author_row.addWidget(self.follow_button)
        right.addLayout(author_row)
        self.text = QLabel("")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName("Post text")
        right.addWidget(self.text)
        self.tags = QLabel("")
        self.tags.setStyleSheet("color: #8a3ffc;")
        right.addWidget(self.tags)
        self.tallies = QLabel("")
        self.tallies.setAccessibleName("Votes")
        right.addWidget(self.tallies)
        self.proof = widgets.status_label("", "verified")
        right.addWidget(self.proof)

        actions = QHBoxLayout()
        self.up_button = widgets.button("▲ Up")
        self.down_button = widgets.button("▼ Down")
        for b in (self.up_button, self.down_button):
            b.setCheckable(True)
        self.repost_button = widgets.button("Repost")
        self.save_button = widgets.button("Save")
        self.save_button.setCheckable(True)
        self.hide_button = widgets.button("Hide")
        self.report_button = widgets.button("Report…")
        self.promote_button = widgets.button("Promote…")
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
        self.promote_amount.setAccessibleName("Promotion payment")
        self.promote_blocks = QSpinBox()
        self.promote_blocks.setRange(1, 10_000_000)
        self.promote_blocks.setValue(600)
        self.promote_blocks.setSuffix(" blocks")
        self.promote_blocks.setAccessibleName("Promotion length")
        self.promote_confirm = widgets.primary_button("Pay and promote")
        promote.addWidget(widgets.subtle("Pay"))
        promote.addWidget(self.promote_amount)
        promote.addWidget(widgets.subtle("for"))
        promote.addWidget(self.promote_blocks)
        promote.addWidget(self.promote_confirm)
        promote.addStretch(1)
        self.promote_row.setVisible(False)
        right.addWidget(self.promote_row)

        self.report_row = QWidget()
        report = QHBoxLayout(self.report_row)
        report.setContentsMargins(0, 0, 0, 0)
        self.report_reason = QLineEdit()
        self.report_reason.setPlaceholderText("What is wrong with it? (spam, stolen work, harassment…)")
        self.report_reason.setMaxLength(500)
        self.report_reason.setAccessibleName("Report reason")
        self.report_confirm = widgets.button("Send report")
        report.addWidget(self.report_reason, 1)
        report.addWidget(self.report_confirm)
        self.report_row.setVisible(False)
        right.addWidget(self.report_row)

        right.addWidget(widgets.subtle("Comments"))
        self.comments = QListWidget()
        self.comments.setAccessibleName("Comments")
        self.comments.setWordWrap(True)
        right.addWidget(self.comments, 1)
        comment_row = QHBoxLayout()
        self.comment_text = QLineEdit()
        self.comment_text.setPlaceholderText("Write a comment…")
        self.comment_text.setMaxLength(2000)
        self.comment_text.setAccessibleName("Comment")
        self.comment_button = widgets.primary_button("Comment")
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
        self.follow_button.clicked.connect(lambda: self._run(self.toggle_follow()))
        self.profile_button.clicked.connect(self.open_profile)
        loader.ready.connect(lambda _media: self._show_image())
        service.on_change(self._on_service_change, self)
        self.show_post()
        self._run(self.load_comments())

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
            self.text.setText("This post is not known yet.")
            return
        r = proven.record
        service = self.service
        self.author.setText(service.name_of(r.author))
        reputation = service.reputations.get(r.author)
        badges = service.badges.get(r.author)
        glyphs = "".join(BADGE_GLYPHS.get(b.badge, "") for b in badges.badges) if badges else ""  # type: ignore[call-overload]
        shown = display_score(reputation.score if reputation else 0)
        self.author_meta.setText(f"{glyphs}  reputation {shown:.1f}")
        mine = r.author == service.me
        self.follow_button.setVisible(not mine)
        self.follow_button.setText("Following ✔" if r.author in service.follows else "Follow")
        text = r.text
        if r.repost_of:
            original = service.posts.get(r.repost_of)
            quoted = f"{service.name_of(original.record.author)}: {original.record.text}" if original else "a post"
            text = f"{text}\n\nReposted — {quoted}".strip()
        self.text.setText(text or "(no text)")
        self.tags.setText("  ".join(f"#{t}" for t in r.tags))
        age = age_text(int(time.time() * 1000) - r.created_time_ms)
        where = f" · {r.place}" if r.place else ""
        self.media_line.setText(f"{kind_label(r.kind)} · {len(r.media)} media · posted {age}{where}")
        self.tallies.setText(
            f"▲ {r.up}   ▼ {r.down}   weight {r.score:+,} (by the voters' reputation)   ·   "
            f"{_count(r.comments, 'comment')}   ·   {_count(r.reposts, 'repost')}   ·   {_count(r.reports, 'report')}"
        )
        promo = proven.promotion
        promoted = promo is not None and promo.until_height >= service.verified_height
        note = ""
        if promo is not None and promoted:
            note = f" · Promoted until height {promo.until_height:,} ({exc_text(promo.total_paid)} paid)"
        self.proof.setText(f"✔ Verified by proof at height {proven.height:,}{note}")
        vote = service.my_votes.get(self.post_id, 0)
        self.up_button.setChecked(vote > 0)
        self.down_button.setChecked(vote < 0)
        for b in (self.up_button, self.down_button, self.report_button, self.hide_button):
            b.setEnabled(not mine)
        self.save_button.setChecked(self.post_id in service.saved)
        self.save_button.setText("Saved ✔" if self.post_id in service.saved else "Save")
        row = service.table.row(self.post_id)
        if row is not None:
            why = explain(service.table, row, self.feed, service.viewer(), promoted=promoted)
            self.why_title.setText(f"Why am I seeing this? {why.headline}")
            self.why.setText("\n".join(f"• {reason}" for reason in why.reasons) + f"\n{why.formula}")
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
            self.image.setText("Loading the picture…" if proven and proven.record.media else "")
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
        self.comments.clear()
        for _comment_id, record in comments:
            self.comments.addItem(f"{self.service.name_of(record.author)}: {record.text}")
        if not comments:
            self.comments.addItem("No comments yet.")

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
        label = {1: "Up-voted", -1: "Down-voted", 0: "Vote withdrawn"}[target]
        return await self._act(
            "Voting…", f"✔ {label}; the tally above is proven.", self.service.vote(self.post_id, target)
        )

    async def send_comment(self) -> bool:
        text = self.comment_text.text().strip()
        if not text:
            return False
        self.comment_button.setEnabled(False)
        try:
            ok = await self._act("Sending the comment…", "✔ Commented.", self.service.comment(self.post_id, text))
        finally:
            self.comment_button.setEnabled(True)
        if ok:
            self.comment_text.clear()
            await self.load_comments()
        return ok

    async def toggle_follow(self) -> bool:
        proven = self.service.posts.get(self.post_id)
        if proven is None:
            return False
        author = proven.record.author
        on = author not in self.service.follows
        name = self.service.name_of(author)
        done = f"✔ You follow {name}." if on else f"✔ You no longer follow {name}."
        return await self._act("Updating…", done, self.service.follow(author, on))

    async def repost(self) -> bool:
        return await self._act("Reposting…", "✔ Reposted to your followers.", self.service.repost(self.post_id))

    async def toggle_save(self) -> bool:
        on = self.post_id not in self.service.saved
        return await self._act("", "✔ Saved on this computer." if on else "Removed from saved.",
                               self.service.save(self.post_id, on))  # fmt: skip

    async def hide_post(self) -> bool:
        ok = await self._act("", "Hidden from your feeds.", self.service.hide(self.post_id))
        if ok:
            self.accept()
        return ok

    async def send_report(self) -> bool:
        reason = self.report_reason.text().strip()
        if not reason:
            self.status.setText("Say what is wrong with it, so others can judge the report.")
            widgets.set_role(self.status, "error")
            return False
        ok = await self._act("Reporting…", "✔ Reported; it is hidden from your feeds.",
                             self.service.report(self.post_id, reason))  # fmt: skip
        if ok:
            self.report_row.setVisible(False)
        return ok

    async def promote(self) -> bool:
        amount = round(self.promote_amount.value() * 10_000) * (ONE_EXC // 10_000)
        blocks = self.promote_blocks.value()
        price = self.service.params.get("promotion_price_per_block") * blocks
        if amount < price:
            self.status.setText(f"Promoting for {blocks:,} blocks costs at least {exc_text(price)}.")
            widgets.set_role(self.status, "error")
            return False
        ok = await self._act(
            "Paying for the promotion…",
            f"✔ Promoted: {exc_text(amount)} went to the reward pool.",
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
        dialog.open()
        return dialog


__all__ = ["PostDialog"]
