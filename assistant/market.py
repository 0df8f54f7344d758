"""Market demand per category with a short-term forecast, and price ranges for new listings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from .data import Snapshot
from .engagement import cpu_threads
from .records import WEEK_MS, ListingDraft, OrderState
from .trends import benjamini_hochberg, rate_test

F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]

# scikit-learn and SciPy are imported where they are used, never at module import: see libraries.py.

#: Orders that never went ahead do not count as demand.
_NOT_DEMAND = (int(OrderState.DECLINED), int(OrderState.CANCELLED))
PRICE_QUANTILES = (0.2, 0.5, 0.8)
MAX_CATEGORY_CODES = 200
MAX_REGION_CODES = 60


@dataclass(frozen=True, slots=True)
class MarketSettings:
    history_weeks: int = 12
    #: Weeks the forecast's trend is fitted on.
    trend_weeks: int = 8
    #: The demand test compares the orders per week of the last `recent_weeks` with the weeks before.
    recent_weeks: int = 4
    forecast_weeks: int = 2
    interval: float = 0.8
    fdr: float = 0.05
    min_ratio: float = 1.25
    #: Fewer sold orders than this and a price model is not trained (category quantiles are used instead).
    min_price_rows: int = 60
    threads: int = 1


@dataclass(frozen=True, slots=True)
class CategoryDemand:
    category: str
    #: Orders placed per week, oldest first; the last entry is the week ending at the data's end.
    weekly_orders: tuple[int, ...]
    forecast: tuple[float, ...]
    forecast_low: tuple[float, ...]
    forecast_high: tuple[float, ...]
    #: Orders per week in the recent weeks over those of the weeks before.
    ratio: float
    q_value: float
    direction: str
    #: Median unit price of recent orders, in ExC.
    median_price: float


@dataclass(frozen=True, slots=True)
class PriceSuggestion:
    category: str
    #: A range in ExC where comparable listings sold (the 20th and 80th percentiles) and its middle.
    low: float
    typical: float
    high: float
    #: "model" (quantile regression on category, region, delivery time, seller reputation) or "category".
    basis: str
    n_comparable: int
    demand: CategoryDemand | None


@dataclass(slots=True)
class MarketModel:
    as_of_ms: int
    demand: tuple[CategoryDemand, ...]
    price_models: tuple[Any, ...] | None
    category_codes: dict[str, int]
    region_codes: dict[str, int]
    #: Per category, quantiles (ExC) of sold unit prices, the fallback when no model applies.
    category_prices: dict[str, tuple[float, float, float, int]]
    threads: int

    def demand_for(self, category: str) -> CategoryDemand | None:
        key = category.strip().casefold()
        return next((d for d in self.demand if d.category == key), None)

    def rising(self) -> list[CategoryDemand]:
        return sorted((d for d in self.demand if d.direction == "rising"), key=lambda d: -d.ratio)

    def suggest_price(self, listing: ListingDraft, seller_reputation_log: float = 0.0) -> PriceSuggestion | None:
        """A price range for a new listing, or None when nothing comparable has sold or been listed."""
        key = listing.category.strip().casefold()
        demand = self.demand_for(key)
        fallback = self.category_prices.get(key)
        code = self.category_codes.get(key)
        if self.price_models is not None and code is not None:
            row = np.array(
                [[
                    code,
                    self.region_codes.get(listing.region.strip(), MAX_REGION_CODES),
                    int(listing.kind),
                    float(listing.delivery_days),
                    seller_reputation_log,
                ]]
            )  # fmt: skip
            with cpu_threads(self.threads):
                # Separately fitted quantiles can cross; sorting them is the standard monotone rearrangement.
                low, mid, high = sorted(float(np.exp(m.predict(row)[0])) for m in self.price_models)
            return PriceSuggestion(key, low, mid, high, "model", fallback[3] if fallback else 0, demand)
        if fallback is None:
            return None
        return PriceSuggestion(key, fallback[0], fallback[1], fallback[2], "category", fallback[3], demand)


def weekly_counts(times: I64, groups: I64, n_groups: int, as_of: int, weeks: int) -> F64:
    """Counts per group and week (oldest week first), the last week ending at `as_of`."""
    age = (as_of - times) // WEEK_MS
    ok = (age >= 0) & (age < weeks)
    counts = np.zeros((n_groups, weeks))
    np.add.at(counts, (groups[ok], weeks - 1 - age[ok]), 1.0)
    return counts


#: Per-category intercept columns are scaled up so that the ridge penalty (meant to keep slopes modest)
#: leaves the categories' levels practically free.
_LEVEL_SCALE = 100.0


def _forecast(counts: F64, settings: MarketSettings) -> tuple[F64, F64, F64]:
    """One Poisson regression of every category's weekly counts on time (a log-linear trend per category),
    extended `forecast_weeks` ahead; returns (mean, low, high) arrays of shape (categories, weeks)."""
    from scipy import stats  # type: ignore[import-untyped]
    from sklearn.linear_model import PoissonRegressor

    weeks = counts.shape[1]
    h = settings.forecast_weeks
    mean = np.repeat(counts.mean(axis=1, keepdims=True), h, axis=1)
    fit = np.flatnonzero(counts.sum(axis=1) >= 5)
    if len(fit):
        k = len(fit)

        def design(t: F64) -> F64:
            eye = np.repeat(np.eye(k), len(t), axis=0)
            return np.concatenate([eye * _LEVEL_SCALE, eye * np.tile(t, k)[:, None]], axis=1)

        # Newton's method converges in a few steps on so few parameters, where lbfgs can stop early and warn.
        model = PoissonRegressor(alpha=0.05 / k, solver="newton-cholesky", max_iter=100)
        model.fit(design(np.arange(weeks) / weeks), counts[fit].reshape(-1))
        future = model.predict(design(np.arange(weeks, weeks + h) / weeks)).reshape(k, h)
        # A trend is only extrapolated two weeks, and capped, since demand cannot grow without bound.
        mean[fit] = np.minimum(future, 3.0 * np.maximum(counts[fit].max(axis=1, keepdims=True), 1.0))
    tail = (1.0 - settings.interval) / 2
    low = stats.poisson.ppf(tail, mean)
    high = stats.poisson.ppf(1.0 - tail, mean)
    return (
        np.asarray(mean, dtype=np.float64),
        np.asarray(low, dtype=np.float64),
        np.asarray(high, dtype=np.float64),
    )


def fit_market(snap: Snapshot, reputation_log: F64, settings: MarketSettings | None = None) -> MarketModel:
    """Demand per category with forecasts and trend tests, and the listing price models."""
    settings = settings or MarketSettings()
    as_of = snap.as_of_ms
    n_cat = len(snap.categories)
    placed = ~np.isin(snap.order_state, _NOT_DEMAND)
    weekly = weekly_counts(snap.order_time[placed], snap.order_category[placed], n_cat, as_of, settings.history_weeks)
    n_recent = settings.recent_weeks
    n_earlier = settings.history_weeks - n_recent
    recent = weekly[:, -n_recent:].sum(axis=1)
    earlier = weekly[:, :-n_recent].sum(axis=1)
    tested = np.flatnonzero(recent + earlier >= 10)
    ratio = np.ones(n_cat)
    q = np.ones(n_cat)
    if len(tested):
        r, _, p = rate_test(recent[tested], earlier[tested], float(n_recent), float(n_earlier))
        ratio[tested], q[tested] = r, benjamini_hochberg(p)
    recent_orders = placed & (snap.order_time > as_of - settings.trend_weeks * WEEK_MS)
    means, lows, highs = _forecast(weekly[:, -settings.trend_weeks :], settings)
    demand = []
    for c, name in enumerate(snap.categories):
        mean, low, high = means[c], lows[c], highs[c]
        prices = snap.order_unit_price[recent_orders & (snap.order_category == c)]
        significant = q[c] <= settings.fdr
        direction = (
            "rising"
            if significant and ratio[c] >= settings.min_ratio
            else "fading"
            if significant and ratio[c] <= 1.0 / settings.min_ratio
            else "steady"
        )
        demand.append(
            CategoryDemand(
                category=name,
                weekly_orders=tuple(int(v) for v in weekly[c]),
                forecast=tuple(float(v) for v in mean),
                forecast_low=tuple(float(v) for v in low),
                forecast_high=tuple(float(v) for v in high),
                ratio=float(ratio[c]),
                q_value=float(q[c]),
                direction=direction,
                median_price=float(np.median(prices)) if len(prices) else float("nan"),
            )
        )
    demand.sort(key=lambda d: -sum(d.weekly_orders))
    return _fit_prices(snap, reputation_log, placed, tuple(demand), settings)


def _fit_prices(
    snap: Snapshot,
    reputation_log: F64,
    placed: npt.NDArray[np.bool_],
    demand: tuple[CategoryDemand, ...],
    settings: MarketSettings,
) -> MarketModel:
    # Sold prices say what buyers pay; listings without orders only say what sellers ask, so they are the
    # fallback for categories where nothing sold yet.
    sold = placed & (snap.order_listing >= 0)
    listing = snap.order_listing[sold]
    category_codes = {name: i for i, name in enumerate(snap.categories) if i < MAX_CATEGORY_CODES}
    region_rank = np.argsort(-np.bincount(snap.listing_region, minlength=len(snap.regions)), kind="stable")
    region_codes = {snap.regions[r]: i for i, r in enumerate(region_rank[:MAX_REGION_CODES])}
    region_map = np.array([region_codes.get(name, MAX_REGION_CODES) for name in snap.regions])
    category_prices: dict[str, tuple[float, float, float, int]] = {}
    for c, name in enumerate(snap.categories):
        prices = snap.order_unit_price[sold & (snap.order_category == c)]
        if len(prices) < 5:
            prices = snap.listing_price[snap.listing_category == c]
        if len(prices):
            low, mid, high = np.quantile(prices, PRICE_QUANTILES)
            category_prices[name] = (float(low), float(mid), float(high), len(prices))
    models = None
    usable = (snap.listing_category[listing] < MAX_CATEGORY_CODES) & (snap.order_unit_price[sold] > 0)
    if usable.sum() >= settings.min_price_rows:
        rows = listing[usable]
        seller = snap.listing_seller[rows]
        x = np.stack(
            [
                snap.listing_category[rows],
                region_map[snap.listing_region[rows]],
                snap.listing_kind[rows],
                snap.listing_delivery_days[rows],
                reputation_log[seller] if len(reputation_log) else np.zeros(len(rows)),
            ],
            axis=1,
        ).astype(np.float64)
        y = np.log(snap.order_unit_price[sold][usable])
        from sklearn.ensemble import HistGradientBoostingRegressor

        fitted = []
        with cpu_threads(settings.threads):
            for quantile in PRICE_QUANTILES:
                model = HistGradientBoostingRegressor(
                    loss="quantile",
                    quantile=quantile,
                    max_iter=50,
                    learning_rate=0.15,
                    max_leaf_nodes=15,
                    min_samples_leaf=10,
                    categorical_features=np.array([True, True, True, False, False]),
                    early_stopping=False,
                    random_state=0,
                )
                fitted.append(model.fit(x, y))
        models = tuple(fitted)
    return MarketModel(
        as_of_ms=snap.as_of_ms,
        demand=demand,
        price_models=models,
        category_codes=category_codes,
        region_codes=region_codes,
        category_prices=category_prices,
        threads=settings.threads,
    )
