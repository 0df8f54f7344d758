"""The deterministic state machine of the ExC full node: admits actions and executes blocks, purely."""

from __future__ import annotations

import contextlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from lightnode.protocol import actions as A
from lightnode.protocol import state as S
from lightnode.protocol.actions import (
    MAX_ACTION_SIZE,
    Action,
    ActionType,
    SignedAction,
    action_id_of_encoding,
)
from lightnode.protocol.chain import ValidatorSet
from lightnode.protocol.encoding import Struct
from lightnode.protocol.errors import DecodeError, SignatureError, ValidationError
from lightnode.protocol.genesis import Genesis
from lightnode.protocol.keys import actor_id
from lightnode.protocol.smt import SparseMerkleTree
from lightnode.protocol.state import (
    Account,
    ChainInfo,
    Params,
    Pool,
    Receipt,
    ReceiptStatus,
    ReputationTotal,
    TrustSeed,
)

from . import _dao, _market, _reputation, _social, _wallet
from ._context import Context, RuleError, clip, replace
from ._results import ActionRejected, ActionResult, BlockResult, Event
from ._social_index import SocialIndex
from ._store import BlockView, Journal

Handler = Callable[[Context, Any], None]

#: The rules of every action type, each applied after the fee is paid and the nonce used.
HANDLERS: Mapping[ActionType, Handler] = {
    ActionType.TRANSFER: _wallet.transfer,
    ActionType.PROFILE: _social.profile,
    ActionType.POST: _social.post,
    ActionType.COMMENT: _social.comment,
    ActionType.VOTE: _social.vote,
    ActionType.FOLLOW: _social.follow,
    ActionType.SKILL_CLAIM: _social.skill_claim,
    ActionType.ENDORSEMENT: _social.endorsement,
    ActionType.LISTING: _market.listing,
    ActionType.LISTING_UPDATE: _market.listing_update,
    ActionType.LISTING_EDIT: _market.listing_edit,
    ActionType.ORDER: _market.order,
    ActionType.ORDER_RESPONSE: _market.order_response,
    ActionType.ORDER_CANCEL: _market.order_cancel,
    ActionType.DELIVERY: _market.delivery,
    ActionType.RELEASE: _market.release,
    ActionType.DISPUTE: _market.dispute,
    ActionType.RESOLUTION: _market.resolution,
    ActionType.RATING: _market.rating,
    ActionType.RATING_REPLY: _market.rating_reply,
    ActionType.ARBITER: _market.arbiter,
    ActionType.CHANNEL: _social.channel,
    ActionType.STREAM: _social.stream,
    ActionType.PROMOTION: _social.promotion,
    ActionType.FUEL: _wallet.fuel,
    ActionType.PROPOSAL: _dao.proposal,
    ActionType.PROPOSAL_VOTE: _dao.proposal_vote,
    ActionType.REPORT: _social.report,
}
assert set(HANDLERS) == set(ActionType), "every action type has its rules"

#: Signature checks remembered between mempool admission and block execution (an id covers the whole
#: signed encoding, so a remembered id can only ever be the same bytes with the same valid signature).
_VERIFIED_CACHE_SIZE = 1 << 16


def action_cost(action: Action) -> int:
    """What an action takes from its sender's balance at most: the fee, plus the amount it moves for a
    transfer, an order (into escrow), a promotion or fuelling."""
    payload = action.payload
    moved = 0
    if isinstance(payload, A.Transfer | A.Order | A.Promotion | A.Fuel):
        moved = payload.amount
    return action.fee + moved


def genesis_state(genesis: Genesis) -> SparseMerkleTree:
    """The state before block 1: funded accounts, parameters, the first validators, empty pools."""
    values: dict[bytes, Struct] = {
        S.CHAIN_KEY: ChainInfo(genesis.chain_id, genesis.hash()),
        S.PARAMS_KEY: genesis.parameters(),
        S.VALIDATORS_KEY: genesis.validators,
        S.FUND_KEY: Pool(0),
        S.REWARDS_KEY: Pool(0),
        S.REPUTATION_TOTAL_KEY: ReputationTotal(0),
    }
    for entry in genesis.accounts:
        values[S.account_key(entry.actor)] = Account(entry.balance, 0, b"", 0, 0)
        # The genesis accounts are the pre-trusted seeds of the reputation graph.
        values[S.seed_key(entry.actor)] = TrustSeed(0)
    return SparseMerkleTree().update({key: value.encode() for key, value in values.items()})


