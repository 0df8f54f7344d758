"""The app's assistant service opens no network connection while it ingests, learns, advises and saves: it
reads the chain only through its verified-block source (the light client in the app, a chain double here)."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from assistant import ChainData, Draft, ListingDraft, ListingKind, MediaType, PersonalAssistant, PostKind
from assistant.records import DAY_MS, HOUR_MS
from assistant.synthetic import SyntheticCommunity
from etalonium_desktop.assistant import AssistantService
from etalonium_desktop.store import Profile, temporary_profile
from lightnode.protocol import actions as A
from tests.unit.social.chain_double import ChainDouble, Source

from .helpers import TestSession


class NetworkUsedError(AssertionError):
    pass


def _refuse(*args: object, **kwargs: object) -> None:
    raise NetworkUsedError("the assistant service tried to use the network")


@pytest.fixture
def profile() -> Iterator[Profile]:
    with temporary_profile() as p:
        yield p


@pytest.mark.asyncio
async def test_ingesting_learning_advising_and_saving_open_no_connection(
    monkeypatch: pytest.MonkeyPatch, profile: Profile, small_community: SyntheticCommunity, small_data: ChainData
) -> None:
    double = ChainDouble(actors=2)
    author, voter = double.chain.keys
    double.block(double.chain.sign(author, A.Profile("Ann", int(A.Role.MODEL), "", (), "Paris", b"", b"")))
    post = double.chain.sign(author, A.Post(int(A.PostKind.PHOTO), "hi", ("linen",), (), (0xC4C8CE,), b"", 0, ""))
    double.block(post)
    double.block(double.chain.sign(voter, A.PostVote(post.id(), 1)))
    # The loop exists already (its self-pipe was made before): from here on, any new socket is refused.
    for name in ("socket", "create_connection", "socketpair", "getaddrinfo", "gethostbyname", "create_server"):
        monkeypatch.setattr(socket, name, _refuse)
    with pytest.raises(NetworkUsedError):
        socket.create_connection(("127.0.0.1", 9))  # the trap works

    reader = AssistantService(TestSession(author.actor_id, profile), source=Source(double), auto_train=False)
    while await reader.step():
        pass
    assert reader.assistant.data.n_posts == 1
    await reader.save()

    session = TestSession(small_community.user.actor, profile)
    service = AssistantService(session, assistant=PersonalAssistant(small_community.user, small_data), auto_train=False)
    models = await service.train_now()
    assert models is not None
    draft = Draft(("linen",), "caption", PostKind.PHOTO, MediaType.IMAGE, (0xB9A3DC,),
                  models.data_as_of_ms + DAY_MS + 10 * HOUR_MS)  # fmt: skip
    assert await service.advise(draft) is not None
    assert await service.advice(draft=draft)
    await service.suggest_price(ListingDraft(ListingKind.SERVICE, "photo shoots", "Paris"))
    await service.trends()
    await service.save()
    await service.aclose()
    await reader.aclose()
