"""The blob store service: verified chunks, signed manifests, quotas, range reads and replication."""

from __future__ import annotations

import dataclasses
import io
import os
from pathlib import Path

import pytest

from fullnode.services import MemoryChainView
from fullnode.services.blob_store import ChunkFiles, ChunkMismatchError, VerifiedChunks
from fullnode.services.blobs import parse_range
from lightnode.protocol.encoding import pack
from lightnode.protocol.keys import PrivateKey
from lightnode.protocol.services import CHUNK_SIZE, Manifest, chunk_id, split_chunks
from lightnode.services_client import BlobClient, ServiceClientError

from .helpers import TEST_CONFIG, client_session, service_nodes

MiB = CHUNK_SIZE


def _funded(*keys: PrivateKey, quota: int = 64 * MiB) -> MemoryChainView:
    return MemoryChainView(quotas={k.actor_id: quota for k in keys})


@pytest.mark.asyncio
async def test_upload_then_download_is_verified_and_ranges_work(tmp_path: Path) -> None:
    owner = PrivateKey.generate()
    data = os.urandom(2 * MiB + 12345)
    async with service_nodes(tmp_path, chain=_funded(owner)) as [node], client_session() as session:
        blobs = BlobClient(session, node.url)
        manifest = await blobs.upload(owner, data, "video/mp4")
        assert await blobs.missing(manifest.id()) == []
        got_manifest, got = await blobs.download(manifest.id())
        assert got == data
        assert got_manifest == manifest
        ranges = [(0, 10), (MiB - 5, MiB + 5), (2 * MiB, len(data)), (len(data) - 1, len(data)), (7, 2 * MiB + 9)]
        for start, end in ranges:
            assert await blobs.read_range(manifest.id(), start, end) == data[start:end]
        # The same from disk (each chunk hashed again as it is read) as from the chunks kept in memory.
        node.services.blobs.verified.clear()
        for start, end in ranges:
            assert await blobs.read_range(manifest.id(), start, end) == data[start:end]
        assert node.services.blobs.verified.size == len(data)
        async with session.get(blobs.content_url(manifest.id())) as r:
            assert (r.status, r.content_type) == (200, "video/mp4")
            assert await r.read() == data
        async with session.get(blobs.content_url(manifest.id()), headers={"Range": "bytes=-100"}) as r:
            assert r.status == 206
            assert await r.read() == data[-100:]
            assert r.headers["Content-Range"] == f"bytes {len(data) - 100}-{len(data) - 1}/{len(data)}"
        async with session.get(blobs.content_url(manifest.id()), headers={"Range": "bytes=99999999-"}) as r:
            assert r.status == 416
        assert await blobs.usage(owner.actor_id) == {"used": len(data), "quota": 64 * MiB}


def test_verified_chunks_keep_the_most_recently_used_within_their_bound() -> None:
    kept = VerifiedChunks(max_bytes=10)
    kept.put(b"a", [b"1234", b"5"])
    kept.put(b"b", [b"12345"])
    assert kept.get(b"a") == (b"1234", b"5")  # now the most recently used
    kept.put(b"c", [b"12"])
    assert (kept.get(b"a"), kept.get(b"b"), kept.get(b"c")) == ((b"1234", b"5"), None, (b"12",))
    assert kept.size == 7
    kept.put(b"d", [b"x" * 11])  # larger than the whole bound: not kept, nothing dropped for it
    assert (kept.get(b"d"), kept.size) == (None, 7)
    kept.put(b"c", [b"123"])  # kept again: counted once
    assert kept.size == 8
    kept.discard(b"a")
    assert (kept.get(b"a"), kept.size) == (None, 3)
    kept.clear()
    assert (kept.get(b"c"), kept.size) == (None, 0)
    assert VerifiedChunks(max_bytes=0).get(b"a") is None


