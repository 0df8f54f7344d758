"""Photo processing: upright, no location or camera data, renditions, thumbnail, palette, clear errors."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import cv2
import numpy as np
import pytest

from etalonium_desktop.media.errors import DamagedMediaError, UnsupportedMediaError
from etalonium_desktop.media.photo import decode_image, dominant_palette, fit_long_edge, process_photo

from .jpeg import photo_with_exif, segments


def test_the_original_carries_gps_and_the_renditions_do_not(tmp_path: Path) -> None:
    original = photo_with_exif(2400, 1600)
    assert b"Exif" in original
    assert b"Etalonium TestCam" in original
    result = process_photo(original)
    for jpeg in [r.data for r in result.renditions] + [result.thumbnail.data]:
        assert b"Exif" not in jpeg
        assert b"Etalonium TestCam" not in jpeg
        assert 0xE1 not in segments(jpeg)  # no APP1 (EXIF/XMP) at all
        assert jpeg[:3] == b"\xff\xd8\xff"


@pytest.mark.skipif(shutil.which("ffprobe") is None, reason="ffprobe is not installed")
def test_ffprobe_sees_gps_in_the_original_and_none_in_the_upload(tmp_path: Path) -> None:
    original = tmp_path / "original.jpg"
    original.write_bytes(photo_with_exif(800, 600))
    cleaned = tmp_path / "cleaned.jpg"
    cleaned.write_bytes(process_photo(original.read_bytes()).renditions[0].data)

    def tags(path: Path) -> dict[str, str]:
        out = subprocess.run(
            ["ffprobe", "-v", "error", "-show_frames", "-of", "json", str(path)],
            check=True, capture_output=True, text=True, timeout=30,
        )  # fmt: skip
        return dict(json.loads(out.stdout)["frames"][0].get("tags", {}))

    assert any(k.startswith("GPS") for k in tags(original))
    assert not any(k.startswith("GPS") for k in tags(cleaned))
    assert "Orientation" not in tags(cleaned)


def test_exif_orientation_is_applied_to_the_pixels() -> None:
    # Orientation 6 (rotate 90° clockwise): the red left half becomes the top half.
    result = process_photo(photo_with_exif(400, 240, orientation=6))
    largest = result.renditions[0]
    assert (largest.width, largest.height) == (240, 400)
    pixels = cv2.imdecode(np.frombuffer(largest.data, np.uint8), cv2.IMREAD_COLOR)
    top, bottom = pixels[20, 120], pixels[-20, 120]
    assert top[2] > 200
    assert top[0] < 60
    assert bottom[0] > 200  # the blue-ish half below


def test_renditions_follow_the_long_edge_and_never_upscale() -> None:
    big = process_photo(photo_with_exif(3000, 2000, orientation=1))
    assert [max(r.width, r.height) for r in big.renditions] == [2048, 1080, 480]
    assert max(big.thumbnail.width, big.thumbnail.height) == 320
    small = process_photo(photo_with_exif(300, 200, orientation=1))
    assert [(r.width, r.height) for r in small.renditions] == [(300, 200)]
    assert fit_long_edge(1000, 2000, 480) == (240, 480)


def test_the_palette_lists_dominant_colours_first() -> None:
    image = np.zeros((100, 100, 3), np.uint8)
    image[:] = (40, 60, 200)  # 70% terracotta red (BGR)
    image[:30] = (200, 120, 20)  # 30% blue
    palette = dominant_palette(image, colours=3)
    assert 1 <= len(palette) <= 3
    r, _g, b = palette[0] >> 16, (palette[0] >> 8) & 0xFF, palette[0] & 0xFF
    assert r > 150
    assert b < 90
    assert all(0 <= c <= 0xFFFFFF for c in palette)
    assert dominant_palette(image, colours=3) == palette  # deterministic


def test_png_transparency_lands_on_white() -> None:
    rgba = np.zeros((50, 50, 4), np.uint8)
    rgba[:, :25] = (0, 0, 255, 255)
    ok, png = cv2.imencode(".png", rgba)
    assert ok
    pixels = decode_image(png.tobytes())
    assert tuple(pixels[10, 40]) == (255, 255, 255)
    assert tuple(pixels[10, 10]) == (0, 0, 255)


@pytest.mark.parametrize(
    ("data", "error", "words"),
    [
        (b"", UnsupportedMediaError, "empty"),
        (b"%PDF-1.7 not a photo at all" * 20, UnsupportedMediaError, "not a photo"),
    ],
)
def test_non_photos_are_refused_with_a_sentence(data: bytes, error: type[Exception], words: str) -> None:
    with pytest.raises(error, match=words) as caught:
        process_photo(data)
    assert str(caught.value).endswith(".")


@pytest.mark.parametrize("keep", [0.5, 0.9])
def test_a_truncated_jpeg_is_reported_as_incomplete(keep: float) -> None:
    data = photo_with_exif(400, 300)
    with pytest.raises(DamagedMediaError, match="incomplete"):
        process_photo(data[: int(len(data) * keep)])
