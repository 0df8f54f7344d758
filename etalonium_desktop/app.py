"""The application: one asyncio loop driven by Qt (qasync), the profile gate, and the main window's sections."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import html
import logging
import shutil
import sys
import tempfile
from collections.abc import Awaitable
from pathlib import Path
from typing import Any

import qasync
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon

from etalonium_desktop import __version__, heap
from etalonium_desktop.assistant import AssistantService
from etalonium_desktop.assistant.assistant_page import AssistantPage
from etalonium_desktop.build_info import version_text
from etalonium_desktop.market.market_page import MarketPage
from etalonium_desktop.media.sections import LivePage, UploadPage
from etalonium_desktop.messenger import MessengerService
from etalonium_desktop.messenger.messenger_page import MessengerPage
from etalonium_desktop.onboarding import OnboardingResult
from etalonium_desktop.services.network import NetworkConfig, NetworkService, NetworkState
from etalonium_desktop.session import Session
from etalonium_desktop.social.dao_page import DaoPage
from etalonium_desktop.social.feed_page import FeedPage
from etalonium_desktop.social.service import SocialService
from etalonium_desktop.store import (
    DEFAULT_KDF_COST,
    MINIMAL_KDF_COST,
    Profile,
    StoreError,
    WrongPassphraseError,
    generate_phrase,
    resolve_profile_dir,
)
from etalonium_desktop.ui import i18n, theme
from etalonium_desktop.ui.lock import AppLock, IdleWatcher
from etalonium_desktop.ui.main_window import MainWindow, NetworkStatus
from etalonium_desktop.ui.network_view import NetworkView
from etalonium_desktop.ui.onboarding_view import OnboardingView
from etalonium_desktop.ui.profile_view import ProfilePage
from etalonium_desktop.ui.settings_view import SettingsView
from etalonium_desktop.ui.unlock_view import UnlockView
from etalonium_desktop.ui.wallet_page import WalletPage
from lightnode.messenger.directory import ChainDirectory
from lightnode.protocol.actions import Role

log = logging.getLogger(__name__)

SELF_TEST_TIMEOUT_S = 240.0


class App:
    """Drives the whole life of the app on the qasync loop: gate → session → main window → quit."""

    def __init__(self, qapp: QApplication, args: argparse.Namespace) -> None:
        self.qapp = qapp
        self.args = args
        # Before any window is built: every screen is made in the chosen language (a change applies at restart).
        language = getattr(args, "language", None)
        if not language and not args.temp_profile:
            language = i18n.read_choice(i18n.language_file(self.profile_dir()))
        self.language = i18n.install(qapp, language or "")
        self.window = MainWindow()
        self.profile: Profile | None = None
        self.session: Session | None = None
        self.network: NetworkService | None = None
        self.tray: QSystemTrayIcon | None = None
        self._temp_dir: Path | None = None
        self._tasks: set[asyncio.Future[Any]] = set()
        self._quit = asyncio.Event()
        self.window.closing.connect(self._quit.set)
        self.window.theme_changed.connect(self._on_theme_changed)
        self.lock: AppLock | None = None
        self.idle = IdleWatcher(qapp, None, parent=self.window)

    # -- helpers ----------------------------------------------------------------------------------------------
    def spawn(self, coro: Awaitable[Any]) -> asyncio.Future[Any]:
        """Run a coroutine on the loop, keeping a reference and logging (not losing) its failure."""
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)

        def done(t: asyncio.Future[Any]) -> None:
            self._tasks.discard(t)
            if not t.cancelled() and t.exception() is not None:
                log.error("background task failed", exc_info=t.exception())

        task.add_done_callback(done)
        return task

    def profile_dir(self) -> Path:
        if self.args.temp_profile:
            self._temp_dir = Path(tempfile.mkdtemp(prefix="etalonium-"))
            return self._temp_dir / "profile"
        return resolve_profile_dir(self.args.profile_dir)

    def network_config(self, profile_dir: Path, saved_nodes: list[str]) -> NetworkConfig:
        """Nodes from the command line, else those saved in Settings; with none, the embedded devnet."""
        nodes = tuple(self.args.node) or tuple(saved_nodes)
        use_devnet = self.args.devnet if self.args.devnet is not None else not nodes
        devnet_dir = (self._temp_dir / "devnet") if self._temp_dir else profile_dir.parent / "devnet"
        genesis = Path(self.args.genesis) if self.args.genesis else None
        # The simulated community makes the embedded devnet a living network; the self-test needs only the chain.
        return NetworkConfig(
            nodes=nodes, devnet=use_devnet, devnet_dir=devnet_dir, genesis_file=genesis, demo=not self.args.self_test
        )

    # -- the run ----------------------------------------------------------------------------------------------
    async def run(self) -> int:
        saved_theme = self.args.theme or "light"
        theme.apply(self.qapp, theme.Theme(saved_theme))
        self.window.resize(1280, 800)
        self.window.show()
        directory = self.profile_dir()
        try:
            if self.args.self_test:
                return await self._self_test(directory)
            self.profile = await self._gate(directory)
            if self.profile is None:
                return 0
            await self._open_session(self.profile, directory)
            await self._quit.wait()
            return 0
        finally:
            await self._shutdown()

    async def _gate(self, directory: Path) -> Profile | None:
        """First run: the wizard; later runs: the unlock screen. None when the window closed first."""
        result: asyncio.Future[Profile] = asyncio.get_running_loop().create_future()
        if Profile.exists(directory):
            unlock = UnlockView(directory.name)
            self.window.set_gate(unlock)

            async def try_unlock(passphrase: str) -> None:
                try:
                    profile = await asyncio.to_thread(Profile.open, directory, passphrase)
                except WrongPassphraseError:
                    unlock.show_wrong_passphrase()
                except StoreError as exc:
                    unlock.show_error(str(exc))
                else:
                    if not result.done():
                        result.set_result(profile)

            unlock.unlock_requested.connect(lambda pw: self.spawn(try_unlock(pw)))
        else:
            wizard = OnboardingView()
            self.window.set_gate(wizard)

            async def create(choice: OnboardingResult) -> None:
                kdf = MINIMAL_KDF_COST if self.args.temp_profile else DEFAULT_KDF_COST
                try:
                    profile = await asyncio.to_thread(
                        Profile.create, directory, choice.passphrase, choice.phrase, kdf=kdf
                    )
                    await asyncio.to_thread(profile.identity.confirm_backup)
                    await asyncio.to_thread(profile.settings.set, "profile.display_name", choice.display_name)
                    await asyncio.to_thread(profile.settings.set, "profile.role", int(choice.role))
                    await asyncio.to_thread(profile.settings.set, "profile.published", False)
                except StoreError as exc:
                    wizard.show_failure(str(exc))
                else:
                    if not result.done():
                        result.set_result(profile)

            wizard.completed.connect(lambda choice: self.spawn(create(choice)))
        quit_wait = asyncio.ensure_future(self._quit.wait())
        waiters: set[asyncio.Future[Any]] = {result, quit_wait}
        done, _ = await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
        quit_wait.cancel()
        return result.result() if result in done else None

    async def _open_session(self, profile: Profile, directory: Path) -> None:
        self.window.set_gate(None)
        saved_nodes = await asyncio.to_thread(profile.settings.get_json, "network.nodes", [])
        self.network = NetworkService(profile, self.network_config(directory, saved_nodes))
        self.network.on_state(self._on_network_state)
        self.session = Session(profile, self.network, notify=self.notify, spawn=self.spawn)
        self._build_sections(self.session)
        state = await asyncio.to_thread(profile.settings.get, "window.state", b"")
        if state:
            self.window.restore_saved_state(state)
        saved_theme = await asyncio.to_thread(profile.settings.get, "ui.theme", "light")
        if not self.args.theme:
            self._apply_theme(saved_theme)
        self._setup_tray()
        await self._setup_lock(profile)
        await self.network.start()
        if self.network.devnet_reset:
            self.notify(self.window.tr("Local test network reset"), self.network.devnet_reset)
        self._add_messenger(profile, self.session)
        self._add_media(self.session)
        self.spawn(self.session.run())
        heap.settle()  # everything built so far lives as long as the app: keep full collections short

    def _add_messenger(self, profile: Profile, session: Session) -> None:
        """The chat section: needs the nodes' addresses, known once the network is up."""
        assert self.network is not None
        assert self.network.queries is not None
        service = MessengerService(profile, self.network.node_urls, ChainDirectory(self.network.queries))
        service.load()
        session.messenger = service
        self.messenger_page = MessengerPage(service)
        self.messenger_page.error_shown.connect(lambda text: self.window.statusBar().showMessage(text, 8000))
        self.window.add_section("chat", self.window.tr("Chat"), "chat", self.messenger_page)
        self.market.conversation_opened.connect(self._show_conversation)
        self.spawn(service.start())

    def _add_media(self, session: Session) -> None:
        """Create (uploads to the nodes' blob store) and Live (channels, streams): need the nodes' addresses."""
        self.upload_page = UploadPage(session)
        self.live_page = LivePage(session, market=self.market.service, post_recording=self.upload_page.post_recording)
        self.window.add_section("create", self.window.tr("Create"), "create", self.upload_page)
        self.window.add_section("live", self.window.tr("Live"), "live", self.live_page)

    def _build_sections(self, session: Session) -> None:
        self.feed = FeedPage(session)
        self.dao = DaoPage(session)
        self.window.add_section("feed", self.window.tr("Feed"), "feed", self.feed)
        self.window.add_section("dao", self.window.tr("DAO"), "dao", self.dao)
        self.market = MarketPage(session)
        self.window.add_section("market", self.window.tr("Market"), "market", self.market)
        self.wallet = WalletPage(session, self.window)
        self.profile_page = ProfilePage(session)
        self.assistant_page = AssistantPage(session)
        self.window.add_section("assistant", self.window.tr("Assistant"), "assistant", self.assistant_page)
        self.network_view = NetworkView(session)
        self.settings = SettingsView(session)
        self.settings.theme_changed.connect(self._on_theme_changed)
        self.window.add_section("wallet", self.window.tr("Wallet"), "wallet", self.wallet)
        self.window.add_section("profile", self.window.tr("Profile"), "profile", self.profile_page)
        self.window.add_section("network", self.window.tr("Network"), "network", self.network_view)
        self.window.add_section("settings", self.window.tr("Settings"), "settings", self.settings)
        self.window.about_action.triggered.connect(self._about)

    def _show_conversation(self, conversation_id: bytes) -> None:
        """A "Message" button elsewhere (an order, a listing) opened a chat: show it."""
        self.window.show_section("chat")
        self.messenger_page.open_conversation(conversation_id)

    # -- reacting -----------------------------------------------------------------------------------------------
    def _on_network_state(self, state: NetworkState) -> None:
        self.window.status.show_status(
            NetworkStatus(
                verified_height=state.verified_height,
                peers=state.nodes,
                witnesses=state.witnesses,
                syncing=state.syncing,
                sync_progress=state.sync_progress,
                offline=state.offline,
                attack=state.attack,
                chain_id=state.chain_id,
            )
        )
        if state.attack:
            self.notify("Network attack detected", state.attack)

    def _on_theme_changed(self, name: str) -> None:
        self._apply_theme(name)
        if self.profile is not None:
            self.spawn(asyncio.to_thread(self.profile.settings.set, "ui.theme", name))

    def _apply_theme(self, name: str) -> None:
        theme.apply(self.qapp, theme.Theme(name))
        self.window.refresh_icons()

    async def _setup_lock(self, profile: Profile) -> None:
        """The idle lock (Settings' timeout, in minutes; 0 never locks) and Lock now (Ctrl+L, the tray menu).

        Locking hides every section behind the unlock screen, closes open dialogs, clears typed passphrases
        and keeps notifications content-free. The profile database stays open on purpose: the light client,
        the messenger and the feeds keep syncing into it while locked, and they expect it open (closing it
        would stop them until restart). So the database key and the account keys stay in memory; the
        passphrase itself is never kept, and unlocking checks it against the key file."""
        minutes = await asyncio.to_thread(profile.settings.get, "security.lock_minutes", 15)
        self.idle.set_timeout(minutes * 60.0 if minutes else None)
        self.lock = AppLock(
            self.window,
            profile.directory.name,
            lambda passphrase: asyncio.to_thread(profile.verify_passphrase, passphrase),
            self.spawn,
            self.idle,
        )
        self.lock.locked.connect(self.settings.forget_typed_passphrases)
        self.settings.lock_minutes_changed.connect(lambda m: self.idle.set_timeout(m * 60.0 if m else None))
        self.idle.start()

    def _setup_tray(self) -> None:
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(theme.icon("app", "#8a3ffc"), self.window)
            self.tray.setToolTip("Etalonium")
            self.tray.setContextMenu(self.window.tray_menu())
            self.tray.show()

    def notify(self, title: str, text: str) -> None:
        """A system tray notification when a tray exists; always the status bar. While locked, only that
        something happened: the content waits behind the unlock screen."""
        if self.lock is not None and self.lock.is_locked:
            if self.tray is not None:
                self.tray.showMessage("Etalonium", self.lock.locked_notification(), QIcon(), 8000)
            return
        if self.tray is not None:
            self.tray.showMessage(title, text, QIcon(), 8000)
        self.window.statusBar().showMessage(f"{title}: {text}", 8000)

    def _about(self) -> None:
        box = QMessageBox(self.window)
        box.setWindowTitle("About Etalonium")
        box.setText(f"<b>{html.escape(version_text())}</b>")
        box.setInformativeText(
            "A decentralized social and working network for the fashion world, on the ExtraChain protocol. "
            "Everything personal stays encrypted on this computer."
        )
        box.finished.connect(box.deleteLater)
        box.open()

    async def _shutdown(self) -> None:
        self.idle.stop()
        if self.profile is not None and not self.profile.is_locked:
            with contextlib.suppress(StoreError):
                await asyncio.to_thread(self.profile.settings.set, "window.state", self.window.saved_state())
        # Stop what uses the network before the network (and the embedded devnet) goes away.
        tasks = [t for t in self._tasks if not t.done()]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        if self.session is not None:
            if self.session.messenger is not None:
                with contextlib.suppress(Exception):
                    await self.session.messenger.close()
            with contextlib.suppress(Exception):
                await AssistantService.shutdown(self.session)
            with contextlib.suppress(Exception):
                await SocialService.shutdown(self.session)
            for page in (getattr(self, "live_page", None), getattr(self, "upload_page", None)):
                if page is not None:
                    with contextlib.suppress(Exception):
                        await page.aclose()
            with contextlib.suppress(Exception):
                await self.market.aclose()
            await self.session.aclose()
        if self.network is not None:
            await self.network.aclose()
        if self.profile is not None:
            self.profile.close()
        if self._temp_dir is not None:
            shutil.rmtree(self._temp_dir, ignore_errors=True)

    # -- the self-test ------------------------------------------------------------------------------------------
    async def _self_test(self, directory: Path) -> int:
        """Create an identity, sync, open every screen; 0 when all of it worked (used by CI and packaging)."""
        try:
            await asyncio.wait_for(self._self_test_steps(directory), SELF_TEST_TIMEOUT_S)
        except Exception as exc:  # the self-test reports any failure as its exit status
            print(f"self-test failed: {type(exc).__name__}: {exc}", file=sys.stderr)
            return 1
        print("self-test passed", file=sys.stderr)
        return 0

    async def _self_test_steps(self, directory: Path) -> None:
        profile = await asyncio.to_thread(
            Profile.create, directory, "self-test passphrase 4f1c", generate_phrase(), kdf=MINIMAL_KDF_COST
        )
        await asyncio.to_thread(profile.settings.set, "profile.display_name", "Self Test")
        await asyncio.to_thread(profile.settings.set, "profile.role", int(Role.DESIGNER))
        await asyncio.to_thread(profile.settings.set, "profile.published", False)
        self.profile = profile
        await self._open_session(profile, directory)
        assert self.network is not None
        assert self.session is not None
        await self.network.wait_ready(120.0)
        log.info("self-test: verified height %d", self.network.state.verified_height)
        await self.session.wait_funded(60.0)
        log.info("self-test: funded, %d base units proven at height %d", self.session.balance.amount,
                 self.session.balance.height)  # fmt: skip
        for key in self.window.sections:
            self.window.show_section(key)
            await asyncio.sleep(0)
            page = self.window.pages.currentWidget()
            if page is None or not page.isVisible():
                raise RuntimeError(f"the {key} screen did not open")
        # The assistant trains in a spawned process, which in a bundle is this executable started again.
        from etalonium_desktop.assistant.trainer import check_worker, shared_trainer

        pid = await check_worker(shared_trainer())
        log.info("self-test: the assistant's training process (pid %d) started without Qt", pid)


def run(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName("Etalonium")
    qapp.setOrganizationName("Etalonium")
    qapp.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("etalonium")
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    app = App(qapp, args)
    with loop:
        code: int = loop.run_until_complete(app.run())
    QTimer.singleShot(0, qapp.quit)
    return code
