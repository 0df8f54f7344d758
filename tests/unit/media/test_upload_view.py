"""The upload screen: a photo becomes a post, a video upload is cancelled, a broken file is explained."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from etalonium_desktop.media.upload import MemoryStateStore, Uploader, UploadProgress
from etalonium_desktop.media.upload_view import UploadView, describe_remaining
from lightnode.protocol.actions import Post, PostKind
from lightnode.protocol.keys import PrivateKey
from lightnode.services_client import BlobClient

from .conftest import expect, needs_ffmpeg, signalled
from .jpeg import photo_with_exif
from .nodes import chain_for, nodes, session

pytestmark = needs_ffmpeg


def test_progress_reads_as_sentences(qtbot: QtBot) -> None:
    view = UploadView()
    qtbot.add_widget(view)
    view.show_progress(UploadProgress("uploading", 0.9, 5_000_000, 10_000_000, 42.0))
    assert view.stage.text() == "Uploading 5.0 MB of 10.0 MB"
    assert view.remaining.text() == "About 42 s left"
    assert view.progress.value() == 900
    assert describe_remaining(None) == "Estimating time left…"
    assert describe_remaining(600) == "About 10 min left"


@pytest.mark.slow
def test_a_photo_upload_becomes_a_post(qasync_loop: asyncio.AbstractEventLoop, qtbot: QtBot, tmp_path: Path) -> None:
    photo = tmp_path / "fitting.jpg"
    photo.write_bytes(photo_with_exif(1600, 1200))
    owner = PrivateKey.generate()

    async def scenario() -> None:
        async with nodes(tmp_path, 1, chain_for(owner)) as [node], session() as s:
            view = UploadView(Uploader([BlobClient(s, node.url)], owner, MemoryStateStore(), tmp_path / "work"))
            qtbot.add_widget(view)
            view.show()
            view.caption.setPlainText("Linen fitting")
            view.tags.setText("linen, fitting")
            view.start_upload(photo)
            assert not view.choose_button.isEnabled()
            (result,) = await signalled(view.upload_finished)
            assert view.stage.text() == "Uploaded. Add a caption and post it."
            assert view.palette_label.isVisible()
            assert view.post_button.isEnabled()
            posted = expect(view.post_ready)
            view.post_button.click()
            (post,) = await posted
            assert isinstance(post, Post)
            assert post.kind == PostKind.PHOTO
            assert post.media == (result.index_id,)
            assert post.text == "Linen fitting"
            assert post.tags == ("linen", "fitting")

    qasync_loop.run_until_complete(asyncio.wait_for(scenario(), 60))


@pytest.mark.slow
def test_cancelling_a_video_upload_posts_nothing(
    qasync_loop: asyncio.AbstractEventLoop, qtbot: QtBot, tmp_path: Path, clip_720: Path
) -> None:
    owner = PrivateKey.generate()

    async def scenario() -> None:
        async with nodes(tmp_path, 1, chain_for(owner)) as [node], session() as s:
            view = UploadView(Uploader([BlobClient(s, node.url)], owner, MemoryStateStore(), tmp_path / "work"))
            qtbot.add_widget(view)
            view.show()
            cancelled = expect(view.cancelled)
            view.start_upload(clip_720)
            view.cancel_button.click()
            await cancelled
            assert view.stage.text() == "Cancelled. Nothing was posted."
            assert not view.post_button.isEnabled()
            assert view.choose_button.isEnabled()

    qasync_loop.run_until_complete(asyncio.wait_for(scenario(), 60))


@pytest.mark.parametrize("name", ["notes.jpg", "notes.mp4"])
def test_a_broken_file_is_explained(
    qasync_loop: asyncio.AbstractEventLoop, qtbot: QtBot, tmp_path: Path, name: str
) -> None:
    bogus = tmp_path / name
    bogus.write_text("fitting on Thursday\n" * 40)
    owner = PrivateKey.generate()

    async def scenario() -> None:
        async with nodes(tmp_path, 1, chain_for(owner)) as [node], session() as s:
            view = UploadView(Uploader([BlobClient(s, node.url)], owner, MemoryStateStore(), tmp_path / "work"))
            qtbot.add_widget(view)
            failed = expect(view.failed)
            view.start_upload(bogus)
            (sentence,) = await failed
            assert "not a photo" in sentence
            assert view.error.text() == sentence
            assert view.choose_button.isEnabled()

    qasync_loop.run_until_complete(asyncio.wait_for(scenario(), 60))
