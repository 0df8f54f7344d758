"""Plain-sentence advice from trends, draft predictions, the brand report and the market, for the UI."""

from __future__ import annotations

import math
from dataclasses import dataclass

from .brand import BrandReport
from .drafts import DraftAdvice, local_date, sureness
from .market import MarketModel, PriceSuggestion
from .records import DAY_MS, UserProfile
from .trends import TrendReport

_GROUP_WORDS = {
    "tags": "its tags",
    "timing": "its timing",
    "format": "its format",
    "colours": "its colours",
    "caption": "its caption",
    "author": "your standing then",
}


@dataclass(frozen=True, slots=True)
class Advice:
    """One sentence for the user; `topic` lets the UI group them, `priority` orders them (higher first)."""

    topic: str
    text: str
    priority: float


def _votes(value: float) -> str:
    return f"{value:.0f}"


def _signed(value: float) -> str:
    return f"+{value:.0f}" if value >= 0 else f"−{abs(value):.0f}"


def _ratio(value: float) -> str:
    return f"×{value:.1f}" if value >= 1 else f"×{value:.2f}"


def trend_advice(report: TrendReport, limit: int = 3) -> list[Advice]:
    """Sentences on the strongest rising and fading items of a trend report."""
    if not report.enough_data:
        return [
            Advice(
                "trends",
                f"There are not enough recent posts by {report.segment.label} yet to tell what is rising.",
                0.1,
            )
        ]
    who = "" if report.segment.label == "everyone" else f" among {_plural(report.segment.label)}"
    window = f"the last {(report.as_of_ms - report.recent_start_ms) // DAY_MS} days"
    out = []
    for trend in report.rising("tag")[:limit]:
        out.append(
            Advice(
                "trends",
                f"#{trend.item} is rising{who}: used {trend.ratio:.1f} times as often in {window} as before "
                f"({sureness(trend.confidence)}).",
                2.0 + min(trend.ratio, 5.0) / 5,
            )
        )
    for trend in report.rising("colour")[:2]:
        out.append(
            Advice(
                "trends",
                f"{trend.item.capitalize()} is a rising colour{who} ({_ratio(trend.ratio)}, "
                f"{sureness(trend.confidence)}).",
                1.8,
            )
        )
    for dimension, noun in (("format", "format"), ("style", "palette style")):
        for trend in report.rising(dimension)[:1]:
            out.append(
                Advice("trends", f"The {trend.item} {noun} is gaining ground{who} ({_ratio(trend.ratio)}).", 1.5)
            )
    for cluster in report.emerging_clusters()[:1]:
        tags = ", ".join(f"#{t}" for t in cluster.tags[:-1]) + f" and #{cluster.tags[-1]}"
        out.append(
            Advice(
                "trends",
                f"A cluster is emerging: {tags} appear together, and posts combining them are up "
                f"{_ratio(cluster.ratio)}.",
                1.9,
            )
        )
    for trend in report.fading("tag")[:2]:
        out.append(
            Advice(
                "trends",
                f"#{trend.item} is fading{who} ({_ratio(trend.ratio)}); posts that lean on it may reach fewer people.",
                1.2,
            )
        )
    return out


def draft_advice(advice: DraftAdvice) -> list[Advice]:
    o = advice.outlook
    out = [
        Advice(
            "draft",
            f"This draft should get about {_votes(o.engagement)} net votes ({o.interval:.0%} range "
            f"{_votes(max(o.engagement_low, 0))}–{_votes(o.engagement_high)}) and change your reputation by "
            f"about {_signed(o.reputation)} ({_signed(o.reputation_low)} to {_signed(o.reputation_high)}).",
            3.0,
        )
    ]
    helps = [c for c in advice.contributions if c.votes >= 0.5]
    hurts = [c for c in advice.contributions if c.votes <= -0.5]
    if helps or hurts:
        parts = []
        if helps:
            parts.append(f"what helps most is {_GROUP_WORDS[helps[0].group]} ({_signed(helps[0].votes)} votes)")
        if hurts:
            worst = min(hurts, key=lambda c: c.votes)
            parts.append(f"what holds it back is {_GROUP_WORDS[worst.group]} ({_signed(worst.votes)})")
        out.append(Advice("draft", "Against a typical post of your role, " + " and ".join(parts) + ".", 2.8))
    for rank, s in enumerate(advice.suggestions):
        out.append(Advice("draft", f"{s.change[0].upper()}{s.change[1:]}: {s.reason}.", 2.7 - 0.1 * rank))
    return out


