"""Shared builders for the light client's unit tests."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from lightnode.client import ClientEvent, ClientOptions, GenesisRoot, LightClient
from lightnode.provider import Provider
from lightnode.store import LightStore
from lightnode.testing import ChainGenerator, SimulatedNode
from lightnode.verifier import SignatureChecker


def chain_clock(gen: ChainGenerator) -> Any:
    """A wall clock just after the generator's current tip (it follows the tip as it moves)."""
    return lambda: gen.time_of(max(gen.tip, 0)) + 500


def make_client(
    gen: ChainGenerator,
    primary: Provider,
    witnesses: Sequence[Provider] = (),
    *,
    store: LightStore | None = None,
    options: ClientOptions | None = None,
    events: list[ClientEvent] | None = None,
    clock: Any = None,
) -> LightClient:
    client = LightClient(
        GenesisRoot(gen.genesis_hash),
        primary,
        witnesses,
        store=store,
        options=options or ClientOptions(witness_retry_delay_s=0.001),
        clock=clock or chain_clock(gen),
        checker=SignatureChecker(),
        close_store=True,
    )
    if events is not None:
        client.add_listener(events.append)
    return client


def heights_fetched(requests: list[tuple[str, Any]]) -> list[Any]:
    return [arg for what, arg in requests if what == "light_block"]


def funded_node(gen: ChainGenerator) -> SimulatedNode:
    return SimulatedNode(gen)
