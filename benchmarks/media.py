"""Media benchmarks against the ffmpeg command line and loopback: transcode, live latency, playback."""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import aiohttp
from aiohttp import web

from benchmarks._harness import argument_parser, percentile, progress, report, targets_table
from etalonium_desktop.media.live import (
    FileLoopSource,
    LiveBroadcast,
    LiveReceiver,
    LiveSettings,
    read_stamp,
)
from etalonium_desktop.media.playback import Playback
from etalonium_desktop.media.transcode import (
    AUDIO_RATE,
    RenditionSpec,
    TranscodeSettings,
    gop_frames,
    transcode_video,
    x264_options,
)
from lightnode.protocol.keys import PrivateKey

DETAILS = """Benchmarks of the media layer, each against a baseline measured in the same run.

- Transcode: a 20 s 1080p30 clip to a 720p HLS rendition (fragmented MP4, 2 s segments, the same x264 and
  AAC settings), PyAV pipeline against the `ffmpeg` command line; the median ratio of three back-to-back
  rounds (alternating which runs first), and the ratio of CPU time.
- Live: glass-to-glass latency on loopback. A file loops as the source; every frame carries its capture time
  drawn into the picture; a viewer reads it back from the frame it presents. The relay runs in its own
  process, as a node would.
- Playback: a 1080p30 clip played in real time in the player widget (dropped and late frames), then decoded
  and painted as fast as possible (the decode + render rate).
"""

OWNER = PrivateKey(b"\x11" * 32)
CHANNEL = PrivateKey(b"\x12" * 32)
SPEC = RenditionSpec("720p", 720, 3_000_000, 128_000)
SETTINGS = TranscodeSettings(ladder=(SPEC,), segment_seconds=2.0, preset="veryfast")
TRANSCODE_ROUNDS = 3
LIVE_SECONDS = 12.0
LIVE_WARMUP_S = 2.5
TARGETS = {
    "transcode_ratio": (">=", 0.95),
    "live_latency_p50_s": ("<=", 0.5),
    "live_latency_p95_s": ("<=", 0.8),
    "dropped_frames": ("<=", 0),
}


def ffmpeg(*args: str) -> None:
    subprocess.run(["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", *args], check=True, timeout=300)


def make_inputs(work: Path) -> tuple[Path, Path, Path]:
    """The 20 s 1080p30 transcode input, a 4 s 720p30 live source, a 6 s 1080p30 playback clip."""
    progress("generating the test clips (ffmpeg testsrc2 + sine)…")
    source = work / "source-1080p30.mp4"
    ffmpeg(
        "-f", "lavfi", "-i", "testsrc2=size=1920x1080:rate=30", "-f", "lavfi",
        "-i", "sine=frequency=440:sample_rate=48000", "-t", "20", "-c:v", "libx264", "-preset", "ultrafast",
        "-crf", "20", "-g", "60", "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "128k", "-shortest", str(source),
    )  # fmt: skip
    live = work / "live-720p30.mp4"
    ffmpeg(
        "-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=30", "-f", "lavfi",
        "-i", "sine=frequency=330:sample_rate=48000", "-t", "4", "-c:v", "libx264", "-preset", "ultrafast",
        "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", str(live),
    )  # fmt: skip
    play = work / "play-1080p30.mp4"
    ffmpeg(
        "-f", "lavfi", "-i", "testsrc2=size=1920x1080:rate=30", "-t", "6", "-c:v", "libx264",
        "-preset", "veryfast", "-b:v", "6000k", "-pix_fmt", "yuv420p", str(play),
    )  # fmt: skip
    return source, live, play


# ---- transcode ------------------------------------------------------------------------------------------


