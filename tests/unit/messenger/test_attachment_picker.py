"""Chosen files are prepared (read, thumbnail, video poster) in a worker thread while the picker says so."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from etalonium_desktop.media.samples import make_test_clip
from etalonium_desktop.messenger import attachments
from etalonium_desktop.messenger.attachments import AttachmentPreview, FilePicker
from etalonium_desktop.messenger.screens import sample_photo
from etalonium_desktop.messenger.service import OutgoingFile


def test_files_are_prepared_off_the_gui_thread_and_a_bad_one_is_told(
    qtbot: QtBot, qasync_loop: asyncio.AbstractEventLoop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    real_prepare = attachments.prepare_file

    def recorded_prepare(path: Path) -> OutgoingFile:
        threads.append(threading.current_thread())
        return real_prepare(path)

    monkeypatch.setattr(attachments, "prepare_file", recorded_prepare)
    clip = make_test_clip(tmp_path / "fitting.mp4", seconds=1.0, size=(320, 180), audio=False)
    photo = tmp_path / "look.jpg"
    photo.write_bytes(sample_photo(800, 600, 200, "Look 03"))
    (tmp_path / "empty.txt").write_bytes(b"")
    window = QWidget()
    qtbot.add_widget(window)
    picker = FilePicker(window)
    preview = AttachmentPreview(window)
    picker.files_chosen.connect(preview.add_files)
    picker.preparing_changed.connect(preview.set_preparing)
    counts: list[int] = []
    errors: list[str] = []
    picker.preparing_changed.connect(counts.append)
    picker.failed.connect(errors.append)
    window.show()

    async def scenario() -> None:
        assert picker.add_paths([clip, tmp_path / "empty.txt", photo]) is not None
        # Nothing is read yet: the picker says what it is doing.
        assert picker.preparing == 3
        assert preview.isVisible()
        assert preview.preparing_note.isVisible()
        assert preview.files() == []
        await picker.wait_prepared()

    qasync_loop.run_until_complete(scenario())
    assert len(threads) == 3
    assert all(t is not threading.main_thread() for t in threads)
    assert counts == [3, 2, 1, 0, 0]
    assert errors == ["empty.txt is empty, so there is nothing to send."]
    video, image = preview.files()
    assert (video.name, video.media_type) == ("fitting.mp4", "video/mp4")
    assert abs(video.duration_ms - 1000) <= 100
    assert video.thumbnail
    assert image.thumbnail
    assert (image.width, image.height) == (800, 600)
    assert not preview.preparing_note.isVisible()


def test_closing_the_chat_while_files_are_prepared_is_safe(
    qtbot: QtBot, qasync_loop: asyncio.AbstractEventLoop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started, release = threading.Event(), threading.Event()
    real_prepare = attachments.prepare_file

    def held_prepare(path: Path) -> OutgoingFile:
        started.set()
        release.wait(30)
        return real_prepare(path)

    monkeypatch.setattr(attachments, "prepare_file", held_prepare)
    photo = tmp_path / "look.jpg"
    photo.write_bytes(sample_photo(320, 240, 120, "Look 04"))
    window = QWidget()
    picker = FilePicker(window)
    chosen: list[object] = []
    picker.files_chosen.connect(chosen.append)

    async def scenario() -> None:
        task = picker.add_paths([photo, photo])
        assert task is not None
        assert await asyncio.to_thread(started.wait, 30)
        shiboken6.delete(window)  # the chat goes away with its picker
        release.set()
        await task

    qasync_loop.run_until_complete(scenario())
    assert not shiboken6.isValid(picker)
    assert chosen == []
