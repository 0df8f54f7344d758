"""Where uploads keep their state between runs, and the post payload they lead to."""

from __future__ import annotations

from pathlib import Path

import pytest

from etalonium_desktop.media.download import MediaCacheChunks
from etalonium_desktop.media.index import MediaIndex, MediaKind, RenditionRef
from etalonium_desktop.media.upload import (
    DirectoryStateStore,
    MemoryStateStore,
    SettingsStateStore,
    UploadResult,
    UploadStateStore,
    post_payload,
)
from etalonium_desktop.store import MINIMAL_KDF_COST, Profile, generate_phrase
from lightnode.protocol.actions import PostKind
from lightnode.protocol.errors import ProtocolError
from lightnode.protocol.services import chunk_id


def _exercise(store: UploadStateStore) -> None:
    assert store.load("upload/a") is None
    store.save("upload/a", b'{"phase": "uploading"}')
    store.save("upload/b", b"2")
    store.save("other/c", b"3")
    assert store.load("upload/a") == b'{"phase": "uploading"}'
    assert store.keys("upload/") == ["upload/a", "upload/b"]
    store.delete("upload/a")
    store.delete("upload/missing")
    assert store.load("upload/a") is None
    assert store.keys("upload/") == ["upload/b"]


def test_memory_and_directory_stores(tmp_path: Path) -> None:
    _exercise(MemoryStateStore())
    _exercise(DirectoryStateStore(tmp_path / "state"))
    assert not list((tmp_path / "state").glob("*.tmp"))  # written atomically, nothing half-done left


def test_the_encrypted_profile_keeps_upload_state_and_chunks(tmp_path: Path) -> None:
    profile = Profile.create(tmp_path / "profile", "linen atelier velvet", generate_phrase(), kdf=MINIMAL_KDF_COST)
    try:
        _exercise(SettingsStateStore(profile.settings))
        cache = MediaCacheChunks(profile.media_cache)
        data = b"\x47" * 1000
        assert cache.get(chunk_id(data)) is None
        cache.put(chunk_id(data), data)
        assert cache.get(chunk_id(data)) == data
    finally:
        profile.close()


def _result(kind: MediaKind, palette: tuple[int, ...], seed: int) -> UploadResult:
    blob = bytes([seed]) * 32
    rendition = RenditionRef("720p", 1280, 720, 1, "video/mp4", blob, 1, blob, "avc1")
    index = MediaIndex(kind, 1280, 720, 0, palette, blob, (rendition,), blob)
    return UploadResult(f"job{seed}", blob, index, 1, 0, False)


def test_the_post_payload_names_every_item_and_merges_palettes() -> None:
    photo = _result(MediaKind.PHOTO, (0x111111, 0x222222), 1)
    video = _result(MediaKind.VIDEO, (0x222222, 0x333333), 2)
    post = post_payload([photo, video], text="SS26", tags=("linen",), place="Milan")
    assert post.kind == PostKind.VIDEO
    assert post.media == (photo.index_id, video.index_id)
    assert post.palette == (0x111111, 0x222222, 0x333333)
    assert post_payload([photo]).kind == PostKind.PHOTO
    assert post_payload([], text="hello").kind == PostKind.TEXT
    with pytest.raises(ProtocolError):
        post_payload([photo], tags=("x" * 40,))
