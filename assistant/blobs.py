"""Models and data as authenticated byte blobs for the encrypted profile store (the caller stores them)."""

from __future__ import annotations

import hashlib
import hmac
import io
import pickle
import struct
from typing import Any

from .data import ChainData, DataFormatError
from .training import MODEL_FORMAT_VERSION, TrainedModels

#: Blob layout: magic, format byte, kind byte, HMAC-SHA256 over everything else, then the payload.
MAGIC = b"EXCA"
_HEADER = struct.Struct(">4sBB32s")
BLOB_FORMAT = 1
KIND_MODELS = 1
KIND_DATA = 2
MIN_KEY_SIZE = 16
_PERSONALIZATION = b"etalonium-assistant-blob-v1"


class BlobError(ValueError):
    """A blob that cannot be used: tampered with, for another key, damaged, or from an older version."""


def _mac(key: bytes, header: bytes, payload: bytes) -> bytes:
    if len(key) < MIN_KEY_SIZE:
        raise ValueError(f"the blob key must be at least {MIN_KEY_SIZE} bytes")
    # The key is first bound to this purpose, so a profile key used elsewhere never signs assistant blobs.
    purpose_key = hashlib.blake2b(key, digest_size=32, person=_PERSONALIZATION[:16]).digest()
    return hmac.new(purpose_key, header + payload, hashlib.sha256).digest()


def seal(kind: int, payload: bytes, key: bytes) -> bytes:
    prefix = MAGIC + bytes([BLOB_FORMAT, kind])
    return _HEADER.pack(MAGIC, BLOB_FORMAT, kind, _mac(key, prefix, payload)) + payload


def open_blob(blob: bytes, kind: int, key: bytes) -> bytes:
    """The payload of a sealed blob, after checking its tag; raises BlobError on any mismatch."""
    if len(blob) < _HEADER.size:
        raise BlobError("the assistant blob is truncated")
    magic, version, found_kind, tag = _HEADER.unpack_from(blob)
    if magic != MAGIC:
        raise BlobError("this is not an assistant blob")
    if version != BLOB_FORMAT:
        raise BlobError(f"unsupported assistant blob format {version}")
    if found_kind != kind:
        raise BlobError("the assistant blob holds something else than expected")
    payload = blob[_HEADER.size :]
    if not hmac.compare_digest(tag, _mac(key, blob[:6], payload)):
        raise BlobError("the assistant blob was modified or belongs to another profile; it was not loaded")
    return payload


class _RestrictedUnpickler(pickle.Unpickler):
    """Only the libraries a TrainedModels pickle is made of: a second wall behind the HMAC, not the first."""

    _ROOTS = frozenset({"sklearn", "numpy", "scipy", "assistant"})
    #: Parts of those libraries that can run programs or load more code.
    _DENIED = ("numpy.f2py", "numpy.distutils", "numpy.testing", "scipy._lib._testutils")
    #: functools.partial only wraps callables that passed this same check.
    _OTHERS = frozenset({("copyreg", "_reconstructor"), ("collections", "OrderedDict"), ("functools", "partial")})
    _BUILTINS = frozenset({"set", "frozenset", "slice", "range", "complex", "bytearray", "object"})

    def find_class(self, module: str, name: str) -> Any:
        allowed = (
            (module.split(".")[0] in self._ROOTS and not module.startswith(self._DENIED))
            or (module, name) in self._OTHERS
            or (module == "builtins" and name in self._BUILTINS)
        )
        if not allowed:
            raise BlobError(f"the assistant blob refers to {module}.{name}, which it may not")
        return super().find_class(module, name)


def models_to_bytes(models: TrainedModels, key: bytes) -> bytes:
    """Pickle the trained models and seal them with an HMAC keyed by `key` (a secret of the profile).

    Why pickle: fitted scikit-learn estimators have no stable parameter format of their own (skops is not a
    dependency). Pickle is only ever opened after the HMAC checks out, so only this profile's own models are
    unpickled; a tampered or foreign blob is refused before any byte of it is parsed.
    """
    return seal(KIND_MODELS, pickle.dumps(models, protocol=pickle.HIGHEST_PROTOCOL), key)


def models_from_bytes(blob: bytes, key: bytes) -> TrainedModels:
    payload = open_blob(blob, KIND_MODELS, key)
    try:
        models = _RestrictedUnpickler(io.BytesIO(payload)).load()
    except BlobError:
        raise
    except Exception as exc:  # an authentic but unreadable pickle (e.g. from another library version)
        raise BlobError(f"the stored assistant models cannot be read ({exc}); they will be retrained") from exc
    if not isinstance(models, TrainedModels):
        raise BlobError("the assistant blob does not hold trained models")
    import sklearn  # loaded by the unpickling above; never at module import (see libraries.py)

    if models.format_version != MODEL_FORMAT_VERSION or models.sklearn_version != sklearn.__version__:
        raise BlobError("the stored assistant models are from another version; they will be retrained")
    return models


def data_to_bytes(data: ChainData, key: bytes) -> bytes:
    """The data layer (numpy arrays and JSON, no pickle) sealed like the models."""
    return seal(KIND_DATA, data.to_bytes(), key)


def data_from_bytes(blob: bytes, key: bytes) -> ChainData:
    payload = open_blob(blob, KIND_DATA, key)
    try:
        return ChainData.from_bytes(payload)
    except DataFormatError as exc:
        raise BlobError(str(exc)) from exc
