"""Messenger identities: the on-chain messenger key, identity cards, signed prekeys, fingerprints."""

from __future__ import annotations

import hashlib
from typing import Annotated

from lightnode.protocol.encoding import Bytes, Nested, Struct, pack, wire
from lightnode.protocol.errors import ProtocolError, ValidationError
from lightnode.protocol.keys import (
    PUBLIC_KEY_SIZE,
    SIGNATURE_SIZE,
    Domain,
    PrivateKey,
    PublicKey,
    actor_id,
    is_valid_public_key,
)

from .errors import IdentityError

KEY_SIZE = 32
FINGERPRINT_SIZE = 16
#: The most bytes the Profile action's `messenger_key` field holds.
MAX_MESSENGER_KEY = 128
_KEY = Bytes(KEY_SIZE)
_SIGNATURE = Bytes(SIGNATURE_SIZE)
_PURPOSE_KEY = b"messenger-key\x00"
_PURPOSE_PREKEY = b"prekey\x00"
_FINGERPRINT_TAG = b"exc/msg-fp"
_MAILBOX_TAG = b"exc/msg-mailbox"
_SAFETY_TAG = b"exc/msg-safety"


def derive_mailbox_key(actor: PrivateKey) -> PrivateKey:
    """The mailbox key of an actor: derived from its seed, so a restored identity finds its mailbox again."""
    seed = hashlib.blake2b(b"mailbox", key=actor.seed, digest_size=32, person=_MAILBOX_TAG).digest()
    return PrivateKey(seed)


@wire
class IdentityKeys(Struct):
    """The public keys a device chats with: its Olm identity key and the key envelopes are sealed to."""

    MAX_SIZE = 128
    curve25519: Annotated[bytes, _KEY]
    seal: Annotated[bytes, _KEY]

    def fingerprint(self) -> bytes:
        return hashlib.blake2b(self.encode(), digest_size=FINGERPRINT_SIZE, person=_FINGERPRINT_TAG).digest()


@wire
class MessengerKey(Struct):
    """What an actor publishes in its Profile action's `messenger_key` (at most 128 bytes).

    It names the actor's mailbox and the fingerprint of its identity keys, signed by the actor key with
    `Domain.MESSENGER`, so it can be checked wherever it travels (chain, nodes, messages, QR codes).
    """

    MAX_SIZE = MAX_MESSENGER_KEY
    mailbox: Annotated[bytes, Bytes(PUBLIC_KEY_SIZE)]
    fingerprint: Annotated[bytes, Bytes(FINGERPRINT_SIZE)]
    signature: Annotated[bytes, _SIGNATURE]

    def validate(self) -> None:
        if not is_valid_public_key(self.mailbox):
            raise ValidationError("the mailbox is not a usable Ed25519 public key")

    @staticmethod
    def signing_bytes(actor_key: bytes, mailbox: bytes, fingerprint: bytes) -> bytes:
        return _PURPOSE_KEY + actor_key + pack([1, mailbox, fingerprint])

    @classmethod
    def create(cls, actor: PrivateKey, mailbox: bytes, keys: IdentityKeys) -> MessengerKey:
        fingerprint = keys.fingerprint()
        message = cls.signing_bytes(actor.public_key.raw, mailbox, fingerprint)
        return cls(mailbox, fingerprint, actor.sign(Domain.MESSENGER, message))

    def verify(self, actor_key: bytes) -> None:
        """Raise IdentityError unless the actor with public key `actor_key` signed this messenger key."""
        try:
            message = self.signing_bytes(actor_key, self.mailbox, self.fingerprint)
            PublicKey(actor_key).verify(Domain.MESSENGER, message, self.signature)
        except ProtocolError:
            raise IdentityError("The messenger key is not signed by the actor it claims to belong to.") from None


