"""The genesis (its hash, its JSON file and strict validation), the genesis state, and the state key
layout and value encodings that light clients decode from proofs."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from fullnode.state import StateMachine, genesis_state
from lightnode.protocol import state as S
from lightnode.protocol.chain import Validator
from lightnode.protocol.encoding import ONE_EXC, pack
from lightnode.protocol.errors import DecodeError, ValidationError
from lightnode.protocol.genesis import Genesis, load_genesis, save_genesis
from lightnode.protocol.smt import verify_smt_proof

from .state_harness import key

VALIDATOR = key(200).public_key.raw
ALICE, BOB = key(1).actor_id, key(2).actor_id


def sample(**params: int) -> Genesis:
    return Genesis.create(
        "exc-devnet", 1_700_000_000_000, [Validator(VALIDATOR, 10)], [(BOB, 5), (ALICE, 7 * ONE_EXC)], params
    )


def document() -> dict[str, object]:
    loaded = json.loads(sample(min_fee=5).to_json())
    assert isinstance(loaded, dict)
    return loaded


# -- the genesis structure -------------------------------------------------------------------------------


def test_create_orders_accounts_and_keeps_only_overridden_params() -> None:
    genesis = sample(voting_period_blocks=20)
    assert [a.actor for a in genesis.accounts] == sorted([ALICE, BOB])
    assert [(p.name, p.value) for p in genesis.params] == [("voting_period_blocks", 20)]
    assert genesis.parameters().get("voting_period_blocks") == 20
    assert genesis.parameters().get("min_fee") == S.PARAMETERS["min_fee"].default
    assert genesis.total_supply() == 7 * ONE_EXC + 5


def test_the_hash_is_stable_and_covers_every_field() -> None:
    genesis = sample()
    assert Genesis.decode(genesis.encode()).hash() == genesis.hash()
    assert sample(min_fee=1).hash() != genesis.hash()
    other_time = Genesis.create("exc-devnet", 1, [Validator(VALIDATOR, 10)], [(BOB, 5), (ALICE, 7 * ONE_EXC)])
    assert other_time.hash() != genesis.hash()


def test_create_refuses_duplicates_and_invalid_values() -> None:
    with pytest.raises(ValidationError, match="listed twice"):
        Genesis.create("c", 0, [Validator(VALIDATOR, 1)], [(ALICE, 1), (ALICE, 2)])
    with pytest.raises(ValidationError, match="appears twice"):
        Genesis.create("c", 0, [Validator(VALIDATOR, 1), Validator(VALIDATOR, 2)])
    with pytest.raises(ValidationError, match="not a valid Ed25519 point"):
        Genesis.create("c", 0, [Validator(bytes(32), 1)])
    with pytest.raises(ValidationError, match="unknown parameter"):
        Genesis.create("c", 0, [Validator(VALIDATOR, 1)], params={"nope": 1})
    with pytest.raises(ValidationError, match="within"):
        Genesis.create("c", 0, [Validator(VALIDATOR, 1)], params={"quorum_bps": -1})


def test_decoding_refuses_unsorted_accounts() -> None:
    genesis = sample()
    wire = genesis.to_wire()
    wire[4] = list(reversed(wire[4]))
    with pytest.raises(ValidationError, match="increasing actor id order"):
        Genesis.decode(pack(wire))


# -- the JSON file ---------------------------------------------------------------------------------------


def test_save_and_load_round_trip_with_hex_and_decimal_strings(tmp_path: Path) -> None:
    genesis = sample(min_fee=5)
    path = tmp_path / "genesis.json"
    save_genesis(genesis, path)
    doc = json.loads(path.read_text())
    assert doc["accounts"][0] == {"actor": ALICE.hex(), "balance": str(7 * ONE_EXC)}
    assert doc["validators"] == [{"public_key": VALIDATOR.hex(), "power": 10}]
    assert doc["params"] == {"min_fee": 5}
    loaded = load_genesis(path)
    assert loaded == genesis
    assert loaded.hash() == genesis.hash()
    assert [p.name for p in tmp_path.iterdir()] == ["genesis.json"]


def test_a_json_file_in_any_order_gives_the_same_genesis() -> None:
    doc = document()
    accounts = doc["accounts"]
    assert isinstance(accounts, list)
    doc["accounts"] = list(reversed(accounts))
    assert Genesis.from_json(json.dumps(doc)).hash() == sample(min_fee=5).hash()


@pytest.mark.parametrize(
    ("mutate", "error", "message"),
    [
        (lambda d: d.update(extra=1), DecodeError, "unknown field 'extra'"),
        (lambda d: d.pop("params"), DecodeError, "missing field 'params'"),
        (lambda d: d.update(genesis_time_ms=1.5), DecodeError, "not an integer"),
        (lambda d: d.update(genesis_time_ms=-1), ValidationError, "genesis_time_ms: -1 is outside"),
        (lambda d: d.update(chain_id=7), DecodeError, "chain_id: expected a string"),
        (
            lambda d: d["accounts"][0].update(balance=5),
            DecodeError,
            "accounts[0].balance: expected an amount",
        ),
        (lambda d: d["accounts"][0].update(balance="007"), DecodeError, "decimal string"),
        (lambda d: d["accounts"][0].update(balance="-1"), DecodeError, "decimal string"),
        (lambda d: d["accounts"][0].update(balance=str(2**256)), ValidationError, "larger than 2**256 - 1"),
        (
            lambda d: d["accounts"][0].update(actor="zz"),
            DecodeError,
            "accounts[0].actor: expected lowercase hex",
        ),
        (lambda d: d["accounts"][0].update(actor="ab" * 19), DecodeError, "expected 20 bytes"),
        (lambda d: d["accounts"].append(dict(d["accounts"][0])), ValidationError, "listed twice"),
        (lambda d: d["validators"][0].update(power=0), ValidationError, "validators[0].power: 0 is outside"),
        (lambda d: d["validators"][0].update(public_key="00" * 32), ValidationError, "not a valid Ed25519"),
        (lambda d: d.update(validators=[]), ValidationError, "at least one validator"),
        (lambda d: d.update(params={"fees": 1}), ValidationError, "unknown parameter 'fees'"),
        (lambda d: d.update(params={"min_fee": True}), DecodeError, "params.min_fee: expected an integer"),
        (lambda d: d.update(params=[]), DecodeError, "params: expected an object"),
        (lambda d: d.update(accounts={}), DecodeError, "accounts: expected an array"),
    ],
)
def test_a_bad_json_genesis_is_refused_with_a_clear_message(
    mutate: Callable[[Any], object], error: type[Exception], message: str
) -> None:
    doc = document()
    mutate(doc)
    with pytest.raises(error) as info:
        Genesis.from_json(json.dumps(doc))
    assert message in str(info.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "not valid JSON"),
        ("[]", "genesis: expected an object"),
        ('{"chain_id": "a", "chain_id": "b"}', "appears twice"),
        ('{"x": NaN}', "NaN is not allowed"),
        ("[" * 100_000, "JSON"),
    ],
)
def test_malformed_json_is_refused(text: str, message: str) -> None:
    with pytest.raises(DecodeError, match=message):
        Genesis.from_json(text)


def test_a_damaged_file_names_itself_in_the_error(tmp_path: Path) -> None:
    path = tmp_path / "genesis.json"
    path.write_bytes(b"\xff\xfe not text")
    with pytest.raises(DecodeError, match=r"genesis\.json: the genesis file is not UTF-8 text"):
        load_genesis(path)
    path.write_text('{"chain_id": 1}')
    with pytest.raises(DecodeError, match=r"genesis\.json: genesis: missing field 'accounts'"):
        load_genesis(path)


# -- the genesis state -----------------------------------------------------------------------------------


def test_the_genesis_state_holds_accounts_params_validators_and_empty_pools() -> None:
    genesis = sample(min_fee=5)
    tree = genesis_state(genesis)
    machine = StateMachine(genesis)
    assert machine.state_root == tree.root_hash
    assert machine.height == 0
    assert machine.validators == genesis.validators
    assert machine.params.get("min_fee") == 5
    assert machine.account(ALICE) == S.Account(7 * ONE_EXC, 0, b"", 0, 0)
    raw = tree.get(S.CHAIN_KEY)
    assert raw is not None
    assert S.ChainInfo.decode(raw) == S.ChainInfo("exc-devnet", genesis.hash())
    assert tree.get(S.FUND_KEY) == S.Pool(0).encode()
    # A light client proves a balance against the root.
    account = tree.get(S.account_key(ALICE))
    verify_smt_proof(tree.root_hash, S.account_key(ALICE), account, tree.prove(S.account_key(ALICE)))


# -- key layout and values -------------------------------------------------------------------------------


def test_keys_are_prefix_plus_fixed_size_ids() -> None:
    post = b"\x01" * 32
    assert S.account_key(ALICE) == b"acct/" + ALICE
    assert S.vote_key(post, ALICE) == b"vote/" + post + ALICE
    assert S.endorsement_key(ALICE, S.skill_id("x"), BOB) == b"endo/" + ALICE + S.skill_id("x") + BOB
    assert S.due_release_key(258) == b"due/release/" + bytes([0, 0, 0, 0, 0, 0, 1, 2])
    assert len({S.report_key(ALICE, BOB), S.report_key(post, BOB)}) == 2
    with pytest.raises(ValidationError, match="an actor id is 20 bytes"):
        S.account_key(b"\x01" * 32)
    with pytest.raises(ValidationError, match="a post id is 32 bytes"):
        S.post_key(ALICE)
    with pytest.raises(ValidationError, match="a report target"):
        S.report_key(b"\x01" * 5, BOB)


def test_skill_and_category_names_compare_by_slug() -> None:
    assert S.slug("  Runway   MODELLING ") == "runway modelling"
    assert S.skill_id("Runway Modelling") == S.skill_id("runway  modelling")
    assert S.skill_id("Runway Modelling") != S.skill_id("runway modeling")
    # Only ASCII is folded, so ids never depend on a Unicode version.
    assert S.slug("ÉTOFFE") == "Étoffe"


def test_values_decode_strictly() -> None:
    rep = S.Reputation(4, 1, 3, 0, 0)
    assert S.Reputation.decode(rep.encode()) == rep
    with pytest.raises(ValidationError, match="sum of its parts"):
        S.Reputation.decode(S.Reputation(5, 1, 3, 0, 0).encode())
    with pytest.raises(DecodeError, match="not a valid ReceiptStatus"):
        S.Receipt.decode(pack([1, 1, 0, 9, ""]))
    with pytest.raises(DecodeError, match="expected 6 elements"):
        S.Account.decode(pack([1, b"", 0, b"", 0]))


def test_params_are_complete_sorted_and_checked() -> None:
    params = S.Params.of({"promotion_cap": 5})
    assert [p.name for p in params.values] == sorted(S.PARAMETERS)
    assert params.get("promotion_cap") == 5
    assert params.with_value("promotion_cap", 6).get("promotion_cap") == 6
    with pytest.raises(ValidationError, match="unknown parameter"):
        params.with_value("nope", 1)
    unsorted = S.Params(tuple(reversed(params.values)))
    with pytest.raises(DecodeError, match="sorted and unique"):
        unsorted.encode()
    assert S.Params.decode(params.encode()) == params
