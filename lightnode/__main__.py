"""The light client on the command line: `python -m lightnode --node URL [--witness URL …] COMMAND`.

Commands: status, sync, balance ADDRESS, get-state KEY, send, outbox, watch [ADDRESS]. Every value shown
as verified was proven against a header this client verified itself. The trust root (a genesis file or
hash, or a checkpoint) is needed the first time; it is kept in the data directory after that.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import sys
import time
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from pathlib import Path
from typing import Any

from .client import (
    Checkpoint,
    ClientOptions,
    GenesisRoot,
    LightClient,
    TrustRoot,
    VerificationMode,
    decode_root,
)
from .errors import AttackDetectedError, ClientHaltedError, LightClientError, ProviderError
from .events import ActorWatcher
from .http_provider import HttpProvider
from .protocol.actions import Transfer
from .protocol.address import decode_address, encode_address
from .protocol.encoding import ONE_EXC
from .protocol.errors import ProtocolError
from .protocol.genesis import load_genesis
from .protocol.keys import PrivateKey
from .protocol.state import account_key
from .queries import Queries
from .store import OutboxStatus, SqliteStore
from .submitter import DEFAULT_FEE, ActionSubmitter
from .verifier import VerifyOptions

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_ATTACK = 3


class UsageError(Exception):
    """A mistake on the command line; the message says how to fix it."""


def format_exc_amount(base_units: int) -> str:
    whole, frac = divmod(base_units, ONE_EXC)
    text = f"{whole:,}"
    if frac:
        text += "." + f"{frac:018d}".rstrip("0")
    return f"{text} ExC"


def parse_amount(text: str) -> int:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise UsageError(f"'{text}' is not an amount (write e.g. 12.5)") from None
    units = value * ONE_EXC
    if value <= 0 or units != units.to_integral_value():
        raise UsageError("the amount must be positive, with at most 18 decimals")
    return int(units)


def parse_address(text: str) -> bytes:
    try:
        return decode_address(text)
    except ProtocolError as exc:
        raise UsageError(f"'{text}' is not an ExC address: {exc}") from None


def load_private_key(path: Path, account: str | None) -> PrivateKey:
    """A key from a node key file ({"seed": hex}), a devnet accounts.json entry, or a file of a hex seed."""
    try:
        text = path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise UsageError(f"cannot read the key file {path}: {exc.strerror}") from None
    try:
        doc: Any = json.loads(text)
    except ValueError:
        doc = text
    if isinstance(doc, dict) and account is not None:
        doc = doc.get(account)
        if doc is None:
            raise UsageError(f"{path} has no account named '{account}'")
    seed_hex = doc.get("seed") if isinstance(doc, dict) else doc
    try:
        seed = bytes.fromhex(str(seed_hex))
        return PrivateKey(seed)
    except (ValueError, ProtocolError):
        raise UsageError(f"{path} holds no 32-byte hex seed (give --account NAME for an accounts file)") from None


def _root_from_args(args: argparse.Namespace) -> tuple[TrustRoot | None, str | None]:
    if args.genesis:
        genesis = load_genesis(args.genesis)
        return GenesisRoot(genesis.hash(), genesis), genesis.chain_id
    if args.genesis_hash:
        try:
            digest = bytes.fromhex(args.genesis_hash)
        except ValueError:
            raise UsageError("--genesis-hash takes 64 hex digits") from None
        if len(digest) != 32:
            raise UsageError("--genesis-hash takes 64 hex digits")
        return GenesisRoot(digest), None
    if args.checkpoint:
        if not args.chain_id:
            raise UsageError("--checkpoint needs --chain-id")
        height_text, _, hash_text = args.checkpoint.partition(":")
        try:
            return Checkpoint(int(height_text), bytes.fromhex(hash_text)), args.chain_id
        except ValueError:
            raise UsageError("--checkpoint takes HEIGHT:HASH (the hash in hex)") from None
    return None, args.chain_id


def prepare_data_dir(args: argparse.Namespace) -> Path:
    if not args.node:
        raise UsageError("give the node to talk to with --node http://HOST:PORT")
    data = Path(args.data).expanduser()
    try:
        data.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"cannot create the data directory {data}: {exc.strerror}") from None
    return data


async def open_client(args: argparse.Namespace, data: Path) -> LightClient:
    store = SqliteStore(data / "light.sqlite")
    root, chain_id = _root_from_args(args)
    if root is None:
        stored = await store.get_meta("root")
        if stored is None:
            await store.aclose()
            raise UsageError(
                "this data directory has no trust root yet: give --genesis FILE, --genesis-hash HEX or "
                "--checkpoint HEIGHT:HASH --chain-id ID (from a source you trust)"
            )
        root = decode_root(stored)
    try:
        trust_level = Fraction(args.trust_level)
    except ValueError:
        raise UsageError("--trust-level is a fraction such as 1/3") from None
    options = ClientOptions(
        verify=VerifyOptions(trust_level=trust_level),
        mode=VerificationMode(args.mode),
    )
    primary = HttpProvider(args.node, timeout_s=args.timeout)
    witnesses = [HttpProvider(url, timeout_s=args.timeout) for url in args.witness]
    return LightClient(root, primary, witnesses, chain_id=chain_id, store=store, options=options, close_store=True)


def emit(args: argparse.Namespace, doc: dict[str, Any], text: str) -> None:
    print(json.dumps(doc, sort_keys=True) if args.json else text, flush=True)


async def cmd_status(args: argparse.Namespace, client: LightClient) -> int:
    started = time.perf_counter()
    tb = await client.sync()
    outbox = await client.store.outbox_list(OutboxStatus.PENDING, OutboxStatus.SUBMITTED)
    witnesses = [w.name for w in client.witnesses]
    doc: dict[str, Any] = {
        "chain_id": client.chain_id,
        "height": tb.height,
        "hash": tb.hash.hex(),
        "time_ms": tb.time_ms,
        "primary": client.primary.name,
        "witnesses": witnesses,
        "outbox": len(outbox),
        "seconds": round(time.perf_counter() - started, 3),
    }
    text = (
        f"chain {client.chain_id}: verified height {tb.height} ({tb.hash.hex()[:16]}…)\n"
        f"primary {client.primary.name}; witnesses: {', '.join(witnesses) or 'none'}\n"
        f"actions waiting in the outbox: {len(outbox)}"
    )
    emit(args, doc, text)
    return 0


async def cmd_sync(args: argparse.Namespace, client: LightClient) -> int:
    started = time.perf_counter()
    before = (await client.start()).height
    tb = await client.sync()
    seconds = time.perf_counter() - started
    doc = {
        "from": before,
        "height": tb.height,
        "hash": tb.hash.hex(),
        "fetched": client.stats.total,
        "seconds": seconds,
    }
    emit(
        args,
        doc,
        f"verified height {tb.height} from {before} in {seconds:.2f} s ({client.stats.total} light blocks fetched)",
    )
    return 0


async def cmd_balance(args: argparse.Namespace, client: LightClient) -> int:
    actor = parse_address(args.address)
    q = Queries(client)
    try:
        proven = await q.account(actor)
        cached = False
    except ProviderError as exc:
        maybe = await q.cached_account(actor)
        if maybe is None:
            raise
        print(f"offline ({exc}); showing the last proven balance", file=sys.stderr)
        proven, cached = maybe, True
    account = proven.value
    assert account is not None
    doc = {
        "address": encode_address(actor),
        "balance": str(account.balance),
        "nonce": account.nonce,
        "height": proven.height,
        "present": proven.present,
        "cached": cached,
    }
    note = "" if proven.present else " (no account: proven absent)"
    emit(
        args,
        doc,
        f"{encode_address(actor)}: {format_exc_amount(account.balance)}, nonce {account.nonce}{note}, "
        f"proven at height {proven.height}{' (cached)' if cached else ''}",
    )
    return 0


def parse_key(text: str) -> bytes:
    if text.startswith("acct:"):
        return account_key(parse_address(text[5:]))
    if text.startswith("text:"):
        return text[5:].encode("utf-8")
    try:
        return bytes.fromhex(text)
    except ValueError:
        raise UsageError("KEY is hex, text:LITERAL (e.g. text:meta/params) or acct:ADDRESS") from None


async def cmd_get_state(args: argparse.Namespace, client: LightClient) -> int:
    key = parse_key(args.key)
    verified = await client.get_state(key, height=args.height)
    doc = {
        "key": key.hex(),
        "value": None if verified.value is None else verified.value.hex(),
        "height": verified.height,
        "state_root": verified.state_root.hex(),
    }
    shown = "absent (proven)" if verified.value is None else verified.value.hex()
    emit(args, doc, f"{key!r} at height {verified.height}: {shown}")
    return 0


async def cmd_send(args: argparse.Namespace, client: LightClient) -> int:
    key = load_private_key(Path(args.key_file), args.account)
    to = parse_address(args.to)
    amount = parse_amount(args.amount)
    fee = parse_amount(args.fee) if args.fee else DEFAULT_FEE
    sub = ActionSubmitter(client)
    report = await sub.send(key, Transfer(to, amount, args.memo), fee=fee)
    if args.wait and report.status is OutboxStatus.SUBMITTED:
        report = await sub.wait(report.action_id, timeout_s=args.wait_timeout)
    doc = {
        "id": report.action_id.hex(),
        "status": report.status.value,
        "nonce": report.nonce,
        "height": report.height,
        "reason": report.reason,
    }
    where = f" at height {report.height}" if report.height else ""
    why = f": {report.reason}" if report.reason else ""
    emit(args, doc, f"action {report.action_id.hex()[:16]}… {report.status.value}{where}{why}")
    return 0 if report.status is not OutboxStatus.FAILED else EXIT_ERROR


async def cmd_outbox(args: argparse.Namespace, client: LightClient) -> int:
    sub = ActionSubmitter(client)
    if args.flush:
        await client.start()
        with contextlib.suppress(ProviderError):
            await sub.flush()
            await sub.refresh()
    items = await sub.outbox()
    docs = [
        {
            "id": r.action_id.hex(),
            "nonce": r.nonce,
            "status": r.status.value,
            "height": r.height,
            "reason": r.reason,
        }
        for r in items
    ]
    lines = [f"{r.action_id.hex()[:16]}… nonce {r.nonce}: {r.status.value} {r.reason or ''}".rstrip() for r in items]
    emit(args, {"actions": docs}, "\n".join(lines) or "the outbox is empty")
    return 0


async def cmd_watch(args: argparse.Namespace, client: LightClient) -> int:
    await client.sync()
    count = 0

    async def headers() -> None:
        nonlocal count
        async for tb in client.headers():
            emit(args, {"type": "header", "height": tb.height, "hash": tb.hash.hex()}, f"verified {tb.height}")
            count += 1
            if args.count and count >= args.count:
                return

    async def events(actor: bytes) -> None:
        async for event in ActorWatcher(client, actor).events():
            doc = {
                "type": "event",
                "kind": event.kind,
                "height": event.height,
                "action_id": event.action_id.hex(),
                "amount": None if event.amount is None else str(event.amount),
                "counterparty": None if event.counterparty is None else encode_address(event.counterparty),
            }
            emit(args, doc, f"proven {event.kind} at height {event.height}: {event.detail}".rstrip(": "))

    tasks = [asyncio.create_task(headers())]
    if args.address:
        tasks.append(asyncio.create_task(events(parse_address(args.address))))
    try:
        done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        for t in done:
            t.result()
    finally:
        for t in tasks:
            t.cancel()
        for t in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await t
    return 0


COMMANDS = {
    "status": cmd_status,
    "sync": cmd_sync,
    "balance": cmd_balance,
    "get-state": cmd_get_state,
    "send": cmd_send,
    "outbox": cmd_outbox,
    "watch": cmd_watch,
}


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m lightnode", description=__doc__.split("\n\n")[0])
    p.add_argument("--node", help="the primary node's API, e.g. http://127.0.0.1:2233")
    p.add_argument("--witness", action="append", default=[], help="a witness node's API (repeatable)")
    p.add_argument("--data", default="~/.local/share/etalonium/lightnode", help="where trusted state is kept")
    p.add_argument("--genesis", help="trust root: the chain's genesis.json")
    p.add_argument("--genesis-hash", help="trust root: the genesis hash (hex)")
    p.add_argument("--checkpoint", help="trust root: HEIGHT:HASH of a header obtained out of band")
    p.add_argument("--chain-id", help="the chain id (needed with --checkpoint)")
    p.add_argument("--mode", choices=[m.value for m in VerificationMode], default=VerificationMode.SKIPPING.value)
    p.add_argument("--trust-level", default="1/3", help="share of trusted power for skipping, within [1/3, 1]")
    p.add_argument("--timeout", type=float, default=5.0, help="seconds to wait for a node")
    p.add_argument("--json", action="store_true", help="print JSON objects instead of text")
    p.add_argument("-v", "--verbose", action="store_true")
    sub = p.add_subparsers(dest="command", required=True)
    sub.add_parser("status", help="sync and show the verified head")
    sub.add_parser("sync", help="verify up to the node's latest header")
    b = sub.add_parser("balance", help="the proven balance of an address")
    b.add_argument("address")
    g = sub.add_parser("get-state", help="a proven state value (hex, text:KEY or acct:ADDRESS)")
    g.add_argument("key")
    g.add_argument("--height", type=int)
    s = sub.add_parser("send", help="sign and send ExC (queued if no node answers)")
    s.add_argument("--key-file", required=True, help="a key file, or a devnet accounts.json with --account")
    s.add_argument("--account", help="the account name in an accounts.json")
    s.add_argument("--to", required=True)
    s.add_argument("--amount", required=True, help="in ExC, e.g. 2.5")
    s.add_argument("--memo", default="")
    s.add_argument("--fee", help="in ExC (default 0.001)")
    s.add_argument("--wait", action="store_true", help="wait until inclusion is proven")
    s.add_argument("--wait-timeout", type=float, default=60.0)
    o = sub.add_parser("outbox", help="the queued actions")
    o.add_argument("--flush", action="store_true", help="send what is queued and update the outcomes")
    w = sub.add_parser("watch", help="follow verified headers (and proven events of ADDRESS)")
    w.add_argument("address", nargs="?")
    w.add_argument("--count", type=int, default=0, help="stop after this many headers")
    return p


async def run(args: argparse.Namespace, data: Path) -> int:
    client = await open_client(args, data)
    try:
        return await COMMANDS[args.command](args, client)
    finally:
        await client.aclose()


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(message)s")
    try:
        return asyncio.run(run(args, prepare_data_dir(args)))
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (AttackDetectedError, ClientHaltedError) as exc:
        print(f"ATTACK: {exc}", file=sys.stderr)
        return EXIT_ATTACK
    except (LightClientError, ProtocolError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
