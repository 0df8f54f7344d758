"""A devnet created with OS-picked ports comes back on the same addresses, and its chain goes on."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import aiohttp
import pytest

from fullnode.config import load_config

from .conftest import make_devnet
from .devnet_helpers import Client, Watcher


@pytest.mark.integration
@pytest.mark.slow
@pytest.mark.asyncio
async def test_restarted_nodes_keep_their_addresses_and_the_chain_continues(tmp_path: Path) -> None:
    first = make_devnet(tmp_path / "devnet", validators=2)
    assert first.base_port == 0
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as session:
        await first.start()
        try:
            urls, p2p = first.api_urls, [n.p2p for n in first.nodes]
            watcher = await Watcher(session, urls[0]).start()
            try:
                await watcher.wait_height(2)
                # A node that crashes comes back where its clients expect it, and the chain goes on.
                await first.stop_node(1, kill=True)
                await first.start_node(1)
                assert first.api_urls == urls
                await watcher.wait_height(watcher.height + 2)
            finally:
                await watcher.stop()
            reached = (await Client(session, urls[0]).status())["height"]
        finally:
            await first.stop()
        # The picked ports are in each node's configuration now.
        for node, url, peer in zip(first.nodes, urls, p2p, strict=True):
            config = load_config(node.config_path)
            assert (f"http://{config.api_listen}", config.p2p_listen) == (url, peer)

        # A node left running by an earlier run (the app that owned the devnet was killed) holds the ports.
        leftover = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "fullnode.cli",
            "start",
            "--config",
            str(first.nodes[0].config_path),
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.DEVNULL,
        )
        assert leftover.stdout is not None
        assert (await asyncio.wait_for(leftover.stdout.readline(), 60)).startswith(b"READY ")

        # The devnet starts again (as when the app restarts): it stops the leftover; same addresses, same chain.
        again = make_devnet(tmp_path / "devnet", validators=2)
        await again.start()
        assert await asyncio.wait_for(leftover.wait(), 30) == 0, "the leftover node was stopped cleanly"
        try:
            assert again.api_urls == urls
            assert [n.p2p for n in again.nodes] == p2p
            assert (await Client(session, urls[1]).status())["height"] >= reached
            watcher = await Watcher(session, urls[1]).start()
            try:
                await watcher.wait_height(reached + 2)
            finally:
                await watcher.stop()
            await again.wait_connected()
        finally:
            await again.stop()
