"""The assistant's data layer: verified chain events ingested block by block into columns, and snapshots."""

from __future__ import annotations

import io
import json
import threading
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from .colours import colour_bins, palette_styles_of_lab, rgb_to_lab
from .records import (
    EXC,
    BlockEvents,
    EndorsementSeen,
    Event,
    FollowSeen,
    ListingSeen,
    OrderSeen,
    OrderUpdate,
    PostSeen,
    ProfileSeen,
    VoteSeen,
    normalize_tag,
)

I64 = npt.NDArray[np.int64]
F64 = npt.NDArray[np.float64]
#: Role code used for actors whose role is not known yet.
UNKNOWN_ROLE = 0


class DataFormatError(ValueError):
    """A stored data blob does not have the expected shape."""


class _Growable:
    """A 1-D numpy array that grows by doubling, handing out read-only views of what it holds so far.

    Rows are only ever appended, so a view taken earlier never changes: snapshots cost no copy.
    """

    __slots__ = ("_buffer", "_size")

    def __init__(self, dtype: type[np.generic], initial: npt.NDArray[Any] | None = None) -> None:
        self._buffer: npt.NDArray[Any] = np.zeros(0, dtype) if initial is None else initial.astype(dtype)
        self._size = len(self._buffer)

    def extend(self, values: npt.NDArray[Any]) -> None:
        needed = self._size + len(values)
        if needed > len(self._buffer):
            grown = np.zeros(max(needed, 2 * len(self._buffer), 1024), self._buffer.dtype)
            grown[: self._size] = self._buffer[: self._size]
            self._buffer = grown
        self._buffer[self._size : needed] = values
        self._size = needed

    def view(self) -> npt.NDArray[Any]:
        out = self._buffer[: self._size]
        out.flags.writeable = False
        return out

    def __len__(self) -> int:
        return self._size


class _Table:
    """Rows appended as tuples, moved into one growable numpy column per field when read."""

    __slots__ = ("_columns", "_dtype", "_names", "_pending")

    def __init__(self, names: tuple[str, ...], dtype: type[np.generic]) -> None:
        self._names = names
        self._dtype = dtype
        self._columns = [_Growable(dtype) for _ in names]
        self._pending: list[tuple[Any, ...]] = []

    @property
    def names(self) -> tuple[str, ...]:
        return self._names

    def append(self, row: tuple[Any, ...]) -> None:
        self._pending.append(row)

    def columns(self) -> dict[str, npt.NDArray[Any]]:
        if self._pending:
            block = np.asarray(self._pending, dtype=self._dtype).reshape(len(self._pending), len(self._names))
            for i, column in enumerate(self._columns):
                column.extend(block[:, i])
            self._pending = []
        return {name: column.view() for name, column in zip(self._names, self._columns, strict=True)}

    def load(self, columns: dict[str, npt.NDArray[Any]]) -> None:
        self._columns = [_Growable(self._dtype, np.asarray(columns[name])) for name in self._names]
        self._pending = []

    def __len__(self) -> int:
        return len(self._columns[0]) + len(self._pending)


class _Vocabulary:
    """Strings (or byte ids) to dense integer codes, in order of first appearance."""

    __slots__ = ("codes", "items")

    def __init__(self, items: Iterable[Any] = ()) -> None:
        self.items: list[Any] = []
        self.codes: dict[Any, int] = {}
        for item in items:
            self.code(item)

    def code(self, item: Any) -> int:
        code = self.codes.get(item)
        if code is None:
            code = len(self.items)
            self.codes[item] = code
            self.items.append(item)
        return code


