"""Benchmarks of the ExC protocol core: state tree updates and proofs, against a raw BLAKE2b baseline."""

from __future__ import annotations

import argparse
import hashlib
import json
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable, Mapping, Sequence

from nacl.signing import VerifyKey

from lightnode.protocol.chain import (
    Commit,
    CommitSig,
    Header,
    Validator,
    ValidatorSet,
    header_hash_of_encoding,
    verify_commit,
)
from lightnode.protocol.keys import PrivateKey
from lightnode.protocol.smt import SparseMerkleTree, proof_size, verify_smt_proof

Figures = dict[str, float]
# A section measures one thing and returns its figures; it sees what earlier sections measured, so that it
# can relate its rates to a baseline taken on the same machine in the same run.
Section = Callable[[Mapping[str, float]], Figures]

SEED = 20240601
SMT_SIZES = {"100k": 100_000, "1m": 1_000_000}
SMT_UPDATES = 20_000
SMT_PROOF_SAMPLE = 1_000
HASH_ROUNDS = 1_000_000
HEADER_ROUNDS = 9
HEADER_BLOCKS_PER_ROUND = 400
HEADER_VALIDATORS = 4


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def hash_baseline(earlier: Mapping[str, float]) -> Figures:
    """Raw BLAKE2b-256 over 64-byte inputs (an SMT node's two children): the cost floor of every update."""
    progress("hashing baseline…")
    message = bytes(range(64))
    blake2b = hashlib.blake2b
    start = time.perf_counter()
    for _ in range(HASH_ROUNDS):
        blake2b(message, digest_size=32).digest()
    elapsed = time.perf_counter() - start
    return {"blake2b_64b_per_s": HASH_ROUNDS / elapsed}


def _state_entries(rng: random.Random, count: int) -> dict[bytes, bytes]:
    # Shaped like account records: a prefixed 20-byte actor id mapping to an encoded balance and nonce.
    return {b"acct/" + rng.randbytes(20): rng.randbytes(40) for _ in range(count)}


