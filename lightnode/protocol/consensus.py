"""Consensus wire messages: blocks, signed proposals and votes, equivocation evidence and peer messages."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Annotated, Any

from .actions import MAX_ACTION_SIZE
from .chain import CHAIN_ID, HASH, MAX_ROUND, MAX_VALIDATORS, NIL_OR_HASH, ZERO_HASH, Commit, Header, Vote
from .encoding import I64, U64, Bytes, ListOf, Nested, Struct, Text, pack, unpack, wire
from .errors import DecodeError, ValidationError
from .hashing import Tag, blake2b256
from .keys import PUBLIC_KEY_SIZE, SIGNATURE_SIZE, Domain, verify_raw
from .merkle import merkle_root

#: The most actions one block may hold, and the most bytes its encoding may take.
MAX_BLOCK_ACTIONS = 20_000
MAX_BLOCK_SIZE = 8 * 1024 * 1024
#: The largest message a peer may send (a proposal carries a whole block).
MAX_MESSAGE_SIZE = MAX_BLOCK_SIZE + 64 * 1024
#: How many blocks one sync request may ask for.
MAX_SYNC_BLOCKS = 64
#: The commit a height-1 block carries in place of a previous commit.
EMPTY_COMMIT = Commit(0, 0, ZERO_HASH, ())

SIG = Bytes(SIGNATURE_SIZE)
KEY = Bytes(PUBLIC_KEY_SIZE)
RAW_ACTION = Bytes(max_len=MAX_ACTION_SIZE)


def actions_root(action_ids: Sequence[bytes]) -> bytes:
    """The header's `actions_root`: the RFC 6962 Merkle root over the block's action ids, in block order."""
    return merkle_root(action_ids)


def prev_commit_hash(height: int, last_commit: Commit) -> bytes:
    """The header's `prev_commit_hash` for a block at `height` carrying `last_commit`."""
    return ZERO_HASH if height == 1 else last_commit.hash()


@wire
class Block(Struct):
    """A whole block: the header, the signed actions (their canonical encodings) and the previous commit.

    The header commits to everything else: `actions_root` to the actions, `prev_commit_hash` to
    `last_commit`, so the block hash is the header hash.
    """

    MAX_SIZE = MAX_BLOCK_SIZE
    header: Annotated[Header, Nested(Header)]
    actions: Annotated[tuple[bytes, ...], ListOf(RAW_ACTION, MAX_BLOCK_ACTIONS)]
    last_commit: Annotated[Commit, Nested(Commit)]

    def validate(self) -> None:
        height = self.header.height
        if height == 1:
            if self.last_commit != EMPTY_COMMIT:
                raise ValidationError("the first block carries the empty commit")
        elif self.last_commit.height != height - 1:
            raise ValidationError("the block's last commit is not for the previous height")

    @property
    def height(self) -> int:
        return self.header.height

    def hash(self) -> bytes:
        return self.header.hash()


@wire
class CommittedBlock(Struct):
    """A block with the commit that proves it (what block sync sends)."""

    MAX_SIZE = MAX_BLOCK_SIZE + 64 * 1024
    block: Annotated[Block, Nested(Block)]
    commit: Annotated[Commit, Nested(Commit)]

    def validate(self) -> None:
        if self.commit.height != self.block.height:
            raise ValidationError("the commit's height differs from the block's")


@wire
class Proposal(Struct):
    """What a proposer signs: a block hash for (height, round), with the round of its proof of lock or -1."""

    MAX_SIZE = 256
    chain_id: Annotated[str, CHAIN_ID]
    height: Annotated[int, U64()]
    round: Annotated[int, U64(MAX_ROUND)]
    pol_round: Annotated[int, I64(-1, MAX_ROUND)]
    block_hash: Annotated[bytes, HASH]

    def validate(self) -> None:
        if self.pol_round >= self.round:
            raise ValidationError("a proposal's proof-of-lock round is before its round")

    def sign_bytes(self) -> bytes:
        return Domain.PROPOSAL.value + self.encode()


