"""The social service of one session: discovers posts, comments and proposals in verified blocks, proves every
record it shows, keeps the viewer's saved and hidden posts, ranks feeds and performs the social actions.
Qt-free: screens subscribe with `on_change`; tests await `wait_for`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import tempfile
import time
import weakref
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import aiohttp

from etalonium_desktop.services.verified_feed import VerifiedBlockFeed
from lightnode.errors import LightClientError, NoProvidersError, ProviderError
from lightnode.protocol import actions as A
from lightnode.protocol import state as S
from lightnode.protocol.encoding import ONE_EXC
from lightnode.protocol.errors import ProtocolError
from lightnode.store import OutboxStatus
from lightnode.submitter import ActionReport

from .discovery import BlockFacts, ChainSource, LightClientSource, gather_limited, read_block
from .notifications import Notifications
from .ranking import Feed, FeedList, PostFacts, PostTable, Viewer, interests_from, rank

log = logging.getLogger(__name__)

#: How far back a new profile looks for posts (blocks); older ones are found when they get new votes.
DEFAULT_BACKFILL_BLOCKS = 3_000
#: Blocks read per step (fetched concurrently, then proven together).
SCAN_BATCH = 16
ACTION_TIMEOUT_S = 120.0
#: Storage bought before the first photo post, if the account has less.
STORAGE_WANTED = 64 * 1024 * 1024
STORAGE_FUEL = ONE_EXC // 16
#: Authors whose reputation is proven again when an epoch ends (those of the newest posts).
MAX_AUTHOR_REFRESH = 300
_PERSIST_EVERY_S = 3.0
_RETRY_S = 2.0


class SocialError(Exception):
    """A social action that did not happen, with a sentence that says why and what to do."""


@dataclass(frozen=True, slots=True)
class ProvenPost:
    post_id: bytes
    record: S.PostRecord
    #: The height the record was proven at.
    height: int
    promotion: S.PromotionRecord | None = None


def _shared_source(network: Any) -> ChainSource:
    """The network's verified block feed, which the assistant reads through too (each block fetched once);
    a plain source for a network that cannot key the shared one (test doubles)."""
    try:
        return VerifiedBlockFeed.of(network)
    except TypeError:  # not weak-referenceable
        return LightClientSource(network)


class SocialService:
    """See the module docstring. One per session: use `SocialService.of(session)`."""

    _of: ClassVar[weakref.WeakKeyDictionary[Any, SocialService]] = weakref.WeakKeyDictionary()

    @classmethod
    def of(cls, session: Any) -> SocialService:
        """The session's service, created and started on first use."""
        service = cls._of.get(session)
        if service is None:
            service = cls._of[session] = cls(session)
            service.start()
        return service

    def __init__(
        self,
        session: Any,
        source: ChainSource | None = None,
        *,
        backfill_blocks: int = DEFAULT_BACKFILL_BLOCKS,
        persist: bool = True,
    ) -> None:
        self.session = session
        self.me: bytes = session.actor
        self.source: ChainSource = source if source is not None else _shared_source(session.network)
        self.backfill_blocks = backfill_blocks
        self.persist = persist
        self.table = PostTable()
        self.posts: dict[bytes, ProvenPost] = {}
        self.profiles: dict[bytes, S.ProfileRecord] = {}
        self.reputations: dict[bytes, S.Reputation] = {}
        self.badges: dict[bytes, S.Badges] = {}
        self.skill_names: dict[bytes, list[str]] = {}
        self.skills: dict[tuple[bytes, str], S.SkillRecord] = {}
        self.comments: dict[bytes, list[bytes]] = {}
        self.comment_records: dict[bytes, S.CommentRecord] = {}
        self.proposals: dict[bytes, S.ProposalRecord] = {}
        self.my_ballots: dict[bytes, S.BallotRecord] = {}
        self.follows: set[bytes] = set()
        self.my_votes: dict[bytes, int] = {}
        self.saved: list[bytes] = []
        self.hidden: set[bytes] = set()
        self.reported: set[bytes] = set()
        self.params = S.Params.of()
        self.epoch = S.GENESIS_EPOCH
        self.rewards = S.EMPTY_REWARDS
        self.fund = 0
        self.reward_pool = 0
        self.reputation_total = 0
        self.scanned_from = 0
        self.scanned_upto = 0
        self.backfill_floor = 0
        self.verified_height = 0
        self.error = ""
        self._listeners: list[Callable[[str], None]] = []
        self._changed: asyncio.Event | None = None
        self._wake: asyncio.Event | None = None
        self._task: asyncio.Future[None] | None = None
        self._closed = False
        self._last_persist = 0.0
        self._chain = ""
        self._thumbnails: Any = None
        self._backfill_failures = 0
        self._backfill_single = False
        self.notifications = Notifications(alert=self._alert, names=self.name_of)
        self.notifications.changed.append(self._notices_changed)
        self._notices_dirty = False
        self._notices_saver: asyncio.Future[None] | None = None
        network = getattr(session, "network", None)
        if network is not None and hasattr(network, "on_header"):
            network.on_header(lambda _height: self.wake())

    # -- change notification ---------------------------------------------------------------------------------
    def on_change(self, listener: Callable[[str], None], owner: Any = None) -> Callable[[], None]:
        """`listener(what)`: "posts", "post", "proposals", "profile", "progress" or "error". Returns the
        function that unsubscribes it; given a QObject `owner`, that happens when the owner is destroyed."""
        self._listeners.append(listener)

        def remove(*_: object) -> None:
            with contextlib.suppress(ValueError):
                self._listeners.remove(listener)

        if owner is not None:
            owner.destroyed.connect(remove)
        return remove

    def _notify(self, what: str) -> None:
        if self._changed is not None:
            self._changed.set()
            self._changed = None
        for listener in list(self._listeners):
            try:
                listener(what)
            except Exception:  # a screen's failure must not stop the service
                log.exception("a social listener failed")

    async def wait_for(self, predicate: Callable[[], bool], timeout_s: float = 60.0) -> None:
        """Return when `predicate()` holds, re-checking after every change (no polling)."""
        async with asyncio.timeout(timeout_s):
            while not predicate():
                if self._changed is None:
                    self._changed = asyncio.Event()
                await self._changed.wait()

    def wake(self) -> None:
        if self._wake is not None:
            self._wake.set()

    # -- running -----------------------------------------------------------------------------------------------
    def start(self) -> None:
        if self._task is None:
            spawn = getattr(self.session, "spawn", None)
            self._task = spawn(self.run()) if spawn is not None else asyncio.ensure_future(self.run())

    async def run(self) -> None:
        self._wake = asyncio.Event()
        network = getattr(self.session, "network", None)
        while network is not None and hasattr(network, "wait_ready"):
            try:
                await network.wait_ready(60.0)
                break
            except TimeoutError:
                continue  # offline for now: the feed waits for the network
        await self.load()
        while not self._closed:
            self._wake.clear()
            try:
                busy = await self.step()
            except (ProviderError, NoProvidersError, LightClientError, aiohttp.ClientError, OSError) as exc:
                self.error = f"The feed could not be brought up to date ({exc}); it retries by itself."
                log.info("social scan failed: %s", exc)
                self._notify("error")
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), _RETRY_S)
                continue
            if self.error:
                self.error = ""
                self._notify("error")
            if not busy:
                await self._wake.wait()

    @property
    def thumbnails(self) -> Any:
        """The session's ThumbnailSource (None without a network)."""
        if self._thumbnails is None:
            network = getattr(self.session, "network", None)
            if network is not None and hasattr(network, "node_urls"):
                from .thumbnails import ThumbnailSource

                cache = getattr(getattr(self.session, "profile", None), "media_cache", None)
                self._thumbnails = ThumbnailSource(lambda: network.node_urls, cache)
        return self._thumbnails

    @classmethod
    async def shutdown(cls, session: Any) -> None:
        """Stop the session's service (if it has one), saving what it found and closing its connections."""
        service = cls._of.pop(session, None)
        if service is not None:
            await service.aclose()

    async def aclose(self) -> None:
        self._closed = True
        self.wake()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
        await self.save_index()
        if self._notices_saver is not None:
            with contextlib.suppress(Exception):
                await self._notices_saver
        for holder in (self.source, self._thumbnails):
            close = getattr(holder, "aclose", None)
            if close is not None:
                await close()

    # -- what is remembered between runs -------------------------------------------------------------------------
    def _index_key(self) -> str:
        return f"social.index.{self._chain}"

    def _notices_key(self) -> str:
        return f"social.notices.{self._chain}"

    def _alert(self, title: str, text: str) -> None:
        notify = getattr(self.session, "notify", None)
        if notify is not None:
            notify(title, text)

    def _notices_changed(self) -> None:
        self._notify("notices")
        if not self.persist or not self._chain:
            return
        self._notices_dirty = True
        if self._notices_saver is None or self._notices_saver.done():
            self._notices_saver = asyncio.ensure_future(self._save_notices())

    async def _save_notices(self) -> None:
        """Write the notifications until no change is left unsaved (one writer, so the newest list wins)."""
        settings = self.session.profile.settings
        while self._notices_dirty:
            self._notices_dirty = False
            try:
                await asyncio.to_thread(settings.set_json, self._notices_key(), self.notifications.document())
            except Exception:  # kept in memory; the next change writes it again
                log.exception("the notifications could not be saved")
                return

    def mark_notices_read(self) -> None:
        self.notifications.mark_all_read()

    def _chain_id(self) -> str:
        """What the index and notifications are filed under: the chain id and its genesis, as the assistant
        files its data, so that a devnet recreated under the same id starts over instead of showing the old
        chain's posts."""
        network = getattr(self.session, "network", None)
        state = getattr(network, "state", None)
        chain = str(getattr(state, "chain_id", "") or "local")
        genesis = getattr(getattr(network, "client", None), "genesis", None)
        return f"{chain}.{genesis.hash()[:6].hex()}" if genesis is not None else chain

    async def load(self) -> None:
        """The ids found before and their last proven records: the feed shows at once, offline too."""
        self._chain = self._chain_id()
        if not self.persist:
            return
        settings = self.session.profile.settings
        index = await asyncio.to_thread(settings.get_json, self._index_key(), {})
        local = await asyncio.to_thread(settings.get_json, "social.local", {})
        self.saved = [bytes.fromhex(h) for h in local.get("saved", [])]
        self.hidden = {bytes.fromhex(h) for h in local.get("hidden", [])}
        self.reported = {bytes.fromhex(h) for h in local.get("reported", [])}
        try:
            notices = await asyncio.to_thread(settings.get_json, self._notices_key(), {})
        except Exception as exc:  # a damaged entry: start a new list rather than lose the feed
            log.warning("the saved notifications could not be read (%s); starting a new list", exc)
            notices = {}
        self.notifications.load(notices)
        if self.notifications.notices:
            self._notify("notices")
        if not index:
            return
        self.scanned_from = int(index.get("from", 0))
        self.scanned_upto = int(index.get("upto", 0))
        self.backfill_floor = int(index.get("floor", 0))
        self.follows = {bytes.fromhex(h) for h in index.get("follows", [])}
        self.my_votes = {bytes.fromhex(k): int(v) for k, v in index.get("votes", {}).items()}
        self.comments = {bytes.fromhex(k): [bytes.fromhex(c) for c in v] for k, v in index.get("comments", {}).items()}
        self.skill_names = {bytes.fromhex(k): list(v) for k, v in index.get("skills", {}).items()}
        for pid in index.get("proposals", []):
            cached = await self.source.cached(S.proposal_key(bytes.fromhex(pid)), S.ProposalRecord)
            if cached is not None and cached.value is not None:
                self.proposals[bytes.fromhex(pid)] = cached.value
        ids = [bytes.fromhex(h) for h in index.get("posts", [])]
        for start in range(0, len(ids), 500):
            for post_id in ids[start : start + 500]:
                cached_post = await self.source.cached(S.post_key(post_id), S.PostRecord)
                if cached_post is None or cached_post.value is None:
                    continue
                promo = await self.source.cached(S.promotion_key(post_id), S.PromotionRecord)
                self._keep_post(post_id, cached_post.value, cached_post.height, promo.value if promo else None)
            self._notify("posts")
        for actor in {p.record.author for p in self.posts.values()} | {self.me}:
            await self._load_actor(actor)
        self._notify("profile")

    async def _load_actor(self, actor: bytes) -> None:
        profile = await self.source.cached(S.profile_key(actor), S.ProfileRecord)
        if profile is not None and profile.value is not None:
            self.profiles[actor] = profile.value
        reputation = await self.source.cached(S.reputation_key(actor), S.Reputation)
        if reputation is not None and reputation.value is not None:
            self.reputations[actor] = reputation.value

    async def save_index(self, *, force: bool = True) -> None:
        if not self.persist or not self._chain:
            return
        now = time.monotonic()
        if not force and now - self._last_persist < _PERSIST_EVERY_S:
            return
        self._last_persist = now
        index = {
            "from": self.scanned_from,
            "upto": self.scanned_upto,
            "floor": self.backfill_floor,
            "posts": [p.hex() for p in self.posts],
            "proposals": [p.hex() for p in self.proposals],
            "follows": [a.hex() for a in self.follows],
            "votes": {p.hex(): v for p, v in self.my_votes.items()},
            "comments": {p.hex(): [c.hex() for c in cs] for p, cs in self.comments.items()},
            "skills": {a.hex(): names for a, names in self.skill_names.items()},
        }
        settings = self.session.profile.settings
        with contextlib.suppress(Exception):
            await asyncio.to_thread(settings.set_json, self._index_key(), index)

    async def _save_local(self) -> None:
        if not self.persist:
            return
        local = {
            "saved": [p.hex() for p in self.saved],
            "hidden": [p.hex() for p in self.hidden],
            "reported": [p.hex() for p in self.reported],
        }
        await asyncio.to_thread(self.session.profile.settings.set_json, "social.local", local)

    # -- scanning verified blocks --------------------------------------------------------------------------------
    @property
    def progress(self) -> tuple[int, int]:
        """(blocks read, blocks to read) of the backfill, for a progress bar."""
        if not self.scanned_upto or not self.backfill_floor:
            return 0, 0
        total = self.scanned_upto - self.backfill_floor + 1
        done = self.scanned_upto - self.scanned_from + 1
        return max(0, min(done, total)), max(0, total)

    async def step(self) -> bool:
        """Read the next batch of blocks (new ones first, then older ones); False when there is none."""
        tip = self.source.verified_height()
        if tip < 1:
            return False
        if not self.scanned_upto:
            self.scanned_upto = tip - 1
            self.scanned_from = tip
            self.backfill_floor = max(1, tip - self.backfill_blocks)
        if tip > self.scanned_upto:
            heights = list(range(self.scanned_upto + 1, min(tip, self.scanned_upto + SCAN_BATCH) + 1))
            await self._read(heights)
            self.scanned_upto = heights[-1]
            if self.scanned_upto == tip:
                await self._refresh_chain_state()
            self._notify("progress")
            await self.save_index(force=False)
            return True
        if self.scanned_from > self.backfill_floor:
            # After a failure, one block at a time: as far back as the nodes can serve.
            batch = 1 if self._backfill_single else SCAN_BATCH
            first = max(self.backfill_floor, self.scanned_from - batch)
            heights = list(range(first, self.scanned_from))
            try:
                await self._read(heights)
            except (ProviderError, LightClientError) as exc:
                self._backfill_failures += 1
                self._backfill_single = True
                if self._backfill_failures < 3:
                    raise
                # The nodes cannot serve (or prove) older blocks: stop looking further back.
                log.info("older blocks cannot be read (%s); the feed starts at height %d", exc, self.scanned_from)
                self.backfill_floor = self.scanned_from
                self._notify("progress")
                return True
            self._backfill_failures = 0
            self.scanned_from = first
            self._notify("progress")
            await self.save_index(force=self.scanned_from == self.backfill_floor)
            return True
        return False

    async def _read(self, heights: Sequence[int]) -> None:
        blocks = await asyncio.gather(*(self.source.block(h) for h in heights))
        facts = [read_block(b, self.me) for b in blocks]
        await self._apply(facts)

    async def _apply(self, facts: Iterable[BlockFacts]) -> None:
        posts: set[bytes] = set()
        promotions: set[bytes] = set()
        proposals: set[bytes] = set()
        actors: set[bytes] = set()
        comments: set[bytes] = set()
        follows: set[bytes] = set()
        votes: set[bytes] = set()
        ballots: set[bytes] = set()
        for f in facts:
            posts.update(f.new_posts)
            posts.update(f.touched_posts)
            promotions.update(f.promotions)
            proposals.update(f.new_proposals)
            proposals.update(f.touched_proposals)
            actors.update(f.actors)
            for post_id, comment_id in f.comments:
                known = self.comments.setdefault(post_id, [])
                if comment_id not in known:
                    known.append(comment_id)
                    comments.add(comment_id)
            for actor, skill in f.skills:
                self._remember_skill(actor, skill)
            follows.update(target for target, _ in f.my_follows)
            votes.update(post for post, _ in f.my_votes)
            ballots.update(p for p, _ in f.my_ballots)
        jobs: list[Awaitable[None]] = [
            self._prove_post(p, promoted=self._may_be_promoted(p, promotions)) for p in posts
        ]
        jobs += [self._prove_proposal(p) for p in proposals]
        jobs += [self._prove_follow(a) for a in follows]
        jobs += [self._prove_my_vote(p) for p in votes]
        jobs += [self._prove_ballot(p) for p in ballots]
        jobs += [self._prove_comment(c) for c in comments]
        await gather_limited(jobs)
        authors = {self.posts[p].record.author for p in posts if p in self.posts}
        await gather_limited([self._prove_actor(a) for a in actors | authors])
        if posts or promotions:
            self._notify("posts")
        if proposals or ballots:
            self._notify("proposals")
        if actors or authors:
            self._notify("profile")
        if comments:
            self._notify("post")

    def _may_be_promoted(self, post_id: bytes, promotions: set[bytes]) -> bool:
        known = self.posts.get(post_id)
        return post_id in promotions or (known is not None and known.promotion is not None)

    async def _refresh_chain_state(self) -> None:
        """At the tip: parameters, the epoch, the viewer's rewards and reputation, open proposals, promotions
        that have ended."""
        self.verified_height = self.source.verified_height()
        self.notifications.start(self.verified_height)
        params = await self.source.get(S.PARAMS_KEY, S.Params)
        if params.value is not None:
            self.params = params.value
        epoch = await self.source.get(S.EPOCH_KEY, S.EpochState)
        ended = (epoch.value or S.GENESIS_EPOCH).number != self.epoch.number
        self.epoch = epoch.value or S.GENESIS_EPOCH
        if ended:
            # Every reputation and badge may have changed at the end of the epoch.
            await self.refresh_authors()
        rewards = await self.source.get(S.reward_key(self.me), S.RewardTotals)
        self.rewards = rewards.value or S.EMPTY_REWARDS
        self.notifications.observe_rewards(self.rewards, rewards.height)
        fund = await self.source.get(S.FUND_KEY, S.Pool)
        self.fund = fund.value.amount if fund.value else 0
        pool = await self.source.get(S.REWARDS_KEY, S.Pool)
        self.reward_pool = pool.value.amount if pool.value else 0
        total = await self.source.get(S.REPUTATION_TOTAL_KEY, S.ReputationTotal)
        self.reputation_total = total.value.total if total.value else 0
        await self._prove_actor(self.me)
        self.notifications.observe_badges(self.badges[self.me], self.verified_height)
        open_ones = [p for p, r in self.proposals.items() if r.status == S.ProposalStatus.OPEN]
        await gather_limited([self._prove_proposal(p) for p in open_ones])
        for post_id, post in self.posts.items():
            promo = post.promotion
            if promo is not None and promo.until_height < self.verified_height:
                self._upsert_facts(post_id)
        self._notify("profile")

    # -- proving -------------------------------------------------------------------------------------------------
    def _keep_post(
        self, post_id: bytes, record: S.PostRecord, height: int, promotion: S.PromotionRecord | None
    ) -> None:
        self.posts[post_id] = ProvenPost(post_id, record, height, promotion)
        self._upsert_facts(post_id)

    def _upsert_facts(self, post_id: bytes) -> None:
        post = self.posts[post_id]
        r = post.record
        promo = post.promotion
        active = promo is not None and promo.until_height >= max(self.verified_height, post.height)
        self.table.upsert(
            PostFacts(
                post_id=post_id,
                author=r.author,
                created_ms=r.created_time_ms,
                created_height=r.created_height,
                up=r.up,
                down=r.down,
                score=r.score,
                comments=r.comments,
                reposts=r.reposts,
                reports=r.reports,
                tags=r.tags,
                kind=r.kind,
                promoted_paid=promo.total_paid if active and promo is not None else 0,
            )
        )

    async def _prove_post(self, post_id: bytes, *, promoted: bool = False) -> None:
        proven = await self.source.get(S.post_key(post_id), S.PostRecord)
        if proven.value is None:
            return  # the action failed: there is no such post
        promotion = self.posts[post_id].promotion if post_id in self.posts else None
        if promoted:
            promo = await self.source.get(S.promotion_key(post_id), S.PromotionRecord)
            promotion = promo.value
        self.verified_height = max(self.verified_height, proven.height)
        self._keep_post(post_id, proven.value, proven.height, promotion)
        if proven.value.author == self.me:
            self.notifications.observe_promotion(post_id, promotion, self.me, proven.height)

    async def _prove_actor(self, actor: bytes) -> None:
        profile = await self.source.get(S.profile_key(actor), S.ProfileRecord)
        if profile.value is not None:
            self.profiles[actor] = profile.value
        reputation = await self.source.get(S.reputation_key(actor), S.Reputation)
        self.reputations[actor] = reputation.value or S.EMPTY_REPUTATION
        badges = await self.source.get(S.badge_key(actor), S.Badges)
        self.badges[actor] = badges.value or S.Badges(())

    async def prove_skills(self, actor: bytes) -> list[S.SkillRecord]:
        """The actor's claimed skills (those seen claimed in verified blocks), each proven."""
        records: list[S.SkillRecord] = []
        for name in self.skill_names.get(actor, []):
            proven = await self.source.get(S.skill_key(actor, S.skill_id(name)), S.SkillRecord)
            if proven.value is not None:
                self.skills[(actor, S.slug(name))] = proven.value
                records.append(proven.value)
        return records

    async def _prove_comment(self, comment_id: bytes) -> None:
        proven = await self.source.get(S.comment_key(comment_id), S.CommentRecord)
        record = proven.value
        if record is None:
            return
        self.comment_records[comment_id] = record
        if record.reply_to and record.author != self.me:
            parent = self.comment_records.get(record.reply_to)
            if parent is None:
                proven_parent = await self.source.get(S.comment_key(record.reply_to), S.CommentRecord)
                parent = proven_parent.value
                if parent is not None:
                    self.comment_records[record.reply_to] = parent
            self.notifications.observe_reply(comment_id, record, parent, self.me)

    async def _prove_proposal(self, proposal_id: bytes) -> None:
        proven = await self.source.get(S.proposal_key(proposal_id), S.ProposalRecord)
        if proven.value is not None:
            self.proposals[proposal_id] = proven.value

    async def _prove_follow(self, target: bytes) -> None:
        proven = await self.source.get(S.follow_key(self.me, target), S.FollowRecord)
        if proven.value is None:
            self.follows.discard(target)
        else:
            self.follows.add(target)

    async def _prove_my_vote(self, post_id: bytes) -> None:
        proven = await self.source.get(S.vote_key(post_id, self.me), S.VoteRecord)
        if proven.value is None:
            self.my_votes.pop(post_id, None)
        else:
            self.my_votes[post_id] = proven.value.value

    async def _prove_ballot(self, proposal_id: bytes) -> None:
        proven = await self.source.get(S.ballot_key(proposal_id, self.me), S.BallotRecord)
        if proven.value is not None:
            self.my_ballots[proposal_id] = proven.value

    async def comments_of(self, post_id: bytes) -> list[tuple[bytes, S.CommentRecord]]:
        """The post's comments found so far, each proven (oldest first)."""
        missing = [c for c in self.comments.get(post_id, []) if c not in self.comment_records]
        await gather_limited([self._prove_comment(c) for c in missing])
        found = [(c, self.comment_records[c]) for c in self.comments.get(post_id, []) if c in self.comment_records]
        return sorted(found, key=lambda item: item[1].created_height)

    # -- reading ---------------------------------------------------------------------------------------------------
    def name_of(self, actor: bytes) -> str:
        profile = self.profiles.get(actor)
        if profile is not None:
            return profile.display_name
        from lightnode.protocol.address import encode_address

        return encode_address(actor)[:12] + "…"

    def viewer(self) -> Viewer:
        liked = [self.posts[p].record.tags for p, v in self.my_votes.items() if v > 0 and p in self.posts]
        liked += [self.posts[p].record.tags for p in self.saved if p in self.posts]
        liked += [p.record.tags for p in self.posts.values() if p.record.author == self.me]
        return Viewer(
            me=self.me,
            follows=frozenset(self.follows),
            hidden=frozenset(self.hidden | self.reported),
            author_reputation={a: r.score for a, r in self.reputations.items()},
            interests=interests_from(liked),
            names={a: p.display_name for a, p in self.profiles.items()},
            now_ms=int(time.time() * 1000),
            promotion_cap=self.params.get("promotion_cap"),
        )

    def feed(self, feed: Feed, viewer: Viewer | None = None) -> FeedList:
        return rank(self.table, feed, viewer or self.viewer())

    def posts_by(self, author: bytes) -> list[ProvenPost]:
        return sorted(
            (p for p in self.posts.values() if p.record.author == author),
            key=lambda p: -p.record.created_height,
        )

    # -- acting ------------------------------------------------------------------------------------------------------
    async def act(self, payload: A.Payload) -> ActionReport:
        """Submit, wait until the chain applied it, and raise SocialError with the reason if it did not."""
        try:
            report = await self.session.submit(payload)
            final: ActionReport = await self.session.wait(report.action_id, timeout_s=ACTION_TIMEOUT_S)
        except TimeoutError as exc:
            raise SocialError("The network did not take it in time; it stays queued and goes out later.") from exc
        except (LightClientError, ProtocolError) as exc:
            raise SocialError(f"It could not be sent: {exc}") from exc
        if final.status is not OutboxStatus.INCLUDED:
            raise SocialError(f"The chain refused it: {final.reason or final.status.value}.")
        return final

    async def vote(self, post_id: bytes, value: int) -> None:
        await self.act(A.PostVote(post_id, value))
        await gather_limited([self._prove_post(post_id), self._prove_my_vote(post_id)])
        if post_id in self.posts:
            await self._prove_actor(self.posts[post_id].record.author)
        self._notify("posts")

    async def comment(self, post_id: bytes, text: str, reply_to: bytes = b"") -> bytes:
        report = await self.act(A.Comment(post_id, text, reply_to))
        known = self.comments.setdefault(post_id, [])
        # The block scan may have found it while the action was awaited.
        if report.action_id not in known:
            known.append(report.action_id)
        await gather_limited([self._prove_comment(report.action_id), self._prove_post(post_id)])
        self._notify("post")
        self._notify("posts")
        return report.action_id

    async def follow(self, actor: bytes, on: bool = True) -> None:
        await self.act(A.Follow(actor, int(on)))
        await self._prove_follow(actor)
        self._notify("posts")

    async def repost(self, post_id: bytes, text: str = "") -> bytes:
        report = await self.act(A.Post(int(A.PostKind.TEXT), text, (), (), (), post_id, 0, ""))
        await gather_limited([self._prove_post(report.action_id), self._prove_post(post_id)])
        self._notify("posts")
        return report.action_id

    async def report(self, target: bytes, reason: str) -> None:
        await self.act(A.Report(target, reason))
        if len(target) == 32:
            self.reported.add(target)
            await self._prove_post(target)
        await self._save_local()
        self._notify("posts")

    async def promote(self, post_id: bytes, amount: int, blocks: int) -> None:
        await self.act(A.Promotion(post_id, amount, blocks))
        await self._prove_post(post_id, promoted=True)
        self._notify("posts")

    async def endorse(self, actor: bytes, skill: str, order: bytes = b"", comment: str = "") -> None:
        await self.act(A.Endorsement(actor, skill, order, comment))
        await self._prove_actor(actor)
        self._remember_skill(actor, skill)
        await self.prove_skills(actor)
        self._notify("profile")

    async def claim_skill(self, name: str, description: str = "") -> None:
        await self.act(A.SkillClaim(name, description))
        self._remember_skill(self.me, name)
        await self.prove_skills(self.me)
        self._notify("profile")

    def _remember_skill(self, actor: bytes, name: str) -> None:
        names = self.skill_names.setdefault(actor, [])
        if S.slug(name) not in {S.slug(n) for n in names}:
            names.append(name)

    async def refresh(self) -> None:
        """Prove the chain-wide figures (parameters, pools, epoch, the viewer's reputation) now."""
        await self._refresh_chain_state()

    async def refresh_authors(self, limit: int = MAX_AUTHOR_REFRESH) -> None:
        """Prove again the profiles, reputations and badges of the authors of the newest posts."""
        newest = sorted(self.posts.values(), key=lambda p: -p.record.created_height)
        authors = list(dict.fromkeys(p.record.author for p in newest))[:limit]
        await gather_limited([self._prove_actor(a) for a in authors])
        self._notify("profile")
        self._notify("posts")

    async def propose(self, payload: A.Proposal) -> bytes:
        report = await self.act(payload)
        await self._prove_proposal(report.action_id)
        self._notify("proposals")
        return report.action_id

    async def vote_on_proposal(self, proposal_id: bytes, choice: int) -> None:
        await self.act(A.ProposalVote(proposal_id, choice))
        await gather_limited([self._prove_proposal(proposal_id), self._prove_ballot(proposal_id)])
        self._notify("proposals")

    async def save(self, post_id: bytes, on: bool = True) -> None:
        if on and post_id not in self.saved:
            self.saved.insert(0, post_id)
        elif not on and post_id in self.saved:
            self.saved.remove(post_id)
        await self._save_local()
        self._notify("posts")

    async def hide(self, post_id: bytes, on: bool = True) -> None:
        if on:
            self.hidden.add(post_id)
        else:
            self.hidden.discard(post_id)
        await self._save_local()
        self._notify("posts")

    async def publish(
        self,
        text: str,
        *,
        tags: Sequence[str] = (),
        photos: Sequence[Path] = (),
        kind: A.PostKind | None = None,
        place: str = "",
        event_time_ms: int = 0,
        progress: Callable[[str], None] | None = None,
    ) -> bytes:
        """Upload the photos to the blob store (buying storage first if needed) and post."""
        media: list[Any] = []
        if photos:
            media = await self._upload(photos, progress or (lambda _text: None))
        from etalonium_desktop.media.upload import post_payload

        try:
            payload = post_payload(media, text=text, tags=tags, kind=kind, place=place, event_time_ms=event_time_ms)
        except ProtocolError as exc:
            raise SocialError(f"This post cannot be sent: {exc}") from exc
        if progress is not None:
            progress("Posting…")
        report = await self.act(payload)
        await self._prove_post(report.action_id)
        await self._prove_actor(self.me)
        self._notify("posts")
        return report.action_id

    async def _upload(self, photos: Sequence[Path], progress: Callable[[str], None]) -> list[Any]:
        from etalonium_desktop.media.errors import MediaError
        from etalonium_desktop.media.upload import MemoryStateStore, Uploader
        from lightnode.services_client import BlobClient, ServiceClientError

        account = await self.session.network.queries.account(self.me)
        if account.value is None or account.value.storage_quota < STORAGE_WANTED:
            progress("Buying storage for your photos…")
            await self.act(A.Fuel(STORAGE_FUEL))
        results = []
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120)) as http:
            clients = [BlobClient(http, url) for url in self.session.network.node_urls]
            with tempfile.TemporaryDirectory(prefix="etalonium-post-") as work:
                uploader = Uploader(clients, self.session.key, MemoryStateStore(), Path(work))
                for i, photo in enumerate(photos):
                    progress(f"Uploading photo {i + 1} of {len(photos)}…")
                    try:
                        results.append(await uploader.upload_photo(photo))
                    except (MediaError, ServiceClientError, aiohttp.ClientError, OSError) as exc:
                        raise SocialError(f"The photo {photo.name} could not be uploaded: {exc}") from exc
        return results
