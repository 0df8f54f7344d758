"""The simulated community at work: people who post, vote, comment, follow, trade and stream on a devnet."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import random
import tempfile
import time
from collections import Counter
from collections.abc import Coroutine, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Protocol

import aiohttp

from lightnode.protocol import actions as A
from lightnode.protocol.actions import Role
from lightnode.protocol.address import decode_address, encode_address
from lightnode.protocol.encoding import ONE_EXC
from lightnode.protocol.errors import AddressError
from lightnode.protocol.keys import PrivateKey
from lightnode.services_client import BlobClient, ServiceClientError, StreamPublisher

from .cast import SELLERS, Member, make_cast
from .media import HAVE_AV, LiveSource, make_clip, make_image
from .node_api import NodeApi, NodeApiError
from .trends import TrendPlan

log = logging.getLogger(__name__)

GROUND_TRUTH_FILE = "community_ground_truth.json"
#: Activities per simulated week: at 0.5 s a step, twelve weeks pass in about five minutes, with ~12 posts a week.
DEFAULT_TICKS_PER_WEEK = 40
#: How many demo members follow (and, once the messenger hook is filled, greet) a newcomer.
GREETERS = 5
FEE = ONE_EXC // 1000
STARTER_FUNDS = 5_000 * ONE_EXC
FUEL = ONE_EXC // 20
POSTERS = {Role.MODEL: 3.0, Role.DESIGNER: 3.0, Role.PHOTOGRAPHER: 3.0, Role.STYLIST: 2.0, Role.AGENCY: 1.5}
ACTIVITIES = {"post": 30, "vote": 28, "comment": 12, "follow": 10, "endorse": 6, "order": 8, "stream": 3}
CAPTIONS = (
    "New {kind}: {tag} mood in {palette}.",
    "Fresh from the studio, all {palette}. #{tag}",
    "{place} this week: {tag}, {palette} everywhere.",
    "Testing a {palette} palette for the next drop. #{tag}",
    "Behind the scenes, {tag} edition.",
)
COMMENTS = (
    "Love the palette!",
    "This is the direction for next season.",
    "The cut on this is perfect.",
    "Who did the styling?",
    "Stunning light.",
    "Would wear this tomorrow.",
    "Not sure about the colours, but the silhouette works.",
)


class Messenger(Protocol):
    """The hook through which demo members will message someone (the messenger is built later)."""

    async def send_text(self, sender: PrivateKey, recipient: bytes, text: str) -> None: ...


@dataclass
class CommunityStats:
    actions: int = 0
    rejected: int = 0
    posts: int = 0
    votes: int = 0
    comments: int = 0
    follows: int = 0
    endorsements: int = 0
    orders: int = 0
    orders_completed: int = 0
    ratings: int = 0
    streams: int = 0
    stream_parts: int = 0
    uploads: int = 0
    welcomed: int = 0
    ticks: int = 0


@dataclass
class _Post:
    id: bytes
    author: int
    tags: tuple[str, ...]
    palette: str
    appeal: float


@dataclass
class _Order:
    serial: int
    id: bytes
    listing: bytes
    buyer: int
    seller: int
    stage: str = "placed"
    last_action: bytes = b""
    skill: str = ""


@dataclass
class _Listing:
    id: bytes
    seller: int
    price: int


@dataclass
class _Week:
    week: int
    first_height: int
    last_height: int = 0
    tags: Counter[str] = field(default_factory=Counter)
    palettes: Counter[str] = field(default_factory=Counter)


class Community:
    """A few dozen fashion-world people acting through the public API at a pace a person can watch."""

    def __init__(
        self,
        api_urls: Sequence[str],
        funders: Sequence[PrivateKey],
        *,
        seed: int,
        data_dir: Path,
        pace: float = 0.5,
        weeks: int = 12,
        ticks_per_week: int = DEFAULT_TICKS_PER_WEEK,
        messenger: Messenger | None = None,
        service_urls: Sequence[str] | None = None,
        faucet: bytes | None = None,
    ) -> None:
        if not api_urls or not funders:
            raise ValueError("the community needs at least one node URL and one funded key")
        self.api_urls = [u.rstrip("/") for u in api_urls]
        #: Where the blob store and the stream relay are (the nodes themselves unless told otherwise).
        self.service_urls = [u.rstrip("/") for u in service_urls or api_urls]
        self.funders = list(funders)
        self.seed = seed
        self.data_dir = data_dir
        self.pace = pace
        if ticks_per_week < 1:
            raise ValueError("a simulated week needs at least one activity")
        self.ticks_per_week = ticks_per_week
        self.messenger = messenger
        #: The devnet faucet's actor id: whoever it funds is welcomed as a newcomer (the app joining).
        self.faucet = faucet
        self.members = make_cast(seed)
        self._member_ids = {m.actor_id for m in self.members}
        self.plan = TrendPlan(seed, weeks)
        #: Each activity draws from a generator seeded by (seed, tick): the same seed gives the same
        #: sequence of intentions however fast or slow the chain answers, and a restart continues it.
        self.rng = random.Random(f"activity/{seed}/setup")
        self.stats = CommunityStats()
        self.tick = 0
        self.started_ms = int(time.time() * 1000)
        #: Channel keys of the members streaming right now (parts are flowing).
        self.live_channels: set[bytes] = set()
        self.welcomed: set[bytes] = set()
        self._nonces: dict[bytes, int] = {}
        self._locks: dict[bytes, asyncio.Lock] = {}
        self._posts: list[_Post] = []
        self._listings: list[_Listing] = []
        self._orders: list[_Order] = []
        self._order_serial = 0
        self._votes: set[tuple[int, bytes]] = set()
        self._follows: set[tuple[int, bytes]] = set()
        self._endorsed: set[tuple[int, int, str]] = set()
        self._streaming: set[int] = set()
        self._weeks: list[_Week] = []
        self._tasks: set[asyncio.Task[None]] = set()
        self._session: aiohttp.ClientSession | None = None
        self._apis: list[NodeApi] = []
        self._blobs: list[BlobClient] = []
        self._chain_id = ""
        self._height = 0
        self.blobs_available = False
        #: Set after every activity (and after set-up), for whoever watches the community's progress.
        self.progressed = asyncio.Event()

    # ---- plumbing ---------------------------------------------------------------------------------------

    def _api(self, member_index: int) -> NodeApi:
        return self._apis[member_index % len(self._apis)]

    async def _act(self, key: PrivateKey, payload: A.Payload, api: NodeApi | None = None) -> bytes | None:
        """Sign and submit one action; None (and the nonce re-read) if the node refuses it."""
        api = api or self._apis[0]
        actor = key.actor_id
        # One action at a time per member: a stream ending or a welcome runs beside the main activity loop.
        async with self._locks.setdefault(actor, asyncio.Lock()):
            nonce = self._nonces.get(actor)
            if nonce is None:
                nonce = await api.next_nonce(actor)
            action = A.Action(self._chain_id, key.public_key.raw, nonce, FEE, self._height + 300, payload)
            try:
                action_id = await api.submit(action.sign(key))
            except NodeApiError as exc:
                self.stats.rejected += 1
                self._nonces.pop(actor, None)
                log.debug("%s refused: %s", type(payload).__name__, exc)
                return None
            self._nonces[actor] = nonce + 1
        self.stats.actions += 1
        return action_id

    async def _committed(self, action_id: bytes, api: NodeApi) -> bool | None:
        """True when applied, False when it failed or was dropped, None while pending."""
        status = await api.action_status(action_id)
        if status["status"] == "committed":
            return bool(status.get("ok", True))
        return None if status["status"] == "pending" else False

    async def _wait_committed(self, action_id: bytes, api: NodeApi) -> bool:
        """Wait for a block to settle the action (the node's API offers no push for one action)."""
        while True:
            done = await self._committed(action_id, api)
            if done is not None:
                return done
            await asyncio.sleep(0.3)

    def _spawn(self, coro: Coroutine[object, object, None]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    @property
    def week(self) -> float:
        return min(self.tick / self.ticks_per_week, self.plan.weeks - 0.001)

    # ---- set-up -----------------------------------------------------------------------------------------

    async def _setup(self) -> None:
        api = self._apis[0]
        status = await api.status()
        self._chain_id, self._height = str(status["chain_id"]), int(status["height"])
        self.blobs_available = await self._probe_blobs()
        log.info("community of %d on %s (blob store: %s)", len(self.members), self._chain_id, self.blobs_available)
        # Everyone gets starter funds from the genesis accounts.
        funded: list[bytes] = []
        for member in self.members:
            funder = self.funders[member.index % len(self.funders)]
            if (await api.account(member.actor_id)).get("balance", "0") != "0":
                continue
            transfer = A.Transfer(member.actor_id, STARTER_FUNDS, "welcome to the community")
            action_id = await self._act(funder, transfer, api)
            if action_id is not None:
                funded.append(action_id)
        for action_id in funded:
            await self._wait_committed(action_id, api)
        for member in self.members:
            await self._introduce(member)
        self._resume()
        if self.faucet is not None:
            self._spawn(self._watch_faucet())

    async def _probe_blobs(self) -> bool:
        assert self._session is not None
        try:
            async with self._session.get(f"{self.service_urls[0]}/v1/blobs/usage/{'00' * 20}") as r:
                return r.status == 200
        except aiohttp.ClientError:
            return False

    async def _introduce(self, member: Member) -> None:
        api = self._api(member.index)
        actor = member.actor_id
        account = await api.account(actor)
        if int(account.get("nonce", 0)) > 0 or actor in self._nonces:
            # Already introduced (a restarted community on the same chain): sellers list again, since the
            # listings of the earlier run are not remembered.
            await self._list(member)
            return
        key = member.key
        await self._act(
            key,
            A.Profile(member.name, int(member.role), member.bio, (), member.region, b"", b""),
            api,
        )
        await self._act(key, A.Fuel(FUEL), api)
        for skill in member.skills:
            await self._act(key, A.SkillClaim(skill, f"{skill} for {member.region} clients"), api)
        if member.channel_key is not None:
            title = f"{member.name.split()[0]} live"
            await self._act(key, A.Channel(member.channel_key.public_key.raw, title, "Studio and backstage."), api)
        await self._list(member)

    async def _list(self, member: Member) -> None:
        """A seller's listing on the marketplace (the same offer for the same seed)."""
        if member.role not in SELLERS:
            return
        rng = random.Random(f"listing/{self.seed}/{member.index}")
        category, kind = SELLERS[member.role]
        price = rng.randint(2, 40) * 10 * ONE_EXC
        listing = A.Listing(
            int(A.ListingKind.GOOD if kind == "good" else A.ListingKind.SERVICE),
            category,
            f"{category[:-1] if category.endswith('s') else category} by {member.name}",
            f"{member.bio} Booking and shipping worldwide.",
            tuple(self.plan.pick_tags(rng, 0, member.trendiness, 2)),
            price,
            int(A.PriceMode.FIXED),
            rng.randint(1, 14),
            member.region,
            1000,
            (),
            20,
        )
        listing_id = await self._act(member.key, listing, self._api(member.index))
        if listing_id is not None:
            self._listings.append(_Listing(listing_id, member.index, price))

    # ---- activities -------------------------------------------------------------------------------------

    async def _step(self) -> None:
        self.rng = random.Random(f"activity/{self.seed}/{self.tick}")
        if self.tick % 5 == 0:
            self._height = await self._apis[0].height()
        self._track_week()
        await self._advance_orders()
        kinds = list(ACTIVITIES)
        kind = self.rng.choices(kinds, [ACTIVITIES[k] for k in kinds])[0]
        await getattr(self, f"_do_{kind}")()
        self.tick += 1
        self.stats.ticks = self.tick
        self.progressed.set()

    def _track_week(self) -> None:
        week = int(self.week)
        if not self._weeks or self._weeks[-1].week != week:
            if self._weeks:
                self._weeks[-1].last_height = self._height
            self._weeks.append(_Week(week, self._height))
            self.write_ground_truth()

    def _pick_member(self, weights: dict[Role, float], default: float = 1.0) -> Member:
        return self.rng.choices(self.members, [weights.get(m.role, default) for m in self.members])[0]

    async def _do_post(self) -> None:
        author = self._pick_member(POSTERS, 0.3)
        week = self.week
        tags = tuple(self.plan.pick_tags(self.rng, week, author.trendiness, self.rng.randint(1, 3)))
        palette_name, palette = self.plan.pick_palette(self.rng, week, author.trendiness)
        roll = self.rng.random()
        kind = A.PostKind.PHOTO
        if author.role is Role.AGENCY and roll < 0.4:
            kind = A.PostKind.CASTING
        elif roll < 0.15 and HAVE_AV:
            kind = A.PostKind.VIDEO
        elif roll < 0.25:
            kind = A.PostKind.LOOKBOOK
        elif roll < 0.33:
            kind = A.PostKind.TEXT
        caption = self.rng.choice(CAPTIONS).format(
            kind=kind.name.lower(), tag=tags[0], palette=palette_name, place=author.region
        )
        media: list[bytes] = []
        if kind is not A.PostKind.TEXT and self.blobs_available:
            media_rng = random.Random(self.rng.random())
            # Encoding takes tens of milliseconds: off the loop, which also carries live streams.
            made = await asyncio.to_thread(make_clip, media_rng, palette) if kind is A.PostKind.VIDEO else None
            count = 3 if kind is A.PostKind.LOOKBOOK else 1
            items = (
                [made]
                if made is not None
                else [await asyncio.to_thread(make_image, media_rng, palette) for _ in range(count)]
            )
            for data, media_type in items:
                manifest_id = await self._upload(author, data, media_type)
                if manifest_id is not None:
                    media.append(manifest_id)
        post = A.Post(int(kind), caption, tags, tuple(media), palette[:3], b"", 0, author.region)
        post_id = await self._act(author.key, post, self._api(author.index))
        if post_id is None:
            return
        self.stats.posts += 1
        appeal = sum(
            t.weight(week) for t in self.plan.trends if t.name in tags or t.name == palette_name
        ) + self.rng.uniform(0.2, 1.0)
        self._posts.append(_Post(post_id, author.index, tags, palette_name, appeal))
        if self._weeks:
            self._weeks[-1].tags.update(tags)
            self._weeks[-1].palettes[palette_name] += 1

    async def _upload(self, author: Member, data: bytes, media_type: str) -> bytes | None:
        blobs = self._blobs[author.index % len(self._blobs)]
        try:
            manifest = await blobs.upload(author.key, data, media_type)
        except (ServiceClientError, aiohttp.ClientError) as exc:
            log.debug("upload by %s refused: %s", author.name, exc)
            return None
        self.stats.uploads += 1
        return manifest.id()

    @property
    def post_ids(self) -> list[bytes]:
        """The ids of the posts the community made, oldest first."""
        return [p.id for p in self._posts]

    def _recent_posts(self, count: int = 40) -> list[_Post]:
        return self._posts[-count:]

    async def _do_vote(self) -> None:
        posts = self._recent_posts()
        if not posts:
            return
        voter = self._pick_member({})
        post = self.rng.choices(posts, [p.appeal for p in posts])[0]
        if post.author == voter.index or (voter.index, post.id) in self._votes:
            return
        self._votes.add((voter.index, post.id))
        value = -1 if self.rng.random() < 0.05 else 1
        if await self._act(voter.key, A.PostVote(post.id, value), self._api(voter.index)):
            self.stats.votes += 1

    async def _do_comment(self) -> None:
        posts = self._recent_posts(20)
        if not posts:
            return
        who = self._pick_member({})
        post = self.rng.choices(posts, [p.appeal for p in posts])[0]
        if await self._act(who.key, A.Comment(post.id, self.rng.choice(COMMENTS), b""), self._api(who.index)):
            self.stats.comments += 1

    async def _do_follow(self) -> None:
        follower = self._pick_member({})
        target = self._pick_member(POSTERS, 0.5)
        if target.index == follower.index or (follower.index, target.actor_id) in self._follows:
            return
        await self._follow(follower, target.actor_id)

    async def _follow(self, follower: Member, target: bytes) -> None:
        self._follows.add((follower.index, target))
        if await self._act(follower.key, A.Follow(target, 1), self._api(follower.index)):
            self.stats.follows += 1

    async def _do_endorse(self) -> None:
        endorser = self._pick_member({})
        target = self.rng.choice([m for m in self.members if m.skills])
        skill = self.rng.choice(target.skills)
        if target.index == endorser.index or (endorser.index, target.index, skill) in self._endorsed:
            return
        self._endorsed.add((endorser.index, target.index, skill))
        endorsement = A.Endorsement(target.actor_id, skill, b"", "Worked with them: recommended.")
        if await self._act(endorser.key, endorsement, self._api(endorser.index)):
            self.stats.endorsements += 1

    async def _do_order(self) -> None:
        if not self._listings:
            return
        buyer = self._pick_member({Role.CUSTOMER: 4.0, Role.AGENCY: 2.0, Role.PRODUCER: 2.0})
        listing = self.rng.choice(self._listings)
        if listing.seller == buyer.index:
            return
        note = f"Order from {buyer.name} ({buyer.region})."
        order_id = await self._act(buyer.key, A.Order(listing.id, 1, listing.price, note), self._api(buyer.index))
        if order_id is not None:
            self.stats.orders += 1
            seller = self.members[listing.seller]
            skill = seller.skills[0] if seller.skills else ""
            self._order_serial += 1
            self._orders.append(
                _Order(
                    self._order_serial,
                    order_id,
                    listing.id,
                    buyer.index,
                    listing.seller,
                    last_action=order_id,
                    skill=skill,
                )
            )

    async def _advance_orders(self) -> None:
        """Move up to two open orders one step: accept, deliver, release, rate (and endorse on the record)."""
        moved = 0
        for order in list(self._orders):
            if moved >= 2:
                break
            api = self._api(order.buyer)
            done = await self._committed(order.last_action, api)
            if done is None:
                continue
            if done is False:
                self._orders.remove(order)
                continue
            seller, buyer = self.members[order.seller], self.members[order.buyer]
            step: tuple[Member, A.Payload, str] | None = {
                "placed": (seller, A.OrderResponse(order.id, 1), "accepted"),
                "accepted": (
                    seller,
                    A.Delivery(order.id, b"", "Shipped / delivered as agreed."),
                    "delivered",
                ),
                "delivered": (buyer, A.Release(order.id), "released"),
                "released": (buyer, self._rating(order), "rated"),
            }.get(order.stage)
            if step is None:
                self._orders.remove(order)
                if order.skill:
                    endorsement = A.Endorsement(seller.actor_id, order.skill, order.id, "Great to work with.")
                    if await self._act(buyer.key, endorsement, self._api(buyer.index)):
                        self.stats.endorsements += 1
                continue
            who, payload, stage = step
            action_id = await self._act(who.key, payload, self._api(who.index))
            if action_id is None:
                self._orders.remove(order)
                continue
            order.last_action, order.stage = action_id, stage
            if stage == "released":
                self.stats.orders_completed += 1
            elif stage == "rated":
                self.stats.ratings += 1
            moved += 1

    def _rating(self, order: _Order) -> A.Rating:
        # Drawn per order: when an order reaches this step depends on block timing, not on the seed.
        rng = random.Random(f"rating/{self.seed}/{order.serial}")
        q, d, v, c = (max(1, min(5, round(rng.gauss(4.3, 0.8)))) for _ in range(4))
        review = "Exactly as described, would book again." if q >= 4 else "Okay, some delays."
        return A.Rating(order.id, q, d, v, c, review)

    async def _do_stream(self) -> None:
        streamers = [m for m in self.members if m.channel_key is not None and m.index not in self._streaming]
        if not streamers or not self.blobs_available:
            return
        member = self.rng.choice(streamers)
        self._streaming.add(member.index)
        parts = self.rng.randint(16, 40)
        palette = self.plan.pick_palette(self.rng, self.week, member.trendiness)[1]
        self._spawn(self._stream(member, parts, random.Random(self.rng.random()), palette))

    async def _stream(self, member: Member, parts: int, rng: random.Random, palette: tuple[int, ...]) -> None:
        assert member.channel_key is not None
        assert self._session is not None
        key = member.channel_key.public_key.raw
        api = self._api(member.index)
        title = f"{member.name.split()[0]}: {rng.choice(['backstage', 'fitting', 'studio session', 'Q&A'])}"
        try:
            announced = await self._act(member.key, A.Stream(key, title, 1, ()), api)
            if announced is None:
                return
            self.stats.streams += 1
            if not HAVE_AV:
                return
            source = LiveSource(rng, palette)
            url = self.service_urls[member.index % len(self.service_urls)]
            async with StreamPublisher(self._session, url, member.channel_key) as publisher:
                for _ in range(parts):
                    media = await asyncio.to_thread(source.next_part)
                    await publisher.send_media(media, source.part_ms, True)
                    self.stats.stream_parts += 1
                    self.live_channels.add(key)
                    self.progressed.set()
                    await asyncio.sleep(source.part_ms / 1000)  # a live source's real pace
                self.live_channels.discard(key)
                await publisher.end()
        except (ServiceClientError, aiohttp.ClientError, NodeApiError) as exc:
            log.debug("stream by %s stopped: %s", member.name, exc)
        finally:
            self.live_channels.discard(key)
            self._streaming.discard(member.index)
            with contextlib.suppress(NodeApiError, aiohttp.ClientError, TimeoutError):
                await self._act(member.key, A.Stream(key, title, 0, ()), api)

    # ---- the app joins ----------------------------------------------------------------------------------

    async def welcome(self, actor: bytes, *, fund: bool = True) -> None:
        """Let someone (the app's user) join as one more member: the faucet funds them (unless `fund` is
        False: they were funded already), a few demo members follow them and, once the messenger exists and
        is passed as `messenger`, two of them say hello."""
        if actor in self.welcomed or actor in self._member_ids:
            return
        self.welcomed.add(actor)
        if fund:
            with contextlib.suppress(NodeApiError):
                await self._apis[0].faucet(actor)
        greeters = random.Random(f"welcome/{self.seed}/{actor.hex()}").sample(self.members, GREETERS)
        for member in greeters:
            if (member.index, actor) not in self._follows:
                await self._follow(member, actor)
        if self.messenger is None:
            # HOOK: the messenger comes later; pass one as `messenger` and two greeters message newcomers.
            log.info("welcomed %s (followed by %d members; no greeting: no messenger)", encode_address(actor), GREETERS)
        else:
            for member in greeters[:2]:
                text = f"Hi! I'm {member.name}, {member.role.name.lower()} in {member.region}. Welcome!"
                await self.messenger.send_text(member.key, actor, text)
        self.stats.welcomed += 1
        self.progressed.set()

    async def _watch_faucet(self) -> None:
        """Welcome every address the devnet's faucet funds: that is how the app joins the demo."""
        assert self._session is not None
        assert self.faucet is not None
        faucet = encode_address(self.faucet)
        url = self.api_urls[0].replace("http", "ws", 1) + "/v1/ws?topics=events"
        while True:
            try:
                async with self._session.ws_connect(url, heartbeat=20) as ws:
                    async for msg in ws:
                        if msg.type is not aiohttp.WSMsgType.TEXT:
                            continue
                        for actor in _faucet_recipients(json.loads(msg.data), faucet):
                            await self.welcome(actor, fund=False)
            except (aiohttp.ClientError, TimeoutError, ValueError, NodeApiError) as exc:
                log.info("lost the node's event stream (%s); reconnecting", exc)
            await asyncio.sleep(2.0)  # the node is restarting: try again in a moment

    # ---- ground truth -----------------------------------------------------------------------------------

    def ground_truth(self) -> dict[str, object]:
        truth = self.plan.ground_truth()
        truth.update(
            {
                "version": 1,
                "file_version": 1,
                "about": "Planted trends of the simulated community. Week w spans blocks first_height.."
                "last_height; a trend detector looking at posts' tags and palettes by week should find the "
                "'rising' ones gaining share and the 'fading' ones losing it.",
                "ticks_per_week": self.ticks_per_week,
                "tick": self.tick,
                "start_ms": self.started_ms,
                "end_ms": int(time.time() * 1000),
                "members": [
                    {
                        "name": m.name,
                        "role": m.role.name.lower(),
                        "region": m.region,
                        "address": encode_address(m.actor_id),
                    }
                    for m in self.members
                ],
                "observed_weeks": [
                    {
                        "week": w.week,
                        "first_height": w.first_height,
                        "last_height": w.last_height or self._height,
                        "tag_counts": dict(sorted(w.tags.items())),
                        "palette_counts": dict(sorted(w.palettes.items())),
                    }
                    for w in self._weeks
                ],
                "stats": asdict(self.stats),
            }
        )
        return truth

    def _resume(self) -> None:
        """Continue the simulated weeks of an earlier run on the same devnet (same seed), if there was one."""
        path = self.data_dir / GROUND_TRUTH_FILE
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            if doc.get("seed") != self.seed:
                return
            tick = int(doc["tick"])
            # Started again at another pace of weeks: carry on at the same simulated moment.
            tick = round(tick * self.ticks_per_week / max(1, int(doc.get("ticks_per_week", self.ticks_per_week))))
            weeks = [
                _Week(
                    int(w["week"]),
                    int(w["first_height"]),
                    int(w["last_height"]),
                    Counter({str(k): int(v) for k, v in w["tag_counts"].items()}),
                    Counter({str(k): int(v) for k, v in w["palette_counts"].items()}),
                )
                for w in doc["observed_weeks"]
            ]
            started = int(doc["start_ms"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return
        self.tick, self._weeks, self.started_ms = tick, weeks, started
        self.stats.ticks = tick
        log.info("continuing the community of seed %d at tick %d (week %d)", self.seed, tick, int(self.week))

    def write_ground_truth(self) -> Path:
        """Write the ground truth atomically beside the devnet's data."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        path = self.data_dir / GROUND_TRUTH_FILE
        fd, tmp = tempfile.mkstemp(dir=self.data_dir, prefix=".truth-")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(self.ground_truth(), f, indent=1)
            f.write("\n")
        os.replace(tmp, path)
        return path

    # ---- running ----------------------------------------------------------------------------------------

    async def run(self, *, stop: asyncio.Event | None = None, max_ticks: int | None = None) -> CommunityStats:
        """Act until `stop` is set or `max_ticks` activities are done (forever if neither is given)."""
        stop = stop or asyncio.Event()
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as session:
            self._session = session
            self._apis = [NodeApi(session, url) for url in self.api_urls]
            self._blobs = [BlobClient(session, url) for url in self.service_urls]
            try:
                if not await _unless_stopped(self._setup(), stop):
                    return self.stats
                while not stop.is_set() and (max_ticks is None or self.tick < max_ticks):
                    try:
                        await self._step()
                    except (NodeApiError, aiohttp.ClientError, TimeoutError) as exc:
                        log.warning("community step failed: %s", exc)
                    if self.tick % 20 == 0:
                        self.write_ground_truth()
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(stop.wait(), self.pace)
            finally:
                for task in list(self._tasks):
                    task.cancel()
                await asyncio.gather(*self._tasks, return_exceptions=True)
                if self._weeks:
                    self._weeks[-1].last_height = self._height
                self.write_ground_truth()
                self._session = None
        return self.stats


async def run_community(
    api_urls: Sequence[str],
    genesis_accounts_keys: Sequence[PrivateKey],
    *,
    seed: int,
    data_dir: Path,
    pace: float,
    ticks_per_week: int = DEFAULT_TICKS_PER_WEEK,
    stop: asyncio.Event | None = None,
    max_ticks: int | None = None,
    messenger: Messenger | None = None,
    service_urls: Sequence[str] | None = None,
    faucet: bytes | None = None,
) -> CommunityStats:
    """Run the simulated community against a devnet: `genesis_accounts_keys` fund its members, the ground
    truth of its planted trends goes to `data_dir`/community_ground_truth.json, and `pace` seconds pass
    between activities; every address `faucet` funds is welcomed. Runs until `stop` is set (or
    `max_ticks`), then returns what it did."""
    community = Community(
        api_urls,
        genesis_accounts_keys,
        seed=seed,
        data_dir=data_dir,
        pace=pace,
        ticks_per_week=ticks_per_week,
        messenger=messenger,
        service_urls=service_urls,
        faucet=faucet,
    )
    return await community.run(stop=stop, max_ticks=max_ticks)


async def _unless_stopped(work: Coroutine[object, object, None], stop: asyncio.Event) -> bool:
    """Run `work` unless `stop` is set first (then cancel it); True if it completed."""
    task = asyncio.ensure_future(work)
    stopper = asyncio.ensure_future(stop.wait())
    try:
        await asyncio.wait({task, stopper}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        stopper.cancel()
        if not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
    if task.cancelled():
        return False
    task.result()
    return True


def _faucet_recipients(frame: object, faucet: str) -> list[bytes]:
    """The actors a block's events show the faucet paying (from an `events` frame of /v1/ws)."""
    if not isinstance(frame, dict) or frame.get("type") != "events":
        return []
    out: list[bytes] = []
    for event in frame.get("events", []):
        actors = event.get("actors", []) if isinstance(event, dict) else []
        if event.get("kind") == "transfer" and len(actors) == 2 and actors[0] == faucet:
            with contextlib.suppress(AddressError, TypeError):
                out.append(decode_address(actors[1]))
    return out
