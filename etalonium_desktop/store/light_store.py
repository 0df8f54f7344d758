"""The light client's storage interface (lightnode's LightStore), kept in the encrypted profile."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from typing import TypeVar

from lightnode.errors import DuplicateActionError
from lightnode.protocol.chain import LightBlock
from lightnode.store import LightStore, OutboxEntry
from lightnode.store import OutboxStatus as LightOutboxStatus
from lightnode.store import StoreError as LightStoreError
from lightnode.store import VerifiedValue as LightVerifiedValue

from .errors import ConstraintError, StoreError
from .light_client import LightClientStorage
from .models import OutboxAction, OutboxStatus, TrustedHeader, VerifiedValue, now_ms

T = TypeVar("T")


def _entry(action: OutboxAction) -> OutboxEntry:
    return OutboxEntry(
        action_id=action.action_id,
        sender=action.sender,
        nonce=action.nonce,
        action=action.action,
        status=LightOutboxStatus(action.status.value),
        created_ms=action.created_at,
        updated_ms=action.updated_at,
        attempts=action.attempts,
        last_error=action.last_error,
        height=action.height,
    )


class ProfileLightStore(LightStore):
    """One chain's light client storage inside the profile.

    Each call is one transaction, run in a worker thread so the event loop never waits on SQLCipher.
    Store errors reach the light client as its own StoreError (DuplicateActionError for a queued nonce),
    with the profile's message.
    """

    def __init__(self, storage: LightClientStorage, chain_id: str) -> None:
        self._storage = storage
        self.chain_id = chain_id

    async def _run(self, call: Callable[[], T], *, duplicate: bool = False) -> T:
        try:
            return await asyncio.to_thread(call)
        except ConstraintError as exc:
            raise (DuplicateActionError if duplicate else LightStoreError)(str(exc)) from exc
        except StoreError as exc:
            raise LightStoreError(str(exc)) from exc

    def _block(self, header: TrustedHeader | None) -> LightBlock | None:
        return None if header is None else LightBlock.decode(header.light_block)

    def _header(self, block: LightBlock, verified_at: int) -> TrustedHeader:
        if block.header.chain_id != self.chain_id:
            raise StoreError(
                f"A light block of chain {block.header.chain_id!r} cannot be stored for chain {self.chain_id!r}."
            )
        return TrustedHeader(
            chain_id=self.chain_id,
            height=block.height,
            header_hash=block.header.hash(),
            header_time=block.header.time_ms,
            light_block=block.encode(),
            verified_at=verified_at,
        )

    # -- trusted light blocks ------------------------------------------------------------------------------

    async def save_trusted(self, blocks: Sequence[LightBlock]) -> None:
        now = now_ms()
        await self._run(lambda: self._storage.headers.save_many([self._header(b, now) for b in blocks]))

    async def trusted(self, height: int) -> LightBlock | None:
        return self._block(await self._run(lambda: self._storage.headers.get(self.chain_id, height)))

    async def latest_trusted(self) -> LightBlock | None:
        return self._block(await self._run(lambda: self._storage.headers.latest(self.chain_id)))

    async def lowest_trusted(self) -> LightBlock | None:
        return self._block(await self._run(lambda: self._storage.headers.lowest(self.chain_id)))

    async def trusted_at_or_below(self, height: int) -> LightBlock | None:
        return self._block(await self._run(lambda: self._storage.headers.at_or_below(self.chain_id, height)))

    async def trusted_at_or_above(self, height: int) -> LightBlock | None:
        return self._block(await self._run(lambda: self._storage.headers.at_or_above(self.chain_id, height)))

    async def prune_trusted(self, keep: int) -> int:
        return await self._run(lambda: self._storage.headers.prune(self.chain_id, keep))

    async def clear_trusted(self) -> None:
        await self._run(lambda: self._storage.headers.clear(self.chain_id))

    # -- proven state values -------------------------------------------------------------------------------

    async def put_verified(self, value: LightVerifiedValue) -> None:
        stored = VerifiedValue(self.chain_id, value.key, value.value, value.height, value.state_root, value.verified_ms)
        await self._run(lambda: self._storage.state.put(stored))

    async def get_verified(self, key: bytes) -> LightVerifiedValue | None:
        value = await self._run(lambda: self._storage.state.get(self.chain_id, key))
        if value is None:
            return None
        return LightVerifiedValue(value.key, value.value, value.height, value.state_root, value.verified_at)

    async def clear_verified(self) -> None:
        await self._run(lambda: self._storage.state.forget_chain(self.chain_id))

    # -- outbox --------------------------------------------------------------------------------------------

    async def outbox_add(self, entry: OutboxEntry) -> None:
        action = OutboxAction(
            action_id=entry.action_id,
            chain_id=self.chain_id,
            sender=entry.sender,
            nonce=entry.nonce,
            action=entry.action,
            status=OutboxStatus(entry.status.value),
            created_at=entry.created_ms,
            updated_at=entry.updated_ms,
            attempts=entry.attempts,
            last_error=entry.last_error,
            height=entry.height,
        )
        await self._run(lambda: self._storage.outbox.add(action), duplicate=True)

    async def outbox_get(self, action_id: bytes) -> OutboxEntry | None:
        action = await self._run(lambda: self._storage.outbox.get(action_id))
        return None if action is None or action.chain_id != self.chain_id else _entry(action)

    async def outbox_list(self, *statuses: LightOutboxStatus) -> list[OutboxEntry]:
        wanted = [OutboxStatus(s.value) for s in statuses]
        actions = await self._run(lambda: self._storage.outbox.with_status(*wanted, chain_id=self.chain_id))
        return [_entry(action) for action in actions]

    async def outbox_update(
        self,
        action_id: bytes,
        status: LightOutboxStatus,
        *,
        error: str | None = None,
        height: int | None = None,
        attempted: bool = False,
    ) -> OutboxEntry:
        updated = await self._run(
            lambda: self._storage.outbox.mark(
                action_id, OutboxStatus(status.value), error=error, height=height, attempted=attempted
            )
        )
        return _entry(updated)

    # -- metadata ------------------------------------------------------------------------------------------

    async def get_meta(self, name: str) -> bytes | None:
        return await self._run(lambda: self._storage.meta.get(self.chain_id, name))

    async def set_meta(self, name: str, value: bytes | None) -> None:
        await self._run(lambda: self._storage.meta.set(self.chain_id, name, value))
