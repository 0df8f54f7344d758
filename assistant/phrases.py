"""The assistant's sentences, translatable without Qt: a template (English, with {named} places) and its values.

The assistant runs without Qt (and in a worker process), so it cannot translate; it says what it means as a
`Phrase`, whose values are plain text (numbers as written, tags, categories: data) or phrases themselves. The
app renders a phrase through its translation catalogue (context `CONTEXT`); anywhere else it reads in English.
Every template is written out as `QT_TRANSLATE_NOOP("Advice", "...")`, the marker Qt's `lupdate` extracts.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .records import MediaType, PostKind, Role

log = logging.getLogger(__name__)

# The translation context of every template here and in the advice.
CONTEXT = "Advice"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name Qt's lupdate looks for
    """Marks `text` for the translation catalogue under `context`; returns it unchanged."""
    return text


#: Writes a number with so many decimals in the reader's conventions (decimal mark, digit grouping).
NumberFormat = Callable[[float, int], str]


def english_number(value: float, decimals: int) -> str:
    return f"{value:,.{decimals}f}"


@dataclass(frozen=True, slots=True)
class Number:
    """A number in a sentence, written when the sentence is rendered, in the reader's conventions."""

    value: float
    decimals: int = 0
    # A fraction shown as a percentage ('0.97' as '97%').
    percent: bool = False
    # Always with its sign ('+41', '−6').
    signed: bool = False

    def render(self, number: NumberFormat | None = None) -> str:
        value = self.value * 100 if self.percent else self.value
        text = (number or english_number)(abs(value) if self.signed else value, self.decimals)
        if self.signed:
            text = ("+" if value >= 0 else "−") + text
        return text + "%" if self.percent else text

    def __str__(self) -> str:
        return self.render()


@dataclass(frozen=True, slots=True)
class Phrase:
    """A template and the values of its places; rendered in English, or through a translator."""

    template: str
    args: tuple[tuple[str, Phrase | Number | str], ...] = ()
    # Start the rendered sentence with a capital letter (a phrase opening a sentence).
    capital: bool = False

    def render(self, translate: Callable[[str], str] | None = None, number: NumberFormat | None = None) -> str:
        values = {
            name: v
            if isinstance(v, str)
            else v.render(translate, number)
            if isinstance(v, Phrase)
            else v.render(number)
            for name, v in self.args
        }
        template = self.template if translate is None else translate(self.template)
        try:
            text = template.format(**values)
        except (KeyError, IndexError, ValueError):
            # A translation that lost or renamed a place (the catalogue check forbids it): English, not a crash.
            log.warning("the translation of %r does not fit its values", self.template)
            text = self.template.format(**values)
        return text[:1].upper() + text[1:] if self.capital else text

    def __str__(self) -> str:
        return self.render()

    def capitalized(self) -> Phrase:
        return Phrase(self.template, self.args, True)


def phrase(template: str, /, **args: Phrase | Number | str) -> Phrase:
    return Phrase(template, tuple(args.items()))


def joined(parts: Sequence[Phrase | str]) -> Phrase:
    """Phrases joined by "; "."""
    if not parts:
        return phrase("")
    whole: Phrase | str = parts[0]
    for part in parts[1:]:
        whole = phrase(QT_TRANSLATE_NOOP("Advice", "{first}; {second}"), first=whole, second=part)
    return whole if isinstance(whole, Phrase) else phrase("{text}", text=whole)


def and_joined(parts: Sequence[Phrase | str]) -> Phrase:
    """ "a, b and c"."""
    if len(parts) <= 1:
        return joined(parts)
    whole: Phrase | str = parts[0]
    for part in parts[1:-1]:
        whole = phrase(QT_TRANSLATE_NOOP("Advice", "{first}, {second}"), first=whole, second=part)
    return phrase(QT_TRANSLATE_NOOP("Advice", "{first} and {second}"), first=whole, second=parts[-1])


