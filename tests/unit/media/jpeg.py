"""Hand-made JPEG metadata for tests: an EXIF APP1 segment with an orientation and GPS coordinates."""

from __future__ import annotations

import struct

import cv2
import numpy as np


def exif_app1(orientation: int = 6, *, gps: bool = True, maker: bytes = b"Etalonium TestCam") -> bytes:
    """An APP1 'Exif' segment: IFD0 with Orientation, Make and a GPS IFD (latitude 48°51'30" N)."""
    count = 3 if gps else 2
    ifd0_size = 2 + 12 * count + 4
    make_offset = 8 + ifd0_size
    make = maker + b"\x00"
    gps_offset = make_offset + len(make) + (len(make) % 2)
    entries = struct.pack("<HHIHH", 0x0112, 3, 1, orientation, 0)
    entries += struct.pack("<HHII", 0x010F, 2, len(make), make_offset)
    if gps:
        entries += struct.pack("<HHII", 0x8825, 4, 1, gps_offset)
    body = b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", count) + entries + struct.pack("<I", 0)
    body += make + b"\x00" * (len(make) % 2)
    if gps:
        data_offset = gps_offset + 2 + 12 * 2 + 4
        body += struct.pack("<H", 2)
        body += struct.pack("<HHI4s", 0x0001, 2, 2, b"N\x00\x00\x00")
        body += struct.pack("<HHII", 0x0002, 5, 3, data_offset)
        body += struct.pack("<I", 0)
        body += struct.pack("<6I", 48, 1, 51, 1, 30, 1)
    payload = b"Exif\x00\x00" + body
    return b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload


def photo_with_exif(width: int = 400, height: int = 240, orientation: int = 6, gps: bool = True) -> bytes:
    """A JPEG whose left half is red, with EXIF orientation and GPS tags inserted after SOI."""
    image = np.zeros((height, width, 3), np.uint8)
    image[:, : width // 2] = (0, 0, 255)
    image[:, width // 2 :] = (255, 200, 0)
    ok, encoded = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, 95])
    assert ok
    jpeg = encoded.tobytes()
    return jpeg[:2] + exif_app1(orientation, gps=gps) + jpeg[2:]


def segments(jpeg: bytes) -> list[int]:
    """The marker bytes of a JPEG's segments up to the image data."""
    markers = []
    pos = 2
    while pos + 4 <= len(jpeg) and jpeg[pos] == 0xFF:
        marker = jpeg[pos + 1]
        markers.append(marker)
        if marker == 0xDA:
            break
        (length,) = struct.unpack(">H", jpeg[pos + 2 : pos + 4])
        pos += 2 + length
    return markers
