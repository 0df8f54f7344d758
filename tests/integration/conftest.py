"""Fixtures for integration tests: real devnets of validator subprocesses on 127.0.0.1, ephemeral ports."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import pytest_asyncio

from fullnode.devnet import Devnet

#: Devnet parameters that let a test walk through escrow, disputes and governance in a few blocks.
TEST_PARAMS = {"voting_period_blocks": 6, "min_release_timeout_blocks": 2, "arbiter_min_reputation": 0}
#: Node settings for tests: quick rounds, and generous rate limits for one client address.
TEST_SETTINGS = {
    "rate_limit_per_s": 2000.0,
    "rate_limit_burst": 4000.0,
    "timeout_propose_s": 1.5,
    "timeout_prevote_s": 0.5,
    "timeout_precommit_s": 0.5,
    "log_level": "INFO",
}


def make_devnet(
    path: Path,
    validators: int = 4,
    *,
    node_settings: Mapping[str, Any] | None = None,
    per_node_settings: Mapping[int, Mapping[str, Any]] | None = None,
) -> Devnet:
    """A devnet of validator subprocesses on ephemeral loopback ports, with the test parameters."""
    return Devnet(
        validators,
        path,
        base_port=0,
        chain_id="exc-itest",
        params=TEST_PARAMS,
        node_settings={**TEST_SETTINGS, **(node_settings or {})},
        per_node_settings=per_node_settings,
    )


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def shared_devnet(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Devnet]:
    devnet = make_devnet(tmp_path_factory.mktemp("devnet"))
    await devnet.start()
    try:
        yield devnet
    finally:
        await devnet.stop()


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as s:
        yield s
