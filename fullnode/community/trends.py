"""Planted trends: tags and colour palettes that rise or fade over simulated weeks, and their ground truth."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

#: Tags that are always around at a steady level.
BASE_TAGS = (
    "streetwear", "minimal", "tailoring", "denim", "knitwear", "editorial", "runway", "vintage",
    "accessories", "menswear", "bridal", "sustainable", "leather", "resort", "casting", "lookbook",
)  # fmt: skip
#: Candidates for planted trends (the seed picks which rise and which fade).
TREND_TAGS = (
    "quietluxury", "gorpcore", "balletcore", "y2k", "cottagecore", "techwear", "coastalgrandma",
    "mobwife", "oldmoney", "indiesleaze", "barbiecore", "darkacademia",
)  # fmt: skip
#: Colour palettes (dominant colours as 0xRRGGBB) that trends can carry.
PALETTES = {
    "butter yellow": (0xF6E27F, 0xFFF4C2, 0xE8C547),
    "cherry red": (0xB3001B, 0x7A0010, 0xE03A3E),
    "sage green": (0x9CAF88, 0xC8D5B9, 0x6B7F5E),
    "mocha mousse": (0xA47864, 0x7B5B4C, 0xD2B8A3),
    "cobalt": (0x0047AB, 0x2E6FD8, 0x001F5C),
    "neon lime": (0xC6F432, 0x9BE000, 0xEFFFA8),
    "lilac": (0xC8A2C8, 0xE6D3F0, 0x9B77B5),
    "millennial pink": (0xF4C2C2, 0xFADADD, 0xE8A0A8),
    "charcoal": (0x36454F, 0x1C2329, 0x5D6D77),
    "camel": (0xC19A6B, 0xA67B50, 0xE2C9A6),
}


@dataclass(frozen=True)
class Trend:
    """A tag or a palette whose popularity follows a logistic curve over the simulated weeks."""

    kind: str  # "tag" or "palette"
    name: str
    direction: str  # "rising" or "fading"
    #: The week at which the curve is halfway, and how many weeks it takes to go most of the way.
    midpoint_week: float
    width_weeks: float
    peak_weight: float

    def weight(self, week: float) -> float:
        x = (week - self.midpoint_week) / self.width_weeks
        rise = 1 / (1 + math.exp(-4 * x))
        share = rise if self.direction == "rising" else 1 - rise
        return self.peak_weight * share


class TrendPlan:
    """Which tags and palettes the community favours in a given simulated week."""

    def __init__(self, seed: int, weeks: int = 12) -> None:
        rng = random.Random(f"trends/{seed}")
        self.seed = seed
        self.weeks = weeks
        tags = rng.sample(TREND_TAGS, 5)
        palettes = rng.sample(sorted(PALETTES), 4)
        self.trends: list[Trend] = []
        for i, name in enumerate(tags):
            direction = "rising" if i < 3 else "fading"
            self.trends.append(
                Trend("tag", name, direction, rng.uniform(weeks * 0.3, weeks * 0.7), rng.uniform(1.5, 3.0), 6.0)
            )
        for i, name in enumerate(palettes):
            direction = "rising" if i < 2 else "fading"
            self.trends.append(
                Trend(
                    "palette",
                    name,
                    direction,
                    rng.uniform(weeks * 0.3, weeks * 0.7),
                    rng.uniform(1.5, 3.0),
                    5.0,
                )
            )
        self.steady_palettes = [p for p in sorted(PALETTES) if p not in palettes]

    def pick_tags(self, rng: random.Random, week: float, trendiness: float, count: int) -> list[str]:
        """Tags for a post: steady ones plus, weighted by the week's trends, trending ones."""
        weights = {tag: 1.0 for tag in BASE_TAGS}
        for trend in self.trends:
            if trend.kind == "tag":
                weights[trend.name] = 0.05 + trendiness * trend.weight(week)
        return _weighted_sample(rng, weights, count)

    def pick_palette(self, rng: random.Random, week: float, trendiness: float) -> tuple[str, tuple[int, ...]]:
        weights = {name: 1.0 for name in self.steady_palettes}
        for trend in self.trends:
            if trend.kind == "palette":
                weights[trend.name] = 0.05 + trendiness * trend.weight(week)
        [name] = _weighted_sample(rng, weights, 1)
        return name, PALETTES[name]

    def ground_truth(self) -> dict[str, object]:
        """The plan as data: what a trend detector should find, week by week."""
        return {
            "seed": self.seed,
            "weeks": self.weeks,
            "trends": [
                {
                    "kind": t.kind,
                    "name": t.name,
                    "direction": t.direction,
                    "midpoint_week": round(t.midpoint_week, 3),
                    "width_weeks": round(t.width_weeks, 3),
                    "colours": [f"#{c:06x}" for c in PALETTES[t.name]] if t.kind == "palette" else [],
                    "weight_by_week": [round(t.weight(w + 0.5), 4) for w in range(self.weeks)],
                }
                for t in self.trends
            ],
            "steady_tags": list(BASE_TAGS),
            "steady_palettes": self.steady_palettes,
            # The same plan in the shape `assistant.ground_truth.load_ground_truth` reads.
            "tags": {
                "rising": self._names("tag", "rising"),
                "fading": self._names("tag", "fading"),
                "stable": list(BASE_TAGS),
            },
            "colours": {
                "rising": [f"#{PALETTES[n][0]:06x}" for n in self._names("palette", "rising")],
                "fading": [f"#{PALETTES[n][0]:06x}" for n in self._names("palette", "fading")],
            },
        }

    def _names(self, kind: str, direction: str) -> list[str]:
        return [t.name for t in self.trends if t.kind == kind and t.direction == direction]


def _weighted_sample(rng: random.Random, weights: dict[str, float], count: int) -> list[str]:
    names = sorted(weights)
    chosen: list[str] = []
    for _ in range(min(count, len(names))):
        pool = [n for n in names if n not in chosen]
        chosen.append(rng.choices(pool, [weights[n] for n in pool])[0])
    return chosen
