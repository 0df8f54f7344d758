"""Chat messages: storing, paging through a conversation, and full-text search (FTS5)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .database import Database
from .errors import StoreError
from .models import Message, MessagePage, MessageStatus, NewMessage, PageCursor, SearchHit, now_ms

_COLUMNS = (
    "m.id, m.conversation, m.uid, m.sender, m.outgoing, m.sent_at, m.received_at, m.body, m.attachments, m.status"
)
_INSERT = (
    "INSERT OR IGNORE INTO messages (conversation, uid, sender, outgoing, sent_at, received_at, body, "
    "attachments, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"


def _message(row: Any) -> Message:
    return Message(
        id=int(row[0]),
        conversation=bytes(row[1]),
        uid=bytes(row[2]),
        sender=bytes(row[3]),
        outgoing=bool(row[4]),
        sent_at=int(row[5]),
        received_at=int(row[6]),
        body=str(row[7]),
        attachments=None if row[8] is None else bytes(row[8]),
        status=MessageStatus(row[9]),
    )


def _params(message: NewMessage, received_default: int) -> tuple[Any, ...]:
    return (
        message.conversation,
        message.uid,
        message.sender,
        int(message.outgoing),
        message.sent_at,
        received_default if message.received_at is None else message.received_at,
        message.body,
        message.attachments,
        message.status.value,
    )


def fts_query(text: str, *, prefix: bool = False) -> str | None:
    """An FTS5 query matching messages that contain every word of `text` (None if it has no words).

    Each word is quoted, so the user's text is never read as FTS5 syntax (AND, NEAR, quotes, colons).
    With `prefix` the last word also matches longer words, for search-as-you-type.
    """
    words = text.split()
    if not words:
        return None
    quoted = ['"' + word.replace('"', '""') + '"' for word in words]
    if prefix:
        quoted[-1] += "*"
    return " ".join(quoted)


@dataclass(frozen=True, slots=True)
class ConversationSummary:
    """A conversation and the time of its newest message."""

    conversation: bytes
    last_sent_at: int
    messages: int


class MessageRepository:
    """Store, page and search the messages of every conversation."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, message: NewMessage) -> Message | None:
        """Store one message; None if a message with the same uid is already stored."""
        with self._db.write() as conn:
            cursor = conn.execute(_INSERT, _params(message, now_ms()))
            if cursor.rowcount != 1:
                return None
            row = conn.execute(f"SELECT {_COLUMNS} FROM messages m WHERE m.id = ?", (cursor.lastrowid,)).fetchone()
        return _message(row)

    def add_many(self, messages: Iterable[NewMessage]) -> int:
        """Store many messages in one transaction (much faster than one by one); returns how many were new."""
        received = now_ms()
        with self._db.write() as conn:
            # executemany's rowcount sums the rows each INSERT added (ignored duplicates add none; the
            # FTS trigger's own inserts are not counted).
            return conn.executemany(_INSERT, (_params(message, received) for message in messages)).rowcount

    def get(self, message_id: int) -> Message | None:
        with self._db.read() as conn:
            row = conn.execute(f"SELECT {_COLUMNS} FROM messages m WHERE m.id = ?", (message_id,)).fetchone()
        return None if row is None else _message(row)

    def by_uid(self, uid: bytes) -> Message | None:
        with self._db.read() as conn:
            row = conn.execute(f"SELECT {_COLUMNS} FROM messages m WHERE m.uid = ?", (uid,)).fetchone()
        return None if row is None else _message(row)

    def page(self, conversation: bytes, *, older: PageCursor | None = None, limit: int = 50) -> MessagePage:
        """The newest `limit` messages of a conversation, or those just before `older`, newest first."""
        if limit < 1:
            raise ValueError("A page holds at least one message.")
        with self._db.read() as conn:
            if older is None:
                rows = conn.execute(
                    f"SELECT {_COLUMNS} FROM messages m WHERE m.conversation = ? "
                    "ORDER BY m.sent_at DESC, m.id DESC LIMIT ?",
                    (conversation, limit + 1),
                ).fetchall()
            else:
                rows = conn.execute(
                    f"SELECT {_COLUMNS} FROM messages m WHERE m.conversation = ? "
                    "AND (m.sent_at < ? OR (m.sent_at = ? AND m.id < ?)) "
                    "ORDER BY m.sent_at DESC, m.id DESC LIMIT ?",
                    (conversation, older.sent_at, older.sent_at, older.id, limit + 1),
                ).fetchall()
        messages = tuple(_message(row) for row in rows[:limit])
        more = len(rows) > limit
        return MessagePage(
            messages=messages,
            older=PageCursor(messages[-1].sent_at, messages[-1].id) if more else None,
        )

    def search(
        self, text: str, *, conversation: bytes | None = None, limit: int = 50, prefix: bool = False
    ) -> list[SearchHit]:
        """Messages containing every word of `text`, most recently stored first, with highlighted snippets.

        Matching ignores case and accents ("hermes" finds "Hermès").
        """
        query = fts_query(text, prefix=prefix)
        if query is None:
            return []
        where = "messages_fts MATCH ?"
        params: list[Any] = [query]
        if conversation is not None:
            where += " AND m.conversation = ?"
            params.append(conversation)
        params.append(limit)
        with self._db.read() as conn:
            rows = conn.execute(
                f"SELECT {_COLUMNS}, "
                f"snippet(messages_fts, 0, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '…', 12) "
                f"FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid WHERE {where} "
                "ORDER BY messages_fts.rowid DESC LIMIT ?",
                params,
            ).fetchall()
        return [SearchHit(message=_message(row), snippet=str(row[10])) for row in rows]

    def set_status(self, message_id: int, status: MessageStatus) -> None:
        with self._db.write() as conn:
            updated = conn.execute("UPDATE messages SET status = ? WHERE id = ?", (status.value, message_id)).rowcount
        if updated != 1:
            raise StoreError(f"There is no message number {message_id}; it may have been deleted.")

    def edit(self, message_id: int, body: str) -> None:
        with self._db.write() as conn:
            updated = conn.execute("UPDATE messages SET body = ? WHERE id = ?", (body, message_id)).rowcount
        if updated != 1:
            raise StoreError(f"There is no message number {message_id}; it may have been deleted.")

    def delete(self, message_id: int) -> bool:
        with self._db.write() as conn:
            return conn.execute("DELETE FROM messages WHERE id = ?", (message_id,)).rowcount == 1

    def delete_conversation(self, conversation: bytes) -> int:
        with self._db.write() as conn:
            return conn.execute("DELETE FROM messages WHERE conversation = ?", (conversation,)).rowcount

    def count(self, conversation: bytes | None = None) -> int:
        with self._db.read() as conn:
            if conversation is None:
                row = conn.execute("SELECT count(*) FROM messages").fetchone()
            else:
                row = conn.execute("SELECT count(*) FROM messages WHERE conversation = ?", (conversation,)).fetchone()
        return int(row[0])

    def conversations(self) -> list[ConversationSummary]:
        """Every conversation with its newest message time and size, most recently active first."""
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT conversation, max(sent_at), count(*) FROM messages GROUP BY conversation "
                "ORDER BY max(sent_at) DESC"
            ).fetchall()
        return [ConversationSummary(bytes(row[0]), int(row[1]), int(row[2])) for row in rows]
