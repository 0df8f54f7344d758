"""The feed list with 10,000 posts: it scrolls smoothly (fixed rows, items built only when painted), asks for
thumbnails only for the rows on screen, labels promoted posts, and routes clicks to voting, why and opening."""

from __future__ import annotations

import time
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog

from etalonium_desktop.social.feed_page import FeedPage
from etalonium_desktop.social.feed_view import ROW_HEIGHT, FeedModel, PostDelegate
from etalonium_desktop.social.notifications_view import NotificationsDialog
from etalonium_desktop.social.ranking import Feed
from etalonium_desktop.social.samples import PALETTES, sample_photo
from etalonium_desktop.social.service import SocialService
from etalonium_desktop.social.thumbnails import MediaInfo
from lightnode.protocol import state as S
from lightnode.protocol.actions import PostKind

POSTS = 10_000
NOW_MS = int(time.time() * 1000)


class FakeThumbnails:
    def __init__(self) -> None:
        self.data = sample_photo(1, PALETTES["rose"], (160, 200))
        self.asked: list[bytes] = []

    async def thumbnail(self, media_id: bytes) -> bytes:
        self.asked.append(media_id)
        return self.data

    def info(self, media_id: bytes) -> MediaInfo | None:
        return None


class NotRun:
    """What `spawn` returns here: nothing runs in these tests (no event loop)."""

    def add_done_callback(self, _callback: Any) -> None:
        return None

    def cancel(self) -> bool:
        return False


class Quiet:
    """A session with no network: the service is filled by the test."""

    actor = b"\x01" * 20
    network = None
    profile = None

    def __init__(self) -> None:
        self.spawned = 0

    def spawn(self, coro: Any) -> NotRun:
        self.spawned += 1
        coro.close()
        return NotRun()


def filled_service(count: int = POSTS) -> SocialService:
    session = Quiet()
    service = SocialService(session, source=object(), persist=False)  # type: ignore[arg-type]
    authors = [bytes([2 + i % 50]) * 20 for i in range(50)]
    for i in range(count):
        post_id = i.to_bytes(32, "big")
        author = authors[i % len(authors)]
        record = S.PostRecord(
            author=author,
            kind=int(PostKind.PHOTO),
            text=f"Look {i}: linen and wool, shot in the studio.",
            tags=("ss26", f"tag{i % 40}"),
            media=(bytes([7]) * 31 + bytes([i % 256]),),
            palette=PALETTES["linen"][:3],
            repost_of=b"",
            event_time_ms=0,
            place="Paris",
            created_height=1 + i,
            created_time_ms=NOW_MS - (count - i) * 60_000,
            up=i % 17,
            down=i % 3,
            score=(i % 17) * 3,
            comments=i % 5,
            reposts=0,
            reports=0,
        )
        promotion = S.PromotionRecord(author, 10**9, 10**18, 1, author) if i % 997 == 0 else None
        service._keep_post(post_id, record, 1 + count, promotion)
    service.verified_height = 1 + count
    for author in authors:
        service.profiles[author] = S.ProfileRecord(f"Maker {author[0]}", 2, "", (), "Paris", b"", b"", 1)
        service.reputations[author] = S.Reputation(12, 12, 0, 0, 0)
    return service


@pytest.fixture
def page(qtbot: Any) -> FeedPage:
    service = filled_service()
    service._thumbnails = FakeThumbnails()
    widget = FeedPage(Quiet(), service=service)
    qtbot.add_widget(widget)
    widget.resize(1100, 800)
    widget.show()
    qtbot.wait_exposed(widget)
    return widget


