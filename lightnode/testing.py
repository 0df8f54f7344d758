"""Test support: a fast generator of valid signed light-block chains, a simulated node, and lying providers.

`ChainGenerator` makes any height's light block on demand, deterministically: header hashes are chained
for real (a few microseconds each, no signing), and a block is signed only when it is asked for, so a chain
of 100,000 blocks costs well under a second until blocks are fetched. Validator sets change on a schedule.
`fork()` gives a chain that shares a prefix and then diverges (equivocation: same validators sign another
block; lunatic: another validator set). `prev_commit_hash` is a deterministic stand-in (a light client never
sees the previous commit), everything else is what a node would serve.

`SimulatedNode` is a one-process stand-in for a full node (mempool, transfers, receipts, events, state
proofs), `MemoryProvider` serves a generator or a simulated node, and `LyingProvider` alters what another
provider serves: the adversarial harness.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
from collections import OrderedDict
from collections.abc import AsyncGenerator, Awaitable, Callable, Iterable, Mapping, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, replace
from typing import Any

import msgpack
from aiohttp import web

from .errors import (
    BadResponseError,
    LightBlockNotFoundError,
    ProviderUnavailableError,
    RequestRejectedError,
)
from .protocol import state as S
from .protocol.actions import ActionType, Endorsement, SignedAction, Transfer, decode_signed_action
from .protocol.address import decode_address
from .protocol.chain import ZERO_HASH, Commit, CommitSig, Header, LightBlock, Validator, ValidatorSet
from .protocol.encoding import encode_list, pack
from .protocol.errors import ProtocolError
from .protocol.evidence import LightClientAttackEvidence
from .protocol.genesis import Genesis
from .protocol.keys import PrivateKey, actor_id
from .protocol.merkle import merkle_proof, merkle_root
from .protocol.smt import SparseMerkleTree
from .provider import (
    ActionStatusReport,
    ActorActionsPage,
    ChainEvent,
    InclusionState,
    NewHeader,
    NodeStatus,
    Notification,
    Provider,
    StateProof,
)
from .verifier import header_hash, validators_hash

GENESIS_TIME_MS = 1_700_000_000_000
CHAIN_ID = "exc-test"
#: The actions root of a block without actions.
EMPTY_ACTIONS_ROOT = merkle_root([])


def key_from(label: str) -> PrivateKey:
    """A deterministic key for tests and benchmarks."""
    return PrivateKey(hashlib.blake2b(label.encode(), digest_size=32).digest())


def validator_keys(count: int, *, start: int = 0, namespace: str = "validator") -> list[PrivateKey]:
    return [key_from(f"{namespace}/{i}") for i in range(start, start + count)]


def _pseudo(tag: bytes, height: int) -> bytes:
    return hashlib.blake2b(tag + height.to_bytes(8, "big"), digest_size=32).digest()


ValidatorSpec = PrivateKey | tuple[PrivateKey, int]


@dataclass(frozen=True, slots=True)
class Epoch:
    """A validator set and the keys behind it (in set order), in force from height `start`."""

    start: int
    keys: tuple[PrivateKey, ...]
    validators: ValidatorSet
    hash: bytes
    addresses: tuple[bytes, ...]

    @classmethod
    def of(cls, start: int, specs: Iterable[ValidatorSpec], power: int) -> Epoch:
        pairs = [(s, power) if isinstance(s, PrivateKey) else s for s in specs]
        by_key = {k.public_key.raw: k for k, _ in pairs}
        vs = ValidatorSet.of(Validator(k.public_key.raw, p) for k, p in pairs)
        keys = tuple(by_key[v.public_key] for v in vs.validators)
        return cls(start, keys, vs, validators_hash(vs), tuple(actor_id(k.public_key.raw) for k in keys))


def rotating_schedule(
    validators: int = 100, replaced: int = 10, every: int = 10_000, up_to: int = 100_000
) -> dict[int, list[PrivateKey]]:
    """Validator changes where `replaced` of `validators` are swapped for new ones every `every` blocks
    (the oldest go first)."""
    current = validator_keys(validators)
    nxt = validators
    out: dict[int, list[PrivateKey]] = {}
    for start in range(every + 1, up_to + 1, every):
        current = current[replaced:] + validator_keys(replaced, start=nxt)
        nxt += replaced
        out[start] = list(current)
    return out


class ChainGenerator:
    """Valid signed light blocks of one chain, for any height, made lazily (see the module docstring)."""

    def __init__(
        self,
        validators: int | Sequence[ValidatorSpec] = 4,
        *,
        chain_id: str = CHAIN_ID,
        power: int = 10,
        genesis_time_ms: int = GENESIS_TIME_MS,
        block_interval_ms: int = 1000,
        changes: Mapping[int, Sequence[ValidatorSpec]] | None = None,
        accounts: Iterable[tuple[bytes, int]] = (),
        salt: bytes = b"",
        executor: Executor | None = None,
        cache_size: int = 100_000,
        tip: int | None = None,
    ) -> None:
        first = validator_keys(validators) if isinstance(validators, int) else list(validators)
        self.chain_id = chain_id
        self.power = power
        self.genesis_time_ms = genesis_time_ms
        self.block_interval_ms = block_interval_ms
        self.salt = salt
        self.executor = executor
        self._epochs = [Epoch.of(1, first, power)]
        for start in sorted(changes or {}):
            if start <= 1:
                raise ValueError("validator changes start above height 1")
            self._epochs.append(Epoch.of(start, (changes or {})[start], power))
        self._starts = [e.start for e in self._epochs]
        self.genesis = Genesis.create(chain_id, genesis_time_ms, self._epochs[0].validators.validators, accounts)
        self.genesis_hash = self.genesis.hash()
        self._hashes: list[bytes] = [self.genesis_hash]
        self._overrides: dict[int, dict[str, Any]] = {}
        self._blocks: OrderedDict[int, LightBlock] = OrderedDict()
        self._cache_size = cache_size
        self._parent: ChainGenerator | None = None
        self._fork_at = 0
        #: The height a provider serving this chain reports as its latest.
        self.tip = tip if tip is not None else 0

    # -- schedule ------------------------------------------------------------------------------------------
    def epoch(self, height: int) -> Epoch:
        lo, hi = 0, len(self._starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._starts[mid] <= height:
                lo = mid + 1
            else:
                hi = mid
        return self._epochs[max(0, lo - 1)]

    def validators(self, height: int) -> ValidatorSet:
        return self.epoch(height).validators

    def keys(self, height: int) -> tuple[PrivateKey, ...]:
        return self.epoch(height).keys

    def time_of(self, height: int) -> int:
        override = self._overrides.get(height, {}).get("time_ms")
        return int(override) if override is not None else self.genesis_time_ms + height * self.block_interval_ms

    def set_block(self, height: int, **fields: Any) -> None:
        """Give header fields (state_root, actions_root, time_ms) of a height not generated yet."""
        if height < len(self._hashes) or height < self._fork_at:
            raise ValueError(f"height {height} is already generated")
        self._overrides.setdefault(height, {}).update(fields)

    # -- headers -------------------------------------------------------------------------------------------
    def _make_header(self, height: int, prev: bytes) -> Header:
        ep = self.epoch(height)
        o = self._overrides.get(height, {})
        return Header(
            self.chain_id,
            height,
            self.time_of(height),
            prev if height > 1 else ZERO_HASH,
            ZERO_HASH if height == 1 else _pseudo(b"commit" + self.salt, height),
            o.get("actions_root", EMPTY_ACTIONS_ROOT),
            o.get("state_root", _pseudo(b"state" + self.salt, height)),
            ep.hash,
            self.epoch(height + 1).hash,
            ep.addresses[height % len(ep.addresses)],
        )

    def hash(self, height: int) -> bytes:
        if self._parent is not None and height < self._fork_at:
            return self._parent.hash(height)
        if height >= len(self._hashes):
            self._extend(height)
        return self._hashes[height]

    def _extend(self, height: int) -> None:
        hashes = self._hashes
        if len(hashes) == 1 and self._parent is not None:
            # A fork's own headers start at `_fork_at`; below it every hash is the parent's.
            hashes.extend(self._parent.hash(h) for h in range(1, self._fork_at))
        while len(hashes) <= height:
            h = len(hashes)
            hashes.append(header_hash(self._make_header(h, hashes[h - 1])))

    def header(self, height: int) -> Header:
        if height < 1:
            raise ValueError("headers start at height 1")
        if self._parent is not None and height < self._fork_at:
            return self._parent.header(height)
        return self._make_header(height, self.hash(height - 1) if height > 1 else ZERO_HASH)

    # -- light blocks --------------------------------------------------------------------------------------
    def light_block(self, height: int) -> LightBlock:
        if self._parent is not None and height < self._fork_at:
            return self._parent.light_block(height)
        lb = self._blocks.get(height)
        if lb is None:
            lb = self._build([height])[0]
        return lb

    def light_blocks(self, first: int, last: int) -> list[LightBlock]:
        """Light blocks first..last, signing the missing ones (on the executor when there is one)."""
        missing = [h for h in range(first, last + 1) if h not in self._blocks and h >= self._fork_at]
        if missing:
            self._build(missing)
        return [self.light_block(h) for h in range(first, last + 1)]

    def _build(self, heights: Sequence[int]) -> list[LightBlock]:
        work: list[tuple[Header, bytes, bytes, Epoch]] = []
        for h in heights:
            header = self.header(h)
            block_hash = self.hash(h)
            message = Commit(h, 0, block_hash, ()).sign_bytes(self.chain_id)
            work.append((header, block_hash, message, self.epoch(h)))
        jobs = [(w[2], w[3].keys) for w in work]
        if self.executor is not None and len(jobs) > 4:
            parts = 8
            size = -(-len(jobs) // parts)
            futures = [self.executor.submit(_sign_all, jobs[i : i + size]) for i in range(0, len(jobs), size)]
            signatures = [sigs for f in futures for sigs in f.result()]
        else:
            signatures = _sign_all(jobs)
        out = []
        for (header, block_hash, _, ep), sigs in zip(work, signatures, strict=True):
            commit = Commit(header.height, 0, block_hash, tuple(CommitSig(i, s) for i, s in enumerate(sigs)))
            lb = LightBlock(header, commit, ep.validators)
            self._remember(header.height, lb)
            out.append(lb)
        return out

    def _remember(self, height: int, lb: LightBlock) -> None:
        self._blocks[height] = lb
        while len(self._blocks) > self._cache_size:
            self._blocks.popitem(last=False)

    def forget_blocks(self) -> None:
        """Drop cached signed blocks (memory) — hashes stay."""
        self._blocks.clear()

    # -- forks ---------------------------------------------------------------------------------------------
    def fork(
        self,
        at: int,
        *,
        validators: Sequence[ValidatorSpec] | None = None,
        salt: bytes = b"fork",
        changes: Mapping[int, Sequence[ValidatorSpec]] | None = None,
    ) -> ChainGenerator:
        """A chain equal to this one below `at` that diverges from `at` on.

        Without `validators` the same validators sign the other blocks (an equivocation); with them, a new
        set signs from `at` (a lunatic fork: it verifies by skipping when enough trusted keys are in it).
        """
        if at < 2:
            raise ValueError("a fork shares at least the first block")
        child = ChainGenerator.__new__(ChainGenerator)
        child.chain_id = self.chain_id
        child.power = self.power
        child.genesis_time_ms = self.genesis_time_ms
        child.block_interval_ms = self.block_interval_ms
        child.salt = self.salt + salt
        child.executor = self.executor
        epochs = [e for e in self._epochs if e.start < at]
        if validators is not None:
            epochs.append(Epoch.of(at, validators, self.power))
        else:
            epochs += [e for e in self._epochs if e.start >= at]
        for start in sorted(changes or {}):
            epochs = [e for e in epochs if e.start < start]
            epochs.append(Epoch.of(start, (changes or {})[start], self.power))
        child._epochs = epochs
        child._starts = [e.start for e in epochs]
        child.genesis = self.genesis
        child.genesis_hash = self.genesis_hash
        child._hashes = [self.genesis_hash]
        child._overrides = {h: dict(o) for h, o in self._overrides.items() if h >= at}
        child._blocks = OrderedDict()
        child._cache_size = self._cache_size
        child._parent = self
        child._fork_at = at
        child.tip = self.tip
        return child


def _sign_all(jobs: Sequence[tuple[bytes, tuple[PrivateKey, ...]]]) -> list[list[bytes]]:
    return [[k.sign_raw(message) for k in keys] for message, keys in jobs]


# --- Tampering helpers (the adversarial harness) ------------------------------------------------------------


def forge_signature(lb: LightBlock, position: int = 0) -> LightBlock:
    """The light block with one commit signature corrupted (a flipped bit)."""
    sigs = list(lb.commit.signatures)
    index, sig = sigs[position]
    sigs[position] = CommitSig(index, bytes([sig[0] ^ 1]) + sig[1:])
    return replace(lb, commit=replace(lb.commit, signatures=tuple(sigs)))


def keep_signatures(lb: LightBlock, count: int) -> LightBlock:
    """The light block with only the first `count` commit signatures."""
    return replace(lb, commit=replace(lb.commit, signatures=lb.commit.signatures[:count]))


def resign(lb: LightBlock, keys: Sequence[PrivateKey], **header_changes: Any) -> LightBlock:
    """The light block with header fields changed and a fresh commit signed by `keys` (matched to the
    validator set by public key; `validators=` replaces the set and the header's validators hash)."""
    validators: ValidatorSet = header_changes.pop("validators", lb.validators)
    if "validators_hash" not in header_changes and validators is not lb.validators:
        header_changes["validators_hash"] = validators_hash(validators)
    header = replace(lb.header, **header_changes)
    block_hash = header_hash(header)
    message = Commit(header.height, 0, block_hash, ()).sign_bytes(header.chain_id)
    sigs = []
    for k in keys:
        index = validators.index_of(k.public_key.raw)
        if index is not None:
            sigs.append(CommitSig(index, k.sign_raw(message)))
    commit = Commit(header.height, 0, block_hash, tuple(sorted(sigs)))
    return LightBlock(header, commit, validators)


# --- A simulated node ---------------------------------------------------------------------------------------


class SimulatedNode:
    """A single-process stand-in for a full node: a mempool, transfers and endorsements executed into a
    real sparse-Merkle state, receipts, events, actions roots, state and inclusion proofs.

    Blocks are produced only when `produce()` is called, so tests decide when time moves.
    """

    def __init__(self, gen: ChainGenerator, *, min_fee: int = 0) -> None:
        self.gen = gen
        self.chain_id = gen.chain_id
        self.min_fee = min_fee
        tree = SparseMerkleTree()
        changes: dict[bytes, bytes | None] = {
            S.CHAIN_KEY: S.ChainInfo(gen.chain_id, gen.genesis_hash).encode(),
        }
        for account in gen.genesis.accounts:
            changes[S.account_key(account.actor)] = S.Account(account.balance, 0, b"", 0, 0).encode()
        self.trees: dict[int, SparseMerkleTree] = {0: tree.update(changes)}
        self.height = 0
        self.mempool: OrderedDict[bytes, SignedAction] = OrderedDict()
        self.raw: dict[bytes, bytes] = {}
        self.included: dict[bytes, tuple[int, int]] = {}
        self.block_actions: dict[int, list[bytes]] = {}
        self.rejected: dict[bytes, str] = {}
        self.events: list[ChainEvent] = []
        self._subscribers: list[asyncio.Queue[Notification | None]] = []
        self._subscribed: asyncio.Event | None = None
        self.evidence: list[LightClientAttackEvidence] = []

    @property
    def state(self) -> SparseMerkleTree:
        return self.trees[self.height]

    def account(self, actor: bytes, height: int | None = None) -> S.Account:
        raw = self.trees[self.height if height is None else height].get(S.account_key(actor))
        return S.EMPTY_ACCOUNT if raw is None else S.Account.decode(raw)

    # -- actions -------------------------------------------------------------------------------------------
    def _pending_nonce(self, sender: bytes) -> int:
        nonce = self.account(sender).nonce
        for signed in self.mempool.values():
            if signed.action.sender_id == sender:
                nonce = max(nonce, signed.action.nonce + 1)
        return nonce

    def submit(self, raw: bytes) -> bytes:
        """Admit a signed action to the mempool (RequestRejectedError with a reason otherwise)."""
        try:
            signed = decode_signed_action(raw)
        except ProtocolError as exc:
            raise RequestRejectedError(f"The action is malformed or badly signed: {exc}", code="malformed") from exc
        action_id = signed.id()
        if action_id in self.included:
            height = self.included[action_id][0]
            raise RequestRejectedError(
                f"The action was already committed at height {height}.", code="already_committed", status=409
            )
        if action_id in self.mempool:
            return action_id
        action = signed.action
        if action.chain_id != self.chain_id:
            raise RequestRejectedError("The action is for another chain.", code="wrong_chain")
        if action.expiry_height <= self.height:
            raise RequestRejectedError("The action has expired.", code="expired")
        expected = self._pending_nonce(action.sender_id)
        if action.nonce < expected:
            raise RequestRejectedError(
                f"The nonce {action.nonce} was already used; the next is {expected}.", code="bad_nonce"
            )
        if action.nonce > expected:
            raise RequestRejectedError(
                f"The nonce {action.nonce} skips ahead; the next is {expected}.", code="nonce_gap"
            )
        if action.fee < self.min_fee:
            raise RequestRejectedError("The fee is below the minimum.", code="fee_too_low")
        self.mempool[action_id] = signed
        self.raw[action_id] = raw
        return action_id

    def produce(self, count: int = 1) -> int:
        """Commit `count` blocks with what the mempool holds; return the new height."""
        for _ in range(count):
            self._produce_one()
        return self.height

    def _produce_one(self) -> None:
        h = self.height + 1
        tree = self.trees[self.height]
        ids: list[bytes] = []
        events: list[ChainEvent] = []
        for action_id, signed in list(self.mempool.items()):
            del self.mempool[action_id]
            if signed.action.expiry_height < h:
                self.rejected[action_id] = "The action expired before it was included."
                continue
            tree, event = self._apply(tree, h, len(ids), action_id, signed)
            ids.append(action_id)
            self.included[action_id] = (h, len(ids) - 1)
            if event is not None:
                events.append(event)
        self.block_actions[h] = ids
        self.gen.set_block(h, state_root=tree.root_hash, actions_root=merkle_root(ids))
        self.trees[h] = tree
        self.height = h
        self.gen.tip = h
        self.events.extend(events)
        for q in self._subscribers:
            q.put_nowait(NewHeader(h, self.gen.hash(h)))
            for e in events:
                q.put_nowait(e)

    def _apply(
        self, tree: SparseMerkleTree, h: int, index: int, action_id: bytes, signed: SignedAction
    ) -> tuple[SparseMerkleTree, ChainEvent | None]:
        action = signed.action
        sender = action.sender_id
        key = S.account_key(sender)
        raw = tree.get(key)
        acct = S.EMPTY_ACCOUNT if raw is None else S.Account.decode(raw)
        changes: dict[bytes, bytes | None] = {}
        status, reason, event = S.ReceiptStatus.OK, "", None
        if action.nonce != acct.nonce or acct.balance < action.fee:
            status, reason = S.ReceiptStatus.FAILED, "bad nonce or the fee exceeds the balance"
        else:
            acct = replace(acct, balance=acct.balance - action.fee, nonce=acct.nonce + 1, public_key=action.sender)
            payload = action.payload
            if isinstance(payload, Transfer):
                if acct.balance < payload.amount:
                    status, reason = S.ReceiptStatus.FAILED, "the balance is too low for this transfer"
                elif payload.to == sender:
                    pass
                else:
                    acct = replace(acct, balance=acct.balance - payload.amount)
                    to_key = S.account_key(payload.to)
                    to_raw = tree.get(to_key)
                    to = S.EMPTY_ACCOUNT if to_raw is None else S.Account.decode(to_raw)
                    changes[to_key] = replace(to, balance=to.balance + payload.amount).encode()
                    event = ChainEvent(h, "transfer", (sender, payload.to), action_id, {"amount": payload.amount})
            elif isinstance(payload, Endorsement):
                record = S.EndorsementRecord(1, payload.order, payload.comment, h)
                changes[S.endorsement_key(payload.target, S.skill_id(payload.skill), sender)] = record.encode()
                event = ChainEvent(h, "endorsement", (sender, payload.target), action_id, {"skill": payload.skill})
            else:
                event = ChainEvent(h, ActionType(action.type).name.lower(), (sender,), action_id, {})
            changes[key] = acct.encode()
        changes[S.receipt_key(action_id)] = S.Receipt(h, index, status, reason).encode()
        return tree.update(changes), event

    # -- reads ---------------------------------------------------------------------------------------------
    def prove(self, key: bytes, height: int | None = None) -> StateProof:
        h = self.height if height is None else height
        if h not in self.trees or h < 1:
            raise LightBlockNotFoundError(f"no state at height {h}")
        tree = self.trees[h]
        return StateProof(h, key, tree.get(key), tree.prove(key))

    def status_of(self, action_id: bytes) -> ActionStatusReport:
        if action_id in self.included:
            h, index = self.included[action_id]
            proof = merkle_proof(self.block_actions[h], index)
            return ActionStatusReport(action_id, InclusionState.INCLUDED, h, index, proof)
        if action_id in self.mempool:
            return ActionStatusReport(action_id, InclusionState.PENDING)
        if action_id in self.rejected:
            return ActionStatusReport(action_id, InclusionState.REJECTED, reason=self.rejected[action_id])
        return ActionStatusReport(action_id, InclusionState.UNKNOWN)

    def clock(self) -> int:
        """A wall clock for clients of this node: just after the latest block."""
        return self.gen.time_of(max(self.height, 0)) + self.gen.block_interval_ms // 2

    def add_subscriber(self) -> asyncio.Queue[Notification | None]:
        q: asyncio.Queue[Notification | None] = asyncio.Queue()
        self._subscribers.append(q)
        if self._subscribed is not None:
            self._subscribed.set()
        return q

    async def wait_for_subscriber(self) -> None:
        """Return once some provider subscribed to this node (tests produce blocks only after that)."""
        if not self._subscribers:
            self._subscribed = asyncio.Event()
            await self._subscribed.wait()

    def remove_subscriber(self, q: asyncio.Queue[Notification | None]) -> None:
        if q in self._subscribers:
            self._subscribers.remove(q)

    def lose_mempool(self) -> None:
        """What a node restart does to its mempool."""
        self.mempool.clear()


class MemoryProvider(Provider):
    """A provider over a ChainGenerator (light blocks only) or a SimulatedNode (everything).

    Set `online = False` to make every call fail as an unreachable node would. `served` counts light
    blocks handed out; `reported` collects evidence sent to this node. With `roundtrip`, every structure
    goes through its wire encoding, as over the network.
    """

    def __init__(
        self, source: ChainGenerator | SimulatedNode, name: str = "memory", *, roundtrip: bool = False
    ) -> None:
        self.node = source if isinstance(source, SimulatedNode) else None
        self.gen = source.gen if isinstance(source, SimulatedNode) else source
        self.name = name
        self.online = True
        self.roundtrip = roundtrip
        self.served = 0
        self.requests: list[tuple[str, Any]] = []
        self.reported: list[LightClientAttackEvidence] = []
        #: Called with every request (what, argument) before it is answered: a hook for tests.
        self.on_request: Callable[[str, Any], None] | None = None
        self._wakeups: list[asyncio.Queue[Notification | None]] = []

    def _check(self, what: str, arg: Any = None) -> None:
        self.requests.append((what, arg))
        if self.on_request is not None:
            self.on_request(what, arg)
        if not self.online:
            raise ProviderUnavailableError(f"{self.name} does not answer", provider=self.name)

    def go_offline(self) -> None:
        self.online = False
        for q in self._wakeups:
            q.put_nowait(None)

    def _node(self) -> SimulatedNode:
        if self.node is None:
            raise RequestRejectedError("this test provider serves light blocks only", provider=self.name)
        return self.node

    async def status(self) -> NodeStatus:
        self._check("status")
        return NodeStatus(self.gen.chain_id, self.gen.genesis_hash, self.gen.tip)

    async def genesis(self) -> Genesis:
        self._check("genesis")
        g = self.gen.genesis
        return Genesis.decode(g.encode()) if self.roundtrip else g

    async def light_block(self, height: int | None) -> LightBlock:
        self._check("light_block", height)
        h = self.gen.tip if height is None else height
        if h < 1 or h > self.gen.tip:
            raise LightBlockNotFoundError(f"{self.name} has no light block at height {h}", provider=self.name)
        self.served += 1
        lb = self.gen.light_block(h)
        return LightBlock.decode(lb.encode()) if self.roundtrip else lb

    async def light_blocks(self, first: int, last: int) -> list[LightBlock]:
        self._check("light_blocks", (first, last))
        last = min(last, self.gen.tip)
        if first < 1 or first > last:
            raise LightBlockNotFoundError(f"{self.name} has no light block at height {first}", provider=self.name)
        blocks = self.gen.light_blocks(first, last)
        self.served += len(blocks)
        return [LightBlock.decode(b.encode()) for b in blocks] if self.roundtrip else blocks

    async def state_proof(self, key: bytes, height: int | None = None) -> StateProof:
        self._check("state_proof", key)
        return self._node().prove(key, height)

    async def submit_action(self, encoded: bytes) -> bytes:
        self._check("submit_action", encoded)
        return self._node().submit(encoded)

    async def action_status(self, action_id: bytes) -> ActionStatusReport:
        self._check("action_status", action_id)
        return self._node().status_of(action_id)

    async def signed_action(self, action_id: bytes) -> bytes | None:
        self._check("signed_action", action_id)
        node = self._node()
        return node.raw.get(action_id) if action_id in node.included else None

    async def actor_actions(
        self, actor: bytes, first: int, last: int, *, kind: str | None = None, limit: int = 200
    ) -> ActorActionsPage:
        self._check("actor_actions", (actor, first, last))
        node = self._node()
        last = min(last, node.height)
        found = [
            (e.height, e.action_id)
            for e in node.events
            if first <= e.height <= last and actor in e.actors and (kind is None or e.kind == kind)
        ]
        if len(found) <= limit:
            return ActorActionsPage(tuple(found), last)
        # Whole heights only, as a full node pages them.
        cut = found[limit][0]
        page = [f for f in found if f[0] < cut]
        if page:
            return ActorActionsPage(tuple(page), cut - 1)
        return ActorActionsPage(tuple(f for f in found if f[0] == cut), cut)

    async def report_evidence(self, evidence: LightClientAttackEvidence) -> None:
        self._check("report_evidence", evidence)
        self.reported.append(LightClientAttackEvidence.decode(evidence.encode()))
        if self.node is not None:
            self.node.evidence.append(evidence)

    async def subscribe(self, actors: Sequence[bytes] | None = ()) -> AsyncGenerator[Notification, None]:
        self._check("subscribe", actors)
        node = self._node()
        q = node.add_subscriber()
        self._wakeups.append(q)
        wanted = None if actors is None else set(actors)
        try:
            while True:
                item = await q.get()
                if not self.online or item is None:
                    raise ProviderUnavailableError(f"{self.name} dropped the subscription", provider=self.name)
                if isinstance(item, ChainEvent) and wanted is not None and not wanted.intersection(item.actors):
                    continue
                yield item
        finally:
            node.remove_subscriber(q)
            self._wakeups.remove(q)


class LyingProvider(Provider):
    """Serves what `inner` serves, altered: the adversarial harness.

    `light_block(lb) -> lb` alters light blocks (return the argument for heights left alone),
    `state_proof(sp) -> sp` alters state proofs, `source` replaces the light blocks entirely (e.g. a
    fork's generator).
    """

    def __init__(
        self,
        inner: Provider,
        *,
        name: str | None = None,
        light_block: Callable[[LightBlock], LightBlock] | None = None,
        state_proof: Callable[[StateProof], StateProof] | None = None,
        source: ChainGenerator | None = None,
    ) -> None:
        self.inner = inner
        self.name = name or f"liar({inner.name})"
        self.alter_block = light_block
        self.alter_proof = state_proof
        self.source = source
        self.served = 0
        self.reported: list[LightClientAttackEvidence] = []

    async def status(self) -> NodeStatus:
        return await self.inner.status()

    async def genesis(self) -> Genesis:
        return await self.inner.genesis()

    async def light_block(self, height: int | None) -> LightBlock:
        if self.source is not None:
            h = self.source.tip if height is None else height
            if h < 1 or h > self.source.tip:
                raise LightBlockNotFoundError(f"no light block at height {h}", provider=self.name)
            lb = self.source.light_block(h)
        else:
            lb = await self.inner.light_block(height)
        self.served += 1
        return self.alter_block(lb) if self.alter_block is not None else lb

    async def state_proof(self, key: bytes, height: int | None = None) -> StateProof:
        sp = await self.inner.state_proof(key, height)
        return self.alter_proof(sp) if self.alter_proof is not None else sp

    async def submit_action(self, encoded: bytes) -> bytes:
        return await self.inner.submit_action(encoded)

    async def action_status(self, action_id: bytes) -> ActionStatusReport:
        return await self.inner.action_status(action_id)

    async def signed_action(self, action_id: bytes) -> bytes | None:
        return await self.inner.signed_action(action_id)

    async def actor_actions(
        self, actor: bytes, first: int, last: int, *, kind: str | None = None, limit: int = 200
    ) -> ActorActionsPage:
        return await self.inner.actor_actions(actor, first, last, kind=kind, limit=limit)

    async def report_evidence(self, evidence: LightClientAttackEvidence) -> None:
        self.reported.append(evidence)

    def subscribe(self, actors: Sequence[bytes] | None = ()) -> AsyncGenerator[Notification, None]:
        return self.inner.subscribe(actors)

    async def aclose(self) -> None:
        await self.inner.aclose()


class BrokenProvider(Provider):
    """Answers every light-block request with something that is not what was asked for."""

    def __init__(self, inner: Provider, *, name: str = "broken") -> None:
        self.inner = inner
        self.name = name

    async def status(self) -> NodeStatus:
        return await self.inner.status()

    async def genesis(self) -> Genesis:
        return await self.inner.genesis()

    async def light_block(self, height: int | None) -> LightBlock:
        raise BadResponseError(f"{self.name} sent bytes that do not decode", provider=self.name)

    async def state_proof(self, key: bytes, height: int | None = None) -> StateProof:
        raise BadResponseError(f"{self.name} sent bytes that do not decode", provider=self.name)

    async def submit_action(self, encoded: bytes) -> bytes:
        return await self.inner.submit_action(encoded)

    async def action_status(self, action_id: bytes) -> ActionStatusReport:
        return await self.inner.action_status(action_id)

    async def signed_action(self, action_id: bytes) -> bytes | None:
        return None

    async def report_evidence(self, evidence: LightClientAttackEvidence) -> None:
        return None

    def subscribe(self, actors: Sequence[bytes] | None = ()) -> AsyncGenerator[Notification, None]:
        return self.inner.subscribe(actors)

    async def aclose(self) -> None:
        await self.inner.aclose()


def funded_accounts(keys: Iterable[PrivateKey], amount: int) -> list[tuple[bytes, int]]:
    return [(k.actor_id, amount) for k in keys]


__all__ = [
    "CHAIN_ID",
    "EMPTY_ACTIONS_ROOT",
    "GENESIS_TIME_MS",
    "BrokenProvider",
    "ChainGenerator",
    "Epoch",
    "LoopbackServer",
    "LyingProvider",
    "MemoryProvider",
    "SimulatedNode",
    "forge_signature",
    "funded_accounts",
    "keep_signatures",
    "key_from",
    "resign",
    "rotating_schedule",
    "validator_keys",
]


# --- A loopback HTTP server speaking the node API ----------------------------------------------------------


class LoopbackServer:
    """Serves any Provider (a generated chain, a simulated node, a liar) on 127.0.0.1 in the format of the
    full node's API (fullnode/api.py), so HttpProvider can be tested and benchmarked against it."""

    def __init__(self, provider: Provider) -> None:
        self.provider = provider
        self.url = ""
        self.light_blocks_served = 0
        self._runner: web.AppRunner | None = None
        self._sockets: set[web.WebSocketResponse] = set()

    async def start(self) -> str:
        app = web.Application(middlewares=[self._errors])
        r = app.router
        r.add_get("/v1/status", self._status)
        r.add_get("/v1/genesis", self._genesis)
        r.add_get("/v1/light_blocks/{height}", self._light_block)
        r.add_get("/v1/light_blocks", self._light_blocks)
        r.add_get("/v1/state/{key}", self._state)
        r.add_post("/v1/actions", self._submit)
        r.add_get("/v1/actions/{id}", self._action_status)
        r.add_get("/v1/actions/{id}/proof", self._action_proof)
        r.add_post("/v1/evidence/light_client", self._evidence)
        r.add_get("/v1/accounts/{address}/actions", self._actor_actions)
        r.add_get("/v1/ws", self._ws)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"
        return self.url

    async def stop(self) -> None:
        for ws in list(self._sockets):
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> LoopbackServer:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @staticmethod
    def _msgpack(body: bytes) -> web.Response:
        return web.Response(body=body, content_type="application/msgpack")

    @web.middleware
    async def _errors(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        try:
            return await handler(request)
        except LightBlockNotFoundError as exc:
            return web.json_response({"error": str(exc)}, status=404)
        except RequestRejectedError as exc:
            return web.json_response({"error": exc.reason}, status=exc.status)
        except (ProviderUnavailableError, BadResponseError) as exc:
            return web.json_response({"error": str(exc)}, status=503)

    async def _status(self, request: web.Request) -> web.StreamResponse:
        s = await self.provider.status()
        return web.json_response({"chain_id": s.chain_id, "genesis_hash": s.genesis_hash.hex(), "height": s.height})

    async def _genesis(self, request: web.Request) -> web.StreamResponse:
        g = await self.provider.genesis()
        return web.Response(text=g.to_json(), content_type="application/json")

    async def _light_block(self, request: web.Request) -> web.StreamResponse:
        text = request.match_info["height"]
        lb = await self.provider.light_block(None if text == "latest" else int(text))
        self.light_blocks_served += 1
        return self._msgpack(lb.encode())

    async def _light_blocks(self, request: web.Request) -> web.StreamResponse:
        first = int(request.query["from"])
        last = min(int(request.query.get("to", first + 99)), first + 99)
        blocks = await self.provider.light_blocks(first, last)
        self.light_blocks_served += len(blocks)
        return self._msgpack(encode_list(blocks))

    async def _state(self, request: web.Request) -> web.StreamResponse:
        key = bytes.fromhex(request.match_info["key"])
        text = request.query.get("height", "latest")
        sp = await self.provider.state_proof(key, None if text == "latest" else int(text))
        body = msgpack.packb([1, sp.height, sp.key, sp.value, sp.proof.to_wire(), b""], use_bin_type=True)
        return self._msgpack(body)

    async def _submit(self, request: web.Request) -> web.StreamResponse:
        action_id = await self.provider.submit_action(await request.read())
        return web.json_response({"id": action_id.hex(), "status": "pending"}, status=202)

    async def _action_status(self, request: web.Request) -> web.StreamResponse:
        action_id = bytes.fromhex(request.match_info["id"])
        report = await self.provider.action_status(action_id)
        if report.state is InclusionState.INCLUDED:
            doc = {
                "id": action_id.hex(),
                "status": "committed",
                "height": report.height,
                "index": report.index,
            }
            return web.json_response(doc)
        if report.state is InclusionState.PENDING:
            return web.json_response({"id": action_id.hex(), "status": "pending"})
        return web.json_response({"error": "this node knows no such action"}, status=404)

    async def _actor_actions(self, request: web.Request) -> web.StreamResponse:
        q = request.query
        page = await self.provider.actor_actions(
            decode_address(request.match_info["address"]), int(q.get("from", "1")), int(q.get("to", "0")),
            kind=q.get("kind"), limit=int(q.get("limit", "200")),
        )  # fmt: skip
        actions = [{"id": i.hex(), "height": h} for h, i in page.actions]
        return web.json_response({"complete_to": page.complete_to, "actions": actions})

    async def _action_proof(self, request: web.Request) -> web.StreamResponse:
        action_id = bytes.fromhex(request.match_info["id"])
        report = await self.provider.action_status(action_id)
        raw = await self.provider.signed_action(action_id)
        if report.state is not InclusionState.INCLUDED or report.proof is None or raw is None:
            return web.json_response({"error": "the action is not in any committed block"}, status=404)
        receipt = await self.provider.state_proof(S.receipt_key(action_id), report.height)
        body = msgpack.packb(
            [
                1,
                report.height,
                report.index,
                raw,
                report.proof.to_wire(),
                receipt.value,
                receipt.proof.to_wire(),
            ],
            use_bin_type=True,
        )
        return self._msgpack(body)

    async def _evidence(self, request: web.Request) -> web.StreamResponse:
        evidence = LightClientAttackEvidence.decode(await request.read())
        await self.provider.report_evidence(evidence)
        return web.json_response({"hash": evidence.hash().hex()}, status=202)

    async def _ws(self, request: web.Request) -> web.StreamResponse:
        topics = set(request.query.get("topics", "headers,events").split(","))
        ws = web.WebSocketResponse(heartbeat=20)
        await ws.prepare(request)
        self._sockets.add(ws)
        feeder = asyncio.ensure_future(self._feed(ws, topics))
        try:
            async for _ in ws:  # until the client goes away
                pass
        finally:
            feeder.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await feeder
            self._sockets.discard(ws)
            await ws.close()
        return ws

    async def _feed(self, ws: web.WebSocketResponse, topics: set[str]) -> None:
        try:
            async for note in self.provider.subscribe(None if "events" in topics else ()):
                if isinstance(note, NewHeader) and "headers" in topics:
                    lb = note.light_block or await self.provider.light_block(note.height)
                    await ws.send_bytes(pack(["header", note.height, lb.to_wire()]))
                elif isinstance(note, ChainEvent) and "events" in topics:
                    event = {
                        "kind": note.kind,
                        "actors": [a.hex() for a in note.actors],
                        "action_id": note.action_id.hex(),
                        "data": {k: v.hex() if isinstance(v, bytes) else v for k, v in note.data.items()},
                    }
                    await ws.send_str(json.dumps({"type": "events", "height": note.height, "events": [event]}))
        except (ProviderUnavailableError, ConnectionResetError):
            pass
        await ws.close()
