"""Two profiles chat through the chat screens, over real mailbox services on loopback (pytest-qt + qasync)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from etalonium_desktop.media.samples import make_test_clip
from etalonium_desktop.messenger import MessengerService
from etalonium_desktop.messenger.messenger_page import MessengerPage
from etalonium_desktop.store import temporary_profile
from lightnode.messenger import ConnectionChanged, MessageAdded, MessageState, MessageUpdated
from tests.unit.messenger.harness import EventLog, messenger_network
from tests.unit.messenger.qt_helpers import (
    click_row,
    send_click,
    send_key,
    send_text,
    until,
)

pytestmark = pytest.mark.integration


def test_two_profiles_chat_through_the_ui(qasync_loop: asyncio.AbstractEventLoop, qtbot: QtBot, tmp_path: Path) -> None:
    async def scenario() -> None:
        with temporary_profile() as alice_profile, temporary_profile() as bob_profile:
            async with messenger_network(tmp_path) as net:
                urls = [n.url for n in net.nodes]
                alice = MessengerService(alice_profile, urls, net.directory, session=net.session)
                bob = MessengerService(bob_profile, urls[::-1], net.directory, session=net.session)
                logs = {alice: EventLog(), bob: EventLog()}
                pages = {}
                for service in (alice, bob):
                    service.add_listener(logs[service])
                    service.load()
                    net.directory.publish(service.key.public_key.raw, service.messenger_key)
                    page = MessengerPage(service)
                    qtbot.add_widget(page)
                    page.resize(1000, 700)
                    page.show()
                    pages[service] = page
                    await service.start()
                    await service.engine.publish_prekeys()
                for service in (alice, bob):
                    await logs[service].wait_for(ConnectionChanged, lambda e: e.online)
                try:
                    # Alice presses "Message" on Bob's profile, types, and sends with Enter.
                    a_page, b_page = pages[alice], pages[bob]
                    a_page.message_actor(bob.actor)
                    await a_page.tasks.wait_idle()
                    assert a_page.right.currentWidget() is a_page.chat
                    send_text(a_page.chat.composer, "Hello Bob, are you free on *Friday*?")
                    send_key(a_page.chat.composer, Qt.Key.Key_Return)
                    await a_page.chat.tasks.wait_idle()
                    assert a_page.chat.composer.toPlainText() == ""
                    await logs[bob].wait_for(MessageAdded, lambda e: not e.message.outgoing)

                    # Bob finds it among his requests, opens it, accepts, and answers with the Send button.
                    requests = b_page.conversations
                    requests.show_requests()
                    await until(lambda: requests.requests.rowCount() == 1, requests.requests.modelReset)
                    click_row(requests.requests_view, 0)
                    assert b_page.chat.request.isVisible()
                    assert b_page.chat.model is not None
                    assert "Friday" in b_page.chat.model.item_at(0).text
                    send_click(b_page.chat.accept_button)
                    await b_page.chat.tasks.wait_idle()
                    assert not b_page.chat.request.isVisible()
                    send_text(b_page.chat.composer, "Yes! 10:00 at the studio")
                    send_click(b_page.chat.send_button)
                    await b_page.chat.tasks.wait_idle()

                    await logs[alice].wait_for(MessageAdded, lambda e: e.message.text == "Yes! 10:00 at the studio")
                    model = a_page.chat.model
                    assert model is not None
                    assert [model.item_at(r).text for r in range(model.rowCount())] == [
                        "Hello Bob, are you free on *Friday*?",
                        "Yes! 10:00 at the studio",
                    ]
                    # Bob has the chat open, so Alice's message shows as read (blue ticks) on her side.
                    await logs[alice].wait_for(MessageUpdated, lambda e: e.status is MessageState.READ)
                    assert model.item_at(0).status is MessageState.READ
                    assert model.item_at(0).html.endswith("<b>Friday</b>?")
                    assert b_page.conversations.chats.rowCount() == 1

                    # Alice picks a video and presses Send at once: the poster is made in a worker thread while
                    # the chat says so, and the message waits for it rather than leaving without the video.
                    chat = a_page.chat
                    clip = make_test_clip(tmp_path / "fitting.mp4", seconds=1.0, size=(320, 180), audio=False)
                    chat.picker.add_paths([clip, tmp_path / "gone.mp4"])
                    assert chat.attachments.preparing_note.isVisible()
                    assert chat.attachments.preparing_note.text().startswith("Preparing 2 file")  # plural by locale
                    send_text(chat.composer, "The fitting, filmed")
                    send_click(chat.send_button)
                    assert chat.composer.toPlainText() == ""
                    await chat.tasks.wait_idle()
                    assert "gone.mp4 cannot be read" in chat.error.text()
                    assert chat.picker.preparing == 0
                    assert not chat.attachments.isVisible()
                    assert chat.attachments.files() == []
                    video = await logs[bob].wait_for(MessageAdded, lambda e: e.message.text == "The fitting, filmed")
                    [attachment] = video.message.attachments
                    assert (attachment.name, attachment.media_type) == ("fitting.mp4", "video/mp4")
                    assert attachment.thumbnail
                    assert abs(attachment.duration_ms - 1000) <= 100
                finally:
                    for service in (alice, bob):
                        await service.close()
                        pages[service].close()

    qasync_loop.run_until_complete(asyncio.wait_for(scenario(), 60))
