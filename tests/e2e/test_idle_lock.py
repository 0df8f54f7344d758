"""The app lock: idle time without input locks the window, input postpones it, the passphrase unlocks it."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from etalonium_desktop.__main__ import build_parser
from etalonium_desktop.app import App
from etalonium_desktop.media.decoder import open_path
from etalonium_desktop.media.playback import State
from etalonium_desktop.media.player_widget import PlayerWidget
from etalonium_desktop.store import MINIMAL_KDF_COST, Profile, generate_phrase
from etalonium_desktop.store.profile import KEY_FILE
from etalonium_desktop.ui.lock import AppLock, IdleWatcher
from etalonium_desktop.ui.main_window import MainWindow
from etalonium_desktop.ui.unlock_view import UnlockView
from tests.e2e.conftest import click, type_text, until
from tests.unit.media.conftest import QT_AUDIO_NOISE, needs_ffmpeg
from tests.unit.media.nodes import make_clip

PASSPHRASE = "velvet tailor measures twice at dawn"


class FakeClock:
    """Seconds that move only when the test says so: the idle time is tested without waiting for it."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class RecordingTray:
    """The offscreen test platform has no system tray: this records what the tray would have shown."""

    def __init__(self, shown: list[tuple[str, str]]) -> None:
        self.shown = shown

    def showMessage(self, title: str, text: str, *_rest: object) -> None:
        self.shown.append((title, text))


@pytest.fixture
def profile(tmp_path: Path) -> Iterator[Profile]:
    created = Profile.create(tmp_path / "studio", PASSPHRASE, generate_phrase(), kdf=MINIMAL_KDF_COST)
    yield created
    created.close()


def _window() -> MainWindow:
    window = MainWindow()
    for key in ("wallet", "profile", "settings"):
        window.add_section(key, key.title(), key, QLabel(f"the {key} page"))
    window.resize(1280, 800)
    return window


def _key(widget: object) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"))


def test_input_postpones_the_idle_lock_and_other_events_do_not(qtbot: QtBot, qapp: QApplication) -> None:
    window = _window()
    qtbot.add_widget(window)
    clock = FakeClock()
    watcher = IdleWatcher(qapp, 60.0, clock=clock, parent=window)
    fired: list[bool] = []
    watcher.idle.connect(lambda: fired.append(True))
    watcher.start()
    clock.now += 59
    _key(window)  # a key press 59 s in: the idle minute starts again from here
    clock.now += 2
    watcher.check()
    assert fired == []
    clock.now += 30
    QCoreApplication.sendEvent(window, QEvent(QEvent.Type.UpdateRequest))  # repaints are not the user
    clock.now += 29
    watcher.check()
    assert fired == [True]
    watcher.check()
    assert fired == [True], "one lock per idle period"
    watcher.set_timeout(None)  # "Never" in Settings
    clock.now += 10_000
    watcher.check()
    assert fired == [True]
    watcher.stop()


def test_idle_lock_then_wrong_and_right_passphrase(
    qasync_loop: asyncio.AbstractEventLoop, qapp: QApplication, profile: Profile
) -> None:
    async def scenario() -> None:
        window = _window()
        window.show()
        window.show_section("profile")
        watcher = IdleWatcher(qapp, 0.3, parent=window)
        tasks: set[asyncio.Future[object]] = set()

        def spawn(coro: object) -> None:
            task = asyncio.ensure_future(coro)  # type: ignore[arg-type]
            tasks.add(task)
            task.add_done_callback(tasks.discard)

        lock = AppLock(window, "studio", lambda pw: asyncio.to_thread(profile.verify_passphrase, pw), spawn, watcher)
        dialog = QDialog(window)
        dialog.show()
        watcher.start()
        await until(lambda: lock.is_locked, "the idle lock", 30.0)
        unlock = lock.unlock_view
        assert isinstance(unlock, UnlockView)
        assert window.root.currentWidget() is unlock
        assert not window.statusBar().isVisible()
        assert not dialog.isVisible(), "a dialog must not stay open over the lock"
        assert not window.lock_action.isEnabled()
        assert "without activity" in unlock.reason.text()

        type_text(unlock.passphrase, "not the passphrase")
        click(unlock.unlock_button)
        await until(lambda: "not right" in unlock.error.text(), "the wrong-passphrase message")
        assert lock.is_locked
        assert window.root.currentWidget() is unlock

        # A key file that cannot be read is said on the screen, and the app stays locked and running.
        key_file = profile.directory / KEY_FILE
        saved = key_file.read_bytes()
        key_file.write_bytes(b"not a key file")
        unlock.error.clear()
        unlock.passphrase.clear()
        type_text(unlock.passphrase, PASSPHRASE)
        click(unlock.unlock_button)
        await until(lambda: bool(unlock.error.text()), "the unreadable key file message")
        assert lock.is_locked
        key_file.write_bytes(saved)

        unlock.passphrase.clear()
        type_text(unlock.passphrase, PASSPHRASE)
        click(unlock.unlock_button)
        await until(lambda: not lock.is_locked, "unlocking")
        assert window.root.currentWidget() is window.app_area
        assert window.current_section() == "profile"
        assert window.lock_action.isEnabled()
        assert watcher.lock_timer.remaining() is not None, "the idle timer runs again after unlocking"
        watcher.stop()
        window.close()

    qasync_loop.run_until_complete(scenario())


