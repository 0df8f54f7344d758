"""Olm and Megolm through the OlmMachine: sessions, pickles, replays, sealing, and Megolm's ratchet."""

from __future__ import annotations

import dataclasses
import os

import pytest

from lightnode.messenger import DecryptionError, IdentityError, OlmMachine
from lightnode.messenger.crypto import MissingKeyError, ReplayError, Sealed, prekey_message_key, seal
from lightnode.messenger.identity import SignedPrekey
from lightnode.protocol.keys import PrivateKey

BOB_PICKLE_KEY = bytes(range(32))


def _pair() -> tuple[OlmMachine, OlmMachine]:
    alice = OlmMachine.create(PrivateKey.generate(), os.urandom(32))
    bob = OlmMachine.create(PrivateKey.generate(), BOB_PICKLE_KEY)
    alice.create_outbound(bob.card, bob.new_one_time_keys(1)[0])
    return alice, bob


def test_a_session_started_from_a_signed_prekey_carries_messages_both_ways() -> None:
    alice, bob = _pair()
    first = alice.encrypt(bob.curve25519, b"hello")
    assert bob.decrypt(first) == b"hello"
    assert bob.inbound_sessions_created == 1
    reply = bob.encrypt(alice.curve25519, b"hi")
    assert alice.decrypt(reply) == b"hi"
    assert alice.session_confirmed(bob.curve25519)
    # Each ciphertext opens once: the ratchet has moved on.
    with pytest.raises(ReplayError):
        bob.decrypt(first)
    with pytest.raises(DecryptionError):
        alice.decrypt(reply)


def test_a_normal_message_before_its_session_waits_and_a_forged_prekey_is_refused() -> None:
    alice, bob = _pair()
    dave = OlmMachine.create(PrivateKey.generate(), os.urandom(32))
    alice.create_outbound(dave.card, dave.new_one_time_keys(1)[0])
    dave.decrypt(alice.encrypt(dave.curve25519, b"hi dave"))
    normal = dave.encrypt(alice.curve25519, b"hi alice")
    assert normal.kind == 1
    # Bob has no session with this sender yet: the message waits instead of being thrown away.
    with pytest.raises(MissingKeyError):
        bob.decrypt(Sealed(alice.curve25519, 1, "", normal.data))
    forged = SignedPrekey(os.urandom(32), bytes(64))
    with pytest.raises(IdentityError):
        alice.create_outbound(bob.card, forged)


def test_sessions_survive_a_restart_through_their_pickles() -> None:
    alice, bob = _pair()
    bob.decrypt(alice.encrypt(bob.curve25519, b"one"))
    identity, sessions, _removed, inbound, outbound = bob.take_changes()
    assert identity is not None
    # Pickles are encrypted: restoring with the wrong key fails with a sentence, not a crash.
    with pytest.raises(DecryptionError, match="cannot be opened"):
        OlmMachine.restore(bob.actor, os.urandom(32), identity)
    again = OlmMachine.restore(bob.actor, BOB_PICKLE_KEY, identity)
    again.load(list(sessions.values()), list(inbound.values()), [o for o in outbound.values() if o])
    assert again.card.same_identity(bob.card)
    assert again.decrypt(alice.encrypt(bob.curve25519, b"two")) == b"two"


def test_sealed_envelopes_open_only_for_their_recipient_and_only_unaltered() -> None:
    alice, bob = _pair()
    sealed = alice.encrypt(bob.curve25519, b"secret")
    box = seal(bob.card.seal, sealed)
    assert bob.unseal(box) == sealed
    with pytest.raises(DecryptionError, match="does not open"):
        alice.unseal(box)
    tampered = bytearray(box)
    tampered[-1] ^= 1
    with pytest.raises(DecryptionError, match="does not open"):
        bob.unseal(bytes(tampered))


