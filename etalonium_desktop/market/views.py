"""The market's screens: browse and search, a listing with its buy box, the user's orders and listings, an
order with its timeline and steps, and a dispute's case. Views show what they are given and ask through
signals; market_page.py binds them to the MarketService."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from etalonium_desktop.amounts import AmountError, format_exc, parse_exc
from etalonium_desktop.ui import i18n, theme, widgets
from etalonium_desktop.ui.i18n import QT_TRANSLATE_NOOP
from lightnode.protocol.actions import ListingKind, ListingStatus
from lightnode.protocol.state import OrderStatus

from .model import SORT_LABELS, Facet, ListingEntry, OrderEntry, RatingEntry, SearchPage, SearchQuery, Sort
from .qt_common import Thumbnails, TimelineView, clear_layout, placeholder, rounded, section_label, vbox
from .viewmodels import (
    ACTION_LABELS,
    LISTING_STATUS_LABELS,
    STATUS_LABELS,
    OrderAction,
    Role,
    TimelineItem,
    availability_text,
    delivery_text,
    label,
    next_step_text,
    person,
    price_text,
    rating_text,
    role_of,
    ruling_split,
    seller_text,
    stars,
    stock_text,
)

Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
_STATUS_COLOURS = {
    OrderStatus.PLACED: "#a15c00",
    OrderStatus.ACCEPTED: "#5b4bd6",
    OrderStatus.DELIVERED: "#1f6fb4",
    OrderStatus.RELEASED: "#1f7a4d",
    OrderStatus.RESOLVED: "#1f7a4d",
    OrderStatus.DISPUTED: "#b42318",
    OrderStatus.DECLINED: "#6b6773",
    OrderStatus.CANCELLED: "#6b6773",
}


def chip(text: str, colour: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(
        f"color: {colour}; background: transparent; border: 1px solid {colour}; border-radius: 10px; "
        "padding: 2px 10px; font-weight: 600;"
    )
    label.setSizePolicy(label.sizePolicy().horizontalPolicy(), label.sizePolicy().verticalPolicy())
    return label


def back_button(text: str = "") -> QPushButton:
    button = widgets.button(text or QCoreApplication.translate("Market", "← Back"))
    button.setProperty("flat", True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


# -- listing cards ----------------------------------------------------------------------------------------------


class ListingModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self.items: list[ListingEntry] = []

    def set_items(self, items: list[ListingEntry] | tuple[ListingEntry, ...]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        entry = self.items[index.row()]
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{title}, {price}, {category}, {region}, by {seller}").format(
                title=entry.title,
                price=price_text(entry),
                category=entry.category,
                region=entry.region,
                seller=entry.seller_name,
            )
        return None

    def refresh_media(self, media_id: bytes) -> None:
        for row, entry in enumerate(self.items):
            if entry.media and entry.media[0] == media_id:
                index = self.index(row)
                self.dataChanged.emit(index, index)


class ListingDelegate(QStyledItemDelegate):
    """A listing as a card row: photo, title and price, what and where, seller and rating."""

    HEIGHT = 104
    PHOTO = QSize(84, 84)

    def __init__(self, thumbnails: Thumbnails | None = None) -> None:
        super().__init__()
        self.thumbnails = thumbnails

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(320, self.HEIGHT)

    def photo(self, entry: ListingEntry) -> QPixmap:
        if entry.media and self.thumbnails is not None:
            pixmap = self.thumbnails.get(entry.media[0])
            if pixmap is not None:
                return rounded(pixmap, self.PHOTO)
        return placeholder(entry.category, self.PHOTO)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        entry: ListingEntry = index.data(ENTRY_ROLE)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect: QRect = option.rect.adjusted(6, 4, -6, -4)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        base = theme.colour("base")
        if selected:
            base = QColor("#eadcff") if theme.current() is theme.Theme.LIGHT else QColor("#3a2d57")
        elif hovered:
            base = base.darker(103) if theme.current() is theme.Theme.LIGHT else base.lighter(115)
        painter.setPen(QColor("#e2ddd5") if theme.current() is theme.Theme.LIGHT else QColor("#2e2a36"))
        painter.setBrush(base)
        painter.drawRoundedRect(rect, 10, 10)
        painter.drawPixmap(rect.left() + 8, rect.top() + 8, self.photo(entry))
        text_left = rect.left() + 8 + self.PHOTO.width() + 14
        price = price_text(entry)
        font = QFont(option.font)
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 1)
        painter.setFont(font)
        price_width = painter.fontMetrics().horizontalAdvance(price)
        painter.setPen(theme.colour("accent"))
        painter.drawText(
            QRect(rect.right() - price_width - 14, rect.top() + 10, price_width + 4, 22),
            Qt.AlignmentFlag.AlignLeft,
            price,
        )
        painter.setPen(theme.colour("text"))
        title_width = rect.right() - price_width - 28 - text_left
        title = painter.fontMetrics().elidedText(entry.title, Qt.TextElideMode.ElideRight, title_width)
        painter.drawText(QRect(text_left, rect.top() + 10, title_width, 22), Qt.AlignmentFlag.AlignLeft, title)
        small = QFont(option.font)
        painter.setFont(small)
        painter.setPen(theme.colour("muted"))
        kind = self.tr("Service") if entry.kind == ListingKind.SERVICE else self.tr("Good")
        where = f"{kind} · {entry.category}" + (f" · {entry.region}" if entry.region else "")
        where += f" · {delivery_text(entry)} · {stock_text(entry)}"
        if entry.status != ListingStatus.ACTIVE:
            where = f"{label(LISTING_STATUS_LABELS[entry.status])} · " + where
        width = rect.right() - text_left - 12
        painter.drawText(
            QRect(text_left, rect.top() + 36, width, 20),
            Qt.AlignmentFlag.AlignLeft,
            painter.fontMetrics().elidedText(where, Qt.TextElideMode.ElideRight, width),
        )
        seller = seller_text(entry)
        rating = rating_text(entry.rating_average, entry.ratings)
        painter.drawText(
            QRect(text_left, rect.top() + 60, width, 20),
            Qt.AlignmentFlag.AlignLeft,
            painter.fontMetrics().elidedText(f"{seller}   {rating}", Qt.TextElideMode.ElideRight, width),
        )
        painter.restore()


# -- browsing -------------------------------------------------------------------------------------------------


class BrowseView(QWidget):
    """Search box, filters and sort on the left, matching listings on the right."""

    query_changed = Signal(object)
    listing_activated = Signal(bytes)
    new_listing_clicked = Signal()

    def __init__(self, thumbnails: Thumbnails | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        root = QHBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(16)
        filters = widgets.Card()
        filters.setFixedWidth(250)
        f = filters.body
        f.addWidget(section_label(self.tr("Filters")))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Category"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Goods or services"))
        for text, value in (
            (self.tr("Goods and services"), None),
            (self.tr("Goods"), ListingKind.GOOD),
            (self.tr("Services"), ListingKind.SERVICE),
        ):
            self.kind.addItem(text, value)
        price_row = QHBoxLayout()
        self.min_price = QLineEdit()
        self.min_price.setPlaceholderText(self.tr("min"))
        self.min_price.setAccessibleName(self.tr("Minimum price in ExC"))
        self.max_price = QLineEdit()
        self.max_price.setPlaceholderText(self.tr("max"))
        self.max_price.setAccessibleName(self.tr("Maximum price in ExC"))
        price_row.addWidget(self.min_price)
        price_row.addWidget(QLabel("–"))
        price_row.addWidget(self.max_price)
        self.region = QComboBox()
        self.region.setAccessibleName(self.tr("Region"))
        self.min_reputation = QSpinBox()
        self.min_reputation.setRange(0, 1_000_000)
        self.min_reputation.setSpecialValueText(self.tr("Any"))
        self.min_reputation.setAccessibleName(self.tr("Minimum seller reputation"))
        self.min_rating = QComboBox()
        self.min_rating.setAccessibleName(self.tr("Minimum rating"))
        for text, stars_ in (
            (self.tr("Any rating"), None),
            (self.tr("★ {stars} and up").format(stars=QLocale().toString(3)), 3.0),
            (self.tr("★ {stars} and up").format(stars=QLocale().toString(4)), 4.0),
            (self.tr("★ {stars} and up").format(stars=QLocale().toString(4.5)), 4.5),
        ):
            self.min_rating.addItem(text, stars_)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Price (ExC)"), price_row)
        form.addRow(self.tr("Region"), self.region)
        form.addRow(self.tr("Seller reputation at least"), self.min_reputation)
        form.addRow(self.tr("Rating"), self.min_rating)
        f.addLayout(form)
        self.price_error = widgets.status_label()
        f.addWidget(self.price_error)
        self.reset = widgets.button(self.tr("Reset filters"))
        f.addWidget(self.reset)
        f.addStretch(1)
        f.addWidget(widgets.subtle(self.tr("Every listing shown was proven against a verified block header.")))
        root.addWidget(filters)

        right = QVBoxLayout()
        right.setSpacing(10)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search listings: silk dress, lookbook shoot, pattern cutting…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search listings"))
        self.sort = QComboBox()
        self.sort.setAccessibleName(self.tr("Sort by"))
        for sort, text in SORT_LABELS.items():
            self.sort.addItem(label(text), sort)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.sort)
        right.addLayout(bar)
        self.summary = widgets.subtle("")
        right.addWidget(self.summary)
        self.model = ListingModel()
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(ListingDelegate(thumbnails))
        self.list.setMouseTracking(True)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setAccessibleName(self.tr("Listings"))
        self.list.setSpacing(0)
        self.list.setStyleSheet("QListView { border: none; background: transparent; }")
        right.addWidget(self.list, 1)
        self.empty = widgets.subtle("")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right.addWidget(self.empty)
        self.empty.hide()
        root.addLayout(right, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self._emit_query)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.min_price.textChanged.connect(lambda _t: self._debounce.start())
        self.max_price.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.category, self.kind, self.region, self.min_rating, self.sort):
            combo.currentIndexChanged.connect(lambda _i: self._emit_query())
        self.min_reputation.valueChanged.connect(lambda _v: self._debounce.start())
        self.reset.clicked.connect(self.reset_filters)
        self.list.activated.connect(lambda index: self.listing_activated.emit(index.data(ENTRY_ROLE).listing_id))
        self.list.clicked.connect(lambda index: self.listing_activated.emit(index.data(ENTRY_ROLE).listing_id))
        self.set_facets([], [])

    def set_facets(self, categories: list[Facet], regions: list[Facet]) -> None:
        for combo, facets, everything in (
            (self.category, categories, self.tr("All categories")),
            (self.region, regions, self.tr("Anywhere")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for facet in facets:
                combo.addItem(f"{facet.label} ({facet.count})", facet.value)
            found = combo.findData(current) if current else 0
            combo.setCurrentIndex(max(0, found))
            combo.blockSignals(False)

    def reset_filters(self) -> None:
        for w in (self.category, self.kind, self.region, self.min_rating):
            w.blockSignals(True)
            w.setCurrentIndex(0)
            w.blockSignals(False)
        for e in (self.min_price, self.max_price):
            e.blockSignals(True)
            e.clear()
            e.blockSignals(False)
        self.min_reputation.blockSignals(True)
        self.min_reputation.setValue(0)
        self.min_reputation.blockSignals(False)
        self._emit_query()

    def query(self) -> SearchQuery | None:
        prices: list[int | None] = []
        for edit in (self.min_price, self.max_price):
            text = edit.text().strip()
            try:
                prices.append(parse_exc(text) if text else None)
                edit.setProperty("invalid", False)
            except AmountError as exc:
                edit.setProperty("invalid", True)
                edit.style().polish(edit)
                self.price_error.setText(str(exc))
                return None
            edit.style().polish(edit)
        self.price_error.setText("")
        return SearchQuery(
            text=self.search.text(),
            category=self.category.currentData() or "",
            kind=self.kind.currentData(),
            min_price=prices[0],
            max_price=prices[1],
            region=self.region.currentData() or "",
            min_reputation=self.min_reputation.value() or None,
            min_rating=self.min_rating.currentData(),
            sort=self.sort.currentData() or Sort.RELEVANCE,
        )

    def _emit_query(self) -> None:
        query = self.query()
        if query is not None:
            self.query_changed.emit(query)

    def show_page(self, page: SearchPage, *, indexed: int) -> None:
        self.model.set_items(page.items)
        more = "+" if page.more else ""
        if page.items:
            self.summary.setText(
                self.tr("{total} listings · searched {indexed} proven listings in {ms} ms").format(
                    total=i18n.number(page.total) + more,
                    indexed=i18n.number(indexed),
                    ms=i18n.number(round(page.took_ms)),
                )
            )
        else:
            self.summary.setText("")
        self.empty.setVisible(not page.items)
        self.list.setVisible(bool(page.items))
        if not indexed:
            self.empty.setText(
                self.tr("No listings proven yet. They appear here as the chain is read — or publish the first one.")
            )
        else:
            self.empty.setText(self.tr("Nothing matches. Try fewer words or wider filters."))


# -- one listing ----------------------------------------------------------------------------------------------


class ListingDetailView(QScrollArea):
    """A listing with its photos, terms, seller, reviews and the buy box (or the owner's controls)."""

    back_clicked = Signal()
    buy_clicked = Signal(bytes, int, object, str)  # listing, quantity, amount (None: fixed price), note
    message_clicked = Signal(bytes)
    edit_clicked = Signal(bytes)
    edit_details_clicked = Signal(bytes)
    status_clicked = Signal(bytes, object)  # listing, ListingStatus

    def __init__(self, thumbnails: Thumbnails | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.thumbnails = thumbnails
        self.entry: ListingEntry | None = None
        self.setWidgetResizable(True)
        body = QWidget()
        self.setWidget(body)
        root = vbox(body, 0, 12)
        top = QHBoxLayout()
        self.back = back_button(self.tr("← Back to listings"))
        self.back.clicked.connect(self.back_clicked)
        top.addWidget(self.back)
        top.addStretch(1)
        root.addLayout(top)
        grid = QGridLayout()
        grid.setSpacing(16)
        root.addLayout(grid)
        photos = widgets.Card()
        self.photo = QLabel()
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setMinimumSize(QSize(360, 360))
        self.photo.setAccessibleName(self.tr("Listing photo"))
        photos.body.addWidget(self.photo)
        self.photo_strip = QHBoxLayout()
        photos.body.addLayout(self.photo_strip)
        grid.addWidget(photos, 0, 0)

        card = widgets.Card()
        c = card.body
        self.kind_line = widgets.subtle("")
        c.addWidget(self.kind_line)
        self.title = QLabel()
        self.title.setObjectName("PageTitle")
        self.title.setWordWrap(True)
        c.addWidget(self.title)
        self.price = QLabel()
        self.price.setStyleSheet(f"color: {theme.colour('accent').name()}; font-size: 16pt; font-weight: 600;")
        c.addWidget(self.price)
        self.rating = QLabel()
        c.addWidget(self.rating)
        self.facts = widgets.subtle("")
        c.addWidget(self.facts)
        self.seller = QLabel()
        self.seller.setWordWrap(True)
        c.addWidget(self.seller)
        self.proof = widgets.status_label("", "verified")
        c.addWidget(self.proof)
        c.addSpacing(6)

        self.buy_box = QWidget()
        self.buy_box.setObjectName("Row")
        b = vbox(self.buy_box, 0, 8)
        b.addWidget(section_label(self.tr("Buy")))
        form = QFormLayout()
        self.quantity = QSpinBox()
        self.quantity.setMaximumWidth(140)
        self.quantity.setRange(1, 1)
        self.quantity.setAccessibleName(self.tr("Quantity"))
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("the amount agreed with the seller, in ExC"))
        self.amount.setAccessibleName(self.tr("Agreed amount"))
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        self.note.setPlaceholderText(self.tr("size, date, anything the seller should know"))
        self.note.setAccessibleName(self.tr("Note to the seller"))
        form.addRow(self.tr("Quantity"), self.quantity)
        form.addRow(self.tr("Agreed amount"), self.amount)
        form.addRow(self.tr("Note"), self.note)
        self.amount_row_label = form.labelForField(self.amount)
        b.addLayout(form)
        self.total = widgets.subtle("")
        b.addWidget(self.total)
        buttons = QHBoxLayout()
        self.buy = widgets.primary_button(self.tr("Buy now"))
        self.message = widgets.button(self.tr("Message seller"))
        buttons.addWidget(self.buy)
        buttons.addWidget(self.message)
        buttons.addStretch(1)
        b.addLayout(buttons)
        self.buy_status = widgets.status_label()
        b.addWidget(self.buy_status)
        c.addWidget(self.buy_box)

        self.owner_box = QWidget()
        self.owner_box.setObjectName("Row")
        o = vbox(self.owner_box, 0, 8)
        o.addWidget(section_label(self.tr("Your listing")))
        row = QHBoxLayout()
        self.edit_details = widgets.button(self.tr("Edit listing…"))
        self.edit = widgets.button(self.tr("Price and stock…"))
        self.pause = widgets.button(self.tr("Pause"))
        self.close_listing = widgets.button(self.tr("Close listing"))
        for w in (self.edit_details, self.edit, self.pause, self.close_listing):
            row.addWidget(w)
        row.addStretch(1)
        o.addLayout(row)
        self.owner_status = widgets.status_label()
        o.addWidget(self.owner_status)
        c.addWidget(self.owner_box)
        c.addStretch(1)
        grid.addWidget(card, 0, 1)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 6)

        about = widgets.Card()
        about.body.addWidget(section_label(self.tr("About")))
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        about.body.addWidget(self.description)
        self.tags = widgets.subtle("")
        about.body.addWidget(self.tags)
        about.body.addStretch(1)
        grid.addWidget(about, 1, 0)
        reviews = widgets.Card()
        reviews.body.addWidget(section_label(self.tr("Reviews")))
        self.reviews = QVBoxLayout()
        reviews.body.addLayout(self.reviews)
        reviews.body.addStretch(1)
        grid.addWidget(reviews, 1, 1)
        root.addStretch(1)

        self.quantity.valueChanged.connect(lambda _v: self._update_total())
        self.amount.textChanged.connect(lambda _t: self._update_total())
        self.buy.clicked.connect(self._on_buy)
        self.message.clicked.connect(lambda: self.entry and self.message_clicked.emit(self.entry.seller))
        self.edit.clicked.connect(lambda: self.entry and self.edit_clicked.emit(self.entry.listing_id))
        self.edit_details.clicked.connect(lambda: self.entry and self.edit_details_clicked.emit(self.entry.listing_id))
        self.pause.clicked.connect(self._on_pause)
        self.close_listing.clicked.connect(
            lambda: self.entry and self.status_clicked.emit(self.entry.listing_id, ListingStatus.CLOSED)
        )

    def show_listing(self, entry: ListingEntry, *, me: bytes, ratings: list[RatingEntry] | None = None) -> None:
        self.entry = entry
        kind = self.tr("Service") if entry.kind == ListingKind.SERVICE else self.tr("Good")
        self.kind_line.setText(f"{kind} · {entry.category}" + (f" · {entry.region}" if entry.region else ""))
        self.title.setText(entry.title)
        self.price.setText(
            price_text(entry) if entry.is_quote else self.tr("{price} each").format(price=price_text(entry))
        )
        self.rating.setText(
            rating_text(entry.rating_average, entry.ratings)
            + " · "
            + self.tr("%n completed order(s)", "", entry.completed)
        )
        facts = [delivery_text(entry), stock_text(entry)]
        if availability_text(entry):
            facts.append(availability_text(entry))
        facts.append(self.tr("escrow released %n block(s) after delivery unless disputed", "", entry.release_timeout))
        if entry.status != ListingStatus.ACTIVE:
            facts.insert(0, label(LISTING_STATUS_LABELS[entry.status]))
        self.facts.setText(" · ".join(facts))
        self.seller.setText(
            self.tr("Sold by <b>{seller}</b> — {reputation}").format(
                seller=_escape(person(entry.seller, entry.seller_name)),
                reputation=_escape(seller_text(entry).split(" · ", 1)[-1]),
            )
        )
        widgets.set_role(self.proof, "verified")
        self.proof.setText(self.tr("✓ Proven at block {height}").format(height=i18n.number(entry.proven_height)))
        self.description.setText(entry.description or self.tr("The seller wrote no description."))
        self.tags.setText("  ".join(f"#{t}" for t in entry.tags))
        self.show_photo()
        own = entry.seller == me
        self.buy_box.setVisible(not own)
        self.owner_box.setVisible(own)
        self.buy_status.setText("")
        self.owner_status.setText("")
        self.quantity.setRange(1, max(1, min(entry.stock, 999)))
        self.quantity.setValue(1)
        self.amount.setVisible(entry.is_quote)
        if self.amount_row_label is not None:
            self.amount_row_label.setVisible(entry.is_quote)
        self.amount.clear()
        self.note.clear()
        orderable = entry.status == ListingStatus.ACTIVE and entry.stock > 0
        self.buy.setEnabled(orderable)
        self.pause.setText(self.tr("Resume") if entry.status == ListingStatus.PAUSED else self.tr("Pause"))
        for w in (self.edit_details, self.edit, self.pause, self.close_listing):
            w.setEnabled(entry.status != ListingStatus.CLOSED)
        self._update_total()
        self.show_reviews(ratings or [])

    def show_photo(self) -> None:
        entry = self.entry
        if entry is None:
            return
        size = QSize(420, 420)
        pixmap = None
        if entry.media and self.thumbnails is not None:
            pixmap = self.thumbnails.get(entry.media[0])
        self.photo.setPixmap(
            rounded(pixmap, size, 12) if pixmap is not None else placeholder(entry.category, size, entry.title[:1])
        )
        clear_layout(self.photo_strip)
        for media_id in entry.media[1:6]:
            small = QLabel()
            thumb = self.thumbnails.get(media_id) if self.thumbnails is not None else None
            small.setPixmap(
                rounded(thumb, QSize(64, 64), 8)
                if thumb is not None
                else placeholder(entry.category, QSize(64, 64), "·")
            )
            self.photo_strip.addWidget(small)
        self.photo_strip.addStretch(1)

    def show_reviews(self, ratings: list[RatingEntry]) -> None:
        clear_layout(self.reviews)
        if not ratings:
            self.reviews.addWidget(
                widgets.subtle(self.tr("No reviews yet. Only buyers of completed orders can review."))
            )
            return
        for r in ratings[:10]:
            rec = r.record
            scores = self.tr(
                "quality {quality} · as described {described} · delivery {delivery} · communication {communication}"
            ).format(
                quality=rec.quality, described=rec.as_described, delivery=rec.delivery, communication=rec.communication
            )
            reply = self.tr("Seller: {reply}").format(reply=_escape(rec.reply)) if rec.reply else ""
            text = QLabel(
                f"<b>{stars(r.average)}</b> &nbsp;<span>{scores}</span><br>{_escape(rec.review)}"
                + (f"<br><i>{reply}</i>" if reply else "")
            )
            text.setWordWrap(True)
            self.reviews.addWidget(text)

    def _amount(self) -> int | None:
        text = self.amount.text().strip()
        return parse_exc(text) if text else None

    def _update_total(self) -> None:
        entry = self.entry
        if entry is None:
            return
        if entry.is_quote:
            try:
                amount = self._amount()
            except AmountError as exc:
                self.total.setText(str(exc))
                self.buy.setEnabled(False)
                return
            self.total.setText(
                self.tr("{amount} will be locked in escrow until you confirm delivery.").format(
                    amount=format_exc(amount)
                )
                if amount
                else self.tr("Agree on the price with the seller (Message seller), then enter it here.")
            )
            self.buy.setEnabled(bool(amount) and entry.status == ListingStatus.ACTIVE and entry.stock > 0)
            self.buy.setText(self.tr("Buy at the agreed price"))
        else:
            total = entry.price * self.quantity.value()
            self.total.setText(
                self.tr("{amount} will be locked in escrow until you confirm delivery.").format(
                    amount=format_exc(total)
                )
            )
            self.buy.setText(self.tr("Buy now · {amount}").format(amount=format_exc(total)))

    def _on_buy(self) -> None:
        entry = self.entry
        if entry is None:
            return
        try:
            amount = self._amount() if entry.is_quote else None
        except AmountError as exc:
            self.buy_status.setText(str(exc))
            return
        self.buy_clicked.emit(entry.listing_id, self.quantity.value(), amount, self.note.text())

    def _on_pause(self) -> None:
        if self.entry is not None:
            paused = self.entry.status == ListingStatus.PAUSED
            self.status_clicked.emit(self.entry.listing_id, ListingStatus.ACTIVE if paused else ListingStatus.PAUSED)


