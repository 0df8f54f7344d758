"""The embedded light client: a trust root, sequential and skipping verification with bisection, backwards
verification, one primary and several witnesses, and attack detection that halts with evidence.

Nothing a node says is believed until checked. A header is returned (and stored as trusted) only after
it verified from what was already trusted and every witness either agreed with it or was shown to lie.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import time
from collections import OrderedDict
from collections.abc import AsyncGenerator, Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeVar

from .errors import (
    AttackDetectedError,
    BadResponseError,
    ClientHaltedError,
    LightBlockNotFoundError,
    LightClientError,
    NoProvidersError,
    NotEnoughTrustError,
    NoWitnessesError,
    ProviderError,
    ProviderUnavailableError,
    StateProofError,
    TrustExpiredError,
    TrustRootMismatchError,
    VerificationError,
)
from .protocol.chain import LightBlock
from .protocol.encoding import pack, unpack
from .protocol.errors import ProofError, ProtocolError
from .protocol.evidence import AttackKind, LightClientAttackEvidence
from .protocol.genesis import Genesis
from .protocol.smt import verify_smt_proof
from .provider import NewHeader, Provider
from .store import LightStore, MemoryStore, VerifiedValue
from .verifier import (
    SequencePlan,
    SignatureChecker,
    TrustedBlock,
    VerifyOptions,
    check_light_block,
    expired,
    finish,
    header_hash,
    plan,
    plan_sequence,
    verify_backwards,
)

log = logging.getLogger("lightnode.client")
T = TypeVar("T")

_META_ROOT = "root"
_META_GENESIS = "genesis"
_META_HALT = "halt"


class VerificationMode(StrEnum):
    #: Every header from the trusted one to the target (h -> h+1), as Electrum or a full node would.
    SEQUENTIAL = "sequential"
    #: Straight to the target when enough of the trusted validators signed it, bisecting otherwise.
    SKIPPING = "skipping"


@dataclass(frozen=True, slots=True)
class GenesisRoot:
    """Trust the chain whose genesis hashes to `genesis_hash` (the genesis itself is fetched if not given)."""

    genesis_hash: bytes
    genesis: Genesis | None = None


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """Trust the block at `height` whose header hashes to `hash`, obtained out of band."""

    height: int
    hash: bytes


TrustRoot = GenesisRoot | Checkpoint


def _encode_root(root: TrustRoot) -> bytes:
    if isinstance(root, GenesisRoot):
        return pack([1, "genesis", root.genesis_hash])
    return pack([1, "checkpoint", root.height, root.hash])


@dataclass(frozen=True, slots=True)
class ClientOptions:
    verify: VerifyOptions = field(default_factory=VerifyOptions)
    mode: VerificationMode = VerificationMode.SKIPPING
    #: A witness that fails this many times in a row is dropped.
    max_witness_failures: int = 3
    #: A witness without the asked height is asked again this many times, waiting longer each time.
    witness_retries: int = 3
    witness_retry_delay_s: float = 0.25
    #: Refuse to accept headers once every configured witness was dropped.
    require_witnesses: bool = False
    #: Light blocks per range request and per signature batch in sequential verification.
    sequential_batch: int = 500
    #: Fetched, not yet verified light blocks kept so that nothing is fetched twice.
    fetch_cache_size: int = 4096
    #: Trusted light blocks kept in the store.
    keep_trusted: int = 1000
    #: How long to wait for evidence to reach the nodes before halting anyway.
    report_timeout_s: float = 5.0


# --- What the client tells the application --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HeaderVerified:
    block: TrustedBlock


@dataclass(frozen=True, slots=True)
class ProviderDropped:
    name: str
    reason: str


@dataclass(frozen=True, slots=True)
class PrimaryReplaced:
    old: str
    new: str
    reason: str


@dataclass(frozen=True, slots=True)
class AttackDetected:
    evidence: LightClientAttackEvidence
    message: str


@dataclass(frozen=True, slots=True)
class ConnectivityChanged:
    """No node answers any more (`reachable` False: offline), or one answers again."""

    reachable: bool
    reason: str


ClientEvent = HeaderVerified | ProviderDropped | PrimaryReplaced | AttackDetected | ConnectivityChanged


@dataclass(slots=True)
class FetchStats:
    """Light blocks fetched, for the benchmarks and the status bar."""

    primary: int = 0
    witnesses: int = 0

    @property
    def total(self) -> int:
        return self.primary + self.witnesses


def classify_attack(a: LightBlock, b: LightBlock) -> AttackKind:
    """Equivocation when one validator set signed both blocks on the same parent (amnesia if in different
    rounds); lunatic otherwise (a set or a parent the other chain never had)."""
    ha, hb = a.header, b.header
    if ha.validators_hash == hb.validators_hash and ha.prev_block_hash == hb.prev_block_hash:
        return AttackKind.EQUIVOCATION if a.commit.round == b.commit.round else AttackKind.AMNESIA
    return AttackKind.LUNATIC


def _wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


class LightClient:
    """Verifies headers and proofs from untrusted nodes. Create inside the running loop; `aclose()` it.

    All methods raise `ClientHaltedError` once an attack was detected (and after a restart, until
    `clear_halt()`); verification failures raise the specific `VerificationError` subclass.
    """

    def __init__(
        self,
        root: TrustRoot,
        primary: Provider,
        witnesses: Sequence[Provider] = (),
        *,
        chain_id: str | None = None,
        store: LightStore | None = None,
        options: ClientOptions | None = None,
        clock: Callable[[], int] | None = None,
        checker: SignatureChecker | None = None,
        close_store: bool = False,
    ) -> None:
        if isinstance(root, GenesisRoot) and root.genesis is not None:
            if chain_id is not None and chain_id != root.genesis.chain_id:
                raise ValueError("the chain id differs from the genesis's")
            chain_id = root.genesis.chain_id
        if isinstance(root, Checkpoint) and chain_id is None:
            raise ValueError("a checkpoint trust root needs the chain id")
        self.root = root
        self.chain_id: str = chain_id or ""
        self.store: LightStore = store if store is not None else MemoryStore()
        # A store handed in belongs to the caller (the app's profile), unless it says otherwise.
        self._close_store = close_store or store is None
        self.options = options or ClientOptions()
        self.clock = clock or _wall_clock_ms
        self._own_executor: ThreadPoolExecutor | None = None
        if checker is None:
            workers = max(1, min(4, os.cpu_count() or 1))
            self._own_executor = ThreadPoolExecutor(workers, thread_name_prefix="lightnode-verify")
            checker = SignatureChecker(self._own_executor, workers)
        self.checker = checker
        self._primary = primary
        self._witnesses: list[Provider] = list(witnesses)
        self._providers: list[Provider] = [primary, *witnesses]
        self._had_witnesses = bool(witnesses)
        self._failures: dict[int, int] = {}
        self._genesis: Genesis | None = root.genesis if isinstance(root, GenesisRoot) else None
        self._anchor: TrustedBlock | None = None
        self._latest: TrustedBlock | None = None
        self._fetched: OrderedDict[tuple[int, int], LightBlock] = OrderedDict()
        self._lock = asyncio.Lock()
        self._start_lock = asyncio.Lock()
        self._changed = asyncio.Condition()
        self._halt: ClientHaltedError | None = None
        self._listeners: list[Callable[[ClientEvent], None]] = []
        self._reachable = True
        self._accepted = 0
        self.stats = FetchStats()

    # -- public state --------------------------------------------------------------------------------------
    @property
    def primary(self) -> Provider:
        return self._primary

    @property
    def witnesses(self) -> tuple[Provider, ...]:
        return tuple(self._witnesses)

    @property
    def latest(self) -> TrustedBlock:
        """The highest verified block (the genesis before the first sync). Call `start()` first."""
        if self._latest is None:
            raise LightClientError("the light client has not been started")
        return self._latest

    @property
    def genesis(self) -> Genesis | None:
        return self._genesis

    @property
    def halted(self) -> ClientHaltedError | None:
        return self._halt

    def add_witness(self, provider: Provider) -> None:
        """Cross-check with one more node from now on (say a node the user added)."""
        if provider is not self._primary and provider not in self._witnesses:
            self._witnesses.append(provider)
            self._providers.append(provider)
            self._had_witnesses = True

    def add_listener(self, listener: Callable[[ClientEvent], None]) -> Callable[[], None]:
        """Call `listener` with every ClientEvent; returns a function that removes it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _emit(self, event: ClientEvent) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:
                log.exception("a light client listener failed")

    def now(self) -> int:
        return self.clock()

    # -- life cycle ----------------------------------------------------------------------------------------
    async def start(self) -> TrustedBlock:
        """Load trusted state from the store, or initialize it from the trust root."""
        async with self._start_lock:
            if self._latest is not None:
                return self._latest
            store = self.store
            halt = await store.get_meta(_META_HALT)
            if halt is not None:
                evidence = LightClientAttackEvidence.decode(halt) if halt else None
                self._halt = ClientHaltedError(
                    "this light client halted after detecting an attack on the chain; it needs a new trust "
                    "root from a source you trust before it can continue",
                    evidence,
                )
            stored_root = await store.get_meta(_META_ROOT)
            if stored_root is not None and stored_root != _encode_root(self.root):
                raise TrustRootMismatchError(
                    "the store holds headers verified from another trust root; use a fresh store"
                )
            if isinstance(self.root, GenesisRoot):
                await self._load_genesis(self.root)
            latest = await store.latest_trusted()
            if latest is not None:
                tb = TrustedBlock.from_light_block(latest)
                if tb.chain_id != self.chain_id:
                    raise TrustRootMismatchError(
                        f"the store holds headers of chain '{tb.chain_id}', not '{self.chain_id}'"
                    )
                self._latest = tb
            elif self._anchor is not None:
                self._latest = self._anchor
            else:
                assert isinstance(self.root, Checkpoint)
                self._latest = await self._init_checkpoint(self.root)
            if stored_root is None:
                await store.set_meta(_META_ROOT, _encode_root(self.root))
            return self._latest

    async def _load_genesis(self, root: GenesisRoot) -> None:
        genesis = self._genesis
        if genesis is None:
            raw = await self.store.get_meta(_META_GENESIS)
            if raw is not None:
                genesis = Genesis.decode(raw)
        if genesis is None:
            genesis = await self._primary_call(lambda p: p.genesis())
        if genesis.hash() != root.genesis_hash:
            raise TrustRootMismatchError(
                "the node serves a genesis that does not match the trusted genesis hash: it is on another "
                "chain, or lying"
            )
        if self.chain_id and genesis.chain_id != self.chain_id:
            raise TrustRootMismatchError(f"the genesis is of chain '{genesis.chain_id}', not '{self.chain_id}'")
        self.chain_id = genesis.chain_id
        self._genesis = genesis
        self._anchor = TrustedBlock.from_genesis(genesis)
        await self.store.set_meta(_META_GENESIS, genesis.encode())

    async def _init_checkpoint(self, cp: Checkpoint) -> TrustedBlock:
        lb = await self._primary_call(lambda p: p.light_block(cp.height))
        self.stats.primary += 1
        if lb.height != cp.height:
            raise BadResponseError(f"asked for height {cp.height}, got {lb.height}", provider=self._primary.name)
        block_hash = check_light_block(lb, self.chain_id)
        if block_hash != cp.hash:
            raise TrustRootMismatchError(
                f"the node's header at height {cp.height} is not the checkpoint's: it is on another chain, or lying"
            )
        tb = TrustedBlock.from_light_block(lb, block_hash)
        for w in list(self._witnesses):
            try:
                wlb = await w.light_block(cp.height)
                self.stats.witnesses += 1
            except ProviderError as exc:
                self._witness_failed(w, exc)
                continue
            if header_hash(wlb.header) != cp.hash:
                self._drop(w, f"it serves another header at the checkpoint height {cp.height}")
        await self.store.save_trusted([lb])
        return tb

    async def aclose(self) -> None:
        """Close every provider the client was given (dropped ones too), its thread pool, and the store
        if the client owns it."""
        for p in self._providers:
            with contextlib.suppress(Exception):
                await p.aclose()
        if self._close_store:
            await self.store.aclose()
        if self._own_executor is not None:
            self._own_executor.shutdown(wait=False, cancel_futures=True)

    async def clear_halt(self) -> None:
        """Forget a detected attack (the user chose to continue, e.g. after setting a new trust root)."""
        self._halt = None
        await self.store.set_meta(_META_HALT, None)

    def _check_halt(self) -> None:
        if self._halt is not None:
            raise self._halt

    async def _ready(self) -> TrustedBlock:
        self._check_halt()
        latest = self._latest if self._latest is not None else await self.start()
        self._check_halt()
        return latest

    # -- providers -----------------------------------------------------------------------------------------
    async def _primary_call(self, op: Callable[[Provider], Awaitable[T]]) -> T:
        """Run `op` on the primary; if it does not answer (or answers garbage), replace it with a witness
        that does and try again."""
        while True:
            primary = self._primary
            try:
                result = await op(primary)
            except (ProviderUnavailableError, BadResponseError) as exc:
                if not await self._replace_primary(primary, str(exc)):
                    raise
            else:
                self._mark_reachable()
                return result

    def _mark_reachable(self) -> None:
        if not self._reachable:
            self._reachable = True
            log.info("the network answers again")
            self._emit(ConnectivityChanged(True, ""))

    async def _replace_primary(self, old: Provider, reason: str) -> bool:
        """Make the first answering witness the primary (the old one is dropped); False if none answers.

        When no node answers at all, this computer is offline (or the whole network is down): that is not
        held against the witnesses, which would otherwise all be dropped by a laptop losing its Wi-Fi.
        """
        if self._primary is not old:
            return True
        failures: list[tuple[Provider, Exception]] = []
        for w in list(self._witnesses):
            try:
                await w.status()
            except ProviderError as exc:
                failures.append((w, exc))
                continue
            for failed, failure in failures:
                self._witness_failed(failed, failure)
            if w not in self._witnesses:
                continue
            self._witnesses.remove(w)
            self._primary = w
            log.warning("primary %s replaced by %s: %s", old.name, w.name, reason)
            self._emit(PrimaryReplaced(old.name, w.name, reason))
            return True
        if self._reachable:
            self._reachable = False
            log.warning("no node answers (primary %s: %s); working offline", old.name, reason)
            self._emit(ConnectivityChanged(False, reason))
        return False

    def _witness_failed(self, w: Provider, exc: Exception) -> None:
        n = self._failures.get(id(w), 0) + 1
        self._failures[id(w)] = n
        if n >= self.options.max_witness_failures:
            self._drop(w, f"it failed {n} times in a row ({exc})")

    def _witness_ok(self, w: Provider) -> None:
        self._failures.pop(id(w), None)

    def _drop(self, w: Provider, reason: str) -> None:
        if w in self._witnesses:
            self._witnesses.remove(w)
            self._failures.pop(id(w), None)
            log.warning("witness %s dropped: %s", w.name, reason)
            self._emit(ProviderDropped(w.name, reason))

    async def _fetch(self, source: Provider, height: int) -> LightBlock:
        """A light block of `source` at `height`, from the cache if it was fetched before."""
        key = (id(source), height)
        lb = self._fetched.get(key)
        if lb is not None:
            self._fetched.move_to_end(key)
            return lb
        if source is self._primary:
            lb = await self._primary_call(lambda p: p.light_block(height))
            source = self._primary
            self.stats.primary += 1
        else:
            lb = await source.light_block(height)
            self.stats.witnesses += 1
        if lb.height != height:
            raise BadResponseError(f"asked for height {height}, got {lb.height}", provider=source.name)
        self._cache(source, lb)
        return lb

    def _cache(self, source: Provider, lb: LightBlock) -> None:
        self._fetched[(id(source), lb.height)] = lb
        while len(self._fetched) > self.options.fetch_cache_size:
            self._fetched.popitem(last=False)

    async def _fetch_latest(self) -> LightBlock | None:
        """The primary's latest light block; None while its chain has no block yet."""
        try:
            lb = await self._primary_call(lambda p: p.light_block(None))
        except LightBlockNotFoundError:
            return None
        self.stats.primary += 1
        self._cache(self._primary, lb)
        return lb

    @staticmethod
    def _range_op(first: int, last: int) -> Callable[[Provider], Awaitable[list[LightBlock]]]:
        return lambda p: p.light_blocks(first, last)

    async def _fetch_range(self, first: int, last: int) -> list[LightBlock]:
        out: list[LightBlock] = []
        h = first
        while h <= last:
            got = await self._primary_call(self._range_op(h, last))
            if not got:
                raise LightBlockNotFoundError(f"the node has no light block at height {h}", provider=self._primary.name)
            for lb in got:
                if lb.height != h:
                    raise BadResponseError(f"asked for height {h}, got {lb.height}", provider=self._primary.name)
                out.append(lb)
                h += 1
                if h > last:
                    break
            self.stats.primary += len(got)
        return out

    # -- verification --------------------------------------------------------------------------------------
    async def sync(self) -> TrustedBlock:
        """Verify up to the primary's latest header and return it (cross-checked with the witnesses)."""
        await self._ready()
        async with self._lock:
            self._check_halt()
            target = await self._fetch_latest()
            if target is None:
                return self.latest
            return await self._verify_to_target(target)

    async def verify_to_height(self, height: int) -> TrustedBlock:
        """The verified block at `height`: forwards (skipping or sequential) above what is trusted,
        from the store or backwards through the hash chain below it."""
        await self._ready()
        if height < 1:
            raise ValueError("heights start at 1")
        async with self._lock:
            self._check_halt()
            latest = self.latest
            if height == latest.height:
                return latest
            if height > latest.height:
                try:
                    target = await self._fetch(self._primary, height)
                except LightBlockNotFoundError:
                    raise
                return await self._verify_to_target(target)
            stored = await self.store.trusted(height)
            if stored is not None:
                return TrustedBlock.from_light_block(stored)
            below = await self._trusted_at_or_below(height)
            if below is not None and not expired(below, self.now(), self.options.verify):
                target = await self._fetch(self._primary, height)
                return await self._verify_forward(below, target)
            above = await self.store.trusted_at_or_above(height)
            if above is None:
                raise LightClientError(f"nothing trusted above height {height} to verify it backwards from")
            return await self._verify_backwards(TrustedBlock.from_light_block(above), height)

    async def _trusted_at_or_below(self, height: int) -> TrustedBlock | None:
        lb = await self.store.trusted_at_or_below(height)
        if lb is not None:
            return TrustedBlock.from_light_block(lb)
        return self._anchor

    async def _verify_to_target(self, target: LightBlock) -> TrustedBlock:
        latest = self.latest
        if target.height < latest.height:
            # The primary is behind us; what we already trust stays the latest.
            return latest
        if target.height == latest.height:
            if header_hash(target.header) == latest.hash:
                return latest
            await self._primary_conflicts(target)
        return await self._verify_forward(latest, target)

    async def _primary_conflicts(self, target: LightBlock) -> None:
        """The primary serves a header other than the one we trust at that height."""
        ours = self.latest
        common = await self._trusted_at_or_below(target.height - 1)
        if common is None or ours.light_block is None:
            raise BadResponseError("the node serves a header that conflicts with a trusted one")
        await self._handle_conflict(self._primary, common, ours, target)
        raise BadResponseError(
            f"the node serves a header at the trusted height {target.height} that does not verify",
            provider=self._primary.name,
        )

    async def _verify_forward(self, trusted: TrustedBlock, target: LightBlock) -> TrustedBlock:
        try:
            if self.options.mode is VerificationMode.SEQUENTIAL:
                trace = await self._sequential(trusted, target)
            else:
                trace = await self._skipping(trusted, target, self._primary)
        except VerificationError as exc:
            if not isinstance(exc, TrustExpiredError):
                await self._primary_misbehaved(exc)
            raise
        if not trace:
            return trusted
        await self._cross_check(trusted, trace)
        await self._accept(trace)
        return trace[-1]

    async def _primary_misbehaved(self, exc: Exception) -> None:
        """The primary served something that does not verify: stop relying on it, if a witness answers."""
        if self._witnesses:
            await self._replace_primary(self._primary, f"it served an invalid header: {exc}")

    async def _skipping(self, trusted: TrustedBlock, target: LightBlock, source: Provider) -> list[TrustedBlock]:
        """Skipping verification with bisection (CometBFT's verifySkipping); returns every block verified
        on the way, ending with the target."""
        pending = [target]
        current = trusted
        trace: list[TrustedBlock] = []
        opts = self.options.verify
        while pending:
            lb = pending[-1]
            try:
                p = plan(current, lb, self.now(), opts)
            except NotEnoughTrustError:
                pivot = current.height + (lb.height - current.height) // 2
                if not current.height < pivot < lb.height:
                    raise
                pending.append(await self._fetch(source, pivot))
                continue
            new = finish(p, await self.checker.failures_async(p.jobs))
            pending.pop()
            trace.append(new)
            current = new
        return trace

    async def _sequential(self, trusted: TrustedBlock, target: LightBlock) -> list[TrustedBlock]:
        """Adjacent verification of every header up to the target, in batches: while the thread pool checks
        one batch's signatures, the next batch is fetched and planned from the first one's (assumed) result.
        Nothing is accepted before its signatures are checked, in height order. Only the target is returned
        (and cross-checked): every header below it is bound to it through the previous-block-hash chain."""
        current = trusted
        opts = self.options.verify
        batch = max(1, self.options.sequential_batch)

        async def fetch(first: int) -> list[LightBlock]:
            last = min(target.height - 1, first + batch - 1)
            blocks = await self._fetch_range(first, last) if first <= last else []
            if last == target.height - 1:
                blocks.append(target)
            return blocks

        loop = asyncio.get_running_loop()

        async def planned(start: TrustedBlock, blocks: list[LightBlock]) -> SequencePlan:
            # Hashing and checking a batch of headers takes tens of milliseconds of pure Python: done in a
            # worker thread, the event loop (an app's GUI thread) stays responsive meanwhile. Not on the
            # checker's threads: the next batch is planned while they check this one's signatures.
            return await loop.run_in_executor(None, plan_sequence, start, blocks, self.now(), opts)

        sp = await planned(current, await fetch(current.height + 1))
        while True:
            checking = asyncio.ensure_future(self.checker.failures_async(sp.jobs()))
            following = None
            try:
                if sp.error is None and sp.plans and sp.plans[-1].result.height < target.height:
                    assumed = sp.plans[-1].result
                    following = await planned(assumed, await fetch(assumed.height + 1))
                failures = await checking
            finally:
                if not checking.done():
                    checking.cancel()
                    with contextlib.suppress(asyncio.CancelledError, Exception):
                        await checking
            verified, error = sp.outcome(failures)
            if verified:
                current = verified[-1]
            if error is not None:
                raise error
            if following is None:
                break
            sp = following
        return [current] if current is not trusted else []

    async def _verify_backwards(self, above: TrustedBlock, height: int) -> TrustedBlock:
        blocks = await self._fetch_range(height, above.height - 1)
        current = above
        try:
            for lb in reversed(blocks):
                current = verify_backwards(current, lb)
        except VerificationError as exc:
            await self._primary_misbehaved(exc)
            raise
        assert current.light_block is not None
        await self.store.save_trusted([current.light_block])
        return current

    async def _accept(self, trace: Sequence[TrustedBlock]) -> None:
        blocks = [tb.light_block for tb in trace if tb.light_block is not None]
        await self.store.save_trusted(blocks)
        top = trace[-1]
        if top.height > self.latest.height:
            self._latest = top
            self._accepted += 1
            if self._accepted % 64 == 0:
                await self.store.prune_trusted(self.options.keep_trusted)
            async with self._changed:
                self._changed.notify_all()
            self._emit(HeaderVerified(top))

    # -- witnesses and attacks -----------------------------------------------------------------------------
    async def _cross_check(self, common: TrustedBlock, trace: Sequence[TrustedBlock]) -> None:
        """Compare every newly verified header with every witness; a conflicting header that verifies is an
        attack (evidence, halt), one that does not is a lying witness (dropped)."""
        witnesses = list(self._witnesses)
        if not witnesses:
            if self._had_witnesses and self.options.require_witnesses:
                raise NoWitnessesError(
                    "every witness was dropped, so new headers cannot be cross-checked; add other nodes"
                )
            return
        results = await asyncio.gather(
            *(self._compare_with(w, common, trace) for w in witnesses), return_exceptions=True
        )
        for r in results:
            if isinstance(r, AttackDetectedError):
                raise r
        for r in results:
            if isinstance(r, BaseException):
                raise r

    async def _witness_block(self, w: Provider, height: int) -> LightBlock:
        delay = self.options.witness_retry_delay_s
        for attempt in range(self.options.witness_retries + 1):
            try:
                return await self._fetch(w, height)
            except LightBlockNotFoundError:
                # A witness may be a block behind the primary; give it a moment to catch up.
                if attempt == self.options.witness_retries:
                    raise
                await asyncio.sleep(delay)
                delay *= 2
        raise AssertionError("unreachable")

    async def _compare_with(self, w: Provider, common: TrustedBlock, trace: Sequence[TrustedBlock]) -> None:
        previous = common
        for tb in trace:
            try:
                wlb = await self._witness_block(w, tb.height)
            except (ProviderUnavailableError, LightBlockNotFoundError) as exc:
                self._witness_failed(w, exc)
                return
            except BadResponseError as exc:
                self._drop(w, f"it answered with garbage: {exc}")
                return
            try:
                same = header_hash(wlb.header) == tb.hash
            except VerificationError as exc:
                self._drop(w, f"it answered with a malformed header: {exc}")
                return
            if same:
                self._witness_ok(w)
                previous = tb
                continue
            await self._handle_conflict(w, previous, tb, wlb, self._primary)
            return

    async def _handle_conflict(
        self,
        other: Provider,
        common: TrustedBlock,
        ours: TrustedBlock,
        theirs: LightBlock,
        ours_source: Provider | None = None,
    ) -> None:
        """`other` serves `theirs` where we verified `ours`. If `theirs` also verifies from the last block
        both agree on, the chain is under attack: raise AttackDetectedError. If not, `other` lied."""
        try:
            await self._skipping(common, theirs, other)
        except VerificationError as exc:
            self._drop(
                other,
                f"it served a conflicting header at height {theirs.height} that does not verify ({exc})",
            )
            return
        except ProviderError as exc:
            self._witness_failed(other, exc)
            return
        assert ours.light_block is not None
        a, b = ours.light_block, theirs
        if ours_source is not None:
            a, b = await self._first_divergence(common, a, b, ours_source, other)
        evidence = LightClientAttackEvidence.of(classify_attack(a, b), common.height, common.hash, a, b, self.now())
        await self._halt_with(evidence)

    async def _first_divergence(
        self,
        common: TrustedBlock,
        ours: LightBlock,
        theirs: LightBlock,
        ours_source: Provider,
        other: Provider,
    ) -> tuple[LightBlock, LightBlock]:
        """The two blocks at the first height where the chains differ (a binary search: both chains are
        hash-linked, so once they differ they differ above), if both verify from `common`; otherwise the
        conflicting pair we already have. The first divergent pair says what kind of attack this is."""
        lo, hi = common.height, ours.height
        try:
            while hi - lo > 1:
                mid = (lo + hi) // 2
                x = await self._fetch(ours_source, mid)
                y = await self._fetch(other, mid)
                if header_hash(x.header) == header_hash(y.header):
                    lo = mid
                else:
                    hi = mid
            if hi == ours.height:
                return ours, theirs
            x = await self._fetch(ours_source, hi)
            y = await self._fetch(other, hi)
            await self._skipping(common, x, ours_source)
            await self._skipping(common, y, other)
        except (ProviderError, VerificationError) as exc:
            log.info("the first divergent height could not be pinned down: %s", exc)
            return ours, theirs
        return x, y

    async def _halt_with(self, evidence: LightClientAttackEvidence) -> None:
        kind = AttackKind(evidence.kind).name.lower()
        message = (
            f"Two nodes served conflicting headers at height {evidence.height} that both carry valid "
            f"signatures ({kind} attack; {len(evidence.byzantine_validators)} validators signed both). "
            "The light client stopped and reported the evidence to the nodes; nothing after height "
            f"{evidence.common_height} is shown as verified."
        )
        error = AttackDetectedError(message, evidence)
        self._halt = error
        await self.store.set_meta(_META_HALT, evidence.encode())
        log.error("%s", message)
        self._emit(AttackDetected(evidence, message))
        providers = [self._primary, *self._witnesses]

        async def report(p: Provider) -> None:
            try:
                await asyncio.wait_for(p.report_evidence(evidence), self.options.report_timeout_s)
            except (ProviderError, TimeoutError) as exc:
                log.warning("could not report the evidence to %s: %s", p.name, exc)

        await asyncio.gather(*(report(p) for p in providers))
        raise error

    # -- waiting and following -----------------------------------------------------------------------------
    async def wait_for_height(self, height: int) -> TrustedBlock:
        """Wait until some sync verified `height` (or above); does not sync by itself."""
        await self._ready()
        async with self._changed:
            await self._changed.wait_for(lambda: self.latest.height >= height or self._halt is not None)
        self._check_halt()
        return self.latest

    async def headers(self, *, poll_interval_s: float = 1.0) -> AsyncGenerator[TrustedBlock, None]:
        """Every newly verified header, as the primary announces them (polling when it cannot push)."""
        await self._ready()
        last = self.latest.height
        while True:
            self._check_halt()
            primary = self._primary
            try:
                # aclosing: a subscription left by `break` must close its WebSocket now, not in the GC.
                async with contextlib.aclosing(primary.subscribe()) as notes:
                    async for note in notes:
                        self._mark_reachable()
                        if isinstance(note, NewHeader) and note.height > self.latest.height:
                            if note.light_block is not None and note.light_block.height == note.height:
                                self._cache(primary, note.light_block)
                            tb = await self.verify_to_height(note.height)
                            if tb.height > last:
                                last = tb.height
                                yield tb
                        elif self.latest.height > last:
                            last = self.latest.height
                            yield self.latest
                        if self._primary is not primary:
                            break
            except (ProviderUnavailableError, BadResponseError, LightBlockNotFoundError) as exc:
                log.info("header subscription to %s ended: %s", primary.name, exc)
                if not await self._replace_primary(primary, str(exc)):
                    await asyncio.sleep(poll_interval_s)
                    with contextlib.suppress(ProviderError, NoProvidersError):
                        tb = await self.sync()
                        if tb.height > last:
                            last = tb.height
                            yield tb
            except ProviderError as exc:
                log.info("header subscription to %s failed: %s", primary.name, exc)
                await asyncio.sleep(poll_interval_s)

    # -- proven reads --------------------------------------------------------------------------------------
    async def get_state(self, key: bytes, *, height: int | None = None) -> VerifiedValue:
        """The value of a state key (None: proven absent), proven against a verified header's state root
        at `height` (the node's latest height if None)."""
        await self._ready()
        sp = await self._primary_call(lambda p: p.state_proof(key, height))
        source = self._primary
        if sp.key != key or (height is not None and sp.height != height) or sp.height < 1:
            await self._primary_misbehaved(BadResponseError("wrong proof"))
            raise BadResponseError(
                f"asked for a proof of {key!r} at height {height}, got one of {sp.key!r} at {sp.height}",
                provider=source.name,
            )
        tb = await self.verify_to_height(sp.height)
        header = tb.header
        assert header is not None
        try:
            verify_smt_proof(header.state_root, key, sp.value, sp.proof)
        except (ProofError, ProtocolError, TypeError) as exc:
            if self._primary is source:
                await self._primary_misbehaved(exc)
            raise StateProofError(
                f"the node's proof of state key {key!r} at height {sp.height} does not match the verified "
                f"state root ({exc}); the value was not accepted"
            ) from exc
        value = VerifiedValue(key, sp.value, sp.height, header.state_root, self.now())
        await self.store.put_verified(value)
        return value

    async def cached_state(self, key: bytes) -> VerifiedValue | None:
        """The last proven value of `key` from the store (for offline display; says at which height)."""
        return await self.store.get_verified(key)

    async def submit_action(self, encoded: bytes) -> bytes:
        """Hand a signed action to the primary, falling back to the witnesses if it does not answer."""
        await self._ready()
        return await self._primary_call(lambda p: p.submit_action(encoded))

    async def trusted_block(self, height: int) -> TrustedBlock | None:
        """A stored trusted block (no network)."""
        if height == 0:
            return self._anchor
        lb = await self.store.trusted(height)
        return None if lb is None else TrustedBlock.from_light_block(lb)


