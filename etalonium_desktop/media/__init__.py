"""Photos, videos and live streams: the Qt-free public surface (widgets live in their own modules)."""

from __future__ import annotations

from .chat import ChatMessage, check_chat, make_chat
from .decoder import Decoder, StreamInfo, open_path, open_stream
from .download import BlobFetcher, BlobFile, ChunkCache, MediaCacheChunks
from .errors import (
    DamagedMediaError,
    IntegrityError,
    MediaCancelledError,
    MediaError,
    SourceUnavailableError,
    UnsupportedMediaError,
    UploadInterruptedError,
)
from .index import MEDIA_INDEX_TYPE, MediaIndex, MediaKind, RenditionRef
from .live import FileLoopSource, LiveBroadcast, LiveHealth, LiveReceiver, LiveSettings, hls_url
from .photo import ProcessedPhoto, dominant_palette, process_photo
from .playback import Playback, PlaybackStats
from .transcode import CancelToken, TranscodeSettings, transcode_video
from .upload import (
    DirectoryStateStore,
    MemoryStateStore,
    SettingsStateStore,
    Uploader,
    UploadProgress,
    UploadResult,
    UploadStateStore,
    post_payload,
)

__all__ = [
    "MEDIA_INDEX_TYPE",
    "BlobFetcher",
    "BlobFile",
    "CancelToken",
    "ChatMessage",
    "ChunkCache",
    "DamagedMediaError",
    "Decoder",
    "DirectoryStateStore",
    "FileLoopSource",
    "IntegrityError",
    "LiveBroadcast",
    "LiveHealth",
    "LiveReceiver",
    "LiveSettings",
    "MediaCacheChunks",
    "MediaCancelledError",
    "MediaError",
    "MediaIndex",
    "MediaKind",
    "MemoryStateStore",
    "Playback",
    "PlaybackStats",
    "ProcessedPhoto",
    "RenditionRef",
    "SettingsStateStore",
    "SourceUnavailableError",
    "StreamInfo",
    "TranscodeSettings",
    "UnsupportedMediaError",
    "UploadInterruptedError",
    "UploadProgress",
    "UploadResult",
    "UploadStateStore",
    "Uploader",
    "check_chat",
    "dominant_palette",
    "hls_url",
    "make_chat",
    "open_path",
    "open_stream",
    "post_payload",
    "process_photo",
    "transcode_video",
]
