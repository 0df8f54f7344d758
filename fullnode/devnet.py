"""A local devnet: N validators on loopback with a genesis of demo accounts and a faucet (`etalonium-devnet`).

`Devnet` is importable: tests and the app start and stop one with `await devnet.start()` /
`await devnet.stop()`, as subprocesses (the default: they use every core, and can be killed) or in-process.
Subprocess nodes and the community never outlive the process that started them, however it ends: their
standard input is a lifeline (`fullnode.lifeline`, `etalonium-node start --exit-with-parent`).
The directory layout is

    DIR/genesis.json, DIR/accounts.json (demo account keys: devnet only!), DIR/faucet_key.json
    DIR/nodeN/config.toml, DIR/nodeN/node_key.json, DIR/nodeN/data/ (chain.sqlite, wal/, services/, node.json,
    node.log)
    DIR/community_ground_truth.json, DIR/community.log (with `demo=True`)
    DIR/format.json: the data format (`STATE_FORMAT`) of the build that made the devnet

A devnet directory made by a build of another data format cannot be used (its blocks and state would not
read, or not replay to the same state roots): `Devnet` refuses it with `IncompatibleDevnetError`, or with
`reset_incompatible=True` (the app's embedded devnet) renames it to `DIR.old-<format>-<UTC time>`, never
deleting it, and starts a new devnet in DIR.

Ports: with a base port P, node i serves its API on P + 2i and its peer socket on P + 2i + 1; with base
port 0 (the default of the class; the command line defaults to 2233) every port is picked by the OS on the
node's first start and then written into its config.toml, so a node always comes back on the same addresses
(clients keep their node list across an outage or a restart of the whole devnet). Nodes find each other
through their `node.json` files and learn each other's API address when they connect.

With `demo=True` the simulated community (`fullnode.community`) runs in a child process against the nodes'
APIs, and whoever the faucet funds (the app joining) is welcomed by it.
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
from typing import TYPE_CHECKING, Any

import aiohttp

from lightnode.protocol.address import encode_address
from lightnode.protocol.chain import Validator
from lightnode.protocol.encoding import ONE_EXC
from lightnode.protocol.genesis import Genesis, load_genesis, save_genesis
from lightnode.protocol.keys import PrivateKey

from .cli import READY_PREFIX
from .config import (
    ConfigError,
    NodeConfig,
    load_config,
    load_key,
    parse_listen,
    pin_ports,
    save_config,
    save_key,
    write_atomic,
)
from .lifeline import ask_to_stop

if TYPE_CHECKING:
    from .community.process import CommunityProcess

log = logging.getLogger("fullnode.devnet")

DEMO_ACCOUNTS = ("alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi")
DEMO_BALANCE = 1_000_000 * ONE_EXC
FAUCET_BALANCE = 10**9 * ONE_EXC
#: Parameters that make governance and escrow timeouts quick enough to watch on a devnet.
DEVNET_PARAMS = {"voting_period_blocks": 20, "min_release_timeout_blocks": 5}
START_TIMEOUT_S = 60.0
#: The demo community's defaults: its seed, seconds between two of its activities, and activities per simulated week.
DEMO_SEED = 1
DEMO_PACE_S = 0.5
DEMO_TICKS_PER_WEEK = 40
#: The format of what a devnet directory holds: the encodings of blocks, actions and state records. Bump it
#: whenever one of them changes. 1: directories made before the marker existed; 2: OrderRecord version 2
#: (an order keeps its listing's category and release timeout) and the LISTING_EDIT action; 3: blob chunk ids
#: are BLAKE3 (the services' chunk files and every manifest of format 2 name chunks by BLAKE2b).
STATE_FORMAT = 3
FORMAT_FILE = "format.json"


def node_command() -> list[str]:
    """The command that runs `fullnode.cli`, before its arguments.

    From source it is this interpreter with `-m fullnode.cli`. In a PyInstaller bundle `sys.executable` is the
    app itself, whose frozen entry point (`build/frozen_main.py`) runs the node for these same arguments, so
    the bundle needs no Python of its own on the machine.
    """
    return [sys.executable, "-m", "fullnode.cli"]


class DevnetError(Exception):
    """A devnet node failed to start or the devnet directory does not fit the request."""


class IncompatibleDevnetError(DevnetError):
    """The devnet directory was made by a build of another data format (`found`: 0 when unreadable)."""

    def __init__(self, message: str, found: int) -> None:
        super().__init__(message)
        self.found = found


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
        demo: bool = False,
        demo_seed: int = DEMO_SEED,
        demo_pace: float = DEMO_PACE_S,
        demo_ticks_per_week: int = DEMO_TICKS_PER_WEEK,
        reset_incompatible: bool = False,
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
        self.demo = demo
        self.demo_seed = demo_seed
        self.demo_pace = demo_pace
        self.demo_ticks_per_week = demo_ticks_per_week
        self.reset_incompatible = reset_incompatible
        #: Where an incompatible devnet found in the directory was moved (with `reset_incompatible`), and its
        #: format; None when the directory was used as it was.
        self.retired: Path | None = None
        self.retired_format = 0
        #: The demo community's process (with `demo=True`, once started).
        self.community: CommunityProcess | None = None
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
        found = self.stored_format()
        if found is not None and found != STATE_FORMAT:
            message = (
                f"{self.dir} holds a devnet made by another version of Etalonium (data format {found or 'unknown'}; "
                f"this version uses {STATE_FORMAT}), which this version cannot run. Start it with --fresh to "
                "replace it with a new devnet (whose chain starts over), or use another directory (--data-dir)"
            )
            if not self.reset_incompatible:
                raise IncompatibleDevnetError(message, found)
            log.warning("%s: moving it aside and starting a new devnet", message)
            self.retired, self.retired_format = self._move_aside(found), found
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
            # The marker before the genesis: a genesis without a marker reads as an older devnet.
            write_atomic(self.dir / FORMAT_FILE, (json.dumps({"state_format": STATE_FORMAT}) + "\n").encode())
            save_genesis(self.genesis, genesis_file)
        self.demo_keys = {name: demo_key(self.chain_id, name) for name in DEMO_ACCOUNTS}
        accounts = {
            name: {"address": encode_address(k.actor_id), "seed": k.seed.hex()} for name, k in self.demo_keys.items()
        }
        write_atomic(self.dir / "accounts.json", (json.dumps(accounts, indent=2) + "\n").encode(), mode=0o600)
        self.nodes = [self._configure(i, validator=True) for i in range(self.n)]

    def stored_format(self) -> int | None:
        """The data format of the devnet in the directory: None when there is none yet, 1 when it predates the
        format marker, 0 when the marker cannot be read."""
        if not (self.dir / "genesis.json").exists():
            return None
        try:
            doc = json.loads((self.dir / FORMAT_FILE).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return 1
        except (OSError, ValueError):
            return 0
        found = doc.get("state_format") if isinstance(doc, dict) else None
        return found if type(found) is int and found > 0 else 0

    def _move_aside(self, found: int) -> Path:
        """Rename the devnet directory to DIR.old-<format>-<UTC time> (never delete what someone may want)."""
        # Nodes or a community an earlier run left running would keep writing into the moved directory.
        for home in sorted(self.dir.glob("node*")):
            pid = _recorded_pid(home / "data" / "node.json")
            if pid is not None and pid != os.getpid():
                _stop_leftover(pid, str(home / "config.toml"))
        pid = _recorded_pid(self.dir / "community.json")
        if pid is not None and pid != os.getpid():
            _stop_leftover(pid, str(self.dir / "accounts.json"))
        stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
        target = self.dir.with_name(f"{self.dir.name}.old-{found}-{stamp}")
        extra = 1
        while target.exists():
            extra += 1
            target = self.dir.with_name(f"{self.dir.name}.old-{found}-{stamp}-{extra}")
        self.dir.rename(target)
        return target

    def _configure(self, index: int, *, validator: bool) -> DevnetNode:
        home = self.dir / f"node{index}"
        config_path = home / "config.toml"
        api_port, p2p_port = self._ports(index)
        if self.base_port == 0:
            api_port, p2p_port = _pinned_ports(config_path)
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
        save_config(config, config_path)
        return DevnetNode(index, home, config_path, validator)

    # ---- running --------------------------------------------------------------------------------------

    async def start(self) -> None:
        """Prepare the directory and start every node (and, with `demo`, the community); returns once every
        node serves its API and the chain has a first block (so that a light client has a header to verify)."""
        if not self.nodes:
            self.prepare()
        results = await asyncio.gather(*(self.start_node(i) for i in range(len(self.nodes))), return_exceptions=True)
        failures = [r for r in results if isinstance(r, BaseException)]
        if not failures:
            try:
                await self.wait_height(1)
            except (DevnetError, aiohttp.ClientError) as exc:
                failures.append(exc)
        if failures:
            await self.stop()
            raise failures[0]
        if self.demo:
            await self.start_community()

    async def wait_height(self, height: int, *, node: int = 0, within: float = START_TIMEOUT_S) -> None:
        """Wait until `node` has committed `height` (following its block subscription)."""
        url = self.api_url(node).replace("http", "ws", 1) + "/v1/ws?topics=actions"
        async with (
            aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=None)) as session,
            session.ws_connect(url) as ws,
        ):
            if (await self.status(node, session))["height"] >= height:
                return
            try:
                async with asyncio.timeout(within):
                    async for msg in ws:
                        if msg.type is aiohttp.WSMsgType.TEXT and json.loads(msg.data).get("height", 0) >= height:
                            return
            except TimeoutError:
                pass
        raise DevnetError(f"node {node} did not reach height {height} within {within:.0f} s")

    async def start_community(self) -> CommunityProcess:
        """Start the simulated community against the nodes' APIs (its ground truth goes into the devnet's
        directory); `demo=True` does this in `start()`."""
        from .community.process import CommunityProcess

        if self.community is not None and self.community.running:
            return self.community
        assert self.faucet_key is not None
        await stop_leftover(_recorded_pid(self.dir / "community.json"), str(self.dir / "accounts.json"))
        self.community = CommunityProcess(
            [n.api_url for n in self.nodes],
            self.dir / "accounts.json",
            self.dir,
            seed=self.demo_seed,
            pace=self.demo_pace,
            ticks_per_week=self.demo_ticks_per_week,
            faucet_address=encode_address(self.faucet_key.actor_id),
            log_file=self.dir / "community.log",
        )
        await self.community.start()
        write_atomic(self.dir / "community.json", (json.dumps({"pid": self.community.pid}) + "\n").encode())
        return self.community

    async def start_node(self, index: int) -> DevnetNode:
        node = self.nodes[index]
        if node.running:
            return node
        node.data_dir.mkdir(parents=True, exist_ok=True)
        await stop_leftover(_recorded_pid(node.data_dir / "node.json"), str(node.config_path))
        if self.in_process:
            await self._start_in_process(node)
        else:
            await self._start_subprocess(node)
        if self.base_port == 0:
            # The OS picked the ports on the first start: keep them for every later start.
            pin_ports(node.config_path, int(node.api.rpartition(":")[2]), int(node.p2p.rpartition(":")[2]))
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
                *node_command(),
                "start",
                "--config",
                str(node.config_path),
                "--exit-with-parent",
                # The lifeline: this process never writes to it, and its end closes however this process ends,
                # so the node (in its own session, out of reach of the terminal's Ctrl-C) never outlives it.
                stdin=asyncio.subprocess.PIPE,
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
        """Stop one node: cleanly (its lifeline closed, and SIGTERM), or abruptly (SIGKILL, as a crash) with
        `kill=True`."""
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
            ask_to_stop(process)
        try:
            await asyncio.wait_for(process.wait(), 30)
        except TimeoutError:
            process.kill()
            await process.wait()

    async def stop(self) -> None:
        """Stop the community (it writes its ground truth), then every node."""
        if self.community is not None:
            await self.community.stop()
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

    @property
    def api_urls(self) -> list[str]:
        """Every node's API base URL (chain and services), in node order."""
        return [n.api_url for n in self.nodes]

    @property
    def ground_truth_file(self) -> Path:
        """Where the demo community writes the ground truth of its planted trends."""
        from .community import GROUND_TRUTH_FILE

        return self.dir / GROUND_TRUTH_FILE

    async def welcome(self, actor: bytes | str) -> str:
        """Let someone join the devnet (the app's user): the faucet funds the actor id or address; with the
        demo community running, a few demo members follow them. Returns the faucet transfer's action id (hex),
        or "" if the faucet funded this address moments ago."""
        address = actor if isinstance(actor, str) else encode_address(actor)
        async with (
            aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as session,
            session.post(f"{self.api_url(0)}/v1/faucet", json={"address": address}) as response,
        ):
            doc = await response.json(content_type=None)
            if response.status == 429 and doc.get("error") == "faucet_cooldown":
                return ""
            if response.status >= 400:
                raise DevnetError(f"the faucet refused: {doc.get('reason', doc)}")
            return str(doc["id"])

    async def wait_connected(self, within: float = 30.0) -> None:
        """Wait until every running node is connected to every other one and knows its API address (so the
        services replicate between all of them)."""
        running = [n for n in self.nodes if n.running]

        async def connected(session: aiohttp.ClientSession, node: DevnetNode) -> bool:
            async with session.get(f"{node.api_url}/v1/status") as response:
                peers = (await response.json())["peers"]
            return sum(1 for p in peers if p.get("api")) >= len(running) - 1

        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session:
            deadline = time.monotonic() + within
            while not all([await connected(session, n) for n in running]):
                if time.monotonic() > deadline:
                    raise DevnetError(f"the devnet's nodes did not all connect within {within:.0f} s")
                await asyncio.sleep(0.05)  # peers dial each other in the background; look again shortly

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


