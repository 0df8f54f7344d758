"""Plain-sentence advice from trends, draft predictions, the brand report and the market, for the UI."""

from __future__ import annotations

import math
from dataclasses import dataclass

from .brand import BrandReport
from .drafts import DraftAdvice, local_date
from .market import MarketModel, PriceSuggestion
from .phrases import (
    GROUPS,
    QT_TRANSLATE_NOOP,
    Number,
    Phrase,
    and_joined,
    kind_word,
    phrase,
    ratio,
    role_plural,
    sure,
)
from .records import DAY_MS, UserProfile
from .trends import Segment, TrendReport


@dataclass(frozen=True, slots=True)
class Advice:
    """One sentence for the user; `topic` lets the UI group them, `priority` orders them (higher first)."""

    topic: str
    phrase: Phrase
    priority: float

    @property
    def text(self) -> str:
        """The sentence in English (the app renders `phrase` in the interface's language)."""
        return self.phrase.render()


def _votes(value: float) -> Number:
    return Number(value)


def _signed(value: float) -> Number:
    return Number(value, signed=True)


def _ratio(value: float) -> Phrase:
    return ratio(value)


def _among(segment: Segment) -> Phrase:
    """' among models', ' in Milan', ' among models in Milan', or nothing (everyone)."""
    if segment.role is not None and segment.region:
        return phrase(
            QT_TRANSLATE_NOOP("Advice", " among {roles} in {region}"),
            roles=role_plural(segment.role),
            region=segment.region,
        )
    if segment.role is not None:
        return phrase(QT_TRANSLATE_NOOP("Advice", " among {roles}"), roles=role_plural(segment.role))
    if segment.region:
        return phrase(QT_TRANSLATE_NOOP("Advice", " in {region}"), region=segment.region)
    return phrase("")