def _smt_at_size(label: str, size: int, baseline: Mapping[str, float]) -> Figures:
    rng = random.Random(f"{SEED}/{size}")
    progress(f"smt {label}: generating {size:,} entries…")
    entries = _state_entries(rng, size)

    progress(f"smt {label}: batch build…")
    start = time.perf_counter()
    tree = SparseMerkleTree().update(entries)
    build_s = time.perf_counter() - start

    # Half rewrite existing keys, half insert new ones: what blocks of transfers to old and new actors do.
    existing = rng.sample(list(entries), SMT_UPDATES // 2)
    writes = [(key, rng.randbytes(40)) for key in existing]
    writes += list(_state_entries(rng, SMT_UPDATES - len(writes)).items())
    rng.shuffle(writes)
    progress(f"smt {label}: {len(writes):,} single-key updates…")
    version = tree
    start = time.perf_counter()
    for key, value in writes:
        version = version.set(key, value)
    updates_per_s = len(writes) / (time.perf_counter() - start)

    progress(f"smt {label}: proofs…")
    sample = rng.sample(list(entries), SMT_PROOF_SAMPLE)
    start = time.perf_counter()
    proofs = [tree.prove(key) for key in sample]
    prove_s = time.perf_counter() - start
    root = tree.root_hash
    start = time.perf_counter()
    for key, proof in zip(sample, proofs, strict=True):
        verify_smt_proof(root, key, entries[key], proof)
    verify_s = time.perf_counter() - start
    sizes = [proof_size(proof) for proof in proofs]
    # Non-inclusion proofs may carry another leaf's path and value hash, so they run a little larger.
    absent_sizes = [proof_size(tree.prove(key)) for key in _state_entries(rng, SMT_PROOF_SAMPLE)]
    mean_depth = statistics.fmean(proof.depth for proof in proofs)

    figures = {
        f"smt_build_s_{label}": build_s,
        f"smt_updates_per_s_{label}": updates_per_s,
        f"smt_proof_bytes_{label}": statistics.fmean(sizes),
        f"smt_proof_bytes_max_{label}": float(max(sizes)),
        f"smt_absent_proof_bytes_{label}": statistics.fmean(absent_sizes),
        f"smt_absent_proof_bytes_max_{label}": float(max(absent_sizes)),
        f"smt_mean_depth_{label}": mean_depth,
        f"smt_proves_per_s_{label}": len(proofs) / prove_s,
        f"smt_verifies_per_s_{label}": len(proofs) / verify_s,
    }
    # An update rehashes one node per level: the hash rate over the depth is the ceiling for a Python tree.
    hash_bound = baseline["blake2b_64b_per_s"] / mean_depth
    figures[f"smt_updates_vs_hash_bound_{label}"] = updates_per_s / hash_bound
    return figures


def smt(baseline: Mapping[str, float]) -> Figures:
    """Build, update and prove the state tree at each size; the 1M-key ratio is the headline figure."""
    figures: Figures = {}
    for label, size in SMT_SIZES.items():
        figures.update(_smt_at_size(label, size, baseline))
    figures["smt_updates_vs_hash_bound"] = figures["smt_updates_vs_hash_bound_1m"]
    return figures


def _signed_chain(n_blocks: int, n_validators: int) -> tuple[str, ValidatorSet, list[tuple[bytes, bytes]]]:
    """`n_blocks` encoded (header, commit) pairs, each signed by every validator."""
    chain_id = "exc-bench"
    keys = [PrivateKey(bytes([i + 1]) * 32) for i in range(n_validators)]
    valset = ValidatorSet.of(Validator(k.public_key.raw, 10) for k in keys)
    by_key = {k.public_key.raw: k for k in keys}
    out: list[tuple[bytes, bytes]] = []
    for height in range(2, n_blocks + 2):
        header = Header(
            chain_id, height, 1_767_225_600_000 + height * 1000, bytes(32), bytes(32), bytes(32),
            bytes(32), valset.hash(), valset.hash(), valset.validators[0].address,
        )  # fmt: skip
        block_hash = header.hash()
        sign_bytes = Commit(height, 0, block_hash, ()).sign_bytes(chain_id)
        sigs = tuple(CommitSig(i, by_key[v.public_key].sign_raw(sign_bytes)) for i, v in enumerate(valset.validators))
        out.append((header.encode(), Commit(height, 0, block_hash, sigs).encode()))
    return chain_id, valset, out


def header_verification(_: Mapping[str, float]) -> Figures:
    """Header decode + hash + commit verification against raw PyNaCl verification of as many signatures.

    Rounds alternate between the two so that load from elsewhere on a shared machine hits both alike;
    the ratio reported is the median of the per-round ratios."""
    rounds, blocks_per_round, n_validators = HEADER_ROUNDS, HEADER_BLOCKS_PER_ROUND, HEADER_VALIDATORS
    progress(f"header verification: signing {blocks_per_round} blocks of {n_validators} validators…")
    chain_id, valset, blocks = _signed_chain(blocks_per_round, n_validators)
    n_sigs = blocks_per_round * n_validators
    key = PrivateKey(bytes([7]) * 32)
    verify_key = VerifyKey(key.public_key.raw)
    message = Commit(2, 0, bytes(32), ()).sign_bytes(chain_id)
    raw_items = [(message, key.sign_raw(message))] * n_sigs
    ratios: list[float] = []
    ours_rates: list[float] = []
    raw_rates: list[float] = []
    progress(f"header verification: {rounds} alternating rounds…")
    for _ in range(rounds):
        start = time.perf_counter()
        for msg, sig in raw_items:
            verify_key.verify(msg, sig)
        raw_s = time.perf_counter() - start
        start = time.perf_counter()
        for header_bytes, commit_bytes in blocks:
            Header.decode(header_bytes)
            verify_commit(chain_id, valset, Commit.decode(commit_bytes), header_hash_of_encoding(header_bytes))
        ours_s = time.perf_counter() - start
        ratios.append(raw_s / ours_s)
        ours_rates.append(blocks_per_round / ours_s)
        raw_rates.append(n_sigs / raw_s)
    return {
        "header_verify_ratio": statistics.median(ratios),
        "headers_verified_per_s": statistics.median(ours_rates),
        "raw_verify_per_s": statistics.median(raw_rates),
        "signatures_per_header": float(n_validators),
    }


# Run in order; a later section may use figures of an earlier one.
SECTIONS: list[Section] = [hash_baseline, header_verification, smt]

UNITS = (
    ("_per_s", "/s"),
    ("_bytes", "bytes"),
    ("_s_", "s"),
    ("_depth", "levels"),
    ("_vs_", "ratio"),
)


def _unit(name: str) -> str:
    return next((unit for marker, unit in UNITS if marker in name), "")


def _format(value: float) -> str:
    if value >= 1000:
        return f"{value:,.0f}"
    return f"{value:.2f}" if value >= 1 else f"{value:.3f}"


def print_table(sections: Sequence[tuple[str, Figures]]) -> None:
    width = max(len(name) for _, figures in sections for name in figures)
    for title, figures in sections:
        print(f"\n{title}")
        for name, value in figures.items():
            print(f"  {name:<{width}}  {_format(value):>12}  {_unit(name)}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true", help="end with one JSON object holding every figure")
    args = parser.parse_args(argv)

    results: Figures = {}
    measured: list[tuple[str, Figures]] = []
    start = time.perf_counter()
    for section in SECTIONS:
        figures = section(results)
        results.update(figures)
        measured.append((section.__name__.replace("_", " "), figures))
    total_s = time.perf_counter() - start

    print(f"ExC protocol benchmarks — Python {platform.python_version()} on {platform.machine()}")
    print_table(measured)
    print(f"\ntotal {total_s:.1f} s")
    if args.json:
        print(json.dumps({**results, "total_s": total_s}, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