def brand_advice(brand: BrandReport, user: UserProfile) -> list[Advice]:
    out = []
    role = _plural(user.role.name.lower())
    t = brand.trajectory
    if t is not None:
        out.append(
            Advice(
                "brand",
                f"Your reputation is {t.user[-1]:,.0f}, above {t.percentile:.0f}% of {role}; "
                f"in four weeks you gained {t.growth:,.0f}, more than {t.growth_percentile:.0f}% of them "
                f"(their median gain: {t.peers_median_growth:,.0f}).",
                2.5,
            )
        )
    for skill in [s for s in brand.skills if s.lift > 1.1][:2]:
        have = f" (you have {skill.user_endorsements})" if skill.user_endorsements else ""
        unit = "orders" if skill.outcome == "orders" else "votes per post"
        out.append(
            Advice(
                "brand",
                f"An endorsement for '{skill.skill}' is worth asking for{have}: endorsed {role} get "
                f"{skill.lift:.1f}× the {unit} of the others, and {skill.peers_endorsed} of "
                f"{skill.peers_total} have one.",
                2.0 + min(skill.worth, 1.0),
            )
        )
    for post in brand.best_posts[:2]:
        credit = [c for c in post.contributions if c.votes >= 0.5][:2]
        why = " and ".join(f"{_GROUP_WORDS[c.group]} ({_signed(c.votes)})" for c in credit)
        when = local_date(post.time_ms, user)
        kind = post.kind.name.lower()
        times = post.engagement / max(post.usual, 1.0)
        out.append(
            Advice(
                "brand",
                f"Your {kind} of {when} did {times:.1f}× your usual ({_votes(post.engagement)} votes vs "
                f"{_votes(post.usual)})" + (f"; the model credits {why}." if why else "."),
                1.7,
            )
        )
    if brand.hours:
        best = max(brand.hours, key=lambda h: h[1])
        worst = min(brand.hours, key=lambda h: h[1])
        if best[1] > 1.05 * max(worst[1], 0.1):
            shift = user.utc_offset_minutes // 60
            zone = "" if user.utc_offset_minutes else " UTC"
            out.append(
                Advice(
                    "timing",
                    f"Your best hour to post is around {(best[0] + shift) % 24:02d}:00{zone} (about "
                    f"{_votes(best[1])} votes for your typical post, against {_votes(worst[1])} at "
                    f"{(worst[0] + shift) % 24:02d}:00).",
                    2.2,
                )
            )
    return out


def market_advice(market: MarketModel, limit: int = 3) -> list[Advice]:
    out = []
    for demand in market.rising()[:limit]:
        nxt, low, high = demand.forecast[0], demand.forecast_low[0], demand.forecast_high[0]
        out.append(
            Advice(
                "market",
                f"Demand for {demand.category} is rising: orders per week are up {_ratio(demand.ratio)} lately; "
                f"about {nxt:.0f} orders are expected next week "
                f"({low:.0f}–{high:.0f}).",
                1.6,
            )
        )
    for demand in [d for d in market.demand if d.direction == "fading"][:1]:
        text = f"Demand for {demand.category} is falling: {demand.ratio:.2f}× the orders per week of before."
        out.append(Advice("market", text, 1.0))
    return out


def price_advice(suggestion: PriceSuggestion) -> Advice:
    if suggestion.basis == "model":
        basis = "similar listings (same category, region and delivery time)"
    else:
        basis = f"{suggestion.category} listings"
    text = (
        f"{basis[0].upper()}{basis[1:]} sold for {_money(suggestion.low)}–{_money(suggestion.high)} ExC; "
        f"about {_money(suggestion.typical)} ExC is typical."
    )
    if suggestion.demand is not None and suggestion.demand.direction == "rising":
        text += f" Demand is rising ({_ratio(suggestion.demand.ratio)}), so the upper end is realistic."
    return Advice("market", text, 2.0)


def _money(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    digits = max(0, 2 - math.floor(math.log10(max(value, 1e-9))))
    return f"{value:.{digits}f}"


def _plural(label: str) -> str:
    """'model' → 'models', 'agency' → 'agencies'; regions and mixed labels stay as they are."""
    if label.endswith("s") or " " in label or label[:1].isupper():
        return label
    return label[:-1] + "ies" if label.endswith("y") else label + "s"
