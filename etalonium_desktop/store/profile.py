"""The encrypted profile: one directory holding the key file and the SQLCipher database of one user."""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from . import dbapi
from .accounts import AccountRepository, IdentityRepository
from .assistant import AssistantStore
from .atomic import fsync_directory, temporary_sibling
from .contacts import ContactRepository
from .database import Database, configure, connect_keyed, key_pragma, translated_errors
from .dbapi import Connection
from .errors import (
    ProfileDamagedError,
    ProfileExistsError,
    ProfileInUseError,
    ProfileNotFoundError,
    ProfileTooNewError,
    StoreError,
    WrongPassphraseError,
)
from .identity import AccountKey, phrase_to_seed, validate_phrase
from .kdf import DEFAULT_KDF_COST, KdfCost, KeyFile, KeySlot, encode_passphrase
from .light_client import (
    LightClientMeta,
    LightClientStorage,
    OutboxStore,
    TrustedHeaderStore,
    VerifiedStateStore,
)
from .media_cache import MediaCache
from .messages import MessageRepository
from .schema import APPLICATION_ID, LATEST_VERSION, migrate, schema_version
from .settings import Settings
from .wallet_history import WalletHistoryStore

if sys.platform != "win32":
    import fcntl

if TYPE_CHECKING:
    from .light_store import ProfileLightStore

DB_FILE = "profile.db"
KEY_FILE = "profile.json"
LOCK_FILE = "profile.lock"

WRONG_PASSPHRASE = (
    "The passphrase is wrong, so the profile stays locked and nothing was changed. "
    "Check Caps Lock and the keyboard layout, then try again."
)


