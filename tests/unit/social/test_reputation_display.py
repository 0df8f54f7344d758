"""The displayed reputation: log-scaled from the proven raw points, with a breakdown that accounts for every
displayed point."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from etalonium_desktop.social.reputation import BASE, badge_name, badge_title, breakdown, display_score
from lightnode.protocol import state as S


@pytest.mark.parametrize(("raw", "shown"), [(0, 25.0), (9, 35.0), (99, 45.0), (999, 55.0), (-9, 15.0), (-(10**9), 0.0)])
def test_every_tenfold_adds_ten_displayed_points(raw: int, shown: float) -> None:
    assert display_score(raw) == pytest.approx(shown, abs=1e-9)


def test_the_breakdown_says_where_each_point_came_from() -> None:
    rep = S.Reputation(score=99, votes=30, endorsements=60, work=10, ratings=-4, curation=3)
    result = breakdown(rep)
    assert result.shown == pytest.approx(45.0)
    parts = {p.name: p for p in result.parts}
    assert sum(p.shown for p in result.parts) == pytest.approx(result.shown - BASE)
    assert parts["endorsements"].shown == pytest.approx(20 * 60 / 103)
    assert parts["ratings"].shown == 0.0
    lines = result.lines()
    assert lines[0] == "Everyone starts at 25."
    assert any(line.startswith("Buyers' ratings") and "-4" in line for line in lines)
    assert lines[-1] == "Shown: 25 + 10·log10(1 + 99) = 45.0"


@given(
    st.integers(-(10**6), 10**6),
    st.integers(0, 10**6),
    st.integers(0, 10**6),
    st.integers(-(10**6), 10**6),
    st.integers(-(10**6), 10**6),
)
def test_the_parts_always_sum_to_the_displayed_points(
    votes: int, endorsements: int, work: int, ratings: int, curation: int
) -> None:
    score = votes + endorsements + work + ratings + curation
    result = breakdown(S.Reputation(score, votes, endorsements, work, ratings, curation))
    assert result.shown >= 0
    assert sum(p.shown for p in result.parts) == pytest.approx(result.shown - BASE, abs=1e-6)


def test_badges_have_readable_names() -> None:
    assert badge_name(S.Badge.RISING) == "Rising"
    assert "ten orders" in badge_title(S.Badge.TRUSTED_SELLER)
