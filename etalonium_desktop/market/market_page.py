"""The Market section: browse and search, a listing and its buy box, the user's orders and listings, an order
with its timeline, and a dispute's case, bound to the MarketService of the session.

For the app: `MarketPage(session)` (optionally `chat=MessengerOrderChat(...)` once the messenger is wired, so
the "Message" and "Send evidence" buttons open the encrypted chat). The page starts the service when the
session's network is up, and notifies through `session.notify` at every step of the user's orders.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QStackedWidget, QWidget

from etalonium_desktop.amounts import format_exc
from etalonium_desktop.ui import i18n, widgets
from lightnode.protocol.actions import ListingStatus

from .chat import MessengerOrderChat, OrderChat
from .dialogs import (
    ArbiterDialog,
    DeliverDialog,
    DisputeDialog,
    ListingEditor,
    PriceStockDialog,
    ProofDialog,
    RatingDialog,
    TextDialog,
)
from .errors import MarketError
from .feed import MarketChange
from .media import ListingMedia, SettingsStateStore
from .model import ListingEntry, OrderEntry, SearchQuery
from .qt_common import Tasks, Thumbnails, ask, asking, vbox
from .service import ListingDraft, MarketService, MarketSession
from .viewmodels import OrderAction, available_actions, can_reply, timeline
from .views import BrowseView, DisputeView, ListingDetailView, OrderDetailView, OrdersView

log = logging.getLogger(__name__)

PAGES = ("browse", "listing", "orders", "order", "case", "mine")


class MarketPage(QWidget):
    """The Market section of the main window.

    `conversation_opened(conversation id)` is emitted when a "Message" or "Send evidence" button opened an
    encrypted chat (through `session.messenger`): the app shows the Chat section with that conversation.
    """

    conversation_opened = Signal(bytes)

    def __init__(
        self,
        session: MarketSession,
        *,
        service: MarketService | None = None,
        chat: OrderChat | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.me = session.actor
        self.service = service if service is not None else MarketService(session, chat=chat)
        if chat is not None and self.service.chat is None:
            self.service.chat = chat
        self.tasks = Tasks(self)
        self.tasks.failed.connect(self.show_error)
        self.thumbnails = Thumbnails(self._fetch_thumbnail, self.tasks)
        self.query = SearchQuery()
        self.current_listing: ListingEntry | None = None
        self.current_order: OrderEntry | None = None
        #: The dialog open right now (tests fill it in).
        self.dialog: Any = None
        self._started = False
        self._closed = False
        self._history: list[str] = []

        root = vbox(self, 0, 12)
        root.setContentsMargins(28, 24, 28, 16)
        head = QHBoxLayout()
        head.addWidget(widgets.title(self.tr("Market")))
        head.addSpacing(24)
        self.tabs = QButtonGroup(self)
        self.tab_buttons = {}
        for key, text in (
            ("browse", self.tr("Browse")),
            ("orders", self.tr("My orders")),
            ("mine", self.tr("My listings")),
        ):
            b = widgets.button(text)
            b.setCheckable(True)
            b.setProperty("flat", True)
            bold = b.font()
            bold.setBold(True)
            b.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(text) + 40)  # the checked tab is bold
            self.tabs.addButton(b)
            self.tab_buttons[key] = b
            b.clicked.connect(lambda _=False, k=key: self.show_page(k))
            head.addWidget(b)
        head.addStretch(1)
        self.verified = widgets.subtle("")
        head.addWidget(self.verified)
        self.new_button = widgets.primary_button(self.tr("New listing"))
        self.new_button.clicked.connect(self.new_listing)
        head.addWidget(self.new_button)
        root.addLayout(head)
        self.error = widgets.status_label()
        self.error.hide()
        root.addWidget(self.error)

        self.stack = QStackedWidget()
        self.browse = BrowseView(self.thumbnails)
        self.listing_view = ListingDetailView(self.thumbnails)
        self.orders = OrdersView(self.me)
        self.order_view = OrderDetailView()
        self.case = DisputeView()
        self.mine = BrowseView(self.thumbnails)
        self.mine.search.setPlaceholderText(self.tr("Search your listings"))
        for page in (self.browse, self.listing_view, self.orders, self.order_view, self.case, self.mine):
            self.stack.addWidget(page)
        root.addWidget(self.stack, 1)
        self.pages = dict(
            zip(
                PAGES, (self.browse, self.listing_view, self.orders, self.order_view, self.case, self.mine), strict=True
            )
        )

        self.browse.query_changed.connect(self._on_query)
        self.browse.listing_activated.connect(self.open_listing)
        self.mine.query_changed.connect(lambda _q: self.tasks.run(self.refresh_mine()))
        self.mine.listing_activated.connect(self.open_listing)
        self.listing_view.back_clicked.connect(self.back)
        self.listing_view.buy_clicked.connect(self._on_buy)
        self.listing_view.message_clicked.connect(self._on_message_seller)
        self.listing_view.edit_clicked.connect(lambda _l: self.edit_listing())
        self.listing_view.edit_details_clicked.connect(lambda _l: self.edit_listing_details())
        self.listing_view.status_clicked.connect(lambda _l, status: self.set_listing_status(status))
        self.orders.order_activated.connect(self.open_order)
        self.orders.arbiter_clicked.connect(self.open_arbiter)
        self.order_view.back_clicked.connect(self.back)
        self.order_view.action_clicked.connect(self._on_order_action)
        self.order_view.listing_clicked.connect(self.open_listing)
        self.case.back_clicked.connect(self.back)
        self.case.evidence_clicked.connect(lambda o: self._on_order_action(o, OrderAction.EVIDENCE.value))
        self.case.redraw_clicked.connect(lambda o: self._on_order_action(o, OrderAction.REDRAW.value))
        self.case.ruling_submitted.connect(self._on_ruling)
        self.thumbnails.loaded.connect(self._on_thumbnail)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(250)
        self._refresh_timer.timeout.connect(lambda: self.tasks.run(self.refresh()))
        self.service.add_listener(self._on_change)
        on_change = getattr(session, "on_change", None)
        if on_change is not None:
            on_change(self._on_session_change)
        self.show_page("browse")
        self._on_session_change("network")

    # -- starting ----------------------------------------------------------------------------------------------
    def _on_session_change(self, what: str) -> None:
        if self._closed:
            return
        if what == "network" and not self._started and getattr(self.session.network, "client", None) is not None:
            self._started = True
            self.tasks.run(self.start())

    async def start(self) -> None:
        """Start following the chain (once the network is up) and show what the index holds."""
        service = self.service
        try:
            await service.client.start()
            if service.media is None and getattr(self.session.network, "node_urls", None):
                params = await service.params()
                service.media = ListingMedia(
                    list(self.session.network.node_urls),
                    self.session.key,
                    SettingsStateStore(self.session.profile.settings),
                    Path(tempfile.gettempdir()) / f"etalonium-market-{self.me.hex()[:12]}",
                    cache=self.session.profile.media_cache,
                    fuel=service.fuel,
                    fuel_bytes_per_exc=params.get("fuel_bytes_per_exc"),
                )
            if not service.ready.is_set():
                await service.start()
        except BaseException:
            self._started = False  # try again at the next change of the network
            raise
        await self.refresh()

    async def _fetch_thumbnail(self, media_id: bytes) -> bytes | None:
        if self.service.media is None:
            return None
        return await self.service.media.thumbnail(media_id)

    # -- navigation --------------------------------------------------------------------------------------------
    def show_page(self, key: str) -> None:
        """Switch to one of PAGES."""
        self.show_error("")
        current = self.current_page()
        if current != key:
            self._history = [*self._history[-20:], current]
        self.stack.setCurrentWidget(self.pages[key])
        self._select_tab(key)
        if key in ("orders", "mine", "browse"):
            self.tasks.run(self.refresh())

    def _select_tab(self, key: str) -> None:
        """Check the tab a page belongs to (a listing stays under the tab it was opened from)."""
        tab = {"order": "orders", "case": "orders"}.get(key, key)
        if tab in self.tab_buttons:
            self.tab_buttons[tab].setChecked(True)
        self.new_button.setVisible(key in ("browse", "mine"))

    def current_page(self) -> str:
        widget = self.stack.currentWidget()
        return next((k for k, w in self.pages.items() if w is widget), "browse")

    def back(self) -> None:
        while self._history:
            key = self._history.pop()
            if key != self.current_page():
                self.stack.setCurrentWidget(self.pages[key])
                self._select_tab(key)
                self.tasks.run(self.refresh())
                return
        self.show_page("browse")

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # -- refreshing --------------------------------------------------------------------------------------------
    def _on_change(self, change: MarketChange) -> None:
        if not self._closed:
            self._refresh_timer.start()

    async def refresh(self) -> None:
        """Show the index's current state on the visible screen."""
        page = self.current_page()
        height = self.service.height
        if height:
            self.verified.setText(self.tr("Verified to block {height}").format(height=i18n.number(height)))
        if page == "browse":
            await self.run_search()
        elif page == "mine":
            await self.refresh_mine()
        elif page == "orders":
            self.orders.show_orders(await self.service.my_orders())
        elif page == "listing" and self.current_listing is not None:
            fresh = await asyncio.to_thread(self.service.index.listing, self.current_listing.listing_id)
            if fresh is not None:
                await self._show_listing(fresh)
        elif page in ("order", "case") and self.current_order is not None:
            fresh_order = await asyncio.to_thread(self.service.index.order, self.current_order.order_id)
            if fresh_order is not None:
                await self._show_order(fresh_order, case=page == "case")

    def _on_query(self, query: SearchQuery) -> None:
        self.query = query
        self.tasks.run(self.run_search())

    async def run_search(self) -> None:
        page = await self.service.search(self.query)
        count = await asyncio.to_thread(self.service.index.listing_count)
        self.browse.set_facets(await self.service.categories(), await self.service.regions())
        self.browse.show_page(page, indexed=count)

    async def refresh_mine(self) -> None:
        page = await self.service.my_listings()
        text = self.mine.search.text().strip().lower()
        items = tuple(e for e in page.items if not text or text in e.title.lower() or text in e.category.lower())
        self.mine.model.set_items(items)
        self.mine.summary.setText(self.tr("%n of your listings", "", len(items)))
        self.mine.empty.setVisible(not items)
        self.mine.list.setVisible(bool(items))
        self.mine.empty.setText(
            self.tr("You have not listed anything yet. “New listing” puts goods or services on sale.")
        )

    def _on_thumbnail(self, media_id: bytes) -> None:
        self.browse.model.refresh_media(media_id)
        self.mine.model.refresh_media(media_id)
        if self.current_listing is not None and media_id in self.current_listing.media:
            self.listing_view.show_photo()

    # -- listings ----------------------------------------------------------------------------------------------
    def open_listing(self, listing_id: bytes) -> None:
        self.tasks.run(self._open_listing(listing_id))

    async def _open_listing(self, listing_id: bytes) -> None:
        entry = await self.service.listing(listing_id)
        if entry is None:
            raise MarketError(self.tr("This listing is not on the chain."))
        await self._show_listing(entry)
        self.show_page("listing")
        # Prove it afresh: stock and price may have moved since it was indexed.
        if getattr(self.session.network, "client", None) is None:
            return
        try:
            fresh = await self.service.listing(listing_id, prove=True)
        except MarketError as exc:
            widgets.set_role(self.listing_view.proof, "stale")
            self.listing_view.proof.setText(
                self.tr("Proven at block {height}; not checked again now: {reason}").format(
                    height=i18n.number(entry.proven_height), reason=str(exc).rstrip(".")
                )
            )
            return
        if fresh is not None and self.current_page() == "listing":
            await self._show_listing(fresh)

    async def _show_listing(self, entry: ListingEntry) -> None:
        self.current_listing = entry
        ratings = await self.service.ratings(entry.listing_id)
        self.listing_view.show_listing(entry, me=self.me, ratings=ratings)

    def _on_buy(self, listing_id: bytes, quantity: int, amount: int | None, note: str) -> None:
        self.tasks.run(self.buy(listing_id, quantity, amount, note), on_error=self._buy_failed)

    def _buy_failed(self, text: str) -> None:
        self.listing_view.buy_status.setText(text)
        self.listing_view.buy.setEnabled(True)

    async def buy(self, listing_id: bytes, quantity: int = 1, amount: int | None = None, note: str = "") -> OrderEntry:
        view = self.listing_view
        view.buy.setEnabled(False)
        widgets.set_role(view.buy_status, "subtle")
        view.buy_status.setText(self.tr("Locking the payment in escrow… waiting for a verified block."))
        order = await self.service.buy(listing_id, quantity, amount=amount, note=note)
        widgets.set_role(view.buy_status, "verified")
        view.buy_status.setText(
            self.tr("✓ {amount} is in escrow (proven). The seller was told.").format(
                amount=format_exc(order.record.escrowed)
            )
        )
        view.buy.setEnabled(True)
        await self._show_order(order)
        self.show_page("order")
        return order

    def new_listing(self) -> ListingEditor:
        """Open the listing editor; publishing runs when the user confirms it."""
        editor = ListingEditor(self.window(), categories=self._categories())
        self.dialog = editor
        self.tasks.run(self._new_listing(editor, asking(editor, lambda e: (e.draft(), list(e.photos)))))
        return editor

    async def _new_listing(
        self, editor: ListingEditor, answer: asyncio.Future[tuple[ListingDraft, list[Path]] | None]
    ) -> None:
        with contextlib.suppress(MarketError):
            params = await self.service.params()
            if not answer.done():  # an answered editor is deleted (or about to be)
                editor.timeout.setMinimum(params.get("min_release_timeout_blocks"))
        asked = await answer
        if asked is None:
            return
        draft, photos = asked
        self.show_error("")
        self.verified.setText(self.tr("Publishing the listing…"))

        def progress(done: int, total: int) -> None:
            self.verified.setText(self.tr("Uploading photos ({done}/{total})…").format(done=done, total=total))

        entry = await self.service.publish(draft, photos, progress=progress)
        self.verified.setText(
            self.tr("✓ Listing published at block {height}").format(height=i18n.number(entry.created_height))
        )
        await self._show_listing(entry)
        self.show_page("listing")

    def edit_listing_details(self) -> ListingEditor | None:
        """Open the editor on the current (own) listing; the edit is published when the user confirms."""
        if self.current_listing is None:
            return None
        editor = ListingEditor(self.window(), categories=self._categories(), entry=self.current_listing)
        self.dialog = editor
        self.tasks.run(
            self._edit_listing_details(editor, asking(editor, lambda e: (e.entry, e.draft(), list(e.photos)))),
            on_error=self.listing_view.owner_status.setText,
        )
        return editor

    async def _edit_listing_details(
        self,
        editor: ListingEditor,
        answer: asyncio.Future[tuple[ListingEntry | None, ListingDraft, list[Path]] | None],
    ) -> None:
        with contextlib.suppress(MarketError):
            params = await self.service.params()
            if not answer.done():  # an answered editor is deleted (or about to be)
                editor.timeout.setMinimum(params.get("min_release_timeout_blocks"))
        asked = await answer
        if asked is None:
            return
        edited, draft, photos = asked
        if edited is None:
            return
        status = self.listing_view.owner_status
        widgets.set_role(status, "subtle")
        status.setText(self.tr("Publishing the edit… waiting for a verified block."))

        def progress(done: int, total: int) -> None:
            status.setText(self.tr("Uploading photos ({done}/{total})…").format(done=done, total=total))

        entry = await self.service.edit_listing(edited, draft, photos, progress=progress)
        await self._show_listing(entry)
        widgets.set_role(status, "verified")
        status.setText(self.tr("✓ Edit proven at block {height}").format(height=i18n.number(entry.proven_height)))

    def _categories(self) -> list[str]:
        return [self.browse.category.itemText(i).rsplit(" (", 1)[0] for i in range(1, self.browse.category.count())]

    def edit_listing(self) -> PriceStockDialog | None:
        if self.current_listing is None:
            return None
        dialog = PriceStockDialog(self.current_listing, self.window())
        self.dialog = dialog
        self.tasks.run(
            self._edit_listing(asking(dialog, PriceStockDialog.values)), on_error=self.listing_view.owner_status.setText
        )
        return dialog

    async def _edit_listing(self, answer: asyncio.Future[tuple[int, int] | None]) -> None:
        asked = await answer
        if asked is None or self.current_listing is None:
            return
        price, stock = asked
        entry = await self.service.update_listing(self.current_listing, price=price, stock=stock)
        await self._show_listing(entry)

    def set_listing_status(self, status: ListingStatus) -> None:
        if self.current_listing is not None:
            self.tasks.run(self._set_status(status), on_error=self.listing_view.owner_status.setText)

    async def _set_status(self, status: ListingStatus) -> None:
        assert self.current_listing is not None
        self.listing_view.owner_status.setText(self.tr("Updating the listing…"))
        entry = await self.service.update_listing(self.current_listing, status=status)
        await self._show_listing(entry)

    def _on_message_seller(self, seller: bytes) -> None:
        self._ensure_chat()

        async def message() -> None:
            orders = [o for o in await self.service.my_orders() if seller in (o.record.seller, o.record.buyer)]
            if orders:
                await self.service.message(orders[0])
            elif self.service.chat is None:
                raise MarketError(self.tr("Chat is not available in this version; contact the seller another way."))
            else:
                await self.service.chat.open_chat_with(seller)  # no order yet: ask about it, or for a quote

        self.tasks.run(message(), on_error=self.listing_view.buy_status.setText)

    # -- orders ------------------------------------------------------------------------------------------------
    def open_order(self, order_id: bytes) -> None:
        self.tasks.run(self._open_order(order_id))

    async def _open_order(self, order_id: bytes, *, case: bool = False) -> None:
        entry = await self.service.order(order_id)
        if entry is None:
            raise MarketError(self.tr("This order is not on the chain."))
        await self._show_order(entry, case=case)
        self.show_page("case" if case else "order")

    def open_case(self, order_id: bytes) -> None:
        self.tasks.run(self._open_order(order_id, case=True))

    async def _names(self, entry: OrderEntry) -> dict[bytes, str]:
        """Display names of the order's parties: known ones from the index, others proven now if possible."""
        names = {}
        for actor in (entry.record.buyer, entry.record.seller, entry.record.arbiter):
            if not actor:
                continue
            name = await self.service.display_name(actor)
            if name:
                names[actor] = name
        return names

    async def _show_order(self, entry: OrderEntry, *, case: bool = False) -> None:
        self.current_order = entry
        params = await self.service.params()
        height = max(self.service.height, entry.proven_height)
        rating = await self.service.rating(entry.order_id)
        actions = available_actions(
            entry, self.me, height=height, arbiter_timeout_blocks=params.get("arbiter_timeout_blocks"),
            rated=rating is not None or bool(entry.record.rated),
        )  # fmt: skip
        names = await self._names(entry)
        self.order_view.show_order(
            entry,
            timeline(entry, rating, height=height),
            actions,
            me=self.me,
            height=height,
            names=names,
            can_reply=can_reply(rating, self.me),
        )
        self.case.show_case(
            entry,
            me=self.me,
            fee_bps=params.get("arbiter_fee_bps"),
            can_redraw=OrderAction.REDRAW in actions,
            names=names,
        )
        del case

    def _ensure_chat(self) -> None:
        """Use the session's messenger for order chats once the app has started it."""
        messenger = getattr(self.session, "messenger", None)
        if self.service.chat is None and messenger is not None:
            self.service.chat = MessengerOrderChat(messenger, self.conversation_opened.emit)

    def _on_order_action(self, order_id: bytes, action: str) -> None:
        self._ensure_chat()
        if action == "case":
            self.open_case(order_id)
            return
        if action == "proof":
            self.tasks.run(self.open_proof(order_id), on_error=self._action_failed)
            return
        step = OrderAction(action)
        # A step that needs input opens its dialog now, before anything is awaited.
        asked = self.dialog_for(step)
        self.tasks.run(self.order_action(order_id, step, asked), on_error=self._action_failed)

    async def open_proof(self, order_id: bytes) -> ProofDialog:
        """Download the order's delivery proof, check every chunk, and show it (or offer to save it)."""
        entry = self.current_order if self.current_order and self.current_order.order_id == order_id else None
        entry = entry or await self.service.order(order_id)
        if entry is None:
            raise MarketError(self.tr("This order is not on the chain."))
        self.order_view.set_busy(True, self.tr("Downloading the delivery proof and checking it…"))
        proof = await self.service.delivery_proof(entry)
        self.order_view.set_busy(False)
        dialog = ProofDialog(proof, self.window())
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)  # parented to the window: it would live as long as the app
        dialog.open()
        return dialog

    def dialog_for(self, action: OrderAction) -> asyncio.Future[Any] | None:
        """Open the dialog a step needs (None if it needs none); `self.dialog` is it. The future is what the user
        entered (None if they cancelled), read as the dialog closes: the dialog is deleted then."""
        parent = self.window()
        title = self.current_order.title if self.current_order is not None else ""
        dialog: Any
        read: Callable[[Any], Any]
        if action is OrderAction.DELIVER:
            dialog = DeliverDialog(parent)
            read = lambda d: (d.note.text(), d.proof)  # noqa: E731
        elif action is OrderAction.DISPUTE:
            dialog = DisputeDialog(parent)
            read = lambda d: d.reason.toPlainText()  # noqa: E731
        elif action is OrderAction.RATE:
            dialog = RatingDialog(title, parent)
            read = RatingDialog.values
        elif action is OrderAction.REPLY:
            dialog = TextDialog(
                self.tr("Answer the review"),
                self.tr("Your answer is public, under the buyer's review."),
                self.tr("Publish"),
                parent,
            )
            read = lambda d: d.text.toPlainText()  # noqa: E731
        elif action is OrderAction.EVIDENCE:
            dialog = TextDialog(
                self.tr("Send evidence"),
                self.tr("Sent end-to-end encrypted to the arbiter and the other party; nodes see only its size."),
                self.tr("Send"),
                parent,
                files=True,
            )
            read = lambda d: (list(d.files), d.text.toPlainText())  # noqa: E731
        else:
            return None
        self.dialog = dialog
        return asking(dialog, read)

    def _action_failed(self, text: str) -> None:
        self.order_view.set_busy(False, text)
        self.case.status.setText(text)

    async def order_action(
        self, order_id: bytes, action: OrderAction, asked: asyncio.Future[Any] | None = None
    ) -> OrderEntry | None:
        """Take one step of an order (asking for what it needs first); returns the order as proven after."""
        service = self.service
        entry = self.current_order if self.current_order and self.current_order.order_id == order_id else None
        entry = entry or await service.order(order_id)
        if entry is None:
            raise MarketError(self.tr("This order is not on the chain."))
        if asked is None:
            asked = self.dialog_for(action)
        answer: Any = None
        if asked is not None:
            answer = await asked
            if answer is None:
                return None
        result: OrderEntry | None = None
        busy = self.tr("Sending… waiting for a verified block.")
        if action in (OrderAction.ACCEPT, OrderAction.DECLINE):
            self.order_view.set_busy(True, busy)
            result = await service.respond(order_id, action is OrderAction.ACCEPT)
        elif action is OrderAction.CANCEL:
            self.order_view.set_busy(True, busy)
            result = await service.cancel(order_id)
        elif action is OrderAction.RELEASE:
            self.order_view.set_busy(True, busy)
            result = await service.release(order_id)
        elif action is OrderAction.DELIVER:
            note, proof = answer
            self.order_view.set_busy(True, self.tr("Uploading the proof and marking delivered…") if proof else busy)
            result = await service.deliver(order_id, note, proof)
        elif action is OrderAction.DISPUTE:
            self.order_view.set_busy(True, self.tr("Opening the dispute and drawing an arbiter…"))
            result = await service.dispute(order_id, answer)
        elif action is OrderAction.REDRAW:
            self.case.status.setText(self.tr("Drawing another arbiter…"))
            result = await service.dispute(order_id, entry.record.dispute_reason or "The arbiter did not rule in time")
        elif action is OrderAction.RESOLVE:
            self.open_case(order_id)
            return None
        elif action is OrderAction.RATE:
            self.order_view.set_busy(True, busy)
            await service.rate(order_id, *answer)
            result = await service.order(order_id)
        elif action is OrderAction.REPLY:
            await service.reply(order_id, answer)
            result = await service.order(order_id)
        elif action is OrderAction.MESSAGE:
            await service.message(entry)
            return entry
        elif action is OrderAction.EVIDENCE:
            await service.send_evidence(entry, *answer)
            self.case.status.setText(self.tr("✓ Evidence sent, encrypted."))
            return entry
        if result is not None:
            await self._show_order(result, case=self.current_page() == "case")
            if action is OrderAction.DISPUTE:
                self.show_page("case")
        self.order_view.set_busy(False)
        return result

    def _on_ruling(self, order_id: bytes, buyer_share: int, ruling: str) -> None:
        async def rule() -> None:
            self.case.submit.setEnabled(False)
            self.case.status.setText(self.tr("Publishing the ruling…"))
            try:
                entry = await self.service.resolve(order_id, buyer_share, ruling)
            finally:
                self.case.submit.setEnabled(True)
            await self._show_order(entry, case=True)

        self.tasks.run(rule(), on_error=self.case.status.setText)

    def open_arbiter(self) -> None:
        self.tasks.run(self._arbiter())

    async def _arbiter(self) -> None:
        service = self.service
        params = await service.params()
        status = await service.arbiter_status()
        reputation = await service._read(service.session.network.queries.reputation(self.me))
        score = reputation.value.score if reputation.value is not None else 0
        categories = [f.label for f in await service.categories()]
        dialog = ArbiterDialog(
            categories,
            active=bool(status and status.active),
            active_categories=status.categories if status else (),
            min_reputation=params.get("arbiter_min_reputation"),
            score=score,
            fee_bps=params.get("arbiter_fee_bps"),
            parent=self.window(),
        )
        self.dialog = dialog
        asked = await ask(dialog, ArbiterDialog.values)
        if asked is None:
            return
        names, active = asked
        await service.set_arbiter(names, active)
        self.session.notify(
            self.tr("Arbiter"),
            self.tr("You are now available to settle disputes.") if active else self.tr("You opted out."),
        )

    def stop(self) -> None:
        """Stop the page's timers and tasks (it shows what it shows, and does nothing more)."""
        self._closed = True
        self._refresh_timer.stop()
        self.browse._debounce.stop()
        self.mine._debounce.stop()
        self.tasks.cancel_all()

    async def aclose(self) -> None:
        """Stop the page's work and the service (call before the network closes)."""
        self.stop()
        await self.service.aclose()
