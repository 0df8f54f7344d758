"""The assistant on a real devnet with its simulated community: the app's assistant service follows verified
blocks through the light client (the social service's verified-block source), maps heights to the community's
simulated weeks, and finds the planted rising tags and colours of `community_ground_truth.json`.

The community runs in this process at full speed, with as many activities per simulated week as the app's
embedded devnet gives it (`NetworkConfig.demo_ticks_per_week`; the launcher's default 40 give about 150 posts over
twelve weeks: too few for any significance test; see docs/ASSISTANT.md), and without the blob store (posts
without media: image encoding and upload would dominate the run).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import Awaitable
from pathlib import Path
from typing import Any

import pytest

from assistant import Draft, MediaType, PostKind, load_ground_truth, score_report
from assistant.records import DAY_MS, HOUR_MS, WEEK_MS
from etalonium_desktop.assistant import AssistantService, DemoClock
from etalonium_desktop.services.network import NetworkConfig, NetworkService
from etalonium_desktop.services.verified_feed import VerifiedBlockFeed
from etalonium_desktop.social.service import SocialService
from etalonium_desktop.store import Profile, temporary_profile
from fullnode.community import Community
from fullnode.devnet import Devnet
from lightnode.protocol.keys import PrivateKey

pytestmark = [pytest.mark.integration, pytest.mark.slow]

SEED = 1
WEEKS = 12
#: The app's weekly pace: what the Assistant screen sees on the embedded devnet.
TICKS_PER_WEEK = NetworkConfig().demo_ticks_per_week
#: Nothing listens here: the community finds no blob store and posts without media.
NO_BLOB_STORE = "http://127.0.0.1:9"
SETTINGS = {"rate_limit_per_s": 5000.0, "rate_limit_burst": 10000.0}
WAIT_S = 90.0


class AppSession:
    """The parts of the app's Session the assistant service uses: the profile, the network, the actor, spawn."""

    def __init__(self, profile: Profile, network: NetworkService) -> None:
        self.profile = profile
        self.network = network
        self.actor = PrivateKey(profile.account_key(0).seed).actor_id
        self.tasks: set[asyncio.Future[Any]] = set()

    def spawn(self, coro: Awaitable[Any]) -> asyncio.Future[Any]:
        task = asyncio.ensure_future(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        return task


@pytest.mark.asyncio
async def test_the_planted_rising_tags_and_colours_are_found_in_verified_blocks(tmp_path: Path) -> None:
    started = time.monotonic()
    devnet = Devnet(2, tmp_path / "devnet", chain_id="exc-assistant", fresh=True, node_settings=SETTINGS)
    await devnet.start()
    community_task: asyncio.Future[Any] | None = None
    try:
        funders = [devnet.demo_keys[name] for name in sorted(devnet.demo_keys)]
        community = Community(
            devnet.api_urls,
            funders,
            seed=SEED,
            data_dir=devnet.dir,
            pace=0.0,
            ticks_per_week=TICKS_PER_WEEK,
            service_urls=[NO_BLOB_STORE],
        )
        community_task = asyncio.ensure_future(community.run(max_ticks=TICKS_PER_WEEK * WEEKS))
        with temporary_profile() as profile:
            config = NetworkConfig(nodes=tuple(devnet.api_urls), devnet=False, genesis_file=devnet.dir / "genesis.json")
            network = NetworkService(profile, config)
            await network.start()
            session = AppSession(profile, network)
            # The app's social service supplies the verified-block source (not started: no feed needed here).
            social = SocialService(session, persist=False)
            service = AssistantService(session, social=social, clock=DemoClock(devnet.ground_truth_file))
            # One verified-block feed per network, read by both: each block is fetched and checked once.
            assert social.source is VerifiedBlockFeed.of(network)
            assert service.source is social.source
            try:
                await network.wait_ready(WAIT_S)
                service.start()
                stats = await asyncio.wait_for(community_task, 150.0)
                community_s = time.monotonic() - started
                clock = service.clock
                assert isinstance(clock, DemoClock)
                await clock.refresh()
                assert clock.calendar is not None
                known = clock.calendar.known_height
                await service.wait_for(lambda: service.status.read_height >= known, WAIT_S)
                read_s = time.monotonic() - started

                truth_doc = json.loads(devnet.ground_truth_file.read_text(encoding="utf-8"))
                truth = load_ground_truth(truth_doc)
                report = await service.trends()
                scores = score_report(report, truth)
                snap = await service.snapshot()
                span_weeks = (int(snap.post_time.max()) - int(snap.post_time.min())) / WEEK_MS
                tag, colour = scores["tag"], scores["colour"]
                print(
                    f"\nassistant on the devnet: {stats.posts} posts by the community, {snap.n_posts} verified and "
                    f"ingested over {span_weeks:.1f} simulated weeks (heights 1–{service.status.read_height}); "
                    f"tags precision {tag.precision:.2f} recall {tag.recall:.2f} (missed {sorted(tag.missed)}, "
                    f"false {sorted(tag.false_rising)}); colours precision {colour.precision:.2f} recall "
                    f"{colour.recall:.2f} (missed {sorted(colour.missed)}, false {sorted(colour.false_rising)}); "
                    f"community done at {community_s:.0f} s, read at {read_s:.0f} s"
                )
                # Every post the community made is in (the chain took them all) and time is simulated weeks.
                assert snap.n_posts >= 0.98 * stats.posts
                assert span_weeks > WEEKS - 1
                assert report.enough_data
                assert tag.precision >= 0.8
                assert tag.recall >= 0.8
                assert colour.precision >= 0.8
                assert colour.recall >= 0.8
                assert not tag.fading_called_rising
                assert not colour.fading_called_rising

                # The engagement model trains on the devnet's posts and advises a draft.
                models = await service.train_now()
                assert models is not None, service.status.message
                rising = report.rising("tag")[0].item
                draft = Draft(
                    (rising, "minimal"), "A new look.", PostKind.PHOTO, MediaType.NONE, (0x9CAF88,),
                    (service.now_ms() // DAY_MS + 1) * DAY_MS + 18 * HOUR_MS,
                )  # fmt: skip
                advice = await service.advise(draft)
                assert advice is not None
                assert advice.outlook.engagement_low <= advice.outlook.engagement <= advice.outlook.engagement_high
                print(f"trained and advised at {time.monotonic() - started:.0f} s")
            finally:
                await service.aclose()
                await social.aclose()
                for task in list(session.tasks):
                    task.cancel()
                await network.aclose()
    finally:
        if community_task is not None and not community_task.done():
            community_task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await community_task
        await devnet.stop()
