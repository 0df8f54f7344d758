"""The media core stays free of Qt, so it runs in workers, tests and benchmarks without a display."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

MEDIA = Path(__file__).resolve().parents[3] / "etalonium_desktop" / "media"
QT_MODULES = {"player_widget.py", "upload_view.py", "live_view.py", "capture.py", "screens.py", "sections.py"}
CORE = sorted(p for p in MEDIA.glob("*.py") if p.name not in QT_MODULES)


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
        elif isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            names.add("." + node.module.split(".")[0])
    return names


@pytest.mark.parametrize("path", CORE, ids=lambda p: p.name)
def test_core_modules_never_import_qt(path: Path) -> None:
    imported = _imports(path)
    assert not imported & {"PySide6", "shiboken6", "qasync"}
    assert not {f".{name[:-3]}" for name in QT_MODULES} & imported


def test_the_core_list_is_not_empty() -> None:
    assert {p.name for p in CORE} >= {"photo.py", "transcode.py", "upload.py", "live.py", "decoder.py", "clock.py"}
