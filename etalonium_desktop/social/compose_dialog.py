"""Writing a post: text, tags, kind (photo, lookbook, casting call, event…), place and date, and photos that
go to the blob store before the post goes to the chain."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from etalonium_desktop.ui import widgets
from etalonium_desktop.ui.i18n import QT_TRANSLATE_NOOP
from lightnode.protocol.actions import PostKind

from .service import SocialError, SocialService

MAX_PHOTOS = 8
KINDS = (
    (PostKind.PHOTO, QT_TRANSLATE_NOOP("ComposeDialog", "Photo")),
    (PostKind.LOOKBOOK, QT_TRANSLATE_NOOP("ComposeDialog", "Lookbook")),
    (PostKind.PORTFOLIO, QT_TRANSLATE_NOOP("ComposeDialog", "Portfolio piece")),
    (PostKind.CASTING, QT_TRANSLATE_NOOP("ComposeDialog", "Casting call")),
    (PostKind.EVENT, QT_TRANSLATE_NOOP("ComposeDialog", "Event")),
    (PostKind.TEXT, QT_TRANSLATE_NOOP("ComposeDialog", "Text")),
)


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags from free text: split on spaces and commas, '#' dropped, lower-cased, unique, at most 16."""
    seen: list[str] = []
    for raw in text.replace(",", " ").split():
        tag = raw.lstrip("#").strip().lower()[:32]
        if tag and tag not in seen:
            seen.append(tag)
    return tuple(seen[:16])


class ComposeDialog(QDialog):
    posted = Signal(bytes)

    def __init__(self, session: Any, service: SocialService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.service = service
        self.photos: list[Path] = []
        self.task: asyncio.Future[Any] | None = None
        self.setWindowTitle(self.tr("New post"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(widgets.title(self.tr("New post")))
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("What did you make? Credit the team, say where it was shot…"))
        self.text.setAccessibleName(self.tr("Post text"))
        self.text.setFixedHeight(120)
        layout.addWidget(self.text)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of post"))
        for kind, label in KINDS:
            self.kind.addItem(self.tr(label), int(kind))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText("#ss26 #linen #menswear")
        self.tags.setAccessibleName(self.tr("Tags"))
        self.place = QLineEdit()
        self.place.setMaxLength(120)
        self.place.setPlaceholderText("Paris, Studio 4")
        self.place.setAccessibleName(self.tr("Place"))
        self.when = QDateTimeEdit(QDateTime.currentDateTime().addDays(7))
        self.when.setCalendarPopup(True)
        self.when.setAccessibleName(self.tr("Event date"))
        self.when.setEnabled(False)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Date (events, castings)"), self.when)
        layout.addLayout(form)

        photos = QHBoxLayout()
        self.add_button = widgets.button(self.tr("Add photos…"))
        photos.addWidget(self.add_button)
        self.previews = QHBoxLayout()
        photos.addLayout(self.previews)
        photos.addStretch(1)
        layout.addLayout(photos)
        self.photo_note = widgets.subtle(
            self.tr("Photos are stripped of location and camera data, resized and stored on the nodes' blob store.")
        )
        layout.addWidget(self.photo_note)

        buttons = QHBoxLayout()
        self.status = widgets.status_label("", "subtle")
        buttons.addWidget(self.status, 1)
        self.cancel_button = widgets.button(self.tr("Cancel"))
        self.post_button = widgets.primary_button(self.tr("Post"))
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.post_button)
        layout.addLayout(buttons)

        self.kind.currentIndexChanged.connect(self._on_kind)
        self.add_button.clicked.connect(self.choose_photos)
        self.cancel_button.clicked.connect(self.reject)
        self.post_button.clicked.connect(self.submit)

    def _on_kind(self) -> None:
        kind = PostKind(self.kind.currentData())
        self.when.setEnabled(kind in (PostKind.EVENT, PostKind.CASTING))

    def choose_photos(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose photos"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilter(self.tr("Photos (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp)"))
        dialog.filesSelected.connect(self._add_photos)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _add_photos(self, files: list[str]) -> None:
        for name in files:
            self.add_photo(Path(name))

    def add_photo(self, path: Path) -> None:
        if len(self.photos) >= MAX_PHOTOS:
            self.status.setText(self.tr("A post holds at most %n photos.", "", MAX_PHOTOS))
            widgets.set_role(self.status, "error")
            return
        self.photos.append(path)
        preview = QLabel()
        preview.setFixedSize(64, 64)
        pixmap = QPixmap(str(path))
        if not pixmap.isNull():
            preview.setPixmap(
                pixmap.scaled(
                    64, 64, Qt.AspectRatioMode.KeepAspectRatioByExpanding, Qt.TransformationMode.SmoothTransformation
                )
            )
        preview.setToolTip(path.name)
        self.previews.addWidget(preview)
        if self.kind.currentData() == int(PostKind.TEXT):
            self.kind.setCurrentIndex(0)

    def submit(self) -> asyncio.Future[Any] | None:
        text = self.text.toPlainText().strip()
        if not text and not self.photos:
            self.status.setText(self.tr("Write something or add a photo."))
            widgets.set_role(self.status, "error")
            return None
        self.task = self.session.spawn(self.publish())
        return self.task

    async def publish(self) -> bytes | None:
        kind = PostKind(self.kind.currentData())
        when = self.when.dateTime().toMSecsSinceEpoch() if self.when.isEnabled() else 0
        self.post_button.setEnabled(False)

        def progress(text: str) -> None:
            self.status.setText(text)
            widgets.set_role(self.status, "subtle")

        try:
            post_id = await self.service.publish(
                self.text.toPlainText().strip(),
                tags=parse_tags(self.tags.text()),
                photos=list(self.photos),
                kind=kind if self.photos or kind is not PostKind.PHOTO else PostKind.TEXT,
                place=self.place.text().strip(),
                event_time_ms=max(0, when),
                progress=progress,
            )
        except SocialError as exc:
            self.status.setText(str(exc))
            widgets.set_role(self.status, "error")
            self.post_button.setEnabled(True)
            return None
        self.status.setText(self.tr("✔ Posted and verified."))
        widgets.set_role(self.status, "verified")
        self.posted.emit(post_id)
        self.accept()
        return post_id