WEEKDAYS = (
    QT_TRANSLATE_NOOP("Advice", "Monday"),
    QT_TRANSLATE_NOOP("Advice", "Tuesday"),
    QT_TRANSLATE_NOOP("Advice", "Wednesday"),
    QT_TRANSLATE_NOOP("Advice", "Thursday"),
    QT_TRANSLATE_NOOP("Advice", "Friday"),
    QT_TRANSLATE_NOOP("Advice", "Saturday"),
    QT_TRANSLATE_NOOP("Advice", "Sunday"),
)
MONTHS = (
    QT_TRANSLATE_NOOP("Advice", "Jan"),
    QT_TRANSLATE_NOOP("Advice", "Feb"),
    QT_TRANSLATE_NOOP("Advice", "Mar"),
    QT_TRANSLATE_NOOP("Advice", "Apr"),
    QT_TRANSLATE_NOOP("Advice", "May"),
    QT_TRANSLATE_NOOP("Advice", "Jun"),
    QT_TRANSLATE_NOOP("Advice", "Jul"),
    QT_TRANSLATE_NOOP("Advice", "Aug"),
    QT_TRANSLATE_NOOP("Advice", "Sep"),
    QT_TRANSLATE_NOOP("Advice", "Oct"),
    QT_TRANSLATE_NOOP("Advice", "Nov"),
    QT_TRANSLATE_NOOP("Advice", "Dec"),
)
_ROLES = {
    Role.MODEL: QT_TRANSLATE_NOOP("Advice", "models"),
    Role.DESIGNER: QT_TRANSLATE_NOOP("Advice", "designers"),
    Role.PHOTOGRAPHER: QT_TRANSLATE_NOOP("Advice", "photographers"),
    Role.STYLIST: QT_TRANSLATE_NOOP("Advice", "stylists"),
    Role.AGENCY: QT_TRANSLATE_NOOP("Advice", "agencies"),
    Role.PRODUCER: QT_TRANSLATE_NOOP("Advice", "producers"),
    Role.CUSTOMER: QT_TRANSLATE_NOOP("Advice", "customers"),
}
_KINDS = {
    PostKind.PHOTO: QT_TRANSLATE_NOOP("Advice", "photo"),
    PostKind.VIDEO: QT_TRANSLATE_NOOP("Advice", "video"),
    PostKind.TEXT: QT_TRANSLATE_NOOP("Advice", "text"),
    PostKind.LOOKBOOK: QT_TRANSLATE_NOOP("Advice", "lookbook"),
    PostKind.CASTING: QT_TRANSLATE_NOOP("Advice", "casting"),
    PostKind.EVENT: QT_TRANSLATE_NOOP("Advice", "event"),
    PostKind.PORTFOLIO: QT_TRANSLATE_NOOP("Advice", "portfolio"),
}
_MEDIA = {
    MediaType.NONE: QT_TRANSLATE_NOOP("Advice", "no media"),
    MediaType.IMAGE: QT_TRANSLATE_NOOP("Advice", "image"),
    MediaType.VIDEO: QT_TRANSLATE_NOOP("Advice", "video"),
    MediaType.MIXED: QT_TRANSLATE_NOOP("Advice", "mixed"),
}
# What each group of a draft's features is called in a sentence.
GROUPS = {
    "tags": QT_TRANSLATE_NOOP("Advice", "its tags"),
    "timing": QT_TRANSLATE_NOOP("Advice", "its timing"),
    "format": QT_TRANSLATE_NOOP("Advice", "its format"),
    "colours": QT_TRANSLATE_NOOP("Advice", "its colours"),
    "caption": QT_TRANSLATE_NOOP("Advice", "its caption"),
    "author": QT_TRANSLATE_NOOP("Advice", "your standing then"),
}


def role_plural(role: Role) -> Phrase:
    """'models', 'agencies'."""
    return phrase(_ROLES[role])


def kind_word(kind: PostKind) -> Phrase:
    return phrase(_KINDS[kind])


def format_phrase(kind: PostKind, media: MediaType, shown: str) -> Phrase | str:
    """A post format as `records.format_name` shows it ('photo', 'lookbook · video'), in words that translate;
    `shown` is that name, kept when the kind and media do not account for it."""
    if shown == kind.name.lower():
        return kind_word(kind)
    if shown == f"{kind.name.lower()} · {media.name.lower()}":
        return phrase(
            QT_TRANSLATE_NOOP("Advice", "{kind} · {media}"), kind=kind_word(kind), media=phrase(_MEDIA[media])
        )
    return shown


def weekday(index: int) -> Phrase:
    """Monday is 0."""
    return phrase(WEEKDAYS[index % 7])


def day_and_month(day: int, month: int) -> Phrase:
    """'12 Apr' (month 1 to 12)."""
    return phrase(QT_TRANSLATE_NOOP("Advice", "{day} {month}"), day=str(day), month=phrase(MONTHS[month - 1]))


def ratio(value: float, decimals: int | None = None) -> Phrase:
    """'×2.7' (or '×0.46' below 1)."""
    places = decimals if decimals is not None else 1 if value >= 1 else 2
    return phrase("×{n}", n=Number(value, places))


def sure(confidence: float) -> Phrase:
    """'97% sure', or 'over 99% sure': a false discovery rate of 1e-12 is not worth more digits."""
    if confidence > 0.99:
        return phrase(QT_TRANSLATE_NOOP("Advice", "over 99% sure"))
    return phrase(QT_TRANSLATE_NOOP("Advice", "{percent} sure"), percent=Number(confidence, percent=True))
