"""`etalonium-node`: create a node's configuration and keys (`init`) and run the node (`start`)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import signal
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from lightnode.protocol.address import encode_address
from lightnode.protocol.chain import Validator
from lightnode.protocol.encoding import ONE_EXC
from lightnode.protocol.errors import ProtocolError
from lightnode.protocol.genesis import Genesis, load_genesis, save_genesis
from lightnode.protocol.keys import PrivateKey

from .config import (
    DEFAULT_API_PORT,
    DEFAULT_P2P_PORT,
    ConfigError,
    NodeConfig,
    load_config,
    load_key,
    save_config,
    save_key,
)
from .consensus.wal import WalError
from .lifeline import announce, watch_stdin
from .store import StoreError

READY_PREFIX = "READY "

log = logging.getLogger("fullnode.cli")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="etalonium-node", description="Run an ExtraChain (ExC) full node.")
    sub = parser.add_subparsers(dest="command", required=True)

    init = sub.add_parser("init", help="create a configuration, a node key and (optionally) a new chain")
    init.add_argument("--home", type=Path, required=True, help="directory for config.toml, keys and data")
    init.add_argument("--genesis", type=Path, help="join the chain of this genesis file (default: a new chain)")
    init.add_argument("--chain-id", default="exc-local", help="chain id of a new chain (default: exc-local)")
    init.add_argument("--api-listen", default=f"127.0.0.1:{DEFAULT_API_PORT}", help="API host:port")
    init.add_argument("--p2p-listen", default=f"127.0.0.1:{DEFAULT_P2P_PORT}", help="peer host:port")
    init.add_argument("--peer", action="append", default=[], help="a peer's host:port (repeatable)")
    init.add_argument("--json", action="store_true", help="write config.json instead of config.toml")
    init.add_argument("--force", action="store_true", help="overwrite an existing configuration")

    start = sub.add_parser("start", help="run the node until Ctrl-C or SIGTERM")
    where = start.add_mutually_exclusive_group(required=True)
    where.add_argument("--home", type=Path, help="directory made by `init`")
    where.add_argument("--config", type=Path, help="configuration file (.toml or .json)")
    start.add_argument("--log-file", type=Path, help="write the log here instead of standard error")
    start.add_argument(
        "--exit-with-parent",
        action="store_true",
        help="stop cleanly (as on SIGTERM) when standard input closes: for a program that starts the node "
        "with a pipe as its standard input, which closes however that program ends",
    )

    show = sub.add_parser("show", help="print the node's address and public key")
    show.add_argument("--home", type=Path, required=True)
    return parser


def _config_path(home: Path) -> Path:
    for name in ("config.toml", "config.json"):
        if (home / name).exists():
            return home / name
    raise ConfigError(f"{home} has no config.toml or config.json (run `etalonium-node init --home {home}`)")


def cmd_init(args: argparse.Namespace) -> int:
    home: Path = args.home.resolve()
    config_file = home / ("config.json" if args.json else "config.toml")
    if (config_file.exists() or (home / "node_key.json").exists()) and not args.force:
        print(f"{home} is already initialised (use --force to overwrite)", file=sys.stderr)
        return 1
    home.mkdir(parents=True, exist_ok=True)
    key = PrivateKey.generate()
    save_key(key, home / "node_key.json")
    genesis_file = home / "genesis.json"
    if args.genesis is not None:
        genesis = load_genesis(args.genesis)
        save_genesis(genesis, genesis_file)
    else:
        genesis = Genesis.create(
            args.chain_id,
            int(time.time() * 1000),
            [Validator(key.public_key.raw, 10)],
            [(key.actor_id, 1_000_000 * ONE_EXC)],
        )
        save_genesis(genesis, genesis_file)
    config = NodeConfig(
        data_dir=home / "data",
        genesis_file=genesis_file,
        node_key_file=home / "node_key.json",
        api_listen=args.api_listen,
        p2p_listen=args.p2p_listen,
        peers=list(args.peer),
    )
    save_config(config, config_file)
    print(f"initialised {home}")
    print(f"  chain      {genesis.chain_id} (genesis {genesis.hash().hex()})")
    print(f"  address    {encode_address(key.actor_id)}")
    print(f"  public key {key.public_key.raw.hex()}")
    print(f"  config     {config_file}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    config = load_config(_config_path(args.home.resolve()))
    key = load_key(config.node_key_file)
    print(json.dumps({"address": encode_address(key.actor_id), "public_key": key.public_key.raw.hex()}))
    return 0


def _setup_logging(level: str, log_file: Path | None) -> None:
    handler: logging.Handler = logging.FileHandler(log_file) if log_file else logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    logging.getLogger("aiohttp").setLevel(logging.WARNING)


async def run_node(config: NodeConfig, *, exit_with_parent: bool = False) -> None:
    """Start a node, print its READY line, and run until SIGINT or SIGTERM (or, with `exit_with_parent`,
    until standard input closes)."""
    from .node import Node

    genesis = load_genesis(config.genesis_file)
    key = load_key(config.node_key_file)
    faucet = load_key(config.faucet_key_file) if config.faucet_key_file else None
    node = Node(config, genesis, key, faucet)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        # Windows' loop has no signal handlers: there Ctrl-C interrupts, and a devnet stops a node through
        # its lifeline (terminate() would kill it).
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    if exit_with_parent:

        def parent_gone() -> None:
            log.info("standard input closed (the program that started the node is gone or stops it): stopping")
            stop.set()

        watch_stdin(loop, parent_gone)
    await node.start()
    ready = {
        "api": f"{node.api_host}:{node.api_port}",
        "p2p": f"{node.p2p_host}:{node.p2p_port}",
        "address": encode_address(node.address),
        "height": node.height,
    }
    try:
        announce(READY_PREFIX + json.dumps(ready))
        await stop.wait()
    finally:
        await node.stop()


def cmd_start(args: argparse.Namespace) -> int:
    config_file = args.config if args.config is not None else _config_path(args.home.resolve())
    config = load_config(config_file)
    _setup_logging(config.log_level, args.log_file)
    asyncio.run(run_node(config, exit_with_parent=args.exit_with_parent))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "init":
            return cmd_init(args)
        if args.command == "show":
            return cmd_show(args)
        return cmd_start(args)
    except (ConfigError, StoreError, WalError, ProtocolError, OSError) as exc:
        print(f"etalonium-node: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        sys.exit(main())
