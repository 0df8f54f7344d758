"""The market's error: one sentence that says what happened and what to do, shown to people as it is."""

from __future__ import annotations


class MarketError(Exception):
    """A market operation failed; `str(error)` is a sentence for the user."""
