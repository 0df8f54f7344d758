"""Screenshots of the chat screens: `render_screens(outdir, theme)` for the app's screenshot command."""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from etalonium_desktop.media.samples import make_test_clip
from etalonium_desktop.store import temporary_profile
from etalonium_desktop.ui import theme as themes
from lightnode.messenger import (
    Attachment,
    ConversationState,
    FlowState,
    Format,
    KeyMismatchError,
    MessageState,
    OlmMachine,
    StaticDirectory,
    VerificationFlow,
    parse_verification_code,
    verification_code,
)
from lightnode.messenger.qr_code import check_code
from lightnode.protocol.keys import PrivateKey

from .attachments import make_thumbnail
from .bridge import MessengerBridge
from .group_dialogs import GroupInfoDialog, NewGroupDialog
from .messenger_page import MessengerPage
from .requests_view import RequestsView
from .sample_data import SampleWriter, make_contact
from .service import MessengerService, OutgoingFile
from .verification_dialog import VerificationDialog
from .video_poster import video_poster

SIZE = (1180, 760)


def sample_photo(width: int, height: int, hue: int, caption: str) -> bytes:
    """A gradient 'photo' with a caption, as JPEG bytes."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QLinearGradient(QPointF(0, 0), QPointF(width, height))
    gradient.setColorAt(0, QColor.fromHsl(hue, 150, 170))
    gradient.setColorAt(1, QColor.fromHsl((hue + 50) % 360, 160, 90))
    painter.fillRect(QRectF(0, 0, width, height), gradient)
    painter.setPen(QColor(255, 255, 255, 220))
    font = QFont()
    font.setPixelSize(max(14, height // 12))
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, caption)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 85)  # type: ignore[call-overload]  # PySide6 wants str here
    return bytes(buffer.data().data())


@cache
def sample_clip() -> bytes:
    """A short H.264 clip of FFmpeg's test pattern (its poster is made the way a sent video's is)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = make_test_clip(Path(tmp) / "clip.mp4", seconds=3.0, size=(480, 270), audio=False)
        return path.read_bytes()


@contextlib.contextmanager
def sample_service() -> Iterator[tuple[MessengerService, dict[str, bytes]]]:
    """A messenger service on a throwaway profile filled with sample chats (no network is touched)."""
    now = time.time_ns() // 1_000_000
    with temporary_profile() as profile:
        maya, studio, leo, nadia, kofi = (
            make_contact(n) for n in ("Maya Laurent", "Studio Noir", "Léo Martin", "Nadia Petrova", "Kofi Mensah")
        )
        names = {c.actor: c.name for c in (maya, studio, leo, nadia, kofi)}
        w = SampleWriter(profile, now_ms=now)
        w.contact(maya, verified=True)
        w.contact(studio)
        w.contact(leo, changed=True)
        w.contact(nadia)
        w.contact(kofi)
        chat = w.direct(maya, unread=0)
        photo = sample_photo(1080, 1350, 280, "Look 03")
        thumb, pw, ph = make_thumbnail(photo)
        look = Attachment(bytes(32), bytes(32), len(photo), "image/jpeg", "look-03.jpg", thumb, pw, ph, 0)
        brief = Attachment(
            b"\x01" * 32, bytes(32), 2_400_000, "application/pdf", "Spring-casting-brief.pdf", b"", 0, 0, 0
        )
        first = w.message(chat, maya.actor, "Hi! Are you free for a fitting on Thursday? 🙂", minutes_ago=95)
        w.message(chat, None, "Yes, after 2 pm works for me", minutes_ago=93, reply_to=first)
        w.message(
            chat,
            maya.actor,
            "Perfect. Here is the *brief* for the spring casting — please read the _styling_ notes 🧵",
            minutes_ago=60,
            fmt=Format.MARKUP,
            attachments=[brief],
        )
        w.message(chat, None, "", minutes_ago=41, attachments=[look])
        w.message(chat, None, "This is the look I'd like to wear. What do you think?", minutes_ago=41)
        w.message(chat, maya.actor, "Love it! The colour works with the set 😍", minutes_ago=12, edited=True)
        w.message(chat, maya.actor, "", minutes_ago=11, deleted=True)
        w.message(
            chat,
            None,
            "See you Thursday at 14:30 at Studio Noir",
            minutes_ago=2,
            status=MessageState.DELIVERED,
        )
        w.message(chat, None, "I'll bring the shoes", minutes_ago=1, status=MessageState.SENT)
        w.message(chat, None, "And the jacket", minutes_ago=0.5, status=MessageState.QUEUED)

        group = w.group("Spring casting", [maya, studio, nadia], unread=3)
        w.message(group, studio.actor, "Call sheet for Friday is in the drive", minutes_ago=240)
        w.message(group, nadia.actor, "Got it, thanks!", minutes_ago=200)
        w.message(group, None, "I can cover hair and make-up", minutes_ago=190)
        w.message(group, maya.actor, "Great, @Nadia can you bring the steamer?", minutes_ago=30)
        clip = sample_clip()
        poster = video_poster(clip)
        if poster is not None:
            walk = Attachment(
                b"\x02" * 32,
                bytes(32),
                len(clip),
                "video/mp4",
                "runway-walk.mp4",
                poster.jpeg,
                poster.width,
                poster.height,
                poster.duration_ms,
            )
            w.message(group, studio.actor, "Runway rehearsal", minutes_ago=12, attachments=[walk])
        w.message(group, studio.actor, "Doors open at 8:00 ☕", minutes_ago=8)

        warned = w.direct(leo)
        w.message(warned, leo.actor, "New phone, same me ✈", minutes_ago=300)
        request = w.direct(kofi, state=ConversationState.REQUEST, unread=2)
        w.message(
            request,
            kofi.actor,
            "Hello! I saw your portfolio and I'm producing a lookbook in May.",
            minutes_ago=20,
        )
        w.message(request, kofi.actor, "Would you be interested? Paid, two days in Lisbon.", minutes_ago=19)
        w.commit()
        service = MessengerService(profile, ["http://127.0.0.1:9"], StaticDirectory(), name_of=names.get)
        service.load()
        ids = {"chat": chat, "group": group, "warned": warned, "request": request, "maya": maya.actor}
        ids |= {"leo": leo.actor, "nadia": nadia.actor, "nadia-seed": nadia.key.seed}
        try:
            yield service, ids
        finally:
            service.engine._closed = True


