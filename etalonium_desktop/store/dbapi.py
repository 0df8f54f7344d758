"""A typed view of the sqlcipher3 DB-API module, which ships without type hints."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol, cast

import sqlcipher3.dbapi2 as _sqlcipher

Parameters = Sequence[Any] | Mapping[str, Any]


class Cursor(Protocol):
    """The part of a DB-API cursor the store uses."""

    @property
    def lastrowid(self) -> int | None: ...

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def fetchmany(self, size: int = ...) -> list[Any]: ...

    def __iter__(self) -> Any: ...


class Connection(Protocol):
    """The part of a sqlcipher3 connection the store uses."""

    def execute(self, sql: str, parameters: Parameters = ..., /) -> Cursor: ...

    def executemany(self, sql: str, parameters: Iterable[Parameters], /) -> Cursor: ...

    def close(self) -> None: ...


DatabaseError: type[Exception] = _sqlcipher.DatabaseError
IntegrityError: type[Exception] = _sqlcipher.IntegrityError
SQLITE_VERSION: str = str(_sqlcipher.sqlite_version)


def connect(uri: str, *, timeout: float) -> Connection:
    """A connection in autocommit mode (the store issues BEGIN/COMMIT itself), usable from worker threads.

    Callers serialize access with their own lock; `check_same_thread` is off so an executor can run queries.
    """
    return cast(
        Connection,
        _sqlcipher.connect(uri, uri=True, timeout=timeout, isolation_level=None, check_same_thread=False),
    )


def error_name(exc: BaseException) -> str:
    """The SQLite result code name of a database error, such as "SQLITE_CORRUPT" (empty if unknown)."""
    return str(getattr(exc, "sqlite_errorname", "") or "")
