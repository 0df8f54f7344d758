"""The video player widget: frames from the decoder thread painted without copies, sound through Qt Multimedia."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

import av
from PySide6.QtCore import QCoreApplication, QIODevice, QObject, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .decoder import AUDIO_RATE, DecodedVideo, Decoder, Opener, open_path, open_stream
from .download import BlobFetcher, BlobFile
from .index import MediaIndex
from .live import LivePipe, LiveReceiver
from .playback import Playback, PlaybackStats, State


def glyph(kind: str, colour: QColor, size: int = 40) -> QIcon:
    """A control icon drawn in the theme's text colour (the platform's standard icons vanish on dark themes)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    u = size / 20
    if kind == "play":
        p.drawPolygon(QPolygonF([QPointF(6 * u, 4 * u), QPointF(16 * u, 10 * u), QPointF(6 * u, 16 * u)]))
    elif kind == "pause":
        p.drawRect(QRectF(5 * u, 4 * u, 3.5 * u, 12 * u))
        p.drawRect(QRectF(11.5 * u, 4 * u, 3.5 * u, 12 * u))
    elif kind in ("volume", "muted"):
        p.drawPolygon(
            QPolygonF(
                [QPointF(3 * u, 8 * u), QPointF(7 * u, 8 * u), QPointF(11 * u, 4 * u),
                 QPointF(11 * u, 16 * u), QPointF(7 * u, 12 * u), QPointF(3 * u, 12 * u)]
            )
        )  # fmt: skip
        pen = QPen(colour, 1.6 * u)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        if kind == "volume":
            p.drawArc(QRectF(8 * u, 6 * u, 7 * u, 8 * u), -60 * 16, 120 * 16)
            p.drawArc(QRectF(8 * u, 3.5 * u, 10 * u, 13 * u), -60 * 16, 120 * 16)
        else:
            p.drawLine(QPointF(13 * u, 7 * u), QPointF(18 * u, 13 * u))
            p.drawLine(QPointF(18 * u, 7 * u), QPointF(13 * u, 13 * u))
    elif kind == "fullscreen":
        pen = QPen(colour, 1.8 * u)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        for x, y, dx, dy in ((4, 4, 1, 1), (16, 4, -1, 1), (4, 16, 1, -1), (16, 16, -1, -1)):
            p.drawLine(QPointF(x * u, y * u), QPointF((x + 4 * dx) * u, y * u))
            p.drawLine(QPointF(x * u, y * u), QPointF(x * u, (y + 4 * dy) * u))
    p.end()
    return QIcon(pixmap)


def format_time(seconds: float) -> str:
    total = int(max(0.0, seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class VideoView(QWidget):
    """Paints the current frame, letterboxed on black, wrapping the decoder's pixels in a QImage (no copy)."""

    resized = Signal(QSize)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 90)
        self._frame: DecodedVideo | None = None
        self._image: QImage | None = None
        self._message = ""
        self._badge = ""
        self.frames_painted = 0
        self._painted_frame: DecodedVideo | None = None

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    def set_frame(self, frame: DecodedVideo) -> None:
        # The QImage points into the frame's plane; keeping the frame keeps the pixels alive.
        self._frame = frame
        self._image = QImage(frame.buffer(), frame.width, frame.height, frame.stride, QImage.Format.Format_RGB32)
        self.update()

    def clear_frame(self) -> None:
        self._frame = None
        self._image = None
        self.update()

    def set_message(self, text: str) -> None:
        self._message = text
        self.update()

    def message(self) -> str:
        return self._message

    def set_badge(self, text: str) -> None:
        self._badge = text
        self.update()

    def current_image(self) -> QImage | None:
        return self._image

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        ratio = self.devicePixelRatioF()
        self.resized.emit(QSize(int(event.size().width() * ratio), int(event.size().height() * ratio)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0))
        image = self._image
        if image is not None:
            ratio = self.devicePixelRatioF()
            w, h = image.width() / ratio, image.height() / ratio
            scale = min(self.width() / w, self.height() / h) if w and h else 1.0
            if abs(scale - 1.0) > 0.02:
                w, h = w * scale, h * scale  # until the decoder delivers frames at the new size
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            target = QRect(int((self.width() - w) / 2), int((self.height() - h) / 2), int(w), int(h))
            painter.drawImage(target, image)
            if self._frame is not self._painted_frame:
                self._painted_frame = self._frame
                self.frames_painted += 1
        if self._badge:
            font = QFont(self.font())
            font.setBold(True)
            painter.setFont(font)
            metrics = painter.fontMetrics()
            box = QRect(12, 12, metrics.horizontalAdvance(self._badge) + 16, metrics.height() + 6)
            painter.fillRect(box, QColor(210, 30, 60))
            painter.setPen(QColor(255, 255, 255))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self._badge)
        if self._message:
            margin = 24
            area = self.rect().adjusted(margin, margin, -margin, -margin)
            painter.setPen(QColor(255, 255, 255))
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            bounds = painter.boundingRect(area, flags, self._message).adjusted(-12, -8, 12, 8)
            painter.fillRect(bounds, QColor(0, 0, 0, 170))
            painter.drawText(area, flags, self._message)
        painter.end()


