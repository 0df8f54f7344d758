"""Measures the bundle against the source run, the same way in one session: size, time to the main window, self-test.

    .venv/bin/python tools/bundle_timing.py [--runs N] [--json]

Needs a built bundle (`make bundle`) and Xvfb (Debian `xvfb`, with `xwininfo` from `x11-utils`). Both programs
start the same way, alternately, each with a fresh HOME and no virtualenv on PATH:
- time to the main window: from launch (`--temp-profile`, so the first-run wizard) until X11 reports the
  "Etalonium" window viewable on an Xvfb screen, which also proves the bundle's xcb platform plugin works;
- self-test: `--temp-profile --self-test` offscreen, from launch to exit (create an identity, start the embedded
  devnet of four validators, sync, open every screen).
The source run is `.venv/bin/etalonium`, as `make run` starts it. Prints a table; with --json, the figures as one
JSON object on the last line. Target (issue 13): the bundle within 1.5x of the source run.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / ".venv" / "bin" / "etalonium"
BUNDLE = ROOT / "dist" / "etalonium" / "etalonium"
WINDOW_TITLE = "Etalonium"
TIMEOUT_S = 120.0


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    runtime = home / ".runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    return {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "XDG_RUNTIME_DIR": str(runtime),
            "TMPDIR": str(home), **extra}  # fmt: skip


@contextlib.contextmanager
def xvfb() -> Iterator[str]:
    """A private X server; yields its DISPLAY."""
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise SystemExit("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def window_viewable(display: str) -> bool:
    result = subprocess.run(
        ["xwininfo", "-display", display, "-name", WINDOW_TITLE], capture_output=True, text=True, check=False
    )
    return result.returncode == 0 and "Map State: IsViewable" in result.stdout


def stop(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def time_to_window(program: Path, display: str) -> float:
    with tempfile.TemporaryDirectory(prefix="etalonium-timing-") as home:
        env = clean_env(Path(home), DISPLAY=display, QT_QPA_PLATFORM="xcb")
        started = time.perf_counter()
        process = subprocess.Popen(
            [str(program), "--temp-profile"], env=env, cwd=home, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip
        try:
            while not window_viewable(display):
                if process.poll() is not None:
                    raise SystemExit(f"{program} exited ({process.returncode}) before showing its window")
                if time.perf_counter() - started > TIMEOUT_S:
                    raise SystemExit(f"{program} showed no window within {TIMEOUT_S:.0f} s")
                time.sleep(0.01)
            return time.perf_counter() - started
        finally:
            stop(process)


def time_self_test(program: Path) -> float:
    with tempfile.TemporaryDirectory(prefix="etalonium-timing-") as home:
        env = clean_env(Path(home), QT_QPA_PLATFORM="offscreen")
        started = time.perf_counter()
        result = subprocess.run(
            [str(program), "--temp-profile", "--self-test"], env=env, cwd=home, capture_output=True, text=True,
            timeout=300, check=False,
        )  # fmt: skip
        elapsed = time.perf_counter() - started
        if result.returncode != 0:
            raise SystemExit(f"{program} --self-test failed:\n{result.stderr[-3000:]}")
        return elapsed


def tree_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each program for each figure (default 5)")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object, last")
    args = parser.parse_args(argv)
    for needed in (SOURCE, BUNDLE):
        if not needed.exists():
            raise SystemExit(f"missing {needed}: run `make bundle` (and `make run` once) first")
    for tool in ("Xvfb", "xwininfo"):
        if not shutil.which(tool):
            raise SystemExit(f"missing {tool}: apt-get install xvfb x11-utils")

    programs = {"source": SOURCE, "bundle": BUNDLE}
    window: dict[str, list[float]] = {name: [] for name in programs}
    self_test: dict[str, list[float]] = {name: [] for name in programs}
    with xvfb() as display:
        # One unmeasured start of each first: the very first start after a build reads ~650 MB from disk.
        first = {name: time_to_window(program, display) for name, program in programs.items()}
        for _ in range(args.runs):
            for name, program in programs.items():
                window[name].append(time_to_window(program, display))
    for _ in range(args.runs):
        for name, program in programs.items():
            self_test[name].append(time_self_test(program))

    tarballs = sorted((ROOT / "dist").glob("etalonium-*-linux-*.tar.gz"))
    figures = {
        "bundle_size_mb": round(tree_size(BUNDLE.parent) / 2**20, 1),
        "tarball_size_mb": round(tarballs[-1].stat().st_size / 2**20, 1) if tarballs else None,
        "runs": args.runs,
        "source_first_window_s": round(first["source"], 3),
        "bundle_first_window_s": round(first["bundle"], 3),
    }
    for label, samples in (("window", window), ("self_test", self_test)):
        source, bundle = statistics.median(samples["source"]), statistics.median(samples["bundle"])
        figures[f"source_{label}_s"] = round(source, 3)
        figures[f"bundle_{label}_s"] = round(bundle, 3)
        figures[f"{label}_ratio"] = round(bundle / source, 2)

    print(f"bundle: {figures['bundle_size_mb']} MB in dist/etalonium/, tarball {figures['tarball_size_mb']} MB")
    print(f"{'median of ' + str(args.runs) + ' runs':<34}{'source':>10}{'bundle':>10}{'ratio':>8}")
    for label, title in (("window", "start to main window (Xvfb)"), ("self_test", "start to self-test passed")):
        print(f"{title:<34}{figures[f'source_{label}_s']:>9.2f}s{figures[f'bundle_{label}_s']:>9.2f}s"
              f"{figures[f'{label}_ratio']:>7.2f}x")  # fmt: skip
    print(f"{'first start after the build':<34}{first['source']:>9.2f}s{first['bundle']:>9.2f}s")
    if args.json:
        print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
