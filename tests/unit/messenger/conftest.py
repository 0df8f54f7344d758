"""Fixtures of the messenger tests (the qasync loop for the Qt ones)."""

from tests.unit.messenger.qt_helpers import qasync_loop

__all__ = ["qasync_loop"]
