"""Desktop app benchmark: cold start to an unlocked, synced main window; the longest GUI stall while syncing
10,000 headers and loading a 10,000-entry history; resident memory over an hour-equivalent of activity.

`python benchmarks/app.py` prints a table; `--json` ends with one JSON object (`cold_start_s`, `max_stall_ms`,
`rss_mb`, and the baselines measured in the same run: a bare Qt start, the stalls of an idle loop).

The stand-in nodes run in processes of their own, as real nodes do, so their work and their garbage are not
counted as the app's. The history is the wallet screen's own: read from the encrypted profile a page at a time
while the table is scrolled to its end. `--tracemalloc` lists what grew over the second half of the hour.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Awaitable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PASSPHRASE = "benchmark passphrase of the atelier"
HISTORY = 10_000
HEADERS = 10_000
#: One block a second for an hour.
HOUR_BLOCKS = 3_600


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# -- cold start ---------------------------------------------------------------------------------------------
def cold_start_child(argv: list[str]) -> None:
    """Runs in a fresh interpreter: from the first line to an unlocked profile and a proven balance shown."""
    started = time.perf_counter()
    profile_dir, genesis, *nodes = argv
    import qasync
    from PySide6.QtWidgets import QApplication

    from etalonium_desktop.__main__ import build_parser
    from etalonium_desktop.app import App
    from etalonium_desktop.store import Profile

    qapp = QApplication([])
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    args = ["--profile-dir", profile_dir, "--no-devnet", "--genesis", genesis]
    for url in nodes:
        args += ["--node", url]
    app = App(qapp, build_parser().parse_args(args))
    result: dict[str, float] = {}

    async def run() -> None:
        app.window.resize(1280, 800)
        app.window.show()
        kdf_start = time.perf_counter()
        profile = await asyncio.to_thread(Profile.open, profile_dir, PASSPHRASE)
        result["kdf_s"] = time.perf_counter() - kdf_start
        app.profile = profile
        await app._open_session(profile, Path(profile_dir))
        assert app.network is not None
        assert app.session is not None
        await app.network.wait_ready(60)
        say(f"child: synced to {app.network.state.verified_height} after {time.perf_counter() - started:.2f} s")
        # Poll what a person sees: the wallet's label, set by the view when a proven balance arrives.
        while app.session.balance.height == 0 or "Verified" not in app.wallet.proof.text():  # noqa: ASYNC110
            await asyncio.sleep(0.01)
        say(f"child: balance shown verified after {time.perf_counter() - started:.2f} s")
        result["total_s"] = time.perf_counter() - started
        await app._shutdown()
        say(f"child: shut down after {time.perf_counter() - started:.2f} s")

    with loop:
        loop.run_until_complete(run())
    print(json.dumps(result))


def bare_qt_child() -> None:
    """The baseline: a fresh interpreter that only brings up Qt and shows an empty main window."""
    started = time.perf_counter()
    from PySide6.QtWidgets import QApplication, QMainWindow

    qapp = QApplication([])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    qapp.processEvents()
    print(json.dumps({"total_s": time.perf_counter() - started}))


def child(*args: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, *args], check=True, capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


async def cold_start(work: Path) -> dict[str, float]:
    from etalonium_desktop.store import DEFAULT_KDF_COST, Profile, generate_phrase
    from fullnode.devnet import Devnet

    say("cold start: a 4-validator devnet and a funded profile…")
    devnet = Devnet(4, work / "devnet", chain_id="exc-bench-app")
    await devnet.start()
    try:
        profile_dir = work / "profile"
        profile = Profile.create(profile_dir, PASSPHRASE, generate_phrase(), kdf=DEFAULT_KDF_COST)
        profile.settings.set("profile.published", True)
        profile.close()
        nodes = [f"http://{node.api}" for node in devnet.nodes]
        genesis = str(devnet.dir / "genesis.json")
        # One warm-up run (the OS file cache); then alternate with the bare-Qt baseline.
        await asyncio.to_thread(child, "--child-cold-start", str(profile_dir), genesis, *nodes)
        app_runs, bare_runs, kdf = [], [], []
        for _ in range(3):
            r = await asyncio.to_thread(child, "--child-cold-start", str(profile_dir), genesis, *nodes)
            app_runs.append(r["total_s"] - r["kdf_s"])
            kdf.append(r["kdf_s"])
            bare_runs.append((await asyncio.to_thread(child, "--child-bare-qt"))["total_s"])
    finally:
        await devnet.stop()
    app_s, bare_s = sorted(app_runs)[1], sorted(bare_runs)[1]
    return {
        "cold_start_s": app_s,
        "cold_start_kdf_s": sorted(kdf)[1],
        "bare_qt_start_s": bare_s,
        "cold_start_vs_bare_qt": app_s / bare_s,
    }


# -- GUI stalls ----------------------------------------------------------------------------------------------
class StallMeter:
    """A 5 ms Qt timer; the longest gap between its ticks is the longest the GUI could not respond."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.gaps: list[float] = []

    def _tick(self) -> None:
        now = time.perf_counter()
        if self.last:
            self.gaps.append(now - self.last)
        self.last = now

    def start(self) -> None:
        self.last, self.gaps = 0.0, []
        self.timer.start()

    def stop(self) -> float:
        """The longest gap, in ms."""
        self.timer.stop()
        return max(self.gaps, default=0.0) * 1000

    def p99_ms(self) -> float:
        """The gap that 99% of the ticks beat: less sensitive than the maximum to one stray scheduling delay
        of a busy machine."""
        ordered = sorted(self.gaps)
        return ordered[int(0.99 * (len(ordered) - 1))] * 1000 if ordered else 0.0


