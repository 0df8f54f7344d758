"""Rules of the marketplace: listings, escrowed orders through delivery, release, dispute and resolution,
ratings, the sellers' reputation per category, and the arbiter registry."""

from __future__ import annotations

from math import isqrt

from lightnode.protocol import actions as A
from lightnode.protocol import state as S
from lightnode.protocol.hashing import Tag, blake2b256
from lightnode.protocol.state import (
    ORDER_SETTLED,
    ActorList,
    ArbiterRecord,
    CategoryReputation,
    DueList,
    FollowRecord,
    ListingRecord,
    OrderRecord,
    OrderStatus,
    RatingRecord,
    SkillRecord,
)

from ._context import NEUTRAL_STARS, WORK_POINTS, Context, RuleError, replace

#: The arbiter registry holds at most this many active arbiters (the size of one ActorList).
MAX_ARBITERS = 10_000

_NO_LISTING = "there is no such listing"
_NO_ORDER = "there is no such order"


def _status_name(status: int) -> str:
    return OrderStatus(status).name.lower()


def _order(ctx: Context, order_id: bytes) -> OrderRecord:
    return ctx.need(S.order_key(order_id), OrderRecord, _NO_ORDER)


def _emit_order(ctx: Context, order_id: bytes, order: OrderRecord, **extra: int | str | bytes) -> None:
    ctx.emit(
        "order",
        (ctx.sender, order.buyer, order.seller, order.arbiter),
        order=order_id,
        listing=order.listing,
        status=_status_name(order.status),
        amount=order.amount,
        **extra,
    )


def _return_stock(ctx: Context, order: OrderRecord) -> None:
    key = S.listing_key(order.listing)
    listing = ctx.get(key, ListingRecord)
    if listing is not None:
        ctx.put(key, replace(listing, stock=listing.stock + order.quantity, updated_height=ctx.height))


def category_standing(ctx: Context, actor: bytes, category: str) -> int:
    """An actor's reputation in a category: its sales and ratings there, plus the endorsements of the
    skill of the same name (never negative)."""
    cid = S.category_id(category)
    standing = ctx.get(S.category_reputation_key(actor, cid), CategoryReputation)
    skill = ctx.get(S.skill_key(actor, cid), SkillRecord)
    return max(0, (standing.score if standing else 0) + (skill.score if skill else 0))


def _add_category_reputation(
    ctx: Context, seller: bytes, category: str, *, work: int = 0, ratings: int = 0, stars: int = 0
) -> None:
    """Count a release (`work`) or a rating (`ratings`, `stars`) in the seller's standing in `category`."""
    key = S.category_reputation_key(seller, S.category_id(category))
    old = ctx.get(key, CategoryReputation) or CategoryReputation(S.slug(category), 0, 0, 0, 0, 0)
    ctx.put(
        key,
        replace(
            old,
            work=old.work + work,
            ratings=old.ratings + ratings,
            sales=old.sales + (1 if work else 0),
            rated=old.rated + (1 if stars else 0),
            stars=old.stars + stars,
        ),
    )


def _check_listing_terms(ctx: Context, price: int, price_mode: int) -> None:
    if price_mode == A.PriceMode.FIXED and price == 0:
        raise RuleError("a fixed-price listing needs a positive price")


def _check_listing_content(ctx: Context, category: str, release_timeout: int) -> None:
    if not S.slug(category):
        raise RuleError("a category name needs more than spaces")
    shortest = ctx.param("min_release_timeout_blocks")
    if release_timeout < shortest:
        raise RuleError(f"the release timeout must be at least {shortest} blocks")


def listing(ctx: Context, p: A.Listing) -> None:
    _check_listing_content(ctx, p.category, p.release_timeout)
    _check_listing_terms(ctx, p.price, p.price_mode)
    record = ListingRecord(
        seller=ctx.sender,
        kind=p.kind,
        category=p.category,
        title=p.title,
        description=p.description,
        tags=p.tags,
        price=p.price,
        price_mode=p.price_mode,
        delivery_days=p.delivery_days,
        region=p.region,
        stock=p.stock,
        media=p.media,
        release_timeout=p.release_timeout,
        status=A.ListingStatus.ACTIVE,
        created_height=ctx.height,
        updated_height=ctx.height,
        orders=0,
        completed=0,
        ratings=0,
        rating_stars=0,
    )
    ctx.put(S.listing_key(ctx.action_id), record)
    ctx.emit("listing", (ctx.sender,), listing=ctx.action_id, category=p.category)