class DirectoryLock:
    """An exclusive advisory lock on the profile's lock file, held while the profile is open.

    The kernel drops it when the process dies, so a crash never leaves a profile stuck as in use.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise StoreError(
                f"The profile's lock file {self._path} cannot be opened ({exc.strerror}). Check that the "
                "profile folder is yours and writable, then try again."
            ) from exc
        if sys.platform != "win32":
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                raise ProfileInUseError(
                    f"The profile in {self._path.parent} is already open in another window or program. "
                    "Close it there first, or choose another profile."
                ) from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)


def _unlock_key(key_file: KeyFile, passphrase: str) -> tuple[bytes, bool]:
    """The database key for `passphrase`, and whether it belongs to an unfinished passphrase change."""
    key = key_file.current.unlock(passphrase)
    if key is not None:
        return key, False
    if key_file.pending is not None:
        key = key_file.pending.unlock(passphrase)
        if key is not None:
            return key, True
    raise WrongPassphraseError(WRONG_PASSPHRASE)


def check_schema(conn: Connection, path: Path) -> int:
    """The schema version, after making sure this is a profile database this version of the app can use."""
    with translated_errors(path):
        version = schema_version(conn)
        application_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        tables = int(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
    if version == 0 or tables == 0 or application_id != APPLICATION_ID:
        raise ProfileDamagedError(
            f"The profile database {path} is empty or is not an Etalonium profile (it may have been "
            "truncated or replaced). Restore the profile from a backup or from your recovery phrase."
        )
    if version > LATEST_VERSION:
        raise ProfileTooNewError(
            f"This profile was saved by a newer version of Etalonium Desktop (schema {version}; this version "
            f"knows up to {LATEST_VERSION}). Update the app to open it."
        )
    return version


def _connect(directory: Path, key_file: KeyFile, key: bytes, is_pending: bool) -> Connection:
    """Open, check and (if needed) migrate the database of `directory` with a key proven by the key file.

    Nothing in the directory is written before the database is proven readable; a passphrase change
    interrupted by a crash is finished or undone here.
    """
    key_path, db_path = directory / KEY_FILE, directory / DB_FILE
    if not db_path.is_file():
        raise ProfileDamagedError(
            f"The profile's database file {db_path} is missing. Restore the profile from a backup or from "
            "your recovery phrase."
        )
    try:
        conn = connect_keyed(db_path, key, create=False)
    except ProfileDamagedError as exc:
        # With a passphrase change in flight, a key that the key file accepts yet the database refuses
        # means the change did (or did not) reach the database; say which passphrase works now.
        if key_file.pending is not None and dbapi.error_name(exc.__cause__ or exc) == "SQLITE_NOTADB":
            which = "old" if is_pending else "new"
            raise WrongPassphraseError(
                "The passphrase was being changed when the app stopped, and the change "
                f"{'had not' if is_pending else 'had already'} taken effect: unlock the profile with the "
                f"{which} passphrase."
            ) from None
        raise
    try:
        version = check_schema(conn, db_path)
        configure(conn, db_path)
        if version < LATEST_VERSION:
            with translated_errors(db_path):
                migrate(conn)
        if key_file.pending is not None:
            # Whichever key opened the database is the one it has; the other slot is stale.
            KeyFile(key_file.pending if is_pending else key_file.current).write(key_path)
    except BaseException:
        conn.close()
        raise
    return conn


def _reconnector(db_path: Path, key: bytes) -> Callable[[], Connection]:
    """A function opening another connection to an unlocked database (kept only while it is unlocked)."""

    def reconnect() -> Connection:
        conn = connect_keyed(db_path, key, create=False)
        try:
            configure(conn, db_path)
        except BaseException:
            conn.close()
            raise
        return conn

    return reconnect


def _require_free(directory: Path) -> None:
    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        raise ProfileExistsError(
            f"{directory} already exists and is not an empty folder, so no profile was created there. "
            "Choose a new folder or another profile name."
        )


def _move_into_place(staging: Path, directory: Path) -> None:
    """Publish a fully written profile under its final name, so a crash never leaves half a profile there."""
    with contextlib.suppress(FileNotFoundError):
        directory.rmdir()
    try:
        os.rename(staging, directory)
    except OSError as exc:
        raise ProfileExistsError(
            f"{directory} appeared while the profile was being created, so it was not replaced. "
            "Choose a new folder or another profile name."
        ) from exc
    fsync_directory(directory.parent)


@contextlib.contextmanager
def staging_directory(directory: Path, purpose: str) -> Iterator[Path]:
    """A hidden sibling of `directory` to build a profile in, removed again if building fails."""
    _require_free(directory)
    directory.parent.mkdir(parents=True, exist_ok=True)
    staging = temporary_sibling(directory, purpose)
    staging.mkdir(mode=0o700)
    try:
        yield staging
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _move_into_place(staging, directory)


class Profile:
    """An open (or locked) profile and its repositories.

    Make one with `Profile.create` or `Profile.open`; close it (or use it as a context manager) when done.
    Repositories raise ProfileLockedError while the profile is locked.
    """

    def __init__(
        self, directory: Path, conn: Connection, lock: DirectoryLock, reconnect: Callable[[], Connection]
    ) -> None:
        self.directory = directory
        self._lock = lock
        self._db = Database(conn, directory / DB_FILE, reconnect)
        self.identity = IdentityRepository(self._db)
        self.accounts = AccountRepository(self._db, self.identity)
        self.contacts = ContactRepository(self._db)
        self.light_client = LightClientStorage(
            headers=TrustedHeaderStore(self._db),
            state=VerifiedStateStore(self._db),
            outbox=OutboxStore(self._db),
            meta=LightClientMeta(self._db),
        )
        self.messages = MessageRepository(self._db)
        self.media_cache = MediaCache(self._db)
        self.assistant = AssistantStore(self._db)
        self.settings = Settings(self._db)
        self.wallet_history = WalletHistoryStore(self._db)
        self._closed = False

    # --- life cycle -------------------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        directory: str | os.PathLike[str],
        passphrase: str,
        phrase: str,
        *,
        kdf: KdfCost = DEFAULT_KDF_COST,
        account_label: str = "Main",
    ) -> Profile:
        """Create a profile for the identity of `phrase`, protected by `passphrase`, with its first account.

        `directory` must not exist or be empty. The profile appears there only once it is complete.
        """
        directory = Path(directory)
        encode_passphrase(passphrase)
        phrase = validate_phrase(phrase)
        seed = phrase_to_seed(phrase)
        with staging_directory(directory, "creating") as staging:
            slot, key = KeySlot.create(passphrase, kdf)
            db_path = staging / DB_FILE
            conn = connect_keyed(db_path, key, create=True)
            db = Database(conn, db_path)
            try:
                configure(conn, db_path)
                with translated_errors(db_path):
                    migrate(conn)
                identity = IdentityRepository(db)
                identity.initialize(phrase, seed)
                AccountRepository(db, identity).add(account_label, account=0)
            finally:
                db.close()
            key_file = KeyFile(slot)
            key_file.write(staging / KEY_FILE)
            (staging / LOCK_FILE).touch(mode=0o600)
        return cls._open_with_key(directory, key_file, key, False)

    @classmethod
    def open(cls, directory: str | os.PathLike[str], passphrase: str) -> Profile:
        """Unlock the profile in `directory`.

        Raises WrongPassphraseError (nothing on disk changed), ProfileNotFoundError, ProfileDamagedError,
        ProfileInUseError or ProfileTooNewError, each with a message for the user.
        """
        directory = Path(directory)
        if not (directory / KEY_FILE).is_file():
            if (directory / DB_FILE).exists():
                raise ProfileDamagedError(
                    f"The key file {directory / KEY_FILE} of the profile is missing, so it cannot be "
                    "unlocked. Restore the profile from a backup or from your recovery phrase."
                )
            raise ProfileNotFoundError(
                f"There is no profile in {directory}. Create one there, or choose the folder of your profile."
            )
        return cls._open_directory(directory, passphrase)

    @classmethod
    def _open_directory(cls, directory: Path, passphrase: str) -> Profile:
        # The passphrase is checked against the key file first, and the directory lock taken only after,
        # so a wrong passphrase leaves every file of the profile exactly as it was.
        key_file = KeyFile.read(directory / KEY_FILE)
        key, is_pending = _unlock_key(key_file, passphrase)
        return cls._open_with_key(directory, key_file, key, is_pending)

    @classmethod
    def _open_with_key(cls, directory: Path, key_file: KeyFile, key: bytes, is_pending: bool) -> Profile:
        lock = DirectoryLock(directory / LOCK_FILE)
        lock.acquire()
        try:
            conn = _connect(directory, key_file, key, is_pending)
        except BaseException:
            lock.release()
            raise
        return cls(directory, conn, lock, _reconnector(directory / DB_FILE, key))

    @staticmethod
    def exists(directory: str | os.PathLike[str]) -> bool:
        """Whether `directory` holds a profile (without unlocking it)."""
        return (Path(directory) / KEY_FILE).is_file()

    def close(self) -> None:
        """Close the database and release the profile; the object is unusable afterwards."""
        if not self._closed:
            self._closed = True
            try:
                self._db.close()
            finally:
                self._lock.release()

    def __enter__(self) -> Profile:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # --- locking ----------------------------------------------------------------------------------------

    @property
    def is_damaged(self) -> bool:
        """Whether a read found damage in the database since it was opened (writes are then refused)."""
        return self._db.damaged

    @property
    def is_locked(self) -> bool:
        return not self._db.is_open

    def lock(self) -> None:
        """Close the database and forget the key; the profile stays reserved for this app until closed."""
        self._db.close()

    def unlock(self, passphrase: str) -> None:
        """Reopen a locked profile; WrongPassphraseError keeps it locked."""
        if self._closed:
            raise StoreError("This profile was closed; open it again from the profile list.")
        if self._db.is_open:
            return
        key_file = KeyFile.read(self.directory / KEY_FILE)
        key, is_pending = _unlock_key(key_file, passphrase)
        self._db.reopen(
            _connect(self.directory, key_file, key, is_pending), _reconnector(self.directory / DB_FILE, key)
        )

    # --- passphrase and identity ------------------------------------------------------------------------

    def verify_passphrase(self, passphrase: str) -> bool:
        """Whether `passphrase` unlocks this profile (one key derivation, about as slow as unlocking)."""
        return KeyFile.read(self.directory / KEY_FILE).current.unlock(passphrase) is not None

    def change_passphrase(self, old: str, new: str, *, kdf: KdfCost | None = None) -> None:
        """Re-encrypt the database under `new`; a crash midway leaves exactly one of the two working.

        `kdf` raises (or lowers) the Argon2id cost; by default the current cost is kept.
        """
        key_path = self.directory / KEY_FILE
        key_file = KeyFile.read(key_path)
        if key_file.current.unlock(old) is None:
            raise WrongPassphraseError("The current passphrase is wrong, so the passphrase was not changed. Try again.")
        new_slot, new_key = KeySlot.create(new, kdf or key_file.current.cost)
        KeyFile(key_file.current, pending=new_slot).write(key_path)
        try:
            with self._db.exclusive() as conn:
                # Checkpoint first so no page encrypted with the old key stays behind in the log.
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
                result = conn.execute(key_pragma(new_key, "rekey")).fetchall()
                if result and str(result[0][0]).lower() != "ok":
                    raise StoreError(f"Re-encrypting the profile failed ({result[0][0]}); nothing was changed.")
        except BaseException:
            KeyFile(key_file.current).write(key_path)
            raise
        KeyFile(new_slot).write(key_path)
        with self._db.exclusive() as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def reveal_phrase(self, passphrase: str) -> str:
        """The recovery phrase, only for the right passphrase (asked again on purpose before showing it)."""
        if not self.verify_passphrase(passphrase):
            raise WrongPassphraseError("The passphrase is wrong, so the recovery phrase is not shown. Try again.")
        return self.identity.phrase()

    def account_key(self, account: int = 0) -> AccountKey:
        """The signing key pair of an account of this profile."""
        return self.accounts.key(account)

    def light_store(self, chain_id: str) -> ProfileLightStore:
        """The embedded light client's storage (lightnode's LightStore interface) for one chain."""
        from .light_store import ProfileLightStore

        return ProfileLightStore(self.light_client, chain_id)

    # --- database-wide operations -----------------------------------------------------------------------

    @property
    def database_path(self) -> Path:
        return self.directory / DB_FILE

    @property
    def schema_version(self) -> int:
        with self._db.read() as conn:
            return schema_version(conn)

    def transaction(self) -> contextlib.AbstractContextManager[Connection]:
        """Group several repository calls into one atomic write: all of them are kept, or none."""
        return self._db.write()

    def check_integrity(self) -> list[str]:
        """Problems found by a full integrity check of the database and the search index (empty if sound).

        It reads every page, so run it in a worker thread for large profiles.
        """
        problems: list[str] = []
        try:
            with self._db.read() as conn:
                rows = conn.execute("PRAGMA integrity_check").fetchall()
            problems.extend(str(row[0]) for row in rows if str(row[0]) != "ok")
        except ProfileDamagedError as exc:
            # A page that fails authentication stops the check itself.
            problems.append(str(exc))
        if problems:
            return problems
        try:
            with self._db.write() as conn:
                # rank = 1 also compares the index with the messages it was built from.
                conn.execute("INSERT INTO messages_fts (messages_fts, rank) VALUES ('integrity-check', 1)")
        except ProfileDamagedError as exc:
            problems.append(f"message search index: {exc}")
        return problems

    def export_backup(
        self,
        path: str | os.PathLike[str],
        backup_passphrase: str,
        *,
        kdf: KdfCost = DEFAULT_KDF_COST,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        """Write the whole profile as one file encrypted under `backup_passphrase` (see store.backup).

        `progress(done, total)` is called as bytes are written; raising from it cancels the export.
        """
        from .backup import export_backup

        export_backup(self._db, Path(path), backup_passphrase, kdf=kdf, progress=progress)
