"""`python -m lightnode` against a loopback node: what a user types and reads, and its exit codes."""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path

import pytest

from lightnode.__main__ import UsageError, format_exc_amount, parse_amount, parse_key
from lightnode.protocol.address import encode_address
from lightnode.protocol.encoding import ONE_EXC
from lightnode.protocol.genesis import save_genesis
from lightnode.protocol.state import account_key
from lightnode.testing import ChainGenerator, LoopbackServer, MemoryProvider, SimulatedNode, key_from

ALICE, BOB = key_from("alice"), key_from("bob")


def test_amounts_are_read_and_shown_in_exc() -> None:
    assert parse_amount("2.5") == 5 * ONE_EXC // 2
    assert parse_amount("0.000000000000000001") == 1
    assert format_exc_amount(1_000_002 * ONE_EXC + ONE_EXC // 2) == "1,000,002.5 ExC"
    assert format_exc_amount(0) == "0 ExC"
    for bad in ("-1", "0", "abc", "0.0000000000000000001"):
        with pytest.raises(UsageError):
            parse_amount(bad)


def test_state_keys_can_be_written_three_ways() -> None:
    assert parse_key("text:meta/chain") == b"meta/chain"
    assert parse_key("6d657461") == b"meta"
    assert parse_key(f"acct:{encode_address(ALICE.actor_id)}") == account_key(ALICE.actor_id)
    with pytest.raises(UsageError):
        parse_key("not hex")


async def run_cli(*args: str) -> tuple[int, str, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "lightnode",
        *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


@pytest.mark.asyncio
async def test_the_command_line_reads_and_sends_through_a_node(tmp_path: Path) -> None:
    # Block times near the real clock: the CLI checks headers against this computer's time.
    now = time.time_ns() // 1_000_000
    gen = ChainGenerator(4, genesis_time_ms=now - 10_000, accounts=[(ALICE.actor_id, 10 * ONE_EXC)])
    node = SimulatedNode(gen)
    node.produce(3)
    genesis_file = tmp_path / "genesis.json"
    save_genesis(gen.genesis, genesis_file)
    key_file = tmp_path / "alice.json"
    key_file.write_text(json.dumps({"seed": ALICE.seed.hex()}))
    data = tmp_path / "data"
    async with LoopbackServer(MemoryProvider(node)) as server:
        base = ("--node", server.url, "--data", str(data))
        code, out, err = await run_cli(*base, "status")
        assert code == 2
        assert "no trust root" in err
        code, out, _ = await run_cli(*base, "--genesis", str(genesis_file), "status")
        assert code == 0, out
        assert "verified height 3" in out
        code, out, _ = await run_cli(*base, "balance", encode_address(ALICE.actor_id))
        assert code == 0
        assert "10 ExC, nonce 0, proven at height 3" in out
        code, out, _ = await run_cli(*base, "balance", encode_address(BOB.actor_id))
        assert "no account: proven absent" in out
        code, out, _ = await run_cli(
            *base,
            "--json",
            "send",
            "--key-file",
            str(key_file),
            "--to",
            encode_address(BOB.actor_id),
            "--amount",
            "1.5",
        )
        assert code == 0
        sent = json.loads(out)
        assert sent["status"] == "submitted"
        node.produce()
        code, out, _ = await run_cli(*base, "--json", "outbox", "--flush")
        assert json.loads(out)["actions"][0]["status"] == "included"
        code, out, _ = await run_cli(*base, "--json", "balance", encode_address(BOB.actor_id))
        assert json.loads(out)["balance"] == str(3 * ONE_EXC // 2)
        code, out, _ = await run_cli(*base, "get-state", "text:meta/chain")
        assert code == 0
        assert "at height 4" in out
        code, _, err = await run_cli(*base, "balance", "exc1notanaddress")
        assert code == 2
        assert "not an ExC address" in err
