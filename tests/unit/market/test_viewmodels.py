"""What the screens offer and say, by role and order state (no Qt)."""

from __future__ import annotations

import dataclasses

import pytest

from etalonium_desktop.market.model import OrderEntry, OrderStep, RatingEntry
from etalonium_desktop.market.viewmodels import (
    OrderAction,
    available_actions,
    next_step_text,
    notification_for,
    ruling_split,
    timeline,
)
from lightnode.protocol import state as S
from lightnode.protocol.encoding import ONE_EXC
from lightnode.protocol.state import OrderStatus

BUYER, SELLER, ARBITER, OTHER = (bytes([n]) * 20 for n in (1, 2, 3, 4))


def order(status: OrderStatus, **changes: object) -> OrderEntry:
    record = S.OrderRecord(
        listing=b"\x09" * 32, buyer=BUYER, seller=SELLER, quantity=1, amount=10 * ONE_EXC, note="", status=status,
        placed_height=5, updated_height=20, release_height=30, delivery_proof=b"", delivery_note="",
        disputed_by=b"", dispute_reason="", arbiter=ARBITER if status in (OrderStatus.DISPUTED, OrderStatus.RESOLVED)
        else b"", buyer_share=0, arbiter_fee=0, ruling="", rated=0, category="Dresses", release_timeout=10,
    )  # fmt: skip
    return OrderEntry(b"\x01" * 32, dataclasses.replace(record, **changes), "Silk dress", "Dresses", 0, 20)  # type: ignore[arg-type]


ACTIONS = {
    (OrderStatus.PLACED, SELLER): [OrderAction.ACCEPT, OrderAction.DECLINE, OrderAction.MESSAGE],
    (OrderStatus.PLACED, BUYER): [OrderAction.CANCEL, OrderAction.MESSAGE],
    (OrderStatus.ACCEPTED, SELLER): [OrderAction.DELIVER, OrderAction.DISPUTE, OrderAction.MESSAGE],
    (OrderStatus.ACCEPTED, BUYER): [OrderAction.RELEASE, OrderAction.DISPUTE, OrderAction.MESSAGE],
    (OrderStatus.DELIVERED, BUYER): [OrderAction.RELEASE, OrderAction.DISPUTE, OrderAction.MESSAGE],
    (OrderStatus.DELIVERED, SELLER): [OrderAction.DISPUTE, OrderAction.MESSAGE],
    (OrderStatus.DISPUTED, ARBITER): [OrderAction.RESOLVE, OrderAction.EVIDENCE, OrderAction.MESSAGE],
    (OrderStatus.DISPUTED, BUYER): [OrderAction.EVIDENCE, OrderAction.MESSAGE],
    (OrderStatus.RELEASED, BUYER): [OrderAction.RATE, OrderAction.MESSAGE],
    (OrderStatus.RESOLVED, BUYER): [OrderAction.RATE, OrderAction.MESSAGE],
    (OrderStatus.RELEASED, SELLER): [OrderAction.MESSAGE],
    (OrderStatus.DECLINED, BUYER): [OrderAction.MESSAGE],
}


@pytest.mark.parametrize(("status", "me"), list(ACTIONS))
def test_each_party_is_offered_exactly_the_steps_the_rules_allow(status: OrderStatus, me: bytes) -> None:
    assert available_actions(order(status), me, height=21, arbiter_timeout_blocks=100) == ACTIONS[(status, me)]
    assert available_actions(order(status), OTHER, height=21, arbiter_timeout_blocks=100) == []


def test_a_silent_arbiter_can_be_replaced_after_the_timeout_and_a_rated_order_not_rated_again() -> None:
    disputed = order(OrderStatus.DISPUTED)
    assert OrderAction.REDRAW not in available_actions(disputed, BUYER, height=120, arbiter_timeout_blocks=100)
    assert OrderAction.REDRAW in available_actions(disputed, SELLER, height=121, arbiter_timeout_blocks=100)
    rated = order(OrderStatus.RELEASED, rated=1)
    assert OrderAction.RATE not in available_actions(rated, BUYER, height=50, arbiter_timeout_blocks=100)


def test_the_timeline_shows_verified_steps_then_what_is_ahead() -> None:
    delivered = dataclasses.replace(
        order(OrderStatus.DELIVERED, delivery_note="DHL 123"),
        steps=(
            OrderStep(OrderStatus.PLACED, 5, 0),
            OrderStep(OrderStatus.ACCEPTED, 9, 0),
            OrderStep(OrderStatus.DELIVERED, 20, 0),
        ),
    )
    items = timeline(delivered, None, height=21)
    assert [(i.title, i.state) for i in items] == [
        ("Ordered, payment locked in escrow", "done"),
        ("Accepted by the seller", "done"),
        ("Marked delivered", "current"),
        ("Payment released (automatically at block 30)", "upcoming"),
        ("Rated", "upcoming"),
    ]
    assert items[2].detail.endswith("“DHL 123”")
    released = dataclasses.replace(
        order(OrderStatus.RELEASED, rated=1, updated_height=30),
        steps=(*delivered.steps, OrderStep(OrderStatus.RELEASED, 30, 0)),
    )
    record = S.RatingRecord(BUYER, SELLER, b"\x09" * 32, 5, 5, 4, 5, "Lovely", 31, "", 0)
    rating = RatingEntry(released.order_id, record)
    items = timeline(released, rating, height=40)
    assert [i.title for i in items[-2:]] == ["Payment released automatically after the timeout", "Rated ★★★★★"]
    assert {i.state for i in items} == {"done"}


def test_a_ruling_split_adds_up_to_the_escrow() -> None:
    fee = ONE_EXC // 5
    assert ruling_split(10 * ONE_EXC, 200, 3 * ONE_EXC) == (3 * ONE_EXC, 7 * ONE_EXC - fee, fee)
    buyer, seller, arbiter = ruling_split(10 * ONE_EXC, 200, 100 * ONE_EXC)
    assert (seller, buyer + seller + arbiter) == (0, 10 * ONE_EXC)


def test_the_sentence_and_the_notification_fit_the_role() -> None:
    delivered = order(OrderStatus.DELIVERED)
    assert "released automatically in about 10 s (block 30)" in next_step_text(delivered, BUYER, height=20)
    assert next_step_text(order(OrderStatus.PLACED), SELLER, height=6).startswith("10 ExC is locked in escrow. Accept")
    step = OrderStep(OrderStatus.DELIVERED, 20, 0, b"\x05" * 32, SELLER)
    assert notification_for(delivered, step, BUYER) == (
        "Order delivered",
        "Silk dress was marked delivered. Confirm it, or the payment is released at block 30.",
    )
    assert notification_for(delivered, step, SELLER) is None  # one's own step is not news
    assert notification_for(delivered, step, OTHER) is None
