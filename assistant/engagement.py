"""Engagement and reputation-effect models: boosted trees with conformal intervals, and honest evaluation."""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from .data import Snapshot
from .features import CATEGORICAL, COL, DEFAULT_HORIZON_DAYS, PostFeatures, build_features
from .records import DAY_MS

F64 = npt.NDArray[np.float64]

# scikit-learn and SciPy are imported where they are used, never at module import: see libraries.py.

_controller: Any = None  # a threadpoolctl.ThreadpoolController once first needed


@contextlib.contextmanager
def cpu_threads(threads: int) -> Iterator[None]:
    """Limit the OpenMP threads of scikit-learn's compiled code within the block.

    On a busy two-core machine OpenMP threads that spin-wait for each other made a 100-row prediction take
    over 100 ms instead of 1 ms; one thread also leaves the other cores to the GUI while training.
    """
    global _controller
    if _controller is None:
        from threadpoolctl import ThreadpoolController  # type: ignore[import-untyped]

        _controller = ThreadpoolController()
    with _controller.limit(limits=threads, user_api="openmp"):
        yield


@dataclass(frozen=True, slots=True)
class ModelSettings:
    #: Nominal coverage of the prediction intervals.
    interval: float = 0.8
    max_iter: int = 100
    scale_max_iter: int = 40
    learning_rate: float = 0.12
    max_leaf_nodes: int = 31
    min_samples_leaf: int = 40
    #: Only the most recent posts with a final outcome are learnt from: old ones say less about what works
    #: now, and this bounds training time however long the chain grows.
    max_train_posts: int = 40_000
    #: The most recent share of training posts that calibrates the intervals (split conformal).
    calibration_share: float = 0.2
    threads: int = 1
    seed: int = 0
    #: The calibration pool keeps posts whose outcome became final in this many days (and at least so many).
    pool_days: float = 7.0
    pool_min_size: int = 300
    level_correction: bool = True


@dataclass(frozen=True, slots=True)
class Predictions:
    engagement: F64
    engagement_low: F64
    engagement_high: F64
    reputation: F64
    reputation_low: F64
    reputation_high: F64


def _regressor(settings: ModelSettings, max_iter: int, max_leaf_nodes: int | None = None) -> Any:
    from sklearn.ensemble import HistGradientBoostingRegressor

    return HistGradientBoostingRegressor(
        # Squared error on the log scale: several times faster to fit than quantile losses, whose leaf values
        # are percentiles recomputed at every step; the median is recovered by the level correction below.
        loss="squared_error",
        max_iter=max_iter,
        learning_rate=settings.learning_rate,
        max_leaf_nodes=max_leaf_nodes or settings.max_leaf_nodes,
        min_samples_leaf=settings.min_samples_leaf,
        l2_regularization=1.0,
        categorical_features=CATEGORICAL,
        # Early stopping would hold out a random (not time-ordered) share: the split here is by time instead.
        early_stopping=False,
        random_state=settings.seed,
    )


@dataclass(frozen=True, slots=True)
class RawPredictions:
    """Model outputs on the log scale (see signed_log), before level correction and conformal margins."""

    centre: F64
    #: Expected absolute error on the log scale: how hard the post is to predict.
    scale: F64
    reputation: F64


@dataclass(slots=True)
class CalibrationPool:
    """Raw predictions and outcomes of recent posts the models did not train on, by when each became final.

    Split-conformal intervals assume tomorrow's posts resemble the calibration posts; with trends that is
    only true of recent ones, so the pool keeps the last `days` (and at least `min_size` posts) and grows as
    outcomes become final after training: intervals widen as soon as predictions start to miss.
    """

    matured_at: npt.NDArray[np.int64]
    #: Columns: raw centre, scale, reputation, then the engagement and reputation outcomes.
    rows: F64
    days: float
    min_size: int

    def add(self, matured_at: npt.NDArray[np.int64], raw: RawPredictions, engagement: F64, reputation: F64) -> None:
        new = np.stack([raw.centre, raw.scale, raw.reputation, engagement, reputation], axis=1)
        times = np.concatenate([self.matured_at, matured_at])
        rows = np.concatenate([self.rows, new])
        order = np.argsort(times, kind="stable")
        times, rows = times[order], rows[order]
        keep = times > times[-1] - self.days * DAY_MS if len(times) else np.zeros(0, dtype=bool)
        keep[max(0, len(times) - self.min_size) :] = True
        self.matured_at, self.rows = times[keep], rows[keep]

    def raw(self) -> tuple[RawPredictions, F64, F64]:
        r = self.rows
        return RawPredictions(r[:, 0], r[:, 1], r[:, 2]), r[:, 3], r[:, 4]

    @property
    def newest_ms(self) -> int:
        return int(self.matured_at[-1]) if len(self.matured_at) else 0


