"""The stream page: the video (your preview or the stream you watch), live chat beside it, and controls."""

from __future__ import annotations

import asyncio
import html
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMargins, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from etalonium_desktop.ui import widgets
from lightnode.protocol.address import encode_address
from lightnode.protocol.keys import PrivateKey, actor_id

from .capture import (
    CameraSource,
    CombinedSource,
    MicrophoneSource,
    ScreenSource,
    camera_status,
    list_windows,
    microphone_status,
    screen_capture_status,
)
from .chat import ChatMessage
from .errors import MediaError, SourceUnavailableError
from .live import FileLoopSource, LiveBroadcast, LiveHealth, LiveReceiver
from .player_widget import PlayerWidget, VideoView

SOURCE_FILE = "file"
SOURCE_SCREEN = "screen"
SOURCE_WINDOW = "window"
SOURCE_CAMERA = "camera"
SOUND_FILE = "file"
SOUND_MICROPHONE = "microphone"
SOUND_NONE = "none"


@dataclass(frozen=True, slots=True)
class GoLive:
    """What the streamer chose on the page."""

    source: str
    sound: str
    file: Path | None
    record: bool
    title: str
    #: The X11 window to stream (SOURCE_WINDOW), from `list_windows`.
    window: int | None = None


def short_name(author: bytes) -> str:
    """A readable stand-in for a chat author's name: the start and end of their address."""
    address = encode_address(actor_id(author))
    return f"{address[:8]}…{address[-4:]}"


def format_health(health: LiveHealth) -> str:
    minutes, seconds = divmod(int(health.uptime_s), 60)
    return (
        QCoreApplication.translate("LiveView", "%1 Mbit/s · %2 fps · %3 dropped frames · live %4")
        .replace("%1", f"{health.bitrate_bps / 1e6:.1f}")
        .replace("%2", f"{health.fps:.0f}")
        .replace("%3", str(health.dropped_frames))
        .replace("%4", f"{minutes}:{seconds:02d}")
    )


