"""Small shared widgets: page titles, cards, primary buttons, and status labels."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget
from shiboken6 import Shiboken


def title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("PageTitle")
    label.setAccessibleName(text)
    return label


def subtle(text: str, *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "subtle")
    label.setWordWrap(wrap)
    return label


def status_label(text: str = "", role: str = "error") -> QLabel:
    label = QLabel(text)
    label.setProperty("role", role)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def set_role(label: QLabel, role: str) -> None:
    """Change a label's style role (verified, stale, error…) and re-polish it so the style sheet applies."""
    label.setProperty("role", role)
    label.style().unpolish(label)
    label.style().polish(label)


def primary_button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setProperty("primary", True)
    button.setAccessibleName(text)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


def button(text: str) -> QPushButton:
    b = QPushButton(text)
    b.setAccessibleName(text)
    return b


class Card(QFrame):
    """A rounded white panel holding a vertical layout."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(20, 18, 20, 18)
        self.body.setSpacing(10)


def delete_when_closed(dialog: QDialog, busy: Callable[[], asyncio.Future[Any] | None] | None = None) -> None:
    """Delete a dialog opened for one use once it closes: parented to a page or window, it would otherwise live
    (with its images, players and models) as long as the app. While `busy()` returns unfinished work (a post
    being published, a transfer waiting for its block), the deletion waits for it, so that work completes and
    still has its widgets to report to."""

    def delete(*_: object) -> None:
        if Shiboken.isValid(dialog):  # its parent may have gone first, taking it along
            dialog.deleteLater()

    def finished(_result: int) -> None:
        work = busy() if busy is not None else None
        if work is not None and not work.done():
            work.add_done_callback(delete)
        else:
            delete()

    dialog.finished.connect(finished)
