"""Encrypted backups: a whole profile as one passphrase-protected file, and its import into a new profile."""

from __future__ import annotations

import contextlib
import hmac
import os
import struct
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

import msgpack
import nacl.exceptions
from nacl import bindings

from .atomic import atomic_writer, temporary_sibling
from .database import Database, configure, connect_keyed, raw_key_literal, translated_errors
from .dbapi import Connection
from .errors import (
    BackupDamagedError,
    ProfileDamagedError,
    ProfileTooNewError,
    StoreError,
    WrongPassphraseError,
)
from .kdf import (
    DEFAULT_KDF_COST,
    SALT_BYTES,
    KdfCost,
    KeyFile,
    KeySlot,
    derive_key,
    encode_passphrase,
    key_check,
)
from .models import now_ms
from .profile import DB_FILE, KEY_FILE, LOCK_FILE, Profile, check_schema, staging_directory
from .schema import APPLICATION_ID, LATEST_VERSION, migrate, schema_version

MAGIC = b"ETALONIUM-BACKUP"
FORMAT = 1
# magic, format, Argon2id opslimit and memlimit, salt, key check, secretstream header.
_HEADER = struct.Struct(
    f">{len(MAGIC)}sHIQ{SALT_BYTES}s32s{bindings.crypto_secretstream_xchacha20poly1305_HEADERBYTES}s"
)
_FRAME_LENGTH = struct.Struct(">I")
CHUNK_BYTES = 1 << 20
_ABYTES = bindings.crypto_secretstream_xchacha20poly1305_ABYTES
_TAG_MESSAGE = bindings.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
_TAG_FINAL = bindings.crypto_secretstream_xchacha20poly1305_TAG_FINAL
# A hostile backup file must not make the import allocate absurd memory or spin for minutes.
MAX_OPSLIMIT = 16
MAX_MEMLIMIT = 1 << 30
_SNAPSHOT = "backup_snapshot"

Progress = Callable[[int, int], None]
"""Called with (bytes done, bytes total) during export and import; raising from it cancels the operation."""


def _attach_snapshot(conn: Connection, path: Path, key: bytes) -> None:
    # The snapshot is a SQLCipher file keyed with a one-time random key, so it is never plaintext on disk.
    conn.execute(f"ATTACH DATABASE ? AS {_SNAPSHOT} KEY {raw_key_literal(key)}", (str(path),))


def _remove_snapshot(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-journal")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def export_backup(
    db: Database,
    path: Path,
    passphrase: str,
    *,
    kdf: KdfCost = DEFAULT_KDF_COST,
    progress: Progress | None = None,
) -> None:
    """Write a consistent snapshot of the profile in `db` to `path`, encrypted under `passphrase`.

    The file is written atomically: on any failure an older file at `path` stays as it was.
    """
    encode_passphrase(passphrase)
    if not path.parent.is_dir() or not os.access(path.parent, os.W_OK):
        raise StoreError(
            f"The backup cannot be written to {path.parent}: the folder does not exist or is not writable. "
            "Choose another folder."
        )
    salt = os.urandom(SALT_BYTES)
    key = derive_key(passphrase, salt, kdf)
    snapshot_key = os.urandom(32)
    snapshot = temporary_sibling(path, "snapshot")
    try:
        with db.exclusive() as conn:
            version = schema_version(conn)
            _attach_snapshot(conn, snapshot, snapshot_key)
            try:
                # One read transaction, so every table is copied as of the same moment.
                conn.execute("BEGIN")
                try:
                    conn.execute(f"SELECT sqlcipher_export('{_SNAPSHOT}')").fetchall()
                    # sqlcipher_export copies tables, not the header fields that identify the schema.
                    conn.execute(f"PRAGMA {_SNAPSHOT}.user_version = {version:d}")
                    conn.execute(f"PRAGMA {_SNAPSHOT}.application_id = {APPLICATION_ID:d}")
                    conn.execute("COMMIT")
                except BaseException:
                    with contextlib.suppress(Exception):
                        conn.execute("ROLLBACK")
                    raise
            finally:
                conn.execute(f"DETACH DATABASE {_SNAPSHOT}")
        size = snapshot.stat().st_size
        metadata = msgpack.packb(
            {
                "format": FORMAT,
                "schema": version,
                "created_at": now_ms(),
                "snapshot_key": snapshot_key,
                "snapshot_size": size,
            }
        )
        state = bindings.crypto_secretstream_xchacha20poly1305_state()
        stream_header = bindings.crypto_secretstream_xchacha20poly1305_init_push(state, key)
        header = _HEADER.pack(MAGIC, FORMAT, kdf.opslimit, kdf.memlimit, salt, key_check(key), stream_header)
        with atomic_writer(path) as out, open(snapshot, "rb") as source:
            out.write(header)
            # The header is authenticated with the first frame, so no field of it can be altered unseen.
            _write_frame(out, bindings.crypto_secretstream_xchacha20poly1305_push(state, metadata, header))
            done = 0
            while True:
                chunk = source.read(CHUNK_BYTES)
                last = done + len(chunk) >= size
                tag = _TAG_FINAL if last else _TAG_MESSAGE
                _write_frame(out, bindings.crypto_secretstream_xchacha20poly1305_push(state, chunk, None, tag))
                done += len(chunk)
                if progress is not None:
                    progress(done, size)
                if last:
                    break
    finally:
        _remove_snapshot(snapshot)