class LiveView(QWidget):
    """Go live or watch, with chat. The app supplies `broadcast_factory(request)` (it knows the relay, the
    channel key and the session) and the user's `author` key for chat; the view only drives them.

    Signals: `started()`, `stopped(object)` (the recording's path or None), `failed(str)`,
    `chat_added(str, str)`, `health_updated(object)`.
    """

    started = Signal()
    stopped = Signal(object)
    failed = Signal(str)
    #: A chat line was added (author name, text).
    chat_added = Signal(str, str)
    #: The streamer's health was refreshed (a LiveHealth).
    health_updated = Signal(object)

    def __init__(
        self,
        *,
        broadcast_factory: Callable[[GoLive], LiveBroadcast] | None = None,
        author: PrivateKey | None = None,
        name_for: Callable[[bytes], str] = short_name,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.broadcast_factory = broadcast_factory
        self.author = author
        self.name_for = name_for
        self.broadcast: LiveBroadcast | None = None
        self.receiver: LiveReceiver | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._file: Path | None = None
        self._shown_chat = 0

        # Header: title, viewers
        self.title = widgets.title(self.tr("Live"))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Stream title"))
        self.title_edit.setAccessibleName(self.tr("Stream title"))
        self.viewers = QLabel(self.tr("%n watching", "", 0))
        self.viewers.setAccessibleName(self.tr("Viewer count"))
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.viewers)

        # Video: the preview (streaming) or the player (watching)
        self.preview = VideoView()
        self.preview.setAccessibleName(self.tr("Your stream's preview"))
        self.player = PlayerWidget()
        self.player.hide()

        # Streamer's controls
        self.source_box = QComboBox()
        self.source_box.setAccessibleName(self.tr("Picture source"))
        self.source_box.addItem(self.tr("A video file, looping"), SOURCE_FILE)
        self.source_box.addItem(self.tr("The screen"), SOURCE_SCREEN)
        self.source_box.addItem(self.tr("A window"), SOURCE_WINDOW)
        self.source_box.addItem(self.tr("Camera"), SOURCE_CAMERA)
        self.source_box.currentIndexChanged.connect(self._on_source_changed)
        # The window to stream, listed when that source is chosen.
        self.window_box = QComboBox()
        self.window_box.setAccessibleName(self.tr("Window to stream"))
        self.window_box.setMinimumContentsLength(18)
        self.window_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.window_box.hide()
        self.sound_box = QComboBox()
        self.sound_box.setAccessibleName(self.tr("Sound source"))
        self.sound_box.addItem(self.tr("The file's sound"), SOUND_FILE)
        self.sound_box.addItem(self.tr("Microphone"), SOUND_MICROPHONE)
        self.sound_box.addItem(self.tr("No sound"), SOUND_NONE)
        self.file_button = widgets.button(self.tr("Choose file…"))
        self.file_button.clicked.connect(self._on_file_clicked)
        self.record_box = QCheckBox(self.tr("Save as a video post when the stream ends"))
        self.go_button = widgets.primary_button(self.tr("Go live"))
        self.go_button.clicked.connect(self._on_go_clicked)
        self.health = widgets.subtle("", wrap=False)
        self.health.setAccessibleName(self.tr("Stream health"))
        self.notice = widgets.status_label()
        controls = QHBoxLayout()
        controls.addWidget(self.source_box)
        controls.addWidget(self.window_box)
        controls.addWidget(self.file_button)
        controls.addWidget(self.sound_box)
        controls.addStretch(1)
        controls.addWidget(self.go_button)
        self.controls = QWidget()
        column = QVBoxLayout(self.controls)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title_edit)
        column.addLayout(controls)
        self.sources_note = widgets.subtle("")
        self.sources_note.setAccessibleName(self.tr("Why some sources are unavailable"))
        column.addWidget(self.sources_note)
        column.addWidget(self.record_box)
        column.addWidget(self.health)
        column.addWidget(self.notice)

        left = QVBoxLayout()
        left.addLayout(header)
        left.addWidget(self.preview, 1)
        left.addWidget(self.player, 1)
        left.addWidget(self.controls)

        # Chat
        self.chat_list = QListWidget()
        self.chat_list.setAccessibleName(self.tr("Live chat"))
        self.chat_list.setWordWrap(True)
        self.chat_list.setSpacing(2)
        self._chat_margins = QMargins(0, 2, 0, 2)
        self.chat_input = QLineEdit()
        self.chat_input.setPlaceholderText(self.tr("Say something…"))
        self.chat_input.setAccessibleName(self.tr("Chat message"))
        self.chat_input.setMaxLength(500)
        self.chat_input.returnPressed.connect(self._on_send_chat)
        self.send_button = widgets.button(self.tr("Send"))
        self.send_button.clicked.connect(self._on_send_chat)
        # The input has a line of its own: beside the button, a translated placeholder did not fit the card.
        chat_row = QVBoxLayout()
        chat_row.addWidget(self.chat_input)
        chat_row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignRight)
        self.chat_card = widgets.Card()
        self.chat_card.setFixedWidth(330)
        self.chat_card.body.addWidget(QLabel(self.tr("Chat")))
        self.chat_card.body.addWidget(self.chat_list, 1)
        self.chat_card.body.addLayout(chat_row)

        self.side = QVBoxLayout()
        self.side.setSpacing(12)
        self.side.addWidget(self.chat_card, 1)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.setSpacing(16)
        outer.addLayout(left, 1)
        outer.addLayout(self.side)

        self._poll = QTimer(self)
        self._poll.timeout.connect(self._on_poll)
        self._viewer_poll_at = 0.0
        self._refresh_availability()

    def add_side(self, widget: QWidget, stretch: int = 0) -> None:
        """Put a panel under the chat (the shop of the stream)."""
        widget.setFixedWidth(self.chat_card.width())
        self.side.addWidget(widget, stretch)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # WORKAROUND: a wrapped label inside nested box layouts gets the height of one unwrapped line, so a long
        # (translated) note was clipped; reserving the height it needs at its current width keeps it readable.
        width = self.sources_note.width()
        if width > 0:
            self.sources_note.setMinimumHeight(self.sources_note.heightForWidth(width))

    # Availability of sources

    def _refresh_availability(self) -> None:
        model = self.source_box.model()
        reasons = []
        screen = screen_capture_status()
        for source, status in ((SOURCE_SCREEN, screen), (SOURCE_WINDOW, screen), (SOURCE_CAMERA, camera_status())):
            item = model.item(self.source_box.findData(source))  # type: ignore[attr-defined]
            if item is not None:
                item.setEnabled(status.available)
                item.setToolTip(status.reason)
                item.setData(status.reason, Qt.ItemDataRole.AccessibleDescriptionRole)
                if not status.available:
                    item.setText(item.text() + self.tr(" (not available here)"))
                    if status.reason not in reasons:
                        reasons.append(status.reason)
        self.sources_note.setText(" ".join(reasons))
        self.sources_note.setVisible(bool(reasons))
        mic = microphone_status()
        mic_item = self.sound_box.model().item(1)  # type: ignore[attr-defined]
        if mic_item is not None:
            mic_item.setEnabled(mic.available)
            mic_item.setToolTip(mic.reason)

    def source_unavailable_reason(self, source: str) -> str:
        """Why a source cannot be used here (empty if it can)."""
        status = {
            SOURCE_SCREEN: screen_capture_status,
            SOURCE_WINDOW: screen_capture_status,
            SOURCE_CAMERA: camera_status,
        }.get(source)
        if status is None:
            return ""
        reason = status().reason
        if not reason and source == SOURCE_WINDOW and self.window_box.currentData() is None:
            reason = self.tr("No window is open that could be streamed; open one, or stream the whole screen.")
        return reason

    def refresh_windows(self) -> None:
        """List the windows that can be streamed (again), keeping the chosen one if it is still open."""
        chosen = self.window_box.currentData()
        self.window_box.clear()
        try:
            windows = list_windows() if screen_capture_status().available else []
        except SourceUnavailableError as exc:
            self.notice.setText(str(exc))
            windows = []
        for window in windows:
            self.window_box.addItem(f"{window.title} ({window.width}×{window.height})", window.id)
        if chosen is not None and (index := self.window_box.findData(chosen)) >= 0:
            self.window_box.setCurrentIndex(index)

    def _on_source_changed(self) -> None:
        window = self.source_box.currentData() == SOURCE_WINDOW
        if window:
            self.refresh_windows()
        self.window_box.setVisible(window)

    # Going live

    def request(self) -> GoLive:
        return GoLive(
            source=str(self.source_box.currentData()),
            sound=str(self.sound_box.currentData()),
            file=self._file,
            record=self.record_box.isChecked(),
            title=self.title_edit.text().strip() or self.tr("Live"),
            window=self.window_box.currentData() if self.source_box.currentData() == SOURCE_WINDOW else None,
        )

    def build_source(self, request: GoLive) -> object:
        """The source objects for a request; raises MediaError with a sentence when one is missing."""
        video: object
        if request.source == SOURCE_FILE:
            if request.file is None:
                raise MediaError("Choose the video file to stream first.")
            source = FileLoopSource(request.file, audio=request.sound == SOUND_FILE)
            source.check()
            video = source
        elif request.source == SOURCE_SCREEN:
            video = ScreenSource()
        elif request.source == SOURCE_WINDOW:
            if request.window is None:
                raise MediaError("Choose the window to stream first.")
            video = ScreenSource(window=request.window)
        else:
            video = CameraSource()
        sound = MicrophoneSource() if request.sound == SOUND_MICROPHONE else None
        return CombinedSource(video, sound)

    async def go_live(self, request: GoLive) -> None:
        if self.broadcast_factory is None:
            raise MediaError("Going live needs a channel; create one in your profile first.")
        source = self.build_source(request)
        broadcast = self.broadcast_factory(request)
        broadcast.on_chat = self._add_message
        await broadcast.start(source)
        self.broadcast = broadcast
        self.title.setText(request.title)
        self.preview.set_badge(self.tr("LIVE"))
        self.go_button.setText(self.tr("End stream"))
        self._poll.start(66)
        self.started.emit()

    async def end_stream(self) -> Path | None:
        broadcast, self.broadcast = self.broadcast, None
        self._poll.stop()
        self.go_button.setText(self.tr("Go live"))
        self.preview.set_badge("")
        if broadcast is None:
            return None
        recording = await broadcast.stop()
        broadcast.on_chat = None
        self.stopped.emit(recording)
        return recording

    # Watching

    async def watch(self, receiver: LiveReceiver, title: str) -> None:
        """Show someone's stream: the player, their chat, the viewer count."""
        self.receiver = receiver
        receiver.on_chat = self._add_message
        self.title.setText(title)
        self.controls.hide()
        self.preview.hide()
        self.player.show()
        await receiver.start()
        self.player.open_live(receiver)
        self._poll.start(250)

    async def stop_watching(self) -> None:
        receiver, self.receiver = self.receiver, None
        self._poll.stop()
        self.player.close_media()
        if receiver is not None:
            await receiver.stop()
            receiver.on_chat = None

    # Chat

    def _add_message(self, message: ChatMessage) -> None:
        self.add_chat_line(self.name_for(message.author), message.text, message.sent_ms)

    def add_chat_line(self, name: str, text: str, sent_ms: int) -> None:
        stamp = time.strftime("%H:%M", time.localtime(sent_ms / 1000))
        label = QLabel(f"<b>{html.escape(name)}</b> <span style='color:#9a94a6'>{stamp}</span><br>{html.escape(text)}")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setContentsMargins(6, 4, 6, 4)
        label.setStyleSheet("QLabel { background: transparent; }")
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{name} said {text}")
        width = max(200, self.chat_list.viewport().width() - 8)
        label.setFixedWidth(width)
        item.setSizeHint(label.sizeHint().expandedTo(label.minimumSizeHint()).grownBy(self._chat_margins))
        self.chat_list.addItem(item)
        self.chat_list.setItemWidget(item, label)
        self.chat_list.scrollToBottom()
        self.chat_added.emit(name, text)

    async def send_chat(self, text: str) -> None:
        if self.author is None:
            raise MediaError("Sign in to chat.")
        if self.broadcast is not None:
            self.broadcast.send_chat(self.author, text)
        elif self.receiver is not None:
            await self.receiver.send_chat(self.author, text)
        else:
            raise MediaError("The chat opens when the stream starts.")

    # Health and viewers

    def show_health(self, health: LiveHealth) -> None:
        self.health.setText(format_health(health))
        self.set_viewers(health.viewers)
        if health.last_error:
            self.notice.setText(health.last_error)
        self.health_updated.emit(health)

    def set_viewers(self, count: int) -> None:
        self.viewers.setText(self.tr("%n watching", "", count))

    def _on_poll(self) -> None:
        if self.broadcast is not None:
            preview = self.broadcast.encoder.preview
            if preview is not None:
                self.preview.set_frame(preview)
            self.show_health(self.broadcast.health())
        elif self.receiver is not None and time.monotonic() - self._viewer_poll_at > 5:
            self._viewer_poll_at = time.monotonic()
            self._spawn(self._refresh_viewers(self.receiver))

    async def _refresh_viewers(self, receiver: LiveReceiver) -> None:
        self.set_viewers(await receiver.viewers())

    # Slots

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> None:
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            coro.close()
            self.notice.setText(self.tr("Live streaming needs the app's event loop, which is not running."))
            return
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._on_task_done)

    def _on_task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        error = task.exception()
        if error is None:
            return
        sentence = (
            str(error) if isinstance(error, MediaError) else self.tr("Something went wrong with the stream; try again.")
        )
        self.notice.setText(sentence)
        self.failed.emit(sentence)

    def _on_go_clicked(self) -> None:
        if self.broadcast is not None:
            self._spawn(self.end_stream())
            return
        request = self.request()
        reason = self.source_unavailable_reason(request.source)
        if reason:
            self.notice.setText(reason)
            self.failed.emit(reason)
            return
        self.notice.setText("")
        self._spawn(self.go_live(request))

    def _on_send_chat(self) -> None:
        text = self.chat_input.text().strip()
        if not text:
            return
        self.chat_input.clear()
        self._spawn(self.send_chat(text))

    def _on_file_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose a video to stream"))
        dialog.setNameFilter(self.tr("Videos (*.mp4 *.mov *.m4v *.mkv *.webm *.ts)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self._on_file_chosen)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _on_file_chosen(self, name: str) -> None:
        self._file = Path(name)
        self.file_button.setText(self._file.name)
        self.source_box.setCurrentIndex(0)

    def set_file(self, path: Path) -> None:
        self._on_file_chosen(str(path))