def listing_update(ctx: Context, p: A.ListingUpdate) -> None:
    """Change a listing's status, price and stock. Closing is final; orders already placed go on."""
    key = S.listing_key(p.listing)
    record = ctx.need(key, ListingRecord, _NO_LISTING)
    if record.seller != ctx.sender:
        raise RuleError("only the seller can change a listing")
    if record.status == A.ListingStatus.CLOSED:
        raise RuleError("the listing is closed")
    _check_listing_terms(ctx, p.price, record.price_mode)
    ctx.put(key, replace(record, status=p.status, price=p.price, stock=p.stock, updated_height=ctx.height))
    ctx.emit("listing_update", (ctx.sender,), listing=p.listing, status=A.ListingStatus(p.status).name.lower())


def listing_edit(ctx: Context, p: A.ListingEdit) -> None:
    """Rewrite a listing's title, description, tags, category, region, delivery time, media and release
    timeout (paused listings too, not closed ones). Orders already placed keep the category and release
    timeout they were placed under; their price is what they paid."""
    key = S.listing_key(p.listing)
    record = ctx.need(key, ListingRecord, _NO_LISTING)
    if record.seller != ctx.sender:
        raise RuleError("only the seller can edit a listing")
    if record.status == A.ListingStatus.CLOSED:
        raise RuleError("the listing is closed")
    _check_listing_content(ctx, p.category, p.release_timeout)
    edited = replace(
        record,
        category=p.category,
        title=p.title,
        description=p.description,
        tags=p.tags,
        delivery_days=p.delivery_days,
        region=p.region,
        media=p.media,
        release_timeout=p.release_timeout,
        updated_height=ctx.height,
    )
    ctx.put(key, edited)
    ctx.emit("listing_edit", (ctx.sender,), listing=p.listing, category=p.category)


def order(ctx: Context, p: A.Order) -> None:
    """Place an order: the amount moves from the buyer's balance into escrow and the quantity is reserved.
    A fixed-price order pays exactly price × quantity; a quoted one pays the agreed positive amount."""
    lkey = S.listing_key(p.listing)
    record = ctx.need(lkey, ListingRecord, _NO_LISTING)
    if record.status != A.ListingStatus.ACTIVE:
        raise RuleError(f"the listing is {A.ListingStatus(record.status).name.lower()}")
    if record.seller == ctx.sender:
        raise RuleError("you cannot order from your own listing")
    if p.quantity > record.stock:
        raise RuleError(f"only {record.stock} left in stock")
    if record.price_mode == A.PriceMode.FIXED:
        due = record.price * p.quantity
        if p.amount != due:
            raise RuleError(f"{p.quantity} × {record.price} is {due}, but the order pays {p.amount}")
    elif p.amount == 0:
        raise RuleError("an order on a quoted listing pays the agreed, positive amount")
    ctx.debit(ctx.sender, p.amount)
    ctx.put(
        lkey,
        replace(record, stock=record.stock - p.quantity, orders=record.orders + 1, updated_height=ctx.height),
    )
    placed = OrderRecord(
        listing=p.listing,
        buyer=ctx.sender,
        seller=record.seller,
        quantity=p.quantity,
        amount=p.amount,
        note=p.note,
        status=OrderStatus.PLACED,
        placed_height=ctx.height,
        updated_height=ctx.height,
        release_height=0,
        delivery_proof=b"",
        delivery_note="",
        disputed_by=b"",
        dispute_reason="",
        arbiter=b"",
        buyer_share=0,
        arbiter_fee=0,
        ruling="",
        rated=0,
        category=record.category,
        release_timeout=record.release_timeout,
    )
    ctx.put(S.order_key(ctx.action_id), placed)
    _emit_order(ctx, ctx.action_id, placed)


def _expect(record: OrderRecord, allowed: tuple[OrderStatus, ...], doing: str) -> None:
    if record.status not in allowed:
        raise RuleError(f"the order is {_status_name(record.status)}: it cannot be {doing} now")


