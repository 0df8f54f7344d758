"""The app's Create and Live sections: the upload and stream screens wired to the session's network.

Create: photos and videos go through the uploader (resumable, its state in the encrypted profile) to the blob
store of the session's nodes, then become a POST action sent through the social service, which proves it.
Live: the user's channel (its key kept in the encrypted profile, apart from the account key), going live and
ending the stream with STREAM announcements, the channels on air read from verified chain state, watching with
the live chat, and the shop of the stream (the market's panel).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import time
from collections.abc import Awaitable, Callable, Coroutine
from pathlib import Path
from typing import Any

import aiohttp
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from etalonium_desktop.market.errors import MarketError
from etalonium_desktop.market.live import LiveShop, pin_payload
from etalonium_desktop.market.live_panel import LiveShopPanel
from etalonium_desktop.social.discovery import LightClientSource
from etalonium_desktop.social.service import SocialError, SocialService
from etalonium_desktop.ui import widgets
from lightnode.protocol import actions as A
from lightnode.protocol.encoding import ONE_EXC
from lightnode.protocol.errors import ProtocolError
from lightnode.protocol.keys import PrivateKey, actor_id
from lightnode.services_client import BlobClient, ServiceClientError

from .directory import LiveChannel, LiveDirectory
from .errors import MediaError
from .live import LiveBroadcast, LiveReceiver, LiveSettings
from .live_view import GoLive, LiveView
from .upload import SettingsStateStore, Uploader, UploadResult, post_payload
from .upload_view import UploadView, is_photo

log = logging.getLogger(__name__)

#: Where the channel's signing seed is kept in the encrypted profile.
CHANNEL_SEED_SETTING = "media.channel.seed"
#: Upload jobs of the Create section, in the encrypted profile (the market keeps its own under "media.").
UPLOAD_STATE_PREFIX = "media.post."
#: Storage is bought in steps of at least this much, so every upload does not cost an action.
FUEL_STEP_BYTES = 64 * 1024 * 1024


def _spawn(session: Any, coro: Coroutine[Any, Any, Any], on_error: Callable[[str], None]) -> Any:
    """Run `coro` on the session's loop; a failure becomes a sentence for `on_error`, never lost."""

    async def guarded() -> None:
        try:
            await coro
        except asyncio.CancelledError:
            raise
        except (MediaError, SocialError, MarketError) as exc:
            on_error(str(exc))
        except Exception as exc:
            log.exception("media section task failed")
            on_error(QCoreApplication.translate("MediaSections", "Something went wrong: %1").replace("%1", str(exc)))

    return session.spawn(guarded())


class _Http:
    """One aiohttp session for a section, opened on first use inside the running loop."""

    def __init__(self) -> None:
        self._session: aiohttp.ClientSession | None = None

    def __call__(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=None, sock_connect=15))
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None


async def act(session: Any, payload: A.Payload) -> bytes:
    """Send one action through the social service (which waits until the chain applied it)."""
    report = await SocialService.of(session).act(payload)
    return bytes(report.action_id)


# -------------------------------------------------------------------------------------------------------------
# Create
# -------------------------------------------------------------------------------------------------------------


