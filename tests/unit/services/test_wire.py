"""The services' wire structures: canonical round trips, size limits, signatures bound to their purpose."""

from __future__ import annotations

import contextlib
import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lightnode.protocol.encoding import pack
from lightnode.protocol.errors import DecodeError, SignatureError, ValidationError
from lightnode.protocol.keys import PrivateKey
from lightnode.protocol.services import (
    CHUNK_SIZE,
    MAX_ENVELOPE_CIPHERTEXT,
    Envelope,
    EnvelopeBatch,
    MailboxAck,
    MailboxAuth,
    Manifest,
    StreamHello,
    StreamPart,
    chunk_id,
    split_chunks,
    unsigned,
)

KEY = PrivateKey(bytes(range(32)))


@given(st.binary(min_size=1, max_size=2000), st.integers(0, 2**64 - 1))
def test_envelope_round_trips_and_its_id_is_its_content(ciphertext: bytes, expiry: int) -> None:
    envelope = Envelope(KEY.public_key.raw, expiry, ciphertext)
    decoded = Envelope.decode(envelope.encode())
    assert decoded == envelope
    assert decoded.id() == envelope.id()
    assert Envelope(KEY.public_key.raw, expiry, ciphertext + b"!").id() != envelope.id()


@given(st.binary(max_size=300))
def test_decoders_never_fail_other_than_with_decode_or_validation_errors(data: bytes) -> None:
    for cls in (Envelope, MailboxAuth, MailboxAck, Manifest, StreamPart, StreamHello, EnvelopeBatch):
        with contextlib.suppress(DecodeError, ValidationError):
            cls.decode(data)


def test_oversized_envelope_is_refused() -> None:
    big = pack([1, KEY.public_key.raw, 1, b"x" * (MAX_ENVELOPE_CIPHERTEXT + 1)])
    with pytest.raises(DecodeError):
        Envelope.decode(big)
    with pytest.raises(ValidationError):
        Envelope.decode(Envelope(KEY.public_key.raw, 1, b"").encode())


def test_manifest_lists_exact_chunks_and_is_signed_by_its_owner() -> None:
    data = bytes(CHUNK_SIZE) + b"tail"
    manifest = Manifest.for_blob(KEY, data, "image/png", 7)
    assert manifest.chunks == tuple(chunk_id(c) for c in split_chunks(data))
    assert [manifest.chunk_size(i) for i in range(2)] == [CHUNK_SIZE, 4]
    Manifest.decode(manifest.encode()).verify()
    other = PrivateKey.generate()
    with pytest.raises(ValidationError):
        manifest.signed_by(other)
    with pytest.raises(SignatureError):
        dataclasses.replace(manifest, size=manifest.size - 1).verify()
    with pytest.raises(ValidationError):
        Manifest.decode(pack([*manifest.to_wire()[:2], CHUNK_SIZE * 3, *manifest.to_wire()[3:]]))
    with pytest.raises(ValidationError):
        Manifest.decode(pack([*manifest.to_wire()[:3], "not a type", *manifest.to_wire()[4:]]))
    # The id leaves out the signature, so it is known before signing; it changes with any field.
    assert manifest.id() == dataclasses.replace(manifest, signature=bytes(64)).id()
    assert manifest.id() != dataclasses.replace(manifest, created_ms=8).id()


def test_a_signature_is_bound_to_its_structure() -> None:
    auth = unsigned(MailboxAuth, mailbox=KEY.public_key.raw, challenge=b"c", audience="a").signed_by(KEY)
    hello = unsigned(StreamHello, channel_key=KEY.public_key.raw, challenge=b"c", audience="a")
    # Same fields, same key: the signature of a mailbox answer is no stream hello.
    with pytest.raises(SignatureError):
        dataclasses.replace(hello, signature=auth.signature).verify()
    part = StreamPart.create(KEY, 1, 2, 3, True, b"media")
    part.verify()
    with pytest.raises(SignatureError):
        dataclasses.replace(part, keyframe=0).verify()


def test_acknowledgement_ids_are_sorted_and_unique() -> None:
    ids = (b"\x02" * 32, b"\x01" * 32)
    with pytest.raises(DecodeError):
        MailboxAck.decode(
            pack([1, KEY.public_key.raw, list(ids), 1, bytes(64)]),
        )
    with pytest.raises(ValidationError):
        MailboxAck.decode(pack([1, KEY.public_key.raw, [], 1, bytes(64)]))
