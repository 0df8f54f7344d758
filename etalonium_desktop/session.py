"""An unlocked profile connected to the network: the user's key, proven balance, sending, history, profile."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from etalonium_desktop.messenger import MessengerService
from etalonium_desktop.services.network import NetworkService
from etalonium_desktop.store import UNCONFIRMED_HEIGHT, HistoryKey, IncomingTransfer, OutboxAction, Profile
from etalonium_desktop.store import OutboxStatus as StoredStatus
from etalonium_desktop.wallet import Balance, Direction, EntryStatus, HistoryEntry, SendRequest
from lightnode.errors import LightClientError, NoProvidersError, ProviderError
from lightnode.events import ActorEvent, ActorWatcher
from lightnode.protocol.actions import Payload, SignedAction, Transfer
from lightnode.protocol.actions import Profile as ProfilePayload
from lightnode.protocol.address import encode_address
from lightnode.protocol.encoding import ONE_EXC
from lightnode.protocol.errors import ProtocolError
from lightnode.protocol.keys import PrivateKey
from lightnode.store import OutboxStatus
from lightnode.submitter import DEFAULT_FEE, ActionReport

log = logging.getLogger(__name__)

_STATUS = {
    OutboxStatus.PENDING: EntryStatus.QUEUED,
    OutboxStatus.SUBMITTED: EntryStatus.PENDING,
    OutboxStatus.INCLUDED: EntryStatus.INCLUDED,
    OutboxStatus.FAILED: EntryStatus.FAILED,
    OutboxStatus.EXPIRED: EntryStatus.EXPIRED,
}
#: History entries read at a time (a screen asks for more as it scrolls).
HISTORY_PAGE = 200


def _outgoing(action: OutboxAction) -> HistoryEntry | None:
    """The history entry of an own transfer in the outbox (None for other kinds of action)."""
    try:
        signed = SignedAction.decode(action.action)
    except ProtocolError as exc:
        # Only this app writes the outbox, so this is damage: skip the entry, keep the rest of the history.
        log.warning("an outbox entry %s does not decode (%s); left out of the history", action.action_id.hex(), exc)
        return None
    payload = signed.action.payload
    if not isinstance(payload, Transfer):
        return None
    return HistoryEntry(
        action_id=action.action_id,
        direction=Direction.OUT,
        counterparty=payload.to,
        amount=payload.amount,
        fee=signed.action.fee,
        memo=payload.memo,
        status=_STATUS[OutboxStatus(action.status.value)],
        height=action.height,
        time_ms=action.created_at,
        reason=action.last_error or "",
    )


class Session:
    """Everything the screens need once the profile is open. Qt-free: screens subscribe with `on_change`."""

    def __init__(
        self,
        profile: Profile,
        network: NetworkService,
        *,
        notify: Callable[[str, str], None],
        spawn: Callable[[Awaitable[Any]], Any],
    ) -> None:
        self.profile = profile
        self.network = network
        self.notify = notify
        self.spawn = spawn
        self.key = PrivateKey(profile.account_key(0).seed)
        self.actor = self.key.actor_id
        self.address = encode_address(self.actor)
        self.balance = Balance(0, 0, stale=False)
        self.fee = DEFAULT_FEE
        self.lie_detected = ""
        #: The messenger, once the network is up (set by the app).
        self.messenger: MessengerService | None = None
        #: How many times a node's answer failed verification (each time nothing of it was shown).
        self.lies_caught = 0
        self._listeners: list[Callable[[str], None]] = []
        self._funded = asyncio.Event()
        self._submit_lock = asyncio.Lock()
        #: Set once the public profile chosen at first run is on the chain (or there was none to publish).
        self.profile_published = asyncio.Event()
        network.on_header(lambda _height: self.spawn(self.refresh()))
        network.on_state(self._on_network_state)

    # -- change notification ---------------------------------------------------------------------------------
    def on_change(self, listener: Callable[[str], None]) -> None:
        """`listener(what)` runs when "wallet", "profile" or "network" data changed."""
        self._listeners.append(listener)

    def _changed(self, what: str) -> None:
        for listener in list(self._listeners):
            listener(what)

    def _on_network_state(self, state: Any) -> None:
        stale = bool(state.offline)
        if stale != self.balance.stale and self.balance.height:
            self.balance = Balance(self.balance.amount, self.balance.height, stale)
            self._changed("wallet")
        self._changed("network")
        if not state.offline and self.network.submitter is not None:
            self.spawn(self._flush())

    # -- running -------------------------------------------------------------------------------------------------
    async def run(self) -> None:
        """Start-up work once the network follows the chain: starter funds, profile publication, events."""
        await self.load_cached()
        await self.network.wait_ready(300.0)
        await self.refresh()
        if self.balance.amount == 0:
            with contextlib.suppress(LightClientError, OSError):
                await self.network.request_starter_funds(self.address)
        self.spawn(self._publish_profile_once())
        await self._watch_events()

    async def load_cached(self) -> None:
        """Show the last proven balance at once (marked stale until the network confirms it)."""
        if self.network.queries is None:
            return
        cached = await self.network.queries.cached_account(self.actor)
        if cached is not None and cached.value is not None:
            self.balance = Balance(cached.value.balance, cached.height, stale=True)
            self._changed("wallet")

    async def refresh(self) -> None:
        """Prove the balance at the latest verified height."""
        queries = self.network.queries
        if queries is None:
            return
        try:
            proven = await queries.account(self.actor)
        except (ProviderError, NoProvidersError):
            return
        except LightClientError as exc:
            # A node served a proof that does not check out: never show its number.
            self.lie_detected = f"A node sent a balance that failed verification ({exc}). It was not shown."
            self.lies_caught += 1
            self.notify("A node sent false data", "It was not shown; the app keeps checking with other nodes.")
            self._changed("wallet")
            return
        self.lie_detected = ""
        amount = proven.value.balance if proven.value is not None else 0
        self.balance = Balance(amount, proven.height, stale=False)
        if amount > 0:
            self._funded.set()
        self._changed("wallet")

    async def wait_funded(self, timeout_s: float) -> None:
        await asyncio.wait_for(self._funded.wait(), timeout_s)

    async def _flush(self) -> None:
        assert self.network.submitter is not None
        with contextlib.suppress(ProviderError, NoProvidersError, LightClientError):
            await self.network.submitter.flush()
            await self.network.submitter.refresh()
        self._changed("wallet")

    # -- sending -------------------------------------------------------------------------------------------------
    async def send(self, request: SendRequest) -> ActionReport:
        return await self.submit(Transfer(request.to, request.amount, request.memo), fee=request.fee)

    async def submit(self, payload: Payload, *, fee: int | None = None) -> ActionReport:
        submitter = self.network.submitter
        if submitter is None:
            raise LightClientError("The network is not started yet.")
        # One at a time: the next nonce is read from the chain and the outbox, then the action is queued.
        async with self._submit_lock:
            report = await submitter.send(self.key, payload, fee=fee or self.fee)
        self._changed("wallet")
        return report

    async def wait(self, action_id: bytes, timeout_s: float | None = None) -> ActionReport:
        assert self.network.submitter is not None
        report = await self.network.submitter.wait(action_id, timeout_s=timeout_s)
        await self.refresh()
        self._changed("wallet")
        return report

    # -- history ---------------------------------------------------------------------------------------------------
    async def history_page(self, below: HistoryKey | None = None, limit: int = HISTORY_PAGE) -> list[HistoryEntry]:
        """Up to `limit` entries older than `below`, newest first: own transfers from the outbox (with their
        proven status) merged with the proven incoming transfers recorded in the profile."""
        return await asyncio.to_thread(self._history_page, below, limit)

    async def history(self, limit: int = HISTORY_PAGE) -> list[HistoryEntry]:
        """The newest `limit` entries."""
        return await self.history_page(None, limit)

    async def queued_transfers(self) -> int:
        """How many signed transfers wait for the network (they go out when it is back)."""
        return await asyncio.to_thread(self._queued_transfers)

    def _history_page(self, below: HistoryKey | None, limit: int) -> list[HistoryEntry]:
        # Runs in a worker thread: the queries and the decoding of signed actions stay off the GUI thread.
        entries = [
            HistoryEntry(
                action_id=t.action_id,
                direction=Direction.IN,
                counterparty=t.sender,
                amount=t.amount,
                fee=0,
                memo=t.memo,
                status=EntryStatus.INCLUDED,
                height=t.height,
                time_ms=t.time_ms,
            )
            for t in self.profile.wallet_history.page(below, limit)
        ]
        chain_id = self.network.state.chain_id
        outbox = self.profile.light_client.outbox
        cursor, found = below, 0
        # Other actions (profile, orders) share the outbox: read on until `limit` transfers or the end.
        while chain_id and found < limit:
            actions = outbox.history_page(chain_id, self.actor, cursor, limit)
            for action in actions:
                entry = _outgoing(action)
                if entry is not None:
                    entries.append(entry)
                    found += 1
            if len(actions) < limit:
                break
            last = actions[-1]
            cursor = HistoryKey(last.height if last.height is not None else UNCONFIRMED_HEIGHT,
                                last.created_at, last.action_id)  # fmt: skip
        entries.sort(key=lambda e: e.key, reverse=True)
        return entries[:limit]

    async def history_stamp(self) -> tuple[int, ...]:
        """A value that changes whenever the history may have (cheap to ask on every block)."""
        return await asyncio.to_thread(self._history_stamp)

    def _history_stamp(self) -> tuple[int, ...]:
        chain_id = self.network.state.chain_id
        outgoing = self.profile.light_client.outbox.stamp(chain_id, self.actor) if chain_id else (0, 0)
        return (*self.profile.wallet_history.stamp(), *outgoing)

    def _queued_transfers(self) -> int:
        chain_id = self.network.state.chain_id
        if not chain_id:
            return 0
        queued = self.profile.light_client.outbox.with_status(StoredStatus.PENDING, chain_id=chain_id)
        return sum(1 for a in queued if a.sender == self.actor and _outgoing(a) is not None)

    async def _watch_events(self) -> None:
        client = self.network.client
        if client is None:
            return
        watcher = ActorWatcher(client, self.actor)
        async with contextlib.aclosing(watcher.events()) as events:
            async for event in events:
                await self._on_event(event)

    async def _on_event(self, event: ActorEvent) -> None:
        if event.kind == "transfer_in" and event.amount is not None and event.counterparty is not None:
            memo = ""
            if event.action is not None and isinstance(event.action.action.payload, Transfer):
                memo = event.action.action.payload.memo
            tb = await self.network.client.trusted_block(event.height) if self.network.client else None
            time_ms = tb.time_ms if tb is not None else 0
            transfer = IncomingTransfer(event.action_id, event.counterparty, event.amount, memo, event.height, time_ms)
            # Keyed by action id: an event seen again (a re-sync, a restart) is recorded once, notified once.
            if await asyncio.to_thread(self.profile.wallet_history.add, [transfer]):
                self.notify(
                    "ExC received",
                    f"{event.amount / ONE_EXC:g} ExC from {encode_address(event.counterparty)[:14]}…",
                )
                self._changed("history")
        await self.refresh()

    # -- the public profile ------------------------------------------------------------------------------------
    async def _publish_profile_once(self) -> None:
        """Publish the name and role chosen at first run, once the account can pay the fee."""
        published = await asyncio.to_thread(self.profile.settings.get, "profile.published", True)
        name = await asyncio.to_thread(self.profile.settings.get, "profile.display_name", "")
        role = await asyncio.to_thread(self.profile.settings.get, "profile.role", 0)
        if published or not name or not role:
            self.profile_published.set()
            with contextlib.suppress(LightClientError):
                await self._publish_messenger_key_if_missing()
            return
        await self.wait_funded(600.0)
        report = await self.submit(ProfilePayload(name, role, "", (), "", b"", self.messenger_key()))
        final = await self.wait(report.action_id, timeout_s=120.0)
        if final.status is OutboxStatus.INCLUDED:
            await asyncio.to_thread(self.profile.settings.set, "profile.published", True)
            self.profile_published.set()
            self._changed("profile")

    def messenger_key(self) -> bytes:
        """What the Profile action publishes so that others can start an encrypted chat with this account."""
        return self.messenger.messenger_key if self.messenger is not None else b""

    async def _publish_messenger_key_if_missing(self) -> None:
        """A restored identity or a profile published elsewhere may lack this device's messenger key."""
        queries = self.network.queries
        key = self.messenger_key()
        if queries is None or not key:
            return
        proven = await queries.profile(self.actor)
        if proven.value is not None and proven.value.messenger_key != key:
            p = proven.value
            await self.submit(ProfilePayload(p.display_name, p.role, p.bio, p.links, p.region, p.avatar, key))

    async def aclose(self) -> None:
        self._listeners.clear()
