"""Video attachments: the poster frame and duration made before encryption reach the receiver with the message."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from etalonium_desktop.media.samples import make_test_clip
from etalonium_desktop.messenger.attachments import prepare_file
from etalonium_desktop.messenger.chat_view import duration_text
from etalonium_desktop.messenger.video_poster import POSTER_MAX_BYTES, video_poster
from lightnode.messenger import MessageAdded
from tests.unit.messenger.harness import messenger_network

pytestmark = [pytest.mark.integration]


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_test_clip(tmp_path_factory.mktemp("clip") / "fitting.mp4", seconds=2.0, size=(640, 360), audio=False)


@pytest.mark.asyncio
async def test_a_video_travels_with_its_poster_and_duration_inside_the_encrypted_message(
    tmp_path: Path, clip: Path
) -> None:
    outgoing = prepare_file(clip)
    assert outgoing.media_type == "video/mp4"
    assert (outgoing.width, outgoing.height) == (640, 360)
    assert abs(outgoing.duration_ms - 2000) <= 100
    assert 0 < len(outgoing.thumbnail) <= POSTER_MAX_BYTES
    poster = cv2.imdecode(np.frombuffer(outgoing.thumbnail, np.uint8), cv2.IMREAD_COLOR)
    assert poster is not None
    assert poster.shape[1] == 320
    # A real frame of the test pattern: coloured and detailed, not a black or flat frame.
    assert 24 < float(poster.mean()) < 232
    assert float(cv2.Laplacian(cv2.cvtColor(poster, cv2.COLOR_BGR2GRAY), cv2.CV_64F).var()) > 100

    async with messenger_network(tmp_path) as net:
        alice, bob = await net.started("alice", "bob")
        conversation = (await alice.m.open_direct(bob.actor)).id
        attachment = await alice.m.upload_attachment(
            outgoing.data,
            outgoing.media_type,
            outgoing.name,
            thumbnail=outgoing.thumbnail,
            width=outgoing.width,
            height=outgoing.height,
            duration_ms=outgoing.duration_ms,
        )
        await alice.m.send_text(conversation, "", attachments=[attachment])
        got = await bob.log.wait_for(MessageAdded, lambda e: bool(e.message.attachments))
        received = got.message.attachments[0]
        assert received.is_video
        assert received.thumbnail == outgoing.thumbnail
        assert received.duration_ms == outgoing.duration_ms
        assert (received.width, received.height) == (640, 360)
        # The poster is in the message, not in the blob the node stores.
        stored = await alice.m.transport.download_blob(received.manifest)
        assert outgoing.thumbnail[:64] not in stored


def test_a_damaged_or_fake_video_is_sent_as_a_plain_file(tmp_path: Path, clip: Path) -> None:
    assert video_poster(b"") is None
    assert video_poster(b"not a video at all" * 100) is None
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(clip.read_bytes()[:2000])
    outgoing = prepare_file(cut)
    assert (outgoing.thumbnail, outgoing.duration_ms) == (b"", 0)
    assert outgoing.data == clip.read_bytes()[:2000]
    assert [duration_text(ms) for ms in (0, 6_600, 750_000, 3_723_000)] == ["0:00", "0:07", "12:30", "1:02:03"]
