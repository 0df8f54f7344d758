"""Planted-trend ground truth (from the devnet community or `synthetic`) and scoring against it."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .colours import COLOUR_INDEX, colour_name, parse_colour
from .records import Role, normalize_tag
from .trends import TrendReport


class GroundTruthError(ValueError):
    """A ground-truth document that does not have the documented shape."""


@dataclass(frozen=True, slots=True)
class Planted:
    """Planted rising and fading items of one dimension; colours are given as their bin names."""

    rising: frozenset[str]
    fading: frozenset[str]
    stable: frozenset[str]


@dataclass(frozen=True, slots=True)
class GroundTruth:
    tags: Planted
    colours: Planted
    #: Planted co-occurring tag clusters that rise.
    rising_clusters: tuple[frozenset[str], ...]
    #: Role name (lower case) → planted tags of that role.
    tags_by_role: Mapping[str, Planted]
    demand: Planted
    start_ms: int | None
    end_ms: int | None


@dataclass(frozen=True, slots=True)
class Score:
    """How trend calls compare with what was planted."""

    precision: float
    recall: float
    found: frozenset[str]
    missed: frozenset[str]
    false_rising: frozenset[str]
    #: Planted fading items that were called rising: must stay empty.
    fading_called_rising: frozenset[str]


def _names(value: Any, where: str, colour: bool) -> frozenset[str]:
    if value is None:
        return frozenset()
    if not isinstance(value, list):
        raise GroundTruthError(f"{where}: expected a list")
    out = set()
    for entry in value:
        if colour:
            # A colour is an 0xRRGGBB int or hex string (optionally in an object with "rgb"), or a bin name.
            raw = entry.get("rgb") if isinstance(entry, Mapping) else entry
            if isinstance(raw, str) and raw.strip().lower() in COLOUR_INDEX:
                out.add(raw.strip().lower())
                continue
            try:
                out.add(colour_name(parse_colour(raw)))
            except ValueError:
                raise GroundTruthError(f"{where}: not a colour: {raw!r}") from None
        else:
            raw = entry.get("tag") if isinstance(entry, Mapping) else entry
            if not isinstance(raw, str) or not normalize_tag(raw):
                raise GroundTruthError(f"{where}: not a tag: {raw!r}")
            out.add(normalize_tag(raw))
    return frozenset(out)


def _planted(doc: Mapping[str, Any], key: str, colour: bool = False) -> Planted:
    section = doc.get(key)
    if section is None:
        return Planted(frozenset(), frozenset(), frozenset())
    if not isinstance(section, Mapping):
        raise GroundTruthError(f"{key}: expected an object with 'rising' and 'fading'")
    return Planted(
        _names(section.get("rising"), f"{key}.rising", colour),
        _names(section.get("fading"), f"{key}.fading", colour),
        _names(section.get("stable"), f"{key}.stable", colour),
    )


def _categories(doc: Mapping[str, Any]) -> Planted:
    section = doc.get("demand") or {}
    if not isinstance(section, Mapping):
        raise GroundTruthError("demand: expected an object")
    out = []
    for part in ("rising", "fading", "stable"):
        values = section.get(part) or []
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise GroundTruthError(f"demand.{part}: expected a list of category names")
        out.append(frozenset(v.strip().casefold() for v in values))
    return Planted(*out)


def load_ground_truth(source: str | bytes | Mapping[str, Any]) -> GroundTruth:
    """Read the ground-truth JSON (text, bytes or parsed) written by the devnet community or `synthetic`."""
    if isinstance(source, str | bytes):
        try:
            doc = json.loads(source)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise GroundTruthError(f"ground truth is not JSON: {exc}") from exc
    else:
        doc = source
    if not isinstance(doc, Mapping):
        raise GroundTruthError("ground truth must be a JSON object")
    if doc.get("version", 1) != 1:
        raise GroundTruthError(f"unsupported ground-truth version {doc.get('version')!r}")
    if isinstance(doc.get("trends"), list):
        return _devnet_plan(doc)
    colours = _planted(doc, "colours" if "colours" in doc else "colors", colour=True)
    clusters_section = doc.get("clusters") or {}
    raw_clusters = clusters_section.get("rising", []) if isinstance(clusters_section, Mapping) else clusters_section
    if not isinstance(raw_clusters, list):
        raise GroundTruthError("clusters: expected a list of tag lists")
    clusters = tuple(_names(c, "clusters", colour=False) for c in raw_clusters)
    by_role_raw = doc.get("by_role") or {}
    if not isinstance(by_role_raw, Mapping):
        raise GroundTruthError("by_role: expected an object keyed by role name")
    by_role = {}
    for role, section in by_role_raw.items():
        name = str(role).strip().lower()
        if name.upper() not in Role.__members__ or not isinstance(section, Mapping):
            raise GroundTruthError(f"by_role: unknown role {role!r}")
        by_role[name] = _planted(section, "tags")

    def _time(key: str) -> int | None:
        value = doc.get(key)
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool):
            raise GroundTruthError(f"{key}: expected milliseconds as an integer")
        return value

    return GroundTruth(
        tags=_planted(doc, "tags"),
        colours=colours,
        rising_clusters=clusters,
        tags_by_role=by_role,
        demand=_categories(doc),
        start_ms=_time("start_ms"),
        end_ms=_time("end_ms"),
    )


def _devnet_plan(doc: Mapping[str, Any]) -> GroundTruth:
    """The devnet community's own file (`fullnode/community`): a list of planted trends, each a tag or a
    named palette of colours, rising or fading. A palette counts through the colour bins of its colours;
    a bin that both a rising and a fading palette use is left out (it cannot be scored either way)."""
    tags: dict[str, list[Any]] = {"rising": [], "fading": []}  # names are checked by _names
    bins: dict[str, set[str]] = {"rising": set(), "fading": set()}
    for i, trend in enumerate(doc["trends"]):
        if not isinstance(trend, Mapping) or trend.get("direction") not in tags:
            raise GroundTruthError(f"trends[{i}]: expected an object with a rising or fading direction")
        direction = trend["direction"]
        if trend.get("kind") == "tag":
            tags[direction].append(trend.get("name"))
        elif trend.get("kind") == "palette":
            bins[direction] |= _names(trend.get("colours"), f"trends[{i}].colours", colour=True)
        else:
            raise GroundTruthError(f"trends[{i}]: unknown kind {trend.get('kind')!r}")
    both = bins["rising"] & bins["fading"]
    steady = _names(doc.get("steady_tags"), "steady_tags", colour=False)
    return GroundTruth(
        tags=Planted(_names(tags["rising"], "trends", False), _names(tags["fading"], "trends", False), steady),
        colours=Planted(frozenset(bins["rising"] - both), frozenset(bins["fading"] - both), frozenset()),
        rising_clusters=(),
        tags_by_role={},
        demand=Planted(frozenset(), frozenset(), frozenset()),
        start_ms=None,
        end_ms=None,
    )


def score_rising(called_rising: set[str] | frozenset[str], planted: Planted) -> Score:
    """Precision and recall of rising calls against planted rising items (1.0 when nothing is to be found)."""
    called = frozenset(called_rising)
    found = called & planted.rising
    precision = len(found) / len(called) if called else 1.0
    recall = len(found) / len(planted.rising) if planted.rising else 1.0
    return Score(
        precision=precision,
        recall=recall,
        found=found,
        missed=planted.rising - called,
        false_rising=called - planted.rising,
        fading_called_rising=called & planted.fading,
    )


def score_report(report: TrendReport, truth: GroundTruth) -> dict[str, Score]:
    """Scores of a report's rising tags and colours against the ground truth."""
    return {
        "tag": score_rising({t.item for t in report.rising("tag")}, truth.tags),
        "colour": score_rising({t.item for t in report.rising("colour")}, truth.colours),
    }
