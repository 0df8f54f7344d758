"""Receiving ExC: the address as text (with copy) and as a QR code."""

from __future__ import annotations

import io

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from etalonium_desktop.ui import widgets


def qr_pixmap(text: str, scale: int = 6) -> QPixmap:
    """A QR code of `text` (medium error correction, quiet zone of 2 modules)."""
    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class ReceiveDialog(QDialog):
    def __init__(self, address: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Receive ExC"))
        self.address = address
        root = QVBoxLayout(self)
        root.addWidget(widgets.title(self.tr("Receive ExC")))
        root.addWidget(widgets.subtle(self.tr("Share this address. Anyone can send ExC to it; only you can spend it.")))
        self.qr = QLabel()
        self.qr.setPixmap(qr_pixmap(f"exc:{address}"))
        self.qr.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.qr.setAccessibleName(self.tr("Address QR code"))
        root.addWidget(self.qr)
        self.text = QLabel(address)
        self.text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("Your address"))
        root.addWidget(self.text)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.copy_button = widgets.button(self.tr("Copy address"))
        close = widgets.primary_button(self.tr("Done"))
        buttons.addWidget(self.copy_button)
        buttons.addWidget(close)
        root.addLayout(buttons)
        self.copy_button.clicked.connect(self._copy)
        close.clicked.connect(self.accept)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.address)
        self.copy_button.setText(self.tr("Copied"))
