"""An unlocked profile connected to the network: the user's key, proven balance, sending, history, profile."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from etalonium_desktop.messenger import MessengerService
from etalonium_desktop.services.network import NetworkService
from etalonium_desktop.store import UNCONFIRMED_HEIGHT, HistoryKey, IncomingTransfer, OutboxAction, Profile
from etalonium_desktop.store import OutboxStatus as StoredStatus
from etalonium_desktop.wallet import Balance, Direction, EntryStatus, HistoryEntry, SendRequest
from lightnode.errors import BadResponseError, LightClientError, NoProvidersError, ProviderError
from lightnode.events import ActorEvent, ActorWatcher, CatchUpPage
from lightnode.protocol.actions import Payload, SignedAction, Transfer
from lightnode.protocol.actions import Profile as ProfilePayload
from lightnode.protocol.address import encode_address
from lightnode.protocol.encoding import ONE_EXC
from lightnode.protocol.errors import ProtocolError
from lightnode.protocol.keys import PrivateKey
from lightnode.protocol.state import EMPTY_ACCOUNT as S_EMPTY
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
#: Blocks between catch-ups while the live feed runs (on start and after being offline it runs at once).
CATCH_UP_EVERY = 10


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


@dataclass(frozen=True, slots=True)
class HistoryNotice:
    """Why the incoming history may be incomplete or wrong, in parts a screen can word in any language.

    kind: "omitted" (`count` transfers a node left out, found through another node and verified), "rejected"
    (`count` listed transfers failed verification and were left out), "unverified" (a node's list could not be
    verified; checked again with the next block), or "balance" (between heights `first` and `last` the verified
    balance grew by `grown` while the verified incoming transfers add up to `received`).
    """

    kind: str
    count: int = 0
    first: int = 0
    last: int = 0
    grown: int = 0
    received: int = 0


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
        #: Why the incoming history may be incomplete or wrong, as catch-ups found (kept for the session: a
        #: later clean run does not undo what a node did earlier).
        self.history_warnings: list[str] = []
        #: The same findings, each in parts (see HistoryNotice), for the wallet screen to word.
        self.history_notices: list[HistoryNotice] = []
        #: A proven (height, balance, nonce) of the account up to which the history was complete: the next
        #: catch-up checks the balance change since against the transfers recorded since.
        self._proven_account: tuple[int, int, int] | None = None
        self._catch_up_run: asyncio.Future[Any] | None = None
        #: The height up to which the incoming history is known complete (a copy of the profile's).
        self._covered = 0
        self._catch_up_asked = 0
        self._was_offline = False
        self._catch_up_again = False
        network.on_header(self._on_header)
        network.on_state(self._on_network_state)

    # -- change notification ---------------------------------------------------------------------------------
    def on_change(self, listener: Callable[[str], None]) -> None:
        """`listener(what)` runs when "wallet", "profile" or "network" data changed."""
        self._listeners.append(listener)

    def _changed(self, what: str) -> None:
        for listener in list(self._listeners):
            listener(what)

    def _on_header(self, height: int) -> None:
        self.spawn(self.refresh())
        # The live feed misses what happened while the app was closed, offline or between subscriptions (a
        # dropped WebSocket, a replaced primary); the catch-up closes such gaps. Every few blocks is enough
        # for that, and keeps the requests per block down when blocks come ten a second. Counted from the last
        # attempt too, so a node without the index costs one request per few blocks, not one per header.
        if height - max(self._covered, self._catch_up_asked) >= CATCH_UP_EVERY:
            self._catch_up_asked = height
            self.spawn(self.catch_up())

    def _on_network_state(self, state: Any) -> None:
        if self._was_offline and not state.offline:
            # Back from being offline: catch up with what happened meanwhile at once.
            self.spawn(self.catch_up())
        self._was_offline = bool(state.offline)
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
        self.spawn(self.catch_up())
        await self._watch_events()

    async def load_cached(self) -> None:
        """Show the last proven balance at once (marked stale until the network confirms it)."""
        if self.network.queries is None:
            return
        cached = await self.network.queries.cached_account(self.actor)
        if cached is not None and cached.value is not None:
            self._proven_account = (cached.height, cached.value.balance, cached.value.nonce)
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

    async def _incoming(self, event: ActorEvent) -> IncomingTransfer | None:
        """The history entry of a proven incoming transfer (None for other events)."""
        if event.kind != "transfer_in" or event.amount is None or event.counterparty is None:
            return None
        memo = ""
        if event.action is not None and isinstance(event.action.action.payload, Transfer):
            memo = event.action.action.payload.memo
        tb = await self.network.client.trusted_block(event.height) if self.network.client else None
        time_ms = tb.time_ms if tb is not None else 0
        return IncomingTransfer(event.action_id, event.counterparty, event.amount, memo, event.height, time_ms)

    async def _on_event(self, event: ActorEvent) -> None:
        transfer = await self._incoming(event)
        if transfer is not None:
            # Keyed by action id: an event seen again (a re-sync, a restart, the catch-up) is recorded once and
            # notified once.
            added = await asyncio.to_thread(self.profile.wallet_history.record, [transfer])
            self._received(added)
        await self.refresh()

    def _received(self, added: list[IncomingTransfer]) -> None:
        """Tell the user about newly recorded transfers (one by one, or in sum after a long absence)."""
        if not added:
            return
        if len(added) <= 3:
            for t in added:
                self.notify("ExC received", f"{t.amount / ONE_EXC:g} ExC from {encode_address(t.sender)[:14]}…")
        else:
            total = sum(t.amount for t in added)
            self.notify("ExC received", f"{len(added)} transfers, {total / ONE_EXC:g} ExC in all, while you were away")
        self._changed("history")

    # -- catching up with the blocks the live feed did not cover --------------------------------------------
    async def catch_up(self) -> None:
        """Record every incoming transfer up to the verified tip from the height already covered (remembered
        per chain in the profile). One run at a time: a request during a run makes it go round once more,
        and returns when that round is done."""
        self._catch_up_again = True
        if self._catch_up_run is None or self._catch_up_run.done():
            self._catch_up_run = asyncio.ensure_future(self.spawn(self._catch_up_rounds()))
        # Shielded: a caller giving up does not stop the run others wait on (closing the app does).
        await asyncio.shield(self._catch_up_run)

    async def _catch_up_rounds(self) -> None:
        while self._catch_up_again:
            self._catch_up_again = False
            await self._catch_up_once()

    async def _catch_up_once(self) -> None:
        client = self.network.client
        chain_id = self.network.state.chain_id
        if client is None or not chain_id:
            return
        history = self.profile.wallet_history
        known = await asyncio.to_thread(history.known_to, chain_id)
        self._covered = known
        try:
            tip = client.latest.height
        except LightClientError:
            return  # not started yet: run() catches up once the network is ready
        if known > tip:
            # A chain reset under the same id (a fresh devnet): what was covered is gone; start again.
            log.info("the incoming history was covered to %d, above the verified tip %d: catching up anew", known, tip)
            known = 0
        if known >= tip:
            return
        before = self._proven_account
        added: list[IncomingTransfer] = []
        watcher = ActorWatcher(client, self.actor)
        try:
            pages_of = watcher.catch_up(known + 1, tip, recorded=self._recorded)
            async with contextlib.aclosing(pages_of) as pages:
                async for page in pages:
                    recorded = await self._record_page(page, chain_id)
                    self._covered = page.complete_to
                    if recorded:
                        # A long absence is caught up page by page: the history shows each as it lands.
                        added += recorded
                        self._changed("history")
                    if page.rejected or page.omitted:
                        self._history_lie(page)
        except BadResponseError as exc:
            # A listed transfer whose proof fails may be real: the covered height stays below it.
            warning = (
                f"A node's list of transfers could not be verified ({exc}); the history is complete up to the "
                "last verified page and is checked again with the next block."
            )
            if warning not in self.history_warnings:
                self.lies_caught += 1
            self._warn_history(warning, HistoryNotice("unverified"))
            return
        except (ProviderError, NoProvidersError) as exc:
            # Offline, or no node serves the index: what was covered stays covered; the next block retries.
            log.info("the incoming history could not catch up past %d yet: %s", known, exc)
            return
        except LightClientError as exc:
            log.warning("the incoming history could not catch up: %s", exc)
            return
        if added:
            log.info("caught up to height %d: %d incoming transfers recorded", tip, len(added))
            self._received(added)
        # Also after a false list: a forged entry is caught by its proof, but only the balance shows an
        # omission when no witness could name it.
        await self._check_balance(before, tip)

    async def _recorded(self, action_ids: list[bytes]) -> set[bytes]:
        return await asyncio.to_thread(self.profile.wallet_history.recorded, action_ids)

    async def _record_page(self, page: CatchUpPage, chain_id: str) -> list[IncomingTransfer]:
        transfers = [t for t in [await self._incoming(e) for e in page.events] if t is not None]
        # The covered height moves with the transfers, in one transaction: a crash never skips any.
        return await asyncio.to_thread(
            self.profile.wallet_history.record, transfers, chain_id=chain_id, known_to=page.complete_to
        )

    def _history_lie(self, page: CatchUpPage) -> None:
        self.lies_caught += 1
        parts = []
        if page.rejected:
            parts.append(f"{page.rejected} listed transfer(s) failed verification and were not shown")
        if page.omitted:
            parts.append(f"{page.omitted} transfer(s) were left out (found through another node and verified)")
        warning = f"{page.primary} gave a false list of the account's transfers: {'; '.join(parts)}."
        notices = [HistoryNotice(kind, count=n) for kind, n in (("rejected", page.rejected), ("omitted", page.omitted))]
        self._warn_history(warning, *(n for n in notices if n.count))
        self.notify("A node sent a false transfer list", warning)

    @property
    def history_warning(self) -> str:
        """Why the incoming history may be incomplete or wrong ("" if nothing was found)."""
        return " ".join(self.history_warnings)

    def _warn_history(self, warning: str, *notices: HistoryNotice) -> None:
        if warning not in self.history_warnings:
            log.warning("%s", warning)
            self.history_warnings.append(warning)
            self.history_notices.extend(notices)
            self._changed("wallet")

    async def _check_balance(self, before: tuple[int, int, int] | None, tip: int) -> None:
        """Compare the proven balance change with the proven incoming transfers since `before`.

        Only the account's own actions spend (each one raises the nonce), so with the nonce unchanged the
        balance may not grow by less than the transfers received; growing by more means other credits
        (rewards, escrow releases, grants) or transfers no node listed, which is worth a warning.
        """
        queries = self.network.queries
        if queries is None:
            return
        try:
            proven = await queries.account(self.actor, height=tip)
        except (ProviderError, NoProvidersError, LightClientError):
            return
        after = proven.value or S_EMPTY
        self._proven_account = (tip, after.balance, after.nonce)
        if before is None:
            return
        start_height, start_balance, start_nonce = before
        if after.nonce != start_nonce or start_height >= tip:
            return
        received = await asyncio.to_thread(self.profile.wallet_history.total_between, start_height + 1, tip)
        grown = after.balance - start_balance
        if grown != received:
            self._warn_history(
                f"Between heights {start_height} and {tip} the verified balance grew by {grown / ONE_EXC:g} ExC, "
                f"but the verified incoming transfers add up to {received / ONE_EXC:g} ExC"
                + (" (other credits such as rewards, or transfers no node listed)." if grown > received else "."),
                HistoryNotice("balance", first=start_height, last=tip, grown=grown, received=received),
            )

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
