"""Keeps the local market index in step with the chain, trusting no node.

Listing, order and rating ids are discovered two ways: live, from the node's event feed (every event, not
only the user's), and in the background from whole blocks (`/v1/blocks/{h}`), each checked against the hash
chain of a verified header and its actions root. Either way an id is only a lead: the record itself is read
with a sparse-Merkle proof against a verified state root before anything is written to the index or shown.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

import aiohttp

from lightnode.client import LightClient
from lightnode.errors import (
    BadResponseError,
    LightClientError,
    NoProvidersError,
    ProviderError,
    ProviderUnavailableError,
    StateProofError,
)
from lightnode.protocol import actions as A
from lightnode.protocol import state as S
from lightnode.protocol.actions import SignedAction, action_id_of_encoding
from lightnode.protocol.consensus import Block, CommittedBlock
from lightnode.protocol.errors import ProtocolError
from lightnode.protocol.merkle import merkle_root
from lightnode.protocol.state import OrderStatus
from lightnode.provider import ChainEvent
from lightnode.queries import Queries

from .index import MarketIndex
from .model import ListingEntry, OrderEntry, OrderStep, RatingEntry

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Event kinds of the market rules (fullnode/state/_market.py) that the feed follows.
MARKET_EVENTS = frozenset({"listing", "listing_update", "listing_edit", "order", "rating", "rating_reply"})
#: Blocks scanned at most when the index is new (about six hours at one block per second).
DEFAULT_BACKFILL_DEPTH = 20_000
#: A seller's name and reputation are proven again when older than this many blocks.
SELLER_REFRESH_BLOCKS = 30
#: The order state each order action leads to, when it succeeds.
_STEP_OF: dict[type[A.Payload], OrderStatus] = {
    A.Order: OrderStatus.PLACED,
    A.OrderCancel: OrderStatus.CANCELLED,
    A.Delivery: OrderStatus.DELIVERED,
    A.Release: OrderStatus.RELEASED,
    A.Dispute: OrderStatus.DISPUTED,
    A.Resolution: OrderStatus.RESOLVED,
}
_ORDER_STEPS = (A.OrderResponse, A.OrderCancel, A.Delivery, A.Release, A.Dispute, A.Resolution)
_READ_ERRORS = (ProviderError, NoProvidersError, StateProofError, BadResponseError, LightClientError, ProtocolError)


def step_of(payload: A.Payload) -> OrderStatus | None:
    """The state an order reaches when `payload` succeeds on it (None for actions that do not move it)."""
    if isinstance(payload, A.OrderResponse):
        return OrderStatus.ACCEPTED if payload.accept else OrderStatus.DECLINED
    return _STEP_OF.get(type(payload))


@dataclass(frozen=True, slots=True)
class MarketChange:
    """What the feed wrote to the index: `kind` is "listing", "order" or "rating"; `mine` when the user is a
    party (buyer, seller or arbiter) of the order or the seller of the listing."""

    kind: str
    id: bytes
    mine: bool = False
    #: For an order: the verified step that was just taken (None when only the record was refreshed).
    step: OrderStep | None = None
    live: bool = True


class BlockSource(Protocol):
    """Whole blocks by height (verified by the caller against the hash chain)."""

    async def block(self, height: int) -> Block: ...


class HttpBlockSource:
    """Blocks from nodes' `/v1/blocks/{height}`, trying each node in turn."""

    def __init__(self, urls: Sequence[str], *, session: aiohttp.ClientSession | None = None) -> None:
        if not urls:
            raise ValueError("a block source needs at least one node")
        self.urls = [u.rstrip("/") for u in urls]
        self._session = session
        self._own = session is None

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30))
        return self._session

    async def block(self, height: int) -> Block:
        last: Exception | None = None
        for url in self.urls:
            for _attempt in range(4):
                try:
                    async with self._client().get(f"{url}/v1/blocks/{height}") as response:
                        if response.status == 429:
                            # Rate limited: the node says when to come back; a background scan can wait.
                            retry = response.headers.get("Retry-After", "1")
                            last = ProviderUnavailableError(f"{url} is rate limiting block requests")
                            await asyncio.sleep(min(10.0, float(retry) if retry.replace(".", "", 1).isdigit() else 1.0))
                            continue
                        if response.status != 200:
                            last = ProviderUnavailableError(f"{url} answered {response.status} for block {height}")
                            break
                        data = await response.read()
                    return CommittedBlock.decode(data).block
                except (aiohttp.ClientError, TimeoutError, OSError, ProtocolError) as exc:
                    last = exc
                    break
        raise ProviderUnavailableError(f"no node served block {height}: {last}")

    async def aclose(self) -> None:
        if self._own and self._session is not None:
            await self._session.close()
        self._session = None


