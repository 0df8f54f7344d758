"""Attachments: files encrypted under a fresh key (XChaCha20-Poly1305 secretstream) before upload."""

from __future__ import annotations

import os

import nacl.bindings as sodium
import nacl.exceptions

from .errors import DecryptionError

KEY_SIZE = sodium.crypto_secretstream_xchacha20poly1305_KEYBYTES
#: Plaintext bytes per encrypted frame; each frame carries its own authentication tag.
FRAME = 64 * 1024
_HEADER = sodium.crypto_secretstream_xchacha20poly1305_HEADERBYTES
_ABYTES = sodium.crypto_secretstream_xchacha20poly1305_ABYTES
_TAG_MESSAGE = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
_TAG_FINAL = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL


def new_key() -> bytes:
    return os.urandom(KEY_SIZE)


def encrypted_size(size: int) -> int:
    frames = max(1, -(-size // FRAME))
    return _HEADER + size + frames * _ABYTES


def encrypt_file(key: bytes, data: bytes) -> bytes:
    """`data` encrypted under `key`, in frames whose last is marked final (so truncation is detected)."""
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    header = sodium.crypto_secretstream_xchacha20poly1305_init_push(state, key)
    out = [header]
    starts = range(0, max(len(data), 1), FRAME)
    for i, start in enumerate(starts):
        tag = _TAG_FINAL if i == len(starts) - 1 else _TAG_MESSAGE
        out.append(sodium.crypto_secretstream_xchacha20poly1305_push(state, data[start : start + FRAME], None, tag))
    return b"".join(out)


def decrypt_file(key: bytes, blob: bytes) -> bytes:
    """The file inside an encrypted blob (DecryptionError if it was altered, truncated or extended)."""
    if len(blob) < _HEADER + _ABYTES:
        raise DecryptionError("The attachment is truncated.")
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    try:
        sodium.crypto_secretstream_xchacha20poly1305_init_pull(state, blob[:_HEADER], key)
        out: list[bytes] = []
        pos = _HEADER
        while pos < len(blob):
            frame = blob[pos : pos + FRAME + _ABYTES]
            pos += len(frame)
            message, tag = sodium.crypto_secretstream_xchacha20poly1305_pull(state, frame, None)
            out.append(message)
            if tag == _TAG_FINAL:
                if pos != len(blob):
                    raise DecryptionError("The attachment has bytes after its end.")
                return b"".join(out)
    except nacl.exceptions.CryptoError:
        raise DecryptionError("The attachment does not decrypt: it was altered or the key is wrong.") from None
    raise DecryptionError("The attachment is truncated.")
