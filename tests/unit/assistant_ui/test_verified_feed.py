"""The shared verified-block feed: readers of the same heights share one fetch, recent blocks are kept, a
failed fetch is not, and the assistant service reads through it as through any verified-block source."""

from __future__ import annotations

import asyncio

import pytest

from etalonium_desktop.assistant import AssistantService
from etalonium_desktop.services.verified_feed import VerifiedBlockFeed
from etalonium_desktop.social.discovery import VerifiedBlock
from lightnode.errors import ProviderUnavailableError
from lightnode.protocol import actions as A
from tests.unit.social.chain_double import ChainDouble, Source

from .helpers import TestSession


class CountingSource(Source):
    """The chain double's verified blocks, counting fetches; fails the heights in `failing` once each."""

    def __init__(self, double: ChainDouble) -> None:
        super().__init__(double)
        self.fetches: list[int] = []
        self.failing: set[int] = set()

    async def block(self, height: int) -> VerifiedBlock:
        self.fetches.append(height)
        await asyncio.sleep(0)  # another reader asks meanwhile
        if height in self.failing:
            self.failing.discard(height)
            raise ProviderUnavailableError(f"no node served block {height}")
        return await super().block(height)


def chain(blocks: int) -> ChainDouble:
    double = ChainDouble(actors=2)
    author = double.chain.keys[0]
    for i in range(blocks):
        double.block(
            double.chain.sign(author, A.Post(int(A.PostKind.TEXT), f"post {i}", ("linen",), (), (), b"", 0, ""))
        )
    return double


@pytest.mark.asyncio
async def test_readers_of_the_same_heights_share_one_fetch_and_a_failure_is_fetched_again() -> None:
    source = CountingSource(chain(6))
    feed = VerifiedBlockFeed(source, capacity=4)
    heights = list(range(1, source.verified_height() + 1))
    first, second = await asyncio.gather(
        asyncio.gather(*(feed.block(h) for h in heights)), asyncio.gather(*(feed.block(h) for h in heights))
    )
    assert [b.height for b in first] == [b.height for b in second] == heights
    assert sorted(source.fetches) == heights  # each height once, for both readers
    assert (feed.fetched, feed.shared) == (len(heights), len(heights))
    await feed.block(heights[-1])  # kept
    await feed.block(heights[0])  # evicted (capacity 4): fetched again
    assert source.fetches.count(heights[-1]) == 1
    assert source.fetches.count(heights[0]) == 2

    source.failing.add(heights[1])
    with pytest.raises(ProviderUnavailableError):
        await feed.block(heights[1])
    assert (await feed.block(heights[1])).height == heights[1]  # not kept as failed: the next reader retries


@pytest.mark.asyncio
async def test_the_assistant_reads_verified_blocks_through_the_feed() -> None:
    double = chain(5)
    source = CountingSource(double)
    feed = VerifiedBlockFeed(source)
    service = AssistantService(TestSession(b"\x01" * 20), source=feed, persist=False, auto_train=False)
    while await service.step():
        pass
    assert service.assistant.data.n_posts == 5
    assert sorted(source.fetches) == list(range(1, double.verified_height() + 1))
    await service.aclose()
