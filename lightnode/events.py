"""Events concerning one actor (incoming transfers, orders, endorsements), each proven before it is reported.

A node's event feed is only a hint. An event is reported after the action's receipt is proven in the state
of a verified header, the action's bytes hash to its id (so its content is what was applied), and, where the
action's effect is a record (an order, an endorsement), that record is proven too.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncGenerator
from dataclasses import dataclass

from .client import LightClient
from .errors import (
    BadResponseError,
    NoProvidersError,
    ProviderError,
    ProviderUnavailableError,
    StateProofError,
)
from .protocol import state as S
from .protocol.actions import (
    ActionType,
    Delivery,
    Dispute,
    Endorsement,
    Order,
    OrderCancel,
    OrderResponse,
    Rating,
    Release,
    Resolution,
    SignedAction,
    Transfer,
    action_id_of_encoding,
)
from .protocol.errors import ProtocolError
from .provider import ChainEvent
from .queries import Queries

log = logging.getLogger("lightnode.events")

_ORDER_ACTIONS = (OrderResponse, OrderCancel, Delivery, Release, Dispute, Resolution, Rating)


@dataclass(frozen=True, slots=True)
class ActorEvent:
    """A proven event concerning `actor`.

    `kind` is one of "transfer_in", "transfer_out", "endorsement", "order", "order_update", "action"
    (another of the actor's own actions) or "action_failed" (one of them failed; `detail` says why).
    """

    kind: str
    actor: bytes
    height: int
    action_id: bytes
    counterparty: bytes | None = None
    amount: int | None = None
    action: SignedAction | None = None
    order: S.OrderRecord | None = None
    detail: str = ""


class ActorWatcher:
    """Follows the node's event feed for one actor and yields only what it could prove."""

    def __init__(self, client: LightClient, actor: bytes, *, retry_interval_s: float = 1.0) -> None:
        self.client = client
        self.actor = actor
        self.queries = Queries(client)
        self.retry_interval_s = retry_interval_s
        #: Events the node announced that could not be proven (a lying or lagging node).
        self.unproven = 0

    async def confirm(self, event: ChainEvent) -> ActorEvent | None:
        """The proven form of `event`, or None if it does not concern the actor or cannot be proven."""
        try:
            if len(event.action_id) == 32:
                return await self._confirm_action(event.action_id)
            order_id = event.data.get("order")
            if isinstance(order_id, bytes) and len(order_id) == 32:
                return await self._confirm_order(order_id, event.action_id, "order_update", None)
        except (StateProofError, BadResponseError, ProtocolError) as exc:
            self.unproven += 1
            log.warning("an event announced by the node could not be proven: %s", exc)
        return None

    async def _confirm_action(self, action_id: bytes) -> ActorEvent | None:
        receipt = (await self.queries.receipt(action_id)).value
        if receipt is None:
            self.unproven += 1
            return None
        raw = await self.client._primary_call(lambda p: p.signed_action(action_id))
        if raw is None or action_id_of_encoding(raw) != action_id:
            raise BadResponseError("the node did not send the action that the event names")
        signed = SignedAction.decode(raw)
        action = signed.action
        payload = action.payload
        sender = action.sender_id
        actor = self.actor
        if receipt.status != S.ReceiptStatus.OK:
            if sender != actor:
                return None
            return ActorEvent("action_failed", actor, receipt.height, action_id, action=signed, detail=receipt.reason)
        if isinstance(payload, Transfer):
            if payload.to == actor and sender != actor:
                return ActorEvent("transfer_in", actor, receipt.height, action_id, sender, payload.amount, signed)
            if sender == actor:
                return ActorEvent("transfer_out", actor, receipt.height, action_id, payload.to, payload.amount, signed)
            return None
        if isinstance(payload, Endorsement) and payload.target == actor:
            record = await self.queries.endorsement(actor, payload.skill, sender)
            if record.value is None:
                raise StateProofError("the endorsement the event announces is proven absent")
            return ActorEvent(
                "endorsement", actor, receipt.height, action_id, sender, action=signed, detail=payload.skill
            )
        if isinstance(payload, Order):
            return await self._confirm_order(action_id, action_id, "order", signed, receipt.height)
        if isinstance(payload, _ORDER_ACTIONS):
            return await self._confirm_order(payload.order, action_id, "order_update", signed, receipt.height)
        if sender == actor:
            return ActorEvent(
                "action",
                actor,
                receipt.height,
                action_id,
                action=signed,
                detail=ActionType(action.type).name.lower(),
            )
        return None

    async def _confirm_order(
        self,
        order_id: bytes,
        action_id: bytes,
        kind: str,
        signed: SignedAction | None,
        height: int | None = None,
    ) -> ActorEvent | None:
        proven = await self.queries.order(order_id)
        order = proven.value
        if order is None or self.actor not in (order.buyer, order.seller):
            return None
        other = order.seller if order.buyer == self.actor else order.buyer
        return ActorEvent(
            kind,
            self.actor,
            proven.height if height is None else height,
            action_id,
            other,
            order.amount,
            signed,
            order,
            S.OrderStatus(order.status).name.lower(),
        )

    async def events(self) -> AsyncGenerator[ActorEvent, None]:
        """Proven events concerning the actor, as the primary announces them; reconnects on failure."""
        await self.client.start()
        while True:
            primary = self.client.primary
            try:
                async with contextlib.aclosing(primary.subscribe([self.actor])) as notes:
                    async for note in notes:
                        if isinstance(note, ChainEvent) and self.actor in note.actors:
                            event = await self.confirm(note)
                            if event is not None:
                                yield event
            except (ProviderUnavailableError, BadResponseError) as exc:
                log.info("event subscription to %s ended: %s", primary.name, exc)
                with contextlib.suppress(ProviderError, NoProvidersError):
                    await self.client._replace_primary(primary, str(exc))
                if self.client.primary is primary:
                    await asyncio.sleep(self.retry_interval_s)
            except ProviderError as exc:
                log.info("event subscription to %s failed: %s", primary.name, exc)
                await asyncio.sleep(self.retry_interval_s)


__all__ = ["ActorEvent", "ActorWatcher"]
