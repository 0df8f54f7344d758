"""Message plaintexts (padding, strict decoding), the receive-side reordering, back-off, and attachments."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lightnode.messenger import DecryptionError, decrypt_file, direct_conversation, encrypt_file
from lightnode.messenger.attachments import FRAME, encrypted_size, new_key
from lightnode.messenger.ordering import Backoff, ReorderBuffer
from lightnode.messenger.payloads import (
    PAD_BLOCK,
    Format,
    GroupUpdateBody,
    Kind,
    Payload,
    TextBody,
    decode_payload,
)
from lightnode.protocol.errors import ProtocolError


@given(st.binary(max_size=5000), st.binary(max_size=400))
def test_payloads_are_padded_to_whole_blocks_and_decode_back(body: bytes, card: bytes) -> None:
    payload = Payload(Kind.TEXT, os.urandom(16), os.urandom(32), os.urandom(20), 3, 1234, body, card, b"")
    padded = payload.padded()
    assert len(padded.encode()) % PAD_BLOCK == 0
    decoded = decode_payload(padded.encode())
    assert (decoded.body, decoded.card, decoded.seq) == (body, card, 3)


@given(st.binary(max_size=2000))
def test_garbage_plaintexts_are_refused_with_a_sentence(data: bytes) -> None:
    with pytest.raises(DecryptionError, match="malformed"):
        decode_payload(b"\x00" + data)


def test_message_bodies_keep_their_rules() -> None:
    with pytest.raises(ProtocolError):
        TextBody.decode(TextBody("   ", Format.PLAIN, b"", ()).encode())
    with pytest.raises(ProtocolError):
        GroupUpdateBody(os.urandom(32), 1, "g", (os.urandom(20),), ()).validate()
    a, b = os.urandom(20), os.urandom(20)
    assert direct_conversation(a, b) == direct_conversation(b, a) != direct_conversation(a, a)


@settings(max_examples=60)
@given(st.permutations(list(range(1, 13))))
def test_any_arrival_order_is_released_in_the_senders_order(order: list[int]) -> None:
    buffer: ReorderBuffer[str, int] = ReorderBuffer(wait_s=5.0)
    released: list[int] = []
    for seq in order:
        released += buffer.offer("alice", seq, seq, now=0.0)
    assert released == list(range(1, 13))
    assert buffer.waiting() == 0


def test_a_gap_is_released_in_order_after_the_wait_and_late_items_pass_straight_through() -> None:
    buffer: ReorderBuffer[str, int] = ReorderBuffer(wait_s=2.0)
    assert buffer.offer("k", 1, 1, now=0.0) == [1]
    assert buffer.offer("k", 4, 4, now=0.0) == []
    assert buffer.offer("k", 3, 3, now=0.5) == []
    assert buffer.next_deadline() == 2.0
    assert buffer.expire(now=1.0) == []
    assert buffer.expire(now=2.1) == [3, 4]
    assert buffer.offer("k", 2, 2, now=3.0) == [2]  # late: shown at once rather than lost
    assert buffer.offer("k", 5, None, now=3.0) == []  # an edit's number moves the sequence on
    assert buffer.offer("k", 6, 6, now=3.0) == [6]


def test_backoff_grows_to_its_ceiling_with_bounded_jitter() -> None:
    backoff = Backoff(initial=0.5, maximum=8.0, jitter=0.2)
    delays = [backoff.next() for _ in range(8)]
    assert 0.4 <= delays[0] <= 0.6
    assert all(d <= 8.0 * 1.2 for d in delays)
    assert delays[6] >= 8.0 * 0.8
    backoff.reset()
    assert backoff.next() <= 0.6


@pytest.mark.parametrize("size", [0, 1, FRAME - 1, FRAME, FRAME + 1, 3 * FRAME + 17])
def test_attachments_round_trip_and_any_change_is_detected(size: int) -> None:
    key = new_key()
    data = os.urandom(size)
    blob = encrypt_file(key, data)
    assert len(blob) == encrypted_size(size)
    assert decrypt_file(key, blob) == data
    flipped = bytearray(blob)
    flipped[len(flipped) // 2] ^= 1
    last_frame = 17 + (size % FRAME or (FRAME if size else 0))
    for broken in (bytes(flipped), blob[:-1], blob + b"x", blob[: len(blob) - last_frame]):
        with pytest.raises(DecryptionError, match=r"altered|truncated|after its end"):
            decrypt_file(key, broken)
    with pytest.raises(DecryptionError):
        decrypt_file(new_key(), blob)
