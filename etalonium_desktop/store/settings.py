"""Settings: typed values by key, read back with the type they were stored with."""

from __future__ import annotations

import json
from typing import Any, TypeVar, cast

from .database import Database
from .errors import SettingTypeError
from .models import now_ms

SettingValue = bool | int | float | str | bytes
T = TypeVar("T", bool, int, float, str, bytes)

_TYPE_NAMES: dict[type, str] = {bool: "bool", int: "int", float: "float", str: "str", bytes: "bytes"}


def _type_name(value: object) -> str:
    # bool before int: True is an int to Python, but a setting stored as a bool must come back as one.
    for kind, name in _TYPE_NAMES.items():
        if type(value) is kind:
            return name
    raise TypeError(f"A setting holds bool, int, float, str or bytes, not {type(value).__name__}.")


class Settings:
    """`get(key, default)` returns a value of the default's type; `set` records the type with the value."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def _raw(self, key: str) -> tuple[str, Any] | None:
        with self._db.read() as conn:
            row = conn.execute("SELECT type, value FROM settings WHERE key = ?", (key,)).fetchone()
        return None if row is None else (str(row[0]), row[1])

    def _store(self, key: str, type_name: str, value: Any) -> None:
        with self._db.write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO settings (key, type, value, updated_at) VALUES (?, ?, ?, ?)",
                (key, type_name, value, now_ms()),
            )

    def set(self, key: str, value: SettingValue) -> None:
        type_name = _type_name(value)
        self._store(key, type_name, int(value) if type_name == "bool" else value)

    def get(self, key: str, default: T) -> T:
        """The stored value, or `default` if unset; SettingTypeError if it was stored with another type."""
        raw = self._raw(key)
        if raw is None:
            return default
        stored, value = raw
        wanted = _type_name(default)
        if stored != wanted:
            raise SettingTypeError(
                f"The setting {key!r} was stored as {stored}, not as {wanted}; another part of the app wrote "
                "it. Reset it to its default to continue."
            )
        converted: Any = bool(value) if wanted == "bool" else type(default)(value)
        return cast(T, converted)

    def set_json(self, key: str, value: Any) -> None:
        """Store a JSON-serializable structure (lists, dicts, numbers, strings, booleans, None)."""
        self._store(key, "json", json.dumps(value, sort_keys=True, separators=(",", ":")))

    def get_json(self, key: str, default: Any = None) -> Any:
        raw = self._raw(key)
        if raw is None:
            return default
        stored, value = raw
        if stored != "json":
            raise SettingTypeError(
                f"The setting {key!r} was stored as {stored}, not as JSON. Reset it to its default to continue."
            )
        return json.loads(str(value))

    def delete(self, key: str) -> bool:
        with self._db.write() as conn:
            return conn.execute("DELETE FROM settings WHERE key = ?", (key,)).rowcount == 1

    def keys(self) -> list[str]:
        with self._db.read() as conn:
            return [str(row[0]) for row in conn.execute("SELECT key FROM settings ORDER BY key")]
