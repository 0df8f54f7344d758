"""Builds the ExC protocol test vectors from fixed inputs; `python -m tests.vectors.build` rewrites them.

The JSON is frozen: tests rebuild every vector from the same inputs and compare, so any change to the
wire format shows up as a failing test (and must then be a deliberate change of the spec).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from lightnode.protocol import actions as A
from lightnode.protocol.address import encode_address
from lightnode.protocol.chain import ZERO_HASH, Commit, CommitSig, Header, LightBlock, Validator, ValidatorSet
from lightnode.protocol.encoding import Amount, pack
from lightnode.protocol.hashing import Tag, blake2b256
from lightnode.protocol.keys import PrivateKey
from lightnode.protocol.merkle import merkle_proof, merkle_root
from lightnode.protocol.services import chunk_id
from lightnode.protocol.smt import SparseMerkleTree

HERE = Path(__file__).resolve().parent
CHAIN = "exc-vectors"


def key(n: int) -> PrivateKey:
    return PrivateKey(bytes([n]) * 32)


def hashing() -> list[dict[str, str]]:
    return [
        {"tag": tag.value.decode(), "data": data.hex(), "hash": blake2b256(tag, data).hex()}
        for tag in (Tag.HEADER, Tag.ACTION, Tag.MERKLE)
        for data in (b"", b"ExC")
    ]


def chunk_ids() -> list[dict[str, str]]:
    chunks = (b"", b"ExC", bytes(range(256)) * 4100)  # the last spans several BLAKE3 chunks (1,025,600 bytes)
    return [
        {
            "data": data.hex() if len(data) < 64 else f"bytes(range(256)) * {len(data) // 256}",
            "chunk_id": chunk_id(data).hex(),
        }
        for data in chunks
    ]


def keys() -> list[dict[str, str]]:
    out = []
    for n in (1, 2):
        k = key(n)
        out.append(
            {
                "seed": k.seed.hex(),
                "public_key": k.public_key.raw.hex(),
                "actor_id": k.actor_id.hex(),
                "address": encode_address(k.actor_id),
            }
        )
    return out


def amounts() -> list[dict[str, str]]:
    return [
        {"amount": str(v), "wire": pack(Amount().to_wire(v)).hex()}
        for v in (0, 1, 10**18, 1234 * 10**18 + 5, 2**256 - 1)
    ]


def transfer() -> dict[str, str]:
    sender = key(1)
    action = A.Action(CHAIN, sender.public_key.raw, 0, 10**15, 1000, A.Transfer(key(2).actor_id, 5 * 10**18, "hello"))
    signed = action.sign(sender)
    return {
        "description": "seed 01*32 sends 5 ExC to the actor of seed 02*32, nonce 0, fee 10^15, expiry 1000",
        "sign_bytes": action.sign_bytes().hex(),
        "signed_action": signed.encode().hex(),
        "action_id": signed.id().hex(),
    }


def validator_set() -> ValidatorSet:
    return ValidatorSet.of(Validator(key(n).public_key.raw, 10 * n) for n in (1, 2, 3, 4))


def header() -> Header:
    vs = validator_set()
    return Header(
        CHAIN,
        1,
        1_767_225_600_000,
        ZERO_HASH,
        ZERO_HASH,
        merkle_root([]),
        SparseMerkleTree().root_hash,
        vs.hash(),
        vs.hash(),
        vs.validators[0].address,
    )


def light_block() -> dict[str, str]:
    vs = validator_set()
    h = header()
    unsigned = Commit(h.height, 0, h.hash(), ())
    vote_bytes = unsigned.vote(CHAIN).sign_bytes()
    sigs = tuple(
        CommitSig(i, key(n).sign_raw(vote_bytes))
        for i, v in enumerate(vs.validators)
        for n in (4, 3, 2)
        if key(n).public_key.raw == v.public_key
    )
    commit = Commit(h.height, 0, h.hash(), sigs)
    return {
        "description": "height 1, validators seeds 01..04 with power 10*n; seeds 04, 03, 02 precommit",
        "validator_set": vs.encode().hex(),
        "validators_hash": vs.hash().hex(),
        "header": h.encode().hex(),
        "header_hash": h.hash().hex(),
        "precommit_sign_bytes": vote_bytes.hex(),
        "commit": commit.encode().hex(),
        "light_block": LightBlock(h, commit, vs).encode().hex(),
    }


def merkle() -> dict[str, Any]:
    leaves = [b"a", b"b", b"c", b"d", b"e"]
    return {
        "leaves": [leaf.hex() for leaf in leaves],
        "empty_root": merkle_root([]).hex(),
        "root": merkle_root(leaves).hex(),
        "proof_index_2": pack(merkle_proof(leaves, 2).to_wire()).hex(),
    }


def smt() -> dict[str, Any]:
    items = {b"acct/alice": b"\x01", b"acct/bob": b"\x02", b"post/1": b"hello"}
    tree = SparseMerkleTree().update(items)
    return {
        "items": [[k.hex(), v.hex()] for k, v in sorted(items.items())],
        "empty_root": SparseMerkleTree().root_hash.hex(),
        "root": tree.root_hash.hex(),
        "inclusion_proof_acct_bob": pack(tree.prove(b"acct/bob").to_wire()).hex(),
        "absence_proof_acct_carol": pack(tree.prove(b"acct/carol").to_wire()).hex(),
    }


def build() -> dict[str, Any]:
    return {
        "hashing": hashing(),
        "chunk_ids": chunk_ids(),
        "keys": keys(),
        "amounts": amounts(),
        "transfer": transfer(),
        "light_block": light_block(),
        "merkle": merkle(),
        "smt": smt(),
    }


def main() -> None:
    (HERE / "protocol.json").write_text(json.dumps(build(), indent=2) + "\n")
    sys.stdout.write(f"wrote {HERE / 'protocol.json'}\n")


if __name__ == "__main__":
    main()
