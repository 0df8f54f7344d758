"""The messenger's events as Qt signals, and running the service's coroutines from widgets."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Coroutine
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal

from etalonium_desktop.store import StoreError
from lightnode.messenger import (
    ConnectionChanged,
    ConversationUpdated,
    GroupUpdated,
    IdentityChanged,
    MessageAdded,
    MessageUpdated,
    MessengerError,
    MessengerEvent,
    PeerUpdated,
    RequestReceived,
    SendFailed,
    VerificationUpdated,
)

from .service import MessengerService

log = logging.getLogger(__name__)


class MessengerBridge(QObject):
    """Re-emits the service's events as signals (on the GUI thread, where the asyncio loop runs)."""

    message_added = Signal(object)
    message_updated = Signal(object)
    conversation_updated = Signal(object)
    request_received = Signal(object)
    identity_changed = Signal(object)
    peer_updated = Signal(object)
    group_updated = Signal(object)
    verification_updated = Signal(object)
    connection_changed = Signal(bool, str)
    send_failed = Signal(object)

    def __init__(self, service: MessengerService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._remove = service.add_listener(self._on_service_event)
        self.destroyed.connect(lambda *_: self._remove())

    def _on_service_event(self, event: MessengerEvent) -> None:
        if isinstance(event, MessageAdded):
            self.message_added.emit(event)
        elif isinstance(event, MessageUpdated):
            self.message_updated.emit(event)
        elif isinstance(event, ConversationUpdated):
            self.conversation_updated.emit(event)
        elif isinstance(event, RequestReceived):
            self.request_received.emit(event)
        elif isinstance(event, IdentityChanged):
            self.identity_changed.emit(event)
        elif isinstance(event, PeerUpdated):
            self.peer_updated.emit(event)
        elif isinstance(event, GroupUpdated):
            self.group_updated.emit(event)
        elif isinstance(event, VerificationUpdated):
            self.verification_updated.emit(event)
        elif isinstance(event, ConnectionChanged):
            self.connection_changed.emit(event.online, event.reason)
        elif isinstance(event, SendFailed):
            self.send_failed.emit(event)


class TaskRunner:
    """Runs a widget's coroutines on the event loop, keeps references to them, and turns their failures
    into sentences for the widget to show (never a traceback)."""

    def __init__(self, on_error: Callable[[str], None]) -> None:
        self._on_error = on_error
        self._tasks: set[asyncio.Task[Any]] = set()

    def run(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any] | None:
        """Start `coro` on the running loop (None, and nothing done, when no loop runs, as in screenshots)."""
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            coro.close()
            return None
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._done)
        return task

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        if isinstance(exc, MessengerError | StoreError):
            self._on_error(str(exc))
        else:
            log.error("a messenger action failed", exc_info=exc)
            self._on_error("Something went wrong; the action was not completed. Try again.")

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    async def wait_idle(self) -> None:
        """Wait until every task started so far has finished (tests)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)


def clock_time(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000).strftime("%H:%M")


def list_time(ms: int, now_ms: int | None = None) -> str:
    """Short time for lists: the time today, the weekday this week, else the date."""
    if ms <= 0:
        return ""
    now = datetime.fromtimestamp((now_ms if now_ms is not None else time.time() * 1000) / 1000)
    when = datetime.fromtimestamp(ms / 1000)
    if when.date() == now.date():
        return when.strftime("%H:%M")
    if 0 <= (now.date() - when.date()).days < 7:
        return when.strftime("%a")
    return when.strftime("%d %b")


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"
