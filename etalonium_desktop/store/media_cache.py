"""The media cache: photos, video chunks and attachments, kept encrypted inside the profile database."""

from __future__ import annotations

from typing import Any

from .database import Database
from .dbapi import Connection
from .models import MediaItem, now_ms


class MediaCache:
    """Bytes addressed by content hash, evicted least-recently-used first to stay within a size budget."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @staticmethod
    def _touch_time(conn: Connection) -> int:
        # Strictly increasing, so that two uses within one millisecond still have an order to evict by.
        latest = conn.execute("SELECT max(last_access) FROM media_cache").fetchone()[0]
        return now_ms() if latest is None else max(now_ms(), int(latest) + 1)

    def put(self, content_hash: bytes, mime: str, data: bytes) -> None:
        """Cache `data` under `content_hash` (replacing an older copy)."""
        with self._db.write() as conn:
            now = self._touch_time(conn)
            conn.execute(
                "INSERT OR REPLACE INTO media_cache (content_hash, mime, size, data, stored_at, last_access) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (content_hash, mime, len(data), data, now, now),
            )

    def get(self, content_hash: bytes) -> MediaItem | None:
        """The cached item, marked as just used; None on a miss."""
        with self._db.write() as conn:
            row: Any = conn.execute(
                "SELECT mime, data, stored_at FROM media_cache WHERE content_hash = ?", (content_hash,)
            ).fetchone()
            if row is None:
                return None
            now = self._touch_time(conn)
            conn.execute("UPDATE media_cache SET last_access = ? WHERE content_hash = ?", (now, content_hash))
        return MediaItem(
            content_hash=content_hash,
            mime=str(row[0]),
            data=bytes(row[1]),
            stored_at=int(row[2]),
            last_access=now,
        )

    def __contains__(self, content_hash: bytes) -> bool:
        with self._db.read() as conn:
            return (
                conn.execute("SELECT 1 FROM media_cache WHERE content_hash = ?", (content_hash,)).fetchone() is not None
            )

    def remove(self, content_hash: bytes) -> bool:
        with self._db.write() as conn:
            return conn.execute("DELETE FROM media_cache WHERE content_hash = ?", (content_hash,)).rowcount == 1

    def total_size(self) -> int:
        with self._db.read() as conn:
            return int(conn.execute("SELECT coalesce(sum(size), 0) FROM media_cache").fetchone()[0])

    def evict(self, max_bytes: int) -> int:
        """Drop least-recently-used items until the cache holds at most `max_bytes`; returns how many."""
        with self._db.write() as conn:
            total = int(conn.execute("SELECT coalesce(sum(size), 0) FROM media_cache").fetchone()[0])
            if total <= max_bytes:
                return 0
            victims = []
            for content_hash, size in conn.execute(
                "SELECT content_hash, size FROM media_cache ORDER BY last_access"
            ).fetchall():
                if total <= max_bytes:
                    break
                victims.append((content_hash,))
                total -= int(size)
            conn.executemany("DELETE FROM media_cache WHERE content_hash = ?", victims)
        return len(victims)
