"""Nothing personal is ever written in the clear: scan every byte of every file the profile leaves."""

from __future__ import annotations

from pathlib import Path

from etalonium_desktop.store import NewMessage, Profile, phrase_to_seed
from etalonium_desktop.store.kdf import KeyFile
from etalonium_desktop.store.profile import KEY_FILE

from .helpers import FAST, KNOWN_ENTROPY, KNOWN_PHRASE, PASSPHRASE, create_profile

MESSAGE = "Meet me at the atelier on Rue Cambon at nine, bring the tangerine organza swatches"
CONTACT = "Ottoline Featherstonehaugh-Wrigglesworth"


def needles(profile: Profile) -> dict[str, bytes]:
    """Everything that must never appear in a file, in the encodings it could appear in."""
    key = profile.account_key(0)
    db_key = KeyFile.read(profile.directory / KEY_FILE).current.unlock(PASSPHRASE)
    assert db_key is not None
    found = {
        "recovery phrase": KNOWN_PHRASE.encode(),
        "phrase entropy": KNOWN_ENTROPY,
        "BIP-39 seed": phrase_to_seed(KNOWN_PHRASE),
        "private key": key.seed,
        "private key (hex)": key.seed.hex().encode(),
        "database key": db_key,
        "database key (hex)": db_key.hex().encode(),
        "passphrase": PASSPHRASE.encode(),
        "message text": MESSAGE.encode(),
        "contact name": CONTACT.encode(),
    }
    # Fragments too, so that a tokenized or partially written copy is caught as well.
    found["message fragment"] = b"tangerine organza"
    found["contact fragment"] = b"Featherstonehaugh"
    found["phrase fragment"] = " ".join(KNOWN_PHRASE.split()[:3]).encode()
    return found


def leaks(directory: Path, secrets: dict[str, bytes]) -> list[str]:
    found: list[str] = []
    for path in sorted(p for p in directory.rglob("*") if p.is_file()):
        data = path.read_bytes()
        found.extend(f"{name} in {path.name}" for name, needle in secrets.items() if needle in data)
    return found


def test_the_scan_finds_a_plaintext_secret(tmp_path: Path) -> None:
    # The scanner itself must be able to fail, or the test below proves nothing.
    (tmp_path / "notes.txt").write_bytes(b"header " + MESSAGE.encode() + b" trailer")
    assert leaks(tmp_path, {"message text": MESSAGE.encode()}) == ["message text in notes.txt"]


def test_no_secret_appears_in_any_file_of_the_profile(tmp_path: Path) -> None:
    directory = tmp_path / "profile"
    profile = create_profile(directory)
    try:
        secrets = needles(profile)
        profile.contacts.add(b"\x42" * 20, CONTACT)
        with profile.transaction():
            for i in range(400):
                profile.messages.add(NewMessage(b"c", b"u%d" % i, b"s", f"{MESSAGE} #{i}", i))
        profile.settings.set("draft", MESSAGE)
        profile.assistant.put("drafts", "1", MESSAGE.encode())
        hits = profile.messages.search("tangerine organza", limit=500)
        assert len(hits) == 400
        profile.messages.edit(hits[0].message.id, CONTACT)
        profile.messages.delete(hits[1].message.id)
        # While the profile is open the write-ahead log and its index hold the latest pages.
        assert (directory / "profile.db-wal").exists()
        assert leaks(directory, secrets) == []
        profile.change_passphrase(PASSPHRASE, "second passphrase")
        new_key = KeyFile.read(directory / KEY_FILE).current.unlock("second passphrase")
        assert new_key is not None
        secrets.update(
            {
                "new passphrase": b"second passphrase",
                "new database key": new_key,
                "new database key (hex)": new_key.hex().encode(),
                "backup passphrase": b"backup passphrase",
            }
        )
        profile.export_backup(tmp_path / "backup.bin", "backup passphrase", kdf=FAST)
        assert leaks(directory, secrets) == []
        profile.lock()
        profile.unlock("second passphrase")
    finally:
        profile.close()
    assert leaks(directory, secrets) == []
    assert leaks(tmp_path, secrets) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup.bin", "profile"]
