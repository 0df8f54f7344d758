"""The chat screens with a real profile: lazy paging of a 10,000-message chat, live updates, screenshots."""

from __future__ import annotations

import dataclasses
import statistics
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from etalonium_desktop.messenger import MessengerService
from etalonium_desktop.messenger.bridge import MessengerBridge
from etalonium_desktop.messenger.chat_view import PAGE, ChatView
from etalonium_desktop.messenger.sample_data import SampleWriter, make_contact
from etalonium_desktop.messenger.screens import render_screens, sample_service
from etalonium_desktop.messenger.verification_dialog import VerificationDialog
from etalonium_desktop.store import Profile, temporary_profile
from lightnode.messenger import FlowState, MessageAdded, StaticDirectory, VerificationFlow

COUNT = 10_000


@pytest.fixture(scope="module")
def big_profile() -> Iterator[tuple[Profile, bytes]]:
    with temporary_profile() as profile:
        writer = SampleWriter(profile, now_ms=time.time_ns() // 1_000_000)
        contact = make_contact("Maya Laurent")
        writer.contact(contact)
        conversation = writer.direct(contact)
        writer.bulk(conversation, contact.actor, COUNT)
        writer.commit()
        yield profile, conversation


def _service(profile: Profile) -> MessengerService:
    service = MessengerService(profile, ["http://127.0.0.1:9"], StaticDirectory())
    service.load()
    return service


def test_a_10000_message_chat_opens_on_one_page_and_scrolls_to_the_top_smoothly(
    qtbot: QtBot, big_profile: tuple[Profile, bytes]
) -> None:
    profile, conversation = big_profile
    service = _service(profile)
    view = ChatView(service, MessengerBridge(service))
    qtbot.add_widget(view)
    view.resize(900, 700)
    view.show()
    started = time.perf_counter()
    view.open(conversation)
    QApplication.processEvents()
    opened_s = time.perf_counter() - started
    assert view.model is not None
    assert view.model.rowCount() == PAGE
    assert view.list.at_bottom()
    assert view.model.item_at(PAGE - 1).text.split(" (#")[1].startswith(f"{COUNT})")

    # Scroll up as a person flicking the wheel would: each step moves 600 px, and every step (loading a
    # page when near the top, laying it out, painting) is timed.
    bar = view.list.verticalScrollBar()
    model = view.model
    steps: list[float] = []
    seen: set[bytes] = set()
    while model.can_fetch_older() or bar.value() > 0:
        t0 = time.perf_counter()
        bar.setValue(max(0, bar.value() - 600))
        view.list.viewport().repaint()
        QApplication.processEvents()
        steps.append(time.perf_counter() - t0)
        seen.update(model.item_at(r).uid for r in range(model.rowCount()))
        assert model.rowCount() <= model.window
        assert len(steps) < 5000
    assert len(seen) == COUNT
    assert "(#1)" in model.item_at(0).text
    keys = [(model.item_at(r).sent_ms, model.item_at(r).row_id) for r in range(model.rowCount())]
    assert keys == sorted(keys)
    median = statistics.median(steps)
    p95 = statistics.quantiles(steps, n=20)[18]
    # 60 frames a second leave 16 ms a frame; a step that also loads a page may take a few frames.
    assert opened_s < 1.0
    assert median < 0.016, f"half the scroll steps should take under 16 ms, took {median * 1000:.1f} ms"
    assert p95 < 0.08, f"95% of scroll steps should take under 80 ms, took {p95 * 1000:.1f} ms"

    # Scrolling back down slides the window forward; jumping to the latest shows the newest message.
    for _ in range(80):
        bar.setValue(bar.value() + 600)
        QApplication.processEvents()
    newer = [int(model.item_at(r).text.split("(#")[1].split(")")[0]) for r in range(model.rowCount())]
    assert newer == sorted(newer)
    assert newer[-1] > model.window
    view.list.jump_to_latest()
    assert model.at_live_end
    assert f"(#{COUNT})" in model.item_at(model.rowCount() - 1).text


def test_a_late_message_takes_its_place_by_time_and_updates_refresh_the_row(
    qtbot: QtBot, big_profile: tuple[Profile, bytes]
) -> None:
    profile, conversation = big_profile
    service = _service(profile)
    view = ChatView(service, MessengerBridge(service))
    qtbot.add_widget(view)
    view.open(conversation)
    assert view.model is not None
    last = view.model.item_at(PAGE - 1)
    before = view.model.item_at(PAGE - 2)
    late = dataclasses.replace(
        last,
        uid=b"\x01" * 16,
        row_id=0,
        sent_ms=(before.sent_ms + last.sent_ms) // 2,
        text="late",
        html="late",
    )
    row = view.model.upsert(late)
    assert row == PAGE - 1
    assert view.model.item_at(PAGE).uid == last.uid
    edited = dataclasses.replace(late, text="late, edited", html="late, edited", edited=True)
    assert view.model.upsert(edited) == row
    assert view.model.rowCount() == PAGE + 1
    assert view.model.item_at(row).edited


def test_the_verification_dialog_shows_the_seven_codes_of_the_flow(qtbot: QtBot) -> None:
    with sample_service() as (service, ids):
        bridge = MessengerBridge(service)
        dialog = VerificationDialog(service, bridge, ids["maya"])
        qtbot.add_widget(dialog)
        theirs = service.engine.peer_card(ids["maya"])
        assert theirs is not None
        a = VerificationFlow(b"\x02" * 16, service.engine.card, theirs, initiator=True)
        b = VerificationFlow(b"\x02" * 16, theirs, service.engine.card, initiator=False)
        a.receive_commitment(b.commitment())
        codes = a.receive_key(b.public_key)
        assert b.receive_key(a.public_key) == codes
        dialog.show_state(FlowState.COMPARING, codes)
        assert dialog.stack.currentWidget() is dialog.compare
        assert dialog.codes_shown() == [name for _emoji, name in codes.emoji]
        assert " ".join(str(d) for d in codes.decimals) in dialog.decimals.text()
        dialog.show_state(FlowState.VERIFIED, None)
        assert dialog.stack.currentWidget() is dialog.verified_page


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_render_screens_writes_every_chat_screen(qapp: QApplication, tmp_path: Path, theme: str) -> None:
    written = render_screens(tmp_path, theme)
    names = {p.name for p in written}
    for screen in (
        "chat",
        "group",
        "identity-warning",
        "request",
        "requests",
        "search",
        "verify",
        "verify-qr",
        "verify-qr-mismatch",
        "group-new",
        "group-info",
    ):
        assert f"messenger-{theme}-{screen}.png" in names
    for path in written:
        image = QImage(str(path))
        assert not image.isNull()
        assert image.width() >= 500
        # Not a blank canvas: the screen has many distinct colours (bubbles, text, avatars).
        colours = {image.pixel(x, y) for x in range(0, image.width(), 17) for y in range(0, image.height(), 17)}
        assert len(colours) > 8


def test_message_added_events_for_other_conversations_leave_the_open_chat_alone(
    qtbot: QtBot, big_profile: tuple[Profile, bytes]
) -> None:
    profile, conversation = big_profile
    service = _service(profile)
    bridge = MessengerBridge(service)
    view = ChatView(service, bridge)
    qtbot.add_widget(view)
    view.open(conversation)
    assert view.model is not None
    other = dataclasses.replace(view.model.item_at(0), conversation=b"\x09" * 32)
    message = service.store.message(other.uid)
    assert message is not None
    with qtbot.assert_not_emitted(view.model.rowsInserted):
        bridge.message_added.emit(MessageAdded(dataclasses.replace(message, conversation=b"\x09" * 32)))
