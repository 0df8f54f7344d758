"""Fixtures of the store tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from etalonium_desktop.store import Profile

from .helpers import create_profile


@pytest.fixture
def profile_dir(tmp_path: Path) -> Path:
    return tmp_path / "profiles" / "alice"


@pytest.fixture
def profile(profile_dir: Path) -> Iterator[Profile]:
    opened = create_profile(profile_dir)
    try:
        yield opened
    finally:
        opened.close()
