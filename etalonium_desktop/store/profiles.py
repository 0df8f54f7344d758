"""Where profiles live: the per-user profiles folder, named profiles, `--profile-dir`, throwaway ones."""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from .atomic import temporary_sibling
from .errors import ProfileNotFoundError, StoreError
from .identity import generate_phrase
from .kdf import DEFAULT_KDF_COST, MINIMAL_KDF_COST, KdfCost
from .profile import DB_FILE, LOCK_FILE, DirectoryLock, Profile

APP_NAME = "etalonium-desktop"
DEFAULT_PROFILE = "default"
# Letters, digits, space, dot, dash and underscore, starting with a letter or digit: safe as a folder name
# on every platform and never "." or "..".
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}")


def default_profiles_root() -> Path:
    """The folder holding the user's profiles, in the platform's per-user data directory."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "profiles"


def validate_profile_name(name: str) -> str:
    if not _NAME.fullmatch(name) or name.endswith((" ", ".")):
        raise StoreError(
            f"{name!r} cannot be a profile name. Use up to 64 letters, digits, spaces, dots, dashes or "
            "underscores, starting with a letter or digit."
        )
    return name


def resolve_profile_dir(
    profile_dir: str | os.PathLike[str] | None = None,
    *,
    name: str = DEFAULT_PROFILE,
    root: str | os.PathLike[str] | None = None,
) -> Path:
    """The profile folder to use: `--profile-dir` when given, else profile `name` in the profiles folder."""
    if profile_dir is not None:
        return Path(profile_dir).expanduser().absolute()
    base = Path(root) if root is not None else default_profiles_root()
    return base / validate_profile_name(name)


@dataclass(frozen=True, slots=True)
class ProfileEntry:
    """A profile found in the profiles folder (still locked: only its name and place are known)."""

    name: str
    path: Path
    last_used: float


class ProfileCatalog:
    """The named profiles of one profiles folder (by default the per-user one)."""

    def __init__(self, root: str | os.PathLike[str] | None = None) -> None:
        self.root = Path(root) if root is not None else default_profiles_root()

    def path(self, name: str) -> Path:
        return self.root / validate_profile_name(name)

    def entries(self) -> list[ProfileEntry]:
        """Every profile in the folder, most recently used first."""
        if not self.root.is_dir():
            return []
        found = []
        for child in self.root.iterdir():
            if child.is_dir() and _NAME.fullmatch(child.name) and Profile.exists(child):
                database = child / DB_FILE
                used = database.stat().st_mtime if database.exists() else child.stat().st_mtime
                found.append(ProfileEntry(name=child.name, path=child, last_used=used))
        return sorted(found, key=lambda entry: (-entry.last_used, entry.name))

    def names(self) -> list[str]:
        return sorted(entry.name for entry in self.entries())

    def exists(self, name: str) -> bool:
        return Profile.exists(self.path(name))

    def create(
        self,
        name: str,
        passphrase: str,
        phrase: str,
        *,
        kdf: KdfCost = DEFAULT_KDF_COST,
        account_label: str = "Main",
    ) -> Profile:
        return Profile.create(self.path(name), passphrase, phrase, kdf=kdf, account_label=account_label)

    def open(self, name: str, passphrase: str) -> Profile:
        return Profile.open(self.path(name), passphrase)

    def import_backup(
        self,
        name: str,
        backup: str | os.PathLike[str],
        backup_passphrase: str,
        passphrase: str,
        *,
        kdf: KdfCost = DEFAULT_KDF_COST,
    ) -> Profile:
        from .backup import import_backup

        return import_backup(backup, backup_passphrase, self.path(name), passphrase, kdf=kdf)

    def delete(self, name: str) -> None:
        """Remove a profile for good (refused while it is open anywhere)."""
        path = self.path(name)
        if not Profile.exists(path):
            raise ProfileNotFoundError(f"There is no profile named {name!r} to delete.")
        lock = DirectoryLock(path / LOCK_FILE)
        lock.acquire()
        try:
            # Renamed away first, so an interrupted delete never leaves a half-deleted profile under its name.
            doomed = temporary_sibling(path, "deleting")
            os.rename(path, doomed)
        finally:
            lock.release()
        shutil.rmtree(doomed)


@contextlib.contextmanager
def temporary_profile(
    *, passphrase: str | None = None, phrase: str | None = None, kdf: KdfCost = MINIMAL_KDF_COST
) -> Iterator[Profile]:
    """A throwaway profile for tests and smoke runs, deleted with all its files when the block ends.

    It uses the minimal key derivation cost by default: never keep anything of value in it.
    """
    with tempfile.TemporaryDirectory(prefix="etalonium-profile-", ignore_cleanup_errors=True) as tmp:
        profile = Profile.create(
            Path(tmp) / "profile",
            passphrase if passphrase is not None else secrets.token_urlsafe(16),
            phrase if phrase is not None else generate_phrase(),
            kdf=kdf,
        )
        try:
            yield profile
        finally:
            profile.close()
