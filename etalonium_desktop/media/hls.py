"""The layout of fragmented MP4 (CMAF) files, and the HLS playlists that address them by byte range."""

from __future__ import annotations

import io
import math
import struct
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .errors import DamagedMediaError

MPEGURL = "application/vnd.apple.mpegurl"


@dataclass(frozen=True, slots=True)
class Fragment:
    """One fragment (moof + mdat): where it is in the file and the time it covers, in seconds."""

    offset: int
    size: int
    start: float
    duration: float


@dataclass(frozen=True, slots=True)
class Fmp4Layout:
    #: The initialization section (ftyp + moov) is bytes [0, init_size).
    init_size: int
    fragments: tuple[Fragment, ...]

    @property
    def duration(self) -> float:
        return sum(f.duration for f in self.fragments)


def _boxes(data: bytes | memoryview, start: int = 0, end: int | None = None) -> Iterator[tuple[bytes, int, int]]:
    """(type, offset, size) of each box in data[start:end]."""
    end = len(data) if end is None else end
    pos = start
    while pos + 8 <= end:
        size, kind = struct.unpack_from(">I4s", data, pos)
        header = 8
        if size == 1:
            if pos + 16 > end:
                break
            (size,) = struct.unpack_from(">Q", data, pos + 8)
            header = 16
        elif size == 0:
            size = end - pos
        if size < header or pos + size > end:
            raise DamagedMediaError("The video file is damaged: a box runs past its end.")
        yield bytes(kind), pos, size
        pos += size


def _child(data: bytes, offset: int, size: int, kind: bytes, skip: int = 8) -> tuple[int, int] | None:
    for k, o, s in _boxes(data, offset + skip, offset + size):
        if k == kind:
            return o, s
    return None


def _video_track_id(data: bytes, moov: tuple[int, int]) -> int | None:
    for kind, offset, size in _boxes(data, moov[0] + 8, moov[0] + moov[1]):
        if kind != b"trak":
            continue
        mdia = _child(data, offset, size, b"mdia")
        tkhd = _child(data, offset, size, b"tkhd")
        if mdia is None or tkhd is None:
            continue
        hdlr = _child(data, *mdia, b"hdlr")
        if hdlr is None or data[hdlr[0] + 16 : hdlr[0] + 20] != b"vide":
            continue
        version = data[tkhd[0] + 8]
        (track_id,) = struct.unpack_from(">I", data, tkhd[0] + (28 if version == 1 else 20))
        return int(track_id)
    return None


def _sidx_durations(data: bytes, offset: int) -> tuple[int, list[tuple[int, float]]]:
    """(reference id, [(referenced size, duration in seconds)]) of a sidx box."""
    version = data[offset + 8]
    reference_id, timescale = struct.unpack_from(">II", data, offset + 12)
    pos = offset + 20 + (8 if version == 0 else 16)
    _reserved, count = struct.unpack_from(">HH", data, pos)
    pos += 4
    refs: list[tuple[int, float]] = []
    for _ in range(count):
        size_word, duration, _sap = struct.unpack_from(">III", data, pos)
        refs.append((size_word & 0x7FFFFFFF, duration / timescale if timescale else 0.0))
        pos += 12
    return int(reference_id), refs


def _top_level(f: BinaryIO) -> Iterator[tuple[bytes, int, int]]:
    """(type, offset, size) of each top-level box of a file, reading only the box headers."""
    f.seek(0, io.SEEK_END)
    end = f.tell()
    pos = 0
    while pos + 8 <= end:
        f.seek(pos)
        header = f.read(16)
        size, kind = struct.unpack_from(">I4s", header, 0)
        if size == 1:
            (size,) = struct.unpack_from(">Q", header, 8)
        elif size == 0:
            size = end - pos
        if size < 8 or pos + size > end:
            raise DamagedMediaError("The video file is damaged or incomplete: a box runs past its end.")
        yield bytes(kind), pos, size
        pos += size


