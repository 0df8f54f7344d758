"""The media index a post names: strict encoding, and choosing a rendition."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from etalonium_desktop.media.index import MediaIndex, MediaKind, RenditionRef
from lightnode.protocol.errors import ProtocolError

BLOB = bytes(range(32))


def _index() -> MediaIndex:
    renditions = tuple(
        RenditionRef(label, w, h, bw, "video/mp4", BLOB, 1000, BLOB, "avc1.64001f,mp4a.40.2")
        for label, w, h, bw in (
            ("1080p", 1920, 1080, 5_000_000),
            ("720p", 1280, 720, 3_000_000),
            ("360p", 640, 360, 800_000),
        )
    )
    return MediaIndex(MediaKind.VIDEO, 1920, 1080, 20_000, (0xE9DEC4, 0x1E305C), BLOB, renditions, BLOB)


def test_round_trip_and_rendition_choice() -> None:
    index = _index()
    assert MediaIndex.decode(index.encode()) == index
    assert index.best_for(720).label == "720p"
    assert index.best_for(2160).label == "1080p"
    assert index.best_for(100).label == "360p"
    assert index.rendition("360p").width == 640


def test_a_video_index_without_a_playlist_is_refused() -> None:
    index = _index()
    bad = MediaIndex(MediaKind.VIDEO, 1, 1, 0, (), BLOB, index.renditions, b"")
    with pytest.raises(ProtocolError):
        MediaIndex.decode(bad.encode())


@given(st.binary(max_size=600))
def test_hostile_bytes_never_decode_into_an_index_by_accident(data: bytes) -> None:
    with contextlib.suppress(ProtocolError):
        MediaIndex.decode(data)