@dataclass(frozen=True, slots=True)
class Calibration:
    """Level corrections (log scale) and interval half-widths in units of the predicted scale."""

    offset: float = 0.0
    reputation_offset: float = 0.0
    width: float = 1.0
    reputation_width: float = 1.0


@dataclass(slots=True)
class EngagementModel:
    """Boosted trees for net votes and reputation change on the log scale, a boosted model of how far off
    they tend to be, and the normalized conformal calibration that turns that into covering intervals."""

    centre: Any
    scale: Any
    reputation: Any
    pool: CalibrationPool
    interval: float
    threads: int
    #: Correct the centre by the recent median residual, so it is a median, and follows a drifting level.
    level_correction: bool
    #: Outcomes final up to this time were trained or calibrated on; later ones are new to the models.
    trained_until_ms: int
    calibration: Calibration = Calibration()

    def raw(self, features: F64) -> RawPredictions:
        with cpu_threads(self.threads):
            centre = self.centre.predict(features)
            scale = self.scale.predict(features)
            rep = self.reputation.predict(features)
        return RawPredictions(centre, np.maximum(scale, _MIN_SCALE), rep)

    def predict(self, features: F64) -> Predictions:
        return self.finish(self.raw(features))

    def finish(self, raw: RawPredictions) -> Predictions:
        """Back to votes, with the level corrections and the conformal widths of the current pool."""
        c = self.calibration
        mid = raw.centre + c.offset
        rep = raw.reputation + c.reputation_offset
        return Predictions(
            engagement=signed_exp(mid),
            engagement_low=signed_exp(mid - c.width * raw.scale),
            engagement_high=signed_exp(mid + c.width * raw.scale),
            reputation=signed_exp(rep),
            reputation_low=signed_exp(rep - c.reputation_width * raw.scale),
            reputation_high=signed_exp(rep + c.reputation_width * raw.scale),
        )

    def recalibrate(
        self, raw: RawPredictions, engagement: F64, reputation: F64, matured_at: npt.NDArray[np.int64]
    ) -> None:
        """Add posts whose outcome became final (and that were not trained on) to the pool; update margins."""
        self.pool.add(matured_at, raw, engagement, reputation)
        if len(self.pool.matured_at) == 0:
            return
        pooled, y, rep_y = self.pool.raw()
        resid = signed_log(y) - pooled.centre
        rep_resid = signed_log(rep_y) - pooled.reputation
        offset = float(np.median(resid)) if self.level_correction else 0.0
        rep_offset = float(np.median(rep_resid)) if self.level_correction else 0.0
        # Normalized conformal: errors in units of the predicted scale, so easy posts get narrow intervals.
        # Replaced whole, so a prediction made meanwhile sees either the old or the new calibration.
        self.calibration = Calibration(
            offset,
            rep_offset,
            _conformal_quantile(np.abs(resid - offset) / pooled.scale, self.interval),
            _conformal_quantile(np.abs(rep_resid - rep_offset) / pooled.scale, self.interval),
        )

    def with_own_pool(self) -> EngagementModel:
        """A copy sharing the fitted estimators but not the calibration pool (to recalibrate off-thread)."""
        return dataclasses.replace(self, pool=dataclasses.replace(self.pool))


#: The smallest predicted scale (log units): keeps normalized scores finite for very predictable posts.
_MIN_SCALE = 0.05


def signed_log(y: F64) -> F64:
    """The scale the models learn on: effects on votes are multiplicative, and trees fit additive ones best.

    Quantiles survive any increasing transform, so a median and interval bounds found on this scale map
    back exactly to those of the votes themselves.
    """
    return np.asarray(np.sign(y) * np.log1p(np.abs(y)), dtype=np.float64)


def signed_exp(z: F64) -> F64:
    return np.asarray(np.sign(z) * np.expm1(np.abs(z)), dtype=np.float64)


def _conformal_quantile(scores: F64, coverage: float) -> float:
    n = len(scores)
    if n == 0:
        return 1.0
    level = min(1.0, np.ceil((n + 1) * coverage) / n)
    return float(np.quantile(scores, level, method="higher"))


