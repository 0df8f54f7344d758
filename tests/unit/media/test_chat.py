"""Live chat messages: signed by their authors, bound to one channel, carried on a private TS PID."""

from __future__ import annotations

import dataclasses
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from etalonium_desktop.media.chat import (
    CHAT_PID,
    ChatMessage,
    ChatPacketizer,
    chat_envelope,
    check_chat,
    extract_chat,
    make_chat,
)
from lightnode.protocol.errors import ProtocolError
from lightnode.protocol.keys import PrivateKey

ALICE = PrivateKey(b"\x01" * 32)
MALLORY = PrivateKey(b"\x02" * 32)
CHANNEL = PrivateKey(b"\x03" * 32).public_key.raw
OTHER_CHANNEL = PrivateKey(b"\x04" * 32).public_key.raw


def test_a_genuine_message_checks_out() -> None:
    message = make_chat(ALICE, CHANNEL, "  Love the drape!  ")
    checked = check_chat(message.encode(), CHANNEL)
    assert checked.text == "Love the drape!"
    assert checked.author == ALICE.public_key.raw


def test_forged_replayed_and_misdirected_messages_are_refused() -> None:
    message = make_chat(ALICE, CHANNEL, "hello")
    forged = dataclasses.replace(message, text="send me your keys")
    with pytest.raises(ProtocolError):
        check_chat(forged.encode(), CHANNEL)
    impostor = dataclasses.replace(make_chat(MALLORY, CHANNEL, "hello"), author=ALICE.public_key.raw)
    with pytest.raises(ProtocolError):
        check_chat(impostor.encode(), CHANNEL)
    with pytest.raises(ProtocolError):
        check_chat(message.encode(), OTHER_CHANNEL)
    old = make_chat(ALICE, CHANNEL, "old news", sent_ms=time.time_ns() // 1_000_000 - 3_600_000)
    with pytest.raises(ProtocolError):
        check_chat(old.encode(), CHANNEL)
    with pytest.raises(ProtocolError):
        check_chat(b"\x93\x01\x02\x03", CHANNEL)


def test_the_envelope_goes_to_the_channels_mailbox() -> None:
    envelope = chat_envelope(make_chat(ALICE, CHANNEL, "hi"))
    assert envelope.mailbox == CHANNEL
    assert ChatMessage.decode(envelope.ciphertext).text == "hi"


def test_chat_packets_survive_among_video_packets_and_are_removed_from_them() -> None:
    video = bytes([0x47, 0x41, 0x00, 0x10]) + bytes(184)  # a TS packet on PID 0x100
    packetizer = ChatPacketizer()
    long_text = "x" * 480
    messages = [make_chat(ALICE, CHANNEL, "short").encode(), make_chat(ALICE, CHANNEL, long_text).encode()]
    stream = video + packetizer.packets(messages[0]) + video * 3 + packetizer.packets(messages[1])
    found, rest = extract_chat(stream)
    assert found == messages
    assert rest == video * 4
    assert all(((p[1] & 0x1F) << 8 | p[2]) != CHAT_PID for p in (rest[i : i + 188] for i in range(0, len(rest), 188)))


@given(st.binary(max_size=2000))
def test_extracting_chat_from_arbitrary_bytes_never_crashes(data: bytes) -> None:
    found, rest = extract_chat(data)
    assert isinstance(found, list)
    assert len(rest) <= len(data)
