"""`python devnet_owner.py DIR [--demo]`: start a small subprocess devnet in DIR, print the pids of its
processes, then hold it until killed (the app that embeds a devnet, as the lifeline test kills it)."""

from __future__ import annotations

import argparse
import asyncio
import json
from pathlib import Path

from fullnode.devnet import Devnet
from tests.integration.conftest import TEST_PARAMS, TEST_SETTINGS

#: The line that carries the pids on standard output.
PIDS_PREFIX = "PIDS "


async def hold(directory: Path, demo: bool) -> None:
    devnet = Devnet(
        2,
        directory,
        base_port=0,
        chain_id="exc-itest",
        params=TEST_PARAMS,
        node_settings=TEST_SETTINGS,
        demo=demo,
        demo_pace=0.1,
    )
    await devnet.start()
    nodes = [n.process.pid for n in devnet.nodes if n.process is not None]
    community = devnet.community.pid if devnet.community is not None else None
    print(PIDS_PREFIX + json.dumps({"nodes": nodes, "community": community}), flush=True)
    # Whoever runs this kills it: there is no clean way out on purpose.
    await asyncio.Event().wait()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("directory", type=Path)
    parser.add_argument("--demo", action="store_true")
    args = parser.parse_args()
    asyncio.run(hold(args.directory, args.demo))
