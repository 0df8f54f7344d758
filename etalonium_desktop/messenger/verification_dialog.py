"""The contact verification dialog: compare seven emoji (or three numbers) and confirm, shown with open()."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TypeVar

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from etalonium_desktop.store import StoreError
from etalonium_desktop.ui.receive_dialog import qr_pixmap
from lightnode.messenger import (
    FlowState,
    KeyMismatchError,
    MessengerError,
    SasCodes,
    VerificationError,
    VerificationUpdated,
)

from .bridge import MessengerBridge, TaskRunner
from .qr_scan import QrScanError, camera_available, decode_qimage, decode_qr_image, scan_camera
from .service import MessengerService

_Source = TypeVar("_Source")


def _read_and_decode(path: Path) -> str:
    return decode_qr_image(path.read_bytes())


@cache
def _has_glyph(codepoint: int) -> bool:
    """Whether any installed font draws the character (else Qt would show an empty box)."""
    return any(QFontMetrics(QFont(family)).inFontUcs4(codepoint) for family in QFontDatabase.families())


def can_show(emoji: str) -> bool:
    return all(_has_glyph(ord(ch)) for ch in emoji if ord(ch) not in (0xFE0F, 0x200D))


class EmojiTile(QFrame):
    """One of the seven emoji with its name; without an emoji font its number stands in for the picture
    (people compare the names then, as the SAS method allows)."""

    def __init__(self, emoji: str, name: str, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EmojiTile")
        self.setStyleSheet("#EmojiTile { border: 1px solid #d6d0c6; border-radius: 10px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 8, 6, 6)
        glyph = QLabel(emoji if can_show(emoji) else str(number))
        font = QFont(glyph.font())
        font.setPointSizeF(font.pointSizeF() * 2.6)
        glyph.setFont(font)
        glyph.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label = QLabel(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setProperty("role", "subtle")
        layout.addWidget(glyph)
        layout.addWidget(label)
        self.setAccessibleName(name)
        self.setMinimumWidth(84)


class VerificationDialog(QDialog):
    """Verifies one contact. Open it with `open()` (never exec()): it follows the flow through the bridge.

    For an outgoing verification call `start()`; for a request from the contact, `attach(flow_id)`.
    """

    verified = Signal(bytes)

    def __init__(
        self, service: MessengerService, bridge: MessengerBridge, actor: bytes, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.actor = actor
        self.flow_id: bytes | None = None
        self.tasks = TaskRunner(self._show_error)
        self._camera_found: bool | None = None
        self._camera_probing = False
        self._camera_scanning = False
        #: Reading a screenshot (file or clipboard) off the GUI thread; None when none is being read.
        self._image_scan: asyncio.Task[None] | None = None
        name = service.display_name(actor)
        self.setWindowTitle(self.tr("Verify %1").replace("%1", name))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        heading = QLabel(self.tr("Verify %1").replace("%1", name))
        heading.setObjectName("PageTitle")
        layout.addWidget(heading)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)

        self.waiting = self._page(self.tr("Waiting for %1 to accept on their device…").replace("%1", name))
        self.incoming = self._page(
            self.tr(
                "%1 wants to verify your chat. Meet in person or call them, then compare what you both see."
            ).replace("%1", name)
        )
        row = QHBoxLayout()
        self.accept_button = QPushButton(self.tr("Start comparing"))
        self.accept_button.setProperty("primary", True)
        self.decline_button = QPushButton(self.tr("Not now"))
        row.addWidget(self.accept_button)
        row.addWidget(self.decline_button)
        row.addStretch(1)
        self.incoming.layout().addLayout(row)  # type: ignore[union-attr]

        self.compare = QWidget()
        compare = QVBoxLayout(self.compare)
        compare.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            self.tr(
                "Check that %1 sees the same emoji, in the same order. Compare in person or on a call, "
                "not in this chat."
            ).replace("%1", name)
        )
        intro.setWordWrap(True)
        compare.addWidget(intro)
        self.emoji_grid = QGridLayout()
        self.emoji_grid.setSpacing(8)
        compare.addLayout(self.emoji_grid)
        self.decimals = QLabel()
        self.decimals.setProperty("role", "subtle")
        compare.addWidget(self.decimals)
        buttons = QHBoxLayout()
        self.match_button = QPushButton(self.tr("They match"))
        self.match_button.setProperty("primary", True)
        self.mismatch_button = QPushButton(self.tr("They don't match"))
        buttons.addWidget(self.match_button)
        buttons.addWidget(self.mismatch_button)
        buttons.addStretch(1)
        compare.addLayout(buttons)
        self.stack.addWidget(self.compare)

        self.confirming = self._page(self.tr("Waiting for %1 to confirm…").replace("%1", name))
        self.verified_page = self._page(
            self.tr(
                "✔ %1 is verified. Their chat shows a verified badge, and you will be warned if their keys ever change."
            ).replace("%1", name)
        )
        self.verified_page.setProperty("role", "verified")
        self.failed = self._page("")
        self.failed_label = self.failed.findChild(QLabel)

        self.qr_page = self._qr_page(name)
        self.mismatch_page = self._mismatch_page()

        self.safety = QLabel()
        self.safety.setProperty("role", "subtle")
        self.safety.setWordWrap(True)
        self.safety.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.safety)
        number = service.safety_number(actor)
        if number:
            self.safety.setText(self.tr("Safety number (the same on both devices): %1").replace("%1", number))
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        close_row = QHBoxLayout()
        self.qr_button = QPushButton(self.tr("Use a QR code instead"))
        self.qr_button.setAccessibleName(self.tr("Verify with a QR code"))
        self.qr_button.clicked.connect(self.show_qr)
        self.emoji_button = QPushButton(self.tr("Compare emoji instead"))
        self.emoji_button.clicked.connect(self._on_emoji_clicked)
        self.emoji_button.hide()
        close_row.addWidget(self.qr_button)
        close_row.addWidget(self.emoji_button)
        close_row.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"))
        close_row.addWidget(self.close_button)
        layout.addLayout(close_row)

        self.accept_button.clicked.connect(self._on_accept_clicked)
        self.decline_button.clicked.connect(self._on_decline_clicked)
        self.match_button.clicked.connect(lambda: self._on_compared(True))
        self.mismatch_button.clicked.connect(lambda: self._on_compared(False))
        self.close_button.clicked.connect(self._on_close_clicked)
        bridge.verification_updated.connect(self._on_bridge_verification_updated)
        self.stack.setCurrentWidget(self.waiting)

    def _page(self, text: str) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 8)
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addStretch(1)
        self.stack.addWidget(page)
        return page

    def _qr_page(self, name: str) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 8, 0, 8)
        row.setSpacing(24)
        mine = QVBoxLayout()
        self.qr_image = QLabel()
        self.qr_image.setAccessibleName(self.tr("Your verification QR code"))
        self.qr_image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Dark modules on white whatever the theme: scanners expect it.
        self.qr_image.setStyleSheet("background: white; border-radius: 8px; padding: 6px;")
        try:
            self.qr_image.setPixmap(qr_pixmap(self.service.verification_code(), scale=4))
        except (StoreError, MessengerError):  # the messenger is not loaded yet: no code to show
            self.qr_image.setText(self.tr("Your code is not available yet."))
        mine.addWidget(self.qr_image, 0, Qt.AlignmentFlag.AlignHCenter)
        caption = QLabel(self.tr("Your code: let %1 scan it").replace("%1", name))
        caption.setProperty("role", "subtle")
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        mine.addWidget(caption)
        mine.addStretch(1)
        row.addLayout(mine)

        theirs = QVBoxLayout()
        intro = QLabel(
            self.tr(
                "Scan the code on %1's screen, or a screenshot of it they sent you another way than this chat. "
                "If it matches the keys of your chat, %1 is marked verified."
            ).replace("%1", name)
        )
        intro.setWordWrap(True)
        theirs.addWidget(intro)
        self.camera_button = QPushButton(self.tr("Scan with camera"))
        self.camera_button.setEnabled(False)
        self.camera_button.setToolTip(self.tr("Looking for a camera…"))
        self.camera_button.clicked.connect(self._on_camera_clicked)
        self.file_button = QPushButton(self.tr("Open an image…"))
        self.file_button.clicked.connect(self._on_file_clicked)
        self.paste_button = QPushButton(self.tr("Paste a screenshot"))
        self.paste_button.clicked.connect(self._on_paste_clicked)
        self.camera_note = QLabel(self.tr("Looking for a camera…"))
        self.camera_note.setProperty("role", "subtle")
        self.camera_note.setWordWrap(True)
        theirs.addWidget(self.camera_button)
        theirs.addWidget(self.camera_note)
        theirs.addWidget(self.file_button)
        theirs.addWidget(self.paste_button)
        self.scan_result = QLabel()
        self.scan_result.setWordWrap(True)
        self.scan_result.hide()
        theirs.addWidget(self.scan_result)
        theirs.addStretch(1)
        row.addLayout(theirs, 1)
        self.stack.addWidget(page)
        self._camera_stop = threading.Event()
        return page

    # QR codes

    def show_qr(self) -> None:
        """Show this user's code and the ways to scan the contact's."""
        self.stack.setCurrentWidget(self.qr_page)
        self.qr_button.hide()
        self.emoji_button.show()
        # Probing opens the camera: never while a scan holds it, and again only if none was found before.
        if not self._camera_found and not self._camera_probing:
            self.tasks.run(self._probe_camera())

    def _on_emoji_clicked(self) -> None:
        self._camera_stop.set()
        self.emoji_button.hide()
        self.qr_button.setText(self.tr("Use a QR code instead"))
        self.qr_button.show()
        self.start()

    async def _probe_camera(self) -> None:
        self._camera_probing = True
        try:
            found = await asyncio.to_thread(camera_available)
        finally:
            self._camera_probing = False
        if not shiboken6.isValid(self):
            return
        self._camera_found = found
        self._update_scan_buttons()
        note = "" if found else self.tr("No camera was found on this computer: open or paste a screenshot instead.")
        self.camera_button.setToolTip(note)
        self.camera_note.setText(note)
        self.camera_note.setVisible(not found)

    def _update_scan_buttons(self) -> None:
        reading = self._image_scan is not None
        # One camera scan at a time: a second thread must not open the same camera.
        self.camera_button.setEnabled(bool(self._camera_found) and not self._camera_scanning and not reading)
        self.file_button.setEnabled(not reading)
        self.paste_button.setEnabled(not reading)

    def _on_camera_clicked(self) -> None:
        if self._camera_scanning:
            return
        self._camera_stop.clear()
        self._camera_scanning = True
        self._update_scan_buttons()
        self._show_scan_note(self.tr("Hold %1's code in front of the camera…").replace("%1", self._name()))
        if self.tasks.run(self._scan_camera()) is None:  # no event loop (screenshots): nothing scans
            self._camera_scanning = False
            self._update_scan_buttons()

    async def _scan_camera(self) -> None:
        try:
            text = await asyncio.to_thread(scan_camera, self._camera_stop)
        except QrScanError as exc:
            text, error = "", str(exc)
        else:
            error = ""
        finally:
            self._camera_scanning = False
            if shiboken6.isValid(self):
                self._update_scan_buttons()
        if not shiboken6.isValid(self):  # the dialog was deleted while the camera ran
            return
        if error:
            self._show_scan_error(error)
        elif text:
            await self.verify_code(text)
        elif not self._camera_stop.is_set():
            self._show_scan_error(self.tr("No code was seen. Try again closer to the camera, in good light."))

    def _on_file_clicked(self) -> None:
        picker = QFileDialog(self, self.tr("Choose a screenshot of the code"))
        picker.setNameFilter(self.tr("Images (*.png *.jpg *.jpeg *.bmp *.webp)"))
        picker.setFileMode(QFileDialog.FileMode.ExistingFile)
        picker.fileSelected.connect(self.scan_file)
        picker.finished.connect(picker.deleteLater)
        picker.open()

    def scan_file(self, path: str) -> asyncio.Task[None] | None:
        """Read the QR code in an image file (off the GUI thread) and check it against the contact's keys."""
        return self._read_code(_read_and_decode, Path(path))

    def _on_paste_clicked(self) -> None:
        # The clipboard is read here, on the GUI thread; QImage is reentrant, so the worker may encode it.
        self._read_code(decode_qimage, QGuiApplication.clipboard().image())

    def _read_code(self, decode: Callable[[_Source], str], source: _Source) -> asyncio.Task[None] | None:
        if self._image_scan is not None:
            return None
        task = self.tasks.run(self._scan_image(decode, source))
        if task is not None:
            self._image_scan = task
            # A callback, not a `finally`: a task cancelled before it starts never runs its body.
            task.add_done_callback(self._on_image_scan_done)
            self._update_scan_buttons()
            self._show_scan_note(self.tr("Reading the code…"))
        return task

    def _on_image_scan_done(self, _task: asyncio.Task[None]) -> None:
        self._image_scan = None
        if shiboken6.isValid(self):
            self._update_scan_buttons()

    async def _scan_image(self, decode: Callable[[_Source], str], source: _Source) -> None:
        # OpenCV takes seconds on a large screenshot (two detectors, then two more scales): not on the GUI thread.
        try:
            text = await asyncio.to_thread(decode, source)
        except OSError as exc:
            text, error = "", self.tr("The file cannot be read (%1).").replace("%1", exc.strerror or str(exc))
        except QrScanError as exc:
            text, error = "", str(exc)
        else:
            error = ""
        if not shiboken6.isValid(self):  # the dialog was deleted while the image was read
            return
        if error:
            self._show_scan_error(error)
        else:
            await self.verify_code(text)

    async def verify_code(self, text: str) -> bool:
        """Check a scanned code; the contact is marked verified only when its keys match."""
        try:
            await self.service.verify_scanned_code(self.actor, text)
        except KeyMismatchError as exc:
            self.show_mismatch(str(exc))
            return False
        except VerificationError as exc:
            self._show_scan_error(str(exc))
            return False
        self.stack.setCurrentWidget(self.verified_page)
        self.verified.emit(self.actor)
        return True

    def _mismatch_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 8)
        box = QFrame()
        box.setObjectName("MismatchBox")
        box.setStyleSheet(
            "#MismatchBox { border: 1px solid #c62828; border-radius: 10px; background: rgba(198, 40, 40, 0.10); }"
            "#MismatchBox QLabel { background: transparent; }"
        )
        inner = QVBoxLayout(box)
        inner.setContentsMargins(16, 14, 16, 14)
        inner.setSpacing(8)
        title = QLabel("⚠ " + self.tr("The keys do not match"))
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        title.setFont(font)
        title.setProperty("role", "error")
        inner.addWidget(title)
        self.mismatch_label = QLabel()
        self.mismatch_label.setWordWrap(True)
        inner.addWidget(self.mismatch_label)
        advice = QLabel(
            self.tr(
                "Make sure you scanned %1's own screen, in person or from a screenshot they sent another way. "
                "If the codes still differ, do not share anything sensitive in this chat."
            ).replace("%1", self._name())
        )
        advice.setWordWrap(True)
        advice.setProperty("role", "subtle")
        inner.addWidget(advice)
        layout.addWidget(box)
        layout.addStretch(1)
        self.stack.addWidget(page)
        return page

    def show_mismatch(self, reason: str) -> None:
        """The scanned code names other keys: say so plainly, and offer to scan again."""
        self.mismatch_label.setText(reason)
        self.stack.setCurrentWidget(self.mismatch_page)
        self.qr_button.setText(self.tr("Scan again"))
        self.qr_button.show()

    def _name(self) -> str:
        return self.service.display_name(self.actor)

    def _show_scan_note(self, text: str) -> None:
        self.scan_result.setProperty("role", "subtle")
        self.scan_result.setText(text)
        self.scan_result.style().polish(self.scan_result)
        self.scan_result.show()

    def _show_scan_error(self, text: str) -> None:
        self.scan_result.setProperty("role", "error")
        self.scan_result.setText(text)
        self.scan_result.style().polish(self.scan_result)
        self.scan_result.show()

    # Starting

    def start(self) -> None:
        self.tasks.run(self._start())

    async def _start(self) -> None:
        flow = await self.service.start_verification(self.actor)
        self.flow_id = flow.flow_id
        self.show_state(flow.state, flow.codes, flow.reason)

    def attach(self, flow_id: bytes) -> None:
        """Follow a verification the contact started (shown as a request to accept)."""
        self.flow_id = flow_id
        flow = self.service.engine.flows.get(flow_id)
        if flow is not None:
            self.show_state(flow.state, flow.codes, flow.reason)

    # Following the flow

    def _on_bridge_verification_updated(self, event: VerificationUpdated) -> None:
        if event.peer != self.actor or (self.flow_id is not None and event.flow_id != self.flow_id):
            return
        self.flow_id = event.flow_id
        self.show_state(event.state, event.codes, event.reason)

    def show_state(self, state: FlowState, codes: SasCodes | None, reason: str = "") -> None:
        if state is FlowState.REQUESTED:
            self.stack.setCurrentWidget(self.incoming)
        elif state is FlowState.STARTED:
            self.stack.setCurrentWidget(self.waiting)
        elif state is FlowState.COMPARING and codes is not None:
            self._show_codes(codes)
            self.stack.setCurrentWidget(self.compare)
        elif state is FlowState.CONFIRMED:
            self.stack.setCurrentWidget(self.confirming)
        elif state is FlowState.VERIFIED:
            self.stack.setCurrentWidget(self.verified_page)
            self.verified.emit(self.actor)
        elif state is FlowState.CANCELLED:
            if self.failed_label is not None:
                self.failed_label.setText(reason or self.tr("The verification was cancelled."))
            self.stack.setCurrentWidget(self.failed)

    def _show_codes(self, codes: SasCodes) -> None:
        while self.emoji_grid.count():
            taken = self.emoji_grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        for i, (emoji, name) in enumerate(codes.emoji):
            self.emoji_grid.addWidget(EmojiTile(emoji, name, i + 1), 0, i)
        a, b, c = codes.decimals
        self.decimals.setText(self.tr("Or compare these numbers: %1").replace("%1", f"{a} {b} {c}"))

    def codes_shown(self) -> list[str]:
        """The names of the emoji on screen (tests, accessibility)."""
        names = []
        for i in range(self.emoji_grid.count()):
            item = self.emoji_grid.itemAt(i)
            widget = item.widget() if item is not None else None
            if isinstance(widget, EmojiTile):
                names.append(widget.accessibleName())
        return names

    # Buttons

    def _on_accept_clicked(self) -> None:
        if self.flow_id is not None:
            self.tasks.run(self.service.accept_verification(self.flow_id))

    def _on_decline_clicked(self) -> None:
        if self.flow_id is not None:
            self.tasks.run(self.service.cancel_verification(self.flow_id))
        self.reject()

    def _on_compared(self, matches: bool) -> None:
        if self.flow_id is not None:
            self.tasks.run(self.service.confirm_verification(self.flow_id, matches))

    def _on_close_clicked(self) -> None:
        self.accept()

    def done(self, result: int) -> None:
        # However the dialog closes (button, Escape, window), the camera is let go and a screenshot being
        # read is dropped (its worker thread finishes on its own; nothing is shown or verified).
        self._camera_stop.set()
        if self._image_scan is not None:
            self._image_scan.cancel()
        super().done(result)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
