"""Ed25519 through the project's signing helpers, domain separation, actor ids and text addresses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bech32m.codecs import CHARSET
from hypothesis import given, settings
from hypothesis import strategies as st

from lightnode.protocol.address import decode_address, encode_address, is_valid_address
from lightnode.protocol.errors import AddressError, SignatureError
from lightnode.protocol.keys import (
    Domain,
    PrivateKey,
    PublicKey,
    first_invalid_signature,
    is_valid_public_key,
    verify_raw,
)

VECTORS = Path(__file__).resolve().parents[2] / "vectors"


@pytest.mark.parametrize(
    "vector", json.loads((VECTORS / "rfc8032.json").read_text())["vectors"], ids=lambda v: v["name"]
)
def test_rfc8032_vectors_pass_through_the_signing_helpers(vector: dict[str, str]) -> None:
    key = PrivateKey(bytes.fromhex(vector["secret"]))
    message = bytes.fromhex(vector["message"])
    assert key.public_key.raw.hex() == vector["public"]
    assert key.sign_raw(message).hex() == vector["signature"]
    verify_raw(key.public_key.raw, message, bytes.fromhex(vector["signature"]))
    with pytest.raises(SignatureError):
        verify_raw(key.public_key.raw, message + b"\x00", bytes.fromhex(vector["signature"]))


def test_a_signature_for_one_domain_does_not_verify_in_another() -> None:
    key = PrivateKey(bytes(range(32)))
    sig = key.sign(Domain.VOTE, b"payload")
    key.public_key.verify(Domain.VOTE, b"payload", sig)
    with pytest.raises(SignatureError):
        key.public_key.verify(Domain.ACTION, b"payload", sig)
    with pytest.raises(SignatureError):
        key.public_key.verify(Domain.VOTE, b"payloaD", sig)


def test_domains_are_prefix_free() -> None:
    values = [d.value for d in Domain]
    assert len(set(values)) == len(values)
    for a in values:
        for b in values:
            assert a == b or not b.startswith(a)


def test_private_key_repr_hides_the_secret() -> None:
    seed = bytes(range(32))
    assert seed.hex() not in repr(PrivateKey(seed))
    assert PrivateKey(seed).seed == seed


def test_bad_keys_and_signatures_are_refused() -> None:
    with pytest.raises(SignatureError):
        PrivateKey(b"short")
    with pytest.raises(SignatureError):
        PublicKey(b"\x00" * 31)
    with pytest.raises(SignatureError):
        verify_raw(b"\x00" * 32, b"m", b"\x00" * 63)
    assert not is_valid_public_key(b"\x00" * 32)  # a small-order point
    assert is_valid_public_key(PrivateKey(bytes(32)).public_key.raw)


@settings(max_examples=50, deadline=None)
@given(st.binary(min_size=20, max_size=20))
def test_addresses_round_trip(actor: bytes) -> None:
    text = encode_address(actor)
    assert text.startswith("exc1")
    assert decode_address(text) == actor
    assert decode_address(text.upper()) == actor
    assert decode_address(f"  {text}\n") == actor


@settings(max_examples=100, deadline=None)
@given(st.binary(min_size=20, max_size=20), st.data())
def test_any_single_character_typo_is_caught(actor: bytes, data: st.DataObject) -> None:
    text = encode_address(actor)
    pos = data.draw(st.integers(4, len(text) - 1))
    replacement = data.draw(st.sampled_from([c for c in CHARSET if c != text[pos]]))
    typo = text[:pos] + replacement + text[pos + 1 :]
    with pytest.raises(AddressError, match="typo"):
        decode_address(typo)


def test_swapped_neighbours_are_caught() -> None:
    text = encode_address(bytes(range(20)))
    for i in range(4, len(text) - 1):
        if text[i] != text[i + 1]:
            swapped = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
            assert not is_valid_address(swapped)


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("", "empty"),
        ("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "starts with"),
        ("exc1", "typo"),
        ("exc1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq\u00e9", "typo"),
        ("exc1" + "q" * 200, "typo"),
        ("EXC1mixedCase", "typo"),
    ],
)
def test_malformed_addresses_say_what_is_wrong(text: str, match: str) -> None:
    with pytest.raises(AddressError, match=match):
        decode_address(text)


def test_an_address_of_the_wrong_length_is_refused() -> None:
    from bech32m.codecs import Encoding, bech32_encode, convertbits

    text = bech32_encode("exc", bytes(convertbits(bytes(32), 8, 5)), Encoding.BECH32M)
    with pytest.raises(AddressError, match="32 bytes"):
        decode_address(text)


def test_first_invalid_signature_finds_the_first_bad_one_among_good_ones() -> None:
    message = b"ExC/vote/v1\x00one vote"
    signers = [PrivateKey(bytes([i + 1]) * 32) for i in range(4)]
    good = [(k.public_key.raw, k.sign_raw(message)) for k in signers]
    assert first_invalid_signature(message, good) is None
    assert first_invalid_signature(message, []) is None
    # The scratch buffer is shared across checks: a bad signature after good ones must still fail.
    swapped = [*good[:2], (good[2][0], good[3][1]), good[3]]
    assert first_invalid_signature(message, swapped) == 2
    assert first_invalid_signature(message + b"!", good) == 0
    flipped = bytes([good[3][1][0] ^ 1]) + good[3][1][1:]
    assert first_invalid_signature(message, [*good[:3], (good[3][0], flipped)]) == 3
    assert first_invalid_signature(message, [good[0], (good[1][0], good[1][1][:63])]) == 1
    assert first_invalid_signature(message, [(good[0][0][:31], good[0][1])]) == 0
    # Every position agrees with the single-signature helper.
    for public_key, signature in swapped[:2]:
        verify_raw(public_key, message, signature)
    with pytest.raises(SignatureError):
        verify_raw(swapped[2][0], message, swapped[2][1])
