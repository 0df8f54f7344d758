"""The full node: consensus, execution, storage, mempool, peers, block sync and the API in one process."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import os
import random
import time
from collections import OrderedDict
from collections.abc import Coroutine, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from lightnode.protocol.actions import (
    MAX_ACTION_SIZE,
    Action,
    SignedAction,
    Transfer,
    action_id_of_encoding,
)
from lightnode.protocol.address import encode_address
from lightnode.protocol.chain import ZERO_HASH, Commit, CommitError, Header, ValidatorSet, Vote, verify_commit
from lightnode.protocol.consensus import (
    EMPTY_COMMIT,
    MAX_SYNC_BLOCKS,
    Actions,
    Block,
    Blocks,
    BlocksRequest,
    DuplicateVoteEvidence,
    Evidence,
    MessageKind,
    PeerMessage,
    SignedProposal,
    SignedVote,
    Status,
    actions_root,
    encode_message,
    prev_commit_hash,
)
from lightnode.protocol.encoding import pack
from lightnode.protocol.errors import DecodeError, ProtocolError, SignatureError, ValidationError
from lightnode.protocol.genesis import Genesis
from lightnode.protocol.keys import PrivateKey, actor_id
from lightnode.protocol.smt import SparseMerkleTree
from lightnode.protocol.state import ChannelRecord, channel_key

from .api import ApiServer
from .codec import address_of, array_header, committed_block_bytes, event_to_json
from .config import NodeConfig, parse_listen, write_atomic
from .consensus.core import ConsensusCore, Decision, Output, Step, Timeout
from .consensus.priority import ProposerPriorities
from .consensus.wal import WalSigner, WriteAheadLog
from .errors import AlreadyCommittedError, FaucetError, InvalidBlockError
from .mempool import Entry, Mempool, MempoolFullError
from .p2p import Peer, PeerNetwork
from .services import ChannelInfo, ServicesConfig, setup_services
from .state import ActionRejected, BlockResult, StateMachine, genesis_state
from .store import BlockWrite, Store, StoreError

log = logging.getLogger("fullnode.node")

#: A proposed block's time may be at most this far ahead of the validator's clock.
MAX_TIME_DRIFT_MS = 10_000
#: Actions gossiped to peers are batched for this long.
GOSSIP_INTERVAL_S = 0.02
#: How long a sync request may take before another peer is tried.
SYNC_TIMEOUT_S = 15.0
#: Bytes of blocks sent in one sync answer (fewer blocks if they are large).
SYNC_ANSWER_BYTES = 4 * 1024 * 1024
NODE_FILE = "node.json"
_RELAYED_KINDS = frozenset({int(MessageKind.PROPOSAL), int(MessageKind.VOTE), int(MessageKind.EVIDENCE)})


def services_config(config: NodeConfig) -> ServicesConfig:
    """The mailbox, blob store and stream relay settings of a node."""
    return ServicesConfig(
        fsync_chunks=config.fsync,
        public_hosts=tuple(config.services_public_hosts),
        free_quota_bytes=config.services_free_quota_bytes,
    )


class NodeChainView:
    """The node's committed state as the services read it (a `fullnode.services.ChainView`)."""

    def __init__(self, node: Node) -> None:
        self._node = node

    def height(self) -> int:
        return self._node.sm.height

    async def storage_quota(self, actor: bytes) -> int:
        return self._node.sm.account(actor).storage_quota

    async def channel(self, channel_public_key: bytes) -> ChannelInfo | None:
        raw = self._node.sm.get(channel_key(channel_public_key))
        if raw is None:
            return None
        record = ChannelRecord.decode(raw)
        return ChannelInfo(record.owner, record.title, bool(record.live))


class NodePeers:
    """The API addresses of the node's peers (a `fullnode.services.PeerSet`), learnt when they connect."""

    def __init__(self, network: PeerNetwork) -> None:
        self._network = network

    def service_urls(self) -> list[str]:
        return self._network.api_urls()


