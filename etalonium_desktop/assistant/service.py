"""The assistant of one session: reads verified blocks in height order (through the social service's verified
block source, with the records it already proved), turns their actions and proven records into the
assistant's events, trains in a worker process with progress and cancel, keeps its data and models in the
encrypted profile, and answers the screen's questions off the GUI thread.

Qt-free: screens subscribe with `on_change`; tests await `wait_for`. Threads: ingestion runs on the loop in
small slices; everything that reads the assistant's whole data (snapshots, trend reports, serialization, packing
a snapshot for the training process) runs in one of two worker threads while `_data_lock` keeps ingestion
waiting, so the GUI thread never blocks on the data layer's lock. Training itself runs in a spawned process
(`trainer.py`, `assistant.training_process`): a training thread held the GIL long enough to stall the GUI.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import threading
import time
import weakref
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import Any, ClassVar, TypeVar

import aiohttp
from PySide6.QtCore import QCoreApplication, QLocale

from assistant import (
    Advice,
    BlobError,
    BrandReport,
    Draft,
    DraftAdvice,
    ListingDraft,
    MarketModel,
    MediaType,
    NotEnoughDataError,
    PersonalAssistant,
    PostKind,
    PriceSuggestion,
    Role,
    Segment,
    Snapshot,
    TrainedModels,
    TrainingCancelledError,
    TrainingSettings,
    TrendReport,
    UserProfile,
)
from assistant.advice import brand_advice, draft_advice, market_advice, price_advice, trend_advice
from assistant.drafts import advise_draft
from assistant.libraries import analysis_libraries_loaded, load_analysis_libraries
from assistant.training import MODEL_FORMAT_VERSION
from assistant.trends import segments_with_data, trend_report
from etalonium_desktop.social.discovery import ChainSource, LightClientSource, VerifiedBlock, gather_limited
from etalonium_desktop.store.models import AssistantModel
from lightnode.errors import LightClientError, NoProvidersError, ProviderError
from lightnode.protocol import state as S

from .chain_clock import BlockTimeClock, ChainClock, clock_for
from .chain_records import Need, ProvenFacts, block_events, needs, second_needs
from .trainer import ProcessTrainer, TrainingProcessError, shared_trainer

log = logging.getLogger(__name__)

T = TypeVar("T")

#: How far back a new profile reads (blocks). The demo devnet's whole history fits; on a busy real network
#: this is hours, not the months trends compare (see docs/ASSISTANT.md, "Limits").
DEFAULT_BACKFILL_BLOCKS = 50_000
#: Blocks fetched together (concurrently), then proven and ingested in height order.
READ_BATCH = 16
#: Ingestion work per turn of the loop before it yields to Qt.
INGEST_SLICE_S = 0.008
#: Retrain by itself once the posts grew by this share since the last training, at most this often.
AUTO_TRAIN_GROWTH = 0.15
AUTO_TRAIN_INTERVAL_S = 300.0
SAVE_INTERVAL_S = 120.0
#: How often the loop looks again without a new header (the demo calendar may have moved on).
IDLE_POLL_S = 1.0
RETRY_S = 2.0
#: The stored state's format; anything else is rebuilt from the chain.
STATE_FORMAT = 1
_NETWORK_ERRORS = (ProviderError, NoProvidersError, LightClientError, aiohttp.ClientError, OSError, TimeoutError)


@dataclass(frozen=True, slots=True)
class AssistantStatus:
    """What the screen shows about the assistant's work."""

    #: "starting", "loading", "reading", "following", "offline" or "local" (no chain to read).
    phase: str = "starting"
    first_height: int = 0
    read_height: int = 0
    tip: int = 0
    n_posts: int = 0
    training: bool = False
    stage: str = ""
    fraction: float = 0.0
    #: Posts the installed models learned from (0: not trained yet).
    trained_posts: int = 0
    #: A sentence about the last training, cancel or problem ("" when there is nothing to say), and its tone:
    #: "done", "warning" or "error".
    message: str = ""
    tone: str = "done"
    clock: str = BlockTimeClock.label
    #: Where the data comes from when it is not the chain (sample data), shown with the status.
    note: str = ""

    @property
    def reading_progress(self) -> tuple[int, int]:
        """(blocks read, blocks to read) since the first height, for a progress bar."""
        if not self.first_height or self.tip < self.first_height:
            return 0, 0
        total = self.tip - self.first_height + 1
        return max(0, min(total, self.read_height - self.first_height + 1)), total


