"""Test-wide configuration: headless Qt, and the automatic `gui` marker."""

import os

# Qt must never try to reach a display in tests; qasync must pick PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import pytest

_GUI_FIXTURES = {"qapp", "qtbot", "qasync_loop"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if _GUI_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)
