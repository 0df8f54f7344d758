"""The assistant as the app uses it: ingest verified blocks, train in the background, ask for advice."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

import numpy as np

from . import blobs
from .advice import Advice, brand_advice, draft_advice, market_advice, price_advice, trend_advice
from .brand import BrandReport
from .data import ChainData
from .drafts import DraftAdvice, advise_draft
from .engagement import Evaluation, evaluate
from .features import build_features
from .market import MarketModel, PriceSuggestion
from .records import BlockEvents, Draft, Event, ListingDraft, Role, UserProfile
from .training import CancelFlag, ProgressCallback, TrainedModels, TrainingSettings, train
from .trends import Segment, TrendReport, segments_with_data, trend_report


class NotTrainedError(Exception):
    """Advice that needs the models was asked for before any training finished."""


class PersonalAssistant:
    """One user's assistant. Thread model: `ingest`, `trends` and advice run on the GUI thread (each a few
    milliseconds); `train`, `recalibrate` and `evaluate` are CPU work for an executor thread. Trained models
    are swapped in whole, so advice never sees a half-updated model.
    """

    def __init__(
        self,
        user: UserProfile | None = None,
        data: ChainData | None = None,
        settings: TrainingSettings | None = None,
        models: TrainedModels | None = None,
    ) -> None:
        self.user = user
        self.data = data if data is not None else ChainData()
        self.settings = settings or TrainingSettings()
        self._models = models

    # Data.

    def ingest(self, block: BlockEvents | Iterable[Event]) -> int:
        """Add one verified block's events; cheap enough for every block on the GUI thread."""
        return self.data.ingest(block)

    def trends(self, role: Role | None = None, region: str | None = None) -> TrendReport:
        """Live trends from everything ingested so far (no training needed)."""
        return trend_report(self.data.snapshot(), Segment(role, region), self.settings.trends)

    def segments(self) -> list[Segment]:
        """The roles and regions with enough posts for their own trend report."""
        return segments_with_data(self.data.snapshot(), self.settings.trends)

    # Training.

    @property
    def models(self) -> TrainedModels | None:
        return self._models

    def install(self, models: TrainedModels) -> None:
        self._models = models

    def train(self, progress: ProgressCallback | None = None, cancel: CancelFlag | None = None) -> TrainedModels:
        """Train on a snapshot of the data and install the result (call from an executor thread)."""
        models = train(self.data.snapshot(), self.user, self.settings, progress, cancel)
        self._models = models
        return models

    def recalibrate(self) -> int:
        """Let outcomes that became final since training tighten or widen the intervals (executor thread).

        Returns how many posts were added to the calibration pool.
        """
        models = self._require_models()
        snap = self.data.snapshot()
        built = build_features(
            snap,
            self.settings.horizon_days,
            self.settings.trends.recent_days,
            self.settings.trends.baseline_days,
        )
        lab = built.labels
        matured_at = snap.post_time + lab.horizon_ms
        model = models.engagement
        fresh = np.flatnonzero(lab.matured & (matured_at > max(model.trained_until_ms, model.pool.newest_ms)))
        if len(fresh) == 0:
            return 0
        updated = model.with_own_pool()
        updated.recalibrate(
            updated.raw(built.matrix[fresh]), lab.engagement[fresh], lab.reputation[fresh], matured_at[fresh]
        )
        self._models = dataclasses.replace(models, engagement=updated)
        return len(fresh)

    def evaluate(self) -> Evaluation:
        """The held-out evaluation of the engagement model against its baselines (executor thread)."""
        return evaluate(self.data.snapshot(), settings=self.settings.model, horizon_days=self.settings.horizon_days)

    # Advice.

    def _require_models(self) -> TrainedModels:
        if self._models is None:
            raise NotTrainedError("the assistant has not finished learning yet")
        return self._models

    def _require_user(self) -> UserProfile:
        if self.user is None:
            raise NotTrainedError("the assistant does not know who the user is")
        return self.user

    def advise_draft(self, draft: Draft) -> DraftAdvice:
        return advise_draft(self._require_models(), draft, self._require_user())

    def brand(self) -> BrandReport | None:
        return self._require_models().brand

    def market(self) -> MarketModel:
        return self._require_models().market

    def suggest_price(self, listing: ListingDraft) -> PriceSuggestion | None:
        models = self._require_models()
        reputation = 0.0
        if self.user is not None:
            code = models.context.actor_index.get(self.user.actor)
            if code is not None:
                reputation = float(models.context.authors.reputation[code])
        return models.market.suggest_price(listing, reputation)

    def advice(self, draft: Draft | None = None, listing: ListingDraft | None = None) -> list[Advice]:
        """Everything the assistant would say now, most important first."""
        user = self.user
        items: list[Advice] = []
        role = user.role if user is not None else None
        report = self.trends(role=role)
        if not report.enough_data and role is not None:
            report = self.trends()
        items.extend(trend_advice(report))
        models = self._models
        if models is not None:
            if user is not None and models.brand is not None:
                items.extend(brand_advice(models.brand, user))
            items.extend(market_advice(models.market))
            if draft is not None and user is not None:
                items.extend(draft_advice(self.advise_draft(draft)))
            if listing is not None:
                suggestion = self.suggest_price(listing)
                if suggestion is not None:
                    items.append(price_advice(suggestion))
        return sorted(items, key=lambda a: -a.priority)

    # Storage (the caller keeps the bytes in the encrypted profile).

    def models_to_bytes(self, key: bytes) -> bytes:
        return blobs.models_to_bytes(self._require_models(), key)

    def load_models(self, blob: bytes, key: bytes) -> TrainedModels:
        models = blobs.models_from_bytes(blob, key)
        self._models = models
        return models

    def data_to_bytes(self, key: bytes) -> bytes:
        return blobs.data_to_bytes(self.data, key)

    @classmethod
    def from_bytes(
        cls,
        data_blob: bytes,
        key: bytes,
        user: UserProfile | None = None,
        settings: TrainingSettings | None = None,
    ) -> PersonalAssistant:
        return cls(user, blobs.data_from_bytes(data_blob, key), settings)
