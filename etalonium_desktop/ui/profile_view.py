"""The profile section: the public profile, reputation with its history, skills claimed and endorsed."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from etalonium_desktop.onboarding import ROLE_LABELS, role_label
from etalonium_desktop.session import Session
from etalonium_desktop.ui import theme, widgets
from lightnode.errors import LightClientError, NoProvidersError, ProviderError
from lightnode.protocol import state as S
from lightnode.protocol.actions import Endorsement, Profile, Role, SkillClaim
from lightnode.protocol.address import decode_address
from lightnode.protocol.errors import AddressError, ProtocolError
from lightnode.store import OutboxStatus

_SAMPLES_KEY = "profile.reputation_samples"
_SKILLS_KEY = "profile.skills"
_MAX_SAMPLES = 500


@dataclass(frozen=True, slots=True)
class SkillRow:
    name: str
    endorsements: int
    score: int
    height: int


def _signed(value: int) -> str:
    """A count with its sign always shown (+3, -2), digits grouped as the interface language does."""
    return ("+" if value >= 0 else "") + QLocale().toString(value)


class ReputationChart(QChartView):
    """Reputation score over verified heights."""

    def __init__(self) -> None:
        chart = QChart()
        chart.legend().hide()
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(0, 0, 0, 0))
        self.series = QLineSeries()
        pen = QPen(QColor("#8a3ffc"))
        pen.setWidth(2)
        self.series.setPen(pen)
        chart.addSeries(self.series)
        # Points too, so that a history of one sample is visible rather than an empty plot.
        self.points = QScatterSeries()
        self.points.setMarkerSize(8)
        self.points.setColor(QColor("#8a3ffc"))
        self.points.setBorderColor(QColor("#8a3ffc"))
        chart.addSeries(self.points)
        self.x_axis = QValueAxis()
        self.x_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.x_axis.setTitleText(self.tr("height"))
        self.x_axis.setLabelFormat("%d")
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%d")
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.series, self.points):
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
        super().__init__(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(180)
        self.setAccessibleName(self.tr("Reputation history chart"))

    def set_samples(self, samples: list[tuple[int, int]]) -> None:
        self.series.clear()
        self.points.clear()
        for height, score in samples:
            self.series.append(height, score)
            self.points.append(height, score)
        if samples:
            lo_h, hi_h = samples[0][0] - 1, samples[-1][0] + 1
            self.x_axis.setRange(lo_h, hi_h)
            self.x_axis.setTickAnchor(lo_h)
            self.x_axis.setTickInterval(max(1, (hi_h - lo_h) // 4))
            scores = [s for _, s in samples]
            lo, hi = min(0, *scores), max(10, *scores)
            self.y_axis.setRange(lo, hi)
            self.y_axis.applyNiceNumbers()
        label_colour = theme.colour("muted")
        for axis in (self.x_axis, self.y_axis):
            axis.setLabelsColor(label_colour)
            axis.setTitleBrush(label_colour)


class ProfilePage(QScrollArea):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.setWidgetResizable(True)
        body = QWidget()
        self.setWidget(body)
        root = QVBoxLayout(body)
        root.setContentsMargins(28, 24, 28, 24)
        root.setSpacing(16)
        root.addWidget(widgets.title(self.tr("Profile")))
        grid = QGridLayout()
        grid.setSpacing(16)
        root.addLayout(grid)

        # -- the public profile -------------------------------------------------------------------------
        card = widgets.Card()
        card.body.addWidget(widgets.subtle(self.tr("Public profile")))
        self.name = QLabel("—")
        self.name.setObjectName("PageTitle")
        self.name.setAccessibleName(self.tr("Display name"))
        card.body.addWidget(self.name)
        self.role_line = widgets.subtle("")
        card.body.addWidget(self.role_line)
        self.bio = QLabel("")
        self.bio.setWordWrap(True)
        card.body.addWidget(self.bio)
        self.profile_proof = widgets.status_label("", "subtle")
        card.body.addWidget(self.profile_proof)
        form = QFormLayout()
        self.edit_name = QLineEdit()
        self.edit_name.setMaxLength(64)
        self.edit_name.setAccessibleName(self.tr("Edit display name"))
        self.edit_role = QComboBox()
        self.edit_role.setAccessibleName(self.tr("Edit role"))
        for role in ROLE_LABELS:
            self.edit_role.addItem(role_label(role), int(role))
        self.edit_region = QLineEdit()
        self.edit_region.setMaxLength(64)
        self.edit_region.setAccessibleName(self.tr("Region"))
        self.edit_bio = QPlainTextEdit()
        self.edit_bio.setFixedHeight(70)
        self.edit_bio.setAccessibleName(self.tr("Bio"))
        self.edit_links = QLineEdit()
        self.edit_links.setPlaceholderText(self.tr("portfolio or social links, separated by spaces"))
        self.edit_links.setAccessibleName(self.tr("Links"))
        form.addRow(self.tr("Name"), self.edit_name)
        form.addRow(self.tr("Role"), self.edit_role)
        form.addRow(self.tr("Region"), self.edit_region)
        form.addRow(self.tr("Bio"), self.edit_bio)
        form.addRow(self.tr("Links"), self.edit_links)
        card.body.addLayout(form)
        row = QHBoxLayout()
        self.profile_status = widgets.status_label("", "subtle")
        row.addWidget(self.profile_status, 1)
        self.save_button = widgets.primary_button(self.tr("Publish profile"))
        row.addWidget(self.save_button)
        card.body.addLayout(row)
        card.body.addStretch(1)
        grid.addWidget(card, 0, 0, 2, 1)

        # -- reputation ------------------------------------------------------------------------------------
        rep = widgets.Card()
        rep.body.addWidget(widgets.subtle(self.tr("Reputation")))
        self.score = QLabel("—")
        self.score.setObjectName("BigAmount")
        self.score.setAccessibleName(self.tr("Reputation score"))
        rep.body.addWidget(self.score)
        self.breakdown = widgets.subtle("")
        rep.body.addWidget(self.breakdown)
        self.rep_proof = widgets.status_label("", "subtle")
        rep.body.addWidget(self.rep_proof)
        self.chart = ReputationChart()
        rep.body.addWidget(self.chart)
        grid.addWidget(rep, 0, 1)

        # -- skills -----------------------------------------------------------------------------------------
        skills = widgets.Card()
        skills.body.addWidget(widgets.subtle(self.tr("Skills")))
        self.skill_list = QListWidget()
        self.skill_list.setAccessibleName(self.tr("Your skills"))
        self.skill_list.setMinimumHeight(90)
        self.skill_list.setMaximumHeight(150)
        skills.body.addWidget(self.skill_list)
        claim_row = QHBoxLayout()
        self.claim_name = QLineEdit()
        self.claim_name.setPlaceholderText(self.tr("e.g. runway modelling, pattern cutting"))
        self.claim_name.setMaxLength(64)
        self.claim_name.setAccessibleName(self.tr("Skill to claim"))
        self.claim_button = widgets.button(self.tr("Claim skill"))
        claim_row.addWidget(self.claim_name, 1)
        claim_row.addWidget(self.claim_button)
        skills.body.addLayout(claim_row)
        skills.body.addWidget(widgets.subtle(self.tr("Endorse someone else's skill")))
        endorse_row = QHBoxLayout()
        self.endorse_address = QLineEdit()
        self.endorse_address.setPlaceholderText(self.tr("exc1… address"))
        self.endorse_address.setAccessibleName(self.tr("Address to endorse"))
        self.endorse_skill = QLineEdit()
        self.endorse_skill.setPlaceholderText(self.tr("skill"))
        self.endorse_skill.setAccessibleName(self.tr("Skill to endorse"))
        # Wide enough for its hint in every language (French and Russian words are longer).
        hint = self.endorse_skill.fontMetrics().horizontalAdvance(self.endorse_skill.placeholderText())
        self.endorse_skill.setMinimumWidth(hint + 28)
        self.endorse_button = widgets.button(self.tr("Endorse"))
        endorse_row.addWidget(self.endorse_address, 2)
        endorse_row.addWidget(self.endorse_skill, 1)
        endorse_row.addWidget(self.endorse_button)
        skills.body.addLayout(endorse_row)
        self.skill_status = widgets.status_label("", "subtle")
        skills.body.addWidget(self.skill_status)
        grid.addWidget(skills, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        root.addStretch(1)

        self.save_button.clicked.connect(lambda: session.spawn(self.publish()))
        self.claim_button.clicked.connect(lambda: session.spawn(self.claim()))
        self.endorse_button.clicked.connect(lambda: session.spawn(self.endorse()))
        session.network.on_header(lambda _h: session.spawn(self.refresh()))
        session.on_change(lambda what: session.spawn(self.refresh()) if what == "profile" else None)

    # -- showing proven data -------------------------------------------------------------------------------
    async def refresh(self) -> None:
        queries = self.session.network.queries
        if queries is None:
            return
        try:
            profile = await queries.profile(self.session.actor)
            reputation = await queries.reputation(self.session.actor)
            names = await asyncio.to_thread(self.session.profile.settings.get_json, _SKILLS_KEY, [])
            skills = [await queries.skill(self.session.actor, name) for name in names]
        except (ProviderError, NoProvidersError):
            return
        except LightClientError as exc:
            self.profile_proof.setText(
                self.tr("A node sent data that failed verification and was not shown: {reason}").format(reason=exc)
            )
            widgets.set_role(self.profile_proof, "error")
            return
        if profile.value is not None:
            self.show_profile(profile.value, profile.height)
        else:
            settings = self.session.profile.settings
            name = await asyncio.to_thread(settings.get, "profile.display_name", "")
            role = await asyncio.to_thread(settings.get, "profile.role", int(Role.MODEL))
            self.name.setText(name)
            self.role_line.setText(role_label(Role(role)) if role in set(ROLE_LABELS) else "")
            self.profile_proof.setText(self.tr("Not published on the chain yet: publish it so others can find you."))
            widgets.set_role(self.profile_proof, "stale")
            if not self.edit_name.text():
                self.edit_name.setText(name)
                self.edit_role.setCurrentIndex(max(0, self.edit_role.findData(role)))
        rep = reputation.value
        self.show_reputation(rep, reputation.height)
        if rep is not None:
            samples = await self._record_sample(reputation.height, rep.score)
            self.chart.set_samples(samples)
        self.show_skills(
            [SkillRow(s.value.skill, s.value.endorsements, s.value.score, s.height) for s in skills if s.value]
        )

    def show_profile(self, record: S.ProfileRecord, height: int) -> None:
        self.name.setText(record.display_name)
        region = f" · {record.region}" if record.region else ""
        self.role_line.setText(f"{role_label(Role(record.role))}{region}")
        links = "".join(f"<br><a href='{link}'>{link}</a>" for link in record.links)
        self.bio.setText((record.bio or "") + links)
        self.profile_proof.setText(
            self.tr("✔ Verified by proof at height {height}").format(height=QLocale().toString(height))
        )
        widgets.set_role(self.profile_proof, "verified")
        if not self.edit_name.hasFocus() and not self.edit_name.text():
            self.edit_name.setText(record.display_name)
            self.edit_role.setCurrentIndex(self.edit_role.findData(int(record.role)))
            self.edit_region.setText(record.region)
            self.edit_bio.setPlainText(record.bio)
            self.edit_links.setText(" ".join(record.links))

    def show_reputation(self, rep: S.Reputation | None, height: int) -> None:
        if rep is None:
            self.score.setText(QLocale().toString(0))
            self.breakdown.setText(self.tr("No reputation yet: post work, get endorsed, complete orders."))
        else:
            locale = QLocale()
            self.score.setText(locale.toString(rep.score))
            self.breakdown.setText(
                self.tr("Votes {votes} · endorsements {endorsements} · work {work} · ratings {ratings}").format(
                    votes=_signed(rep.votes),
                    endorsements=locale.toString(rep.endorsements),
                    work=locale.toString(rep.work),
                    ratings=_signed(rep.ratings),
                )
            )
        self.rep_proof.setText(
            self.tr("✔ Verified by proof at height {height}").format(height=QLocale().toString(height))
        )
        widgets.set_role(self.rep_proof, "verified")

    def show_skills(self, rows: list[SkillRow]) -> None:
        self.skill_list.clear()
        for r in rows:
            self.skill_list.addItem(
                self.tr("{skill} — %n endorsement(s), score {score} ✔", "", r.endorsements).format(
                    skill=r.name, score=QLocale().toString(r.score)
                )
            )
        if not rows:
            self.skill_list.addItem(self.tr("No skills claimed yet."))

    async def _record_sample(self, height: int, score: int) -> list[tuple[int, int]]:
        settings = self.session.profile.settings
        samples = [(int(h), int(s)) for h, s in await asyncio.to_thread(settings.get_json, _SAMPLES_KEY, [])]
        # A new point when the score moved, or now and then (every 50 blocks) to extend the line.
        newer = not samples or samples[-1][0] < height
        if newer and (not samples or samples[-1][1] != score or height - samples[-1][0] > 50):
            samples = [*samples, (height, score)][-_MAX_SAMPLES:]
            await asyncio.to_thread(settings.set_json, _SAMPLES_KEY, samples)
        return samples

    # -- acting ----------------------------------------------------------------------------------------------
    async def _act(self, status: QLabel, payload: object, done: str) -> bool:
        try:
            report = await self.session.submit(payload)  # type: ignore[arg-type]
            status.setText(self.tr("Sent; waiting for a block…"))
            widgets.set_role(status, "subtle")
            final = await self.session.wait(report.action_id, timeout_s=120)
        except (LightClientError, ProtocolError, TimeoutError) as exc:
            status.setText(self.tr("Could not send it: {reason}").format(reason=exc))
            widgets.set_role(status, "error")
            return False
        if final.status is OutboxStatus.INCLUDED:
            status.setText(done)
            widgets.set_role(status, "verified")
            await self.refresh()
            return True
        status.setText(self.tr("Refused by the chain: {reason}").format(reason=final.reason or final.status.value))
        widgets.set_role(status, "error")
        return False

    async def publish(self) -> None:
        name = self.edit_name.text().strip()
        if not name:
            self.profile_status.setText(self.tr("Your profile needs a display name."))
            widgets.set_role(self.profile_status, "error")
            return
        links = tuple(x for x in self.edit_links.text().split() if x)[:8]
        try:
            payload = Profile(
                name, int(self.edit_role.currentData()), self.edit_bio.toPlainText()[:1000],
                links, self.edit_region.text().strip(), b"", self.session.messenger_key(),
            )  # fmt: skip
            payload.validate()
        except ProtocolError as exc:
            self.profile_status.setText(str(exc))
            widgets.set_role(self.profile_status, "error")
            return
        await self._act(self.profile_status, payload, self.tr("✔ Published and verified."))

    async def claim(self) -> None:
        name = self.claim_name.text().strip()
        if not name:
            return
        if await self._act(
            self.skill_status, SkillClaim(name, ""), self.tr("✔ Skill “{skill}” claimed.").format(skill=name)
        ):
            settings = self.session.profile.settings
            names = await asyncio.to_thread(settings.get_json, _SKILLS_KEY, [])
            if S.slug(name) not in {S.slug(n) for n in names}:
                await asyncio.to_thread(settings.set_json, _SKILLS_KEY, [*names, name])
            self.claim_name.clear()
            await self.refresh()

    async def endorse(self) -> None:
        try:
            target = decode_address(self.endorse_address.text())
        except AddressError as exc:
            self.skill_status.setText(f"{exc}.")
            widgets.set_role(self.skill_status, "error")
            return
        skill = self.endorse_skill.text().strip()
        if not skill:
            self.skill_status.setText(self.tr("Name the skill to endorse."))
            widgets.set_role(self.skill_status, "error")
            return
        await self._act(
            self.skill_status, Endorsement(target, skill, b"", ""), self.tr("✔ Endorsed “{skill}”.").format(skill=skill)
        )