def _escape(text: str) -> str:
    import html

    return html.escape(text)


# -- orders ---------------------------------------------------------------------------------------------------


class OrdersModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("OrdersModel", "Placed"),
        QT_TRANSLATE_NOOP("OrdersModel", "Item"),
        QT_TRANSLATE_NOOP("OrdersModel", "You are"),
        QT_TRANSLATE_NOOP("OrdersModel", "Amount"),
        QT_TRANSLATE_NOOP("OrdersModel", "Status"),
    )

    def __init__(self, me: bytes) -> None:
        super().__init__()
        self.me = me
        self.items: list[OrderEntry] = []

    def set_items(self, items: list[OrderEntry]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        e = self.items[index.row()]
        col = index.column()
        if role == ENTRY_ROLE:
            return e
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                if e.placed_ms:
                    return f"{i18n.date_time(e.placed_ms)} · #{i18n.number(e.record.placed_height)}"
                return self.tr("block {height}").format(height=i18n.number(e.record.placed_height))
            if col == 1:
                return f"{e.title or self.tr('Listing')} × {e.record.quantity}"
            if col == 2:
                return {
                    Role.BUYER: self.tr("Buyer"),
                    Role.SELLER: self.tr("Seller"),
                    Role.ARBITER: self.tr("Arbiter"),
                }.get(role_of(e.record, self.me), "—")
            if col == 3:
                return format_exc(e.record.amount)
            if col == 4:
                return label(STATUS_LABELS[e.status])
        if role == Qt.ItemDataRole.ForegroundRole and col == 4:
            return QColor(_STATUS_COLOURS[e.status])
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class OrdersView(QWidget):
    """The user's orders as buyer, seller and arbiter; a row opens the order."""

    order_activated = Signal(bytes)
    arbiter_clicked = Signal()

    def __init__(self, me: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.me = me
        root = vbox(self, 0, 10)
        bar = QHBoxLayout()
        self.filter = QButtonGroup(self)
        self.filter_buttons: dict[str, QPushButton] = {}
        for key, text in (
            ("all", self.tr("All")),
            ("buyer", self.tr("Buying")),
            ("seller", self.tr("Selling")),
            ("arbiter", self.tr("Arbitrating")),
        ):
            b = widgets.button(text)
            b.setCheckable(True)
            self.filter.addButton(b)
            self.filter_buttons[key] = b
            bar.addWidget(b)
            b.clicked.connect(lambda _=False: self._apply())
        self.filter_buttons["all"].setChecked(True)
        bar.addStretch(1)
        self.arbiter = widgets.button(self.tr("Settle disputes as an arbiter…"))
        self.arbiter.clicked.connect(self.arbiter_clicked)
        bar.addWidget(self.arbiter)
        root.addLayout(bar)
        self.model = OrdersModel(me)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAccessibleName(self.tr("Your orders"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (0, 2, 3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(lambda i: self.order_activated.emit(i.data(ENTRY_ROLE).order_id))
        self.table.doubleClicked.connect(lambda i: self.order_activated.emit(i.data(ENTRY_ROLE).order_id))
        root.addWidget(self.table, 1)
        self.empty = widgets.subtle(
            self.tr("No orders yet. Orders you place, receive or settle as an arbiter appear here.")
        )
        root.addWidget(self.empty)
        self._all: list[OrderEntry] = []

    def show_orders(self, orders: list[OrderEntry]) -> None:
        self._all = orders
        self._apply()

    def _apply(self) -> None:
        checked = next((k for k, b in self.filter_buttons.items() if b.isChecked()), "all")
        items = [o for o in self._all if checked == "all" or role_of(o.record, self.me).value == checked]
        self.model.set_items(items)
        self.empty.setVisible(not items)


class OrderDetailView(QScrollArea):
    """One order: what, who and how much, where it stands, its verified timeline, and the user's steps."""

    back_clicked = Signal()
    action_clicked = Signal(bytes, str)  # order id, OrderAction
    listing_clicked = Signal(bytes)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry: OrderEntry | None = None
        self.setWidgetResizable(True)
        body = QWidget()
        self.setWidget(body)
        root = vbox(body, 0, 12)
        top = QHBoxLayout()
        self.back = back_button(self.tr("← Back to orders"))
        self.back.clicked.connect(self.back_clicked)
        top.addWidget(self.back)
        top.addStretch(1)
        root.addLayout(top)
        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("PageTitle")
        head.addWidget(self.title)
        self.status = chip("", "#6b6773")
        head.addWidget(self.status)
        head.addStretch(1)
        self.open_listing = widgets.button(self.tr("View listing"))
        self.open_listing.clicked.connect(lambda: self.entry and self.listing_clicked.emit(self.entry.record.listing))
        head.addWidget(self.open_listing)
        root.addLayout(head)
        grid = QGridLayout()
        grid.setSpacing(16)
        root.addLayout(grid)

        summary = widgets.Card()
        s = summary.body
        s.addWidget(section_label(self.tr("Order")))
        form = QFormLayout()
        self.amount = QLabel()
        self.amount.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.quantity = QLabel()
        self.buyer = QLabel()
        self.seller = QLabel()
        self.arbiter = QLabel()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.proof = QLabel()
        self.proof.setWordWrap(True)
        for text, w in (
            (self.tr("In escrow"), self.amount),
            (self.tr("Quantity"), self.quantity),
            (self.tr("Buyer"), self.buyer),
            (self.tr("Seller"), self.seller),
            (self.tr("Arbiter"), self.arbiter),
            (self.tr("Buyer's note"), self.note),
            (self.tr("Delivery"), self.proof),
        ):
            form.addRow(text, w)
        s.addLayout(form)
        self.next_step = QLabel()
        self.next_step.setWordWrap(True)
        self.next_step.setStyleSheet("font-weight: 600;")
        s.addWidget(self.next_step)
        self.action_row = QHBoxLayout()
        s.addLayout(self.action_row)
        self.action_status = widgets.status_label()
        s.addWidget(self.action_status)
        self.proven = widgets.status_label("", "verified")
        s.addWidget(self.proven)
        s.addStretch(1)
        grid.addWidget(summary, 0, 0)

        steps = widgets.Card()
        steps.body.addWidget(section_label(self.tr("Timeline")))
        self.timeline = TimelineView()
        steps.body.addWidget(self.timeline)
        steps.body.addStretch(1)
        grid.addWidget(steps, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        root.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}

    def show_order(
        self,
        entry: OrderEntry,
        items: list[TimelineItem],
        actions: list[OrderAction],
        *,
        me: bytes,
        height: int,
        names: dict[bytes, str] | None = None,
        can_reply: bool = False,
    ) -> None:
        self.entry = entry
        record = entry.record
        names = names or {}
        self.title.setText(entry.title or self.tr("Order"))
        colour = _STATUS_COLOURS[entry.status]
        self.status.setText(label(STATUS_LABELS[entry.status]))
        self.status.setStyleSheet(
            f"color: {colour}; border: 1px solid {colour}; border-radius: 10px; padding: 2px 10px; font-weight: 600;"
            "background: transparent;"
        )
        self.amount.setText(
            format_exc(record.escrowed)
            if record.escrowed
            else self.tr("{amount} (settled)").format(amount=format_exc(record.amount))
        )
        unit = format_exc(entry.unit_price)
        self.quantity.setText(f"{record.quantity} × {unit}")

        def who(actor: bytes) -> str:
            if not actor:
                return self.tr("— (drawn if a dispute is opened)")
            name = person(actor, names.get(actor, ""))
            return self.tr("{name} (you)").format(name=name) if actor == me else name

        self.buyer.setText(who(record.buyer))
        self.seller.setText(who(record.seller))
        self.arbiter.setText(who(record.arbiter))
        self.note.setText(record.note or "—")
        proof = "—"
        if record.status in _DELIVERED_STATES:
            proof = record.delivery_note or self.tr("Marked delivered")
            if record.delivery_proof:
                proof += " · " + self.tr("with a proof in the blob store ({id}…)").format(
                    id=record.delivery_proof.hex()[:12]
                )
        self.proof.setText(proof)
        self.next_step.setText(next_step_text(entry, me, height=height))
        self.timeline.set_items(items)
        self.proven.setText(self.tr("✓ Proven at block {height}").format(height=i18n.number(entry.proven_height)))
        self.action_status.setText("")
        clear_layout(self.action_row)
        self.buttons = {}
        primary = {OrderAction.ACCEPT, OrderAction.RELEASE, OrderAction.DELIVER, OrderAction.RESOLVE, OrderAction.RATE}
        shown = list(actions) + ([OrderAction.REPLY] if can_reply else [])
        for action in shown:
            text = label(ACTION_LABELS[action])
            b = widgets.primary_button(text) if action in primary else widgets.button(text)
            b.clicked.connect(lambda _=False, a=action: self.action_clicked.emit(entry.order_id, a.value))
            self.action_row.addWidget(b)
            self.buttons[action.value] = b
        if record.delivery_proof and record.status in _DELIVERED_STATES:
            b = widgets.button(self.tr("Open delivery proof"))
            b.clicked.connect(lambda: self.action_clicked.emit(entry.order_id, "proof"))
            self.action_row.addWidget(b)
            self.buttons["proof"] = b
        if record.status in (OrderStatus.DISPUTED, OrderStatus.RESOLVED):
            b = widgets.button(self.tr("Open the case"))
            b.clicked.connect(lambda: self.action_clicked.emit(entry.order_id, "case"))
            self.action_row.addWidget(b)
            self.buttons["case"] = b
        self.action_row.addStretch(1)

    def set_busy(self, busy: bool, text: str = "") -> None:
        for b in self.buttons.values():
            b.setEnabled(not busy)
        widgets.set_role(self.action_status, "subtle" if busy else "error")
        self.action_status.setText(text)


#: States in which an order may carry a delivery proof.
_DELIVERED_STATES = (OrderStatus.DELIVERED, OrderStatus.RELEASED, OrderStatus.DISPUTED, OrderStatus.RESOLVED)


class DisputeView(QScrollArea):
    """A dispute's case: both sides, the escrow, the evidence channel and, for the arbiter, the ruling."""

    back_clicked = Signal()
    evidence_clicked = Signal(bytes)
    redraw_clicked = Signal(bytes)
    ruling_submitted = Signal(bytes, int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry: OrderEntry | None = None
        self.fee_bps = 0
        self.setWidgetResizable(True)
        body = QWidget()
        self.setWidget(body)
        root = vbox(body, 0, 12)
        top = QHBoxLayout()
        self.back = back_button(self.tr("← Back to the order"))
        self.back.clicked.connect(self.back_clicked)
        top.addWidget(self.back)
        top.addStretch(1)
        root.addLayout(top)
        self.title = QLabel()
        self.title.setObjectName("PageTitle")
        root.addWidget(self.title)
        grid = QGridLayout()
        grid.setSpacing(16)
        root.addLayout(grid)

        case = widgets.Card()
        case.body.addWidget(section_label(self.tr("The case")))
        self.case = QLabel()
        self.case.setWordWrap(True)
        self.case.setTextFormat(Qt.TextFormat.RichText)
        case.body.addWidget(self.case)
        case.body.addWidget(section_label(self.tr("Evidence")))
        case.body.addWidget(
            widgets.subtle(
                self.tr(
                    "Photos, files and messages go to the arbiter and the other party end-to-end encrypted, through "
                    "the messenger. Nodes never see them; only the ruling is public."
                )
            )
        )
        row = QHBoxLayout()
        self.evidence = widgets.button(self.tr("Send evidence…"))
        self.redraw = widgets.button(self.tr("Ask for another arbiter"))
        row.addWidget(self.evidence)
        row.addWidget(self.redraw)
        row.addStretch(1)
        case.body.addLayout(row)
        self.status = widgets.status_label()
        case.body.addWidget(self.status)
        case.body.addStretch(1)
        grid.addWidget(case, 0, 0)

        self.ruling_card = widgets.Card()
        r = self.ruling_card.body
        r.addWidget(section_label(self.tr("Your ruling")))
        r.addWidget(widgets.subtle(self.tr("Split the escrow. Your ruling and its reason are public on the chain.")))
        self.share = QSlider(Qt.Orientation.Horizontal)
        self.share.setRange(0, 100)
        self.share.setValue(50)
        self.share.setAccessibleName(self.tr("Share returned to the buyer, in percent"))
        r.addWidget(self.share)
        self.split = QLabel()
        self.split.setWordWrap(True)
        r.addWidget(self.split)
        self.reason = QLineEdit()
        self.reason.setMaxLength(1000)
        self.reason.setPlaceholderText(self.tr("Why you decided so (public)"))
        self.reason.setAccessibleName(self.tr("Ruling"))
        r.addWidget(self.reason)
        self.submit = widgets.primary_button(self.tr("Publish the ruling"))
        r.addWidget(self.submit)
        r.addStretch(1)
        self.result_card = widgets.Card()
        self.result_card.body.addWidget(section_label(self.tr("Ruling")))
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result_card.body.addWidget(self.result)
        self.result_card.body.addStretch(1)
        grid.addWidget(self.ruling_card, 0, 1)
        grid.addWidget(self.result_card, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        root.addStretch(1)
        self.share.valueChanged.connect(lambda _v: self._update_split())
        self.evidence.clicked.connect(lambda: self.entry and self.evidence_clicked.emit(self.entry.order_id))
        self.redraw.clicked.connect(lambda: self.entry and self.redraw_clicked.emit(self.entry.order_id))
        self.submit.clicked.connect(self._on_submit)

    def buyer_share(self) -> int:
        """What the slider returns to the buyer: its percentage of the escrow less the arbiter's fee."""
        if self.entry is None:
            return 0
        amount = self.entry.record.amount
        return (amount - amount * self.fee_bps // 10_000) * self.share.value() // 100

    def _update_split(self) -> None:
        if self.entry is None:
            return
        buyer, seller, fee = ruling_split(self.entry.record.amount, self.fee_bps, self.buyer_share())
        self.split.setText(
            self.tr(
                "Buyer gets back <b>{buyer}</b> · seller gets <b>{seller}</b> · arbiter's fee {fee} ({percent}%)"
            ).format(
                buyer=format_exc(buyer),
                seller=format_exc(seller),
                fee=format_exc(fee),
                percent=QLocale().toString(self.fee_bps / 100, "g", 6),
            )
        )

    def _on_submit(self) -> None:
        if self.entry is not None:
            self.ruling_submitted.emit(self.entry.order_id, self.buyer_share(), self.reason.text())

    def show_case(
        self, entry: OrderEntry, *, me: bytes, fee_bps: int, can_redraw: bool, names: dict[bytes, str] | None = None
    ) -> None:
        self.entry = entry
        self.fee_bps = fee_bps
        record = entry.record
        names = names or {}
        self.title.setText(self.tr("Dispute · {title}").format(title=entry.title or self.tr("Order")))
        escrow = (
            self.tr("<b>{amount}</b> in escrow for {quantity} × {title}.")
            if record.escrowed
            else self.tr("<b>{amount}</b> was in escrow for {quantity} × {title}.")
        ).format(amount=format_exc(record.amount), quantity=record.quantity, title=_escape(entry.title))
        arbiter = _escape(person(record.arbiter, names.get(record.arbiter, "")))
        if record.arbiter == me:
            arbiter = self.tr("{name} (you)").format(name=arbiter)
        parties = self.tr("Buyer: {buyer}<br>Seller: {seller}<br>Arbiter: {arbiter}").format(
            buyer=_escape(person(record.buyer, names.get(record.buyer, ""))),
            seller=_escape(person(record.seller, names.get(record.seller, ""))),
            arbiter=arbiter,
        )
        reason = _escape(record.dispute_reason)
        opened = (
            self.tr("Opened by the buyer: <i>“{reason}”</i>")
            if record.disputed_by == record.buyer
            else self.tr("Opened by the seller: <i>“{reason}”</i>")
        ).format(reason=reason)
        note = (
            "<p>" + self.tr("Delivery note: “{note}”").format(note=_escape(record.delivery_note)) + "</p>"
            if record.delivery_note
            else ""
        )
        self.case.setText(f"<p>{escrow}</p><p>{parties}</p><p>{opened}</p>{note}")
        role = role_of(record, me)
        open_case = entry.status == OrderStatus.DISPUTED
        self.evidence.setVisible(open_case and role is not Role.OTHER)
        self.redraw.setVisible(open_case and can_redraw and role in (Role.BUYER, Role.SELLER))
        self.ruling_card.setVisible(open_case and role is Role.ARBITER)
        self.result_card.setVisible(not (open_case and role is Role.ARBITER))
        if entry.status == OrderStatus.RESOLVED:
            seller = record.amount - record.buyer_share - record.arbiter_fee
            self.result.setText(
                f"<p><i>“{_escape(record.ruling)}”</i></p><p>"
                + self.tr("Buyer got back {buyer}, the seller {seller}, the arbiter's fee was {fee}.").format(
                    buyer=format_exc(record.buyer_share), seller=format_exc(seller), fee=format_exc(record.arbiter_fee)
                )
                + "</p>"
            )
        else:
            self.result.setText(self.tr("The arbiter has not ruled yet. The escrow stays locked until they do."))
        self.status.setText("")
        self._update_split()


__all__ = [
    "BrowseView",
    "DisputeView",
    "ListingDelegate",
    "ListingDetailView",
    "ListingModel",
    "OrderDetailView",
    "OrdersView",
]
