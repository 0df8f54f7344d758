"""Qt test support for the messenger: a qasync loop fixture and direct input helpers."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable

os.environ.setdefault("QT_API", "pyside6")


from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, SignalInstance
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QListView, QWidget

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