class _Scores(Mapping[bytes, int]):
    """Reputation scores from the social service's proven reputations (without copying them)."""

    def __init__(self, social: Any) -> None:
        self._social = social

    def _table(self) -> Mapping[bytes, Any]:
        table = getattr(self._social, "reputations", None)
        return table if isinstance(table, Mapping) else {}

    def __getitem__(self, actor: bytes) -> int:
        return int(self._table()[actor].score)

    def __iter__(self) -> Iterator[bytes]:
        return iter(self._table())

    def __len__(self) -> int:
        return len(self._table())


def blob_key(seed: bytes) -> bytes:
    """The key that authenticates the assistant's blobs: the profile's first account seed, hashed for this
    purpose only (the blobs themselves live inside the encrypted profile database)."""
    return hashlib.blake2b(seed, digest_size=32, person=b"exc/assistant-k").digest()


def local_utc_offset_minutes() -> int:
    return int(time.localtime().tm_gmtoff // 60)


class AssistantService:
    """See the module docstring. One per session: use `AssistantService.of(session)`."""

    _of: ClassVar[weakref.WeakKeyDictionary[Any, AssistantService]] = weakref.WeakKeyDictionary()

    @classmethod
    def of(cls, session: Any) -> AssistantService:
        """The session's assistant, created and started on first use (reusing its social service's feed)."""
        service = cls._of.get(session)
        if service is None:
            from etalonium_desktop.social.service import SocialService

            service = cls._of[session] = cls(session, social=SocialService.of(session))
            service.start()
        return service

    @classmethod
    async def shutdown(cls, session: Any) -> None:
        """Stop the session's assistant (if it has one): cancel training, save, close."""
        service = cls._of.pop(session, None)
        if service is not None:
            await service.aclose()

    def __init__(
        self,
        session: Any,
        *,
        social: Any = None,
        source: ChainSource | None = None,
        clock: ChainClock | None = None,
        settings: TrainingSettings | None = None,
        assistant: PersonalAssistant | None = None,
        backfill_blocks: int = DEFAULT_BACKFILL_BLOCKS,
        persist: bool = True,
        auto_train: bool = True,
        note: str = "",
        trainer: ProcessTrainer | None = None,
    ) -> None:
        self.session = session
        self.social = social
        network = getattr(session, "network", None)
        self._own_source = False
        if source is None and social is not None:
            source = social.source
        if source is None and network is not None:
            source = LightClientSource(network)
            self._own_source = True
        self.source: ChainSource | None = source
        self.clock: ChainClock = clock if clock is not None else clock_for(network)
        self.assistant = assistant or PersonalAssistant(None, settings=settings)
        self.backfill_blocks = backfill_blocks
        self.persist = persist and getattr(session, "profile", None) is not None
        self.auto_train = auto_train
        self.facts = ProvenFacts(reputations=_Scores(social))
        self.status = AssistantStatus(
            phase="starting" if source is not None else "local", clock=self.clock.label, note=note
        )
        self._listeners: list[Callable[[str], None]] = []
        self._changed: asyncio.Event | None = None
        self._wake: asyncio.Event | None = None
        self._task: asyncio.Future[None] | None = None
        self._closed = False
        self._data_lock = asyncio.Lock()
        #: Trains in a worker process (the process-wide one unless given); the thread packs its snapshots.
        self.trainer = trainer if trainer is not None else shared_trainer()
        self._train_pool = ThreadPoolExecutor(1, thread_name_prefix="assistant-train")
        self._query_pool = ThreadPoolExecutor(1, thread_name_prefix="assistant-query")
        self._training: asyncio.Future[TrainedModels | None] | None = None
        self._cancel = threading.Event()
        self._cancelled_at_posts = 0
        self._attempted_at_posts = 0
        self._last_train = -1e9
        self._last_save = time.monotonic()
        self._saved_models: TrainedModels | None = None
        self._saved_version = -1
        self._trend_cache: dict[Segment, tuple[int, TrendReport]] = {}
        self._segments: tuple[int, list[Segment]] | None = None
        #: Bumped by `forget`: a training started before it must not install its result afterwards.
        self._generation = 0
        self._as_of_ms = 0
        if assistant is not None and assistant.data.n_posts:
            self._as_of_ms = assistant.data.snapshot().as_of_ms
            self.status = replace(self.status, n_posts=assistant.data.n_posts)
        if assistant is not None and assistant.models is not None:
            self.status = replace(self.status, trained_posts=assistant.models.n_posts)
        if network is not None and hasattr(network, "on_header"):
            network.on_header(lambda _height: self.wake())

    # -- change notification ---------------------------------------------------------------------------------
    def on_change(self, listener: Callable[[str], None], owner: Any = None) -> Callable[[], None]:
        """`listener(what)`: "status", "data" (new events: trends may have moved) or "models" (a training
        finished). Returns the function that unsubscribes it; given a QObject `owner`, that happens when the
        owner is destroyed."""
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
                log.exception("an assistant listener failed")

    def _set(self, **changes: Any) -> None:
        self.status = replace(self.status, **changes)
        self._notify("status")

    async def wait_for(self, predicate: Callable[[], bool], timeout_s: float = 60.0) -> None:
        """Return when `predicate()` holds, re-checking after every change."""
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
        while network is not None and hasattr(network, "wait_ready") and not self._closed:
            try:
                await network.wait_ready(60.0)
                break
            except TimeoutError:
                self._set(phase="offline")
        await self.load()
        if self.source is None:
            self._set(phase="local")
            return
        while not self._closed:
            self._wake.clear()
            try:
                busy = await self.step()
            except _NETWORK_ERRORS as exc:
                log.info("assistant: reading blocks failed: %s", exc)
                self._set(phase="offline")
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), RETRY_S)
                continue
            if busy:
                continue
            if self.status.phase != "following":
                self._set(phase="following")
            self._maybe_train()
            await self._maybe_save()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), IDLE_POLL_S)

    async def aclose(self) -> None:
        """Cancel training (waiting for it to stop), save, and close what the service opened."""
        self._closed = True
        self.wake()
        self._cancel.set()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
        if self._training is not None:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await asyncio.wait_for(asyncio.shield(self._training), 60.0)
        with contextlib.suppress(Exception):
            await self.save()
        self._train_pool.shutdown(wait=False, cancel_futures=True)
        self._query_pool.shutdown(wait=False, cancel_futures=True)
        if self._own_source:
            close = getattr(self.source, "aclose", None)
            if close is not None:
                await close()
        self._listeners.clear()

    # -- reading verified blocks ---------------------------------------------------------------------------------
    async def step(self) -> bool:
        """Read, prove and ingest the next batch of blocks in height order; False when there is none yet."""
        if self.source is None:
            return False
        tip = self.source.verified_height()
        if tip < 1:
            return False
        if not self.status.first_height:
            first = max(1, tip - self.backfill_blocks + 1)
            self._set(first_height=first, read_height=first - 1)
        await self.clock.refresh()
        ready = self.clock.ready_height(tip)
        start = self.status.read_height + 1
        if ready < start:
            if tip != self.status.tip:
                self._set(tip=tip)
            return False
        heights = list(range(start, min(ready, start + READ_BATCH - 1) + 1))
        if self.status.phase != "reading" and ready - start > READ_BATCH:
            self._set(phase="reading", tip=tip)
        blocks = list(await asyncio.gather(*(self.source.block(h) for h in heights)))
        await self._prove(blocks)
        await self._ingest(blocks)
        self.facts.forget_block_values()
        self.facts.trim()
        self._set(tip=tip, n_posts=self.assistant.data.n_posts)
        self._notify("data")
        return True

    async def _prove(self, blocks: Sequence[VerifiedBlock]) -> None:
        self._take_from_social(blocks)
        for round_needs in (needs, second_needs):
            wanted = round_needs(blocks, self.facts)
            await gather_limited([self._prove_one(need) for need in wanted])

    async def _prove_one(self, need: Need) -> None:
        assert self.source is not None
        proven = await self.source.get(need.key, need.cls)
        self.facts.put(need, proven.value)

    def _take_from_social(self, blocks: Sequence[VerifiedBlock]) -> None:
        """Posts and profiles the social service proved already need no second proof."""
        social = self.social
        if social is None:
            return
        posts = getattr(social, "posts", {})
        profiles = getattr(social, "profiles", {})
        for block in blocks:
            for signed in block.actions:
                post_id = signed.id()
                known = posts.get(post_id)
                if known is not None and post_id not in self.facts.posts:
                    self.facts.posts[post_id] = known.record
                sender = signed.action.sender_id
                if sender in profiles and sender not in self.facts.profiles:
                    self.facts.profiles[sender] = profiles[sender]

    async def _ingest(self, blocks: Sequence[VerifiedBlock]) -> None:
        """Ingest in height order, yielding to Qt whenever a slice of work is used up."""
        loop = asyncio.get_running_loop()
        slice_start = loop.time()
        for block in blocks:
            async with self._data_lock:
                events = block_events(block, self.facts, self.clock.time_ms(block.height, block.time_ms))
                self.assistant.ingest(events)
                self._as_of_ms = max(self._as_of_ms, events.time_ms)
                self.status = replace(self.status, read_height=block.height)
            if loop.time() - slice_start > INGEST_SLICE_S:
                await asyncio.sleep(0)
                slice_start = loop.time()
        await asyncio.sleep(0)

    def ingest_blocks(self, blocks: Sequence[Any]) -> None:
        """Ingest ready-made `assistant.BlockEvents` (samples and tests that have no chain)."""
        for block in blocks:
            self.assistant.ingest(block)
            self._as_of_ms = max(self._as_of_ms, block.time_ms)
        self._set(n_posts=self.assistant.data.n_posts)
        self._notify("data")

    # -- off the GUI thread ----------------------------------------------------------------------------------------
    async def _in_thread(self, fn: Callable[..., T], *args: Any, pool: ThreadPoolExecutor | None = None) -> T:
        return await asyncio.get_running_loop().run_in_executor(pool or self._query_pool, fn, *args)

    @staticmethod
    def libraries_loaded() -> bool:
        """Whether scikit-learn and SciPy are imported (the app starts without them)."""
        return analysis_libraries_loaded()

    async def load_libraries(self) -> None:
        """Import scikit-learn and SciPy on a worker thread (1–2 s the first time), so that the event loop never
        waits for them; the page shows that it is loading meanwhile."""
        if not analysis_libraries_loaded():
            await self._in_thread(load_analysis_libraries)

    async def snapshot(self) -> Snapshot:
        """The data as of now (built in a worker thread while ingestion waits)."""
        async with self._data_lock:
            return await self._in_thread(self.assistant.data.snapshot)

    async def trends(self, segment: Segment | None = None) -> TrendReport:
        segment = segment or Segment()
        version = self.assistant.data.version
        cached = self._trend_cache.get(segment)
        if cached is not None and cached[0] == version:
            return cached[1]
        snap = await self.snapshot()
        report = await self._in_thread(trend_report, snap, segment, self.assistant.settings.trends)
        self._trend_cache = {k: v for k, v in self._trend_cache.items() if v[0] == version}
        self._trend_cache[segment] = (version, report)
        return report

    async def segments(self) -> list[Segment]:
        """Everyone, and the roles and regions with enough posts for their own trends."""
        version = self.assistant.data.version
        if self._segments is not None and self._segments[0] == version:
            return self._segments[1]
        snap = await self.snapshot()
        found = await self._in_thread(segments_with_data, snap, self.assistant.settings.trends)
        self._segments = (version, found)
        return found

    @property
    def models(self) -> TrainedModels | None:
        return self.assistant.models

    def brand(self) -> BrandReport | None:
        models = self.assistant.models
        return models.brand if models is not None else None

    def market(self) -> MarketModel | None:
        models = self.assistant.models
        return models.market if models is not None else None

    async def advise(self, draft: Draft) -> DraftAdvice | None:
        """The outlook and suggestions for a draft; None before the first training."""
        models = self.assistant.models
        if models is None:
            return None
        user = self.assistant.user or await self.user_profile()
        return await self._in_thread(advise_draft, models, draft, user)

    async def suggest_price(self, listing: ListingDraft) -> PriceSuggestion | None:
        if self.assistant.models is None:
            return None
        return await self._in_thread(self.assistant.suggest_price, listing)

    async def advice(self, draft: Draft | None = None, listing: ListingDraft | None = None) -> list[Advice]:
        """Everything the assistant would say now, most important first (trends work before training)."""
        user = self.assistant.user or await self.user_profile()
        report = await self.trends(Segment(role=user.role))
        if not report.enough_data:
            report = await self.trends()
        items = trend_advice(report)
        models = self.assistant.models
        if models is not None:
            if models.brand is not None:
                items.extend(brand_advice(models.brand, user))
            items.extend(market_advice(models.market))
            if draft is not None:
                items.extend(draft_advice(await self._in_thread(advise_draft, models, draft, user)))
            if listing is not None:
                suggestion = await self.suggest_price(listing)
                if suggestion is not None:
                    items.append(price_advice(suggestion))
        return sorted(items, key=lambda a: -a.priority)

    def now_ms(self) -> int:
        """The assistant's "now": the time of the newest block read (simulated on the demo devnet)."""
        return self._as_of_ms or int(time.time() * 1000)

    # -- the user ------------------------------------------------------------------------------------------------
    async def user_profile(self) -> UserProfile:
        """Who the user is: their proven public profile when there is one, else what they chose at first run."""
        me: bytes = getattr(self.session, "actor", b"")
        record = getattr(self.social, "profiles", {}).get(me) if self.social is not None else None
        if record is None and self.source is not None and me:
            with contextlib.suppress(*_NETWORK_ERRORS):
                record = (await self.source.get(S.profile_key(me), S.ProfileRecord)).value
        profile = getattr(self.session, "profile", None)
        role, region, skills = 0, "", []
        if record is not None:
            role, region = int(record.role), record.region
        if profile is not None:
            if not role:
                role = int(await asyncio.to_thread(profile.settings.get, "profile.role", 0) or 0)
            skills = list(await asyncio.to_thread(profile.settings.get_json, "profile.skills", []))
        user = UserProfile(
            actor=me,
            role=Role(role) if role in Role._value2member_map_ else Role.MODEL,
            region=region,
            skills=tuple(str(s) for s in skills),
            utc_offset_minutes=local_utc_offset_minutes(),
        )
        self.assistant.user = user
        return user

    # -- training ------------------------------------------------------------------------------------------------
    @property
    def training(self) -> bool:
        return self._training is not None and not self._training.done()

    def cancel_training(self) -> None:
        """Stop the running training (its worker process is terminated within `poll_s`); nothing changes."""
        if self.training:
            self._cancel.set()
            self._set(stage="cancelling")

    def train_now(self) -> asyncio.Future[TrainedModels | None]:
        """Start training (or join the one running); the result is None when cancelled or short of data."""
        if self._training is None or self._training.done():
            # The flag exists before the task runs, so a Cancel right after Learn is never lost.
            self._cancel = threading.Event()
            self._training = asyncio.ensure_future(self._train(self._cancel))
        return self._training

    async def _train(self, cancel: threading.Event) -> TrainedModels | None:
        generation = self._generation
        self._last_train = time.monotonic()
        self._set(training=True, stage="cancelling" if cancel.is_set() else "starting", fraction=0.0, message="")

        try:
            user = await self.user_profile()
            snap = await self.snapshot()
            self._attempted_at_posts = snap.n_posts
            settings = self.assistant.settings
            models = await self.trainer.train(
                snap, user, settings, self._on_progress, cancel, executor=self._train_pool
            )
        except TrainingCancelledError:
            self._cancelled_at_posts = self.assistant.data.n_posts
            self._set(
                training=False,
                stage="",
                message=QCoreApplication.translate(
                    "AssistantService", "Learning was cancelled; what was learned before is kept."
                ),
                tone="warning",
            )
            return None
        except NotEnoughDataError as exc:
            self._set(training=False, stage="", message=_not_enough_words(exc), tone="warning")
            return None
        except TrainingProcessError as exc:  # the worker was killed or crashed: say so, retry later
            log.warning("assistant training: %s", exc)
            message = QCoreApplication.translate("AssistantService", "Learning stopped unexpectedly; it will retry.")
            self._set(training=False, stage="", message=message, tone="error")
            return None
        except Exception as exc:  # a bug in the models must not take the app down: say it, keep running
            log.exception("assistant training failed")
            self._set(
                training=False,
                stage="",
                message=QCoreApplication.translate(
                    "AssistantService", "Learning failed ({error}); it will retry."
                ).format(error=type(exc).__name__),
                tone="error",
            )
            return None
        if generation != self._generation:
            self._set(training=False, stage="")
            return None
        self.assistant.install(models)
        # Never fewer than the training minimum (hundreds), so one plural form serves.
        learned = QCoreApplication.translate("AssistantService", "Learned from {count} posts.")
        learned = learned.format(count=_count(models.n_posts))
        self._set(training=False, stage="", fraction=1.0, trained_posts=models.n_posts, message=learned, tone="done")
        self._notify("models")
        if self.persist and not self._closed:
            task = asyncio.ensure_future(self.save())
            task.add_done_callback(_log_failure)
        return models

    def _on_progress(self, stage: str, fraction: float) -> None:
        if self.training and self.status.stage != "cancelling":
            self._set(stage=stage, fraction=max(0.0, min(1.0, fraction)))

    def _maybe_train(self) -> None:
        """Train by itself when there is something new to learn from (never while reading a backlog)."""
        if not self.auto_train or self.training or self._closed:
            return
        posts = self.assistant.data.n_posts
        if posts < self.assistant.settings.min_posts:
            return
        if self._cancelled_at_posts and posts < self._cancelled_at_posts * (1 + AUTO_TRAIN_GROWTH):
            return  # the user stopped it: wait for clearly more data before trying again
        if self.assistant.models is None:
            if not self._attempted_at_posts or posts >= self._attempted_at_posts * (1 + AUTO_TRAIN_GROWTH):
                self.train_now()
            return
        grown = posts >= self.assistant.models.n_posts * (1 + AUTO_TRAIN_GROWTH)
        if grown and time.monotonic() - self._last_train >= AUTO_TRAIN_INTERVAL_S:
            self.train_now()

    # -- the encrypted profile -------------------------------------------------------------------------------------
    def storage_name(self) -> str:
        """What the stored data is filed under: the chain's id and genesis (a recreated devnet starts over)."""
        network = getattr(self.session, "network", None)
        chain = str(getattr(getattr(network, "state", None), "chain_id", "") or "local")
        genesis = getattr(getattr(network, "client", None), "genesis", None)
        suffix = genesis.hash()[:6].hex() if genesis is not None else "0"
        return f"{chain}.{suffix}"

    def _blob_key(self) -> bytes:
        return blob_key(self.session.profile.account_key(0).seed)

    async def save(self) -> None:
        """Store the data, the reading position and new models in the encrypted profile."""
        if not self.persist:
            return
        store = self.session.profile.assistant
        name = self.storage_name()
        key = self._blob_key()
        async with self._data_lock:
            version = self.assistant.data.version
            state = {
                "format": STATE_FORMAT,
                "clock": self.clock.label,
                "first_height": self.status.first_height,
                "read_height": self.status.read_height,
            }
            data_blob = None
            if version != self._saved_version:
                data_blob = await self._in_thread(self.assistant.data_to_bytes, key)
        models = self.assistant.models
        models_blob = None
        if models is not None and models is not self._saved_models:
            models_blob = await self._in_thread(self.assistant.models_to_bytes, key)

        def write() -> None:
            if data_blob is not None:
                store.put("data", name, data_blob)
                store.put("state", name, json.dumps(state).encode())
            if models_blob is not None and models is not None:
                store.save_model(
                    AssistantModel(
                        name=f"assistant.{name}",
                        version=MODEL_FORMAT_VERSION,
                        model=models_blob,
                        metrics=models.metrics_json(),
                        trained_at=models.trained_at_ms,
                    )
                )

        await asyncio.to_thread(write)
        self._saved_version = version
        self._saved_models = models
        self._last_save = time.monotonic()

    async def _maybe_save(self) -> None:
        if self.persist and time.monotonic() - self._last_save >= SAVE_INTERVAL_S:
            try:
                await self.save()
            except Exception as exc:  # e.g. the profile is locked: keep reading, save on a later turn
                self._last_save = time.monotonic()
                log.warning("the assistant's data could not be saved now: %s", exc)

    async def load(self) -> None:
        """What earlier runs learned: data, reading position and models (each refused if not authentic)."""
        if not self.persist:
            return
        self._set(phase="loading")
        store = self.session.profile.assistant
        name = self.storage_name()
        key = self._blob_key()
        raw_state, data_blob, row = await asyncio.to_thread(
            lambda: (store.get("state", name), store.get("data", name), store.load_model(f"assistant.{name}"))
        )
        try:
            state = json.loads(raw_state) if raw_state else {}
        except ValueError:
            state = {}
        if data_blob and state.get("format") == STATE_FORMAT and state.get("clock") == self.clock.label:
            try:
                restored = await self._in_thread(
                    PersonalAssistant.from_bytes, data_blob, key, self.assistant.user, self.assistant.settings
                )
            except (BlobError, ValueError) as exc:
                log.warning("the assistant's stored data was refused (%s); reading the chain again", exc)
                self._set(
                    message=QCoreApplication.translate(
                        "AssistantService",
                        "The stored assistant data could not be read; it is being rebuilt from the chain.",
                    ),
                    tone="warning",
                )
            else:
                async with self._data_lock:
                    self.assistant.data = restored.data
                    self._trend_cache.clear()
                    self._segments = None
                    self._as_of_ms = await self._in_thread(lambda: restored.data.snapshot().as_of_ms)
                self._saved_version = restored.data.version
                self._set(
                    first_height=int(state.get("first_height", 0)),
                    read_height=int(state.get("read_height", 0)),
                    n_posts=restored.data.n_posts,
                )
        if row is not None and row.version == MODEL_FORMAT_VERSION:
            try:
                models = await self._in_thread(self.assistant.load_models, row.model, key)
            except (BlobError, ValueError) as exc:
                log.info("stored assistant models not used: %s", exc)
                self._set(
                    message=QCoreApplication.translate(
                        "AssistantService", "The saved models are from another version; it learns again."
                    ),
                    tone="warning",
                )
            else:
                self._saved_models = models
                self._last_train = time.monotonic()
                self._set(trained_posts=models.n_posts)
                self._notify("models")
        self._notify("data")

    async def forget(self) -> None:
        """Delete what the assistant learned on this chain from the profile, and start reading again."""
        if self.training:
            self.cancel_training()
        name = self.storage_name()
        if self.persist:
            store = self.session.profile.assistant

            def delete() -> None:
                store.delete("data", name)
                store.delete("state", name)
                store.delete_model(f"assistant.{name}")

            await asyncio.to_thread(delete)
        async with self._data_lock:
            self.assistant = PersonalAssistant(self.assistant.user, settings=self.assistant.settings)
        self._generation += 1
        self._as_of_ms = 0
        self._trend_cache.clear()
        self._segments = None
        self._saved_models, self._saved_version = None, -1
        self._set(first_height=0, read_height=0, n_posts=0, trained_posts=0, message="")
        self._notify("models")
        self._notify("data")
        self.wake()

    # -- drafts (the user's own data, kept in the encrypted profile) --------------------------------------------------
    async def save_draft(self, draft: Draft) -> None:
        if not self.persist:
            return
        doc = {
            "tags": list(draft.tags),
            "caption": draft.caption,
            "kind": int(draft.kind),
            "media": int(draft.media_type),
            "palette": list(draft.palette),
            "planned_ms": draft.planned_time_ms,
        }
        store = self.session.profile.assistant
        await asyncio.to_thread(store.put, "drafts", "current", json.dumps(doc).encode())

    async def load_draft(self) -> Draft | None:
        if not self.persist:
            return None
        raw = await asyncio.to_thread(self.session.profile.assistant.get, "drafts", "current")
        if not raw:
            return None
        try:
            doc = json.loads(raw)
            return Draft(
                tags=tuple(str(t) for t in doc["tags"]),
                caption=str(doc["caption"]),
                kind=PostKind(int(doc["kind"])),
                media_type=MediaType(int(doc["media"])),
                palette=tuple(int(c) & 0xFFFFFF for c in doc["palette"]),
                planned_time_ms=int(doc["planned_ms"]),
            )
        except (ValueError, KeyError, TypeError):
            return None


def _log_failure(task: asyncio.Future[Any]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("saving the assistant's data failed", exc_info=task.exception())


def _not_enough_words(exc: NotEnoughDataError) -> str:
    return QCoreApplication.translate(
        "AssistantService",
        "Not enough to learn from yet: only {have} posts have a final outcome; the assistant needs {need}. It tries "
        "again as more blocks arrive.",
    ).format(have=_count(exc.have), need=_count(exc.need))


def _count(value: int) -> str:
    """A count as the interface's locale writes it (1,984 / 1.984 / 1 984)."""
    return QLocale().toString(value)
