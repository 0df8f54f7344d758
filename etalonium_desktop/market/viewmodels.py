"""What the market screens show and offer, worked out without widgets: prices and ratings as text, which steps
of an order the user may take now, the order's timeline, the split a ruling would make, notification wording.
The words come in the interface language (QCoreApplication.translate, context "Market")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject

from etalonium_desktop.amounts import format_exc
from etalonium_desktop.ui import i18n
from etalonium_desktop.ui.i18n import QT_TRANSLATE_NOOP
from lightnode.protocol import state as S
from lightnode.protocol.actions import ListingKind, ListingStatus
from lightnode.protocol.address import encode_address
from lightnode.protocol.state import ORDER_SETTLED, OrderStatus

from .model import ListingEntry, OrderEntry, OrderStep, RatingEntry

#: Seconds per block on the chain (the devnet and the default node settings).
BLOCK_SECONDS = 1.0
#: The labels below are English; `label(...)` gives them in the interface language.
STATUS_LABELS = {
    OrderStatus.PLACED: QT_TRANSLATE_NOOP("Market", "Waiting for the seller"),
    OrderStatus.ACCEPTED: QT_TRANSLATE_NOOP("Market", "Accepted"),
    OrderStatus.DECLINED: QT_TRANSLATE_NOOP("Market", "Declined — refunded"),
    OrderStatus.CANCELLED: QT_TRANSLATE_NOOP("Market", "Cancelled — refunded"),
    OrderStatus.DELIVERED: QT_TRANSLATE_NOOP("Market", "Delivered"),
    OrderStatus.RELEASED: QT_TRANSLATE_NOOP("Market", "Completed"),
    OrderStatus.DISPUTED: QT_TRANSLATE_NOOP("Market", "In dispute"),
    OrderStatus.RESOLVED: QT_TRANSLATE_NOOP("Market", "Ruled"),
}
LISTING_STATUS_LABELS = {
    ListingStatus.ACTIVE: QT_TRANSLATE_NOOP("Market", "Active"),
    ListingStatus.PAUSED: QT_TRANSLATE_NOOP("Market", "Paused"),
    ListingStatus.CLOSED: QT_TRANSLATE_NOOP("Market", "Closed"),
}


def label(text: str) -> str:
    """One of this module's (or model.SORT_LABELS') English labels in the interface language."""
    return QCoreApplication.translate("Market", text)


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
    OrderAction.ACCEPT: QT_TRANSLATE_NOOP("Market", "Accept order"),
    OrderAction.DECLINE: QT_TRANSLATE_NOOP("Market", "Decline"),
    OrderAction.CANCEL: QT_TRANSLATE_NOOP("Market", "Cancel order"),
    OrderAction.DELIVER: QT_TRANSLATE_NOOP("Market", "Mark delivered…"),
    OrderAction.RELEASE: QT_TRANSLATE_NOOP("Market", "Confirm and release payment"),
    OrderAction.DISPUTE: QT_TRANSLATE_NOOP("Market", "Open a dispute…"),
    OrderAction.REDRAW: QT_TRANSLATE_NOOP("Market", "Ask for another arbiter"),
    OrderAction.RESOLVE: QT_TRANSLATE_NOOP("Market", "Give a ruling…"),
    OrderAction.RATE: QT_TRANSLATE_NOOP("Market", "Rate…"),
    OrderAction.REPLY: QT_TRANSLATE_NOOP("Market", "Answer the review…"),
    OrderAction.MESSAGE: QT_TRANSLATE_NOOP("Market", "Message"),
    OrderAction.EVIDENCE: QT_TRANSLATE_NOOP("Market", "Send evidence…"),
}


class _MarketCounts(QObject):
    """The market's counted phrases with their plural forms. A QObject only for its tr(): pyside6-lupdate gives
    plural forms to self.tr() messages alone."""

    def ratings(self, n: int) -> str:
        return self.tr("%n rating(s)", "", n)

    def booked_within(self, n: int) -> str:
        return self.tr("Booked within %n day(s)", "", n)

    def ships_in(self, n: int) -> str:
        return self.tr("Ships in %n day(s)", "", n)

    def bookings_open(self, n: int) -> str:
        return self.tr("%n booking(s) open", "", n)

    def in_stock(self, n: int) -> str:
        return self.tr("%n in stock", "", n)

    def days(self, n: int) -> str:
        return self.tr("%n day(s)", "", n)


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
        if entry.price:
            return QCoreApplication.translate("Market", "Quote · from {price}").format(price=format_exc(entry.price))
        return QCoreApplication.translate("Market", "Price on request")
    return format_exc(entry.price)


def rating_text(average: float | None, count: int) -> str:
    if average is None or not count:
        return QCoreApplication.translate("Market", "No ratings yet")
    return f"★ {QLocale().toString(average, 'f', 1)} · " + _MarketCounts().ratings(count)


def stars(average: float) -> str:
    full = round(average)
    return "★" * full + "☆" * (5 - full)


def delivery_text(entry: ListingEntry) -> str:
    days = max(1, entry.delivery_days)
    if entry.kind == ListingKind.SERVICE:
        return _MarketCounts().booked_within(days)
    return _MarketCounts().ships_in(days)


def stock_text(entry: ListingEntry) -> str:
    if entry.stock == 0:
        return QCoreApplication.translate("Market", "Sold out")
    if entry.kind == ListingKind.SERVICE:
        return _MarketCounts().bookings_open(entry.stock)
    return _MarketCounts().in_stock(entry.stock)


def availability_text(entry: ListingEntry) -> str:
    if not entry.available_from:
        return ""
    first = dt.date.fromisoformat(entry.available_from)
    last = dt.date.fromisoformat(entry.available_until)
    locale = QLocale()
    return QCoreApplication.translate("Market", "Available {first} – {last}").format(
        first=locale.toString(QDate(first.year, first.month, first.day), "d MMM"),
        last=locale.toString(QDate(last.year, last.month, last.day), "d MMM yyyy"),
    )


def seller_text(entry: ListingEntry) -> str:
    line = QCoreApplication.translate("Market", "{seller} · reputation {score}").format(
        seller=person(entry.seller, entry.seller_name), score=entry.seller_score
    )
    if entry.seller_category_score:
        line += " " + QCoreApplication.translate("Market", "({score} in {category})").format(
            score=entry.seller_category_score, category=entry.category
        )
    return line


def blocks_text(blocks: int) -> str:
    """About how long `blocks` take, for people."""
    seconds = max(0, blocks) * BLOCK_SECONDS
    if seconds < 90:
        return QCoreApplication.translate("Market", "{count} s").format(count=int(seconds))
    if seconds < 90 * 60:
        return QCoreApplication.translate("Market", "{count} min").format(count=round(seconds / 60))
    if seconds < 36 * 3600:
        return QCoreApplication.translate("Market", "{count} h").format(count=round(seconds / 3600))
    return _MarketCounts().days(round(seconds / 86400))


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
            return QCoreApplication.translate(
                "Market", "{amount} is locked in escrow. Accept to start, or decline to refund the buyer."
            ).format(amount=amount)
        return QCoreApplication.translate(
            "Market",
            "{amount} is locked in escrow until the seller answers. You can cancel until then for a full refund.",
        ).format(amount=amount)
    if status == OrderStatus.ACCEPTED:
        if role is Role.SELLER:
            return QCoreApplication.translate(
                "Market", "Deliver, then mark the order delivered (attach a proof if you have one)."
            )
        return QCoreApplication.translate(
            "Market", "The seller is working on it. You can confirm early, or open a dispute if something is wrong."
        )
    if status == OrderStatus.DELIVERED:
        left = record.release_height - height
        if left > 0:
            when = QCoreApplication.translate("Market", "in about {time} (block {height})").format(
                time=blocks_text(left), height=i18n.number(record.release_height)
            )
        else:
            when = QCoreApplication.translate("Market", "now")
        if role is Role.BUYER:
            return QCoreApplication.translate(
                "Market", "Check the delivery and confirm. Otherwise the payment is released automatically {when}."
            ).format(when=when)
        return QCoreApplication.translate(
            "Market", "The payment is released to you when the buyer confirms, or automatically {when}."
        ).format(when=when)
    if status == OrderStatus.DISPUTED:
        if role is Role.ARBITER:
            return QCoreApplication.translate(
                "Market", "You were drawn to settle this dispute. Read both sides' evidence, then give your ruling."
            )
        return QCoreApplication.translate(
            "Market", "An arbiter ({arbiter}) is reviewing the case; the escrow stays locked."
        ).format(arbiter=short_actor(record.arbiter))
    if status == OrderStatus.RESOLVED:
        return QCoreApplication.translate(
            "Market", "Ruled: {buyer} back to the buyer, {seller} to the seller, {fee} arbiter's fee."
        ).format(
            buyer=format_exc(record.buyer_share),
            seller=format_exc(record.amount - record.buyer_share - record.arbiter_fee),
            fee=format_exc(record.arbiter_fee),
        )
    if status == OrderStatus.RELEASED:
        if role is Role.BUYER and not record.rated:
            return QCoreApplication.translate(
                "Market", "{amount} was paid to the seller. Rate the order to help others."
            ).format(amount=amount)
        return QCoreApplication.translate("Market", "{amount} was paid to the seller.").format(amount=amount)
    return QCoreApplication.translate("Market", "{amount} went back to the buyer.").format(amount=amount)


@dataclass(frozen=True, slots=True)
class TimelineItem:
    title: str
    detail: str
    #: "done", "current" or "upcoming".
    state: str
    height: int = 0
    time_ms: int = 0


_STEP_TITLES = {
    OrderStatus.PLACED: QT_TRANSLATE_NOOP("Market", "Ordered, payment locked in escrow"),
    OrderStatus.ACCEPTED: QT_TRANSLATE_NOOP("Market", "Accepted by the seller"),
    OrderStatus.DECLINED: QT_TRANSLATE_NOOP("Market", "Declined by the seller — refunded"),
    OrderStatus.CANCELLED: QT_TRANSLATE_NOOP("Market", "Cancelled by the buyer — refunded"),
    OrderStatus.DELIVERED: QT_TRANSLATE_NOOP("Market", "Marked delivered"),
    OrderStatus.RELEASED: QT_TRANSLATE_NOOP("Market", "Payment released to the seller"),
    OrderStatus.DISPUTED: QT_TRANSLATE_NOOP("Market", "Dispute opened"),
    OrderStatus.RESOLVED: QT_TRANSLATE_NOOP("Market", "Ruling given, escrow split"),
}


def _when(step: OrderStep) -> str:
    block = QCoreApplication.translate("Market", "block {height}").format(height=i18n.number(step.height))
    if not step.time_ms:
        return block
    return f"{i18n.date_time(step.time_ms)} · {block}"


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
        title = label(_STEP_TITLES[step.status])
        if step.status == OrderStatus.RELEASED and not step.action_id and step.height == record.release_height:
            title = QCoreApplication.translate("Market", "Payment released automatically after the timeout")
        if step.status == OrderStatus.DISPUTED and len([s for s in seen if s[0] == OrderStatus.DISPUTED]) > 1:
            title = QCoreApplication.translate("Market", "Another arbiter drawn")
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
                QCoreApplication.translate("Market", "Rated {stars}").format(stars=stars(rating.average)),
                QCoreApplication.translate("Market", "block {height}").format(height=i18n.number(rating.record.height))
                + (f" — “{rating.record.review}”" if rating.record.review else ""),
                "done",
                rating.record.height,
            )
        )
    status = OrderStatus(record.status)
    accepted = QCoreApplication.translate("Market", "Accepted by the seller")
    delivered = QCoreApplication.translate("Market", "Delivered")
    released = QCoreApplication.translate("Market", "Payment released")
    rated = QCoreApplication.translate("Market", "Rated")
    ahead = {
        OrderStatus.PLACED: [accepted, delivered, released, rated],
        OrderStatus.ACCEPTED: [delivered, released, rated],
        OrderStatus.DELIVERED: [
            QCoreApplication.translate("Market", "Payment released (automatically at block {height})").format(
                height=i18n.number(record.release_height)
            ),
            rated,
        ],
        OrderStatus.DISPUTED: [QCoreApplication.translate("Market", "Ruling by the arbiter"), rated],
        OrderStatus.RELEASED: [] if rating is not None else [rated],
        OrderStatus.RESOLVED: [] if rating is not None else [rated],
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
    what = entry.title or QCoreApplication.translate("Market", "your order")
    amount = format_exc(record.amount)
    release = i18n.number(record.release_height)

    def notice(title: str, text: str) -> tuple[str, str]:
        return title, text.format(what=what, amount=amount, quantity=record.quantity, height=release)

    translate = QCoreApplication.translate
    new_order = translate("Market", "New order")
    disputed = translate("Market", "Dispute opened")
    drawn = translate("Market", "An arbiter was drawn for {what}.")
    ruled = translate("Market", "Dispute ruled")
    texts = {
        (OrderStatus.PLACED, Role.SELLER): notice(
            new_order, translate("Market", "{what} × {quantity}: {amount} is in escrow.")
        ),
        (OrderStatus.PLACED, Role.BUYER): notice(
            translate("Market", "Order placed"),
            translate("Market", "{amount} for {what} is locked in escrow (verified)."),
        ),
        (OrderStatus.ACCEPTED, Role.BUYER): notice(
            translate("Market", "Order accepted"), translate("Market", "The seller accepted your order of {what}.")
        ),
        (OrderStatus.DECLINED, Role.BUYER): notice(
            translate("Market", "Order declined"), translate("Market", "{amount} for {what} was refunded to you.")
        ),
        (OrderStatus.CANCELLED, Role.SELLER): notice(
            translate("Market", "Order cancelled"), translate("Market", "The buyer cancelled the order of {what}.")
        ),
        (OrderStatus.DELIVERED, Role.BUYER): notice(
            translate("Market", "Order delivered"),
            translate(
                "Market", "{what} was marked delivered. Confirm it, or the payment is released at block {height}."
            ),
        ),
        (OrderStatus.RELEASED, Role.SELLER): notice(
            translate("Market", "Payment received"), translate("Market", "{amount} for {what} was released to you.")
        ),
        (OrderStatus.RELEASED, Role.BUYER): notice(
            translate("Market", "Payment released"), translate("Market", "{amount} for {what} went to the seller.")
        ),
        (OrderStatus.DISPUTED, Role.BUYER): notice(disputed, drawn),
        (OrderStatus.DISPUTED, Role.SELLER): notice(disputed, drawn),
        (OrderStatus.DISPUTED, Role.ARBITER): notice(
            translate("Market", "You are an arbiter"),
            translate("Market", "You were drawn to settle a dispute on {what}."),
        ),
        (OrderStatus.RESOLVED, Role.BUYER): (
            ruled,
            translate("Market", "You got {amount} back.").format(amount=format_exc(record.buyer_share)),
        ),
        (OrderStatus.RESOLVED, Role.SELLER): (
            ruled,
            translate("Market", "You got {amount} for {what}.").format(
                amount=format_exc(record.amount - record.buyer_share - record.arbiter_fee), what=what
            ),
        ),
    }
    return texts.get((step.status, role))
