"""Qt helpers of the market screens: running a step and showing its outcome, dialogs awaited without nested
loops, photo placeholders and thumbnails, a star picker and the order timeline."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLayout, QPushButton, QVBoxLayout, QWidget

from etalonium_desktop.ui import theme

from .errors import MarketError
from .viewmodels import TimelineItem

log = logging.getLogger(__name__)

D = TypeVar("D", bound=QDialog)
T = TypeVar("T")

_HUES = {"dresses": 290, "knitwear": 25, "accessories": 200, "shoes": 15, "samples": 160, "photography": 230,
         "modelling": 320, "tailoring": 45, "pattern cutting": 100, "casting": 260, "styling": 340}  # fmt: skip


class Tasks(QObject):
    """Runs a screen's coroutines, keeps references to them, and reports failures as sentences."""

    failed = Signal(str)
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: set[asyncio.Task[Any]] = set()
        self._idle = asyncio.Event()
        self._idle.set()

    def run(
        self, coro: Coroutine[Any, Any, Any], on_error: Callable[[str], None] | None = None
    ) -> asyncio.Task[Any] | None:
        """Start `coro` on the running loop (None, and nothing run, when the app's loop is gone: a timer that
        fires during shutdown)."""
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            coro.close()
            return None
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        self._idle.clear()

        def done(t: asyncio.Task[Any]) -> None:
            self._tasks.discard(t)
            if not t.cancelled():
                exc = t.exception()
                if isinstance(exc, MarketError):
                    (on_error or self.failed.emit)(str(exc))
                elif exc is not None:
                    log.error("market screen task failed", exc_info=exc)
                    (on_error or self.failed.emit)(
                        self.tr("Something went wrong ({kind}: {reason}).").format(kind=type(exc).__name__, reason=exc)
                    )
            if not self._tasks:
                self._idle.set()
                self.idle.emit()

        task.add_done_callback(done)
        return task

    async def wait_idle(self) -> None:
        """Until every started task is done (tests await this instead of sleeping)."""
        await self._idle.wait()

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()


def asking(dialog: D, read: Callable[[D], T]) -> asyncio.Future[T | None]:
    """Open `dialog` (window-modal, with `open()`: never a nested loop) and return the future of the user's
    answer: `read(dialog)` if accepted, None if not. Call it where the dialog is made, before any await, so no
    answer can come before it listens. The dialog is deleted once it closes (a parented dialog otherwise lives as
    long as its window), so its answer is read here, in the finished handler, never from the widget later."""
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        loop = asyncio.get_event_loop()
    future: asyncio.Future[T | None] = loop.create_future()

    def finished(result: int) -> None:
        with contextlib.suppress(RuntimeError):
            dialog.finished.disconnect(finished)
        if not future.done():
            try:
                future.set_result(read(dialog) if result == QDialog.DialogCode.Accepted else None)
            except Exception as exc:  # a bad read is the awaiting task's failure, reported as one
                future.set_exception(exc)
        dialog.deleteLater()

    dialog.finished.connect(finished)
    dialog.open()
    return future


async def ask(dialog: D, read: Callable[[D], T]) -> T | None:
    """Open `dialog` and wait for the user's answer (`read(dialog)`, or None if they cancel)."""
    return await asking(dialog, read)