def order_response(ctx: Context, p: A.OrderResponse) -> None:
    key = S.order_key(p.order)
    record = _order(ctx, p.order)
    if record.seller != ctx.sender:
        raise RuleError("only the seller can accept or decline this order")
    _expect(record, (OrderStatus.PLACED,), "accepted or declined")
    if p.accept:
        record = replace(record, status=OrderStatus.ACCEPTED, updated_height=ctx.height)
    else:
        record = replace(record, status=OrderStatus.DECLINED, updated_height=ctx.height)
        ctx.credit(record.buyer, record.amount)
        _return_stock(ctx, record)
    ctx.put(key, record)
    _emit_order(ctx, p.order, record)


def order_cancel(ctx: Context, p: A.OrderCancel) -> None:
    key = S.order_key(p.order)
    record = _order(ctx, p.order)
    if record.buyer != ctx.sender:
        raise RuleError("only the buyer can cancel this order")
    _expect(record, (OrderStatus.PLACED,), "cancelled (the seller already answered)")
    record = replace(record, status=OrderStatus.CANCELLED, updated_height=ctx.height)
    ctx.credit(record.buyer, record.amount)
    _return_stock(ctx, record)
    ctx.put(key, record)
    _emit_order(ctx, p.order, record)


def delivery(ctx: Context, p: A.Delivery) -> None:
    """The seller marks the order delivered; unless the buyer releases or someone disputes first, the
    escrow goes to the seller at the end of the block `release_timeout` blocks later."""
    key = S.order_key(p.order)
    record = _order(ctx, p.order)
    if record.seller != ctx.sender:
        raise RuleError("only the seller can mark this order delivered")
    _expect(record, (OrderStatus.ACCEPTED,), "marked delivered")
    release_height = ctx.height + record.release_timeout
    record = replace(
        record,
        status=OrderStatus.DELIVERED,
        updated_height=ctx.height,
        release_height=release_height,
        delivery_proof=p.proof,
        delivery_note=p.note,
    )
    ctx.put(key, record)
    ctx.schedule(S.due_release_key(release_height), p.order)
    _emit_order(ctx, p.order, record, release_height=release_height)


def _pay_seller(ctx: Context, order_id: bytes, record: OrderRecord) -> OrderRecord:
    released = replace(record, status=OrderStatus.RELEASED, updated_height=ctx.height)
    ctx.put(S.order_key(order_id), released)
    ctx.credit(record.seller, record.amount)
    lkey = S.listing_key(record.listing)
    listing_record = ctx.get(lkey, ListingRecord)
    if listing_record is not None:
        ctx.put(lkey, replace(listing_record, completed=listing_record.completed + 1))
    _add_category_reputation(ctx, record.seller, record.category, work=WORK_POINTS)
    ctx.add_reputation(record.seller, work=WORK_POINTS)
    return released


def release(ctx: Context, p: A.Release) -> None:
    """The buyer confirms: the escrow goes to the seller (possible as soon as the seller accepted)."""
    record = _order(ctx, p.order)
    if record.buyer != ctx.sender:
        raise RuleError("only the buyer can release this order's escrow")
    _expect(record, (OrderStatus.ACCEPTED, OrderStatus.DELIVERED), "released")
    _emit_order(ctx, p.order, _pay_seller(ctx, p.order, record))


def release_due(ctx: Context) -> None:
    """End of block: release every delivered order whose timeout ends at this height."""
    key = S.due_release_key(ctx.height)
    due = ctx.get(key, DueList)
    if due is None:
        return
    for order_id in due.ids:
        record = ctx.get(S.order_key(order_id), OrderRecord)
        # Orders released, disputed or resolved since their delivery are no longer due.
        if record is not None and record.status == OrderStatus.DELIVERED and record.release_height == ctx.height:
            _emit_order(ctx, order_id, _pay_seller(ctx, order_id, record), automatic=1)
    ctx.put(key, None)


def _tied(ctx: Context, a: bytes, b: bytes) -> bool:
    return (
        ctx.get(S.follow_key(a, b), FollowRecord) is not None or ctx.get(S.follow_key(b, a), FollowRecord) is not None
    )