def ffmpeg_hls(source: Path, out: Path) -> float:
    """The baseline: the command line with the same x264/AAC settings, HLS fMP4 in one file."""
    out.mkdir(parents=True, exist_ok=True)
    gop = gop_frames(30.0, SETTINGS.segment_seconds)
    opts = x264_options(SPEC, gop, SETTINGS.preset)
    started = time.perf_counter()
    ffmpeg(
        "-i", str(source), "-vf", "scale=-2:720", "-c:v", "libx264", "-preset", opts["preset"],
        "-profile:v", opts["profile"], "-pix_fmt", "yuv420p", "-b:v", str(SPEC.video_bitrate),
        "-maxrate", opts["maxrate"], "-bufsize", opts["bufsize"], "-g", opts["g"],
        "-keyint_min", opts["keyint_min"], "-sc_threshold", opts["sc_threshold"],
        "-c:a", "aac", "-b:a", str(SPEC.audio_bitrate), "-ar", str(AUDIO_RATE), "-ac", "2",
        "-f", "hls", "-hls_time", str(SETTINGS.segment_seconds), "-hls_playlist_type", "vod",
        "-hls_segment_type", "fmp4", "-hls_flags", "single_file",
        "-hls_segment_filename", str(out / "720p.mp4"), str(out / "720p.m3u8"),
    )  # fmt: skip
    return time.perf_counter() - started


def pyav_hls(source: Path, out: Path) -> float:
    shutil.rmtree(out, ignore_errors=True)
    started = time.perf_counter()
    transcode_video(source, out, SETTINGS)
    return time.perf_counter() - started


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def bench_transcode(source: Path, work: Path) -> dict[str, float]:
    """Rounds of one run each, back to back, alternating which goes first; this machine is shared, so the
    ratio is the median of the rounds' ratios (each round sees about the same load), and CPU time is
    reported too, since it does not depend on what else runs."""
    ratios: list[float] = []
    ours: list[float] = []
    theirs: list[float] = []
    cpu_ours = cpu_theirs = 0.0
    for round_ in range(TRANSCODE_ROUNDS):
        order = ("ffmpeg", "pyav") if round_ % 2 == 0 else ("pyav", "ffmpeg")
        times: dict[str, float] = {}
        for who in order:
            if who == "ffmpeg":
                progress(f"transcode round {round_ + 1}/{TRANSCODE_ROUNDS}: ffmpeg command line…")
                before = _cpu(resource.RUSAGE_CHILDREN)
                times[who] = ffmpeg_hls(source, work / "ffmpeg")
                cpu_theirs += _cpu(resource.RUSAGE_CHILDREN) - before
            else:
                progress(f"transcode round {round_ + 1}/{TRANSCODE_ROUNDS}: PyAV pipeline…")
                before = _cpu(resource.RUSAGE_SELF)
                times[who] = pyav_hls(source, work / "pyav")
                cpu_ours += _cpu(resource.RUSAGE_SELF) - before
        ratios.append(times["ffmpeg"] / times["pyav"])
        ours.append(times["pyav"])
        theirs.append(times["ffmpeg"])
    frames = 600
    return {
        "transcode_fps": frames / statistics.median(ours),
        "ffmpeg_transcode_fps": frames / statistics.median(theirs),
        "transcode_ratio": statistics.median(ratios),
        "transcode_cpu_ratio": cpu_theirs / cpu_ours,
    }


# ---- live ------------------------------------------------------------------------------------------------


async def serve(data_dir: Path) -> None:
    """The relay node, in its own process."""
    from fullnode.services import ChannelInfo, MemoryChainView, RateLimit, ServicesConfig, StaticPeers, setup_services

    generous = RateLimit(1e6, 1_000_000)
    config = ServicesConfig(client_rate=generous, owner_rate=generous, fsync_chunks=False)
    chain = MemoryChainView(channels={CHANNEL.public_key.raw: ChannelInfo(OWNER.actor_id, "benchmark", True)})
    app = web.Application()
    await setup_services(app, data_dir=data_dir, chain=chain, peers=StaticPeers(), config=config)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    print(f"PORT {runner.addresses[0][1]}", flush=True)
    await asyncio.Event().wait()


