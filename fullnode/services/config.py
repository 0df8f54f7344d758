"""Limits and timings of the node services, with defaults fit for a public node."""

from __future__ import annotations

from dataclasses import dataclass

from lightnode.protocol.services import MAX_ENVELOPE_CIPHERTEXT, MAX_PART_MEDIA


@dataclass(frozen=True, slots=True)
class RateLimit:
    """A token bucket: `burst` requests at once, refilled at `per_second`."""

    per_second: float
    burst: int


@dataclass(frozen=True, slots=True)
class ServicesConfig:
    """Every tunable of the mailbox, the blob store and the stream relay."""

    # Mailbox
    max_envelope_ciphertext: int = MAX_ENVELOPE_CIPHERTEXT
    #: Envelopes expire after at most this long, whatever their sender asks.
    max_envelope_ttl_ms: int = 14 * 24 * 3600 * 1000
    mailbox_quota_bytes: int = 32 * 1024 * 1024
    mailbox_quota_envelopes: int = 5000
    #: How long an owner's session token (from a signed challenge) stays valid.
    session_ttl_ms: int = 15 * 60 * 1000
    challenge_ttl_ms: int = 60 * 1000
    max_prekeys_per_mailbox: int = 500
    #: Deposits into one mailbox, from anyone.
    mailbox_deposit_rate: RateLimit = RateLimit(20.0, 200)
    #: How often expired envelopes and tombstones are swept.
    sweep_interval_s: float = 30.0
    # Blob store
    #: Blob bytes a node keeps for an owner beyond the quota the chain reports (0 in production).
    free_quota_bytes: int = 0
    replicate_on_miss: bool = True
    #: Flush chunk files to disk before acknowledging them.
    fsync_chunks: bool = True
    #: Chunks may arrive before the manifest that lists them (so a client can hash and send at once): such a
    #: staged chunk is checked against its id, kept at most this long unless a manifest claims it, and counts
    #: against a bound per client address and one for the whole node.
    staging_ttl_ms: int = 10 * 60 * 1000
    staging_bytes_per_client: int = 64 * 1024 * 1024
    staging_bytes_total: int = 1024 * 1024 * 1024
    #: Chunks checked against their id on the way in (or when read from disk) are kept in memory up to this
    #: many bytes and served from there unhashed; whatever is read from disk is hashed again (0: always).
    verified_chunk_cache_bytes: int = 64 * 1024 * 1024
    # Stream relay
    max_part_media: int = MAX_PART_MEDIA
    #: How much of a live stream the relay keeps (and lists in its HLS playlist).
    stream_window_ms: int = 8000
    #: A viewer with more than this many parts waiting is dropped to the newest keyframe.
    viewer_queue_parts: int = 16
    max_viewers_per_channel: int = 1000
    #: A part whose timestamp is further than this from the node's clock is refused (replays).
    part_clock_skew_ms: int = 60_000
    viewer_report_interval_s: float = 1.0
    #: How long a blocking HLS playlist request (`_HLS_msn`) may wait.
    hls_block_timeout_s: float = 6.0
    # Everyone
    #: Requests from one client address to one service (anonymous requests).
    client_rate: RateLimit = RateLimit(200.0, 400)
    #: Requests from one authenticated key (mailbox owner, blob owner, channel).
    owner_rate: RateLimit = RateLimit(200.0, 400)
    #: Peer URLs are asked at most this long before giving up on them.
    peer_timeout_s: float = 5.0
    #: Hosts this node is reached at, checked as the audience of signed challenges; empty accepts the
    #: Host header the request came with (fine on loopback, set it on a public node).
    public_hosts: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not 0 < self.max_envelope_ciphertext <= MAX_ENVELOPE_CIPHERTEXT:
            raise ValueError(f"max_envelope_ciphertext must be within 1..{MAX_ENVELOPE_CIPHERTEXT}")
        if not 0 < self.max_part_media <= MAX_PART_MEDIA:
            raise ValueError(f"max_part_media must be within 1..{MAX_PART_MEDIA}")
        if self.stream_window_ms < 1000:
            raise ValueError("stream_window_ms must be at least 1000")
