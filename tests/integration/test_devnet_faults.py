"""Crash faults on a real 4-validator devnet: one down goes on, two down halt safely, restarts catch up."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

import aiohttp
import pytest

from fullnode.consensus.wal import find_double_signs, read_wal
from fullnode.devnet import Devnet
from lightnode.protocol.chain import verify_commit

from .conftest import make_devnet
from .devnet_helpers import Client, Watcher

pytestmark = [pytest.mark.integration, pytest.mark.slow]

#: How long a halted chain is watched for (any block in this window would be a safety bug).
HALT_WINDOW_S = 6.0


@pytest.mark.asyncio
async def test_crash_faults_keep_the_chain_safe_and_restarted_validators_never_double_sign(
    tmp_path: Path,
) -> None:
    devnet = make_devnet(tmp_path)
    await devnet.start()
    try:
        async with aiohttp.ClientSession() as session:
            await _scenario(devnet, session)
    finally:
        await devnet.stop()


async def _scenario(devnet: Devnet, session: aiohttp.ClientSession) -> None:
    watcher = await Watcher(session, devnet.api_url(0)).start()
    try:
        await watcher.wait_height(3)

        # f = 1: one validator crashes (SIGKILL, no clean shutdown) and the others go on.
        await devnet.stop_node(3, kill=True)
        crashed_at = watcher.height
        await watcher.wait_height(crashed_at + 3, within=60)

        # Two down: less than 2/3 of the power is left, so nothing can commit.
        await devnet.stop_node(2, kill=True)
        # A block whose precommits were already on the way may still land; after that, nothing.
        with contextlib.suppress(TimeoutError):
            await watcher.wait_height(watcher.height + 2, within=3.0)
        halted_at = watcher.height
        with pytest.raises(TimeoutError):
            await watcher.wait_height(halted_at + 1, within=HALT_WINDOW_S)
        assert watcher.height == halted_at
        status = await Client(session, devnet.api_url(0)).status()
        assert status["height"] == halted_at

        # Node 1 crashes in the middle of the halted height, after signing in several of its rounds.
        await devnet.stop_node(1, kill=True)
        wal_before = read_wal(Path(devnet.nodes[1].data_dir) / "wal")
        signed_in_halt = [r for r in wal_before if r.height == halted_at + 1]
        assert signed_in_halt, "node 1 signed (nil) votes while the chain was halted"

        # Two come back: 3 of 4 again, and the chain resumes where it stopped. Node 1 resumes its round
        # from the WAL instead of signing round 0 afresh.
        await asyncio.gather(devnet.start_node(1), devnet.start_node(2))
        await watcher.wait_height(halted_at + 2, within=60)

        # The validator that was down the longest comes back and catches up through block sync.
        await devnet.start_node(3)
        late = await Watcher(session, devnet.api_url(3)).start()
        try:
            target = watcher.height + 1
            await late.wait_height(target, within=60)
        finally:
            await late.stop()
        await watcher.wait_height(watcher.height + 2, within=60)
    finally:
        await watcher.stop()

    log = (Path(devnet.nodes[1].data_dir) / "node.log").read_text()
    assert f"resuming height {halted_at + 1} from the WAL" in log

    clients = [Client(session, devnet.api_url(i)) for i in range(4)]
    top = min([(await c.status())["height"] for c in clients])
    chains = [await c.light_blocks(1, min(top, 100)) for c in clients]
    hashes = [[lb.header.hash() for lb in chain] for chain in chains]
    assert all(h == hashes[0] for h in hashes), "every validator holds the same chain"
    signers_after_restart = set()
    for light in chains[0]:
        verify_commit("exc-itest", light.validators, light.commit, light.header.hash())
        if light.header.height > halted_at:
            signers_after_restart.update(s.validator_index for s in light.commit.signatures)
    restarted_key = devnet.validator_keys[1].public_key.raw
    index = chains[0][-1].validators.index_of(restarted_key)
    assert index in signers_after_restart, "the restarted validator signs commits again"

    # Its WAL shows it signed before and after the crash, and never two blocks for one step.
    for node in (1, 2, 3):
        records = read_wal(Path(devnet.nodes[node].data_dir) / "wal")
        assert records, "a validator's WAL records what it signed"
        assert any(r.height <= halted_at for r in records)
        assert any(r.height > halted_at + 1 for r in records)
        assert find_double_signs(records) == []
    after = read_wal(Path(devnet.nodes[1].data_dir) / "wal")
    assert len([r for r in after if r.height == halted_at + 1]) > len(signed_in_halt)
    for client in clients:
        assert (await client.get_json("/v1/evidence"))["evidence"] == []
