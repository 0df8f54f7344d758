"""Tests of the media layer: photos, transcoding, upload, playback, live streaming and their widgets."""
