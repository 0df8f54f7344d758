"""Social notifications: rewards paid for an epoch, badges minted, posts promoted by others and replies, each
from proven state; a first look sets the baseline quietly, nothing is repeated, the list survives a restart,
and damaged saved data is skipped without losing the rest."""

from __future__ import annotations

import asyncio

import pytest

from etalonium_desktop.social.notifications import MAX_NOTICES, MAX_SEEN_KEYS, Notice, NoticeKind, Notifications
from etalonium_desktop.social.service import SocialService
from etalonium_desktop.store import temporary_profile
from lightnode.protocol import actions as A
from lightnode.protocol import state as S
from lightnode.protocol.encoding import ONE_EXC

from .chain_double import ChainDouble, DoubleSession, Source

ME, OTHER = b"\x01" * 20, b"\x02" * 20
POST = b"\x10" * 32


def rewards(epoch: int, author: int, curator: int) -> S.RewardTotals:
    return S.RewardTotals(author, curator, epoch, author, curator, 0, 0)


def promotion(count: int, by: bytes) -> S.PromotionRecord:
    return S.PromotionRecord(ME, 500, count * ONE_EXC, count, by)


def test_the_first_look_is_a_quiet_baseline_and_only_later_events_notify() -> None:
    alerts: list[tuple[str, str]] = []
    n = Notifications(alert=lambda t, x: alerts.append((t, x)), names=lambda a: "Leo" if a == OTHER else "?")
    n.start(100)
    n.observe_rewards(rewards(3, ONE_EXC, 0), 100)
    n.observe_badges(S.Badges((S.BadgeEntry(S.Badge.RISING, 50, 12),)), 100)
    n.observe_promotion(POST, promotion(2, OTHER), ME, 100)
    assert n.notices == []
    assert alerts == []
    # The same values again: still nothing.
    n.observe_rewards(rewards(3, ONE_EXC, 0), 101)
    n.observe_promotion(POST, promotion(2, OTHER), ME, 101)
    assert n.notices == []
    # An epoch that paid nothing moves the baseline without a notice.
    n.observe_rewards(rewards(4, 0, 0), 102)
    assert n.notices == []
    n.observe_rewards(rewards(5, ONE_EXC // 2, ONE_EXC // 4), 110)
    n.observe_badges(S.Badges((S.BadgeEntry(S.Badge.RISING, 50, 12), S.BadgeEntry(S.Badge.ESTABLISHED, 110, 104))), 110)
    n.observe_promotion(POST, promotion(3, OTHER), ME, 111)
    n.observe_promotion(POST, promotion(4, ME), ME, 112)  # the viewer's own promotion is no news
    assert [x.kind for x in n.notices] == [NoticeKind.PROMOTED, NoticeKind.BADGE, NoticeKind.REWARD]
    assert n.notices[2].title == "Rewards paid for epoch 5"
    assert n.notices[2].text == "You earned 0.75 ExC: 0.5 ExC as an author and 0.25 ExC for curation."
    assert n.notices[1].text == "You were awarded Established: a reputation of 100."
    assert n.notices[0].text.startswith("Leo paid to show your post in more feeds (3 ExC so far")
    assert n.notices[0].post == POST.hex()
    assert [t for t, _ in alerts] == ["Rewards paid for epoch 5", "New badge", "Your post was promoted"]
    assert n.unread == 3
    n.mark_all_read()
    assert n.unread == 0


def test_replies_to_the_viewer_notify_once_and_old_ones_are_history() -> None:
    n = Notifications()
    mine = S.CommentRecord(POST, ME, b"", "first!", 90)
    theirs = S.CommentRecord(POST, OTHER, b"", "hello", 90)
    n.observe_reply(b"\x05" * 32, S.CommentRecord(POST, OTHER, b"\x04" * 32, "too early", 95), mine, ME)
    assert n.notices == []  # the list has not started yet
    n.start(100)
    n.observe_reply(b"\x05" * 32, S.CommentRecord(POST, OTHER, b"\x04" * 32, "old reply", 95), mine, ME)
    n.observe_reply(b"\x06" * 32, S.CommentRecord(POST, OTHER, b"\x07" * 32, "to someone", 120), theirs, ME)
    n.observe_reply(b"\x08" * 32, S.CommentRecord(POST, ME, b"\x04" * 32, "self", 120), mine, ME)
    n.observe_reply(b"\x09" * 32, S.CommentRecord(POST, OTHER, b"\x04" * 32, "x" * 100, 120), None, ME)
    assert n.notices == []
    reply = S.CommentRecord(POST, OTHER, b"\x04" * 32, "Agreed, lovely light.", 120)
    n.observe_reply(b"\x0a" * 32, reply, mine, ME)
    n.observe_reply(b"\x0a" * 32, reply, mine, ME)
    assert len(n.notices) == 1
    assert n.notices[0].text == "“Agreed, lovely light.”"
    assert n.notices[0].height == 120


def test_the_list_survives_a_restart_and_damaged_entries_are_skipped() -> None:
    n = Notifications()
    n.start(10)
    n.observe_rewards(rewards(1, 0, 0), 10)
    n.observe_badges(S.Badges(()), 10)
    n.observe_rewards(rewards(2, ONE_EXC, 0), 20)
    doc = n.document()
    again = Notifications()
    again.load(doc)
    assert again.document() == doc
    assert again.unread == 1
    again.observe_rewards(rewards(2, ONE_EXC, 0), 30)  # seen before the restart: not repeated
    assert len(again.notices) == 1
    damaged = dict(doc, notices=[{"nonsense": 1}, doc["notices"][0]], since="x", badges="all", promotions=[1])
    third = Notifications()
    third.load(damaged)
    assert [x.key for x in third.notices] == ["reward:2"]
    assert (third.since, third.badges) == (0, None)
    for bad in (None, [], "text", 7):
        fresh = Notifications()
        fresh.load(bad)
        assert fresh.notices == []


def test_the_list_keeps_the_newest_notices_only() -> None:
    n = Notifications()
    for i in range(MAX_NOTICES + 5):
        n._add(Notice(f"k{i}", NoticeKind.REPLY, "t", "x", i, 0))
    assert len(n.notices) == MAX_NOTICES
    assert n.notices[0].key == f"k{MAX_NOTICES + 4}"


def test_an_alert_that_fails_does_not_lose_the_notice() -> None:
    def broken(_title: str, _text: str) -> None:
        raise RuntimeError("no tray")

    n = Notifications(alert=broken)
    n.start(1)
    n.observe_rewards(rewards(1, 0, 0), 1)
    n.observe_rewards(rewards(2, 5, 0), 2)
    assert len(n.notices) == 1


@pytest.mark.asyncio
async def test_the_service_notifies_from_proven_state_on_a_real_state_machine() -> None:
    double = ChainDouble(epoch_blocks=5, seed_trust=1000)
    keys = double.chain.keys
    me, seed, promoter = keys[1], keys[2], keys[3]
    double.act(me, A.SkillClaim("Styling", ""))
    session = DoubleSession(double, me)
    alerts: list[tuple[str, str]] = []
    session.notify = lambda title, text: alerts.append((title, text))  # type: ignore[attr-defined]
    service = SocialService(session, Source(double), persist=False)
    while await service.step():
        pass
    post = await service.publish("Linen, four weights.", tags=("ss26",))
    my_comment = await service.comment(post, "Details in the next post.")
    assert service.notifications.notices == []
    double.act(seed, A.Endorsement(me.actor_id, "Styling", b"", ""))
    double.act(seed, A.PostVote(post, 1))
    double.act(promoter, A.Promotion(post, ONE_EXC, 100))
    double.act(promoter, A.Comment(post, "Which mill?", my_comment))
    while await service.step():
        pass
    kinds = [n.kind for n in service.notifications.notices]
    # (The blocks above crossed an epoch end too: the endorsement's badges may be minted already.)
    assert kinds.count(NoticeKind.REPLY) == kinds.count(NoticeKind.PROMOTED) == 1
    reply = next(n for n in service.notifications.notices if n.kind == NoticeKind.REPLY)
    assert reply.text == "“Which mill?”"
    # Two epochs: trust recomputed (badges), then the post judged and the pool paid.
    double.chain.advance_to(double.chain.height + 11)
    while await service.step():
        pass
    kinds = [n.kind for n in service.notifications.notices]
    assert NoticeKind.REWARD in kinds
    assert NoticeKind.BADGE in kinds
    reward = next(n for n in service.notifications.notices if n.kind == NoticeKind.REWARD)
    totals = service.rewards
    assert totals.last_author > 0
    assert reward.title == f"Rewards paid for epoch {totals.last_epoch}"
    assert [t for t, _ in alerts] == [n.title for n in reversed(service.notifications.notices)]
    count = len(service.notifications.notices)
    await service.refresh()
    assert len(service.notifications.notices) == count


@pytest.mark.asyncio
async def test_the_service_keeps_the_list_in_the_profile_and_survives_a_damaged_entry() -> None:
    double = ChainDouble()
    me = double.chain.keys[1]
    with temporary_profile() as profile:
        session = DoubleSession(double, me)
        session.profile = profile  # type: ignore[assignment]
        first = SocialService(session, Source(double), persist=True)
        await first.load()
        first.notifications.start(5)
        first.notifications.observe_rewards(rewards(1, 0, 0), 5)
        first.notifications.observe_rewards(rewards(2, ONE_EXC, 0), 9)
        assert first._notices_saver is not None
        await first._notices_saver
        second = SocialService(session, Source(double), persist=True)
        await second.load()
        assert second.notifications.document() == first.notifications.document()
        assert second.notifications.unread == 1
        # A setting of the wrong type (damaged or written by something else): a new list, the feed still loads.
        await asyncio.to_thread(profile.settings.set, second._notices_key(), "garbage")
        third = SocialService(session, Source(double), persist=True)
        await third.load()
        assert third.notifications.notices == []


def test_a_reply_that_fell_off_the_list_does_not_alert_again() -> None:
    alerts: list[str] = []
    n = Notifications(alert=lambda _t, text: alerts.append(text))
    n.start(100)
    mine = S.CommentRecord(POST, ME, b"", "first!", 100)
    reply = S.CommentRecord(POST, OTHER, b"\x04" * 32, "An early answer", 120)
    n.observe_reply(b"\x0a" * 32, reply, mine, ME)
    for i in range(MAX_NOTICES):
        n._add(Notice(f"badge:{i}", NoticeKind.BADGE, "t", f"badge {i}", 130, 0))
    assert all(x.key != "reply:" + "0a" * 32 for x in n.notices)
    # Proven again (the feed reloads the thread), also after a restart: no second alert.
    n.observe_reply(b"\x0a" * 32, reply, mine, ME)
    restarted = Notifications(alert=lambda _t, text: alerts.append(text))
    restarted.load(n.document())
    restarted.observe_reply(b"\x0a" * 32, reply, mine, ME)
    assert alerts.count("“An early answer”") == 1
    # The memory of what was raised is bounded too: the oldest keys go first.
    for i in range(MAX_SEEN_KEYS):
        n._add(Notice(f"reply:{i}", NoticeKind.REPLY, "t", "x", 140, 0))
    assert len(n.seen) == MAX_SEEN_KEYS
    assert len(n.document()["seen"]) == MAX_SEEN_KEYS
    assert list(n.seen) == [f"reply:{i}" for i in range(MAX_SEEN_KEYS)]
