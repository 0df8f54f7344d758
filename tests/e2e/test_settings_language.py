"""Settings → Language and Lock after idle: saved where the next start reads them, and used by the app."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from etalonium_desktop.__main__ import build_parser
from etalonium_desktop.app import App
from etalonium_desktop.services.network import NetworkConfig, NetworkService
from etalonium_desktop.session import Session
from etalonium_desktop.store import MINIMAL_KDF_COST, Profile, generate_phrase
from etalonium_desktop.ui import i18n
from etalonium_desktop.ui.settings_view import SettingsView
from tests.e2e.conftest import until

PASSPHRASE = "velvet tailor measures twice at dawn"


@pytest.fixture
def profile(tmp_path: Path) -> Iterator[Profile]:
    created = Profile.create(tmp_path / "profiles" / "studio", PASSPHRASE, generate_phrase(), kdf=MINIMAL_KDF_COST)
    yield created
    created.close()


def test_a_chosen_language_is_saved_and_used_from_the_next_start(
    qasync_loop: asyncio.AbstractEventLoop, qapp: QApplication, profile: Profile
) -> None:
    async def scenario() -> None:
        tasks: set[asyncio.Future[Any]] = set()

        def spawn(coro: Awaitable[Any]) -> asyncio.Future[Any]:
            task = asyncio.ensure_future(coro)
            tasks.add(task)
            task.add_done_callback(tasks.discard)
            return task

        # A network service that is never started: Settings only reads its (empty) state here.
        network = NetworkService(profile, NetworkConfig(nodes=("127.0.0.1:9",), devnet=False))
        session = Session(profile, network, notify=lambda _t, _x: None, spawn=spawn)
        settings = SettingsView(session)
        settings.show()
        await until(lambda: settings.lock_minutes.value() == 15, "the saved settings", 30.0)
        assert settings.language.currentData() == ""  # the system's language until one is chosen
        assert not settings.language_note.isVisible()

        minutes: list[int] = []
        settings.lock_minutes_changed.connect(minutes.append)
        settings.lock_minutes.setValue(3)
        assert minutes == [3]
        await until(lambda: profile.settings.get("security.lock_minutes", 15) == 3, "the saved lock timeout")

        settings.language.setCurrentIndex(settings.language.findData("it"))
        assert i18n.read_choice(i18n.language_file(profile.directory)) == "it"
        assert settings.language_note.isVisible()
        assert "next start" in settings.language_note.text()
        assert settings.lock_minutes.suffix() == " min", "the running app keeps its language until restarted"
        await asyncio.gather(*tasks)
        settings.close()

        try:
            app = App(qapp, build_parser().parse_args(["--profile-dir", str(profile.directory)]))
            assert app.language == "it"
            assert app.window.lock_action.text() == "&Blocca ora"
            app.window.close()
            # --language overrides the saved choice for one run.
            app = App(qapp, build_parser().parse_args(["--profile-dir", str(profile.directory), "--language", "en"]))
            assert app.window.lock_action.text() == "&Lock now"
            app.window.close()
        finally:
            i18n.uninstall(qapp)

    qasync_loop.run_until_complete(scenario())
