"""`POST /v1/blobs/chunks`: many chunks in one stream of frames, each checked like a single chunk upload."""

from __future__ import annotations

import dataclasses
import io
import os
from pathlib import Path

import aiohttp
import pytest

from fullnode.services import MemoryChainView, RateLimit
from lightnode.protocol.keys import PrivateKey
from lightnode.protocol.services import CHUNK_SIZE, Manifest, chunk_id, split_chunks
from lightnode.services_client import CHUNK_STREAM, BlobClient, ServiceClientError

from .helpers import TEST_CONFIG, client_session, service_nodes

MiB = CHUNK_SIZE


def frame(data: bytes, cid: bytes | None = None, length: int | None = None) -> bytes:
    header = (chunk_id(data) if cid is None else cid) + (len(data) if length is None else length).to_bytes(4, "big")
    return header + data


async def post(session: aiohttp.ClientSession, url: str, body: bytes) -> tuple[int, dict[str, object]]:
    headers = {"Content-Type": CHUNK_STREAM}
    async with session.post(f"{url}/v1/blobs/chunks", data=io.BytesIO(body), headers=headers) as r:
        return r.status, await r.json()


@pytest.mark.asyncio
async def test_a_stream_stores_what_a_manifest_lists_and_counts_what_is_held(tmp_path: Path) -> None:
    owner = PrivateKey.generate()
    data = os.urandom(2 * MiB + 77)
    async with (
        service_nodes(tmp_path, chain=MemoryChainView(quotas={owner.actor_id: 8 * MiB})) as [node],
        client_session() as session,
    ):
        blobs = BlobClient(session, node.url)
        manifest = Manifest.for_blob(owner, data, "video/mp4", 1)
        first, second, third = split_chunks(data)
        await blobs.put_manifest(manifest)
        # A chunk twice in one stream is stored once.
        status, answer = await post(session, node.url, frame(first) + frame(second) + frame(first))
        assert (status, answer) == (200, {"stored": 2, "held": 1, "staged": 0, "completed": []})
        assert await blobs.missing(manifest.id()) == [chunk_id(third)]
        assert await blobs.put_chunks([(chunk_id(third), third), (chunk_id(first), first)]) == {"stored": 1, "held": 1}
        assert (await blobs.download(manifest.id()))[1] == data


@pytest.mark.asyncio
async def test_bad_frames_are_refused_and_the_chunks_before_them_kept(tmp_path: Path) -> None:
    owner = PrivateKey.generate()
    data = os.urandom(3 * MiB)
    config = dataclasses.replace(TEST_CONFIG, staging_bytes_per_client=MiB)
    async with (
        service_nodes(tmp_path, config=config, chain=MemoryChainView(quotas={owner.actor_id: 8 * MiB})) as [node],
        client_session() as session,
    ):
        blobs = BlobClient(session, node.url)
        manifest = Manifest.for_blob(owner, data, "video/mp4", 1)
        await blobs.put_manifest(manifest)
        first, second, third = split_chunks(data)
        tampered = bytes([second[0] ^ 1]) + second[1:]
        refusals = {
            "hash": (frame(first) + frame(tampered, chunk_id(second)), 400, "hash_mismatch"),
            "empty": (frame(b"", bytes(32)), 400, "malformed_frame"),
            "oversized": (frame(b"", bytes(32), CHUNK_SIZE + 1), 413, "too_large"),
            "cut header": (frame(third)[:20], 400, "truncated"),
            "cut chunk": (frame(third)[:-1], 400, "truncated"),
            "no chunks": (b"", 400, "empty_body"),
            "wrong size": (frame(third[:-1], chunk_id(third)), 400, "wrong_size"),
        }
        for name, (body, code, error) in refusals.items():
            status, answer = await post(session, node.url, body)
            assert (status, answer["error"]) == (code, error), name
        # The good chunk ahead of the tampered one was kept (and flushed): only the others are missing.
        assert await blobs.missing(manifest.id()) == [chunk_id(second), chunk_id(third)]
        # Chunks no manifest lists are staged within the sender's room; past it, the manifest must come first.
        loose = [os.urandom(MiB) for _ in range(2)]
        status, answer = await post(session, node.url, frame(loose[0]) + frame(loose[1]))
        assert (status, answer["error"]) == (409, "not_referenced")
        with pytest.raises(ServiceClientError) as bad:
            await blobs.put_chunks([(chunk_id(first), second)])
        assert (bad.value.status, bad.value.code) == (400, "hash_mismatch")
        # The node kept serving: the blob completes.
        await blobs.upload(owner, data, "video/mp4", manifest=manifest)
        assert (await blobs.download(manifest.id()))[1] == data


@pytest.mark.asyncio
async def test_each_frame_counts_against_the_senders_rate_limit(tmp_path: Path) -> None:
    config = dataclasses.replace(TEST_CONFIG, client_rate=RateLimit(0.001, 3))
    async with service_nodes(tmp_path, config=config) as [node], client_session() as session:
        tiny = [os.urandom(10) for _ in range(5)]
        status, answer = await post(session, node.url, b"".join(frame(t) for t in tiny))
        assert (status, answer["error"]) == (429, "rate_limited")