def test_lock_now_and_notifications_while_locked(
    qasync_loop: asyncio.AbstractEventLoop, qapp: QApplication, profile: Profile, tmp_path: Path
) -> None:
    async def scenario() -> None:
        app = App(qapp, build_parser().parse_args(["--profile-dir", str(tmp_path / "studio")]))
        window = app.window
        for key in ("wallet", "profile"):
            window.add_section(key, key.title(), key, QLabel(f"the {key} page"))
        window.show()
        window.show_section("wallet")
        app.idle.set_timeout(None)
        app.lock = AppLock(
            window, "studio", lambda pw: asyncio.to_thread(profile.verify_passphrase, pw), app.spawn, app.idle
        )
        shown: list[tuple[str, str]] = []
        app.notify("ExC received", "5 ExC from exc1qqq…")
        assert "5 ExC" in window.statusBar().currentMessage()
        window.statusBar().clearMessage()

        assert window.lock_action.shortcut().toString() == "Ctrl+L"
        window.lock_action.trigger()  # File → Lock now, Ctrl+L, and the tray menu's entry
        assert app.lock.is_locked
        app.tray = RecordingTray(shown)  # type: ignore[assignment]
        app.notify("ExC received", "5 ExC from exc1qqq…")
        assert window.statusBar().currentMessage() == ""
        assert len(shown) == 1
        assert "ExC" not in shown[0][0] + shown[0][1]

        unlock = app.lock.unlock_view
        assert isinstance(unlock, UnlockView)
        type_text(unlock.passphrase, PASSPHRASE)
        click(unlock.unlock_button)
        await until(lambda: not app.lock.is_locked, "unlocking")  # type: ignore[union-attr]
        assert window.current_section() == "wallet"
        app.tray = None
        app.idle.stop()
        window.close()

    qasync_loop.run_until_complete(scenario())


@needs_ffmpeg
@pytest.mark.qt_log_ignore(*QT_AUDIO_NOISE)
def test_locking_brings_a_full_screen_video_back_behind_the_lock_and_pauses_it(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    clip = make_clip(tmp_path / "clip.mp4", seconds=20.0, size="160x120", rate=10)
    window = _window()
    qtbot.add_widget(window)
    page = QWidget()
    player = PlayerWidget()
    live = PlayerWidget()  # a live stream cannot pause: it is muted while locked
    column = QVBoxLayout(page)
    column.addWidget(player)
    column.addWidget(live)
    window.add_section("live", "Live", "live", page)
    window.show()
    window.show_section("live")
    # A post opened from the feed plays its video in a dialog of its own.
    post = QDialog(window)
    post_player = PlayerWidget(post)
    QVBoxLayout(post).addWidget(post_player)
    post.show()
    # Any other window of the app (a player that has no page, a tool window).
    stray = QWidget()
    qtbot.add_widget(stray)
    stray.show()
    for each in (player, post_player):
        each.open_file(clip)
    live.open_opener(open_path(clip), live=True)
    qtbot.waitUntil(lambda: all(p.is_playing() for p in (player, post_player, live)), timeout=20_000)
    player.toggle_fullscreen()
    assert player.isWindow()
    assert player.isFullScreen()
    assert player.isVisible()

    lock = AppLock(window, "studio", _right, _run_at_once, IdleWatcher(qapp, None, parent=window))
    lock.lock()

    assert lock.unlock_view is not None
    assert window.root.currentWidget() is lock.unlock_view
    assert [w for w in qapp.topLevelWidgets() if w.isVisible()] == [window], "only the unlock screen shows"
    assert not player.isWindow(), "the player went back into its page"
    assert not player.isFullScreen()
    assert player.parentWidget() is page
    assert not player.isVisible()
    for each in (player, post_player):
        assert each.playback is not None
        assert each.playback.state == State.PAUSED
    assert live.is_muted()

    assert lock.unlock_view is not None
    lock.unlock_view.unlock_requested.emit(PASSPHRASE)
    assert not lock.is_locked
    assert player.isVisible(), "the page shows its player again"
    assert not player.is_playing(), "the video waits for the user to press play"
    assert not live.is_muted(), "the live stream is heard again"
    for each in (player, post_player, live):
        each.close_media()


async def _right(passphrase: str) -> bool:
    return passphrase == PASSPHRASE


def _run_at_once(coro: Coroutine[Any, Any, Any]) -> None:
    # The unlock check above never waits, so the unlock coroutine completes in one step (no loop needed).
    with contextlib.suppress(StopIteration):
        coro.send(None)
    coro.close()
