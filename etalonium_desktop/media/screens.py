"""Renders the player, upload and live screens to PNG with real content, for the app's screenshot command."""

from __future__ import annotations

import asyncio
import gc
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from lightnode.protocol.keys import PrivateKey

from .chat import make_chat
from .index import MediaIndex, MediaKind, RenditionRef
from .live import LiveHealth, LiveSettings
from .live_view import LiveView
from .player_widget import PlayerWidget
from .samples import fashion_photo, make_test_clip
from .upload import UploadProgress, UploadResult
from .upload_view import UploadView

SIZE = (1280, 800)


def _settle(until: object = None, timeout_s: float = 5.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if until is None or until():  # type: ignore[operator]
            if until is None:
                return
            break
        time.sleep(0.01)
    QApplication.processEvents()


def _save(widget: QWidget, path: Path) -> Path:
    _settle()
    widget.grab().save(str(path))
    return path


def _dispose(*widgets: QWidget) -> None:
    """Close and delete now, on this (the GUI) thread: a widget left to Python's garbage collector could be
    destroyed on whichever thread collects it, which Qt does not allow."""
    for widget in widgets:
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def render_screens(outdir: Path, theme: str = "light") -> list[Path]:
    """Render `<theme>-media-player.png`, `<theme>-media-upload.png` and `<theme>-media-live.png` at
    1280×800 into `outdir`, with a decoded video frame, an upload in progress and a live stream with chat.

    Needs a QApplication (the caller applies the theme); runs no event loop of its own beyond processing
    events, and needs no network.
    """
    outdir.mkdir(parents=True, exist_ok=True)
    out: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="etalonium-screens-") as tmp:
        clip = make_test_clip(Path(tmp) / "sample.mp4", seconds=3.0, size=(1280, 720))

        player = PlayerWidget()
        player.resize(*SIZE)
        player.show()
        player.open_file(clip, autoplay=False)
        player.seek(1.5)
        _settle(lambda: player.view.current_image() is not None and player.position() >= 1.4)
        out.append(_save(player, outdir / f"{theme}-media-player.png"))
        player.close_media()
        _dispose(player)

        upload = UploadView()
        upload.resize(*SIZE)
        upload.show()
        photo = QPixmap()
        photo.loadFromData(fashion_photo())
        upload.show_preview(photo)
        upload.file_label.setText("linen-lookbook-ss26.mp4")
        upload.caption.setPlainText("Linen lookbook, spring–summer 26. Shot in natural light in the atelier.")
        upload.tags.setText("lookbook, linen, SS26")
        upload.show_progress(UploadProgress("uploading", 0.87, 14_200_000, 22_600_000, 12.0))
        upload.show_palette((0xE9DEC4, 0x1E305C, 0xC85A3C, 0xDCAA28, 0x8C8C8C))
        upload._set_busy(True)
        out.append(_save(upload, outdir / f"{theme}-media-upload.png"))
        _dispose(upload)

        streamer = PrivateKey(b"\x07" * 32)
        channel = PrivateKey(b"\x08" * 32)
        live = LiveView(author=streamer)
        live.resize(*SIZE)
        live.show()
        live.title.setText("Atelier live: draping a linen dress")
        live.title_edit.setText("Atelier live: draping a linen dress")
        live.set_file(clip)
        live.record_box.setChecked(True)
        frame_source = PlayerWidget()
        frame_source.resize(880, 495)
        frame_source.open_file(clip, autoplay=False)
        frame_source.seek(2.0)
        _settle(lambda: frame_source.playback is not None and frame_source.playback.current is not None)
        if frame_source.playback is not None and frame_source.playback.current is not None:
            live.preview.set_frame(frame_source.playback.current)
        live.preview.set_badge("LIVE")
        live.go_button.setText("End stream")
        live.show_health(LiveHealth(True, 754.0, 2_480_000, 30.0, 0, 3770, 0, 37))
        now = int(time.time() * 1000)
        for offset, (seed, text) in enumerate(
            [
                (11, "The drape on the left shoulder is beautiful"),
                (12, "Which linen weight is this?"),
                (7, "240 g/m², washed. Pattern goes up on the market tonight."),
                (13, "Booking a fitting for Thursday!"),
            ]
        ):
            author = PrivateKey(bytes([seed]) * 32)
            message = make_chat(author, channel.public_key.raw, text, now - (4 - offset) * 45_000)
            live.add_chat_line("You" if seed == 7 else live.name_for(message.author), message.text, message.sent_ms)
        out.append(_save(live, outdir / f"{theme}-media-live.png"))
        frame_source.close_media()
        _dispose(frame_source, live)
    return out


