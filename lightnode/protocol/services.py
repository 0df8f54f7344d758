"""Wire structures of the node services: mailbox envelopes and auth, prekeys, blob manifests, stream parts."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Annotated, Any, ClassVar, Self, TypeVar

from blake3 import blake3

from .chain import HASH
from .encoding import U64, Bytes, ListOf, Nested, Struct, Text, pack, wire
from .errors import ValidationError
from .hashing import Tag, blake2b256
from .keys import PUBLIC_KEY_SIZE, SIGNATURE_SIZE, Domain, PrivateKey, PublicKey

KEY = Bytes(PUBLIC_KEY_SIZE)
SIGNATURE = Bytes(SIGNATURE_SIZE)
TIME_MS = U64()

#: Blobs are cut into chunks of exactly this size; only a blob's last chunk may be shorter.
CHUNK_SIZE = 1024 * 1024
#: The most chunks one manifest lists (a blob of at most 4 GiB).
MAX_MANIFEST_CHUNKS = 4096
#: The largest end-to-end encrypted payload one envelope carries (media travel through the blob store).
MAX_ENVELOPE_CIPHERTEXT = 64 * 1024
#: The most envelopes one fetch returns, and the most envelope ids one acknowledgement names.
MAX_ENVELOPE_BATCH = 256
#: Opaque messenger identity material (identity keys, signed prekey and its signature).
MAX_IDENTITY_SIZE = 1024
MAX_PREKEY_SIZE = 128
MAX_PREKEYS_PER_UPLOAD = 100
#: The largest media payload of one live stream part (a fraction of a second of video).
MAX_PART_MEDIA = 1024 * 1024
#: The longest duration of one live stream part.
MAX_PART_DURATION_MS = 10_000
MAX_CHALLENGE_SIZE = 64
AUDIENCE = Text(255)
MEDIA_TYPE = Text(127, min_len=3)
_MEDIA_TYPE_RE = re.compile(r"[a-z0-9][a-z0-9!#$&^_.+-]{0,62}/[a-z0-9][a-z0-9!#$&^_.+-]{0,62}")


#: BLAKE3's key-derivation context for chunk ids (its domain separation, as `Tag` is BLAKE2b's).
CHUNK_CONTEXT = "ExC blob chunk id v2"


def chunk_id(data: bytes | memoryview) -> bytes:
    """The content address of a blob chunk: BLAKE3 of its bytes in the `CHUNK_CONTEXT` derive-key mode.

    BLAKE3 rather than the BLAKE2b of the chain's other hashes: every chunk is hashed by its uploader, by each
    node that takes it in and by each reader, and BLAKE3 does that several times faster (SIMD across the
    chunk's 1 KiB blocks) at the same 256-bit security."""
    return blake3(data, derive_key_context=CHUNK_CONTEXT).digest()


def chunk_hasher() -> blake3:
    """A hash whose digest, once fed a chunk's bytes, is the chunk's content address (`chunk_id`)."""
    return blake3(derive_key_context=CHUNK_CONTEXT)


def chunk_id_of_pieces(pieces: Sequence[bytes | memoryview]) -> bytes:
    """The content address of a blob chunk that arrived in pieces, without joining them."""
    hasher = chunk_hasher()
    for piece in pieces:
        hasher.update(piece)
    return hasher.digest()


def split_chunks(data: bytes) -> list[bytes]:
    """Cut a blob into CHUNK_SIZE pieces (the last may be shorter); an empty blob has no chunks."""
    return [data[i : i + CHUNK_SIZE] for i in range(0, len(data), CHUNK_SIZE)]


class Signed(Struct):
    """A structure whose last field, `signature`, signs the encoding of all the other fields.

    The signed message is the domain, then a per-structure purpose, then `[version, field, ...]` without the
    signature, so a signature made for one structure can never be presented as another of the same domain.
    """

    DOMAIN: ClassVar[Domain]
    PURPOSE: ClassVar[bytes]

    def signing_bytes(self) -> bytes:
        return self.PURPOSE + pack(self.to_wire()[:-1])

    def signer(self) -> bytes:
        """The public key that must have made the signature."""
        raise NotImplementedError

    def verify(self) -> None:
        """Raise SignatureError unless `signer()` made `signature` over this structure."""
        PublicKey(self.signer()).verify(self.DOMAIN, self.signing_bytes(), self.signature_bytes())

    def signature_bytes(self) -> bytes:
        value: bytes = getattr(self, "signature")  # noqa: B009 - every subclass declares it last
        return value

    def signed_by(self, key: PrivateKey) -> Self:
        """A copy of this structure signed with `key` (which must be its signer)."""
        if key.public_key.raw != self.signer():
            raise ValidationError(f"{type(self).__name__} must be signed by its own key")
        signature = key.sign(self.DOMAIN, self.signing_bytes())
        return dataclasses.replace(self, signature=signature)  # type: ignore[type-var]


SignedT = TypeVar("SignedT", bound=Signed)


# ---------------------------------------------------------------------------------------------------------
# Mailbox
# ---------------------------------------------------------------------------------------------------------


@wire
class Envelope(Struct):
    """An opaque end-to-end encrypted message. The node sees only the mailbox, the expiry and the size.

    A mailbox id is an Ed25519 public key whose private half the owner holds (the messenger can use one
    unlinkable key per conversation); the owner proves ownership by signing challenges with it.
    """

    MAX_SIZE = MAX_ENVELOPE_CIPHERTEXT + 128
    mailbox: Annotated[bytes, KEY]
    #: Unix time in milliseconds after which every node drops the envelope.
    expiry_ms: Annotated[int, TIME_MS]
    ciphertext: Annotated[bytes, Bytes(max_len=MAX_ENVELOPE_CIPHERTEXT)]

    def validate(self) -> None:
        if not self.ciphertext:
            raise ValidationError("an envelope carries a non-empty ciphertext")

    def id(self) -> bytes:
        """The envelope's id: the hash of its encoding, the same on every node it is replicated to."""
        return envelope_id(self.encode())


def envelope_id(encoded: bytes) -> bytes:
    return blake2b256(Tag.ENVELOPE, encoded)


@wire
class EnvelopeBatch(Struct):
    """A page of a mailbox: envelopes oldest first, and the cursor to ask for the next page."""

    MAX_SIZE = MAX_ENVELOPE_BATCH * (MAX_ENVELOPE_CIPHERTEXT + 160)
    envelopes: Annotated[tuple[Envelope, ...], ListOf(Nested(Envelope), MAX_ENVELOPE_BATCH)]
    cursor: Annotated[int, U64()]
    more: Annotated[int, U64(1)]


@wire
class MailboxChallenge(Struct):
    """A node's one-time challenge for proving ownership of a mailbox."""

    MAX_SIZE = 512
    mailbox: Annotated[bytes, KEY]
    challenge: Annotated[bytes, Bytes(max_len=MAX_CHALLENGE_SIZE)]
    expires_ms: Annotated[int, TIME_MS]


@wire
class MailboxAuth(Signed):
    """The owner's answer to a challenge: signs the challenge and the host it was asked at (the audience),
    so a node cannot pass its own challenge on to another node to impersonate the owner there."""

    DOMAIN = Domain.MAILBOX
    PURPOSE = b"mailbox-auth\x00"
    MAX_SIZE = 1024
    mailbox: Annotated[bytes, KEY]
    challenge: Annotated[bytes, Bytes(max_len=MAX_CHALLENGE_SIZE)]
    audience: Annotated[str, AUDIENCE]
    signature: Annotated[bytes, SIGNATURE]

    def signer(self) -> bytes:
        return self.mailbox


@wire
class MailboxAck(Signed):
    """The owner's signed acknowledgement of envelopes: nodes delete them, and pass the ack on to peers."""

    DOMAIN = Domain.MAILBOX
    PURPOSE = b"mailbox-ack\x00"
    MAX_SIZE = MAX_ENVELOPE_BATCH * 34 + 256
    mailbox: Annotated[bytes, KEY]
    ids: Annotated[tuple[bytes, ...], ListOf(HASH, MAX_ENVELOPE_BATCH, sorted_unique=True)]
    created_ms: Annotated[int, TIME_MS]
    signature: Annotated[bytes, SIGNATURE]

    def signer(self) -> bytes:
        return self.mailbox

    def validate(self) -> None:
        if not self.ids:
            raise ValidationError("an acknowledgement names at least one envelope")


@wire
class SignedIdentity(Signed):
    """The mailbox owner's messenger identity (opaque keys), signed so that anyone can check it."""

    DOMAIN = Domain.MAILBOX
    PURPOSE = b"mailbox-identity\x00"
    MAX_SIZE = MAX_IDENTITY_SIZE + 256
    mailbox: Annotated[bytes, KEY]
    identity: Annotated[bytes, Bytes(max_len=MAX_IDENTITY_SIZE)]
    created_ms: Annotated[int, TIME_MS]
    signature: Annotated[bytes, SIGNATURE]

    def signer(self) -> bytes:
        return self.mailbox


@wire
class PrekeyUpload(Signed):
    """The owner publishes its identity and adds one-time prekeys, each handed out once by this node."""

    DOMAIN = Domain.MAILBOX
    PURPOSE = b"mailbox-prekeys\x00"
    MAX_SIZE = MAX_IDENTITY_SIZE + MAX_PREKEYS_PER_UPLOAD * (MAX_PREKEY_SIZE + 3) + 512
    mailbox: Annotated[bytes, KEY]
    identity: Annotated[SignedIdentity, Nested(SignedIdentity)]
    one_time: Annotated[
        tuple[bytes, ...], ListOf(Bytes(max_len=MAX_PREKEY_SIZE), MAX_PREKEYS_PER_UPLOAD, sorted_unique=True)
    ]
    created_ms: Annotated[int, TIME_MS]
    signature: Annotated[bytes, SIGNATURE]

    def signer(self) -> bytes:
        return self.mailbox

    def validate(self) -> None:
        if self.identity.mailbox != self.mailbox:
            raise ValidationError("the identity belongs to another mailbox")
        if any(not key for key in self.one_time):
            raise ValidationError("a one-time prekey is not empty")


@wire
class PrekeyClaim(Struct):
    """What a node hands out for starting a chat: the identity and one unused one-time prekey (or empty)."""

    MAX_SIZE = MAX_IDENTITY_SIZE + MAX_PREKEY_SIZE + 512
    identity: Annotated[SignedIdentity, Nested(SignedIdentity)]
    one_time: Annotated[bytes, Bytes(max_len=MAX_PREKEY_SIZE)]


# ---------------------------------------------------------------------------------------------------------
# Blob store
# ---------------------------------------------------------------------------------------------------------


@wire
class ChunkIds(Struct):
    """A list of chunk ids (for example the chunks of a manifest a node is still missing)."""

    MAX_SIZE = MAX_MANIFEST_CHUNKS * 34 + 64
    ids: Annotated[tuple[bytes, ...], ListOf(HASH, MAX_MANIFEST_CHUNKS)]


@wire
class Manifest(Signed):
    """A blob: its chunks in order, its size and media type, signed by the owner whose quota pays for it.

    Its id (`id()`) is the hash of everything but the signature; posts and messages refer to blobs by it.
    """

    DOMAIN = Domain.MANIFEST
    PURPOSE = b"manifest\x00"
    MAX_SIZE = MAX_MANIFEST_CHUNKS * 34 + 512
    owner: Annotated[bytes, KEY]
    size: Annotated[int, U64(MAX_MANIFEST_CHUNKS * CHUNK_SIZE)]
    media_type: Annotated[str, MEDIA_TYPE]
    chunks: Annotated[tuple[bytes, ...], ListOf(HASH, MAX_MANIFEST_CHUNKS)]
    created_ms: Annotated[int, TIME_MS]
    signature: Annotated[bytes, SIGNATURE]

    def signer(self) -> bytes:
        return self.owner

    def validate(self) -> None:
        if self.size < 1:
            raise ValidationError("a blob has at least one byte")
        expected = -(-self.size // CHUNK_SIZE)
        if len(self.chunks) != expected:
            raise ValidationError(
                f"a blob of {self.size} bytes has {expected} chunks of {CHUNK_SIZE} bytes, not {len(self.chunks)}"
            )
        if not _MEDIA_TYPE_RE.fullmatch(self.media_type):
            raise ValidationError(f"'{self.media_type}' is not a media type such as image/jpeg")

    def id(self) -> bytes:
        return blake2b256(Tag.MANIFEST, self.signing_bytes())

    def chunk_size(self, index: int) -> int:
        """The exact size of chunk `index`."""
        if index < len(self.chunks) - 1:
            return CHUNK_SIZE
        return self.size - CHUNK_SIZE * (len(self.chunks) - 1)

    @classmethod
    def for_blob(
        cls,
        owner: PrivateKey,
        data: bytes,
        media_type: str,
        created_ms: int,
        chunk_ids: Sequence[bytes] | None = None,
    ) -> Manifest:
        """The signed manifest of `data` (whose chunk ids the caller may have computed already)."""
        chunks = tuple(chunk_ids) if chunk_ids is not None else tuple(chunk_id(c) for c in split_chunks(data))
        unsigned = cls(owner.public_key.raw, len(data), media_type, chunks, created_ms, bytes(SIGNATURE_SIZE))
        unsigned.validate()
        return unsigned.signed_by(owner)


# ---------------------------------------------------------------------------------------------------------
# Stream relay
# ---------------------------------------------------------------------------------------------------------


@wire
class StreamHello(Signed):
    """A publisher's answer to the relay's challenge: proof that it holds the channel key."""

    DOMAIN = Domain.STREAM
    PURPOSE = b"stream-hello\x00"
    MAX_SIZE = 1024
    channel_key: Annotated[bytes, KEY]
    challenge: Annotated[bytes, Bytes(max_len=MAX_CHALLENGE_SIZE)]
    audience: Annotated[str, AUDIENCE]
    signature: Annotated[bytes, SIGNATURE]

    def signer(self) -> bytes:
        return self.channel_key


@wire
class StreamPart(Signed):
    """A piece of a live stream: a self-contained run of MPEG-TS packets, signed with the channel key.

    A part flagged `keyframe` starts with a video keyframe (and the stream tables), so a viewer can start or
    resume there; HLS segments start at keyframe parts.
    """

    DOMAIN = Domain.STREAM
    PURPOSE = b"stream-part\x00"
    MAX_SIZE = MAX_PART_MEDIA + 256
    channel_key: Annotated[bytes, KEY]
    sequence: Annotated[int, U64()]
    #: The publisher's wall clock when the part was captured (Unix milliseconds).
    timestamp_ms: Annotated[int, TIME_MS]
    duration_ms: Annotated[int, U64(MAX_PART_DURATION_MS)]
    keyframe: Annotated[int, U64(1)]
    media: Annotated[bytes, Bytes(max_len=MAX_PART_MEDIA)]
    signature: Annotated[bytes, SIGNATURE]

    def signer(self) -> bytes:
        return self.channel_key

    def validate(self) -> None:
        if self.duration_ms < 1 or not self.media:
            raise ValidationError("a stream part has media and a positive duration")

    @classmethod
    def create(
        cls,
        key: PrivateKey,
        sequence: int,
        timestamp_ms: int,
        duration_ms: int,
        keyframe: bool,
        media: bytes,
    ) -> StreamPart:
        unsigned = cls(
            key.public_key.raw,
            sequence,
            timestamp_ms,
            duration_ms,
            int(keyframe),
            media,
            bytes(SIGNATURE_SIZE),
        )
        return unsigned.signed_by(key)


def unsigned(cls: type[SignedT], **fields: Any) -> SignedT:
    """A structure with a placeholder signature, to be completed with `signed_by`."""
    fields["signature"] = bytes(SIGNATURE_SIZE)
    return cls(**fields)
