"""Photo processing for posts: orientation, privacy stripping, renditions, thumbnail and colour palette.

OpenCV is imported by the functions that use it, so that importing the app (whose upload screen reaches this
module) does not load it before a photo is processed.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .errors import DamagedMediaError, UnsupportedMediaError

#: Long edges of the renditions made for a photo (never larger than the original).
PHOTO_LONG_EDGES = (2048, 1080, 480)
#: Long edge of the thumbnail shown in grids and while the rest loads.
THUMBNAIL_LONG_EDGE = 320
JPEG_QUALITY = 88
THUMBNAIL_QUALITY = 80
#: Photos with more pixels than this are refused (decompression bombs, and nothing a camera makes).
MAX_PIXELS = 200_000_000
PALETTE_SIZE = 5
_PALETTE_SAMPLE_EDGE = 96


@dataclass(frozen=True, slots=True)
class PhotoRendition:
    """One JPEG of a photo: re-encoded from pixels only, so it carries no EXIF, GPS, XMP or maker notes."""

    label: str
    width: int
    height: int
    data: bytes
    media_type: str = "image/jpeg"


@dataclass(frozen=True, slots=True)
class ProcessedPhoto:
    width: int
    height: int
    renditions: tuple[PhotoRendition, ...]
    thumbnail: PhotoRendition
    #: Dominant colours as 0xRRGGBB, most dominant first (the post action's `palette`).
    palette: tuple[int, ...]


def decode_image(data: bytes) -> np.ndarray:
    """The photo as 8-bit BGR pixels, turned upright by its EXIF orientation; transparency on white."""
    if not data:
        raise UnsupportedMediaError("The file is empty: there is no photo in it.")
    if _truncated(data):
        raise DamagedMediaError("The photo is incomplete (the file was cut short); copy it again from its source.")
    import cv2

    buffer = np.frombuffer(data, np.uint8)
    # IMREAD_COLOR applies the EXIF orientation; IMREAD_UNCHANGED (needed for alpha) does not.
    image = cv2.imdecode(buffer, cv2.IMREAD_COLOR)
    if image is None:
        if _looks_like_jpeg_or_png(data):
            raise DamagedMediaError("The photo is damaged or incomplete; copy it again from its source.")
        raise UnsupportedMediaError(
            "The file is not a photo that can be read (JPEG, PNG, WebP, TIFF and BMP are supported)."
        )
    if image.shape[0] * image.shape[1] > MAX_PIXELS:
        raise UnsupportedMediaError("The photo is too large (more than 200 megapixels).")
    if data[:8] == b"\x89PNG\r\n\x1a\n" or data[8:12] == b"WEBP":
        full = cv2.imdecode(buffer, cv2.IMREAD_UNCHANGED)
        if full is not None and full.ndim == 3 and full.shape[2] == 4:
            image = _over_white(full)
    return image


def _truncated(data: bytes) -> bool:
    """JPEG and PNG end with a known marker; decoders fill a cut-off image with grey instead of failing."""
    tail = data.rstrip(b"\x00")[-16:]
    if data[:3] == b"\xff\xd8\xff":
        return b"\xff\xd9" not in tail
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return b"IEND" not in tail
    return False


def _looks_like_jpeg_or_png(data: bytes) -> bool:
    return data[:3] == b"\xff\xd8\xff" or data[:8] == b"\x89PNG\r\n\x1a\n"


def _over_white(bgra: np.ndarray) -> np.ndarray:
    import cv2

    if bgra.dtype != np.uint8:
        bgra = cv2.convertScaleAbs(bgra, alpha=255.0 / 65535.0)
    alpha = bgra[:, :, 3:4].astype(np.float32) / 255.0
    rgb = bgra[:, :, :3].astype(np.float32)
    composed: np.ndarray = (rgb * alpha + 255.0 * (1.0 - alpha)).astype(np.uint8)
    return composed


def fit_long_edge(width: int, height: int, long_edge: int) -> tuple[int, int]:
    """The size with the given long edge (never enlarged), keeping the aspect ratio."""
    scale = min(1.0, long_edge / max(width, height))
    return max(1, round(width * scale)), max(1, round(height * scale))


def resize(image: np.ndarray, width: int, height: int) -> np.ndarray:
    if (image.shape[1], image.shape[0]) == (width, height):
        return image
    import cv2

    return cv2.resize(image, (width, height), interpolation=cv2.INTER_AREA)


def encode_jpeg(image: np.ndarray, quality: int = JPEG_QUALITY) -> bytes:
    """A baseline JPEG of the pixels alone (OpenCV writes no metadata but the JFIF header)."""
    import cv2

    ok, out = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality, cv2.IMWRITE_JPEG_OPTIMIZE, 1])
    if not ok:
        raise UnsupportedMediaError("The photo could not be encoded as JPEG.")
    return out.tobytes()


def dominant_palette(image: np.ndarray, colours: int = PALETTE_SIZE) -> tuple[int, ...]:
    """The dominant colours of a BGR image as 0xRRGGBB, most dominant first (OpenCV k-means in Lab).

    Clustering runs on a small copy in CIE Lab, where distances follow perceived colour differences;
    the result is deterministic for a given image.
    """
    import cv2

    h, w = image.shape[:2]
    scale = min(1.0, _PALETTE_SAMPLE_EDGE / max(h, w))
    small = cv2.resize(image, (max(1, round(w * scale)), max(1, round(h * scale))), interpolation=cv2.INTER_AREA)
    lab = cv2.cvtColor(small, cv2.COLOR_BGR2Lab).reshape(-1, 3).astype(np.float32)
    k = max(1, min(colours, len(np.unique(lab, axis=0))))
    cv2.setRNGSeed(0x5EED)
    criteria = (cv2.TERM_CRITERIA_EPS + cv2.TERM_CRITERIA_MAX_ITER, 30, 0.5)
    _compactness, labels, centres = cv2.kmeans(  # type: ignore[call-overload]  # the stubs forbid None labels
        lab, k, None, criteria, 3, cv2.KMEANS_PP_CENTERS
    )
    counts = np.bincount(labels.ravel(), minlength=k)
    order = np.argsort(-counts, kind="stable")
    lab_centres = np.clip(centres[order], 0, 255).astype(np.uint8).reshape(-1, 1, 3)
    rgb = cv2.cvtColor(lab_centres, cv2.COLOR_Lab2RGB).reshape(-1, 3)
    palette: list[int] = []
    for r, g, b in rgb.tolist():
        value = (int(r) << 16) | (int(g) << 8) | int(b)
        if value not in palette:
            palette.append(value)
    return tuple(palette)


def process_photo(
    data: bytes,
    *,
    long_edges: tuple[int, ...] = PHOTO_LONG_EDGES,
    quality: int = JPEG_QUALITY,
) -> ProcessedPhoto:
    """Upright, metadata-free JPEG renditions of a photo, a thumbnail and its palette.

    The original bytes are only read. Renditions larger than the original are not made; a photo smaller
    than every size gets one rendition at its own size.
    """
    image = decode_image(data)
    height, width = image.shape[:2]
    renditions: list[PhotoRendition] = []
    sizes_done: set[tuple[int, int]] = set()
    for edge in sorted(long_edges, reverse=True):
        if edge > max(width, height) and renditions:
            continue
        size = fit_long_edge(width, height, edge)
        if size in sizes_done:
            continue
        sizes_done.add(size)
        pixels = resize(image, *size)
        renditions.append(PhotoRendition(f"{max(size)}px", size[0], size[1], encode_jpeg(pixels, quality)))
    thumb_size = fit_long_edge(width, height, THUMBNAIL_LONG_EDGE)
    thumb = resize(image, *thumb_size)
    thumbnail = PhotoRendition("thumbnail", *thumb_size, encode_jpeg(thumb, THUMBNAIL_QUALITY))
    return ProcessedPhoto(width, height, tuple(renditions), thumbnail, dominant_palette(thumb))
