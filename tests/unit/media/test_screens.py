"""The screenshot hook renders the three media screens with real content."""

from __future__ import annotations

from pathlib import Path

import cv2
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from etalonium_desktop.media.screens import render_screens
from etalonium_desktop.ui import theme

from .conftest import QT_AUDIO_NOISE

pytestmark = pytest.mark.qt_log_ignore(*QT_AUDIO_NOISE)


@pytest.mark.slow
def test_player_upload_and_live_screens_are_rendered(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> None:
    sheet, palette, current = qapp.styleSheet(), qapp.palette(), theme.current()
    theme.apply(qapp, theme.Theme.DARK)
    try:
        paths = render_screens(tmp_path, "dark")
    finally:  # leave the application as other tests expect it
        qapp.setStyleSheet(sheet)
        qapp.setPalette(palette)
        theme._current = current
    assert [p.name for p in paths] == ["dark-media-player.png", "dark-media-upload.png", "dark-media-live.png"]
    for path in paths:
        image = cv2.imread(str(path))
        assert image is not None
        assert image.shape[:2] == (800, 1280)
        assert float(image.std()) > 20  # real content, not an empty window
    player = cv2.imread(str(paths[0]))
    hsv = cv2.cvtColor(player[100:600, 100:1100], cv2.COLOR_BGR2HSV)
    assert (hsv[:, :, 1] > 200).mean() > 0.3  # the decoded test pattern's saturated bars fill the view
