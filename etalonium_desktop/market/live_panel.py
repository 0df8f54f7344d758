"""The shop beside a live stream: the listings the seller pinned, each with a Buy button that puts the payment
into escrow without leaving the stream. The live screen embeds it with a `LiveShop` for the channel."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from etalonium_desktop.amounts import format_exc
from etalonium_desktop.ui import i18n, widgets

from .errors import MarketError
from .live import LiveShop, LiveShopState
from .model import ListingEntry
from .qt_common import Tasks, Thumbnails, clear_layout, placeholder, rounded, section_label
from .viewmodels import price_text, rating_text


class LiveShopPanel(widgets.Card):
    """Pinned listings of the stream being watched (refreshed every `refresh_s` while shown)."""

    bought = Signal(object)  # OrderEntry

    def __init__(self, shop: LiveShop | None = None, *, thumbnails: Thumbnails | None = None,
                 refresh_s: float = 15.0, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.shop = shop
        self.tasks = Tasks(self)
        self.thumbnails = thumbnails
        #: The Buy button of each listing shown; a refresh replaces them all (and deletes the old ones).
        self.buy_buttons: dict[bytes, QWidget] = {}
        #: Listings being bought now: kept by id, since their button may be replaced while the purchase runs.
        self._buying: set[bytes] = set()
        self.setMinimumWidth(300)
        self.body.addWidget(section_label(self.tr("Shop the stream")))
        self.headline = widgets.subtle("")
        self.body.addWidget(self.headline)
        self.items = QVBoxLayout()
        self.items.setSpacing(10)
        self.body.addLayout(self.items)
        self.status = widgets.status_label()
        self.body.addWidget(self.status)
        self.body.addStretch(1)
        self.body.addWidget(
            widgets.subtle(self.tr("Payments go into escrow on the chain; you confirm when it arrives."))
        )
        self.timer = QTimer(self)
        self.timer.setInterval(int(refresh_s * 1000))
        self.timer.timeout.connect(self.refresh)
        if shop is not None:
            self.timer.start()
            self.refresh()

    def refresh(self) -> None:
        if self.shop is not None:
            self.tasks.run(self._refresh(), on_error=self.status.setText)

    async def _refresh(self) -> None:
        assert self.shop is not None
        self.show_state(await self.shop.refresh())

    def show_state(self, state: LiveShopState) -> None:
        clear_layout(self.items)
        self.buy_buttons.clear()
        if not state.live:
            self.headline.setText(self.tr("The stream is not live."))
        elif not state.listings:
            self.headline.setText(self.tr("Nothing is pinned to this stream right now."))
        else:
            self.headline.setText(
                self.tr("%n item(s) pinned · proven at block {height}", "", len(state.listings)).format(
                    height=i18n.number(state.proven_height)
                )
            )
        for entry in state.listings:
            self.items.addWidget(self._item(entry))

    def _item(self, entry: ListingEntry) -> QWidget:
        row = QWidget()
        row.setObjectName("Row")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        photo = QLabel()
        size = QSize(56, 56)
        thumb = self.thumbnails.get(entry.media[0]) if entry.media and self.thumbnails is not None else None
        photo.setPixmap(rounded(thumb, size, 8) if thumb is not None else placeholder(entry.category, size))
        layout.addWidget(photo)
        text = QVBoxLayout()
        title = QLabel(f"<b>{entry.title}</b>")
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setWordWrap(True)
        text.addWidget(title)
        text.addWidget(widgets.subtle(f"{price_text(entry)} · {rating_text(entry.rating_average, entry.ratings)}"))
        layout.addLayout(text, 1)
        buy = widgets.primary_button(self.tr("Buy"))
        buy.setEnabled(not entry.is_quote and entry.listing_id not in self._buying)
        buy.setToolTip(
            self.tr("Quoted items are ordered from the listing page")
            if entry.is_quote
            else self.tr("Locks {amount} in escrow").format(amount=format_exc(entry.price))
        )
        buy.clicked.connect(lambda _=False, e=entry: self._buy(e))
        layout.addWidget(buy)
        self.buy_buttons[entry.listing_id] = buy
        return row

    def _buy(self, entry: ListingEntry) -> None:
        listing = entry.listing_id
        if listing in self._buying:
            return
        # Marked at the click, not when the task first runs: a second click in between buys nothing.
        self._buying.add(listing)
        self._set_buy_enabled(listing, False)

        async def buy() -> None:
            try:
                if self.shop is None:
                    raise MarketError(self.tr("This stream has no shop."))
                self.status.setText(self.tr("Buying {title}…").format(title=entry.title))
                order = await self.shop.buy(listing)
            finally:
                self._buying.discard(listing)
                self._set_buy_enabled(listing, True)
            widgets.set_role(self.status, "verified")
            self.status.setText(
                self.tr("✓ {amount} in escrow for {title}.").format(
                    amount=format_exc(order.record.escrowed), title=entry.title
                )
            )
            self.bought.emit(order)

        if self.tasks.run(buy(), on_error=self.status.setText) is None:  # no loop (closing): nothing bought
            self._buying.discard(listing)
            self._set_buy_enabled(listing, True)

    def _set_buy_enabled(self, listing: bytes, enabled: bool) -> None:
        # The button shown now, not the one clicked: a refresh during the purchase deleted that one, and a
        # refresh that unpinned the listing left none.
        button = self.buy_buttons.get(listing)
        if button is not None:
            button.setEnabled(enabled)
