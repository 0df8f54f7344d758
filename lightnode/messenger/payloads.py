"""The plaintexts inside Olm and Megolm: text, edits, deletes, receipts, group keys and group updates."""

from __future__ import annotations

import dataclasses
import hashlib
from enum import IntEnum
from typing import Annotated

from lightnode.protocol.encoding import U64, Bytes, ListOf, Nested, OneOf, Struct, Text, wire
from lightnode.protocol.errors import ProtocolError, ValidationError
from lightnode.protocol.keys import ACTOR_ID_SIZE

from .errors import DecryptionError
from .identity import IdentityCard

UID_SIZE = 16
CONVERSATION_SIZE = 32
#: The largest payload (with padding) one envelope carries; media travel as encrypted blobs.
MAX_PAYLOAD = 62_000
MAX_TEXT = 16_000
MAX_ATTACHMENTS = 10
MAX_THUMBNAIL = 16 * 1024
MAX_GROUP_MEMBERS = 100
#: The most bytes (UTF-8) of a group's name.
MAX_GROUP_NAME = 128
MAX_RECEIPT_TARGETS = 256
#: Payloads are padded to a multiple of this, so the node learns sizes only coarsely.
PAD_BLOCK = 256
_UID = Bytes(UID_SIZE)
_ACTOR = Bytes(ACTOR_ID_SIZE)
_CONVERSATION = Bytes(CONVERSATION_SIZE)
_CONVERSATION_TAG = b"exc/msg-conv"


class Kind(IntEnum):
    TEXT = 1
    EDIT = 2
    DELETE = 3
    RECEIPT = 4
    GROUP_KEY = 5
    GROUP_UPDATE = 6
    VERIFICATION = 7


#: Kinds that belong to the visible history of a conversation and are delivered in the sender's order.
ORDERED_KINDS = frozenset({Kind.TEXT, Kind.EDIT, Kind.DELETE})


class Format(IntEnum):
    """How the text is written: plain, or with basic formatting (*bold*, _italic_, ~strike~, `code`)."""

    PLAIN = 0
    MARKUP = 1


class ReceiptType(IntEnum):
    DELIVERED = 1
    READ = 2


class VerificationStep(IntEnum):
    """START (initiator) -> ACCEPT with a commitment to the responder's key -> KEY (initiator's key) ->
    KEY (responder's key, checked against the commitment) -> both compare codes -> MAC each; or CANCEL."""

    START = 1
    ACCEPT = 2
    MAC = 3
    CANCEL = 4
    KEY = 5


def direct_conversation(a: bytes, b: bytes) -> bytes:
    """The id of the one-to-one conversation between two actors (the same on both sides)."""
    first, second = sorted((a, b))
    return hashlib.blake2b(first + second, digest_size=CONVERSATION_SIZE, person=_CONVERSATION_TAG).digest()


@wire
class Attachment(Struct):
    """A photo, video or file stored as an encrypted blob; the key to open it travels only in here."""

    MAX_SIZE = MAX_THUMBNAIL + 1024
    manifest: Annotated[bytes, Bytes(32)]
    key: Annotated[bytes, Bytes(32)]
    #: The size of the file itself (the blob is slightly larger: it carries authentication tags).
    size: Annotated[int, U64()]
    media_type: Annotated[str, Text(127, min_len=3)]
    name: Annotated[str, Text(255)]
    #: A small JPEG preview for photos and videos (empty for other files).
    thumbnail: Annotated[bytes, Bytes(max_len=MAX_THUMBNAIL)]
    width: Annotated[int, U64(65535)]
    height: Annotated[int, U64(65535)]
    duration_ms: Annotated[int, U64()]

    @property
    def is_image(self) -> bool:
        return self.media_type.startswith("image/")

    @property
    def is_video(self) -> bool:
        return self.media_type.startswith("video/")


