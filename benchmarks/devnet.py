"""Sustained signed-transfer throughput and commit latency on a local 4-validator devnet (subprocesses).

2000 funded accounts send pre-signed transfers at a fixed offered rate (default 1100/s for 20 s), in
batches every 100 ms spread over the four validators' APIs; the commit time of each action is when the
benchmark hears of its block on node 0's WebSocket. Latency is commit time minus submission time.
Every node verifies each action's signature once (on admission) and executes every block.

Prints a readable table; with --json, one JSON object of the figures as the last line. The raw PyNaCl
verify rate of this machine, measured in the same run before the devnet starts, is printed for scale.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import statistics
import sys
import tempfile
import time

import aiohttp

from benchmarks._harness import argument_parser, ed25519_verify_rate, percentile, report, rows_table
from fullnode.devnet import Devnet
from lightnode.protocol.actions import Action, Transfer, action_id_of_encoding
from lightnode.protocol.encoding import ONE_EXC, pack
from lightnode.protocol.keys import PrivateKey

FEE = 10**15  # the default minimum fee (0.001 ExC)
#: Seconds at the start of the run left out of the sustained-throughput window.
WARMUP_S = 3.0


async def run(args: argparse.Namespace) -> dict[str, float | int]:
    raw_verify = ed25519_verify_rate(1.0, message_bytes=200)
    chain_id = "exc-bench"
    accounts = [PrivateKey(i.to_bytes(4, "big") * 8) for i in range(1, args.accounts + 1)]
    total = int(args.rate * args.duration)
    per_account = -(-total // len(accounts))
    balances = {k.actor_id: 10**6 * ONE_EXC for k in accounts}
    # Pre-sign everything: account a sends its nonces in order, always through node a % 4, so its chain of
    # nonces reaches one mempool in order.
    sign_start = time.perf_counter()
    batches: list[list[tuple[int, bytes, bytes]]] = []  # per tick: (node, id, raw)
    order: list[tuple[int, bytes, bytes]] = []
    for nonce in range(per_account):
        for a, key in enumerate(accounts):
            if len(order) >= total:
                break
            to = accounts[(a + 1) % len(accounts)].actor_id
            action = Action(chain_id, key.public_key.raw, nonce, FEE, 10**9, Transfer(to, 1000 + nonce, ""))
            raw = action.sign(key).encode()
            order.append((a % args.validators, action_id_of_encoding(raw), raw))
    sign_s = time.perf_counter() - sign_start
    tick = 0.1
    per_tick = max(1, round(args.rate * tick))
    batches = [order[i : i + per_tick] for i in range(0, len(order), per_tick)]

    with tempfile.TemporaryDirectory(prefix="exc-bench-") as tmp:
        devnet = Devnet(
            args.validators,
            args.data_dir or tmp,
            fresh=True,
            chain_id=chain_id,
            accounts=balances,
            node_settings={
                "rate_limit_per_s": 100_000.0,
                "rate_limit_burst": 100_000.0,
                "log_level": args.log_level,
                "max_block_actions": args.max_block,
                **({"busy_block_interval_s": args.busy_interval} if args.busy_interval is not None else {}),
            },
        )
        await devnet.start()
        try:
            return await _measure(devnet, batches, tick, total, raw_verify, sign_s, args)
        finally:
            await devnet.stop()


async def _measure(
    devnet: Devnet,
    batches: list[list[tuple[int, bytes, bytes]]],
    tick: float,
    total: int,
    raw_verify: float,
    sign_s: float,
    args: argparse.Namespace,
) -> dict[str, float | int]:
    submitted: dict[str, float] = {}
    committed: dict[str, float] = {}
    failed = 0
    rejected = 0
    done = asyncio.Event()
    heights: list[tuple[int, float, int]] = []

    async with aiohttp.ClientSession() as session:
        ws = await session.ws_connect(f"{devnet.api_url(0)}/v1/ws?topics=actions")

        async def listen() -> None:
            nonlocal failed
            async for msg in ws:
                if msg.type != aiohttp.WSMsgType.TEXT:
                    continue
                doc = json.loads(msg.data)
                if doc.get("type") != "actions":
                    continue
                now = time.perf_counter()
                heights.append((doc["height"], now, len(doc["results"])))
                for action_id, ok, _reason in doc["results"]:
                    if action_id in submitted and action_id not in committed:
                        committed[action_id] = now
                        failed += not ok
                if len(committed) >= len(submitted) and len(submitted) >= total - rejected:
                    done.set()

        listener = asyncio.ensure_future(listen())

        async def post(node: int, items: list[tuple[int, bytes, bytes]]) -> None:
            nonlocal rejected
            now = time.perf_counter()
            for _, action_id, _ in items:
                submitted[action_id.hex()] = now
            body = pack([raw for _, _, raw in items])
            async with session.post(f"{devnet.api_url(node)}/v1/actions/batch", data=body) as response:
                doc = await response.json()
                for item in doc.get("rejected", []):
                    rejected += 1
                    submitted.pop(items[item["index"]][1].hex(), None)
                    if rejected <= 5:
                        print(f"rejected: {item['error']}", file=sys.stderr)

        start = time.perf_counter()
        pending: set[asyncio.Task[None]] = set()
        for i, batch in enumerate(batches):
            target = start + i * tick
            delay = target - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            for node in range(args.validators):
                items = [b for b in batch if b[0] == node]
                if items:
                    task = asyncio.ensure_future(post(node, items))
                    pending.add(task)
                    task.add_done_callback(pending.discard)
        submit_end = time.perf_counter()
        if pending:
            await asyncio.gather(*pending)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(done.wait(), args.drain_timeout)
        listener.cancel()
        await ws.close()

    latencies = [committed[i] - submitted[i] for i in committed if i in submitted]
    # Throughput: every committed action over the whole run, from the first submission to the last commit
    # (warm-up and drain included). The steady figure counts only commits between a warm-up and the end of
    # submission; when the chain keeps up, both are close to the offered rate.
    warm = start + min(WARMUP_S, (submit_end - start) / 4)
    window = submit_end - warm
    in_window = sum(1 for t in committed.values() if warm <= t <= submit_end)
    first_submit = min(submitted.values()) if submitted else start
    last_commit = max(committed.values()) if committed else time.perf_counter()
    span = last_commit - first_submit
    overall = len(committed) / span if span > 0 else 0.0
    blocks = [h for h in heights if h[2] > 0]
    return {
        "actions_per_s": round(overall, 1),
        "steady_actions_per_s": round(in_window / window, 1) if window > 0 else 0.0,
        "offered_per_s": round(len(submitted) / max(submit_end - start, 1e-9), 1),
        "commit_latency_p50_s": round(percentile(latencies, 0.50), 3),
        "commit_latency_p99_s": round(percentile(latencies, 0.99), 3),
        "commit_latency_mean_s": round(statistics.fmean(latencies), 3) if latencies else float("nan"),
        "raw_verify_per_s": round(raw_verify, 1),
        "throughput_vs_raw_verify": round(overall / raw_verify, 4),
        "submitted": len(submitted),
        "committed": len(committed),
        "rejected": rejected,
        "failed_in_block": failed,
        "blocks_with_actions": len(blocks),
        "max_actions_per_block": max((h[2] for h in blocks), default=0),
        "validators": args.validators,
        "presign_s": round(sign_s, 2),
    }


def main() -> int:
    parser = argument_parser(__doc__)
    parser.add_argument("--rate", type=float, default=1100.0, help="offered actions per second")
    parser.add_argument("--duration", type=float, default=20.0, help="seconds of submission")
    parser.add_argument("--accounts", type=int, default=2000, help="sending accounts")
    parser.add_argument("--validators", type=int, default=4)
    parser.add_argument("--max-block", type=int, default=2000, help="max actions per block")
    parser.add_argument("--drain-timeout", type=float, default=30.0)
    parser.add_argument("--busy-interval", type=float, help="the nodes' busy_block_interval_s")
    parser.add_argument("--log-level", default="WARNING", help="the nodes' log level")
    parser.add_argument("--data-dir", help="keep the devnet (logs, data) here, not in a temporary directory")
    args = parser.parse_args()
    figures = asyncio.run(run(args))
    rows = [
        ("sustained throughput", f"{figures['actions_per_s']:.0f} actions/s", "target ≥ 1000"),
        ("offered load", f"{figures['offered_per_s']:.0f} actions/s", ""),
        ("steady state (after warm-up)", f"{figures['steady_actions_per_s']:.0f} actions/s", ""),
        ("commit latency p50", f"{figures['commit_latency_p50_s']:.3f} s", ""),
        ("commit latency p99", f"{figures['commit_latency_p99_s']:.3f} s", "target ≤ 2 s"),
        ("raw PyNaCl verify (1 core)", f"{figures['raw_verify_per_s']:.0f} /s", "baseline"),
        (
            "throughput / raw verify",
            f"{figures['throughput_vs_raw_verify']:.3f}",
            "4 nodes verify each action",
        ),
        (
            "committed / submitted",
            f"{figures['committed']} / {figures['submitted']}",
            f"{figures['rejected']} rejected",
        ),
        (
            "blocks with actions",
            f"{figures['blocks_with_actions']}",
            f"max {figures['max_actions_per_block']} per block",
        ),
    ]
    title = f"ExC devnet benchmark: {args.validators} validators (subprocesses), signed transfers"
    report(f"{title}\n{rows_table(rows, indent='  ', value_width=22)}", figures, as_json=args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
