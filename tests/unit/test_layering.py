"""The dependency rules of DESIGN.md §2, checked on the source: core packages never import Qt."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
QT_FREE = ("lightnode", "fullnode", "assistant")
FORBIDDEN_IN_CORE = ("PySide6", "qasync", "etalonium_desktop", "shiboken6")


def imported_modules(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def sources(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("package", QT_FREE)
def test_core_packages_never_import_qt(package: str) -> None:
    offenders = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in sources(package)
        for name in imported_modules(path)
        if name.split(".")[0] in FORBIDDEN_IN_CORE
    ]
    assert offenders == []


#: The service clients (aiohttp and the protocol only), which the simulated community uses as any client would.
COMMUNITY_CLIENTS = {"lightnode.services_client", "lightnode.mailbox_client"}


def test_fullnode_uses_only_the_protocol_of_lightnode() -> None:
    community = ROOT / "fullnode" / "community"
    offenders = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in sources("fullnode")
        for name in imported_modules(path)
        if (name == "lightnode" or (name.startswith("lightnode.") and not name.startswith("lightnode.protocol")))
        and not (path.is_relative_to(community) and name in COMMUNITY_CLIENTS)
    ]
    assert offenders == []


def test_the_checker_sees_imports(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from PySide6 import QtCore\n    import lightnode.client\n")
    assert imported_modules(sample) == ["PySide6", "lightnode.client"]
