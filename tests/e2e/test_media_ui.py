"""The Create and Live sections of the running app on a devnet: a generated photo uploaded to the nodes' blob
store becomes a verified post; a channel is created, goes live from a looping clip, and a second app instance
finds it live in verified chain state, watches it and receives its parts. Waits are on conditions, never sleeps."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QPushButton

from etalonium_desktop.app import App
from etalonium_desktop.market import ListingDraft
from etalonium_desktop.media.live import LiveSettings
from etalonium_desktop.media.samples import fashion_photo, make_test_clip
from etalonium_desktop.media.sections import CHANNEL_SEED_SETTING
from etalonium_desktop.social.service import SocialService
from etalonium_desktop.ui.unlock_view import UnlockView
from lightnode.protocol.actions import ListingKind, PostKind
from lightnode.protocol.encoding import ONE_EXC
from tests.e2e.conftest import app_args, click, running_app, running_devnet, type_text, until
from tests.e2e.test_app_wallet import PASSPHRASE, funded, make_profile
from tests.unit.media.conftest import QT_AUDIO_NOISE

pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.qt_log_ignore(*QT_AUDIO_NOISE)]

#: Small and cheap: the machine running the tests is a busy two-core one.
LEAN = LiveSettings(width=320, height=240, fps=15, video_bitrate=300_000, preset="ultrafast", part_ms=200)


async def unlocked(app: App) -> None:
    await until(lambda: isinstance(app.window._gate, UnlockView), "the unlock screen")
    unlock = app.window._gate
    assert isinstance(unlock, UnlockView)
    type_text(unlock.passphrase, PASSPHRASE)
    click(unlock.unlock_button)
    await funded(app)
    await until(lambda: "create" in app.window.sections and "live" in app.window.sections, "the media sections")


def test_a_photo_upload_cut_off_by_closing_the_app_resumes_after_a_restart_and_becomes_a_verified_post(
    qasync_loop: asyncio.AbstractEventLoop, qapp: QApplication, tmp_path: Path
) -> None:
    make_profile(tmp_path / "a", "Ana")
    photo = tmp_path / "look.jpg"
    photo.write_bytes(fashion_photo((1200, 900)))

    async def scenario() -> None:
        async with running_devnet(tmp_path / "devnet", validators=1) as devnet:
            args = app_args(tmp_path / "a", devnet)
            async with running_app(qapp, args) as first:
                await unlocked(first)
                first.window.show_section("create")
                page = first.upload_page
                assert page.uploader is not None
                assert page.resume_card.isHidden()
                sent: list[bytes] = []

                def close_the_app_on_the_third_chunk(chunk: bytes) -> None:
                    sent.append(chunk)
                    # The person quits while the upload runs; by the third chunk (two at a time), one is stored.
                    if len(sent) == 3:
                        first.window.close()

                page.uploader.before_chunk = close_the_app_on_the_third_chunk
                page.view._on_files_selected([str(photo)])  # what the file dialog's choice calls
                await until(first._quit.is_set, "the app closing mid-upload")
            assert len(sent) >= 3

            async with running_app(qapp, args) as app:
                await unlocked(app)
                app.window.show_section("create")
                page = app.upload_page
                assert page.uploader is not None
                await until(lambda: not page.resume_card.isHidden(), "the offer to resume")
                assert "look.jpg" in page.resume_text.text()
                view = page.view
                resent: list[bytes] = []
                page.uploader.before_chunk = resent.append
                click(page.resume_button)
                await until(lambda: view.result is not None or bool(view.error.text()), "the resumed upload")
                assert view.error.text() == ""
                result = view.result
                assert result is not None
                assert set(sent) - set(resent), "what the node stored before the restart is not sent again"
                assert view.palette_label.isVisible()
                type_text(view.caption, "Linen fitting, natural light")
                view.tags.setText("linen, fitting")
                click(view.post_button)
                await until(
                    lambda: bool(page.status.text()) and page.status.property("role") in ("verified", "error"),
                    "the post proven",
                )
                assert "Posted and verified" in page.status.text(), page.status.text()
                assert app.session is not None
                social = SocialService.of(app.session)
                (post,) = [p for p in social.posts.values() if p.record.author == app.session.actor]
                assert post.record.media == (result.index_id,)
                assert post.record.kind == int(PostKind.PHOTO)
                assert post.record.text == "Linen fitting, natural light"
                assert view.result is None, "the screen is ready for the next post"
                assert page.uploader.pending() == []
                assert page.resume_card.isHidden()

    qasync_loop.run_until_complete(asyncio.wait_for(scenario(), 300))


def test_a_channel_goes_live_from_a_looping_clip_and_another_app_watches_it(
    qasync_loop: asyncio.AbstractEventLoop, qapp: QApplication, tmp_path: Path
) -> None:
    make_profile(tmp_path / "a", "Ana")
    make_profile(tmp_path / "b", "Bruno")
    clip = make_test_clip(tmp_path / "loop.mp4", seconds=1.0, size=(320, 240), rate=15)

    async def scenario() -> None:
        async with (
            running_devnet(tmp_path / "devnet", validators=1) as devnet,
            running_app(qapp, app_args(tmp_path / "a", devnet)) as a,
            running_app(qapp, app_args(tmp_path / "b", devnet)) as b,
        ):
            await unlocked(a)
            await unlocked(b)
            assert a.session is not None
            # Ana has no channel: she creates one; its key goes into her encrypted profile.
            a.window.show_section("live")
            streamer = a.live_page
            assert streamer.channel is None
            assert streamer.create_button.isVisible()
            click(streamer.create_button)
            assert "name" in streamer.channel_status.text(), "a channel needs a name"
            type_text(streamer.channel_title, "Atelier Ana")
            click(streamer.create_button)
            await until(lambda: streamer.channel is not None or streamer.channel_status.property("role") == "error",
                        "the channel on chain")  # fmt: skip
            assert streamer.channel is not None, streamer.channel_status.text()
            key = streamer.channel.channel_key
            seed = a.session.profile.settings.get(CHANNEL_SEED_SETTING, b"")
            assert len(seed) == 32
            assert streamer.channel_key is not None
            assert streamer.channel_key.public_key.raw == key
            assert streamer.studio_button.isVisible()

            # Go live from the looping clip.
            click(streamer.studio_button)
            streamer.settings = LEAN
            view = streamer.view
            assert view is not None
            view.set_file(clip)
            view.sound_box.setCurrentIndex(2)  # no sound: leaner
            type_text(view.title_edit, " — fitting")
            view.record_box.setChecked(True)  # saved as a video post when the stream ends
            click(view.go_button)
            await until(lambda: streamer.channel is not None and streamer.channel.live, "the stream announced live")
            assert view.broadcast is not None
            assert streamer.channel.stream_title == "Atelier Ana — fitting"

            # Bruno's app finds it in verified chain state and watches.
            b.window.show_section("live")
            watcher = b.live_page
            await until(lambda: [c.channel_key for c in watcher.directory.live()] == [key], "B sees the channel live")
            row = watcher.channel_rows.itemAt(0).widget()
            assert row is not None
            watch = next(btn for btn in row.findChildren(QPushButton) if btn.text() == "Watch")
            click(watch)
            watching = watcher.view
            assert watching is not None
            await until(lambda: watching.receiver is not None and watching.receiver.stats.parts >= 5, "parts arrive")
            assert watching.receiver is not None
            assert watching.receiver.stats.rejected == 0
            await until(lambda: watching.player.view.current_image() is not None, "a picture on B's screen")
            await until(lambda: view.broadcast is not None and view.broadcast.health().viewers >= 1, "a viewer")

            # Shoppable live: Ana pins a listing; Bruno sees it beside the stream and buys it into escrow.
            draft = ListingDraft(ListingKind.GOOD, "Dresses", "Linen slip dress", price=3 * ONE_EXC, stock=2)
            listing = await a.market.service.publish(draft)
            await streamer.pin([listing.listing_id])
            assert streamer.channel is not None
            assert streamer.channel.pinned_listings == (listing.listing_id,)
            shop = watcher.shop_panel
            assert shop is not None
            assert shop.shop is not None

            def pinned() -> list[bytes]:
                state = shop.shop.state if shop.shop is not None else None
                return [e.listing_id for e in state.listings] if state is not None else []

            await until(lambda: pinned() == [listing.listing_id], "B's shop showing the pinned listing")
            orders: list[Any] = []
            shop.bought.connect(orders.append)

            def buy_buttons() -> list[QPushButton]:
                return [btn for btn in shop.findChildren(QPushButton) if btn.text() == "Buy" and btn.isVisible()]

            await until(lambda: len(buy_buttons()) == 1, "the Buy button on B's screen")
            (buy,) = buy_buttons()
            click(buy)
            await until(lambda: bool(orders) or "✓" in shop.status.text() or shop.status.text().endswith("."),
                        "the order in escrow")  # fmt: skip
            assert orders, shop.status.text()
            assert orders[0].record.escrowed == 3 * ONE_EXC
            assert orders[0].record.buyer == b.session.actor
            assert watcher.view is watching, "bought without leaving the stream"

            # Ana ends the stream: announced off air, and B's directory follows the chain.
            click(view.go_button)
            await until(lambda: streamer.channel is not None and not streamer.channel.live, "the stream ended")
            await until(lambda: watcher.directory.live() == [], "B sees it off air")
            # The recording becomes an ordinary video post, proven.
            await until(lambda: "recording is posted" in streamer.stage_status.text()
                        or streamer.stage_status.property("role") == "error", "the recording posted")  # fmt: skip
            assert "recording is posted" in streamer.stage_status.text(), streamer.stage_status.text()
            social = SocialService.of(a.session)
            await social.wait_for(lambda: any(p.record.kind == int(PostKind.VIDEO) for p in social.posts.values()))
            (replay,) = [p for p in social.posts.values() if p.record.author == a.session.actor]
            assert replay.record.text == "Replay: Atelier Ana — fitting"
            assert len(replay.record.media) == 1
            click(watcher.back_button)
            assert watcher.view is None
            assert watcher.stack.currentWidget() is watcher.home
            await until(lambda: watching.receiver is None, "B's viewer connection closed")

    qasync_loop.run_until_complete(asyncio.wait_for(scenario(), 400))