async def bench_live(clip: Path, work: Path) -> dict[str, float]:
    progress(f"live: streaming {LIVE_SECONDS:.0f} s through a relay in another process…")
    relay = await asyncio.create_subprocess_exec(
        sys.executable, __file__, "--serve", str(work / "relay"), stdout=asyncio.subprocess.PIPE
    )
    assert relay.stdout is not None
    line = (await asyncio.wait_for(relay.stdout.readline(), 30)).decode()
    url = f"http://127.0.0.1:{int(line.split()[1])}"
    latencies: list[tuple[float, float]] = []
    settings = LiveSettings()
    try:
        async with aiohttp.ClientSession() as session:
            receiver = LiveReceiver(session, url, CHANNEL.public_key.raw)
            await receiver.start()
            decoder = receiver.decoder(output_size=(640, 360), want_audio=False)

            def shown(frame: Any, _now: float) -> None:
                stamp = read_stamp(frame.frame.to_ndarray(), settings.width)
                if stamp is not None:
                    now = time.time()
                    latencies.append((now, now - stamp / 1000))

            playback = Playback(decoder, on_frame_shown=shown)
            playback.start()
            playback.play()
            stop = threading.Event()

            def present() -> None:  # the player's timer, on a thread of its own
                while not stop.is_set():
                    tick = playback.tick()
                    stop.wait(min(tick.next_s, 0.01))

            presenter = threading.Thread(target=present, daemon=True)
            presenter.start()
            broadcast = LiveBroadcast(session, url, CHANNEL, settings=settings, stamp_frames=True, listen_chat=False)
            started = time.time()
            await broadcast.start(FileLoopSource(clip))
            await asyncio.sleep(LIVE_SECONDS)  # the length of the measurement, not a synchronization
            health = broadcast.health()
            await broadcast.stop()
            stop.set()
            presenter.join(5)
            playback.close()
            await receiver.stop()
    finally:
        relay.terminate()
        await relay.wait()
    measured = [lat for at, lat in latencies if at - started > LIVE_WARMUP_S]
    if not measured:
        raise SystemExit("the viewer presented no frames: the live pipeline is broken")
    return {
        "live_latency_p50_s": statistics.median(measured),
        "live_latency_p95_s": percentile(measured, 0.95),
        "live_frames_presented": float(len(measured)),
        "live_encoder_dropped_frames": float(health.dropped_frames),
        "live_viewer_dropped_frames": float(playback.stats.dropped),
        "live_parts_sent": float(health.parts_sent),
    }


# ---- playback --------------------------------------------------------------------------------------------


def bench_playback(clip: Path) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from etalonium_desktop.media.player_widget import PlayerWidget

    app = QApplication.instance() or QApplication(sys.argv[:1])
    results: dict[str, float] = {}
    for paced in (True, False):
        progress("playback: real time in the player widget…" if paced else "playback: as fast as possible…")
        player = PlayerWidget()
        player.paced = paced
        player.resize(1280, 720 + player.controls.sizeHint().height())
        player.show()
        app.processEvents()
        done = threading.Event()
        player.finished.connect(done.set)
        player.failed.connect(progress)
        player.failed.connect(done.set)
        started = time.perf_counter()
        player.open_file(clip)
        while not done.is_set() and time.perf_counter() - started < 60:
            app.processEvents()
            time.sleep(0.001)
        elapsed = time.perf_counter() - started
        stats = player.stats()
        painted = player.view.frames_painted
        player.close_media()
        player.close()
        if paced:
            results["dropped_frames"] = float(stats.dropped)
            results["late_frames"] = float(stats.late)
            results["frames_presented"] = float(stats.presented)
            results["playback_wall_s"] = elapsed
        else:
            results["decode_render_fps"] = painted / elapsed
            results["decode_fps"] = stats.decode_fps
    return results


# ---- main ------------------------------------------------------------------------------------------------


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="etalonium-media-bench-") as tmp:
        work = Path(tmp)
        source, live, play = make_inputs(work)
        figures = bench_transcode(source, work)
        figures.update(asyncio.run(bench_live(live, work)))
        figures.update(bench_playback(play))
    return figures


def main() -> int:
    parser = argument_parser(__doc__, epilog=DETAILS, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--serve", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve is not None:
        asyncio.run(serve(args.serve))
        return 0
    if shutil.which("ffmpeg") is None:
        print("The ffmpeg command line is needed as the baseline; install it (make test does).", file=sys.stderr)
        return 1
    started = time.perf_counter()
    figures = run()
    figures["benchmark_seconds"] = time.perf_counter() - started
    limits = {name: limit for name, (_, limit) in TARGETS.items()}
    at_least = {name for name, (op, _) in TARGETS.items() if op == ">="}
    text = targets_table(figures, limits, name_width=30, value_width=12, at_least=at_least)
    report(text, figures, as_json=args.json, digits=4)
    return 0


if __name__ == "__main__":
    sys.exit(main())