def _write_frame(out: BinaryIO, frame: bytes) -> None:
    out.write(_FRAME_LENGTH.pack(len(frame)))
    out.write(frame)


def _damaged(path: Path, why: str) -> BackupDamagedError:
    return BackupDamagedError(
        f"The backup file {path} cannot be restored: {why}. Use another copy of the backup if you have one."
    )


def _read_exact(source: BinaryIO, size: int, path: Path) -> bytes:
    data = source.read(size)
    if len(data) != size:
        raise _damaged(path, "it is truncated")
    return data


def _read_frame(source: BinaryIO, state: Any, ad: bytes | None, path: Path) -> tuple[bytes, int]:
    (length,) = _FRAME_LENGTH.unpack(_read_exact(source, _FRAME_LENGTH.size, path))
    if not _ABYTES <= length <= CHUNK_BYTES + _ABYTES:
        raise _damaged(path, "a block has an impossible length")
    frame = _read_exact(source, length, path)
    try:
        message, tag = bindings.crypto_secretstream_xchacha20poly1305_pull(state, frame, ad)
    except nacl.exceptions.CryptoError:
        raise _damaged(path, "its content does not authenticate (it was altered or corrupted)") from None
    return bytes(message), int(tag)


def _open_backup(source: BinaryIO, path: Path, passphrase: str) -> tuple[Any, bytes, dict[str, Any]]:
    """Check the header and passphrase; returns the pull state, the header, and the decoded metadata."""
    header = source.read(_HEADER.size)
    if len(header) < len(MAGIC) or not header.startswith(MAGIC):
        raise _damaged(path, "it is not an Etalonium Desktop backup")
    if len(header) != _HEADER.size:
        raise _damaged(path, "it is truncated")
    _, fmt, opslimit, memlimit, salt, check, stream_header = _HEADER.unpack(header)
    if fmt != FORMAT:
        raise _damaged(path, f"it uses backup format {fmt}, which this version of the app does not know")
    try:
        cost = KdfCost(opslimit, memlimit)
    except ValueError:
        raise _damaged(path, "its key derivation settings are invalid") from None
    if opslimit > MAX_OPSLIMIT or memlimit > MAX_MEMLIMIT:
        raise _damaged(path, "its key derivation settings are beyond what this app accepts")
    key = derive_key(passphrase, salt, cost)
    if not hmac.compare_digest(key_check(key), check):
        raise WrongPassphraseError(
            "The backup passphrase is wrong, so nothing was restored. Enter the passphrase chosen when the "
            "backup was made (it may differ from the profile's passphrase)."
        )
    state = bindings.crypto_secretstream_xchacha20poly1305_state()
    bindings.crypto_secretstream_xchacha20poly1305_init_pull(state, stream_header, key)
    raw, tag = _read_frame(source, state, header, path)
    try:
        metadata = msgpack.unpackb(raw, raw=False, strict_map_key=True)
        if not isinstance(metadata, dict) or metadata.get("format") != FORMAT:
            raise ValueError("unknown metadata format")
        if not (isinstance(metadata["snapshot_key"], bytes) and len(metadata["snapshot_key"]) == 32):
            raise ValueError("bad snapshot key")
        if not (isinstance(metadata["snapshot_size"], int) and isinstance(metadata["schema"], int)):
            raise ValueError("bad sizes")
    except (ValueError, KeyError, TypeError, msgpack.UnpackException):
        raise _damaged(path, "its description block is malformed") from None
    if tag == _TAG_FINAL:
        raise _damaged(path, "it holds no data")
    if metadata["schema"] > LATEST_VERSION:
        raise ProfileTooNewError(
            f"The backup {path} was made by a newer version of Etalonium Desktop (schema "
            f"{metadata['schema']}). Update the app to restore it."
        )
    return state, header, metadata


