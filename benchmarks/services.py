"""Benchmarks of the node services: mailbox round trip, blob throughput against plain HTTP, relay fan-out.

`EXC_BENCH_FSYNC=0` measures the blob store without flushing each chunk file to disk.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable
from pathlib import Path

import aiohttp
from aiohttp import web

from fullnode.services import (
    ChannelInfo,
    MemoryChainView,
    RateLimit,
    ServicesConfig,
    StaticPeers,
    setup_services,
)
from fullnode.services.client import BlobClient, MailboxClient, StreamPublisher, StreamViewer
from lightnode.protocol.keys import PrivateKey
from lightnode.protocol.services import Envelope

OWNER = PrivateKey(b"\x01" * 32)
CHANNEL = PrivateKey(b"\x02" * 32)
MAILBOX = PrivateKey(b"\x03" * 32)
MAILBOX_ROUNDS = 300
BLOB_BYTES = 32 * 1024 * 1024
BLOB_ROUNDS = 9
VIEWERS = 50
PARTS = 60
PART_BYTES = 24 * 1024
PART_INTERVAL_S = 0.05
TARGETS = {
    "mailbox_p95_ms": 20.0,
    "blob_upload_ratio": 0.5,
    "blob_download_ratio": 0.5,
    "relay_fanout_p95_ms": 100.0,
}


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


# ---- the server (a subprocess, so client and node use separate cores as on a real machine) --------------


async def _plain_put(request: web.Request) -> web.Response:
    """The baseline: stream the body to a file, as the blob store does, without chunking or hashing."""
    path = request.app["plain_dir"] / request.match_info["name"]
    with path.open("wb") as f:
        async for piece in request.content.iter_chunked(256 * 1024):
            f.write(piece)
        f.flush()
        os.fsync(f.fileno())
    return web.json_response({"stored": True})


async def _plain_get(request: web.Request) -> web.FileResponse:
    return web.FileResponse(request.app["plain_dir"] / request.match_info["name"])


async def serve(data_dir: Path) -> None:
    generous = RateLimit(1e6, 1_000_000)
    config = ServicesConfig(
        client_rate=generous,
        owner_rate=generous,
        mailbox_deposit_rate=generous,
        mailbox_quota_envelopes=100_000,
        max_viewers_per_channel=VIEWERS + 10,
        fsync_chunks=os.environ.get("EXC_BENCH_FSYNC", "1") == "1",
    )
    chain = MemoryChainView(
        quotas={OWNER.actor_id: 10 * BLOB_BYTES * BLOB_ROUNDS},
        channels={CHANNEL.public_key.raw: ChannelInfo(OWNER.actor_id, "benchmark", True)},
    )
    app = web.Application(client_max_size=BLOB_BYTES + 1024)
    app["plain_dir"] = data_dir / "plain"
    (data_dir / "plain").mkdir(parents=True)
    app.router.add_put("/plain/{name}", _plain_put)
    app.router.add_get("/plain/{name}", _plain_get)
    await setup_services(app, data_dir=data_dir / "services", chain=chain, peers=StaticPeers(), config=config)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    print(f"PORT {runner.addresses[0][1]}", flush=True)
    await asyncio.Event().wait()


# ---- the measurements ------------------------------------------------------------------------------------


async def mailbox_round_trip(session: aiohttp.ClientSession, url: str) -> dict[str, float]:
    """Deposit by one client, push to the owner's open connection: the time until the owner has it."""
    progress("mailbox round trips…")
    client = MailboxClient(session, url)
    times: list[float] = []
    async with client.listen(MAILBOX) as inbox:
        for i in range(MAILBOX_ROUNDS):
            envelope = Envelope(MAILBOX.public_key.raw, time.time_ns() // 1_000_000 + 600_000, os.urandom(512))
            start = time.perf_counter()
            await client.deposit(envelope)
            got = await inbox.receive()
            times.append((time.perf_counter() - start) * 1000)
            assert got == envelope
            if i % 50 == 49:
                await inbox.ack([e.id() for e in [got]])
    return {"mailbox_p50_ms": statistics.median(times), "mailbox_p95_ms": percentile(times, 0.95)}


async def blob_throughput(session: aiohttp.ClientSession, url: str) -> dict[str, float]:
    """Upload and download of the same bytes: verified chunks against a plain PUT/GET of one body."""
    progress(f"blob throughput ({BLOB_BYTES // 2**20} MiB × {BLOB_ROUNDS})…")
    blobs = BlobClient(session, url)
    up_ratio, down_ratio = [], []
    plain_up, plain_down, up, down = [], [], [], []

    async def timed(work: Awaitable[object]) -> float:
        start = time.perf_counter()
        await work
        return time.perf_counter() - start

    async def plain_put(name: str, data: bytes) -> None:
        async with session.put(f"{url}/plain/{name}", data=_body(data)) as r:
            assert r.status == 200

    async def plain_get(name: str, data: bytes) -> None:
        async with session.get(f"{url}/plain/{name}") as r:
            assert await r.read() == data

    async def blob_get(manifest_id: bytes, data: bytes) -> None:
        _, got = await blobs.download(manifest_id)
        assert got == data

    for round_ in range(BLOB_ROUNDS):
        data = os.urandom(BLOB_BYTES)
        # Each pair runs back to back, in turns first and second, so that their ratio holds however the
        # shared machine's speed drifts.
        plain_first = round_ % 2 == 0
        if plain_first:
            plain_up.append(await timed(plain_put(str(round_), data)))
        started = time.perf_counter()
        manifest = await blobs.upload(OWNER, data, "application/octet-stream")
        up.append(time.perf_counter() - started)
        if not plain_first:
            plain_up.append(await timed(plain_put(str(round_), data)))
        if plain_first:
            plain_down.append(await timed(plain_get(str(round_), data)))
        down.append(await timed(blob_get(manifest.id(), data)))
        if not plain_first:
            plain_down.append(await timed(plain_get(str(round_), data)))
        up_ratio.append(plain_up[-1] / up[-1])
        down_ratio.append(plain_down[-1] / down[-1])
    mib = BLOB_BYTES / 2**20
    figures = {
        "plain_upload_mib_s": mib / statistics.median(plain_up),
        "plain_download_mib_s": mib / statistics.median(plain_down),
        "blob_upload_mib_s": mib / statistics.median(up),
        "blob_download_mib_s": mib / statistics.median(down),
    }
    figures["blob_upload_ratio"] = statistics.median(up_ratio)
    figures["blob_download_ratio"] = statistics.median(down_ratio)
    return figures


async def _body(data: bytes) -> AsyncIterator[bytes]:
    view = memoryview(data)
    for i in range(0, len(data), 1024 * 1024):
        yield bytes(view[i : i + 1024 * 1024])


async def relay_fanout(session: aiohttp.ClientSession, url: str) -> dict[str, float]:
    """One publisher, VIEWERS WebSocket viewers (each checking every signature): the time from the
    publisher signing a part to each viewer holding it, verified."""
    progress(f"relay fan-out to {VIEWERS} viewers…")
    key = CHANNEL.public_key.raw
    delays: list[float] = []
    async with StreamPublisher(session, url, CHANNEL) as publisher:
        viewers = [StreamViewer(session, url, key) for _ in range(VIEWERS)]
        for viewer in viewers:
            await viewer.__aenter__()
        while publisher.viewers["websocket"] < VIEWERS:
            publisher.viewers_changed.clear()
            await publisher.viewers_changed.wait()
        sent: dict[int, int] = {}

        async def watch(viewer: StreamViewer) -> None:
            count = 0
            async for part in viewer.parts():
                delays.append((time.time_ns() - sent[part.sequence]) / 1e6)
                count += 1
                if count == PARTS:
                    return

        watchers = [asyncio.create_task(watch(v)) for v in viewers]
        media = os.urandom(PART_BYTES)
        for i in range(PARTS):
            sent[i + 1] = time.time_ns()
            await publisher.send_media(media, round(PART_INTERVAL_S * 1000), i % 10 == 0)
            await asyncio.sleep(PART_INTERVAL_S)  # a live source's pace, not a synchronization
        await asyncio.wait_for(asyncio.gather(*watchers), 60)
        for viewer in viewers:
            await viewer.__aexit__()
    return {
        "relay_fanout_p50_ms": statistics.median(delays),
        "relay_fanout_p95_ms": percentile(delays, 0.95),
        "relay_deliveries": float(len(delays)),
    }


async def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="exc-bench-services-") as tmp:
        server = await asyncio.create_subprocess_exec(
            sys.executable, __file__, "--serve", tmp, stdout=asyncio.subprocess.PIPE
        )
        try:
            assert server.stdout is not None
            line = (await asyncio.wait_for(server.stdout.readline(), 30)).decode()
            if not line.startswith("PORT "):
                raise RuntimeError("the benchmark server did not start")
            url = f"http://127.0.0.1:{int(line.split()[1])}"
            figures: dict[str, float] = {}
            timeout = aiohttp.ClientTimeout(total=300)
            async with aiohttp.ClientSession(timeout=timeout) as session:
                figures.update(await mailbox_round_trip(session, url))
                figures.update(await blob_throughput(session, url))
                figures.update(await relay_fanout(session, url))
            return figures
        finally:
            server.terminate()
            await server.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object, last")
    parser.add_argument("--serve", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve is not None:
        asyncio.run(serve(args.serve))
        return 0
    figures = asyncio.run(run())
    print(f"{'figure':<26} {'measured':>12} {'target':>10}")
    for name, value in figures.items():
        target = TARGETS.get(name)
        mark = ""
        if target is not None:
            good = value <= target if name.endswith("_ms") else value >= target
            mark = f"{target:>10g} {'ok' if good else 'MISSED'}"
        print(f"{name:<26} {value:>12.3f} {mark}")
    if args.json:
        print(json.dumps({k: round(v, 4) for k, v in figures.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
