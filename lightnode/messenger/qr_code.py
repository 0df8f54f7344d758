"""The text of a contact-verification QR code: an actor id and its messenger identity-key fingerprint.

Format: ``exc-verify:1:<base32 of actor id (20 bytes) | fingerprint (16) | check (8)>``, where the check is an
unkeyed BLAKE2b hash of the rest, personalized with a tag of its own (so it is never confused with another
hash in the protocol). It catches a misread or damaged code, which is then refused instead of being taken
for other keys; it does not stop forgery, since anyone can compute it. The binding to the real keys comes
from the comparison: the scanner checks the fingerprint against the keys its chat with that actor is
encrypted to. The code is kept small (a version-5 QR code) so cameras read it easily.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from dataclasses import dataclass

from lightnode.protocol.keys import ACTOR_ID_SIZE

from .errors import VerificationError
from .identity import FINGERPRINT_SIZE, IdentityCard

PREFIX = "exc-verify:"
VERSION = 1
_ACTOR_SIZE = ACTOR_ID_SIZE
_CHECK_SIZE = 8
_CHECK_TAG = b"exc/msg-qr"
#: Longer text is refused before decoding (a version-1 code has 84 characters).
MAX_CODE_CHARS = 256


class KeyMismatchError(VerificationError):
    """The scanned code is the contact's, but names other keys than the ones the chat uses."""


@dataclass(frozen=True, slots=True)
class VerificationCode:
    actor_id: bytes
    fingerprint: bytes


def _check(actor: bytes, fingerprint: bytes) -> bytes:
    return hashlib.blake2b(actor + fingerprint, digest_size=_CHECK_SIZE, person=_CHECK_TAG).digest()


def verification_code(card: IdentityCard) -> str:
    """The QR code text for `card` (this device's identity)."""
    raw = card.actor_id + card.fingerprint
    body = base64.b32encode(raw + _check(card.actor_id, card.fingerprint)).decode("ascii").rstrip("=")
    return f"{PREFIX}{VERSION}:{body}"


def parse_verification_code(text: str) -> VerificationCode:
    """Read a scanned code (VerificationError for another kind of QR code, or a damaged one)."""
    text = text.strip()
    if not text.lower().startswith(PREFIX):
        raise VerificationError("This QR code is not a contact-verification code of this app.")
    if len(text) > MAX_CODE_CHARS:
        raise VerificationError("This verification code is too long to be genuine.")
    version, _, body = text[len(PREFIX) :].partition(":")
    if version != str(VERSION):
        raise VerificationError(f"This verification code has version {version[:8]!r}; update the app to read it.")
    try:
        raw = base64.b32decode(body.upper() + "=" * (-len(body) % 8))
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != _ACTOR_SIZE + FINGERPRINT_SIZE + _CHECK_SIZE:
        raise VerificationError("The verification code is damaged or cut off; scan it again.")
    actor, fingerprint = raw[:_ACTOR_SIZE], raw[_ACTOR_SIZE : _ACTOR_SIZE + FINGERPRINT_SIZE]
    if not hmac.compare_digest(raw[-_CHECK_SIZE:], _check(actor, fingerprint)):
        raise VerificationError(
            "The verification code is damaged or was altered (its check does not match); the contact is not "
            "verified. Scan it again."
        )
    return VerificationCode(actor, fingerprint)


def check_code(code: VerificationCode, expected_actor: bytes, card: IdentityCard | None) -> None:
    """Raise unless `code` names `expected_actor` and the identity keys of `card` (the chat's keys)."""
    if code.actor_id != expected_actor:
        raise VerificationError("This code belongs to another account than the contact being verified.")
    if card is None:
        raise VerificationError("Exchange a message with this contact first; there are no keys to compare yet.")
    if not hmac.compare_digest(code.fingerprint, card.fingerprint):
        raise KeyMismatchError(
            "The keys do not match: the code shows other keys than the ones this chat is encrypted to. "
            "Someone may be intercepting this chat; the contact is not verified."
        )
