"""The media index: the blob a post points at, listing a photo's or video's renditions by manifest id."""

from __future__ import annotations

from enum import IntEnum
from typing import Annotated

from lightnode.protocol.chain import HASH
from lightnode.protocol.encoding import U64, Bytes, ListOf, Nested, OneOf, Struct, Text, wire
from lightnode.protocol.errors import ValidationError
from lightnode.protocol.services import MEDIA_TYPE

#: The media type of an encoded MediaIndex blob.
MEDIA_INDEX_TYPE = "application/vnd.etalonium.media+msgpack"
OPT_HASH = Bytes(sizes=(0, 32))
MAX_RENDITIONS = 8
MAX_PALETTE = 8


class MediaKind(IntEnum):
    PHOTO = 1
    VIDEO = 2


@wire
class RenditionRef(Struct):
    """One rendition: a JPEG of a photo, or a fragmented MP4 of a video with its HLS media playlist."""

    label: Annotated[str, Text(16, min_len=1)]
    width: Annotated[int, U64(65_535)]
    height: Annotated[int, U64(65_535)]
    #: Bits per second (peak over a segment) for video; 0 for photos.
    bandwidth: Annotated[int, U64()]
    media_type: Annotated[str, MEDIA_TYPE]
    #: The manifest id of the rendition's bytes.
    blob: Annotated[bytes, HASH]
    size: Annotated[int, U64()]
    #: The manifest id of its HLS media playlist (byte ranges into `blob`); empty for photos.
    playlist: Annotated[bytes, OPT_HASH]
    #: RFC 6381 codecs ("avc1.64001f,mp4a.40.2"); empty for photos.
    codecs: Annotated[str, Text(64)]


@wire
class MediaIndex(Struct):
    """What a post's `media` entry names: every rendition, the thumbnail and the palette of one item.

    Renditions are listed best first. Ordinary HLS players can play `master_playlist` from any node's blob
    store (`/v1/blobs/<id>`): playlists refer to their blobs by manifest id, relative to that path.
    """

    MAX_SIZE = 8 * 1024
    kind: Annotated[int, OneOf(MediaKind)]
    width: Annotated[int, U64(65_535)]
    height: Annotated[int, U64(65_535)]
    duration_ms: Annotated[int, U64()]
    #: Dominant colours as 0xRRGGBB, most dominant first.
    palette: Annotated[tuple[int, ...], ListOf(U64(0xFFFFFF), MAX_PALETTE)]
    thumbnail: Annotated[bytes, HASH]
    renditions: Annotated[tuple[RenditionRef, ...], ListOf(Nested(RenditionRef), MAX_RENDITIONS)]
    master_playlist: Annotated[bytes, OPT_HASH]

    def validate(self) -> None:
        if not self.renditions:
            raise ValidationError("a media index lists at least one rendition")
        if self.kind == MediaKind.VIDEO and not self.master_playlist:
            raise ValidationError("a video's media index names its master playlist")

    def rendition(self, label: str) -> RenditionRef:
        for r in self.renditions:
            if r.label == label:
                return r
        raise KeyError(label)

    def best_for(self, max_height: int) -> RenditionRef:
        """The best rendition whose short edge fits in `max_height` (the smallest if none does)."""
        fitting = [r for r in self.renditions if min(r.width, r.height) <= max_height]
        return fitting[0] if fitting else self.renditions[-1]
