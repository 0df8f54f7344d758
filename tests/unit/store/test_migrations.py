"""Schema migrations: a profile saved with schema v1 opens with today's schema and keeps all its data."""

from __future__ import annotations

from pathlib import Path

import pytest

from etalonium_desktop.store import NewMessage, OutboxStatus, Profile, StoreError, phrase_to_seed
from etalonium_desktop.store.database import configure, connect_keyed, translated_errors
from etalonium_desktop.store.dbapi import Connection
from etalonium_desktop.store.identity import derive_account_key
from etalonium_desktop.store.kdf import KeyFile, KeySlot
from etalonium_desktop.store.profile import DB_FILE, KEY_FILE
from etalonium_desktop.store.schema import LATEST_VERSION, MIGRATIONS, Migration, migrate, schema_version

from .helpers import FAST, KNOWN_PHRASE, PASSPHRASE, create_profile


def write_v1_profile(directory: Path) -> None:
    """A profile exactly as the first schema version stored it, written with v1's own SQL."""
    directory.mkdir(parents=True)
    slot, key = KeySlot.create(PASSPHRASE, FAST)
    conn = connect_keyed(directory / DB_FILE, key, create=True)
    try:
        configure(conn, directory / DB_FILE)
        assert migrate(conn, target=1) == [1]
        seed = phrase_to_seed(KNOWN_PHRASE)
        conn.execute(
            "INSERT INTO identity (id, phrase, bip39_seed, created_at) VALUES (1, ?, ?, 1)",
            (KNOWN_PHRASE, seed),
        )
        conn.execute("INSERT INTO accounts VALUES (0, 'Main', ?, 1)", (derive_account_key(seed, 0).public_key,))
        conn.execute(
            "INSERT INTO contacts (actor_id, display_name, added_at, updated_at) VALUES (?, 'Inès', 1, 1)",
            (b"\x07" * 20,),
        )
        conn.executemany(
            "INSERT INTO messages (conversation, uid, sender, outgoing, sent_at, received_at, body, status) "
            "VALUES (?, ?, ?, 0, ?, ?, ?, 'received')",
            [(b"c", b"u%d" % i, b"s", i, i, f"Défilé Nguyễn Công Trí, look {i}") for i in range(50)],
        )
        conn.execute(
            "INSERT INTO outbox (action_id, chain_id, sender, nonce, action, status, created_at, "
            "updated_at) VALUES (?, 'exc', ?, 0, ?, 'pending', 1, 1)",
            (b"h" * 32, b"\x05" * 20, b"signed"),
        )
        conn.execute("INSERT INTO settings VALUES ('theme', 'str', 'dark', 1)")
        # What v2 fixes: v1's tokenizer keeps stacked diacritics, so a plain-letter search misses them.
        count = "SELECT count(*) FROM messages_fts WHERE messages_fts MATCH ?"
        assert conn.execute(count, ("defile",)).fetchone()[0] == 50
        assert conn.execute(count, ("nguyen",)).fetchone()[0] == 0
    finally:
        conn.close()
    KeyFile(slot).write(directory / KEY_FILE)


def test_a_v1_profile_is_migrated_and_keeps_its_data(tmp_path: Path) -> None:
    write_v1_profile(tmp_path / "old")
    with Profile.open(tmp_path / "old", PASSPHRASE) as profile:
        assert profile.schema_version == LATEST_VERSION == 3
        assert profile.identity.phrase() == KNOWN_PHRASE
        assert profile.account_key(0).public_key == profile.accounts.all()[0].public_key
        assert [c.display_name for c in profile.contacts.all()] == ["Inès"]
        assert profile.messages.count() == 50
        assert len(profile.messages.search("nguyen", limit=100)) == 50
        assert len(profile.messages.search("defile look", limit=100)) == 50
        [action] = profile.light_client.outbox.unsent()
        assert (action.nonce, action.status, action.attempts, action.last_error, action.height) == (
            0,
            OutboxStatus.PENDING,
            0,
            None,
            None,
        )
        profile.light_client.meta.set("exc", "trust_root", b"root")
        assert profile.settings.get("theme", "") == "dark"
        # The triggers of the rebuilt index keep it in step with new and deleted messages.
        profile.messages.add(NewMessage(b"c", b"new", b"s", "Áo dài by Nguyễn", 99))
        assert len(profile.messages.search("ao dai")) == 1
        assert profile.messages.delete_conversation(b"c") == 51
        assert profile.messages.search("nguyen") == []
        assert profile.check_integrity() == []
    with Profile.open(tmp_path / "old", PASSPHRASE) as profile:
        assert profile.schema_version == 3


def test_every_migration_step_is_recorded(tmp_path: Path) -> None:
    with create_profile(tmp_path / "p") as profile:
        assert profile.schema_version == MIGRATIONS[-1].version
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))


def test_a_failing_migration_changes_nothing(tmp_path: Path) -> None:
    with create_profile(tmp_path / "p") as profile:
        profile.settings.set("theme", "dark")
    key = KeyFile.read(tmp_path / "p" / KEY_FILE).current.unlock(PASSPHRASE)
    assert key is not None
    broken = Migration(
        version=LATEST_VERSION + 1,
        summary="a step that fails halfway",
        statements=("CREATE TABLE half_done (x)", "INSERT INTO no_such_table VALUES (1)"),
    )
    conn: Connection = connect_keyed(tmp_path / "p" / DB_FILE, key, create=False)
    try:
        with pytest.raises(StoreError, match="no such table"), translated_errors(tmp_path / "p" / DB_FILE):
            migrate(conn, migrations=(*MIGRATIONS, broken))
        assert schema_version(conn) == LATEST_VERSION
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
    finally:
        conn.close()
    with Profile.open(tmp_path / "p", PASSPHRASE) as profile:
        assert profile.settings.get("theme", "") == "dark"