class Node:
    """One ExC node. `await start()` brings it up (restoring its data directory); `await stop()` ends it."""

    def __init__(
        self,
        config: NodeConfig,
        genesis: Genesis,
        node_key: PrivateKey,
        faucet_key: PrivateKey | None = None,
    ) -> None:
        self.config = config
        self.genesis = genesis
        self.chain_id = genesis.chain_id
        self.genesis_hash = genesis.hash()
        self.node_key = node_key
        self.address = node_key.actor_id
        self.faucet_key = faucet_key
        self.api_port = 0
        self.p2p_port = 0
        self.started_at = time.time()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._timers: set[asyncio.TimerHandle] = set()
        self._round_timer: asyncio.TimerHandle | None = None
        self._round_timer_busy = False
        self._commit_lock = asyncio.Lock()
        self._results: dict[bytes, BlockResult] = {}
        self._invalid: dict[bytes, str] = {}
        self._verified_commits: set[bytes] = set()
        self._seen: OrderedDict[bytes, None] = OrderedDict()
        self._gossip_out: list[bytes] = []
        self._sync_wakeup = asyncio.Event()
        self._sync_waiters: dict[bytes, asyncio.Future[Blocks]] = {}
        self._faucet_last: dict[bytes, float] = {}
        self._stopping = False
        self._height_changed = time.monotonic()
        self.last_rejection = ""
        self.trees: OrderedDict[int, SparseMerkleTree] = OrderedDict()
        self.mempool = Mempool(config.mempool_max_actions)
        #: Actions admitted and later dropped from the mempool: id -> ("dropped" | "expired", reason).
        self._dropped: OrderedDict[bytes, tuple[str, str]] = OrderedDict()

    # ---- lifecycle ------------------------------------------------------------------------------------

    async def start(self) -> None:
        """Open the data directory, restore the chain and start serving; on failure nothing stays open."""
        try:
            await self._start()
        except BaseException:
            self._stopping = True
            await self._close_partial()
            raise

    async def _close_partial(self) -> None:
        for name in ("api", "p2p"):
            part = getattr(self, name, None)
            if part is not None:
                with contextlib.suppress(Exception):
                    await part.stop()
        for name in ("wal", "store"):
            part = getattr(self, name, None)
            if part is not None:
                with contextlib.suppress(Exception):
                    part.close()
        executor = getattr(self, "_db", None)
        if executor is not None:
            executor.shutdown(wait=True)

    async def _start(self) -> None:
        config = self.config
        config.data_dir.mkdir(parents=True, exist_ok=True)
        self.store = Store(config.data_dir / "chain.sqlite")
        self._db = ThreadPoolExecutor(1, thread_name_prefix="store")
        self.store.bind_chain(self.chain_id, self.genesis_hash)
        self._load_state()
        self.wal = WriteAheadLog(config.data_dir / "wal", fsync=config.fsync)
        self.signer = WalSigner(self.node_key.sign_raw, self.node_key.public_key.raw, self.wal)
        self.core = ConsensusCore(self.chain_id, self, self.signer, config.timeouts)
        self.p2p = PeerNetwork(self.chain_id, self.genesis_hash, self.node_key, self, config.peers)
        self.api = ApiServer(self)
        await setup_services(
            self.api.app,
            data_dir=config.data_dir / "services",
            chain=NodeChainView(self),
            peers=NodePeers(self.p2p),
            config=services_config(config),
        )
        # The API first, so that every peer connection can announce its port.
        host, port = parse_listen(config.api_listen, "api_listen")
        self.api_port = await self.api.start(host, port)
        self.api_host = host
        self.p2p.api_port = self.api_port
        host, port = parse_listen(config.p2p_listen, "p2p_listen")
        self.p2p_port = await self.p2p.start(host, port)
        self.p2p_host = host
        self._write_node_file()
        height = self.sm.height + 1
        self._enter_height(height, restored=True)
        self._spawn(self._gossip_loop())
        self._spawn(self._sync_loop())
        self._spawn(self._tick_loop())
        if self.sm.height > 0:
            # The first epoch after a restart would otherwise scan the whole state inside block execution.
            self._spawn(asyncio.to_thread(self._build_social_index))
        log.info(
            "node %s started at height %d: api %s:%d, p2p %s:%d, %s",
            encode_address(self.address),
            self.sm.height,
            self.api_host,
            self.api_port,
            self.p2p_host,
            self.p2p_port,
            "validator" if self.is_validator else "not a validator",
        )

    async def stop(self) -> None:
        if self._stopping:
            return
        self._stopping = True
        for timer in [*self._timers, self._round_timer]:
            if timer is not None:
                timer.cancel()
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        await self.api.stop()
        await self.p2p.stop()
        async with self._commit_lock:
            self._db.shutdown(wait=True)
            self.store.close()
            self.wal.close()
        with contextlib.suppress(OSError):
            (self.config.data_dir / NODE_FILE).unlink()
        log.info("node stopped at height %d", self.sm.height)

    def _write_node_file(self) -> None:
        doc = {
            "pid": os.getpid(),
            "chain_id": self.chain_id,
            "node_key": self.node_key.public_key.raw.hex(),
            "address": encode_address(self.address),
            "api": f"{self.api_host}:{self.api_port}",
            "p2p": f"{self.p2p_host}:{self.p2p_port}",
        }
        write_atomic(self.config.data_dir / NODE_FILE, (json.dumps(doc) + "\n").encode())

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None and not self._stopping:
            log.error("background task failed", exc_info=task.exception())

    def _later(self, delay: float, callback: Any, *args: Any) -> asyncio.TimerHandle:
        loop = asyncio.get_running_loop()
        handle: asyncio.TimerHandle

        def fire() -> None:
            self._timers.discard(handle)
            if not self._stopping:
                callback(*args)

        handle = loop.call_later(delay, fire)
        self._timers.add(handle)
        return handle

    def _load_state(self) -> None:
        """Rebuild the state tree from the stored values and check it against the last header."""
        store = self.store
        height = store.height()
        if height == 0:
            self.sm = StateMachine(self.genesis)
            self.priorities = ProposerPriorities(self.sm.validators)
            store.save_initial_validators(self.sm.validators, self.priorities.priorities)
            self.last_hash = ZERO_HASH
            self.last_time_ms = self.genesis.genesis_time_ms
            self.last_commit = EMPTY_COMMIT
            self.prev_validators: ValidatorSet | None = None
        else:
            started = time.monotonic()
            tree = genesis_state(self.genesis).update(dict(store.state_items()))
            header = store.header(height)
            commit = store.commit(height)
            assert header is not None
            assert commit is not None
            if tree.root_hash != header.state_root:
                raise StoreError(
                    f"the stored state does not match the state root of block {height}; "
                    "the data directory is damaged (remove it to sync again from peers)"
                )
            self.sm = StateMachine(self.genesis, tree, height)
            validators = store.validators(height + 1)
            priorities = store.priorities(height + 1)
            if validators != self.sm.validators or priorities is None:
                raise StoreError(f"the stored validator set of height {height + 1} does not match the state")
            self.priorities = ProposerPriorities(validators, priorities)
            self.last_hash = header.hash()
            self.last_time_ms = header.time_ms
            self.last_commit = commit
            self.prev_validators = store.validators(height)
            log.info(
                "restored height %d (%d state entries) in %.2f s",
                height,
                len(tree),
                time.monotonic() - started,
            )
        self.trees[self.sm.height] = self.sm.tree

    def _build_social_index(self) -> None:
        started = time.monotonic()
        if self.sm.build_social_index():
            log.info("social index built in %.2f s (now at height %d)", time.monotonic() - started, self.sm.height)

    def _note_dropped(self, entries: Iterable[Entry], status: str, reason: str) -> None:
        for entry in entries:
            self._dropped[entry.id] = (status, reason)
        while len(self._dropped) > 10_000:
            self._dropped.popitem(last=False)

    def dropped_reason(self, action_id: bytes) -> tuple[str, str] | None:
        """Why an action this node admitted was dropped before reaching a block, if it was."""
        return self._dropped.get(action_id)

    # ---- status ---------------------------------------------------------------------------------------

    @property
    def height(self) -> int:
        return self.sm.height

    @property
    def is_validator(self) -> bool:
        return self.sm.validators.index_of(self.node_key.public_key.raw) is not None

    def peer_height(self) -> int:
        return self.sm.height

    def best_peer_height(self) -> int:
        return max((p.height for p in self.p2p.peers()), default=0)

    # ---- consensus plumbing ---------------------------------------------------------------------------

    def _enter_height(self, height: int, *, restored: bool = False) -> None:
        self.wal.begin_height(height)
        records = self.wal.records_for(height) if restored and self.is_validator else None
        if records:
            log.info("resuming height %d from the WAL (%d signatures)", height, len(records))
        self._results = {k: v for k, v in self._results.items() if v.height >= height}
        self._invalid.clear()
        self._handle(self.core.start_height(height, self.sm.validators, self.priorities, records))
        self._height_changed = time.monotonic()
        self._schedule_round_start()

    def _schedule_round_start(self) -> None:
        if self._round_timer is not None:
            self._round_timer.cancel()
        busy = len(self.mempool) > 0
        interval = self.config.busy_block_interval_s if busy else self.config.block_interval_s
        delay = max(0.0, self.last_time_ms / 1000 + interval - time.time())
        self._round_timer_busy = busy
        self._round_timer = self._later(delay, self._start_round)

    def _start_round(self) -> None:
        self._round_timer = None
        self._handle(self.core.start())

    def _on_mempool_grew(self) -> None:
        if self._round_timer is not None and not self._round_timer_busy and self.core.step == Step.NEW_HEIGHT:
            self._schedule_round_start()

    def _on_timeout(self, timeout: Timeout) -> None:
        self._handle(self.core.on_timeout(timeout))

    def _handle(self, out: Output) -> None:
        if out.error:
            log.debug("consensus: %s", out.error)
        for message in out.messages:
            self._send_own(message)
        for timeout in out.timeouts:
            self._later(timeout.delay_s, self._on_timeout, timeout)
        for evidence in out.evidence:
            self._record_evidence(evidence)
        if out.decision is not None:
            self._spawn(self._commit_decision(out.decision))

    def _mark_seen(self, data: bytes) -> bool:
        """Remember a relayable message (proposal, vote, evidence); False if it was seen before."""
        digest = hashlib.blake2b(data, digest_size=16).digest()
        if digest in self._seen:
            return False
        self._seen[digest] = None
        if len(self._seen) > 50_000:
            self._seen.popitem(last=False)
        return True

    def already_seen(self, raw: bytes) -> bool:
        # Only relayed kinds repeat harmlessly; a repeated sync request or status must still be handled.
        if len(raw) < 2 or raw[0] != 0x92 or raw[1] not in _RELAYED_KINDS:
            return False
        return hashlib.blake2b(raw, digest_size=16).digest() in self._seen

    def _send_own(self, message: SignedProposal | SignedVote) -> None:
        data = encode_message(message)
        self._mark_seen(data)
        if self.config.testing_equivocate and isinstance(message, SignedVote):
            self._equivocate(message, data)
            return
        self.p2p.broadcast(data)

    def _equivocate(self, message: SignedVote, data: bytes) -> None:
        """TEST ONLY: sign a conflicting vote too and show each half of the peers a different one."""
        vote = message.vote
        other_hash = b"" if vote.block_hash else os.urandom(32)
        other = Vote(vote.type, vote.chain_id, vote.height, vote.round, other_hash)
        conflicting = SignedVote(other, message.validator_index, self.node_key.sign_raw(other.sign_bytes()))
        other_data = encode_message(conflicting)
        self._mark_seen(other_data)
        for i, peer in enumerate(sorted(self.p2p.peers(), key=lambda p: p.node_key)):
            peer.send(data if i % 2 == 0 else other_data)

    # ---- ConsensusApp ---------------------------------------------------------------------------------

    def propose_block(self, height: int, round_: int) -> Block | None:
        if height != self.sm.height + 1:
            return None
        entries = self.mempool.select(self.config.max_block_actions, self.config.max_block_bytes)
        time_ms = max(int(time.time() * 1000), self.last_time_ms + 1)
        result: BlockResult | None = None
        for _ in range(64):
            try:
                result = self.sm.execute_block(height, time_ms, self.address, [e.signed for e in entries])
                break
            except ActionRejected as exc:
                if exc.index is None or not 0 <= exc.index < len(entries):
                    raise
                bad = entries[exc.index]
                removed = self.mempool.remove_with_successors(bad.id)
                self._note_dropped(removed, "dropped", exc.reason)
                dropped = {e.id for e in removed} | {bad.id}
                log.info("dropping action %s from the mempool: %s", bad.id.hex()[:16], exc.reason)
                entries = [e for e in entries if e.id not in dropped]
        if result is None:
            entries = []
            result = self.sm.execute_block(height, time_ms, self.address, [])
        header = Header(
            self.chain_id,
            height,
            time_ms,
            self.last_hash,
            prev_commit_hash(height, self.last_commit),
            actions_root([e.id for e in entries]),
            result.state_root,
            self.sm.validators.hash(),
            result.next_validators.hash(),
            self.address,
        )
        block = Block(header, tuple(e.raw for e in entries), self.last_commit if height > 1 else EMPTY_COMMIT)
        self._results[block.hash()] = result
        log.debug("proposing block %d round %d with %d actions", height, round_, len(entries))
        return block

    def validate_block(self, block: Block) -> bool:
        try:
            self._validate(block, check_time=True)
        except InvalidBlockError as exc:
            self.last_rejection = str(exc)
            log.warning("rejecting block %d %s: %s", block.height, block.hash().hex()[:16], exc)
            return False
        return True

    def _validate(self, block: Block, *, check_time: bool) -> BlockResult:
        """Check a block against the chain and execute it; raise InvalidBlockError saying why it is bad."""
        block_hash = block.hash()
        known = self._results.get(block_hash)
        if known is not None:
            return known
        if block_hash in self._invalid:
            raise InvalidBlockError(self._invalid[block_hash])
        try:
            result = self._check_and_execute(block, check_time=check_time)
        except InvalidBlockError as exc:
            self._invalid[block_hash] = str(exc)
            raise
        self._results[block_hash] = result
        return result

    def _check_and_execute(self, block: Block, *, check_time: bool) -> BlockResult:
        header = block.header
        height = header.height
        if header.chain_id != self.chain_id:
            raise InvalidBlockError(f"the block is for chain '{header.chain_id}'")
        if height != self.sm.height + 1:
            raise InvalidBlockError(f"the next block is at height {self.sm.height + 1}, not {height}")
        if header.prev_block_hash != self.last_hash:
            raise InvalidBlockError("the block does not extend the last committed block")
        if height > 1 and header.time_ms <= self.last_time_ms:
            raise InvalidBlockError("the block's time is not after the previous block's")
        if check_time and header.time_ms > time.time() * 1000 + MAX_TIME_DRIFT_MS:
            raise InvalidBlockError("the block's time is too far in the future")
        if header.validators_hash != self.sm.validators.hash():
            raise InvalidBlockError("the block names another validator set")
        if header.prev_commit_hash != prev_commit_hash(height, block.last_commit):
            raise InvalidBlockError("the block's previous-commit hash does not match its last commit")
        if height > 1:
            commit_hash = block.last_commit.hash()
            if commit_hash not in self._verified_commits:
                assert self.prev_validators is not None
                try:
                    verify_commit(self.chain_id, self.prev_validators, block.last_commit, self.last_hash)
                except CommitError as exc:
                    raise InvalidBlockError(f"the block's last commit is invalid: {exc}") from exc
                self._verified_commits.add(commit_hash)
        ids = [action_id_of_encoding(raw) for raw in block.actions]
        if len(set(ids)) != len(ids):
            raise InvalidBlockError("the block holds the same action twice")
        if actions_root(ids) != header.actions_root:
            raise InvalidBlockError("the block's actions do not match its actions root")
        signed: list[SignedAction] = []
        for index, (raw, action_id) in enumerate(zip(block.actions, ids, strict=True)):
            entry = self.mempool.get(action_id)
            if entry is not None:
                signed.append(entry.signed)
                continue
            try:
                signed.append(SignedAction.decode(raw))
            except ProtocolError as exc:
                raise InvalidBlockError(f"action #{index} is malformed: {exc}") from exc
        try:
            result = self.sm.execute_block(height, header.time_ms, header.proposer, signed)
        except ValidationError as exc:
            raise InvalidBlockError(str(exc)) from exc
        if result.state_root != header.state_root:
            raise InvalidBlockError("executing the block gives another state root than its header says")
        if result.next_validators.hash() != header.next_validators_hash:
            raise InvalidBlockError("executing the block gives another next validator set than its header says")
        return result

    # ---- committing -----------------------------------------------------------------------------------

    async def _commit_decision(self, decision: Decision) -> None:
        async with self._commit_lock:
            block = decision.block
            if block.height != self.sm.height + 1 or self._stopping:
                return
            try:
                result = self._validate(block, check_time=False)
            except InvalidBlockError as exc:  # consensus decides only valid blocks; this is a bug
                log.critical("decided block %d is invalid here: %s", block.height, exc)
                return
            await self._apply(block, decision.commit, result)

    async def _apply(self, block: Block, commit: Commit, result: BlockResult) -> None:
        height = block.height
        started = time.monotonic()
        next_priorities = self.priorities.next_height(result.next_validators)
        results = [
            (r.action_id, r.ok, r.reason, [event_to_json(e, addresses=False) for e in r.events]) for r in result.results
        ]
        write = BlockWrite(
            block,
            block.encode(),
            commit,
            result.next_validators,
            next_priorities.priorities,
            dict(result.changes),
            results,
        )
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(self._db, self.store.save_block, write)
        self.prev_validators = self.sm.validators
        self.sm.commit(result)
        self.trees[height] = result.tree
        while len(self.trees) > max(1, self.config.proof_heights):
            self.trees.popitem(last=False)
        self.last_hash = block.hash()
        self.last_time_ms = block.header.time_ms
        self.last_commit = commit
        self.priorities = next_priorities
        self._verified_commits.clear()
        senders = self.mempool.remove_committed(r.action_id for r in result.results)
        self._recheck_mempool(senders, height + 1)
        log.info(
            "committed block %d (%d actions, round %d, %d signatures) %s in %.0f ms",
            height,
            len(block.actions),
            commit.round,
            len(commit.signatures),
            block.hash().hex()[:16],
            (time.monotonic() - started) * 1000,
        )
        self.p2p.broadcast(encode_message(Status(height, block.hash())))
        self.api.publish_block(block, commit, result)
        self._enter_height(height + 1)

    def _recheck_mempool(self, senders: Iterable[bytes], next_height: int) -> None:
        """Drop queued actions that can no longer apply: expired ones, and those whose nonce the sender's
        account has moved past. (An action that became unaffordable is dropped when a block is built.)"""
        self._note_dropped(self.mempool.expire(next_height), "expired", "the action expired before a block took it")
        for sender in senders:
            if self.mempool.pending_nonce(sender) is None:
                continue
            account_nonce = self.sm.account(sender).nonce
            for entry in self.mempool.entries_of(sender):
                if entry.nonce >= account_nonce:
                    break
                self.mempool.remove(entry.id)

    # ---- actions --------------------------------------------------------------------------------------

    def submit(self, raw: bytes, *, gossip: bool = True) -> bytes:
        """Admit a signed action to the mempool; return its id.

        Raises DecodeError/ValidationError (malformed), ActionRejected (breaks a rule),
        AlreadyCommittedError or MempoolFullError.
        """
        if len(raw) > MAX_ACTION_SIZE:
            raise DecodeError(f"the action is {len(raw)} bytes, more than the limit of {MAX_ACTION_SIZE}")
        action_id = action_id_of_encoding(raw)
        if action_id in self.mempool:
            return action_id
        signed = SignedAction.decode(raw)
        try:
            self._admit(signed, raw, action_id)
        except ActionRejected:
            # A replay of a committed action fails on its nonce; say so plainly.
            location = self.store.action(action_id)
            if location is not None:
                raise AlreadyCommittedError(location.height) from None
            raise
        if gossip:
            self._gossip_out.append(raw)
        return action_id

    def _admit(self, signed: SignedAction, raw: bytes, action_id: bytes) -> None:
        sender = actor_id(signed.action.sender)
        self.sm.check_action(signed, height=self.sm.height + 1, pending_nonce=self.mempool.pending_nonce(sender))
        action = signed.action
        self.mempool.add(Entry(action_id, raw, signed, sender, action.nonce, action.expiry_height, time.monotonic()))
        self._on_mempool_grew()

    def _on_gossip_actions(self, raws: Iterable[bytes]) -> None:
        rejected = 0
        for raw in raws:
            action_id = action_id_of_encoding(raw)
            if action_id in self.mempool or self.mempool.recently_committed(action_id):
                continue
            try:
                self._admit(SignedAction.decode(raw), raw, action_id)
            except (ProtocolError, MempoolFullError):
                rejected += 1
        if rejected:
            log.debug("%d gossiped actions were not admitted", rejected)

    async def _gossip_loop(self) -> None:
        while True:
            await asyncio.sleep(GOSSIP_INTERVAL_S)
            if not self._gossip_out:
                continue
            batch, self._gossip_out = self._gossip_out, []
            for start in range(0, len(batch), 2000):
                self.p2p.broadcast(encode_message(Actions(tuple(batch[start : start + 2000]))))

    def faucet(self, recipient: bytes) -> tuple[bytes, int]:
        """DEVNET: send starter funds from the faucet key; return the action id and the amount."""
        if self.faucet_key is None:
            raise FaucetError("this node has no faucet (only devnet nodes do)")
        now = time.monotonic()
        last = self._faucet_last.get(recipient)
        if last is not None and now - last < self.config.faucet_cooldown_s:
            wait = self.config.faucet_cooldown_s - (now - last)
            raise FaucetError(f"this address was funded moments ago; ask again in {wait:.0f} s")
        sender = self.faucet_key.actor_id
        nonce = self.mempool.pending_nonce(sender)
        if nonce is None:
            nonce = self.sm.account(sender).nonce
        amount = self.config.faucet_amount
        action = Action(
            self.chain_id,
            self.faucet_key.public_key.raw,
            nonce,
            self.sm.params.get("min_fee"),
            self.sm.height + 100,
            Transfer(recipient, amount, "devnet faucet"),
        )
        action_id = self.submit(action.sign(self.faucet_key).encode())
        self._faucet_last[recipient] = now
        return action_id, amount

    # ---- evidence -------------------------------------------------------------------------------------

    def _record_evidence(self, evidence: DuplicateVoteEvidence) -> None:
        data = encode_message(Evidence(evidence))
        if not self._mark_seen(data):
            return
        vote = evidence.vote_a.vote
        log.warning(
            "validator %s equivocated at height %d round %d (%s): recorded as evidence",
            address_of(actor_id(evidence.public_key)),
            vote.height,
            vote.round,
            "prevote" if vote.type == 1 else "precommit",
        )
        self._spawn(self._store_evidence(evidence))
        self.p2p.broadcast(data)

    async def _store_evidence(self, evidence: DuplicateVoteEvidence) -> None:
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(self._db, self.store.add_evidence, evidence, int(time.time() * 1000))

    def _on_peer_evidence(self, evidence: DuplicateVoteEvidence) -> None:
        vote = evidence.vote_a.vote
        if vote.chain_id != self.chain_id:
            raise ValidationError("the evidence is for another chain")
        validators = self.sm.validators if vote.height > self.sm.height else self.store.validators(vote.height)
        index = evidence.vote_a.validator_index
        if validators is None or index >= len(validators):
            raise ValidationError("the evidence names an unknown validator")
        if validators.validators[index].public_key != evidence.public_key:
            raise ValidationError("the evidence's public key is not that validator's")
        try:
            evidence.verify()
        except SignatureError as exc:
            raise ValidationError("the evidence's signatures do not verify") from exc
        self._record_evidence(evidence)

    # ---- peers ----------------------------------------------------------------------------------------

    def on_peer_connected(self, peer: Peer) -> None:
        log.info("peer %s connected (%s)", peer.node_key.hex()[:12], "outbound" if peer.outbound else "inbound")
        peer.send(encode_message(Status(self.sm.height, self.last_hash if self.sm.height else b"")))
        for message in self.core.rebroadcast().messages:
            peer.send(encode_message(message))

    def on_peer_disconnected(self, peer: Peer) -> None:
        log.info("peer %s disconnected", peer.node_key.hex()[:12])
        waiter = self._sync_waiters.pop(peer.node_key, None)
        if waiter is not None and not waiter.done():
            waiter.cancel()

    def on_peer_message(self, peer: Peer, message: PeerMessage, raw: bytes) -> None:
        if self._stopping:
            return
        if isinstance(message, SignedVote | SignedProposal):
            height = message.proposal.height if isinstance(message, SignedProposal) else message.vote.height
            if height > self.core.height + 1:
                # Too far ahead to keep: catch up by block sync; the message may come again later.
                self._sync_wakeup.set()
                return
            if not self._mark_seen(raw):
                return
            if isinstance(message, SignedProposal):
                out = self.core.on_proposal(message)
            else:
                out = self.core.on_vote(message)
            if out.accepted:
                self.p2p.broadcast(raw, exclude=lambda p: p is peer)
            self._handle(out)
            if height > self.sm.height + 1:
                self._sync_wakeup.set()
            if out.fault:
                raise ValidationError(out.error)
        elif isinstance(message, Actions):
            self._on_gossip_actions(message.actions)
        elif isinstance(message, Status):
            peer.height = message.height
            if message.height > self.sm.height:
                self._sync_wakeup.set()
        elif isinstance(message, BlocksRequest):
            self._answer_blocks_request(peer, message)
        elif isinstance(message, Blocks):
            waiter = self._sync_waiters.pop(peer.node_key, None)
            if waiter is not None and not waiter.done():
                waiter.set_result(message)
        elif isinstance(message, Evidence) and self._mark_seen(raw):
            self._on_peer_evidence(message.evidence)

    def _answer_blocks_request(self, peer: Peer, request: BlocksRequest) -> None:
        parts: list[bytes] = []
        size = 0
        last = min(self.store.height(), request.from_height + request.count - 1)
        for height in range(request.from_height, last + 1):
            stored = self.store.committed_block(height)
            if stored is None:
                break
            part = committed_block_bytes(*stored)
            if parts and size + len(part) > SYNC_ANSWER_BYTES:
                break
            parts.append(part)
            size += len(part)
        body = array_header(2) + pack(1) + array_header(len(parts)) + b"".join(parts)
        peer.send(array_header(2) + pack(int(MessageKind.BLOCKS)) + body)

    # ---- block sync -----------------------------------------------------------------------------------

    async def _sync_loop(self) -> None:
        """Fetch committed blocks from peers that are ahead, verifying each commit before applying."""
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._sync_wakeup.wait(), 1.0)
            self._sync_wakeup.clear()
            ahead = [p for p in self.p2p.peers() if p.height > self.sm.height]
            if not ahead:
                continue
            # A validator still deciding the next height gets a moment to finish on its own.
            if self.core.height == self.sm.height + 1 and max(p.height for p in ahead) == self.sm.height + 1:
                await asyncio.sleep(0.3)
                if self.sm.height >= max(p.height for p in ahead):
                    continue
            peer = random.choice(ahead)
            count = min(MAX_SYNC_BLOCKS, peer.height - self.sm.height)
            waiter: asyncio.Future[Blocks] = asyncio.get_running_loop().create_future()
            self._sync_waiters[peer.node_key] = waiter
            peer.send(encode_message(BlocksRequest(self.sm.height + 1, count)))
            try:
                answer = await asyncio.wait_for(waiter, SYNC_TIMEOUT_S)
            except (TimeoutError, asyncio.CancelledError):
                if self._stopping:
                    raise
                self._sync_waiters.pop(peer.node_key, None)
                continue
            for committed in answer.blocks:
                if not await self._apply_synced(committed.block, committed.commit, peer):
                    break
            if answer.blocks and self.best_peer_height() > self.sm.height:
                self._sync_wakeup.set()

    async def _apply_synced(self, block: Block, commit: Commit, peer: Peer) -> bool:
        async with self._commit_lock:
            if self._stopping:
                return False
            if block.height <= self.sm.height:
                return True
            if block.height != self.sm.height + 1:
                return False
            try:
                verify_commit(self.chain_id, self.sm.validators, commit, block.hash())
                result = self._validate(block, check_time=False)
            except (CommitError, InvalidBlockError) as exc:
                log.warning("peer %s sent an unacceptable block %d: %s", peer.node_key.hex()[:12], block.height, exc)
                peer.strikes += 5
                return False
            log.info("synced block %d from peer %s", block.height, peer.node_key.hex()[:12])
            await self._apply(block, commit, result)
            return True

    # ---- periodic work --------------------------------------------------------------------------------

    async def _tick_loop(self) -> None:
        ticks = 0
        while True:
            await asyncio.sleep(self.config.rebroadcast_s)
            ticks += 1
            stalled = time.monotonic() - self._height_changed > self.config.rebroadcast_s
            if stalled and self.core.step not in (Step.NEW_HEIGHT, Step.DECIDED):
                for message in self.core.rebroadcast().messages:
                    self.p2p.broadcast(encode_message(message))
            if ticks % 5 == 0:
                self.p2p.broadcast(encode_message(Status(self.sm.height, self.last_hash if self.sm.height else b"")))
                dropped = self.mempool.expire(self.sm.height + 1)
                self._note_dropped(dropped, "expired", "the action expired before a block took it")
                if dropped:
                    log.info("dropped %d expired actions from the mempool", len(dropped))


def node_file(data_dir: Path) -> Path:
    return data_dir / NODE_FILE
