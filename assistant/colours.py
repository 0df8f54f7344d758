"""Palette colours in a perceptual space: CIELAB conversion, named colour bins and palette styles."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]

#: Named reference colours, chosen as the distinct hues and neutrals fashion people name. Each palette colour
#: falls into the bin of its nearest reference in CIELAB (ΔE76), so "bins" are the Voronoi cells of these
#: points in a space where distance tracks perceived difference, unlike RGB.
COLOUR_NAMES: tuple[tuple[str, int], ...] = (
    ("black", 0x111111),
    ("charcoal", 0x3C3C3C),
    ("grey", 0x8C8C8C),
    ("white", 0xF7F7F5),
    ("cream", 0xF2E6C8),
    ("beige", 0xD2B996),
    ("camel", 0xB07D4F),
    ("chocolate", 0x5C3A21),
    ("burgundy", 0x7A1F2B),
    ("red", 0xD0202E),
    ("coral", 0xF47C62),
    ("blush", 0xF2BFC4),
    ("fuchsia", 0xD6258A),
    ("orange", 0xF28A1C),
    ("mustard", 0xCFA21A),
    ("lemon", 0xF3E55A),
    ("olive", 0x6E7B32),
    ("sage", 0xA3B899),
    ("emerald", 0x0A7A4A),
    ("mint", 0x9FE3C8),
    ("teal", 0x0F7C80),
    ("sky", 0x8CCBEF),
    ("cobalt", 0x1F4FB5),
    ("navy", 0x1B2A4A),
    ("lavender", 0xB9A3DC),
    ("purple", 0x5E2A84),
    ("silver", 0xC4C8CE),
)
N_COLOURS = len(COLOUR_NAMES)
COLOUR_INDEX = {name: i for i, (name, _) in enumerate(COLOUR_NAMES)}


class PaletteStyle(IntEnum):
    """A coarse look of a whole palette, derived from lightness, chroma and hue."""

    NONE = 0
    MONOCHROME = 1
    DARK = 2
    PASTEL = 3
    VIVID = 4
    EARTHY = 5
    MIXED = 6


def rgb_to_lab(rgb: npt.ArrayLike) -> FloatArray:
    """CIELAB (D65) of 0xRRGGBB integers; returns an array of shape (n, 3)."""
    values = np.asarray(rgb, dtype=np.int64).reshape(-1)
    channels = np.stack([(values >> 16) & 0xFF, (values >> 8) & 0xFF, values & 0xFF], axis=1) / 255.0
    linear = np.where(channels <= 0.04045, channels / 12.92, ((channels + 0.055) / 1.055) ** 2.4)
    to_xyz = np.array(
        [
            [0.4124564, 0.3575761, 0.1804375],
            [0.2126729, 0.7151522, 0.0721750],
            [0.0193339, 0.1191920, 0.9503041],
        ]
    )
    xyz = linear @ to_xyz.T / np.array([0.95047, 1.0, 1.08883])
    delta = 6.0 / 29.0
    f = np.where(xyz > delta**3, np.cbrt(xyz), xyz / (3 * delta**2) + 4.0 / 29.0)
    lab = np.stack([116.0 * f[:, 1] - 16.0, 500.0 * (f[:, 0] - f[:, 1]), 200.0 * (f[:, 1] - f[:, 2])], axis=1)
    return np.asarray(lab, dtype=np.float64)


_REFERENCE_LAB = rgb_to_lab([rgb for _, rgb in COLOUR_NAMES])


def colour_bins(rgb: npt.ArrayLike) -> npt.NDArray[np.int64]:
    """The index (into COLOUR_NAMES) of the nearest named colour of each 0xRRGGBB value."""
    lab = rgb_to_lab(rgb)
    if len(lab) == 0:
        return np.zeros(0, dtype=np.int64)
    distances = ((lab[:, None, :] - _REFERENCE_LAB[None, :, :]) ** 2).sum(axis=2)
    return np.asarray(distances.argmin(axis=1), dtype=np.int64)


def colour_name(rgb: int) -> str:
    """The name of the bin a colour falls in, e.g. colour_name(0xC0C0C0) == 'silver'."""
    return COLOUR_NAMES[int(colour_bins([rgb])[0])][0]


def swatch(name: str) -> int:
    """The reference 0xRRGGBB of a named bin (for colour swatches in charts)."""
    return COLOUR_NAMES[COLOUR_INDEX[name]][1]


def palette_style(palette: Sequence[int]) -> PaletteStyle:
    """Classify a palette by its look; the thresholds are in CIELAB units (L 0–100, chroma ~0–130)."""
    if not palette:
        return PaletteStyle.NONE
    return PaletteStyle(int(palette_styles_of_lab(rgb_to_lab(palette), np.zeros(len(palette), np.int64), 1)[0]))


def palette_styles_of_lab(lab: FloatArray, owner: npt.NDArray[np.int64], n_owners: int) -> npt.NDArray[np.int64]:
    """Vectorized palette_style for many palettes: `owner[i]` is the palette that colour `lab[i]` is in."""
    count = np.bincount(owner, minlength=n_owners).astype(np.float64)
    safe = np.maximum(count, 1.0)
    chroma = np.hypot(lab[:, 1], lab[:, 2])
    hue = np.degrees(np.arctan2(lab[:, 2], lab[:, 1])) % 360.0
    mean_l = np.bincount(owner, lab[:, 0], n_owners) / safe
    mean_c = np.bincount(owner, chroma, n_owners) / safe
    max_c = np.zeros(n_owners)
    np.maximum.at(max_c, owner, chroma)
    # Earth tones: warm hues (orange to olive) at moderate lightness and chroma.
    earthy_colour = (hue >= 35.0) & (hue <= 110.0) & (lab[:, 0] >= 20.0) & (lab[:, 0] <= 70.0) & (chroma >= 12.0)
    earthy_share = np.bincount(owner, earthy_colour.astype(np.float64), n_owners) / safe
    style = np.full(n_owners, int(PaletteStyle.MIXED), dtype=np.int64)
    # Later rules win, so they are ordered from the most general to the most specific.
    style[earthy_share >= 0.5] = PaletteStyle.EARTHY
    style[mean_c >= 45.0] = PaletteStyle.VIVID
    style[(mean_l >= 72.0) & (mean_c >= 8.0) & (mean_c < 40.0)] = PaletteStyle.PASTEL
    style[mean_l < 30.0] = PaletteStyle.DARK
    style[max_c < 10.0] = PaletteStyle.MONOCHROME
    style[count == 0] = PaletteStyle.NONE
    return style


def palette_lightness_chroma(palette: Sequence[int]) -> tuple[float, float]:
    """Mean CIELAB lightness and chroma of a palette (NaN for an empty one)."""
    if not palette:
        return float("nan"), float("nan")
    lab = rgb_to_lab(palette)
    return float(lab[:, 0].mean()), float(np.hypot(lab[:, 1], lab[:, 2]).mean())


def hex_colour(rgb: int) -> str:
    return f"#{rgb & 0xFFFFFF:06X}"


def parse_colour(value: object) -> int:
    """A colour from a ground-truth file: an int 0xRRGGBB, '#RRGGBB', 'RRGGBB' or '0xRRGGBB'."""
    if isinstance(value, bool):
        raise ValueError(f"not a colour: {value!r}")
    if isinstance(value, int):
        if not 0 <= value <= 0xFFFFFF:
            raise ValueError(f"colour out of range: {value!r}")
        return value
    if isinstance(value, str):
        text = value.strip().lower().removeprefix("#").removeprefix("0x")
        if len(text) == 6:
            try:
                return int(text, 16)
            except ValueError:
                pass
    raise ValueError(f"not a colour: {value!r}")
