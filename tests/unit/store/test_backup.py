"""Encrypted backups: export then import gives the same profile; bad files and passphrases change nothing."""

from __future__ import annotations

import hashlib
import os
import struct
from pathlib import Path

import pytest

from etalonium_desktop.store import (
    AssistantModel,
    BackupDamagedError,
    NewMessage,
    Profile,
    ProfileCatalog,
    ProfileDamagedError,
    ProfileExistsError,
    StoreError,
    TrustedHeader,
    WrongPassphraseError,
    import_backup,
)
from etalonium_desktop.store.backup import MAGIC
from etalonium_desktop.store.profile import DB_FILE

from .helpers import FAST, KNOWN_PHRASE, PASSPHRASE, create_profile, dump_tables, file_hashes

BACKUP_PASSPHRASE = "a different passphrase for the backup"


def fill(profile: Profile) -> None:
    profile.accounts.add("Agency")
    profile.contacts.add(b"\x01" * 20, "Ottoline Featherstonehaugh", public_key=b"\x02" * 32)
    profile.messages.add_many(
        NewMessage(b"conv-%d" % (i % 3), b"u%d" % i, b"s", f"look {i} for the Nguyễn show", i) for i in range(2000)
    )
    profile.light_client.headers.save(TrustedHeader("exc", 7, b"h" * 32, 1, b"block", 2))
    profile.light_client.outbox.enqueue("exc", b"a" * 32, b"\x05" * 20, 0, b"signed")
    profile.light_client.meta.set("exc", "trust_root", b"root")
    profile.media_cache.put(b"m" * 32, "image/png", os.urandom(300_000))
    profile.assistant.save_model(AssistantModel("trend", 1, os.urandom(50_000), "{}", 3))
    profile.settings.set("theme", "dark")
    profile.identity.confirm_backup()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


Dump = dict[str, list[tuple[object, ...]]]


@pytest.fixture(scope="module")
def pristine_backup(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Dump]:
    """A filled profile's backup file, and the dump of the profile it was made from (made once)."""
    directory = tmp_path_factory.mktemp("pristine")
    with create_profile(directory / "source") as profile:
        fill(profile)
        dump = dump_tables(profile)
        profile.export_backup(directory / "profile.backup", BACKUP_PASSPHRASE, kdf=FAST)
    return directory / "profile.backup", dump


@pytest.fixture
def backup(tmp_path: Path, pristine_backup: tuple[Path, Dump]) -> tuple[Path, Dump]:
    """A copy of the pristine backup in this test's own folder, free to damage."""
    source, dump = pristine_backup
    copy = tmp_path / "profile.backup"
    copy.write_bytes(source.read_bytes())
    return copy, dump


def test_export_then_import_gives_the_same_profile(tmp_path: Path, backup: tuple[Path, Dump]) -> None:
    path, dump = backup
    assert path.read_bytes().startswith(MAGIC)
    with import_backup(path, BACKUP_PASSPHRASE, tmp_path / "restored", "new passphrase", kdf=FAST) as restored:
        assert dump_tables(restored) == dump
        assert restored.identity.phrase() == KNOWN_PHRASE
        assert restored.check_integrity() == []
        assert len(restored.messages.search("nguyen", limit=5000)) == 2000
        assert [h.message.body for h in restored.messages.search("1999")] == ["look 1999 for the Nguyễn show"]
    with pytest.raises(WrongPassphraseError):
        Profile.open(tmp_path / "restored", PASSPHRASE)
    Profile.open(tmp_path / "restored", "new passphrase").close()


def test_a_wrong_backup_passphrase_restores_nothing(tmp_path: Path, backup: tuple[Path, Dump]) -> None:
    path, _ = backup
    before = sha256(path)
    with pytest.raises(WrongPassphraseError, match="backup passphrase is wrong"):
        import_backup(path, PASSPHRASE, tmp_path / "restored", "new passphrase", kdf=FAST)
    assert not (tmp_path / "restored").exists()
    assert sha256(path) == before


@pytest.mark.parametrize("keep", [0, 10, 100, 200, 300_000, -1])
def test_a_truncated_backup_is_refused_and_leaves_no_trace(
    tmp_path: Path, backup: tuple[Path, Dump], keep: int
) -> None:
    path, _ = backup
    data = path.read_bytes()
    path.write_bytes(data[:keep])
    listing = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(BackupDamagedError, match="cannot be restored"):
        import_backup(path, BACKUP_PASSPHRASE, tmp_path / "restored", "new passphrase", kdf=FAST)
    assert sorted(p.name for p in tmp_path.iterdir()) == listing