def test_a_feed_of_ten_thousand_posts_scrolls_smoothly_and_loads_only_what_is_shown(
    page: FeedPage, qapp: QApplication
) -> None:
    page.show_feed(Feed.NEW)
    assert page.model.rowCount() == POSTS
    view = page.view
    bar = view.verticalScrollBar()
    assert bar.maximum() > (POSTS - 10) * ROW_HEIGHT
    frames: list[float] = []
    for step in range(0, 60):
        bar.setValue(step * bar.maximum() // 59)
        start = time.perf_counter()
        view.viewport().repaint()
        frames.append(time.perf_counter() - start)
    frames.sort()
    # A frame at the 90th percentile well under what a person notices (generous: a loaded 2-core machine).
    assert frames[int(len(frames) * 0.9)] < 0.05, frames
    # Only rows that were on screen asked for a thumbnail: a few per frame, never the whole feed.
    asked = len(page.loader.requested)
    visible = view.viewport().height() // ROW_HEIGHT + 2
    assert 0 < asked <= 60 * visible
    assert asked < POSTS // 10


def test_promoted_posts_are_labelled_and_capped_per_page(page: FeedPage) -> None:
    page.show_feed(Feed.HOT)
    model = page.model
    assert model.feed is not None
    promoted_rows = [r for r in range(model.rowCount()) if model.item(r).promoted]
    assert promoted_rows
    assert all(model.data(model.index(r)).startswith("Promoted. ") for r in promoted_rows)
    for first in range(0, model.rowCount(), 20):
        assert sum(1 for r in promoted_rows if first <= r < first + 20) <= 2
    page.show_feed(Feed.FOLLOWING)
    assert model.rowCount() == 0
    assert page.stack.currentIndex() == 1
    assert "Follow people" in page.empty.text()


def click(view: Any, point: QPoint) -> None:
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        event = QMouseEvent(
            kind, QPointF(point), QPointF(view.viewport().mapToGlobal(point)), Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
        QCoreApplication.sendEvent(view.viewport(), event)


def test_clicks_on_a_card_vote_explain_or_open(page: FeedPage, qtbot: Any) -> None:
    page.show_feed(Feed.NEW)
    view = page.view
    rect = view.visualRect(page.model.index(0))
    layout = PostDelegate.layout(rect)
    with qtbot.wait_signal(page.delegate.vote_clicked) as voted:
        click(view, layout.up.center())
    assert voted.args == [0, 1]
    with qtbot.wait_signal(page.delegate.why_clicked) as why:
        click(view, layout.why.center())
    assert why.args == [0]
    dialog = page.dialogs[-1]
    assert dialog.windowTitle() == "Why am I seeing this?"
    dialog.reject()
    with qtbot.wait_signal(page.delegate.open_clicked) as opened:
        click(view, layout.text.center())
    assert opened.args == [0]
    post = page.dialogs[-1]
    assert post.windowTitle() == "Post"
    assert "Look 9999" in post.text.text()  # type: ignore[attr-defined]
    post.reject()


def test_item_roles_carry_verified_figures(page: FeedPage) -> None:
    page.show_feed(Feed.NEW)
    item = page.model.data(page.model.index(0), FeedModel.ItemRole)
    assert (item.up, item.down, item.score, item.proven_height) == (9999 % 17, 9999 % 3, (9999 % 17) * 3, POSTS + 1)
    assert item.author_name.startswith("Maker")


def test_the_notifications_list_shows_the_unread_count_and_opening_it_reads_them(page: FeedPage, qtbot: Any) -> None:
    notices = page.service.notifications
    assert page.notices_button.text() == "Notifications"
    notices.start(100)
    notices.observe_rewards(S.RewardTotals(0, 0, 0, 0, 0, 0, 0), 100)
    notices.observe_rewards(S.RewardTotals(10**18, 0, 1, 10**18, 0, 0, 0), 105)
    post = (9999).to_bytes(32, "big")
    author = page.service.posts[post].record.author
    notices.observe_reply(
        b"\x0b" * 32,
        S.CommentRecord(post, author, b"\x0c" * 32, "Which mill?", 120),
        S.CommentRecord(post, page.service.me, b"", "Linen from Biella.", 110),
        page.service.me,
    )
    assert page.notices_button.text() == "Notifications (2)"
    page.notices_button.click()
    dialog = page.dialogs[-1]
    assert isinstance(dialog, NotificationsDialog)
    lines = dialog.lines()
    assert lines[0].startswith("● ↩  Maker ")
    assert "replied to you\n“Which mill?”\n✔ proven at height 120" in lines[0]
    assert lines[1].startswith("● ¤  Rewards paid for epoch 1\nYou earned 1 ExC: 1 ExC as an author.")
    assert (notices.unread, page.notices_button.text()) == (0, "Notifications")
    # A notice about a post opens it.
    with qtbot.wait_signal(dialog.open_post) as opened:
        dialog.list.itemActivated.emit(dialog.list.item(0))
    assert opened.args == [post]
    assert page.dialogs[-1].windowTitle() == "Post"
    page.dialogs[-1].reject()
    dialog.reject()
    reopened = page.open_notifications()
    assert not any(line.startswith("●") for line in reopened.lines())
    reopened.reject()


def test_closed_dialogs_are_deleted(page: FeedPage) -> None:
    """The page is the Qt parent of every dialog it opens: unless deleted when it closes, a post dialog (with its
    images and player) lives as long as the app."""

    def live_dialogs() -> int:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return len(page.findChildren(QDialog))

    page.show_feed(Feed.NEW)
    before = live_dialogs()
    for _ in range(3):
        post = page.open_post(page.model.post_id(0))
        profile = post.open_profile()
        assert profile is not None
        opened = [post, page.show_why(0), page.open_notifications(), page.open_compose()]
        assert live_dialogs() == before + 5
        assert page.dialogs == opened
        profile.reject()
        for dialog in opened:
            dialog.reject()
        assert page.dialogs == []
        assert live_dialogs() == before
        page.loader.ready.emit(b"\x00" * 32)  # the page's loader outlives them: nothing may reach a deleted one
