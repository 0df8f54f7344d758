"""Renders the app icon in every size the three platforms want, from `resources/icons/app.svg`, at build time.

    python build/icons.py OUTDIR

writes OUTDIR/hicolor/NxN/apps/etalonium.png (16 to 512, the freedesktop icon theme layout),
OUTDIR/hicolor/scalable/apps/etalonium.svg, OUTDIR/etalonium.ico (Windows) and OUTDIR/etalonium.icns (macOS).
The interface icon in resources/ is a bare stroke drawn in the theme's colour; an app icon has to stand on any
desktop background, so it is drawn white on an accent-coloured rounded square. Nothing here is committed: the
PNGs, ICO and ICNS are made by every build, with Qt's SVG renderer (no extra tools).
"""

from __future__ import annotations

import os
import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "app.svg"
NAME = "etalonium"
ACCENT = "#8a3ffc"
#: The sizes of the freedesktop hicolor theme that desktops look for.
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: ICNS element types holding PNG data, by pixel size (the @2x types reuse the larger pixel sizes).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
    (b"ic10", 1024),
)
SVG_NS = "http://www.w3.org/2000/svg"


def app_icon_svg(source: Path = SOURCE) -> str:
    """The app icon as SVG: the glyph of `source`, white on an accent rounded square."""
    root = ET.fromstring(source.read_text(encoding="utf-8").replace("#COLOR", "#ffffff"))
    shapes = "".join(ET.tostring(child, encoding="unicode") for child in root)
    shapes = shapes.replace("ns0:", "").replace(f' xmlns:ns0="{SVG_NS}"', "")
    return (
        f'<svg xmlns="{SVG_NS}" width="512" height="512" viewBox="0 0 24 24">'
        f'<rect x="0.5" y="0.5" width="23" height="23" rx="5.5" fill="{ACCENT}"/>'
        '<g transform="translate(12 12) scale(0.66) translate(-12 -12)" fill="none" stroke="#ffffff" '
        'stroke-width="2.1" stroke-linecap="round" stroke-linejoin="round">'
        f"{shapes}</g></svg>\n"
    )


def render_png(svg: str, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg.encode()))
    if not renderer.isValid():
        raise SystemExit(f"icons: {SOURCE} does not render as SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("icons: Qt could not write PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG images (read by Windows Vista and later at every size)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG images."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[0])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(["icons"])
    svg = app_icon_svg()
    sizes = sorted({*HICOLOR_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    pngs = {size: render_png(svg, size) for size in sizes}
    for size in HICOLOR_SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
    scalable = out / "hicolor" / "scalable" / "apps" / f"{NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_text(svg, encoding="utf-8")
    (out / f"{NAME}.ico").write_bytes(ico({size: pngs[size] for size in ICO_SIZES}))
    (out / f"{NAME}.icns").write_bytes(icns(pngs))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
