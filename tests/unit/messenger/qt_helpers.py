"""Qt test support for the messenger: a qasync loop fixture and direct input helpers."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Callable, Iterator
from typing import Any

import pytest

os.environ.setdefault("QT_API", "pyside6")


import qasync
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, SignalInstance
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QListView, QWidget


@pytest.fixture
def qasync_loop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    """A qasync event loop on the test's QApplication; run scenarios with `loop.run_until_complete`.

    Exceptions that escape into the loop's handler or sys.excepthook fail the test.
    """
    # Closing a test's last window must not quit the application (and so stop the loop mid-scenario).
    qapp.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(qapp)
    errors: list[Any] = []
    loop.set_exception_handler(lambda _loop, context: errors.append(context))
    old_hook = sys.excepthook
    sys.excepthook = lambda *info: errors.append(info)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    except BaseException:
        for error in errors:
            print("loop error:", error, file=sys.stderr)
        raise
    finally:
        sys.excepthook = old_hook
        loop.run_until_complete(asyncio.sleep(0))
        loop.close()
        asyncio.set_event_loop(None)
    assert errors == []


# Input without QTest: QTest's helpers process events themselves, which re-enters a running qasync loop
# from inside a coroutine ("Cannot enter into task ..."). Sending the events directly delivers them at once,
# through the same handlers a person's keys and clicks reach.


def send_text(widget: QWidget, text: str) -> None:
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def send_key(widget: QWidget, key: Qt.Key) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))


def send_click(widget: QWidget, pos: QPoint | None = None) -> None:
    point = QPointF(pos if pos is not None else widget.rect().center())
    global_point = QPointF(widget.mapToGlobal(point.toPoint()))
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        buttons = Qt.MouseButton.LeftButton if kind is QEvent.Type.MouseButtonPress else Qt.MouseButton.NoButton
        event = QMouseEvent(
            kind, point, global_point, Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(widget, event)


def click_row(view: QListView, row: int) -> None:
    send_click(view.viewport(), view.visualRect(view.model().index(row, 0)).center())


async def until(condition: Callable[[], bool], *signals: SignalInstance, within: float = 15.0) -> None:
    """Wait until `condition()` holds, checking again whenever one of `signals` is emitted."""
    async with asyncio.timeout(within):
        while not condition():
            changed: asyncio.Future[None] = asyncio.get_running_loop().create_future()

            def fire(*_args: object, changed: asyncio.Future[None] = changed) -> None:
                if not changed.done():
                    changed.set_result(None)

            for signal in signals:
                signal.connect(fire)
            try:
                await changed
            finally:
                for signal in signals:
                    signal.disconnect(fire)