def placeholder(category: str, size: QSize, text: str = "") -> QPixmap:
    """A soft gradient tile for a listing without photos, with the category's initial."""
    hue = _HUES.get(category.strip().lower(), (sum(map(ord, category)) * 37) % 360)
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    gradient = QLinearGradient(QPointF(0, 0), QPointF(size.width(), size.height()))
    dark = theme.current() is theme.Theme.DARK
    gradient.setColorAt(0, QColor.fromHsl(hue, 120, 70 if dark else 215))
    gradient.setColorAt(1, QColor.fromHsl((hue + 40) % 360, 110, 45 if dark else 170))
    path = QPainterPath()
    path.addRoundedRect(QRectF(0, 0, size.width(), size.height()), 10, 10)
    painter.fillPath(path, gradient)
    painter.setPen(QColor(255, 255, 255, 230))
    font = QFont()
    font.setPixelSize(max(12, size.height() // 3))
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRectF(0, 0, size.width(), size.height()), Qt.AlignmentFlag.AlignCenter, text or category[:1])
    painter.end()
    return QPixmap.fromImage(image)


def rounded(pixmap: QPixmap, size: QSize, radius: float = 10) -> QPixmap:
    """`pixmap` cropped to fill `size`, with rounded corners."""
    scaled = pixmap.scaled(
        size, Qt.AspectRatioMode.KeepAspectRatioByExpanding, Qt.TransformationMode.SmoothTransformation
    )
    out = QPixmap(size)
    out.fill(Qt.GlobalColor.transparent)
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addRoundedRect(QRectF(0, 0, size.width(), size.height()), radius, radius)
    painter.setClipPath(path)
    x = (scaled.width() - size.width()) // 2
    y = (scaled.height() - size.height()) // 2
    painter.drawPixmap(0, 0, scaled, x, y, size.width(), size.height())
    painter.end()
    return out


class Thumbnails(QObject):
    """Listing thumbnails by media id, fetched once (verified by the media layer) and kept for the run."""

    loaded = Signal(bytes)

    def __init__(self, fetch: Callable[[bytes], Awaitable[bytes | None]] | None, tasks: Tasks) -> None:
        super().__init__()
        self.fetch = fetch
        self.tasks = tasks
        self._pixmaps: dict[bytes, QPixmap] = {}
        self._pending: set[bytes] = set()

    def get(self, media_id: bytes) -> QPixmap | None:
        pixmap = self._pixmaps.get(media_id)
        if pixmap is None and self.fetch is not None and media_id not in self._pending:
            self._pending.add(media_id)
            self.tasks.run(self._load(media_id), on_error=lambda _m: None)
        return pixmap

    def put(self, media_id: bytes, data: bytes) -> None:
        pixmap = QPixmap()
        if pixmap.loadFromData(data):
            self._pixmaps[media_id] = pixmap
            self.loaded.emit(media_id)

    async def _load(self, media_id: bytes) -> None:
        assert self.fetch is not None
        data = await self.fetch(media_id)
        if data:
            self.put(media_id, data)


class StarPicker(QWidget):
    """One to five stars for one axis of a rating, by click or keyboard."""

    changed = Signal(int)

    def __init__(self, label: str, value: int = 5, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Row")
        self.value = value
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        name = QLabel(label)
        name.setMinimumWidth(150)
        row.addWidget(name)
        self.buttons: list[QPushButton] = []
        for n in range(1, 6):
            b = QPushButton("★")
            b.setFlat(True)
            b.setProperty("flat", True)
            b.setAccessibleName(f"{label}: {n} star{'s' if n > 1 else ''}")
            b.setCursor(Qt.CursorShape.PointingHandCursor)
            b.setFixedSize(36, 36)
            b.clicked.connect(lambda _=False, n=n: self.set_value(n))
            self.buttons.append(b)
            row.addWidget(b)
        row.addStretch(1)
        self.set_value(value)

    def set_value(self, value: int) -> None:
        self.value = max(1, min(5, value))
        for n, b in enumerate(self.buttons, start=1):
            colour = "#e0a100" if n <= self.value else "#b9b3c2"
            b.setStyleSheet(f"font-size: 18pt; color: {colour}; border: none; padding: 0; background: transparent;")
        self.changed.emit(self.value)


class TimelineView(QWidget):
    """The order's steps as a vertical line of dots: done (accent), current (ringed), upcoming (grey)."""

    ROW = 46

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[TimelineItem] = []
        self.setAccessibleName(self.tr("Order timeline"))

    def set_items(self, items: list[TimelineItem]) -> None:
        self.items = items
        self.setMinimumHeight(self.ROW * max(1, len(items)) + 8)
        self.setAccessibleDescription("; ".join(f"{i.title} ({i.state})" for i in items))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, self.ROW * max(1, len(self.items)) + 8)

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent, muted, text = theme.colour("accent"), theme.colour("muted"), theme.colour("text")
        base = QFont(self.font())
        detail_font = QFont(base)
        detail_font.setPointSizeF(max(7.0, base.pointSizeF() - 1))
        x = 14
        for n, item in enumerate(self.items):
            y = 12 + n * self.ROW
            if n + 1 < len(self.items):
                upcoming = self.items[n + 1].state == "upcoming"
                painter.setPen(
                    QPen(muted if upcoming else accent, 2, Qt.PenStyle.DashLine if upcoming else Qt.PenStyle.SolidLine)
                )
                # From below this dot's ring to above the next dot, so no line crosses an open circle.
                painter.drawLine(x, y + (12 if item.state == "current" else 8), x, y + self.ROW - 8)
            if item.state == "upcoming":
                painter.setPen(QPen(muted, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(QPointF(x, y), 6, 6)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(accent)
                painter.drawEllipse(QPointF(x, y), 7, 7)
                if item.state == "current":
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.setPen(QPen(accent, 2))
                    painter.drawEllipse(QPointF(x, y), 11, 11)
            font = QFont(base)
            font.setBold(item.state == "current")
            painter.setFont(font)
            painter.setPen(muted if item.state == "upcoming" else text)
            painter.drawText(
                QRectF(x + 22, y - 11, self.width() - x - 30, 20), Qt.AlignmentFlag.AlignVCenter, item.title
            )
            if item.detail:
                painter.setFont(detail_font)
                painter.setPen(muted)
                detail = painter.fontMetrics().elidedText(
                    item.detail, Qt.TextElideMode.ElideRight, self.width() - x - 30
                )
                painter.drawText(
                    QRectF(x + 22, y + 7, self.width() - x - 30, 18), Qt.AlignmentFlag.AlignVCenter, detail
                )
        painter.end()


def section_label(text: str) -> QLabel:
    label = QLabel(text.upper())
    label.setProperty("role", "subtle")
    font = label.font()
    font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
    font.setBold(True)
    font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 0.8)
    label.setFont(font)
    return label


def clear_layout(layout: QLayout) -> None:
    """Remove and delete everything in `layout`."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()


def vbox(widget: QWidget, margins: int = 0, spacing: int = 8) -> QVBoxLayout:
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(margins, margins, margins, margins)
    layout.setSpacing(spacing)
    return layout
