"""The assistant service: verified blocks read in height order into the assistant, records the social service
proved reused, training in a worker thread with progress on the loop and a Cancel that is never lost, and
data, models and drafts kept (authenticated, encrypted) in the profile."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from assistant import ChainData, Draft, MediaType, PersonalAssistant, PostKind, TrainedModels
from assistant.records import DAY_MS, HOUR_MS
from assistant.synthetic import SyntheticCommunity
from etalonium_desktop.assistant import AssistantService, BlockTimeClock
from etalonium_desktop.assistant.service import blob_key
from etalonium_desktop.store import Profile, temporary_profile
from lightnode.protocol import actions as A
from lightnode.protocol import state as S
from tests.unit.fullnode.state_harness import GENESIS_TIME_MS
from tests.unit.social.chain_double import ChainDouble, Source

from .helpers import TestSession


@pytest.fixture
def profile() -> Iterator[Profile]:
    with temporary_profile() as p:
        yield p


def community_chain(blocks: int = 6) -> ChainDouble:
    """Two members with profiles posting twice a block, the third voting on each post."""
    double = ChainDouble(actors=3)
    chain = double.chain
    designer, model, fan = chain.keys
    double.block(
        chain.sign(designer, A.Profile("Dana", int(A.Role.DESIGNER), "", (), "Paris", b"", b"")),
        chain.sign(model, A.Profile("Mo", int(A.Role.MODEL), "", (), "Milan", b"", b"")),
    )
    for i in range(blocks):
        posts = [
            chain.sign(designer, A.Post(int(A.PostKind.PHOTO), f"look {i}", ("linen",), (), (0xC4C8CE,), b"", 0, "")),
            chain.sign(model, A.Post(int(A.PostKind.PHOTO), f"walk {i}", ("runway",), (), (), b"", 0, "")),
        ]
        double.block(*posts)
        double.block(*(chain.sign(fan, A.PostVote(p.id(), 1)) for p in posts))
    return double


class HoldingClock(BlockTimeClock):
    """Block time, but blocks above `known` wait (as the demo calendar makes them wait for its file)."""

    def __init__(self, known: int) -> None:
        self.known = known

    def ready_height(self, tip: int) -> int:
        return min(tip, self.known)


async def read_all(service: AssistantService) -> None:
    while await service.step():
        pass


@pytest.mark.asyncio
async def test_verified_blocks_are_read_in_height_order_as_far_as_the_clock_knows_them() -> None:
    double = community_chain(blocks=6)
    session = TestSession(double.chain.keys[2].actor_id)
    clock = HoldingClock(known=7)
    service = AssistantService(session, source=Source(double), clock=clock, persist=False, auto_train=False)
    seen: list[str] = []
    service.on_change(seen.append)
    await read_all(service)
    assert service.status.read_height == 7
    assert service.assistant.data.n_posts == 6  # blocks 2, 4, 6 hold two posts each
    clock.known = double.chain.height
    await read_all(service)
    snap = await service.snapshot()
    assert service.status.read_height == double.chain.height
    assert snap.n_posts == 12
    assert list(snap.post_time) == sorted(snap.post_time)
    assert int(snap.post_time.max()) == GENESIS_TIME_MS + 1000 * (double.chain.height - 1)
    assert int(snap.vote_delta.sum()) == 12
    # Roles and regions from the proven profiles.
    assert sorted(snap.regions[r] for r in set(snap.post_region.tolist())) == ["Milan", "Paris"]
    assert "data" in seen
    assert service.now_ms() == GENESIS_TIME_MS + 1000 * double.chain.height


@dataclass
class Proved:
    record: S.PostRecord


class FakeSocial:
    """The social service's proven posts and profiles (what the assistant may reuse)."""

    def __init__(self, double: ChainDouble) -> None:
        self.source = Source(double)
        self.posts: dict[bytes, Proved] = {}
        self.profiles: dict[bytes, S.ProfileRecord] = {}
        self.reputations: dict[bytes, S.Reputation] = {}
        for block in double.blocks.values():
            for signed in block.actions:
                record = double.chain.get(S.post_key(signed.id()), S.PostRecord)
                if record is not None:
                    self.posts[signed.id()] = Proved(record)
        for key in double.chain.keys:
            profile = double.chain.get(S.profile_key(key.actor_id), S.ProfileRecord)
            if profile is not None:
                self.profiles[key.actor_id] = profile


@pytest.mark.asyncio
async def test_what_the_social_service_proved_is_not_proven_again() -> None:
    double = community_chain(blocks=4)
    alone = AssistantService(TestSession(b"\x01" * 20), source=Source(double), persist=False, auto_train=False)
    await read_all(alone)
    proofs_alone = double.proofs
    double.proofs = 0
    social = FakeSocial(double)
    shared = AssistantService(TestSession(b"\x01" * 20), social=social, persist=False, auto_train=False)
    await read_all(shared)
    assert shared.source is social.source
    assert shared.assistant.data.n_posts == alone.assistant.data.n_posts == 8
    # Only the 8 votes' weights and the 2 profiles their Profile actions changed were proven: no post.
    assert double.proofs == 8 + 2 < proofs_alone


def service_with(assistant: PersonalAssistant, profile: Profile | None = None) -> AssistantService:
    session = TestSession(assistant.user.actor if assistant.user else b"\x01" * 20, profile)
    return AssistantService(session, assistant=assistant, persist=profile is not None, auto_train=False)