def test_a_chunk_sent_in_tiny_pieces_is_kept_joined() -> None:
    kept = VerifiedChunks(max_bytes=1 << 20)
    tiny = [bytes([i % 256]) for i in range(5000)]
    kept.put(b"t", tiny)
    assert kept.get(b"t") == (b"".join(tiny),)
    assert kept.size == 5000


def test_chunk_files_keep_only_verified_chunks_and_flush_what_an_earlier_run_left(tmp_path: Path) -> None:
    files = ChunkFiles(tmp_path / "chunks", fsync=True)
    good, other = os.urandom(3000), os.urandom(2000)
    files.write(chunk_id(good), [good[:1000], good[1000:]])
    # Bytes that do not match the id are refused, and no file of theirs is left, in place or half written.
    with pytest.raises(ChunkMismatchError):
        files.write(chunk_id(other), [other[:1000], b"x" + other[1001:]])
    assert not files.path(chunk_id(other)).exists()
    assert list(files.incoming.iterdir()) == []
    assert files.read(chunk_id(good)) == good
    # After a restart nothing is known to be flushed: what is present with the expected size is flushed now.
    again = ChunkFiles(tmp_path / "chunks", fsync=True)
    wanted = [(chunk_id(good), len(good)), (chunk_id(other), len(other))]
    assert again.sync(wanted) == [(chunk_id(good), len(good))]
    assert again.sync([(chunk_id(good), len(good) + 1)]) == []


def test_parse_range() -> None:
    assert parse_range(None, 100) is None
    assert parse_range("bytes=0-9", 100) == (0, 10)
    assert parse_range("bytes=90-", 100) == (90, 100)
    assert parse_range("bytes=-5", 100) == (95, 100)
    assert parse_range("bytes=0-999", 100) == (0, 100)
    assert parse_range("bytes=0-1,5-6", 100) is None
    assert parse_range("items=0-1", 100) is None


@pytest.mark.asyncio
async def test_chunk_that_does_not_match_its_id_is_refused(tmp_path: Path) -> None:
    owner = PrivateKey.generate()
    data = os.urandom(MiB + 100)
    async with service_nodes(tmp_path, chain=_funded(owner)) as [node], client_session() as session:
        blobs = BlobClient(session, node.url)
        manifest = Manifest.for_blob(owner, data, "image/png", 1)
        assert await blobs.put_manifest(manifest) == list(manifest.chunks)
        first, second = split_chunks(data)
        tampered = bytes([first[0] ^ 1]) + first[1:]
        with pytest.raises(ServiceClientError) as refused:
            await blobs.put_chunk(tampered, manifest.chunks[0])
        assert (refused.value.status, refused.value.code) == (400, "hash_mismatch")
        # The wrong size for its place in the blob.
        with pytest.raises(ServiceClientError) as oversize:
            await blobs.put_chunk(io.BytesIO(os.urandom(MiB + 1)), bytes(32))  # type: ignore[arg-type]
        assert oversize.value.status == 413
        assert await blobs.missing(manifest.id()) == list(manifest.chunks)
        await blobs.put_chunk(second)
        await blobs.put_chunk(first)
        assert (await blobs.download(manifest.id()))[1] == data


