"""The messenger's exceptions: one hierarchy, each message a sentence for people."""

from __future__ import annotations


class MessengerError(Exception):
    """Something the messenger could not do; the message says what and what to do about it."""


class IdentityError(MessengerError):
    """An identity card, messenger key or prekey is malformed, badly signed, or does not match the chain."""


class UnknownContactError(MessengerError):
    """The contact has published no messenger identity (on chain or on the nodes)."""


class DecryptionError(MessengerError):
    """An envelope or message could not be opened: tampered, replayed, or for keys this device lacks."""


class TransportError(MessengerError):
    """The nodes could not be reached, or refused a request.

    `retriable` says whether trying again later may succeed (network trouble, rate limits, full mailboxes).
    """

    def __init__(self, message: str, *, retriable: bool, status: int = 0, code: str = "") -> None:
        super().__init__(message)
        self.retriable = retriable
        self.status = status
        self.code = code


class BlockedError(MessengerError):
    """The action is refused because the contact is blocked."""


class GroupError(MessengerError):
    """A group operation is not allowed (not an admin, not a member, too many members)."""


class VerificationError(MessengerError):
    """A contact verification failed or was cancelled."""