def draw_arbiter(
    ctx: Context, order_id: bytes, record: OrderRecord, category: str, excluded: bytes = b""
) -> bytes | None:
    """Draw the arbiter of a dispute among the active arbiters of the category, weighted by 1 + isqrt of
    their reputation in that category (`category_standing`), never a party, nor anyone following or
    followed by a party, nor `excluded` (an arbiter who let the ruling time out).

    Eligibility needs an overall score of at least `arbiter_min_reputation`. The draw is seeded by the
    parent state root and the order id: fixed before the block, the same on every node, and a party can
    influence it only by choosing in which block to dispute.
    """
    registry = ctx.get(S.ARBITERS_KEY, ActorList)
    if registry is None:
        return None
    wanted = S.slug(category)
    least = ctx.param("arbiter_min_reputation")
    candidates: list[tuple[bytes, int]] = []
    for actor in registry.actors:
        if actor in (record.buyer, record.seller, excluded):
            continue
        entry = ctx.get(S.arbiter_key(actor), ArbiterRecord)
        if entry is None or not entry.active or (entry.categories and wanted not in entry.categories):
            continue
        if ctx.reputation(actor).score < least or _tied(ctx, actor, record.buyer) or _tied(ctx, actor, record.seller):
            continue
        candidates.append((actor, 1 + isqrt(category_standing(ctx, actor, category))))
    total = sum(weight for _, weight in candidates)
    if not total:
        return None
    point = int.from_bytes(blake2b256(Tag.DRAW, ctx.entropy + order_id), "big") % total
    for actor, weight in candidates:
        if point < weight:
            return actor
        point -= weight
    raise AssertionError("the draw point lies within the total weight")


def dispute(ctx: Context, p: A.Dispute) -> None:
    """Either party disputes an accepted or delivered order, until its escrow is released (the dispute
    window). An arbiter is drawn at once; the escrow stays locked until the arbiter's resolution. If the
    arbiter has not ruled `arbiter_timeout_blocks` after the draw, either party may dispute again to have
    another arbiter drawn."""
    key = S.order_key(p.order)
    record = _order(ctx, p.order)
    if ctx.sender not in (record.buyer, record.seller):
        raise RuleError("only the buyer or the seller can dispute this order")
    redraw = record.status == OrderStatus.DISPUTED
    if redraw:
        deadline = record.updated_height + ctx.param("arbiter_timeout_blocks")
        if ctx.height <= deadline:
            raise RuleError(
                f"the order is disputed: its arbiter has until height {deadline} to rule before another can be drawn"
            )
    elif record.status not in (OrderStatus.ACCEPTED, OrderStatus.DELIVERED):
        raise RuleError(
            f"the order is {_status_name(record.status)}: a dispute is possible only after the seller "
            "accepted and before the escrow is released"
        )
    arbiter = draw_arbiter(ctx, p.order, record, record.category, record.arbiter if redraw else b"")
    if arbiter is None:
        raise RuleError("no eligible arbiter is registered for this category; the order stays as it is")
    if redraw:
        record = replace(record, updated_height=ctx.height, arbiter=arbiter)
    else:
        record = replace(
            record,
            status=OrderStatus.DISPUTED,
            updated_height=ctx.height,
            disputed_by=ctx.sender,
            dispute_reason=p.reason,
            arbiter=arbiter,
        )
    ctx.put(key, record)
    akey = S.arbiter_key(arbiter)
    entry = ctx.need(akey, ArbiterRecord, "the drawn arbiter is not registered")
    ctx.put(akey, replace(entry, cases=entry.cases + 1))
    if redraw:
        _emit_order(ctx, p.order, record, redrawn=1)
    else:
        _emit_order(ctx, p.order, record)


def resolution(ctx: Context, p: A.Resolution) -> None:
    """The arbiter splits the escrow: `buyer_share` back to the buyer, the arbiter's fee
    (arbiter_fee_bps of the escrow) to the arbiter, the rest to the seller."""
    key = S.order_key(p.order)
    record = _order(ctx, p.order)
    if record.arbiter != ctx.sender or not record.arbiter:
        raise RuleError("only the order's arbiter can resolve its dispute")
    _expect(record, (OrderStatus.DISPUTED,), "resolved")
    fee = record.amount * ctx.param("arbiter_fee_bps") // 10_000
    if p.buyer_share > record.amount - fee:
        raise RuleError(f"the buyer's share cannot exceed {record.amount - fee} (the escrow less the arbiter's fee)")
    seller_share = record.amount - fee - p.buyer_share
    ctx.credit(record.buyer, p.buyer_share)
    ctx.credit(record.seller, seller_share)
    ctx.credit(ctx.sender, fee)
    record = replace(
        record,
        status=OrderStatus.RESOLVED,
        updated_height=ctx.height,
        buyer_share=p.buyer_share,
        arbiter_fee=fee,
        ruling=p.ruling,
    )
    ctx.put(key, record)
    akey = S.arbiter_key(ctx.sender)
    entry = ctx.get(akey, ArbiterRecord)
    if entry is not None:
        ctx.put(akey, replace(entry, resolved=entry.resolved + 1))
    _emit_order(ctx, p.order, record, buyer_share=p.buyer_share, seller_share=seller_share, arbiter_fee=fee)


