"""Contact verification by QR code: the code's format, and scanning images through the dialog."""

from __future__ import annotations

import asyncio
import io
import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
import segno
import shiboken6
from pytestqt.qtbot import QtBot

from etalonium_desktop.messenger import verification_dialog
from etalonium_desktop.messenger.bridge import MessengerBridge
from etalonium_desktop.messenger.qr_scan import QrScanError, decode_qr_image
from etalonium_desktop.messenger.screens import sample_photo, sample_service
from etalonium_desktop.messenger.verification_dialog import VerificationDialog
from lightnode.messenger import (
    KeyMismatchError,
    OlmMachine,
    VerificationError,
    parse_verification_code,
    verification_code,
)
from lightnode.messenger.qr_code import check_code
from lightnode.protocol.keys import PrivateKey


def _qr_png(text: str, path: Path) -> Path:
    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=5, border=3)
    path.write_bytes(buffer.getvalue())
    return path


def test_a_code_round_trips_and_damage_or_tampering_is_told_apart() -> None:
    key = PrivateKey.generate()
    card = OlmMachine.create(key, os.urandom(32)).card
    text = verification_code(card)
    assert text.startswith("exc-verify:1:")
    code = parse_verification_code(text)
    assert code.actor_id == key.actor_id
    assert code.fingerprint == card.fingerprint
    with pytest.raises(VerificationError, match="not a contact-verification code"):
        parse_verification_code("exc:some-address")
    with pytest.raises(VerificationError, match="version '2'"):
        parse_verification_code(text.replace("exc-verify:1:", "exc-verify:2:"))
    with pytest.raises(VerificationError, match="damaged"):
        parse_verification_code(text[:-20])
    # A misread or damaged code is refused, not taken for other keys.
    damaged = text[:-3] + ("AAA" if not text.endswith("AAA") else "BBB")
    with pytest.raises(VerificationError, match="damaged or was altered"):
        parse_verification_code(damaged)
    # Another device's fingerprint for the same actor, with a consistent check: the keys do not match.
    other = OlmMachine.create(key, os.urandom(32)).card
    with pytest.raises(KeyMismatchError, match="intercepting"):
        check_code(parse_verification_code(verification_code(other)), key.actor_id, card)
    check_code(code, key.actor_id, card)