def trend_advice(report: TrendReport, limit: int = 3) -> list[Advice]:
    """Sentences on the strongest rising and fading items of a trend report."""
    who = _among(report.segment)
    if not report.enough_data:
        text = QT_TRANSLATE_NOOP("Advice", "There are not enough recent posts{who} yet to tell what is rising.")
        return [Advice("trends", phrase(text, who=who), 0.1)]
    days = str((report.as_of_ms - report.recent_start_ms) // DAY_MS)
    out = []
    for trend in report.rising("tag")[:limit]:
        text = QT_TRANSLATE_NOOP(
            "Advice", "#{tag} is rising{who}: used {ratio} times as often in the last {days} days as before ({sure})."
        )
        args: dict[str, Phrase | Number | str] = {
            "tag": trend.item,
            "who": who,
            "ratio": Number(trend.ratio, 1),
            "days": days,
        }
        out.append(Advice("trends", phrase(text, **args, sure=sure(trend.confidence)), 2.0 + min(trend.ratio, 5.0) / 5))
    for trend in report.rising("colour")[:2]:
        text = QT_TRANSLATE_NOOP("Advice", "{colour} is a rising colour{who} ({ratio}, {sure}).")
        said = phrase(text, colour=trend.item, who=who, ratio=_ratio(trend.ratio), sure=sure(trend.confidence))
        out.append(Advice("trends", said.capitalized(), 1.8))
    for trend in report.rising("format")[:1]:
        text = QT_TRANSLATE_NOOP("Advice", "The {format} format is gaining ground{who} ({ratio}).")
        out.append(Advice("trends", phrase(text, format=trend.item, who=who, ratio=_ratio(trend.ratio)), 1.5))
    for trend in report.rising("style")[:1]:
        text = QT_TRANSLATE_NOOP("Advice", "The {style} palette style is gaining ground{who} ({ratio}).")
        out.append(Advice("trends", phrase(text, style=trend.item, who=who, ratio=_ratio(trend.ratio)), 1.5))
    for cluster in report.emerging_clusters()[:1]:
        text = QT_TRANSLATE_NOOP(
            "Advice", "A cluster is emerging: {tags} appear together, and posts combining them are up {ratio}."
        )
        tags = and_joined([f"#{t}" for t in cluster.tags])
        out.append(Advice("trends", phrase(text, tags=tags, ratio=_ratio(cluster.ratio)), 1.9))
    for trend in report.fading("tag")[:2]:
        text = QT_TRANSLATE_NOOP(
            "Advice", "#{tag} is fading{who} ({ratio}); posts that lean on it may reach fewer people."
        )
        out.append(Advice("trends", phrase(text, tag=trend.item, who=who, ratio=_ratio(trend.ratio)), 1.2))
    return out


def draft_advice(advice: DraftAdvice) -> list[Advice]:
    o = advice.outlook
    outlook = phrase(
        QT_TRANSLATE_NOOP(
            "Advice",
            "This draft should get about {votes} net votes ({interval} range {low}–{high}) and change your "
            "reputation by about {reputation} ({reputation_low} to {reputation_high}).",
        ),
        votes=_votes(o.engagement),
        interval=Number(o.interval, percent=True),
        low=_votes(max(o.engagement_low, 0)),
        high=_votes(o.engagement_high),
        reputation=_signed(o.reputation),
        reputation_low=_signed(o.reputation_low),
        reputation_high=_signed(o.reputation_high),
    )
    out = [Advice("draft", outlook, 3.0)]
    helps = [c for c in advice.contributions if c.votes >= 0.5]
    hurts = [c for c in advice.contributions if c.votes <= -0.5]
    parts = []
    if helps:
        text = QT_TRANSLATE_NOOP("Advice", "what helps most is {what} ({votes} votes)")
        parts.append(phrase(text, what=phrase(GROUPS[helps[0].group]), votes=_signed(helps[0].votes)))
    if hurts:
        worst = min(hurts, key=lambda c: c.votes)
        text = QT_TRANSLATE_NOOP("Advice", "what holds it back is {what} ({votes})")
        parts.append(phrase(text, what=phrase(GROUPS[worst.group]), votes=_signed(worst.votes)))
    if parts:
        text = QT_TRANSLATE_NOOP("Advice", "Against a typical post of your role, {parts}.")
        out.append(Advice("draft", phrase(text, parts=and_joined(parts)), 2.8))
    for rank, s in enumerate(advice.suggestions):
        said = phrase(QT_TRANSLATE_NOOP("Advice", "{change}: {reason}."), change=s.change, reason=s.reason)
        out.append(Advice("draft", said.capitalized(), 2.7 - 0.1 * rank))
    return out


def brand_advice(brand: BrandReport, user: UserProfile) -> list[Advice]:
    out = []
    roles = role_plural(user.role)
    t = brand.trajectory
    if t is not None:
        text = QT_TRANSLATE_NOOP(
            "Advice",
            "Your reputation is {reputation}, above {percentile} of {roles}; in four weeks you gained {growth}, "
            "more than {growth_percentile} of them (their median gain: {median}).",
        )
        args: dict[str, Phrase | Number | str] = {
            "reputation": Number(t.user[-1]),
            "percentile": Number(t.percentile / 100, percent=True),
            "growth": Number(t.growth),
            "growth_percentile": Number(t.growth_percentile / 100, percent=True),
            "median": Number(t.peers_median_growth),
        }
        out.append(Advice("brand", phrase(text, roles=roles, **args), 2.5))
    for skill in [s for s in brand.skills if s.lift > 1.1][:2]:
        if skill.outcome == "orders":
            text = QT_TRANSLATE_NOOP(
                "Advice",
                "An endorsement for '{skill}' is worth asking for{have}: endorsed {roles} get {lift}× the orders "
                "of the others, and {endorsed} of {total} have one.",
            )
        else:
            text = QT_TRANSLATE_NOOP(
                "Advice",
                "An endorsement for '{skill}' is worth asking for{have}: endorsed {roles} get {lift}× the votes "
                "per post of the others, and {endorsed} of {total} have one.",
            )
        have = (
            phrase(QT_TRANSLATE_NOOP("Advice", " (you have {count})"), count=str(skill.user_endorsements))
            if skill.user_endorsements
            else ""
        )
        args = {
            "lift": Number(skill.lift, 1),
            "endorsed": str(skill.peers_endorsed),
            "total": str(skill.peers_total),
        }
        said = phrase(text, skill=skill.skill, have=have, roles=roles, **args)
        out.append(Advice("brand", said, 2.0 + min(skill.worth, 1.0)))
    for post in brand.best_posts[:2]:
        credit = [c for c in post.contributions if c.votes >= 0.5][:2]
        times = Number(post.engagement / max(post.usual, 1.0), 1)
        args = {
            "when": local_date(post.time_ms, user),
            "votes": _votes(post.engagement),
            "usual": _votes(post.usual),
        }
        if credit:
            text = QT_TRANSLATE_NOOP(
                "Advice",
                "Your {kind} of {when} did {times}× your usual ({votes} votes vs {usual}); the model credits {why}.",
            )
            why = and_joined(
                [phrase("{what} ({votes})", what=phrase(GROUPS[c.group]), votes=_signed(c.votes)) for c in credit]
            )
            said = phrase(text, kind=kind_word(post.kind), times=times, why=why, **args)
        else:
            text = QT_TRANSLATE_NOOP(
                "Advice", "Your {kind} of {when} did {times}× your usual ({votes} votes vs {usual})."
            )
            said = phrase(text, kind=kind_word(post.kind), times=times, **args)
        out.append(Advice("brand", said, 1.7))
    if brand.hours:
        best = max(brand.hours, key=lambda h: h[1])
        worst = min(brand.hours, key=lambda h: h[1])
        if best[1] > 1.05 * max(worst[1], 0.1):
            shift = user.utc_offset_minutes // 60
            zone = "" if user.utc_offset_minutes else " UTC"
            text = QT_TRANSLATE_NOOP(
                "Advice",
                "Your best hour to post is around {best} (about {best_votes} votes for your typical post, against "
                "{worst_votes} at {worst}).",
            )
            args = {
                "best": f"{(best[0] + shift) % 24:02d}:00{zone}",
                "best_votes": _votes(best[1]),
                "worst_votes": _votes(worst[1]),
                "worst": f"{(worst[0] + shift) % 24:02d}:00",
            }
            out.append(Advice("timing", phrase(text, **args), 2.2))
    return out


def market_advice(market: MarketModel, limit: int = 3) -> list[Advice]:
    out = []
    for demand in market.rising()[:limit]:
        nxt, low, high = demand.forecast[0], demand.forecast_low[0], demand.forecast_high[0]
        text = QT_TRANSLATE_NOOP(
            "Advice",
            "Demand for {category} is rising: orders per week are up {ratio} lately; about {orders} orders are "
            "expected next week ({low}–{high}).",
        )
        args: dict[str, Phrase | Number | str] = {
            "ratio": _ratio(demand.ratio),
            "orders": Number(nxt),
            "low": Number(low),
            "high": Number(high),
        }
        out.append(Advice("market", phrase(text, category=demand.category, **args), 1.6))
    for demand in [d for d in market.demand if d.direction == "fading"][:1]:
        text = QT_TRANSLATE_NOOP("Advice", "Demand for {category} is falling: {ratio}× the orders per week of before.")
        out.append(Advice("market", phrase(text, category=demand.category, ratio=Number(demand.ratio, 2)), 1.0))
    return out


def price_advice(suggestion: PriceSuggestion) -> Advice:
    args: dict[str, Phrase | Number | str] = {
        "low": _money(suggestion.low),
        "high": _money(suggestion.high),
        "typical": _money(suggestion.typical),
    }
    if suggestion.basis == "model":
        text = QT_TRANSLATE_NOOP(
            "Advice",
            "Similar listings (same category, region and delivery time) sold for {low}–{high} ExC; about {typical} "
            "ExC is typical.",
        )
        said = phrase(text, **args)
    else:
        text = QT_TRANSLATE_NOOP(
            "Advice", "{category} listings sold for {low}–{high} ExC; about {typical} ExC is typical."
        )
        said = phrase(text, category=suggestion.category, **args).capitalized()
    if suggestion.demand is not None and suggestion.demand.direction == "rising":
        text = QT_TRANSLATE_NOOP("Advice", "{price} Demand is rising ({ratio}), so the upper end is realistic.")
        said = phrase(text, price=said, ratio=_ratio(suggestion.demand.ratio))
    return Advice("market", said, 2.0)


def _money(value: float) -> Number:
    """Three significant digits below 100 ExC, whole ExC above."""
    if value >= 100:
        return Number(value)
    return Number(value, max(0, 2 - math.floor(math.log10(max(value, 1e-9)))))
