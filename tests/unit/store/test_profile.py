"""Creating, unlocking, locking and re-keying a profile, and how it fails: clearly, and without harm."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from etalonium_desktop.store import (
    DEFAULT_KDF_COST,
    InvalidPassphraseError,
    NewMessage,
    Profile,
    ProfileDamagedError,
    ProfileExistsError,
    ProfileInUseError,
    ProfileLockedError,
    ProfileNotFoundError,
    ProfileTooNewError,
    WrongPassphraseError,
    phrase_to_seed,
)
from etalonium_desktop.store.database import CIPHER_SETTINGS, key_pragma
from etalonium_desktop.store.dbapi import connect
from etalonium_desktop.store.kdf import KeyFile, KeySlot
from etalonium_desktop.store.profile import DB_FILE, KEY_FILE
from etalonium_desktop.store.schema import LATEST_VERSION

from .helpers import FAST, KNOWN_PHRASE, PASSPHRASE, create_profile, dump_tables, file_hashes


def add_sample_data(profile: Profile) -> None:
    profile.contacts.add(b"\x11" * 20, "Ottoline", note="stylist")
    profile.messages.add_many(
        NewMessage(conversation=b"c", uid=i.to_bytes(4, "big"), sender=b"s", body=f"look {i}", sent_at=i)
        for i in range(300)
    )
    profile.settings.set("theme", "dark")


def test_a_new_profile_holds_the_identity_and_a_first_account(profile: Profile) -> None:
    assert profile.schema_version == LATEST_VERSION
    assert profile.identity.phrase() == KNOWN_PHRASE
    assert profile.identity.bip39_seed() == phrase_to_seed(KNOWN_PHRASE)
    [main] = profile.accounts.all()
    assert (main.account, main.label) == (0, "Main")
    assert profile.account_key(0).public_key == main.public_key
    assert not profile.identity.backup_confirmed
    profile.identity.confirm_backup()
    assert profile.identity.backup_confirmed


def test_reopening_gives_back_the_same_data(profile_dir: Path) -> None:
    with create_profile(profile_dir) as profile:
        add_sample_data(profile)
        before = dump_tables(profile)
    with Profile.open(profile_dir, PASSPHRASE) as profile:
        assert dump_tables(profile) == before


def test_the_default_cost_profile_opens(tmp_path: Path) -> None:
    with Profile.create(tmp_path / "p", PASSPHRASE, KNOWN_PHRASE, kdf=DEFAULT_KDF_COST):
        pass
    assert KeyFile.read(tmp_path / "p" / KEY_FILE).current.cost == DEFAULT_KDF_COST
    with Profile.open(tmp_path / "p", PASSPHRASE) as profile:
        assert profile.identity.phrase() == KNOWN_PHRASE


def test_wrong_passphrase_is_a_clear_error_and_changes_no_byte(profile_dir: Path) -> None:
    with create_profile(profile_dir) as profile:
        add_sample_data(profile)
    before = file_hashes(profile_dir)
    mtimes = {p: p.stat().st_mtime_ns for p in profile_dir.iterdir()}
    for wrong in ("correct horse battery stapl", "CORRECT HORSE BATTERY STAPLE", "x"):
        with pytest.raises(WrongPassphraseError, match="passphrase is wrong") as caught:
            Profile.open(profile_dir, wrong)
        assert "nothing was changed" in str(caught.value)
    assert file_hashes(profile_dir) == before
    assert {p: p.stat().st_mtime_ns for p in profile_dir.iterdir()} == mtimes


def test_an_empty_passphrase_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidPassphraseError, match="empty"):
        Profile.create(tmp_path / "p", "", KNOWN_PHRASE, kdf=FAST)
    assert not (tmp_path / "p").exists()


def test_the_same_text_in_another_unicode_form_unlocks(tmp_path: Path) -> None:
    composed, decomposed = "caf\u00e9 cr\u00e8me", "cafe\u0301 cre\u0300me"
    with Profile.create(tmp_path / "p", composed, KNOWN_PHRASE, kdf=FAST):
        pass
    with Profile.open(tmp_path / "p", decomposed):
        pass


def test_creating_over_an_existing_profile_is_refused(profile_dir: Path) -> None:
    create_profile(profile_dir).close()
    before = file_hashes(profile_dir)
    with pytest.raises(ProfileExistsError, match="not an empty folder"):
        create_profile(profile_dir)
    assert file_hashes(profile_dir) == before
    assert [p.name for p in profile_dir.parent.iterdir()] == [profile_dir.name]


def test_an_empty_existing_folder_can_hold_a_new_profile(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    create_profile(tmp_path / "empty").close()
    assert Profile.exists(tmp_path / "empty")


def test_opening_a_folder_without_a_profile_says_so(tmp_path: Path) -> None:
    with pytest.raises(ProfileNotFoundError, match="There is no profile"):
        Profile.open(tmp_path / "nothing", PASSPHRASE)
    assert not (tmp_path / "nothing").exists()


def test_a_profile_cannot_be_opened_twice(profile: Profile, profile_dir: Path) -> None:
    with pytest.raises(ProfileInUseError, match="already open"):
        Profile.open(profile_dir, PASSPHRASE)
    profile.close()
    Profile.open(profile_dir, PASSPHRASE).close()


def test_lock_and_unlock(profile: Profile) -> None:
    add_sample_data(profile)
    profile.lock()
    assert profile.is_locked
    with pytest.raises(ProfileLockedError, match="Unlock it with your passphrase"):
        profile.messages.count()
    with pytest.raises(WrongPassphraseError):
        profile.unlock("wrong")
    assert profile.is_locked
    profile.unlock(PASSPHRASE)
    assert profile.messages.count() == 300


def test_reveal_phrase_asks_for_the_passphrase_again(profile: Profile) -> None:
    with pytest.raises(WrongPassphraseError, match="recovery phrase is not shown"):
        profile.reveal_phrase("wrong")
    assert profile.reveal_phrase(PASSPHRASE) == KNOWN_PHRASE


def test_change_passphrase_then_only_the_new_one_opens(profile_dir: Path) -> None:
    with create_profile(profile_dir) as profile:
        add_sample_data(profile)
        before = dump_tables(profile)
        with pytest.raises(WrongPassphraseError, match="current passphrase is wrong"):
            profile.change_passphrase("wrong", "new passphrase")
        profile.change_passphrase(PASSPHRASE, "new passphrase")
        assert dump_tables(profile) == before
        profile.messages.add(NewMessage(b"c", b"after", b"s", "after the change", 1000))
    with pytest.raises(WrongPassphraseError):
        Profile.open(profile_dir, PASSPHRASE)
    with Profile.open(profile_dir, "new passphrase") as profile:
        assert profile.messages.count() == 301
        assert profile.check_integrity() == []
    assert KeyFile.read(profile_dir / KEY_FILE).pending is None


def test_a_passphrase_change_that_reached_the_database_is_finished_on_open(profile_dir: Path) -> None:
    create_profile(profile_dir).close()
    old_slot = KeyFile.read(profile_dir / KEY_FILE).current
    with Profile.open(profile_dir, PASSPHRASE) as profile:
        profile.change_passphrase(PASSPHRASE, "new passphrase")
    new_slot = KeyFile.read(profile_dir / KEY_FILE).current
    # The state a crash leaves right after the rekey, before the key file was rewritten.
    KeyFile(old_slot, pending=new_slot).write(profile_dir / KEY_FILE)
    with pytest.raises(WrongPassphraseError, match="already taken effect: unlock the profile with the new"):
        Profile.open(profile_dir, PASSPHRASE)
    Profile.open(profile_dir, "new passphrase").close()
    assert KeyFile.read(profile_dir / KEY_FILE) == KeyFile(new_slot)


def test_a_passphrase_change_that_never_reached_the_database_is_undone_on_open(profile_dir: Path) -> None:
    create_profile(profile_dir).close()
    old_slot = KeyFile.read(profile_dir / KEY_FILE).current
    pending, _ = KeySlot.create("new passphrase", FAST)
    # The state a crash leaves right before the rekey.
    KeyFile(old_slot, pending=pending).write(profile_dir / KEY_FILE)
    with pytest.raises(WrongPassphraseError, match="had not taken effect: unlock the profile with the old"):
        Profile.open(profile_dir, "new passphrase")
    Profile.open(profile_dir, PASSPHRASE).close()
    assert KeyFile.read(profile_dir / KEY_FILE) == KeyFile(old_slot)


def test_a_truncated_database_is_reported_and_left_alone(profile_dir: Path) -> None:
    with create_profile(profile_dir) as profile:
        add_sample_data(profile)
    db = profile_dir / DB_FILE
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])
    before = file_hashes(profile_dir)
    with pytest.raises(ProfileDamagedError, match="damaged") as caught:
        Profile.open(profile_dir, PASSPHRASE)
    assert "Restore the profile from a backup" in str(caught.value)
    assert file_hashes(profile_dir) == before


@pytest.mark.parametrize("size", [0, 100, 4096])
def test_a_database_cut_to_nothing_is_reported_and_not_recreated(profile_dir: Path, size: int) -> None:
    create_profile(profile_dir).close()
    db = profile_dir / DB_FILE
    db.write_bytes(db.read_bytes()[:size])
    before = file_hashes(profile_dir)
    with pytest.raises(ProfileDamagedError):
        Profile.open(profile_dir, PASSPHRASE)
    assert file_hashes(profile_dir) == before


def test_a_damaged_first_page_is_reported(profile_dir: Path) -> None:
    create_profile(profile_dir).close()
    db = profile_dir / DB_FILE
    data = bytearray(db.read_bytes())
    data[100:132] = os.urandom(32)
    db.write_bytes(bytes(data))
    with pytest.raises(ProfileDamagedError, match="is damaged"):
        Profile.open(profile_dir, PASSPHRASE)


def test_damage_deep_inside_is_found_by_the_integrity_check(profile_dir: Path) -> None:
    with create_profile(profile_dir) as profile:
        add_sample_data(profile)
        # Stored last, so its overflow pages are the last pages of the file.
        profile.media_cache.put(b"h" * 32, "image/jpeg", os.urandom(200_000))
    db = profile_dir / DB_FILE
    data = bytearray(db.read_bytes())
    for offset in range(len(data) - 10 * 4096 + 2000, len(data), 4096):
        data[offset] ^= 0xFF
    db.write_bytes(bytes(data))
    with Profile.open(profile_dir, PASSPHRASE) as profile:
        assert not profile.is_damaged
        problems = profile.check_integrity()
        assert profile.is_damaged
        assert problems != []
        assert "is damaged" in problems[0]
        with pytest.raises(ProfileDamagedError, match="is damaged"):
            profile.media_cache.get(b"h" * 32)
        # The damage costs the damaged item, not the rest of the profile.
        assert profile.messages.count() == 300
        assert [c.display_name for c in profile.contacts.all()] == ["Ottoline"]
        assert profile.settings.get("theme", "") == "dark"
        profile.settings.set("theme", "light")
        assert profile.settings.get("theme", "") == "light"


def test_a_missing_or_garbled_key_file_is_reported(profile_dir: Path) -> None:
    create_profile(profile_dir).close()
    key_file = profile_dir / KEY_FILE
    original = key_file.read_bytes()
    key_file.write_bytes(b'{"format": 1, "key": {"algorithm": "argon2id13"')
    with pytest.raises(ProfileDamagedError, match=r"key file .* is damaged"):
        Profile.open(profile_dir, PASSPHRASE)
    key_file.unlink()
    with pytest.raises(ProfileDamagedError, match=r"key file .* is missing"):
        Profile.open(profile_dir, PASSPHRASE)
    key_file.write_bytes(original)
    Profile.open(profile_dir, PASSPHRASE).close()


def test_a_missing_database_is_reported(profile_dir: Path) -> None:
    create_profile(profile_dir).close()
    (profile_dir / DB_FILE).unlink()
    with pytest.raises(ProfileDamagedError, match="missing"):
        Profile.open(profile_dir, PASSPHRASE)
    assert not (profile_dir / DB_FILE).exists()


def test_a_profile_from_a_newer_app_is_refused(profile_dir: Path) -> None:
    create_profile(profile_dir).close()
    key = KeyFile.read(profile_dir / KEY_FILE).current.unlock(PASSPHRASE)
    assert key is not None
    conn = connect(f"file:{profile_dir / DB_FILE}", timeout=1)
    conn.execute(key_pragma(key))
    for statement in CIPHER_SETTINGS:
        conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    with pytest.raises(ProfileTooNewError, match="newer version of Etalonium Desktop"):
        Profile.open(profile_dir, PASSPHRASE)


def test_a_transaction_keeps_all_or_nothing(profile: Profile) -> None:
    class Abort(Exception):
        pass

    def add_both_then_fail() -> None:
        with profile.transaction():
            profile.contacts.add(b"\x22" * 20, "Halima")
            profile.messages.add(NewMessage(b"c", b"u", b"s", "hello", 1))
            raise Abort

    with pytest.raises(Abort):
        add_both_then_fail()
    assert profile.contacts.all() == []
    assert profile.messages.count() == 0
    with profile.transaction():
        profile.contacts.add(b"\x22" * 20, "Halima")
        profile.messages.add(NewMessage(b"c", b"u", b"s", "hello", 1))
    assert [c.display_name for c in profile.contacts.all()] == ["Halima"]
    assert profile.messages.count() == 1


def test_closing_twice_is_harmless_and_releases_the_profile(profile: Profile, profile_dir: Path) -> None:
    profile.close()
    profile.close()
    Profile.open(profile_dir, PASSPHRASE).close()
