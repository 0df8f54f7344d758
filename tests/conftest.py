"""Test-wide configuration: headless Qt, and the automatic `gui` marker."""

import asyncio
import gc
import os
import sys
from collections.abc import Iterator
from typing import Any

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
    # An App started by a test freezes what was alive then (etalonium_desktop.heap.settle): unfreeze first,
    # or each such test's windows and services would stay for the rest of the run.
    gc.unfreeze()
    gc.collect()


@pytest.fixture(autouse=True)
def _english_catalogue(request: pytest.FixtureRequest) -> Iterator[None]:
    """Widgets made by GUI tests speak the app's English: the app always installs a catalogue, and the English
    one holds the plural forms of counted messages ("1 reply", "4 replies") and the English number formats."""
    if not _GUI_FIXTURES.intersection(request.fixturenames):
        yield
        return
    from etalonium_desktop.ui import i18n

    app = request.getfixturevalue("qapp")
    i18n.install(app, "en")
    yield
    i18n.uninstall(app)


@pytest.fixture(autouse=True)
def _delete_windows_left_by_the_test(request: pytest.FixtureRequest) -> Iterator[None]:
    """Windows a GUI test made and left (pages, dialogs parented to them) are deleted after it: otherwise they
    stay for the rest of the run, and every later stylesheet change or font update walks all of them (a theme
    switch took 20 s late in a run with a thousand widgets left over)."""
    if not _GUI_FIXTURES.intersection(request.fixturenames):
        yield
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication
    from shiboken6 import getCppPointer

    request.getfixturevalue("qapp")
    before = {getCppPointer(w)[0] for w in QApplication.topLevelWidgets()}
    yield
    left = [w for w in QApplication.topLevelWidgets() if getCppPointer(w)[0] not in before]
    for widget in left:
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


#: Closed qasync loops, kept: their Qt timers and executor threads are QObjects that outlive the loop (aiohttp
#: applications and callbacks still refer to it); freed by a collection on another thread (a decoder's), Qt
#: refuses ("Timers cannot be stopped from another thread") and the process can crash.
_CLOSED_LOOPS: list[asyncio.AbstractEventLoop] = []


@pytest.fixture
def qasync_loop(qapp: Any) -> Iterator[asyncio.AbstractEventLoop]:
    """A qasync event loop on the test's QApplication (pytest-qt does not drive asyncio): run scenarios with
    `loop.run_until_complete`. Exceptions that escape into the loop's handler or sys.excepthook fail the test."""
    import qasync

    # Closing a test's last window must not quit the application (and so stop the loop mid-scenario).
    qapp.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(qapp)
    errors: list[Any] = []
    loop.set_exception_handler(lambda _loop, context: errors.append(context))
    old_hook = sys.excepthook
    sys.excepthook = lambda *info: errors.append(info)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    except BaseException:
        for error in errors:
            print("loop error:", error, file=sys.stderr)
        raise
    finally:
        sys.excepthook = old_hook
        loop.run_until_complete(asyncio.sleep(0))
        loop.close()
        asyncio.set_event_loop(None)
        _CLOSED_LOOPS.append(loop)
        gc.collect()
    assert errors == []
