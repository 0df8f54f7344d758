"""A chain's genesis (id, validators, funded accounts, parameters), its trust-root hash and JSON form."""

from __future__ import annotations

import itertools
import json
import os
import re
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Annotated, Any

from .actions import ACTOR
from .chain import CHAIN_ID, MAX_TOTAL_POWER, Validator, ValidatorSet
from .encoding import AMOUNT_MAX, U64, Amount, ListOf, Nested, Struct, wire
from .errors import DecodeError, ValidationError
from .hashing import Tag, blake2b256
from .keys import ACTOR_ID_SIZE, PUBLIC_KEY_SIZE, is_valid_public_key
from .state import PARAMETERS, Param, Params

#: A genesis file larger than this is refused before parsing.
MAX_GENESIS_FILE = 64 * 1024 * 1024
MAX_GENESIS_ACCOUNTS = 100_000
_DECIMAL = re.compile(r"0|[1-9][0-9]{0,77}")
_HEX = re.compile(r"(?:[0-9a-f]{2})*")


@wire
class GenesisAccount(Struct):
    actor: Annotated[bytes, ACTOR]
    balance: Annotated[int, Amount()]


@wire
class Genesis(Struct):
    """What every node and light client of a chain starts from. `hash()` is the light client's trust root."""

    MAX_SIZE = 8 * 1024 * 1024
    chain_id: Annotated[str, CHAIN_ID]
    genesis_time_ms: Annotated[int, U64()]
    validators: Annotated[ValidatorSet, Nested(ValidatorSet)]
    #: Funded accounts, in increasing actor id order, each once.
    accounts: Annotated[tuple[GenesisAccount, ...], ListOf(Nested(GenesisAccount), MAX_GENESIS_ACCOUNTS)]
    #: Parameters that differ from their defaults, in increasing name order, each once.
    params: Annotated[tuple[Param, ...], ListOf(Nested(Param), len(PARAMETERS))]

    @classmethod
    def create(
        cls,
        chain_id: str,
        genesis_time_ms: int,
        validators: Iterable[Validator],
        accounts: Iterable[tuple[bytes, int]] = (),
        params: Mapping[str, int] | None = None,
    ) -> Genesis:
        """Build a genesis from items in any order; duplicates and invalid values raise ValidationError."""
        entries = sorted(accounts, key=lambda entry: entry[0])
        for a, b in itertools.pairwise(entries):
            if a[0] == b[0]:
                raise ValidationError(f"account {a[0].hex()} is listed twice")
        overrides = dict(params or {})
        genesis = cls(
            chain_id,
            genesis_time_ms,
            ValidatorSet.of(validators),
            tuple(GenesisAccount(actor, balance) for actor, balance in entries),
            tuple(Param(name, overrides[name]) for name in sorted(overrides)),
        )
        # Encoding runs every field's codec, so a bad id, amount or range is reported here, not later.
        return cls.decode(genesis.encode())

    def validate(self) -> None:
        self.validators.validate()
        for index, validator in enumerate(self.validators.validators):
            if not is_valid_public_key(validator.public_key):
                raise ValidationError(f"validators[{index}]: the public key is not a valid Ed25519 point")
        actors = [a.actor for a in self.accounts]
        for i in range(1, len(actors)):
            if actors[i - 1] == actors[i]:
                raise ValidationError(f"account {actors[i].hex()} is listed twice")
            if actors[i - 1] > actors[i]:
                raise ValidationError("accounts must be in increasing actor id order")
        names = [p.name for p in self.params]
        for i in range(1, len(names)):
            if names[i - 1] == names[i]:
                raise ValidationError(f"parameter '{names[i]}' is set twice")
            if names[i - 1] > names[i]:
                raise ValidationError("parameters must be in increasing name order")
        if self.total_supply() > AMOUNT_MAX:
            raise ValidationError("the accounts' balances add up to more than the largest amount")

    def hash(self) -> bytes:
        return blake2b256(Tag.GENESIS, self.encode())

    def total_supply(self) -> int:
        return sum(a.balance for a in self.accounts)

    def parameters(self) -> Params:
        """Every parameter's value at genesis: the defaults with this genesis's overrides."""
        return Params.of({p.name: p.value for p in self.params})

    # -- JSON, for humans: hex for bytes, decimal strings for amounts -------------------------------------

    def to_json(self) -> str:
        doc = {
            "chain_id": self.chain_id,
            "genesis_time_ms": self.genesis_time_ms,
            "validators": [{"public_key": v.public_key.hex(), "power": v.power} for v in self.validators.validators],
            "accounts": [{"actor": a.actor.hex(), "balance": str(a.balance)} for a in self.accounts],
            "params": {p.name: p.value for p in self.params},
        }
        return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Genesis:
        """Parse and check a genesis document; malformed JSON or fields raise DecodeError, broken rules
        ValidationError, each naming the field."""
        doc = _parse_json(text)
        top = _object(doc, "genesis", {"chain_id", "genesis_time_ms", "validators", "accounts", "params"})
        chain_id = top["chain_id"]
        if not isinstance(chain_id, str):
            raise DecodeError("chain_id: expected a string")
        time_ms = _integer(top["genesis_time_ms"], "genesis_time_ms", 0, 2**64 - 1)
        validators = [
            Validator(
                _hex(entry["public_key"], f"validators[{i}].public_key", PUBLIC_KEY_SIZE),
                _integer(entry["power"], f"validators[{i}].power", 1, MAX_TOTAL_POWER),
            )
            for i, entry in enumerate(
                _object(item, f"validators[{i}]", {"public_key", "power"})
                for i, item in enumerate(_array(top["validators"], "validators"))
            )
        ]
        accounts = [
            (
                _hex(entry["actor"], f"accounts[{i}].actor", ACTOR_ID_SIZE),
                _amount(entry["balance"], f"accounts[{i}].balance"),
            )
            for i, entry in enumerate(
                _object(item, f"accounts[{i}]", {"actor", "balance"})
                for i, item in enumerate(_array(top["accounts"], "accounts", MAX_GENESIS_ACCOUNTS))
            )
        ]
        raw_params = top["params"]
        if not isinstance(raw_params, dict):
            raise DecodeError("params: expected an object of parameter names to integers")
        params: dict[str, int] = {}
        for name, value in raw_params.items():
            if name not in PARAMETERS:
                known = ", ".join(sorted(PARAMETERS))
                raise ValidationError(f"params: unknown parameter '{name}' (known: {known})")
            spec = PARAMETERS[name]
            params[name] = _integer(value, f"params.{name}", spec.lo, spec.hi)
        if not validators:
            raise ValidationError("validators: a chain needs at least one validator")
        return cls.create(chain_id, time_ms, validators, accounts, params)


