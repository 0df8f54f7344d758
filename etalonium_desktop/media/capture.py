"""Live sources that need Qt: the screen, a camera and a microphone, each saying plainly when it is missing."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass

import av
import numpy as np
from PySide6.QtCore import QCoreApplication, QIODevice, QObject, QTimer
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import (
    QAudioFormat,
    QAudioSource,
    QCamera,
    QMediaCaptureSession,
    QMediaDevices,
    QVideoFrame,
    QVideoSink,
)

from .errors import SourceUnavailableError
from .live import LiveEncoder


@dataclass(frozen=True, slots=True)
class Availability:
    available: bool
    #: Why not, as a sentence (empty when available).
    reason: str = ""


def _wayland_session(env: Mapping[str, str]) -> bool:
    return bool(env.get("WAYLAND_DISPLAY")) or env.get("XDG_SESSION_TYPE", "").lower() == "wayland"


def screen_capture_status(env: Mapping[str, str] | None = None) -> Availability:
    """Whether the screen can be captured: through X11 (FFmpeg's x11grab) when an X display is reachable.

    Wayland allows capture only through the desktop's screen-sharing portal (xdg-desktop-portal ScreenCast
    over PipeWire), which this app does not speak, so a Wayland session without an X display says so.
    """
    env = os.environ if env is None else env
    display = env.get("DISPLAY", "")
    if display:
        if "x11grab" not in av.formats_available:
            return Availability(
                False,
                QCoreApplication.translate(
                    "MediaCapture", "This build of FFmpeg cannot capture an X11 screen (no x11grab)."
                ),
            )
        return Availability(True)
    if _wayland_session(env):
        return Availability(
            False,
            QCoreApplication.translate(
                "MediaCapture",
                "This is a Wayland session: the screen can only be captured through the desktop's screen-sharing "
                "portal (xdg-desktop-portal), which Etalonium does not support yet. Stream a file or a camera.",
            ),
        )
    return Availability(
        False,
        QCoreApplication.translate(
            "MediaCapture",
            "No display server is running here (no X11 display), so there is no screen to capture; stream a file "
            "instead.",
        ),
    )


@dataclass(frozen=True, slots=True)
class CaptureWindow:
    """A window on the X11 display that can be streamed on its own."""

    id: int
    title: str
    width: int
    height: int


#: Windows smaller than this (either side, in pixels) are tool tips and the like, not worth streaming.
_MIN_WINDOW_SIDE = 32


def list_windows(display: str | None = None) -> list[CaptureWindow]:
    """The windows a person could stream on the X11 `display` (default: $DISPLAY), largest first.

    Those the window manager lists (EWMH `_NET_CLIENT_LIST`), or without a window manager the root window's
    children; each mapped, with a title and of a useful size. Raises SourceUnavailableError when the display
    cannot be reached. A window that closes while it is looked at is left out."""
    import xcffib
    import xcffib.xproto as xproto

    name = display or os.environ.get("DISPLAY", "")
    try:
        conn = xcffib.connect(display=name)
    except xcffib.ConnectionException as exc:
        raise SourceUnavailableError(f"The display {name} could not be reached ({exc}).") from exc
    try:
        core: xproto.xprotoExtension = conn.core  # type: ignore[has-type]  # set in connect(), unannotated
        root = conn.get_setup().roots[conn.pref_screen].root

        def atom(text: str) -> int:
            return int(core.InternAtom(False, len(text), text).reply().atom)

        def prop(window: int, key: int, kind: int, longs: int = 256) -> xproto.GetPropertyReply:
            reply: xproto.GetPropertyReply = core.GetProperty(False, window, key, kind, 0, longs).reply()
            return reply

        utf8, net_name = atom("UTF8_STRING"), atom("_NET_WM_NAME")
        listed = prop(root, atom("_NET_CLIENT_LIST"), xproto.Atom.WINDOW, 4096)
        candidates = list(listed.value.to_atoms()) if listed.value_len else list(core.QueryTree(root).reply().children)
        found: list[CaptureWindow] = []
        for window in candidates:
            try:
                if core.GetWindowAttributes(window).reply().map_state != xproto.MapState.Viewable:
                    continue
                geometry = core.GetGeometry(window).reply()
                title_prop = prop(window, net_name, utf8)
                if title_prop.value_len:
                    title = title_prop.value.buf().decode("utf-8", "replace")
                else:
                    title_prop = prop(window, xproto.Atom.WM_NAME, xproto.GetPropertyType.Any)
                    title = title_prop.value.buf().decode("latin-1") if title_prop.value_len else ""
            except xcffib.ProtocolException:
                continue  # closed meanwhile
            title = " ".join(title.split())
            if title and min(geometry.width, geometry.height) >= _MIN_WINDOW_SIDE:
                found.append(CaptureWindow(int(window), title, geometry.width, geometry.height))
        found.sort(key=lambda w: (-w.width * w.height, w.title))
        return found
    finally:
        conn.disconnect()


def camera_status() -> Availability:
    if not QMediaDevices.videoInputs():
        return Availability(
            False,
            QCoreApplication.translate(
                "MediaCapture", "No camera was found; connect one, or stream the screen or a file."
            ),
        )
    return Availability(True)


def microphone_status() -> Availability:
    if QMediaDevices.defaultAudioInput().isNull():
        return Availability(
            False,
            QCoreApplication.translate(
                "MediaCapture", "No microphone was found; the stream can carry a file's sound instead."
            ),
        )
    return Availability(True)


def _image_to_bgra(image: QImage) -> np.ndarray:
    if image.format() != QImage.Format.Format_RGB32:
        image = image.convertToFormat(QImage.Format.Format_RGB32)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    raw = np.frombuffer(image.constBits(), np.uint8, count=stride * height).reshape(height, stride)
    return raw[:, : width * 4].reshape(height, width, 4).copy()


class ScreenSource:
    """The X11 screen, or one `window` on it (an id from `list_windows`), at `fps` frames per second, grabbed
    by FFmpeg's x11grab on a worker thread."""

    def __init__(self, fps: int = 15, display: str | None = None, window: int | None = None) -> None:
        status = screen_capture_status()
        if not status.available:
            raise SourceUnavailableError(status.reason)
        self.fps = fps
        self.display = display or os.environ["DISPLAY"]
        self.window = window
        self.frames = 0
        self.error: SourceUnavailableError | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._container = self._open()

    def _open(self) -> av.container.InputContainer:
        options = {"framerate": str(self.fps), "draw_mouse": "1"}
        what = f"The screen {self.display}"
        if self.window is not None:
            options["window_id"] = str(self.window)
            what = f"The window {self.window:#x} on {self.display}"
        try:
            return av.open(self.display, format="x11grab", options=options)
        except Exception as exc:  # FFmpeg's error (display refused, no such screen or window) as a sentence
            raise SourceUnavailableError(f"{what} could not be captured ({exc}).") from exc

    def start(self, encoder: LiveEncoder) -> None:
        self._thread = threading.Thread(target=self._run, args=(encoder,), name="live-screen", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)
        self._container.close()

    def _run(self, encoder: LiveEncoder) -> None:
        try:
            for frame in self._container.decode(video=0):
                if self._stop.is_set():
                    return
                # The encoder stamps by capture time; x11grab hands a frame over as soon as it grabbed it.
                encoder.push_video(frame, time.monotonic())
                self.frames += 1
        except Exception as exc:
            if not self._stop.is_set():
                what = "screen" if self.window is None else "window"
                self.error = SourceUnavailableError(f"The {what} capture stopped ({exc}).")


