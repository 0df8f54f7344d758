"""Print a profile's raw database key, to open its database with the standard `sqlcipher` shell."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Sequence
from pathlib import Path

from .database import CIPHER_SETTINGS, key_pragma
from .errors import StoreError
from .kdf import KeyFile
from .profile import DB_FILE, KEY_FILE


def shell_statements(key: bytes) -> list[str]:
    """The statements that open a profile database in a `sqlcipher` shell (SQLCipher 3.4 or 4.x)."""
    return [key_pragma(key) + ";", *(statement + ";" for statement in CIPHER_SETTINGS)]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m etalonium_desktop.store.keytool",
        description=(
            "Ask for a profile's passphrase and print the raw key of its SQLCipher database. Anyone holding "
            "the key can read the whole profile: use it only in your own terminal."
        ),
    )
    parser.add_argument("profile_dir", type=Path, help="the profile folder (holding profile.json and profile.db)")
    parser.add_argument(
        "--sql",
        action="store_true",
        help="print the statements to paste into the sqlcipher shell instead of the bare hex key",
    )
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the passphrase from the first line of standard input instead of asking on the terminal",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    directory: Path = args.profile_dir
    key_path = directory / KEY_FILE
    if not key_path.is_file():
        print(f"There is no profile in {directory} (no {KEY_FILE}); give the profile's folder.", file=sys.stderr)
        return 2
    try:
        key_file = KeyFile.read(key_path)
        if args.passphrase_stdin:
            passphrase = sys.stdin.readline().rstrip("\r\n")
        else:
            passphrase = getpass.getpass(f"Passphrase of the profile in {directory}: ")
        key = key_file.current.unlock(passphrase)
    except StoreError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    if key is None:
        if key_file.pending is not None and key_file.pending.unlock(passphrase) is not None:
            print(
                "A passphrase change of this profile was interrupted. Open the profile once in the app to "
                "finish it, then run this tool again.",
                file=sys.stderr,
            )
        else:
            print("The passphrase is wrong; no key was printed. Try again.", file=sys.stderr)
        return 1
    if args.sql:
        print("\n".join(shell_statements(key)))
        hint = f"Run `sqlcipher {directory / DB_FILE}` and paste these statements first."
    else:
        print(key.hex())
        hint = f"In `sqlcipher {directory / DB_FILE}`, run the statements that --sql prints, with this key."
    print(f"{hint} Keep the key secret: it unlocks everything in the profile.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
