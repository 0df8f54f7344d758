"""Draft advice: expected engagement and reputation effect, and changes that would help, with reasons."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import UTC, datetime

import numpy as np
import numpy.typing as npt

from .colours import COLOUR_INDEX, colour_bins, swatch
from .engagement import Predictions
from .explain import Contribution, contributions_from, occlusion_rows
from .features import draft_features
from .phrases import (
    QT_TRANSLATE_NOOP,
    Number,
    Phrase,
    day_and_month,
    format_phrase,
    joined,
    phrase,
    role_plural,
    sure,
    weekday,
)
from .records import DAY_MS, HOUR_MS, Draft, MediaType, PostKind, UserProfile, format_name, normalize_tag
from .training import TrainedModels
from .trends import Trend, TrendReport

F64 = npt.NDArray[np.float64]

# A change is suggested only if it gains at least this many votes and this share of the expected votes.
MIN_GAIN_VOTES = 0.5
MIN_GAIN_SHARE = 0.03
_CAPTION_LENGTHS = (0, 40, 120, 300, 800)


@dataclass(frozen=True, slots=True)
class Outlook:
    """Expected net votes and reputation change within the horizon, each with a prediction interval."""

    engagement: float
    engagement_low: float
    engagement_high: float
    reputation: float
    reputation_low: float
    reputation_high: float
    # Nominal share of outcomes inside the intervals (e.g. 0.8).
    interval: float


@dataclass(frozen=True, slots=True)
class Suggestion:
    """One change to the draft, what the model expects with it, and why."""

    kind: str
    # The change in words ('add #linen'), to start a sentence with.
    change: Phrase
    draft: Draft
    outlook: Outlook
    gain: float
    reputation_gain: float
    # Why: the model's expected gain, then the evidence behind it.
    reason: Phrase


@dataclass(frozen=True, slots=True)
class DraftAdvice:
    draft: Draft
    outlook: Outlook
    # What each aspect of the draft is worth against a typical post of the user's role, largest first.
    contributions: tuple[Contribution, ...]
    suggestions: tuple[Suggestion, ...]


def _outlook(pred: Predictions, i: int, interval: float) -> Outlook:
    return Outlook(
        engagement=float(pred.engagement[i]),
        engagement_low=float(pred.engagement_low[i]),
        engagement_high=float(pred.engagement_high[i]),
        reputation=float(pred.reputation[i]),
        reputation_low=float(pred.reputation_low[i]),
        reputation_high=float(pred.reputation_high[i]),
        interval=interval,
    )


def _valid_formats() -> list[tuple[PostKind, MediaType]]:
    out: list[tuple[PostKind, MediaType]] = []
    for kind in PostKind:
        if kind == PostKind.TEXT:
            media: tuple[MediaType, ...] = (MediaType.NONE, MediaType.IMAGE)
        elif kind == PostKind.VIDEO:
            media = (MediaType.VIDEO,)
        else:
            media = (MediaType.IMAGE, MediaType.VIDEO, MediaType.MIXED)
        out.extend((kind, m) for m in media)
    return out


def local_time(time_ms: int, user: UserProfile) -> Phrase:
    """'Saturday 19:00' in the user's time zone (UTC when it is not known)."""
    t = time_ms + user.utc_offset_minutes * 60_000
    zone = "" if user.utc_offset_minutes else " UTC"
    clock = f"{int(t // HOUR_MS % 24):02d}:{int(t // 60_000 % 60):02d}{zone}"
    return phrase(QT_TRANSLATE_NOOP("Advice", "{day} {clock}"), day=weekday(int((t // DAY_MS + 3) % 7)), clock=clock)


def local_date(time_ms: int, user: UserProfile) -> Phrase:
    """'12 Apr' in the user's time zone."""
    moment = datetime.fromtimestamp((time_ms + user.utc_offset_minutes * 60_000) / 1000, tz=UTC)
    return day_and_month(moment.day, moment.month)


def _trend_words(trend: Trend | None, what: Phrase | str, days: int) -> Phrase | None:
    if trend is None:
        return None
    if trend.direction == "rising":
        template = QT_TRANSLATE_NOOP("Advice", "{what} is rising: ×{ratio} in the last {days} days ({sure})")
        ratio = Number(trend.ratio, 1)
    elif trend.direction == "fading":
        template = QT_TRANSLATE_NOOP("Advice", "{what} is fading: ×{ratio} in the last {days} days ({sure})")
        ratio = Number(trend.ratio, 2)
    else:
        return None
    return phrase(template, what=what, ratio=ratio, days=str(days), sure=sure(trend.confidence))


def _candidate_tags(models: TrainedModels, draft: Draft, limit: int = 8) -> list[str]:
    have = {normalize_tag(t) for t in draft.tags}
    found: dict[str, float] = {}
    for report in models.trends.values():
        for trend in report.rising("tag"):
            if trend.item not in have:
                found[trend.item] = max(found.get(trend.item, 0.0), trend.ratio)
        # Partners of the draft's tags in an emerging cluster belong together.
        for cluster in report.emerging_clusters():
            if have & set(cluster.tags):
                for tag in cluster.tags:
                    if tag not in have:
                        found[tag] = max(found.get(tag, 0.0), cluster.ratio)
    return [t for t, _ in sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]]


def _trend(models: TrainedModels, dimension: str, item: str, role_label: str) -> Trend | None:
    for key in (role_label, "everyone"):
        report: TrendReport | None = models.trends.get(key)
        trend = report.get(dimension, item) if report is not None else None
        if trend is not None and trend.direction != "steady":
            return trend
    return None


def advise_draft(models: TrainedModels, draft: Draft, user: UserProfile, max_suggestions: int = 5) -> DraftAdvice:
    """Predict the draft's outcome and try one change at a time; everything is predicted in one batch."""
    ctx = models.context
    role_label = user.role.name.lower()
    variants: list[tuple[str, str, Draft]] = [("", "", draft)]
    have = [normalize_tag(t) for t in draft.tags]
    for tag in _candidate_tags(models, draft):
        variants.append(("add_tag", tag, dataclasses.replace(draft, tags=(*draft.tags, tag))))
    for tag in dict.fromkeys(have):
        trend = _trend(models, "tag", tag, role_label)
        if trend is not None and trend.direction == "fading":
            kept = tuple(t for t in draft.tags if normalize_tag(t) != tag)
            variants.append(("drop_tag", tag, dataclasses.replace(draft, tags=kept)))
    day_start = draft.planned_time_ms // DAY_MS * DAY_MS
    for offset in range(7 * 24):
        slot = day_start + offset * HOUR_MS
        if slot // HOUR_MS != draft.planned_time_ms // HOUR_MS:
            variants.append(("time", str(slot), dataclasses.replace(draft, planned_time_ms=slot)))
    for kind, media in _valid_formats():
        if (kind, media) != (draft.kind, draft.media_type):
            variants.append(
                ("format", format_name(kind, media), dataclasses.replace(draft, kind=kind, media_type=media))
            )
    if draft.media_type != MediaType.NONE:
        in_palette = set(colour_bins(draft.palette).tolist()) if draft.palette else set()
        for trend in models.trends["everyone"].rising("colour")[:4]:
            if COLOUR_INDEX[trend.item] not in in_palette:
                palette = (*draft.palette[:7], swatch(trend.item))
                variants.append(("colour", trend.item, dataclasses.replace(draft, palette=palette)))
    for length in _CAPTION_LENGTHS:
        if abs(length - len(draft.caption)) > max(20, 0.3 * len(draft.caption)):
            variants.append(("caption", str(length), dataclasses.replace(draft, caption="x" * length)))

    rows = draft_features(ctx, [v[2] for v in variants], user.actor, user.role, user.region)
    reference = models.references.get(int(user.role), models.references.get(0))
    # One prediction call for every variant and every occlusion: each call has a fixed cost.
    extra = occlusion_rows(rows[:1], reference) if reference is not None else rows[:0]
    pred = models.engagement.predict(np.concatenate([rows, extra]))
    interval = models.engagement.interval
    base = _outlook(pred, 0, interval)
    parts = contributions_from(pred.engagement[:1], pred.engagement[len(rows) :])[0] if len(extra) else []

    best: dict[str, list[Suggestion]] = {}
    threshold = max(MIN_GAIN_VOTES, MIN_GAIN_SHARE * max(base.engagement, 0.0))
    for i, (change_kind, what, changed) in enumerate(variants[1:], start=1):
        gain = float(pred.engagement[i] - pred.engagement[0])
        if gain < threshold:
            continue
        outlook = _outlook(pred, i, interval)
        change, reason = _explain(models, change_kind, what, draft, changed, base, outlook, user, role_label)
        best.setdefault(change_kind, []).append(
            Suggestion(change_kind, change, changed, outlook, gain, outlook.reputation - base.reputation, reason)
        )
    chosen: list[Suggestion] = []
    for change_kind, found in best.items():
        found.sort(key=lambda s: (-s.gain, str(s.change)))
        chosen.extend(found[: 2 if change_kind == "add_tag" else 1])
    chosen.sort(key=lambda s: (-s.gain, s.kind, str(s.change)))
    return DraftAdvice(draft, base, tuple(parts), tuple(chosen[:max_suggestions]))


def _explain(
    models: TrainedModels,
    kind: str,
    what: str,
    draft: Draft,
    changed: Draft,
    base: Outlook,
    outlook: Outlook,
    user: UserProfile,
    role_label: str,
) -> tuple[Phrase, Phrase]:
    """The change in words, and its reason: the model's expected gain, then the evidence behind it."""
    delta = outlook.engagement - base.engagement
    gain = phrase(
        QT_TRANSLATE_NOOP("Advice", "expected votes {before} → {after} (+{delta})"),
        before=Number(base.engagement),
        after=Number(outlook.engagement),
        delta=Number(delta, 1),
    )
    days = models.settings.trends.recent_days
    ctx = models.context
    roles = role_plural(user.role)
    evidence: list[Phrase] = []
    if kind in ("add_tag", "drop_tag"):
        words = _trend_words(_trend(models, "tag", what, role_label), f"#{what}", days)
        evidence += [words] if words is not None else []
        if kind == "add_tag" and what in ctx.tag_names:
            lifts = ctx.tag_recent_lift
            lift = float(np.exp(lifts[ctx.tag_names.index(what)] - np.median(lifts)) - 1.0)
            if abs(lift) >= 0.05:
                template = (
                    QT_TRANSLATE_NOOP("Advice", "lately its posts did {percent} better than usual")
                    if lift > 0
                    else QT_TRANSLATE_NOOP("Advice", "lately its posts did {percent} worse than usual")
                )
                evidence.append(phrase(template, percent=Number(abs(lift), percent=True)))
        if kind == "add_tag":
            return phrase(QT_TRANSLATE_NOOP("Advice", "add #{tag}"), tag=what), _reason(gain, evidence)
        return phrase(QT_TRANSLATE_NOOP("Advice", "drop #{tag}"), tag=what), _reason(gain, evidence)
    if kind == "time":
        when = local_time(changed.planned_time_ms, user)
        evidence.append(
            phrase(
                QT_TRANSLATE_NOOP("Advice", "the model expects posts by {roles} to do best around then"), roles=roles
            )
        )
        return phrase(QT_TRANSLATE_NOOP("Advice", "post on {when}"), when=when), _reason(gain, evidence)
    if kind == "format":
        fmt = format_name(changed.kind, changed.media_type)
        shown = format_phrase(changed.kind, changed.media_type, fmt)
        before = format_phrase(draft.kind, draft.media_type, format_name(draft.kind, draft.media_type))
        evidence.append(
            phrase(
                QT_TRANSLATE_NOOP("Advice", "{format} posts by {roles} do better than {other} ones"),
                format=shown,
                roles=roles,
                other=before,
            )
        )
        the_format = phrase(QT_TRANSLATE_NOOP("Advice", "the {format} format"), format=shown)
        words = _trend_words(_trend(models, "format", fmt, role_label), the_format, days)
        evidence += [words] if words is not None else []
        return phrase(QT_TRANSLATE_NOOP("Advice", "make it a {format}"), format=shown), _reason(gain, evidence)
    if kind == "colour":
        words = _trend_words(_trend(models, "colour", what, role_label), what, days)
        evidence += [words] if words is not None else []
        return phrase(QT_TRANSLATE_NOOP("Advice", "bring {colour} into the palette"), colour=what), _reason(
            gain, evidence
        )
    length = int(what)
    if length == 0:
        change = phrase(QT_TRANSLATE_NOOP("Advice", "post without a caption"))
    else:
        change = phrase(QT_TRANSLATE_NOOP("Advice", "write a caption of about {length} characters"), length=str(length))
    evidence.append(phrase(QT_TRANSLATE_NOOP("Advice", "captions of that length do better in the model")))
    return change, _reason(gain, evidence)


def _reason(gain: Phrase, evidence: list[Phrase]) -> Phrase:
    if not evidence:
        return gain
    return phrase(QT_TRANSLATE_NOOP("Advice", "{gain}: {evidence}"), gain=gain, evidence=joined(evidence))
