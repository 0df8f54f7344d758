"""Locking the open app: after idle time without input, on request (Ctrl+L, tray), and unlocking it again."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog
from shiboken6 import Shiboken

from etalonium_desktop.media.player_widget import PlayerWidget
from etalonium_desktop.store import StoreError
from etalonium_desktop.store.idle_lock import LockTimer
from etalonium_desktop.ui.main_window import MainWindow
from etalonium_desktop.ui.unlock_view import UnlockView

# What counts as the user being there. Paint, timer and network events do not.
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.ShortcutOverride,
    }
)
# Never wake more often than this to look at the clock (input only records a time; the timer decides).
_MIN_CHECK_MS = 200


class IdleWatcher(QObject):
    """Emits `idle` once the user gave no input to any window of the app for `timeout_s` seconds.

    An application-wide event filter records the time of each input event: one set lookup and one clock
    read per event. A single-shot timer wakes when the lock would be due, and sleeps again if there was
    input meanwhile, so nothing runs while the user is active besides that record.
    """

    idle = Signal()

    def __init__(
        self,
        app: QCoreApplication,
        timeout_s: float | None,
        *,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._app = app
        self.lock_timer = LockTimer(timeout_s, clock)
        self._check = QTimer(self)
        self._check.setSingleShot(True)
        self._check.timeout.connect(self.check)
        self._watching = False

    @property
    def timeout_s(self) -> float | None:
        return self.lock_timer.timeout_s

    def set_timeout(self, timeout_s: float | None) -> None:
        """Change the idle time (None: never lock); counts from now."""
        self.lock_timer.timeout_s = timeout_s
        self.lock_timer.touch()
        self._schedule()

    def start(self) -> None:
        """Watch input from now on (the idle time counts from now)."""
        if not self._watching:
            self._app.installEventFilter(self)
            self._watching = True
        self.lock_timer.touch()
        self._schedule()

    def stop(self) -> None:
        """Stop watching (while locked, or when the app closes)."""
        if self._watching:
            self._app.removeEventFilter(self)
            self._watching = False
        self._check.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self.lock_timer.touch()
        return False

    def check(self) -> None:
        """Emit `idle` when the time is up; otherwise sleep until it would be."""
        if not self._watching:
            return
        if self.lock_timer.poll():
            self.idle.emit()
        else:
            self._schedule()

    def _schedule(self) -> None:
        remaining = self.lock_timer.remaining()
        if remaining is None or not self._watching:
            self._check.stop()
            return
        self._check.start(max(_MIN_CHECK_MS, round(remaining * 1000)))


class AppLock(QObject):
    """Puts the unlock screen over the main window and takes it away once the passphrase is right.

    While locked, the sections are out of sight (the window shows only the unlock screen and no status
    bar), open dialogs are closed, any other window of the app is hidden, a full-screen video goes back into
    its page, and every player is paused (a live stream, which cannot pause, is muted until unlocking). Typed
    passphrases are cleared through `locked` listeners, and `is_locked` tells notifications to keep their
    content to themselves. The section shown before is shown again after.
    """

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        window: MainWindow,
        profile_name: str,
        check_passphrase: Callable[[str], Awaitable[bool]],
        spawn: Callable[[Awaitable[Any]], Any],
        idle: IdleWatcher,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.profile_name = profile_name
        self._check_passphrase = check_passphrase
        self._spawn = spawn
        self.idle = idle
        self.unlock_view: UnlockView | None = None
        self._section = ""
        #: Live players muted by the lock, to be heard again after unlocking.
        self._muted_players: list[PlayerWidget] = []
        idle.idle.connect(self._on_idle_timeout)
        window.lock_requested.connect(self.lock)

    @property
    def is_locked(self) -> bool:
        return self.unlock_view is not None

    def locked_notification(self) -> str:
        """What a notification says while locked: that something happened, not what."""
        return self.tr("New activity. Unlock to see it.")

    def _on_idle_timeout(self) -> None:
        minutes = round((self.idle.timeout_s or 0) / 60)
        if minutes >= 1:
            reason = self.tr("Locked after %n minute(s) without activity.", "", minutes)
        else:
            reason = self.tr("Locked after a time without activity.")
        self.lock(reason)

    def lock(self, reason: str = "") -> None:
        if self.is_locked:
            return
        self.idle.stop()
        self._section = self.window.current_section()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self._quiet_players(app)
            self._close_other_windows(app)
        view = UnlockView(self.profile_name)
        view.set_reason(reason or self.tr("Locked."))
        view.unlock_requested.connect(lambda passphrase: self._spawn(self._try_unlock(view, passphrase)))
        self.unlock_view = view
        self.window.set_gate(view)
        view.passphrase.setFocus()
        self.locked.emit()

    def _quiet_players(self, app: QApplication) -> None:
        # A full-screen player is a window of its own over everything: back into its page, behind the lock.
        # Players in pages (or in a post's dialog) keep playing out of sight and would be heard: paused.
        for widget in app.allWidgets():
            if not isinstance(widget, PlayerWidget):
                continue
            widget.leave_fullscreen()
            if widget.playback is None:
                continue
            if not widget.is_live():
                widget.pause()  # also one still loading, which would start playing once it can
            elif not widget.is_muted():
                widget.set_muted(True)
                self._muted_players.append(widget)

    def _close_other_windows(self, app: QApplication) -> None:
        # A dialog (send, receive, file choice) or any other top-level window (a player made a window, a
        # menu) is a window of its own: the unlock screen would not cover it.
        for widget in app.topLevelWidgets():
            if widget is self.window or not widget.isVisible():
                continue
            if isinstance(widget, QDialog):
                widget.reject()
            else:
                widget.hide()

    def _restore_sound(self) -> None:
        players, self._muted_players = self._muted_players, []
        for player in players:
            if Shiboken.isValid(player):  # a player closed while locked (its dialog rejected) is gone
                player.set_muted(False)

    async def _try_unlock(self, view: UnlockView, passphrase: str) -> None:
        try:
            right = await self._check_passphrase(passphrase)
        except (StoreError, OSError) as exc:  # a damaged key file, an unreadable folder: said, still locked
            if view is self.unlock_view:
                view.show_error(str(exc))
            return
        if view is not self.unlock_view:
            return
        if not right:
            view.show_wrong_passphrase()
            return
        self.unlock_view = None
        self.window.set_gate(None)
        if self._section in self.window.sections:
            self.window.show_section(self._section)
        self._restore_sound()
        self.idle.start()
        self.unlocked.emit()
