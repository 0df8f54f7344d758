"""The shop beside a live stream: the listings the seller pinned, each with a Buy button that puts the payment
into escrow without leaving the stream. The live screen embeds it with a `LiveShop` for the channel."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from etalonium_desktop.amounts import format_exc
from etalonium_desktop.ui import widgets

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
        self.setMinimumWidth(300)
        self.body.addWidget(section_label("Shop the stream"))
        self.headline = widgets.subtle("")
        self.body.addWidget(self.headline)
        self.items = QVBoxLayout()
        self.items.setSpacing(10)
        self.body.addLayout(self.items)
        self.status = widgets.status_label()
        self.body.addWidget(self.status)
        self.body.addStretch(1)
        self.body.addWidget(widgets.subtle("Payments go into escrow on the chain; you confirm when it arrives."))
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
        if not state.live:
            self.headline.setText("The stream is not live.")
        elif not state.listings:
            self.headline.setText("Nothing is pinned to this stream right now.")
        else:
            self.headline.setText(f"{len(state.listings)} item{'s' if len(state.listings) != 1 else ''} pinned · "
                                  f"proven at block {state.proven_height:,}")  # fmt: skip
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
        buy = widgets.primary_button("Buy")
        buy.setEnabled(not entry.is_quote)
        buy.setToolTip("Quoted items are ordered from the listing page" if entry.is_quote else
                       f"Locks {format_exc(entry.price)} in escrow")  # fmt: skip
        buy.clicked.connect(lambda _=False, e=entry: self._buy(e, buy))
        layout.addWidget(buy)
        return row

    def _buy(self, entry: ListingEntry, button: QWidget) -> None:
        async def buy() -> None:
            if self.shop is None:
                raise MarketError("This stream has no shop.")
            button.setEnabled(False)
            self.status.setText(f"Buying {entry.title}…")
            try:
                order = await self.shop.buy(entry.listing_id)
            finally:
                button.setEnabled(True)
            widgets.set_role(self.status, "verified")
            self.status.setText(f"✓ {format_exc(order.record.escrowed)} in escrow for {entry.title}.")
            self.bought.emit(order)

        self.tasks.run(buy(), on_error=self.status.setText)
