"""Shared fixtures: one seeded synthetic community, ingested and trained once per test session."""

from __future__ import annotations

import pytest

from assistant import BlockEvents, ChainData, PersonalAssistant, TrainedModels, train
from assistant.engagement import Evaluation, evaluate
from assistant.synthetic import SyntheticCommunity, SyntheticConfig, generate


@pytest.fixture(scope="session")
def community() -> SyntheticCommunity:
    return generate(SyntheticConfig(seed=7, n_posts=20_000, n_actors=600))


@pytest.fixture(scope="session")
def community_blocks(community: SyntheticCommunity) -> list[BlockEvents]:
    return list(community.blocks())


@pytest.fixture(scope="session")
def chain_data(community_blocks: list[BlockEvents]) -> ChainData:
    data = ChainData()
    for block in community_blocks:
        data.ingest(block)
    return data


@pytest.fixture(scope="session")
def trained(community: SyntheticCommunity, chain_data: ChainData) -> TrainedModels:
    return train(chain_data.snapshot(), community.user)


@pytest.fixture(scope="session")
def evaluation(chain_data: ChainData) -> Evaluation:
    return evaluate(chain_data.snapshot())


@pytest.fixture
def assistant(community: SyntheticCommunity, chain_data: ChainData, trained: TrainedModels) -> PersonalAssistant:
    return PersonalAssistant(community.user, chain_data, models=trained)


@pytest.fixture(scope="session")
def community_events_small() -> list[object]:
    small = generate(SyntheticConfig(seed=5, n_posts=3_000, n_actors=200, n_listings=100, n_orders=500))
    return list(small.events())
