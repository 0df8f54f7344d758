"""Messenger identities: the on-chain messenger key, identity cards, signed prekeys, safety numbers."""

from __future__ import annotations

import dataclasses
import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lightnode.messenger import (
    IdentityCard,
    IdentityError,
    IdentityKeys,
    MessengerKey,
    OlmMachine,
    derive_mailbox_key,
    parse_card,
    parse_messenger_key,
    safety_number,
)
from lightnode.messenger.directory import StaticDirectory, checked_entry
from lightnode.messenger.identity import MAX_MESSENGER_KEY, SignedPrekey
from lightnode.protocol.keys import PrivateKey


def _machine() -> OlmMachine:
    return OlmMachine.create(PrivateKey.generate(), os.urandom(32))


def test_the_messenger_key_fits_the_profile_field_and_verifies_for_its_actor_only() -> None:
    machine = _machine()
    encoded = machine.messenger_key.encode()
    assert len(encoded) <= MAX_MESSENGER_KEY
    key = parse_messenger_key(encoded)
    key.verify(machine.actor.public_key.raw)
    with pytest.raises(IdentityError, match="not signed by the actor"):
        key.verify(PrivateKey.generate().public_key.raw)
    forged = dataclasses.replace(key, fingerprint=bytes(16))
    with pytest.raises(IdentityError):
        forged.verify(machine.actor.public_key.raw)


def test_a_card_must_match_its_fingerprint_and_its_signature() -> None:
    machine = _machine()
    card = parse_card(machine.card_bytes)
    assert card.actor_id == machine.actor.actor_id
    assert card.mailbox == derive_mailbox_key(machine.actor).public_key.raw
    other = IdentityKeys(os.urandom(32), card.keys.seal)
    with pytest.raises(IdentityError, match="malformed"):
        parse_card(IdentityCard(card.actor_key, card.messenger_key, other).encode())
    impostor = PrivateKey.generate()
    stolen = IdentityCard(impostor.public_key.raw, card.messenger_key, card.keys)
    with pytest.raises(IdentityError, match="not signed"):
        parse_card(stolen.encode())


def test_prekeys_are_signed_by_the_mailbox_so_a_node_cannot_swap_them() -> None:
    machine = _machine()
    prekeys = machine.new_one_time_keys(3)
    assert len({p.key for p in prekeys}) == 3
    for prekey in prekeys:
        assert len(prekey.encode()) <= 128
        prekey.verify(machine.card.mailbox)
    swapped = SignedPrekey(os.urandom(32), prekeys[0].signature)
    with pytest.raises(IdentityError, match="not signed by the contact"):
        swapped.verify(machine.card.mailbox)


def test_the_mailbox_key_is_derived_from_the_actor_key() -> None:
    actor = PrivateKey.generate()
    assert derive_mailbox_key(actor).public_key == derive_mailbox_key(PrivateKey(actor.seed)).public_key
    assert derive_mailbox_key(actor).public_key != actor.public_key


def test_safety_numbers_are_the_same_on_both_sides_and_change_with_the_keys() -> None:
    a, b, c = _machine(), _machine(), _machine()
    number = safety_number(a.card, b.card)
    assert number == safety_number(b.card, a.card)
    assert len(number.split()) == 12
    assert number != safety_number(a.card, c.card)


@pytest.mark.asyncio
async def test_directory_entries_are_checked_against_the_actor() -> None:
    machine = _machine()
    directory = StaticDirectory()
    directory.publish(machine.actor.public_key.raw, machine.messenger_key.encode())
    entry = await directory.lookup(machine.actor.actor_id)
    assert entry is not None
    assert entry.messenger_key == machine.messenger_key
    with pytest.raises(IdentityError, match="does not belong"):
        checked_entry(os.urandom(20), machine.actor.public_key.raw, machine.messenger_key.encode())


@given(st.binary(max_size=700))
def test_hostile_bytes_never_pass_as_keys_or_cards(data: bytes) -> None:
    for parse in (parse_messenger_key, parse_card):
        try:
            parse(data)
        except IdentityError:
            continue
        pytest.fail("random bytes were accepted as a signed identity")


def test_a_messenger_key_of_a_bad_mailbox_point_is_refused() -> None:
    machine = _machine()
    bad = MessengerKey(bytes(32), machine.messenger_key.fingerprint, machine.messenger_key.signature)
    with pytest.raises(IdentityError):
        parse_messenger_key(bad.encode())
