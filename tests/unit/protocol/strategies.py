"""Hypothesis strategies derived from the protocol's own codecs, so every structure is covered."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from lightnode.protocol import actions as A
from lightnode.protocol import chain as C
from lightnode.protocol import encoding as E
from lightnode.protocol.hashing import Tag, blake2b256
from lightnode.protocol.keys import PrivateKey


def for_codec(codec: E.Codec) -> st.SearchStrategy[Any]:
    if isinstance(codec, E._Int):
        return st.integers(codec.lo, codec.hi)
    if isinstance(codec, E.OneOf):
        return st.sampled_from(sorted(codec.values))
    if isinstance(codec, E.Bytes):
        if codec.size is not None:
            return st.binary(min_size=codec.size, max_size=codec.size)
        if codec.sizes:
            return st.sampled_from(sorted(codec.sizes)).flatmap(lambda n: st.binary(min_size=n, max_size=n))
        return st.binary(max_size=min(codec.max_len, 64))
    if isinstance(codec, E.Text):
        return st.text(min_size=codec.min_len, max_size=min(codec.max_len, 24)).filter(
            lambda s: codec.min_len <= len(s.encode()) <= codec.max_len
        )
    if isinstance(codec, E.Amount):
        return st.one_of(st.integers(0, 10**24), st.integers(0, E.AMOUNT_MAX))
    if isinstance(codec, E.ListOf):
        items = st.lists(for_codec(codec.item), max_size=min(codec.max_len, 4))
        if codec.sorted_unique:
            items = items.map(lambda xs: sorted(set(xs)))
        return items.map(tuple)
    if isinstance(codec, E.Nested):
        return for_struct(codec.cls)
    if isinstance(codec, A._ActionCodec):
        return actions()
    raise TypeError(f"no strategy for {codec!r}")


def _valid(cls: type[E.Struct], obj: E.Struct) -> bool:
    try:
        obj.validate()
    except (E.DecodeError, A.ValidationError):
        return False
    return True


def for_struct(cls: type[E.Struct]) -> st.SearchStrategy[Any]:
    special = _SPECIAL.get(cls)
    if special is not None:
        return special()
    fields = [for_codec(codec) for _, codec in cls._FIELDS]
    return st.tuples(*fields).map(lambda values: cls(*values)).filter(lambda obj: _valid(cls, obj))


def chain_ids() -> st.SearchStrategy[str]:
    return for_codec(C.CHAIN_ID)


def validator_sets() -> st.SearchStrategy[C.ValidatorSet]:
    validator = st.builds(C.Validator, st.binary(min_size=32, max_size=32), st.integers(1, 10**6))
    return st.lists(validator, min_size=1, max_size=6, unique_by=lambda v: v.public_key).map(C.ValidatorSet.of)


def commits() -> st.SearchStrategy[C.Commit]:
    sigs = st.lists(
        st.builds(C.CommitSig, st.integers(0, C.MAX_VALIDATORS - 1), st.binary(min_size=64, max_size=64)),
        max_size=5,
        unique_by=lambda s: s.validator_index,
    ).map(lambda xs: tuple(sorted(xs, key=lambda s: s.validator_index)))
    return st.builds(
        C.Commit,
        st.integers(0, 2**64 - 1),
        st.integers(0, C.MAX_ROUND),
        st.binary(min_size=32, max_size=32),
        sigs,
    )


def headers() -> st.SearchStrategy[C.Header]:
    hashes = st.binary(min_size=32, max_size=32)
    return st.builds(
        C.Header,
        chain_ids(),
        st.integers(2, 2**64 - 1),
        st.integers(0, 2**64 - 1),
        hashes,
        hashes,
        hashes,
        hashes,
        hashes,
        hashes,
        st.binary(min_size=20, max_size=20),
    )


def light_blocks() -> st.SearchStrategy[C.LightBlock]:
    return st.tuples(headers(), commits(), validator_sets()).map(
        lambda t: C.LightBlock(t[0], C.Commit(t[0].height, t[1].round, t[1].block_hash, t[1].signatures), t[2])
    )


def payloads() -> st.SearchStrategy[A.Payload]:
    return st.sampled_from(sorted(A.PAYLOAD_TYPES.values(), key=lambda c: c.TYPE)).flatmap(for_struct)


def actions() -> st.SearchStrategy[A.Action]:
    return st.builds(
        A.Action,
        chain_ids(),
        st.binary(min_size=32, max_size=32),
        st.integers(0, 2**64 - 1),
        st.integers(0, 10**21),
        st.integers(0, 2**64 - 1),
        payloads(),
    )


def proposals() -> st.SearchStrategy[A.Proposal]:
    title = st.text(min_size=1, max_size=20)
    text = st.text(max_size=40)
    key = st.binary(min_size=32, max_size=32)
    actor = st.binary(min_size=20, max_size=20)
    return st.one_of(
        st.builds(lambda t, d: A.Proposal(A.ProposalKind.TEXT, t, d, "", 0, b"", 0, b"", 0), title, text),
        st.builds(
            lambda t, d, p, v: A.Proposal(A.ProposalKind.PARAMETER, t, d, p, v, b"", 0, b"", 0),
            title,
            text,
            st.text(min_size=1, max_size=20),
            st.integers(-(2**63), 2**63 - 1),
        ),
        st.builds(
            lambda t, d, k, p: A.Proposal(A.ProposalKind.VALIDATOR, t, d, "", 0, k, p, b"", 0),
            title,
            text,
            key,
            st.integers(0, 2**60),
        ),
        st.builds(
            lambda t, d, r, a: A.Proposal(A.ProposalKind.SPEND, t, d, "", 0, b"", 0, r, a),
            title,
            text,
            actor,
            st.integers(1, 10**30),
        ),
    )


_KEY = PrivateKey(blake2b256(Tag.EVIDENCE, b"strategies"))


def signed_actions() -> st.SearchStrategy[A.SignedAction]:
    def sign(action: A.Action) -> A.SignedAction:
        own = A.Action(
            action.chain_id,
            _KEY.public_key.raw,
            action.nonce,
            action.fee,
            action.expiry_height,
            action.payload,
        )
        return own.sign(_KEY)

    return actions().map(sign)


_SPECIAL: dict[type[E.Struct], Any] = {
    C.ValidatorSet: validator_sets,
    C.Commit: commits,
    C.Header: headers,
    C.LightBlock: light_blocks,
    A.SignedAction: signed_actions,
    A.Proposal: proposals,
}

ALL_STRUCTS: list[type[E.Struct]] = [
    C.Header,
    C.Vote,
    C.Validator,
    C.ValidatorSet,
    C.Commit,
    C.LightBlock,
    A.SignedAction,
    *sorted(A.PAYLOAD_TYPES.values(), key=lambda c: c.TYPE),
]