@pytest.mark.parametrize("where", [0.5, 0.99])
def test_an_altered_backup_is_refused(tmp_path: Path, backup: tuple[Path, Dump], where: float) -> None:
    path, _ = backup
    data = bytearray(path.read_bytes())
    data[int(len(data) * where)] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(BackupDamagedError, match="does not authenticate"):
        import_backup(path, BACKUP_PASSPHRASE, tmp_path / "restored", "new passphrase", kdf=FAST)
    assert not (tmp_path / "restored").exists()


def test_extra_bytes_after_a_backup_are_refused(tmp_path: Path, backup: tuple[Path, Dump]) -> None:
    path, _ = backup
    path.write_bytes(path.read_bytes() + b"\x00")
    with pytest.raises(BackupDamagedError, match="extra bytes"):
        import_backup(path, BACKUP_PASSPHRASE, tmp_path / "restored", "new passphrase", kdf=FAST)


def test_a_file_that_is_not_a_backup_is_refused(tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(5000))
    with pytest.raises(BackupDamagedError, match="not an Etalonium Desktop backup"):
        import_backup(tmp_path / "photo.jpg", BACKUP_PASSPHRASE, tmp_path / "restored", "x", kdf=FAST)


def test_a_hostile_cost_is_refused_before_any_work(tmp_path: Path, backup: tuple[Path, Dump]) -> None:
    path, _ = backup
    data = bytearray(path.read_bytes())
    # opslimit (4 bytes) and memlimit (8 bytes) follow the magic and the 2-byte format number.
    struct.pack_into(">Q", data, len(MAGIC) + 2 + 4, 1 << 40)
    path.write_bytes(bytes(data))
    with pytest.raises(BackupDamagedError, match="key derivation settings"):
        import_backup(path, BACKUP_PASSPHRASE, tmp_path / "restored", "x", kdf=FAST)


def test_import_never_overwrites_an_existing_profile(tmp_path: Path, backup: tuple[Path, Dump]) -> None:
    path, _ = backup
    create_profile(tmp_path / "existing").close()
    before = file_hashes(tmp_path / "existing")
    with pytest.raises(ProfileExistsError):
        import_backup(path, BACKUP_PASSPHRASE, tmp_path / "existing", "x", kdf=FAST)
    assert file_hashes(tmp_path / "existing") == before


def test_cancelling_an_export_keeps_the_previous_backup(tmp_path: Path, backup: tuple[Path, Dump]) -> None:
    path, _ = backup
    before = sha256(path)
    seen: list[tuple[int, int]] = []

    class Cancelled(Exception):
        pass

    def cancel_midway(done: int, total: int) -> None:
        seen.append((done, total))
        raise Cancelled

    with create_profile(tmp_path / "other") as profile:
        fill(profile)
        with pytest.raises(Cancelled):
            profile.export_backup(path, BACKUP_PASSPHRASE, kdf=FAST, progress=cancel_midway)
        assert sha256(path) == before
        assert len(seen) == 1
        assert sorted(p.name for p in tmp_path.iterdir()) == ["other", "profile.backup"]
        progress: list[tuple[int, int]] = []
        profile.export_backup(
            tmp_path / "new.backup", BACKUP_PASSPHRASE, kdf=FAST, progress=lambda *step: progress.append(step)
        )
    done = [step[0] for step in progress]
    assert done == sorted(done)
    assert progress[-1][0] == progress[-1][1] > 0


def test_exporting_into_a_missing_folder_says_so(profile: Profile, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="folder does not exist or is not writable"):
        profile.export_backup(tmp_path / "no" / "such" / "folder" / "b.backup", BACKUP_PASSPHRASE, kdf=FAST)
    assert not profile.is_damaged


def test_a_damaged_profile_leaves_its_backup_and_other_profiles_untouched(
    tmp_path: Path, backup: tuple[Path, Dump]
) -> None:
    path, dump = backup
    catalog = ProfileCatalog(tmp_path / "profiles")
    catalog.create("work", PASSPHRASE, KNOWN_PHRASE, kdf=FAST).close()
    with catalog.import_backup("home", path, BACKUP_PASSPHRASE, PASSPHRASE, kdf=FAST) as home:
        assert dump_tables(home) == dump
    untouched = {"backup": sha256(path), **file_hashes(catalog.path("work"))}
    db = catalog.path("home") / DB_FILE
    db.write_bytes(db.read_bytes()[: db.stat().st_size // 3])
    with pytest.raises(ProfileDamagedError, match="damaged"):
        catalog.open("home", PASSPHRASE)
    assert {"backup": sha256(path), **file_hashes(catalog.path("work"))} == untouched
    catalog.open("work", PASSPHRASE).close()
    # The way back: the backup restores everything into a new profile.
    with catalog.import_backup("home restored", path, BACKUP_PASSPHRASE, PASSPHRASE, kdf=FAST) as restored:
        assert dump_tables(restored) == dump