@wire
class TextBody(Struct):
    MAX_SIZE = MAX_PAYLOAD
    text: Annotated[str, Text(MAX_TEXT)]
    format: Annotated[int, OneOf(Format)]
    #: The uid of the message this one answers (empty if none).
    reply_to: Annotated[bytes, Bytes(sizes=(0, UID_SIZE))]
    attachments: Annotated[tuple[Attachment, ...], ListOf(Nested(Attachment), MAX_ATTACHMENTS)]

    def validate(self) -> None:
        if not self.text.strip() and not self.attachments:
            raise ValidationError("a message has text or attachments")


@wire
class EditBody(Struct):
    MAX_SIZE = MAX_PAYLOAD
    target: Annotated[bytes, _UID]
    text: Annotated[str, Text(MAX_TEXT, min_len=1)]
    format: Annotated[int, OneOf(Format)]


@wire
class DeleteBody(Struct):
    MAX_SIZE = 64
    target: Annotated[bytes, _UID]


@wire
class ReceiptBody(Struct):
    MAX_SIZE = MAX_RECEIPT_TARGETS * 18 + 64
    status: Annotated[int, OneOf(ReceiptType)]
    targets: Annotated[tuple[bytes, ...], ListOf(_UID, MAX_RECEIPT_TARGETS)]


@wire
class GroupKeyBody(Struct):
    """The sender's current Megolm session key for a group (sent to each member over Olm)."""

    MAX_SIZE = 1024
    group: Annotated[bytes, _CONVERSATION]
    epoch: Annotated[int, U64()]
    session_key: Annotated[str, Text(512, min_len=1)]


@wire
class GroupUpdateBody(Struct):
    """A group's state after a change (creation, join, leave, rename), made by an admin; `epoch` grows."""

    MAX_SIZE = MAX_PAYLOAD
    group: Annotated[bytes, _CONVERSATION]
    epoch: Annotated[int, U64()]
    name: Annotated[str, Text(MAX_GROUP_NAME, min_len=1)]
    admins: Annotated[tuple[bytes, ...], ListOf(_ACTOR, MAX_GROUP_MEMBERS, sorted_unique=True)]
    members: Annotated[tuple[IdentityCard, ...], ListOf(Nested(IdentityCard), MAX_GROUP_MEMBERS)]

    def validate(self) -> None:
        actors = [card.actor_id for card in self.members]
        if len(set(actors)) != len(actors):
            raise ValidationError("a group lists each member once")
        if not self.admins or not set(self.admins) <= set(actors):
            raise ValidationError("a group's admins are among its members")


@wire
class VerificationBody(Struct):
    MAX_SIZE = 512
    flow: Annotated[bytes, _UID]
    step: Annotated[int, OneOf(VerificationStep)]
    data: Annotated[bytes, Bytes(max_len=256)]


@wire
class Payload(Struct):
    """One message as the sender wrote it. `seq` numbers the ordered kinds per sender and conversation
    (0 for the others); `card` carries the sender's identity card while the recipient may not know it."""

    MAX_SIZE = MAX_PAYLOAD + 256
    kind: Annotated[int, OneOf(Kind)]
    uid: Annotated[bytes, _UID]
    conversation: Annotated[bytes, _CONVERSATION]
    sender: Annotated[bytes, _ACTOR]
    seq: Annotated[int, U64()]
    sent_ms: Annotated[int, U64()]
    body: Annotated[bytes, Bytes(max_len=MAX_PAYLOAD)]
    card: Annotated[bytes, Bytes(max_len=IdentityCard.MAX_SIZE)]
    padding: Annotated[bytes, Bytes(max_len=PAD_BLOCK)]

    def padded(self) -> Payload:
        """A copy whose encoding is a multiple of PAD_BLOCK bytes long."""
        bare = dataclasses.replace(self, padding=b"")
        # The padding is a bin8 string, whose 2-byte header is already counted in the bare encoding.
        return dataclasses.replace(self, padding=bytes(-len(bare.encode()) % PAD_BLOCK))


def decode_payload(data: bytes) -> Payload:
    try:
        return Payload.decode(data)
    except ProtocolError as exc:
        raise DecryptionError(f"The message decrypted, but its content is malformed ({exc}).") from None
