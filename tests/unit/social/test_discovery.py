"""Discovery: a block is read only when it is the verified one and its actions are those its header commits
to; its social actions become the ids to prove."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pytest

from etalonium_desktop.social.discovery import LightClientSource, VerifiedBlock, read_block
from lightnode.errors import BadResponseError
from lightnode.protocol import actions as A
from lightnode.protocol.actions import Action, PostKind
from lightnode.protocol.chain import ZERO_HASH, Commit, Header
from lightnode.protocol.consensus import EMPTY_COMMIT, Block, CommittedBlock, actions_root
from lightnode.protocol.keys import PrivateKey

ME = PrivateKey(b"\x01" * 32)
MAYA = PrivateKey(b"\x02" * 32)


def signed(key: PrivateKey, payload: A.Payload, nonce: int = 0) -> A.SignedAction:
    return Action("exc-test", key.public_key.raw, nonce, 10**15, 100, payload).sign(key)


def committed(actions: list[A.SignedAction], *, root: bytes | None = None) -> CommittedBlock:
    ids = [a.id() for a in actions]
    header = Header("exc-test", 1, 1_700_000_001_000, ZERO_HASH, ZERO_HASH, root or actions_root(ids), ZERO_HASH,
                    ZERO_HASH, ZERO_HASH, b"\x05" * 20)  # fmt: skip
    block = Block(header, tuple(a.encode() for a in actions), EMPTY_COMMIT)
    return CommittedBlock(block, Commit(1, 0, header.hash(), ()))


@dataclass
class Trusted:
    hash: bytes


class FakeClient:
    def __init__(self, trusted_hash: bytes) -> None:
        self.trusted_hash = trusted_hash

    async def verify_to_height(self, height: int) -> Trusted:
        return Trusted(self.trusted_hash)


class FakeNetwork:
    def __init__(self, trusted_hash: bytes) -> None:
        self.client = FakeClient(trusted_hash)
        self.queries = None
        self.node_urls = ["http://node"]


def source_serving(block: CommittedBlock, trusted_hash: bytes) -> LightClientSource:
    source = LightClientSource(FakeNetwork(trusted_hash))  # type: ignore[arg-type]

    async def fetch(path: str) -> bytes:
        assert path == "/v1/blocks/1"
        return block.encode()

    source._fetch = fetch  # type: ignore[method-assign]
    return source


POST = A.Post(PostKind.PHOTO, "look", ("ss26",), (b"\x07" * 32,), (), b"", 0, "")


@pytest.mark.asyncio
async def test_the_verified_block_is_read() -> None:
    actions = [signed(MAYA, POST), signed(ME, A.Follow(MAYA.actor_id, 1))]
    block = committed(actions)
    got = await source_serving(block, block.block.hash()).block(1)
    assert [a.id() for a in got.actions] == [a.id() for a in actions]
    assert got.time_ms == 1_700_000_001_000


@pytest.mark.asyncio
async def test_a_block_that_is_not_the_verified_one_is_refused() -> None:
    block = committed([signed(MAYA, POST)])
    with pytest.raises(BadResponseError, match="not the verified one"):
        await source_serving(block, b"\x09" * 32).block(1)


@pytest.mark.asyncio
async def test_actions_the_header_does_not_commit_to_are_refused() -> None:
    honest = committed([signed(MAYA, POST)])
    # A node that adds an action to the verified header's block (its hash still matches: the header is kept).
    forged_block = replace(honest.block, actions=(*honest.block.actions, signed(MAYA, POST, 1).encode()))
    forged = CommittedBlock(forged_block, honest.commit)
    with pytest.raises(BadResponseError, match="not those the header commits to"):
        await source_serving(forged, honest.block.hash()).block(1)


def test_a_blocks_social_actions_become_ids_to_prove() -> None:
    post = signed(MAYA, POST)
    vote = signed(ME, A.PostVote(post.id(), 1))
    comment = signed(MAYA, A.Comment(post.id(), "thanks", b""), 1)
    follow = signed(ME, A.Follow(MAYA.actor_id, 1), 1)
    claim = signed(MAYA, A.SkillClaim("Styling", ""), 2)
    proposal = signed(MAYA, A.Proposal(1, "Meetup", "", "", 0, b"", 0, b"", 0), 3)
    ballot = signed(ME, A.ProposalVote(proposal.id(), 1), 2)
    promote = signed(ME, A.Promotion(post.id(), 10**18, 10), 3)
    facts = read_block(
        VerifiedBlock(5, 0, (post, vote, comment, follow, claim, proposal, ballot, promote)), ME.actor_id
    )
    assert facts.new_posts == [post.id()]
    assert facts.touched_posts == {post.id()}
    assert facts.comments == [(post.id(), comment.id())]
    assert facts.my_votes == [(post.id(), 1)]
    assert facts.my_follows == [(MAYA.actor_id, True)]
    assert facts.my_ballots == [(proposal.id(), 1)]
    assert facts.new_proposals == [proposal.id()]
    assert facts.promotions == {post.id()}
    assert facts.skills == [(MAYA.actor_id, "Styling")]
    # Someone else's votes and follows are not the viewer's.
    theirs = read_block(VerifiedBlock(5, 0, (vote, follow)), MAYA.actor_id)
    assert (theirs.my_votes, theirs.my_follows) == ([], [])