def fmp4_layout(path: Path) -> Fmp4Layout:
    """Parse a fragmented MP4 written with a global sidx (`movflags=+cmaf+global_sidx`).

    Fragment durations come from the video track's sidx; offsets from the top-level moof boxes. Only box
    headers, the moov and the sidx boxes are read, so this is quick for long videos too.
    """
    with path.open("rb") as f:
        top = list(_top_level(f))
        moov_box = next(((o, s) for k, o, s in top if k == b"moov"), None)
        if moov_box is None:
            raise DamagedMediaError("The video file has no moov box: it is not a complete MP4.")
        f.seek(moov_box[0])
        moov = f.read(moov_box[1])
        sidx_boxes: list[bytes] = []
        for kind, offset, size in top:
            if kind == b"sidx":
                f.seek(offset)
                sidx_boxes.append(f.read(size))
        end = f.seek(0, io.SEEK_END)
    init_size = moov_box[0] + moov_box[1]
    starts = [o for k, o, _s in top if k == b"moof"]
    if not starts:
        raise DamagedMediaError("The video file has no fragments: it is not a fragmented MP4.")
    video_id = _video_track_id(moov, (0, len(moov)))
    sidx_refs: list[tuple[int, float]] | None = None
    for box in sidx_boxes:
        ref_id, refs = _sidx_durations(box, 0)
        if sidx_refs is None or ref_id == video_id:
            sidx_refs = refs
    # A fragment runs from its moof to the next moof, or to a trailing index box (mfra) or the end.
    ends: list[int] = []
    for i, (kind, _offset, _size) in enumerate(top):
        if kind != b"moof":
            continue
        stop = end
        for later_kind, later_offset, _ in top[i + 1 :]:
            if later_kind not in (b"mdat", b"free", b"skip", b"prft", b"emsg"):
                stop = later_offset
                break
        ends.append(stop)
    if sidx_refs is None or len(sidx_refs) != len(starts):
        raise DamagedMediaError("The video file's segment index does not match its fragments.")
    fragments: list[Fragment] = []
    t = 0.0
    for begin, stop, (_ref_size, duration) in zip(starts, ends, sidx_refs, strict=True):
        fragments.append(Fragment(begin, stop - begin, t, duration))
        t += duration
    return Fmp4Layout(init_size, tuple(fragments))


def media_playlist(uri: str, layout: Fmp4Layout) -> str:
    """An HLS VOD media playlist (version 7) of one fMP4 file addressed by byte ranges."""
    target = max(1, math.ceil(max((f.duration for f in layout.fragments), default=1.0) - 1e-6))
    lines = [
        "#EXTM3U",
        "#EXT-X-VERSION:7",
        f"#EXT-X-TARGETDURATION:{target}",
        "#EXT-X-MEDIA-SEQUENCE:0",
        "#EXT-X-PLAYLIST-TYPE:VOD",
        "#EXT-X-INDEPENDENT-SEGMENTS",
        f'#EXT-X-MAP:URI="{uri}",BYTERANGE="{layout.init_size}@0"',
    ]
    for fragment in layout.fragments:
        lines += [
            f"#EXTINF:{fragment.duration:.6f},",
            f"#EXT-X-BYTERANGE:{fragment.size}@{fragment.offset}",
            uri,
        ]
    lines.append("#EXT-X-ENDLIST")
    return "\n".join(lines) + "\n"


@dataclass(frozen=True, slots=True)
class Variant:
    uri: str
    bandwidth: int
    width: int
    height: int
    codecs: str
    frame_rate: float


def master_playlist(variants: Sequence[Variant]) -> str:
    """An HLS master playlist listing the renditions, best first."""
    lines = ["#EXTM3U", "#EXT-X-VERSION:7", "#EXT-X-INDEPENDENT-SEGMENTS"]
    for v in variants:
        lines.append(
            f'#EXT-X-STREAM-INF:BANDWIDTH={v.bandwidth},RESOLUTION={v.width}x{v.height},CODECS="{v.codecs}",'
            f"FRAME-RATE={v.frame_rate:.3f}"
        )
        lines.append(v.uri)
    return "\n".join(lines) + "\n"


def avc_codec_string(extradata: bytes | None, fallback: str = "avc1.640028") -> str:
    """The RFC 6381 codec string of H.264 from its avcC record (profile, constraints, level)."""
    if extradata and len(extradata) >= 4 and extradata[0] == 1:
        return f"avc1.{extradata[1]:02x}{extradata[2]:02x}{extradata[3]:02x}"
    return fallback
