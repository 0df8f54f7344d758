"""The personal assistant's private data and trained models, stored as opaque blobs."""

from __future__ import annotations

from .database import Database
from .models import AssistantModel, now_ms


class AssistantStore:
    """Key-value data grouped by kind (features, drafts scores, history) and named model blobs."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def put(self, kind: str, key: str, value: bytes) -> None:
        with self._db.write() as conn:
            conn.execute(
                "INSERT INTO assistant_data (kind, key, value, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (kind, key) DO UPDATE SET "
                "value = excluded.value, updated_at = excluded.updated_at",
                (kind, key, value, now_ms()),
            )

    def get(self, kind: str, key: str) -> bytes | None:
        with self._db.read() as conn:
            row = conn.execute("SELECT value FROM assistant_data WHERE kind = ? AND key = ?", (kind, key)).fetchone()
        return None if row is None else bytes(row[0])

    def items(self, kind: str) -> list[tuple[str, bytes]]:
        """Every (key, value) of a kind, in key order."""
        with self._db.read() as conn:
            rows = conn.execute("SELECT key, value FROM assistant_data WHERE kind = ? ORDER BY key", (kind,)).fetchall()
        return [(str(row[0]), bytes(row[1])) for row in rows]

    def delete(self, kind: str, key: str | None = None) -> int:
        """Delete one entry, or every entry of `kind` when `key` is None; returns how many."""
        with self._db.write() as conn:
            if key is None:
                return conn.execute("DELETE FROM assistant_data WHERE kind = ?", (kind,)).rowcount
            return conn.execute("DELETE FROM assistant_data WHERE kind = ? AND key = ?", (kind, key)).rowcount

    def save_model(self, model: AssistantModel) -> None:
        """Store a trained model, replacing the previous one of the same name."""
        with self._db.write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO assistant_models (name, version, model, metrics, trained_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (model.name, model.version, model.model, model.metrics, model.trained_at),
            )

    def load_model(self, name: str) -> AssistantModel | None:
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT version, model, metrics, trained_at FROM assistant_models WHERE name = ?", (name,)
            ).fetchone()
        if row is None:
            return None
        return AssistantModel(
            name=name, version=int(row[0]), model=bytes(row[1]), metrics=str(row[2]), trained_at=int(row[3])
        )

    def model_names(self) -> list[str]:
        with self._db.read() as conn:
            return [str(row[0]) for row in conn.execute("SELECT name FROM assistant_models ORDER BY name")]

    def delete_model(self, name: str) -> bool:
        with self._db.write() as conn:
            return conn.execute("DELETE FROM assistant_models WHERE name = ?", (name,)).rowcount == 1
