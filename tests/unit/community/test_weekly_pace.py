"""The demo community's weekly pace (activities per simulated week): an option of its command and the devnet's,
kept across a restart at another pace, and refused when it makes no sense."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fullnode import devnet
from fullnode.community import Community
from fullnode.community.__main__ import _parser
from fullnode.community.__main__ import main as community_main
from lightnode.protocol.address import encode_address
from lightnode.protocol.keys import PrivateKey

FUNDER = PrivateKey(b"\x07" * 32)


def test_a_restart_at_another_weekly_pace_carries_on_at_the_same_simulated_moment(tmp_path: Path) -> None:
    slow = Community(["http://127.0.0.1:1"], [FUNDER], seed=5, data_dir=tmp_path, ticks_per_week=40)
    slow.tick = 100
    slow._track_week()
    slow.write_ground_truth()
    fast = Community(["http://127.0.0.1:1"], [FUNDER], seed=5, data_dir=tmp_path, ticks_per_week=180)
    fast._resume()
    assert fast.tick == 450
    assert fast.week == slow.week == 2.5
    assert json.loads(fast.write_ground_truth().read_text())["ticks_per_week"] == 180


def test_the_commands_take_the_weekly_pace_and_refuse_a_week_without_activity(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    accounts = tmp_path / "accounts.json"
    accounts.write_text(json.dumps({"a": {"address": encode_address(FUNDER.actor_id), "seed": FUNDER.seed.hex()}}))
    base = ["--api", "http://127.0.0.1:1", "--funders", str(accounts), "--data-dir", str(tmp_path)]
    assert _parser().parse_args([*base, "--ticks-per-week", "180"]).ticks_per_week == 180
    assert community_main([*base, "--ticks-per-week", "0"]) == 2
    assert "--ticks-per-week must be at least 1" in capsys.readouterr().err
    with pytest.raises(ValueError, match="at least one activity"):
        Community(["http://127.0.0.1:1"], [FUNDER], seed=5, data_dir=tmp_path, ticks_per_week=0)
    assert devnet._parser().parse_args(["--demo", "--demo-ticks-per-week", "180"]).demo_ticks_per_week == 180


def test_the_apps_demo_pace_reaches_the_community_command_line(tmp_path: Path) -> None:
    from etalonium_desktop.services.network import NetworkConfig
    from fullnode.community.process import CommunityProcess, community_command

    config = NetworkConfig()
    process = CommunityProcess(
        ["http://127.0.0.1:1"],
        tmp_path / "accounts.json",
        tmp_path,
        seed=1,
        pace=config.demo_pace,
        ticks_per_week=config.demo_ticks_per_week,
        faucet_address=None,
        log_file=tmp_path / "community.log",
    )
    command = process.command()
    assert command[: len(community_command())] == community_command()
    args = _parser().parse_args(command[len(community_command()) :])
    assert (args.pace, args.ticks_per_week) == (config.demo_pace, config.demo_ticks_per_week)
