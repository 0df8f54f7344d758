"""The player widget, driven as a person would: it plays a clip to the end, pauses, seeks, explains errors."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from etalonium_desktop.media.download import BlobFetcher
from etalonium_desktop.media.player_widget import PlayerWidget
from etalonium_desktop.media.upload import MemoryStateStore, Uploader
from lightnode.protocol.keys import PrivateKey
from lightnode.services_client import BlobClient

from .conftest import QT_AUDIO_NOISE, expect, needs_ffmpeg, signalled
from .nodes import chain_for, nodes, session

pytestmark = [needs_ffmpeg, pytest.mark.qt_log_ignore(*QT_AUDIO_NOISE)]


def _player(qtbot: QtBot) -> PlayerWidget:
    player = PlayerWidget()
    qtbot.add_widget(player)
    player.resize(480, 320)
    player.show()
    return player


def test_the_player_plays_a_clip_to_the_end(qtbot: QtBot, clip: Path) -> None:
    player = _player(qtbot)
    with qtbot.wait_signal(player.finished, timeout=20_000):
        player.open_file(clip)
    stats = player.stats()
    assert player.error == ""
    assert stats.presented + stats.dropped >= 45  # 2 s at 25 fps, every frame accounted for
    assert stats.presented >= 40
    assert player.view.frames_painted > 0
    assert player.duration() == pytest.approx(2.0, abs=0.1)
    image = player.view.current_image()
    assert image is not None
    assert not image.isNull()
    player.close_media()


def test_pause_seek_and_volume_work_from_the_keyboard(qtbot: QtBot, clip: Path) -> None:
    player = _player(qtbot)
    player.open_file(clip, autoplay=False)
    qtbot.waitUntil(lambda: player.view.current_image() is not None, timeout=10_000)
    assert not player.is_playing()
    player.setFocus()
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert player.is_playing()
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert not player.is_playing()
    player.seek(1.2)
    qtbot.waitUntil(lambda: player.position() == pytest.approx(1.2, abs=0.05), timeout=10_000)
    qtbot.keyClick(player, Qt.Key.Key_Down)
    assert player.volume_slider.value() == 90
    qtbot.keyClick(player, Qt.Key.Key_M)
    assert player.mute_button.isChecked()
    player.close_media()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"this is a shopping list, not a video\n" * 50, "not a photo, video or audio format"),
        (b"", "not a photo, video or audio format"),
    ],
)
def test_a_file_that_is_not_media_gives_a_sentence_not_a_traceback(
    qtbot: QtBot, tmp_path: Path, content: bytes, expected: str
) -> None:
    bogus = tmp_path / "holiday.mp4"
    bogus.write_bytes(content)
    player = _player(qtbot)
    with qtbot.wait_signal(player.failed, timeout=10_000) as blocker:
        player.open_file(bogus)
    message = blocker.args[0]
    assert expected in message
    assert "Traceback" not in message
    assert message.endswith(".")
    assert player.view.message() == message


def test_a_truncated_video_says_it_is_incomplete(qtbot: QtBot, tmp_path: Path, clip: Path) -> None:
    data = clip.read_bytes()
    truncated = tmp_path / "cut.mp4"
    truncated.write_bytes(data[: len(data) // 2])
    player = _player(qtbot)
    with qtbot.wait_signal(player.failed, timeout=10_000) as blocker:
        player.open_file(truncated)
    assert "incomplete" in blocker.args[0] or "damaged" in blocker.args[0]


@pytest.mark.slow
def test_an_uploaded_video_streams_from_the_blob_store_and_switches_quality(
    qasync_loop: asyncio.AbstractEventLoop, qtbot: QtBot, tmp_path: Path, clip_720: Path
) -> None:
    owner = PrivateKey.generate()

    async def scenario() -> None:
        async with nodes(tmp_path, 1, chain_for(owner)) as [node], session() as s:
            uploader = Uploader([BlobClient(s, node.url)], owner, MemoryStateStore(), tmp_path / "work")
            result = await uploader.upload_video(clip_720)
            fetcher = BlobFetcher([BlobClient(s, node.url)])
            index = await fetcher.media_index(result.index_id)
            player = _player(qtbot)
            player.open_blob(fetcher, index, asyncio.get_running_loop(), quality="720p")
            assert player.qualities() == ["720p", "360p"]
            assert player.quality_box.isVisible()
            while player.position() < 0.5:
                await signalled(player.position_changed)
            at = player.position()
            switched = expect(player.quality_changed)
            player.set_quality("360p")
            assert await switched == ("360p",)
            finished = expect(player.finished)
            (position,) = await signalled(player.position_changed)
            assert position >= at - 0.05  # continues where it was, not from the start
            await asyncio.wait_for(finished, 20)
            assert player.error == ""
            image = player.view.current_image()
            assert image is not None
            assert fetcher.stats.chunks > 0
            player.close_media()

    qasync_loop.run_until_complete(asyncio.wait_for(scenario(), 90))