def _recorded_pid(node_file: Path) -> int | None:
    """The process id a node wrote into its node.json when it started (the file goes when it stops)."""
    try:
        pid = json.loads(node_file.read_text(encoding="utf-8"))["pid"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return pid if isinstance(pid, int) else None


async def stop_leftover(pid: int | None, marker: str) -> None:
    """Stop a process an earlier run left behind (the app that ran the devnet was killed, say), so that a
    node comes back on its own ports and two processes never share a data directory. Only a process whose
    command line names `marker` (its configuration file) is touched; where /proc is missing, none is."""
    if pid is not None and pid != os.getpid():
        await asyncio.to_thread(_stop_leftover, pid, marker)


def _stop_leftover(pid: int, marker: str) -> None:
    proc = Path(f"/proc/{pid}")
    try:
        command = (proc / "cmdline").read_bytes()
    except OSError:
        return
    if marker.encode() not in command:
        return
    log.warning("stopping process %d, left running by an earlier devnet (%s)", pid, marker)
    for sig, patience in ((signal.SIGTERM, 30.0), (signal.SIGKILL, 10.0)):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, sig)
        deadline = time.monotonic() + patience
        # Not our child: there is nothing to wait on but its /proc entry.
        while _alive(proc) and time.monotonic() < deadline:
            time.sleep(0.05)
        if not _alive(proc):
            return


