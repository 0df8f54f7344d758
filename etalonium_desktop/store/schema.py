"""The database schema as numbered migrations, applied in order inside one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .dbapi import Connection

# "ETLN": lets `file`-like tools and our own checks recognize a decrypted profile database.
APPLICATION_ID = 0x45544C4E


@dataclass(frozen=True, slots=True)
class Migration:
    """One step of the schema: the statements that take it from `version - 1` to `version`."""

    version: int
    summary: str
    statements: tuple[str, ...]


# Statements start with exactly "CREATE TABLE name" / "CREATE INDEX name" (no IF NOT EXISTS), because
# sqlcipher_export, which backups use, rewrites them by position. They also stay within the SQL that the
# SQLite 3.15 inside Debian's sqlcipher shell can parse, so that shell can open a profile.
_FTS_TRIGGERS = (
    """CREATE TRIGGER messages_fts_after_insert AFTER INSERT ON messages BEGIN
        INSERT INTO messages_fts (rowid, body) VALUES (new.id, new.body);
    END""",
    """CREATE TRIGGER messages_fts_after_delete AFTER DELETE ON messages BEGIN
        INSERT INTO messages_fts (messages_fts, rowid, body) VALUES ('delete', old.id, old.body);
    END""",
    """CREATE TRIGGER messages_fts_after_update AFTER UPDATE OF body ON messages BEGIN
        INSERT INTO messages_fts (messages_fts, rowid, body) VALUES ('delete', old.id, old.body);
        INSERT INTO messages_fts (rowid, body) VALUES (new.id, new.body);
    END""",
)

V1 = Migration(
    version=1,
    summary="identity, accounts, contacts, light client, outbox, messages with search, caches, settings",
    statements=(
        f"PRAGMA application_id = {APPLICATION_ID}",
        """CREATE TABLE identity (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            phrase TEXT NOT NULL,
            bip39_seed BLOB NOT NULL CHECK (length(bip39_seed) = 64),
            created_at INTEGER NOT NULL,
            backup_confirmed_at INTEGER
        )""",
        """CREATE TABLE accounts (
            account INTEGER PRIMARY KEY CHECK (account >= 0),
            label TEXT NOT NULL,
            public_key BLOB NOT NULL UNIQUE CHECK (length(public_key) = 32),
            created_at INTEGER NOT NULL
        )""",
        """CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            actor_id BLOB NOT NULL UNIQUE CHECK (length(actor_id) = 20),
            public_key BLOB CHECK (public_key IS NULL OR length(public_key) = 32),
            display_name TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            blocked INTEGER NOT NULL DEFAULT 0 CHECK (blocked IN (0, 1)),
            added_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        )""",
        """CREATE TABLE trusted_headers (
            chain_id TEXT NOT NULL,
            height INTEGER NOT NULL CHECK (height >= 0),
            header_hash BLOB NOT NULL,
            header_time INTEGER NOT NULL,
            light_block BLOB NOT NULL,
            verified_at INTEGER NOT NULL,
            PRIMARY KEY (chain_id, height)
        )""",
        """CREATE TABLE verified_state (
            chain_id TEXT NOT NULL,
            key BLOB NOT NULL,
            value BLOB,
            height INTEGER NOT NULL CHECK (height >= 0),
            state_root BLOB NOT NULL,
            verified_at INTEGER NOT NULL,
            PRIMARY KEY (chain_id, key)
        )""",
        # No UNIQUE (sender, nonce): a failed or expired action never used its nonce, so a new action
        # may take it again. The store refuses a second live action per nonce instead.
        """CREATE TABLE outbox (
            action_id BLOB PRIMARY KEY,
            chain_id TEXT NOT NULL,
            sender BLOB NOT NULL,
            nonce INTEGER NOT NULL CHECK (nonce >= 0),
            action BLOB NOT NULL,
            status TEXT NOT NULL
                CHECK (status IN ('pending', 'submitted', 'included', 'failed', 'expired')),
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        )""",
        "CREATE INDEX outbox_by_sender ON outbox (chain_id, sender, nonce)",
        "CREATE INDEX outbox_by_status ON outbox (status)",
        """CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            conversation BLOB NOT NULL,
            uid BLOB NOT NULL UNIQUE,
            sender BLOB NOT NULL,
            outgoing INTEGER NOT NULL CHECK (outgoing IN (0, 1)),
            sent_at INTEGER NOT NULL,
            received_at INTEGER NOT NULL,
            body TEXT NOT NULL,
            attachments BLOB,
            status TEXT NOT NULL
                CHECK (status IN ('draft', 'queued', 'sent', 'delivered', 'read', 'received', 'failed'))
        )""",
        "CREATE INDEX messages_by_conversation ON messages (conversation, sent_at, id)",
        "CREATE VIRTUAL TABLE messages_fts USING fts5 (body, content = 'messages', content_rowid = 'id')",
        *_FTS_TRIGGERS,
        """CREATE TABLE media_cache (
            content_hash BLOB PRIMARY KEY,
            mime TEXT NOT NULL,
            size INTEGER NOT NULL CHECK (size >= 0),
            data BLOB NOT NULL,
            stored_at INTEGER NOT NULL,
            last_access INTEGER NOT NULL
        )""",
        "CREATE INDEX media_cache_by_access ON media_cache (last_access)",
        """CREATE TABLE assistant_data (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            value BLOB NOT NULL,
            updated_at INTEGER NOT NULL,
            UNIQUE (kind, key)
        )""",
        """CREATE TABLE assistant_models (
            name TEXT PRIMARY KEY,
            version INTEGER NOT NULL,
            model BLOB NOT NULL,
            metrics TEXT NOT NULL DEFAULT '{}',
            trained_at INTEGER NOT NULL
        )""",
        """CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            type TEXT NOT NULL CHECK (type IN ('bool', 'int', 'float', 'str', 'bytes', 'json')),
            value,
            updated_at INTEGER NOT NULL
        )""",
    ),
)

V2 = Migration(
    version=2,
    summary="light client bookkeeping (outbox attempts, errors, inclusion height; metadata); better search",
    statements=(
        # v1's tokenizer folded single accents (Hermès) but not stacked ones, so "nguyen" missed the
        # designer "Nguyễn" and "pho" missed "phở". The index is rebuilt from the messages themselves, so
        # no message text is lost or duplicated.
        "DROP TRIGGER messages_fts_after_insert",
        "DROP TRIGGER messages_fts_after_delete",
        "DROP TRIGGER messages_fts_after_update",
        "DROP TABLE messages_fts",
        """CREATE VIRTUAL TABLE messages_fts USING fts5 (
            body, content = 'messages', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
        )""",
        "INSERT INTO messages_fts (messages_fts) VALUES ('rebuild')",
        *_FTS_TRIGGERS,
        "ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE outbox ADD COLUMN last_error TEXT",
        "ALTER TABLE outbox ADD COLUMN height INTEGER",
        """CREATE TABLE light_client_meta (
            chain_id TEXT NOT NULL,
            name TEXT NOT NULL,
            value BLOB NOT NULL,
            PRIMARY KEY (chain_id, name)
        )""",
    ),
)

# Each entry of the old settings list, read with JSON functions (what v3 moves into its own table).
_ENTRY = "json_extract(entry.value, '$.{}')"
_OLD_ENTRIES = (
    "settings, json_each(CASE WHEN json_valid(settings.value) AND json_type(settings.value) = 'array' "
    "THEN settings.value ELSE '[]' END) AS entry "
    "WHERE settings.key = 'wallet.incoming' AND settings.type = 'json'"
)
# An entry the app could read back: hex ids of the right length, a decimal amount, a height. (NULL, not
# false, for a missing field: compare with coalesce where the negation matters.)
_READABLE_ENTRY = " AND ".join(
    (
        f"length(unhex({_ENTRY.format('id')})) = 32",
        f"length(unhex({_ENTRY.format('from')})) = 20",
        f"CAST({_ENTRY.format('amount')} AS TEXT) GLOB '[0-9]*'",
        f"NOT CAST({_ENTRY.format('amount')} AS TEXT) GLOB '*[^0-9]*'",
        "json_type(entry.value, '$.height') = 'integer'",
        f"{_ENTRY.format('height')} >= 0",
    )
)

V3 = Migration(
    version=3,
    summary="the wallet's proven incoming transfers in their own table (moved out of the settings)",
    statements=(
        """CREATE TABLE wallet_incoming (
            action_id BLOB PRIMARY KEY CHECK (length(action_id) = 32),
            sender BLOB NOT NULL CHECK (length(sender) = 20),
            amount TEXT NOT NULL,
            memo TEXT NOT NULL,
            height INTEGER NOT NULL CHECK (height >= 0),
            time_ms INTEGER NOT NULL,
            recorded_at INTEGER NOT NULL
        )""",
        "CREATE INDEX wallet_incoming_by_height ON wallet_incoming (height, time_ms, action_id)",
        # Up to v2 the list lived in the setting "wallet.incoming" as JSON; an id listed twice is kept once.
        f"""INSERT OR IGNORE INTO wallet_incoming (action_id, sender, amount, memo, height, time_ms, recorded_at)
            SELECT unhex({_ENTRY.format("id")}), unhex({_ENTRY.format("from")}),
                   CAST({_ENTRY.format("amount")} AS TEXT),
                   CASE WHEN json_type(entry.value, '$.memo') = 'text' THEN {_ENTRY.format("memo")} ELSE '' END,
                   {_ENTRY.format("height")},
                   CASE WHEN json_type(entry.value, '$.time_ms') = 'integer'
                        THEN {_ENTRY.format("time_ms")} ELSE 0 END,
                   settings.updated_at
            FROM {_OLD_ENTRIES} AND {_READABLE_ENTRY}
            ORDER BY entry.key""",
        # The setting goes once all of it is in the table. Anything unreadable in it stays, under another
        # name, rather than being thrown away with the rest.
        f"""UPDATE settings SET key = 'wallet.incoming.unreadable'
            WHERE key = 'wallet.incoming' AND EXISTS (
                SELECT 1 FROM {_OLD_ENTRIES} AND coalesce({_READABLE_ENTRY}, 0) = 0
            ) OR key = 'wallet.incoming'
                AND NOT (type = 'json' AND json_valid(value) AND json_type(value) = 'array')""",
        "DELETE FROM settings WHERE key = 'wallet.incoming'",
    ),
)

MIGRATIONS: tuple[Migration, ...] = (V1, V2, V3)
LATEST_VERSION = MIGRATIONS[-1].version


def schema_version(conn: Connection) -> int:
    """The schema version recorded in the database (0 for a database with no schema yet)."""
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(conn: Connection, target: int | None = None, migrations: Sequence[Migration] = MIGRATIONS) -> list[int]:
    """Apply the missing `migrations` up to `target` (default: all) atomically; returns the versions applied.

    The connection must be in autocommit mode (isolation_level None); a failure rolls everything back.
    """
    current = schema_version(conn)
    pending = [m for m in migrations if current < m.version and (target is None or m.version <= target)]
    if not pending:
        return []
    conn.execute("BEGIN IMMEDIATE")
    try:
        for migration in pending:
            for statement in migration.statements:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {migration.version:d}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return [m.version for m in pending]