def _restore_snapshot(
    source: BinaryIO,
    state: Any,
    metadata: dict[str, Any],
    target: Path,
    path: Path,
    progress: Progress | None,
) -> None:
    size = int(metadata["snapshot_size"])
    done = 0
    with open(target, "xb") as out:
        while True:
            chunk, tag = _read_frame(source, state, None, path)
            out.write(chunk)
            done += len(chunk)
            if done > size:
                raise _damaged(path, "it holds more data than it announces")
            if progress is not None:
                progress(done, size)
            if tag == _TAG_FINAL:
                break
        out.flush()
        os.fsync(out.fileno())
    if done != size:
        raise _damaged(path, "it ends before all of its data")
    if source.read(1):
        raise _damaged(path, "it has extra bytes after its end")


def import_backup(
    path: str | os.PathLike[str],
    backup_passphrase: str,
    directory: str | os.PathLike[str],
    passphrase: str,
    *,
    kdf: KdfCost = DEFAULT_KDF_COST,
    progress: Progress | None = None,
) -> Profile:
    """Restore the backup at `path` into a new profile in `directory`, protected by `passphrase`.

    Returns the opened Profile. `directory` must not exist or be empty; nothing appears there unless
    the whole backup was authenticated and restored.
    """
    path, directory = Path(path), Path(directory)
    encode_passphrase(passphrase)
    try:
        source_file = open(path, "rb")  # noqa: SIM115 (closed by the with block below)
    except FileNotFoundError:
        raise StoreError(f"There is no backup file at {path}. Choose the backup file to restore.") from None
    with source_file as source:
        state, _, metadata = _open_backup(source, path, backup_passphrase)
        with staging_directory(directory, "importing") as staging:
            snapshot = staging / "snapshot.tmp"
            _restore_snapshot(source, state, metadata, snapshot, path, progress)
            slot, key = KeySlot.create(passphrase, kdf)
            db_path = staging / DB_FILE
            conn = connect_keyed(db_path, key, create=True)
            try:
                with translated_errors(db_path):
                    _attach_snapshot(conn, snapshot, bytes(metadata["snapshot_key"]))
                    try:
                        conn.execute(f"SELECT sqlcipher_export('main', '{_SNAPSHOT}')").fetchall()
                    finally:
                        conn.execute(f"DETACH DATABASE {_SNAPSHOT}")
                    conn.execute(f"PRAGMA user_version = {int(metadata['schema']):d}")
                    conn.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
            except ProfileDamagedError as exc:
                raise _damaged(path, f"its database snapshot is unreadable ({exc})") from exc
            finally:
                conn.close()
            _remove_snapshot(snapshot)
            # A new connection sees the tables sqlcipher_export wrote behind the first one's back.
            conn = connect_keyed(db_path, key, create=False)
            try:
                version = check_schema(conn, db_path)
                configure(conn, db_path)
                with translated_errors(db_path):
                    if version < LATEST_VERSION:
                        migrate(conn)
                    problems = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
                    if schema_version(conn) != LATEST_VERSION or problems != ["ok"]:
                        raise _damaged(path, f"the restored database fails its integrity check ({problems[0]})")
            finally:
                conn.close()
            key_file = KeyFile(slot)
            key_file.write(staging / KEY_FILE)
            (staging / LOCK_FILE).touch(mode=0o600)
    return Profile._open_with_key(directory, key_file, key, False)
