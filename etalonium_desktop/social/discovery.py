"""Finding what to prove: the social actions of verified blocks (a block is accepted only when its header hash
is that of the light client's verified header at its height and its actions hash to that header's actions
root), read into the ids of posts, comments and proposals, and what the viewer did."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Sequence
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

import aiohttp

from etalonium_desktop.services.network import NetworkService
from lightnode.errors import BadResponseError, ProviderUnavailableError
from lightnode.protocol import actions as A
from lightnode.protocol.actions import SignedAction, action_id_of_encoding
from lightnode.protocol.consensus import CommittedBlock, actions_root
from lightnode.protocol.encoding import Struct
from lightnode.protocol.errors import ProtocolError
from lightnode.queries import Proven, Queries, decode_proven

V = TypeVar("V", bound=Struct)


@dataclass(frozen=True, slots=True)
class VerifiedBlock:
    height: int
    time_ms: int
    actions: tuple[SignedAction, ...]


class ChainSource(Protocol):
    """Where the social service reads the chain: verified blocks and proven state values."""

    def verified_height(self) -> int: ...

    async def block(self, height: int) -> VerifiedBlock: ...

    async def get(self, key: bytes, cls: type[V]) -> Proven[V]: ...

    async def cached(self, key: bytes, cls: type[V]) -> Proven[V] | None: ...


@dataclass
class BlockFacts:
    """What one block says the social service should (re-)prove."""

    height: int
    time_ms: int
    new_posts: list[bytes] = field(default_factory=list)
    touched_posts: set[bytes] = field(default_factory=set)
    comments: list[tuple[bytes, bytes]] = field(default_factory=list)
    new_proposals: list[bytes] = field(default_factory=list)
    touched_proposals: set[bytes] = field(default_factory=set)
    promotions: set[bytes] = field(default_factory=set)
    actors: set[bytes] = field(default_factory=set)
    #: Skills seen claimed or endorsed: (actor, skill name).
    skills: list[tuple[bytes, str]] = field(default_factory=list)
    #: The viewer's own follows (target, on), votes (post, value) and ballots (proposal, choice).
    my_follows: list[tuple[bytes, bool]] = field(default_factory=list)
    my_votes: list[tuple[bytes, int]] = field(default_factory=list)
    my_ballots: list[tuple[bytes, int]] = field(default_factory=list)


def read_block(block: VerifiedBlock, me: bytes) -> BlockFacts:
    """The social facts of one verified block (actions that failed are caught later: their records are
    proven absent or unchanged)."""
    facts = BlockFacts(block.height, block.time_ms)
    for signed in block.actions:
        payload = signed.action.payload
        sender = signed.action.sender_id
        mine = sender == me
        if isinstance(payload, A.Post):
            post_id = signed.id()
            facts.new_posts.append(post_id)
            facts.actors.add(sender)
            if payload.repost_of:
                facts.touched_posts.add(payload.repost_of)
        elif isinstance(payload, A.Comment):
            facts.comments.append((payload.post, signed.id()))
            facts.touched_posts.add(payload.post)
        elif isinstance(payload, A.PostVote):
            facts.touched_posts.add(payload.post)
            if mine:
                facts.my_votes.append((payload.post, payload.value))
        elif isinstance(payload, A.Promotion):
            facts.promotions.add(payload.post)
            facts.touched_posts.add(payload.post)
        elif isinstance(payload, A.Report) and len(payload.target) == 32:
            facts.touched_posts.add(payload.target)
        elif isinstance(payload, A.Follow):
            facts.actors.add(payload.target)
            if mine:
                facts.my_follows.append((payload.target, bool(payload.follow)))
        elif isinstance(payload, A.Proposal):
            facts.new_proposals.append(signed.id())
        elif isinstance(payload, A.ProposalVote):
            facts.touched_proposals.add(payload.proposal)
            if mine:
                facts.my_ballots.append((payload.proposal, payload.choice))
        elif isinstance(payload, A.Endorsement):
            facts.actors.update((payload.target, sender))
            facts.skills.append((payload.target, payload.skill))
        elif isinstance(payload, A.SkillClaim):
            facts.actors.add(sender)
            facts.skills.append((sender, payload.skill))
        elif isinstance(payload, A.Profile):
            facts.actors.add(sender)
    return facts


class LightClientSource:
    """Verified blocks from the network's nodes, checked against the light client's verified headers, and
    state values proven by the light client."""

    def __init__(self, network: NetworkService) -> None:
        self.network = network
        self._http: aiohttp.ClientSession | None = None
        self._next = 0

    def _queries(self) -> Queries:
        queries = self.network.queries
        if queries is None:
            raise ProviderUnavailableError("the network is not started yet")
        return queries

    def verified_height(self) -> int:
        client = self.network.client
        return 0 if client is None else client.latest.height

    async def block(self, height: int) -> VerifiedBlock:
        client = self.network.client
        if client is None:
            raise ProviderUnavailableError("the network is not started yet")
        trusted = await client.verify_to_height(height)
        raw = await self._fetch(f"/v1/blocks/{height}")
        try:
            committed = CommittedBlock.decode(raw)
        except ProtocolError as exc:
            raise BadResponseError(f"the block at height {height} does not decode: {exc}") from exc
        block = committed.block
        if block.height != height or block.hash() != trusted.hash:
            raise BadResponseError(f"the block sent for height {height} is not the verified one")
        if actions_root([action_id_of_encoding(a) for a in block.actions]) != block.header.actions_root:
            raise BadResponseError(f"the actions sent for height {height} are not those the header commits to")
        try:
            actions = tuple(SignedAction.decode(a) for a in block.actions)
        except ProtocolError as exc:
            raise BadResponseError(f"an action of block {height} does not decode: {exc}") from exc
        return VerifiedBlock(height, block.header.time_ms, actions)

    async def _fetch(self, path: str) -> bytes:
        if self._http is None:
            self._http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=20))
        urls = self.network.node_urls
        if not urls:
            raise ProviderUnavailableError("no node is configured")
        last: Exception | None = None
        for i in range(len(urls)):
            url = urls[(self._next + i) % len(urls)]
            try:
                async with self._http.get(url.rstrip("/") + path) as response:
                    if response.status == 200:
                        self._next = (self._next + i) % len(urls)
                        return await response.read()
                    last = BadResponseError(f"{url} answered {response.status} for {path}")
            except (aiohttp.ClientError, TimeoutError, OSError) as exc:
                last = exc
        raise ProviderUnavailableError(f"no node served {path}: {last}")

    async def get(self, key: bytes, cls: type[V]) -> Proven[V]:
        return await self._queries().get(key, cls)

    async def cached(self, key: bytes, cls: type[V]) -> Proven[V] | None:
        client = self.network.client
        if client is None:
            return None
        verified = await client.cached_state(key)
        return None if verified is None else decode_proven(verified, cls)

    async def aclose(self) -> None:
        if self._http is not None:
            with contextlib.suppress(Exception):
                await self._http.close()
            self._http = None


async def gather_limited(awaitables: Sequence[Awaitable[None]], limit: int = 8) -> None:
    """Await at most `limit` at a time (proofs: enough to overlap round trips, not to flood a node)."""
    semaphore = asyncio.Semaphore(limit)

    async def one(awaitable: Awaitable[None]) -> None:
        async with semaphore:
            await awaitable

    await asyncio.gather(*(one(a) for a in awaitables))
