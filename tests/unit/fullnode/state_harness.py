"""A small chain driver for state-machine tests: deterministic keys, signing with the right nonce, one
block per call, and readers for decoded state values."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from fullnode.state import ActionResult, BlockResult, StateMachine
from lightnode.protocol import actions as A
from lightnode.protocol import state as S
from lightnode.protocol.actions import Action, SignedAction
from lightnode.protocol.chain import Validator
from lightnode.protocol.encoding import ONE_EXC, Struct
from lightnode.protocol.genesis import Genesis
from lightnode.protocol.keys import PrivateKey

T = TypeVar("T", bound=Struct)

CHAIN = "exc-test"
GENESIS_TIME_MS = 1_700_000_000_000
FEE = ONE_EXC // 1000
START_BALANCE = 1_000 * ONE_EXC
#: Far enough in the future for any test.
EXPIRY = 1_000_000


def key(n: int) -> PrivateKey:
    return PrivateKey(bytes([n]) * 32)


class Chain:
    """Actors `keys[0..n)` start with START_BALANCE each; one or more validators produce every block."""

    def __init__(self, actors: int = 6, *, params: Mapping[str, int] | None = None, validators: int = 1) -> None:
        self.keys = [key(i + 1) for i in range(actors)]
        self.validator_keys = [key(200 + i) for i in range(validators)]
        self.genesis = Genesis.create(
            CHAIN,
            GENESIS_TIME_MS,
            [Validator(k.public_key.raw, 10) for k in self.validator_keys],
            [(k.actor_id, START_BALANCE) for k in self.keys],
            params,
        )
        self.sm = StateMachine(self.genesis)
        self._pending: dict[bytes, int] = {}

    @property
    def height(self) -> int:
        return self.sm.height

    @property
    def proposer(self) -> bytes:
        return self.validator_keys[0].actor_id

    def sign(
        self,
        signer: PrivateKey,
        payload: A.Payload,
        *,
        fee: int = FEE,
        nonce: int | None = None,
        expiry: int = EXPIRY,
        chain: str = CHAIN,
    ) -> SignedAction:
        """Sign with the sender's next nonce, counting actions signed since the last block."""
        if nonce is None:
            actor = signer.actor_id
            nonce = self._pending.get(actor, self.sm.account(actor).nonce)
            self._pending[actor] = nonce + 1
        return Action(chain, signer.public_key.raw, nonce, fee, expiry, payload).sign(signer)

    def forget_pending(self) -> None:
        """Drop the nonces handed out since the last block (for actions that will never be sent)."""
        self._pending.clear()

    def execute(self, *actions: SignedAction) -> BlockResult:
        """Execute the next block without committing it."""
        height = self.height + 1
        return self.sm.execute_block(height, GENESIS_TIME_MS + 1000 * height, self.proposer, actions)

    def block(self, *actions: SignedAction) -> BlockResult:
        result = self.execute(*actions)
        self.sm.commit(result)
        self._pending.clear()
        return result

    def advance_to(self, height: int) -> None:
        while self.height < height:
            self.block()

    def run(self, signer: PrivateKey, payload: A.Payload) -> ActionResult:
        return self.block(self.sign(signer, payload)).results[0]

    def ok(self, signer: PrivateKey, payload: A.Payload) -> bytes:
        """Apply one action in its own block, assert it succeeded, and return its id."""
        result = self.run(signer, payload)
        assert result.ok, result.reason
        return result.action_id

    def fails(self, signer: PrivateKey, payload: A.Payload, reason: str) -> ActionResult:
        """Apply one action, assert it failed with `reason` in its receipt, and return the result."""
        result = self.run(signer, payload)
        assert not result.ok, "the action unexpectedly succeeded"
        assert reason in result.reason, result.reason
        receipt = self.get(S.receipt_key(result.action_id), S.Receipt)
        assert receipt is not None
        assert receipt.status == S.ReceiptStatus.FAILED
        return result

    def get(self, state_key: bytes, cls: type[T]) -> T | None:
        raw = self.sm.get(state_key)
        return None if raw is None else cls.decode(raw, max_size=16 * 1024 * 1024)

    def balance(self, signer: PrivateKey | bytes) -> int:
        actor = signer if isinstance(signer, bytes) else signer.actor_id
        return self.sm.account(actor).balance

    def reputation(self, signer: PrivateKey) -> S.Reputation:
        return self.get(S.reputation_key(signer.actor_id), S.Reputation) or S.EMPTY_REPUTATION

    def pool(self, pool_key: bytes) -> int:
        pool = self.get(pool_key, S.Pool)
        return 0 if pool is None else pool.amount

    def supply(self) -> int:
        """Everything that exists: balances, escrowed orders, the community fund and the reward pool."""
        total = 0
        for k, raw in self.sm.tree.items():
            if k.startswith(S.ACCOUNT_PREFIX):
                total += S.Account.decode(raw).balance
            elif k.startswith(S.ORDER_PREFIX):
                total += S.OrderRecord.decode(raw).escrowed
            elif k in (S.FUND_KEY, S.REWARDS_KEY):
                total += S.Pool.decode(raw).amount
        return total

    def earn_reputation(self, target: PrivateKey, endorsers: list[PrivateKey], skill: str = "styling") -> None:
        """Give `target` one endorsement point per endorser (endorsers without reputation weigh 1)."""
        if self.get(S.skill_key(target.actor_id, S.skill_id(skill)), S.SkillRecord) is None:
            self.ok(target, A.SkillClaim(skill, ""))
        self.block(*(self.sign(e, A.Endorsement(target.actor_id, skill, b"", "")) for e in endorsers))