class AudioOutput:
    """Sound through QAudioSink in push mode; reports the play head so audio is the master clock."""

    def __init__(self, parent: QObject | None = None, *, sink: Any = None) -> None:
        """`sink`: something with QAudioSink's push-mode methods to use instead of the default device (the
        tests pass a double that consumes bytes at the real rate, since the test machine has no sound)."""
        self.sink: QAudioSink | None = sink
        self._io: QIODevice | None = None
        self.volume = 1.0
        self.muted = False
        if sink is not None:
            self.reason = ""
            return
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            self.reason = QCoreApplication.translate(
                "VideoPlayer", "There is no sound device, so the video plays without sound."
            )
            return
        fmt = QAudioFormat()
        fmt.setSampleRate(AUDIO_RATE)
        fmt.setChannelCount(2)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not device.isFormatSupported(fmt):
            self.reason = QCoreApplication.translate(
                "VideoPlayer", "The sound device cannot play 48 kHz stereo, so the video plays without sound."
            )
            return
        self.sink = QAudioSink(device, fmt, parent)
        self.sink.setBufferSize(AUDIO_RATE * 4 // 5)  # 200 ms
        self.reason = ""

    @property
    def available(self) -> bool:
        return self.sink is not None

    def start(self) -> None:
        if self.sink is not None:
            self._io = self.sink.start()
            self._apply_volume()

    def stop(self) -> None:
        if self.sink is not None:
            self.sink.stop()
            self._io = None

    def suspend(self) -> None:
        if self.sink is not None:
            self.sink.suspend()

    def resume(self) -> None:
        if self.sink is not None:
            self.sink.resume()

    def reset(self) -> None:
        """Drop what is buffered (after a seek)."""
        if self.sink is not None:
            self.sink.reset()
            self._io = self.sink.start()
            self._apply_volume()

    def set_volume(self, volume: float, muted: bool) -> None:
        self.volume, self.muted = volume, muted
        self._apply_volume()

    def _apply_volume(self) -> None:
        if self.sink is not None:
            self.sink.setVolume(0.0 if self.muted else self.volume)

    def feed(self, playback: Playback) -> None:
        if self.sink is None or self._io is None:
            return
        free = self.sink.bytesFree()
        data = playback.read_audio(free)
        if data:
            self._io.write(data)
        playback.audio_played(self.sink.bufferSize() - self.sink.bytesFree())


class PlayerWidget(QWidget):
    """Plays a local file, an uploaded video from the blob store, or a live stream.

    Signals: `finished` (played to the end), `failed(str)` (a sentence to show), `position_changed(float)`,
    `duration_changed(float)`, `playing_changed(bool)`, `quality_changed(str)`.
    """

    finished = Signal()
    failed = Signal(str)
    position_changed = Signal(float)
    duration_changed = Signal(float)
    playing_changed = Signal(bool)
    quality_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Video player"))
        self.view = VideoView(self)
        self.view.resized.connect(self._on_view_resized)
        self.play_button = self._tool("play", self.tr("Play"))
        self.play_button.clicked.connect(self.toggle_play)
        self.position_slider = QSlider(Qt.Orientation.Horizontal)
        self.position_slider.setRange(0, 0)
        self.position_slider.setAccessibleName(self.tr("Position"))
        self.position_slider.sliderReleased.connect(self._on_slider_released)
        self.position_slider.sliderMoved.connect(self._on_slider_moved)
        self.time_label = QLabel("0:00 / 0:00")
        self.time_label.setAccessibleName(self.tr("Elapsed and total time"))
        self.mute_button = self._tool("volume", self.tr("Mute"))
        self.mute_button.setCheckable(True)
        self.mute_button.toggled.connect(self.set_muted)
        self.volume_slider = QSlider(Qt.Orientation.Horizontal)
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setValue(100)
        self.volume_slider.setFixedWidth(90)
        self.volume_slider.setAccessibleName(self.tr("Volume"))
        self.volume_slider.valueChanged.connect(self._on_volume_slider_moved)
        self.quality_box = QComboBox()
        self.quality_box.setAccessibleName(self.tr("Quality"))
        self.quality_box.setToolTip(self.tr("Quality"))
        self.quality_box.activated.connect(self._on_quality_box_activated)
        self.quality_box.hide()
        self.fullscreen_button = self._tool("fullscreen", self.tr("Full screen"))
        self.fullscreen_button.clicked.connect(self.toggle_fullscreen)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 4, 8, 4)
        bar.addWidget(self.play_button)
        bar.addWidget(self.position_slider, 1)
        bar.addWidget(self.time_label)
        bar.addWidget(self.mute_button)
        bar.addWidget(self.volume_slider)
        bar.addWidget(self.quality_box)
        bar.addWidget(self.fullscreen_button)
        self.controls = QWidget(self)
        self.controls.setLayout(bar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.controls)
        self.audio = AudioOutput(self)
        self.playback: Playback | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_tick)
        self._factory: Callable[[str], Opener] | None = None
        self._inputs: list[BlobFile | LivePipe] = []
        self._qualities: list[str] = []
        self._quality = ""
        self._live = False
        self._volume = 1.0
        self._muted = False
        self._dragging = False
        self._last_position = -1.0
        self._was_playing = False
        self._output = QSize(1280, 720)
        self._resume_at: float | None = None
        #: False shows every frame as soon as it is decoded, painted at once (measuring decode + render).
        self.paced = True
        self.error = ""

    def _icon(self, kind: str) -> QIcon:
        return glyph(kind, self.palette().color(QPalette.ColorRole.ButtonText))

    def _tool(self, kind: str, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(self._icon(kind))
        button.setIconSize(QSize(20, 20))
        button.setToolTip(name)
        button.setAccessibleName(name)
        button.setAutoRaise(True)
        return button

    # Opening media

    def open_file(self, path: Path, *, autoplay: bool = True) -> None:
        """Play a local file."""
        self._open(lambda _quality: open_path(path), [], autoplay=autoplay, live=False)

    def open_blob(
        self,
        fetcher: BlobFetcher,
        index: MediaIndex,
        loop: asyncio.AbstractEventLoop,
        *,
        quality: str | None = None,
        autoplay: bool = True,
    ) -> None:
        """Play an uploaded video from the blob store; chunks are fetched (and verified) as playback needs
        them, so it starts before the whole file is there. `loop` runs the network requests."""

        inputs = self._inputs  # not `self`: the opener runs on the decoder thread, which must not own the widget

        def factory(label: str) -> Opener:
            rendition = index.rendition(label)

            def opener() -> av.container.InputContainer:
                future = asyncio.run_coroutine_threadsafe(fetcher.manifest(rendition.blob), loop)
                manifest = future.result(timeout=30)
                blob_file = BlobFile(fetcher, manifest, loop)
                inputs.append(blob_file)
                return open_stream(blob_file)()

            return opener

        labels = [r.label for r in index.renditions]
        chosen = quality or index.best_for(max(360, self._output.height())).label
        self._open(factory, labels, autoplay=autoplay, live=False, quality=chosen)

    def open_live(self, receiver: LiveReceiver, *, autoplay: bool = True) -> None:
        """Play a live stream a LiveReceiver is receiving (parts already verified)."""
        self._open(lambda _quality: receiver.opener(), [], autoplay=autoplay, live=True)
        self._inputs.append(receiver.pipe)

    def open_opener(self, opener: Opener, *, live: bool = False, autoplay: bool = True) -> None:
        """Play any input FFmpeg can open (tests, previews)."""
        self._open(lambda _quality: opener, [], autoplay=autoplay, live=live)

    def _open(
        self,
        factory: Callable[[str], Opener],
        qualities: list[str],
        *,
        autoplay: bool,
        live: bool,
        quality: str = "",
    ) -> None:
        self.close_media()
        self._factory = factory
        self._qualities = qualities
        self._quality = quality or (qualities[0] if qualities else "")
        self._live = live
        self.error = ""
        self.quality_box.blockSignals(True)
        self.quality_box.clear()
        self.quality_box.addItems(qualities)
        if self._quality:
            self.quality_box.setCurrentText(self._quality)
        self.quality_box.blockSignals(False)
        self.quality_box.setVisible(len(qualities) > 1)
        self.position_slider.setEnabled(not live)
        self.view.set_badge(self.tr("LIVE") if live else "")
        self._start(autoplay)

    def _start(self, autoplay: bool, at: float | None = None) -> None:
        assert self._factory is not None
        decoder = Decoder(
            self._factory(self._quality),
            live=self._live,
            want_audio=self.audio.available,
            output_size=(self._output.width(), self._output.height()),
            max_video_frames=30 if self._live else 8,
        )
        self.playback = Playback(decoder, audio_output=self.audio.available and self.paced, paced=self.paced)
        self.view.set_message(self.tr("Loading…"))
        self.playback.start()
        if at:
            self.playback.seek(at)
        if autoplay:
            self.play()
        else:
            self._update_play_button()
        self._schedule(0.0)

    def close_media(self) -> None:
        """Stop and release the current media (decoder thread, audio)."""
        self._timer.stop()
        self._release_inputs()
        if self.playback is not None:
            self.playback.close()
            self.playback = None
        self.audio.stop()
        self.view.clear_frame()
        self.view.set_message("")
        self._last_position = -1.0

    def _release_inputs(self) -> None:
        # Wake a decoder thread waiting for network bytes, so that it ends now rather than at a timeout.
        for source in self._inputs:
            if isinstance(source, BlobFile):
                source.abort()
            else:
                source.end()
        self._inputs.clear()

    # Controls

    def play(self) -> None:
        if self.playback is None:
            return
        ended = self.playback.state == State.ENDED
        self.playback.play()
        if ended:
            self.audio.reset()
        if self.audio.available:
            if self.audio.sink is not None and self.audio._io is None:
                self.audio.start()
            else:
                self.audio.resume()
        self._update_play_button()
        self.playing_changed.emit(True)
        self._schedule(0.0)

    def pause(self) -> None:
        if self.playback is None or self._live:
            return
        self.playback.pause()
        self.audio.suspend()
        self._update_play_button()
        self.playing_changed.emit(False)

    def toggle_play(self) -> None:
        if self.playback is not None and self.playback.state == State.PLAYING:
            self.pause()
        else:
            self.play()

    def is_playing(self) -> bool:
        return self.playback is not None and self.playback.state == State.PLAYING

    def seek(self, seconds: float) -> None:
        if self.playback is None or self._live:
            return
        self.playback.seek(seconds)
        self.audio.reset()
        self._schedule(0.0)

    def position(self) -> float:
        return self.playback.position if self.playback is not None else 0.0

    def duration(self) -> float:
        if self.playback is None or self.playback.duration is None:
            return 0.0
        return self.playback.duration

    def set_volume(self, volume: float) -> None:
        self._volume = min(1.0, max(0.0, volume))
        if self.volume_slider.value() != round(self._volume * 100):
            self.volume_slider.setValue(round(self._volume * 100))
        self.audio.set_volume(self._volume, self._muted)

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        if self.mute_button.isChecked() != muted:
            self.mute_button.setChecked(muted)
        self.mute_button.setIcon(self._icon("muted" if muted else "volume"))
        self.audio.set_volume(self._volume, muted)

    def qualities(self) -> list[str]:
        return list(self._qualities)

    def quality(self) -> str:
        return self._quality

    def set_quality(self, label: str) -> None:
        """Switch rendition, continuing at the same position and in the same play state."""
        if label == self._quality or label not in self._qualities or self.playback is None:
            return
        position = self.playback.position
        playing = self.playback.state == State.PLAYING
        self._timer.stop()
        self._release_inputs()
        self.playback.close()
        self.audio.stop()
        self._quality = label
        self.quality_box.setCurrentText(label)
        self._start(playing, at=position)
        self.quality_changed.emit(label)

    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.setWindowFlag(Qt.WindowType.Window, False)
            self.showNormal()
            self.show()
        else:
            self.setWindowFlag(Qt.WindowType.Window, True)
            self.showFullScreen()
        self.setFocus()

    def leave_fullscreen(self) -> None:
        """Back into the page (or dialog) the player belongs to, if it is full screen."""
        if self.isFullScreen():
            self.toggle_fullscreen()

    def is_muted(self) -> bool:
        return self._muted

    def is_live(self) -> bool:
        """Playing a live stream (which cannot be paused: only muted)."""
        return self._live

    def stats(self) -> PlaybackStats:
        return self.playback.stats if self.playback is not None else PlaybackStats()

    # Events

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Space or key == Qt.Key.Key_K:
            self.toggle_play()
        elif key == Qt.Key.Key_F or (key == Qt.Key.Key_Escape and self.isFullScreen()):
            self.toggle_fullscreen()
        elif key == Qt.Key.Key_Right:
            self.seek(self.position() + 5)
        elif key == Qt.Key.Key_Left:
            self.seek(self.position() - 5)
        elif key == Qt.Key.Key_Up:
            self.set_volume(self._volume + 0.1)
        elif key == Qt.Key.Key_Down:
            self.set_volume(self._volume - 0.1)
        elif key == Qt.Key.Key_M:
            self.set_muted(not self._muted)
        else:
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.toggle_fullscreen()

    def closeEvent(self, event: object) -> None:
        self.close_media()
        super().closeEvent(event)  # type: ignore[arg-type]

    def _on_view_resized(self, size: QSize) -> None:
        self._output = size
        if self.playback is not None:
            self.playback.decoder.set_output_size(size.width(), size.height())

    def _on_volume_slider_moved(self, value: int) -> None:
        self.set_volume(value / 100)

    def _on_quality_box_activated(self, index: int) -> None:
        self.set_quality(self.quality_box.itemText(index))

    def _on_slider_moved(self, value: int) -> None:
        self._dragging = True
        self.time_label.setText(f"{format_time(value / 1000)} / {format_time(self.duration())}")

    def _on_slider_released(self) -> None:
        self._dragging = False
        self.seek(self.position_slider.value() / 1000)

    def _update_play_button(self) -> None:
        playing = self.is_playing()
        self.play_button.setIcon(self._icon("pause" if playing else "play"))
        name = self.tr("Pause") if playing else self.tr("Play")
        self.play_button.setToolTip(name)
        self.play_button.setAccessibleName(name)

    def _schedule(self, seconds: float) -> None:
        self._timer.start(max(0, min(20, int(seconds * 1000))))

    def _on_tick(self) -> None:
        playback = self.playback
        if playback is None:
            return
        self.audio.feed(playback)
        tick = playback.tick()
        if tick.error is not None:
            self.error = str(tick.error)
            self.view.set_message(self.error)
            self.audio.stop()
            self._update_play_button()
            self.failed.emit(self.error)
            return
        if tick.frame is not None:
            if self.view.message() == self.tr("Loading…"):
                self.view.set_message("")
            self.view.set_frame(tick.frame)
            if not self.paced:
                self.view.repaint()
        elif playback.state != State.LOADING and self.view.message() == self.tr("Loading…"):
            self.view.set_message("")
        self._update_position(playback)
        if tick.ended:
            self.audio.stop()
            self._update_play_button()
            self.playing_changed.emit(False)
            self.finished.emit()
            return
        if playback.state in (State.PLAYING, State.LOADING) or tick.frame is not None:
            self._schedule(tick.next_s)
        else:
            self._schedule(0.05)

    def _update_position(self, playback: Playback) -> None:
        duration = playback.duration or 0.0
        duration_changed = bool(duration) and self.position_slider.maximum() != int(duration * 1000)
        if duration_changed:
            self.position_slider.setRange(0, int(duration * 1000))
            self.duration_changed.emit(duration)
        position = playback.position
        if duration_changed or abs(position - self._last_position) >= 0.25:
            self._last_position = position
            if not self._dragging:
                self.position_slider.setValue(int(position * 1000))
                if self._live:
                    self.time_label.setText(self.tr("Live"))
                else:
                    self.time_label.setText(f"{format_time(position)} / {format_time(duration)}")
            self.position_changed.emit(position)
