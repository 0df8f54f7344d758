"""The packaged app as a person gets it: build the bundle and tarball, install them, start the app with no Python.

Slow (a ~650 MB bundle: a few minutes on two cores), so `make test` skips it and `make test-bundle` runs it with
ETALONIUM_TEST_BUNDLE=1. With ETALONIUM_BUNDLE_PREBUILT=1 it tests what `make bundle` left in dist/ instead of
building again.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import struct
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from etalonium_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
#: Libraries a bundled Qt plugin may miss on a machine: Qt skips the plugin (the GTK theme needs the system's GTK).
OPTIONAL_LINKS = {"libqgtk3.so": {"libgtk-3.so.0", "libgdk-3.so.0"}}

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("ETALONIUM_TEST_BUNDLE") != "1",
        reason="builds a ~650 MB bundle: run by `make test-bundle` (ETALONIUM_TEST_BUNDLE=1)",
    ),
    pytest.mark.skipif(sys.platform != "linux", reason="tests the Linux bundle and tarball"),
    # Building takes one to four minutes on this machine, depending on its load.
    pytest.mark.timeout(900),
]


@dataclass(frozen=True)
class Installed:
    home: Path
    data: Path  # ~/.local/share
    app_dir: Path
    binary: Path
    desktop_file: Path
    unpacked: Path


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """What a desktop session gives a program: no virtualenv, no PYTHONPATH, a HOME of its own, no screen."""
    runtime = home / ".runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    tmp = home / ".tmp"
    tmp.mkdir(exist_ok=True)
    env = {
        "HOME": str(home),
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "XDG_RUNTIME_DIR": str(runtime),
        "TMPDIR": str(tmp),
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.update(extra)
    return env


def python_locations() -> list[str]:
    """Every place a Python (and this checkout) lives here, to hide while the bundle runs."""
    places = {sys.prefix, sys.base_prefix, str(ROOT), "/usr/lib/python3", "/usr/local/lib/python3"}
    places.update(str(p) for base in ("/usr/lib", "/usr/local/lib") for p in Path(base).glob("python3*"))
    # Never hide a place that contains the test's own files (pytest's temporary directories live in /tmp), and
    # skip a place inside another (once its parent is hidden it is gone).
    dirs = sorted(p for p in places if Path(p).is_dir() and not Path("/tmp").is_relative_to(p))
    return [p for p in dirs if not any(p != q and Path(p).is_relative_to(q) for q in dirs)]


def without_python(command: list[str]) -> tuple[list[str], bool]:
    """`command` run where no Python can start: a private mount namespace with tmpfs over every Python and the
    checkout, when this user may make one (root in CI); else `command` unchanged (clean environment only)."""
    if os.geteuid() != 0 or not shutil.which("unshare"):
        return command, False
    probe = subprocess.run(["unshare", "--mount", "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        return command, False
    script = (
        'for d in $HIDE; do mount -t tmpfs -o size=1m,mode=755 none "$d"; done; '
        # Prove it: no interpreter on the machine can start now.
        "for py in python3 python; do "
        '  if command -v "$py" >/dev/null && "$py" -c pass 2>/dev/null; then echo "$py still runs" >&2; exit 97; fi; '
        "done; "
        'exec "$@"'
    )
    return ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, "sh", *command], True


@pytest.fixture(scope="module")
def bundle() -> Path:
    tarballs = sorted(DIST.glob("etalonium-*-linux-*.tar.gz"))
    if os.environ.get("ETALONIUM_BUNDLE_PREBUILT") != "1" or not tarballs:
        started = time.monotonic()
        subprocess.run(["bash", str(ROOT / "tools" / "bundle.sh")], cwd=ROOT, check=True)
        print(f"bundle built in {time.monotonic() - started:.0f} s")
        tarballs = sorted(DIST.glob(f"etalonium-{__version__}-linux-*.tar.gz"))
    assert len(tarballs) == 1, f"expected one tarball in dist/, found {tarballs}"
    return tarballs[0]


@pytest.fixture(scope="module")
def installed(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Installed:
    base = tmp_path_factory.mktemp("bundle")
    home = base / "home"
    home.mkdir()
    subprocess.run(["tar", "-xzf", str(bundle), "-C", str(base)], check=True)
    unpacked = base / bundle.name.removesuffix(".tar.gz")
    result = subprocess.run(
        ["sh", str(unpacked / "install.sh")], env=clean_env(home), capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    data = home / ".local" / "share"
    app_dir = data / "etalonium" / "app"
    return Installed(
        home=home,
        data=data,
        app_dir=app_dir,
        binary=app_dir / "etalonium",
        desktop_file=data / "applications" / "etalonium.desktop",
        unpacked=unpacked,
    )


def desktop_entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if "=" in line)


def exec_argv(value: str) -> list[str]:
    """The argv of an Exec value: the string escapes undone, then the (shell-like) quoting."""
    return shlex.split(value.replace("\\\\", "\\"))


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_install_puts_app_menu_entry_and_icons_in_the_users_local_share(installed: Installed) -> None:
    assert installed.binary.is_file()
    assert os.access(installed.binary, os.X_OK)
    validation = subprocess.run(
        ["desktop-file-validate", str(installed.desktop_file)], capture_output=True, text=True, check=False
    )
    assert validation.returncode == 0, validation.stderr
    assert not validation.stdout.strip(), validation.stdout  # warnings and hints too
    entry = desktop_entry(installed.desktop_file)
    assert exec_argv(entry["Exec"]) == [str(installed.binary)]
    assert entry["TryExec"] == str(installed.binary)
    assert entry["Icon"] == "etalonium"
    assert entry["Terminal"] == "false"
    icons = installed.data / "icons" / "hicolor"
    for size in ICON_SIZES:
        assert png_size(icons / f"{size}x{size}" / "apps" / "etalonium.png") == (size, size)
    assert (icons / "scalable" / "apps" / "etalonium.svg").read_text().startswith("<svg")


def test_version_prints_the_version_and_the_build(installed: Installed) -> None:
    result = subprocess.run(
        [str(installed.binary), "--version"], env=clean_env(installed.home), capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    match = re.fullmatch(
        rf"Etalonium Desktop {re.escape(__version__)} \(build (\S+), (\d{{4}}-\d\d-\d\d)\)\n", result.stdout
    )
    assert match, result.stdout
    head = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    if head.returncode == 0:
        assert head.stdout.strip() in match.group(1)


def test_app_from_the_menu_entry_passes_its_self_test_with_no_python_on_the_machine(installed: Installed) -> None:
    argv = [*exec_argv(desktop_entry(installed.desktop_file)["Exec"]), "--temp-profile", "--self-test"]
    command, isolated = without_python(argv)
    env = clean_env(installed.home, HIDE=" ".join(python_locations()))
    started = time.monotonic()
    result = subprocess.run(
        command, env=env, cwd=installed.home, capture_output=True, text=True, timeout=300, check=False
    )
    elapsed = time.monotonic() - started
    print(f"self-test of the installed bundle: {elapsed:.1f} s, Python hidden: {isolated}")
    assert result.returncode == 0, result.stderr[-4000:]
    assert "self-test passed" in result.stderr
    # The embedded devnet ran: its four validators are this same program (there is no other Python to run them).
    assert len(re.findall(r"devnet node \d up", result.stderr)) == 4, result.stderr[-4000:]
    assert "Traceback" not in result.stderr.split("self-test passed")[0]


def test_every_bundled_library_finds_what_it_links(installed: Installed) -> None:
    internal = installed.app_dir / "_internal"
    missing: dict[str, list[str]] = {}
    elves = [installed.binary, *(p for p in internal.rglob("*.so*") if p.is_file() and not p.is_symlink())]
    for path in elves:
        result = subprocess.run(
            ["ldd", str(path)],
            env={"LD_LIBRARY_PATH": str(internal), "PATH": "/usr/bin:/bin"},
            capture_output=True,
            text=True,
            check=False,
        )
        lost = set(re.findall(r"^\s*(\S+) => not found", result.stdout, re.MULTILINE))
        lost -= OPTIONAL_LINKS.get(path.name, set())
        if lost:
            missing[str(path.relative_to(installed.app_dir))] = sorted(lost)
    assert not missing
    # The X11 platform plugin is there with everything it links, so the app opens a window on an X11 desktop.
    assert (internal / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so").is_file()


def test_bundle_carries_no_part_of_glibc(installed: Installed) -> None:
    """A library that calls glibc's private symbols works only with the exact glibc it came from."""
    if not shutil.which("objdump"):
        pytest.skip("needs objdump (binutils)")
    internal = installed.app_dir / "_internal"
    private = []
    for path in (p for p in internal.rglob("*.so*") if p.is_file() and not p.is_symlink()):
        symbols = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True, check=False).stdout
        if "GLIBC_PRIVATE" in symbols:
            private.append(str(path.relative_to(internal)))
    assert not private


