"""Why the engagement model predicts what it does: contributions of feature groups against a typical post."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from .engagement import EngagementModel
from .features import CATEGORICAL, FEATURES, GROUPS

F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]

#: Groups in the order explanations list them when effects tie.
GROUP_ORDER = ("tags", "timing", "format", "colours", "caption", "author")
assert set(GROUP_ORDER) == set(GROUPS), "every feature group is explained"


@dataclass(frozen=True, slots=True)
class Contribution:
    """How many expected votes one aspect of a post adds compared with a typical post of the same role."""

    group: str
    votes: float


def reference_rows(matrix: F64, roles: I64, use: npt.NDArray[np.bool_]) -> dict[int, F64]:
    """Per role (and 0 for everyone), a typical feature row: medians, and the most common category."""
    out: dict[int, F64] = {}
    for role in sorted({0, *np.unique(roles[use]).tolist()}):
        rows = matrix[use] if role == 0 else matrix[use & (roles == role)]
        if len(rows) == 0:
            continue
        typical = np.full(len(FEATURES), np.nan)
        for j in range(len(FEATURES)):
            column = rows[:, j][~np.isnan(rows[:, j])]
            if len(column) == 0:
                continue
            if CATEGORICAL[j]:
                values, counts = np.unique(column, return_counts=True)
                typical[j] = values[np.argmax(counts)]
            else:
                typical[j] = float(np.median(column))
        out[int(role)] = typical
    return out


def occlusion_rows(rows: F64, reference: F64) -> F64:
    """The rows with one group at a time set to the reference: len(groups) blocks of len(rows) rows."""
    blocks = []
    for group in GROUP_ORDER:
        swapped = rows.copy()
        columns = list(GROUPS[group])
        swapped[:, columns] = reference[columns]
        blocks.append(swapped)
    return np.concatenate(blocks)


def contributions_from(predicted: F64, occluded: F64) -> list[list[Contribution]]:
    """Contributions from the predictions of the rows and of their occlusion_rows."""
    swapped = occluded.reshape(len(GROUP_ORDER), len(predicted))
    out = []
    for i in range(len(predicted)):
        parts = [Contribution(g, float(predicted[i] - swapped[k, i])) for k, g in enumerate(GROUP_ORDER)]
        out.append(sorted(parts, key=lambda c: -abs(c.votes)))
    return out


def contributions(model: EngagementModel, rows: F64, reference: F64) -> list[list[Contribution]]:
    """For each row: the prediction minus the prediction with one group set to the reference, per group.

    This "occlusion" attribution asks the model directly what each aspect is worth; the parts need not add
    up to the total, since the model is not additive (a trend tag may pay more at a good hour).
    """
    pred = model.predict(np.concatenate([rows, occlusion_rows(rows, reference)])).engagement
    return contributions_from(pred[: len(rows)], pred[len(rows) :])