@wire
class SignedProposal(Struct):
    """A signed proposal together with the proposed block."""

    MAX_SIZE = MAX_MESSAGE_SIZE
    proposal: Annotated[Proposal, Nested(Proposal)]
    signature: Annotated[bytes, SIG]
    block: Annotated[Block, Nested(Block)]

    def validate(self) -> None:
        if self.block.height != self.proposal.height:
            raise ValidationError("the proposed block is for another height")
        if self.block.hash() != self.proposal.block_hash:
            raise ValidationError("the proposed block does not match the signed block hash")

    def verify(self, public_key: bytes) -> None:
        verify_raw(public_key, self.proposal.sign_bytes(), self.signature)


@wire
class SignedVote(Struct):
    """A vote with its signer's index in the height's validator set and the signature."""

    MAX_SIZE = 512
    vote: Annotated[Vote, Nested(Vote)]
    validator_index: Annotated[int, U64(MAX_VALIDATORS - 1)]
    signature: Annotated[bytes, SIG]

    def verify(self, public_key: bytes) -> None:
        verify_raw(public_key, self.vote.sign_bytes(), self.signature)


@wire
class DuplicateVoteEvidence(Struct):
    """Proof that a validator signed two different votes for the same height, round and type.

    `public_key` names the validator independently of any set index; the votes are ordered by block hash
    so that one equivocation has exactly one encoding.
    """

    MAX_SIZE = 2048
    public_key: Annotated[bytes, KEY]
    vote_a: Annotated[SignedVote, Nested(SignedVote)]
    vote_b: Annotated[SignedVote, Nested(SignedVote)]

    @classmethod
    def of(cls, public_key: bytes, a: SignedVote, b: SignedVote) -> DuplicateVoteEvidence:
        first, second = (a, b) if a.vote.block_hash < b.vote.block_hash else (b, a)
        return cls(public_key, first, second)

    def validate(self) -> None:
        a, b = self.vote_a.vote, self.vote_b.vote
        if (a.type, a.chain_id, a.height, a.round) != (b.type, b.chain_id, b.height, b.round):
            raise ValidationError("evidence votes are not for the same height, round and type")
        if self.vote_a.validator_index != self.vote_b.validator_index:
            raise ValidationError("evidence votes come from different validators")
        if not a.block_hash < b.block_hash:
            raise ValidationError("evidence votes must differ and be ordered by block hash")

    def verify(self) -> None:
        """Check both signatures (raises SignatureError)."""
        self.vote_a.verify(self.public_key)
        self.vote_b.verify(self.public_key)

    def hash(self) -> bytes:
        return blake2b256(Tag.EVIDENCE, self.encode())

    @property
    def height(self) -> int:
        return self.vote_a.vote.height


# Peer-to-peer messages. On the wire each is `[kind, body]` where body is the structure's positional array.


class MessageKind(IntEnum):
    HELLO = 1
    AUTH = 2
    PROPOSAL = 3
    VOTE = 4
    ACTIONS = 5
    STATUS = 6
    BLOCKS_REQUEST = 7
    BLOCKS = 8
    EVIDENCE = 9
    ERROR = 10


@wire
class Hello(Struct):
    """The first message on a peer connection: which chain, which node, and a fresh challenge."""

    chain_id: Annotated[str, CHAIN_ID]
    genesis_hash: Annotated[bytes, HASH]
    node_key: Annotated[bytes, KEY]
    height: Annotated[int, U64()]
    challenge: Annotated[bytes, Bytes(32)]


def peer_auth_bytes(chain_id: str, challenge: bytes, node_key: bytes) -> bytes:
    """What a node signs (PEER domain) to prove it holds `node_key`, answering the other side's challenge."""
    return pack([1, chain_id, challenge, node_key])


@wire
class Auth(Struct):
    """The answer to the other side's challenge, signed with the node key announced in Hello."""

    signature: Annotated[bytes, SIG]

    def verify(self, chain_id: str, challenge: bytes, node_key: bytes) -> None:
        message = Domain.PEER.value + peer_auth_bytes(chain_id, challenge, node_key)
        verify_raw(node_key, message, self.signature)


@wire
class Actions(Struct):
    """Signed actions gossiped between mempools, as their canonical encodings."""

    MAX_SIZE = MAX_MESSAGE_SIZE
    actions: Annotated[tuple[bytes, ...], ListOf(RAW_ACTION, MAX_BLOCK_ACTIONS)]


