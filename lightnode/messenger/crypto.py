"""Olm and Megolm sessions (vodozemac), sealed envelopes, and the pickles they are stored as."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Annotated

import nacl.bindings
import nacl.exceptions
import nacl.public
import nacl.secret
import vodozemac

from lightnode.protocol.encoding import Bytes, OneOf, Struct, Text, pack, unpack, wire
from lightnode.protocol.errors import ProtocolError
from lightnode.protocol.keys import PrivateKey
from lightnode.protocol.services import MAX_ENVELOPE_CIPHERTEXT

from .errors import DecryptionError, IdentityError
from .identity import (
    IdentityCard,
    IdentityKeys,
    MailboxIdentity,
    MessengerKey,
    SignedPrekey,
    derive_mailbox_key,
)
from .records import InboundGroupRow, OutboundGroupRow, SessionRow

#: What a sealed box adds: an ephemeral public key and a MAC.
SEAL_OVERHEAD: int = nacl.bindings.crypto_box_SEALBYTES
#: The most Olm sessions kept per peer device (older ones are dropped).
MAX_SESSIONS_PER_PEER = 4
#: A group's Megolm session is replaced after this many messages or this long.
ROTATE_AFTER_MESSAGES = 100
ROTATE_AFTER_MS = 7 * 24 * 3600 * 1000
#: The fallback prekey is replaced this often, or as soon as a session was started with it.
FALLBACK_ROTATE_MS = 7 * 24 * 3600 * 1000
#: A replaced fallback prekey still opens first messages this long (senders who fetched it while offline).
FALLBACK_GRACE_MS = 2 * 24 * 3600 * 1000
_PICKLE_TAG = b"exc/msg-pickle"
_IDENTITY_TAG = b"exc/msg-ident"


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


class InnerKind(IntEnum):
    OLM_PREKEY = 0
    OLM = 1
    MEGOLM = 2


@wire
class Sealed(Struct):
    """What an envelope's ciphertext opens to (only for its recipient): who sent it, and the Olm or
    Megolm message. The node never sees any of it."""

    MAX_SIZE = MAX_ENVELOPE_CIPHERTEXT
    sender: Annotated[bytes, Bytes(32)]
    kind: Annotated[int, OneOf(InnerKind)]
    session: Annotated[str, Text(64)]
    data: Annotated[bytes, Bytes(max_len=MAX_ENVELOPE_CIPHERTEXT)]


def seal(recipient_seal_key: bytes, sealed: Sealed) -> bytes:
    """Encrypt `sealed` to a recipient's seal key with an ephemeral key (an anonymous sealed box)."""
    return bytes(nacl.public.SealedBox(nacl.public.PublicKey(recipient_seal_key)).encrypt(sealed.encode()))


class MissingKeyError(DecryptionError):
    """The message is for a session this device does not have yet (its key may still be on its way)."""


class ReplayError(DecryptionError):
    """The message was already decrypted once."""


@dataclass
class FallbackState:
    """The fallback prekey handed out when a node has no one-time prekey left, and the one it replaced.

    `previous_expires_ms` is when the replaced key is forgotten; None when it is simply dropped at the
    next rotation (a key that was current only during a grace period).
    """

    current: bytes
    created_ms: int
    used: bool = False
    previous: bytes | None = None
    previous_expires_ms: int | None = None

    def due_ms(self, rotate_after_ms: int) -> int:
        """When `OlmMachine.maintain_fallback` next has something to do."""
        if self.previous_expires_ms is not None:
            return self.previous_expires_ms
        return self.created_ms + rotate_after_ms


def prekey_message_key(data: bytes) -> bytes | None:
    """The prekey (one-time or fallback) an Olm pre-key message was encrypted to, or None if unreadable.

    The bindings do not expose it, so the message's fields are read here: a version byte (3), then
    protobuf-style fields of which field 1 (tag 0x0A) holds the 32-byte prekey.
    """
    if len(data) < 2 or data[0] != 3:
        return None
    i = 1
    while i < len(data):
        tag = data[i]
        i += 1
        if tag & 0x07 != 2:
            return None
        length = 0
        shift = 0
        while i < len(data):
            byte = data[i]
            i += 1
            length |= (byte & 0x7F) << shift
            shift += 7
            if not byte & 0x80 or shift > 28:
                break
        if i + length > len(data):
            return None
        if tag >> 3 == 1:
            return data[i : i + length] if length == 32 else None
        i += length
    return None


