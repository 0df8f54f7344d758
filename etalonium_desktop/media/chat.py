"""Live chat: signed messages of a channel, sent to the streamer's mailbox and carried in the stream."""

from __future__ import annotations

# Transport (see docs/MEDIA.md): a viewer deposits its signed message, as an envelope, in the mailbox whose id
# is the channel key; only the streamer holds that key, reads the mailbox, and puts the messages it accepts
# into the next live part on a private MPEG-TS PID. The relay fans parts out, so every viewer (and the
# recording) receives the chat in step with the picture; players that do not know the PID ignore it. Each
# message stays signed by its author, so neither the relay nor the streamer can put words in anyone's mouth.
import struct
import time
from typing import Annotated

from lightnode.protocol.encoding import Text, wire
from lightnode.protocol.errors import ProtocolError, ValidationError
from lightnode.protocol.keys import Domain, PrivateKey
from lightnode.protocol.services import KEY, SIGNATURE, TIME_MS, Envelope, Signed, unsigned

#: The MPEG-TS PID that carries chat inside live parts (not listed in the PMT, so demuxers skip it).
CHAT_PID = 0x1EC7
MAX_CHAT_TEXT = 500
#: A message more than this far from the receiver's clock is not shown (replays of old chat).
MAX_CHAT_SKEW_MS = 5 * 60 * 1000
#: How long a chat envelope waits in the streamer's mailbox.
CHAT_ENVELOPE_TTL_MS = 10 * 60 * 1000
_MAGIC = b"ExCc"
_TS = 188


@wire
class ChatMessage(Signed):
    """`[1, channel key, author key, sent_ms, text, signature]`, signed by the author."""

    DOMAIN = Domain.STREAM
    PURPOSE = b"stream-chat\x00"
    MAX_SIZE = MAX_CHAT_TEXT + 256
    channel_key: Annotated[bytes, KEY]
    author: Annotated[bytes, KEY]
    sent_ms: Annotated[int, TIME_MS]
    text: Annotated[str, Text(MAX_CHAT_TEXT, min_len=1)]
    signature: Annotated[bytes, SIGNATURE]

    def signer(self) -> bytes:
        return self.author

    def validate(self) -> None:
        if not self.text.strip():
            raise ValidationError("a chat message has some text")


def make_chat(author: PrivateKey, channel_key: bytes, text: str, sent_ms: int | None = None) -> ChatMessage:
    """A chat message signed by `author` for the channel."""
    message: ChatMessage = unsigned(
        ChatMessage,
        channel_key=channel_key,
        author=author.public_key.raw,
        sent_ms=time.time_ns() // 1_000_000 if sent_ms is None else sent_ms,
        text=text.strip(),
    )
    message.validate()
    return message.signed_by(author)


def check_chat(data: bytes, channel_key: bytes, now_ms: int | None = None) -> ChatMessage:
    """Decode and verify a chat message for this channel; raise ProtocolError if it is not genuine."""
    message = ChatMessage.decode(data)
    if message.channel_key != channel_key:
        raise ValidationError("the chat message belongs to another channel")
    now = time.time_ns() // 1_000_000 if now_ms is None else now_ms
    if abs(message.sent_ms - now) > MAX_CHAT_SKEW_MS:
        raise ValidationError("the chat message is too old or from the future")
    message.verify()
    return message


def chat_envelope(message: ChatMessage) -> Envelope:
    """The envelope a viewer deposits in the streamer's mailbox (the channel key)."""
    return Envelope(message.channel_key, time.time_ns() // 1_000_000 + CHAT_ENVELOPE_TTL_MS, message.encode())


class ChatPacketizer:
    """Wraps chat messages into MPEG-TS packets on CHAT_PID (continuity counter kept across parts)."""

    def __init__(self) -> None:
        self.counter = 0

    def packets(self, message: bytes) -> bytes:
        payload = _MAGIC + struct.pack(">I", len(message)) + message
        out = bytearray()
        first = True
        for start in range(0, len(payload), _TS - 4):
            piece = payload[start : start + _TS - 4]
            pusi = 0x40 if first else 0x00
            header = bytes([0x47, pusi | (CHAT_PID >> 8), CHAT_PID & 0xFF, 0x10 | (self.counter & 0x0F)])
            self.counter = (self.counter + 1) & 0x0F
            out += header + piece + b"\xff" * (_TS - 4 - len(piece))
            first = False
        return bytes(out)


def extract_chat(ts: bytes) -> tuple[list[bytes], bytes]:
    """Chat messages carried in a run of TS packets, and the TS with the chat packets removed."""
    messages: list[bytes] = []
    kept = bytearray()
    current: bytearray | None = None
    for offset in range(0, len(ts) - _TS + 1, _TS):
        packet = ts[offset : offset + _TS]
        pid = ((packet[1] & 0x1F) << 8) | packet[2]
        if packet[0] != 0x47 or pid != CHAT_PID:
            kept += packet
            continue
        body = packet[4:]
        if packet[1] & 0x40:
            current = bytearray(body)
        elif current is not None:
            current += body
        if current is not None and len(current) >= 8:
            if current[:4] != _MAGIC:
                current = None
                continue
            (length,) = struct.unpack(">I", current[4:8])
            if length > ChatMessage.MAX_SIZE:
                current = None
                continue
            if len(current) >= 8 + length:
                messages.append(bytes(current[8 : 8 + length]))
                current = None
    return messages, bytes(kept)


__all__ = [
    "CHAT_PID",
    "ChatMessage",
    "ChatPacketizer",
    "ProtocolError",
    "chat_envelope",
    "check_chat",
    "extract_chat",
    "make_chat",
]
