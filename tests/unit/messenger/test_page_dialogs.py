"""The messenger page is the Qt parent of the dialogs it opens (verification, new group, group details): each is
deleted once it closes, or it would live as long as the app."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from etalonium_desktop.messenger.messenger_page import MessengerPage
from etalonium_desktop.messenger.screens import sample_service


def test_closed_dialogs_are_deleted(qtbot: QtBot) -> None:
    with sample_service() as (service, ids):
        page = MessengerPage(service)
        qtbot.add_widget(page)

        def live_dialogs() -> int:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            return len(page.findChildren(QDialog))

        before = live_dialogs()
        for _ in range(3):
            # No loop runs here: the dialogs' network work is not started, only their widgets.
            opened = [page.verify(ids["maya"]), page.new_group(), page.group_info(ids["group"])]
            assert live_dialogs() == before + 3
            assert page.verify(ids["maya"]) is opened[0]  # one verification per contact while it is open
            for dialog in opened:
                dialog.reject()
            assert page.dialogs == {}
            assert live_dialogs() == before
