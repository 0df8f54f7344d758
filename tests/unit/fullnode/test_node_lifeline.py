"""`etalonium-node start --exit-with-parent`: the node stops cleanly when its standard input closes (its
parent is gone), and only with the flag."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import subprocess
from pathlib import Path

import aiohttp
import pytest

from fullnode.cli import READY_PREFIX, main
from fullnode.config import load_config, save_config
from fullnode.devnet import node_command
from fullnode.lifeline import ask_to_stop
from fullnode.node import NODE_FILE

TIMEOUT_S = 60.0


def init_node(home: Path) -> Path:
    """A one-validator chain of its own, on OS-picked loopback ports, making blocks quickly."""
    assert main(["init", "--home", str(home), "--api-listen", "127.0.0.1:0", "--p2p-listen", "127.0.0.1:0"]) == 0
    config_path = home / "config.toml"
    save_config(dataclasses.replace(load_config(config_path), block_interval_s=0.2), config_path)
    return config_path


def node_args(config_path: Path, *extra: str) -> list[str]:
    return [
        *node_command(),
        "start",
        "--config",
        str(config_path),
        "--log-file",
        str(config_path.parent / "log"),
        *extra,
    ]


async def start_node(config_path: Path, *extra: str) -> tuple[asyncio.subprocess.Process, dict[str, object]]:
    process = await asyncio.create_subprocess_exec(
        *node_args(config_path, *extra), stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE
    )
    assert process.stdout is not None
    line = (await asyncio.wait_for(process.stdout.readline(), TIMEOUT_S)).decode()
    assert line.startswith(READY_PREFIX), line
    ready: dict[str, object] = json.loads(line[len(READY_PREFIX) :])
    return process, ready


async def wait_height(api: object, height: int) -> None:
    """Follow the node's block subscription until it has committed `height`."""
    async with (
        aiohttp.ClientSession() as session,
        session.ws_connect(f"ws://{api}/v1/ws?topics=actions") as ws,
    ):
        async with session.get(f"http://{api}/v1/status") as response:
            if (await response.json())["height"] >= height:
                return
        async with asyncio.timeout(TIMEOUT_S):
            async for msg in ws:
                if msg.type is aiohttp.WSMsgType.TEXT and json.loads(msg.data).get("height", 0) >= height:
                    return
    raise AssertionError(f"the node's subscription ended before height {height}")


def stopped_height(config_path: Path) -> int:
    """The height the node's clean stop logged (a killed node logs none); its node.json goes as well."""
    assert not (config_path.parent / "data" / NODE_FILE).exists(), "a clean stop removes node.json"
    log = (config_path.parent / "log").read_text()
    assert "Traceback" not in log, log[-3000:]
    lines = [line for line in log.splitlines() if "node stopped at height" in line]
    assert lines, log[-3000:]
    return int(lines[-1].rsplit(" ", 1)[1])


@pytest.mark.slow
@pytest.mark.asyncio
async def test_a_node_with_the_flag_stops_cleanly_when_its_standard_input_closes(tmp_path: Path) -> None:
    config_path = init_node(tmp_path / "node")
    process, ready = await start_node(config_path, "--exit-with-parent")
    try:
        await wait_height(ready["api"], 3)
        assert process.stdin is not None
        process.stdin.close()  # what the kernel does when the parent dies
        assert await asyncio.wait_for(process.wait(), TIMEOUT_S) == 0
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    height = stopped_height(config_path)
    assert height >= 3
    assert "standard input closed" in (config_path.parent / "log").read_text()

    # The store and the WAL were left consistent: the node comes back at the same height and goes on.
    again, ready = await start_node(config_path, "--exit-with-parent")
    try:
        assert ready["height"] == height
        await wait_height(ready["api"], height + 2)
    finally:
        ask_to_stop(again)
        assert await asyncio.wait_for(again.wait(), TIMEOUT_S) == 0
    assert stopped_height(config_path) >= height + 2


@pytest.mark.slow
@pytest.mark.asyncio
async def test_without_the_flag_a_closed_standard_input_does_not_stop_the_node(tmp_path: Path) -> None:
    # A node started by hand in a terminal: Ctrl-D or a closed terminal input leaves it running.
    config_path = init_node(tmp_path / "node")
    process, ready = await start_node(config_path)
    try:
        assert process.stdin is not None
        process.stdin.close()
        await wait_height(ready["api"], 3)  # it keeps committing after the end of its input
        assert process.returncode is None
        process.terminate()
        assert await asyncio.wait_for(process.wait(), TIMEOUT_S) == 0
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    assert stopped_height(config_path) >= 3
    assert "standard input closed" not in (config_path.parent / "log").read_text()


@pytest.mark.slow
def test_a_parent_gone_before_the_ready_line_still_gets_a_clean_stop(tmp_path: Path) -> None:
    # Nobody reads the READY line: writing it meets a broken pipe, and the lifeline stops the node cleanly.
    config_path = init_node(tmp_path / "node")
    process = subprocess.Popen(
        node_args(config_path, "--exit-with-parent"), stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    try:
        assert process.stdin is not None
        assert process.stdout is not None
        process.stdout.close()
        process.stdin.close()
        assert process.wait(TIMEOUT_S) == 0
    finally:
        if process.returncode is None:
            process.kill()
            process.wait()
    stopped_height(config_path)  # node.json removed, the stop logged, no traceback


@pytest.mark.slow
def test_with_the_flag_and_an_input_already_at_its_end_the_node_starts_and_stops_cleanly(tmp_path: Path) -> None:
    config_path = init_node(tmp_path / "node")
    result = subprocess.run(
        node_args(config_path, "--exit-with-parent"),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    # /dev/null is at its end at once: the node starts, says READY and stops again, cleanly.
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(READY_PREFIX.encode())
    stopped_height(config_path)