class StateMachine:
    """The chain state at one height and the rules that move it to the next.

    `height`, `state_root`, `tree` and `validators` (those of the next height) describe the last committed
    block (height 0: genesis). `execute_block` computes a block's result without changing anything;
    `commit` adopts it. Nothing here does I/O or reads a clock, so every node computes the same roots.
    `check_action` and `execute_block` may run on different threads (neither changes the committed
    state); `commit` must not run alongside either.
    """

    def __init__(self, genesis: Genesis, tree: SparseMerkleTree | None = None, height: int = 0) -> None:
        self.genesis = genesis
        self.chain_id = genesis.chain_id
        if tree is None:
            if height != 0:
                raise ValidationError("only the genesis state (height 0) can be built without a tree")
            tree = genesis_state(genesis)
        raw = tree.get(S.CHAIN_KEY)
        info = None if raw is None else ChainInfo.decode(raw)
        if info is None or info.chain_id != genesis.chain_id or info.genesis_hash != genesis.hash():
            raise ValidationError("this state does not belong to the chain of this genesis")
        self._verified: OrderedDict[bytes, None] = OrderedDict()
        #: The social index of the committed state: built on first need (or ahead of it by
        #: `build_social_index`), then kept in step by `commit`.
        self._social_index: SocialIndex | None = None
        #: While `build_social_index` runs: the changes of the blocks committed since the state it reads.
        self._index_backlog: list[Mapping[bytes, bytes | None]] | None = None
        self._index_lock = threading.Condition()
        self._adopt(tree, height)

    def _adopt(self, tree: SparseMerkleTree, height: int) -> None:
        view = BlockView(tree)
        validators = view.get(S.VALIDATORS_KEY, ValidatorSet)
        params = view.get(S.PARAMS_KEY, Params)
        if validators is None or params is None:
            raise ValidationError("the state lacks its validator set or parameters")
        self.tree = tree
        self.height = height
        self.state_root = tree.root_hash
        self.validators = validators
        self.params = params

    # -- reads -----------------------------------------------------------------------------------------

    def get(self, key: bytes) -> bytes | None:
        """The raw value under a state key at the committed height (decode with lightnode.protocol.state)."""
        return self.tree.get(key)

    def account(self, actor: bytes) -> Account:
        """An actor's committed account (an empty one if it has none)."""
        return BlockView(self.tree).get(S.account_key(actor), Account) or S.EMPTY_ACCOUNT

    def social_index(self) -> SocialIndex:
        """The social index of the committed state (what the end of an epoch reads); waits for a build
        that `build_social_index` has under way rather than scanning the tree a second time."""
        with self._index_lock:
            while self._social_index is None and self._index_backlog is not None:
                self._index_lock.wait()
            if self._social_index is None:
                self._social_index = SocialIndex.from_items(self.tree.items())
                self._index_lock.notify_all()
            return self._social_index

    def build_social_index(self) -> bool:
        """Build the social index now, without holding up `commit`: for a worker thread at start-up, so
        that the first epoch after a restart does not have to scan the whole state on the consensus path.

        The scan reads the tree of the height committed when it starts (trees are immutable); the blocks
        committed meanwhile are queued and applied before the index is published. Returns False when an
        index exists or another build is under way already.
        """
        with self._index_lock:
            if self._social_index is not None or self._index_backlog is not None:
                return False
            tree = self.tree
            self._index_backlog = []
        index: SocialIndex | None = None
        try:
            index = SocialIndex.from_items(tree.items())
        finally:
            with self._index_lock:
                if index is not None:
                    for changes in self._index_backlog:
                        index.apply(changes)
                    self._social_index = index
                self._index_backlog = None
                self._index_lock.notify_all()
        return True

    def wait_social_index(self, timeout_s: float) -> bool:
        """Block until the social index is built (by `build_social_index` or a read); False at the timeout."""
        with self._index_lock:
            return self._index_lock.wait_for(lambda: self._social_index is not None, timeout_s)

    def social_index_ready(self) -> bool:
        """Whether the social index is built (reading it will not scan the state)."""
        with self._index_lock:
            return self._social_index is not None

    # -- admission ---------------------------------------------------------------------------------------

    def check_action(self, signed: SignedAction, *, height: int, pending_nonce: int | None = None) -> None:
        """Whether `signed` may enter the mempool (or a block) at `height`, against the committed state.

        `pending_nonce` is the nonce the mempool expects next from this sender, when it already queues
        some of the sender's actions. Raises ActionRejected with a reason a user can act on.
        """
        self._check(BlockView(self.tree), signed, height, pending_nonce, self.params)

    def _check(
        self, view: BlockView, signed: SignedAction, height: int, pending_nonce: int | None, params: Params
    ) -> tuple[bytes, bytes]:
        """Run every admission check; return the action id and the sender's actor id."""
        action = signed.action
        if action.chain_id != self.chain_id:
            raise ActionRejected(f"the action is for chain '{action.chain_id}', this is '{self.chain_id}'")
        if height > action.expiry_height:
            raise ActionRejected(f"the action expired at height {action.expiry_height} (now {height})")
        try:
            encoded = signed.encode()
        except DecodeError as exc:
            raise ActionRejected(f"the action is malformed: {exc}") from exc
        if len(encoded) > MAX_ACTION_SIZE:
            raise ActionRejected(f"the action is {len(encoded)} bytes, more than {MAX_ACTION_SIZE}")
        sender = actor_id(action.sender)
        account = view.get(S.account_key(sender), Account) or S.EMPTY_ACCOUNT
        if action.nonce < account.nonce:
            raise ActionRejected(f"nonce {action.nonce} was already used (the account is at {account.nonce})")
        expected = account.nonce if pending_nonce is None else pending_nonce
        if action.nonce != expected:
            raise ActionRejected(f"bad nonce: expected {expected}, got {action.nonce}")
        min_fee = params.get("min_fee")
        if action.fee < min_fee:
            raise ActionRejected(f"the fee {action.fee} is below the minimum of {min_fee}")
        cost = action_cost(action)
        if account.balance < cost:
            raise ActionRejected(f"insufficient balance: the action needs {cost}, the account holds {account.balance}")
        action_id = action_id_of_encoding(encoded)
        if action_id not in self._verified:
            try:
                signed.verify()
            except SignatureError as exc:
                raise ActionRejected("the signature does not verify with the sender's key") from exc
            if len(self._verified) >= _VERIFIED_CACHE_SIZE:
                # popitem is one atomic call, so admission on another thread cannot break the cache.
                with contextlib.suppress(KeyError):
                    self._verified.popitem(last=False)
            self._verified[action_id] = None
        return action_id, sender

    # -- execution ---------------------------------------------------------------------------------------

    def execute_block(self, height: int, time_ms: int, proposer: bytes, actions: Sequence[SignedAction]) -> BlockResult:
        """Apply `actions` in order, then the end-of-block work (automatic releases, proposal tallies).

        Raises ActionRejected if an action fails its admission checks against the state left by the
        actions before it: the block is then invalid. An action that breaks a business rule is kept as a
        failed receipt (fee paid, nonce used, nothing else). Does not change this machine.
        """
        if height != self.height + 1:
            raise ValidationError(f"the next block is at height {self.height + 1}, not {height}")
        if not any(v.address == proposer for v in self.validators.validators):
            raise ValidationError("the block's proposer is not a validator of this height")
        view = BlockView(self.tree)
        params = self.params
        results: list[ActionResult] = []
        # The end of an epoch is worked out on the parent state, before the block's actions.
        start = Context(view, params=params, height=height, time_ms=time_ms, entropy=self.state_root)
        _reputation.begin_block(start, self.social_index)
        events: list[Event] = list(start.events)
        for index, signed in enumerate(actions):
            try:
                action_id, sender = self._check(view, signed, height, None, params)
            except ActionRejected as exc:
                raise ActionRejected(exc.reason, index=index) from exc
            action = signed.action
            self._charge(view, sender, action, params)
            journal = Journal(view)
            ctx = Context(
                journal,
                params=params,
                height=height,
                time_ms=time_ms,
                entropy=self.state_root,
                action_id=action_id,
                sender=sender,
            )
            try:
                HANDLERS[action.type](ctx, action.payload)
            except RuleError as failure:
                result = ActionResult(action_id, False, clip(failure.reason, 512), ())
            else:
                journal.merge()
                result = ActionResult(action_id, True, "", tuple(ctx.events))
            status = ReceiptStatus.OK if result.ok else ReceiptStatus.FAILED
            view.put(S.receipt_key(action_id), Receipt(height, index, status, result.reason))
            results.append(result)
            events.extend(result.events)
        end = Context(view, params=params, height=height, time_ms=time_ms, entropy=self.state_root)
        _market.release_due(end)
        _dao.tally_due(end)
        events.extend(end.events)
        changes = view.changes()
        tree = self.tree.update(changes)
        next_validators = view.get(S.VALIDATORS_KEY, ValidatorSet)
        if next_validators is None:
            raise AssertionError("the state always holds the validator set")
        return BlockResult(
            height=height,
            state_root=tree.root_hash,
            tree=tree,
            changes=changes,
            results=tuple(results),
            next_validators=next_validators,
            events=tuple(events),
        )

    @staticmethod
    def _charge(view: BlockView, sender: bytes, action: Action, params: Params) -> None:
        """Take the fee (into the community fund, and fee_reward_bps of it into the reward pool), use the
        nonce and record the sender's key."""
        key = S.account_key(sender)
        account = view.get(key, Account) or S.EMPTY_ACCOUNT
        view.put(
            key,
            replace(
                account,
                balance=account.balance - action.fee,
                nonce=account.nonce + 1,
                public_key=account.public_key or action.sender,
            ),
        )
        if action.fee:
            to_rewards = action.fee * params.get("fee_reward_bps") // 10_000
            for pool_key, amount in ((S.FUND_KEY, action.fee - to_rewards), (S.REWARDS_KEY, to_rewards)):
                if amount:
                    pool = view.get(pool_key, Pool)
                    view.put(pool_key, Pool((0 if pool is None else pool.amount) + amount))

    def commit(self, result: BlockResult) -> None:
        """Adopt a block's result as the committed state."""
        if result.height != self.height + 1:
            raise ValidationError(f"the next block is at height {self.height + 1}, not {result.height}")
        # The tree is adopted under the same lock: a start-up build that took its snapshot between the two
        # would otherwise read the tree before this block while the block's changes went nowhere.
        with self._index_lock:
            if self._social_index is not None:
                self._social_index.apply(result.changes)
            elif self._index_backlog is not None:
                self._index_backlog.append(result.changes)
            self._adopt(result.tree, result.height)
