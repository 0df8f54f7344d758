"""What an action handler sees: typed state access, balance moves, reputation bookkeeping and events."""

from __future__ import annotations

import dataclasses
from math import isqrt
from typing import Any, TypeVar, cast

from lightnode.protocol import state as S
from lightnode.protocol.encoding import U64_MAX, Struct
from lightnode.protocol.state import Account, Params, Pool, Reputation, ReputationTotal, SocialStats

from ._results import Event, EventValue
from ._store import BlockView, Journal

T = TypeVar("T", bound=Struct)

#: Reputation points a seller earns for each order released to them.
WORK_POINTS = 5
#: A rating's four axes at three stars each are neutral; more adds points, less takes them away.
NEUTRAL_STARS = 12
#: The most orders (or proposals) that can fall due at one height: what one DueList holds.
MAX_DUE_PER_HEIGHT = 100_000
#: An endorsement that refers to a settled order between the two actors counts this many times.
ORDER_ENDORSEMENT_FACTOR = 2


class RuleError(Exception):
    """A business rule refused the action: it keeps its fee and nonce, and has no other effect."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def influence(reputation: Reputation) -> int:
    """The weight of an actor's vote or endorsement: 1 + isqrt(score).

    Everyone counts, and reputation counts more, but only by its square root, so that one large account
    cannot outweigh many established ones (and a new account's weight is 1).
    """
    return 1 + isqrt(reputation.weight_base)


def replace(value: T, **changes: Any) -> T:
    changed: T = dataclasses.replace(cast(Any, value), **changes)
    return changed


def clip(text: str, max_bytes: int) -> str:
    """`text` cut to at most `max_bytes` of UTF-8 (never inside a character), to fit a Text field."""
    raw = text.encode("utf-8")
    return text if len(raw) <= max_bytes else raw[:max_bytes].decode("utf-8", "ignore")


class Context:
    """One action's (or the end of a block's) access to the state; every write goes to `store`."""

    def __init__(
        self,
        store: Journal | BlockView,
        *,
        params: Params,
        height: int,
        time_ms: int,
        entropy: bytes,
        action_id: bytes = b"",
        sender: bytes = b"",
    ) -> None:
        self.store = store
        self.params = params
        self.height = height
        self.time_ms = time_ms
        #: Unpredictable-enough bytes fixed before the block (the parent state root), for fair draws.
        self.entropy = entropy
        self.action_id = action_id
        self.sender = sender
        self.events: list[Event] = []

    # -- generic ---------------------------------------------------------------------------------------

    def get(self, key: bytes, cls: type[T]) -> T | None:
        return self.store.get(key, cls)

    def need(self, key: bytes, cls: type[T], missing: str) -> T:
        """The value under `key`, or fail the action with `missing` as the reason."""
        value = self.store.get(key, cls)
        if value is None:
            raise RuleError(missing)
        return value

    def put(self, key: bytes, value: Struct | None) -> None:
        self.store.put(key, value)

    def param(self, name: str) -> int:
        return self.params.get(name)

    def emit(self, kind: str, actors: tuple[bytes, ...], /, **data: EventValue) -> None:
        unique = tuple(dict.fromkeys(a for a in actors if a))
        self.events.append(Event(kind, unique, self.action_id, data))

    # -- balances --------------------------------------------------------------------------------------

    def account(self, actor: bytes) -> Account:
        return self.store.get(S.account_key(actor), Account) or S.EMPTY_ACCOUNT

    def put_account(self, actor: bytes, account: Account) -> None:
        self.store.put(S.account_key(actor), account)

    def debit(self, actor: bytes, amount: int) -> None:
        account = self.account(actor)
        if account.balance < amount:
            raise RuleError(f"the balance of {account.balance} is less than {amount}")
        self.put_account(actor, replace(account, balance=account.balance - amount))

    def credit(self, actor: bytes, amount: int) -> None:
        if amount:
            account = self.account(actor)
            self.put_account(actor, replace(account, balance=account.balance + amount))

    def pool(self, key: bytes) -> int:
        pool = self.store.get(key, Pool)
        return 0 if pool is None else pool.amount

    def add_to_pool(self, key: bytes, amount: int) -> None:
        if amount:
            self.store.put(key, Pool(self.pool(key) + amount))

    def take_from_pool(self, key: bytes, amount: int) -> None:
        held = self.pool(key)
        if held < amount:
            raise RuleError(f"the pool holds {held}, less than {amount}")
        self.store.put(key, Pool(held - amount))

    # -- reputation and social counters ----------------------------------------------------------------

    def reputation(self, actor: bytes) -> Reputation:
        return self.store.get(S.reputation_key(actor), Reputation) or S.EMPTY_REPUTATION

    def add_reputation(
        self,
        actor: bytes,
        *,
        votes: int = 0,
        endorsements: int = 0,
        work: int = 0,
        ratings: int = 0,
        curation: int = 0,
    ) -> None:
        """Change the parts of an actor's reputation, keeping its score and the chain's total in step."""
        old = self.reputation(actor)
        new = Reputation(
            old.score + votes + endorsements + work + ratings + curation,
            old.votes + votes,
            old.endorsements + endorsements,
            old.work + work,
            old.ratings + ratings,
            old.curation + curation,
        )
        self.store.put(S.reputation_key(actor), new)
        delta = new.weight_base - old.weight_base
        if delta:
            total = self.store.get(S.REPUTATION_TOTAL_KEY, ReputationTotal)
            before = 0 if total is None else total.total
            self.store.put(S.REPUTATION_TOTAL_KEY, ReputationTotal(min(U64_MAX, before + delta)))

    def reputation_total(self) -> int:
        total = self.store.get(S.REPUTATION_TOTAL_KEY, ReputationTotal)
        return 0 if total is None else total.total

    def social(self, actor: bytes) -> SocialStats:
        return self.store.get(S.social_key(actor), SocialStats) or S.EMPTY_SOCIAL

    def bump_social(self, actor: bytes, **deltas: int) -> None:
        stats = self.social(actor)
        self.store.put(
            S.social_key(actor),
            replace(stats, **{name: getattr(stats, name) + d for name, d in deltas.items()}),
        )

    # -- work due at a later height --------------------------------------------------------------------

    def schedule(self, key: bytes, item: bytes) -> None:
        """Add `item` to the due list under `key` (see `due_release_key`, `due_tally_key`)."""
        due = self.store.get(key, S.DueList)
        ids = set(due.ids if due else ())
        # A list that could not be encoded would make the block impossible to commit on every node.
        if len(ids) >= MAX_DUE_PER_HEIGHT:
            raise RuleError("too much is already due at that height; try again in the next block")
        ids.add(item)
        self.store.put(key, S.DueList(tuple(sorted(ids))))