def load_genesis(path: str | os.PathLike[str]) -> Genesis:
    """Read and check a genesis JSON file (DecodeError or ValidationError say what is wrong and where)."""
    file = Path(path)
    with file.open("rb") as f:
        data = f.read(MAX_GENESIS_FILE + 1)
    if len(data) > MAX_GENESIS_FILE:
        raise DecodeError(f"{file}: the genesis file is larger than {MAX_GENESIS_FILE} bytes")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DecodeError(f"{file}: the genesis file is not UTF-8 text") from exc
    try:
        return Genesis.from_json(text)
    except DecodeError as exc:
        raise DecodeError(f"{file}: {exc}") from exc
    except ValidationError as exc:
        raise ValidationError(f"{file}: {exc}") from exc


def save_genesis(genesis: Genesis, path: str | os.PathLike[str]) -> None:
    """Write the genesis as JSON atomically: a crash leaves either the old file or the new one."""
    file = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{file.name}.", suffix=".tmp", dir=file.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(genesis.to_json())
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, file)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _reject_constant(name: str) -> Any:
    raise DecodeError(f"{name} is not allowed in a genesis file")


def _reject_float(text: str) -> Any:
    raise DecodeError(f"number {text} is not an integer (amounts are decimal strings, others integers)")


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise DecodeError(f"field '{key}' appears twice in one object")
        out[key] = value
    return out


def _parse_json(text: str) -> Any:
    try:
        return json.loads(
            text,
            parse_float=_reject_float,
            parse_constant=_reject_constant,
            object_pairs_hook=_no_duplicate_keys,
        )
    except json.JSONDecodeError as exc:
        raise DecodeError(f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from exc
    except RecursionError as exc:
        raise DecodeError("JSON nested too deeply") from exc


def _object(value: Any, where: str, fields: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise DecodeError(f"{where}: expected an object")
    unknown = sorted(set(value) - fields)
    if unknown:
        raise DecodeError(f"{where}: unknown field '{unknown[0]}'")
    missing = sorted(fields - set(value))
    if missing:
        raise DecodeError(f"{where}: missing field '{missing[0]}'")
    return value


def _array(value: Any, where: str, max_len: int = 100_000) -> list[Any]:
    if not isinstance(value, list):
        raise DecodeError(f"{where}: expected an array")
    if len(value) > max_len:
        raise DecodeError(f"{where}: more than {max_len} entries")
    return value


def _integer(value: Any, where: str, lo: int, hi: int) -> int:
    if type(value) is not int:
        raise DecodeError(f"{where}: expected an integer")
    if not lo <= value <= hi:
        raise ValidationError(f"{where}: {value} is outside [{lo}, {hi}]")
    return value


def _amount(value: Any, where: str) -> int:
    if not isinstance(value, str) or not _DECIMAL.fullmatch(value):
        raise DecodeError(f'{where}: expected an amount in base units as a decimal string, e.g. "1000"')
    amount = int(value)
    if amount > AMOUNT_MAX:
        raise ValidationError(f"{where}: amount is larger than 2**256 - 1")
    return amount


def _hex(value: Any, where: str, size: int) -> bytes:
    if not isinstance(value, str) or not _HEX.fullmatch(value):
        raise DecodeError(f"{where}: expected lowercase hex")
    raw = bytes.fromhex(value)
    if len(raw) != size:
        raise DecodeError(f"{where}: expected {size} bytes ({2 * size} hex digits), got {len(raw)}")
    return raw