@dataclass(slots=True)
class _Leads:
    """Ids found in blocks, to prove."""

    listings: set[bytes]
    orders: dict[bytes, int]  # order id → the height it was placed at (0: unknown)
    ratings: set[bytes]
    times: dict[int, int]  # height → verified block time


class MarketFeed:
    """Proves and indexes what the chain says about the market; tells listeners what changed.

    `me` is the user's actor id (for "mine" and the timeline of the user's orders). Database work runs
    in worker threads; everything else on the caller's loop.
    """

    def __init__(
        self,
        client: LightClient,
        index: MarketIndex,
        *,
        me: bytes = b"",
        blocks: BlockSource | None = None,
        concurrency: int = 6,
        retry_interval_s: float = 1.0,
    ) -> None:
        self.client = client
        self.queries = Queries(client)
        self.index = index
        self.me = me
        self.blocks = blocks
        self.retry_interval_s = retry_interval_s
        self._limit = asyncio.Semaphore(concurrency)
        self._listeners: list[Callable[[MarketChange], None]] = []
        self._seller_heights: dict[bytes, int] = {}
        #: Leads from the node that could not be proven (a lying or lagging node).
        self.unproven = 0
        self.subscribed = asyncio.Event()

    # -- listeners -------------------------------------------------------------------------------------------
    def add_listener(self, listener: Callable[[MarketChange], None]) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _tell(self, change: MarketChange) -> None:
        for listener in list(self._listeners):
            listener(change)

    async def _db(self, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.to_thread(fn, *args)

    async def _read(self, op: Awaitable[T]) -> T:
        async with self._limit:
            return await op

    # -- proving and indexing ------------------------------------------------------------------------------
    async def seller_standing(self, seller: bytes, category: str, *, force: bool = False) -> tuple[str, int, int]:
        """(display name, overall score, score in `category`), proven; cached for a few blocks."""
        known = await self._db(self.index.seller, seller)
        latest = self.client.latest.height
        cid = S.category_id(category)
        standing = await self._read(self.queries.get(S.category_reputation_key(seller, cid), S.CategoryReputation))
        skill = await self._read(self.queries.get(S.skill_key(seller, cid), S.SkillRecord))
        category_score = max(
            0,
            (standing.value.score if standing.value else 0) + (skill.value.score if skill.value else 0),
        )
        if known is not None and not force and latest - known[2] < SELLER_REFRESH_BLOCKS:
            return known[0], known[1], category_score
        profile = await self._read(self.queries.profile(seller))
        reputation = await self._read(self.queries.reputation(seller))
        name = profile.value.display_name if profile.value is not None else ""
        score = reputation.value.score if reputation.value is not None else 0
        await self._db(self.index.update_seller, seller, name, score, reputation.height)
        return name, score, category_score

    async def refresh_listing(self, listing_id: bytes, *, live: bool = True) -> ListingEntry | None:
        """Prove a listing and index it (None when it is proven absent)."""
        proven = await self._read(self.queries.listing(listing_id))
        record = proven.value
        if record is None:
            return None
        name, score, category_score = await self.seller_standing(record.seller, record.category)
        entry = ListingEntry.of(
            listing_id,
            record,
            proven.height,
            seller_name=name,
            seller_score=score,
            seller_category_score=category_score,
        )
        await self._db(self.index.upsert_listing, entry)
        self._tell(MarketChange("listing", listing_id, record.seller == self.me, live=live))
        return entry

    async def _time_of(self, height: int, *, verify: bool = True) -> int:
        """The verified time of a height (from the store, or by verifying it when `verify`)."""
        latest = self.client.latest
        if latest.height == height:
            return latest.time_ms
        stored = await self.client.trusted_block(height)
        if stored is not None:
            return stored.time_ms
        if verify:
            with contextlib.suppress(*_READ_ERRORS):
                return (await self._read(self.client.verify_to_height(height))).time_ms
        # Not verified: estimated from the latest header at one block a second (only used for demand charts,
        # and replaced when the block itself is scanned).
        return latest.time_ms - max(0, latest.height - height) * 1000

    async def refresh_order(
        self,
        order_id: bytes,
        *,
        step: OrderStep | None = None,
        placed_ms: int | None = None,
        live: bool = True,
        times: dict[int, int] | None = None,
    ) -> OrderEntry | None:
        """Prove an order and index it with `step` (which the caller verified) and the steps its record
        proves by itself: placed at `placed_height`, and its current state at `updated_height`."""
        proven = await self._read(self.queries.order(order_id))
        record = proven.value
        if record is None:
            return None
        listing = await self._db(self.index.listing, record.listing)
        if listing is None:
            listing = await self.refresh_listing(record.listing, live=False)
        title = listing.title if listing is not None else ""
        # The order's own category (copied when it was placed), not the listing's: an edit may move the listing.
        category = record.category
        if placed_ms is None:
            known = await self._db(self.index.order, order_id)
            placed_ms = known.placed_ms if known is not None else await self._time_of(record.placed_height, verify=live)
        entry = OrderEntry(order_id, record, title, category, placed_ms, proven.height)
        changed = await self._db(self.index.upsert_order, entry)
        steps = [OrderStep(OrderStatus.PLACED, record.placed_height, placed_ms, order_id, record.buyer)]
        if step is not None:
            steps.append(step)
        current = (OrderStatus(record.status), record.updated_height)
        if record.status != OrderStatus.PLACED and (step is None or (step.status, step.height) != current):
            when = await self._time_of(record.updated_height) if live else (times or {}).get(record.updated_height, 0)
            steps.append(OrderStep(current[0], current[1], when))
        for s in steps:
            await self._db(self.index.add_step, order_id, s)
        mine = self.me in (record.buyer, record.seller, record.arbiter)
        if changed or step is not None:
            self._tell(MarketChange("order", order_id, mine, step, live))
        return await self._db(self.index.order, order_id)

    async def refresh_rating(self, order_id: bytes, *, live: bool = True) -> RatingEntry | None:
        proven = await self._read(self.queries.get(S.rating_key(order_id), S.RatingRecord))
        if proven.value is None:
            return None
        await self._db(self.index.upsert_rating, order_id, proven.value)
        self._tell(MarketChange("rating", order_id, self.me in (proven.value.buyer, proven.value.seller), None, live))
        await self.refresh_listing(proven.value.listing, live=live)
        return RatingEntry(order_id, proven.value)

    async def verified_step(self, event: ChainEvent) -> OrderStep | None:
        """The order step an event announces, if it can be proven: the action's receipt says it succeeded
        at the event's height, and the action's bytes (which hash to its id) say which step it was."""
        if len(event.action_id) != 32:
            return None
        receipt = (await self._read(self.queries.receipt(event.action_id))).value
        if receipt is None or receipt.status != S.ReceiptStatus.OK or receipt.height != event.height:
            return None
        raw = await self._read(self.client._primary_call(lambda p: p.signed_action(event.action_id)))
        if raw is None or action_id_of_encoding(raw) != event.action_id:
            raise BadResponseError("the node did not send the action that the event names")
        signed = SignedAction.decode(raw)
        status = step_of(signed.action.payload)
        if status is None:
            return None
        time_ms = await self._time_of(event.height)
        return OrderStep(status, event.height, time_ms, event.action_id, signed.action.sender_id)

    async def handle(self, event: ChainEvent) -> None:
        """Prove and index what one announced event names (an unprovable one is counted and dropped)."""
        if event.kind not in MARKET_EVENTS:
            return
        try:
            if event.kind in ("listing", "listing_update", "listing_edit"):
                listing_id = event.action_id if event.kind == "listing" else event.data.get("listing")
                if isinstance(listing_id, bytes) and len(listing_id) == 32:
                    await self.refresh_listing(listing_id)
            elif event.kind == "order":
                order_id = event.data.get("order")
                if isinstance(order_id, bytes) and len(order_id) == 32:
                    step = await self.verified_step(event)
                    if step is None and not event.action_id:
                        # An automatic release is the chain's own step: the proven record shows it.
                        step = await self._automatic_step(order_id, event)
                    await self.refresh_order(order_id, step=step)
            else:
                order_id = event.data.get("order")
                if isinstance(order_id, bytes) and len(order_id) == 32:
                    await self.refresh_rating(order_id)
        except _READ_ERRORS as exc:
            self.unproven += 1
            log.warning("a market event announced by the node could not be proven: %s", exc)

    async def _automatic_step(self, order_id: bytes, event: ChainEvent) -> OrderStep | None:
        proven = await self._read(self.queries.order(order_id))
        record = proven.value
        if (
            record is not None
            and record.status == OrderStatus.RELEASED
            and record.updated_height == event.height == record.release_height
        ):
            return OrderStep(OrderStatus.RELEASED, event.height, await self._time_of(event.height))
        return None

    # -- following the live feed -----------------------------------------------------------------------------
    async def run(self) -> None:
        """Follow every event the primary announces (reconnecting on failure), proving market ones."""
        await self.client.start()
        while True:
            primary = self.client.primary
            try:
                # Closed here when the task is cancelled mid-event, not left to the garbage collector (which
                # would close its WebSocket after the loop had gone: "async generator ignored GeneratorExit").
                async with contextlib.aclosing(primary.subscribe(None)) as notes:
                    async for note in notes:
                        self.subscribed.set()
                        if isinstance(note, ChainEvent) and note.kind in MARKET_EVENTS:
                            await self.handle(note)
            except (ProviderUnavailableError, BadResponseError) as exc:
                log.info("market event subscription to %s ended: %s", primary.name, exc)
                with contextlib.suppress(ProviderError, NoProvidersError):
                    await self.client._replace_primary(primary, str(exc))
                if self.client.primary is primary:
                    await asyncio.sleep(self.retry_interval_s)
            except ProviderError as exc:
                log.info("market event subscription to %s failed: %s", primary.name, exc)
                await asyncio.sleep(self.retry_interval_s)

    # -- scanning verified blocks ----------------------------------------------------------------------------
    async def backfill(self, *, depth: int = DEFAULT_BACKFILL_DEPTH, window: int = 16, chunk: int = 256) -> int:
        """Scan the blocks not scanned before (at most `depth` below the verified tip), newest first, each
        checked against the hash chain of the verified tip and its actions root; prove and index every
        listing, order and rating they name. Returns how many blocks this call scanned.

        Progress is kept in the index after every `chunk` blocks, so a pass stopped by the app closing, a
        rate limit or a node going away resumes where it stopped (the hash expected next is kept with it)."""
        if self.blocks is None:
            return 0
        index = self.index
        top = await self._db(index.get_meta, "pass_top", 0)
        if top:
            height = await self._db(index.get_meta, "pass_next", 0)
            lowest = await self._db(index.get_meta, "pass_floor", 1)
            expected = await self._db(index.get_meta_bytes, "pass_hash")
        else:
            tip = await self.client.sync()
            done_to = await self._db(index.get_meta, "scanned_to", 0)
            top, height, expected = tip.height, tip.height, tip.hash
            lowest = max(done_to + 1, tip.height - depth + 1, 1)
            if tip.height < 1 or lowest > tip.height:
                return 0
            await self._db(index.set_metas, {"pass_top": top, "pass_next": height, "pass_floor": lowest},
                           {"pass_hash": expected})  # fmt: skip
        scanned = 0
        while height >= lowest:
            leads = _Leads(set(), {}, set(), {})
            floor = max(lowest, height - chunk + 1)
            while height >= floor:
                heights = list(range(height, max(floor, height - window + 1) - 1, -1))
                blocks = await asyncio.gather(*(self._read(self.blocks.block(h)) for h in heights))
                for h, block in zip(heights, blocks, strict=True):
                    if block.header.height != h or block.hash() != expected:
                        raise StateProofError(f"block {h} from the node is not the one the verified chain names")
                    ids = [action_id_of_encoding(raw) for raw in block.actions]
                    if merkle_root(ids) != block.header.actions_root:
                        raise StateProofError(f"the actions of block {h} do not match its verified header")
                    leads.times[h] = block.header.time_ms
                    self._collect(leads, h, block.actions, ids)
                    expected = block.header.prev_block_hash
                height = heights[-1] - 1
            await self._prove_leads(leads)
            scanned += len(leads.times)
            await self._db(index.set_metas, {"pass_next": height}, {"pass_hash": expected})
        await self._db(index.set_metas, {"scanned_to": top, "pass_top": 0}, {})
        return scanned

    def _collect(self, leads: _Leads, height: int, actions: Iterable[bytes], ids: Sequence[bytes]) -> None:
        for raw, action_id in zip(actions, ids, strict=True):
            try:
                payload = SignedAction.decode(raw).action.payload
            except ProtocolError:
                continue
            if isinstance(payload, A.Listing):
                leads.listings.add(action_id)
            elif isinstance(payload, A.ListingUpdate | A.ListingEdit):
                leads.listings.add(payload.listing)
            elif isinstance(payload, A.Order):
                leads.orders[action_id] = height
                leads.listings.add(payload.listing)
            elif isinstance(payload, A.Rating | A.RatingReply):
                leads.ratings.add(payload.order)
                leads.orders.setdefault(payload.order, 0)
            elif isinstance(payload, _ORDER_STEPS):
                leads.orders.setdefault(payload.order, 0)
            elif isinstance(payload, A.Stream):
                leads.listings.update(payload.pinned_listings)

    async def _prove_leads(self, leads: _Leads) -> None:
        async def guarded(op: Awaitable[Any]) -> None:
            try:
                await op
            except _READ_ERRORS as exc:
                self.unproven += 1
                log.info("a listing or order found in a block could not be proven: %s", exc)

        await asyncio.gather(*(guarded(self.refresh_listing(i, live=False)) for i in sorted(leads.listings)))
        await asyncio.gather(
            *(
                guarded(
                    self.refresh_order(i, placed_ms=leads.times.get(h) if h else None, live=False, times=leads.times)
                )
                for i, h in sorted(leads.orders.items())
            )
        )
        await asyncio.gather(*(guarded(self.refresh_rating(i, live=False)) for i in sorted(leads.ratings)))

    async def run_backfill(self, *, every_s: float = 60.0, depth: int = DEFAULT_BACKFILL_DEPTH) -> None:
        """Backfill now and then again every `every_s` (catching up after the app was offline)."""
        while True:
            try:
                scanned = await self.backfill(depth=depth)
                if scanned:
                    log.info("market: scanned %d verified blocks for listings and orders", scanned)
            except _READ_ERRORS as exc:
                log.info("market backfill paused: %s", exc)
            await asyncio.sleep(every_s)


__all__ = [
    "DEFAULT_BACKFILL_DEPTH",
    "MARKET_EVENTS",
    "BlockSource",
    "HttpBlockSource",
    "MarketChange",
    "MarketFeed",
    "step_of",
]
