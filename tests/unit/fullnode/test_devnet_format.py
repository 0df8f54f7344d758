"""The devnet directory's data-format marker: a devnet made by a build of another format is refused (the
command line suggests --fresh), or, for the app's embedded devnet, moved aside (never deleted) and replaced."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fullnode.devnet import FORMAT_FILE, STATE_FORMAT, Devnet, IncompatibleDevnetError, main
from lightnode.protocol.genesis import load_genesis


def _made(directory: Path) -> bytes:
    """A devnet of this build prepared in `directory` (no node started); its genesis hash."""
    devnet = Devnet(1, directory)
    devnet.prepare()
    assert devnet.genesis is not None
    return devnet.genesis.hash()


def _older(directory: Path, marker: str | None) -> bytes:
    """A devnet as an older build left it: with `marker` as its format file (None: none, as before markers)."""
    genesis = _made(directory)
    if marker is None:
        (directory / FORMAT_FILE).unlink()
    else:
        (directory / FORMAT_FILE).write_text(marker)
    return genesis


def test_a_new_devnet_is_marked_and_used_again_as_it_is(tmp_path: Path) -> None:
    directory = tmp_path / "devnet"
    genesis = _made(directory)
    assert json.loads((directory / FORMAT_FILE).read_text()) == {"state_format": STATE_FORMAT}
    again = Devnet(1, directory, reset_incompatible=True)
    again.prepare()
    assert again.genesis is not None
    assert again.genesis.hash() == genesis
    assert again.retired is None
    assert [p.name for p in tmp_path.iterdir()] == ["devnet"]


def test_an_older_devnet_is_refused_untouched(tmp_path: Path) -> None:
    directory = tmp_path / "devnet"
    genesis = _older(directory, json.dumps({"state_format": STATE_FORMAT - 1}))
    with pytest.raises(IncompatibleDevnetError, match="--fresh") as caught:
        Devnet(1, directory).prepare()
    assert caught.value.found == STATE_FORMAT - 1
    assert f"data format {STATE_FORMAT - 1}" in str(caught.value)
    assert load_genesis(directory / "genesis.json").hash() == genesis
    assert [p.name for p in tmp_path.iterdir()] == ["devnet"]


@pytest.mark.parametrize(
    ("marker", "found"),
    [(json.dumps({"state_format": STATE_FORMAT - 1}), STATE_FORMAT - 1), (None, 1), ("{not json", 0), ("[2]", 0)],
)
def test_the_embedded_devnet_moves_an_incompatible_one_aside_and_starts_anew(
    tmp_path: Path, marker: str | None, found: int
) -> None:
    directory = tmp_path / "devnet"
    old_genesis = _older(directory, marker)
    old_files = sorted(p.relative_to(directory) for p in directory.rglob("*"))
    devnet = Devnet(1, directory, reset_incompatible=True)
    devnet.prepare()
    assert devnet.retired is not None
    assert devnet.retired_format == found
    assert devnet.retired.parent == tmp_path
    assert devnet.retired.name.startswith(f"devnet.old-{found}-")
    # Everything of the old devnet is kept where it went; the directory holds a new devnet of this format.
    assert sorted(p.relative_to(devnet.retired) for p in devnet.retired.rglob("*")) == old_files
    assert load_genesis(devnet.retired / "genesis.json").hash() == old_genesis
    assert devnet.genesis is not None
    assert devnet.genesis.hash() != old_genesis
    assert load_genesis(directory / "genesis.json").hash() == devnet.genesis.hash()
    assert json.loads((directory / FORMAT_FILE).read_text()) == {"state_format": STATE_FORMAT}
    # A second reset in the same second does not overwrite the first one's folder.
    (directory / FORMAT_FILE).write_text(json.dumps({"state_format": found or 1}))
    second = Devnet(1, directory, reset_incompatible=True)
    second.prepare()
    assert second.retired is not None
    assert second.retired != devnet.retired
    assert devnet.retired.exists()
    assert second.retired.exists()


def test_the_command_line_refuses_an_incompatible_devnet_and_suggests_fresh(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    directory = tmp_path / "devnet"
    genesis = _older(directory, None)
    assert main(["--validators", "1", "--data-dir", str(directory), "--base-port", "0"]) == 1
    err = capsys.readouterr().err
    assert "etalonium-devnet:" in err
    assert "another version" in err
    assert "--fresh" in err
    assert load_genesis(directory / "genesis.json").hash() == genesis
    assert [p.name for p in tmp_path.iterdir()] == ["devnet"]
