"""The unlock screen of later runs and idle locks: a passphrase field that says when it is wrong."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from etalonium_desktop.ui import theme, widgets


class UnlockView(QWidget):
    """Emits `unlock_requested(passphrase)`; the app answers with `show_error` or opens the main window."""

    unlock_requested = Signal(str)

    def __init__(self, profile_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        card = widgets.Card()
        card.setFixedWidth(460)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        icon = QLabel()
        icon.setPixmap(theme.icon("lock", "#8a3ffc", 64).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        card.body.addWidget(icon)
        heading = widgets.title(self.tr("Unlock your profile"))
        heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        card.body.addWidget(heading)
        sub = widgets.subtle(self.tr("Profile “{name}” is locked.").format(name=profile_name))
        sub.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        card.body.addWidget(sub)
        self.reason = widgets.subtle("")
        self.reason.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.reason.hide()
        card.body.addWidget(self.reason)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        card.body.addWidget(self.passphrase)
        self.error = widgets.status_label()
        card.body.addWidget(self.error)
        self.unlock_button = widgets.primary_button(self.tr("Unlock"))
        card.body.addWidget(self.unlock_button)
        self.unlock_button.clicked.connect(self._submit)
        self.passphrase.returnPressed.connect(self._submit)

    def _submit(self) -> None:
        if not self.passphrase.text():
            self.error.setText(self.tr("Type your passphrase to unlock."))
            return
        self.set_busy(True)
        self.unlock_requested.emit(self.passphrase.text())

    def set_busy(self, busy: bool) -> None:
        self.unlock_button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setText(self.tr("Unlocking…") if busy else self.tr("Unlock"))

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.error.setText(message)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def reset(self) -> None:
        self.set_busy(False)
        self.passphrase.clear()
        self.error.clear()
        self.passphrase.setFocus()

    def show_wrong_passphrase(self) -> None:
        self.show_error(self.tr("That passphrase is not right. Try again."))

    def set_reason(self, text: str) -> None:
        """Say why the profile is locked (after idle time, or on request)."""
        self.reason.setText(text)
        self.reason.setVisible(bool(text))
