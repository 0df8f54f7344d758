"""Video transcoding: valid HLS renditions, aligned keyframes, sharp thumbnail, progress, cancel, errors."""

from __future__ import annotations

import hashlib
import itertools
import os
from pathlib import Path

import av
import numpy as np
import pytest

from etalonium_desktop.media.errors import (
    DamagedMediaError,
    MediaCancelledError,
    UnsupportedMediaError,
)
from etalonium_desktop.media.transcode import (
    CancelToken,
    TranscodeProgress,
    _Thumbnail,
    plan_renditions,
    sharpness,
    transcode_video,
)

from .conftest import needs_ffmpeg
from .probe import keyframe_times, streams

pytestmark = [needs_ffmpeg, pytest.mark.slow]


def test_the_ladder_never_upscales() -> None:
    assert [p.label for p in plan_renditions(1920, 1080)] == ["1080p", "720p", "360p"]
    assert [(p.width, p.height) for p in plan_renditions(1280, 720)] == [(1280, 720), (640, 360)]
    portrait = plan_renditions(1080, 1920)
    assert [(p.width, p.height) for p in portrait] == [(1080, 1920), (720, 1280), (360, 640)]
    assert [p.label for p in plan_renditions(320, 240)] == ["240p"]
    between = plan_renditions(1600, 900)
    assert [p.label for p in between] == ["900p", "720p", "360p"]


def test_renditions_are_valid_hls_with_aligned_keyframes(tmp_path: Path, clip_720: Path) -> None:
    before = hashlib.sha256(clip_720.read_bytes()).hexdigest()
    mtime = os.stat(clip_720).st_mtime_ns
    progress: list[TranscodeProgress] = []
    result = transcode_video(clip_720, tmp_path / "out", progress=progress.append)
    assert [r.label for r in result.renditions] == ["720p", "360p"]
    assert result.has_audio
    assert result.duration_s == pytest.approx(2.5, abs=0.1)
    for rendition in result.renditions:
        found = {s["codec_type"]: s for s in streams(rendition.playlist_path)}
        assert found["video"]["codec_name"] == "h264"
        assert (found["video"]["width"], found["video"]["height"]) == (rendition.width, rendition.height)
        assert found["audio"]["codec_name"] == "aac"
        assert streams(rendition.path)  # the fMP4 itself is valid too
        assert rendition.layout.fragments
        assert rendition.codecs.startswith("avc1.")
    master = {s["codec_type"] for s in streams(result.master_path)}
    assert master == {"video", "audio"}
    # One keyframe every 2 s in every rendition, at the same times.
    times = [keyframe_times(r.path) for r in result.renditions]
    assert times[0] == times[1]
    assert times[0][:2] == [0.0, 2.0]
    # Progress went forward with an estimate of the time left, and ended at 100%.
    assert progress[-1].fraction == 1.0
    assert all(a.fraction <= b.fraction for a, b in itertools.pairwise(progress))
    assert result.thumbnail_jpeg[:3] == b"\xff\xd8\xff"
    assert result.palette
    # The original is never modified.
    assert hashlib.sha256(clip_720.read_bytes()).hexdigest() == before
    assert os.stat(clip_720).st_mtime_ns == mtime


def test_cancel_stops_and_removes_the_partial_outputs(tmp_path: Path, clip_720: Path) -> None:
    cancel = CancelToken()

    def on_progress(p: TranscodeProgress) -> None:
        cancel.cancel()

    cancel.cancel()  # cancelled before the first frame: nothing is left behind
    with pytest.raises(MediaCancelledError, match="cancelled"):
        transcode_video(clip_720, tmp_path / "out", progress=on_progress, cancel=cancel)
    assert not list((tmp_path / "out").glob("*.mp4"))


def test_the_thumbnail_is_the_sharpest_well_exposed_frame() -> None:
    rng = np.random.default_rng(7)
    sharp = (rng.random((120, 160, 3)) * 255).astype(np.uint8)
    blurred = np.full((120, 160, 3), 128, np.uint8)
    black = np.zeros((120, 160, 3), np.uint8)
    assert sharpness(sharp) > sharpness(blurred)
    thumb = _Thumbnail(160, 120)
    for picture in (black, blurred, sharp, blurred):
        thumb.offer(av.VideoFrame.from_ndarray(picture, format="bgr24"))
    assert thumb.candidates == 4
    assert sharpness(thumb.best()) == pytest.approx(sharpness(sharp), rel=0.2)


def test_a_non_video_and_a_truncated_video_are_refused_with_sentences(tmp_path: Path, clip: Path) -> None:
    text = tmp_path / "notes.mp4"
    text.write_text("fitting on Thursday at ten\n" * 100)
    with pytest.raises(UnsupportedMediaError) as caught:
        transcode_video(text, tmp_path / "a")
    assert str(caught.value).endswith(".")
    assert "Traceback" not in str(caught.value)
    data = clip.read_bytes()
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises((DamagedMediaError, UnsupportedMediaError)) as damaged:
        transcode_video(cut, tmp_path / "b")
    assert "incomplete" in str(damaged.value) or "damaged" in str(damaged.value)
    audio_only = tmp_path / "tone.m4a"
    with av.open(str(audio_only), "w") as out:
        stream = out.add_stream("aac", rate=48_000, layout="stereo")
        frame = av.AudioFrame.from_ndarray(np.zeros((2, 1024), np.float32), format="fltp", layout="stereo")
        frame.sample_rate = 48_000
        out.mux(stream.encode(frame))
        out.mux(stream.encode(None))
    with pytest.raises(UnsupportedMediaError, match="no video track"):
        transcode_video(audio_only, tmp_path / "c")
