"""A local devnet: N validators on loopback with a genesis of demo accounts and a faucet (`etalonium-devnet`).

`Devnet` is importable: tests and the app start and stop one with `await devnet.start()` /
`await devnet.stop()`, as subprocesses (the default: they use every core, and can be killed) or in-process.
The directory layout is

    DIR/genesis.json, DIR/accounts.json (demo account keys: devnet only!), DIR/faucet_key.json
    DIR/nodeN/config.toml, DIR/nodeN/node_key.json, DIR/nodeN/data/ (chain.sqlite, wal/, node.json, node.log)

Ports: with a base port P, node i serves its API on P + 2i and its peer socket on P + 2i + 1; with base
port 0 (the default of the class; the command line defaults to 2233) every port is picked by the OS, and
nodes find each other through their `node.json` files.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import json
import logging
import os
import signal
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

from lightnode.protocol.address import encode_address
from lightnode.protocol.chain import Validator
from lightnode.protocol.encoding import ONE_EXC
from lightnode.protocol.genesis import Genesis, load_genesis, save_genesis
from lightnode.protocol.keys import PrivateKey

from .cli import READY_PREFIX
from .config import NodeConfig, load_config, load_key, save_config, save_key, write_atomic

log = logging.getLogger("fullnode.devnet")

DEMO_ACCOUNTS = ("alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi")
DEMO_BALANCE = 1_000_000 * ONE_EXC
FAUCET_BALANCE = 10**9 * ONE_EXC
#: Parameters that make governance and escrow timeouts quick enough to watch on a devnet.
DEVNET_PARAMS = {"voting_period_blocks": 20, "min_release_timeout_blocks": 5}
START_TIMEOUT_S = 60.0


class DevnetError(Exception):
    """A devnet node failed to start or the devnet directory does not fit the request."""


def demo_key(chain_id: str, name: str) -> PrivateKey:
    """The deterministic key of a demo account (devnet only: anyone can derive it)."""
    return PrivateKey(hashlib.blake2b(f"{chain_id}/{name}".encode(), digest_size=32, person=b"exc/devnet").digest())


@dataclass
class DevnetNode:
    index: int
    home: Path
    config_path: Path
    validator: bool
    process: asyncio.subprocess.Process | None = None
    node: Any = None  # an in-process fullnode.node.Node
    api: str = ""
    p2p: str = ""
    address: str = ""
    log_file: Path = field(init=False)

    def __post_init__(self) -> None:
        self.log_file = self.home / "data" / "node.log"

    @property
    def api_url(self) -> str:
        return f"http://{self.api}"

    @property
    def data_dir(self) -> Path:
        return self.home / "data"

    @property
    def running(self) -> bool:
        if self.node is not None:
            return True
        return self.process is not None and self.process.returncode is None


class Devnet:
    """N validators (plus optional observer nodes) on 127.0.0.1 sharing one genesis."""

    def __init__(
        self,
        validators: int = 4,
        data_dir: str | os.PathLike[str] | None = None,
        *,
        base_port: int = 0,
        chain_id: str = "exc-devnet",
        in_process: bool = False,
        accounts: Mapping[bytes, int] | None = None,
        params: Mapping[str, int] | None = None,
        node_settings: Mapping[str, Any] | None = None,
        per_node_settings: Mapping[int, Mapping[str, Any]] | None = None,
        fresh: bool = False,
    ) -> None:
        if not 1 <= validators <= 64:
            raise DevnetError("a devnet has between 1 and 64 validators")
        self.n = validators
        self.dir = Path(data_dir) if data_dir is not None else default_devnet_dir()
        self.base_port = base_port
        self.chain_id = chain_id
        self.in_process = in_process
        self.extra_accounts = dict(accounts or {})
        self.params = {**DEVNET_PARAMS, **(params or {})}
        self.node_settings = dict(node_settings or {})
        self.per_node_settings = {k: dict(v) for k, v in (per_node_settings or {}).items()}
        self.fresh = fresh
        self.nodes: list[DevnetNode] = []
        self.genesis: Genesis | None = None
        self.faucet_key: PrivateKey | None = None
        self.demo_keys: dict[str, PrivateKey] = {}
        self.validator_keys: list[PrivateKey] = []

    # ---- layout ---------------------------------------------------------------------------------------

    def _ports(self, index: int) -> tuple[int, int]:
        if self.base_port == 0:
            return 0, 0
        return self.base_port + 2 * index, self.base_port + 2 * index + 1

    def _peer_spec(self, index: int) -> str:
        if self.base_port == 0:
            return f"file:{(self.dir / f'node{index}' / 'data' / 'node.json').resolve()}"
        return f"127.0.0.1:{self._ports(index)[1]}"

    def prepare(self) -> None:
        """Write the genesis, keys and node configurations (reusing an existing devnet of the same size)."""
        genesis_file = self.dir / "genesis.json"
        if self.fresh and self.dir.exists():
            import shutil

            shutil.rmtree(self.dir)
        self.dir.mkdir(parents=True, exist_ok=True)
        if genesis_file.exists():
            self.genesis = load_genesis(genesis_file)
            if len(self.genesis.validators) != self.n:
                raise DevnetError(
                    f"{self.dir} holds a devnet of {len(self.genesis.validators)} validators; "
                    "pass another directory or fresh=True (--fresh) to recreate it"
                )
            self.faucet_key = load_key(self.dir / "faucet_key.json")
            self.validator_keys = [load_key(self.dir / f"node{i}" / "node_key.json") for i in range(self.n)]
        else:
            self.validator_keys = [PrivateKey.generate() for _ in range(self.n)]
            self.faucet_key = PrivateKey.generate()
            balances: dict[bytes, int] = {self.faucet_key.actor_id: FAUCET_BALANCE}
            for name in DEMO_ACCOUNTS:
                balances[demo_key(self.chain_id, name).actor_id] = DEMO_BALANCE
            balances.update(self.extra_accounts)
            self.genesis = Genesis.create(
                self.chain_id,
                int(time.time() * 1000),
                [Validator(k.public_key.raw, 10) for k in self.validator_keys],
                balances.items(),
                self.params,
            )
            save_key(self.faucet_key, self.dir / "faucet_key.json")
            for i, key in enumerate(self.validator_keys):
                save_key(key, self.dir / f"node{i}" / "node_key.json")
            save_genesis(self.genesis, genesis_file)
        self.demo_keys = {name: demo_key(self.chain_id, name) for name in DEMO_ACCOUNTS}
        accounts = {
            name: {"address": encode_address(k.actor_id), "seed": k.seed.hex()} for name, k in self.demo_keys.items()
        }
        write_atomic(self.dir / "accounts.json", (json.dumps(accounts, indent=2) + "\n").encode(), mode=0o600)
        self.nodes = [self._configure(i, validator=True) for i in range(self.n)]

    def _configure(self, index: int, *, validator: bool) -> DevnetNode:
        home = self.dir / f"node{index}"
        api_port, p2p_port = self._ports(index)
        peers = [self._peer_spec(j) for j in range(self.n) if j != index]
        settings: dict[str, Any] = {
            "block_interval_s": 1.0,
            "rate_limit_per_s": 500.0,
            "rate_limit_burst": 2000.0,
            **self.node_settings,
            **self.per_node_settings.get(index, {}),
        }
        config = NodeConfig(
            data_dir=home / "data",
            genesis_file=self.dir / "genesis.json",
            node_key_file=home / "node_key.json",
            api_listen=f"127.0.0.1:{api_port}",
            p2p_listen=f"127.0.0.1:{p2p_port}",
            peers=peers,
            faucet_key_file=self.dir / "faucet_key.json",
            **settings,
        )
        config_path = home / "config.toml"
        save_config(config, config_path)
        return DevnetNode(index, home, config_path, validator)

    # ---- running --------------------------------------------------------------------------------------

    async def start(self) -> None:
        """Prepare the directory and start every node; returns once all of them serve their API."""
        if not self.nodes:
            self.prepare()
        results = await asyncio.gather(*(self.start_node(i) for i in range(len(self.nodes))), return_exceptions=True)
        failures = [r for r in results if isinstance(r, BaseException)]
        if failures:
            await self.stop()
            raise failures[0]

    async def start_node(self, index: int) -> DevnetNode:
        node = self.nodes[index]
        if node.running:
            return node
        node.data_dir.mkdir(parents=True, exist_ok=True)
        if self.in_process:
            await self._start_in_process(node)
        else:
            await self._start_subprocess(node)
        log.info("devnet node %d up: api %s, p2p %s", index, node.api, node.p2p)
        return node

    async def _start_in_process(self, node: DevnetNode) -> None:
        from .node import Node

        config = load_config(node.config_path)
        assert self.genesis is not None
        faucet = load_key(config.faucet_key_file) if config.faucet_key_file else None
        instance = Node(config, self.genesis, load_key(config.node_key_file), faucet)
        await instance.start()
        node.node = instance
        node.api = f"{instance.api_host}:{instance.api_port}"
        node.p2p = f"{instance.p2p_host}:{instance.p2p_port}"
        node.address = encode_address(instance.address)

    async def _start_subprocess(self, node: DevnetNode) -> None:
        log_handle = node.log_file.open("ab")
        try:
            process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "fullnode.cli",
                "start",
                "--config",
                str(node.config_path),
                stdin=asyncio.subprocess.DEVNULL,
                stdout=asyncio.subprocess.PIPE,
                stderr=log_handle,
                env={**os.environ, "PYTHONUNBUFFERED": "1"},
                start_new_session=True,
            )
        finally:
            log_handle.close()
        node.process = process
        assert process.stdout is not None
        try:
            line = await asyncio.wait_for(process.stdout.readline(), START_TIMEOUT_S)
        except TimeoutError:
            process.kill()
            await process.wait()
            raise DevnetError(f"node {node.index} did not start within {START_TIMEOUT_S:.0f} s") from None
        text = line.decode("utf-8", "replace").strip()
        if not text.startswith(READY_PREFIX):
            await process.wait()
            tail = node.log_file.read_text(errors="replace")[-2000:] if node.log_file.exists() else ""
            raise DevnetError(f"node {node.index} failed to start:\n{text}\n{tail}")
        ready = json.loads(text[len(READY_PREFIX) :])
        node.api, node.p2p, node.address = ready["api"], ready["p2p"], ready["address"]

    async def stop_node(self, index: int, *, kill: bool = False) -> None:
        """Stop one node: cleanly (SIGTERM), or abruptly (SIGKILL, as a crash) with `kill=True`."""
        node = self.nodes[index]
        if node.node is not None:
            instance, node.node = node.node, None
            await instance.stop()
            return
        process = node.process
        if process is None or process.returncode is not None:
            return
        if kill:
            process.kill()
        else:
            process.terminate()
        try:
            await asyncio.wait_for(process.wait(), 30)
        except TimeoutError:
            process.kill()
            await process.wait()

    async def stop(self) -> None:
        await asyncio.gather(*(self.stop_node(i) for i in range(len(self.nodes))), return_exceptions=True)

    async def add_node(self, settings: Mapping[str, Any] | None = None) -> DevnetNode:
        """Start a fresh non-validator node that joins the devnet and syncs from the validators."""
        index = len(self.nodes)
        home = self.dir / f"node{index}"
        save_key(PrivateKey.generate(), home / "node_key.json")
        if settings:
            self.per_node_settings[index] = dict(settings)
        node = self._configure(index, validator=False)
        self.nodes.append(node)
        return await self.start_node(index)

    async def __aenter__(self) -> Devnet:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    # ---- conveniences ---------------------------------------------------------------------------------

    def api_url(self, index: int = 0) -> str:
        return self.nodes[index].api_url

    async def status(self, index: int, session: aiohttp.ClientSession) -> dict[str, Any]:
        async with session.get(f"{self.api_url(index)}/v1/status") as response:
            result: dict[str, Any] = await response.json()
            return result

    def describe(self) -> list[dict[str, Any]]:
        return [
            {
                "node": n.index,
                "validator": n.validator,
                "address": n.address,
                "api": n.api_url,
                "p2p": n.p2p,
                "log": str(n.log_file),
            }
            for n in self.nodes
        ]


def default_devnet_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("etalonium")) / "devnet"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="etalonium-devnet", description="Run a local ExC devnet of N validators on 127.0.0.1."
    )
    parser.add_argument("--validators", type=int, default=4, help="number of validators (default 4)")
    parser.add_argument("--data-dir", type=Path, help=f"devnet directory (default {default_devnet_dir()})")
    parser.add_argument(
        "--base-port",
        type=int,
        default=2233,
        help="API port of node 0 (node i: P+2i, peers P+2i+1; 0 = any free)",
    )
    parser.add_argument("--fresh", action="store_true", help="delete the devnet directory first")
    parser.add_argument("--in-process", action="store_true", help="run the nodes in this process")
    return parser


async def _run(args: argparse.Namespace) -> int:
    devnet = Devnet(
        args.validators, args.data_dir, base_port=args.base_port, in_process=args.in_process, fresh=args.fresh
    )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await devnet.start()
    except DevnetError as exc:
        print(f"etalonium-devnet: {exc}", file=sys.stderr)
        await devnet.stop()
        return 1
    assert devnet.genesis is not None
    print(f"ExC devnet '{devnet.chain_id}' with {devnet.n} validators in {devnet.dir}")
    print(f"genesis hash {devnet.genesis.hash().hex()}")
    for info in devnet.describe():
        print(f"  node{info['node']}  {info['address']}  api {info['api']}  p2p {info['p2p']}")
    print(f'faucet: POST {devnet.api_url(0)}/v1/faucet with {{"address": "exc1..."}}')
    print(f"demo accounts (keys in {devnet.dir / 'accounts.json'}): {', '.join(DEMO_ACCOUNTS)}")
    print("press Ctrl-C to stop", flush=True)
    watchers = [asyncio.ensure_future(n.process.wait()) for n in devnet.nodes if n.process is not None]
    stopper = asyncio.ensure_future(stop.wait())
    done, _ = await asyncio.wait([stopper, *watchers], return_when=asyncio.FIRST_COMPLETED)
    code = 0
    if stopper not in done:
        crashed = [n.index for n in devnet.nodes if n.process is not None and n.process.returncode is not None]
        print(f"etalonium-devnet: node(s) {crashed} exited; stopping the devnet", file=sys.stderr)
        code = 1
    print("stopping…", flush=True)
    await devnet.stop()
    for task in [stopper, *watchers]:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    return code


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.in_process:
        logging.getLogger().setLevel(logging.INFO)
    try:
        return asyncio.run(_run(args))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
