"""Where profiles live: the per-user folder, several named profiles, `--profile-dir`, throwaway profiles."""

from __future__ import annotations

from pathlib import Path

import pytest

from etalonium_desktop.store import (
    ProfileCatalog,
    ProfileInUseError,
    ProfileNotFoundError,
    StoreError,
    default_profiles_root,
    resolve_profile_dir,
    temporary_profile,
)

from .helpers import FAST, KNOWN_PHRASE, PASSPHRASE


def test_the_default_root_is_in_the_user_data_directory(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_profiles_root() == tmp_path / "data" / "etalonium-desktop" / "profiles"
    assert resolve_profile_dir() == tmp_path / "data" / "etalonium-desktop" / "profiles" / "default"
    assert resolve_profile_dir(name="work") == tmp_path / "data" / "etalonium-desktop" / "profiles" / "work"


def test_profile_dir_overrides_the_name(tmp_path: Path) -> None:
    assert resolve_profile_dir(tmp_path / "elsewhere", name="work") == tmp_path / "elsewhere"
    assert resolve_profile_dir(name="work", root=tmp_path) == tmp_path / "work"


@pytest.mark.parametrize("name", ["", ".", "..", "../escape", "a/b", ".hidden", "trailing.", "x" * 65, "tab\tname"])
def test_unsafe_profile_names_are_refused(name: str, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot be a profile name"):
        ProfileCatalog(tmp_path).path(name)


def test_several_profiles_side_by_side(tmp_path: Path) -> None:
    catalog = ProfileCatalog(tmp_path / "profiles")
    assert catalog.entries() == []
    for name in ("work", "home", "Casting 2025"):
        with catalog.create(name, PASSPHRASE + name, KNOWN_PHRASE, kdf=FAST) as profile:
            profile.settings.set("name", name)
    (tmp_path / "profiles" / "not-a-profile").mkdir()
    assert catalog.names() == ["Casting 2025", "home", "work"]
    assert catalog.exists("home")
    assert not catalog.exists("not-a-profile")
    with catalog.open("home", PASSPHRASE + "home") as home:
        assert home.settings.get("name", "") == "home"
        with pytest.raises(ProfileInUseError):
            catalog.delete("home")
    catalog.delete("home")
    assert catalog.names() == ["Casting 2025", "work"]
    with pytest.raises(ProfileNotFoundError):
        catalog.delete("home")
    with catalog.open("work", PASSPHRASE + "work") as work:
        assert work.settings.get("name", "") == "work"


def test_a_temporary_profile_vanishes_with_its_files() -> None:
    with temporary_profile() as profile:
        directory = profile.directory
        profile.settings.set("smoke", True)
        assert (directory / "profile.db").exists()
    assert not directory.exists()
    assert not directory.parent.exists()
