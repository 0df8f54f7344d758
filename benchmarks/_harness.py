"""What the benchmarks share: the command line (`--json`), running sections in order, the figure tables,
verdicts against targets, percentiles and the raw Ed25519 baseline.

A benchmark stays a script (`python benchmarks/NAME.py [--json]`); this module only keeps its parts from being
written once per benchmark. Every table is returned as text, so that a benchmark decides what surrounds it.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import nacl.bindings

Figures = dict[str, float]
# A section measures one thing and returns its figures; it sees what earlier sections measured, so that it
# can relate its rates to a baseline taken on the same machine in the same run.
Section = Callable[[Mapping[str, float]], Figures]

JSON_HELP = "end with one JSON object holding every figure"


def argument_parser(description: str | None, **options: Any) -> argparse.ArgumentParser:
    """A benchmark's parser with `--json`; the benchmark adds its own settings to it."""
    parser = argparse.ArgumentParser(description=description, **options)
    parser.add_argument("--json", action="store_true", help=JSON_HELP)
    return parser


def json_line(figures: Mapping[str, Any], *, digits: int | None = None) -> str:
    """The `--json` line: one object, keys sorted; top-level floats rounded to `digits` when given."""
    if digits is not None:
        figures = {k: round(v, digits) if isinstance(v, float) else v for k, v in figures.items()}
    return json.dumps(figures, sort_keys=True)


def report(text: str, figures: Mapping[str, Any], *, as_json: bool, digits: int | None = None) -> None:
    """Print the readable table, then (with `--json`) the JSON line last, where scripts look for it."""
    print(text)
    if as_json:
        print(json_line(figures, digits=digits))


def progress(message: str) -> None:
    """What is being measured now, on stderr, so that stdout holds only the results."""
    print(message, file=sys.stderr, flush=True)


# ---- sections ------------------------------------------------------------------------------------------------


@dataclass
class SectionRun:
    """The figures of sections run in order: each section's under its title, and all of them together."""

    sections: list[tuple[str, Figures]] = field(default_factory=list)
    figures: Figures = field(default_factory=dict)
    total_s: float = 0.0


def run_sections(sections: Iterable[Section]) -> SectionRun:
    """Run the sections in order, each seeing the figures of those before it; titled by function name."""
    run = SectionRun()
    start = time.perf_counter()
    for section in sections:
        figures = section(run.figures)
        run.figures.update(figures)
        run.sections.append((section.__name__.replace("_", " "), figures))
    run.total_s = time.perf_counter() - start
    return run


def format_figure(value: float) -> str:
    """Thousands with separators and no decimals, smaller figures with two or (below 1) three decimals."""
    if value >= 1000:
        return f"{value:,.0f}"
    return f"{value:.2f}" if value >= 1 else f"{value:.3f}"


def units_by_suffix(units: Mapping[str, str]) -> Callable[[str], str]:
    """A figure's unit from the end of its name; the first suffix in `units` that matches wins."""

    def unit(name: str) -> str:
        return next((text for suffix, text in units.items() if name.endswith(suffix)), "")

    return unit


def sections_table(sections: Sequence[tuple[str, Figures]], unit: Callable[[str], str]) -> str:
    """Each section's title on a line of its own after a blank line, then its figures aligned with units."""
    width = max(len(name) for _, figures in sections for name in figures)
    lines = []
    for title, figures in sections:
        lines += ["", title]
        lines += [f"  {name:<{width}}  {format_figure(value):>12}  {unit(name)}" for name, value in figures.items()]
    return "\n".join(lines)


# ---- other tables --------------------------------------------------------------------------------------------


def rows_table(rows: Sequence[tuple[str, str, str]], *, indent: str = "", value_width: int | None = None) -> str:
    """Rows of (what, measured, note): names left-aligned, values right-aligned to the widest (or at least
    `value_width`), notes after."""
    width = max(len(name) for name, _, _ in rows)
    values = value_width if value_width is not None else max(len(value) for _, value, _ in rows)
    return "\n".join(f"{indent}{name:<{width}}  {value:>{values}}  {note}" for name, value, note in rows)


def verdict(value: float, target: float, *, at_least: bool = False) -> str:
    """`ok` when the value meets the target (at most it, or with `at_least` at least it), else `MISSED`."""
    met = value >= target if at_least else value <= target
    return "ok" if met else "MISSED"


def targets_table(
    figures: Mapping[str, float],
    targets: Mapping[str, float],
    *,
    name_width: int = 28,
    value_width: int = 14,
    at_least: Container[str] = (),
) -> str:
    """Every figure with three decimals; those with a target also show it and their verdict (a target is a
    most, or for the names in `at_least` a least)."""
    lines = [f"{'figure':<{name_width}} {'measured':>{value_width}} {'target':>10}"]
    for name, value in figures.items():
        target = targets.get(name)
        mark = "" if target is None else f"{target:>10g} {verdict(value, target, at_least=name in at_least)}"
        lines.append(f"{name:<{name_width}} {value:>{value_width}.3f} {mark}")
    return "\n".join(lines)


# ---- statistics and baselines --------------------------------------------------------------------------------


def percentile(values: Sequence[float], q: float) -> float:
    """The sample at rank q·(n−1), rounded (no interpolation between samples); NaN for no samples."""
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def ed25519_verify_rate(seconds: float, message_bytes: int) -> float:
    """Ed25519 verifications per second on one core through PyNaCl's raw binding: the floor any verifying
    code of ours is compared with."""
    public, secret = nacl.bindings.crypto_sign_seed_keypair(b"\x01" * 32)
    signed = nacl.bindings.crypto_sign(b"v" * message_bytes, secret)
    verify = nacl.bindings.crypto_sign_open
    count = 0
    start = time.perf_counter()
    deadline = start + seconds
    while True:
        for _ in range(200):
            verify(signed, public)
        count += 200
        now = time.perf_counter()
        if now >= deadline:
            return count / (now - start)
