"""Live sources that need Qt: the screen, a camera and a microphone, each saying plainly when it is missing."""

from __future__ import annotations

import time
from dataclasses import dataclass

import av
import numpy as np
from PySide6.QtCore import QIODevice, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QImage
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

_HEADLESS_PLATFORMS = {"offscreen", "minimal", "vnc"}


@dataclass(frozen=True, slots=True)
class Availability:
    available: bool
    #: Why not, as a sentence (empty when available).
    reason: str = ""


def screen_capture_status() -> Availability:
    app = QGuiApplication.instance()
    if app is None:
        return Availability(False, "Screen capture needs the app's window system, which is not running.")
    platform = QGuiApplication.platformName()
    if platform in _HEADLESS_PLATFORMS:
        return Availability(
            False, f"This session has no screen to capture (Qt platform '{platform}'); stream a file instead."
        )
    if QGuiApplication.primaryScreen() is None:
        return Availability(False, "No screen is connected, so there is nothing to capture.")
    return Availability(True)


def camera_status() -> Availability:
    if not QMediaDevices.videoInputs():
        return Availability(False, "No camera was found; connect one, or stream the screen or a file.")
    return Availability(True)


def microphone_status() -> Availability:
    if QMediaDevices.defaultAudioInput().isNull():
        return Availability(False, "No microphone was found; the stream can carry a file's sound instead.")
    return Availability(True)


def _image_to_bgra(image: QImage) -> np.ndarray:
    if image.format() != QImage.Format.Format_RGB32:
        image = image.convertToFormat(QImage.Format.Format_RGB32)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    raw = np.frombuffer(image.constBits(), np.uint8, count=stride * height).reshape(height, stride)
    return raw[:, : width * 4].reshape(height, width, 4).copy()


class ScreenSource(QObject):
    """The primary screen at `fps` frames per second (QScreen.grabWindow on the GUI thread)."""

    def __init__(self, fps: int = 15) -> None:
        super().__init__()
        status = screen_capture_status()
        if not status.available:
            raise SourceUnavailableError(status.reason)
        self.fps = fps
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._grab)
        self._encoder: LiveEncoder | None = None

    def start(self, encoder: LiveEncoder) -> None:
        self._encoder = encoder
        self._timer.start(int(1000 / self.fps))

    def stop(self) -> None:
        # May be called from a worker thread: the timer belongs to the GUI thread.
        QTimer.singleShot(0, self._timer.stop)
        self._encoder = None

    def _grab(self) -> None:
        screen = QGuiApplication.primaryScreen()
        if screen is None or self._encoder is None:
            return
        captured = time.monotonic()
        image = screen.grabWindow(0).toImage()
        if not image.isNull():
            self._encoder.push_video(_image_to_bgra(image), captured)


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
        if self._encoder is None or not frame.isValid():
            return
        image = frame.toImage()
        if not image.isNull():
            self._encoder.push_video(_image_to_bgra(image), time.monotonic())


class MicrophoneSource(QObject):
    """The default microphone as 48 kHz stereo, pulled every 20 ms on the GUI thread."""

    def __init__(self) -> None:
        super().__init__()
        device = QMediaDevices.defaultAudioInput()
        if device.isNull():
            raise SourceUnavailableError(microphone_status().reason)
        fmt = QAudioFormat()
        fmt.setSampleRate(48_000)
        fmt.setChannelCount(2)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        self.source = QAudioSource(device, fmt)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._pull)
        self._io: QIODevice | None = None
        self._encoder: LiveEncoder | None = None

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
        data = bytes(self._io.readAll().data())
        samples = len(data) // 4
        if samples == 0:
            return
        pcm = np.frombuffer(data[: samples * 4], np.int16).reshape(1, -1)
        frame = av.AudioFrame.from_ndarray(pcm, format="s16", layout="stereo")
        frame.sample_rate = 48_000
        self._encoder.push_audio(frame, time.monotonic() - samples / 48_000)


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
