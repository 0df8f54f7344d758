"""The personal brand report and the market: demand, forecast and price suggestions."""

from __future__ import annotations

import numpy as np

from assistant import ListingDraft, ListingKind, PersonalAssistant, TrainedModels
from assistant.synthetic import SyntheticCommunity


def test_the_reputation_trajectory_places_the_user_among_peers(trained: TrainedModels) -> None:
    assert trained.brand is not None
    t = trained.brand.trajectory
    assert t is not None
    assert t.n_peers >= 50
    assert len(t.user) == len(t.week_end_ms) == len(t.peers_median) == 12
    assert all(a <= b <= c for a, b, c in zip(t.peers_p25, t.peers_median, t.peers_p75, strict=True))
    assert 0 <= t.percentile <= 100
    assert 0 <= t.growth_percentile <= 100
    assert list(t.week_end_ms) == sorted(t.week_end_ms)


def test_best_posts_beat_the_usual_and_the_best_hour_is_in_the_evening(trained: TrainedModels) -> None:
    brand = trained.brand
    assert brand is not None
    assert brand.best_posts
    for post in brand.best_posts:
        assert post.engagement > post.usual
        assert post.contributions
    hour, _ = max(brand.hours, key=lambda h: h[1])
    assert 16 <= hour <= 22


def test_skills_are_ranked_for_the_users_role(trained: TrainedModels, community: SyntheticCommunity) -> None:
    assert trained.brand is not None
    skills = trained.brand.skills
    assert len(skills) >= 3
    assert [s.worth for s in skills] == sorted((s.worth for s in skills), reverse=True)
    assert {s.skill for s in skills} >= set(community.user.skills)


def test_planted_demand_trends_are_found_and_forecast(trained: TrainedModels) -> None:
    market = trained.market
    rising = {d.category for d in market.rising()}
    assert "photo shoots" in rising
    footwear = market.demand_for("footwear")
    assert footwear is not None
    assert footwear.direction == "fading"
    shoots = market.demand_for("Photo Shoots")
    assert shoots is not None
    assert all(
        lo <= f <= hi for lo, f, hi in zip(shoots.forecast_low, shoots.forecast, shoots.forecast_high, strict=True)
    )
    # A rising category's forecast is above its average week.
    assert shoots.forecast[0] > np.mean(shoots.weekly_orders[-8:])


def test_price_suggestions_follow_category_and_region(assistant: PersonalAssistant) -> None:
    paris = assistant.suggest_price(ListingDraft(ListingKind.SERVICE, "photo shoots", "Paris", delivery_days=10))
    odessa = assistant.suggest_price(ListingDraft(ListingKind.SERVICE, "photo shoots", "Odessa", delivery_days=10))
    assert paris is not None
    assert odessa is not None
    assert paris.basis == "model"
    assert paris.low <= paris.typical <= paris.high
    # Planted: photo shoots cost about 400 ExC, Paris 1.3× and Odessa 0.7× the base.
    assert 300 < paris.typical < 800
    assert paris.typical > 1.3 * odessa.typical
    assert assistant.suggest_price(ListingDraft(ListingKind.GOOD, "moon rocks", "Paris")) is None
