"""The post dialog's actions (repost, save, hide, report, promote, follow) and the new-proposal dialog, on the
real state machine through a qasync loop (no network): each click ends in proven state or a readable refusal."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QPushButton

from etalonium_desktop.media.errors import MediaError
from etalonium_desktop.social.dao_page import ProposalDialog
from etalonium_desktop.social.feed_view import ThumbnailLoader
from etalonium_desktop.social.post_dialog import LONG_THREAD, MAX_DEPTH, CommentThread, PostDialog, build_threads
from etalonium_desktop.social.service import SocialService
from lightnode.protocol import actions as A
from lightnode.protocol import state as S
from lightnode.protocol.actions import PostKind, ProposalKind
from tests.unit.media.conftest import QT_AUDIO_NOISE

from .chain_double import ChainDouble, DoubleSession, Source, record


async def settled(tasks: set[asyncio.Future[Any]]) -> None:
    while tasks:
        await asyncio.gather(*list(tasks))


def test_every_action_of_the_post_dialog_reaches_the_chain(
    qasync_loop: asyncio.AbstractEventLoop, qapp: QApplication
) -> None:
    async def scenario() -> None:
        double = ChainDouble()
        maya = double.chain.keys[1]
        post_id = double.act(maya, A.Post(PostKind.PHOTO, "look", ("ss26",), (), (0x336699,), b"", 0, "Paris"))
        session = DoubleSession(double, double.chain.keys[0])
        service = SocialService(session, Source(double), persist=False)
        while await service.step():
            pass
        dialog = PostDialog(session, service, post_id, ThumbnailLoader(None, session.spawn))
        dialog.show()
        await settled(dialog.tasks)
        assert "Verified by proof at height" in dialog.proof.text()

        dialog.follow_button.click()
        await settled(dialog.tasks)
        assert maya.actor_id in service.follows
        assert dialog.follow_button.text() == "Following ✔"

        dialog.save_button.click()
        await settled(dialog.tasks)
        assert service.saved == [post_id]

        dialog.repost_button.click()
        await settled(dialog.tasks)
        assert record(double, S.post_key(post_id), S.PostRecord).reposts == 1  # type: ignore[union-attr]

        dialog.promote_button.click()
        dialog.promote_blocks.setValue(10)
        dialog.promote_amount.setValue(0.0001)
        assert not await dialog.promote()
        assert "costs at least" in dialog.status.text()
        dialog.promote_amount.setValue(0.5)
        dialog.promote_confirm.click()
        await settled(dialog.tasks)
        assert "reward pool" in dialog.status.text()
        assert double.chain.pool(S.REWARDS_KEY) == 5 * 10**17
        assert "Promoted until height" in dialog.proof.text()

        dialog.report_button.click()
        dialog.report_confirm.click()
        await settled(dialog.tasks)
        assert "Say what is wrong" in dialog.status.text()
        dialog.report_reason.setText("stolen work")
        dialog.report_confirm.click()
        await settled(dialog.tasks)
        assert record(double, S.post_key(post_id), S.PostRecord).reports == 1  # type: ignore[union-attr]
        assert post_id in service.viewer().hidden

        dialog.hide_button.click()
        await settled(dialog.tasks)
        assert post_id in service.hidden
        assert not dialog.isVisible()

    qasync_loop.run_until_complete(asyncio.wait_for(scenario(), 60))


def test_a_new_proposal_is_checked_before_it_is_sent(qasync_loop: asyncio.AbstractEventLoop) -> None:
    async def scenario() -> None:
        double = ChainDouble()
        keys = double.chain.keys
        double.chain.earn_reputation(keys[0], keys[1:3])
        session = DoubleSession(double, keys[0])
        service = SocialService(session, Source(double), persist=False)
        dialog = ProposalDialog(session, service)
        dialog.title_edit.setText("Five promoted per page")
        dialog.parameter.setCurrentIndex(dialog.parameter.findData("promotion_cap"))
        assert "promoted posts a client shows" in dialog.parameter_doc.text()
        dialog.value.setText("500")
        assert dialog.submit() is None
        assert "must be within [0, 100]" in dialog.status.text()
        dialog.value.setText("5")
        task = dialog.submit()
        assert task is not None
        proposal_id = await task
        assert proposal_id is not None
        assert service.proposals[proposal_id].value == 5
        spend = ProposalDialog(session, service)
        spend.kind.setCurrentIndex(spend.kind.findData(int(ProposalKind.SPEND)))
        spend.title_edit.setText("Fund the show")
        spend.recipient.setText("exc1notanaddress")
        assert spend.submit() is None
        assert spend.status.text().startswith("Not yet:")

    qasync_loop.run_until_complete(asyncio.wait_for(scenario(), 60))


def _comment(
    post: bytes, text: str, height: int, reply_to: bytes = b"", author: bytes = b"\x01" * 20
) -> S.CommentRecord:
    return S.CommentRecord(post, author, reply_to, text, height)


def test_comments_become_threads_with_orphans_cycles_and_deep_replies_placed_safely() -> None:
    post, other = b"\x10" * 32, b"\x11" * 32
    ids = [bytes([i]) * 32 for i in range(1, 12)]
    comments = [
        (ids[0], _comment(post, "root", 1)),
        # A chain of replies eight deep: from MAX_DEPTH on they sit at MAX_DEPTH.
        *[(ids[i], _comment(post, f"r{i}", 1 + i, ids[i - 1])) for i in range(1, 8)],
        (ids[8], _comment(post, "lost", 20, b"\x99" * 32)),  # its parent is not among the proven ones
        (ids[9], _comment(post, "elsewhere", 21, ids[10])),  # a parent of another post
        (ids[10], _comment(other, "other post", 2)),
    ]
    threads = build_threads(comments)
    assert [t.record.text for t in threads] == ["root", "other post", "lost", "elsewhere"]
    assert [t.orphan for t in threads] == [False, False, True, True]
    depth_of: dict[str, int] = {}

    def walk(node: CommentThread, depth: int) -> None:
        depth_of[node.record.text] = depth
        for child in node.replies:
            walk(child, depth + 1)

    for thread in threads:
        walk(thread, 0)
    assert [depth_of[f"r{i}"] for i in range(1, 8)] == [1, 2, 3, 4, MAX_DEPTH, MAX_DEPTH, MAX_DEPTH]
    assert threads[0].size == 8
    # A cycle (two comments answering each other) cannot loop: the first placed starts a thread, each shown once.
    a, b = b"\xaa" * 32, b"\xbb" * 32
    cyclic = build_threads([(a, _comment(post, "a", 5, b)), (b, _comment(post, "b", 5, a))])
    assert [(t.record.text, t.orphan, [r.record.text for r in t.replies]) for t in cyclic] == [("a", True, ["b"])]


def test_replies_show_nested_under_their_comment_and_a_long_thread_starts_collapsed(
    qasync_loop: asyncio.AbstractEventLoop, qapp: QApplication
) -> None:
    async def scenario() -> None:
        double = ChainDouble()
        me, maya, leo = double.chain.keys[:3]
        post_id = double.act(maya, A.Post(PostKind.TEXT, "casting call", (), (), (), b"", 0, ""))
        short = double.act(leo, A.Comment(post_id, "count me in", b""))
        long = double.act(maya, A.Comment(post_id, "details?", b""))
        for i in range(LONG_THREAD + 1):
            double.act(leo, A.Comment(post_id, f"answer {i}", long))
        session = DoubleSession(double, me)
        service = SocialService(session, Source(double), persist=False)
        while await service.step():
            pass
        dialog = PostDialog(session, service, post_id, ThumbnailLoader(None, session.spawn))
        dialog.show()
        await settled(dialog.tasks)
        leo_name, maya_name = service.name_of(leo.actor_id), service.name_of(maya.actor_id)
        assert dialog.comments_title.text() == f"Comments ({LONG_THREAD + 3})"
        assert dialog.comment_lines()[:2] == [
            (0, f"{leo_name}: count me in"),
            (0, f"{maya_name}: details?   · 4 replies"),
        ]
        long_item = dialog.comments.topLevelItem(1)
        assert long_item.childCount() == LONG_THREAD + 1
        assert not long_item.isExpanded()

        # Reply to the short thread through its own "Reply" button.
        button = dialog.comments.itemWidget(dialog.comments.topLevelItem(0), 1)
        assert isinstance(button, QPushButton)
        button.click()
        assert dialog.reply_to == short
        assert "Replying to" in dialog.reply_label.text()
        dialog.comment_text.setText("see you there")
        dialog.comment_button.click()
        await settled(dialog.tasks)
        assert "Replied" in dialog.status.text()
        assert dialog.comment_lines()[:2] == [
            (0, f"{leo_name}: count me in   · 1 reply"),
            (1, f"{service.name_of(me.actor_id)}: see you there"),
        ]
        assert dialog.comments.topLevelItem(0).isExpanded()
        assert not dialog.comments.topLevelItem(1).isExpanded()  # collapsed stays collapsed
        proven = service.comment_records[dialog.comment_ids[-1]]
        assert (proven.reply_to, proven.text) == (short, "see you there")

        # A reply to a comment the chain does not hold is refused with the rule's reason; the thread is unchanged.
        dialog.reply_to = b"\x77" * 32
        dialog.comment_text.setText("into the void")
        dialog.comment_button.click()
        await settled(dialog.tasks)
        assert "does not exist" in dialog.status.text()
        assert len(dialog.comment_lines()) == LONG_THREAD + 4
        # Cancelling a reply goes back to commenting on the post.
        dialog.start_reply(short)
        dialog.reply_cancel.click()
        assert (dialog.reply_to, dialog.reply_row.isVisible(), dialog.comment_button.text()) == (b"", False, "Comment")

    qasync_loop.run_until_complete(asyncio.wait_for(scenario(), 60))


class BrokenVideos:
    """A thumbnail source whose media indexes cannot be had, or describe a photo."""

    def __init__(self, error: Exception | None) -> None:
        self.error = error

    async def thumbnail(self, media_id: bytes) -> bytes | None:
        return None

    def info(self, media_id: bytes) -> None:
        return None

    def fetcher(self) -> None:
        return None

    async def media_index(self, media_id: bytes) -> Any:
        if self.error is not None:
            raise self.error
        from etalonium_desktop.media.index import MediaIndex, MediaKind, RenditionRef

        photo = RenditionRef("1080", 1080, 720, 0, "image/jpeg", b"\x01" * 32, 100, b"", "")
        return MediaIndex(int(MediaKind.PHOTO), 1080, 720, 0, (), b"\x02" * 32, (photo,), b"")


@pytest.mark.qt_log_ignore(*QT_AUDIO_NOISE)
@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (None, "cannot be played offline"),
        (BrokenVideos(MediaError("No node has this media (it may not have finished uploading).")), "No node has"),
        (BrokenVideos(None), "a picture, not a video"),
    ],
)
def test_a_video_that_cannot_be_played_says_why_and_the_dialog_keeps_working(
    qasync_loop: asyncio.AbstractEventLoop, qapp: QApplication, source: Any, expected: str
) -> None:
    async def scenario() -> None:
        double = ChainDouble()
        maya = double.chain.keys[1]
        post = A.Post(PostKind.VIDEO, "final walk", (), (b"\x07" * 32,), (0x336699,), b"", 0, "")
        post_id = double.act(maya, post)
        session = DoubleSession(double, double.chain.keys[0])
        service = SocialService(session, Source(double), persist=False)
        while await service.step():
            pass
        dialog = PostDialog(session, service, post_id, ThumbnailLoader(source, session.spawn))
        dialog.show()
        await settled(dialog.tasks)
        assert expected in dialog.video_error
        assert expected in dialog.status.text()
        assert dialog.player is None
        assert dialog.video_line.text() == "The video cannot be played."
        dialog.comment_text.setText("still works")
        dialog.comment_button.click()
        await settled(dialog.tasks)
        assert dialog.comment_lines()[0][1].endswith("still works")
        dialog.reject()

    qasync_loop.run_until_complete(asyncio.wait_for(scenario(), 60))
