"""The post dialog's actions (repost, save, hide, report, promote, follow) and the new-proposal dialog, on the
real state machine through a qasync loop (no network): each click ends in proven state or a readable refusal."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Iterator
from typing import Any

import pytest
import qasync
from PySide6.QtWidgets import QApplication

from etalonium_desktop.social.dao_page import ProposalDialog
from etalonium_desktop.social.feed_view import ThumbnailLoader
from etalonium_desktop.social.post_dialog import PostDialog
from etalonium_desktop.social.service import SocialService
from lightnode.protocol import actions as A
from lightnode.protocol import state as S
from lightnode.protocol.actions import PostKind, ProposalKind

from .chain_double import ChainDouble, DoubleSession, Source, record


@pytest.fixture
def qasync_loop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    qapp.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(qapp)
    errors: list[Any] = []
    loop.set_exception_handler(lambda _loop, context: errors.append(context))
    old_hook = sys.excepthook
    sys.excepthook = lambda *info: errors.append(info)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        sys.excepthook = old_hook
        loop.run_until_complete(asyncio.sleep(0))
        loop.close()
        asyncio.set_event_loop(None)
    assert errors == []


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
