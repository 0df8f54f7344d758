"""Background training: pure CPU work in stages, with progress reports and cancellation between stages."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from .brand import BrandReport, brand_report
from .data import Snapshot
from .engagement import EngagementModel, ModelSettings, fit_engagement
from .explain import reference_rows
from .features import DEFAULT_HORIZON_DAYS, FeatureContext, build_features
from .market import MarketModel, MarketSettings, fit_market
from .records import DAY_MS, UserProfile
from .trends import Segment, TrendReport, TrendSettings, trend_report

#: Bumped whenever the layout of TrainedModels changes, so an old blob is retrained rather than misread.
MODEL_FORMAT_VERSION = 1

ProgressCallback = Callable[[str, float], None]


class CancelFlag(Protocol):
    """Anything with `is_set()`, such as a threading.Event set by the UI's Cancel button."""

    def is_set(self) -> bool: ...


class TrainingCancelledError(Exception):
    """Training stopped because the cancel flag was set; nothing was changed."""


class NotEnoughDataError(Exception):
    """There are too few posts with a final outcome to learn from yet: `have`, where the assistant needs `need`."""

    def __init__(self, have: int, need: int) -> None:
        super().__init__(have, need)  # as they are, so that the error crosses from the training process intact
        self.have = have
        self.need = need

    def __str__(self) -> str:
        return f"only {self.have} posts have a final outcome; the assistant needs {self.need}"


@dataclass(frozen=True, slots=True)
class TrainingSettings:
    horizon_days: int = DEFAULT_HORIZON_DAYS
    trends: TrendSettings = field(default_factory=TrendSettings)
    model: ModelSettings = field(default_factory=ModelSettings)
    market: MarketSettings = field(default_factory=MarketSettings)
    #: Below this many posts with a final outcome, there is no engagement model (trends still work).
    min_posts: int = 200


@dataclass(slots=True)
class TrainedModels:
    """Everything advice needs, as of one snapshot; stored in the encrypted profile via `blobs`."""

    format_version: int
    sklearn_version: str
    trained_at_ms: int
    data_as_of_ms: int
    n_posts: int
    settings: TrainingSettings
    context: FeatureContext
    engagement: EngagementModel
    #: Typical feature rows per role code (0 for everyone), the reference of explanations.
    references: dict[int, np.ndarray]
    #: Trend reports at training time: everyone, and the user's role and region when given.
    trends: dict[str, TrendReport]
    market: MarketModel
    brand: BrandReport | None
    metrics: dict[str, float] = field(default_factory=dict)

    def metrics_json(self) -> str:
        """The figures the profile store keeps beside the model blob."""
        return json.dumps({"n_posts": self.n_posts, "as_of_ms": self.data_as_of_ms, **self.metrics}, sort_keys=True)


_STAGES = (
    ("features", 0.05, 0.2),
    ("trends", 0.2, 0.3),
    ("engagement model", 0.3, 0.85),
    ("market", 0.85, 0.92),
    ("brand", 0.92, 1.0),
)


def train(
    snap: Snapshot,
    user: UserProfile | None = None,
    settings: TrainingSettings | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelFlag | None = None,
) -> TrainedModels:
    """Train every model on a snapshot. Pure CPU work: call it from an executor thread.

    `progress(stage, fraction)` is called from this thread (marshal it to the GUI, e.g. with
    `loop.call_soon_threadsafe`); `cancel.is_set()` is checked between stages and between model fits, and
    raises TrainingCancelledError. Nothing is shared with the caller until the result is returned.
    """
    settings = settings or TrainingSettings()
    spans = {name: (start, end) for name, start, end in _STAGES}

    def check(stage: str, fraction: float = 0.0) -> None:
        if cancel is not None and cancel.is_set():
            raise TrainingCancelledError(f"training cancelled during {stage}")
        if progress is not None:
            start, end = spans.get(stage, spans["engagement model"])
            progress(stage, start + (end - start) * fraction)

    check("features")
    built = build_features(snap, settings.horizon_days, settings.trends.recent_days, settings.trends.baseline_days)
    lab = built.labels
    if int(lab.matured.sum()) < settings.min_posts:
        raise NotEnoughDataError(int(lab.matured.sum()), settings.min_posts)
    check("trends")
    reports = {"everyone": trend_report(snap, Segment(), settings.trends)}
    if user is not None:
        for segment in (Segment(role=user.role), Segment(region=user.region or None)):
            if segment != Segment():
                reports[segment.label] = trend_report(snap, segment, settings.trends)
    check("engagement model")
    matured = lab.matured
    matured_at = snap.post_time + lab.horizon_ms

    def model_check(stage: str, fraction: float) -> None:
        check("engagement model", fraction)

    model = fit_engagement(
        built.matrix[matured],
        lab.engagement[matured],
        lab.reputation[matured],
        snap.post_time[matured],
        matured_at[matured],
        settings.model,
        model_check,
    )
    recent = matured & (snap.post_time > snap.as_of_ms - 28 * DAY_MS)
    references = reference_rows(built.matrix, snap.post_role, recent if recent.sum() >= 50 else matured)
    check("market")
    market = fit_market(snap, built.context.authors.reputation, settings.market)
    check("brand")
    brand = brand_report(snap, built, model, user) if user is not None else None
    check("brand", 1.0)
    import sklearn  # loaded by the fitting above; never at module import (see libraries.py)

    return TrainedModels(
        format_version=MODEL_FORMAT_VERSION,
        sklearn_version=sklearn.__version__,
        trained_at_ms=int(time.time() * 1000),
        data_as_of_ms=snap.as_of_ms,
        n_posts=snap.n_posts,
        settings=settings,
        context=built.context,
        engagement=model,
        references=references,
        trends=reports,
        market=market,
        brand=brand,
    )