@dataclass
class OlmSession:
    peer_key: bytes
    session: vodozemac.Session
    confirmed: bool
    last_used_ms: int


@dataclass
class OutboundGroup:
    group: bytes
    session: vodozemac.GroupSession
    epoch: int
    created_ms: int
    shared_with: set[bytes] = field(default_factory=set)

    def worn_out(self, now_ms: int) -> bool:
        return self.session.message_index >= ROTATE_AFTER_MESSAGES or now_ms - self.created_ms >= ROTATE_AFTER_MS


@dataclass
class InboundGroup:
    session_id: str
    group: bytes
    sender: bytes
    sender_key: bytes
    session: vodozemac.InboundGroupSession
    epoch: int
    seen: set[int] = field(default_factory=set)


def _subkey(key: bytes, tag: bytes) -> bytes:
    return hashlib.blake2b(key, digest_size=32, person=tag).digest()


class OlmMachine:
    """This device's messenger keys and sessions.

    Changes are tracked; `take_changes()` returns the pickles of everything changed since the last call, so
    the caller can write them in the same transaction as the messages they belong to.
    """

    def __init__(
        self,
        actor: PrivateKey,
        pickle_key: bytes,
        account: vodozemac.Account,
        seal_secret: bytes,
        fallback: FallbackState,
        clock: Callable[[], int] = _now_ms,
    ) -> None:
        if len(pickle_key) != 32:
            raise ValueError("The pickle key has 32 bytes.")
        self.actor = actor
        self.mailbox_key = derive_mailbox_key(actor)
        self.clock = clock
        self._pickle_key = _subkey(pickle_key, _PICKLE_TAG)
        self._identity_box = nacl.secret.SecretBox(_subkey(pickle_key, _IDENTITY_TAG))
        self._account = account
        self._seal = nacl.public.PrivateKey(seal_secret)
        self._unseal = nacl.public.SealedBox(self._seal)
        self._fallback = fallback
        self.keys = IdentityKeys(account.curve25519_key.to_bytes(), bytes(self._seal.public_key))
        self.messenger_key = MessengerKey.create(actor, self.mailbox_key.public_key.raw, self.keys)
        self.card = IdentityCard(actor.public_key.raw, self.messenger_key, self.keys)
        self.card_bytes = self.card.encode()
        self._sessions: dict[bytes, list[OlmSession]] = {}
        self._outbound: dict[bytes, OutboundGroup] = {}
        self._inbound: dict[str, InboundGroup] = {}
        self._account_dirty = False
        #: How many sessions other devices started with this one (each used one of its prekeys).
        self.inbound_sessions_created = 0
        #: How many of them used the fallback prekey (the node had no one-time prekey left).
        self.fallback_sessions_created = 0
        self._dirty_sessions: set[tuple[bytes, str]] = set()
        self._removed_sessions: set[tuple[bytes, str]] = set()
        self._dirty_outbound: set[bytes] = set()
        self._dirty_inbound: set[str] = set()

    # -- identity -----------------------------------------------------------------------------------------

    @classmethod
    def create(cls, actor: PrivateKey, pickle_key: bytes, clock: Callable[[], int] = _now_ms) -> OlmMachine:
        """A new device identity: an Olm account with a fallback key, and a seal key pair."""
        account = vodozemac.Account()
        # The bindings have fallback keys, though their type stubs do not list them.
        fallback = FallbackState(_new_fallback_key(account), clock())
        machine = cls(actor, pickle_key, account, bytes(nacl.public.PrivateKey.generate()), fallback, clock)
        machine._account_dirty = True
        return machine

    @classmethod
    def restore(
        cls, actor: PrivateKey, pickle_key: bytes, blob: bytes, clock: Callable[[], int] = _now_ms
    ) -> OlmMachine:
        """The device identity saved by `export_identity` (DecryptionError for a wrong key or damage)."""
        box = nacl.secret.SecretBox(_subkey(pickle_key, _IDENTITY_TAG))
        try:
            fields = unpack(box.decrypt(blob))
            version = fields[0]
            if version == 1:
                # Profiles from before fallback rotation: the key's age is unknown, so it counts from now.
                _, account_pickle, seal_secret, key = fields
                fallback = FallbackState(key, clock())
            elif version == 2:
                _, account_pickle, seal_secret, key, created, used, previous, expires = fields
                fallback = FallbackState(key, created, bool(used), previous or None, expires or None)
            else:
                raise ProtocolError(f"unknown identity format {version}")
            account = vodozemac.Account.from_pickle(account_pickle, _subkey(pickle_key, _PICKLE_TAG))
        except (nacl.exceptions.CryptoError, ProtocolError, ValueError, TypeError) as exc:
            raise DecryptionError(
                f"The messenger identity in this profile cannot be opened ({exc}); it is damaged or was "
                "saved with another key."
            ) from None
        return cls(actor, pickle_key, account, seal_secret, fallback, clock)

    def export_identity(self) -> bytes:
        f = self._fallback
        data = pack(
            [
                2,
                self._account.pickle(self._pickle_key),
                bytes(self._seal),
                f.current,
                f.created_ms,
                int(f.used),
                f.previous or b"",
                f.previous_expires_ms or 0,
            ]
        )
        return bytes(self._identity_box.encrypt(data))

    @property
    def curve25519(self) -> bytes:
        return self.keys.curve25519

    @property
    def max_one_time_keys(self) -> int:
        return int(self._account.max_number_of_one_time_keys)

    def new_one_time_keys(self, count: int) -> list[SignedPrekey]:
        """Generate `count` one-time prekeys, each signed by the mailbox key, ready to upload."""
        if count <= 0:
            return []
        self._account.generate_one_time_keys(count)
        keys = [k.to_bytes() for k in self._account.one_time_keys.values()]
        self._account.mark_keys_as_published()
        self._account_dirty = True
        return [SignedPrekey.create(self.mailbox_key, key) for key in keys]

    def mailbox_identity(self) -> MailboxIdentity:
        return MailboxIdentity(self.card, SignedPrekey.create(self.mailbox_key, self._fallback.current))

    @property
    def fallback(self) -> FallbackState:
        return self._fallback

    def maintain_fallback(self, rotate_after_ms: int = FALLBACK_ROTATE_MS, grace_ms: int = FALLBACK_GRACE_MS) -> bool:
        """Replace the fallback prekey when it is old or was used, and forget the one it replaced once its
        grace period is over. True when the current key changed (the identity must be published again)."""
        now = self.clock()
        f = self._fallback
        if f.previous_expires_ms is not None:
            if now < f.previous_expires_ms:
                # One replacement at a time: rotating now would drop the previous key before its grace ends.
                return False
            # WORKAROUND: the bindings have no forget_fallback_key(); generating a key drops the one before
            # the current, so forgetting the expired key means replacing the current one once more. That
            # one stays until the next rotation (without a grace timer, or this would repeat forever).
            self._fallback = FallbackState(_new_fallback_key(self._account), now, False, f.current, None)
        elif f.used or now - f.created_ms >= rotate_after_ms:
            self._fallback = FallbackState(_new_fallback_key(self._account), now, False, f.current, now + grace_ms)
        else:
            return False
        self._account_dirty = True
        return True

    # -- sealing ------------------------------------------------------------------------------------------

    def unseal(self, ciphertext: bytes) -> Sealed:
        try:
            return Sealed.decode(self._unseal.decrypt(ciphertext))
        except nacl.exceptions.CryptoError:
            raise DecryptionError(
                "The envelope does not open with this device's key (altered or misdirected)."
            ) from None
        except ProtocolError as exc:
            raise DecryptionError(f"The envelope opened, but its content is malformed ({exc}).") from None

    # -- Olm ----------------------------------------------------------------------------------------------

    def has_session(self, peer_key: bytes) -> bool:
        return bool(self._sessions.get(peer_key))

    def session_confirmed(self, peer_key: bytes) -> bool:
        sessions = self._sessions.get(peer_key)
        return sessions[0].confirmed if sessions else False

    def create_outbound(self, card: IdentityCard, prekey: SignedPrekey) -> None:
        """Start a session with `card`'s device using one of its prekeys (checked against its mailbox)."""
        prekey.verify(card.mailbox)
        try:
            session = self._account.create_outbound_session(
                vodozemac.Curve25519PublicKey.from_bytes(card.curve25519),
                vodozemac.Curve25519PublicKey.from_bytes(prekey.key),
            )
        except ValueError as exc:
            raise IdentityError(f"A session with this contact cannot be started ({exc}).") from None
        self._add_session(OlmSession(card.curve25519, session, False, self.clock()))

    def _add_session(self, entry: OlmSession) -> None:
        sessions = self._sessions.setdefault(entry.peer_key, [])
        sessions.insert(0, entry)
        self._dirty_sessions.add((entry.peer_key, entry.session.session_id))
        for old in sessions[MAX_SESSIONS_PER_PEER:]:
            self._removed_sessions.add((old.peer_key, old.session.session_id))
            self._dirty_sessions.discard((old.peer_key, old.session.session_id))
        del sessions[MAX_SESSIONS_PER_PEER:]

    def _touch(self, peer_key: bytes, entry: OlmSession) -> None:
        entry.last_used_ms = self.clock()
        sessions = self._sessions[peer_key]
        if sessions[0] is not entry:
            sessions.remove(entry)
            sessions.insert(0, entry)
        self._dirty_sessions.add((peer_key, entry.session.session_id))

    def encrypt(self, peer_key: bytes, plaintext: bytes) -> Sealed:
        """Encrypt for the peer device with its most recently used session (which must exist)."""
        sessions = self._sessions.get(peer_key)
        if not sessions:
            raise MissingKeyError("There is no session with this contact's device yet.")
        entry = sessions[0]
        kind, data = entry.session.encrypt(plaintext).to_parts()
        self._touch(peer_key, entry)
        return Sealed(self.curve25519, InnerKind.OLM_PREKEY if kind == 0 else InnerKind.OLM, "", data)

    def decrypt(self, sealed: Sealed) -> bytes:
        """The plaintext of an Olm message (MissingKeyError when no session can open it yet)."""
        peer_key = sealed.sender
        try:
            message = vodozemac.AnyOlmMessage.from_parts(int(sealed.kind), sealed.data)
        except ValueError as exc:
            raise DecryptionError(f"The Olm message is malformed ({exc}).") from None
        sessions = self._sessions.get(peer_key, [])
        prekey = message.to_pre_key() if sealed.kind == InnerKind.OLM_PREKEY else None
        for entry in list(sessions):
            if prekey is not None and not entry.session.session_matches(prekey):
                continue
            try:
                plaintext = entry.session.decrypt(message)
            except ValueError as exc:
                if prekey is not None:
                    # The session this pre-key message started has seen it already: a replay.
                    raise ReplayError(f"The message was already received ({exc}).") from None
                continue
            entry.confirmed = True
            self._touch(peer_key, entry)
            return plaintext
        if prekey is None:
            if sessions:
                raise DecryptionError(
                    "The message does not decrypt with any session of its sender (altered or replayed)."
                )
            raise MissingKeyError("A message arrived before the one that starts its session.")
        try:
            session, plaintext = self._account.create_inbound_session(
                vodozemac.Curve25519PublicKey.from_bytes(peer_key), prekey
            )
        except ValueError as exc:
            raise DecryptionError(
                f"The first message of a new session does not decrypt ({exc}); it was altered, replayed, "
                "or used a prekey this device no longer has."
            ) from None
        self._account_dirty = True
        self.inbound_sessions_created += 1
        if prekey_message_key(sealed.data) == self._fallback.current:
            self._fallback.used = True
            self.fallback_sessions_created += 1
        self._add_session(OlmSession(peer_key, session, True, self.clock()))
        return plaintext

    # -- Megolm -------------------------------------------------------------------------------------------

    def outbound_group(self, group: bytes) -> OutboundGroup | None:
        return self._outbound.get(group)

    def new_outbound_group(self, group: bytes, epoch: int) -> OutboundGroup:
        entry = OutboundGroup(group, vodozemac.GroupSession(), epoch, self.clock())
        self._outbound[group] = entry
        self._dirty_outbound.add(group)
        return entry

    def discard_outbound_group(self, group: bytes) -> None:
        """Forget this device's session for `group`, so the next message starts a fresh one (key rotation)."""
        if self._outbound.pop(group, None) is not None:
            self._dirty_outbound.add(group)

    def mark_shared(self, group: bytes, actors: set[bytes]) -> None:
        entry = self._outbound[group]
        entry.shared_with |= actors
        self._dirty_outbound.add(group)

    def megolm_encrypt(self, group: bytes, plaintext: bytes) -> Sealed:
        entry = self._outbound[group]
        message = entry.session.encrypt(plaintext)
        self._dirty_outbound.add(group)
        return Sealed(self.curve25519, InnerKind.MEGOLM, entry.session.session_id, message.to_bytes())

    def add_inbound_group(
        self, group: bytes, sender: bytes, sender_key: bytes, session_key: str, epoch: int
    ) -> InboundGroup | None:
        """Keep a member's Megolm session; None if the key is malformed or the session is known already."""
        try:
            session = vodozemac.InboundGroupSession(vodozemac.SessionKey(session_key))
        except ValueError:
            return None
        existing = self._inbound.get(session.session_id)
        if existing is not None:
            return None
        entry = InboundGroup(session.session_id, group, sender, sender_key, session, epoch)
        self._inbound[entry.session_id] = entry
        self._dirty_inbound.add(entry.session_id)
        return entry

    def inbound_group(self, session_id: str) -> InboundGroup | None:
        return self._inbound.get(session_id)

    def megolm_decrypt(self, sealed: Sealed) -> tuple[bytes, InboundGroup]:
        entry = self._inbound.get(sealed.session)
        if entry is None:
            raise MissingKeyError("A group message arrived before its sender's key.")
        if entry.sender_key != sealed.sender:
            raise DecryptionError("The group message names a session of another sender.")
        try:
            message = vodozemac.MegolmMessage.from_bytes(sealed.data)
        except ValueError as exc:
            raise DecryptionError(f"The group message is malformed ({exc}).") from None
        index = message.message_index()
        if index in entry.seen or index < entry.session.first_known_index:
            raise ReplayError("The group message was already received.")
        try:
            plaintext = entry.session.decrypt(message).plaintext
        except ValueError as exc:
            raise DecryptionError(f"The group message does not decrypt ({exc}).") from None
        entry.seen.add(index)
        self._advance(entry)
        self._dirty_inbound.add(entry.session_id)
        return plaintext, entry

    def _advance(self, entry: InboundGroup) -> None:
        """Ratchet the stored session past every index already read, so a later theft of the profile's
        keys cannot decrypt them again (forward secrecy within a Megolm session)."""
        first = entry.session.first_known_index
        upto = first
        while upto in entry.seen:
            upto += 1
        if upto == first:
            return
        exported = entry.session.export_at(upto)
        if exported is None:
            return
        entry.session = vodozemac.InboundGroupSession.import_session(exported)
        entry.seen = {i for i in entry.seen if i >= upto}

    # -- persistence --------------------------------------------------------------------------------------

    def load(
        self,
        sessions: list[SessionRow],
        inbound: list[InboundGroupRow],
        outbound: list[OutboundGroupRow],
    ) -> None:
        """Restore the pickled sessions (undecryptable ones are skipped: they are useless anyway)."""
        for row in sorted(sessions, key=lambda r: r.last_used_ms, reverse=True):
            try:
                session = vodozemac.Session.from_pickle(row.pickle, self._pickle_key)
            except ValueError:
                continue
            self._sessions.setdefault(row.peer_key, []).append(
                OlmSession(row.peer_key, session, row.confirmed, row.last_used_ms)
            )
        for irow in inbound:
            try:
                isession = vodozemac.InboundGroupSession.from_pickle(irow.pickle, self._pickle_key)
            except ValueError:
                continue
            self._inbound[irow.session_id] = InboundGroup(
                irow.session_id,
                irow.group,
                irow.sender,
                irow.sender_key,
                isession,
                irow.epoch,
                set(irow.seen),
            )
        for orow in outbound:
            try:
                gsession = vodozemac.GroupSession.from_pickle(orow.pickle, self._pickle_key)
            except ValueError:
                continue
            self._outbound[orow.group] = OutboundGroup(
                orow.group, gsession, orow.epoch, orow.created_ms, set(orow.shared_with)
            )

    def take_changes(
        self,
    ) -> tuple[
        bytes | None,
        dict[tuple[bytes, str], SessionRow],
        set[tuple[bytes, str]],
        dict[str, InboundGroupRow],
        dict[bytes, OutboundGroupRow | None],
    ]:
        """Pickles of everything changed since the last call: (identity, sessions, removed sessions,
        inbound group sessions, outbound group sessions (None: discarded))."""
        identity = self.export_identity() if self._account_dirty else None
        sessions: dict[tuple[bytes, str], SessionRow] = {}
        for peer_key, session_id in self._dirty_sessions:
            for entry in self._sessions.get(peer_key, []):
                if entry.session.session_id == session_id:
                    sessions[(peer_key, session_id)] = SessionRow(
                        peer_key,
                        session_id,
                        entry.session.pickle(self._pickle_key),
                        entry.confirmed,
                        entry.last_used_ms,
                    )
        inbound = {
            sid: InboundGroupRow(
                e.session_id,
                e.group,
                e.sender,
                e.sender_key,
                e.session.pickle(self._pickle_key),
                e.epoch,
                tuple(sorted(e.seen)),
            )
            for sid in self._dirty_inbound
            if (e := self._inbound.get(sid)) is not None
        }
        outbound: dict[bytes, OutboundGroupRow | None] = {}
        for group in self._dirty_outbound:
            o = self._outbound.get(group)
            outbound[group] = (
                None
                if o is None
                else OutboundGroupRow(
                    group,
                    o.session.pickle(self._pickle_key),
                    o.epoch,
                    o.created_ms,
                    tuple(sorted(o.shared_with)),
                )
            )
        removed = set(self._removed_sessions)
        self._account_dirty = False
        self._dirty_sessions.clear()
        self._removed_sessions.clear()
        self._dirty_inbound.clear()
        self._dirty_outbound.clear()
        return identity, sessions, removed, inbound, outbound

    # -- for tests of forward secrecy -------------------------------------------------------------------

    def export_current_keys(self) -> dict[str, object]:
        """Every key this device holds right now, as pickles (what a thief of the device would get)."""
        return {
            "pickle_key": self._pickle_key,
            "identity": self.export_identity(),
            "sessions": [
                (peer, e.session.pickle(self._pickle_key)) for peer, entries in self._sessions.items() for e in entries
            ],
            "inbound_groups": [e.session.pickle(self._pickle_key) for e in self._inbound.values()],
            "seal_secret": bytes(self._seal),
        }


def _new_fallback_key(account: vodozemac.Account) -> bytes:
    """Generate a fallback key (the account keeps it and the one before) and return its public half."""
    # The bindings have fallback keys, though their type stubs do not list them.
    account.generate_fallback_key()  # type: ignore[attr-defined]
    keys: dict[str, vodozemac.Curve25519PublicKey] = getattr(account, "fallback_key")  # noqa: B009
    key = next(iter(keys.values())).to_bytes()
    account.mark_keys_as_published()
    return key
