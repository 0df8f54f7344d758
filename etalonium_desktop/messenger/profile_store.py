"""The messenger's state in the encrypted profile: its own tables plus the profile's messages and search."""

from __future__ import annotations

import os
from typing import Any

from etalonium_desktop.store import MessageStatus, NewMessage, Profile
from etalonium_desktop.store.dbapi import Connection
from lightnode.messenger import (
    Attachment,
    Changes,
    ConversationKind,
    ConversationRecord,
    ConversationState,
    Format,
    GroupRecord,
    InboundGroupRow,
    MessageState,
    OutboundGroupRow,
    OutboxItem,
    PeerRecord,
    PendingOp,
    SessionRow,
    Snapshot,
    StoredMessage,
)
from lightnode.messenger.store import apply_status
from lightnode.protocol.encoding import pack, unpack

from .schema import ensure_schema

PICKLE_KEY_SETTING = "messenger.pickle_key"
_MESSAGES_JOINED = "messages m LEFT JOIN messenger_message_meta x ON x.uid = m.uid"
_MESSAGE_COLUMNS = (
    "m.uid, m.conversation, m.sender, m.outgoing, m.sent_at, m.received_at, m.body, m.attachments, m.status, "
    "coalesce(x.format, 0), coalesce(x.reply_to, X''), coalesce(x.edited_ms, 0), coalesce(x.deleted, 0)"
)


def pickle_key(profile: Profile) -> bytes:
    """The key the messenger's session pickles are encrypted with, made once and kept in the profile."""
    key = profile.settings.get(PICKLE_KEY_SETTING, b"")
    if len(key) != 32:
        key = os.urandom(32)
        profile.settings.set(PICKLE_KEY_SETTING, key)
    return key


def encode_attachments(attachments: tuple[Attachment, ...]) -> bytes | None:
    return pack([a.to_wire() for a in attachments]) if attachments else None


def decode_attachments(data: bytes | None) -> tuple[Attachment, ...]:
    if not data:
        return ()
    return tuple(Attachment.from_wire(w) for w in unpack(data))


def _pack_list(items: tuple[bytes, ...] | list[bytes]) -> bytes:
    return pack(list(items))


def _unpack_list(data: bytes) -> tuple[bytes, ...]:
    return tuple(bytes(b) for b in unpack(bytes(data)))


def stored_message(row: Any) -> StoredMessage:
    return StoredMessage(
        uid=bytes(row[0]),
        conversation=bytes(row[1]),
        sender=bytes(row[2]),
        outgoing=bool(row[3]),
        sent_ms=int(row[4]),
        received_ms=int(row[5]),
        text=str(row[6]),
        attachments=decode_attachments(None if row[7] is None else bytes(row[7])),
        status=MessageState(row[8]),
        format=Format(int(row[9])),
        reply_to=bytes(row[10]),
        edited_ms=int(row[11]),
        deleted=bool(row[12]),
    )


