"""Screenshots of the social screens with live, verified devnet data: `await render_screens(app_or_session,
outdir, theme)` from the app's screenshot command, or `python -m etalonium_desktop.social.screens OUTDIR`
(a throwaway one-validator devnet and profile)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import sys
import tempfile
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from lightnode.protocol import state as S
from lightnode.protocol.actions import PostKind

from .dao_page import DaoPage
from .feed_page import FeedPage
from .feed_view import FeedView, ThumbnailLoader
from .profile_view import ProfileDialog
from .ranking import Feed
from .samples import PALETTES, sample_photo, seed_sample_activity
from .service import SocialError, SocialService

SIZE = (1280, 800)
log = logging.getLogger(__name__)


async def _save(widget: QWidget, path: Path) -> Path:
    # Yield to the loop (which runs Qt's queued layouts and paints) rather than processEvents(), which would
    # re-enter the qasync loop from inside this coroutine.
    await asyncio.sleep(0.1)
    widget.grab().save(str(path))
    return path


async def _settle(loader: ThumbnailLoader, timeout_s: float = 20.0) -> None:
    """Let painting ask for thumbnails, then wait until every asked one arrived (or the timeout)."""
    await asyncio.sleep(0.1)
    done = asyncio.Event()

    def check(_media: bytes = b"") -> None:
        if not loader._pending:
            done.set()

    loader.ready.connect(check)
    check()
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(done.wait(), timeout_s)
    loader.ready.disconnect(check)
    await asyncio.sleep(0.1)


async def _save_video_post(page: FeedPage, post_id: bytes, path: Path) -> Path:
    """The post dialog of a video post, its threads open, once the player has painted a few frames."""
    dialog = page.open_post(post_id)
    await dialog.load_comments()
    for item in dialog.comment_items():
        item.setExpanded(True)
    done = asyncio.Event()

    def painted(_position: float = 0.0) -> None:
        if dialog.player is not None and dialog.player.view.frames_painted >= 12:
            done.set()

    while dialog.tasks:
        await asyncio.gather(*list(dialog.tasks), return_exceptions=True)
    if dialog.player is not None:
        dialog.player.position_changed.connect(painted)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(done.wait(), 30)
        dialog.player.pause()
    saved = await _save(dialog, path)
    dialog.reject()
    return saved


def _session_of(app_or_session: Any) -> Any:
    session = getattr(app_or_session, "session", None)
    return session if session is not None else app_or_session


async def ensure_sample_activity(session: Any, service: SocialService, *, posts: int = 6) -> None:
    """On an embedded devnet with few posts, have its demo accounts post, vote, comment, endorse the viewer,
    promote and propose, and wait until the service has proven it all."""
    network = session.network
    if len(service.posts) >= posts or getattr(session, "_social_seeded", False):
        return
    devnet = getattr(network, "devnet", None)
    accounts = dict(getattr(devnet, "demo_keys", {}) or {})
    if not accounts or not network.node_urls:
        log.info("no demo accounts to make sample activity with; the screens show what the chain holds")
        return
    session._social_seeded = True
    mine: tuple[bytes, bytes] | None = None
    with contextlib.suppress(SocialError):
        await service.claim_skill("Styling", "Editorial and show styling")
        # Something of the viewer's for the community to promote and answer (their notifications).
        post = await service.publish("Styling notes from the linen fittings: thread to follow.", tags=("styling",))
        mine = (post, await service.comment(post, "First note: steam, never iron, the unlined jackets."))
    await seed_sample_activity(
        network.node_urls[0],
        network.state.chain_id,
        accounts,
        session.actor,
        viewer_skill="Styling",
        viewer_post=mine[0] if mine else b"",
        viewer_comment=mine,
    )
    await service.wait_for(lambda: len(service.posts) >= posts and bool(service.proposals), 180)
    if mine is not None:
        with contextlib.suppress(TimeoutError):
            await service.wait_for(lambda: len(service.notifications.notices) >= 2, 60)
    await service.refresh()
    # Badges are minted when an epoch ends: wait for the next end if it is near.
    epoch = service.epoch
    left = epoch.start_height + service.params.get("epoch_blocks") - service.verified_height
    if left <= 40:
        with contextlib.suppress(TimeoutError):
            await service.wait_for(lambda: service.epoch.number > epoch.number, 2.0 * left + 20)
        await service.refresh()


async def render_screens(app_or_session: Any, outdir: Path, theme: str = "light") -> list[Path]:
    """Render `<theme>-social-feed.png`, `-social-why.png`, `-social-post.png`, `-social-video.png` (a video
    post playing, with its threaded comments), `-social-feed-video.png` (its card), `-social-notifications.png`,
    `-social-compose.png`, `-social-profile.png` and `-social-dao.png` at 1280×800 into `outdir` (the caller
    applies `theme`).

    A coroutine: await it on the app's loop. On the embedded devnet it first makes some sample activity.
    """
    await asyncio.to_thread(outdir.mkdir, parents=True, exist_ok=True)
    session = _session_of(app_or_session)
    service = SocialService.of(session)
    await ensure_sample_activity(session, service)
    await service.refresh()
    out: list[Path] = []

    page = FeedPage(session, service=service)
    page.resize(*SIZE)
    page.show()
    page.show_feed(Feed.FOR_YOU)
    await _settle(page.loader)
    out.append(await _save(page, outdir / f"{theme}-social-feed.png"))

    feed = page.model.feed
    if feed is not None and len(feed):
        promoted = [i for i in range(len(feed)) if feed.promoted[i]]
        why = page.show_why(promoted[0] if promoted else 0)
        why.adjustSize()
        out.append(await _save(why, outdir / f"{theme}-social-why.png"))
        why.reject()
        with_media = [i for i in range(len(feed)) if service.posts[page.model.post_id(i)].record.media]
        row = with_media[0] if with_media else 0
        dialog = page.open_post(page.model.post_id(row))
        await dialog.load_comments()
        await _settle(page.loader)
        dialog.show_post()
        out.append(await _save(dialog, outdir / f"{theme}-social-post.png"))
        dialog.reject()
        videos = [i for i in range(len(feed)) if service.posts[page.model.post_id(i)].record.kind == PostKind.VIDEO]
        if videos:
            video_id = page.model.post_id(videos[0])
            out.append(await _save_video_post(page, video_id, outdir / f"{theme}-social-video.png"))
            # Its card: the poster, the play badge and the length.
            page.show_feed(Feed.NEW)
            video_row = page.model.row_of(video_id)
            if video_row is not None:
                page.view.scrollTo(page.model.index(video_row), FeedView.ScrollHint.PositionAtTop)
            await _settle(page.loader)
            out.append(await _save(page, outdir / f"{theme}-social-feed-video.png"))
            page.show_feed(Feed.FOR_YOU)

    notices = page.open_notifications()
    out.append(await _save(notices, outdir / f"{theme}-social-notifications.png"))
    notices.reject()

    compose = page.open_compose()
    compose.text.setPlainText("Fitting day for the linen capsule: six looks, one colour story.")
    compose.tags.setText("#ss26 #linen #menswear")
    compose.place.setText("Lyon, Atelier Martin")
    with tempfile.TemporaryDirectory(prefix="etalonium-screens-") as tmp:
        for i, name in enumerate(("linen", "olive")):
            photo = Path(tmp) / f"look-{i}.jpg"
            photo.write_bytes(sample_photo(900 + i, PALETTES[name], (600, 750)))
            compose.add_photo(photo)
        compose.adjustSize()
        out.append(await _save(compose, outdir / f"{theme}-social-compose.png"))
    compose.reject()

    authors = sorted(
        {p.record.author for p in service.posts.values()},
        key=lambda a: -service.reputations.get(a, S.EMPTY_REPUTATION).score,
    )
    subject = authors[0] if authors else service.me
    profile = ProfileDialog(session, service, subject, page.loader)
    profile.resize(*SIZE)
    profile.show()
    await profile.view.refresh()
    await _settle(page.loader)
    profile.view.display()
    out.append(await _save(profile, outdir / f"{theme}-social-profile.png"))
    profile.close()

    dao = DaoPage(session, service=service)
    dao.resize(*SIZE)
    dao.show()
    dao.display()
    out.append(await _save(dao, outdir / f"{theme}-social-dao.png"))
    dao.close()
    page.close()
    return out


# -- standalone -------------------------------------------------------------------------------------------------


@contextlib.asynccontextmanager
async def _throwaway_session(directory: Path) -> AsyncIterator[Any]:
    from etalonium_desktop.services.network import NetworkConfig, NetworkService
    from etalonium_desktop.session import Session
    from etalonium_desktop.store import temporary_profile
    from fullnode.devnet import Devnet

    tasks: set[asyncio.Future[Any]] = set()

    def spawn(coro: Any) -> asyncio.Future[Any]:
        task: asyncio.Future[Any] = asyncio.ensure_future(coro)
        tasks.add(task)
        task.add_done_callback(tasks.discard)
        return task

    with temporary_profile() as profile:
        devnet = Devnet(1, directory, chain_id="exc-screens", fresh=True, params={"epoch_blocks": 20})
        await devnet.start()
        try:
            network = NetworkService(profile, NetworkConfig(nodes=(f"http://{devnet.nodes[0].api}",), devnet=False,
                                                            genesis_file=devnet.dir / "genesis.json"))  # fmt: skip
            network.devnet = devnet  # the demo accounts to make sample activity with
            await network.start()
            network.faucet_url = network.node_urls[0]
            session = Session(profile, network, notify=lambda *_: None, spawn=spawn)
            spawn(session.run())
            await network.wait_ready(120)
            await session.wait_funded(120)
            yield session
        finally:
            if "session" in locals():
                await SocialService.shutdown(session)
            for task in list(tasks):
                task.cancel()
            network.devnet = None
            await network.aclose()
            await devnet.stop()


def main(argv: Sequence[str] | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_API", "pyside6")
    import qasync

    from etalonium_desktop.ui import theme as themes

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--theme", choices=("light", "dark"), action="append")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    qapp.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)

    async def run() -> list[Path]:
        paths: list[Path] = []
        with tempfile.TemporaryDirectory(prefix="etalonium-screens-devnet-") as tmp:
            async with _throwaway_session(Path(tmp)) as session:
                for name in args.theme or ["light", "dark"]:
                    themes.apply(qapp, themes.Theme(name))
                    paths += await render_screens(session, args.outdir, name)
        return paths

    with loop:
        for path in loop.run_until_complete(run()):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
