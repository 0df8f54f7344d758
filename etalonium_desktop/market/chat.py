"""The order's conversation and a dispute's evidence, end-to-end encrypted through the messenger.

The market only needs two things from a messenger, named by `OrderChat`: open the chat with the other party
of an order (the "Message" buttons), and send files and a note to the people of a dispute (the arbiter and
both parties) in one encrypted group. `MessengerOrderChat` does both with the app's `MessengerService`;
`show_conversation` is how the app switches to the chat screen. Without a messenger (`chat=None`), the
buttons explain that chat is not available rather than failing.
"""

from __future__ import annotations

import asyncio
import mimetypes
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from lightnode.protocol.address import encode_address

from .model import OrderEntry

if TYPE_CHECKING:
    from etalonium_desktop.messenger.service import MessengerService

#: Evidence files larger than this are refused (the messenger's attachment limit is the real bound).
MAX_EVIDENCE_BYTES = 50 * 1024 * 1024


class OrderChat(Protocol):
    async def open_chat_with(self, actor: bytes) -> None:
        """Open (creating if needed) the encrypted chat with `actor` (say, a seller, to ask for a quote)."""

    async def open_order_chat(self, order: OrderEntry, me: bytes) -> None:
        """Open (creating if needed) the encrypted chat with the other party of `order` and show it."""

    async def send_evidence(self, order: OrderEntry, me: bytes, files: Sequence[Path], note: str) -> None:
        """Send `files` and `note` to the arbiter and the other party of a disputed order, encrypted."""


def counterparty(order: OrderEntry, me: bytes) -> bytes:
    record = order.record
    if me == record.buyer:
        return record.seller
    if me == record.seller:
        return record.buyer
    return record.buyer


def order_label(order: OrderEntry) -> str:
    return f"{order.title or 'Order'} · #{order.order_id.hex()[:8]}"


class MessengerOrderChat:
    """`OrderChat` over the app's messenger."""

    def __init__(self, service: MessengerService, show_conversation: Callable[[bytes], None]) -> None:
        self.service = service
        self.show_conversation = show_conversation
        #: Dispute groups made in this run, by order id.
        self._groups: dict[bytes, bytes] = {}

    async def open_chat_with(self, actor: bytes) -> None:
        self.show_conversation(await self.service.open_direct(actor))

    async def open_order_chat(self, order: OrderEntry, me: bytes) -> None:
        await self.open_chat_with(counterparty(order, me))

    async def send_evidence(self, order: OrderEntry, me: bytes, files: Sequence[Path], note: str) -> None:
        from etalonium_desktop.messenger.service import OutgoingFile

        record = order.record
        members = [a for a in (record.buyer, record.seller, record.arbiter) if a and a != me]
        group = self._groups.get(order.order_id)
        if group is None:
            group = (await self.service.create_group(f"Dispute: {order_label(order)}", members)).id
            self._groups[order.order_id] = group
        outgoing = []
        for path in files:
            data = await asyncio.to_thread(path.read_bytes)
            if len(data) > MAX_EVIDENCE_BYTES:
                raise ValueError(f"{path.name} is larger than 50 MB; send a smaller file or a link to it.")
            outgoing.append(
                OutgoingFile(path.name, mimetypes.guess_type(path.name)[0] or "application/octet-stream", data)
            )
        header = f"Evidence for order {order.order_id.hex()[:16]} (arbiter {encode_address(record.arbiter)[:14]}…)"
        text = f"{header}\n{note}".strip()
        if outgoing:
            await self.service.send_files(group, outgoing, text)
        else:
            await self.service.send_text(group, text)
        self.show_conversation(group)
