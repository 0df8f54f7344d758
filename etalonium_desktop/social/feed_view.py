"""The feed list: a model over a ranked feed, a delegate that paints each post as a card (thumbnail, author,
text, tags, verified votes, "Promoted", "Why am I seeing this?"), and lazy thumbnails. Rows have one fixed
height and items are built only when painted, so a feed of 10,000 posts scrolls smoothly."""

from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from etalonium_desktop.media.index import MediaKind
from etalonium_desktop.ui import i18n, theme
from etalonium_desktop.ui.i18n import QT_TRANSLATE_NOOP
from lightnode.protocol.actions import PostKind

from .ranking import FeedList, Viewer, age_text, exc_text
from .reputation import BADGE_GLYPHS, display_score
from .service import SocialService
from .thumbnails import ThumbnailSource

ROW_HEIGHT = 168
THUMB = 136
_IMAGE_CACHE = 600
_ITEM_CACHE = 400
_KIND_LABELS = {
    PostKind.PHOTO: QT_TRANSLATE_NOOP("PostKind", "Photo"),
    PostKind.VIDEO: QT_TRANSLATE_NOOP("PostKind", "Video"),
    PostKind.TEXT: QT_TRANSLATE_NOOP("PostKind", "Text"),
    PostKind.LOOKBOOK: QT_TRANSLATE_NOOP("PostKind", "Lookbook"),
    PostKind.CASTING: QT_TRANSLATE_NOOP("PostKind", "Casting call"),
    PostKind.EVENT: QT_TRANSLATE_NOOP("PostKind", "Event"),
    PostKind.PORTFOLIO: QT_TRANSLATE_NOOP("PostKind", "Portfolio"),
}


def duration_text(ms: int) -> str:
    """0:07, 3:25, 1:02:03 (rounded to whole seconds, at least one)."""
    seconds = max(1, round(ms / 1000)) if ms > 0 else 0
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def kind_label(kind: int) -> str:
    try:
        return QCoreApplication.translate("PostKind", _KIND_LABELS[PostKind(kind)])
    except ValueError:
        return QCoreApplication.translate("PostKind", "Post")


def border_colour() -> QColor:
    return QColor("#2f2b38" if theme.current() is theme.Theme.DARK else "#e2ddd5")


def card_colour() -> QColor:
    return QColor("#1f1c26" if theme.current() is theme.Theme.DARK else "#ffffff")


@dataclass(frozen=True, slots=True)
class PostItem:
    """One row as painted: everything comes from proven records (and the viewer's own choices)."""

    post_id: bytes
    author: bytes
    author_name: str
    author_shown: float
    badges: str
    age: str
    kind: int
    text: str
    tags: tuple[str, ...]
    place: str
    up: int
    down: int
    score: int
    comments: int
    reposts: int
    promoted: bool
    promoted_paid: int
    my_vote: int
    saved: bool
    palette: tuple[int, ...]
    media: tuple[bytes, ...]
    repost_of: bytes
    proven_height: int


def post_item(service: SocialService, post_id: bytes, *, promoted: bool, now_ms: int) -> PostItem:
    proven = service.posts[post_id]
    r = proven.record
    badges = service.badges.get(r.author)
    glyphs = "".join(BADGE_GLYPHS.get(b.badge, "") for b in badges.badges) if badges else ""  # type: ignore[call-overload]
    reputation = service.reputations.get(r.author)
    text = r.text
    if r.repost_of and not text:
        original = service.posts.get(r.repost_of)
        text = (
            QCoreApplication.translate("PostDelegate", "Reposted: {text}").format(text=original.record.text)
            if original
            else QCoreApplication.translate("PostDelegate", "Reposted a post")
        )
    promo = proven.promotion
    return PostItem(
        post_id=post_id,
        author=r.author,
        author_name=service.name_of(r.author),
        author_shown=display_score(reputation.score if reputation else 0),
        badges=glyphs,
        age=age_text(now_ms - r.created_time_ms),
        kind=r.kind,
        text=text,
        tags=r.tags,
        place=r.place,
        up=r.up,
        down=r.down,
        score=r.score,
        comments=r.comments,
        reposts=r.reposts,
        promoted=promoted,
        promoted_paid=promo.total_paid if promo else 0,
        my_vote=service.my_votes.get(post_id, 0),
        saved=post_id in service.saved,
        palette=r.palette,
        media=r.media,
        repost_of=r.repost_of,
        proven_height=proven.height,
    )


