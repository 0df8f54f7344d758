"""The data layer: ingestion semantics, snapshots, serialization, and the time-aware sums behind features."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant import (
    BlockEvents,
    ChainData,
    FollowSeen,
    MediaType,
    PostKind,
    PostSeen,
    Role,
    VoteSeen,
    post_from_payload,
)
from assistant.colours import (
    COLOUR_NAMES,
    PaletteStyle,
    colour_bins,
    colour_name,
    palette_style,
    parse_colour,
)
from assistant.data import DataFormatError
from assistant.features import labels, prior_sums
from assistant.records import DAY_MS, HOUR_MS, normalize_tag

T0 = 1_735_689_600_000
ALICE, BOB, CAROL = b"a" * 20, b"b" * 20, b"c" * 20


def _post(post_id: bytes, time_ms: int, tags: tuple[str, ...] = ("Linen",), author: bytes = ALICE) -> PostSeen:
    return PostSeen(
        post_id, author, Role.MODEL, "Paris", time_ms, PostKind.PHOTO, tags, (0xC4C8CE,), 80, MediaType.IMAGE
    )


def _vote(post_id: bytes, voter: bytes, value: int, time_ms: int, weight: int = 2) -> VoteSeen:
    return VoteSeen(post_id, voter, value, weight, 10, time_ms)


def test_changed_and_withdrawn_votes_count_once() -> None:
    data = ChainData()
    p = b"p" * 32
    data.ingest(BlockEvents(1, T0, (_post(p, T0),)))
    data.ingest(
        BlockEvents(
            2,
            T0 + HOUR_MS,
            (
                _vote(p, BOB, 1, T0 + HOUR_MS),
                _vote(p, BOB, 1, T0 + HOUR_MS),  # repeated: no change
                _vote(p, CAROL, 1, T0 + HOUR_MS),
                _vote(p, BOB, -1, T0 + 2 * HOUR_MS),  # changed its mind
                _vote(p, CAROL, 0, T0 + 3 * HOUR_MS),  # withdrawn
            ),
        )
    )
    lab = labels(data.snapshot(), horizon_days=3, as_of_ms=T0 + 4 * DAY_MS)
    assert lab.engagement.tolist() == [-1.0]
    assert lab.reputation.tolist() == [-2.0]
    assert lab.matured.tolist() == [True]


def test_votes_seen_before_their_post_are_kept() -> None:
    data = ChainData()
    p = b"q" * 32
    data.ingest([_vote(p, BOB, 1, T0 + 1000)])
    assert data.snapshot().n_posts == 0
    data.ingest([_post(p, T0)])
    lab = labels(data.snapshot(), as_of_ms=T0 + 5 * DAY_MS)
    assert lab.engagement.tolist() == [1.0]


def test_a_post_seen_twice_counts_once_and_tags_are_normalized() -> None:
    data = ChainData()
    p = b"r" * 32
    data.ingest([_post(p, T0, ("#Linen", "linen", " LINEN ", "Silk Road"))])
    data.ingest([_post(p, T0, ("other",))])
    snap = data.snapshot()
    assert snap.n_posts == 1
    assert [snap.tags[c] for c in snap.tag_code] == ["linen", "silkroad"]
    assert normalize_tag("＃Ｌｉｎｅｎ") == "linen"


def test_follow_and_unfollow_are_changes_of_a_standing_follow() -> None:
    data = ChainData()
    used = data.ingest(
        [
            FollowSeen(BOB, ALICE, True, T0),
            FollowSeen(BOB, ALICE, True, T0 + 1),
            FollowSeen(BOB, ALICE, False, T0 + 2),
            FollowSeen(BOB, ALICE, False, T0 + 3),
        ]
    )
    assert used == 2
    assert data.snapshot().follow_delta.tolist() == [1, -1]


def test_data_bytes_round_trip_and_ingestion_goes_on(community_events_small: list[object]) -> None:
    events = community_events_small
    half = len(events) // 2
    original = ChainData()
    original.ingest(events[:half])
    restored = ChainData.from_bytes(original.to_bytes())
    for data in (original, restored):
        data.ingest(events[half:])
    a, b = original.snapshot(), restored.snapshot()
    for name in a.__slots__:
        left, right = getattr(a, name), getattr(b, name)
        if isinstance(left, np.ndarray):
            np.testing.assert_array_equal(left, right, err_msg=name)
        else:
            assert left == right, name


@pytest.mark.parametrize("blob", [b"", b"garbage", b"PK\x03\x04" + b"\x00" * 40])
def test_damaged_data_bytes_are_refused(blob: bytes) -> None:
    with pytest.raises(DataFormatError):
        ChainData.from_bytes(blob)


def test_inconsistent_data_bytes_are_refused() -> None:
    data = ChainData()
    data.ingest([_post(b"s" * 32, T0), _vote(b"s" * 32, BOB, 1, T0 + 1)])
    good = ChainData.from_bytes(data.to_bytes())
    assert good.n_posts == 1
    import io
    import json

    with np.load(io.BytesIO(data.to_bytes())) as archive:
        arrays = {k: archive[k] for k in archive.files}
    meta = json.loads(bytes(arrays["meta"]).decode())
    meta["posts"] = []  # the vote now points at a post that does not exist
    arrays["meta"] = np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8)
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    with pytest.raises(DataFormatError):
        ChainData.from_bytes(buffer.getvalue())


def test_post_from_payload_reads_the_protocol_fields() -> None:
    class Payload:
        kind = 4
        text = "Spring lookbook"
        tags = ("ss25",)
        palette = (0x1F4FB5, 0x1234567)

    post = post_from_payload(b"t" * 32, ALICE, Role.DESIGNER, "Milan", T0, Payload(), MediaType.MIXED)
    assert post.kind == PostKind.LOOKBOOK
    assert post.caption_length == len("Spring lookbook")
    assert post.palette == (0x1F4FB5, 0x234567)


@settings(max_examples=60, deadline=None)
@given(
    events=st.lists(st.tuples(st.integers(0, 3), st.integers(0, 50), st.integers(-5, 5)), max_size=40),
    queries=st.lists(st.tuples(st.integers(0, 3), st.integers(-5, 55)), min_size=1, max_size=20),
)
def test_prior_sums_match_a_brute_force_sum(events: list[tuple[int, int, int]], queries: list[tuple[int, int]]) -> None:
    ev = np.array(events, dtype=np.int64).reshape(-1, 3)
    q = np.array(queries, dtype=np.int64)
    got = prior_sums(ev[:, 0], ev[:, 1], ev[:, 2].astype(np.float64), q[:, 0], q[:, 1])[:, 0]
    want = [sum(v for g, t, v in events if g == qg and t <= qt) for qg, qt in queries]
    assert got.tolist() == pytest.approx(want)


def test_named_colours_bin_to_themselves_and_parse() -> None:
    assert colour_bins([rgb for _, rgb in COLOUR_NAMES]).tolist() == list(range(len(COLOUR_NAMES)))
    assert colour_name(0xC0C0C8) == "silver"
    assert parse_colour("#C4C8CE") == parse_colour("0xc4c8ce") == parse_colour(0xC4C8CE) == 0xC4C8CE
    with pytest.raises(ValueError, match="colour"):
        parse_colour("#12345")


def test_palette_styles_follow_lightness_and_chroma() -> None:
    assert palette_style([]) == PaletteStyle.NONE
    assert palette_style([0x111111, 0x8C8C8C, 0xF7F7F5]) == PaletteStyle.MONOCHROME
    assert palette_style([0xF2BFC4, 0xB9A3DC, 0x9FE3C8]) == PaletteStyle.PASTEL
    assert palette_style([0xD0202E, 0xD6258A, 0x1F4FB5]) == PaletteStyle.VIVID
    assert palette_style([0xB07D4F, 0x5C3A21, 0x6E7B32]) == PaletteStyle.EARTHY
