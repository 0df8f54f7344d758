"""The pieces of the bundle that run from source too (fast, part of `make test`): the entry point and the build id."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

import pytest

from etalonium_desktop import __version__, build_info
from fullnode import devnet

ROOT = Path(__file__).resolve().parents[2]


def load_frozen_main() -> ModuleType:
    spec = importlib.util.spec_from_file_location("frozen_main", ROOT / "build" / "frozen_main.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_devnet_runs_its_nodes_with_the_command_the_bundle_entry_understands() -> None:
    assert devnet.node_command() == [sys.executable, "-m", "fullnode.cli"]


@pytest.mark.parametrize(
    ("module", "function"), [("fullnode.cli", "fullnode.cli.main"), ("fullnode.devnet", "fullnode.devnet.main")]
)
def test_entry_hands_dash_m_arguments_to_the_node_not_the_app(
    monkeypatch: pytest.MonkeyPatch, module: str, function: str
) -> None:
    seen: list[Sequence[str]] = []

    def fake_main(argv: Sequence[str]) -> int:
        seen.append(list(argv))
        return 3

    monkeypatch.setattr(function, fake_main)
    monkeypatch.setattr("etalonium_desktop.__main__.main", lambda argv=None: pytest.fail("the app started"))
    monkeypatch.setattr(sys, "argv", ["etalonium", "-m", module, "start", "--config", "x.toml"])
    assert load_frozen_main().main() == 3
    assert seen == [["start", "--config", "x.toml"]]


def test_entry_starts_the_app_for_anything_else(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Sequence[str] | None] = []
    monkeypatch.setattr("etalonium_desktop.__main__.main", lambda argv=None: seen.append(argv) or 0)
    monkeypatch.setattr("fullnode.cli.main", lambda argv: pytest.fail("a node started"))
    monkeypatch.setattr(sys, "argv", ["etalonium", "-m", "os", "--temp-profile"])
    assert load_frozen_main().main() == 0
    assert seen == [["-m", "os", "--temp-profile"]]


def test_a_source_run_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert build_info.version_text() == f"Etalonium Desktop {__version__} (build from source)"


def test_a_bundle_shows_the_build_written_into_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    info = {"version": __version__, "build": "v0.1.0-3-g85fe605", "date": "2026-11-26T19:44:00Z"}
    (tmp_path / build_info.BUILD_INFO_NAME).write_text(json.dumps(info))
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert build_info.version_text() == f"Etalonium Desktop {__version__} (build v0.1.0-3-g85fe605, 2026-11-26)"


@pytest.mark.parametrize("content", [None, "{not json", "[1, 2]", '{"date": "2026-11-26"}'])
def test_a_bundle_with_a_missing_or_damaged_build_file_still_starts(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, content: str | None
) -> None:
    if content is not None:
        (tmp_path / build_info.BUILD_INFO_NAME).write_text(content)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert build_info.version_text() == f"Etalonium Desktop {__version__} (build from source)"