@wire
class Status(Struct):
    """A node's latest committed height and block hash (empty before the first block)."""

    height: Annotated[int, U64()]
    block_hash: Annotated[bytes, NIL_OR_HASH]


@wire
class BlocksRequest(Struct):
    from_height: Annotated[int, U64()]
    count: Annotated[int, U64(MAX_SYNC_BLOCKS)]

    def validate(self) -> None:
        if self.from_height < 1 or self.count < 1:
            raise ValidationError("a blocks request asks for at least one block from height 1 on")


@wire
class Blocks(Struct):
    """Consecutive committed blocks answering a BlocksRequest (possibly fewer than asked, or none)."""

    MAX_SIZE = MAX_MESSAGE_SIZE
    blocks: Annotated[tuple[CommittedBlock, ...], ListOf(Nested(CommittedBlock), MAX_SYNC_BLOCKS)]

    def validate(self) -> None:
        for a, b in zip(self.blocks, self.blocks[1:], strict=False):
            if b.block.height != a.block.height + 1:
                raise ValidationError("synced blocks must be consecutive")


@wire
class Evidence(Struct):
    MAX_SIZE = 4096
    evidence: Annotated[DuplicateVoteEvidence, Nested(DuplicateVoteEvidence)]


@wire
class ErrorMessage(Struct):
    """Tells the other side, in a sentence, what was wrong with its last message."""

    reason: Annotated[str, Text(512)]


PeerMessage = (
    Hello | Auth | SignedProposal | SignedVote | Actions | Status | BlocksRequest | Blocks | Evidence | ErrorMessage
)

MESSAGE_TYPES: dict[MessageKind, type[Struct]] = {
    MessageKind.HELLO: Hello,
    MessageKind.AUTH: Auth,
    MessageKind.PROPOSAL: SignedProposal,
    MessageKind.VOTE: SignedVote,
    MessageKind.ACTIONS: Actions,
    MessageKind.STATUS: Status,
    MessageKind.BLOCKS_REQUEST: BlocksRequest,
    MessageKind.BLOCKS: Blocks,
    MessageKind.EVIDENCE: Evidence,
    MessageKind.ERROR: ErrorMessage,
}
_KIND_OF: dict[type[Struct], MessageKind] = {cls: kind for kind, cls in MESSAGE_TYPES.items()}


def encode_message(message: PeerMessage) -> bytes:
    """The peer-wire encoding `[kind, body]` of a message."""
    return pack([int(_KIND_OF[type(message)]), message.to_wire()])


def decode_message(data: bytes) -> PeerMessage:
    """Decode a peer message strictly; raises DecodeError or ValidationError with a reason."""
    wire: Any = unpack(data, max_size=MAX_MESSAGE_SIZE)
    if type(wire) is not list or len(wire) != 2 or type(wire[0]) is not int:
        raise DecodeError("a peer message is [kind, body]")
    try:
        cls = MESSAGE_TYPES[MessageKind(wire[0])]
    except ValueError:
        raise DecodeError(f"unknown peer message kind {wire[0]}") from None
    if len(data) > cls.MAX_SIZE + 16:
        raise DecodeError(f"{cls.__name__} message of {len(data)} bytes exceeds its limit of {cls.MAX_SIZE}")
    message: PeerMessage = cls.from_wire(wire[1])  # type: ignore[assignment]
    return message


__all__ = [
    "EMPTY_COMMIT",
    "MAX_BLOCK_ACTIONS",
    "MAX_BLOCK_SIZE",
    "MAX_MESSAGE_SIZE",
    "MAX_SYNC_BLOCKS",
    "Actions",
    "Auth",
    "Block",
    "Blocks",
    "BlocksRequest",
    "CommittedBlock",
    "DuplicateVoteEvidence",
    "ErrorMessage",
    "Evidence",
    "Hello",
    "MessageKind",
    "PeerMessage",
    "Proposal",
    "SignedProposal",
    "SignedVote",
    "Status",
    "actions_root",
    "decode_message",
    "encode_message",
    "peer_auth_bytes",
    "prev_commit_hash",
]
