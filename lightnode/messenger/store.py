"""Where the messenger keeps its state: the MessengerStore interface and an in-memory implementation."""

from __future__ import annotations

import dataclasses
from typing import Protocol

from .records import (
    OUTGOING_PROGRESS,
    Changes,
    MessageState,
    PendingOp,
    Report,
    Snapshot,
    StoredMessage,
)


class MessengerStore(Protocol):
    """Persistence for the messenger. `commit` must be atomic: all of a Changes is kept, or none."""

    def load(self) -> Snapshot: ...

    def commit(self, changes: Changes) -> None: ...

    def message(self, uid: bytes) -> StoredMessage | None: ...

    def unread(self, conversation: bytes) -> list[tuple[bytes, bytes]]:
        """(uid, sender) of the incoming messages of `conversation` not read yet, oldest first."""
        ...


def apply_status(current: MessageState, new: MessageState, outgoing: bool) -> MessageState:
    """The status after a receipt: outgoing statuses only move forward; incoming go RECEIVED -> READ."""
    if outgoing:
        if new is MessageState.FAILED:
            return new if current in (MessageState.QUEUED, MessageState.FAILED) else current
        return new if OUTGOING_PROGRESS.get(new, -1) > OUTGOING_PROGRESS.get(current, -1) else current
    return MessageState.READ if new is MessageState.READ else current


class MemoryStore:
    """A MessengerStore in memory (for tests, benchmarks, and headless clients)."""

    def __init__(self) -> None:
        self.snapshot = Snapshot()
        self.messages: dict[bytes, StoredMessage] = {}
        self.reports: list[Report] = []
        self.commits = 0

    def load(self) -> Snapshot:
        return dataclasses.replace(
            self.snapshot,
            sessions=list(self.snapshot.sessions),
            inbound_groups=list(self.snapshot.inbound_groups),
            outbound_groups=list(self.snapshot.outbound_groups),
            peers=list(self.snapshot.peers),
            conversations=list(self.snapshot.conversations),
            groups=list(self.snapshot.groups),
            outbox=list(self.snapshot.outbox),
            seen_envelopes=dict(self.snapshot.seen_envelopes),
            pending_ops=list(self.snapshot.pending_ops),
            seq_in=dict(self.snapshot.seq_in),
        )

    def commit(self, changes: Changes) -> None:
        snap = self.snapshot
        self.commits += 1
        if changes.identity is not None:
            snap.identity = changes.identity
        sessions = {(r.peer_key, r.session_id): r for r in snap.sessions}
        sessions.update(changes.sessions)
        for key in changes.sessions_removed:
            sessions.pop(key, None)
        snap.sessions = list(sessions.values())
        inbound = {r.session_id: r for r in snap.inbound_groups}
        inbound.update(changes.inbound_groups)
        snap.inbound_groups = list(inbound.values())
        outbound = {r.group: r for r in snap.outbound_groups}
        for group, orow in changes.outbound_groups.items():
            if orow is None:
                outbound.pop(group, None)
            else:
                outbound[group] = orow
        snap.outbound_groups = list(outbound.values())
        snap.peers = list(({p.actor: p for p in snap.peers} | changes.peers).values())
        snap.conversations = list(({c.id: c for c in snap.conversations} | changes.conversations).values())
        snap.groups = list(({g.id: g for g in snap.groups} | changes.groups).values())
        outbox = {o.id: o for o in snap.outbox} | changes.outbox_put
        for item_id in changes.outbox_removed:
            outbox.pop(item_id, None)
        snap.outbox = sorted(outbox.values(), key=lambda o: (o.created_ms, o.id))
        snap.seen_envelopes.update(changes.seen_envelopes)
        if changes.seen_expired_before:
            snap.seen_envelopes = {k: v for k, v in snap.seen_envelopes.items() if v >= changes.seen_expired_before}
        pending: list[PendingOp] = [p for p in snap.pending_ops if p.target not in changes.pending_removed]
        snap.pending_ops = pending + changes.pending_put
        snap.seq_in.update(changes.seq_in)
        for message in changes.messages:
            self.messages.setdefault(message.uid, message)
        for uid, status in changes.statuses.items():
            old = self.messages.get(uid)
            if old is not None:
                self.messages[uid] = dataclasses.replace(old, status=apply_status(old.status, status, old.outgoing))
        for uid, (text, fmt, edited_ms) in changes.edits.items():
            old = self.messages.get(uid)
            if old is not None and not old.deleted:
                self.messages[uid] = dataclasses.replace(old, text=text, format=fmt, edited_ms=edited_ms)
        for uid in changes.deletes:
            old = self.messages.get(uid)
            if old is not None:
                self.messages[uid] = dataclasses.replace(old, text="", attachments=(), deleted=True)
        self.reports.extend(changes.reports)

    def message(self, uid: bytes) -> StoredMessage | None:
        return self.messages.get(uid)

    def unread(self, conversation: bytes) -> list[tuple[bytes, bytes]]:
        return [
            (m.uid, m.sender)
            for m in sorted(self.messages.values(), key=lambda m: (m.sent_ms, m.uid))
            if m.conversation == conversation and not m.outgoing and m.status is MessageState.RECEIVED
        ]

    def conversation_messages(self, conversation: bytes) -> list[StoredMessage]:
        """The messages of a conversation in display order (oldest first)."""
        return sorted(
            (m for m in self.messages.values() if m.conversation == conversation),
            key=lambda m: (m.sent_ms, m.uid),
        )
