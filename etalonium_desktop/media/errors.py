"""Errors of the media layer, each carrying a sentence that can be shown to people as it is."""

from __future__ import annotations

from pathlib import Path

import av


class MediaError(Exception):
    """A media operation failed; `str(error)` says what happened and, where it helps, what to do."""


class UnsupportedMediaError(MediaError):
    """The input is not a photo, video or audio format that can be read."""


class DamagedMediaError(MediaError):
    """The input is a media file, but broken or incomplete (for example truncated by a failed copy)."""


class MediaCancelledError(MediaError):
    """The user cancelled the operation."""


class IntegrityError(MediaError):
    """No node returned bytes matching the signed manifest (every copy tried was corrupt or missing)."""


class UploadInterruptedError(MediaError):
    """The upload stopped (network or node down); its state is saved and it resumes where it stopped."""


class SourceUnavailableError(MediaError):
    """A live source (screen, camera, microphone) is not available on this machine."""


_SIGNATURES = (b"\x1aE\xdf\xa3", b"RIFF", b"ID3", b"fLaC", b"OggS", b"\xff\xd8\xff", b"\x89PNG", b"FLV")
_MP4_BOXES = (b"ftyp", b"moov", b"mdat", b"free", b"wide", b"skip", b"styp", b"sidx", b"moof")


def looks_like_media(head: bytes) -> bool:
    """Whether the first bytes of a file look like a container FFmpeg reads (to tell damaged from foreign)."""
    if head[4:8] in _MP4_BOXES or head.startswith(_SIGNATURES):
        return True
    return len(head) > 188 and head[0] == 0x47 and head[188] == 0x47  # MPEG-TS


def from_av_error(exc: Exception, what: str = "The file", path: Path | None = None) -> MediaError:
    """Translate an FFmpeg/PyAV error at the boundary into a MediaError with a sentence.

    With `path`, the file's first bytes tell a damaged media file from something that is not media at all.
    """
    if isinstance(exc, MediaError):
        return exc
    if path is not None and not isinstance(exc, OSError | av.error.FileNotFoundError):
        try:
            with path.open("rb") as f:
                head = f.read(192)
        except OSError:
            head = b""
        if head and not looks_like_media(head):
            return UnsupportedMediaError(f"{what} is not a photo, video or audio format that can be read.")
    if isinstance(exc, FileNotFoundError):
        return MediaError(f"{what} does not exist (it may have been moved or deleted).")
    if isinstance(exc, PermissionError):
        return MediaError(f"{what} cannot be read: permission denied.")
    if isinstance(exc, IsADirectoryError):
        return UnsupportedMediaError(f"{what} is a folder, not a photo or a video.")
    text = str(exc).lower()
    if "moov atom not found" in text or "end of file" in text or "truncat" in text:
        return DamagedMediaError(
            f"{what} is incomplete or damaged (it looks truncated); copy it again from its source."
        )
    if isinstance(exc, av.error.InvalidDataError | av.error.PatchWelcomeError | av.error.DecoderNotFoundError):
        return UnsupportedMediaError(
            f"{what} is not a photo, video or audio format that can be read, or it is damaged."
        )
    if isinstance(exc, av.error.EOFError):
        return DamagedMediaError(f"{what} ends too early: it is incomplete; copy it again from its source.")
    if isinstance(exc, OSError):
        return MediaError(f"{what} could not be read ({exc.strerror or exc}).")
    return MediaError(f"{what} could not be processed: {exc}.")