@dataclass(frozen=True, slots=True)
class Snapshot:
    """An immutable, columnar view of everything ingested up to one moment (safe to hand to a worker thread).

    Times are Unix milliseconds. Codes index the vocabularies `actors`, `regions`, `tags`, `skills`,
    `categories`. Prices are in ExC as floats (chain amounts are integers of 10^-18 ExC).
    """

    as_of_ms: int
    actors: tuple[bytes, ...]
    actor_index: Mapping[bytes, int]
    actor_role: I64
    actor_region: I64
    regions: tuple[str, ...]
    tags: tuple[str, ...]
    skills: tuple[str, ...]
    categories: tuple[str, ...]
    # Posts.
    post_ids: tuple[bytes, ...]
    post_author: I64
    post_role: I64
    post_region: I64
    post_time: I64
    post_kind: I64
    post_media: I64
    post_caption: I64
    #: Post × tag incidence as parallel arrays (post index, tag code), deduplicated per post.
    tag_post: I64
    tag_code: I64
    #: Palette entries: post index, 0xRRGGBB, rank within the palette (0 = most dominant), colour bin.
    colour_post: I64
    colour_rgb: I64
    colour_rank: I64
    colour_bin: I64
    #: Per post: PaletteStyle code, mean CIELAB lightness and chroma of its palette (NaN without one).
    post_style: I64
    post_lightness: F64
    post_chroma: F64
    # Votes, as changes of the standing vote of (post, voter): summing them up to a time gives the standing.
    vote_post: I64
    vote_voter: I64
    vote_delta: I64
    #: Change of the signed weight (value × weight) the vote gives the author's reputation.
    vote_weight_delta: I64
    vote_voter_reputation: I64
    vote_time: I64
    # Follows as +1 / -1 changes.
    follow_follower: I64
    follow_target: I64
    follow_delta: I64
    follow_time: I64
    # Endorsements.
    endorse_endorser: I64
    endorse_target: I64
    endorse_skill: I64
    endorse_weight: I64
    endorse_time: I64
    # Listings.
    listing_ids: tuple[bytes, ...]
    listing_seller: I64
    listing_kind: I64
    listing_category: I64
    listing_price: F64
    listing_region: I64
    listing_time: I64
    listing_delivery_days: I64
    # Orders.
    order_listing: I64
    order_buyer: I64
    order_category: I64
    order_unit_price: F64
    order_quantity: I64
    order_time: I64
    order_state: I64

    @property
    def n_posts(self) -> int:
        return len(self.post_time)

    def actor_code(self, actor: bytes) -> int | None:
        return self.actor_index.get(actor)


#: The tables and their columns. Market tables are float64 so prices fit; times (< 2^53 ms) stay exact.
_TABLES: dict[str, tuple[tuple[str, ...], type[np.generic]]] = {
    "post": (
        ("post_author", "post_role", "post_region", "post_time", "post_kind", "post_media", "post_caption"),
        np.int64,
    ),
    "tag": (("tag_post", "tag_code"), np.int64),
    "colour": (("colour_post", "colour_rgb", "colour_rank"), np.int64),
    "vote": (
        ("vote_post", "vote_voter", "vote_delta", "vote_weight_delta", "vote_voter_reputation", "vote_time"),
        np.int64,
    ),
    "follow": (("follow_follower", "follow_target", "follow_delta", "follow_time"), np.int64),
    "endorse": (
        ("endorse_endorser", "endorse_target", "endorse_skill", "endorse_weight", "endorse_time"),
        np.int64,
    ),
    "listing": (
        (
            "listing_seller", "listing_kind", "listing_category", "listing_price", "listing_region",
            "listing_time", "listing_delivery_days",
        ),
        np.float64,
    ),
    "order": (
        (
            "order_listing", "order_buyer", "order_category", "order_unit_price", "order_quantity",
            "order_time",
        ),
        np.float64,
    ),
}  # fmt: skip
_FLOAT_COLUMNS = frozenset({"listing_price", "order_unit_price"})


