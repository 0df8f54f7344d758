"""Choosing attachments: the file picker, previews before sending, thumbnails, and saving received files."""

from __future__ import annotations

import asyncio
import mimetypes
from pathlib import Path

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from lightnode.messenger import Attachment

from .bridge import TaskRunner, human_size
from .service import MessengerService, OutgoingFile
from .video_poster import video_poster

#: The largest file one message carries (the blob store's chunks make bigger ones possible; keep sends quick).
MAX_FILE_BYTES = 256 * 1024 * 1024
THUMBNAIL_EDGE = 320
THUMBNAIL_MAX_BYTES = 15 * 1024


def make_thumbnail(data: bytes) -> tuple[bytes, int, int]:
    """A small JPEG preview of an image and the image's size; (b"", 0, 0) if it is not a readable image."""
    image = QImage.fromData(data)
    if image.isNull():
        return b"", 0, 0
    width, height = image.width(), image.height()
    edge = THUMBNAIL_EDGE
    while edge >= 48:
        small = image.scaled(
            QSize(edge, edge), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        for quality in (70, 55, 40):
            buffer = QBuffer()
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            small.save(buffer, "JPEG", quality)  # type: ignore[call-overload]  # PySide6 wants str here
            jpeg = bytes(buffer.data().data())
            if len(jpeg) <= THUMBNAIL_MAX_BYTES:
                return jpeg, width, height
        edge //= 2
    return b"", width, height


def prepare_file(path: Path) -> OutgoingFile:
    """Read a chosen file and make its preview (a sentence in OSError when it cannot be sent)."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise OSError(f"{path.name} is {human_size(size)}; files up to {human_size(MAX_FILE_BYTES)} can be sent.")
    if size == 0:
        raise OSError(f"{path.name} is empty, so there is nothing to send.")
    data = path.read_bytes()
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    thumbnail, width, height, duration_ms = b"", 0, 0, 0
    if media_type.startswith("image/"):
        thumbnail, width, height = make_thumbnail(data)
    elif media_type.startswith("video/"):
        # The poster travels inside the encrypted message, so the receiver shows it before downloading.
        poster = video_poster(data)
        if poster is not None:
            thumbnail, width, height, duration_ms = poster.jpeg, poster.width, poster.height, poster.duration_ms
    return OutgoingFile(path.name, media_type, data, thumbnail, width, height, duration_ms)


class FilePicker(QObject):
    """Opens the file dialogs without nesting event loops (`open()`, then a signal), and prepares the chosen
    files in a worker thread (a video's poster decodes up to 90 frames; a photo's thumbnail takes a moment)."""

    files_chosen = Signal(list)
    failed = Signal(str)
    saved = Signal(str)
    #: How many chosen files are still being prepared (0 when all are ready).
    preparing_changed = Signal(int)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.tasks = TaskRunner(self.failed.emit)
        #: The preparations under way, with how many of their files are not ready yet.
        self._remaining: dict[asyncio.Task[None], int] = {}

    def choose(self) -> QFileDialog:
        dialog = QFileDialog(self._parent, self.tr("Attach photos, videos or files"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilters(
            [
                self.tr("Photos and videos (*.jpg *.jpeg *.png *.webp *.gif *.mp4 *.mov *.webm)"),
                self.tr("All files (*)"),
            ]
        )
        dialog.filesSelected.connect(self._on_dialog_files_selected)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _on_dialog_files_selected(self, paths: list[str]) -> None:
        self.add_paths([Path(p) for p in paths])

    def add_paths(self, paths: list[Path]) -> asyncio.Task[None] | None:
        """Prepare the files off the GUI thread: files_chosen for each one ready, failed for each refused."""
        if not paths:
            return None
        task = self.tasks.run(self._prepare(paths))
        if task is None:  # no event loop runs (screenshots, tools): prepare here
            for path in paths:
                self._deliver(path, self._prepare_one(path))
            return None
        self._remaining[task] = len(paths)
        # A callback, not a `finally`: it also runs for a task that failed or was cancelled before it started.
        task.add_done_callback(self._on_preparation_done)
        self.preparing_changed.emit(self.preparing)
        return task

    @property
    def preparing(self) -> int:
        """How many chosen files are still being prepared."""
        return sum(self._remaining.values())

    async def wait_prepared(self) -> None:
        """Wait until every file chosen so far is ready (or refused)."""
        while self._remaining:
            await asyncio.gather(*list(self._remaining), return_exceptions=True)

    async def _prepare(self, paths: list[Path]) -> None:
        task = asyncio.current_task()
        for path in paths:
            prepared = await asyncio.to_thread(self._prepare_one, path)
            if not shiboken6.isValid(self):  # the chat was closed meanwhile
                return
            if task in self._remaining:
                self._remaining[task] -= 1
            self.preparing_changed.emit(self.preparing)
            self._deliver(path, prepared)

    def _on_preparation_done(self, task: asyncio.Task[None]) -> None:
        self._remaining.pop(task, None)
        if shiboken6.isValid(self):
            self.preparing_changed.emit(self.preparing)

    def _deliver(self, path: Path, prepared: OutgoingFile | OSError) -> None:
        if isinstance(prepared, OSError):
            self.failed.emit(
                str(prepared)
                if prepared.strerror is None
                else self.tr("{name} cannot be read: {reason}.").format(name=path.name, reason=prepared.strerror)
            )
        else:
            self.files_chosen.emit([prepared])

    @staticmethod
    def _prepare_one(path: Path) -> OutgoingFile | OSError:
        try:
            return prepare_file(path)
        except OSError as exc:
            return exc

    def save(self, service: MessengerService, attachment: Attachment) -> QFileDialog:
        dialog = QFileDialog(self._parent, self.tr("Save attachment"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(attachment.name or "attachment")
        dialog.fileSelected.connect(lambda path: self.tasks.run(self._save(service, attachment, Path(path))))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    async def _save(self, service: MessengerService, attachment: Attachment, path: Path) -> None:
        data = await service.download(attachment)
        try:
            await asyncio.to_thread(path.write_bytes, data)
        except OSError as exc:
            self.failed.emit(f"The file could not be saved to {path}: {exc.strerror}. Choose another folder.")
            return
        self.saved.emit(str(path))


class AttachmentPreview(QFrame):
    """The files chosen for the next message, with thumbnails and a button to remove each."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._files: list[OutgoingFile] = []
        self._preparing = 0
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(8)
        # The tiles go before these two, which stay: a note while files are prepared, then the stretch.
        self.preparing_note = QLabel()
        self.preparing_note.setProperty("role", "subtle")
        self.preparing_note.hide()
        self._row.addWidget(self.preparing_note)
        self._row.addStretch(1)
        self.setAccessibleName(self.tr("Attachments to send"))
        self.hide()

    def files(self) -> list[OutgoingFile]:
        return list(self._files)

    def add_files(self, files: list[OutgoingFile]) -> None:
        self._files.extend(files)
        self._rebuild()

    def clear(self) -> None:
        self._files.clear()
        self._rebuild()

    def set_preparing(self, count: int) -> None:
        """Show that `count` more chosen files are being prepared (read, thumbnail, video poster)."""
        self._preparing = count
        self.preparing_note.setText(self.tr("Preparing %n file(s)…", "", count))
        self.preparing_note.setVisible(count > 0)
        self.setVisible(bool(self._files) or count > 0)

    def remove(self, index: int) -> None:
        if 0 <= index < len(self._files):
            del self._files[index]
            self._rebuild()

    def _rebuild(self) -> None:
        while self._row.count() > 2:
            taken = self._row.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        for i, f in enumerate(self._files):
            self._row.insertWidget(i, self._tile(i, f))
        self.setVisible(bool(self._files) or self._preparing > 0)
        self.changed.emit()

    def _tile(self, index: int, f: OutgoingFile) -> QWidget:
        tile = QFrame()
        tile.setObjectName("AttachmentTile")
        tile.setStyleSheet("#AttachmentTile { border: 1px solid #d6d0c6; border-radius: 10px; }")
        tile.setFixedSize(QSize(150, 112))
        layout = QVBoxLayout(tile)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(2)
        top = QHBoxLayout()
        picture = QLabel()
        picture.setFixedSize(QSize(110, 62))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if f.thumbnail:
            pix = QPixmap()
            pix.loadFromData(QByteArray(f.thumbnail))
            picture.setPixmap(
                pix.scaled(
                    picture.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            picture.setText((f.name.rsplit(".", 1)[-1] if "." in f.name else "file").upper()[:4])
        top.addWidget(picture)
        remove = QToolButton()
        remove.setText("✕")
        remove.setAccessibleName(self.tr("Remove %1").replace("%1", f.name))
        remove.clicked.connect(lambda: self.remove(index))
        top.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        name = QLabel(f.name)
        name.setToolTip(f.name)
        name.setMaximumWidth(138)
        metrics = name.fontMetrics()
        name.setText(metrics.elidedText(f.name, Qt.TextElideMode.ElideMiddle, 136))
        layout.addWidget(name)
        size = QLabel(human_size(len(f.data)))
        size.setProperty("role", "subtle")
        layout.addWidget(size)
        return tile
