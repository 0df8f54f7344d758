"""The benchmarks' shared harness: what its tables print and what `--json` emits (no timings measured)."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping

import pytest

from benchmarks._harness import (
    Figures,
    argument_parser,
    format_figure,
    json_line,
    percentile,
    report,
    rows_table,
    run_sections,
    sections_table,
    targets_table,
    units_by_suffix,
    verdict,
)


@pytest.mark.parametrize(
    ("value", "text"),
    [(12_345.6, "12,346"), (1000.0, "1,000"), (999.994, "999.99"), (1.0, "1.00"), (0.12345, "0.123"), (0.0, "0.000")],
)
def test_figures_are_formatted_by_size(value: float, text: str) -> None:
    assert format_figure(value) == text


def test_sections_run_in_order_and_see_earlier_figures() -> None:
    def hash_baseline(earlier: Mapping[str, float]) -> Figures:
        assert earlier == {}
        return {"hash_per_s": 2000.0}

    def tree_updates(earlier: Mapping[str, float]) -> Figures:
        return {"update_per_s": 500.0, "update_vs_hash": 500.0 / earlier["hash_per_s"]}

    run = run_sections([hash_baseline, tree_updates])

    assert run.sections == [
        ("hash baseline", {"hash_per_s": 2000.0}),
        ("tree updates", {"update_per_s": 500.0, "update_vs_hash": 0.25}),
    ]
    assert run.figures == {"hash_per_s": 2000.0, "update_per_s": 500.0, "update_vs_hash": 0.25}
    assert run.total_s >= 0


def test_sections_table_aligns_names_values_and_units() -> None:
    # "_per_s" comes first, so a rate is not taken for seconds by its "_s" ending.
    unit = units_by_suffix({"_per_s": "/s", "_ms": "ms", "_s": "s"})
    sections = [("sorting", {"sort_ms": 3.25, "rows_per_s": 123_456.0}), ("reputation", {"epoch_s": 0.5, "nodes": 7.0})]

    assert sections_table(sections, unit).splitlines() == [
        "",
        "sorting",
        "  sort_ms             3.25  ms",
        "  rows_per_s       123,456  /s",
        "",
        "reputation",
        "  epoch_s            0.500  s",
        "  nodes               7.00  ",
    ]


def test_json_line_is_one_sorted_object_rounding_only_floats() -> None:
    figures = {"b_ms": 1.234567, "a_count": 3, "c_nested": {"2": 1.23456}, "d_nan": math.nan}

    line = json_line(figures, digits=2)

    assert "\n" not in line
    assert list(json.loads(line)) == ["a_count", "b_ms", "c_nested", "d_nan"]
    decoded = json.loads(line)
    assert decoded["b_ms"] == 1.23
    assert decoded["a_count"] == 3
    assert decoded["c_nested"] == {"2": 1.23456}
    assert math.isnan(decoded["d_nan"])
    assert json.loads(json_line(figures))["b_ms"] == 1.234567


@pytest.mark.parametrize("as_json", [False, True])
def test_report_prints_the_table_then_the_json_line_only_when_asked(
    capsys: pytest.CaptureFixture[str], as_json: bool
) -> None:
    args = argument_parser("A benchmark.").parse_args(["--json"] if as_json else [])
    assert args.json is as_json

    report("figure  1.00\nother   2.00", {"figure": 1.0, "other": 2.0}, as_json=args.json)

    lines = capsys.readouterr().out.splitlines()
    assert lines[:2] == ["figure  1.00", "other   2.00"]
    if as_json:
        assert json.loads(lines[2]) == {"figure": 1.0, "other": 2.0}
    assert len(lines) == (3 if as_json else 2)


def test_parser_keeps_a_benchmarks_own_settings() -> None:
    parser = argument_parser("A benchmark.")
    parser.add_argument("--listings", type=int, default=100_000)

    args = parser.parse_args(["--listings", "500", "--json"])

    assert (args.listings, args.json) == (500, True)
    with pytest.raises(SystemExit):
        parser.parse_args(["--listings", "many"])


def test_verdicts_meet_a_most_or_a_least() -> None:
    assert verdict(5.0, 5.0) == "ok"
    assert verdict(5.1, 5.0) == "MISSED"
    assert verdict(0.85, 0.85, at_least=True) == "ok"
    assert verdict(0.84, 0.85, at_least=True) == "MISSED"


def test_targets_table_marks_only_figures_with_a_target() -> None:
    figures = {"delivery_p95_ms": 51.0, "catchup_s": 2.5, "insert_ratio": 0.9, "crypto_ratio": 0.41}
    targets = {"delivery_p95_ms": 50.0, "catchup_s": 5.0, "insert_ratio": 0.85}

    table = targets_table(figures, targets, at_least={"insert_ratio"})

    assert table.splitlines() == [
        "figure                             measured     target",
        "delivery_p95_ms                      51.000         50 MISSED",
        "catchup_s                             2.500          5 ok",
        "insert_ratio                          0.900       0.85 ok",
        "crypto_ratio                          0.410 ",
    ]


def test_rows_table_aligns_to_the_widest_value_or_a_given_width() -> None:
    rows = [("throughput", "1,050 actions/s", "target ≥ 1000"), ("latency p99", "1.5 s", "")]

    assert rows_table(rows).splitlines() == [
        "throughput   1,050 actions/s  target ≥ 1000",
        "latency p99            1.5 s  ",
    ]
    assert rows_table(rows, indent="  ", value_width=17).splitlines() == [
        "  throughput     1,050 actions/s  target ≥ 1000",
        "  latency p99              1.5 s  ",
    ]


def test_percentile_takes_the_nearest_sample_without_interpolating() -> None:
    values = [float(v) for v in range(10, 0, -1)]
    assert percentile(values, 0.0) == 1.0
    assert percentile(values, 0.5) == 5.0  # rank 4.5 rounds half to even: the fifth smallest
    assert percentile(values, 0.95) == 10.0
    assert percentile(values, 1.0) == 10.0
    assert percentile([7.0], 0.99) == 7.0
    assert math.isnan(percentile([], 0.5))
