"""Events concerning one actor (incoming transfers, orders, endorsements), each proven before it is reported.

A node's event feed is only a hint, and only covers the time the app is subscribed; `catch_up` covers the
blocks in between from the node's index of an account's actions (a hint too), checked against a witness.
An event is reported after the action's receipt is proven in the state of a verified header, the action's
bytes hash to its id (so its content is what was applied), and, where the action's effect is a record (an
order, an endorsement), that record is proven too.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncGenerator, Awaitable, Callable
from dataclasses import dataclass

from .client import LightClient
from .errors import (
    BadResponseError,
    NoProvidersError,
    ProviderError,
    ProviderUnavailableError,
    RequestRejectedError,
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
from .provider import ActorActionsPage, ChainEvent, Provider
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


@dataclass(frozen=True, slots=True)
class CatchUpPage:
    """One step of a catch-up: the proven events at heights `first..complete_to` (every one of the kind asked
    for, as far as the primary and the witness asked can tell)."""

    first: int
    complete_to: int
    events: tuple[ActorEvent, ...]
    #: Actions the primary listed that did not prove to be such an event (forged or altered: not reported).
    rejected: int = 0
    #: Proven events the primary left out and a witness named (a lying or broken primary).
    omitted: int = 0
    #: The name of the node that listed them, for the user's warning.
    primary: str = ""


#: Entries asked for per page of a catch-up.
CATCH_UP_PAGE = 200


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

    async def catch_up(
        self,
        first: int,
        last: int | None = None,
        *,
        kind: str = "transfer",
        page: int = CATCH_UP_PAGE,
        recorded: Callable[[list[bytes]], Awaitable[set[bytes]]] | None = None,
    ) -> AsyncGenerator[CatchUpPage, None]:
        """Proven events of the actor with an event of `kind` at heights `first..last` (default: the verified
        tip), page by page from the primary's index. Each listed action is proven as the live events are
        (receipt in a verified state, bytes by their hash); what is proven not to be such an event is counted,
        never reported; a proof that fails stops the catch-up (BadResponseError) before that page. A
        witness is asked for the same heights: what it names that the primary left out is proven and
        reported as an omission. `recorded(ids)` names the ids the caller already holds proven (from the live
        feed): they are neither proven again nor reported."""
        await self.client.start()
        tip = self.client.latest.height if last is None else last
        height = max(1, first)
        while height <= tip:
            start = height
            listed = await self.client._primary_call(
                lambda p: self._listing(p, start, tip, kind, page)  # noqa: B023 - awaited at once
            )
            name = self.client.primary.name
            complete_to = listed.complete_to
            events: list[ActorEvent] = []
            rejected = 0
            ids = {action_id for _, action_id in listed.actions}
            held = await recorded(list(ids)) if recorded is not None and ids else set()
            for action_id in ids_in_order(listed):
                if action_id in held:
                    continue
                event = await self._proven_or_none(action_id, kind)
                if event is None:
                    rejected += 1
                else:
                    events.append(event)
            omitted = 0
            for action_id in await self._witness_ids(start, complete_to, kind, page):
                if action_id in ids or action_id in held:
                    continue
                event = await self._proven_or_none(action_id, kind)
                if event is not None:
                    omitted += 1
                    events.append(event)
            if rejected or omitted:
                log.warning(
                    "%s listed the actions of heights %d-%d falsely: %d did not prove, %d proven ones left out",
                    name, start, complete_to, rejected, omitted,
                )  # fmt: skip
            yield CatchUpPage(start, complete_to, tuple(events), rejected, omitted, name)
            height = complete_to + 1

    async def _listing(self, provider: Provider, first: int, last: int, kind: str, page: int) -> ActorActionsPage:
        """A page of the provider's list, checked for shape: it must make progress and stay in range."""
        listed = await provider.actor_actions(self.actor, first, last, kind=kind, limit=page)
        if not first <= listed.complete_to <= last:
            if listed.complete_to < first:
                # Behind, not lying: not a reason to replace it (the next block tries again).
                raise RequestRejectedError(f"{provider.name} has not reached height {first} yet", code="behind")
            raise BadResponseError(f"{provider.name} claims a list complete beyond the height asked for")
        if any(not first <= h <= listed.complete_to for h, _ in listed.actions):
            raise BadResponseError(f"{provider.name} listed actions outside the heights asked for")
        return listed

    async def _proven_or_none(self, action_id: bytes, kind: str) -> ActorEvent | None:
        """The proven event of a listed action, or None if it is proven not to be one of `kind` concerning the
        actor (not applied, or about something else: a forged entry). A proof that does not check out is
        BadResponseError: the action may be real, so the catch-up must not go past it."""
        try:
            event = await self._confirm_action(action_id)
        except (StateProofError, BadResponseError, ProtocolError) as exc:
            raise BadResponseError(f"a listed action {action_id.hex()[:16]}… could not be verified: {exc}") from exc
        if event is None or (kind == "transfer" and event.kind not in ("transfer_in", "transfer_out")):
            return None
        return event

    async def _witness_ids(self, first: int, last: int, kind: str, page: int) -> list[bytes]:
        """The ids a witness lists for heights `first..last` (empty if none can be asked)."""
        for witness in self.client.witnesses:
            found: list[bytes] = []
            height = first
            try:
                while height <= last:
                    listed = await self._listing(witness, height, last, kind, page)
                    found.extend(action_id for _, action_id in listed.actions)
                    height = listed.complete_to + 1
            except ProviderError as exc:
                log.info("%s could not cross-check the account's actions: %s", witness.name, exc)
                continue
            return found
        return []

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


def ids_in_order(listed: ActorActionsPage) -> list[bytes]:
    """The listed ids in block order, each once."""
    return list(dict.fromkeys(action_id for _, action_id in listed.actions))


__all__ = ["CATCH_UP_PAGE", "ActorEvent", "ActorWatcher", "CatchUpPage"]
