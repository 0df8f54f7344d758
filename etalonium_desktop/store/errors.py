"""The store's exception hierarchy: every failure of the profile store raises one of these."""

from __future__ import annotations


class StoreError(Exception):
    """Base of every error raised by the profile store; its message is a sentence meant for the user."""


class ProfileNotFoundError(StoreError):
    """The directory holds no profile."""


class ProfileExistsError(StoreError):
    """A profile was to be created or imported where one (or other files) already exist."""


class ProfileInUseError(StoreError):
    """Another running copy of the app has the profile open."""


class WrongPassphraseError(StoreError):
    """The passphrase does not unlock the profile or the backup; nothing was changed."""


class ProfileDamagedError(StoreError):
    """A file of the profile is missing, truncated or corrupted, so the profile cannot be used safely."""


class ProfileTooNewError(StoreError):
    """The profile was written by a newer version of the app, whose schema this version does not know."""


class ProfileLockedError(StoreError):
    """The profile was locked (after idle time or on request) and must be unlocked with the passphrase."""


class BackupDamagedError(StoreError):
    """A backup file is truncated, corrupted or not a backup at all."""


class DiskFullError(StoreError):
    """The disk holding the profile is full; the write was rolled back."""


class ConstraintError(StoreError):
    """A write broke a rule of the schema, such as adding the same contact twice."""


class SettingTypeError(StoreError):
    """A setting was read as a different type than it was stored with."""


class InvalidPassphraseError(StoreError):
    """A new passphrase is unusable (empty)."""


class InvalidPhraseError(StoreError):
    """A recovery phrase has the wrong number of words, an unknown word, or a failing checksum.

    `position` (1-based) and `word` name the offending word when one word is at fault.
    """

    def __init__(self, message: str, *, position: int | None = None, word: str | None = None) -> None:
        super().__init__(message)
        self.position = position
        self.word = word
