"""The assistant's phrases: English without a translator, the catalogue's words with one, never a crash."""

from __future__ import annotations

import logging

import pytest

from assistant.phrases import (
    QT_TRANSLATE_NOOP,
    Number,
    and_joined,
    day_and_month,
    format_phrase,
    joined,
    phrase,
    ratio,
    role_plural,
    sure,
)
from assistant.records import MediaType, PostKind, Role

CATALOGUE = {
    "{day} {month}": "{month} {day}",
    "Apr": "avril",
    "{first} and {second}": "{first} et {second}",
    "{first}, {second}": "{first}, {second}",
    "{percent} sure": "sûr à {percent}",
    "{kind} · {media}": "{kind} · {media}",
    "lookbook": "lookbook",
    "video": "vidéo",
    "Broken {count}": "Cassé {total}",
}


def translate(template: str) -> str:
    return CATALOGUE.get(template, template)


def test_phrases_read_in_english_and_through_a_catalogue() -> None:
    date = day_and_month(12, 4)
    assert str(date) == "12 Apr"
    assert date.render(translate) == "avril 12"
    tags = and_joined(["#linen", "#silk", "#wool"])
    assert str(tags) == "#linen, #silk and #wool"
    assert tags.render(translate) == "#linen, #silk et #wool"
    assert str(joined([phrase("a"), "b", phrase("c")])) == "a; b; c"
    assert str(sure(0.973)) == "97% sure"
    assert sure(0.973).render(translate) == "sûr à 97%"
    assert str(sure(0.9999)) == "over 99% sure"
    shown = format_phrase(PostKind.LOOKBOOK, MediaType.VIDEO, "lookbook · video")
    assert not isinstance(shown, str)
    assert shown.render(translate) == "lookbook · vidéo"
    assert format_phrase(PostKind.PHOTO, MediaType.IMAGE, "something else") == "something else"
    assert str(role_plural(Role.AGENCY)) == "agencies"
    sentence = phrase(QT_TRANSLATE_NOOP("Advice", "{what} rises."), what="sage").capitalized()
    assert str(sentence) == "Sage rises."


def test_numbers_are_written_when_rendered_in_the_readers_conventions() -> None:
    def comma(value: float, decimals: int) -> str:
        return f"{value:.{decimals}f}".replace(".", ",")

    words = phrase("{a} {b} {c} {d}", a=Number(0.973, percent=True), b=Number(-6.4, signed=True), c=Number(2.5, 1),
                   d=ratio(0.456))  # fmt: skip
    assert str(words) == "97% −6 2.5 ×0.46"
    assert words.render(number=comma) == "97% −6 2,5 ×0,46"
    assert str(Number(12_984)) == "12,984"
    assert str(Number(3.0, signed=True)) == "+3"


def test_a_translation_that_lost_its_place_falls_back_to_english(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="assistant.phrases"):
        assert phrase("Broken {count}", count="3").render(translate) == "Broken 3"
    assert "does not fit" in caplog.text