def _alive(proc: Path) -> bool:
    """Whether the process is still running (an exited one waiting for its parent counts as gone)."""
    try:
        status = (proc / "status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status


def _pinned_ports(config_path: Path) -> tuple[int, int]:
    """The API and peer ports an earlier start of this node wrote into its configuration (0 if none)."""
    if not config_path.exists():
        return 0, 0
    try:
        config = load_config(config_path)
        return parse_listen(config.api_listen, "api_listen")[1], parse_listen(config.p2p_listen, "p2p_listen")[1]
    except ConfigError:
        return 0, 0


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
    parser.add_argument(
        "--demo", action="store_true", help="run the simulated community (posts, votes, trading, live streams)"
    )
    parser.add_argument("--demo-seed", type=int, default=DEMO_SEED, help=f"the community's seed (default {DEMO_SEED})")
    parser.add_argument(
        "--demo-pace",
        type=float,
        default=DEMO_PACE_S,
        help=f"seconds between the community's activities (default {DEMO_PACE_S})",
    )
    parser.add_argument(
        "--demo-ticks-per-week",
        type=int,
        default=DEMO_TICKS_PER_WEEK,
        help=f"the community's activities per simulated week (default {DEMO_TICKS_PER_WEEK})",
    )
    return parser


async def _run(args: argparse.Namespace) -> int:
    devnet = Devnet(
        args.validators,
        args.data_dir,
        base_port=args.base_port,
        in_process=args.in_process,
        fresh=args.fresh,
        demo=args.demo,
        demo_seed=args.demo_seed,
        demo_pace=args.demo_pace,
        demo_ticks_per_week=args.demo_ticks_per_week,
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
    if devnet.community is not None:
        print(
            f"demo community: seed {devnet.demo_seed}, an activity every {devnet.demo_pace:g} s "
            f"(log {devnet.community.log_file}); planted trends in {devnet.ground_truth_file}"
        )
        print("  whoever the faucet funds is welcomed and followed by demo members")
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
