"""The `etalonium` command: parses arguments before any Qt import, then starts the app."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from etalonium_desktop.build_info import version_text


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="etalonium",
        description="Etalonium Desktop: the decentralized social and working network of the fashion world.",
    )
    parser.add_argument("--version", action="version", version=version_text())
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--profile-dir", metavar="DIR", help="use the profile in DIR (created on first run)")
    where.add_argument(
        "--temp-profile", action="store_true", help="use a throwaway profile, deleted when the app quits"
    )
    parser.add_argument(
        "--devnet",
        dest="devnet",
        action="store_true",
        default=None,
        help="start the embedded local devnet (the default when no node is configured)",
    )
    parser.add_argument("--no-devnet", dest="devnet", action="store_false", help="never start the local devnet")
    parser.add_argument(
        "--node", action="append", default=[], metavar="URL", help="a full node's API address (repeatable)"
    )
    parser.add_argument(
        "--genesis",
        metavar="FILE",
        help="the genesis file of the network given with --node: its hash is the light client's trust root",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="create an identity, sync, open every screen, and exit with status 0 when all of it worked",
    )
    parser.add_argument("--theme", choices=("light", "dark"), help="override the theme for this run")
    parser.add_argument(
        "--language", choices=("en", "it", "fr", "ru"), help="override the interface language for this run"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # qasync picks whichever Qt binding it finds first unless told.
    os.environ.setdefault("QT_API", "pyside6")
    from etalonium_desktop.app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
