"""Signed actions from the user to the chain: sign, queue, submit with fallback, and prove the outcome.

Every action goes through the outbox first (the storage interface), so one signed offline or right before a
crash is not lost: `flush()` sends what is pending, in nonce order per sender, whenever a node is reachable.
An action is reported INCLUDED only after its id is proven in the actions root of a verified header (when
the node sends the audit path) and its receipt is proven in state; FAILED carries the node's reason. The
outbox never re-signs an action, and the chain never applies one nonce twice, so nothing is applied twice.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby

from .client import LightClient
from .errors import (
    ActionError,
    BadResponseError,
    NoProvidersError,
    ProviderError,
    ProviderUnavailableError,
    RequestRejectedError,
    StateProofError,
)
from .protocol.actions import Action, Payload, SignedAction
from .protocol.encoding import ONE_EXC
from .protocol.errors import ProofError, ProtocolError
from .protocol.keys import PrivateKey
from .protocol.merkle import verify_merkle_proof
from .protocol.state import ReceiptStatus
from .provider import InclusionState
from .queries import Queries
from .store import OutboxEntry, OutboxStatus, new_entry

log = logging.getLogger("lightnode.submitter")

#: The protocol's default minimum fee (the DAO may change it; `min_fee` is read from proven state).
DEFAULT_FEE = ONE_EXC // 1000
#: An action is valid for this many blocks after it was signed (about ten minutes).
DEFAULT_EXPIRY_BLOCKS = 600
#: Rejections that say "not now" rather than "never": the action stays queued.
TRANSIENT_CODES = frozenset({"nonce_gap", "mempool_full", "rate_limited", "busy", "not_ready"})
_OFFLINE = (ProviderUnavailableError, NoProvidersError, BadResponseError)


@dataclass(frozen=True, slots=True)
class ActionReport:
    action_id: bytes
    status: OutboxStatus
    sender: bytes
    nonce: int
    height: int | None
    reason: str | None

    @property
    def final(self) -> bool:
        return self.status in (OutboxStatus.INCLUDED, OutboxStatus.FAILED, OutboxStatus.EXPIRED)

    @classmethod
    def of(cls, entry: OutboxEntry) -> ActionReport:
        return cls(entry.action_id, entry.status, entry.sender, entry.nonce, entry.height, entry.last_error)


class ActionSubmitter:
    """Signs, queues, submits and follows the user's actions through a LightClient."""

    def __init__(
        self, client: LightClient, *, expiry_blocks: int = DEFAULT_EXPIRY_BLOCKS, poll_interval_s: float = 0.5
    ) -> None:
        self.client = client
        self.queries = Queries(client)
        self.store = client.store
        self.expiry_blocks = expiry_blocks
        self.poll_interval_s = poll_interval_s
        self._flush_lock = asyncio.Lock()

    # -- signing -------------------------------------------------------------------------------------------
    async def next_nonce(self, sender: bytes) -> int:
        """The nonce for a new action: after the chain's proven nonce and every action still in flight.
        Offline, the last proven nonce from the store is used."""
        try:
            chain_nonce = await self.queries.nonce(sender)
        except (ProviderError, NoProvidersError):
            cached = await self.queries.cached_account(sender)
            chain_nonce = 0 if cached is None or cached.value is None else cached.value.nonce
        inflight = [
            e.nonce
            for e in await self.store.outbox_list(OutboxStatus.PENDING, OutboxStatus.SUBMITTED)
            if e.sender == sender
        ]
        return max([chain_nonce, *(n + 1 for n in inflight)])

    async def build(
        self,
        key: PrivateKey,
        payload: Payload,
        *,
        fee: int = DEFAULT_FEE,
        nonce: int | None = None,
        expiry_height: int | None = None,
    ) -> SignedAction:
        """Sign an action with the next nonce and an expiry `expiry_blocks` past the latest known height."""
        await self.client.start()
        if nonce is None:
            nonce = await self.next_nonce(key.actor_id)
        if expiry_height is None:
            expiry_height = self.client.latest.height + self.expiry_blocks
        action = Action(self.client.chain_id, key.public_key.raw, nonce, fee, expiry_height, payload)
        return action.sign(key)

    async def send(self, key: PrivateKey, payload: Payload, *, fee: int = DEFAULT_FEE) -> ActionReport:
        """Sign and submit (or queue, when offline) one action."""
        return await self.submit(await self.build(key, payload, fee=fee))

    # -- the outbox ----------------------------------------------------------------------------------------
    async def submit(self, signed: SignedAction) -> ActionReport:
        """Queue a signed action and try to send it now; offline it stays PENDING for `flush()`."""
        await self.client.start()
        if signed.action.chain_id != self.client.chain_id:
            raise ActionError(f"the action is for chain '{signed.action.chain_id}', not '{self.client.chain_id}'")
        try:
            signed.verify()
        except ProtocolError as exc:
            raise ActionError(f"the action's signature does not verify: {exc}") from exc
        action_id = signed.id()
        await self.store.outbox_add(new_entry(action_id, signed.action.sender_id, signed.action.nonce, signed.encode()))
        try:
            await self.flush()
        except _OFFLINE as exc:
            log.info("action %s queued while offline: %s", action_id.hex()[:16], exc)
        entry = await self.store.outbox_get(action_id)
        assert entry is not None
        return ActionReport.of(entry)

    async def flush(self) -> list[ActionReport]:
        """Send every queued action, in nonce order per sender. Actions a node already holds are not sent
        again; one it has forgotten (say it restarted) is sent again, the same signed bytes."""
        async with self._flush_lock:
            reports: list[ActionReport] = []
            entries = await self.store.outbox_list(OutboxStatus.PENDING, OutboxStatus.SUBMITTED)
            for _, group in groupby(entries, key=lambda e: e.sender):
                reports.extend(await self._flush_sender(list(group)))
            return reports

    async def _flush_sender(self, entries: Sequence[OutboxEntry]) -> list[ActionReport]:
        reports: list[ActionReport] = []
        failed_before: OutboxEntry | None = None
        for e in sorted(entries, key=lambda e: e.nonce):
            if failed_before is not None:
                updated = await self.store.outbox_update(
                    e.action_id,
                    OutboxStatus.FAILED,
                    error=f"an earlier action of this sender (nonce {failed_before.nonce}) failed, so nonce "
                    f"{e.nonce} can never apply; sign it again",
                )
                reports.append(ActionReport.of(updated))
                continue
            if e.status is OutboxStatus.SUBMITTED:
                refreshed = await self._refresh_entry(e)
                if refreshed.status is not OutboxStatus.PENDING:
                    reports.append(refreshed)
                    if refreshed.status is OutboxStatus.FAILED and refreshed.height is None:
                        failed_before = e
                    continue
            try:
                await self.client.submit_action(e.action)
            except RequestRejectedError as rej:
                report = await self._after_rejection(e, rej)
                if report is None:
                    break
                reports.append(report)
                if report.status is OutboxStatus.FAILED and report.height is None:
                    failed_before = e
                continue
            updated = await self.store.outbox_update(e.action_id, OutboxStatus.SUBMITTED, attempted=True)
            reports.append(ActionReport.of(updated))
        return reports

    async def _after_rejection(self, e: OutboxEntry, rej: RequestRejectedError) -> ActionReport | None:
        """A refused action may have been applied already (we crashed after sending it): its receipt says.
        A transient refusal keeps it queued (None)."""
        receipt = await self._proven_receipt(e)
        if receipt is not None:
            return receipt
        if rej.code in TRANSIENT_CODES or rej.status in (429, 503):
            return None
        updated = await self.store.outbox_update(e.action_id, OutboxStatus.FAILED, error=rej.reason)
        return ActionReport.of(updated)

    async def _proven_receipt(self, e: OutboxEntry) -> ActionReport | None:
        """INCLUDED or FAILED from the action's receipt proven in state, or None if proven absent."""
        proven = await self.queries.receipt(e.action_id)
        if proven.value is None:
            return None
        receipt = proven.value
        if receipt.status == ReceiptStatus.OK:
            updated = await self.store.outbox_update(e.action_id, OutboxStatus.INCLUDED, height=receipt.height)
        else:
            updated = await self.store.outbox_update(
                e.action_id,
                OutboxStatus.FAILED,
                error=receipt.reason or "the chain refused it",
                height=receipt.height,
            )
        return ActionReport.of(updated)

    async def _refresh_entry(self, e: OutboxEntry) -> ActionReport:
        if e.final:
            return ActionReport.of(e)
        status = await self.client._primary_call(lambda p: p.action_status(e.action_id))
        if status.action_id != e.action_id:
            raise BadResponseError("the node answered about another action")
        if status.state is InclusionState.INCLUDED and status.height is not None:
            tb = await self.client.verify_to_height(status.height)
            header = tb.header
            assert header is not None
            if status.proof is not None:
                try:
                    verify_merkle_proof(header.actions_root, e.action_id, status.proof)
                except (ProofError, ProtocolError) as exc:
                    raise StateProofError(
                        f"the node's inclusion proof of the action at height {status.height} does not "
                        f"match the verified actions root ({exc})"
                    ) from exc
            receipt = await self._proven_receipt(e)
            if receipt is None:
                raise StateProofError("the node says the action is included, but its receipt is proven absent")
            return receipt
        if status.state is InclusionState.REJECTED:
            receipt = await self._proven_receipt(e)
            if receipt is not None:
                return receipt
            updated = await self.store.outbox_update(
                e.action_id, OutboxStatus.FAILED, error=status.reason or "the node dropped it"
            )
            return ActionReport.of(updated)
        # PENDING or UNKNOWN: is it there after all, or can it never be?
        receipt = await self._proven_receipt(e)
        if receipt is not None:
            return receipt
        expiry = SignedAction.decode(e.action).action.expiry_height
        if self.client.latest.height > expiry:
            updated = await self.store.outbox_update(
                e.action_id, OutboxStatus.EXPIRED, error=f"not included by its expiry height {expiry}"
            )
            return ActionReport.of(updated)
        if status.state is InclusionState.UNKNOWN and e.status is OutboxStatus.SUBMITTED:
            # The node forgot it (a restart, or another node took the submission): send it again.
            updated = await self.store.outbox_update(e.action_id, OutboxStatus.PENDING)
            return ActionReport.of(updated)
        return ActionReport.of(e)

    async def refresh(self, action_ids: Sequence[bytes] | None = None) -> list[ActionReport]:
        """Bring the outbox up to date with proven outcomes (all in-flight actions, or the given ones)."""
        if action_ids is None:
            entries = await self.store.outbox_list(OutboxStatus.SUBMITTED, OutboxStatus.PENDING)
        else:
            found = [await self.store.outbox_get(a) for a in action_ids]
            entries = [e for e in found if e is not None]
        reports = []
        for e in entries:
            if e.status is OutboxStatus.PENDING:
                receipt = await self._proven_receipt(e)
                reports.append(receipt if receipt is not None else ActionReport.of(e))
            else:
                reports.append(await self._refresh_entry(e))
        return reports

    async def report(self, action_id: bytes) -> ActionReport:
        entry = await self.store.outbox_get(action_id)
        if entry is None:
            raise ActionError("this action is not in the outbox")
        return ActionReport.of(entry)

    async def wait(self, action_id: bytes, *, timeout_s: float | None = None) -> ActionReport:
        """Follow an action until its outcome is proven (INCLUDED / FAILED / EXPIRED), flushing the outbox
        and syncing headers on the way."""

        async def follow() -> ActionReport:
            while True:
                offline = None
                try:
                    await self.flush()
                    (report,) = await self.refresh([action_id])
                except _OFFLINE as exc:
                    offline = exc
                    report = await self.report(action_id)
                if report.final:
                    return report
                if offline is not None:
                    await asyncio.sleep(self.poll_interval_s)
                    continue
                await self._next_block()

        return await asyncio.wait_for(follow(), timeout_s)

    async def _next_block(self) -> None:
        start = self.client.latest.height
        while True:
            try:
                tb = await self.client.sync()
            except _OFFLINE:
                tb = self.client.latest
            if tb.height > start:
                return
            await asyncio.sleep(self.poll_interval_s)

    async def outbox(self) -> list[ActionReport]:
        return [ActionReport.of(e) for e in await self.store.outbox_list()]


__all__ = ["DEFAULT_EXPIRY_BLOCKS", "DEFAULT_FEE", "ActionReport", "ActionSubmitter"]