@pytest.mark.asyncio
async def test_chunks_sent_before_their_manifest_are_verified_bounded_and_expire(tmp_path: Path) -> None:
    owner = PrivateKey.generate()
    data = os.urandom(2 * MiB + 10)
    config = dataclasses.replace(TEST_CONFIG, staging_bytes_per_client=5 * MiB // 2, staging_ttl_ms=60_000)
    async with (
        service_nodes(tmp_path, chain=_funded(owner), config=config) as [node],
        client_session() as session,
    ):
        blobs = BlobClient(session, node.url)
        service = node.services.blobs
        first, second, third = split_chunks(data)
        # A chunk is checked against its id even when no manifest names it yet.
        with pytest.raises(ServiceClientError) as tampered:
            await blobs.put_chunk(b"x" + first[1:], chunk_id(first))
        assert (tampered.value.status, tampered.value.code) == (400, "hash_mismatch")
        await blobs.put_chunk(first)
        await blobs.put_chunk(second)
        # Staged chunks are no blob: nobody can fetch them.
        async with session.get(f"{node.url}/v1/blobs/chunks/{chunk_id(first).hex()}") as r:
            assert (r.status, (await r.json())["error"]) == (404, "unknown_chunk")
        # The sender's staging room is bounded: past it, the manifest must come first.
        with pytest.raises(ServiceClientError) as full:
            await blobs.put_chunk(os.urandom(MiB))
        assert (full.value.status, full.value.code) == (409, "not_referenced")
        assert "staging room" in full.value.reason
        # The manifest claims what was staged; only the rest is missing, and the staging room is free again.
        manifest = Manifest.for_blob(owner, data, "video/mp4", 1)
        assert await blobs.put_manifest(manifest) == [chunk_id(third)]
        assert service.index.staged_bytes("127.0.0.1", service.clock()) == 0
        await blobs.put_chunk(third)
        assert (await blobs.download(manifest.id()))[1] == data
        # A staged chunk nobody claims is removed once it expires; claimed ones stay.
        stray = os.urandom(1000)
        await blobs.put_chunk(stray)
        path = service.files.path(chunk_id(stray))
        assert path.exists()
        assert service.sweep() == 0  # not expired yet
        later = service.clock() + 61_000
        service.clock = lambda: later
        assert service.sweep() == 1
        assert not path.exists()
        assert not service.index.has_chunk(chunk_id(stray))
        assert (await blobs.download(manifest.id()))[1] == data


@pytest.mark.asyncio
async def test_a_new_blob_goes_manifest_first_then_in_one_stream(tmp_path: Path) -> None:
    owner = PrivateKey.generate()
    data = os.urandom(5 * MiB + 3)
    async with service_nodes(tmp_path, chain=_funded(owner)) as [node], client_session() as session:
        blobs = BlobClient(session, node.url)
        seen: list[tuple[int, int]] = []
        manifest = await blobs.upload(owner, data, "video/mp4", progress=lambda done, total: seen.append((done, total)))
        assert (await blobs.download(manifest.id()))[1] == data
        assert seen[-1] == (6, 6)
        assert [done for done, _ in seen] == sorted(done for done, _ in seen)
        # The same bytes again: nothing is sent but the manifest (the node holds every chunk).
        seen.clear()
        again = await blobs.upload(
            owner, data, "video/mp4", manifest=manifest, progress=lambda d, t: seen.append((d, t))
        )
        assert again == manifest
        assert seen == [(i, 6) for i in range(1, 7)]
        # An owner without the quota is refused before any byte of the blob is sent.
        pauper = PrivateKey.generate()
        with pytest.raises(ServiceClientError) as refused:
            await blobs.upload(pauper, os.urandom(MiB), "video/mp4")
        assert (refused.value.status, refused.value.code) == (402, "quota_exceeded")
        assert node.services.blobs.index.staged_bytes("127.0.0.1", node.services.blobs.clock()) == 0


@pytest.mark.asyncio
async def test_a_chunk_damaged_on_disk_is_never_served(tmp_path: Path) -> None:
    owner = PrivateKey.generate()
    data = os.urandom(5000)
    async with service_nodes(tmp_path, chain=_funded(owner)) as [node], client_session() as session:
        blobs = BlobClient(session, node.url)
        manifest = await blobs.upload(owner, data, "image/jpeg")
        path = node.services.blobs.files.path(manifest.chunks[0])
        path.write_bytes(b"rot" + data[3:])
        # The bytes checked on the way in and kept in memory since are what the node serves, not the file's...
        async with session.get(f"{node.url}/v1/blobs/chunks/{manifest.chunks[0].hex()}") as r:
            assert (r.status, await r.read()) == (200, data)
        # ...and once they are no longer in memory (here: after a restart), reading the file finds the damage.
        await node.stop()
        await node.start()
        blobs = BlobClient(session, node.url)
        async with session.get(f"{node.url}/v1/blobs/chunks/{manifest.chunks[0].hex()}") as r:
            assert r.status == 404
        assert await blobs.missing(manifest.id()) == [manifest.chunks[0]]
        with pytest.raises(ServiceClientError) as incomplete:
            await blobs.download(manifest.id())
        assert incomplete.value.status == 404
        await blobs.upload(owner, data, "image/jpeg", manifest=manifest)
        assert (await blobs.download(manifest.id()))[1] == data


@pytest.mark.asyncio
async def test_quota_bought_by_fuelling_is_enforced(tmp_path: Path) -> None:
    owner, pauper = PrivateKey.generate(), PrivateKey.generate()
    chain = _funded(owner, quota=3 * MiB)
    async with service_nodes(tmp_path, chain=chain) as [node], client_session() as session:
        blobs = BlobClient(session, node.url)
        kept = await blobs.upload(owner, os.urandom(2 * MiB), "video/mp4")
        with pytest.raises(ServiceClientError) as over:
            await blobs.upload(owner, os.urandom(2 * MiB), "video/mp4")
        assert (over.value.status, over.value.code) == (402, "quota_exceeded")
        assert "fuel" in over.value.reason
        with pytest.raises(ServiceClientError) as unfunded:
            await blobs.upload(pauper, b"tiny", "text/plain")
        assert unfunded.value.status == 402
        # Fuelling more (the chain view reports a larger quota) lets the upload through.
        chain.quotas[owner.actor_id] = 8 * MiB
        await blobs.upload(owner, os.urandom(2 * MiB), "video/mp4")
        assert (await blobs.download(kept.id()))[0] == kept


@pytest.mark.asyncio
async def test_malformed_manifests_are_refused(tmp_path: Path) -> None:
    owner, other = PrivateKey.generate(), PrivateKey.generate()
    async with service_nodes(tmp_path, chain=_funded(owner)) as [node], client_session() as session:
        url = f"{node.url}/v1/blobs/manifests"
        good = Manifest.for_blob(owner, b"hello", "text/plain", 1)
        forged = dataclasses.replace(good, signature=other.sign(good.DOMAIN, good.signing_bytes()))
        wire = good.to_wire()
        cases = {
            "forged signature": (forged.encode(), 403),
            "size disagrees with chunks": (pack([*wire[:2], 5 * MiB, *wire[3:]]), 400),
            "not a media type": (pack([*wire[:3], "hello world", *wire[4:]]), 400),
            "a chunk id of 31 bytes": (pack([*wire[:4], [b"x" * 31], *wire[5:]]), 400),
            "truncated": (good.encode()[:-5], 400),
            "too large": (b"\x00" * (Manifest.MAX_SIZE + 1), 413),
            "empty": (b"", 400),
        }
        for what, (body, status) in cases.items():
            async with session.post(url, data=body) as r:
                payload = await r.json()
                assert r.status == status, what
                assert payload["reason"].endswith("."), what
        async with session.post(url, data=good.encode()) as r:
            assert r.status == 201


@pytest.mark.asyncio
async def test_blob_on_one_node_is_replicated_to_another_on_demand(tmp_path: Path) -> None:
    owner = PrivateKey.generate()
    data = os.urandom(MiB + 777)
    async with service_nodes(tmp_path, 2, chain=_funded(owner)) as [a, b], client_session() as session:
        manifest = await BlobClient(session, a.url).upload(owner, data, "video/mp4")
        from_b = BlobClient(session, b.url)
        assert await from_b.read_range(manifest.id(), MiB - 1, MiB + 1) == data[MiB - 1 : MiB + 1]
        assert (await from_b.download(manifest.id()))[1] == data
        # B now holds its own verified copy and serves it with A gone.
        await a.stop()
        assert (await from_b.download(manifest.id()))[1] == data
        assert chunk_id(data[:MiB]) == manifest.chunks[0]
        # The replica is not charged to the owner on B.
        assert (await from_b.usage(owner.actor_id))["used"] == 0
