"""The messenger's own tables in the profile database, created through the profile's public transaction."""

from __future__ import annotations

from etalonium_desktop.store import Profile, ProfileTooNewError
from etalonium_desktop.store.dbapi import Connection

#: The version of the messenger tables, kept in `messenger_meta` (user_version belongs to the store).
MESSENGER_SCHEMA = 1

# Each statement starts with exactly "CREATE TABLE name" / "CREATE INDEX name" (no IF NOT EXISTS), as the
# store's own schema does, because the profile backup (sqlcipher_export) rewrites them by position.
_V1 = (
    "CREATE TABLE messenger_meta (key TEXT PRIMARY KEY, value BLOB NOT NULL)",
    """CREATE TABLE messenger_sessions (
        peer_key BLOB NOT NULL CHECK (length(peer_key) = 32),
        session_id TEXT NOT NULL,
        pickle TEXT NOT NULL,
        confirmed INTEGER NOT NULL CHECK (confirmed IN (0, 1)),
        last_used_ms INTEGER NOT NULL,
        PRIMARY KEY (peer_key, session_id)
    )""",
    """CREATE TABLE messenger_inbound_groups (
        session_id TEXT PRIMARY KEY,
        group_id BLOB NOT NULL,
        sender BLOB NOT NULL,
        sender_key BLOB NOT NULL,
        pickle TEXT NOT NULL,
        epoch INTEGER NOT NULL,
        seen BLOB NOT NULL
    )""",
    """CREATE TABLE messenger_outbound_groups (
        group_id BLOB PRIMARY KEY,
        pickle TEXT NOT NULL,
        epoch INTEGER NOT NULL,
        created_ms INTEGER NOT NULL,
        shared_with BLOB NOT NULL
    )""",
    """CREATE TABLE messenger_peers (
        actor BLOB PRIMARY KEY CHECK (length(actor) = 20),
        card BLOB NOT NULL,
        verified_fingerprint BLOB NOT NULL,
        identity_changed INTEGER NOT NULL CHECK (identity_changed IN (0, 1)),
        blocked INTEGER NOT NULL CHECK (blocked IN (0, 1)),
        updated_ms INTEGER NOT NULL
    )""",
    """CREATE TABLE messenger_conversations (
        id BLOB PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('direct', 'group')),
        peer BLOB NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('accepted', 'request', 'left')),
        title TEXT NOT NULL,
        unread INTEGER NOT NULL CHECK (unread >= 0),
        out_seq INTEGER NOT NULL,
        created_ms INTEGER NOT NULL,
        last_activity_ms INTEGER NOT NULL
    )""",
    """CREATE TABLE messenger_groups (
        id BLOB PRIMARY KEY,
        name TEXT NOT NULL,
        epoch INTEGER NOT NULL,
        admins BLOB NOT NULL,
        members BLOB NOT NULL,
        active INTEGER NOT NULL CHECK (active IN (0, 1))
    )""",
    """CREATE TABLE messenger_outbox (
        id BLOB PRIMARY KEY,
        created_ms INTEGER NOT NULL,
        recipient BLOB NOT NULL,
        payload BLOB NOT NULL,
        envelope BLOB NOT NULL,
        message_uid BLOB NOT NULL,
        attempts INTEGER NOT NULL,
        next_ms INTEGER NOT NULL,
        group_id BLOB NOT NULL
    )""",
    "CREATE TABLE messenger_seen (id BLOB PRIMARY KEY, expiry_ms INTEGER NOT NULL)",
    "CREATE INDEX messenger_seen_by_expiry ON messenger_seen (expiry_ms)",
    """CREATE TABLE messenger_pending (
        id INTEGER PRIMARY KEY,
        target BLOB NOT NULL,
        kind INTEGER NOT NULL,
        sender BLOB NOT NULL,
        conversation BLOB NOT NULL,
        body BLOB NOT NULL,
        sent_ms INTEGER NOT NULL
    )""",
    "CREATE INDEX messenger_pending_by_target ON messenger_pending (target)",
    """CREATE TABLE messenger_seq (
        conversation BLOB NOT NULL,
        sender BLOB NOT NULL,
        seq INTEGER NOT NULL,
        PRIMARY KEY (conversation, sender)
    )""",
    """CREATE TABLE messenger_message_meta (
        uid BLOB PRIMARY KEY,
        format INTEGER NOT NULL,
        reply_to BLOB NOT NULL,
        edited_ms INTEGER NOT NULL,
        deleted INTEGER NOT NULL CHECK (deleted IN (0, 1))
    )""",
    """CREATE TABLE messenger_reports (
        id INTEGER PRIMARY KEY,
        actor BLOB NOT NULL,
        reason TEXT NOT NULL,
        uids BLOB NOT NULL,
        created_ms INTEGER NOT NULL
    )""",
    "CREATE INDEX messenger_conversations_by_activity ON messenger_conversations (last_activity_ms)",
)

MIGRATIONS: dict[int, tuple[str, ...]] = {1: _V1}


def installed_version(conn: Connection) -> int:
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'messenger_meta'").fetchone()
    if exists is None:
        return 0
    row = conn.execute("SELECT value FROM messenger_meta WHERE key = 'schema'").fetchone()
    return 0 if row is None else int(row[0])


def ensure_schema(profile: Profile) -> int:
    """Create or upgrade the messenger tables (atomically); returns the version now installed."""
    with profile.transaction() as conn:
        version = installed_version(conn)
        if version > MESSENGER_SCHEMA:
            raise ProfileTooNewError(
                f"The messenger data in this profile was saved by a newer version of Etalonium Desktop "
                f"(messenger schema {version}; this version knows up to {MESSENGER_SCHEMA}). Update the app."
            )
        for target in range(version + 1, MESSENGER_SCHEMA + 1):
            for statement in MIGRATIONS[target]:
                conn.execute(statement)
            conn.execute("INSERT OR REPLACE INTO messenger_meta (key, value) VALUES ('schema', ?)", (target,))
        return MESSENGER_SCHEMA