def rating(ctx: Context, p: A.Rating) -> None:
    """Only the buyer of a settled order rates it, once. Each star above three on an axis adds a point
    to the seller's reputation, each below takes one away."""
    key = S.order_key(p.order)
    record = _order(ctx, p.order)
    if record.buyer != ctx.sender:
        raise RuleError("only the buyer of this order can rate it")
    if record.status not in ORDER_SETTLED:
        raise RuleError("only a completed order can be rated")
    if record.rated:
        raise RuleError("you already rated this order")
    rated = RatingRecord(
        buyer=record.buyer,
        seller=record.seller,
        listing=record.listing,
        quality=p.quality,
        as_described=p.as_described,
        delivery=p.delivery,
        communication=p.communication,
        review=p.review,
        height=ctx.height,
        reply="",
        reply_height=0,
    )
    ctx.put(S.rating_key(p.order), rated)
    ctx.put(key, replace(record, rated=1))
    lkey = S.listing_key(record.listing)
    listing_record = ctx.get(lkey, ListingRecord)
    if listing_record is not None:
        ctx.put(
            lkey,
            replace(
                listing_record,
                ratings=listing_record.ratings + 1,
                rating_stars=listing_record.rating_stars + rated.stars,
            ),
        )
    _add_category_reputation(
        ctx, record.seller, record.category, ratings=rated.stars - NEUTRAL_STARS, stars=rated.stars
    )
    ctx.add_reputation(record.seller, ratings=rated.stars - NEUTRAL_STARS)
    ctx.emit("rating", (ctx.sender, record.seller), order=p.order, stars=rated.stars)


def rating_reply(ctx: Context, p: A.RatingReply) -> None:
    key = S.rating_key(p.order)
    rated = ctx.need(key, RatingRecord, "this order has no rating to answer")
    if rated.seller != ctx.sender:
        raise RuleError("only the seller can answer this rating")
    if rated.reply:
        raise RuleError("you already answered this rating")
    ctx.put(key, replace(rated, reply=p.text, reply_height=ctx.height))
    ctx.emit("rating_reply", (ctx.sender, rated.buyer), order=p.order)


def arbiter(ctx: Context, p: A.Arbiter) -> None:
    """Opt in as an arbiter (for the given categories, or all if none), update them, or opt out."""
    key = S.arbiter_key(ctx.sender)
    entry = ctx.get(key, ArbiterRecord)
    registry = ctx.get(S.ARBITERS_KEY, ActorList)
    members = set(registry.actors if registry else ())
    if p.active:
        least = ctx.param("arbiter_min_reputation")
        score = ctx.reputation(ctx.sender).score
        if score < least:
            raise RuleError(f"arbiters need a reputation of at least {least} (yours is {score})")
        slugs = {S.slug(c) for c in p.categories}
        if "" in slugs:
            raise RuleError("a category name needs more than spaces")
        categories = tuple(sorted(slugs))
        if entry is None:
            entry = ArbiterRecord(categories, 1, ctx.height, 0, 0)
        else:
            entry = replace(entry, categories=categories, active=1)
        if ctx.sender not in members and len(members) >= MAX_ARBITERS:
            raise RuleError("the arbiter registry is full")
        members.add(ctx.sender)
    else:
        if entry is None or not entry.active:
            raise RuleError("you are not an active arbiter")
        entry = replace(entry, active=0)
        members.discard(ctx.sender)
    ctx.put(key, entry)
    ctx.put(S.ARBITERS_KEY, ActorList(tuple(sorted(members))))
    ctx.emit("arbiter", (ctx.sender,), active=p.active)