class UploadPage(QWidget):
    """The Create section: the upload screen, a resume offer for interrupted uploads, posting."""

    #: A post was published and proven (its id).
    posted = Signal(bytes)

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.http = _Http()
        self.uploader: Uploader | None = None
        self.view = UploadView()
        self.view.before_upload = self.ensure_storage
        self.view.post_ready.connect(self._on_post_ready)
        # A network drop leaves a resumable job behind: offer to resume it at once, not only after a restart.
        self.view.failed.connect(lambda _text: self.offer_resume() if self.uploader is not None else None)
        self.resume_card = widgets.Card()
        self.resume_text = QLabel("")
        self.resume_text.setWordWrap(True)
        self.resume_button = widgets.primary_button(self.tr("Resume upload"))
        self.discard_button = widgets.button(self.tr("Discard"))
        row = QHBoxLayout()
        row.addWidget(self.resume_text, 1)
        row.addWidget(self.discard_button)
        row.addWidget(self.resume_button)
        self.resume_card.body.addLayout(row)
        self.resume_card.hide()
        self.resume_button.clicked.connect(self._on_resume)
        self.discard_button.clicked.connect(self._on_discard)
        self.status = widgets.status_label()
        self.status.setAccessibleName(self.tr("Post status"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.resume_card)
        layout.addWidget(self.view)
        self.view.card.body.addWidget(self.status)
        self._pending_job = ""
        on_change = getattr(session, "on_change", None)
        if on_change is not None:
            on_change(self._on_session_change)
        self._on_session_change("network")

    # The network

    def _on_session_change(self, what: str) -> None:
        network = self.session.network
        if what == "network" and self.uploader is None and getattr(network, "node_urls", None):
            self.connect_uploader()

    def connect_uploader(self) -> None:
        """The uploader for the session's nodes, and the offer to resume what did not finish last time."""
        network = self.session.network
        clients = [BlobClient(self.http(), url) for url in network.node_urls]
        state = SettingsStateStore(self.session.profile.settings, prefix=UPLOAD_STATE_PREFIX)
        work = Path(self.session.profile.directory) / "uploads"
        self.uploader = Uploader(clients, self.session.key, state, work)
        self.view.uploader = self.uploader
        self.offer_resume()

    def offer_resume(self) -> None:
        assert self.uploader is not None
        pending = self.uploader.pending()
        if not pending:
            self._pending_job = ""
            self.resume_card.hide()
            return
        self._pending_job = pending[0]
        source = self.uploader.job_source(self._pending_job)
        name = source.name if source is not None else self.tr("a file")
        self.resume_text.setText(
            self.tr("The upload of %1 did not finish last time. Resume it where it stopped?").replace("%1", name)
        )
        self.resume_card.show()

    def _on_resume(self) -> None:
        if not self._pending_job or self.uploader is None:
            return
        job = self._pending_job
        source = self.uploader.job_source(job)
        self.resume_card.hide()
        self.view.resume_upload(job, source.name if source is not None else "")

    def _on_discard(self) -> None:
        if self._pending_job and self.uploader is not None:
            self.uploader.forget(self._pending_job)
        self.offer_resume()

    # Storage and posting

    async def ensure_storage(self, path: Path) -> None:
        """Buy storage (a FUEL action) when the file's renditions would not fit the proven quota."""
        size = await asyncio.to_thread(lambda: path.stat().st_size)
        # Renditions are smaller than a photo; a video's ladder can reach about three times a small source.
        need = 2 * size + 256 * 1024 if is_photo(path) else 3 * size + 4 * 1024 * 1024
        network = self.session.network
        try:
            usage = await BlobClient(self.http(), network.node_urls[0]).usage(self.session.actor)
        except (ServiceClientError, aiohttp.ClientError, TimeoutError, OSError) as exc:
            raise MediaError("The storage node cannot be reached; try again when the network is back.") from exc
        short = usage["used"] + need - usage["quota"]
        if short <= 0:
            return
        params = await network.queries.params()
        per_exc = max(1, params.get("fuel_bytes_per_exc"))
        amount = -(-max(short, FUEL_STEP_BYTES) * ONE_EXC // per_exc)
        self.view.stage.setText(self.tr("Buying storage for your upload…"))
        try:
            await act(self.session, A.Fuel(amount))
        except SocialError as exc:
            raise MediaError(f"Storage could not be bought: {exc}") from exc

    def _on_post_ready(self, payload: A.Post) -> None:
        self.view.post_button.setEnabled(False)
        _spawn(self.session, self.publish(payload), self._show_error)

    async def publish(self, payload: A.Post) -> bytes:
        """Send the post and wait until the social service has proven it."""
        self._set_status(self.tr("Posting…"), "subtle")
        try:
            post_id = await act(self.session, payload)
            social = SocialService.of(self.session)
            try:
                await social.wait_for(lambda: post_id in social.posts, 120.0)
            except TimeoutError:
                self.view.clear()
                raise MediaError("The post is on the chain; the feed shows it once it has been proven.") from None
        finally:
            self.view.post_button.setEnabled(self.view.result is not None)
        height = SocialService.of(self.session).posts[post_id].height
        self._set_status(self.tr("✓ Posted and verified at block %1.").replace("%1", f"{height:,}"), "verified")
        self.view.clear()
        self.posted.emit(post_id)
        return post_id

    async def post_recording(self, recording: Path, title: str) -> bytes:
        """A stream's recording as a normal video post (the live screen calls this when a stream ends)."""
        if self.uploader is None:
            raise MediaError("The recording is kept; uploading waits for the network.")
        await self.ensure_storage(recording)
        result: UploadResult = await self.uploader.upload_video(recording)
        post_id = await act(self.session, post_payload([result], text=self.tr("Replay: %1").replace("%1", title)))
        return post_id

    def _set_status(self, text: str, role: str) -> None:
        self.status.setText(text)
        widgets.set_role(self.status, role)

    def _show_error(self, text: str) -> None:
        self._set_status(text, "error")

    async def aclose(self) -> None:
        task = self.view._task
        if task is not None and not task.done():
            task.cancel()  # its state is saved: the upload resumes at the next start
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        await self.http.close()


# -------------------------------------------------------------------------------------------------------------
# Live
# -------------------------------------------------------------------------------------------------------------


def load_channel_key(settings: Any) -> PrivateKey | None:
    seed = settings.get(CHANNEL_SEED_SETTING, b"")
    return PrivateKey(bytes(seed)) if seed else None


def new_channel_key(settings: Any) -> PrivateKey:
    """A fresh channel key, kept in the encrypted profile (the one on chain must keep signing the parts)."""
    seed = os.urandom(32)
    settings.set(CHANNEL_SEED_SETTING, seed)
    return PrivateKey(seed)


class PinDialog(QDialog):
    """Choose up to eight of your active listings to show beside the stream."""

    def __init__(self, listings: list[Any], pinned: tuple[bytes, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pin listings to the stream"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addWidget(widgets.subtle(self.tr("Viewers can buy what you pin without leaving the stream.")))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Your listings"))
        for entry in listings:
            item = QListWidgetItem(entry.title)
            item.setData(Qt.ItemDataRole.UserRole, entry.listing_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if entry.listing_id in pinned else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        if not listings:
            layout.addWidget(widgets.subtle(self.tr("You have no active listings; create one in the Market.")))
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[bytes]:
        out = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(bytes(item.data(Qt.ItemDataRole.UserRole)))
        return out[:8]


class LivePage(QWidget):
    """The Live section: channels on air (from verified chain state), your channel, the studio, watching."""

    #: Emitted when a watched stream shows its first picture (tests and the status bar).
    watching = Signal(bytes)

    def __init__(
        self,
        session: Any,
        *,
        market: Any = None,
        post_recording: Callable[[Path, str], Awaitable[bytes]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.market = market
        self.post_recording = post_recording
        self.http = _Http()
        self.settings = LiveSettings()
        self.channel_key: PrivateKey | None = load_channel_key(session.profile.settings)
        self.channel: LiveChannel | None = None
        self.directory = LiveDirectory(LightClientSource(session.network))
        self.directory.on_change(self._show_channels)
        self.view: LiveView | None = None
        self.shop_panel: LiveShopPanel | None = None
        self.pins: tuple[bytes, ...] = ()
        self._wake = asyncio.Event()
        self._directory_task: Any = None

        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.home = self._build_home()
        self.stage = QWidget()
        stage_layout = QVBoxLayout(self.stage)
        stage_layout.setContentsMargins(24, 12, 24, 0)
        bar = QHBoxLayout()
        self.back_button = widgets.button(self.tr("← All live channels"))
        self.back_button.clicked.connect(self._on_back)
        self.pin_button = widgets.button(self.tr("Pin listings…"))
        self.pin_button.clicked.connect(self._on_pin_clicked)
        self.stage_status = widgets.status_label()
        bar.addWidget(self.back_button)
        bar.addWidget(self.stage_status, 1)
        bar.addWidget(self.pin_button)
        stage_layout.addLayout(bar)
        self.stage_body = QVBoxLayout()
        self.stage_body.setContentsMargins(0, 0, 0, 0)
        stage_layout.addLayout(self.stage_body, 1)
        self.stack.addWidget(self.home)
        self.stack.addWidget(self.stage)
        self._show_channel_card()
        self._show_channels()
        on_change = getattr(session, "on_change", None)
        if on_change is not None:
            on_change(self._on_session_change)
        network = session.network
        if hasattr(network, "on_header"):
            network.on_header(lambda _height: self._wake.set())
        self._on_session_change("network")

    # The home screen

    def _build_home(self) -> QWidget:
        home = QWidget()
        outer = QHBoxLayout(home)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.setSpacing(16)
        on_air = widgets.Card()
        on_air.body.addWidget(widgets.title(self.tr("Live now")))
        self.on_air_note = widgets.subtle("")
        on_air.body.addWidget(self.on_air_note)
        self.channel_rows = QVBoxLayout()
        self.channel_rows.setSpacing(8)
        rows = QWidget()
        rows.setObjectName("LiveRows")
        rows.setStyleSheet("QWidget#LiveRows { background: transparent; }")
        rows_layout = QVBoxLayout(rows)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        rows_layout.addLayout(self.channel_rows)
        rows_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(rows)
        scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget { background: transparent; border: none; }")
        on_air.body.addWidget(scroll, 1)
        outer.addWidget(on_air, 1)

        mine = widgets.Card()
        mine.setFixedWidth(380)
        mine.body.addWidget(widgets.title(self.tr("Your channel")))
        self.mine_text = widgets.subtle("")
        mine.body.addWidget(self.mine_text)
        self.channel_title = QLineEdit()
        self.channel_title.setPlaceholderText(self.tr("Channel name (e.g. Atelier Lumière)"))
        self.channel_title.setAccessibleName(self.tr("Channel name"))
        self.channel_title.setMaxLength(128)
        self.channel_description = QPlainTextEdit()
        self.channel_description.setPlaceholderText(self.tr("What you stream: fittings, runway, studio days…"))
        self.channel_description.setAccessibleName(self.tr("Channel description"))
        self.channel_description.setFixedHeight(90)
        self.create_button = widgets.primary_button(self.tr("Create channel"))
        self.create_button.clicked.connect(self._on_create_clicked)
        self.studio_button = widgets.primary_button(self.tr("Open the studio to go live"))
        self.studio_button.clicked.connect(self._back_to_studio)
        self.channel_status = widgets.status_label()
        mine.body.addWidget(self.channel_title)
        mine.body.addWidget(self.channel_description)
        mine.body.addWidget(self.create_button)
        mine.body.addWidget(self.studio_button)
        mine.body.addWidget(self.channel_status)
        mine.body.addStretch(1)
        outer.addWidget(mine)
        return home

    def _show_channel_card(self) -> None:
        has = self.channel is not None
        self.channel_title.setVisible(not has)
        self.channel_description.setVisible(not has)
        self.create_button.setVisible(not has)
        self.studio_button.setVisible(has)
        if self.channel is not None:
            self.studio_button.setText(
                self.tr("Back to the studio") if self.channel.live else self.tr("Open the studio to go live")
            )
            state = self.tr("on air now") if self.channel.live else self.tr("off air")
            self.mine_text.setText(
                f"<b>{self.channel.title}</b><br>{self.channel.description}<br>"
                + self.tr("Announced on chain, %1 (proven at block %2).")
                .replace("%1", state)
                .replace("%2", f"{self.channel.proven_height:,}")
            )
        else:
            self.mine_text.setText(
                self.tr(
                    "Stream fittings, shows and studio days to your followers. A channel is announced on the chain "
                    "with its own key, kept encrypted in your profile; every part of your stream is signed with it."
                )
            )

    def _show_channels(self) -> None:
        while self.channel_rows.count():
            item = self.channel_rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: deleteLater acts only when the loop gets back to Qt
                widget.deleteLater()
        on_air = self.directory.live()
        if self.directory.error:
            self.on_air_note.setText(self.directory.error)
        elif not on_air:
            self.on_air_note.setText(
                self.tr("No one is live right now. Channels appear here as soon as the chain says they went live.")
            )
        else:
            self.on_air_note.setText(
                self.tr("%n on air · read from verified blocks, each channel proven.", "", len(on_air))
            )
        for channel in on_air:
            self.channel_rows.addWidget(self._channel_row(channel))
        if self.shop_panel is not None:
            self.shop_panel.refresh()  # the pins may have changed with the channel's record
        if self.channel_key is not None:
            mine = self.directory.channels.get(self.channel_key.public_key.raw)
            if mine is not None and mine != self.channel:
                self.channel = mine
                self._show_channel_card()

    def _channel_row(self, channel: LiveChannel) -> QWidget:
        row = QWidget()
        row.setObjectName("Row")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 4, 0, 4)
        badge = QLabel(self.tr("LIVE"))
        badge.setStyleSheet(
            "QLabel { background: #da1e28; color: white; border-radius: 4px; padding: 2px 6px; font-weight: 600; }"
        )
        badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout.addWidget(badge, 0, Qt.AlignmentFlag.AlignVCenter)
        text = QVBoxLayout()
        text.setSpacing(2)
        title = QLabel(f"<b>{channel.shown_title}</b>")
        title.setTextFormat(Qt.TextFormat.RichText)
        owner = SocialService.of(self.session).name_of(channel.owner)
        mine = self.channel_key is not None and channel.channel_key == self.channel_key.public_key.raw
        by = self.tr("you") if mine else owner
        detail = widgets.subtle(
            self.tr("%1 · %2 · live since block %3 · %n pinned", "", len(channel.pinned_listings))
            .replace("%1", channel.title)
            .replace("%2", by)
            .replace("%3", f"{channel.live_since_height:,}")
        )
        text.addWidget(title)
        text.addWidget(detail)
        layout.addLayout(text, 1)
        if mine:
            studio = widgets.button(self.tr("Studio"))
            studio.setAccessibleName(self.tr("Back to your studio"))
            studio.clicked.connect(self._back_to_studio)
            layout.addWidget(studio)
        else:
            watch = widgets.primary_button(self.tr("Watch"))
            watch.setAccessibleName(self.tr("Watch %1").replace("%1", channel.shown_title))
            watch.clicked.connect(lambda _=False, c=channel: self.watch(c))
            layout.addWidget(watch)
        return row

    def _back_to_studio(self) -> None:
        if self.view is not None and self.view.broadcast is not None:
            self.stack.setCurrentWidget(self.stage)  # live: the studio is still there
            return
        try:
            self.open_studio()
        except MediaError as exc:
            self._channel_error(str(exc))

    # The network

    def _on_session_change(self, what: str) -> None:
        if what != "network" or self._directory_task is not None:
            return
        if getattr(self.session.network, "client", None) is None:
            return
        self._directory_task = self.session.spawn(self.directory.run(self._wake))
        if self.channel_key is not None:
            _spawn(self.session, self._load_own_channel(), self._channel_error)

    async def _load_own_channel(self) -> None:
        assert self.channel_key is not None
        await self.session.network.wait_ready(300.0)
        channel = await self.directory.prove(self.channel_key.public_key.raw)
        self.channel = channel
        self._show_channel_card()
        if channel is not None and channel.live and (self.view is None or self.view.broadcast is None):
            # The app closed while live: the chain still says so. Say the stream ended.
            await act(self.session, A.Stream(channel.channel_key, channel.stream_title, 0, ()))
            await self.directory.prove(channel.channel_key)
            self._show_channels()

    @property
    def relay_url(self) -> str:
        urls = self.session.network.node_urls
        if not urls:
            raise MediaError("No node is connected; live streaming waits for the network.")
        return str(urls[0])

    # Your channel

    def _on_create_clicked(self) -> None:
        title = self.channel_title.text().strip()
        if not title:
            self._channel_error(self.tr("Give your channel a name."))
            return
        self.create_button.setEnabled(False)
        self.channel_status.setText(self.tr("Announcing your channel on the chain…"))
        widgets.set_role(self.channel_status, "subtle")
        _spawn(self.session, self.create_channel(title, self.channel_description.toPlainText().strip()),
               self._channel_error)  # fmt: skip

    async def create_channel(self, title: str, description: str) -> LiveChannel:
        """Announce a channel with a fresh key (kept in the encrypted profile) and prove it."""
        self.channel_status.setText(self.tr("Announcing your channel on the chain…"))
        widgets.set_role(self.channel_status, "subtle")
        try:
            settings = self.session.profile.settings
            key = self.channel_key
            if key is None:
                key = await asyncio.to_thread(new_channel_key, settings)
            self.channel_key = key
            try:
                payload = A.Channel(key.public_key.raw, title, description)
                A.Channel.decode(payload.encode())
            except ProtocolError as exc:
                raise MediaError(f"This channel cannot be announced: {exc}") from exc
            await act(self.session, payload)
            channel = await self.directory.prove(key.public_key.raw)
        finally:
            self.create_button.setEnabled(True)
        if channel is None:
            raise MediaError("The chain did not record the channel; try again.")
        self.channel = channel
        self.channel_status.setText(self.tr("✓ Your channel is on the chain."))
        widgets.set_role(self.channel_status, "verified")
        self._show_channel_card()
        return channel

    def _channel_error(self, text: str) -> None:
        self.channel_status.setText(text)
        widgets.set_role(self.channel_status, "error")

    # The stage (studio or watching)

    def _new_view(self) -> LiveView:
        self._close_view()
        social = SocialService.of(self.session)
        view = LiveView(
            broadcast_factory=self._make_broadcast,
            author=self.session.key,
            name_for=lambda author: social.name_of(actor_id(author)),
        )
        self.view = view
        self.stage_body.addWidget(view)
        self.stage_status.setText("")
        self.stack.setCurrentWidget(self.stage)
        return view

    def _close_view(self) -> None:
        view, self.view, self.shop_panel = self.view, None, None
        if view is None:
            return
        if view.receiver is not None:
            # The view goes once the connection is closed: its timer and player are still in use until then.
            _spawn(self.session, self._leave(view), self._stage_error)
            return
        view.player.close_media()
        self.stage_body.removeWidget(view)
        view.deleteLater()

    def _add_shop(self, view: LiveView, channel_key: bytes) -> None:
        if self.market is None:
            return
        panel = LiveShopPanel(LiveShop(self.market, channel_key))
        view.add_side(panel)
        self.shop_panel = panel

    def open_studio(self) -> LiveView:
        """The streamer's screen for the user's channel."""
        if self.channel is None or self.channel_key is None:
            raise MediaError("Create your channel first.")
        if self.view is not None and self.view.broadcast is not None:
            self.stack.setCurrentWidget(self.stage)
            return self.view
        view = self._new_view()
        view.title.setText(self.channel.title)
        view.title_edit.setText(self.channel.stream_title or self.channel.title)
        view.started.connect(lambda: _spawn(self.session, self._announce(True), self._stage_error))
        view.stopped.connect(lambda recording: _spawn(self.session, self._ended(recording), self._stage_error))
        view.failed.connect(self._stage_error)
        self.pins = self.channel.pinned_listings
        self.pin_button.setVisible(self.market is not None)
        self._add_shop(view, self.channel_key.public_key.raw)
        return view

    def _make_broadcast(self, request: GoLive) -> LiveBroadcast:
        assert self.channel_key is not None
        record_to = None
        if request.record:
            stamp = time.strftime("%Y%m%d-%H%M%S")
            record_to = Path(self.session.profile.directory) / "recordings" / f"live-{stamp}.ts"
        return LiveBroadcast(
            self.http(),
            self.relay_url,
            self.channel_key,
            settings=self.settings,
            record_to=record_to,
            preview_size=(640, 360),
        )

    async def _announce(self, live: bool) -> None:
        assert self.channel_key is not None
        title = self.view.request().title if self.view is not None else ""
        pins = self.pins if live else ()
        await act(self.session, A.Stream(self.channel_key.public_key.raw, title[:128], int(live), pins))
        self.channel = await self.directory.prove(self.channel_key.public_key.raw)
        self._show_channel_card()
        self._show_channels()
        if self.shop_panel is not None:
            self.shop_panel.refresh()
        self.stage_status.setText(self.tr("On air: announced on the chain.") if live else self.tr("Stream ended."))
        widgets.set_role(self.stage_status, "verified" if live else "subtle")

    async def _ended(self, recording: Path | None) -> None:
        await self._announce(False)
        if recording is None or self.post_recording is None:
            return
        title = self.channel.shown_title if self.channel is not None else "Live"
        self.stage_status.setText(self.tr("Stream ended. Saving the recording as a video post…"))
        widgets.set_role(self.stage_status, "subtle")
        await self.post_recording(recording, title)
        self.stage_status.setText(self.tr("✓ The recording is posted."))
        widgets.set_role(self.stage_status, "verified")
        await asyncio.to_thread(recording.unlink, missing_ok=True)

    def _on_pin_clicked(self) -> None:
        _spawn(self.session, self._choose_pins(), self._stage_error)

    async def _choose_pins(self) -> None:
        if self.market is None or self.channel_key is None:
            return
        page = await self.market.my_listings()
        active = [e for e in page.items if int(e.status) == int(A.ListingStatus.ACTIVE)]
        dialog = PinDialog(active, self.pins, self)
        dialog.accepted.connect(lambda: _spawn(self.session, self.pin(dialog.chosen()), self._stage_error))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    async def pin(self, listings: list[bytes]) -> None:
        """Pin `listings` to the stream (sent at once when live, else with the next go-live)."""
        assert self.channel_key is not None
        self.pins = tuple(listings)
        live = self.view is not None and self.view.broadcast is not None
        if live:
            title = self.view.request().title if self.view is not None else ""
            await self.market.act(pin_payload(self.channel_key.public_key.raw, title, self.pins), "Pinning")
            self.channel = await self.directory.prove(self.channel_key.public_key.raw)
        if self.shop_panel is not None:
            self.shop_panel.refresh()
        self.stage_status.setText(
            self.tr("%n listings pinned.", "", len(self.pins))
            if live
            else self.tr("%n listings will be pinned when you go live.", "", len(self.pins))
        )
        widgets.set_role(self.stage_status, "subtle")

    def watch(self, channel: LiveChannel) -> LiveView:
        """Watch someone's channel: the player, the chat, the viewer count and the shop."""
        if self.view is not None and self.view.broadcast is not None:
            self.stack.setCurrentWidget(self.stage)
            self._stage_error(self.tr("End your stream before watching another."))
            return self.view
        view = self._new_view()
        self.pin_button.hide()
        receiver = LiveReceiver(self.http(), self.relay_url, channel.channel_key)
        self._add_shop(view, channel.channel_key)

        async def start() -> None:
            await view.watch(receiver, channel.shown_title)
            await receiver.first_part.wait()
            self.watching.emit(channel.channel_key)

        _spawn(self.session, start(), self._stage_error)
        return view

    def _stage_error(self, text: str) -> None:
        self.stage_status.setText(text)
        widgets.set_role(self.stage_status, "error")

    def _on_back(self) -> None:
        view = self.view
        if view is not None and view.broadcast is not None:
            self._stage_error(self.tr("End the stream before leaving the studio."))
            return
        self.stack.setCurrentWidget(self.home)
        self._close_view()

    async def _leave(self, view: LiveView) -> None:
        try:
            await view.stop_watching()
        finally:
            self.stage_body.removeWidget(view)
            view.deleteLater()

    async def aclose(self) -> None:
        if self._directory_task is not None:
            self._directory_task.cancel()
        view = self.view
        if view is not None:
            with contextlib.suppress(Exception):
                if view.broadcast is not None:
                    await view.broadcast.stop()
                    view.broadcast = None
                if view.receiver is not None:
                    await view.stop_watching()
        await self.http.close()
