"""Light and dark themes: the style sheet, the palette and theme-coloured icons."""

from __future__ import annotations

from enum import StrEnum
from functools import cache

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from etalonium_desktop.resources import resource


class Theme(StrEnum):
    LIGHT = "light"
    DARK = "dark"


_ICON_COLOURS = {Theme.LIGHT: "#3b3742", Theme.DARK: "#cfcad8"}
_PALETTES = {
    Theme.LIGHT: {
        "window": "#faf8f5",
        "text": "#1d1b22",
        "base": "#ffffff",
        "accent": "#8a3ffc",
        "muted": "#6b6773",
    },
    Theme.DARK: {
        "window": "#17151c",
        "text": "#ece9f1",
        "base": "#1f1c26",
        "accent": "#8a3ffc",
        "muted": "#9a94a6",
    },
}

_current = Theme.LIGHT


def current() -> Theme:
    return _current


def colour(name: str) -> QColor:
    return QColor(_PALETTES[_current][name])


def apply(app: QApplication, theme: Theme) -> None:
    """Switch the whole application to `theme` (style sheet, palette, and icons made from now on)."""
    global _current
    _current = theme
    colours = _PALETTES[theme]
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(colours["window"]))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colours["text"]))
    palette.setColor(QPalette.ColorRole.Base, QColor(colours["base"]))
    palette.setColor(QPalette.ColorRole.Text, QColor(colours["text"]))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(colours["text"]))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(colours["accent"]))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(colours["muted"]))
    app.setPalette(palette)
    sheet = resource("themes", f"{theme.value}.qss").read_text(encoding="utf-8")
    # Style sheets name images by path; the icons folder differs between a checkout and a bundle.
    app.setStyleSheet(sheet.replace("@ICONS@", resource("icons").as_posix()))


@cache
def _svg(name: str) -> str:
    return resource("icons", f"{name}.svg").read_text(encoding="utf-8")


def icon(name: str, colour_hex: str | None = None, size: int = 48) -> QIcon:
    """A theme-coloured icon rendered from the bundled SVG `name`."""
    svg = _svg(name).replace("#COLOR", colour_hex or _ICON_COLOURS[_current])
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    return QIcon(pixmap)