def parse_messenger_key(data: bytes) -> MessengerKey:
    """Decode a Profile's `messenger_key` field (IdentityError if it is not a valid messenger key)."""
    try:
        return MessengerKey.decode(data)
    except ProtocolError as exc:
        raise IdentityError(f"The published messenger key is malformed ({exc}).") from None


@wire
class IdentityCard(Struct):
    """Everything needed to start a chat with an actor, checkable without the chain: the actor's public key,
    its signed messenger key, and the identity keys whose fingerprint that key names."""

    MAX_SIZE = 512
    actor_key: Annotated[bytes, Bytes(PUBLIC_KEY_SIZE)]
    messenger_key: Annotated[MessengerKey, Nested(MessengerKey)]
    keys: Annotated[IdentityKeys, Nested(IdentityKeys)]

    def validate(self) -> None:
        if self.keys.fingerprint() != self.messenger_key.fingerprint:
            raise ValidationError("the identity keys do not match the messenger key's fingerprint")

    @property
    def actor_id(self) -> bytes:
        return actor_id(self.actor_key)

    @property
    def mailbox(self) -> bytes:
        return self.messenger_key.mailbox

    @property
    def curve25519(self) -> bytes:
        return self.keys.curve25519

    @property
    def seal(self) -> bytes:
        return self.keys.seal

    @property
    def fingerprint(self) -> bytes:
        return self.messenger_key.fingerprint

    def verify(self) -> None:
        self.messenger_key.verify(self.actor_key)

    def same_identity(self, other: IdentityCard) -> bool:
        """Whether both cards name the same actor, mailbox and identity keys (signatures may differ)."""
        return (
            self.actor_key == other.actor_key
            and self.mailbox == other.mailbox
            and self.fingerprint == other.fingerprint
        )


def parse_card(data: bytes) -> IdentityCard:
    """Decode and check an identity card (IdentityError if it is malformed or badly signed)."""
    try:
        card = IdentityCard.decode(data)
    except ProtocolError as exc:
        raise IdentityError(f"The identity card is malformed ({exc}).") from None
    card.verify()
    return card


@wire
class SignedPrekey(Struct):
    """A one-time or fallback Curve25519 prekey signed by the mailbox key, so a node cannot swap it."""

    MAX_SIZE = 128
    key: Annotated[bytes, _KEY]
    signature: Annotated[bytes, _SIGNATURE]

    @staticmethod
    def signing_bytes(mailbox: bytes, key: bytes) -> bytes:
        return _PURPOSE_PREKEY + mailbox + key

    @classmethod
    def create(cls, mailbox_key: PrivateKey, key: bytes) -> SignedPrekey:
        message = cls.signing_bytes(mailbox_key.public_key.raw, key)
        return cls(key, mailbox_key.sign(Domain.MESSENGER, message))

    def verify(self, mailbox: bytes) -> None:
        try:
            PublicKey(mailbox).verify(Domain.MESSENGER, self.signing_bytes(mailbox, self.key), self.signature)
        except ProtocolError:
            raise IdentityError("A prekey handed out by the node is not signed by the contact.") from None


@wire
class MailboxIdentity(Struct):
    """What the messenger publishes as the mailbox's (opaque) identity on each node: its card and its
    fallback prekey, used when the node has no one-time prekey left."""

    MAX_SIZE = 1024
    card: Annotated[IdentityCard, Nested(IdentityCard)]
    fallback: Annotated[SignedPrekey, Nested(SignedPrekey)]


def safety_number(a: IdentityCard, b: IdentityCard) -> str:
    """Twelve groups of five digits that two people can compare (the same on both sides)."""
    first, second = sorted((a, b), key=lambda c: c.actor_id)
    digest = hashlib.blake2b(
        pack([first.actor_key, first.messenger_key.encode(), second.actor_key, second.messenger_key.encode()]),
        digest_size=60,
        person=_SAFETY_TAG,
    ).digest()
    groups = [int.from_bytes(digest[i : i + 5], "big") % 100_000 for i in range(0, 60, 5)]
    return " ".join(f"{g:05d}" for g in groups)
