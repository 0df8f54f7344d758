"""Node configuration and key files: TOML or JSON, relative paths, and clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fullnode.cli import main
from fullnode.config import ConfigError, NodeConfig, load_config, load_key, pin_ports, save_config, save_key
from lightnode.protocol.keys import PrivateKey


def test_a_saved_configuration_loads_back_with_absolute_paths(tmp_path: Path) -> None:
    config = NodeConfig(
        data_dir=tmp_path / "data",
        genesis_file=tmp_path / "genesis.json",
        node_key_file=tmp_path / "key.json",
        peers=["127.0.0.1:3001", "file:/x/node.json"],
        block_interval_s=2.0,
        services_public_hosts=["node.example.org:2233"],
        services_free_quota_bytes=1024,
    )
    for name in ("config.toml", "config.json"):
        save_config(config, tmp_path / name)
        loaded = load_config(tmp_path / name)
        assert loaded == config
    text = (tmp_path / "config.toml").read_text()
    assert 'data_dir = "data"' in text, "paths are stored relative to the file"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('data_dir = "d"\ngenesis_file = "g"\n', "'node_key_file' is required"),
        ('data_dir = "d"\ngenesis_file = "g"\nnode_key_file = "k"\nbogus = 1\n', "unknown setting 'bogus'"),
        ('data_dir = "d"\ngenesis_file = "g"\nnode_key_file = "k"\napi_listen = 5\n', "'api_listen' must be"),
        ('data_dir = "d"\ngenesis_file = "g"\nnode_key_file = "k"\napi_listen = "nohost"\n', "host:port"),
        ('data_dir = "d"\ngenesis_file = "g"\nnode_key_file = "k"\nblock_interval_s = -1\n', "non-negative"),
        ('data_dir = "d"\ngenesis_file = "g"\nnode_key_file = "k"\nmax_block_actions = true\n', "int"),
        ("data_dir = [", "not valid TOML"),
        ('data_dir = "d"\ngenesis_file = "g"\nnode_key_file = "k"\nservices_public_hosts = [""]\n', "non-empty"),
    ],
)
def test_bad_configurations_are_explained(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(content)
    with pytest.raises(ConfigError, match=message):
        load_config(path)


def test_a_missing_file_is_explained(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read the configuration file"):
        load_config(tmp_path / "nope.toml")


def test_key_files_round_trip_and_are_private(tmp_path: Path) -> None:
    key = PrivateKey.generate()
    path = tmp_path / "key.json"
    save_key(key, path)
    assert path.stat().st_mode & 0o077 == 0
    assert load_key(path).public_key == key.public_key
    doc = json.loads(path.read_text())
    doc["public_key"] = "00" * 32
    path.write_text(json.dumps(doc))
    with pytest.raises(ConfigError, match="does not match the seed"):
        load_key(path)
    path.write_text("{}")
    with pytest.raises(ConfigError, match="not a key file"):
        load_key(path)


def test_init_creates_a_runnable_single_validator_chain(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "node"
    assert main(["init", "--home", str(home), "--api-listen", "127.0.0.1:0", "--p2p-listen", "127.0.0.1:0"]) == 0
    config = load_config(home / "config.toml")
    assert config.genesis_file.exists()
    assert load_key(config.node_key_file)
    assert main(["init", "--home", str(home)]) == 1
    assert "already initialised" in capsys.readouterr().err
    assert main(["show", "--home", str(home)]) == 0
    assert json.loads(capsys.readouterr().out.strip().splitlines()[-1])["address"].startswith("exc1")


def test_ports_picked_by_the_os_are_pinned_into_the_configuration(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    config = NodeConfig(
        data_dir=tmp_path / "data",
        genesis_file=tmp_path / "genesis.json",
        node_key_file=tmp_path / "key.json",
        api_listen="127.0.0.1:0",
        p2p_listen="[::1]:0",
        block_interval_s=2.0,
    )
    save_config(config, path)
    assert pin_ports(path, 40100, 40101)
    pinned = load_config(path)
    assert (pinned.api_listen, pinned.p2p_listen) == ("127.0.0.1:40100", "[::1]:40101")
    assert pinned.block_interval_s == 2.0, "nothing else changes"
    # Ports that were chosen by the operator stay as they are.
    assert not pin_ports(path, 50000, 50001)
    assert load_config(path) == pinned