async def render_sections(app: Any, outdir: Path, theme: str = "light") -> list[Path]:
    """The app's Create and Live sections with real content on its network (the embedded devnet):
    `<theme>-create-ready.png` (a generated photo processed and uploaded, ready to post),
    `<theme>-live-studio.png` (the user's channel live from a generated clip) and `<theme>-live-channels.png`
    (the channels on air, as verified chain state lists them). Runs on the app's qasync loop."""
    await asyncio.to_thread(outdir.mkdir, parents=True, exist_ok=True)
    out: list[Path] = []
    window = app.window
    work = Path(tempfile.mkdtemp(prefix="etalonium-sections-"))
    try:
        upload = app.upload_page
        window.show_section("create")
        photo = work / "atelier-linen-look.jpg"
        await asyncio.to_thread(photo.write_bytes, fashion_photo((1600, 1200)))
        upload.view.clear()
        upload.view.caption.setPlainText("Linen lookbook, spring–summer 26. Natural light in the atelier.")
        upload.view.tags.setText("lookbook, linen, SS26")
        upload.view.start_uploads([photo])
        await _until(lambda: upload.view.result is not None or bool(upload.view.error.text()), 120.0)
        out.append(_grab(window, outdir / f"{theme}-create-ready.png"))

        live = app.live_page
        window.show_section("live")
        if live.channel is None:
            await live.create_channel("Atelier Lumière", "Fittings, draping and studio days from Paris.")
        clip = await asyncio.to_thread(make_test_clip, work / "draping.mp4", seconds=2.0, size=(640, 360), rate=25)
        live.settings = LiveSettings(width=640, height=360, fps=25, video_bitrate=800_000, preset="ultrafast")
        studio = live.open_studio()
        studio.set_file(clip)
        studio.title_edit.setText("Draping a linen dress, live")
        studio.record_box.setChecked(False)
        studio.go_button.click()
        await _until(lambda: live.channel is not None and live.channel.live and studio.broadcast is not None, 120.0)
        await _until(lambda: studio.preview.current_image() is not None and studio.broadcast is not None
                     and studio.broadcast.health().parts_sent > 10, 60.0)  # fmt: skip
        studio.add_chat_line("Maya Laurent", "The drape on the left shoulder is beautiful", int(time.time() * 1000))
        out.append(_grab(window, outdir / f"{theme}-live-studio.png"))
        await _until(lambda: any(c.live for c in live.directory.live()), 60.0)
        live._show_channels()
        live.stack.setCurrentWidget(live.home)
        out.append(_grab(window, outdir / f"{theme}-live-channels.png"))
        live.stack.setCurrentWidget(live.stage)
        studio.go_button.click()
        await _until(lambda: live.channel is not None and not live.channel.live, 120.0)
        live._on_back()
    finally:
        await asyncio.to_thread(shutil.rmtree, work, ignore_errors=True)
    return out


async def _until(condition: Any, timeout_s: float) -> None:
    """Wait on the running loop (never processing Qt events by hand inside a coroutine)."""
    deadline = asyncio.get_running_loop().time() + timeout_s
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError("a screen did not reach the state to render")
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.3)  # let queued paints and layouts run before the grab


def _grab(widget: QWidget, path: Path) -> Path:
    widget.grab().save(str(path))
    return path


def sample_index() -> MediaIndex:
    """A media index for previews without a network."""
    blob = bytes(32)
    rendition = RenditionRef("720p", 1280, 720, 3_000_000, "video/mp4", blob, 1, blob, "avc1.64001f")
    return MediaIndex(MediaKind.VIDEO, 1280, 720, 3000, (0xE9DEC4,), blob, (rendition,), blob)


__all__ = ["UploadResult", "render_screens", "render_sections", "sample_index"]
