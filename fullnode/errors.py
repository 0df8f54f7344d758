"""Errors the node reports to its callers: bad blocks, repeated actions, an unavailable faucet."""

from __future__ import annotations


class InvalidBlockError(Exception):
    """A block that must not be committed; the message says why."""


class AlreadyCommittedError(Exception):
    """An action submitted again after it was committed."""

    def __init__(self, height: int) -> None:
        super().__init__(f"the action was already committed in block {height}")
        self.height = height


class FaucetError(Exception):
    """The faucet is not available here, or was asked too often."""
