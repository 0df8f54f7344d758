"""An in-process single-validator node for unit tests of the node, its API and its block checks."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fullnode.config import NodeConfig
from fullnode.node import Node
from lightnode.protocol.actions import Action, Payload, SignedAction
from lightnode.protocol.chain import Validator
from lightnode.protocol.encoding import ONE_EXC
from lightnode.protocol.genesis import Genesis
from lightnode.protocol.keys import PrivateKey

CHAIN = "exc-unit"
VALIDATOR = PrivateKey(b"\x11" * 32)
FAUCET = PrivateKey(b"\x12" * 32)
ALICE = PrivateKey(b"\x13" * 32)
BOB = PrivateKey(b"\x14" * 32)
FEE = ONE_EXC // 1000


def make_genesis() -> Genesis:
    return Genesis.create(
        CHAIN,
        int(time.time() * 1000),
        [Validator(VALIDATOR.public_key.raw, 10)],
        [(ALICE.actor_id, 1000 * ONE_EXC), (FAUCET.actor_id, 10**6 * ONE_EXC)],
    )


def make_config(data_dir: Path, **settings: Any) -> NodeConfig:
    values: dict[str, Any] = {
        "api_listen": "127.0.0.1:0",
        "p2p_listen": "127.0.0.1:0",
        "block_interval_s": 0.2,
        "busy_block_interval_s": 0.1,
        "fsync": False,
        "faucet_cooldown_s": 0.0,
        "log_level": "WARNING",
        **settings,
    }
    return NodeConfig(
        data_dir=data_dir,
        genesis_file=data_dir / "genesis.json",
        node_key_file=data_dir / "key.json",
        **values,
    )


@asynccontextmanager
async def running_node(data_dir: Path, genesis: Genesis | None = None, **settings: Any) -> AsyncIterator[Node]:
    node = Node(make_config(data_dir, **settings), genesis or make_genesis(), VALIDATOR, FAUCET)
    await node.start()
    try:
        yield node
    finally:
        await node.stop()


def sign(key: PrivateKey, nonce: int, payload: Payload, *, expiry: int = 10**9, fee: int = FEE) -> SignedAction:
    return Action(CHAIN, key.public_key.raw, nonce, fee, expiry, payload).sign(key)
