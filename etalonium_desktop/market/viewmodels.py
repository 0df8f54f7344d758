"""What the market screens show and offer, worked out without Qt: prices and ratings as text, which steps of
an order the user may take now, the order's timeline, the split a ruling would make, notification wording."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from etalonium_desktop.amounts import format_exc
from lightnode.protocol import state as S
from lightnode.protocol.actions import ListingKind, ListingStatus
from lightnode.protocol.address import encode_address
from lightnode.protocol.state import ORDER_SETTLED, OrderStatus

from .model import ListingEntry, OrderEntry, OrderStep, RatingEntry

#: Seconds per block on the chain (the devnet and the default node settings).
BLOCK_SECONDS = 1.0
STATUS_LABELS = {
    OrderStatus.PLACED: "Waiting for the seller",
    OrderStatus.ACCEPTED: "Accepted",
    OrderStatus.DECLINED: "Declined — refunded",
    OrderStatus.CANCELLED: "Cancelled — refunded",
    OrderStatus.DELIVERED: "Delivered",
    OrderStatus.RELEASED: "Completed",
    OrderStatus.DISPUTED: "In dispute",
    OrderStatus.RESOLVED: "Ruled",
}
LISTING_STATUS_LABELS = {ListingStatus.ACTIVE: "Active", ListingStatus.PAUSED: "Paused", ListingStatus.CLOSED: "Closed"}


class Role(StrEnum):
    BUYER = "buyer"
    SELLER = "seller"
    ARBITER = "arbiter"
    OTHER = "other"


class OrderAction(StrEnum):
    ACCEPT = "accept"
    DECLINE = "decline"
    CANCEL = "cancel"
    DELIVER = "deliver"
    RELEASE = "release"
    DISPUTE = "dispute"
    REDRAW = "redraw"
    RESOLVE = "resolve"
    RATE = "rate"
    REPLY = "reply"
    MESSAGE = "message"
    EVIDENCE = "evidence"


ACTION_LABELS = {
    OrderAction.ACCEPT: "Accept order",
    OrderAction.DECLINE: "Decline",
    OrderAction.CANCEL: "Cancel order",
    OrderAction.DELIVER: "Mark delivered…",
    OrderAction.RELEASE: "Confirm and release payment",
    OrderAction.DISPUTE: "Open a dispute…",
    OrderAction.REDRAW: "Ask for another arbiter",
    OrderAction.RESOLVE: "Give a ruling…",
    OrderAction.RATE: "Rate…",
    OrderAction.REPLY: "Answer the review…",
    OrderAction.MESSAGE: "Message",
    OrderAction.EVIDENCE: "Send evidence…",
}


def short_actor(actor: bytes) -> str:
    if not actor:
        return "—"
    address = encode_address(actor)
    return f"{address[:10]}…{address[-4:]}"


def person(actor: bytes, name: str = "") -> str:
    return name or short_actor(actor)


# -- listings -------------------------------------------------------------------------------------------------


def price_text(entry: ListingEntry) -> str:
    if entry.is_quote:
        return f"Quote · from {format_exc(entry.price)}" if entry.price else "Price on request"
    return format_exc(entry.price)


def rating_text(average: float | None, count: int) -> str:
    if average is None or not count:
        return "No ratings yet"
    return f"★ {average:.1f} · {count} rating{'s' if count != 1 else ''}"


def stars(average: float) -> str:
    full = round(average)
    return "★" * full + "☆" * (5 - full)


def delivery_text(entry: ListingEntry) -> str:
    if entry.kind == ListingKind.SERVICE:
        return "Booked within a day" if entry.delivery_days <= 1 else f"Booked within {entry.delivery_days} days"
    return "Ships in a day" if entry.delivery_days <= 1 else f"Ships in {entry.delivery_days} days"


def stock_text(entry: ListingEntry) -> str:
    if entry.stock == 0:
        return "Sold out"
    if entry.kind == ListingKind.SERVICE:
        return f"{entry.stock} booking{'s' if entry.stock != 1 else ''} open"
    return f"{entry.stock} in stock"


def availability_text(entry: ListingEntry) -> str:
    if not entry.available_from:
        return ""
    first = dt.date.fromisoformat(entry.available_from)
    last = dt.date.fromisoformat(entry.available_until)
    return f"Available {first:%d %b} – {last:%d %b %Y}"


def seller_text(entry: ListingEntry) -> str:
    line = f"{person(entry.seller, entry.seller_name)} · reputation {entry.seller_score}"
    if entry.seller_category_score:
        line += f" ({entry.seller_category_score} in {entry.category})"
    return line


def blocks_text(blocks: int) -> str:
    """About how long `blocks` take, for people."""
    seconds = max(0, blocks) * BLOCK_SECONDS
    if seconds < 90:
        return f"{int(seconds)} s"
    if seconds < 90 * 60:
        return f"{round(seconds / 60)} min"
    if seconds < 36 * 3600:
        return f"{round(seconds / 3600)} h"
    return f"{round(seconds / 86400)} days"


# -- orders ---------------------------------------------------------------------------------------------------


def role_of(record: S.OrderRecord, me: bytes) -> Role:
    if me == record.buyer:
        return Role.BUYER
    if me == record.seller:
        return Role.SELLER
    if me and me == record.arbiter:
        return Role.ARBITER
    return Role.OTHER


def available_actions(
    entry: OrderEntry, me: bytes, *, height: int, arbiter_timeout_blocks: int, rated: bool | None = None
) -> list[OrderAction]:
    """The steps the rules let `me` take on this order at `height` (the buttons to show)."""
    record = entry.record
    role = role_of(record, me)
    status = OrderStatus(record.status)
    out: list[OrderAction] = []
    if role is Role.SELLER and status == OrderStatus.PLACED:
        out += [OrderAction.ACCEPT, OrderAction.DECLINE]
    if role is Role.BUYER and status == OrderStatus.PLACED:
        out.append(OrderAction.CANCEL)
    if role is Role.SELLER and status == OrderStatus.ACCEPTED:
        out.append(OrderAction.DELIVER)
    if role is Role.BUYER and status in (OrderStatus.ACCEPTED, OrderStatus.DELIVERED):
        out.append(OrderAction.RELEASE)
    if role in (Role.BUYER, Role.SELLER) and status in (OrderStatus.ACCEPTED, OrderStatus.DELIVERED):
        out.append(OrderAction.DISPUTE)
    if role in (Role.BUYER, Role.SELLER) and status == OrderStatus.DISPUTED:
        if height > record.updated_height + arbiter_timeout_blocks:
            out.append(OrderAction.REDRAW)
        out.append(OrderAction.EVIDENCE)
    if role is Role.ARBITER and status == OrderStatus.DISPUTED:
        out += [OrderAction.RESOLVE, OrderAction.EVIDENCE]
    is_rated = bool(record.rated) if rated is None else rated
    if role is Role.BUYER and status in ORDER_SETTLED and not is_rated:
        out.append(OrderAction.RATE)
    if role in (Role.BUYER, Role.SELLER, Role.ARBITER):
        out.append(OrderAction.MESSAGE)
    return out


def can_reply(rating: RatingEntry | None, me: bytes) -> bool:
    return rating is not None and rating.record.seller == me and not rating.record.reply


def next_step_text(entry: OrderEntry, me: bytes, *, height: int) -> str:
    """One sentence on where the order stands and what the user can do."""
    record = entry.record
    role = role_of(record, me)
    status = OrderStatus(record.status)
    amount = format_exc(record.amount)
    if status == OrderStatus.PLACED:
        if role is Role.SELLER:
            return f"{amount} is locked in escrow. Accept to start, or decline to refund the buyer."
        return f"{amount} is locked in escrow until the seller answers. You can cancel until then for a full refund."
    if status == OrderStatus.ACCEPTED:
        if role is Role.SELLER:
            return "Deliver, then mark the order delivered (attach a proof if you have one)."
        return "The seller is working on it. You can confirm early, or open a dispute if something is wrong."
    if status == OrderStatus.DELIVERED:
        left = record.release_height - height
        when = f"in about {blocks_text(left)} (block {record.release_height:,})" if left > 0 else "now"
        if role is Role.BUYER:
            return f"Check the delivery and confirm. Otherwise the payment is released automatically {when}."
        return f"The payment is released to you when the buyer confirms, or automatically {when}."
    if status == OrderStatus.DISPUTED:
        if role is Role.ARBITER:
            return "You were drawn to settle this dispute. Read both sides' evidence, then give your ruling."
        return f"An arbiter ({short_actor(record.arbiter)}) is reviewing the case; the escrow stays locked."
    if status == OrderStatus.RESOLVED:
        return (
            f"Ruled: {format_exc(record.buyer_share)} back to the buyer, "
            f"{format_exc(record.amount - record.buyer_share - record.arbiter_fee)} to the seller, "
            f"{format_exc(record.arbiter_fee)} arbiter's fee."
        )
    if status == OrderStatus.RELEASED:
        return f"{amount} was paid to the seller." + (
            " Rate the order to help others." if role is Role.BUYER and not record.rated else ""
        )
    return f"{amount} went back to the buyer."


@dataclass(frozen=True, slots=True)
class TimelineItem:
    title: str
    detail: str
    #: "done", "current" or "upcoming".
    state: str
    height: int = 0
    time_ms: int = 0


_STEP_TITLES = {
    OrderStatus.PLACED: "Ordered, payment locked in escrow",
    OrderStatus.ACCEPTED: "Accepted by the seller",
    OrderStatus.DECLINED: "Declined by the seller — refunded",
    OrderStatus.CANCELLED: "Cancelled by the buyer — refunded",
    OrderStatus.DELIVERED: "Marked delivered",
    OrderStatus.RELEASED: "Payment released to the seller",
    OrderStatus.DISPUTED: "Dispute opened",
    OrderStatus.RESOLVED: "Ruling given, escrow split",
}


def _when(step: OrderStep) -> str:
    if not step.time_ms:
        return f"block {step.height:,}"
    return f"{dt.datetime.fromtimestamp(step.time_ms / 1000):%d %b %H:%M} · block {step.height:,}"


def timeline(entry: OrderEntry, rating: RatingEntry | None, *, height: int) -> list[TimelineItem]:
    """The verified steps of the order, then the ones still ahead on its usual path."""
    record = entry.record
    items: list[TimelineItem] = []
    seen: list[tuple[OrderStatus, int]] = []
    for step in sorted(entry.steps, key=lambda s: (s.height, list(_STEP_TITLES).index(s.status))):
        if (step.status, step.height) in seen:
            continue
        seen.append((step.status, step.height))
        detail = _when(step)
        title = _STEP_TITLES[step.status]
        if step.status == OrderStatus.RELEASED and not step.action_id and step.height == record.release_height:
            title = "Payment released automatically after the timeout"
        if step.status == OrderStatus.DISPUTED and len([s for s in seen if s[0] == OrderStatus.DISPUTED]) > 1:
            title = "Another arbiter drawn"
        if step.status == OrderStatus.DELIVERED and record.delivery_note:
            detail += f" — “{record.delivery_note}”"
        if step.status == OrderStatus.DISPUTED and record.dispute_reason:
            detail += f" — “{record.dispute_reason}”"
        if step.status == OrderStatus.RESOLVED and record.ruling:
            detail += f" — “{record.ruling}”"
        items.append(TimelineItem(title, detail, "done", step.height, step.time_ms))
    if rating is not None:
        items.append(
            TimelineItem(
                f"Rated {stars(rating.average)}",
                f"block {rating.record.height:,}" + (f" — “{rating.record.review}”" if rating.record.review else ""),
                "done",
                rating.record.height,
            )
        )
    status = OrderStatus(record.status)
    ahead = {
        OrderStatus.PLACED: ["Accepted by the seller", "Delivered", "Payment released", "Rated"],
        OrderStatus.ACCEPTED: ["Delivered", "Payment released", "Rated"],
        OrderStatus.DELIVERED: [
            f"Payment released (automatically at block {record.release_height:,})",
            "Rated",
        ],
        OrderStatus.DISPUTED: ["Ruling by the arbiter", "Rated"],
        OrderStatus.RELEASED: [] if rating is not None else ["Rated"],
        OrderStatus.RESOLVED: [] if rating is not None else ["Rated"],
    }.get(status, [])
    if items and ahead:
        last = items[-1]
        items[-1] = TimelineItem(last.title, last.detail, "current", last.height, last.time_ms)
    items += [TimelineItem(title, "", "upcoming") for title in ahead]
    return items


def ruling_split(amount: int, fee_bps: int, buyer_share: int) -> tuple[int, int, int]:
    """(buyer, seller, arbiter) of a ruling giving `buyer_share` back, as the rules compute it."""
    fee = amount * fee_bps // 10_000
    buyer = max(0, min(buyer_share, amount - fee))
    return buyer, amount - fee - buyer, fee


def notification_for(entry: OrderEntry, step: OrderStep | None, me: bytes) -> tuple[str, str] | None:
    """What to tell the user about a verified step of one of their orders (None: nothing worth saying)."""
    if step is None:
        return None
    record = entry.record
    role = role_of(record, me)
    if role is Role.OTHER or (step.actor == me and step.status != OrderStatus.PLACED):
        return None
    what = entry.title or "your order"
    amount = format_exc(record.amount)
    texts = {
        (OrderStatus.PLACED, Role.SELLER): ("New order", f"{what} × {record.quantity}: {amount} is in escrow."),
        (OrderStatus.PLACED, Role.BUYER): ("Order placed", f"{amount} for {what} is locked in escrow (verified)."),
        (OrderStatus.ACCEPTED, Role.BUYER): ("Order accepted", f"The seller accepted your order of {what}."),
        (OrderStatus.DECLINED, Role.BUYER): ("Order declined", f"{amount} for {what} was refunded to you."),
        (OrderStatus.CANCELLED, Role.SELLER): ("Order cancelled", f"The buyer cancelled the order of {what}."),
        (OrderStatus.DELIVERED, Role.BUYER): (
            "Order delivered",
            f"{what} was marked delivered. Confirm it, or the payment is released at block {record.release_height:,}.",
        ),
        (OrderStatus.RELEASED, Role.SELLER): ("Payment received", f"{amount} for {what} was released to you."),
        (OrderStatus.RELEASED, Role.BUYER): ("Payment released", f"{amount} for {what} went to the seller."),
        (OrderStatus.DISPUTED, Role.BUYER): ("Dispute opened", f"An arbiter was drawn for {what}."),
        (OrderStatus.DISPUTED, Role.SELLER): ("Dispute opened", f"An arbiter was drawn for {what}."),
        (OrderStatus.DISPUTED, Role.ARBITER): ("You are an arbiter", f"You were drawn to settle a dispute on {what}."),
        (OrderStatus.RESOLVED, Role.BUYER): ("Dispute ruled", f"You got {format_exc(record.buyer_share)} back."),
        (OrderStatus.RESOLVED, Role.SELLER): (
            "Dispute ruled",
            f"You got {format_exc(record.amount - record.buyer_share - record.arbiter_fee)} for {what}.",
        ),
    }
    return texts.get((step.status, role))