def camera_picture(frame: QVideoFrame) -> np.ndarray | None:
    """A camera frame's pixels as BGRA (height × width × 4), or None for an empty or invalid frame."""
    if not frame.isValid():
        return None
    image = frame.toImage()
    return None if image.isNull() else _image_to_bgra(image)


#: The microphone's format: 48 kHz, stereo, 16-bit samples (4 bytes a sample frame).
MIC_RATE = 48_000
_MIC_FRAME_BYTES = 4


def microphone_frame(data: bytes) -> tuple[av.AudioFrame | None, bytes]:
    """The whole sample frames in `data` as an audio frame (None if there is none yet), and the bytes left
    over: a read may end inside a sample frame, and those bytes start the next one."""
    whole = len(data) - len(data) % _MIC_FRAME_BYTES
    if not whole:
        return None, data
    pcm = np.frombuffer(data[:whole], np.int16).reshape(1, -1)
    frame = av.AudioFrame.from_ndarray(pcm, format="s16", layout="stereo")
    frame.sample_rate = MIC_RATE
    return frame, data[whole:]


class CameraSource(QObject):
    """The default (or a chosen) camera through Qt Multimedia."""

    def __init__(self, device_index: int = 0) -> None:
        super().__init__()
        devices = QMediaDevices.videoInputs()
        if not devices:
            raise SourceUnavailableError(camera_status().reason)
        self.camera = QCamera(devices[min(device_index, len(devices) - 1)])
        self.session = QMediaCaptureSession()
        self.sink = QVideoSink()
        self.session.setCamera(self.camera)
        self.session.setVideoSink(self.sink)
        self.sink.videoFrameChanged.connect(self._on_frame)
        self.camera.errorOccurred.connect(self._on_error)
        self._encoder: LiveEncoder | None = None
        self.error = ""

    def start(self, encoder: LiveEncoder) -> None:
        self._encoder = encoder
        self.camera.start()

    def stop(self) -> None:
        self._encoder = None
        QTimer.singleShot(0, self.camera.stop)

    def _on_error(self, _error: object, text: str) -> None:
        self.error = f"The camera stopped: {text}."

    def _on_frame(self, frame: QVideoFrame) -> None:
        if self._encoder is None:
            return
        picture = camera_picture(frame)
        if picture is not None:
            self._encoder.push_video(picture, time.monotonic())


