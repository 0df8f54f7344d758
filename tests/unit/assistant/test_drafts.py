"""Draft advice: an outlook with intervals, and suggested changes that the model itself stands behind."""

from __future__ import annotations

import dataclasses

import pytest

from assistant import Draft, MediaType, PersonalAssistant, PostKind, TrainedModels
from assistant.drafts import advise_draft
from assistant.records import DAY_MS, HOUR_MS, normalize_tag
from assistant.synthetic import FADING_TAGS, RISING_TAGS, ROLE_RISING, SyntheticCommunity


@pytest.fixture
def draft(trained: TrainedModels) -> Draft:
    # A plain photo planned for 05:00 UTC tomorrow, an hour the planted audience sleeps through.
    day = trained.data_as_of_ms // DAY_MS + 1
    return Draft(
        tags=("linen", "ootd"),
        caption="New test shoot",
        kind=PostKind.PHOTO,
        media_type=MediaType.IMAGE,
        palette=(0x8C8C8C, 0xF7F7F5),
        planned_time_ms=day * DAY_MS + 5 * HOUR_MS,
    )


def test_the_outlook_has_intervals_around_the_expectation(assistant: PersonalAssistant, draft: Draft) -> None:
    o = assistant.advise_draft(draft).outlook
    assert o.engagement_low <= o.engagement <= o.engagement_high
    assert o.reputation_low <= o.reputation <= o.reputation_high
    assert o.interval == 0.8
    assert o.engagement > 0


def test_suggestions_gain_and_say_why(assistant: PersonalAssistant, draft: Draft) -> None:
    advice = assistant.advise_draft(draft)
    assert advice.suggestions, "a 5 a.m. plain photo can be improved"
    for s in advice.suggestions:
        assert s.gain > 0
        assert s.outlook.engagement > advice.outlook.engagement
        assert str(s.reason).startswith("expected votes")
        assert s.change
    kinds = {s.kind for s in advice.suggestions}
    assert "time" in kinds


def test_the_better_time_is_in_the_planted_evening_peak(assistant: PersonalAssistant, draft: Draft) -> None:
    time = next(s for s in assistant.advise_draft(draft).suggestions if s.kind == "time")
    assert 16 <= time.draft.planned_time_ms // HOUR_MS % 24 <= 22


def test_suggested_tags_are_planted_rising_ones(
    trained: TrainedModels, draft: Draft, community: SyntheticCommunity
) -> None:
    planted = set(RISING_TAGS) | {t for tags in ROLE_RISING.values() for t in tags}
    advice = advise_draft(trained, draft, community.user, max_suggestions=20)
    added = [s for s in advice.suggestions if s.kind == "add_tag"]
    assert added, "adding a rising tag helps a plain photo"
    for s in added:
        assert str(s.change).removeprefix("add #") in planted
        assert "is rising" in str(s.reason)


def test_a_fading_tag_is_never_suggested_and_may_be_dropped(assistant: PersonalAssistant, draft: Draft) -> None:
    fading = FADING_TAGS[0]
    advice = assistant.advise_draft(dataclasses.replace(draft, tags=(*draft.tags, fading)))
    for s in advice.suggestions:
        assert str(s.change) != f"add #{fading}"
        if s.kind == "drop_tag":
            assert fading not in {normalize_tag(t) for t in s.draft.tags}


def test_a_suggestion_applied_gives_what_it_promised(assistant: PersonalAssistant, draft: Draft) -> None:
    advice = assistant.advise_draft(draft)
    best = advice.suggestions[0]
    again = assistant.advise_draft(best.draft)
    assert again.outlook.engagement == pytest.approx(best.outlook.engagement)


def test_contributions_explain_the_draft_against_a_typical_post(assistant: PersonalAssistant, draft: Draft) -> None:
    parts = assistant.advise_draft(draft).contributions
    assert {c.group for c in parts} == {"tags", "timing", "format", "colours", "caption", "author"}
    timing = next(c for c in parts if c.group == "timing")
    assert timing.votes < 0, "5 a.m. is worse than the typical posting time"
