"""Plain-sentence advice: every part of the assistant speaks, in whole sentences without raw numbers."""

from __future__ import annotations

import re

from assistant import Draft, ListingDraft, ListingKind, MediaType, PersonalAssistant, PostKind
from assistant.records import DAY_MS, HOUR_MS


def test_advice_covers_every_topic_in_sentences(assistant: PersonalAssistant) -> None:
    assert assistant.models is not None
    draft = Draft(
        ("linen",), "Fitting day", PostKind.PHOTO, MediaType.IMAGE, (0xD2B996,),
        assistant.models.data_as_of_ms + DAY_MS + 6 * HOUR_MS,
    )  # fmt: skip
    items = assistant.advice(draft=draft, listing=ListingDraft(ListingKind.SERVICE, "photo shoots", "Paris", 7))
    assert {"trends", "draft", "brand", "market", "timing"} <= {a.topic for a in items}
    assert [a.priority for a in items] == sorted((a.priority for a in items), reverse=True)
    for item in items:
        assert item.text[0].isupper() or item.text[0] == "#", item.text
        assert item.text.endswith("."), item.text
        assert not re.search(r"nan|inf|\d\.\d{3,}", item.text), item.text
    texts = " ".join(a.text for a in items)
    assert "net votes" in texts
    assert "ExC" in texts
    assert "rising" in texts
