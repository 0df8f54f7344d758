"""A local assistant filled with the seeded synthetic community of `assistant.synthetic` (no chain): for the
screenshots of a fully populated assistant screen, and for screen tests. Clearly sample data, never shown as
the chain's."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from assistant import Draft, MediaType, PersonalAssistant, PostKind
from assistant.records import DAY_MS, HOUR_MS
from assistant.synthetic import SyntheticCommunity, SyntheticConfig, generate

from .service import AssistantService

SAMPLE_NOTE = "Sample data from a simulated community, not the chain"


class LocalSession:
    """What the service and the page need of a session, without a profile or a network."""

    network = None
    profile = None

    def __init__(self, actor: bytes) -> None:
        self.actor = actor
        self.tasks: set[asyncio.Future[Any]] = set()

    def spawn(self, coro: Awaitable[Any]) -> asyncio.Future[Any]:
        task = asyncio.ensure_future(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        return task

    async def aclose(self) -> None:
        for task in list(self.tasks):
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)


def sample_community(seed: int = 7, posts: int = 6_000) -> SyntheticCommunity:
    return generate(
        SyntheticConfig(seed=seed, n_posts=posts, n_actors=max(200, posts // 25), n_listings=300, n_orders=3_000)
    )


def sample_service(community: SyntheticCommunity, *, auto_train: bool = False) -> AssistantService:
    """A service holding the community's data (not trained: call `train_now()`), whose user is its user."""
    session = LocalSession(community.user.actor)
    assistant = PersonalAssistant(community.user)
    service = AssistantService(
        session, assistant=assistant, persist=False, auto_train=auto_train,
        note=SAMPLE_NOTE,
    )  # fmt: skip
    service.ingest_blocks(list(community.blocks()))
    return service


def sample_draft(community: SyntheticCommunity, now_ms: int) -> Draft:
    """A plausible draft of the sample user: tomorrow morning, a photo with a steady tag and a muted palette."""
    return Draft(
        tags=("linen", "tailoring"),
        caption="Linen suiting for the new season, shot in natural light.",
        kind=PostKind.PHOTO,
        media_type=MediaType.IMAGE,
        palette=(0xD8CBB5, 0x6E6259),
        planned_time_ms=(now_ms // DAY_MS + 1) * DAY_MS + 9 * HOUR_MS,
    )
