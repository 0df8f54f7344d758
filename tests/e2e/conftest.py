"""End-to-end fixtures: a qasync loop on the test's QApplication, a real devnet, and helpers to drive the app."""

from __future__ import annotations

import asyncio
import shutil
import socket
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from etalonium_desktop.__main__ import build_parser
from etalonium_desktop.app import App
from fullnode.devnet import Devnet, DevnetError

#: Generous: the machine running the tests is small and busy.
WAIT_S = 90.0


def free_port_block(count: int) -> int:
    """A base port with `count` consecutive free ports on 127.0.0.1 (so nodes restart on the same ports)."""
    for _ in range(200):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            base = probe.getsockname()[1]
        if base + count >= 65535:
            continue
        held = []
        try:
            for port in range(base, base + count):
                s = socket.socket()
                held.append(s)  # closed below whether its bind works or not (a port in use raises)
                s.bind(("127.0.0.1", port))
            return base
        except OSError:
            continue
        finally:
            for s in held:
                s.close()
    raise RuntimeError("no block of free ports on 127.0.0.1")


@asynccontextmanager
async def running_devnet(directory: Path, validators: int = 4) -> AsyncIterator[Devnet]:
    for attempt in range(3):
        devnet = Devnet(validators, directory, base_port=free_port_block(2 * validators), chain_id="exc-e2e")
        try:
            await devnet.start()
            break
        except DevnetError as exc:
            # Another process took a port of the probed block between the probe and the bind: pick another.
            await devnet.stop()
            if "address already in use" not in str(exc) or attempt == 2:
                raise
            shutil.rmtree(directory, ignore_errors=True)
    try:
        yield devnet
    finally:
        await devnet.stop()


def app_args(profile_dir: Path, devnet: Devnet, *nodes: str) -> list[str]:
    urls = list(nodes) or [f"http://{node.api}" for node in devnet.nodes]
    args = ["--profile-dir", str(profile_dir), "--no-devnet", "--genesis", str(devnet.dir / "genesis.json")]
    for url in urls:
        args += ["--node", url]
    return args


@asynccontextmanager
async def running_app(qapp: QApplication, argv: list[str]) -> AsyncIterator[App]:
    """An App driven by its own run() on the test's loop; closed (and awaited) at the end."""
    app = App(qapp, build_parser().parse_args(argv))
    task = asyncio.ensure_future(app.run())
    try:
        yield app
    finally:
        app.window.close()
        await asyncio.wait_for(task, WAIT_S)


async def until(condition: Callable[[], bool], what: str, timeout_s: float = WAIT_S) -> None:
    """Wait, polling the Qt and asyncio loops, until `condition()` holds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)


# Input without QTest: QTest processes events itself, which re-enters the running qasync loop from inside a
# coroutine. Sending events directly delivers them at once, through the same handlers a person's keys reach.
def type_text(widget: QWidget, text: str) -> None:
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def click(button: QAbstractButton) -> None:
    assert button.isEnabled(), f"{button.text()!r} is disabled"
    button.click()