class ThumbnailLoader(QObject):
    """Images for media ids, fetched on first request (only for rows being painted) and kept in a small LRU."""

    ready = Signal(bytes)

    def __init__(self, source: ThumbnailSource | None, spawn: Any) -> None:
        super().__init__()
        self.source = source
        self.spawn = spawn
        self._images: OrderedDict[bytes, QImage | None] = OrderedDict()
        self._pending: set[bytes] = set()
        #: Every media id ever asked for (tests check that only painted rows ask).
        self.requested: list[bytes] = []

    def image(self, media_id: bytes) -> QImage | None:
        if media_id in self._images:
            self._images.move_to_end(media_id)
            return self._images[media_id]
        if self.source is not None and media_id not in self._pending:
            self._pending.add(media_id)
            self.requested.append(media_id)
            self.spawn(self._load(media_id))
        return None

    def duration_ms(self, media_id: bytes) -> int | None:
        """A video item's length from its checked media index (known once its thumbnail loaded)."""
        info = self.source.info(media_id) if self.source is not None else None
        if info is None or info.kind != int(MediaKind.VIDEO):
            return None
        return info.duration_ms

    def put(self, media_id: bytes, image: QImage | None) -> None:
        self._images[media_id] = image
        while len(self._images) > _IMAGE_CACHE:
            self._images.popitem(last=False)
        self.ready.emit(media_id)

    async def _load(self, media_id: bytes) -> None:
        import asyncio

        assert self.source is not None
        data = await self.source.thumbnail(media_id)
        image: QImage | None = None
        if data:
            image = await asyncio.to_thread(QImage.fromData, data)
            if image.isNull():
                image = None
        self._pending.discard(media_id)
        self.put(media_id, image)


class FeedModel(QAbstractListModel):
    ItemRole = Qt.ItemDataRole.UserRole + 1
    ImageRole = Qt.ItemDataRole.UserRole + 2
    #: A video's length in ms (None: not a video, or not known yet).
    DurationRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, service: SocialService, loader: ThumbnailLoader) -> None:
        super().__init__()
        self.service = service
        self.loader = loader
        self.feed: FeedList | None = None
        self.viewer: Viewer | None = None
        self._items: OrderedDict[int, PostItem] = OrderedDict()
        self._rows_of_media: dict[bytes, set[int]] = {}
        self._now_ms = int(time.time() * 1000)
        loader.ready.connect(self._on_image_ready)

    def set_feed(self, feed: FeedList, viewer: Viewer) -> None:
        self.beginResetModel()
        self.feed = feed
        self.viewer = viewer
        self._items.clear()
        self._rows_of_media.clear()
        self._now_ms = viewer.now_ms or int(time.time() * 1000)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.feed is None else len(self.feed)

    def post_id(self, row: int) -> bytes:
        assert self.feed is not None
        return self.service.table.facts(int(self.feed.rows[row])).post_id

    def item(self, row: int) -> PostItem:
        cached = self._items.get(row)
        if cached is not None:
            self._items.move_to_end(row)
            return cached
        assert self.feed is not None
        item = post_item(self.service, self.post_id(row), promoted=bool(self.feed.promoted[row]), now_ms=self._now_ms)
        self._items[row] = item
        while len(self._items) > _ITEM_CACHE:
            self._items.popitem(last=False)
        if item.media:
            self._rows_of_media.setdefault(item.media[0], set()).add(row)
        return item

    def row_of(self, post_id: bytes) -> int | None:
        if self.feed is None:
            return None
        table_row = self.service.table.row(post_id)
        if table_row is None:
            return None
        hits = (self.feed.rows == table_row).nonzero()[0]
        return int(hits[0]) if len(hits) else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.feed is None or index.row() >= len(self.feed):
            return None
        row = index.row()
        if role == self.ItemRole:
            return self.item(row)
        if role == self.ImageRole:
            item = self.item(row)
            return self.loader.image(item.media[0]) if item.media else None
        if role == self.DurationRole:
            item = self.item(row)
            return self.loader.duration_ms(item.media[0]) if item.media else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            item = self.item(row)
            text = self.tr("{author}: {text} — {up} up, {down} down").format(
                author=item.author_name, text=item.text, up=i18n.number(item.up), down=i18n.number(item.down)
            )
            return self.tr("Promoted. {post}").format(post=text) if item.promoted else text
        return None

    def refresh_items(self) -> None:
        """Records changed (votes, comments) but not the order: repaint with fresh items."""
        self._items.clear()
        if self.feed is not None and len(self.feed):
            self.dataChanged.emit(self.index(0), self.index(len(self.feed) - 1))

    def _on_image_ready(self, media_id: bytes) -> None:
        for row in self._rows_of_media.get(media_id, ()):
            if self.feed is not None and row < len(self.feed):
                index = self.index(row)
                self.dataChanged.emit(index, index, [self.ImageRole])


