"""The marketplace for one signed-in user, without Qt: publish and manage listings, search the local index,
buy into escrow, and take every step of an order, each proven before it is reported.

Every step goes out as a signed action through the session's outbox and is reported done only once its
receipt is proven in a verified state; the order or listing is then proven again and indexed, so what the
screens show is always what a verified header commits to.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication

from etalonium_desktop.store import Profile
from lightnode.client import GenesisRoot, LightClient
from lightnode.errors import LightClientError, NoProvidersError, ProviderError
from lightnode.protocol import actions as A
from lightnode.protocol import state as S
from lightnode.protocol.actions import ListingKind, ListingStatus, PriceMode
from lightnode.protocol.encoding import ONE_EXC
from lightnode.protocol.errors import ProtocolError
from lightnode.protocol.keys import PrivateKey
from lightnode.queries import Queries
from lightnode.store import OutboxStatus
from lightnode.submitter import ActionReport

from .chat import OrderChat
from .errors import MarketError
from .feed import BlockSource, HttpBlockSource, MarketChange, MarketFeed, step_of
from .index import MarketIndex
from .media import DeliveryProof, ListingMedia
from .model import (
    Facet,
    ListingEntry,
    OrderEntry,
    OrderStep,
    RatingEntry,
    SearchPage,
    SearchQuery,
    Sort,
    availability_tag,
)
from .viewmodels import notification_for

log = logging.getLogger(__name__)

T = TypeVar("T")

#: How long a step may take to be included and proven before the user is told to look again later.
ACTION_TIMEOUT_S = 120.0


class NetworkLike(Protocol):
    client: LightClient | None
    queries: Queries | None
    node_urls: list[str]


class MarketSession(Protocol):
    """What the market needs of the app's `Session` (tests pass a small stand-in)."""

    actor: bytes
    key: PrivateKey
    profile: Profile
    network: Any

    def notify(self, title: str, text: str) -> None: ...

    async def submit(self, payload: A.Payload, *, fee: int | None = None) -> ActionReport: ...

    async def wait(self, action_id: bytes, timeout_s: float | None = None) -> ActionReport: ...


@dataclass(frozen=True, slots=True)
class ListingDraft:
    """A listing as the editor collects it (prices in base units)."""

    kind: ListingKind
    category: str
    title: str
    description: str = ""
    tags: tuple[str, ...] = ()
    price: int = 0
    price_mode: PriceMode = PriceMode.FIXED
    delivery_days: int = 7
    region: str = ""
    stock: int = 1
    release_timeout: int = 3 * 86_400
    available: tuple[dt.date, dt.date] | None = None
    media: tuple[bytes, ...] = field(default=())

    def payload(self, media: Sequence[bytes] = ()) -> A.Listing:
        """The LISTING payload, checked as strictly as a node will check it; MarketError says what to fix."""
        if not self.title.strip():
            raise MarketError(QCoreApplication.translate("MarketService", "Give the listing a title."))
        if not self.category.strip():
            raise MarketError(QCoreApplication.translate("MarketService", "Choose or type a category."))
        if self.price_mode == PriceMode.FIXED and self.price <= 0:
            raise MarketError(
                QCoreApplication.translate(
                    "MarketService", "A fixed-price listing needs a price above zero (or choose “quote on request”)."
                )
            )
        tags = [t.strip() for t in self.tags if t.strip()]
        if self.available is not None:
            try:
                tags.append(availability_tag(*self.available))
            except ValueError as exc:
                raise MarketError(
                    QCoreApplication.translate(
                        "MarketService", "The availability ends before it starts; check the dates."
                    )
                ) from exc
        listing = A.Listing(
            kind=int(self.kind),
            category=self.category.strip(),
            title=self.title.strip(),
            description=self.description.strip(),
            tags=tuple(dict.fromkeys(tags)),
            price=self.price,
            price_mode=int(self.price_mode),
            delivery_days=self.delivery_days,
            region=self.region.strip(),
            stock=self.stock,
            media=tuple(self.media) + tuple(media),
            release_timeout=self.release_timeout,
        )
        for name, codec in A.Listing._FIELDS:
            try:
                codec.to_wire(getattr(listing, name))
            except ProtocolError as exc:
                raise MarketError(
                    QCoreApplication.translate(
                        "MarketService", "The listing cannot be published as it is: %1."
                    ).replace("%1", str(_field_limits().get(name, exc)))
                ) from exc
        A.Listing.decode(listing.encode())  # the same strict checks a node applies, before anything is signed
        return listing

    def edit_payload(self, listing_id: bytes, media: Sequence[bytes] = ()) -> A.ListingEdit:
        """The LISTING_EDIT payload that rewrites listing `listing_id` as this draft describes it (its price,
        stock and kind are not part of an edit), checked like `payload`."""
        listing = self.payload(media)
        edit = A.ListingEdit(
            listing=listing_id,
            category=listing.category,
            title=listing.title,
            description=listing.description,
            tags=listing.tags,
            delivery_days=listing.delivery_days,
            region=listing.region,
            media=listing.media,
            release_timeout=listing.release_timeout,
        )
        try:
            A.ListingEdit.decode(edit.encode())
        except ProtocolError as exc:
            raise MarketError(
                QCoreApplication.translate("MarketService", "The edit cannot be published as it is: %1.").replace(
                    "%1", str(exc)
                )
            ) from exc
        return edit


