"""Contacts: the people the user talks to and pays, known by actor id and, once exchanged, public key."""

from __future__ import annotations

from typing import Any

from .database import Database
from .errors import ConstraintError, StoreError
from .models import Contact, now_ms

_COLUMNS = "id, actor_id, public_key, display_name, note, blocked, added_at, updated_at"
ACTOR_ID_BYTES = 20
_UNCHANGED: Any = object()


def _contact(row: Any) -> Contact:
    return Contact(
        id=int(row[0]),
        actor_id=bytes(row[1]),
        public_key=None if row[2] is None else bytes(row[2]),
        display_name=str(row[3]),
        note=str(row[4]),
        blocked=bool(row[5]),
        added_at=int(row[6]),
        updated_at=int(row[7]),
    )


class ContactRepository:
    """Add, find, edit and remove contacts."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, actor_id: bytes, display_name: str, *, public_key: bytes | None = None, note: str = "") -> Contact:
        if len(actor_id) != ACTOR_ID_BYTES:
            raise ConstraintError(f"An actor id has {ACTOR_ID_BYTES} bytes, not {len(actor_id)}.")
        if public_key is not None and len(public_key) != 32:
            raise ConstraintError(f"An Ed25519 public key has 32 bytes, not {len(public_key)}.")
        now = now_ms()
        with self._db.write() as conn:
            if conn.execute("SELECT 1 FROM contacts WHERE actor_id = ?", (actor_id,)).fetchone():
                raise ConstraintError("This actor is already in your contacts.")
            cursor = conn.execute(
                "INSERT INTO contacts (actor_id, public_key, display_name, note, added_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (actor_id, public_key, display_name, note, now, now),
            )
            contact_id = cursor.lastrowid
        assert contact_id is not None
        return Contact(contact_id, actor_id, public_key, display_name, note, False, now, now)

    def get(self, contact_id: int) -> Contact | None:
        with self._db.read() as conn:
            row = conn.execute(f"SELECT {_COLUMNS} FROM contacts WHERE id = ?", (contact_id,)).fetchone()
        return None if row is None else _contact(row)

    def by_actor(self, actor_id: bytes) -> Contact | None:
        with self._db.read() as conn:
            row = conn.execute(f"SELECT {_COLUMNS} FROM contacts WHERE actor_id = ?", (actor_id,)).fetchone()
        return None if row is None else _contact(row)

    def all(self, *, include_blocked: bool = True) -> list[Contact]:
        """All contacts ordered by name, case-insensitively."""
        where = "" if include_blocked else "WHERE blocked = 0"
        with self._db.read() as conn:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM contacts {where} ORDER BY display_name COLLATE NOCASE, id"
            ).fetchall()
        return [_contact(row) for row in rows]

    def update(
        self,
        contact_id: int,
        *,
        display_name: str | None = None,
        note: str | None = None,
        blocked: bool | None = None,
        public_key: bytes | None = _UNCHANGED,
    ) -> Contact:
        """Change the given fields (others keep their value) and return the updated contact."""
        if public_key is not _UNCHANGED and public_key is not None and len(public_key) != 32:
            raise ConstraintError(f"An Ed25519 public key has 32 bytes, not {len(public_key)}.")
        with self._db.write() as conn:
            row = conn.execute(f"SELECT {_COLUMNS} FROM contacts WHERE id = ?", (contact_id,)).fetchone()
            if row is None:
                raise StoreError(f"There is no contact number {contact_id}; it may have been removed.")
            old = _contact(row)
            new = Contact(
                id=old.id,
                actor_id=old.actor_id,
                public_key=old.public_key if public_key is _UNCHANGED else public_key,
                display_name=old.display_name if display_name is None else display_name,
                note=old.note if note is None else note,
                blocked=old.blocked if blocked is None else blocked,
                added_at=old.added_at,
                updated_at=now_ms(),
            )
            conn.execute(
                "UPDATE contacts SET public_key = ?, display_name = ?, note = ?, blocked = ?, updated_at = ? "
                "WHERE id = ?",
                (new.public_key, new.display_name, new.note, int(new.blocked), new.updated_at, new.id),
            )
        return new

    def remove(self, contact_id: int) -> bool:
        """Delete a contact; False if there was none with this id."""
        with self._db.write() as conn:
            return conn.execute("DELETE FROM contacts WHERE id = ?", (contact_id,)).rowcount == 1
