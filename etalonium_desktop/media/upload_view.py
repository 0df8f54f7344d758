"""The upload screen: choose a photo or video, watch it being processed and uploaded, cancel, then post."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from etalonium_desktop.ui import widgets
from lightnode.protocol.actions import Post

from .errors import MediaError
from .transcode import CancelToken
from .upload import Uploader, UploadProgress, UploadResult, post_payload

log = logging.getLogger(__name__)

PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".bmp"}
_PATTERNS = "*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.mp4 *.mov *.m4v *.mkv *.webm *.avi *.ts"


def is_photo(path: Path) -> bool:
    return path.suffix.lower() in PHOTO_SUFFIXES


def describe_remaining(seconds: float | None) -> str:
    if seconds is None:
        return QCoreApplication.translate("UploadView", "Estimating time left…")
    if seconds < 1.5:
        return QCoreApplication.translate("UploadView", "Almost done")
    if seconds < 90:
        return QCoreApplication.translate("UploadView", "About %1 s left").replace("%1", str(round(seconds)))
    return QCoreApplication.translate("UploadView", "About %1 min left").replace("%1", str(round(seconds / 60)))


def describe_progress(progress: UploadProgress) -> str:
    if progress.stage == "processing":
        return QCoreApplication.translate(
            "UploadView", "Preparing: resizing, removing location data and converting for every screen size…"
        )
    if progress.stage == "uploading":
        sent, total = progress.sent_bytes / 1e6, progress.total_bytes / 1e6
        return (
            QCoreApplication.translate("UploadView", "Uploading %1 MB of %2 MB")
            .replace("%1", f"{sent:.1f}")
            .replace("%2", f"{total:.1f}")
        )
    return QCoreApplication.translate("UploadView", "Uploaded. Add a caption and post it.")


#: A post holds at most this many photos and videos.
MAX_FILES = 8


class UploadView(QWidget):
    """Uploads the chosen files one after the other, then posts them together. Signals: `post_ready(Post)`
    when the user posts (the app signs and submits it), `upload_finished(UploadResult)` for each file,
    `failed(str)` with a sentence, `cancelled()`.

    `before_upload(path)`, when set, runs before each file is processed (the app buys storage there); a
    MediaError it raises is shown like any other.
    """

    post_ready = Signal(object)
    upload_finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, uploader: Uploader | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uploader = uploader
        self.result: UploadResult | None = None
        #: Every finished upload of the post being prepared, in the order chosen.
        self.results: list[UploadResult] = []
        self.before_upload: Callable[[Path], Awaitable[None]] | None = None
        self._cancel: CancelToken | None = None
        self._task: asyncio.Task[Any] | None = None
        self.card = widgets.Card()
        body = self.card.body
        body.addWidget(widgets.title(self.tr("New post")))
        body.addWidget(
            widgets.subtle(
                self.tr(
                    "Photos are turned upright and stripped of location and camera details before they leave "
                    "this computer. Videos are converted for every screen size; the original is never changed."
                )
            )
        )
        row = QHBoxLayout()
        self.preview = QLabel(self.tr("No file chosen"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFixedSize(360, 240)
        self.preview.setProperty("role", "subtle")
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setStyleSheet("QLabel { border: 1px dashed #8a3ffc; border-radius: 10px; }")
        row.addWidget(self.preview)
        side = QVBoxLayout()
        self.file_label = QLabel("")
        self.file_label.setWordWrap(True)
        self.choose_button = widgets.button(self.tr("Choose photos or videos…"))
        self.choose_button.clicked.connect(self._on_choose_clicked)
        side.addWidget(self.choose_button)
        side.addWidget(self.file_label)
        self.caption = QPlainTextEdit()
        self.caption.setPlaceholderText(self.tr("Write a caption…"))
        self.caption.setAccessibleName(self.tr("Caption"))
        self.caption.setFixedHeight(80)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas (e.g. runway, linen, SS26)"))
        self.tags.setAccessibleName(self.tr("Tags"))
        side.addWidget(self.caption)
        side.addWidget(self.tags)
        side.addStretch(1)
        row.addLayout(side, 1)
        body.addLayout(row)
        self.stage = QLabel("")
        self.stage.setAccessibleName(self.tr("Upload stage"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Upload progress"))
        self.remaining = widgets.subtle("")
        body.addWidget(self.stage)
        body.addWidget(self.progress)
        body.addWidget(self.remaining)
        self.palette_row = QHBoxLayout()
        self.palette_row.setSpacing(6)
        self.palette_label = widgets.subtle(self.tr("Colours"), wrap=False)
        self.palette_row.addWidget(self.palette_label)
        self.palette_row.addStretch(1)
        body.addLayout(self.palette_row)
        self.error = widgets.status_label()
        body.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = widgets.button(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.post_button = widgets.primary_button(self.tr("Post"))
        self.post_button.clicked.connect(self._on_post_clicked)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.post_button)
        body.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addWidget(self.card)
        outer.addStretch(1)
        self._set_busy(False)
        self.palette_label.hide()

    # Driving the view (the app, tests and screenshots call these)

    def start_upload(self, path: Path) -> None:
        """Process and upload `path` on the running event loop (qasync in the app)."""
        self.start_uploads([path])

    def start_uploads(self, paths: list[Path]) -> None:
        """Process and upload `paths` one after the other; they are added to the post being prepared."""
        if self.uploader is None:
            self.show_error(self.tr("Uploading is not available until the network is connected."))
            return
        if not paths:
            return
        room = MAX_FILES - len(self.results)
        if room <= 0 or len(paths) > room:
            self.show_error(self.tr("A post holds at most %n photos and videos.", "", MAX_FILES))
            return
        self.result = None
        self.error.setText("")
        self._cancel = CancelToken()
        self._set_busy(True)
        self._task = self._spawn(self._upload_all(list(paths), self._cancel))

    def resume_upload(self, job_id: str, name: str) -> None:
        """Finish an upload that was interrupted (the app closed, the network dropped) from its saved state."""
        if self.uploader is None:
            self.show_error(self.tr("Uploading is not available until the network is connected."))
            return
        self.error.setText("")
        self.file_label.setText(name)
        self.preview.setText(self.tr("Resuming the upload…"))
        self._cancel = CancelToken()
        self._set_busy(True)
        self._task = self._spawn(self._resume(job_id, self._cancel))

    def clear(self) -> None:
        """Start a new post: forget the finished uploads, the caption and the tags."""
        self.result = None
        self.results = []
        self.caption.clear()
        self.tags.clear()
        self.file_label.setText("")
        self.preview.clear()
        self.preview.setText(self.tr("No file chosen"))
        self.progress.setValue(0)
        self.stage.setText("")
        self.remaining.setText("")
        self.show_palette(())
        self._set_busy(False)

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any] | None:
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            coro.close()
            self.show_error(self.tr("Uploading needs the app's event loop, which is not running."))
            self._set_busy(False)
            return None
        task = asyncio.ensure_future(coro)
        task.add_done_callback(self._on_task_done)
        return task

    def _on_task_done(self, task: asyncio.Task[Any]) -> None:
        if task.cancelled() or task.exception() is None:
            return
        log.error("an upload failed unexpectedly", exc_info=task.exception())
        self._set_busy(False)
        self.show_error(self.tr("Something went wrong with the upload; try again."))

    async def _upload_all(self, paths: list[Path], cancel: CancelToken) -> None:
        for number, path in enumerate(paths, start=1):
            counter = f" ({number}/{len(paths)})" if len(paths) > 1 else ""
            self.file_label.setText(path.name + counter)
            if is_photo(path):
                self.show_preview(QPixmap(str(path)))
            else:
                self.preview.setText(self.tr("Converting the video…"))
            if not await self._upload(path, cancel):
                return
            if number < len(paths):
                self._set_busy(True)

    async def _upload(self, path: Path, cancel: CancelToken) -> bool:
        assert self.uploader is not None
        try:
            if self.before_upload is not None:
                await self.before_upload(path)
            if cancel.cancelled:
                raise MediaError("The upload was cancelled.")
            if is_photo(path):
                result = await self.uploader.upload_photo(path, progress=self.show_progress)
            else:
                result = await self.uploader.upload_video(path, progress=self.show_progress, cancel=cancel)
        except MediaError as exc:
            self._failed(exc, cancel)
            return False
        self._finished(result)
        return True

    async def _resume(self, job_id: str, cancel: CancelToken) -> None:
        assert self.uploader is not None
        try:
            result = await self.uploader.resume(job_id, progress=self.show_progress)
        except MediaError as exc:
            self._failed(exc, cancel)
            return
        self._finished(result)

    def _failed(self, exc: MediaError, cancel: CancelToken) -> None:
        self._set_busy(False)
        if cancel.cancelled:
            self.stage.setText(self.tr("Cancelled. Nothing was posted."))
            self.cancelled.emit()
        else:
            self.show_error(str(exc))

    def _finished(self, result: UploadResult) -> None:
        self.results.append(result)
        self.show_result(result)
        self.upload_finished.emit(result)

    def cancel(self) -> None:
        if self._cancel is not None and not self._cancel.cancelled:
            self._cancel.cancel()
            self.stage.setText(self.tr("Cancelling…"))

    def show_preview(self, pixmap: QPixmap) -> None:
        if pixmap.isNull():
            return
        self.preview.setPixmap(
            pixmap.scaled(
                self.preview.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def show_progress(self, progress: UploadProgress) -> None:
        self.progress.setValue(round(progress.fraction * 1000))
        self.stage.setText(self.tr(describe_progress(progress)))
        self.remaining.setText(self.tr(describe_remaining(progress.remaining_s)) if progress.stage != "done" else "")

    def show_result(self, result: UploadResult, thumbnail: bytes | None = None) -> None:
        self.result = result
        self._set_busy(False)
        self.progress.setValue(1000)
        self.stage.setText(self.tr("Uploaded. Add a caption and post it."))
        self.remaining.setText("")
        palette: list[int] = []
        for done in self.results or [result]:
            palette += [c for c in done.palette if c not in palette]
        self.show_palette(tuple(palette[:8]))
        thumbnail = thumbnail or result.thumbnail
        if thumbnail:
            pixmap = QPixmap()
            pixmap.loadFromData(thumbnail)
            self.show_preview(pixmap)
        self.post_button.setEnabled(True)

    def show_palette(self, palette: tuple[int, ...]) -> None:
        while self.palette_row.count() > 2:
            item = self.palette_row.takeAt(1)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        for position, colour in enumerate(palette):
            swatch = QFrame()
            swatch.setFixedSize(28, 28)
            swatch.setToolTip(f"#{colour:06x}")
            swatch.setAccessibleName(self.tr("Colour") + f" #{colour:06x}")
            swatch.setStyleSheet(
                f"QFrame {{ background: #{colour:06x}; border-radius: 6px; border: 1px solid rgba(0, 0, 0, 40); }}"
            )
            self.palette_row.insertWidget(1 + position, swatch)
        self.palette_label.setVisible(bool(palette))

    def show_error(self, sentence: str) -> None:
        self.error.setText(sentence)
        self.failed.emit(sentence)

    def _set_busy(self, busy: bool) -> None:
        self.choose_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.post_button.setEnabled(not busy and self.result is not None)

    def post(self) -> Post:
        """The POST payload for the finished uploads with the caption and tags typed."""
        assert self.result is not None, "post() after an upload finished"
        tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        media = self.results or [self.result]
        return post_payload(media, text=self.caption.toPlainText().strip(), tags=tags[:16])

    def _on_post_clicked(self) -> None:
        if self.result is None:
            return
        try:
            payload = self.post()
        except Exception:  # a tag too long, too many characters: the strict encoder says which
            self.show_error(self.tr("The caption or a tag is too long; shorten it and post again."))
            return
        self.post_ready.emit(payload)

    def _on_files_selected(self, names: list[str]) -> None:
        self.start_uploads([Path(name) for name in names])

    def _on_choose_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose photos or videos"))
        dialog.setNameFilter(self.tr("Photos and videos (%1)").replace("%1", _PATTERNS))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.filesSelected.connect(self._on_files_selected)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()  # never exec(): no nested event loop inside the qasync loop
