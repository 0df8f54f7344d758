"""Test-wide configuration: headless Qt, and the automatic `gui` marker."""

import gc
import os
from collections.abc import Iterator

# Qt must never try to reach a display in tests; qasync must pick PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import pytest

_GUI_FIXTURES = {"qapp", "qtbot", "qasync_loop"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if _GUI_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session", autouse=True)
def _collect_garbage_on_the_gui_thread() -> Iterator[None]:
    """WORKAROUND: Qt objects (a closed qasync loop's timers, widgets of finished tests) freed by a garbage
    collection that happens to run on a worker thread make Qt warn "Timers cannot be stopped from another
    thread" and can crash the process. Automatic collection is off during the tests and each test's garbage
    is collected on the main thread right after it (see _collect_after_each_test)."""
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_each_test() -> Iterator[None]:
    yield
    gc.collect()