@dataclass(frozen=True, slots=True)
class _Layout:
    card: QRect
    thumb: QRect
    header: QRect
    text: QRect
    tags: QRect
    up: QRect
    down: QRect
    counts: QRect
    why: QRect
    pill: QRect


class PostDelegate(QStyledItemDelegate):
    """Paints a post card; clicks on ▲, ▼ and "Why am I seeing this?" are reported, any other click opens
    the post."""

    vote_clicked = Signal(int, int)
    why_clicked = Signal(int)
    open_clicked = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(max(300, option.rect.width()), ROW_HEIGHT)

    @staticmethod
    def layout(rect: QRect) -> _Layout:
        card = rect.adjusted(10, 6, -10, -6)
        thumb = QRect(card.left() + 12, card.top() + 12, THUMB, card.height() - 24)
        left = thumb.right() + 16
        right = card.right() - 14
        header = QRect(left, card.top() + 12, right - left, 22)
        text = QRect(left, header.bottom() + 6, right - left, 44)
        tags = QRect(left, text.bottom() + 4, right - left, 20)
        footer_y = card.bottom() - 34
        up = QRect(left, footer_y, 54, 26)
        down = QRect(up.right() + 6, footer_y, 54, 26)
        why = QRect(right - 190, footer_y, 190, 26)
        counts = QRect(down.right() + 12, footer_y, why.left() - down.right() - 20, 26)
        pill = QRect(right - 84, card.top() + 12, 84, 22)
        return _Layout(card, thumb, header, text, tags, up, down, counts, why, pill)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        item: PostItem | None = index.data(FeedModel.ItemRole)
        if item is None:
            return
        image: QImage | None = index.data(FeedModel.ImageRole)
        duration: int | None = index.data(FeedModel.DurationRole)
        rect: QRect = option.rect
        lay = self.layout(rect)
        text_colour = theme.colour("text")
        muted = theme.colour("muted")
        accent = theme.colour("accent")
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        painter.setPen(QPen(accent if hovered else border_colour(), 1))
        painter.setBrush(card_colour())
        painter.drawRoundedRect(QRectF(lay.card), 12, 12)
        self._paint_thumb(painter, lay.thumb, item, image, duration)
        base = QFont(option.font)
        bold = QFont(base)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        name = f"{item.author_name}"
        name_width = min(QFontMetrics(bold).horizontalAdvance(name), lay.header.width() // 2)
        painter.drawText(
            QRect(lay.header.left(), lay.header.top(), name_width, lay.header.height()),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            QFontMetrics(bold).elidedText(name, Qt.TextElideMode.ElideRight, name_width),
        )
        painter.setFont(base)
        painter.setPen(muted)
        meta = "  {badges}  {reputation} · {kind} · {age}".format(
            badges=item.badges,
            reputation=self.tr("{points} rep").format(points=i18n.number(round(item.author_shown))),
            kind=kind_label(item.kind),
            age=item.age,
        )
        if item.place:
            meta += f" · {item.place}"
        meta_rect = QRect(lay.header.left() + name_width, lay.header.top(), lay.header.width() - name_width, 22)
        if item.promoted:
            meta_rect.setRight(lay.pill.left() - 8)
        painter.drawText(
            meta_rect,
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            QFontMetrics(base).elidedText(meta, Qt.TextElideMode.ElideRight, meta_rect.width()),
        )
        if item.promoted:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#f4ecff") if theme.current() is theme.Theme.LIGHT else QColor("#3d2b63"))
            painter.drawRoundedRect(QRectF(lay.pill), 11, 11)
            painter.setPen(accent if theme.current() is theme.Theme.LIGHT else QColor("#e3d4ff"))
            painter.setFont(bold)
            painter.drawText(lay.pill, Qt.AlignmentFlag.AlignCenter, self.tr("Promoted"))
            painter.setFont(base)
        painter.setPen(text_colour)
        painter.drawText(
            lay.text,
            Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
            _elide_lines(item.text, base, lay.text.width(), 2),
        )
        if item.tags:
            painter.setPen(accent)
            painter.drawText(
                lay.tags,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                "  ".join(f"#{t}" for t in item.tags),
            )
        self._paint_vote(painter, lay.up, f"▲ {item.up}", item.my_vote > 0, accent)
        self._paint_vote(painter, lay.down, f"▼ {item.down}", item.my_vote < 0, accent)
        painter.setPen(muted)
        score = ("+" if item.score > 0 else "") + i18n.number(item.score)
        parts = [self.tr("weight {score}").format(score=score), self.tr("%n comment(s)", "", item.comments)]
        if item.reposts:
            parts.append(self.tr("%n repost(s)", "", item.reposts))
        if item.saved:
            parts.append(self.tr("saved"))
        parts.append(self.tr("✔ proven at {height}").format(height=i18n.number(item.proven_height)))
        painter.drawText(
            lay.counts,
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            QFontMetrics(base).elidedText("  ·  ".join(parts), Qt.TextElideMode.ElideRight, lay.counts.width()),
        )
        link = QFont(base)
        link.setUnderline(True)
        painter.setFont(link)
        painter.setPen(accent)
        painter.drawText(
            lay.why, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, self.tr("Why am I seeing this?")
        )
        painter.restore()

    @staticmethod
    def _paint_vote(painter: QPainter, rect: QRect, text: str, active: bool, accent: QColor) -> None:
        painter.setPen(QPen(accent if active else border_colour(), 1))
        painter.setBrush(accent if active else Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(rect), 8, 8)
        painter.setPen(QColor("white") if active else theme.colour("text"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    @staticmethod
    def _paint_thumb(
        painter: QPainter, rect: QRect, item: PostItem, image: QImage | None, duration_ms: int | None = None
    ) -> None:
        path = QPainterPath()
        path.addRoundedRect(QRectF(rect), 10, 10)
        painter.save()
        painter.setClipPath(path)
        if image is not None and not image.isNull():
            # Fill the square, cropping the longer side.
            scale = max(rect.width() / image.width(), rect.height() / image.height())
            w, h = rect.width() / scale, rect.height() / scale
            source = QRectF((image.width() - w) / 2, (image.height() - h) / 2, w, h)
            painter.drawImage(QRectF(rect), image, source)
        else:
            colours = [QColor(f"#{c:06x}") for c in item.palette] or [QColor("#cdb7f5"), QColor("#8a3ffc")]
            gradient = QLinearGradient(QRectF(rect).topLeft(), QRectF(rect).bottomRight())
            for i, colour in enumerate(colours[:4]):
                gradient.setColorAt(i / max(1, min(4, len(colours)) - 1), colour)
            painter.fillRect(rect, gradient)
            painter.setPen(QColor(255, 255, 255, 230))
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            label = kind_label(item.kind) if item.kind != PostKind.TEXT else "Aa"
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
        if item.kind == PostKind.VIDEO:
            painter.setBrush(QColor(0, 0, 0, 120))
            painter.setPen(Qt.PenStyle.NoPen)
            centre = rect.center()
            painter.drawEllipse(centre, 20, 20)
            painter.setBrush(QColor("white"))
            triangle = [QPoint(centre.x() - 6, centre.y() - 10), QPoint(centre.x() - 6, centre.y() + 10),
                        QPoint(centre.x() + 11, centre.y())]  # fmt: skip
            painter.drawPolygon(triangle)
            if duration_ms is not None:
                label = duration_text(duration_ms)
                width = painter.fontMetrics().horizontalAdvance(label) + 14
                badge = QRect(rect.right() - width - 6, rect.bottom() - 26, width, 20)
                painter.setBrush(QColor(0, 0, 0, 160))
                painter.drawRoundedRect(QRectF(badge), 6, 6)
                painter.setPen(QColor("white"))
                painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
                painter.setPen(Qt.PenStyle.NoPen)
        if len(item.media) > 1:
            badge = QRect(rect.right() - 34, rect.top() + 6, 28, 20)
            painter.setBrush(QColor(0, 0, 0, 140))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(QRectF(badge), 8, 8)
            painter.setPen(QColor("white"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, f"{len(item.media)}")
        painter.restore()

    def editorEvent(
        self,
        event: QEvent,
        model: Any,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event.type() != QEvent.Type.MouseButtonRelease or not isinstance(event, QMouseEvent):
            return False
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        lay = self.layout(option.rect)
        point = event.position().toPoint()
        row = index.row()
        if lay.up.contains(point):
            self.vote_clicked.emit(row, 1)
        elif lay.down.contains(point):
            self.vote_clicked.emit(row, -1)
        elif lay.why.contains(point):
            self.why_clicked.emit(row)
        elif lay.card.contains(point):
            self.open_clicked.emit(row)
        else:
            return False
        return True


def _elide_lines(text: str, font: QFont, width: int, lines: int) -> str:
    """`text` on at most `lines` lines of `width`, the last one elided."""
    metrics = QFontMetrics(font)
    words = " ".join(text.split()).split(" ")
    out: list[str] = []
    current = ""
    for i, word in enumerate(words):
        candidate = f"{current} {word}".strip()
        if metrics.horizontalAdvance(candidate) <= width:
            current = candidate
            continue
        out.append(current)
        current = word
        if len(out) == lines - 1:
            rest = " ".join([current, *words[i + 1 :]])
            out.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            return "\n".join(out)
    out.append(current)
    return "\n".join(line for line in out if line)


class FeedView(QListView):
    """A list of post cards with fixed row heights."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setMouseTracking(True)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.setSpacing(0)
        self.setStyleSheet(
            "QListView { background: transparent; border: none; }"
            "QScrollBar:vertical { width: 10px; background: transparent; margin: 4px 0; }"
            "QScrollBar::handle:vertical { background: rgba(128, 120, 140, 110); border-radius: 5px;"
            " min-height: 40px; }"
            "QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }"
            "QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: transparent; }"
        )
        self.setAccessibleName("Feed")

    def visible_rows(self) -> range:
        model = self.model()
        if model is None or model.rowCount() == 0:
            return range(0)
        top = self.indexAt(QPoint(4, 4)).row()
        bottom = self.indexAt(QPoint(4, self.viewport().height() - 4)).row()
        if top < 0:
            return range(0)
        return range(top, (bottom if bottom >= 0 else model.rowCount() - 1) + 1)


__all__ = ["FeedModel", "FeedView", "PostDelegate", "PostItem", "ThumbnailLoader", "exc_text", "post_item"]