class MicrophoneSource(QObject):
    """The default microphone as 48 kHz stereo, pulled every 20 ms on the GUI thread."""

    def __init__(self) -> None:
        super().__init__()
        device = QMediaDevices.defaultAudioInput()
        if device.isNull():
            raise SourceUnavailableError(microphone_status().reason)
        fmt = QAudioFormat()
        fmt.setSampleRate(MIC_RATE)
        fmt.setChannelCount(2)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        self.source = QAudioSource(device, fmt)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._pull)
        self._io: QIODevice | None = None
        self._encoder: LiveEncoder | None = None
        self._rest = b""

    def start(self, encoder: LiveEncoder) -> None:
        self._encoder = encoder
        self._io = self.source.start()
        self._timer.start(20)

    def stop(self) -> None:
        self._encoder = None
        QTimer.singleShot(0, self._timer.stop)
        QTimer.singleShot(0, self.source.stop)

    def _pull(self) -> None:
        if self._io is None or self._encoder is None:
            return
        frame, self._rest = microphone_frame(self._rest + bytes(self._io.readAll().data()))
        if frame is not None:
            self._encoder.push_audio(frame, time.monotonic() - frame.samples / MIC_RATE)


class CombinedSource:
    """A picture source and a sound source started and stopped together."""

    def __init__(self, *sources: object) -> None:
        self.sources = [s for s in sources if s is not None]

    def start(self, encoder: LiveEncoder) -> None:
        for source in self.sources:
            source.start(encoder)  # type: ignore[attr-defined]

    def stop(self) -> None:
        for source in self.sources:
            source.stop()  # type: ignore[attr-defined]