def fit_engagement(
    features: F64,
    engagement: F64,
    reputation: F64,
    times: npt.NDArray[np.int64],
    matured_at: npt.NDArray[np.int64],
    settings: ModelSettings,
    check: Callable[[str, float], None] = lambda stage, fraction: None,
) -> EngagementModel:
    """Fit on the older posts, calibrate on the most recent ones; `check` may raise to cancel."""
    order = np.argsort(times, kind="stable")[-settings.max_train_posts :]
    n_cal = max(1, int(len(order) * settings.calibration_share)) if len(order) > 10 else 0
    fit_rows, cal_rows = order[: len(order) - n_cal], order[len(order) - n_cal :]
    x_fit = features[fit_rows]
    centre = _regressor(settings, settings.max_iter)
    scale = _regressor(settings, settings.scale_max_iter, max_leaf_nodes=15)
    rep = _regressor(settings, settings.max_iter)
    with cpu_threads(settings.threads):
        check("engagement model", 0.0)
        z = signed_log(engagement[fit_rows])
        centre.fit(x_fit, z)
        check("engagement scale", 0.4)
        # In-sample errors are too small, but uniformly so; the conformal width rescales them.
        scale.fit(x_fit, np.abs(z - centre.predict(x_fit)))
        check("reputation model", 0.6)
        rep.fit(x_fit, signed_log(reputation[fit_rows]))
        check("calibration", 0.95)
    pool = CalibrationPool(np.zeros(0, np.int64), np.zeros((0, 5)), settings.pool_days, settings.pool_min_size)
    model = EngagementModel(
        centre,
        scale,
        rep,
        pool,
        settings.interval,
        settings.threads,
        settings.level_correction,
        trained_until_ms=int(matured_at[order].max()) if len(order) else 0,
    )
    if n_cal:
        model.recalibrate(
            model.raw(features[cal_rows]), engagement[cal_rows], reputation[cal_rows], matured_at[cal_rows]
        )
    return model


@dataclass(frozen=True, slots=True)
class Evaluation:
    """Held-out errors of the models and of the baselines on the same posts, all published after training.

    Rolling origin: the last `test_days` are cut into periods of `retrain_days` (by default one period);
    each period's posts are predicted by a model trained only on outcomes that were final when the period
    began. During the period, outcomes that become final join the calibration pool day by day, as they do in
    the app between retrainings; no outcome final after a prediction is ever used for it.
    """

    test_start_ms: int
    retrain_days: int
    n_train: int
    n_test: int
    mae_model: float
    #: Baselines on the same held-out posts, from the same training data.
    mae_global_mean: float
    mae_author_mean: float
    #: The author's mean over every post of theirs whose outcome was known when the test post was published.
    mae_author_mean_known: float
    best_baseline: str
    mae_best_baseline: float
    #: 1 − model MAE / best baseline MAE (0.2 means 20% lower error).
    mae_gain: float
    interval: float
    coverage: float
    mean_interval_width: float
    reputation_mae_model: float
    reputation_mae_best_baseline: float
    reputation_coverage: float

    def as_dict(self) -> dict[str, float | int | str]:
        return {name: getattr(self, name) for name in self.__slots__}