def decode_root(data: bytes) -> TrustRoot:
    """The trust root stored by a client (see `_encode_root`)."""
    wire = unpack(data)
    if wire[:2] == [1, "genesis"]:
        return GenesisRoot(wire[2])
    return Checkpoint(wire[2], wire[3])


async def forget_trust(store: LightStore) -> None:
    """Forget everything `store` holds on the strength of its trust root: verified light blocks, proven
    values, the genesis, a halt, and the root itself, so that a client can start on it from another root.
    For a test network recreated under the same chain id (a new genesis); never for a real network, where
    a changed root is what an attack looks like. The outbox is left as it is."""
    await store.clear_trusted()
    await store.clear_verified()
    await store.set_meta(_META_GENESIS, None)
    await store.set_meta(_META_HALT, None)
    # The root last: interrupted before this, the next start still sees the old root and forgets again.
    await store.set_meta(_META_ROOT, None)


__all__ = [
    "AttackDetected",
    "Checkpoint",
    "ClientEvent",
    "ClientOptions",
    "FetchStats",
    "GenesisRoot",
    "HeaderVerified",
    "LightClient",
    "PrimaryReplaced",
    "ProviderDropped",
    "TrustRoot",
    "VerificationMode",
    "classify_attack",
    "decode_root",
    "forget_trust",
]