def test_megolm_messages_open_once_and_old_indices_are_ratcheted_away() -> None:
    alice, bob = _pair()
    group = os.urandom(32)
    session = alice.new_outbound_group(group, 1)
    key = session.session.session_key.to_base64()
    assert bob.add_inbound_group(group, alice.actor.actor_id, alice.curve25519, key, 1) is not None
    messages = [alice.megolm_encrypt(group, f"m{i}".encode()) for i in range(4)]
    plaintexts = [bob.megolm_decrypt(m)[0] for m in (messages[1], messages[0], messages[3], messages[2])]
    assert sorted(plaintexts) == [b"m0", b"m1", b"m2", b"m3"]
    inbound = bob.inbound_group(messages[0].session)
    assert inbound is not None
    assert inbound.session.first_known_index == 4
    with pytest.raises(ReplayError):
        bob.megolm_decrypt(messages[2])
    wrong_sender = dataclasses.replace(messages[0], sender=bob.curve25519)
    with pytest.raises(DecryptionError, match="another sender"):
        bob.megolm_decrypt(wrong_sender)


class _Clock:
    def __init__(self) -> None:
        self.ms = 1_000_000

    def __call__(self) -> int:
        return self.ms


def _first_message_to_fallback(sender: OlmMachine, bob: OlmMachine, fallback: bytes) -> Sealed:
    sender.create_outbound(bob.card, SignedPrekey.create(bob.mailbox_key, fallback))
    return sender.encrypt(bob.curve25519, b"first contact")


def test_the_fallback_prekey_is_replaced_when_used_and_forgotten_after_its_grace_period() -> None:
    clock = _Clock()
    bob = OlmMachine.create(PrivateKey.generate(), BOB_PICKLE_KEY, clock)
    old = bob.fallback.current
    assert prekey_message_key(b"\x03\x0a\x20" + bytes(range(32))) == bytes(range(32))
    assert prekey_message_key(b"\x02\x0a\x20" + bytes(32)) is None
    assert prekey_message_key(b"\x03\x0a\x40" + bytes(8)) is None
    # Nothing to do while the key is fresh and unused.
    assert not bob.maintain_fallback(rotate_after_ms=1000, grace_ms=500)

    early = OlmMachine.create(PrivateKey.generate(), os.urandom(32))
    late = OlmMachine.create(PrivateKey.generate(), os.urandom(32))
    waiting = _first_message_to_fallback(late, bob, old)  # written offline, delivered later
    assert bob.decrypt(_first_message_to_fallback(early, bob, old)) == b"first contact"
    assert bob.fallback.used
    assert bob.fallback_sessions_created == 1
    assert bob.maintain_fallback(rotate_after_ms=1000, grace_ms=500)
    assert bob.fallback.current != old
    assert bob.fallback.previous == old
    assert bob.mailbox_identity().fallback.key == bob.fallback.current

    # The schedule survives a restart of the profile.
    restored = OlmMachine.restore(bob.actor, BOB_PICKLE_KEY, bob.export_identity(), clock)
    assert restored.fallback == bob.fallback
    # During the grace period the replaced key still opens first messages, and nothing rotates.
    clock.ms += 499
    assert not restored.maintain_fallback(rotate_after_ms=1000, grace_ms=500)
    assert restored.decrypt(waiting) == b"first contact"
    assert restored.fallback_sessions_created == 0

    clock.ms += 1
    current = restored.fallback.current
    assert restored.maintain_fallback(rotate_after_ms=1000, grace_ms=500)
    assert restored.fallback.previous == current
    assert restored.fallback.previous_expires_ms is None
    stranger = OlmMachine.create(PrivateKey.generate(), os.urandom(32))
    with pytest.raises(DecryptionError, match="no longer has"):
        restored.decrypt(_first_message_to_fallback(stranger, restored, old))
    # The key that replaced it still works; the weekly schedule then runs from the latest key.
    helper = OlmMachine.create(PrivateKey.generate(), os.urandom(32))
    assert restored.decrypt(_first_message_to_fallback(helper, restored, current)) == b"first contact"
    assert not restored.maintain_fallback(rotate_after_ms=1000, grace_ms=500)
    clock.ms += 1000
    assert restored.maintain_fallback(rotate_after_ms=1000, grace_ms=500)
    assert restored.fallback.previous_expires_ms == clock.ms + 500