def history_transfers(n: int) -> list[Any]:
    from etalonium_desktop.store import IncomingTransfer

    return [
        IncomingTransfer(
            i.to_bytes(32, "big"),
            bytes([i % 256]) * 20,
            (i + 1) * 10**15,
            f"order {i}" if i % 5 == 0 else "",
            i + 1,
            1_767_225_600_000 + i * 1000,
        )
        for i in range(n)
    ]


def node_child(argv: list[str]) -> None:
    """The stand-in node, in its own process as a real node is: its work and its garbage are not the app's."""
    from lightnode.testing import ChainGenerator, LoopbackServer, MemoryProvider

    gen = ChainGenerator(4, tip=int(argv[0]))
    for height in range(1, gen.tip + 1):
        gen.light_block(height)

    async def serve() -> None:
        async with LoopbackServer(MemoryProvider(gen)) as server:
            print(server.url, flush=True)
            # Until the benchmark closes our stdin.
            await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)

    asyncio.run(serve())


async def stalls(work: Path) -> dict[str, float]:
    from etalonium_desktop import heap
    from etalonium_desktop.services.network import NetworkConfig, NetworkService
    from etalonium_desktop.session import Session
    from etalonium_desktop.store import MINIMAL_KDF_COST, Profile, generate_phrase
    from etalonium_desktop.ui.wallet_page import WalletPage
    from lightnode.client import ClientOptions, GenesisRoot, LightClient, VerificationMode
    from lightnode.http_provider import HttpProvider
    from lightnode.testing import ChainGenerator

    meter = StallMeter()
    say("GUI stalls: an idle loop for the baseline…")
    meter.start()
    await asyncio.sleep(2.0)
    idle_ms = meter.stop()
    idle_p99_ms = meter.p99_ms()

    gen = ChainGenerator(4, tip=HEADERS)  # the same chain as the node's (made lazily: only its genesis here)
    say(f"GUI stalls: a stand-in node process with {HEADERS:,} signed light blocks…")
    node = await asyncio.create_subprocess_exec(
        sys.executable, __file__, "--child-node", str(HEADERS),
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, cwd=ROOT,
    )  # fmt: skip
    assert node.stdout is not None
    assert node.stdin is not None
    url = (await asyncio.wait_for(node.stdout.readline(), 300)).decode().strip()
    profile = Profile.create(work / "stall-profile", PASSPHRASE, generate_phrase(), kdf=MINIMAL_KDF_COST)
    await asyncio.to_thread(profile.wallet_history.add, history_transfers(HISTORY))
    tasks: set[asyncio.Future[Any]] = set()

    def spawn(coro: Awaitable[Any]) -> asyncio.Future[Any]:
        task = asyncio.ensure_future(coro)
        tasks.add(task)
        task.add_done_callback(tasks.discard)
        return task

    # The wallet screen of the app, reading its history from the profile as it does after unlocking.
    network = NetworkService(profile, NetworkConfig(devnet=False))
    session = Session(profile, network, notify=lambda _t, _x: None, spawn=spawn)
    say(f"GUI stalls: syncing {HEADERS:,} headers one by one into the encrypted profile while scrolling "
        f"through a {HISTORY:,}-entry history…")  # fmt: skip
    try:
        provider = HttpProvider(url)
        await provider.status()  # connections and lazy imports warm, as in an app that has been running
        client = LightClient(
            GenesisRoot(gen.genesis_hash, gen.genesis),
            provider,
            store=profile.light_store(gen.chain_id),
            options=ClientOptions(mode=VerificationMode.SEQUENTIAL, sequential_batch=500),
            clock=lambda: gen.time_of(HEADERS) + 1000,
        )
        # The screen is built at start-up, before the sync: its first page of history is read meanwhile.
        page = WalletPage(session, None)  # type: ignore[arg-type]
        page.resize(1280, 800)
        page.show()
        model = page.history
        heap.settle()  # as the app does once its main window is built
        meter.start()
        started = time.perf_counter()
        sync = asyncio.ensure_future(client.sync())
        # Scroll to the end again and again, so every page of the history is read while the sync runs.
        while model.canFetchMore() or model.loading:
            page.table.scrollToBottom()
            model.fetchMore()
            await asyncio.sleep(0.01)
        history_s = time.perf_counter() - started
        tip = await sync
        sync_s = time.perf_counter() - started
        busy_ms = meter.stop()
        busy_p99_ms = meter.p99_ms()
        rows = model.rowCount()
        await client.aclose()
        await provider.aclose()
    finally:
        node.stdin.close()
        await asyncio.wait_for(node.wait(), 60)
    for task in list(tasks):
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    page.close()
    profile.close()
    if tip.height != HEADERS:
        raise RuntimeError(f"synced to {tip.height}, not {HEADERS}")
    if rows != HISTORY:
        raise RuntimeError(f"the history showed {rows} rows, not {HISTORY}")
    return {
        "max_stall_ms": busy_ms,
        "idle_stall_ms": idle_ms,
        "stall_p99_ms": busy_p99_ms,
        "idle_stall_p99_ms": idle_p99_ms,
        "sync_10k_s": sync_s,
        "history_10k_s": history_s,
    }


