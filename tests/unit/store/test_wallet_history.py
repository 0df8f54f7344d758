"""The wallet's incoming transfers: moved out of the v2 settings once, kept once per action, read in pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from etalonium_desktop.store import (
    UNCONFIRMED_HEIGHT,
    HistoryKey,
    IncomingTransfer,
    OutboxAction,
    OutboxStatus,
    Profile,
    phrase_to_seed,
)
from etalonium_desktop.store.database import configure, connect_keyed
from etalonium_desktop.store.identity import derive_account_key
from etalonium_desktop.store.kdf import KeyFile, KeySlot
from etalonium_desktop.store.profile import DB_FILE, KEY_FILE
from etalonium_desktop.store.schema import migrate

from .helpers import FAST, KNOWN_PHRASE, PASSPHRASE, create_profile


def old_record(i: int, *, height: int | None = None, memo: str | None = "") -> dict[str, object]:
    """An entry as v2 of the app wrote it into the setting "wallet.incoming"."""
    record: dict[str, object] = {
        "id": bytes([i]).hex() * 32,
        "from": bytes([100 + i]).hex() * 20,
        # Amounts were decimal strings: they outgrow 64-bit integers.
        "amount": str(10**24 + i),
        "height": height if height is not None else 10 + i,
        "time_ms": 1_767_225_600_000 + i,
    }
    if memo is not None:
        record["memo"] = memo
    return record


def write_v2_profile(directory: Path, incoming: object, *, raw: str | None = None) -> None:
    """A profile of schema v2 holding the wallet history in its settings, as v2 of the app kept it."""
    directory.mkdir(parents=True)
    slot, key = KeySlot.create(PASSPHRASE, FAST)
    conn = connect_keyed(directory / DB_FILE, key, create=True)
    try:
        configure(conn, directory / DB_FILE)
        assert migrate(conn, target=2) == [1, 2]
        seed = phrase_to_seed(KNOWN_PHRASE)
        conn.execute(
            "INSERT INTO identity (id, phrase, bip39_seed, created_at) VALUES (1, ?, ?, 1)", (KNOWN_PHRASE, seed)
        )
        conn.execute("INSERT INTO accounts VALUES (0, 'Main', ?, 1)", (derive_account_key(seed, 0).public_key,))
        value = raw if raw is not None else json.dumps(incoming, sort_keys=True, separators=(",", ":"))
        conn.execute("INSERT INTO settings VALUES ('wallet.incoming', 'json', ?, 5)", (value,))
        conn.execute("INSERT INTO settings VALUES ('theme', 'str', 'dark', 1)")
    finally:
        conn.close()
    KeyFile(slot).write(directory / KEY_FILE)


def test_the_v2_settings_list_moves_into_the_table_once_without_duplicates(tmp_path: Path) -> None:
    records = [old_record(i) for i in range(5)] + [old_record(2)]  # the same transfer recorded twice
    records[1].pop("memo")
    records[3]["memo"] = "Défilé — look 3"
    write_v2_profile(tmp_path / "old", records)
    with Profile.open(tmp_path / "old", PASSPHRASE) as profile:
        assert profile.schema_version == 3
        assert profile.wallet_history.count() == 5
        page = profile.wallet_history.page(None, 10)
        assert [t.height for t in page] == [14, 13, 12, 11, 10]
        third = page[1]
        assert third == IncomingTransfer(bytes([3]) * 32, bytes([103]) * 20, 10**24 + 3, "Défilé — look 3", 13,
                                         1_767_225_600_003)  # fmt: skip
        assert page[3].memo == ""  # an entry written without a memo
        assert "wallet.incoming" not in set(profile.settings.keys())
        assert profile.settings.get("theme", "") == "dark"
        profile.wallet_history.add([IncomingTransfer(bytes([9]) * 32, bytes([1]) * 20, 1, "", 99, 0)])
    # Opening again migrates nothing twice and keeps what was added since.
    with Profile.open(tmp_path / "old", PASSPHRASE) as profile:
        assert profile.wallet_history.count() == 6


def test_entries_the_app_could_not_read_are_kept_aside_not_lost(tmp_path: Path) -> None:
    broken = old_record(7)
    broken["id"] = "not hex"
    records = [old_record(1), broken, {"id": old_record(2)["id"]}, 42]
    write_v2_profile(tmp_path / "old", records)
    with Profile.open(tmp_path / "old", PASSPHRASE) as profile:
        assert [t.action_id for t in profile.wallet_history.page(None, 10)] == [bytes([1]) * 32]
        assert "wallet.incoming" not in set(profile.settings.keys())
        # The whole old value stays, under a name the app no longer reads, for a person to look at.
        assert profile.settings.get_json("wallet.incoming.unreadable") == records


def test_a_damaged_setting_neither_blocks_the_profile_nor_is_dropped(tmp_path: Path) -> None:
    write_v2_profile(tmp_path / "old", None, raw='[{"id": "ab", truncated')
    with Profile.open(tmp_path / "old", PASSPHRASE) as profile:
        assert profile.schema_version == 3
        assert profile.wallet_history.count() == 0
        assert "wallet.incoming.unreadable" in set(profile.settings.keys())


def transfer(i: int, height: int, time_ms: int = 0) -> IncomingTransfer:
    return IncomingTransfer(i.to_bytes(32, "big"), bytes([7]) * 20, i * 10**18, f"#{i}", height, time_ms)


def test_recording_a_transfer_again_keeps_one(tmp_path: Path) -> None:
    with create_profile(tmp_path / "p") as profile:
        assert profile.wallet_history.add([transfer(1, 5), transfer(2, 6)]) == 2
        assert profile.wallet_history.add([transfer(2, 6), transfer(1, 5)]) == 0  # a re-sync announces them again
        assert profile.wallet_history.count() == 2
        assert transfer(1, 5).action_id in profile.wallet_history
        with pytest.raises(ValueError, match="32-byte id"):
            profile.wallet_history.add([IncomingTransfer(b"short", bytes(20), 1, "", 1, 0)])
        assert profile.wallet_history.count() == 2


def test_pages_cover_the_history_newest_first_without_gaps_or_repeats(tmp_path: Path) -> None:
    # Several transfers share a height (and some a time): the key orders them all the same on every read.
    transfers = [transfer(i, height=1 + i // 3, time_ms=(i // 2) * 10) for i in range(1, 458)]
    with create_profile(tmp_path / "p") as profile:
        profile.wallet_history.add(transfers)
        seen: list[IncomingTransfer] = []
        below: HistoryKey | None = None
        while page := profile.wallet_history.page(below, 50):
            seen.extend(page)
            below = page[-1].key
        assert len(seen) == len(transfers)
        assert seen == sorted(transfers, key=lambda t: t.key, reverse=True)
        assert profile.wallet_history.page(HistoryKey(2, 0, b""), 10) == [transfers[0], transfers[1]][::-1]


def test_own_transfers_page_in_the_same_order_unconfirmed_first(tmp_path: Path) -> None:
    me, other = bytes([1]) * 20, bytes([2]) * 20
    with create_profile(tmp_path / "p") as profile:
        outbox = profile.light_client.outbox
        for nonce, (status, height) in enumerate(
            [
                (OutboxStatus.INCLUDED, 4),
                (OutboxStatus.PENDING, None),
                (OutboxStatus.INCLUDED, 9),
                (OutboxStatus.SUBMITTED, None),
                (OutboxStatus.FAILED, None),
            ]
        ):
            outbox.add(OutboxAction(bytes([nonce]) * 32, "exc", me, nonce, b"a", status, 100 + nonce, 100, 0, None,
                                    height))  # fmt: skip
        outbox.add(OutboxAction(bytes([50]) * 32, "exc", other, 0, b"a", OutboxStatus.PENDING, 1, 1, 0, None, None))
        outbox.add(OutboxAction(bytes([51]) * 32, "other", me, 0, b"a", OutboxStatus.PENDING, 1, 1, 0, None, None))
        first = outbox.history_page("exc", me, None, 3)
        assert [(a.nonce, a.height) for a in first] == [(4, None), (3, None), (1, None)]
        last = first[-1]
        rest = outbox.history_page("exc", me, HistoryKey(UNCONFIRMED_HEIGHT, last.created_at, last.action_id), 3)
        assert [(a.nonce, a.height) for a in rest] == [(2, 9), (0, 4)]
        stamp = outbox.stamp("exc", me)
        outbox.mark(bytes([1]) * 32, OutboxStatus.INCLUDED, height=12)
        assert outbox.stamp("exc", me) != stamp


def test_a_recreated_chain_forgets_what_the_old_one_gave_in_one_step(tmp_path: Path) -> None:
    with create_profile(tmp_path / "p") as profile:
        history = profile.wallet_history
        received = [IncomingTransfer(bytes([i]) * 32, bytes([7]) * 20, i, "", i, 1000 + i) for i in (1, 2, 3)]
        history.record(received, chain_id="exc-devnet", known_to=30)
        history.record([], chain_id="exc-other", known_to=5)
        assert history.forget_chain("exc-devnet") == 3
        assert history.count() == 0
        assert history.page(None, 10) == []
        assert history.known_to("exc-devnet") == 0
        assert history.known_to("exc-other") == 5  # another chain's covered height is its own
        # The new chain's transfers are recorded as usual, the same ids included (they are new on that chain).
        assert history.record(received[:1], chain_id="exc-devnet", known_to=1) == received[:1]
