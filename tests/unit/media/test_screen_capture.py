"""Screen and window capture: X11 through FFmpeg's x11grab (tested on a real Xvfb server, with windows another
client opens on it), and a plain reason where it cannot work: a Wayland session (its screen-sharing portal is
not supported) or no display at all."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import time
from collections.abc import Iterator

import av
import pytest
from pytestqt.qtbot import QtBot

from etalonium_desktop.media.capture import ScreenSource, list_windows, screen_capture_status
from etalonium_desktop.media.errors import SourceUnavailableError
from etalonium_desktop.media.live import LiveEncoder, LivePart, LiveSettings
from etalonium_desktop.media.live_view import SOURCE_SCREEN, SOURCE_WINDOW, GoLive, LiveView

from .conftest import QT_AUDIO_NOISE

pytestmark = pytest.mark.qt_log_ignore(*QT_AUDIO_NOISE)


def test_a_wayland_session_says_why_the_screen_cannot_be_captured(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    status = screen_capture_status()
    assert not status.available
    assert "Wayland" in status.reason
    assert "portal" in status.reason
    assert screen_capture_status({"XDG_SESSION_TYPE": "wayland"}) == status
    view = LiveView()
    qtbot.add_widget(view)
    item = view.source_box.model().item(view.source_box.findData(SOURCE_SCREEN))  # type: ignore[attr-defined]
    assert not item.isEnabled()
    assert item.toolTip() == status.reason
    assert item.text().endswith("(not available here)")
    assert status.reason in view.sources_note.text()
    assert view.source_unavailable_reason(SOURCE_SCREEN) == status.reason
    # Asked for anyway (a saved choice, a script): a clear error, nothing started, the page keeps working.
    with pytest.raises(SourceUnavailableError, match="portal"):
        view.build_source(GoLive(SOURCE_SCREEN, "none", None, False, "x"))
    view.source_box.setCurrentIndex(view.source_box.findData(SOURCE_SCREEN))
    with qtbot.wait_signal(view.failed) as blocker:
        view.go_button.click()
    assert blocker.args == [status.reason]
    assert view.broadcast is None


def test_no_display_at_all_is_explained() -> None:
    status = screen_capture_status({})
    assert not status.available
    assert "no screen to capture" in status.reason


@pytest.fixture
def xvfb() -> Iterator[str]:
    """A virtual X server on a display number it picks itself; yields its DISPLAY.

    With -displayfd the server writes its display number to the pipe once it accepts connections, so the
    number is free and the server ready when the read returns."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "320x240x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end, "rb") as pipe:
            number = pipe.readline().strip()  # EOF (b"") if the server died before it was ready
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number.decode()}"
    finally:
        server.terminate()
        server.wait(30)


