"""Benchmarks of the node services: mailbox round trip, blob throughput against plain HTTP, relay fan-out.

`EXC_BENCH_FSYNC=0` measures the blob store without flushing each chunk file to disk (and the plain upload
without flushing its file). `--only blob` measures the blob store alone.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable
from pathlib import Path

import aiohttp
from aiohttp import web

from benchmarks._harness import argument_parser, percentile, progress, report, targets_table
from fullnode.services import (
    SERVICES_KEY,
    ChannelInfo,
    MemoryChainView,
    RateLimit,
    ServicesConfig,
    StaticPeers,
    setup_services,
)
from lightnode.mailbox_client import MailboxClient
from lightnode.protocol.keys import PrivateKey
from lightnode.protocol.services import Envelope, Manifest
from lightnode.services_client import BlobClient, StreamPublisher, StreamViewer

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
PLAIN_DIR = web.AppKey("plain_dir", Path)
FSYNC = web.AppKey("fsync", bool)
TARGETS = {
    "mailbox_p95_ms": 20.0,
    "blob_upload_ratio": 0.5,
    "blob_download_ratio": 0.5,
    "relay_fanout_p95_ms": 100.0,
}


# ---- the server (a subprocess, so client and node use separate cores as on a real machine) --------------


async def _plain_put(request: web.Request) -> web.Response:
    """The baseline: stream the body to a file (each piece as it arrives) and flush it to disk, as the blob
    store does, without chunking or hashing."""
    path = request.app[PLAIN_DIR] / request.match_info["name"]
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        # One buffer at a time as it arrived, as the blob store reads a chunk (no joining copy).
        async for piece, _ in request.content.iter_chunks():
            view = memoryview(piece)
            while view:
                view = view[os.write(fd, view) :]
        if request.app[FSYNC]:
            os.fsync(fd)
    finally:
        os.close(fd)
    return web.json_response({"stored": True})


async def _plain_get(request: web.Request) -> web.FileResponse:
    return web.FileResponse(request.app[PLAIN_DIR] / request.match_info["name"])


async def _forget_verified(request: web.Request) -> web.Response:
    """Benchmark only: drop the chunks the node keeps in memory, so the next download reads and hashes them."""
    request.app[SERVICES_KEY].blobs.verified.clear()
    return web.Response(status=204)


async def serve(data_dir: Path) -> None:
    fsync = os.environ.get("EXC_BENCH_FSYNC", "1") == "1"
    generous = RateLimit(1e6, 1_000_000)
    config = ServicesConfig(
        client_rate=generous,
        owner_rate=generous,
        mailbox_deposit_rate=generous,
        mailbox_quota_envelopes=100_000,
        max_viewers_per_channel=VIEWERS + 10,
        fsync_chunks=fsync,
    )
    chain = MemoryChainView(
        quotas={OWNER.actor_id: 10 * BLOB_BYTES * BLOB_ROUNDS},
        channels={CHANNEL.public_key.raw: ChannelInfo(OWNER.actor_id, "benchmark", True)},
    )
    app = web.Application(client_max_size=BLOB_BYTES + 1024)
    app[PLAIN_DIR] = data_dir / "plain"
    app[FSYNC] = fsync
    (data_dir / "plain").mkdir(parents=True)
    app.router.add_put("/plain/{name}", _plain_put)
    app.router.add_get("/plain/{name}", _plain_get)
    app.router.add_post("/bench/forget-verified", _forget_verified)
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


class CpuClock:
    """CPU seconds used by this process and the benchmark server (Linux: from /proc; elsewhere this process
    only), to tell work from waiting: on a busy shared machine the throughput ratio drifts towards the ratio
    of CPU time."""

    def __init__(self, server_pid: int) -> None:
        self._stat = Path(f"/proc/{server_pid}/stat")
        self._tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100

    def __call__(self) -> float:
        own = time.process_time()
        try:
            fields = self._stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            return own
        return own + (int(fields[11]) + int(fields[12])) / self._tick


async def blob_throughput(session: aiohttp.ClientSession, url: str, cpu: CpuClock) -> dict[str, float]:
    """Upload and download of the same bytes: verified chunks against a plain PUT/GET of one body.

    A blob is downloaded twice: as the node serves it right after the upload (its chunks kept in memory since
    they were checked on the way in) and cold (read from disk and hashed again, as after a restart)."""
    progress(f"blob throughput ({BLOB_BYTES // 2**20} MiB × {BLOB_ROUNDS})…")
    blobs = BlobClient(session, url)
    times: dict[str, list[float]] = {k: [] for k in ("plain_up", "up", "plain_down", "down", "cold")}
    cpu_used: dict[str, float] = dict.fromkeys(times, 0.0)
    got: list[bytes] = []

    async def timed(name: str, work: Awaitable[object]) -> None:
        cpu_start, start = cpu(), time.perf_counter()
        await work
        times[name].append(time.perf_counter() - start)
        cpu_used[name] += cpu() - cpu_start

    async def plain_put(name: str, data: bytes) -> None:
        async with session.put(f"{url}/plain/{name}", data=_body(data)) as r:
            assert r.status == 200

    async def plain_get(name: str) -> None:
        async with session.get(f"{url}/plain/{name}") as r:
            got.append(await r.read())

    async def blob_put(data: bytes) -> None:
        manifests.append(await blobs.upload(OWNER, data, "application/octet-stream"))

    async def blob_get(manifest_id: bytes) -> None:
        got.append((await blobs.download(manifest_id))[1])

    manifests: list[Manifest] = []
    for round_ in range(BLOB_ROUNDS):
        data = os.urandom(BLOB_BYTES)
        # Each pair runs back to back, in turns first and second, so that their ratio holds however the
        # shared machine's speed drifts.
        plain_first = round_ % 2 == 0
        if plain_first:
            await timed("plain_up", plain_put(str(round_), data))
        await timed("up", blob_put(data))
        if not plain_first:
            await timed("plain_up", plain_put(str(round_), data))
        mid = manifests[-1].id()
        if plain_first:
            await timed("plain_down", plain_get(str(round_)))
        await timed("down", blob_get(mid))
        async with session.post(f"{url}/bench/forget-verified") as r:
            assert r.status == 204
        await timed("cold", blob_get(mid))
        if not plain_first:
            await timed("plain_down", plain_get(str(round_)))
        # Checked outside the timings: comparing 32 MiB is neither side's work.
        assert got == [data, data, data]
        got.clear()
    mib = BLOB_BYTES / 2**20

    def ratio(plain: str, blob: str) -> float:
        return statistics.median(p / b for p, b in zip(times[plain], times[blob], strict=True))

    figures = {
        "plain_upload_mib_s": mib / statistics.median(times["plain_up"]),
        "plain_download_mib_s": mib / statistics.median(times["plain_down"]),
        "blob_upload_mib_s": mib / statistics.median(times["up"]),
        "blob_download_mib_s": mib / statistics.median(times["down"]),
        "blob_download_cold_mib_s": mib / statistics.median(times["cold"]),
        "blob_upload_ratio": ratio("plain_up", "up"),
        "blob_download_ratio": ratio("plain_down", "down"),
        "blob_download_cold_ratio": ratio("plain_down", "cold"),
    }
    for name, label in [("plain_up", "plain_upload"), ("up", "blob_upload"), ("plain_down", "plain_download")]:
        figures[f"{label}_cpu_ms"] = 1000 * cpu_used[name] / BLOB_ROUNDS
    figures["blob_download_cpu_ms"] = 1000 * cpu_used["down"] / BLOB_ROUNDS
    figures["blob_download_cold_cpu_ms"] = 1000 * cpu_used["cold"] / BLOB_ROUNDS
    return figures


async def _body(data: bytes) -> AsyncIterator[memoryview]:
    """The plain upload's body: 1 MiB slices of the bytes, not copied (the fastest way aiohttp sends a large
    body: one huge write would be copied into the transport's buffer whole)."""
    view = memoryview(data)
    for i in range(0, len(data), 1024 * 1024):
        yield view[i : i + 1024 * 1024]


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


PARTS_MEASURED = ("mailbox", "blob", "relay")


async def run(parts: tuple[str, ...] = PARTS_MEASURED) -> dict[str, float]:
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
                if "mailbox" in parts:
                    figures.update(await mailbox_round_trip(session, url))
                if "blob" in parts:
                    figures.update(await blob_throughput(session, url, CpuClock(server.pid)))
                if "relay" in parts:
                    figures.update(await relay_fanout(session, url))
            return figures
        finally:
            server.terminate()
            await server.wait()


def main() -> int:
    parser = argument_parser(__doc__)
    parser.add_argument(
        "--only", action="append", choices=PARTS_MEASURED, help="measure only this part (may be repeated)"
    )
    parser.add_argument("--serve", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve is not None:
        asyncio.run(serve(args.serve))
        return 0
    figures = asyncio.run(run(tuple(args.only) if args.only else PARTS_MEASURED))
    ratios = {name for name in TARGETS if name.endswith("_ratio")}
    report(targets_table(figures, TARGETS, value_width=12, at_least=ratios), figures, as_json=args.json, digits=4)
    return 0


if __name__ == "__main__":
    sys.exit(main())