def _field_limits() -> dict[str, str]:
    """What a field too large for the chain must be, in the interface language."""
    return {
        "title": QCoreApplication.translate("MarketService", "the title is too long (128 bytes at most)"),
        "description": QCoreApplication.translate("MarketService", "the description is too long (4096 bytes at most)"),
        "tags": QCoreApplication.translate("MarketService", "use at most 16 tags of at most 32 characters each"),
        "category": QCoreApplication.translate("MarketService", "the category name is too long (64 bytes at most)"),
        "region": QCoreApplication.translate("MarketService", "the region is too long (64 bytes at most)"),
        "media": QCoreApplication.translate("MarketService", "use at most 16 photos or videos"),
        "delivery_days": QCoreApplication.translate("MarketService", "delivery can take at most 3650 days"),
    }


def _queued(what: str) -> str:
    return QCoreApplication.translate("MarketService", "%1 is queued and goes out when the network is back.").replace(
        "%1", what
    )


def chain_identity(client: LightClient) -> bytes:
    """The chain a light client follows: its id and the trust root it verifies from (the genesis's hash, or
    the checkpoint's height and hash). A devnet recreated under the same id differs in the genesis."""
    root = client.root
    anchor = (
        f"genesis:{root.genesis_hash.hex()}"
        if isinstance(root, GenesisRoot)
        else f"checkpoint:{root.height}:{root.hash.hex()}"
    )
    return f"{client.chain_id}\n{anchor}".encode()


