"""The open SQLCipher connection: keying, cipher settings, transactions, and translation of its errors."""

from __future__ import annotations

import contextlib
import threading
import urllib.parse
from collections.abc import Callable, Iterator
from pathlib import Path

from . import dbapi
from .dbapi import Connection
from .errors import (
    ConstraintError,
    DiskFullError,
    ProfileDamagedError,
    ProfileInUseError,
    ProfileLockedError,
    StoreError,
)

# SQLCipher 4 with HMAC-SHA1 page authentication instead of its default HMAC-SHA512: HMAC-SHA1 is still a
# sound MAC, and it keeps the database readable by the SQLCipher 3.4 shell that Debian 12 ships (see
# docs/PROFILE.md). The raw key skips SQLCipher's own PBKDF2; the KDF setting only shapes the page-HMAC key.
CIPHER_SETTINGS = (
    "PRAGMA cipher_page_size = 4096",
    "PRAGMA cipher_hmac_algorithm = HMAC_SHA1",
    "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA1",
)

CONNECTION_SETTINGS = (
    # FULL syncs the write-ahead log on every commit: a power cut, not only a crash, keeps committed data.
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    # Sorts and temporary tables stay in memory, so no temporary file ever holds decrypted rows.
    "PRAGMA temp_store = MEMORY",
    # Deleted messages are overwritten, so a passphrase leaked later cannot bring them back.
    "PRAGMA secure_delete = ON",
    # 16 MiB of decrypted pages (the default is 2 MiB): paging back through a chat or searching again
    # reuses pages instead of decrypting them anew.
    "PRAGMA cache_size = -16384",
)

BUSY_TIMEOUT_S = 10.0


def raw_key_literal(key: bytes) -> str:
    """A 32-byte key in SQLCipher's raw-key notation, `"x'…'"`, which bypasses SQLCipher's own KDF."""
    if len(key) != 32:
        raise ValueError("A raw SQLCipher key has 32 bytes.")
    return f"\"x'{key.hex()}'\""


def key_pragma(key: bytes, verb: str = "key") -> str:
    """`PRAGMA key` (or `rekey`) with a raw 32-byte key."""
    return f"PRAGMA {verb} = {raw_key_literal(key)}"


def _uri(path: Path, mode: str) -> str:
    return f"file:{urllib.parse.quote(str(path.resolve()))}?mode={mode}"


def translate_error(exc: Exception, path: Path) -> StoreError:
    """The store error, worded for the user, that a sqlcipher3 exception stands for."""
    name = dbapi.error_name(exc)
    detail = str(exc)
    if name.startswith("SQLITE_CORRUPT") or name == "SQLITE_NOTADB":
        return ProfileDamagedError(
            f"The profile database {path} is damaged ({detail}). Restore the profile from a backup or from "
            "your recovery phrase; other profiles and backup files are not affected."
        )
    if name.startswith("SQLITE_FULL"):
        return DiskFullError(
            f"The disk holding {path} is full, so the change was not saved. Free some space and try again."
        )
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return ProfileInUseError(
            f"Another program keeps the profile database {path} busy ({detail}). Close it and try again."
        )
    if name.startswith("SQLITE_CANTOPEN"):
        return ProfileDamagedError(
            f"The profile database {path} is missing or cannot be opened ({detail}). Check that the file "
            "exists and that you may read and write it, or restore the profile from a backup."
        )
    if name.startswith(("SQLITE_IOERR", "SQLITE_READONLY", "SQLITE_PERM")):
        return StoreError(
            f"Reading or writing the profile database {path} failed ({detail}). Check the disk and the "
            "file's permissions, then try again."
        )
    if isinstance(exc, dbapi.IntegrityError):
        return ConstraintError(f"The change was refused because it breaks a rule of the profile ({detail}).")
    return StoreError(f"The profile database {path} reported an error: {detail}.")


@contextlib.contextmanager
def translated_errors(path: Path) -> Iterator[None]:
    """Re-raise sqlcipher3 errors as store errors (the boundary where the driver's exceptions stop)."""
    try:
        yield
    except dbapi.DatabaseError as exc:
        raise translate_error(exc, path) from exc


