"""The stream page: missing sources explained; go live, watch on another page, chat, end and record."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from etalonium_desktop.media.capture import camera_status, screen_capture_status
from etalonium_desktop.media.errors import SourceUnavailableError
from etalonium_desktop.media.live import LiveBroadcast, LiveReceiver, LiveSettings
from etalonium_desktop.media.live_view import SOURCE_CAMERA, SOURCE_SCREEN, GoLive, LiveView
from lightnode.protocol.keys import PrivateKey

from .conftest import QT_AUDIO_NOISE, expect, needs_ffmpeg, signalled
from .nodes import chain_for, nodes, session

pytestmark = [needs_ffmpeg, pytest.mark.qt_log_ignore(*QT_AUDIO_NOISE)]


def test_missing_screen_and_camera_are_explained(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):
        monkeypatch.delenv(name, raising=False)  # no display server, whatever runs the tests
    view = LiveView()
    qtbot.add_widget(view)
    screen, camera = screen_capture_status(), camera_status()
    assert not screen.available
    assert "no screen to capture" in screen.reason
    assert not camera.available
    assert camera.reason == "No camera was found; connect one, or stream the screen or a file."
    assert view.source_unavailable_reason(SOURCE_SCREEN) == screen.reason
    view.source_box.setCurrentIndex(view.source_box.findData(SOURCE_CAMERA))
    with qtbot.wait_signal(view.failed) as blocker:
        view.go_button.click()
    assert blocker.args == [camera.reason]
    assert view.notice.text() == camera.reason
    with pytest.raises(SourceUnavailableError):
        view.build_source(GoLive(SOURCE_SCREEN, "none", None, False, "x"))


@pytest.mark.slow
def test_go_live_watch_chat_and_end(
    qasync_loop: asyncio.AbstractEventLoop, qtbot: QtBot, tmp_path: Path, clip: Path
) -> None:
    owner, channel, viewer_key = PrivateKey.generate(), PrivateKey.generate(), PrivateKey.generate()
    settings = LiveSettings(width=320, height=240, fps=25, video_bitrate=400_000, preset="ultrafast")

    async def scenario() -> None:
        async with nodes(tmp_path, 1, chain_for(owner, channel)) as [node], session() as s:

            def factory(request: GoLive) -> LiveBroadcast:
                record = tmp_path / "recording.ts" if request.record else None
                return LiveBroadcast(s, node.url, channel, settings=settings, record_to=record, preview_size=(320, 240))

            studio = LiveView(broadcast_factory=factory, author=owner)
            qtbot.add_widget(studio)
            studio.resize(1000, 600)
            studio.show()
            studio.set_file(clip)
            studio.title_edit.setText("Draping linen")
            studio.record_box.setChecked(True)
            started = expect(studio.started)
            studio.go_button.click()
            await asyncio.wait_for(started, 30)
            assert studio.title.text() == "Draping linen"
            assert studio.go_button.text() == "End stream"
            await signalled(studio.health_updated)
            while studio.preview.current_image() is None:
                await signalled(studio.health_updated)

            watcher = LiveView(author=viewer_key)
            qtbot.add_widget(watcher)
            watcher.resize(1000, 600)
            watcher.show()
            await watcher.watch(LiveReceiver(s, node.url, channel.public_key.raw), "Draping linen")
            assert not watcher.controls.isVisible()
            assert watcher.player.isVisible()
            while watcher.player.view.current_image() is None:
                await signalled(watcher.player.position_changed)

            heard_by_streamer = expect(studio.chat_added)
            heard_by_viewer = expect(watcher.chat_added)
            watcher.chat_input.setText("What a drape!")
            watcher.send_button.click()
            assert (await asyncio.wait_for(heard_by_streamer, 20))[1] == "What a drape!"
            assert (await asyncio.wait_for(heard_by_viewer, 20))[1] == "What a drape!"
            assert studio.broadcast is not None
            while studio.viewers.text() != "1 watching":  # the relay reports viewers once a second
                await signalled(studio.health_updated)
            assert studio.broadcast.health().viewers == 1
            assert studio.broadcast.health().parts_sent > 0
            assert "dropped frames" in studio.health.text()

            stopped = expect(studio.stopped)
            studio.go_button.click()
            (recording,) = await asyncio.wait_for(stopped, 30)
            assert recording == tmp_path / "recording.ts"
            assert recording.stat().st_size > 0
            await watcher.stop_watching()

    qasync_loop.run_until_complete(asyncio.wait_for(scenario(), 90))
