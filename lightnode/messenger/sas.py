"""Contact verification by short authentication strings (SAS): seven emoji or three numbers to compare."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from enum import StrEnum

import vodozemac

from .errors import VerificationError
from .identity import IdentityCard

#: The 64 emoji of the SAS method, with their names (the same table Matrix clients use, so people who
#: verified elsewhere recognise them).
SAS_EMOJI: tuple[tuple[str, str], ...] = (
    ("🐶", "Dog"), ("🐱", "Cat"), ("🦁", "Lion"), ("🐎", "Horse"), ("🦄", "Unicorn"), ("🐷", "Pig"),
    ("🐘", "Elephant"), ("🐰", "Rabbit"), ("🐼", "Panda"), ("🐓", "Rooster"), ("🐧", "Penguin"),
    ("🐢", "Turtle"), ("🐟", "Fish"), ("🐙", "Octopus"), ("🦋", "Butterfly"), ("🌷", "Flower"),
    ("🌳", "Tree"), ("🌵", "Cactus"), ("🍄", "Mushroom"), ("🌏", "Globe"), ("🌙", "Moon"),
    ("☁️", "Cloud"), ("🔥", "Fire"), ("🍌", "Banana"), ("🍎", "Apple"), ("🍓", "Strawberry"),
    ("🌽", "Corn"), ("🍕", "Pizza"), ("🎂", "Cake"), ("❤️", "Heart"), ("😀", "Smiley"), ("🤖", "Robot"),
    ("🎩", "Hat"), ("👓", "Glasses"), ("🔧", "Spanner"), ("🎅", "Santa"), ("👍", "Thumbs Up"),
    ("☂️", "Umbrella"), ("⌛", "Hourglass"), ("⏰", "Clock"), ("🎁", "Gift"), ("💡", "Light Bulb"),
    ("📕", "Book"), ("✏️", "Pencil"), ("📎", "Paperclip"), ("✂️", "Scissors"), ("🔒", "Lock"),
    ("🔑", "Key"), ("🔨", "Hammer"), ("☎️", "Telephone"), ("🏁", "Flag"), ("🚂", "Train"),
    ("🚲", "Bicycle"), ("✈️", "Aeroplane"), ("🚀", "Rocket"), ("🏆", "Trophy"), ("⚽", "Ball"),
    ("🎸", "Guitar"), ("🎺", "Trumpet"), ("🔔", "Bell"), ("⚓", "Anchor"), ("🎧", "Headphones"),
    ("📁", "Folder"), ("📌", "Pin"),
)  # fmt: skip


class FlowState(StrEnum):
    #: The peer asked to verify; the user has not accepted yet.
    REQUESTED = "requested"
    #: This side asked; waiting for the peer to accept.
    STARTED = "started"
    #: Both keys are known: the codes are on screen for the users to compare.
    COMPARING = "comparing"
    #: This user said the codes match; waiting for the peer's confirmation.
    CONFIRMED = "confirmed"
    VERIFIED = "verified"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class SasCodes:
    emoji: tuple[tuple[str, str], ...]
    decimals: tuple[int, int, int]


class VerificationFlow:
    """One verification between this device and a peer. The engine carries its messages over Olm."""

    def __init__(self, flow_id: bytes, mine: IdentityCard, theirs: IdentityCard, *, initiator: bool) -> None:
        self.flow_id = flow_id
        self.mine = mine
        self.theirs = theirs
        self.initiator = initiator
        self.state = FlowState.STARTED if initiator else FlowState.REQUESTED
        self.codes: SasCodes | None = None
        self.reason = ""
        self._sas = vodozemac.Sas()
        self._established: vodozemac.EstablishedSas | None = None
        self._their_key = b""
        self._their_mac: bytes | None = None
        self._their_commitment = b""

    @property
    def peer(self) -> bytes:
        return self.theirs.actor_id

    @property
    def public_key(self) -> bytes:
        return self._sas.public_key.to_bytes()

    def commitment(self) -> bytes:
        """The responder's commitment to its key, sent before it sees the initiator's key, so neither side
        can pick a key that makes the codes match an attacker's."""
        return hashlib.blake2b(self.public_key + self.flow_id, digest_size=32, person=b"exc/sas-commit").digest()

    def receive_commitment(self, commitment: bytes) -> None:
        if not self.initiator or self._their_commitment:
            raise VerificationError("The contact sent an unexpected verification step.")
        self._their_commitment = commitment

    def _info(self) -> str:
        a, b = (self.mine, self.theirs) if self.initiator else (self.theirs, self.mine)
        ka, kb = (self.public_key, self._their_key) if self.initiator else (self._their_key, self.public_key)
        parts = ["EXC_SAS_V1", a.actor_id.hex(), a.curve25519.hex(), ka.hex()]
        parts += [b.actor_id.hex(), b.curve25519.hex(), kb.hex(), self.flow_id.hex()]
        return "|".join(parts)

    def receive_key(self, their_key: bytes) -> SasCodes:
        """Complete the key agreement with the peer's SAS key and compute the codes to compare."""
        if self._established is not None:
            raise VerificationError("The verification already has the contact's key.")
        if self.initiator:
            expected = hashlib.blake2b(their_key + self.flow_id, digest_size=32, person=b"exc/sas-commit").digest()
            if not self._their_commitment or not hmac.compare_digest(expected, self._their_commitment):
                raise VerificationError("The contact's key does not match what it committed to: do not trust it.")
        try:
            self._established = self._sas.diffie_hellman(vodozemac.Curve25519PublicKey.from_bytes(their_key))
        except ValueError as exc:
            raise VerificationError(f"The contact's verification key is invalid ({exc}).") from None
        self._their_key = their_key
        sas_bytes = self._established.bytes(self._info())
        self.codes = SasCodes(
            tuple(SAS_EMOJI[i] for i in bytes(sas_bytes.emoji_indices)),
            (int(sas_bytes.decimals[0]), int(sas_bytes.decimals[1]), int(sas_bytes.decimals[2])),
        )
        self.state = FlowState.COMPARING
        return self.codes

    @staticmethod
    def _mac_input(card: IdentityCard) -> str:
        return card.actor_key.hex() + card.messenger_key.encode().hex() + card.keys.encode().hex()

    def _mac_info(self, sender: IdentityCard, receiver: IdentityCard) -> str:
        return f"EXC_SAS_MAC_V1|{sender.actor_id.hex()}|{receiver.actor_id.hex()}|{self.flow_id.hex()}"

    def confirm(self) -> bytes:
        """The user saw matching codes: the MAC of this side's identity to send to the peer."""
        if self._established is None or self.state not in (FlowState.COMPARING, FlowState.CONFIRMED):
            raise VerificationError("The codes are not ready to be confirmed yet.")
        self.state = FlowState.CONFIRMED
        mac = self._established.calculate_mac(self._mac_input(self.mine), self._mac_info(self.mine, self.theirs))
        self._check_done()
        return mac.encode()

    def receive_mac(self, mac: bytes) -> None:
        if self._established is None:
            raise VerificationError("The contact confirmed before the keys were exchanged.")
        self._their_mac = mac
        self._check_done()

    def _check_done(self) -> None:
        if self.state is not FlowState.CONFIRMED or self._their_mac is None or self._established is None:
            return
        try:
            self._established.verify_mac(
                self._mac_input(self.theirs),
                self._mac_info(self.theirs, self.mine),
                self._their_mac.decode("ascii", "replace"),
            )
        except ValueError:
            self.cancel("The contact's confirmation does not match their keys: do not trust this chat.")
            raise VerificationError(self.reason) from None
        self.state = FlowState.VERIFIED

    def cancel(self, reason: str) -> None:
        self.state = FlowState.CANCELLED
        self.reason = reason
