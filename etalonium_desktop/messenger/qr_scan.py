"""Reading QR codes for contact verification: from an image file, a pasted screenshot, or a camera (OpenCV)."""

from __future__ import annotations

import threading
import time

import numpy as np
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QImage

#: Larger images are refused (a screenshot of a 4K screen is about 8 MB as PNG).
MAX_IMAGE_BYTES = 40 * 1024 * 1024


class QrScanError(ValueError):
    """The image could not be read, or holds no readable QR code (the message says which)."""


def _find_code(image: np.ndarray) -> str:
    import cv2  # OpenCV is loaded when first needed, not at app start (see media/photo.py)

    detector = cv2.QRCodeDetector()
    text, _points, _straight = detector.detectAndDecode(image)
    if text:
        return str(text)
    # The classic detector misses a few percent of clean codes (finder patterns it does not lock onto);
    # the ArUco-based one finds those.
    text, _points, _straight = cv2.QRCodeDetectorAruco().detectAndDecode(image)
    if text:
        return str(text)
    # A code that fills only a corner of a large screenshot can be too fine for the detector at full size,
    # and a small one too coarse: try once at double and once at half scale.
    for factor in (2.0, 0.5):
        height, width = image.shape[:2]
        if min(height, width) * factor < 40 or max(height, width) * factor > 8000:
            continue
        scaled = cv2.resize(image, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
        text, _points, _straight = detector.detectAndDecode(scaled)
        if text:
            return str(text)
    return ""


def decode_qr_image(data: bytes) -> str:
    """The text of the QR code in an encoded image (PNG, JPEG, …); QrScanError when there is none."""
    if not data:
        raise QrScanError("The file is empty.")
    if len(data) > MAX_IMAGE_BYTES:
        raise QrScanError("The image is too large to scan (more than 40 MB).")
    import cv2

    image = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    if image is None:
        raise QrScanError("This file is not an image the app can read (use a PNG or JPEG screenshot).")
    text = _find_code(image)
    if not text:
        raise QrScanError("No QR code was found in this image. Use a sharp screenshot that shows the whole code.")
    return text


def decode_qimage(image: QImage) -> str:
    """The QR code in an image from the clipboard (a pasted screenshot)."""
    if image.isNull():
        raise QrScanError("The clipboard holds no image. Copy a screenshot of the code first.")
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # PySide6 wants str here
    return decode_qr_image(bytes(buffer.data().data()))


def camera_available(index: int = 0) -> bool:
    """Whether a camera opens (slow: call it off the GUI thread)."""
    import cv2

    capture = cv2.VideoCapture(index)
    try:
        return bool(capture.isOpened())
    finally:
        capture.release()


def scan_camera(stop: threading.Event, *, index: int = 0, timeout_s: float = 60.0) -> str:
    """Read camera frames until one shows a QR code (its text), `stop` is set or the time runs out ("")."""
    import cv2

    capture = cv2.VideoCapture(index)
    if not capture.isOpened():
        raise QrScanError("The camera could not be opened (it may be in use by another app).")
    deadline = time.monotonic() + timeout_s
    try:
        while not stop.is_set() and time.monotonic() < deadline:
            ok, frame = capture.read()
            if not ok:
                raise QrScanError("The camera stopped sending pictures.")
            text = _find_code(frame)
            if text:
                return text
        return ""
    finally:
        capture.release()