@pytest.mark.asyncio
async def test_training_reports_progress_on_the_loop_and_installs_the_models(
    small_community: SyntheticCommunity, small_data: ChainData
) -> None:
    service = service_with(PersonalAssistant(small_community.user, small_data))
    progress: list[tuple[str, float, int]] = []

    def listen(what: str) -> None:
        if what == "status" and service.status.training:
            progress.append((service.status.stage, service.status.fraction, threading.get_ident()))

    service.on_change(listen)
    models = await service.train_now()
    assert models is not None
    assert service.models is models
    assert service.status.trained_posts == small_data.n_posts
    assert not service.status.training
    assert "Learned from" in service.status.message
    stages = [stage for stage, _, _ in progress]
    assert {"features", "engagement model", "brand"} <= set(stages)
    fractions = [fraction for _, fraction, _ in progress]
    assert fractions == sorted(fractions)
    assert {thread for _, _, thread in progress} == {threading.get_ident()}  # delivered on the loop's thread
    advice = await service.advise(
        Draft(("linen",), "caption", PostKind.PHOTO, MediaType.IMAGE, (0xB9A3DC,),
              models.data_as_of_ms + DAY_MS + 19 * HOUR_MS)
    )  # fmt: skip
    assert advice is not None
    assert advice.outlook.engagement_low <= advice.outlook.engagement <= advice.outlook.engagement_high


@pytest.mark.asyncio
async def test_cancel_right_after_starting_stops_training_and_changes_nothing(
    small_community: SyntheticCommunity, small_data: ChainData
) -> None:
    service = service_with(PersonalAssistant(small_community.user, small_data))
    training = service.train_now()
    service.cancel_training()
    assert await training is None
    assert service.models is None
    assert "cancelled" in service.status.message
    assert service.status.tone == "warning"
    assert not service.status.training
    # Nothing new has arrived since: it does not start again by itself…
    service.auto_train = True
    service._maybe_train()
    assert not service.training
    # …but the user can ask again.
    assert await service.train_now() is not None


@pytest.mark.asyncio
async def test_too_few_posts_to_learn_from_is_said_in_a_sentence() -> None:
    double = community_chain(blocks=3)
    service = AssistantService(TestSession(b"\x01" * 20), source=Source(double), persist=False, auto_train=False)
    await read_all(service)
    assert await service.train_now() is None
    assert service.status.message.startswith("Not enough to learn from yet")
    assert await service.advise(Draft(("a",), "", PostKind.PHOTO, MediaType.IMAGE, (), 0)) is None


def files_under(directory: Path) -> list[bytes]:
    return [p.read_bytes() for p in directory.rglob("*") if p.is_file()]


@pytest.mark.asyncio
async def test_data_models_and_drafts_are_kept_encrypted_in_the_profile(
    profile: Profile, small_community: SyntheticCommunity, small_data: ChainData, small_models: TrainedModels
) -> None:
    first = service_with(PersonalAssistant(small_community.user, small_data, models=small_models), profile)
    draft = Draft(("linen", "ss26"), "Linen.", PostKind.LOOKBOOK, MediaType.VIDEO, (0xC4C8CE,), 1_740_000_000_000)
    await first.save_draft(draft)
    await first.save()
    expected = await first.advise(draft)

    second = service_with(PersonalAssistant(small_community.user), profile)
    await second.load()
    assert second.assistant.data.n_posts == small_data.n_posts
    assert second.models is not None
    assert second.status.trained_posts == small_models.n_posts
    assert await second.load_draft() == draft
    assert (await second.advise(draft)) == expected
    assert second.now_ms() == small_data.snapshot().as_of_ms

    # Nothing of it is readable on disk: the blobs live in the encrypted profile database only.
    key = blob_key(profile.account_key(0).seed)
    models_blob = second.assistant.models_to_bytes(key)
    stored = profile.assistant.get("data", first.storage_name())
    assert stored is not None
    on_disk = files_under(profile.directory)
    assert on_disk
    assert not any(models_blob[6:70] in data or stored[6:70] in data for data in on_disk)


@pytest.mark.asyncio
async def test_a_tampered_blob_is_refused_and_the_data_rebuilt(
    profile: Profile, small_community: SyntheticCommunity, small_data: ChainData
) -> None:
    first = service_with(PersonalAssistant(small_community.user, small_data), profile)
    await first.save()
    name = first.storage_name()
    blob = bytearray(profile.assistant.get("data", name) or b"")
    blob[-10] ^= 0x40
    profile.assistant.put("data", name, bytes(blob))
    second = service_with(PersonalAssistant(small_community.user), profile)
    await second.load()
    assert second.assistant.data.n_posts == 0
    assert "rebuilt from the chain" in second.status.message
    # Forgetting removes it all from the profile.
    await second.forget()
    assert profile.assistant.get("data", name) is None
    assert profile.assistant.get("state", name) is None


@pytest.mark.asyncio
async def test_the_user_is_their_proven_profile_or_what_they_chose_at_first_run(profile: Profile) -> None:
    double = community_chain(blocks=1)
    designer = double.chain.keys[0]
    service = AssistantService(TestSession(designer.actor_id, profile), source=Source(double), persist=False)
    user = await service.user_profile()
    assert (user.role.name, user.region) == ("DESIGNER", "Paris")
    profile.settings.set("profile.role", int(A.Role.PHOTOGRAPHER))
    profile.settings.set_json("profile.skills", ["Retouching"])
    newcomer = AssistantService(TestSession(b"\x05" * 20, profile), source=Source(double), persist=False)
    user = await newcomer.user_profile()
    assert (user.role.name, user.region, user.skills) == ("PHOTOGRAPHER", "", ("Retouching",))
    await asyncio.sleep(0)
