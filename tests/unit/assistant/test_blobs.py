"""Models and data as bytes for the encrypted profile: round trips, and refusal of tampered blobs."""

from __future__ import annotations

import dataclasses
import pickle

import numpy as np
import pytest

from assistant import BlobError, ChainData, TrainedModels
from assistant.blobs import (
    KIND_MODELS,
    data_from_bytes,
    data_to_bytes,
    models_from_bytes,
    models_to_bytes,
    seal,
)
from assistant.features import build_features

KEY = bytes(range(32))


def test_models_round_trip_and_predict_the_same(trained: TrainedModels, chain_data: ChainData) -> None:
    blob = models_to_bytes(trained, KEY)
    restored = models_from_bytes(blob, KEY)
    x = build_features(chain_data.snapshot()).matrix[-200:]
    a, b = trained.engagement.predict(x), restored.engagement.predict(x)
    np.testing.assert_array_equal(a.engagement, b.engagement)
    np.testing.assert_array_equal(a.engagement_high, b.engagement_high)
    assert restored.trends == trained.trends
    assert restored.brand == trained.brand


@pytest.mark.parametrize("where", [0, 5, 10, 40, -1])
def test_a_tampered_model_blob_is_refused(trained: TrainedModels, where: int) -> None:
    blob = bytearray(models_to_bytes(trained, KEY))
    blob[where] ^= 0x01
    with pytest.raises(BlobError):
        models_from_bytes(bytes(blob), KEY)


def test_a_blob_for_another_key_or_truncated_is_refused(trained: TrainedModels) -> None:
    blob = models_to_bytes(trained, KEY)
    with pytest.raises(BlobError, match="another profile"):
        models_from_bytes(blob, b"x" * 32)
    with pytest.raises(BlobError):
        models_from_bytes(blob[:20], KEY)
    with pytest.raises(ValueError, match="at least 16 bytes"):
        models_to_bytes(trained, b"short")


def test_an_authentic_blob_with_foreign_code_is_still_refused() -> None:
    class Evil:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (print, ("this must never run",))

    blob = seal(KIND_MODELS, pickle.dumps(Evil()), KEY)
    with pytest.raises(BlobError, match=r"builtins\.print"):
        models_from_bytes(blob, KEY)


def test_models_from_another_library_version_are_refused(trained: TrainedModels) -> None:
    old = dataclasses.replace(trained, sklearn_version="0.1")
    with pytest.raises(BlobError, match="another version"):
        models_from_bytes(models_to_bytes(old, KEY), KEY)


def test_data_blob_round_trip_and_kinds_do_not_mix(chain_data: ChainData, trained: TrainedModels) -> None:
    blob = data_to_bytes(chain_data, KEY)
    restored = data_from_bytes(blob, KEY)
    assert restored.snapshot().n_posts == chain_data.snapshot().n_posts
    with pytest.raises(BlobError, match="something else"):
        models_from_bytes(blob, KEY)
    tampered = bytearray(blob)
    tampered[-100] ^= 0xFF
    with pytest.raises(BlobError):
        data_from_bytes(bytes(tampered), KEY)
