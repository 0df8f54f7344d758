"""The documented way in: the keytool prints the key, and the standard `sqlcipher` shell opens the db."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from etalonium_desktop.store import NewMessage, Profile
from etalonium_desktop.store.keytool import main as keytool_main
from etalonium_desktop.store.profile import DB_FILE

from .helpers import PASSPHRASE, create_profile, file_hashes

ROOT = Path(__file__).resolve().parents[3]
TABLES = {
    "accounts",
    "assistant_data",
    "assistant_models",
    "contacts",
    "identity",
    "light_client_meta",
    "media_cache",
    "messages",
    "messages_fts",
    "outbox",
    "settings",
    "trusted_headers",
    "verified_state",
}


def keytool(directory: Path, passphrase: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "etalonium_desktop.store.keytool",
            *args,
            "--passphrase-stdin",
            str(directory),
        ],
        input=passphrase + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


@pytest.fixture
def filled(profile_dir: Path) -> Path:
    with create_profile(profile_dir) as profile:
        profile.contacts.add(b"\x09" * 20, "Ines")
        profile.messages.add_many(NewMessage(b"c", b"%d" % i, b"s", f"hello {i}", i) for i in range(25))
    return profile_dir


def test_keytool_prints_the_key_only_for_the_right_passphrase(filled: Path) -> None:
    before = file_hashes(filled)
    wrong = keytool(filled, "wrong")
    assert wrong.returncode == 1
    assert wrong.stdout == ""
    assert "passphrase is wrong" in wrong.stderr
    right = keytool(filled, PASSPHRASE)
    assert right.returncode == 0
    assert len(bytes.fromhex(right.stdout.strip())) == 32
    assert "Keep the key secret" in right.stderr
    assert file_hashes(filled) == before


def test_keytool_explains_a_folder_without_a_profile(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert keytool_main([str(tmp_path)]) == 2
    assert "There is no profile" in capsys.readouterr().err


def test_the_sqlcipher_shell_opens_the_database_with_the_documented_key(filled: Path) -> None:
    shell = shutil.which("sqlcipher")
    if shell is None:
        pytest.skip("the sqlcipher shell is not installed (make test installs it: apt-get install sqlcipher)")
    statements = keytool(filled, PASSPHRASE, "--sql")
    assert statements.returncode == 0, statements.stderr
    script = statements.stdout + ".tables\nSELECT count(*) FROM messages;\nSELECT display_name FROM contacts;\n"
    result = subprocess.run([shell, str(filled / DB_FILE)], input=script, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    listed = set(result.stdout.split())
    assert listed >= TABLES
    assert "25" in listed
    assert "Ines" in listed
    # Without the key the shell sees no database at all.
    blind = subprocess.run(
        [shell, str(filled / DB_FILE)], input=".tables\n", capture_output=True, text=True, check=False
    )
    assert "messages" not in blind.stdout
    # And the app still opens what the shell touched.
    with Profile.open(filled, PASSPHRASE) as profile:
        assert profile.messages.count() == 25
        assert profile.check_integrity() == []