def evaluate(
    snap: Snapshot,
    test_days: int = 14,
    retrain_days: int = 14,
    settings: ModelSettings | None = None,
    horizon_days: int = DEFAULT_HORIZON_DAYS,
    prebuilt: PostFeatures | None = None,
) -> Evaluation:
    """Evaluate on the posts of the last `test_days` whose outcome is final now (see `Evaluation`)."""
    settings = settings or ModelSettings()
    built = prebuilt or build_features(snap, horizon_days)
    lab, x = built.labels, built.matrix
    test_start = snap.as_of_ms - test_days * DAY_MS
    y_all, rep_all = lab.engagement, lab.reputation
    parts: list[dict[str, F64]] = []
    n_train = 0
    for start in range(test_start, snap.as_of_ms, retrain_days * DAY_MS):
        train = snap.post_time + lab.horizon_ms <= start
        test = (snap.post_time >= start) & (snap.post_time < start + retrain_days * DAY_MS) & lab.matured
        if not test.any():
            continue
        if train.sum() < 50:
            raise ValueError("not enough posts with a final outcome before the test period to evaluate")
        n_train = max(n_train, int(train.sum()))
        matured_at = snap.post_time + lab.horizon_ms
        model = fit_engagement(
            x[train], y_all[train], rep_all[train], snap.post_time[train], matured_at[train], settings
        )
        pred = _predict_recalibrating(model, x, y_all, rep_all, matured_at, lab.matured, test, snap.post_time)
        global_mean, author_mean = _baseline_means(snap, y_all, train)
        rep_global, rep_author = _baseline_means(snap, rep_all, train)
        known = x[test, COL["author_mean"]]
        authors = snap.post_author[test]
        parts.append(
            {
                "y": y_all[test],
                "model": pred.engagement,
                "low": pred.engagement_low,
                "high": pred.engagement_high,
                "global mean": np.full(int(test.sum()), global_mean),
                "author mean": author_mean[authors],
                "author mean (all known)": np.where(np.isnan(known), global_mean, known),
                "rep": rep_all[test],
                "rep model": pred.reputation,
                "rep low": pred.reputation_low,
                "rep high": pred.reputation_high,
                "rep global mean": np.full(int(test.sum()), rep_global),
                "rep author mean": rep_author[authors],
            }
        )
    if not parts or sum(len(p["y"]) for p in parts) < 20:
        raise ValueError("not enough posts with a final outcome in the test period to evaluate")
    cols = {key: np.concatenate([p[key] for p in parts]) for key in parts[0]}
    y, rep = cols["y"], cols["rep"]

    def mae(key: str, truth: F64) -> float:
        return float(np.abs(cols[key] - truth).mean())

    baselines = {name: mae(name, y) for name in ("global mean", "author mean", "author mean (all known)")}
    best = min(baselines, key=lambda name: baselines[name])
    mae_model = mae("model", y)
    return Evaluation(
        test_start_ms=test_start,
        retrain_days=retrain_days,
        n_train=n_train,
        n_test=len(y),
        mae_model=mae_model,
        mae_global_mean=baselines["global mean"],
        mae_author_mean=baselines["author mean"],
        mae_author_mean_known=baselines["author mean (all known)"],
        best_baseline=best,
        mae_best_baseline=baselines[best],
        mae_gain=1.0 - mae_model / baselines[best],
        interval=settings.interval,
        coverage=float(((y >= cols["low"]) & (y <= cols["high"])).mean()),
        mean_interval_width=float((cols["high"] - cols["low"]).mean()),
        reputation_mae_model=mae("rep model", rep),
        reputation_mae_best_baseline=min(mae("rep global mean", rep), mae("rep author mean", rep)),
        reputation_coverage=float(((rep >= cols["rep low"]) & (rep <= cols["rep high"])).mean()),
    )


def _predict_recalibrating(
    model: EngagementModel,
    x: F64,
    y: F64,
    rep: F64,
    matured_at: npt.NDArray[np.int64],
    matured: npt.NDArray[np.bool_],
    test: npt.NDArray[np.bool_],
    post_time: npt.NDArray[np.int64],
) -> Predictions:
    """Predict the test posts day by day, adding to the calibration pool each day the outcomes that became
    final by then (as the app does between retrainings); nothing final after a prediction is used for it."""
    new = matured & (matured_at > model.trained_until_ms)
    rows = np.flatnonzero(new | test)
    raw_all = model.raw(x[rows])
    position = np.full(len(x), -1)
    position[rows] = np.arange(len(rows))
    test_rows = np.flatnonzero(test)
    out = {name: np.zeros(len(test_rows)) for name in Predictions.__slots__}
    days = post_time[test_rows] // DAY_MS
    added = model.trained_until_ms
    for day in np.unique(days):
        start = int(day) * DAY_MS
        fresh = np.flatnonzero(new & (matured_at > added) & (matured_at <= start))
        if len(fresh):
            p = position[fresh]
            model.recalibrate(_take(raw_all, p), y[fresh], rep[fresh], matured_at[fresh])
            added = start
        today = np.flatnonzero(days == day)
        pred = model.finish(_take(raw_all, position[test_rows[today]]))
        for name in Predictions.__slots__:
            out[name][today] = getattr(pred, name)
    return Predictions(**out)


def _take(raw: RawPredictions, rows: npt.NDArray[np.int64]) -> RawPredictions:
    return RawPredictions(raw.centre[rows], raw.scale[rows], raw.reputation[rows])


def _baseline_means(snap: Snapshot, y_all: F64, train: npt.NDArray[np.bool_]) -> tuple[float, F64]:
    """The global mean of the training posts, and each author's mean over them (the global one if none)."""
    y_train = y_all[train]
    global_mean = float(y_train.mean())
    sums = np.bincount(snap.post_author[train], y_train, len(snap.actors))
    counts = np.bincount(snap.post_author[train], minlength=len(snap.actors))
    with np.errstate(invalid="ignore", divide="ignore"):
        author_mean = np.where(counts > 0, sums / counts, global_mean)
    return global_mean, np.asarray(author_mean, dtype=np.float64)
