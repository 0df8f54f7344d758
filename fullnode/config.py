"""Node configuration (TOML or JSON file) and key files, with clear errors for every bad setting."""

from __future__ import annotations

import json
import os
import tempfile
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from lightnode.protocol.keys import SEED_SIZE, PrivateKey

from .consensus.core import TimeoutParams

DEFAULT_API_PORT = 2233
DEFAULT_P2P_PORT = 2234


class ConfigError(Exception):
    """A configuration or key file that is missing, malformed or inconsistent."""


@dataclass
class NodeConfig:
    """Everything a node needs to run; paths are absolute once loaded."""

    data_dir: Path
    genesis_file: Path
    node_key_file: Path
    #: Where the HTTP + WebSocket API listens (loopback unless configured otherwise); port 0 picks one.
    api_listen: str = f"127.0.0.1:{DEFAULT_API_PORT}"
    #: Where validators connect to this node (the consensus WebSocket); port 0 picks one.
    p2p_listen: str = f"127.0.0.1:{DEFAULT_P2P_PORT}"
    #: Peers to dial: "host:port", "ws://host:port/v1/p2p", or "file:PATH" (a devnet node's node.json).
    peers: list[str] = field(default_factory=list)
    #: Devnet only: the key whose funds `POST /v1/faucet` hands out, and how much per request (base units).
    faucet_key_file: Path | None = None
    faucet_amount: int = 1000 * 10**18
    faucet_cooldown_s: float = 5.0
    #: An empty block is produced this long after the previous one; with pending actions, sooner.
    block_interval_s: float = 1.0
    busy_block_interval_s: float = 0.1
    max_block_actions: int = 2000
    max_block_bytes: int = 4 * 1024 * 1024
    timeout_propose_s: float = 2.0
    timeout_propose_delta_s: float = 0.5
    timeout_prevote_s: float = 1.0
    timeout_prevote_delta_s: float = 0.5
    timeout_precommit_s: float = 1.0
    timeout_precommit_delta_s: float = 0.5
    #: Own consensus messages are sent again this often while a height makes no progress.
    rebroadcast_s: float = 1.0
    #: Per client address: requests per second and burst.
    rate_limit_per_s: float = 50.0
    rate_limit_burst: float = 200.0
    max_request_bytes: int = 4 * 1024 * 1024
    max_subscribers: int = 256
    mempool_max_actions: int = 100_000
    #: State proofs are served for this many recent heights.
    proof_heights: int = 100
    log_level: str = "INFO"
    #: Durable WAL writes; only a throwaway test network may turn this off.
    fsync: bool = True
    #: TEST ONLY: make this validator equivocate (sign conflicting votes) to exercise evidence handling.
    testing_equivocate: bool = False
    #: Hosts ("host:port") clients reach this node's API at, checked as the audience of signed service
    #: challenges; empty accepts the Host header of the request (fine on loopback; set it on a public node).
    services_public_hosts: list[str] = field(default_factory=list)
    #: Blob-store bytes every owner may keep beyond the quota bought by fuelling (0 on a real network).
    services_free_quota_bytes: int = 0

    @property
    def timeouts(self) -> TimeoutParams:
        return TimeoutParams(
            self.timeout_propose_s,
            self.timeout_propose_delta_s,
            self.timeout_prevote_s,
            self.timeout_prevote_delta_s,
            self.timeout_precommit_s,
            self.timeout_precommit_delta_s,
        )

    def to_dict(self, relative_to: Path | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None:
                continue
            if isinstance(value, Path):
                value = os.path.relpath(value, relative_to) if relative_to else str(value)
            out[f.name] = value
        return out


_PATH_FIELDS = {"data_dir", "genesis_file", "node_key_file", "faucet_key_file"}
_TYPES: dict[str, tuple[type, ...]] = {
    "api_listen": (str,),
    "p2p_listen": (str,),
    "peers": (list,),
    "faucet_amount": (int,),
    "max_block_actions": (int,),
    "max_block_bytes": (int,),
    "max_request_bytes": (int,),
    "max_subscribers": (int,),
    "mempool_max_actions": (int,),
    "proof_heights": (int,),
    "log_level": (str,),
    "fsync": (bool,),
    "testing_equivocate": (bool,),
    "services_public_hosts": (list,),
    "services_free_quota_bytes": (int,),
}


def parse_listen(text: str, what: str) -> tuple[str, int]:
    """Split "host:port" (port 0 means any free port)."""
    host, sep, port = text.rpartition(":")
    if not sep or not host or not port.isdigit() or int(port) > 65535:
        raise ConfigError(f"{what}: expected host:port, got {text!r}")
    return host.strip("[]"), int(port)


def format_listen(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def load_config(path: str | os.PathLike[str]) -> NodeConfig:
    """Read a node configuration file (`.toml` or `.json`); relative paths are relative to the file."""
    file = Path(path).resolve()
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read the configuration file {file}: {exc.strerror}") from exc
    try:
        doc = json.loads(raw) if file.suffix == ".json" else tomllib.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{file} is not valid {'JSON' if file.suffix == '.json' else 'TOML'}: {exc}") from exc
    if not isinstance(doc, dict):
        raise ConfigError(f"{file}: the configuration must be a table of settings")
    known = {f.name: f for f in fields(NodeConfig)}
    unknown = sorted(set(doc) - set(known))
    if unknown:
        raise ConfigError(f"{file}: unknown setting '{unknown[0]}'")
    for required in ("data_dir", "genesis_file", "node_key_file"):
        if required not in doc:
            raise ConfigError(f"{file}: the setting '{required}' is required")
    values: dict[str, Any] = {}
    for name, value in doc.items():
        if name in _PATH_FIELDS:
            if not isinstance(value, str) or not value:
                raise ConfigError(f"{file}: '{name}' must be a path")
            values[name] = (file.parent / value).resolve()
        elif name in _TYPES:
            expected = _TYPES[name]
            if not isinstance(value, expected) or (expected == (int,) and isinstance(value, bool)):
                raise ConfigError(f"{file}: '{name}' must be of type {_TYPES[name][0].__name__}")
            values[name] = value
        else:
            if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
                raise ConfigError(f"{file}: '{name}' must be a non-negative number")
            values[name] = float(value)
    config = NodeConfig(**values)
    for name in ("peers", "services_public_hosts"):
        if not all(isinstance(item, str) and item for item in getattr(config, name)):
            raise ConfigError(f"{file}: every entry of '{name}' must be a non-empty string")
    parse_listen(config.api_listen, "api_listen")
    parse_listen(config.p2p_listen, "p2p_listen")
    if config.max_block_actions < 1 or config.busy_block_interval_s > config.block_interval_s:
        raise ConfigError(
            f"{file}: max_block_actions must be positive and busy_block_interval_s at most block_interval_s"
        )
    return config


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise ConfigError(f"cannot write {value!r} to TOML")


def save_config(config: NodeConfig, path: str | os.PathLike[str]) -> None:
    """Write the configuration as TOML (or JSON for a `.json` path), with paths relative to the file."""
    file = Path(path).resolve()
    data = config.to_dict(relative_to=file.parent)
    if file.suffix == ".json":
        text = json.dumps(data, indent=2) + "\n"
    else:
        text = "# Etalonium ExC node configuration (see docs/API.md for the settings).\n" + "".join(
            f"{key} = {_toml_value(value)}\n" for key, value in data.items()
        )
    write_atomic(file, text.encode("utf-8"))


def pin_ports(path: str | os.PathLike[str], api_port: int, p2p_port: int) -> bool:
    """Write the ports the OS picked for a node configured with port 0 into its configuration file, so that
    the node comes back on the same addresses after a restart. Returns whether the file changed."""
    config = load_config(path)
    changed = False
    for name, port in (("api_listen", api_port), ("p2p_listen", p2p_port)):
        host, configured = parse_listen(getattr(config, name), name)
        if configured == 0 and port:
            setattr(config, name, format_listen(host, port))
            changed = True
    if changed:
        save_config(config, path)
    return changed


def write_atomic(path: Path, data: bytes, mode: int = 0o644) -> None:
    """Write a file so that a crash leaves either the old or the new content."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save_key(key: PrivateKey, path: str | os.PathLike[str]) -> None:
    """Write a key file (readable by its owner only)."""
    doc = {"public_key": key.public_key.raw.hex(), "seed": key.seed.hex()}
    write_atomic(Path(path), (json.dumps(doc, indent=2) + "\n").encode(), mode=0o600)


def load_key(path: str | os.PathLike[str]) -> PrivateKey:
    file = Path(path)
    try:
        doc = json.loads(file.read_text(encoding="utf-8"))
        seed = bytes.fromhex(doc["seed"])
    except OSError as exc:
        raise ConfigError(f"cannot read the key file {file}: {exc.strerror}") from exc
    except (ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"{file} is not a key file (expected JSON with a hex 'seed')") from exc
    if len(seed) != SEED_SIZE:
        raise ConfigError(f"{file}: the seed must be {SEED_SIZE} bytes")
    key = PrivateKey(seed)
    if "public_key" in doc and doc["public_key"] != key.public_key.raw.hex():
        raise ConfigError(f"{file}: the public key does not match the seed")
    return key