def _settle(widget: QWidget) -> None:
    widget.resize(*SIZE)
    widget.show()
    for _ in range(4):
        QApplication.processEvents()


def _save(widget: QWidget, path: Path) -> Path:
    _settle(widget)
    widget.grab().save(str(path))
    return path


def _save_dialog(dialog: QWidget, path: Path, size: tuple[int, int]) -> Path:
    dialog.resize(*size)
    dialog.show()
    for _ in range(3):
        QApplication.processEvents()
    dialog.grab().save(str(path))
    return path


def render_screens(outdir: str | Path, theme: str | themes.Theme = themes.Theme.LIGHT) -> list[Path]:
    """Render the messenger's screens to PNG files in `outdir` with `theme`; returns the files written.

    Needs a QApplication; uses a throwaway profile with sample chats and never touches the network.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("render_screens needs a running QApplication.")
    chosen = themes.Theme(theme)
    themes.apply(app, chosen)
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    prefix = f"messenger-{chosen.value}"
    written: list[Path] = []
    with sample_service() as (service, ids):
        bridge = MessengerBridge(service)
        page = MessengerPage(service, bridge)
        page.open_conversation(ids["chat"])
        _settle(page)
        page.chat.list.scrollToBottom()
        written.append(_save(page, out / f"{prefix}-chat.png"))

        page.open_conversation(ids["group"])
        photo = sample_photo(800, 600, 30, "Set 2")
        thumb, w, h = make_thumbnail(photo)
        page.chat.attachments.add_files([OutgoingFile("set-2.jpg", "image/jpeg", photo, thumb, w, h)])
        page.chat.composer.setPlainText("Here is the set for day two")
        written.append(_save(page, out / f"{prefix}-group.png"))
        page.chat.attachments.clear()
        page.chat.composer.clear()

        page.open_conversation(ids["warned"])
        written.append(_save(page, out / f"{prefix}-identity-warning.png"))

        page.conversations.show_requests()
        page.open_conversation(ids["request"])
        written.append(_save(page, out / f"{prefix}-request.png"))

        requests = RequestsView(service, bridge)
        requests.list.setCurrentIndex(requests.model.index(0))
        requests.refresh()
        requests.resize(520, 420)
        requests.show()
        QApplication.processEvents()
        requests.grab().save(str(out / f"{prefix}-requests.png"))
        written.append(out / f"{prefix}-requests.png")

        page.conversations.search.setText("studio")
        written.append(_save(page, out / f"{prefix}-search.png"))
        page.conversations.search.clear()

        dialog = VerificationDialog(service, bridge, ids["maya"], page)
        mine = service.engine.card
        theirs = service.engine.peer_card(ids["maya"])
        assert theirs is not None
        a = VerificationFlow(b"\x07" * 16, mine, theirs, initiator=True)
        b = VerificationFlow(b"\x07" * 16, theirs, mine, initiator=False)
        a.receive_commitment(b.commitment())
        b.receive_key(a.public_key)
        codes = a.receive_key(b.public_key)
        dialog.show_state(FlowState.COMPARING, codes)
        dialog.resize(700, 440)
        dialog.show()
        QApplication.processEvents()
        dialog.grab().save(str(out / f"{prefix}-verify.png"))
        written.append(out / f"{prefix}-verify.png")

        qr = VerificationDialog(service, bridge, ids["nadia"], page)
        qr.show_qr()
        written.append(_save_dialog(qr, out / f"{prefix}-verify-qr.png", (720, 560)))
        # The words a mismatching scan shows, from the check itself.
        nadia_card = service.engine.peer_card(ids["nadia"])
        imposter = OlmMachine.create(PrivateKey(ids["nadia-seed"]), os.urandom(32)).card
        try:
            check_code(parse_verification_code(verification_code(imposter)), ids["nadia"], nadia_card)
        except KeyMismatchError as exc:
            qr.show_mismatch(str(exc))
        written.append(_save_dialog(qr, out / f"{prefix}-verify-qr-mismatch.png", (720, 420)))

        new_group = NewGroupDialog(service, page)
        new_group.name.setText("Lookbook Lisbon")
        for actor in (ids["maya"], ids["nadia"]):
            new_group.picker.set_checked(actor)
        written.append(_save_dialog(new_group, out / f"{prefix}-group-new.png", (520, 560)))

        info = GroupInfoDialog(service, bridge, ids["group"], page)
        info.picker.set_checked(ids["leo"])
        written.append(_save_dialog(info, out / f"{prefix}-group-info.png", (540, 720)))
        for widget in (dialog, qr, new_group, info, requests, page):
            widget.close()
            widget.deleteLater()
        QApplication.processEvents()
    return written


def main() -> None:
    """`python -m etalonium_desktop.messenger.screens OUTDIR [light|dark]` renders the screens headless."""
    import os
    import sys

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    outdir = sys.argv[1] if len(sys.argv) > 1 else "screenshots"
    for theme in sys.argv[2:] or ["light", "dark"]:
        for path in render_screens(outdir, theme):
            print(path)
    del app


if __name__ == "__main__":
    main()