def test_scanning_the_contacts_code_verifies_them_and_another_key_warns(
    qtbot: QtBot, qasync_loop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    with sample_service() as (service, ids):
        studio = next(a for a in service.engine.peers if a not in (ids["maya"], ids["leo"], ids["nadia"]))
        bridge = MessengerBridge(service)
        dialog = VerificationDialog(service, bridge, studio)
        qtbot.add_widget(dialog)

        async def open_qr() -> None:
            dialog.show_qr()
            await dialog.tasks.wait_idle()  # the camera probe

        qasync_loop.run_until_complete(open_qr())
        assert dialog.stack.currentWidget() is dialog.qr_page
        assert not dialog.qr_image.pixmap().isNull()
        # This user's own code, as shown, decodes to this device's keys.
        shown = tmp_path / "mine.png"
        dialog.qr_image.pixmap().save(str(shown))
        assert decode_qr_image(shown.read_bytes()) == service.verification_code()

        async def scan(path: Path) -> None:
            dialog.scan_file(str(path))
            await dialog.tasks.wait_idle()

        # A screenshot that is not a QR code, and a file that is not an image: clear errors, no change.
        (tmp_path / "notes.png").write_bytes(b"not an image at all")
        qasync_loop.run_until_complete(scan(tmp_path / "notes.png"))
        assert "not an image" in dialog.scan_result.text()
        # This machine has no camera: the camera path stays off and says why.
        assert not dialog.camera_button.isEnabled()
        assert "No camera was found" in dialog.camera_note.text()
        photo = tmp_path / "photo.jpg"
        photo.write_bytes(sample_photo(640, 480, 200, "Look 03"))
        qasync_loop.run_until_complete(scan(photo))
        assert "No QR code was found" in dialog.scan_result.text()
        qasync_loop.run_until_complete(scan(tmp_path / "missing.png"))
        assert "cannot be read" in dialog.scan_result.text()

        # Another account's code is not a mismatch, just the wrong code.
        maya_card = service.engine.peer_card(ids["maya"])
        assert maya_card is not None
        qasync_loop.run_until_complete(scan(_qr_png(verification_code(maya_card), tmp_path / "maya.png")))
        assert "another account" in dialog.scan_result.text()
        assert not service.engine.peers[studio].verified

        # Nadia's account with keys other than her chat's (a new device, or someone in between).
        nadia = ids["nadia"]
        nadia_card = service.engine.peer_card(nadia)
        assert nadia_card is not None
        dialog = VerificationDialog(service, bridge, nadia)
        qtbot.add_widget(dialog)
        dialog.show_qr()
        imposter = OlmMachine.create(PrivateKey(ids["nadia-seed"]), os.urandom(32)).card
        qasync_loop.run_until_complete(scan(_qr_png(verification_code(imposter), tmp_path / "other.png")))
        assert dialog.stack.currentWidget() is dialog.mismatch_page
        assert "keys do not match" in dialog.mismatch_label.text()
        assert "intercepting" in dialog.mismatch_label.text()
        assert dialog.qr_button.text() == "Scan again"
        assert not service.engine.peers[nadia].verified

        # The genuine code verifies: the same badge as the emoji comparison, kept in the profile.
        with qtbot.wait_signal(dialog.verified):
            qasync_loop.run_until_complete(scan(_qr_png(verification_code(nadia_card), tmp_path / "genuine.png")))
        assert dialog.stack.currentWidget() is dialog.verified_page
        assert service.engine.peers[nadia].verified
        stored = {p.actor: p for p in service.store.load().peers}
        assert stored[nadia].verified
        assert not stored[studio].verified


def test_a_pasted_screenshot_without_an_image_says_so(qtbot: QtBot) -> None:
    from PySide6.QtGui import QImage

    from etalonium_desktop.messenger.qr_scan import decode_qimage

    with pytest.raises(QrScanError, match="no image"):
        decode_qimage(QImage())


def test_a_screenshot_is_read_off_the_gui_thread_and_closing_meanwhile_is_safe(
    qtbot: QtBot, qasync_loop: asyncio.AbstractEventLoop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The real decoder, held at its start until the test lets it go: the dialog is checked while it reads.
    started, release = threading.Event(), threading.Event()
    threads: list[threading.Thread] = []

    def held_decode(data: bytes) -> str:
        threads.append(threading.current_thread())
        started.set()
        release.wait(30)
        return decode_qr_image(data)

    monkeypatch.setattr(verification_dialog, "decode_qr_image", held_decode)
    with sample_service() as (service, ids):
        nadia = ids["nadia"]
        nadia_card = service.engine.peer_card(nadia)
        assert nadia_card is not None
        genuine = _qr_png(verification_code(nadia_card), tmp_path / "genuine.png")
        bridge = MessengerBridge(service)

        def open_dialog() -> VerificationDialog:
            dialog = VerificationDialog(service, bridge, nadia)
            dialog.show_qr()
            return dialog

        async def read_then(dialog: VerificationDialog, interrupt: Callable[[], None]) -> None:
            started.clear()
            release.clear()
            assert dialog.scan_file(str(genuine)) is not None
            # Meanwhile the dialog says so, and no second scan can start.
            assert dialog.scan_result.text() == "Reading the code…"
            assert not dialog.file_button.isEnabled()
            assert not dialog.paste_button.isEnabled()
            assert not dialog.camera_button.isEnabled()
            assert dialog.scan_file(str(genuine)) is None
            assert await asyncio.to_thread(started.wait, 30)
            interrupt()
            release.set()
            await dialog.tasks.wait_idle()

        # Closed while the image is read: the result is dropped, the contact stays unverified, nothing fails.
        closed = open_dialog()
        qtbot.add_widget(closed)
        qasync_loop.run_until_complete(read_then(closed, closed.reject))
        assert threads[-1] is not threading.main_thread()
        assert not service.engine.peers[nadia].verified
        assert closed.stack.currentWidget() is closed.qr_page
        assert closed.file_button.isEnabled()
        assert closed.paste_button.isEnabled()

        # Deleted while the image is read (its window went away): nothing touches the dead widgets.
        deleted = open_dialog()
        qasync_loop.run_until_complete(read_then(deleted, lambda: shiboken6.delete(deleted)))
        assert not shiboken6.isValid(deleted)
        assert not service.engine.peers[nadia].verified

        # Left open, the code read in the worker verifies the contact.
        dialog = open_dialog()
        qtbot.add_widget(dialog)
        with qtbot.wait_signal(dialog.verified):
            qasync_loop.run_until_complete(read_then(dialog, lambda: None))
        assert threads[-1] is not threading.main_thread()
        assert dialog.stack.currentWidget() is dialog.verified_page
        assert service.engine.peers[nadia].verified


def test_the_camera_button_stays_off_while_a_camera_scan_runs(
    qtbot: QtBot, qasync_loop: asyncio.AbstractEventLoop, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No camera on this machine: stand-ins that behave like one showing no code until the scan is stopped.
    opened: list[threading.Event] = []
    camera_on = threading.Event()
    probes: list[int] = []

    def camera_with_nothing_in_view(stop: threading.Event, **_kw: object) -> str:
        opened.append(stop)
        camera_on.set()
        stop.wait(30)
        return ""

    def probe(index: int = 0) -> bool:
        probes.append(index)
        return True

    monkeypatch.setattr(verification_dialog, "camera_available", probe)
    monkeypatch.setattr(verification_dialog, "scan_camera", camera_with_nothing_in_view)
    with sample_service() as (service, ids):
        dialog = VerificationDialog(service, MessengerBridge(service), ids["nadia"])
        qtbot.add_widget(dialog)

        async def scenario() -> None:
            dialog.show_qr()
            await dialog.tasks.wait_idle()
            assert dialog.camera_button.isEnabled()
            dialog.camera_button.click()
            assert not dialog.camera_button.isEnabled()
            dialog.camera_button.click()  # a second click (or a queued one) starts nothing
            dialog._on_camera_clicked()
            # Coming back to the QR page does not probe (open) the camera the scan holds.
            dialog.show_qr()
            assert probes == [0]
            # A screenshot can still be read meanwhile.
            assert dialog.file_button.isEnabled()
            assert await asyncio.to_thread(camera_on.wait, 30)
            dialog.reject()  # closing lets the camera go
            await dialog.tasks.wait_idle()

        qasync_loop.run_until_complete(scenario())
        assert len(opened) == 1
        assert opened[0].is_set()
        assert dialog.camera_button.isEnabled()
        assert dialog.scan_result.property("role") != "error"
