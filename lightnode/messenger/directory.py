"""Finding an actor's messenger key: on chain through the light client (proven), or from a static table."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from lightnode.protocol.actions import Profile, Role
from lightnode.protocol.keys import PrivateKey, actor_id

from .errors import IdentityError
from .identity import MessengerKey, parse_messenger_key

if TYPE_CHECKING:
    from lightnode.queries import Queries
    from lightnode.submitter import ActionReport, ActionSubmitter


@dataclass(frozen=True, slots=True)
class DirectoryEntry:
    """An actor's public key and the messenger key it published (signature already checked)."""

    actor_key: bytes
    messenger_key: MessengerKey


class Directory(Protocol):
    async def lookup(self, actor: bytes) -> DirectoryEntry | None:
        """The actor's current messenger key, or None if it published none."""
        ...


def checked_entry(actor: bytes, actor_key: bytes, messenger_key: bytes) -> DirectoryEntry:
    """A directory entry after checking that the key belongs to `actor` and signed the messenger key."""
    if actor_id(actor_key) != actor:
        raise IdentityError("The public key on record does not belong to this actor.")
    key = parse_messenger_key(messenger_key)
    key.verify(actor_key)
    return DirectoryEntry(actor_key, key)


class StaticDirectory:
    """Messenger keys held in memory (tests, benchmarks, and networks without a chain)."""

    def __init__(self) -> None:
        self.entries: dict[bytes, DirectoryEntry] = {}

    def publish(self, actor_key: bytes, messenger_key: bytes) -> None:
        self.entries[actor_id(actor_key)] = checked_entry(actor_id(actor_key), actor_key, messenger_key)

    async def lookup(self, actor: bytes) -> DirectoryEntry | None:
        return self.entries.get(actor)


class ChainDirectory:
    """Messenger keys read from the chain: the actor's profile and account, proven by the light client."""

    def __init__(self, queries: Queries) -> None:
        self.queries = queries

    async def lookup(self, actor: bytes) -> DirectoryEntry | None:
        profile = await self.queries.profile(actor)
        if profile.value is None or not profile.value.messenger_key:
            return None
        account = await self.queries.account(actor)
        if account.value is None or not account.value.public_key:
            return None
        return checked_entry(actor, account.value.public_key, profile.value.messenger_key)


async def publish_messenger_key(
    submitter: ActionSubmitter, key: PrivateKey, messenger_key: bytes, *, display_name: str = ""
) -> ActionReport:
    """Submit a Profile action carrying `messenger_key`, keeping the rest of the actor's profile as it is."""
    current = (await submitter.queries.profile(key.actor_id)).value
    if current is None:
        payload = Profile(
            display_name or f"member {key.actor_id.hex()[:8]}", Role.CUSTOMER, "", (), "", b"", messenger_key
        )
    else:
        payload = Profile(
            current.display_name,
            current.role,
            current.bio,
            current.links,
            current.region,
            current.avatar,
            messenger_key,
        )
    return await submitter.send(key, payload)
