"""The chat screen: a lazily paged message model, the bubble delegate, and the view with its composer."""

from __future__ import annotations

import bisect
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import IntEnum
from functools import cache, partial
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from etalonium_desktop.ui import theme
from lightnode.messenger import (
    Attachment,
    ConversationKind,
    ConversationState,
    IdentityChanged,
    MessageAdded,
    MessageState,
    MessageUpdated,
)

from .attachments import AttachmentPreview, FilePicker
from .bridge import MessengerBridge, TaskRunner, clock_time, human_size
from .service import ChatItem, ConversationItem, MessengerService

PAGE = 60
#: The most messages loaded at once; scrolling further drops rows at the far end.
WINDOW = 480
#: Start loading older messages when the view is this close (in pixels) to the top.
FETCH_MARGIN_PX = 400


def duration_text(ms: int) -> str:
    """A clip's length as shown on its poster: 0:07, 12:30, 1:02:03."""
    total = max(0, (ms + 500) // 1000)
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


class ChatRole(IntEnum):
    ITEM = int(Qt.ItemDataRole.UserRole) + 1
    UID = int(Qt.ItemDataRole.UserRole) + 2


# ---------------------------------------------------------------------------------------------------------
# The model


class ChatModel(QAbstractListModel):
    """A window onto one conversation, oldest at row 0.

    It opens on the newest page and slides as the user scrolls: `fetch_older` adds a page at the top and
    `fetch_newer` one at the bottom, and rows beyond `window` are dropped at the far end. A conversation of
    any length therefore opens, lays out and scrolls at the same speed.
    """

    older_loaded = Signal(int)

    def __init__(
        self,
        service: MessengerService,
        conversation: bytes,
        parent: QObject | None = None,
        *,
        page: int = PAGE,
        window: int = WINDOW,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.conversation = conversation
        self.page_size = page
        self.window = max(window, 2 * page)
        self._items: list[ChatItem] = []
        self._keys: list[tuple[int, int]] = []
        self._rows: dict[bytes, int] = {}
        #: Where the next older page starts (None: the first message is loaded).
        self._older: tuple[int, int] | None = None
        #: Where the next newer page starts (None: the newest message is loaded, new ones are appended).
        self._newer: tuple[int, int] | None = None
        self.reload()

    # Qt interface

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self._items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == ChatRole.ITEM:
            return item
        if role == ChatRole.UID:
            return item.uid
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Message deleted") if item.deleted else item.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            who = self.tr("You") if item.outgoing else item.sender_name
            text = self.tr("message deleted") if item.deleted else item.text or self.tr("attachment")
            return f"{who}: {text}, {clock_time(item.sent_ms)}, {item.status.value}"
        return None

    # Paging

    def reload(self) -> None:
        """Show the newest page (the live end of the conversation)."""
        page = self.service.page(self.conversation, limit=self.page_size)
        self._reset(list(reversed(page.items)), older=page.older, newer=None)

    def load_around(self, uid: bytes) -> int | None:
        """Show the message `uid` with a page of messages on each side; returns its row."""
        item = self.service.item(uid)
        if item is None or item.conversation != self.conversation:
            return None
        half = self.page_size
        before = self.service.page(self.conversation, older=(item.sent_ms, item.row_id + 1), limit=half)
        after = self.service.newer(self.conversation, (item.sent_ms, item.row_id), limit=half)
        newer = after.older if after.older is not None else None
        self._reset(list(reversed(before.items)) + list(after.items), older=before.older, newer=newer)
        return self._rows.get(uid)

    def _reset(self, items: list[ChatItem], *, older: tuple[int, int] | None, newer: tuple[int, int] | None) -> None:
        self.beginResetModel()
        self._items = items
        self._reindex()
        self._older = older
        self._newer = newer
        self.endResetModel()

    def _reindex(self) -> None:
        self._keys = [(i.sent_ms, i.row_id) for i in self._items]
        self._rows = {i.uid: n for n, i in enumerate(self._items)}

    @property
    def at_live_end(self) -> bool:
        """Whether the newest message is loaded (new messages then appear at the bottom)."""
        return self._newer is None

    def can_fetch_older(self) -> bool:
        return self._older is not None

    def can_fetch_newer(self) -> bool:
        return self._newer is not None

    def fetch_older(self) -> int:
        """Load the page before the oldest loaded message; returns how many rows were added at the top."""
        if self._older is None:
            return 0
        page = self.service.page(self.conversation, older=self._older, limit=self.page_size)
        fresh = [i for i in reversed(page.items) if i.uid not in self._rows]
        self._older = page.older
        if fresh:
            self.beginInsertRows(QModelIndex(), 0, len(fresh) - 1)
            self._items[0:0] = fresh
            self._reindex()
            self.endInsertRows()
        excess = len(self._items) - self.window
        if excess > 0:
            first = len(self._items) - excess
            self.beginRemoveRows(QModelIndex(), first, len(self._items) - 1)
            del self._items[first:]
            self._reindex()
            self.endRemoveRows()
            last = self._items[-1]
            self._newer = (last.sent_ms, last.row_id)
        self.older_loaded.emit(len(fresh))
        return len(fresh)

    def fetch_newer(self) -> int:
        """Load the page after the newest loaded message; returns how many rows were added at the bottom."""
        if self._newer is None:
            return 0
        page = self.service.newer(self.conversation, self._newer, limit=self.page_size)
        fresh = [i for i in page.items if i.uid not in self._rows]
        self._newer = page.older
        if fresh:
            first = len(self._items)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._items.extend(fresh)
            self._reindex()
            self.endInsertRows()
        excess = len(self._items) - self.window
        if excess > 0:
            self.beginRemoveRows(QModelIndex(), 0, excess - 1)
            del self._items[:excess]
            self._reindex()
            self.endRemoveRows()
            head = self._items[0]
            self._older = (head.sent_ms, head.row_id)
        return len(fresh)

    # Live updates

    def item_at(self, row: int) -> ChatItem:
        return self._items[row]

    def row_of(self, uid: bytes) -> int | None:
        return self._rows.get(uid)

    def upsert(self, item: ChatItem) -> int:
        """Add a new message in its place (by time) or refresh a loaded one; returns its row, or -1 when it
        lies outside the loaded window (it is shown when the user scrolls there)."""
        row = self._rows.get(item.uid)
        if row is not None:
            old = self._items[row]
            if item.row_id == 0:
                item = _with_row_id(item, old.row_id)
            self._items[row] = item
            index = self.index(row)
            self.dataChanged.emit(index, index)
            return row
        key = (item.sent_ms, item.row_id or (1 << 62))
        row = bisect.bisect_right(self._keys, key)
        if (row == 0 and self._items and self._older is not None) or (
            row == len(self._items) and self._newer is not None
        ):
            return -1
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.insert(row, item)
        self._reindex()
        self.endInsertRows()
        return row


def _with_row_id(item: ChatItem, row_id: int) -> ChatItem:
    return replace(item, row_id=row_id)


# ---------------------------------------------------------------------------------------------------------
# The delegate


@dataclass
class _Layout:
    size: QSize
    bubble: QRect
    name: QRect | None = None
    reply: QRect | None = None
    media: list[tuple[QRect, Attachment]] = field(default_factory=list)
    text: QRect | None = None
    #: The width the text document was laid out at (it is cached under it).
    text_width: int = 0
    footer: QRect = field(default_factory=QRect)


_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)


def _is_plain(item: ChatItem) -> bool:
    """Whether the message's rich text is just its text (no formatting, links or escaped characters)."""
    return item.html == item.text


PAD = 10
MARGIN_X = 14
MARGIN_Y = 3
RADIUS = 14.0
FILE_CHIP_H = 46
MAX_MEDIA = 260


def _bubble_colours() -> dict[str, QColor]:
    return _colours_for(theme.current())


@cache
def _colours_for(current: theme.Theme) -> dict[str, QColor]:
    dark = current is theme.Theme.DARK
    return {
        "out": QColor("#8a3ffc"),
        "out_text": QColor("#ffffff"),
        "out_muted": QColor("#e4d6ff"),
        "read": QColor("#7fe3ff"),
        "in": QColor("#2b2733" if dark else "#f1ecf6"),
        "in_text": QColor("#ece9f1" if dark else "#1d1b22"),
        "in_muted": QColor("#9a94a6" if dark else "#6b6773"),
        "reply_bar": QColor("#c9b2f5"),
        "failed": QColor("#e5484d"),
        "name": QColor("#b38cff" if dark else "#6b2fd0"),
        "chip": QColor("#00000022"),
    }


class ChatDelegate(QStyledItemDelegate):
    """Paints messages as bubbles: sender (groups), quoted reply, photos and files, formatted text, time,
    'edited', and delivery ticks. Layouts and text documents are cached, so scrolling stays smooth."""

    def __init__(self, parent: QObject | None = None, *, group: bool = False) -> None:
        super().__init__(parent)
        self.group = group
        self._docs: OrderedDict[tuple[bytes, str, int, bool], QTextDocument] = OrderedDict()
        self._layouts: OrderedDict[tuple[Any, ...], _Layout] = OrderedDict()
        self._pixmaps: OrderedDict[bytes, QPixmap] = OrderedDict()
        self.font = QFont(QGuiApplication.font())
        self.small = QFont(self.font)
        self.small.setPointSizeF(max(7.0, self.font.pointSizeF() * 0.82))
        self.bold = QFont(self.font)
        self.bold.setBold(True)

    def forget(self) -> None:
        self._docs.clear()
        self._layouts.clear()

    # Layout

    def _doc(self, item: ChatItem, width: int, outgoing: bool) -> QTextDocument:
        key = (item.uid, item.html, width, outgoing)
        doc = self._docs.get(key)
        if doc is None:
            doc = QTextDocument()
            doc.setDefaultFont(self.font)
            doc.setDocumentMargin(0)
            colour = _bubble_colours()["out_text" if outgoing else "in_text"].name()
            link = "#ffffff" if outgoing else "#6b2fd0"
            doc.setDefaultStyleSheet(
                f"body {{ color: {colour}; }} a {{ color: {link}; }} "
                "code { font-family: 'DejaVu Sans Mono', monospace; }"
            )
            doc.setHtml(f"<body>{item.html}</body>")
            doc.setTextWidth(width)
            self._docs[key] = doc
            while len(self._docs) > 600:
                self._docs.popitem(last=False)
        else:
            self._docs.move_to_end(key)
        return doc

    def _media_size(self, a: Attachment) -> QSize:
        if (a.is_image or a.is_video) and a.thumbnail:
            w, h = a.width or 4, a.height or 3
            scale = min(MAX_MEDIA / w, MAX_MEDIA / h, 1.0 if w > 80 else MAX_MEDIA / w)
            return QSize(max(80, int(w * scale)), max(60, int(h * scale)))
        return QSize(MAX_MEDIA, FILE_CHIP_H)

    def layout_for(self, item: ChatItem, width: int) -> _Layout:
        key = (
            item.uid,
            item.html,
            item.deleted,
            item.reply_preview,
            len(item.attachments),
            item.edited,
            width,
        )
        cached = self._layouts.get(key)
        if cached is not None:
            return cached
        max_bubble = max(160, min(int(width * 0.72), 620))
        inner = max_bubble - 2 * PAD
        fm = QFontMetrics(self.font)
        fm_small = QFontMetrics(self.small)
        y = PAD
        content_w = 0
        lay = _Layout(QSize(), QRect(), text_width=inner)
        if self.group and not item.outgoing:
            lay.name = QRect(PAD, y, inner, QFontMetrics(self.bold).height())
            content_w = max(content_w, min(inner, QFontMetrics(self.bold).horizontalAdvance(item.sender_name)))
            y += lay.name.height() + 2
        if item.reply_preview and not item.deleted:
            h = fm_small.height() + 10
            lay.reply = QRect(PAD, y, inner, h)
            content_w = max(content_w, min(inner, fm_small.horizontalAdvance(item.reply_preview) + 16))
            y += h + 6
        if not item.deleted:
            for a in item.attachments:
                size = self._media_size(a)
                size = QSize(min(size.width(), inner), size.height())
                lay.media.append((QRect(PAD, y, size.width(), size.height()), a))
                content_w = max(content_w, size.width())
                y += size.height() + 6
        text = item.text if not item.deleted else ""
        if text or item.deleted:
            if item.deleted:
                tw = fm.horizontalAdvance(self.tr("This message was deleted"))
                th = fm.height()
            elif _is_plain(item):
                # Plain text (most messages) is measured and drawn with the font directly: several times
                # cheaper than a rich-text document, which matters when a page of rows is laid out.
                bounds = fm.boundingRect(QRect(0, 0, inner, 1 << 20), _WRAP, item.text)
                tw = min(inner, bounds.width() + 1)
                th = bounds.height()
            else:
                doc = self._doc(item, inner, item.outgoing)
                tw = min(inner, int(doc.idealWidth()) + 1)
                th = int(doc.size().height())
            lay.text = QRect(PAD, y, tw, th)
            content_w = max(content_w, tw)
            y += th + 2
        footer = clock_time(item.sent_ms) + ("  " + self.tr("edited") if item.edited and not item.deleted else "")
        footer_w = fm_small.horizontalAdvance(footer) + (22 if item.outgoing else 0)
        content_w = max(content_w, footer_w)
        lay.footer = QRect(PAD, y, content_w, fm_small.height())
        y += fm_small.height() + PAD - 2
        bubble_w = content_w + 2 * PAD
        x = width - MARGIN_X - bubble_w if item.outgoing else MARGIN_X
        lay.bubble = QRect(x, MARGIN_Y, bubble_w, y)
        lay.size = QSize(width, y + 2 * MARGIN_Y)
        self._layouts[key] = lay
        while len(self._layouts) > 20000:
            self._layouts.popitem(last=False)
        return lay

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        item = index.data(ChatRole.ITEM)
        if item is None:
            return QSize(0, 0)
        width = option.rect.width() or (option.widget.width() if option.widget is not None else 600)
        return self.layout_for(item, max(240, width)).size

    # Painting

    def _pixmap(self, a: Attachment) -> QPixmap | None:
        pix = self._pixmaps.get(a.manifest)
        if pix is None and a.thumbnail:
            image = QImage.fromData(a.thumbnail)
            if image.isNull():
                return None
            pix = QPixmap.fromImage(image)
            self._pixmaps[a.manifest] = pix
            while len(self._pixmaps) > 300:
                self._pixmaps.popitem(last=False)
        return pix

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        item: ChatItem | None = index.data(ChatRole.ITEM)
        if item is None:
            return
        colours = _bubble_colours()
        lay = self.layout_for(item, max(240, option.rect.width()))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(option.rect.topLeft())
        bubble = QRectF(lay.bubble)
        path = QPainterPath()
        path.addRoundedRect(bubble, RADIUS, RADIUS)
        fill = colours["out" if item.outgoing else "in"]
        if option.state & QStyle.StateFlag.State_Selected:
            fill = fill.darker(112)
        painter.fillPath(path, fill)
        painter.translate(lay.bubble.topLeft())
        text_colour = colours["out_text" if item.outgoing else "in_text"]
        muted = colours["out_muted" if item.outgoing else "in_muted"]
        fm_small = QFontMetrics(self.small)
        if lay.name is not None:
            painter.setFont(self.bold)
            painter.setPen(colours["name"])
            painter.drawText(
                lay.name,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                QFontMetrics(self.bold).elidedText(item.sender_name, Qt.TextElideMode.ElideRight, lay.name.width()),
            )
        if lay.reply is not None:
            r = lay.reply
            painter.fillRect(QRect(r.x(), r.y(), 3, r.height()), colours["reply_bar"])
            painter.setFont(self.small)
            painter.setPen(muted)
            elided = fm_small.elidedText(item.reply_preview, Qt.TextElideMode.ElideRight, r.width() - 10)
            painter.drawText(r.adjusted(9, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, elided)
        for rect, a in lay.media:
            self._paint_attachment(painter, rect, a, text_colour, muted)
        if lay.text is not None:
            if item.deleted:
                font = QFont(self.font)
                font.setItalic(True)
                painter.setFont(font)
                painter.setPen(muted)
                painter.drawText(lay.text, Qt.AlignmentFlag.AlignLeft, self.tr("This message was deleted"))
            elif _is_plain(item):
                painter.setFont(self.font)
                painter.setPen(text_colour)
                painter.drawText(QRect(lay.text.x(), lay.text.y(), lay.text_width, lay.text.height()), _WRAP, item.text)
            else:
                doc = self._doc(item, lay.text_width, item.outgoing)
                painter.save()
                painter.translate(lay.text.topLeft())
                ctx = QAbstractTextDocumentLayout.PaintContext()
                ctx.palette.setColor(QPalette.ColorRole.Text, text_colour)
                doc.documentLayout().draw(painter, ctx)
                painter.restore()
        painter.setFont(self.small)
        painter.setPen(muted)
        footer = clock_time(item.sent_ms) + ("  " + self.tr("edited") if item.edited and not item.deleted else "")
        f = lay.footer
        right = f.right() - (22 if item.outgoing else 0)
        painter.drawText(
            QRect(f.x(), f.y(), right - f.x(), f.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            footer,
        )
        if item.outgoing:
            self._paint_status(painter, QRect(right + 4, f.y(), 18, f.height()), item.status, colours)
        painter.restore()

    def _paint_attachment(self, painter: QPainter, rect: QRect, a: Attachment, text: QColor, muted: QColor) -> None:
        pix = self._pixmap(a) if (a.is_image or a.is_video) else None
        if pix is not None:
            clip = QPainterPath()
            clip.addRoundedRect(QRectF(rect), 10, 10)
            painter.save()
            painter.setClipPath(clip)
            painter.drawPixmap(
                rect,
                pix.scaled(
                    rect.size(),
                    Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                    Qt.TransformationMode.SmoothTransformation,
                ),
            )
            painter.restore()
            if a.is_video:
                painter.save()
                centre = QPointF(rect.center())
                painter.setBrush(QColor(0, 0, 0, 140))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawEllipse(centre, 22, 22)
                painter.setBrush(QColor("white"))
                tri = QPainterPath()
                tri.moveTo(centre + QPointF(-7, -11))
                tri.lineTo(centre + QPointF(12, 0))
                tri.lineTo(centre + QPointF(-7, 11))
                tri.closeSubpath()
                painter.drawPath(tri)
                if a.duration_ms > 0:
                    label = duration_text(a.duration_ms)
                    painter.setFont(self.small)
                    width = painter.fontMetrics().horizontalAdvance(label) + 12
                    badge = QRect(rect.right() - width - 6, rect.bottom() - 24, width, 18)
                    painter.setBrush(QColor(0, 0, 0, 150))
                    painter.drawRoundedRect(badge, 9, 9)
                    painter.setPen(QColor("white"))
                    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
                painter.restore()
            return
        painter.save()
        chip = QPainterPath()
        chip.addRoundedRect(QRectF(rect), 10, 10)
        painter.fillPath(chip, QColor(0, 0, 0, 28))
        icon = QRect(rect.x() + 8, rect.y() + 7, 32, 32)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 70))
        painter.drawRoundedRect(icon, 6, 6)
        painter.setPen(text)
        painter.setFont(self.bold)
        ext = (a.name.rsplit(".", 1)[-1] if "." in a.name else "file")[:4].upper()
        small = QFont(self.small)
        small.setBold(True)
        painter.setFont(small)
        painter.drawText(icon, Qt.AlignmentFlag.AlignCenter, ext)
        painter.setFont(self.font)
        fm = QFontMetrics(self.font)
        name_rect = QRect(icon.right() + 8, rect.y() + 5, rect.width() - icon.width() - 24, fm.height())
        painter.drawText(
            name_rect,
            Qt.AlignmentFlag.AlignLeft,
            fm.elidedText(a.name or "file", Qt.TextElideMode.ElideMiddle, name_rect.width()),
        )
        painter.setFont(self.small)
        painter.setPen(muted)
        painter.drawText(
            QRect(name_rect.x(), name_rect.bottom() + 1, name_rect.width(), fm.height()),
            Qt.AlignmentFlag.AlignLeft,
            human_size(a.size),
        )
        painter.restore()

    @staticmethod
    def _paint_status(painter: QPainter, r: QRect, status: MessageState, colours: dict[str, QColor]) -> None:
        painter.save()
        y = r.center().y()
        x = r.x()
        if status is MessageState.FAILED:
            painter.setBrush(colours["failed"])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QPointF(x + 7, y), 6, 6)
            painter.setPen(QPen(QColor("white"), 1.6))
            painter.drawLine(QPointF(x + 7, y - 3), QPointF(x + 7, y + 1))
            painter.drawPoint(QPointF(x + 7, y + 3))
        elif status is MessageState.QUEUED:
            painter.setPen(QPen(colours["out_muted"], 1.3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(x + 7, y), 5, 5)
            painter.drawLine(QPointF(x + 7, y), QPointF(x + 7, y - 3))
            painter.drawLine(QPointF(x + 7, y), QPointF(x + 9, y + 1))
        else:
            colour = colours["read"] if status is MessageState.READ else colours["out_muted"]
            painter.setPen(QPen(colour, 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            ticks = 1 if status is MessageState.SENT else 2
            for t in range(ticks):
                dx = x + t * 5
                painter.drawLine(QPointF(dx, y), QPointF(dx + 3, y + 3))
                painter.drawLine(QPointF(dx + 3, y + 3), QPointF(dx + 9, y - 4))
        painter.restore()


# ---------------------------------------------------------------------------------------------------------
# The list view


class ChatListView(QListView):
    """The message list: pixel scrolling, batched layout, older pages fetched near the top with the visible
    messages kept in place, and new messages followed while the user is at the bottom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # One pass: the rows' heights come from the delegate's cache, and the scroll position can be
        # corrected right after older rows are inserted above the visible ones.
        self.setLayoutMode(QListView.LayoutMode.SinglePass)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSpacing(0)
        self.verticalScrollBar().setSingleStep(24)
        self.verticalScrollBar().valueChanged.connect(self._on_scrollbar_value_changed)
        self._fetching = False

    def chat_model(self) -> ChatModel | None:
        model = self.model()
        return model if isinstance(model, ChatModel) else None

    def at_bottom(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - 8

    def _on_scrollbar_value_changed(self, value: int) -> None:
        if self._fetching:
            return
        if value < FETCH_MARGIN_PX:
            self.fetch_older()
        elif value > self.verticalScrollBar().maximum() - FETCH_MARGIN_PX:
            self.fetch_newer()

    def _keeping_anchor(self, load: Callable[[ChatModel], int]) -> int:
        """Run `load` (which adds or drops rows) and scroll so that the message at the top of the viewport
        stays exactly where it was."""
        model = self.chat_model()
        if model is None or self._fetching:
            return 0
        self._fetching = True
        try:
            anchor = self.indexAt(QPoint(4, 4))
            uid = anchor.data(ChatRole.UID) if anchor.isValid() else None
            top = self.visualRect(anchor).top() if anchor.isValid() else 0
            changed = load(model)
            if changed:
                self.doItemsLayout()
                row = model.row_of(uid) if uid is not None else None
                if row is not None:
                    moved = self.visualRect(model.index(row)).top() - top
                    bar = self.verticalScrollBar()
                    bar.setValue(bar.value() + moved)
            return changed
        finally:
            self._fetching = False

    def fetch_older(self) -> int:
        """Load one older page above the visible messages, which stay in place."""
        model = self.chat_model()
        if model is None or not model.can_fetch_older():
            return 0
        return self._keeping_anchor(lambda m: m.fetch_older())

    def fetch_newer(self) -> int:
        model = self.chat_model()
        if model is None or not model.can_fetch_newer():
            return 0
        return self._keeping_anchor(lambda m: m.fetch_newer())

    def jump_to_latest(self) -> None:
        model = self.chat_model()
        if model is not None and not model.at_live_end:
            model.reload()
            self.doItemsLayout()
        self.scrollToBottom()

    def resizeEvent(self, event: Any) -> None:
        delegate = self.itemDelegate()
        if isinstance(delegate, ChatDelegate):
            delegate.forget()
        super().resizeEvent(event)


# ---------------------------------------------------------------------------------------------------------
# The chat widget


class Composer(QPlainTextEdit):
    """The message field: Enter sends, Shift+Enter starts a new line."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Write a message… (*bold*, _italic_, `code`)"))
        self.setAccessibleName(self.tr("Message"))
        self.setTabChangesFocus(True)
        self.setFixedHeight(64)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class Banner(QFrame):
    """A strip above the messages: a sentence and a few buttons (requests, identity warnings)."""

    def __init__(self, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MessengerBanner")
        self.setProperty("role", role)
        colour = {"warning": "#fff4e5", "request": "#f1ecf6"}.get(role, "#f1ecf6")
        ink = "#7a4100" if role == "warning" else "#3b3742"
        if theme.current() is theme.Theme.DARK:
            colour, ink = ("#3a2a12", "#ffd8a8") if role == "warning" else ("#2b2733", "#ece9f1")
        self.setStyleSheet(
            f"#MessengerBanner {{ background: {colour}; border-radius: 10px; }} "
            f"#MessengerBanner QLabel {{ background: transparent; color: {ink}; }}"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.buttons = QHBoxLayout()
        layout.addLayout(self.buttons)

    def add_button(self, text: str, primary: bool = False) -> QPushButton:
        b = QPushButton(text)
        b.setAccessibleName(text)
        if primary:
            b.setProperty("primary", True)
        self.buttons.addWidget(b)
        return b


class ChatView(QWidget):
    """One conversation: header, banners, the message list, a reply strip, attachments, and the composer.

    It talks to the MessengerService and follows its events through a MessengerBridge; errors are shown
    as sentences under the composer.
    """

    message_sent = Signal(bytes)
    verification_requested = Signal(bytes)
    group_info_requested = Signal(bytes)
    error_shown = Signal(str)

    def __init__(self, service: MessengerService, bridge: MessengerBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.bridge = bridge
        self.tasks = TaskRunner(self.show_error)
        self.conversation: bytes | None = None
        self.model: ChatModel | None = None
        self._reply_to: ChatItem | None = None
        self._editing: ChatItem | None = None
        self.setObjectName("ChatView")

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)

        header = QHBoxLayout()
        header.setContentsMargins(16, 12, 12, 0)
        titles = QVBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("PageTitle")
        self.title.setStyleSheet("#PageTitle { font-size: 14pt; }")
        self.subtitle = QLabel()
        self.subtitle.setProperty("role", "subtle")
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        self.verify_button = QPushButton(self.tr("Verify"))
        self.verify_button.setAccessibleName(self.tr("Verify contact"))
        self.verify_button.clicked.connect(self._on_verify_clicked)
        header.addWidget(self.verify_button)
        self.group_button = QPushButton(self.tr("Group info"))
        self.group_button.setAccessibleName(self.tr("Group members and settings"))
        self.group_button.clicked.connect(self._on_group_clicked)
        self.group_button.hide()
        header.addWidget(self.group_button)
        self.menu_button = QToolButton()
        self.menu_button.setText("⋯")
        self.menu_button.setAccessibleName(self.tr("Conversation options"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self)
        self.block_action = self.menu.addAction(self.tr("Block"))
        self.block_action.triggered.connect(self._on_block_triggered)
        self.report_action = self.menu.addAction(self.tr("Report and block"))
        self.report_action.triggered.connect(self._on_report_triggered)
        self.menu_button.setMenu(self.menu)
        header.addWidget(self.menu_button)
        outer.addLayout(header)

        banners = QVBoxLayout()
        banners.setContentsMargins(12, 0, 12, 0)
        self.warning = Banner("warning")
        self.warning_verify = self.warning.add_button(self.tr("Verify"), primary=True)
        self.warning_verify.clicked.connect(self._on_verify_clicked)
        self.warning_dismiss = self.warning.add_button(self.tr("Dismiss"))
        self.warning_dismiss.clicked.connect(self._on_warning_dismissed)
        self.request = Banner("request")
        self.accept_button = self.request.add_button(self.tr("Accept"), primary=True)
        self.accept_button.clicked.connect(self._on_accept_clicked)
        self.request_block = self.request.add_button(self.tr("Block"))
        self.request_block.clicked.connect(self._on_block_triggered)
        self.request_report = self.request.add_button(self.tr("Report"))
        self.request_report.clicked.connect(self._on_report_triggered)
        banners.addWidget(self.warning)
        banners.addWidget(self.request)
        outer.addLayout(banners)

        self.list = ChatListView()
        self.list.setAccessibleName(self.tr("Messages"))
        self.delegate = ChatDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.customContextMenuRequested.connect(self._on_list_context_menu)
        self.list.doubleClicked.connect(self._on_list_double_clicked)
        outer.addWidget(self.list, 1)

        bottom = QVBoxLayout()
        bottom.setContentsMargins(12, 0, 12, 10)
        self.reply_strip = Banner("request")
        self.reply_cancel = self.reply_strip.add_button("✕")
        self.reply_cancel.setAccessibleName(self.tr("Cancel reply"))
        self.reply_cancel.clicked.connect(self._clear_reply)
        bottom.addWidget(self.reply_strip)
        self.attachments = AttachmentPreview()
        bottom.addWidget(self.attachments)
        row = QHBoxLayout()
        self.attach_button = QToolButton()
        self.attach_button.setText("+")
        self.attach_button.setMinimumSize(36, 36)
        self.attach_button.setToolTip(self.tr("Attach photos, videos or files"))
        self.attach_button.setAccessibleName(self.tr("Attach files"))
        self.attach_button.clicked.connect(self._on_attach_clicked)
        self.picker = FilePicker(self)
        self.picker.files_chosen.connect(self.attachments.add_files)
        self.picker.failed.connect(self.show_error)
        self.picker.preparing_changed.connect(self.attachments.set_preparing)
        row.addWidget(self.attach_button)
        self.composer = Composer()
        self.composer.submitted.connect(self._on_composer_submitted)
        row.addWidget(self.composer, 1)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setProperty("primary", True)
        self.send_button.setAccessibleName(self.tr("Send message"))
        self.send_button.clicked.connect(self._on_composer_submitted)
        row.addWidget(self.send_button)
        bottom.addLayout(row)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        bottom.addWidget(self.error)
        outer.addLayout(bottom)

        bridge.message_added.connect(self._on_bridge_message_added)
        bridge.message_updated.connect(self._on_bridge_message_updated)
        bridge.conversation_updated.connect(self._on_bridge_conversation_changed)
        bridge.peer_updated.connect(self._on_bridge_conversation_changed)
        bridge.group_updated.connect(self._on_bridge_conversation_changed)
        bridge.identity_changed.connect(self._on_bridge_identity_changed)
        self._set_enabled(False)
        self.warning.hide()
        self.request.hide()
        self.reply_strip.hide()

    # Opening a conversation

    def open(self, conversation: bytes) -> None:
        """Show `conversation` (its newest page; older pages load while scrolling up) and mark it read."""
        self.conversation = conversation
        self.service.open_conversation = conversation
        info = self.service.conversation(conversation)
        self.delegate.group = info is not None and info.kind is ConversationKind.GROUP
        self.model = ChatModel(self.service, conversation, self.list)
        self.list.setModel(self.model)
        self._clear_reply()
        self._refresh_header()
        self._set_enabled(True)
        self.list.doItemsLayout()
        self.list.scrollToBottom()
        self._mark_read()

    def _set_enabled(self, enabled: bool) -> None:
        for w in (self.composer, self.send_button, self.attach_button, self.verify_button, self.menu_button):
            w.setEnabled(enabled)

    def info(self) -> ConversationItem | None:
        return None if self.conversation is None else self.service.conversation(self.conversation)

    def _refresh_header(self) -> None:
        info = self.info()
        if info is None:
            self.title.setText(self.tr("No conversation"))
            self.subtitle.setText("")
            return
        self.title.setText(info.title)
        self.title.setAccessibleName(info.title)
        if info.kind is ConversationKind.GROUP:
            self.subtitle.setText(self.tr("%n members", "", info.members))
            self.verify_button.hide()
            self.group_button.show()
            self.block_action.setVisible(False)
            self.report_action.setVisible(False)
        else:
            badge = "✔ " + self.tr("Verified") if info.verified else self.tr("Not verified yet")
            self.subtitle.setText(badge + " · " + self.tr("End-to-end encrypted"))
            self.verify_button.setVisible(not info.verified)
            self.group_button.hide()
            self.block_action.setVisible(True)
            self.block_action.setText(self.tr("Unblock") if info.blocked else self.tr("Block"))
            self.report_action.setVisible(True)
        self.warning.setVisible(info.warning)
        if info.warning:
            self.warning.label.setText(
                self.tr("%1's security keys changed. Verify them again before you share anything sensitive.").replace(
                    "%1", info.title
                )
            )
        self.request.setVisible(info.state is ConversationState.REQUEST)
        if info.state is ConversationState.REQUEST:
            self.request.label.setText(
                self.tr(
                    "%1 is not in your chats yet. Accept to reply; until then they will not see that you read it."
                ).replace("%1", info.title)
            )
        can_write = info.state is not ConversationState.LEFT and not info.blocked
        self.composer.setEnabled(can_write)
        self.send_button.setEnabled(can_write)
        self.attach_button.setEnabled(can_write)
        if info.state is ConversationState.LEFT:
            self.composer.setPlaceholderText(self.tr("You are no longer a member of this group."))
        elif info.blocked:
            self.composer.setPlaceholderText(self.tr("You blocked this contact. Unblock them to write."))

    def _on_group_clicked(self) -> None:
        if self.conversation is not None:
            self.group_info_requested.emit(self.conversation)

    def _mark_read(self) -> None:
        info = self.info()
        if info is not None and info.unread and self.isVisible():
            self.tasks.run(self.service.mark_read(info.id))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._mark_read()

    # Sending

    def _on_composer_submitted(self) -> None:
        if self.conversation is None:
            return
        text = self.composer.toPlainText().strip()
        files = self.attachments.files()
        preparing = self.picker.preparing > 0
        if not text and not files and not preparing:
            return
        self.error.hide()
        conversation = self.conversation
        if self._editing is not None:
            uid = self._editing.uid
            self._editing = None
            self.composer.clear()
            self._clear_reply()
            self.tasks.run(self.service.edit(uid, text))
            return
        reply = self._reply_to.uid if self._reply_to is not None else b""
        self.composer.clear()
        self._clear_reply()
        if preparing:
            self.tasks.run(self._send_when_prepared(conversation, text, reply))
            return
        self.attachments.clear()
        if files:
            self.tasks.run(self._send_files(conversation, files, text, reply))
        else:
            self.tasks.run(self._send_text(conversation, text, reply))

    async def _send_text(self, conversation: bytes, text: str, reply: bytes) -> None:
        message = await self.service.send_text(conversation, text, reply_to=reply)
        self.message_sent.emit(message.uid)

    async def _send_when_prepared(self, conversation: bytes, text: str, reply: bytes) -> None:
        # Files chosen just before Send are still being read (a video's poster takes seconds): they go in
        # this message once ready, not in the next one.
        self.send_button.setEnabled(False)
        try:
            await self.picker.wait_prepared()
        finally:
            self.send_button.setEnabled(True)
        files = self.attachments.files()
        self.attachments.clear()
        if files:
            await self._send_files(conversation, files, text, reply)
        elif text:
            await self._send_text(conversation, text, reply)

    async def _send_files(self, conversation: bytes, files: Any, text: str, reply: bytes) -> None:
        self.send_button.setEnabled(False)
        try:
            message = await self.service.send_files(conversation, files, text, reply_to=reply)
        finally:
            self.send_button.setEnabled(True)
        self.message_sent.emit(message.uid)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.error_shown.emit(text)

    # Replies, edits, deletes

    def reply_to(self, item: ChatItem) -> None:
        self._reply_to = item
        self._editing = None
        preview = self.tr("You") if item.outgoing else item.sender_name
        text = item.text or (item.attachments[0].name if item.attachments else "")
        self.reply_strip.label.setText(self.tr("Replying to %1: %2").replace("%1", preview).replace("%2", text[:80]))
        self.reply_strip.show()
        self.composer.setFocus()

    def start_edit(self, item: ChatItem) -> None:
        self._editing = item
        self._reply_to = None
        self.reply_strip.label.setText(self.tr("Editing your message"))
        self.reply_strip.show()
        self.composer.setPlainText(item.text)
        self.composer.setFocus()

    def _clear_reply(self) -> None:
        self._reply_to = None
        self._editing = None
        self.reply_strip.hide()

    def _on_list_context_menu(self, pos: QPoint) -> None:
        index = self.list.indexAt(pos)
        if not index.isValid() or self.model is None:
            return
        item = self.model.item_at(index.row())
        if item.deleted:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Reply"), lambda: self.reply_to(item))
        if item.text:
            menu.addAction(self.tr("Copy text"), lambda: QGuiApplication.clipboard().setText(item.text))
        if item.outgoing:
            if item.text:
                menu.addAction(self.tr("Edit"), lambda: self.start_edit(item))
            menu.addAction(self.tr("Delete for everyone"), lambda: self.tasks.run(self.service.delete(item.uid)))
        for a in item.attachments:
            menu.addAction(self.tr("Save %1…").replace("%1", a.name), partial(self.picker.save, self.service, a))
        menu.popup(self.list.viewport().mapToGlobal(pos))

    def _on_list_double_clicked(self, index: QModelIndex) -> None:
        if self.model is None or not index.isValid():
            return
        item = self.model.item_at(index.row())
        if item.attachments and not item.deleted:
            self.picker.save(self.service, item.attachments[0])
        else:
            self.reply_to(item)

    # Header actions

    def _on_verify_clicked(self) -> None:
        info = self.info()
        if info is not None and info.peer:
            self.verification_requested.emit(info.peer)

    def _on_warning_dismissed(self) -> None:
        info = self.info()
        if info is not None and info.peer:
            self.tasks.run(self.service.acknowledge_identity_change(info.peer))

    def _on_accept_clicked(self) -> None:
        if self.conversation is not None:
            self.tasks.run(self.service.accept(self.conversation))

    def _on_block_triggered(self) -> None:
        info = self.info()
        if info is None or not info.peer:
            return
        if info.blocked:
            self.tasks.run(self.service.unblock(info.peer))
        else:
            self.tasks.run(self.service.block(info.peer))

    def _on_report_triggered(self) -> None:
        info = self.info()
        if info is None or not info.peer:
            return
        uids = [self.model.item_at(r).uid for r in range(self.model.rowCount())][-20:] if self.model else []
        self.tasks.run(self.service.report(info.peer, "Reported from the chat screen", uids))

    def _on_attach_clicked(self) -> None:
        self.picker.choose()

    # Events

    def _on_bridge_message_added(self, event: MessageAdded) -> None:
        if self.model is None or event.message.conversation != self.conversation:
            return
        if event.message.outgoing and not self.model.at_live_end:
            self.list.jump_to_latest()
        follow = (self.list.at_bottom() and self.model.at_live_end) or event.message.outgoing
        self.model.upsert(self.service.chat_item(0, event.message))
        if follow:
            self.list.scrollToBottom()
        if not event.message.outgoing:
            self._mark_read()

    def _on_bridge_message_updated(self, event: MessageUpdated) -> None:
        if self.model is None or event.conversation != self.conversation:
            return
        if self.model.row_of(event.uid) is None:
            return
        item = self.service.item(event.uid)
        if item is not None:
            self.model.upsert(item)

    def _on_bridge_conversation_changed(self, _event: Any) -> None:
        if self.conversation is not None:
            self._refresh_header()

    def _on_bridge_identity_changed(self, event: IdentityChanged) -> None:
        info = self.info()
        if info is not None and info.peer == event.actor:
            self._refresh_header()


__all__ = ["ChatDelegate", "ChatListView", "ChatModel", "ChatRole", "ChatView", "Composer"]
