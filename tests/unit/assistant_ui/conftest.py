"""Fixtures for the app's assistant: a qasync loop on the test's QApplication (the e2e pattern), and one small
seeded synthetic community, trained once per session, for the service and the screen."""

from __future__ import annotations

import pytest

from assistant import ChainData, PersonalAssistant, TrainedModels, train
from assistant.synthetic import SyntheticCommunity, SyntheticConfig, generate


@pytest.fixture(scope="session")
def small_community() -> SyntheticCommunity:
    return generate(SyntheticConfig(seed=5, n_posts=3_000, n_actors=200, n_listings=120, n_orders=1_500))


@pytest.fixture(scope="session")
def small_data(small_community: SyntheticCommunity) -> ChainData:
    data = ChainData()
    for block in small_community.blocks():
        data.ingest(block)
    return data


@pytest.fixture(scope="session")
def small_models(small_community: SyntheticCommunity, small_data: ChainData) -> TrainedModels:
    return train(small_data.snapshot(), small_community.user)


@pytest.fixture
def trained_assistant(
    small_community: SyntheticCommunity, small_data: ChainData, small_models: TrainedModels
) -> PersonalAssistant:
    """The small community's assistant, trained (its data is shared: tests must not ingest into it)."""
    return PersonalAssistant(small_community.user, small_data, models=small_models)