class ChainData:
    """Everything the assistant has learnt from verified blocks; `ingest` is cheap and thread-safe.

    Events are appended to columns as they arrive; `snapshot()` hands an immutable copy to trend reports
    and to training in a worker thread while ingestion goes on.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._version = 0
        self._snapshot: Snapshot | None = None
        self._snapshot_version = -1
        self._as_of_ms = 0
        self._actors = _Vocabulary()
        self._actor_role: list[int] = []
        self._actor_region: list[int] = []
        self._regions = _Vocabulary([""])
        self._tags = _Vocabulary()
        self._skills = _Vocabulary()
        self._categories = _Vocabulary()
        self._posts = _Vocabulary()
        self._listings = _Vocabulary()
        self._orders = _Vocabulary()
        self._order_state: list[int] = []
        self._tables = {key: _Table(names, dtype) for key, (names, dtype) in _TABLES.items()}
        # Derived per palette entry and per post when a snapshot is taken, only for what is new.
        self._colour_bin = _Growable(np.int64)
        self._post_style = _Growable(np.int64)
        self._post_lightness = _Growable(np.float64)
        self._post_chroma = _Growable(np.float64)
        #: post code << 32 | voter code → weight << 2 | (value + 1) of the standing vote: to turn new standing
        #: votes into changes. Packed into ints since a busy chain has millions of votes (a third the memory).
        self._standing_votes: dict[int, int] = {}
        self._standing_follows: set[tuple[int, int]] = set()
        #: Votes on posts not seen yet (a light client may verify them in either order).
        self._pending_votes: dict[bytes, list[VoteSeen]] = {}

    # ----------------------------------------------------------------------------------------------------
    # Ingestion.

    @property
    def version(self) -> int:
        """Grows with every ingested block; equal versions mean equal data."""
        return self._version

    @property
    def n_posts(self) -> int:
        return len(self._posts.items)

    def ingest(self, block: BlockEvents | Iterable[Event]) -> int:
        """Add one block's events (or any iterable of events, in chain order); returns how many were used."""
        events = block.events if isinstance(block, BlockEvents) else tuple(block)
        used = 0
        with self._lock:
            for event in events:
                used += self._ingest_one(event)
            if isinstance(block, BlockEvents):
                self._as_of_ms = max(self._as_of_ms, block.time_ms)
            self._version += 1
        return used

    def _actor(self, actor: bytes) -> int:
        code = self._actors.code(actor)
        if code == len(self._actor_role):
            self._actor_role.append(UNKNOWN_ROLE)
            self._actor_region.append(0)
        return code

    def _ingest_one(self, event: Event) -> int:
        if event.time_ms > self._as_of_ms:
            self._as_of_ms = event.time_ms
        if isinstance(event, VoteSeen):
            return self._ingest_vote(event)
        if isinstance(event, PostSeen):
            return self._ingest_post(event)
        if isinstance(event, FollowSeen):
            return self._ingest_follow(event)
        if isinstance(event, EndorsementSeen):
            self._tables["endorse"].append(
                (
                    self._actor(event.endorser),
                    self._actor(event.target),
                    self._skills.code(event.skill.strip().casefold()),
                    int(event.weight),
                    event.time_ms,
                )
            )
            return 1
        if isinstance(event, ProfileSeen):
            actor = self._actor(event.actor)
            self._actor_role[actor] = int(event.role)
            self._actor_region[actor] = self._regions.code(event.region.strip())
            return 1
        if isinstance(event, ListingSeen):
            return self._ingest_listing(event)
        if isinstance(event, OrderSeen):
            return self._ingest_order(event)
        if isinstance(event, OrderUpdate):
            code = self._orders.codes.get(event.order_id)
            if code is None:
                return 0
            self._order_state[code] = int(event.state)
            return 1
        return 0

    def _ingest_post(self, post: PostSeen) -> int:
        if post.post_id in self._posts.codes:
            return 0  # the same verified post seen twice (e.g. from a re-sync) counts once
        code = self._posts.code(post.post_id)
        author = self._actor(post.author)
        region = self._regions.code(post.region.strip())
        # The post's own role wins over the profile's, since it is what the author was when posting.
        self._actor_role[author] = int(post.author_role)
        if region:
            self._actor_region[author] = region
        self._tables["post"].append(
            (
                author,
                int(post.author_role),
                region,
                post.time_ms,
                int(post.kind),
                int(post.media_type),
                max(0, int(post.caption_length)),
            )
        )
        seen: set[int] = set()
        tags = self._tables["tag"]
        for tag in post.tags:
            name = normalize_tag(tag)
            if not name:
                continue
            tag_code = self._tags.code(name)
            if tag_code not in seen:
                seen.add(tag_code)
                tags.append((code, tag_code))
        colours = self._tables["colour"]
        for rank, rgb in enumerate(post.palette[:8]):
            colours.append((code, int(rgb) & 0xFFFFFF, rank))
        pending = self._pending_votes.pop(post.post_id, None)
        for vote in pending or ():
            self._ingest_vote(vote)
        return 1

    def _ingest_vote(self, vote: VoteSeen) -> int:
        post = self._posts.codes.get(vote.post_id)
        if post is None:
            self._pending_votes.setdefault(vote.post_id, []).append(vote)
            return 1
        voter = self._actor(vote.voter)
        value = vote.value
        value = 1 if value > 0 else (-1 if value < 0 else 0)
        weight = vote.weight if vote.weight > 0 else 0
        key = post << 32 | voter
        packed = self._standing_votes.get(key, 1)
        old_value, old_weight = (packed & 3) - 1, packed >> 2
        if value == old_value and weight == old_weight:
            return 0
        if value == 0:
            self._standing_votes.pop(key, None)
        else:
            self._standing_votes[key] = weight << 2 | (value + 1)
        self._tables["vote"].append(
            (
                post,
                voter,
                value - old_value,
                value * weight - old_value * old_weight,
                vote.voter_reputation,
                vote.time_ms,
            )
        )
        return 1

    def _ingest_follow(self, follow: FollowSeen) -> int:
        key = (self._actor(follow.follower), self._actor(follow.target))
        if follow.follow == (key in self._standing_follows):
            return 0
        if follow.follow:
            self._standing_follows.add(key)
        else:
            self._standing_follows.discard(key)
        self._tables["follow"].append((key[0], key[1], 1 if follow.follow else -1, follow.time_ms))
        return 1

    def _ingest_listing(self, listing: ListingSeen) -> int:
        if listing.listing_id in self._listings.codes:
            return 0
        self._listings.code(listing.listing_id)
        self._tables["listing"].append(
            (
                self._actor(listing.seller),
                int(listing.kind),
                self._categories.code(listing.category.strip().casefold()),
                listing.price / EXC,
                self._regions.code(listing.region.strip()),
                listing.time_ms,
                max(0, int(listing.delivery_days)),
            )
        )
        return 1

    def _ingest_order(self, order: OrderSeen) -> int:
        if order.order_id in self._orders.codes:
            return 0
        self._orders.code(order.order_id)
        self._order_state.append(int(order.state))
        self._tables["order"].append(
            (
                self._listings.codes.get(order.listing_id, -1),
                self._actor(order.buyer),
                self._categories.code(order.category.strip().casefold()),
                order.unit_price / EXC,
                max(1, int(order.quantity)),
                order.time_ms,
            )
        )
        return 1

    def _columns(self) -> dict[str, npt.NDArray[Any]]:
        """Every column, with integer columns of the float tables cast back to int64."""
        columns: dict[str, npt.NDArray[Any]] = {}
        for table in self._tables.values():
            for name, column in table.columns().items():
                columns[name] = column if name in _FLOAT_COLUMNS else column.astype(np.int64, copy=False)
        return columns

    # ----------------------------------------------------------------------------------------------------
    # Snapshots.

    def snapshot(self) -> Snapshot:
        """An immutable view of the data as of now (cached until the next ingest)."""
        with self._lock:
            if self._snapshot is not None and self._snapshot_version == self._version:
                return self._snapshot
            arrays = self._columns()
            rgb = arrays["colour_rgb"]
            if len(self._colour_bin) < len(rgb):
                self._colour_bin.extend(colour_bins(rgb[len(self._colour_bin) :]))
            self._update_post_visuals(arrays["colour_post"], rgb, len(arrays["post_time"]))
            snap = Snapshot(
                as_of_ms=self._as_of_ms,
                actors=tuple(self._actors.items),
                actor_index=dict(self._actors.codes),
                actor_role=np.asarray(self._actor_role, dtype=np.int64),
                actor_region=np.asarray(self._actor_region, dtype=np.int64),
                regions=tuple(self._regions.items),
                tags=tuple(self._tags.items),
                skills=tuple(self._skills.items),
                categories=tuple(self._categories.items),
                post_ids=tuple(self._posts.items),
                listing_ids=tuple(self._listings.items),
                colour_bin=self._colour_bin.view(),
                post_style=self._post_style.view(),
                post_lightness=self._post_lightness.view(),
                post_chroma=self._post_chroma.view(),
                order_state=np.asarray(self._order_state, dtype=np.int64),
                **arrays,
            )
            self._snapshot = snap
            self._snapshot_version = self._version
            return snap

    def _update_post_visuals(self, colour_post: I64, rgb: I64, n_posts: int) -> None:
        """Extend the per-post palette style, lightness and chroma to posts added since the last snapshot."""
        first = len(self._post_style)
        if first == n_posts:
            return
        # Palette rows are appended with their post, so the new posts' rows are one tail of the columns.
        start = int(np.searchsorted(colour_post, first, side="left"))
        owner = colour_post[start:] - first
        count = n_posts - first
        lab = rgb_to_lab(rgb[start:]) if len(owner) else np.zeros((0, 3))
        size = np.bincount(owner, minlength=count).astype(np.float64)
        with np.errstate(invalid="ignore", divide="ignore"):
            lightness = np.bincount(owner, lab[:, 0], count) / size
            chroma = np.bincount(owner, np.hypot(lab[:, 1], lab[:, 2]), count) / size
        self._post_style.extend(palette_styles_of_lab(lab, owner, count))
        self._post_lightness.extend(lightness)
        self._post_chroma.extend(chroma)

    # ----------------------------------------------------------------------------------------------------
    # Serialization: numpy arrays and JSON only (np.load with allow_pickle=False), so parsing a blob never
    # runs code; the caller wraps the bytes in the authenticated envelope of `blobs`.

    def to_bytes(self) -> bytes:
        """The whole data layer as bytes (an .npz archive without pickles)."""
        with self._lock:
            arrays = self._columns()
            meta = {
                "format": 1,
                "as_of_ms": self._as_of_ms,
                "actors": [a.hex() for a in self._actors.items],
                "actor_role": self._actor_role,
                "actor_region": self._actor_region,
                "regions": self._regions.items,
                "tags": self._tags.items,
                "skills": self._skills.items,
                "categories": self._categories.items,
                "posts": [p.hex() for p in self._posts.items],
                "listings": [p.hex() for p in self._listings.items],
                "orders": [p.hex() for p in self._orders.items],
                "order_state": self._order_state,
                "pending_votes": [
                    [v.post_id.hex(), v.voter.hex(), v.value, v.weight, v.voter_reputation, v.time_ms]
                    for votes in self._pending_votes.values()
                    for v in votes
                ],
            }
        buffer = io.BytesIO()
        meta_bytes = np.frombuffer(json.dumps(meta, separators=(",", ":")).encode("utf-8"), dtype=np.uint8)
        # np.savez's stub types **kwds as its own keyword arguments; the names here are column names.
        savez: Any = np.savez
        savez(buffer, meta=meta_bytes, **arrays)
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> ChainData:
        """Rebuild a data layer from `to_bytes`; raises DataFormatError on anything malformed."""
        try:
            with np.load(io.BytesIO(data), allow_pickle=False) as archive:
                meta = json.loads(bytes(archive["meta"]).decode("utf-8"))
                names = [name for names, _ in _TABLES.values() for name in names]
                arrays = {name: np.asarray(archive[name]) for name in names}
            return cls._from_parts(meta, arrays)
        except DataFormatError:
            raise
        except (
            OSError,
            ValueError,
            KeyError,
            TypeError,
            IndexError,
            AttributeError,
            EOFError,
            zipfile.BadZipFile,
        ) as exc:
            raise DataFormatError(f"the assistant's stored data is damaged: {exc}") from exc

    @classmethod
    def _from_parts(cls, meta: dict[str, Any], arrays: dict[str, npt.NDArray[Any]]) -> ChainData:
        if meta.get("format") != 1:
            raise DataFormatError("the assistant's stored data has an unknown format")
        data = cls()
        data._as_of_ms = int(meta["as_of_ms"])
        data._actors = _Vocabulary(bytes.fromhex(a) for a in meta["actors"])
        data._actor_role = [int(r) for r in meta["actor_role"]]
        data._actor_region = [int(r) for r in meta["actor_region"]]
        data._regions = _Vocabulary(str(r) for r in meta["regions"])
        data._tags = _Vocabulary(str(t) for t in meta["tags"])
        data._skills = _Vocabulary(str(s) for s in meta["skills"])
        data._categories = _Vocabulary(str(c) for c in meta["categories"])
        data._posts = _Vocabulary(bytes.fromhex(p) for p in meta["posts"])
        data._listings = _Vocabulary(bytes.fromhex(p) for p in meta["listings"])
        data._orders = _Vocabulary(bytes.fromhex(p) for p in meta["orders"])
        data._order_state = [int(s) for s in meta["order_state"]]
        for key, table in data._tables.items():
            columns = {name: arrays[name] for name in table.names}
            lengths = {len(c) for c in columns.values()}
            if any(c.ndim != 1 or c.dtype.kind not in "iuf" for c in columns.values()) or len(lengths) > 1:
                raise DataFormatError(f"the assistant's stored data is inconsistent ({key})")
            table.load(columns)
        data._check_consistency()
        # The standing votes and follows are sums of their changes, so they are rebuilt, not stored.
        cols = data._columns()
        keys = cols["vote_post"] << 32 | cols["vote_voter"]
        unique, inverse = np.unique(keys, return_inverse=True)
        value = np.bincount(inverse, cols["vote_delta"], len(unique)).astype(np.int64)
        weight = np.abs(np.bincount(inverse, cols["vote_weight_delta"], len(unique))).astype(np.int64)
        standing = value != 0
        data._standing_votes = dict(
            zip(
                unique[standing].tolist(),
                (weight[standing] << 2 | (value[standing] + 1)).tolist(),
                strict=True,
            )
        )
        follows: dict[tuple[int, int], int] = {}
        for a, b, delta in zip(
            cols["follow_follower"].tolist(),
            cols["follow_target"].tolist(),
            cols["follow_delta"].tolist(),
            strict=True,
        ):
            follows[(a, b)] = follows.get((a, b), 0) + delta
        data._standing_follows = {k for k, v in follows.items() if v > 0}
        for post_id, voter, value, weight, reputation, time_ms in meta["pending_votes"]:
            vote = VoteSeen(bytes.fromhex(post_id), bytes.fromhex(voter), value, weight, reputation, time_ms)
            data._pending_votes.setdefault(vote.post_id, []).append(vote)
        return data

    def _check_consistency(self) -> None:
        """Refuse stored data whose tables and vocabularies disagree (codes out of range, wrong lengths)."""
        cols = self._columns()
        expected = {
            "post_time": len(self._posts.items),
            "listing_time": len(self._listings.items),
            "order_time": len(self._orders.items),
            "actor_region": len(self._actors.items),
        }
        actual = {
            "post_time": len(cols["post_time"]),
            "listing_time": len(cols["listing_time"]),
            "order_time": len(cols["order_time"]),
            "actor_region": len(self._actor_region) if len(self._actor_role) == len(self._actor_region) else -1,
        }
        for name, size in expected.items():
            if actual[name] != size:
                raise DataFormatError(f"the assistant's stored data is inconsistent ({name})")
        bounds = {
            len(self._actors.items): ("post_author", "vote_voter", "follow_follower", "follow_target",
                                      "endorse_endorser", "endorse_target", "listing_seller", "order_buyer"),
            len(self._posts.items): ("tag_post", "colour_post", "vote_post"),
            len(self._tags.items): ("tag_code",),
            len(self._regions.items): ("post_region", "listing_region"),
            len(self._skills.items): ("endorse_skill",),
            len(self._categories.items): ("listing_category", "order_category"),
        }  # fmt: skip
        for size, names in bounds.items():
            for name in names:
                column = cols[name]
                if len(column) and (column.min() < 0 or column.max() >= size):
                    raise DataFormatError(f"the assistant's stored data is inconsistent ({name})")
        if len(self._order_state) != len(self._orders.items):
            raise DataFormatError("the assistant's stored data is inconsistent (order_state)")