# -- memory over an hour of activity ---------------------------------------------------------------------------
def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


PAYER_SEED = bytes([9]) * 32


def chain_node_child(argv: list[str]) -> None:
    """The stand-in node for the hour of activity, in its own process: a chain that pays the app's account
    every tenth block, producing blocks up to the height it is told on stdin ("to H"; it answers "at H")."""
    from lightnode.protocol.actions import Action, Transfer
    from lightnode.protocol.genesis import save_genesis
    from lightnode.protocol.keys import PrivateKey
    from lightnode.testing import ChainGenerator, LoopbackServer, MemoryProvider, SimulatedNode

    start_ms, me, genesis_file = int(argv[0]), bytes.fromhex(argv[1]), Path(argv[2])
    payer = PrivateKey(PAYER_SEED)
    gen = ChainGenerator(4, accounts=[(payer.actor_id, 10**24), (me, 10**24)], tip=0, genesis_time_ms=start_ms)
    node = SimulatedNode(gen)
    save_genesis(gen.genesis, genesis_file)

    async def serve() -> None:
        loop = asyncio.get_running_loop()
        async with LoopbackServer(MemoryProvider(node)) as server:
            print(server.url, flush=True)
            nonce = 0
            while line := await loop.run_in_executor(None, sys.stdin.readline):
                target = int(line.split()[1])
                while node.height < target:
                    height = node.height + 1
                    if height % 10 == 0:
                        action = Action(gen.chain_id, payer.public_key.raw, nonce, 10**15, height + 600,
                                        Transfer(me, 10**18, f"payment {height}"))  # fmt: skip
                        node.submit(action.sign(payer).encode())
                        nonce += 1
                    node.produce()
                    await asyncio.sleep(0)  # serve the app between blocks, as a node does
                print(f"at {node.height}", flush=True)

    asyncio.run(serve())


