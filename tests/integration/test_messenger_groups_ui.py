"""Creating and managing a group through its dialogs, with members on real mailbox services on loopback."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from etalonium_desktop.messenger import MessengerService
from etalonium_desktop.messenger.group_dialogs import GroupInfoDialog, NewGroupDialog
from etalonium_desktop.messenger.messenger_page import MessengerPage
from etalonium_desktop.store import temporary_profile
from lightnode.messenger import ConnectionChanged, ConversationState, GroupUpdated, MessageAdded
from tests.unit.messenger.harness import EventLog, messenger_network
from tests.unit.messenger.qt_helpers import send_click, send_text

pytestmark = pytest.mark.integration


def _tick(dialog_picker_list: object, name: str) -> None:
    from PySide6.QtWidgets import QListWidget

    assert isinstance(dialog_picker_list, QListWidget)
    matches = dialog_picker_list.findItems(name, Qt.MatchFlag.MatchExactly)
    assert len(matches) == 1, f"{name} is not offered"
    matches[0].setCheckState(Qt.CheckState.Checked)


def test_a_group_is_created_renamed_and_its_members_changed_through_the_dialogs(
    qasync_loop: asyncio.AbstractEventLoop, qtbot: QtBot, tmp_path: Path
) -> None:
    async def scenario() -> None:
        with temporary_profile() as profile:
            async with messenger_network(tmp_path) as net:
                bob, carol, dana = await net.started("bob", "carol", "dana")
                urls = [n.url for n in net.nodes]
                alice = MessengerService(profile, urls, net.directory, session=net.session)
                log = EventLog()
                alice.add_listener(log)
                alice.load()
                net.directory.publish(alice.key.public_key.raw, alice.messenger_key)
                for client, name in ((bob, "Bob"), (carol, "Carol"), (dana, "Dana")):
                    profile.contacts.add(client.actor, name)
                page = MessengerPage(alice)
                qtbot.add_widget(page)
                page.resize(1000, 700)
                page.show()
                await alice.start()
                await log.wait_for(ConnectionChanged, lambda e: e.online)
                try:
                    # Alice presses "New group", names it and ticks Bob and Carol.
                    send_click(page.conversations.new_group_button)
                    dialog = page.findChild(NewGroupDialog)
                    assert dialog is not None
                    assert not dialog.create_button.isEnabled()
                    send_text(dialog.name, "Spring casting")
                    assert not dialog.create_button.isEnabled()  # a group needs members
                    _tick(dialog.picker.list, "Bob")
                    _tick(dialog.picker.list, "Carol")
                    assert dialog.create_button.isEnabled()
                    created: list[bytes] = []
                    dialog.created.connect(created.append)
                    tasks = dialog.tasks
                    send_click(dialog.create_button)
                    await tasks.wait_idle()
                    # The dialog closed (and is gone), and the new group's chat is open.
                    assert len(created) == 1
                    group_id = created[0]
                    assert page.chat.conversation == group_id
                    assert alice.engine.groups[group_id].name == "Spring casting"
                    assert page.chat.group_button.isVisible()
                    for member in (bob, carol):
                        await member.log.wait_for(GroupUpdated, lambda e: e.group.id == group_id)
                        await member.m.accept_request(group_id)

                    # The group's info: three members, Alice the admin; Dana can be added.
                    send_click(page.chat.group_button)
                    info = page.findChild(GroupInfoDialog)
                    assert info is not None
                    assert info.members.count() == 3
                    assert "admin" in info.members.item(0).text()
                    assert [info.picker.list.item(i).text() for i in range(info.picker.list.count())] == ["Dana"]

                    info.name.clear()
                    send_text(info.name, "Spring casting — final")
                    send_click(info.rename_button)
                    await info.tasks.wait_idle()
                    for member in (bob, carol):
                        await member.log.wait_for(GroupUpdated, lambda e: e.group.name == "Spring casting — final")
                    assert info.heading.text() == "Spring casting — final"

                    _tick(info.picker.list, "Dana")
                    send_click(info.add_button)
                    await info.tasks.wait_idle()
                    await dana.log.wait_for(GroupUpdated, lambda e: e.group.id == group_id)
                    assert info.members.count() == 4

                    # Removing Carol rotates the group key: she gets no key for the next message.
                    carol_row = info.members.findItems("Carol", Qt.MatchFlag.MatchStartsWith)[0]
                    carol_row.setSelected(True)
                    send_click(info.remove_button)
                    await info.tasks.wait_idle()
                    removed = await carol.log.wait_for(GroupUpdated, lambda e: carol.actor not in e.group.members)
                    assert not removed.group.active
                    assert info.members.count() == 3
                    await alice.send_text(group_id, "Shortlist: Bob and Dana")
                    await bob.log.wait_for(MessageAdded, lambda e: e.message.text == "Shortlist: Bob and Dana")
                    outbound = alice.engine.crypto.outbound_group(group_id)
                    assert outbound is not None
                    assert carol.actor not in outbound.shared_with
                    assert (
                        carol.m.crypto.inbound_group(alice.engine.crypto.megolm_encrypt(group_id, b"x").session) is None
                    )

                    # Bob leaves on his side; Alice's dialog follows. Then Alice leaves too.
                    await bob.m.leave_group(group_id)
                    await log.wait_for(GroupUpdated, lambda e: bob.actor not in e.group.members)
                    assert info.members.count() == 2
                    send_click(info.leave_button)
                    await info.tasks.wait_idle()
                    assert alice.engine.conversation(group_id).state is ConversationState.LEFT
                    assert not info.leave_button.isEnabled()
                    assert "no longer a member" in info.summary.text()
                    await dana.log.wait_for(GroupUpdated, lambda e: alice.actor not in e.group.members)
                    info.close()
                finally:
                    await alice.close()
                    page.close()

    qasync_loop.run_until_complete(asyncio.wait_for(scenario(), 90))


def test_creating_a_group_with_someone_unreachable_shows_the_reason(
    qasync_loop: asyncio.AbstractEventLoop, qtbot: QtBot, tmp_path: Path
) -> None:
    async def scenario() -> None:
        with temporary_profile() as profile:
            async with messenger_network(tmp_path, nodes=1) as net:
                alice = MessengerService(profile, [net.nodes[0].url], net.directory, session=net.session)
                alice.load()
                # A contact who never set up the messenger: there is no key to invite them with.
                profile.contacts.add(b"\x05" * 20, "Ghost")
                await alice.start()
                try:
                    dialog = NewGroupDialog(alice)
                    qtbot.add_widget(dialog)
                    dialog.show()
                    send_text(dialog.name, "Nobody home")
                    _tick(dialog.picker.list, "Ghost")
                    send_click(dialog.create_button)
                    await dialog.tasks.wait_idle()
                    assert dialog.error.isVisible()
                    assert "not set up the messenger" in dialog.error.text()
                    assert alice.engine.groups == {}
                    assert dialog.create_button.isEnabled()  # the user can change the choice and retry
                finally:
                    await alice.close()

    qasync_loop.run_until_complete(asyncio.wait_for(scenario(), 60))