def connect_keyed(path: Path, key: bytes, *, create: bool) -> Connection:
    """A connection keyed with `key`, after proving that the key decrypts the database.

    Nothing is written: with `create` false a missing file is an error rather than a new empty database,
    and the first read (which checks page 1's HMAC) happens before any setting that could write.
    """
    with translated_errors(path):
        conn = dbapi.connect(_uri(path, "rwc" if create else "rw"), timeout=BUSY_TIMEOUT_S)
        try:
            conn.execute(key_pragma(key))
            for statement in CIPHER_SETTINGS:
                conn.execute(statement)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except BaseException:
            conn.close()
            raise
    return conn


def configure(conn: Connection, path: Path) -> None:
    """Per-connection settings, and write-ahead logging (a persistent setting, written once)."""
    with translated_errors(path):
        for statement in CONNECTION_SETTINGS:
            conn.execute(statement)
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise StoreError(f"The profile database {path} could not switch to write-ahead logging ({mode}).")


class Database:
    """One connection shared by the repositories: serialized by a lock, closed when the profile locks.

    `write()` opens a transaction (nested calls become savepoints) and commits when the block succeeds;
    `read()` runs statements in autocommit mode. Both translate driver errors into store errors.
    """

    def __init__(self, conn: Connection, path: Path, reconnect: Callable[[], Connection] | None = None) -> None:
        self.path = path
        self._conn: Connection | None = conn
        self._reconnect = reconnect
        self._lock = threading.RLock()
        self._depth = 0
        self._stale = False
        self.damaged = False

    @contextlib.contextmanager
    def _translated(self) -> Iterator[None]:
        try:
            with translated_errors(self.path):
                yield
        except ProfileDamagedError:
            # SQLCipher keeps failing every later read on a connection that met a bad page, even of sound
            # pages; a fresh connection reads everything that is still intact.
            self.damaged = self._stale = True
            raise
        except StoreError as exc:
            # After a page fails authentication SQLCipher refuses every write on the connection; report
            # that as the damage it is rather than as a permissions problem.
            if self.damaged and dbapi.error_name(exc.__cause__ or exc).startswith("SQLITE_READONLY"):
                raise ProfileDamagedError(
                    f"The profile database {self.path} is damaged, so changes are refused to protect what is "
                    "left. Export what you can, then restore the profile from a backup or recovery phrase."
                ) from exc
            raise

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def _connection(self) -> Connection:
        if self._conn is None:
            raise ProfileLockedError("The profile is locked. Unlock it with your passphrase to continue.")
        if self._stale and self._depth == 0 and self._reconnect is not None:
            fresh = self._reconnect()
            with contextlib.suppress(dbapi.DatabaseError):
                self._conn.close()
            self._conn, self._stale = fresh, False
        return self._conn

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        with self._lock, self._translated():
            yield self._connection()

    @contextlib.contextmanager
    def write(self) -> Iterator[Connection]:
        with self._lock, self._translated():
            conn = self._connection()
            savepoint = f"sp{self._depth}"
            conn.execute("BEGIN IMMEDIATE" if self._depth == 0 else f"SAVEPOINT {savepoint}")
            self._depth += 1
            try:
                yield conn
            except BaseException:
                self._depth -= 1
                # SQLite may already have rolled back by itself (disk full, I/O error); the original
                # exception is the one worth reporting, not a failing ROLLBACK.
                with contextlib.suppress(dbapi.DatabaseError):
                    if self._depth == 0:
                        conn.execute("ROLLBACK")
                    else:
                        conn.execute(f"ROLLBACK TO {savepoint}")
                        conn.execute(f"RELEASE {savepoint}")
                raise
            self._depth -= 1
            conn.execute("COMMIT" if self._depth == 0 else f"RELEASE {savepoint}")

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[Connection]:
        """The raw connection outside any transaction, for PRAGMAs like rekey, ATTACH and checkpoints."""
        with self._lock, self._translated():
            if self._depth:
                raise StoreError("This operation cannot run inside a transaction; finish the transaction first.")
            yield self._connection()

    def reopen(self, conn: Connection, reconnect: Callable[[], Connection] | None = None) -> None:
        """Take a freshly unlocked connection after the profile was locked."""
        with self._lock:
            if self._conn is not None:
                conn.close()
                raise StoreError("The profile is already unlocked.")
            self._conn, self._reconnect = conn, reconnect
            self._stale = self.damaged = False

    def close(self) -> None:
        with self._lock:
            # Dropping the reconnect function drops the key it holds.
            self._reconnect = None
            if self._conn is not None:
                conn, self._conn = self._conn, None
                with translated_errors(self.path):
                    conn.close()