class MarketService:
    """Market data and actions for the session's user. Create inside the running loop, then `start()`."""

    def __init__(
        self,
        session: MarketSession,
        *,
        index: MarketIndex | None = None,
        media: ListingMedia | None = None,
        chat: OrderChat | None = None,
        blocks: BlockSource | None = None,
        backfill: bool = True,
        backfill_every_s: float = 60.0,
    ) -> None:
        self.session = session
        self.me = session.actor
        self.index = index if index is not None else MarketIndex(session.profile.transaction)
        self.media = media
        self.chat = chat
        self.feed: MarketFeed | None = None
        self.blocks = blocks
        self.backfill_enabled = backfill
        self.backfill_every_s = backfill_every_s
        self._own_blocks: HttpBlockSource | None = None
        self._listeners: list[Callable[[MarketChange], None]] = []
        self._tasks: set[asyncio.Task[Any]] = set()
        self._params: S.Params | None = None
        self.ready = asyncio.Event()

    # -- life ------------------------------------------------------------------------------------------------
    @property
    def client(self) -> LightClient:
        client = self.session.network.client
        if client is None:
            raise MarketError(
                QCoreApplication.translate(
                    "MarketService", "The network is not started yet; wait a moment and try again."
                )
            )
        assert isinstance(client, LightClient)
        return client

    async def start(self) -> None:
        """Follow the chain's market events and scan past blocks into the index (background tasks)."""
        client = self.client
        await client.start()
        # Before anything is read or written: the index must hold this chain's data only.
        if await self._db(self.index.bind_chain, chain_identity(client)):
            log.warning("the market index was built from another chain (a reset devnet?): it starts over")
        stale = await self._db(self.index.drop_stale_orders)
        if stale:
            log.info("market: %d stored orders were in an older encoding; they are proven again", len(stale))
        if self.blocks is None and self.backfill_enabled and self.session.network.node_urls:
            self._own_blocks = HttpBlockSource(list(self.session.network.node_urls))
            self.blocks = self._own_blocks
        self.feed = MarketFeed(client, self.index, me=self.me, blocks=self.blocks)
        self.feed.add_listener(self._on_change)
        self._spawn(self.feed.run())
        if self.backfill_enabled and self.blocks is not None:
            self._spawn(self.feed.run_backfill(every_s=self.backfill_every_s))
        self.ready.set()
        self._reprove_dropped()

    def _spawn(self, coro: Awaitable[Any]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)

        def done(t: asyncio.Task[Any]) -> None:
            self._tasks.discard(t)
            if not t.cancelled() and t.exception() is not None:
                log.error("market task failed", exc_info=t.exception())

        task.add_done_callback(done)

    async def aclose(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        if self._own_blocks is not None:
            await self._own_blocks.aclose()
        if self.media is not None:
            await self.media.aclose()
        self._listeners.clear()

    def add_listener(self, listener: Callable[[MarketChange], None]) -> Callable[[], None]:
        """`listener(change)` runs after the index changed (a listing, an order or a rating)."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _on_change(self, change: MarketChange) -> None:
        if change.kind == "order" and change.mine and change.live and change.step is not None:
            self._spawn(self._notify(change.id, change.step))
        for listener in list(self._listeners):
            listener(change)

    async def _notify(self, order_id: bytes, step: OrderStep) -> None:
        entry = await self._db(self.index.order, order_id)
        if entry is None:
            return
        message = notification_for(entry, step, self.me)
        if message is not None:
            self.session.notify(*message)

    async def _db(self, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.to_thread(fn, *args)

    def _reprove_dropped(self) -> None:
        """Prove again, in the background, the orders the index dropped as unreadable (see `MarketIndex`)."""
        if not self.ready.is_set():
            return  # `start` does it, once the index is tied to the chain the client follows
        dropped = self.index.take_dropped()
        if dropped:
            self._spawn(self._reprove(dropped))

    async def _reprove(self, dropped: dict[bytes, int]) -> None:
        feed = self._feed()
        for order_id, placed_ms in dropped.items():
            try:
                await self._read(feed.refresh_order(order_id, placed_ms=placed_ms or None, live=False))
            except (MarketError, ProtocolError) as exc:
                # Offline or not provable now: the block scan or the next look at the order finds it again.
                log.info("a dropped order could not be proven again yet: %s", exc)

    def _feed(self) -> MarketFeed:
        if self.feed is None:
            self.feed = MarketFeed(self.client, self.index, me=self.me, blocks=self.blocks)
            self.feed.add_listener(self._on_change)
        return self.feed

    async def params(self, *, fresh: bool = False) -> S.Params:
        """The chain's governance parameters, proven and kept for the session unless `fresh`. Offline, the
        last proven ones (or the protocol's defaults) stand in, for previews only: the chain applies its own."""
        if self._params is None or fresh:
            try:
                self._params = await Queries(self.client).params()
            except (ProviderError, NoProvidersError, LightClientError, MarketError):
                if fresh:
                    raise
                return S.Params.of()
        return self._params

    @property
    def height(self) -> int:
        """The latest verified height (0 before the light client started)."""
        client = self.session.network.client
        if client is None:
            return 0
        try:
            return int(client.latest.height)
        except LightClientError:
            return 0

    # -- reading ---------------------------------------------------------------------------------------------
    async def search(self, query: SearchQuery) -> SearchPage:
        return await self._db(self.index.search, query)

    async def categories(self) -> list[Facet]:
        return await self._db(self.index.categories)

    async def regions(self) -> list[Facet]:
        return await self._db(self.index.regions)

    async def listing(self, listing_id: bytes, *, prove: bool = False) -> ListingEntry | None:
        """A listing from the index, or proven afresh (`prove`, or when the index does not have it)."""
        if not prove:
            entry = await self._db(self.index.listing, listing_id)
            if entry is not None:
                return entry
        return await self._read(self._feed().refresh_listing(listing_id))

    async def order(self, order_id: bytes, *, prove: bool = False) -> OrderEntry | None:
        if not prove:
            entry = await self._db(self.index.order, order_id)
            if entry is not None:
                return entry
        return await self._read(self._feed().refresh_order(order_id))

    async def my_orders(self) -> list[OrderEntry]:
        """The indexed orders of this user (any the index could no longer read are proven again meanwhile)."""
        orders = await self._db(self.index.orders_for, self.me)
        self._reprove_dropped()
        return orders

    async def my_listings(self) -> SearchPage:
        query = SearchQuery(
            seller=self.me,
            statuses=(ListingStatus.ACTIVE, ListingStatus.PAUSED, ListingStatus.CLOSED),
            in_stock=False,
            sort=Sort.NEWEST,
            limit=200,
        )
        return await self.search(query)

    async def ratings(self, listing_id: bytes) -> list[RatingEntry]:
        return await self._db(self.index.ratings_for, listing_id)

    async def rating(self, order_id: bytes) -> RatingEntry | None:
        return await self._db(self.index.rating, order_id)

    async def display_name(self, actor: bytes) -> str:
        """An actor's public display name: from the index, else proven from its profile (empty if none or
        offline)."""
        known = await self._db(self.index.seller, actor)
        if known is not None:
            return known[0]
        client = self.session.network.client
        if client is None:
            return ""
        with contextlib.suppress(ProviderError, NoProvidersError, LightClientError):
            profile = await Queries(client).profile(actor)
            reputation = await Queries(client).reputation(actor)
            name = profile.value.display_name if profile.value is not None else ""
            score = reputation.value.score if reputation.value is not None else 0
            await self._db(self.index.update_seller, actor, name, score, reputation.height)
            return name
        return ""

    async def arbiter_status(self) -> S.ArbiterRecord | None:
        proven = await self._read(Queries(self.client).get(S.arbiter_key(self.me), S.ArbiterRecord))
        return proven.value

    async def _read(self, op: Awaitable[T]) -> T:
        try:
            return await op
        except (ProviderError, NoProvidersError) as exc:
            raise MarketError(
                QCoreApplication.translate(
                    "MarketService", "The network cannot be reached right now; try again when you are back online."
                )
            ) from exc
        except LightClientError as exc:
            raise MarketError(
                QCoreApplication.translate(
                    "MarketService", "A node sent data that failed verification, so it was not shown (%1)."
                ).replace("%1", str(exc))
            ) from exc

    # -- acting ----------------------------------------------------------------------------------------------
    async def act(self, payload: A.Payload, what: str, *, timeout_s: float = ACTION_TIMEOUT_S) -> ActionReport:
        """Sign and send one action and wait until its outcome is proven; MarketError unless it applied."""
        try:
            report = await self.session.submit(payload)
            if report.status is OutboxStatus.FAILED:
                raise MarketError(
                    QCoreApplication.translate("MarketService", "%1 was refused: %2.")
                    .replace("%1", what)
                    .replace("%2", report.reason or QCoreApplication.translate("MarketService", "no reason given"))
                )
            final = await self.session.wait(report.action_id, timeout_s)
        except TimeoutError as exc:
            raise MarketError(
                QCoreApplication.translate(
                    "MarketService", "%1 is sent but not confirmed yet. It stays queued; check again in a minute."
                ).replace("%1", what)
            ) from exc
        except (ProviderError, NoProvidersError) as exc:
            raise MarketError(_queued(what)) from exc
        except LightClientError as exc:
            raise MarketError(
                QCoreApplication.translate("MarketService", "%1 could not be sent: %2")
                .replace("%1", what)
                .replace("%2", str(exc))
            ) from exc
        if final.status is OutboxStatus.FAILED:
            raise MarketError(
                QCoreApplication.translate("MarketService", "%1 was refused by the chain: %2.")
                .replace("%1", what)
                .replace("%2", final.reason or QCoreApplication.translate("MarketService", "no reason given"))
            )
        if final.status is OutboxStatus.EXPIRED:
            raise MarketError(
                QCoreApplication.translate(
                    "MarketService", "%1 was not included in time and expired. Try again."
                ).replace("%1", what)
            )
        if final.status is not OutboxStatus.INCLUDED:
            raise MarketError(_queued(what))
        return final

    async def _order_step(self, order_id: bytes, payload: A.Payload, what: str) -> OrderEntry:
        report = await self.act(payload, what)
        status = step_of(payload)
        step = None
        if status is not None and report.height is not None:
            # The submitter proved this action's receipt at `report.height`: the step is verified.
            client = self.client
            tb = await client.trusted_block(report.height)
            step = OrderStep(status, report.height, tb.time_ms if tb else 0, report.action_id, self.me)
        entry = await self._read(self._feed().refresh_order(order_id, step=step))
        if entry is None:
            raise MarketError(
                QCoreApplication.translate(
                    "MarketService",
                    "The order is proven absent from the chain; it may have been placed on another network.",
                )
            )
        return entry

    async def upload_photos(
        self, photos: Sequence[Path], progress: Callable[[int, int], None] | None = None
    ) -> list[bytes]:
        if not photos:
            return []
        if self.media is None:
            raise MarketError(
                QCoreApplication.translate("MarketService", "Photos cannot be uploaded: no storage node is configured.")
            )
        ids = []
        for n, path in enumerate(photos):
            if progress is not None:
                progress(n, len(photos))
            ids.append(await self.media.upload_photo(path))
        if progress is not None:
            progress(len(photos), len(photos))
        return ids

    async def publish(
        self,
        draft: ListingDraft,
        photos: Sequence[Path] = (),
        *,
        progress: Callable[[int, int], None] | None = None,
    ) -> ListingEntry:
        """Upload the photos, publish the listing and return it as proven on chain."""
        draft.payload()  # say what is wrong before any upload
        media = await self.upload_photos(photos, progress)
        report = await self.act(
            draft.payload(media), QCoreApplication.translate("MarketService", "Publishing the listing")
        )
        entry = await self._read(self._feed().refresh_listing(report.action_id))
        if entry is None:
            raise MarketError(
                QCoreApplication.translate(
                    "MarketService", "The listing was included but is proven absent; the chain refused its terms."
                )
            )
        return entry

    async def update_listing(
        self,
        listing: ListingEntry,
        *,
        status: ListingStatus | None = None,
        price: int | None = None,
        stock: int | None = None,
    ) -> ListingEntry:
        """Pause, resume, close, reprice or restock one of the user's listings."""
        payload = A.ListingUpdate(
            listing.listing_id,
            int(status if status is not None else listing.status),
            listing.price if price is None else price,
            listing.stock if stock is None else stock,
        )
        what = {
            ListingStatus.PAUSED: QCoreApplication.translate("MarketService", "Pausing the listing"),
            ListingStatus.CLOSED: QCoreApplication.translate("MarketService", "Closing the listing"),
        }.get(ListingStatus(payload.status), QCoreApplication.translate("MarketService", "Updating the listing"))
        await self.act(payload, what)
        entry = await self._read(self._feed().refresh_listing(listing.listing_id))
        assert entry is not None
        return entry

    async def edit_listing(
        self,
        listing: ListingEntry,
        draft: ListingDraft,
        photos: Sequence[Path] = (),
        *,
        progress: Callable[[int, int], None] | None = None,
    ) -> ListingEntry:
        """Rewrite one of the user's listings (text, category, region, delivery, release timeout; its kept
        media in `draft.media` plus the new `photos`) and return it as proven after the edit."""
        if listing.seller != self.me:
            raise MarketError(QCoreApplication.translate("MarketService", "Only the seller can edit this listing."))
        if listing.status == ListingStatus.CLOSED:
            raise MarketError(
                QCoreApplication.translate(
                    "MarketService", "This listing is closed; a closed listing cannot be edited."
                )
            )
        draft.edit_payload(listing.listing_id)  # say what is wrong before any upload
        media = await self.upload_photos(photos, progress)
        await self.act(
            draft.edit_payload(listing.listing_id, media),
            QCoreApplication.translate("MarketService", "Editing the listing"),
        )
        entry = await self._read(self._feed().refresh_listing(listing.listing_id))
        if entry is None:
            raise MarketError(
                QCoreApplication.translate("MarketService", "The listing is proven absent from the chain.")
            )
        return entry

    async def buy(
        self, listing_id: bytes, quantity: int = 1, *, amount: int | None = None, note: str = ""
    ) -> OrderEntry:
        """Order from a listing: the amount (price × quantity, or the agreed `amount` of a quote) is locked
        in escrow. Returns the order once its escrow is proven."""
        listing = await self.listing(listing_id, prove=True)
        if listing is None:
            raise MarketError(
                QCoreApplication.translate("MarketService", "This listing is not on the chain (any more).")
            )
        if listing.seller == self.me:
            raise MarketError(QCoreApplication.translate("MarketService", "This is your own listing."))
        if listing.status != ListingStatus.ACTIVE:
            raise MarketError(
                QCoreApplication.translate("MarketService", "This listing is %1; it cannot be ordered now.").replace(
                    "%1", listing.status.name.lower()
                )
            )
        if quantity < 1 or quantity > listing.stock:
            raise MarketError(
                QCoreApplication.translate("MarketService", "Choose a quantity between 1 and %1.").replace(
                    "%1", str(listing.stock)
                )
            )
        if listing.price_mode == PriceMode.FIXED:
            due = listing.price * quantity
            if amount is not None and amount != due:
                raise MarketError(
                    QCoreApplication.translate(
                        "MarketService", "The price changed; look at the listing again before ordering."
                    )
                )
            amount = due
        elif amount is None or amount <= 0:
            raise MarketError(
                QCoreApplication.translate(
                    "MarketService", "Enter the amount you agreed with the seller for this quote."
                )
            )
        report = await self.act(
            A.Order(listing_id, quantity, amount, note.strip()),
            QCoreApplication.translate("MarketService", "The order"),
        )
        tb = await self.client.trusted_block(report.height or 0) if report.height else None
        step = OrderStep(S.OrderStatus.PLACED, report.height or 0, tb.time_ms if tb else 0, report.action_id, self.me)
        entry = await self._read(
            self._feed().refresh_order(report.action_id, step=step, placed_ms=step.time_ms or None)
        )
        if entry is None or entry.record.escrowed != amount:
            raise MarketError(
                QCoreApplication.translate(
                    "MarketService", "The order was included but its escrow could not be verified; look at it again."
                )
            )
        return entry

    async def respond(self, order_id: bytes, accept: bool) -> OrderEntry:
        return await self._order_step(
            order_id, A.OrderResponse(order_id, int(accept)), "Accepting the order" if accept else "Declining"
        )

    async def cancel(self, order_id: bytes) -> OrderEntry:
        return await self._order_step(
            order_id, A.OrderCancel(order_id), QCoreApplication.translate("MarketService", "Cancelling the order")
        )

    async def delivery_proof(self, entry: OrderEntry) -> DeliveryProof:
        """Download and verify the proof the seller attached when marking `entry` delivered."""
        proof_id = entry.record.delivery_proof
        if not proof_id:
            raise MarketError(
                QCoreApplication.translate("MarketService", "The seller attached no proof to this delivery.")
            )
        if self.media is None:
            raise MarketError(
                QCoreApplication.translate(
                    "MarketService", "The proof cannot be downloaded: no storage node is configured."
                )
            )
        return await self.media.delivery_proof(proof_id)

    async def deliver(self, order_id: bytes, note: str = "", proof: Path | None = None) -> OrderEntry:
        """Mark delivered, with an optional proof (a photo or file, uploaded to the blob store)."""
        proof_id = b""
        if proof is not None:
            if self.media is None:
                raise MarketError(
                    QCoreApplication.translate(
                        "MarketService", "The proof cannot be uploaded: no storage node is configured."
                    )
                )
            proof_id = await self.media.upload_file(proof)
        return await self._order_step(
            order_id,
            A.Delivery(order_id, proof_id, note.strip()),
            QCoreApplication.translate("MarketService", "Marking delivered"),
        )

    async def release(self, order_id: bytes) -> OrderEntry:
        return await self._order_step(
            order_id, A.Release(order_id), QCoreApplication.translate("MarketService", "Releasing the payment")
        )

    async def dispute(self, order_id: bytes, reason: str) -> OrderEntry:
        if not reason.strip():
            raise MarketError(
                QCoreApplication.translate("MarketService", "Say briefly what went wrong; the arbiter reads it first.")
            )
        return await self._order_step(
            order_id,
            A.Dispute(order_id, reason.strip()),
            QCoreApplication.translate("MarketService", "Opening the dispute"),
        )

    async def resolve(self, order_id: bytes, buyer_share: int, ruling: str) -> OrderEntry:
        if not ruling.strip():
            raise MarketError(
                QCoreApplication.translate(
                    "MarketService", "Write the ruling: it is public, and both sides read why you decided so."
                )
            )
        return await self._order_step(
            order_id, A.Resolution(order_id, buyer_share, ruling.strip()), "Giving the ruling"
        )

    async def rate(
        self, order_id: bytes, quality: int, as_described: int, delivery: int, communication: int, review: str = ""
    ) -> RatingEntry:
        for value in (quality, as_described, delivery, communication):
            if not 1 <= value <= 5:
                raise MarketError(
                    QCoreApplication.translate("MarketService", "Give each of the four ratings one to five stars.")
                )
        await self.act(
            A.Rating(order_id, quality, as_described, delivery, communication, review.strip()),
            QCoreApplication.translate("MarketService", "The rating"),
        )
        rating = await self._read(self._feed().refresh_rating(order_id))
        await self._read(self._feed().refresh_order(order_id))
        if rating is None:
            raise MarketError(
                QCoreApplication.translate(
                    "MarketService", "The rating was included but could not be verified; look at the order again."
                )
            )
        return rating

    async def reply(self, order_id: bytes, text: str) -> RatingEntry:
        if not text.strip():
            raise MarketError(QCoreApplication.translate("MarketService", "Write your answer first."))
        await self.act(A.RatingReply(order_id, text.strip()), QCoreApplication.translate("MarketService", "The answer"))
        rating = await self._read(self._feed().refresh_rating(order_id))
        assert rating is not None
        return rating

    async def set_arbiter(self, categories: Sequence[str], active: bool) -> None:
        """Opt in (for `categories`, or every category when empty) or out of settling disputes."""
        await self.act(
            A.Arbiter(tuple(c.strip() for c in categories if c.strip()), int(active)), "Arbiter registration"
        )

    async def fuel(self, amount: int) -> None:
        """Buy blob-store quota (the media layer calls this when photos do not fit)."""
        await self.act(
            A.Fuel(amount),
            QCoreApplication.translate("MarketService", "Buying storage for %1 ExC").replace(
                "%1", f"{amount / ONE_EXC:g}"
            ),
        )

    # -- conversation ----------------------------------------------------------------------------------------
    async def message(self, order: OrderEntry) -> None:
        if self.chat is None:
            raise MarketError(
                QCoreApplication.translate(
                    "MarketService", "Chat is not available in this version; contact the other party another way."
                )
            )
        await self.chat.open_order_chat(order, self.me)

    async def send_evidence(self, order: OrderEntry, files: Sequence[Path], note: str) -> None:
        if self.chat is None:
            raise MarketError(
                QCoreApplication.translate(
                    "MarketService", "Evidence is exchanged through the encrypted chat, which is not available here."
                )
            )
        await self.chat.send_evidence(order, self.me, files, note)
