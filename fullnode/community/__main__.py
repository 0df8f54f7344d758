"""`python -m fullnode.community`: run the simulated community against a devnet's API until SIGTERM.

The devnet launcher starts it (`etalonium-devnet --demo`, `Devnet(demo=True)`) in its own process, so that
generating pictures and video never slows the app that embeds the devnet. It reports on standard output, one
line at a time: `PROGRESS {"stats": {...}, "live": [channel keys], "welcomed": [addresses], "recent_posts":
[post ids]}` whenever it did something (at most a few times a second), and `STOPPED {...}` when it has written
its ground truth and exits.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import signal
import sys
import threading
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

import aiohttp

from lightnode.protocol.address import decode_address, encode_address
from lightnode.protocol.errors import AddressError
from lightnode.protocol.keys import PrivateKey

from ..lifeline import LifelineError, announce, watch_stdin
from .node_api import NodeApiError
from .process import PROGRESS_PREFIX, STOPPED_PREFIX
from .runner import DEFAULT_TICKS_PER_WEEK, Community

log = logging.getLogger("fullnode.community")

#: Progress lines are written at most this often.
REPORT_INTERVAL_S = 0.25
#: How long a community whose nodes went away waits for its lifeline to tell that the devnet is gone too.
LIFELINE_GRACE_S = 5.0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m fullnode.community", description=__doc__)
    parser.add_argument("--api", action="append", required=True, help="a node's API base URL (repeatable)")
    parser.add_argument("--funders", type=Path, required=True, help="a devnet accounts.json: keys that fund members")
    parser.add_argument("--data-dir", type=Path, required=True, help="where the ground truth is written")
    parser.add_argument("--seed", type=int, default=1, help="the community's seed (same seed, same community)")
    parser.add_argument("--pace", type=float, default=0.5, help="seconds between activities")
    parser.add_argument(
        "--ticks-per-week",
        type=int,
        default=DEFAULT_TICKS_PER_WEEK,
        help=f"activities per simulated week (default {DEFAULT_TICKS_PER_WEEK}; more: more posts a week)",
    )
    parser.add_argument("--faucet", help="the faucet's address: whoever it funds is welcomed")
    parser.add_argument(
        "--exit-with-parent",
        action="store_true",
        help="stop as on SIGTERM when standard input closes (the devnet holds the other end of the pipe)",
    )
    return parser


def load_funders(path: Path) -> list[PrivateKey]:
    """The keys of a devnet's accounts.json (`{name: {"address", "seed"}}`)."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    return [PrivateKey(bytes.fromhex(entry["seed"])) for _, entry in sorted(doc.items())]


def report(community: Community, prefix: str = PROGRESS_PREFIX) -> None:
    doc = {
        "stats": asdict(community.stats),
        "live": sorted(k.hex() for k in community.live_channels),
        "welcomed": sorted(encode_address(a) for a in community.welcomed),
        "recent_posts": [i.hex() for i in community.post_ids[-3:]],
    }
    announce(prefix + json.dumps(doc))


async def _run(args: argparse.Namespace) -> int:
    try:
        faucet = decode_address(args.faucet) if args.faucet else None
        funders = load_funders(args.funders)
    except (OSError, ValueError, KeyError, TypeError, AddressError) as exc:
        print(f"fullnode.community: {exc}", file=sys.stderr)
        return 2
    if args.ticks_per_week < 1:
        print("fullnode.community: --ticks-per-week must be at least 1", file=sys.stderr)
        return 2
    community = Community(
        args.api,
        funders,
        seed=args.seed,
        data_dir=args.data_dir,
        pace=args.pace,
        ticks_per_week=args.ticks_per_week,
        faucet=faucet,
    )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        # Windows' loop has no signal handlers: there the devnet stops the community through its lifeline.
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    lifeline: threading.Event | None = None
    if args.exit_with_parent:

        def parent_gone() -> None:
            log.info("standard input closed (the devnet is gone or stops it): stopping")
            stop.set()

        try:
            lifeline = watch_stdin(loop, parent_gone)
        except LifelineError as exc:
            print(f"fullnode.community: {exc}", file=sys.stderr)
            return 2
    running = asyncio.ensure_future(community.run(stop=stop))
    while not running.done():
        community.progressed.clear()
        waiter = asyncio.ensure_future(community.progressed.wait())
        await asyncio.wait({running, waiter}, return_when=asyncio.FIRST_COMPLETED)
        waiter.cancel()
        if not running.done():
            report(community)
            await asyncio.wait({running}, timeout=REPORT_INTERVAL_S)
    try:
        running.result()
    except (aiohttp.ClientError, NodeApiError, TimeoutError) as exc:
        # When the program that ran the devnet dies, its nodes stop at the same moment as the community, which
        # may meet them gone before it has read the end of its lifeline: then it is no failure (the ground truth
        # is written all the same). Nodes gone while the devnet lives are one.
        stopping = stop.is_set()
        if not stopping and lifeline is not None:
            stopping = await asyncio.to_thread(lifeline.wait, LIFELINE_GRACE_S)
        if not stopping:
            raise
        log.info("the nodes went away as the community was stopping: %s", exc)
    finally:
        report(community, STOPPED_PREFIX)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("aiohttp").setLevel(logging.WARNING)
    return asyncio.run(_run(args))


if __name__ == "__main__":
    sys.exit(main())
