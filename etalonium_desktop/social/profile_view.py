"""Anyone's public profile: the displayed reputation with its breakdown, the milestone badges, the skills
others endorsed (endorse them here), and the portfolio of their posts; every figure proven."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from etalonium_desktop.ui import i18n, widgets
from lightnode.protocol import state as S
from lightnode.protocol.address import encode_address

from .feed_view import ThumbnailLoader
from .reputation import BADGE_GLYPHS, badge_name, badge_title, breakdown
from .service import SocialError, SocialService

PORTFOLIO_ICON = 150


class ActorProfileView(QScrollArea):
    def __init__(
        self,
        session: Any,
        service: SocialService,
        actor: bytes,
        loader: ThumbnailLoader,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.service = service
        self.actor = actor
        self.loader = loader
        self.tasks: set[asyncio.Future[Any]] = set()
        self.skill_rows: dict[str, Any] = {}
        self.setWidgetResizable(True)
        body = QWidget()
        self.setWidget(body)
        root = QVBoxLayout(body)
        root.setContentsMargins(24, 20, 24, 20)
        root.setSpacing(14)
        grid = QGridLayout()
        grid.setSpacing(14)
        root.addLayout(grid)

        who = widgets.Card()
        self.name = QLabel("—")
        self.name.setObjectName("PageTitle")
        self.name.setAccessibleName(self.tr("Name"))
        who.body.addWidget(self.name)
        self.role = widgets.subtle("")
        who.body.addWidget(self.role)
        self.bio = QLabel("")
        self.bio.setWordWrap(True)
        who.body.addWidget(self.bio)
        self.address = widgets.subtle(encode_address(actor))
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        who.body.addWidget(self.address)
        self.follow_button = widgets.button(self.tr("Follow"))
        self.follow_button.setVisible(actor != service.me)
        who.body.addWidget(self.follow_button, 0, Qt.AlignmentFlag.AlignLeft)
        who.body.addStretch(1)
        grid.addWidget(who, 0, 0)

        rep = widgets.Card()
        rep.body.addWidget(widgets.subtle(self.tr("Reputation")))
        line = QHBoxLayout()
        self.score = QLabel("25")
        self.score.setObjectName("BigAmount")
        self.score.setAccessibleName(self.tr("Displayed reputation"))
        line.addWidget(self.score)
        self.raw = widgets.subtle("")
        line.addWidget(self.raw, 1)
        rep.body.addLayout(line)
        self.breakdown = QLabel("")
        self.breakdown.setWordWrap(True)
        self.breakdown.setAccessibleName(self.tr("Where the reputation came from"))
        rep.body.addWidget(self.breakdown)
        self.badges = QLabel("")
        self.badges.setWordWrap(True)
        self.badges.setAccessibleName(self.tr("Badges"))
        rep.body.addWidget(self.badges)
        self.proof = widgets.status_label("", "verified")
        rep.body.addWidget(self.proof)
        grid.addWidget(rep, 0, 1)

        skills = widgets.Card()
        skills.body.addWidget(widgets.subtle(self.tr("Skills, endorsed by others")))
        self.skill_list = QVBoxLayout()
        skills.body.addLayout(self.skill_list)
        self.claim_row = QHBoxLayout()
        self.claim_name = QLineEdit()
        self.claim_name.setPlaceholderText(self.tr("Claim a skill: runway modelling, pattern cutting…"))
        self.claim_name.setMaxLength(64)
        self.claim_name.setAccessibleName(self.tr("Skill to claim"))
        self.claim_button = widgets.button(self.tr("Claim"))
        self.claim_row.addWidget(self.claim_name, 1)
        self.claim_row.addWidget(self.claim_button)
        if actor == service.me:
            skills.body.addLayout(self.claim_row)
        else:
            self.claim_name.setVisible(False)
            self.claim_button.setVisible(False)
        self.status = widgets.status_label("", "subtle")
        skills.body.addWidget(self.status)
        grid.addWidget(skills, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        root.addWidget(widgets.subtle(self.tr("Portfolio")))
        self.portfolio = QListWidget()
        self.portfolio.setViewMode(QListView.ViewMode.IconMode)
        self.portfolio.setIconSize(QSize(PORTFOLIO_ICON, PORTFOLIO_ICON))
        self.portfolio.setGridSize(QSize(PORTFOLIO_ICON + 24, PORTFOLIO_ICON + 44))
        self.portfolio.setResizeMode(QListView.ResizeMode.Adjust)
        self.portfolio.setMovement(QListView.Movement.Static)
        self.portfolio.setWordWrap(True)
        self.portfolio.setMinimumHeight(PORTFOLIO_ICON + 60)
        self.portfolio.setAccessibleName(self.tr("Portfolio"))
        root.addWidget(self.portfolio, 1)

        self.follow_button.clicked.connect(lambda: self._run(self.toggle_follow()))
        self.claim_button.clicked.connect(lambda: self._run(self.claim()))
        self.portfolio.itemActivated.connect(self._open_item)
        self.portfolio.itemClicked.connect(self._open_item)
        # A bound method, not a lambda: Qt drops the connection when this dialog is deleted on close.
        loader.ready.connect(self._on_media_ready)
        service.on_change(self._on_service_change, self)
        self.display()
        self._run(self.refresh())

    def _run(self, coro: Awaitable[Any]) -> asyncio.Future[Any]:
        task: asyncio.Future[Any] = self.session.spawn(coro)
        if not self.tasks:
            # Work still running when the widget goes away must not touch it.
            tasks = self.tasks
            self.destroyed.connect(lambda *_: [t.cancel() for t in list(tasks)])
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        return task

    def _on_service_change(self, what: str) -> None:
        if what in ("profile", "posts") and self.isVisible():
            self.display()

    async def refresh(self) -> None:
        """Prove the profile, reputation, badges and skills now."""
        try:
            await self.service._prove_actor(self.actor)
            await self.service.prove_skills(self.actor)
        except Exception as exc:  # shown as a sentence; the last proven figures stay
            self.status.setText(self.tr("Could not prove the latest figures: {reason}").format(reason=exc))
            widgets.set_role(self.status, "stale")
        self.display()

    def display(self) -> None:
        """Show what is proven now."""
        service = self.service
        profile = service.profiles.get(self.actor)
        self.name.setText(service.name_of(self.actor))
        if profile is not None:
            from etalonium_desktop.onboarding import ROLE_LABELS, role_label
            from lightnode.protocol.actions import Role

            region = f" · {profile.region}" if profile.region else ""
            role = Role(profile.role)
            self.role.setText((role_label(role) if role in ROLE_LABELS else "") + region)
            self.bio.setText(profile.bio)
        self.follow_button.setText(self.tr("Following ✔") if self.actor in service.follows else self.tr("Follow"))
        reputation = service.reputations.get(self.actor, S.EMPTY_REPUTATION)
        result = breakdown(reputation)
        self.score.setText(QLocale().toString(result.shown, "f", 1))
        raw = ("+" if reputation.score > 0 else "") + i18n.number(reputation.score)
        self.raw.setText(self.tr("{points} points on the chain").format(points=raw))
        self.breakdown.setText("\n".join(result.lines()))
        badges = service.badges.get(self.actor)
        if badges and badges.badges:
            self.badges.setText(
                "   ".join(f"{BADGE_GLYPHS.get(b.badge, '')} {badge_name(b.badge)}" for b in badges.badges)  # type: ignore[call-overload]
            )
            self.badges.setToolTip(
                "\n".join(
                    self.tr("{badge} — minted at height {height}").format(
                        badge=badge_title(b.badge), height=i18n.number(b.height)
                    )
                    for b in badges.badges
                )
            )
        else:
            self.badges.setText(self.tr("No badges yet: they are minted when a milestone is reached."))
        self.proof.setText(
            self.tr("✔ Verified by proof against the chain") if self.actor in service.reputations else ""
        )
        self.show_skills()
        self.show_portfolio()

    def show_skills(self) -> None:
        while self.skill_list.count():
            item = self.skill_list.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.skill_rows.clear()
        names = self.service.skill_names.get(self.actor, [])
        for name in names:
            record = self.service.skills.get((self.actor, S.slug(name)))
            row = QWidget()
            row.setObjectName("Row")
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            if record is None:
                text = self.tr("{skill} — not proven yet").format(skill=name)
            else:
                text = (
                    f"{record.skill} — "
                    + self.tr("%n endorsement(s)", "", record.endorsements)
                    + ", "
                    + self.tr("{points} points of trust").format(points=i18n.number(record.score))
                )
            label = QLabel(text)
            line.addWidget(label, 1)
            if self.actor != self.service.me:
                button = widgets.button(self.tr("Endorse"))
                button.setAccessibleName(self.tr("Endorse {skill}").format(skill=name))
                button.clicked.connect(lambda _=False, n=name: self._run(self.endorse(n)))
                line.addWidget(button)
            self.skill_rows[S.slug(name)] = row
            self.skill_list.addWidget(row)
        if not names:
            self.skill_list.addWidget(widgets.subtle(self.tr("No skills claimed yet.")))

    def _on_media_ready(self, _media: object) -> None:
        self.show_portfolio()

    def show_portfolio(self) -> None:
        posts = self.service.posts_by(self.actor)
        self.portfolio.clear()
        for proven in posts[:60]:
            r = proven.record
            item = QListWidgetItem(r.text[:40] + ("…" if len(r.text) > 40 else ""))
            item.setData(Qt.ItemDataRole.UserRole, proven.post_id)
            image: QImage | None = self.loader.image(r.media[0]) if r.media else None
            item.setIcon(QIcon(self._icon(image, r.palette, "" if r.media else r.text)))
            item.setToolTip(
                f"▲ {i18n.number(r.up)} ▼ {i18n.number(r.down)} · "
                + self.tr("weight {score}").format(score=("+" if r.score > 0 else "") + i18n.number(r.score))
            )
            self.portfolio.addItem(item)

    @staticmethod
    def _icon(image: QImage | None, palette: tuple[int, ...], text: str = "") -> QPixmap:
        if image is not None:
            scaled = QPixmap.fromImage(image).scaled(
                PORTFOLIO_ICON,
                PORTFOLIO_ICON,
                Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                Qt.TransformationMode.SmoothTransformation,
            )
            # A square tile, cut from the middle.
            x = (scaled.width() - PORTFOLIO_ICON) // 2
            y = (scaled.height() - PORTFOLIO_ICON) // 2
            return scaled.copy(x, y, PORTFOLIO_ICON, PORTFOLIO_ICON)
        pixmap = QPixmap(PORTFOLIO_ICON, PORTFOLIO_ICON)
        pixmap.fill(QColor(f"#{palette[0]:06x}") if palette else QColor("#cdb7f5"))
        if text:
            painter = QPainter(pixmap)
            painter.setPen(QColor(40, 30, 50, 220))
            font = painter.font()
            font.setPointSize(11)
            painter.setFont(font)
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
            painter.drawText(pixmap.rect().adjusted(12, 12, -12, -12), flags, text[:140])
            painter.end()
        return pixmap

    def _open_item(self, item: QListWidgetItem) -> None:
        post_id = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(post_id, bytes):
            from .post_dialog import PostDialog

            dialog = PostDialog(self.session, self.service, post_id, self.loader, self)
            widgets.delete_when_closed(dialog)
            dialog.open()

    async def _act(self, busy: str, done: str, action: Awaitable[Any]) -> bool:
        self.status.setText(busy)
        widgets.set_role(self.status, "subtle")
        try:
            await action
        except SocialError as exc:
            self.status.setText(str(exc))
            widgets.set_role(self.status, "error")
            return False
        self.status.setText(done)
        widgets.set_role(self.status, "verified")
        self.display()
        return True

    async def endorse(self, skill: str) -> bool:
        name = self.service.name_of(self.actor)
        return await self._act(
            self.tr("Endorsing…"),
            self.tr("✔ You endorsed {name}'s {skill}.").format(name=name, skill=skill),
            self.service.endorse(self.actor, skill),
        )

    async def claim(self) -> bool:
        name = self.claim_name.text().strip()
        if not name:
            return False
        ok = await self._act(
            self.tr("Claiming…"),
            self.tr("✔ Skill “{skill}” claimed.").format(skill=name),
            self.service.claim_skill(name),
        )
        if ok:
            self.claim_name.clear()
        return ok

    async def toggle_follow(self) -> bool:
        on = self.actor not in self.service.follows
        return await self._act(
            self.tr("Updating…"),
            self.tr("✔ Following.") if on else self.tr("✔ Unfollowed."),
            self.service.follow(self.actor, on),
        )


class ProfileDialog(QDialog):
    def __init__(
        self,
        session: Any,
        service: SocialService,
        actor: bytes,
        loader: ThumbnailLoader,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{name} — profile").format(name=service.name_of(actor)))
        self.resize(980, 720)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = ActorProfileView(session, service, actor, loader, self)
        layout.addWidget(self.view)
