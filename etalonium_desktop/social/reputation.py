"""The displayed reputation: a log-scaled score (as Hive shows one) from the proven raw points, with a
breakdown that says where every displayed point came from, and the badges' titles."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale

from etalonium_desktop.ui.i18n import QT_TRANSLATE_NOOP
from lightnode.protocol import state as S

#: Where everyone starts, and how many displayed points each tenfold of raw points adds.
BASE = 25.0
PER_DECADE = 10.0

_PARTS = (
    ("votes", QT_TRANSLATE_NOOP("Reputation", "Votes received, weighted by the voters' reputation")),
    ("endorsements", QT_TRANSLATE_NOOP("Reputation", "Endorsements of skills, weighted by the endorsers' trust")),
    ("work", QT_TRANSLATE_NOOP("Reputation", "Orders completed as a seller")),
    ("ratings", QT_TRANSLATE_NOOP("Reputation", "Buyers' ratings (above or below three stars)")),
    ("curation", QT_TRANSLATE_NOOP("Reputation", "Votes that agreed with the community's later consensus")),
)


def display_score(raw: int) -> float:
    """25 + 10·log10(1 + raw) for raw ≥ 0 (0 → 25, 9 → 35, 99 → 45, 999 → 55); below zero it falls the same
    way, never under 0."""
    if raw >= 0:
        return BASE + PER_DECADE * math.log10(1 + raw)
    return max(0.0, BASE - PER_DECADE * math.log10(1 + -raw))


@dataclass(frozen=True, slots=True)
class Part:
    name: str
    label: str
    raw: int
    #: The displayed points this part accounts for (they sum to the displayed score minus BASE).
    shown: float


@dataclass(frozen=True, slots=True)
class Breakdown:
    raw: int
    shown: float
    parts: tuple[Part, ...]

    def lines(self) -> list[str]:
        """The breakdown in sentences, in the interface language."""
        locale = QLocale()

        def signed(value: float, decimals: int) -> str:
            return ("+" if value >= 0 else "") + locale.toString(float(value), "f", decimals)

        out = [
            QCoreApplication.translate("Reputation", "Everyone starts at {base}.").format(
                base=locale.toString(BASE, "g")
            )
        ]
        for part in self.parts:
            if part.raw:
                out.append(
                    QCoreApplication.translate("Reputation", "{part}: {raw} raw points → {shown}").format(
                        part=QCoreApplication.translate("Reputation", part.label),
                        raw=signed(part.raw, 0),
                        shown=signed(part.shown, 1),
                    )
                )
        out.append(
            QCoreApplication.translate("Reputation", "Shown: {base} + 10·log10(1 + {raw}) = {shown}").format(
                base=locale.toString(BASE, "g"),
                raw=locale.toString(self.raw),
                shown=locale.toString(self.shown, "f", 1),
            )
        )
        return out


def breakdown(reputation: S.Reputation) -> Breakdown:
    """The displayed score and each part's share of it: the points above (or below) the base are split in
    proportion to the parts pulling in the score's direction; parts pulling the other way are shown as the
    raw points they took back (their displayed share is 0)."""
    shown = display_score(reputation.score)
    delta = shown - BASE
    values = {name: getattr(reputation, name) for name, _ in _PARTS}
    same_way = {n: v for n, v in values.items() if (v > 0 if delta >= 0 else v < 0)}
    total = sum(same_way.values())
    parts = tuple(
        Part(name, label, values[name], delta * same_way[name] / total if name in same_way and total else 0.0)
        for name, label in _PARTS
    )
    return Breakdown(reputation.score, shown, parts)


def badge_title(badge: int) -> str:
    milestone = S.BADGE_MILESTONES.get(S.Badge(badge))
    return milestone.title if milestone else f"Badge {badge}"


def badge_name(badge: int) -> str:
    return badge_title(badge).split(":")[0]


#: A glyph per badge for compact display.
BADGE_GLYPHS = {
    S.Badge.RISING: "☆",
    S.Badge.ESTABLISHED: "★",
    S.Badge.RENOWNED: "✪",
    S.Badge.ICON: "♛",
    S.Badge.ENDORSED: "✔",
    S.Badge.TRUSTED_SELLER: "⚖",
    S.Badge.CURATOR: "◎",
    S.Badge.CREATOR: "✎",
    S.Badge.FOLLOWED: "♥",
}
