"""The social index: the parts of the committed state that the end of an epoch must see all at once (the
endorsement graph, reputations, recent posts and their votes), kept in step with every committed block.

The sparse Merkle tree cannot list keys by prefix, so the epoch's work reads this index instead. It is a pure
function of the committed state: built from the tree on first use (after a restart too) and updated from each
committed block's changes, so every node holds the same index and computes the same epoch.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from lightnode.protocol import state as S
from lightnode.protocol.keys import ACTOR_ID_SIZE
from lightnode.protocol.state import (
    Badges,
    EndorsementRecord,
    EpochState,
    PostRecord,
    Reputation,
    SocialStats,
    VoteRecord,
)

from ._context import ORDER_ENDORSEMENT_FACTOR

_A = ACTOR_ID_SIZE
_H = 32
_ENDO = len(S.ENDORSEMENT_PREFIX)
_REP = len(S.REPUTATION_PREFIX)
_SOC = len(S.SOCIAL_PREFIX)
_SEED = len(S.SEED_PREFIX)
_BADGE = len(S.BADGE_PREFIX)
_POST = len(S.POST_PREFIX)
_VOTE = len(S.VOTE_PREFIX)
#: Values are decoded with the largest size any state value may have.
_MAX_VALUE = 16 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class TrackedPost:
    author: bytes
    created_height: int


class SocialIndex:
    """Endorsement edges as arrays of node ids ((actor, skill) pairs), per-actor reputation and social
    counters, seeds, badges, and the posts not yet paid out with their standing votes."""

    def __init__(self) -> None:
        #: (actor, skill id) → node id; nodes are never removed (an endorsement is never withdrawn).
        self.nodes: dict[tuple[bytes, bytes], int] = {}
        self.node_keys: list[tuple[bytes, bytes]] = []
        #: (target, skill id, endorser) → edge id; the edge arrays hold source node, target node, strength.
        self.edges: dict[tuple[bytes, bytes, bytes], int] = {}
        self.edge_src: list[int] = []
        self.edge_dst: list[int] = []
        self.edge_strength: list[int] = []
        self.reputations: dict[bytes, Reputation] = {}
        self.social: dict[bytes, SocialStats] = {}
        self.seeds: set[bytes] = set()
        self.badges: dict[bytes, frozenset[int]] = {}
        self.epoch: EpochState = S.GENESIS_EPOCH
        self.posts: dict[bytes, TrackedPost] = {}
        #: post id → voter → (value, weight) of the standing vote, for tracked posts only.
        self.votes: dict[bytes, dict[bytes, tuple[int, int]]] = {}

    # -- building --------------------------------------------------------------------------------------

    @classmethod
    def from_items(cls, items: Iterable[tuple[bytes, bytes]]) -> SocialIndex:
        """The index of a whole state (every key and value of the tree, in any order)."""
        index = cls()
        votes: list[tuple[bytes, bytes]] = []
        posts: list[tuple[bytes, bytes]] = []
        for key, value in items:
            if key.startswith(S.VOTE_PREFIX):
                votes.append((key, value))
            elif key.startswith(S.POST_PREFIX):
                posts.append((key, value))
            else:
                index._apply_one(key, value)
        # Posts after the epoch (it decides which are tracked), votes after their posts.
        for key, value in posts:
            index._apply_post(key, value)
        for key, value in votes:
            index._apply_vote(key, value)
        return index

    def apply(self, changes: Mapping[bytes, bytes | None]) -> None:
        """Follow one committed block's changes (as `BlockResult.changes` lists them)."""
        later: list[tuple[bytes, bytes | None]] = []
        for key, value in changes.items():
            if key.startswith(S.POST_PREFIX) or key.startswith(S.VOTE_PREFIX):
                later.append((key, value))
            else:
                self._apply_one(key, value)
        for key, value in later:
            if key.startswith(S.POST_PREFIX):
                self._apply_post(key, value)
        for key, value in later:
            if key.startswith(S.VOTE_PREFIX):
                self._apply_vote(key, value)
        self._prune()

    # -- one key ---------------------------------------------------------------------------------------

    def _apply_one(self, key: bytes, value: bytes | None) -> None:
        if key.startswith(S.ENDORSEMENT_PREFIX) and len(key) == _ENDO + _A + _H + _A:
            target, skill, endorser = key[_ENDO : _ENDO + _A], key[_ENDO + _A : _ENDO + _A + _H], key[-_A:]
            strength = 0
            if value is not None:
                record = EndorsementRecord.decode(value, max_size=_MAX_VALUE)
                strength = ORDER_ENDORSEMENT_FACTOR if record.order else 1
            self._set_edge(target, skill, endorser, strength)
        elif key.startswith(S.REPUTATION_PREFIX) and len(key) == _REP + _A:
            actor = key[_REP:]
            if value is None:
                self.reputations.pop(actor, None)
            else:
                self.reputations[actor] = Reputation.decode(value, max_size=_MAX_VALUE)
        elif key.startswith(S.SOCIAL_PREFIX) and len(key) == _SOC + _A:
            actor = key[_SOC:]
            if value is None:
                self.social.pop(actor, None)
            else:
                self.social[actor] = SocialStats.decode(value, max_size=_MAX_VALUE)
        elif key.startswith(S.SEED_PREFIX) and len(key) == _SEED + _A:
            if value is None:
                self.seeds.discard(key[_SEED:])
            else:
                self.seeds.add(key[_SEED:])
        elif key.startswith(S.BADGE_PREFIX) and len(key) == _BADGE + _A:
            actor = key[_BADGE:]
            if value is None:
                self.badges.pop(actor, None)
            else:
                badges = Badges.decode(value, max_size=_MAX_VALUE)
                self.badges[actor] = frozenset(b.badge for b in badges.badges)
        elif key == S.EPOCH_KEY:
            self.epoch = S.GENESIS_EPOCH if value is None else EpochState.decode(value, max_size=_MAX_VALUE)

    def _node(self, actor: bytes, skill: bytes) -> int:
        node = self.nodes.get((actor, skill))
        if node is None:
            node = self.nodes[(actor, skill)] = len(self.node_keys)
            self.node_keys.append((actor, skill))
        return node

    def _set_edge(self, target: bytes, skill: bytes, endorser: bytes, strength: int) -> None:
        edge = self.edges.get((target, skill, endorser))
        if edge is None:
            if strength == 0:
                return
            self.edges[(target, skill, endorser)] = len(self.edge_src)
            self.edge_src.append(self._node(endorser, skill))
            self.edge_dst.append(self._node(target, skill))
            self.edge_strength.append(strength)
        else:
            # A removed endorsement keeps its slot with no strength (no rule removes one today).
            self.edge_strength[edge] = strength

    def _apply_post(self, key: bytes, value: bytes | None) -> None:
        if len(key) != _POST + _H:
            return
        post_id = key[_POST:]
        if value is None:
            self.posts.pop(post_id, None)
            self.votes.pop(post_id, None)
            return
        if post_id in self.posts:
            return  # only the tallies changed; author and height never do
        record = PostRecord.decode(value, max_size=_MAX_VALUE)
        if record.created_height > self.epoch.paid_upto:
            self.posts[post_id] = TrackedPost(record.author, record.created_height)

    def _apply_vote(self, key: bytes, value: bytes | None) -> None:
        if len(key) != _VOTE + _H + _A:
            return
        post_id, voter = key[_VOTE : _VOTE + _H], key[_VOTE + _H :]
        if post_id not in self.posts:
            return
        votes = self.votes.setdefault(post_id, {})
        if value is None:
            votes.pop(voter, None)
        else:
            record = VoteRecord.decode(value, max_size=_MAX_VALUE)
            votes[voter] = (record.value, record.weight)

    def _prune(self) -> None:
        """Forget the posts paid out already (so the index equals one built afresh from the same state)."""
        paid = self.epoch.paid_upto
        for post_id in [p for p, tracked in self.posts.items() if tracked.created_height <= paid]:
            del self.posts[post_id]
            self.votes.pop(post_id, None)

    # -- comparing (tests) ---------------------------------------------------------------------------------

    def snapshot(self) -> dict[str, object]:
        """Everything the index holds, independent of the order it learnt it in."""
        edges = {
            (self.node_keys[self.edge_dst[e]][0], self.node_keys[self.edge_dst[e]][1], self.node_keys[s][0]):
            self.edge_strength[e]
            for e, s in enumerate(self.edge_src)
            if self.edge_strength[e]
        }  # fmt: skip
        return {
            "edges": edges,
            "reputations": dict(self.reputations),
            "social": dict(self.social),
            "seeds": set(self.seeds),
            "badges": dict(self.badges),
            "epoch": self.epoch,
            "posts": dict(self.posts),
            "votes": {p: dict(v) for p, v in self.votes.items() if v},
        }