class ProfileMessengerStore:
    """A lightnode MessengerStore over the profile's SQLCipher database.

    Messages go into the profile's `messages` table (so they are searched with the rest); what the store's
    schema has no column for (formatting, replies, edits, deletion) lives in `messenger_message_meta`.
    """

    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        ensure_schema(profile)

    # -- reading ------------------------------------------------------------------------------------------

    def load(self) -> Snapshot:
        snap = Snapshot()
        with self.profile.transaction() as conn:
            row = conn.execute("SELECT value FROM messenger_meta WHERE key = 'identity'").fetchone()
            snap.identity = None if row is None else bytes(row[0])
            snap.sessions = [
                SessionRow(bytes(r[0]), str(r[1]), str(r[2]), bool(r[3]), int(r[4]))
                for r in conn.execute(
                    "SELECT peer_key, session_id, pickle, confirmed, last_used_ms FROM messenger_sessions"
                )
            ]
            snap.inbound_groups = [
                InboundGroupRow(
                    str(r[0]),
                    bytes(r[1]),
                    bytes(r[2]),
                    bytes(r[3]),
                    str(r[4]),
                    int(r[5]),
                    tuple(int(i) for i in unpack(bytes(r[6]))),
                )
                for r in conn.execute(
                    "SELECT session_id, group_id, sender, sender_key, pickle, epoch, seen FROM messenger_inbound_groups"
                )
            ]
            snap.outbound_groups = [
                OutboundGroupRow(bytes(r[0]), str(r[1]), int(r[2]), int(r[3]), _unpack_list(r[4]))
                for r in conn.execute(
                    "SELECT group_id, pickle, epoch, created_ms, shared_with FROM messenger_outbound_groups"
                )
            ]
            snap.peers = [
                PeerRecord(bytes(r[0]), bytes(r[1]), bytes(r[2]), bool(r[3]), bool(r[4]), int(r[5]))
                for r in conn.execute(
                    "SELECT actor, card, verified_fingerprint, identity_changed, blocked, updated_ms "
                    "FROM messenger_peers"
                )
            ]
            snap.conversations = [
                ConversationRecord(
                    bytes(r[0]),
                    ConversationKind(r[1]),
                    bytes(r[2]),
                    ConversationState(r[3]),
                    str(r[4]),
                    int(r[5]),
                    int(r[6]),
                    int(r[7]),
                    int(r[8]),
                )
                for r in conn.execute(
                    "SELECT id, kind, peer, state, title, unread, out_seq, created_ms, last_activity_ms "
                    "FROM messenger_conversations"
                )
            ]
            snap.groups = [
                GroupRecord(bytes(r[0]), str(r[1]), int(r[2]), _unpack_list(r[3]), _unpack_list(r[4]), bool(r[5]))
                for r in conn.execute("SELECT id, name, epoch, admins, members, active FROM messenger_groups")
            ]
            snap.outbox = [
                OutboxItem(
                    bytes(r[0]),
                    int(r[1]),
                    bytes(r[2]),
                    bytes(r[3]),
                    bytes(r[4]),
                    bytes(r[5]),
                    int(r[6]),
                    int(r[7]),
                    bytes(r[8]),
                )
                for r in conn.execute(
                    "SELECT id, created_ms, recipient, payload, envelope, message_uid, attempts, next_ms, "
                    "group_id FROM messenger_outbox ORDER BY created_ms, id"
                )
            ]
            snap.seen_envelopes = {
                bytes(r[0]): int(r[1]) for r in conn.execute("SELECT id, expiry_ms FROM messenger_seen")
            }
            snap.pending_ops = [
                PendingOp(bytes(r[0]), int(r[1]), bytes(r[2]), bytes(r[3]), bytes(r[4]), int(r[5]))
                for r in conn.execute(
                    "SELECT target, kind, sender, conversation, body, sent_ms FROM messenger_pending ORDER BY id"
                )
            ]
            snap.seq_in = {
                (bytes(r[0]), bytes(r[1])): int(r[2])
                for r in conn.execute("SELECT conversation, sender, seq FROM messenger_seq")
            }
        return snap

    def message(self, uid: bytes) -> StoredMessage | None:
        with self.profile.transaction() as conn:
            row = conn.execute(
                f"SELECT {_MESSAGE_COLUMNS} FROM {_MESSAGES_JOINED} WHERE m.uid = ?",
                (uid,),
            ).fetchone()
        return None if row is None else stored_message(row)

    def messages(self, uids: list[bytes]) -> dict[bytes, StoredMessage]:
        if not uids:
            return {}
        marks = ",".join("?" * len(uids))
        with self.profile.transaction() as conn:
            rows = conn.execute(
                f"SELECT {_MESSAGE_COLUMNS} FROM {_MESSAGES_JOINED} WHERE m.uid IN ({marks})",
                uids,
            ).fetchall()
        return {bytes(r[0]): stored_message(r) for r in rows}

    def unread(self, conversation: bytes) -> list[tuple[bytes, bytes]]:
        with self.profile.transaction() as conn:
            rows = conn.execute(
                "SELECT uid, sender FROM messages "
                "WHERE conversation = ? AND outgoing = 0 AND status = 'received' "
                "ORDER BY sent_at, id",
                (conversation,),
            ).fetchall()
        return [(bytes(r[0]), bytes(r[1])) for r in rows]

    def page(
        self, conversation: bytes, *, before: tuple[int, int] | None = None, limit: int = 50
    ) -> tuple[list[tuple[int, StoredMessage]], tuple[int, int] | None]:
        """The newest `limit` messages before the (sent_at, id) cursor, newest first, with their row ids,
        and the cursor of the next older page (None when there is none)."""
        where = "m.conversation = ?"
        params: list[Any] = [conversation]
        if before is not None:
            where += " AND (m.sent_at < ? OR (m.sent_at = ? AND m.id < ?))"
            params += [before[0], before[0], before[1]]
        params.append(limit + 1)
        with self.profile.transaction() as conn:
            rows = conn.execute(
                f"SELECT m.id, {_MESSAGE_COLUMNS} FROM messages m "
                f"LEFT JOIN messenger_message_meta x ON x.uid = m.uid WHERE {where} "
                "ORDER BY m.sent_at DESC, m.id DESC LIMIT ?",
                params,
            ).fetchall()
        out = [(int(r[0]), stored_message(r[1:])) for r in rows[:limit]]
        cursor = (out[-1][1].sent_ms, out[-1][0]) if len(rows) > limit and out else None
        return out, cursor

    def newer(
        self, conversation: bytes, *, after: tuple[int, int], limit: int = 50
    ) -> tuple[list[tuple[int, StoredMessage]], bool]:
        """The oldest `limit` messages after the (sent_at, id) cursor, oldest first, with their row ids, and
        whether there are more after them."""
        with self.profile.transaction() as conn:
            rows = conn.execute(
                f"SELECT m.id, {_MESSAGE_COLUMNS} FROM {_MESSAGES_JOINED} WHERE m.conversation = ? "
                "AND (m.sent_at > ? OR (m.sent_at = ? AND m.id > ?)) ORDER BY m.sent_at, m.id LIMIT ?",
                (conversation, after[0], after[0], after[1], limit + 1),
            ).fetchall()
        return [(int(r[0]), stored_message(r[1:])) for r in rows[:limit]], len(rows) > limit

    def row_id(self, uid: bytes) -> int | None:
        with self.profile.transaction() as conn:
            row = conn.execute("SELECT id FROM messages WHERE uid = ?", (uid,)).fetchone()
        return None if row is None else int(row[0])

    def last_messages(self) -> dict[bytes, StoredMessage]:
        """The newest message of every conversation (for the conversation list)."""
        with self.profile.transaction() as conn:
            rows = conn.execute(
                f"SELECT {_MESSAGE_COLUMNS} FROM {_MESSAGES_JOINED} "
                "WHERE m.id IN (SELECT (SELECT id FROM messages i WHERE i.conversation = c.id "
                "ORDER BY i.sent_at DESC, i.id DESC LIMIT 1) FROM messenger_conversations c)"
            ).fetchall()
        return {bytes(r[1]): stored_message(r) for r in rows}

    def reports(self) -> list[tuple[bytes, str, tuple[bytes, ...], int]]:
        with self.profile.transaction() as conn:
            rows = conn.execute("SELECT actor, reason, uids, created_ms FROM messenger_reports ORDER BY id").fetchall()
        return [(bytes(r[0]), str(r[1]), _unpack_list(r[2]), int(r[3])) for r in rows]

    # -- writing ------------------------------------------------------------------------------------------

    def commit(self, changes: Changes) -> None:
        with self.profile.transaction() as conn:
            self._write_state(conn, changes)
            self._write_messages(conn, changes)

    @staticmethod
    def _write_state(conn: Connection, c: Changes) -> None:
        if c.identity is not None:
            conn.execute("INSERT OR REPLACE INTO messenger_meta (key, value) VALUES ('identity', ?)", (c.identity,))
        if c.sessions:
            conn.executemany(
                "INSERT OR REPLACE INTO messenger_sessions "
                "(peer_key, session_id, pickle, confirmed, last_used_ms) "
                "VALUES (?, ?, ?, ?, ?)",
                [(r.peer_key, r.session_id, r.pickle, int(r.confirmed), r.last_used_ms) for r in c.sessions.values()],
            )
        if c.sessions_removed:
            conn.executemany(
                "DELETE FROM messenger_sessions WHERE peer_key = ? AND session_id = ?",
                list(c.sessions_removed),
            )
        if c.inbound_groups:
            conn.executemany(
                "INSERT OR REPLACE INTO messenger_inbound_groups "
                "(session_id, group_id, sender, sender_key, pickle, epoch, seen) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (r.session_id, r.group, r.sender, r.sender_key, r.pickle, r.epoch, pack(list(r.seen)))
                    for r in c.inbound_groups.values()
                ],
            )
        for group, orow in c.outbound_groups.items():
            if orow is None:
                conn.execute("DELETE FROM messenger_outbound_groups WHERE group_id = ?", (group,))
            else:
                conn.execute(
                    "INSERT OR REPLACE INTO messenger_outbound_groups "
                    "(group_id, pickle, epoch, created_ms, shared_with) VALUES (?, ?, ?, ?, ?)",
                    (group, orow.pickle, orow.epoch, orow.created_ms, _pack_list(orow.shared_with)),
                )
        if c.peers:
            conn.executemany(
                "INSERT OR REPLACE INTO messenger_peers "
                "(actor, card, verified_fingerprint, identity_changed, blocked, updated_ms) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (
                        p.actor,
                        p.card,
                        p.verified_fingerprint,
                        int(p.identity_changed),
                        int(p.blocked),
                        p.updated_ms,
                    )
                    for p in c.peers.values()
                ],
            )
        if c.conversations:
            conn.executemany(
                "INSERT OR REPLACE INTO messenger_conversations "
                "(id, kind, peer, state, title, unread, out_seq, created_ms, last_activity_ms) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        r.id,
                        r.kind.value,
                        r.peer,
                        r.state.value,
                        r.title,
                        r.unread,
                        r.out_seq,
                        r.created_ms,
                        r.last_activity_ms,
                    )
                    for r in c.conversations.values()
                ],
            )
        if c.groups:
            conn.executemany(
                "INSERT OR REPLACE INTO messenger_groups (id, name, epoch, admins, members, active) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (g.id, g.name, g.epoch, _pack_list(g.admins), _pack_list(g.members), int(g.active))
                    for g in c.groups.values()
                ],
            )
        if c.outbox_put:
            conn.executemany(
                "INSERT OR REPLACE INTO messenger_outbox (id, created_ms, recipient, payload, envelope, "
                "message_uid, attempts, next_ms, group_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        o.id,
                        o.created_ms,
                        o.recipient,
                        o.payload,
                        o.envelope,
                        o.message_uid,
                        o.attempts,
                        o.next_ms,
                        o.group,
                    )
                    for o in c.outbox_put.values()
                ],
            )
        if c.outbox_removed:
            conn.executemany("DELETE FROM messenger_outbox WHERE id = ?", [(i,) for i in c.outbox_removed])
        if c.seen_envelopes:
            conn.executemany(
                "INSERT OR REPLACE INTO messenger_seen (id, expiry_ms) VALUES (?, ?)",
                list(c.seen_envelopes.items()),
            )
        if c.seen_expired_before:
            conn.execute("DELETE FROM messenger_seen WHERE expiry_ms < ?", (c.seen_expired_before,))
        if c.pending_removed:
            conn.executemany("DELETE FROM messenger_pending WHERE target = ?", [(t,) for t in c.pending_removed])
        if c.pending_put:
            conn.executemany(
                "INSERT INTO messenger_pending (target, kind, sender, conversation, body, sent_ms) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(p.target, p.kind, p.sender, p.conversation, p.body, p.sent_ms) for p in c.pending_put],
            )
        if c.seq_in:
            conn.executemany(
                "INSERT OR REPLACE INTO messenger_seq (conversation, sender, seq) VALUES (?, ?, ?)",
                [(k[0], k[1], v) for k, v in c.seq_in.items()],
            )
        if c.reports:
            conn.executemany(
                "INSERT INTO messenger_reports (actor, reason, uids, created_ms) VALUES (?, ?, ?, ?)",
                [(r.actor, r.reason, _pack_list(r.uids), r.created_ms) for r in c.reports],
            )

    def _write_messages(self, conn: Connection, c: Changes) -> None:
        if c.messages:
            self.profile.messages.add_many(
                NewMessage(
                    conversation=m.conversation,
                    uid=m.uid,
                    sender=m.sender,
                    body=m.text,
                    sent_at=m.sent_ms,
                    outgoing=m.outgoing,
                    status=MessageStatus(m.status.value),
                    attachments=encode_attachments(m.attachments),
                    received_at=m.received_ms,
                )
                for m in c.messages
            )
            meta = [(m.uid, int(m.format), m.reply_to) for m in c.messages if m.format or m.reply_to]
            if meta:
                conn.executemany(
                    "INSERT OR IGNORE INTO messenger_message_meta "
                    "(uid, format, reply_to, edited_ms, deleted) VALUES (?, ?, ?, 0, 0)",
                    meta,
                )
        if c.statuses:
            marks = ",".join("?" * len(c.statuses))
            rows = conn.execute(
                f"SELECT uid, status, outgoing FROM messages WHERE uid IN ({marks})", list(c.statuses)
            ).fetchall()
            updates = []
            for uid, status, outgoing in rows:
                current = MessageState(status)
                new = apply_status(current, c.statuses[bytes(uid)], bool(outgoing))
                if new is not current:
                    updates.append((new.value, bytes(uid)))
            if updates:
                conn.executemany("UPDATE messages SET status = ? WHERE uid = ?", updates)
        for uid, (text, fmt, edited_ms) in c.edits.items():
            if conn.execute("UPDATE messages SET body = ? WHERE uid = ?", (text, uid)).rowcount:
                conn.execute(
                    "INSERT INTO messenger_message_meta (uid, format, reply_to, edited_ms, deleted) "
                    "VALUES (?, ?, X'', ?, 0) ON CONFLICT (uid) DO UPDATE SET format = excluded.format, "
                    "edited_ms = excluded.edited_ms",
                    (uid, int(fmt), edited_ms),
                )
        for uid in c.deletes:
            # The text is overwritten (secure_delete scrubs the old pages) and the search index follows.
            if conn.execute("UPDATE messages SET body = '', attachments = NULL WHERE uid = ?", (uid,)).rowcount:
                conn.execute(
                    "INSERT INTO messenger_message_meta (uid, format, reply_to, edited_ms, deleted) "
                    "VALUES (?, 0, X'', 0, 1) ON CONFLICT (uid) DO UPDATE SET deleted = 1",
                    (uid,),
                )