@pytest.mark.skipif("x11grab" not in av.formats_available, reason="FFmpeg was built without x11grab")
def test_an_x11_screen_is_captured_into_live_parts(xvfb: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPLAY", xvfb)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert screen_capture_status().available
    parts: list[LivePart] = []
    settings = LiveSettings(width=320, height=240, fps=10, video_bitrate=200_000, preset="ultrafast", audio=False)
    encoder = LiveEncoder(settings, parts.append)
    encoder.start()
    source = ScreenSource(fps=10)
    source.start(encoder)
    deadline = time.monotonic() + 30
    while source.frames < 15 and source.error is None and time.monotonic() < deadline:
        time.sleep(0.05)  # x11grab delivers at its own pace on its thread; polled with a deadline
    source.stop()
    encoder.close()
    assert source.error is None
    assert source.frames >= 15
    assert encoder.error is None
    assert parts
    assert parts[0].keyframe
    # The parts are the 320x240 screen as H.264 in MPEG-TS.
    with av.open(io.BytesIO(b"".join(p.media for p in parts)), format="mpegts") as container:
        stream = container.streams.video[0]
        assert (stream.codec_context.width, stream.codec_context.height) == (320, 240)
        assert sum(1 for _ in container.decode(stream)) >= 8


def test_a_display_that_refuses_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPLAY", ":199")  # nothing listens there
    with pytest.raises(SourceUnavailableError, match="could not be captured"):
        ScreenSource(display=":199")


class XWindows:
    """Windows made on a test X server by a client of its own (as another app's would be)."""

    def __init__(self, display: str) -> None:
        import xcffib
        import xcffib.xproto as xproto

        self.xproto = xproto
        self.conn = xcffib.connect(display=display)
        self.screen = self.conn.get_setup().roots[self.conn.pref_screen]

    def open(self, title: str, width: int, height: int, colour: int, *, mapped: bool = True) -> int:
        x = self.xproto
        window: int = self.conn.generate_id()
        screen = self.screen
        self.conn.core.CreateWindow(
            screen.root_depth, window, screen.root, 5, 5, width, height, 0,
            x.WindowClass.InputOutput, screen.root_visual, x.CW.BackPixel, [colour],
        )  # fmt: skip
        name = title.encode("utf-8")
        utf8 = self.conn.core.InternAtom(False, 11, "UTF8_STRING").reply().atom
        net_name = self.conn.core.InternAtom(False, 12, "_NET_WM_NAME").reply().atom
        self.conn.core.ChangeProperty(x.PropMode.Replace, window, net_name, utf8, 8, len(name), name)
        if mapped:
            self.conn.core.MapWindow(window)
        # A round trip: the server has done all of the above once it answers.
        self.conn.core.GetGeometry(window).reply()
        return window

    def close(self, window: int) -> None:
        self.conn.core.DestroyWindow(window)
        self.conn.core.GetInputFocus().reply()


@pytest.mark.skipif("x11grab" not in av.formats_available, reason="FFmpeg was built without x11grab")
def test_one_window_is_listed_and_captured_on_its_own(xvfb: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPLAY", xvfb)
    x = XWindows(xvfb)
    lookbook = x.open("Lookbook — draft", 160, 120, 0xFF3366)
    x.open("Palette", 64, 48, 0x22AA44)
    x.open("tip", 20, 10, 0x000000)  # too small to be worth streaming
    x.open("Hidden", 100, 100, 0x0000FF, mapped=False)
    assert [(w.title, w.width, w.height) for w in list_windows()] == [
        ("Lookbook — draft", 160, 120),
        ("Palette", 64, 48),
    ]
    assert list_windows()[0].id == lookbook
    source = ScreenSource(fps=10, window=lookbook)
    try:
        frame = next(source._container.decode(video=0))
    finally:
        source._container.close()
    picture = frame.to_ndarray(format="rgb24")
    assert picture.shape == (120, 160, 3)
    assert picture[60, 80].tolist() == [0xFF, 0x33, 0x66]
    # A window closed before the stream starts is a clear error.
    x.close(lookbook)
    with pytest.raises(SourceUnavailableError, match="could not be captured"):
        ScreenSource(window=lookbook)
    with pytest.raises(SourceUnavailableError, match="could not be reached"):
        list_windows(":199")


def test_the_live_page_offers_the_open_windows(xvfb: str, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPLAY", xvfb)
    view = LiveView()
    qtbot.add_widget(view)
    view.source_box.setCurrentIndex(view.source_box.findData(SOURCE_WINDOW))
    # No window open yet: going live says so, nothing starts.
    assert view.window_box.count() == 0
    with qtbot.wait_signal(view.failed) as blocker:
        view.go_button.click()
    assert "No window is open" in blocker.args[0]
    x = XWindows(xvfb)
    fitting = x.open("Fitting notes", 200, 150, 0x336699)
    view.source_box.setCurrentIndex(0)
    view.source_box.setCurrentIndex(view.source_box.findData(SOURCE_WINDOW))
    assert view.window_box.isVisibleTo(view)
    assert view.window_box.itemText(0) == "Fitting notes (200×150)"
    assert view.request().window == fitting
    assert view.source_unavailable_reason(SOURCE_WINDOW) == ""