def test_bundle_leaves_out_the_qt_modules_the_app_does_not_use(installed: Installed) -> None:
    internal = installed.app_dir / "_internal"
    names = {p.name for p in internal.rglob("*")}
    for unused in ("libQt6WebEngineCore", "libQt63DCore", "libQt6VirtualKeyboard", "libQt6Pdf", "libqeglfs", "libqvnc"):
        assert not any(name.startswith(unused) for name in names), unused
    assert not (internal / "PySide6" / "Qt" / "qml").exists()
    assert (internal / "resources" / "themes" / "dark.qss").is_file()
    assert (internal / "resources" / "icons" / "app.svg").is_file()
    assert any(name.startswith("qtbase_") and name.endswith(".qm") for name in names), "Qt's translations"


def test_uninstall_removes_the_app_but_keeps_the_profiles(installed: Installed) -> None:
    profiles = installed.data / "etalonium-desktop" / "profiles" / "default"
    profiles.mkdir(parents=True)
    (profiles / "keep-me").write_text("wallet")
    result = subprocess.run(
        ["sh", str(installed.unpacked / "install.sh"), "--uninstall"],
        env=clean_env(installed.home),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert not installed.app_dir.exists()
    assert not installed.desktop_file.exists()
    assert not list((installed.data / "icons" / "hicolor").glob("*/apps/etalonium.*"))
    assert (profiles / "keep-me").read_text() == "wallet"