async def memory(work: Path, trace: bool = False) -> dict[str, float]:
    from etalonium_desktop import heap
    from etalonium_desktop.services.network import NetworkConfig, NetworkService
    from etalonium_desktop.session import Session
    from etalonium_desktop.store import MINIMAL_KDF_COST, Profile, generate_phrase
    from etalonium_desktop.ui.wallet_page import WalletPage
    from lightnode.protocol.actions import Transfer
    from lightnode.protocol.keys import PrivateKey

    payer = PrivateKey(PAYER_SEED)
    profile = Profile.create(work / "rss-profile", PASSPHRASE, generate_phrase(), kdf=MINIMAL_KDF_COST)
    profile.settings.set("profile.published", True)
    me = PrivateKey(profile.account_key(0).seed)
    # Blocks a second apart ending about now, so every header is within the trusting period.
    start_ms = int(time.time() * 1000) - HOUR_BLOCKS * 1000
    node = await asyncio.create_subprocess_exec(
        sys.executable, __file__, "--child-chain-node", str(start_ms), me.actor_id.hex(), str(work / "genesis.json"),
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, cwd=ROOT,
    )  # fmt: skip
    assert node.stdin is not None
    assert node.stdout is not None
    url = (await asyncio.wait_for(node.stdout.readline(), 120)).decode().strip()
    tasks: set[asyncio.Future[Any]] = set()

    def spawn(coro: Awaitable[Any]) -> asyncio.Future[Any]:
        task = asyncio.ensure_future(coro)
        tasks.add(task)
        task.add_done_callback(tasks.discard)
        return task

    say(f"memory: {HOUR_BLOCKS:,} blocks (an hour at one a second) with transfers in and out…")
    samples: list[tuple[int, float]] = []
    snapshots: list[Any] = []
    try:
        network = NetworkService(profile, NetworkConfig(nodes=(url,), devnet=False, genesis_file=work / "genesis.json"))
        session = Session(profile, network, notify=lambda _t, _x: None, spawn=spawn)
        await network.start()
        assert network.client is not None
        page = WalletPage(session, None)  # type: ignore[arg-type]
        page.resize(1280, 800)
        page.show()
        run = spawn(session.run())
        heap.settle()
        start_mb = rss_mb()
        for height in range(10, HOUR_BLOCKS + 1, 10):
            node.stdin.write(f"to {height}\n".encode())
            await node.stdin.drain()
            await asyncio.wait_for(node.stdout.readline(), 120)
            if height % 60 == 0:
                spawn(session.submit(Transfer(payer.actor_id, 10**16, "")))
            if height % 50 == 0:
                await asyncio.wait_for(network.client.wait_for_height(height), 120)
            if height % 360 == 0:
                samples.append((height, rss_mb()))
                if trace and height in (HOUR_BLOCKS // 2, HOUR_BLOCKS):
                    snapshots.append(tracemalloc.take_snapshot())
        # The last payments are proven a moment after their blocks: wait until no more arrive (bounded). The
        # first ones, paid before the app subscribed to the node's events, come through the catch-up.
        deadline, incoming, last_change = time.monotonic() + 60, -1, time.monotonic()
        while time.monotonic() < min(deadline, last_change + 2):
            count = await asyncio.to_thread(profile.wallet_history.count)
            if count != incoming:
                incoming, last_change = count, time.monotonic()
            await asyncio.sleep(0.2)
        run.cancel()
        for task in list(tasks):
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        page.close()
        await network.aclose()
    finally:
        node.stdin.close()
        await asyncio.wait_for(node.wait(), 60)
    profile.close()
    if snapshots:
        say("memory: what grew over the second half (tracemalloc, top 15 lines):")
        for stat in snapshots[1].compare_to(snapshots[0], "lineno")[:15]:
            say(f"  {stat}")
    half = next(mb for h, mb in samples if h >= HOUR_BLOCKS // 2)
    return {
        "rss_mb": samples[-1][1],
        "rss_start_mb": start_mb,
        "rss_growth_second_half_mb": samples[-1][1] - half,
        "hour_incoming_recorded": incoming,
        "hour_incoming_paid": HOUR_BLOCKS // 10,
    }


async def main_async(sections: list[str], trace: bool = False) -> dict[str, float]:
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="etalonium-bench-app-") as tmp:
        work = Path(tmp)
        if "cold" in sections:
            figures.update(await cold_start(work))
        if "stall" in sections:
            figures.update(await stalls(work))
        if "memory" in sections:
            figures.update(await memory(work, trace))
    return figures


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child-cold-start":
        cold_start_child(sys.argv[2:])
        return 0
    if len(sys.argv) > 1 and sys.argv[1] == "--child-chain-node":
        chain_node_child(sys.argv[2:])
        return 0
    if len(sys.argv) > 1 and sys.argv[1] == "--child-node":
        node_child(sys.argv[2:])
        return 0
    if len(sys.argv) > 1 and sys.argv[1] == "--child-bare-qt":
        bare_qt_child()
        return 0
    from benchmarks._harness import argument_parser, report, rows_table

    parser = argument_parser(__doc__)
    parser.add_argument("--only", action="append", choices=("cold", "stall", "memory"))
    parser.add_argument(
        "--tracemalloc", action="store_true", help="print what grew over the second hour-half (slows the run)"
    )
    args = parser.parse_args()
    import qasync
    from PySide6.QtWidgets import QApplication

    qapp = QApplication([])
    qapp.setQuitOnLastWindowClosed(False)  # windows come and go between sections; the loop must not stop
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    with loop:
        if args.tracemalloc:
            tracemalloc.start()
        figures = loop.run_until_complete(main_async(args.only or ["cold", "stall", "memory"], args.tracemalloc))
    rows = [(name, f"{value:.3f}", "") for name, value in figures.items()]
    report(
        f"Etalonium Desktop app benchmark\n{rows_table(rows, indent='  ', value_width=10)}", figures, as_json=args.json
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
