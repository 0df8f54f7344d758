"""Through the social screens, on a devnet, with the real light client: post a photo, vote on someone's post
from the feed, comment on it, endorse its author's skill from the profile, and vote on a proposal. The loop is
qasync's; every wait is on an asyncio event or on the screen's own task, never a sleep."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QPushButton

from etalonium_desktop.media.samples import make_test_clip
from etalonium_desktop.media.transcode import RenditionSpec, TranscodeSettings
from etalonium_desktop.media.upload import MemoryStateStore, Uploader, post_payload
from etalonium_desktop.social.dao_page import DaoPage
from etalonium_desktop.social.feed_page import FeedPage
from etalonium_desktop.social.feed_view import FeedModel, PostDelegate, duration_text
from etalonium_desktop.social.profile_view import ProfileDialog
from etalonium_desktop.social.ranking import Feed
from etalonium_desktop.social.samples import PALETTES, ApiSeeder, sample_photo, upload_photo
from etalonium_desktop.social.thumbnails import ThumbnailSource
from fullnode.devnet import Devnet
from lightnode.protocol import actions as A
from lightnode.protocol import state as S
from lightnode.protocol.actions import PostKind, ProposalKind
from lightnode.protocol.encoding import ONE_EXC
from lightnode.services_client import BlobClient
from tests.e2e.conftest import click, type_text
from tests.integration.social_helpers import WAIT_S, social_client
from tests.unit.media.conftest import QT_AUDIO_NOISE, expect, signalled

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def mouse_click(view: Any, point: QPoint) -> None:
    """A left click delivered straight to the list's viewport (no QTest: it would re-enter the loop)."""
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        event = QMouseEvent(
            kind, QPointF(point), QPointF(view.viewport().mapToGlobal(point)), Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
        QCoreApplication.sendEvent(view.viewport(), event)


async def settled(tasks: set[asyncio.Future[Any]]) -> None:
    """Wait for the work a screen started (its own tasks), re-raising what failed."""
    while tasks:
        await asyncio.gather(*list(tasks))


def test_post_vote_comment_endorse_and_vote_on_a_proposal_through_the_ui(
    qasync_loop: asyncio.AbstractEventLoop, qapp: QApplication, tmp_path: Path
) -> None:
    photo = tmp_path / "look.jpg"
    photo.write_bytes(sample_photo(5, PALETTES["olive"]))

    async def scenario() -> None:
        devnet = Devnet(
            1,
            tmp_path / "devnet",
            in_process=True,
            fresh=True,
            chain_id="exc-social-ui",
            params={"voting_period_blocks": 200},
            node_settings={"block_interval_s": 0.5, "rate_limit_per_s": 2000.0, "rate_limit_burst": 4000.0},
        )
        async with (
            devnet,
            aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as http,
            social_client(devnet) as me,
        ):
            service = me.service
            seeder = ApiSeeder(http, devnet.api_url(0), devnet.chain_id)
            await seeder.refresh_height()
            maya, leo = devnet.demo_keys["alice"], devnet.demo_keys["bob"]
            # Someone to follow: Maya, with a skill and a photo post. The viewer claims a skill, which Leo (a
            # pre-trusted account) endorses, so the viewer has a reputation to vote with. Leo proposes.
            setup = [
                await seeder.act(maya, A.Profile("Maya Laurent", 1, "", (), "Paris", b"", b"")),
                await seeder.act(maya, A.SkillClaim("Runway modelling", "")),
                await seeder.act(maya, A.Fuel(ONE_EXC // 20)),
                await seeder.act(leo, A.SkillClaim("Editorial photography", "")),
            ]
            await seeder.settled(setup)
            # Proposing needs a reputation too.
            await seeder.settled(
                [await seeder.act(maya, A.Endorsement(leo.actor_id, "Editorial photography", b"", ""))]
            )
            media = await upload_photo(http, devnet.api_url(0), maya, sample_photo(9, PALETTES["azure"]))
            post = A.Post(int(PostKind.PHOTO), "Azure cape, final walk.", ("runway",), (media,), (), b"", 0, "Milan")
            maya_post = await seeder.act(maya, post)
            await service.claim_skill("Styling")
            proposal = A.Proposal(
                int(ProposalKind.PARAMETER), "Three promoted per page", "", "promotion_cap", 3, b"", 0, b"", 0
            )
            later = [
                maya_post,
                await seeder.act(leo, A.Endorsement(me.session.actor, "Styling", b"", "")),
                await seeder.act(leo, proposal),
            ]
            assert await seeder.settled(later) == [True, True, True]
            proposal_id = later[2]

            page = FeedPage(me.session, service=service)
            page.resize(1100, 800)
            page.show()

            # -- post a photo ----------------------------------------------------------------------------
            compose = page.open_compose()
            type_text(compose.text, "Fitting day, linen capsule.")
            type_text(compose.tags, "#ss26 #linen")
            compose.add_photo(photo)
            click(compose.post_button)
            assert compose.task is not None
            mine = await compose.task
            assert mine is not None, compose.status.text()
            assert mine in service.posts
            assert service.posts[mine].record.media
            page.show_feed(Feed.NEW)
            assert page.model.row_of(mine) is not None

            # -- vote on Maya's post from the feed ---------------------------------------------------------
            await service.wait_for(lambda: maya_post in service.posts, WAIT_S)
            page.refresh()
            row = page.model.row_of(maya_post)
            assert row is not None
            page.view.scrollTo(page.model.index(row))
            layout = PostDelegate.layout(page.view.visualRect(page.model.index(row)))
            mouse_click(page.view, layout.up.center())
            await service.wait_for(lambda: service.my_votes.get(maya_post) == 1, WAIT_S)
            await service.wait_for(lambda: service.posts[maya_post].record.up == 1, WAIT_S)
            page.refresh()
            item = page.model.item(page.model.row_of(maya_post) or 0)
            assert (item.up, item.my_vote) == (1, 1)

            # -- comment on it -----------------------------------------------------------------------------
            dialog = page.open_post(maya_post)
            type_text(dialog.comment_text, "Stunning light.")
            click(dialog.comment_button)
            await service.wait_for(
                lambda: any(c.text == "Stunning light." for c in service.comment_records.values()), WAIT_S
            )
            await settled(dialog.tasks)
            name = service.name_of(me.session.actor)
            assert dialog.comment_lines() == [(0, f"{name}: Stunning light.")]
            assert service.posts[maya_post].record.comments == 1

            # -- reply to that comment: it appears nested under it once included -----------------------------
            first = dialog.comment_ids[0]
            reply = dialog.comments.itemWidget(dialog.comments.topLevelItem(0), 1)
            assert isinstance(reply, QPushButton)
            assert reply.accessibleName() == f"Reply to {name}"
            click(reply)
            assert dialog.reply_row.isVisible()
            assert dialog.comment_button.text() == "Reply"
            type_text(dialog.comment_text, "The cape too.")
            click(dialog.comment_button)
            await service.wait_for(lambda: any(c.reply_to == first for c in service.comment_records.values()), WAIT_S)
            await settled(dialog.tasks)
            assert dialog.comment_lines() == [
                (0, f"{name}: Stunning light.   · 1 reply"),
                (1, f"{name}: The cape too."),
            ]
            assert dialog.comments.topLevelItem(0).isExpanded()
            assert dialog.comments_title.text() == "Comments (2)"
            assert not dialog.reply_row.isVisible()
            assert service.posts[maya_post].record.comments == 2

            # -- endorse Maya's skill from her profile ------------------------------------------------------
            profile = dialog.open_profile()
            assert isinstance(profile, ProfileDialog)
            await settled(profile.view.tasks)
            endorse = next(
                b for b in profile.findChildren(QPushButton) if b.accessibleName() == "Endorse Runway modelling"
            )
            click(endorse)
            key = (maya.actor_id, S.slug("Runway modelling"))
            await service.wait_for(lambda: key in service.skills and service.skills[key].endorsements == 1, WAIT_S)
            await settled(profile.view.tasks)
            assert "You endorsed Maya Laurent's Runway modelling" in profile.view.status.text()
            profile.close()
            dialog.close()

            # -- vote on the proposal ----------------------------------------------------------------------
            dao = DaoPage(me.session, service=service)
            dao.resize(1200, 800)
            dao.show()
            await service.wait_for(lambda: proposal_id in service.proposals, WAIT_S)
            await service.refresh()
            dao.select(proposal_id)
            assert dao.yes_button.isEnabled(), dao.mine.text()
            click(dao.yes_button)
            await service.wait_for(lambda: proposal_id in service.my_ballots, WAIT_S)
            await settled(dao.tasks)
            assert dao.mine.text().startswith("You voted yes with a weight of")
            assert service.proposals[proposal_id].yes == service.my_ballots[proposal_id].weight > 0
            dao.close()
            page.close()

    qasync_loop.run_until_complete(asyncio.wait_for(scenario(), 4 * WAIT_S))


@pytest.mark.qt_log_ignore(*QT_AUDIO_NOISE)
def test_a_video_post_shows_its_poster_and_length_in_the_feed_and_plays_in_the_post_dialog(
    qasync_loop: asyncio.AbstractEventLoop, qapp: QApplication, tmp_path: Path
) -> None:
    clip = make_test_clip(tmp_path / "walk.mp4", seconds=2.0, size=(320, 240), rate=24)
    # Two small renditions keep the transcode short on a busy machine and give the player a quality choice.
    ladder = TranscodeSettings(
        ladder=(RenditionSpec("240p", 240, 400_000, 64_000), RenditionSpec("120p", 120, 150_000, 64_000)),
        preset="ultrafast",
    )

    async def scenario() -> None:
        devnet = Devnet(
            1,
            tmp_path / "devnet",
            in_process=True,
            fresh=True,
            chain_id="exc-social-video",
            node_settings={"block_interval_s": 0.5, "rate_limit_per_s": 2000.0, "rate_limit_burst": 4000.0},
        )
        async with (
            devnet,
            aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as http,
            social_client(devnet) as me,
        ):
            service = me.service
            seeder = ApiSeeder(http, devnet.api_url(0), devnet.chain_id)
            await seeder.refresh_height()
            maya = devnet.demo_keys["alice"]
            await seeder.settled([await seeder.act(maya, A.Fuel(ONE_EXC // 20))])
            uploader = Uploader([BlobClient(http, devnet.api_url(0))], maya, MemoryStateStore(), tmp_path / "work",
                                settings=ladder)  # fmt: skip
            uploaded = await uploader.upload_video(clip)
            post_id = await seeder.act(maya, post_payload([uploaded], text="Final walk, slow motion."))
            assert await seeder.settled([post_id]) == [True]
            await service.wait_for(lambda: post_id in service.posts, WAIT_S)
            assert service.posts[post_id].record.kind == PostKind.VIDEO

            # -- the feed: the poster loads for the visible row, with the video's length --------------------
            page = FeedPage(me.session, service=service)
            page.resize(1100, 800)
            page.show()
            page.show_feed(Feed.NEW)
            row = page.model.row_of(post_id)
            assert row is not None
            index = page.model.index(row)
            media = service.posts[post_id].record.media[0]
            while page.loader.image(media) is None:
                await signalled(page.loader.ready, WAIT_S)
            assert page.model.data(index, FeedModel.DurationRole) == pytest.approx(2000, abs=100)
            assert duration_text(page.model.data(index, FeedModel.DurationRole)) == "0:02"
            # The poster is cached in the profile: a second source finds it there without the network.
            again = ThumbnailSource(lambda: [], me.session.profile.media_cache)
            assert await again.thumbnail(media) is not None
            assert again.from_cache == 1
            assert again.info(media) is not None

            # -- the post dialog plays it, streamed from the blob store ---------------------------------------
            dialog = page.open_post(post_id)
            await settled(dialog.tasks)
            assert dialog.video_error == "", dialog.video_error
            player = dialog.player
            assert player is not None
            assert player.qualities() == ["240p", "120p"]
            assert player.quality_box.isVisible()
            assert "2 qualities" in dialog.video_line.text()
            while player.view.frames_painted < 5:
                await signalled(player.position_changed, WAIT_S)
            assert player.error == ""
            switched = expect(player.quality_changed)
            player.set_quality("120p")
            assert await asyncio.wait_for(switched, WAIT_S) == ("120p",)
            painted = player.view.frames_painted
            while player.view.frames_painted <= painted:
                await signalled(player.position_changed, WAIT_S)
            frame = player.view.current_image()
            assert frame is not None
            assert frame.height() > 0
            dialog.reject()
            assert player.playback is None  # closing the dialog stopped the decoder
            page.close()

    qasync_loop.run_until_complete(asyncio.wait_for(scenario(), 4 * WAIT_S))
