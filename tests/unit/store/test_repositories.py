"""The repositories: what the app, the light client, the messenger and the assistant store and get back."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etalonium_desktop.store import (
    AssistantModel,
    ConstraintError,
    MessageStatus,
    NewMessage,
    OutboxStatus,
    Profile,
    SettingTypeError,
    StoreError,
    TrustedHeader,
    VerifiedValue,
)
from etalonium_desktop.store.messages import HIGHLIGHT_END, HIGHLIGHT_START, fts_query

ACTOR = bytes(range(20))


def message(i: int, body: str = "", conversation: bytes = b"conv", sent_at: int | None = None) -> NewMessage:
    return NewMessage(
        conversation=conversation,
        uid=b"uid-%d" % i,
        sender=b"sender",
        body=body or f"message number {i}",
        sent_at=i if sent_at is None else sent_at,
    )


# --- accounts -----------------------------------------------------------------------------------------


def test_accounts_are_numbered_and_derived_from_the_phrase(profile: Profile) -> None:
    second = profile.accounts.add("Agency")
    assert second.account == 1
    restored = profile.accounts.add("Old shop", account=7)
    assert [a.account for a in profile.accounts.all()] == [0, 1, 7]
    assert profile.accounts.add("Next").account == 8
    assert profile.account_key(7).public_key == restored.public_key
    profile.accounts.rename(1, "Atelier")
    assert profile.accounts.get(1) is not None
    assert profile.accounts.get(1).label == "Atelier"  # type: ignore[union-attr]
    with pytest.raises(ConstraintError, match="already exists"):
        profile.accounts.add("Again", account=7)
    with pytest.raises(StoreError, match="no account number 3"):
        profile.account_key(3)


# --- contacts -----------------------------------------------------------------------------------------


def test_contacts_add_find_update_remove(profile: Profile) -> None:
    zoe = profile.contacts.add(ACTOR, "zoë", note="photographer")
    adam = profile.contacts.add(b"\x01" * 20, "Adam", public_key=b"\x02" * 32)
    assert [c.display_name for c in profile.contacts.all()] == ["Adam", "zoë"]
    assert profile.contacts.by_actor(ACTOR) == zoe
    with pytest.raises(ConstraintError, match="already in your contacts"):
        profile.contacts.add(ACTOR, "Zoe again")
    with pytest.raises(ConstraintError, match="20 bytes"):
        profile.contacts.add(b"short", "Nobody")
    blocked = profile.contacts.update(adam.id, blocked=True, public_key=None)
    assert blocked.blocked
    assert blocked.public_key is None
    assert blocked.display_name == "Adam"
    assert [c.display_name for c in profile.contacts.all(include_blocked=False)] == ["zoë"]
    assert profile.contacts.remove(adam.id)
    assert not profile.contacts.remove(adam.id)
    with pytest.raises(StoreError, match="no contact number"):
        profile.contacts.update(adam.id, note="gone")


# --- light client -------------------------------------------------------------------------------------


def header(height: int, hash_byte: int = 1, chain: str = "exc-devnet") -> TrustedHeader:
    return TrustedHeader(chain, height, bytes([hash_byte]) * 32, 1_700_000_000 + height, b"block%d" % height, 5)


def test_trusted_headers(profile: Profile) -> None:
    headers = profile.light_client.headers
    for height in (1, 5, 9, 20):
        headers.save(header(height))
    headers.save(header(3, chain="other"))
    assert headers.latest("exc-devnet") == header(20)
    assert headers.lowest("exc-devnet") == header(1)
    assert headers.at_or_below("exc-devnet", 8) == header(5)
    assert headers.at_or_below("exc-devnet", 0) is None
    headers.save(header(9))  # the same header again is fine
    with pytest.raises(ConstraintError, match="fork or an attack"):
        headers.save(header(9, hash_byte=2))
    assert headers.get("exc-devnet", 9) == header(9)
    assert headers.prune("exc-devnet", keep=2) == 2
    assert headers.heights("exc-devnet") == [9, 20]
    assert headers.heights("other") == [3]
    assert headers.at_or_above("exc-devnet", 10) == header(20)
    assert headers.at_or_above("exc-devnet", 21) is None
    assert headers.delete("exc-devnet", 9)
    assert headers.clear("exc-devnet") == 1
    assert headers.heights("other") == [3]


def test_verified_state_never_goes_back_to_an_older_proof(profile: Profile) -> None:
    state = profile.light_client.state
    newer = VerifiedValue("exc", b"balance/alice", b"\x10", 12, b"r" * 32, 1)
    older = VerifiedValue("exc", b"balance/alice", b"\x99", 11, b"q" * 32, 2)
    absent = VerifiedValue("exc", b"balance/bob", None, 12, b"r" * 32, 1)
    assert state.put(newer)
    assert not state.put(older)
    assert state.put(absent)
    assert state.get("exc", b"balance/alice") == newer
    assert state.get("exc", b"balance/bob") == absent
    assert state.get("exc", b"balance/carol") is None
    assert state.forget_chain("exc") == 2


def test_outbox_keeps_signed_actions_until_they_are_final(profile: Profile) -> None:
    outbox = profile.light_client.outbox
    sender = b"\x05" * 20
    assert outbox.next_nonce("exc", sender, chain_nonce=4) == 4
    first = outbox.enqueue("exc", b"a4" * 16, sender, 4, b"signed-4")
    second = outbox.enqueue("exc", b"a5" * 16, sender, 5, b"signed-5")
    assert first.status is OutboxStatus.PENDING
    assert outbox.get(first.action_id) == first
    assert outbox.next_nonce("exc", sender, chain_nonce=4) == 6
    with pytest.raises(ConstraintError, match="nonce 5"):
        outbox.enqueue("exc", b"ax" * 16, sender, 5, b"other")
    with pytest.raises(ConstraintError, match="already in the outbox"):
        outbox.enqueue("exc", b"a5" * 16, sender, 9, b"signed-5")
    submitted = outbox.mark(first.action_id, OutboxStatus.SUBMITTED, attempted=True)
    assert submitted.attempts == 1
    retried = outbox.mark(first.action_id, OutboxStatus.SUBMITTED, attempted=True)
    assert retried.attempts == 2
    assert [a.nonce for a in outbox.unsent("exc")] == [4, 5]
    included = outbox.mark(first.action_id, OutboxStatus.INCLUDED, height=77)
    assert (included.height, included.final) == (77, True)
    failed = outbox.mark(second.action_id, OutboxStatus.FAILED, error="insufficient balance")
    assert failed.last_error == "insufficient balance"
    with pytest.raises(ConstraintError, match="already included"):
        outbox.mark(first.action_id, OutboxStatus.PENDING)
    with pytest.raises(StoreError, match="no such action"):
        outbox.mark(b"nope", OutboxStatus.PENDING)
    assert outbox.unsent() == []
    # A failed action never used its nonce: a new action may take it.
    again = outbox.enqueue("exc", b"b5" * 16, sender, 5, b"signed-5-again")
    assert outbox.next_nonce("exc", sender, chain_nonce=5) == 6
    assert [a.action_id for a in outbox.with_status(OutboxStatus.INCLUDED)] == [first.action_id]
    assert outbox.remove_finished(older_than_ms=failed.updated_at + 1) == 2
    assert outbox.with_status() == [again]


def test_light_client_metadata(profile: Profile) -> None:
    meta = profile.light_client.meta
    assert meta.get("exc", "trust_root") is None
    meta.set("exc", "trust_root", b"root")
    meta.set("other", "trust_root", b"other root")
    assert meta.get("exc", "trust_root") == b"root"
    meta.set("exc", "trust_root", None)
    assert meta.get("exc", "trust_root") is None
    assert meta.get("other", "trust_root") == b"other root"


# --- messages -----------------------------------------------------------------------------------------


def test_messages_are_stored_once_per_uid(profile: Profile) -> None:
    stored = profile.messages.add(message(1, "hello"))
    assert stored is not None
    assert stored.body == "hello"
    assert profile.messages.add(message(1, "hello again")) is None
    assert profile.messages.add_many([message(1), message(2), message(3), message(2)]) == 2
    assert profile.messages.count() == 3
    assert profile.messages.by_uid(b"uid-1") == stored


def test_paging_through_a_conversation_newest_first(profile: Profile) -> None:
    # Equal timestamps are common (one second, several messages): ties must neither repeat nor vanish.
    profile.messages.add_many(message(i, sent_at=i // 3) for i in range(100))
    profile.messages.add_many(message(1000 + i, conversation=b"other") for i in range(10))
    seen: list[bytes] = []
    cursor = None
    while True:
        page = profile.messages.page(b"conv", older=cursor, limit=7)
        seen.extend(m.uid for m in page.messages)
        if page.older is None:
            break
        cursor = page.older
    assert len(seen) == len(set(seen)) == 100
    times = [profile.messages.by_uid(uid).sent_at for uid in seen]  # type: ignore[union-attr]
    assert times == sorted(times, reverse=True)
    assert profile.messages.page(b"conv", limit=100).older is None
    assert [c.conversation for c in profile.messages.conversations()] == [b"other", b"conv"]


def test_search_finds_words_ignoring_case_and_accents(profile: Profile) -> None:
    profile.messages.add_many(
        [
            message(1, "Fitting at Hermès with Nguyễn tomorrow"),
            message(2, "the HERMES scarf arrived", conversation=b"other"),
            message(3, "casting call for runway models"),
            message(4, "Café au lait after the runway show"),
        ]
    )
    assert [h.message.uid for h in profile.messages.search("hermes")] == [b"uid-2", b"uid-1"]
    assert [h.message.uid for h in profile.messages.search("hermès", conversation=b"conv")] == [b"uid-1"]
    assert [h.message.uid for h in profile.messages.search("runway cafe")] == [b"uid-4"]
    assert [h.message.uid for h in profile.messages.search("nguyen")] == [b"uid-1"]
    assert profile.messages.search("runw") == []
    assert [h.message.uid for h in profile.messages.search("runw", prefix=True)] == [b"uid-4", b"uid-3"]
    hit = profile.messages.search("scarf")[0]
    assert f"{HIGHLIGHT_START}scarf{HIGHLIGHT_END}" in hit.snippet


@pytest.mark.parametrize("text", ['"', "AND", "a OR", "NEAR(", "body:x", "*", "(", "'; DROP TABLE messages; --"])
def test_search_text_is_never_read_as_query_syntax(profile: Profile, text: str) -> None:
    profile.messages.add(message(1, "plain words"))
    assert profile.messages.search(text) == []
    assert profile.messages.count() == 1


def test_fts_query_quotes_every_word() -> None:
    assert fts_query('say "hi" now', prefix=True) == '"say" """hi""" "now"*'
    assert fts_query("   ") is None


def test_search_follows_edits_and_deletions(profile: Profile) -> None:
    first = profile.messages.add(message(1, "draft of the lookbook"))
    assert first is not None
    profile.messages.edit(first.id, "final lookbook for spring")
    assert profile.messages.search("draft") == []
    assert [h.message.body for h in profile.messages.search("spring")] == ["final lookbook for spring"]
    profile.messages.set_status(first.id, MessageStatus.READ)
    assert profile.messages.get(first.id).status is MessageStatus.READ  # type: ignore[union-attr]
    assert profile.messages.delete(first.id)
    assert profile.messages.search("spring") == []
    profile.messages.add_many(message(i, "to be cleared") for i in range(5))
    assert profile.messages.delete_conversation(b"conv") == 5
    assert profile.messages.search("cleared") == []
    assert profile.check_integrity() == []
    with pytest.raises(StoreError, match="no message number"):
        profile.messages.edit(first.id, "gone")


# --- media cache, assistant, settings -----------------------------------------------------------------


def test_media_cache_evicts_least_recently_used_first(profile: Profile) -> None:
    cache = profile.media_cache
    for name in (b"a", b"b", b"c"):
        cache.put(name * 32, "image/jpeg", name * 1000)
    item = cache.get(b"a" * 32)  # a becomes the most recently used
    assert item is not None
    assert item.data == b"a" * 1000
    assert item.size == 1000
    assert cache.total_size() == 3000
    assert cache.evict(max_bytes=2000) == 1
    assert b"b" * 32 not in cache
    assert b"a" * 32 in cache
    assert cache.evict(max_bytes=5000) == 0
    assert cache.remove(b"c" * 32)
    assert cache.get(b"zz") is None


def test_assistant_data_and_models(profile: Profile) -> None:
    store = profile.assistant
    store.put("draft-scores", "post-2", b"\x01")
    store.put("draft-scores", "post-1", b"\x02")
    store.put("draft-scores", "post-1", b"\x03")
    assert store.items("draft-scores") == [("post-1", b"\x03"), ("post-2", b"\x01")]
    assert store.get("draft-scores", "post-9") is None
    model = AssistantModel("trend", 3, b"\x00" * 100_000, json.dumps({"mae": 0.2}), 99)
    store.save_model(model)
    assert store.load_model("trend") == model
    assert store.model_names() == ["trend"]
    assert store.delete("draft-scores") == 2
    assert store.delete_model("trend")
    assert store.load_model("trend") is None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    value=st.one_of(
        st.booleans(),
        st.integers(min_value=-(2**63), max_value=2**63 - 1),
        st.floats(allow_nan=False),
        st.text(),
        st.binary(),
    )
)
def test_settings_come_back_with_their_type(profile: Profile, value: bool | int | float | str | bytes) -> None:
    profile.settings.set("key", value)
    got = profile.settings.get("key", type(value)())  # type: ignore[type-var]
    assert type(got) is type(value)
    assert got == value


def test_settings_refuse_reading_another_type(profile: Profile) -> None:
    assert profile.settings.get("idle_lock_minutes", 10) == 10
    profile.settings.set("idle_lock_minutes", 5)
    profile.settings.set("notifications", True)
    with pytest.raises(SettingTypeError, match="stored as int, not as str"):
        profile.settings.get("idle_lock_minutes", "5")
    with pytest.raises(SettingTypeError):
        profile.settings.get("notifications", 1)
    profile.settings.set_json("window", {"w": 1280, "h": 800, "panes": [1, 2]})
    assert profile.settings.get_json("window") == {"w": 1280, "h": 800, "panes": [1, 2]}
    with pytest.raises(SettingTypeError):
        profile.settings.get_json("notifications")
    with pytest.raises(TypeError):
        profile.settings.set("bad", [1, 2])  # type: ignore[arg-type]
    assert profile.settings.keys() == ["idle_lock_minutes", "notifications", "window"]
    assert profile.settings.delete("window")
