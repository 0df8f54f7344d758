"""The DAO section: the community fund and reward pool, the proposals with their reputation-weighted tallies
against quorum and threshold, voting, and new proposals (a parameter, a validator, spending, or text)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from etalonium_desktop.ui import i18n, widgets
from etalonium_desktop.ui.i18n import QT_TRANSLATE_NOOP
from lightnode.protocol import actions as A
from lightnode.protocol import state as S
from lightnode.protocol.actions import Choice, ProposalKind
from lightnode.protocol.address import decode_address, encode_address
from lightnode.protocol.encoding import ONE_EXC
from lightnode.protocol.errors import AddressError, ProtocolError

from .ranking import exc_text
from .service import SocialError, SocialService

_KIND_TEXT = {
    ProposalKind.TEXT: QT_TRANSLATE_NOOP("DaoPage", "Statement"),
    ProposalKind.PARAMETER: QT_TRANSLATE_NOOP("DaoPage", "Rule change"),
    ProposalKind.VALIDATOR: QT_TRANSLATE_NOOP("DaoPage", "Validator change"),
    ProposalKind.SPEND: QT_TRANSLATE_NOOP("DaoPage", "Spending from the fund"),
}
_STATUS_TEXT = {
    S.ProposalStatus.OPEN: QT_TRANSLATE_NOOP("DaoPage", "Open"),
    S.ProposalStatus.PASSED: QT_TRANSLATE_NOOP("DaoPage", "Passed"),
    S.ProposalStatus.REJECTED: QT_TRANSLATE_NOOP("DaoPage", "Rejected"),
}
#: How a ballot's choice is named in sentences.
_CHOICE_TEXT = {
    Choice.YES: QT_TRANSLATE_NOOP("DaoPage", "yes"),
    Choice.NO: QT_TRANSLATE_NOOP("DaoPage", "no"),
    Choice.ABSTAIN: QT_TRANSLATE_NOOP("DaoPage", "abstain"),
}
_BAR_TEXT = {
    "yes": QT_TRANSLATE_NOOP("DaoPage", "Yes"),
    "no": QT_TRANSLATE_NOOP("DaoPage", "No"),
    "abstain": QT_TRANSLATE_NOOP("DaoPage", "Abstain"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DaoPage", text)


def _percent(bps: int) -> str:
    return QLocale().toString(bps / 100, "g", 6)


def proposal_summary(record: S.ProposalRecord, params: S.Params) -> str:
    """What the proposal would do, in a sentence."""
    kind = ProposalKind(record.kind)
    if kind is ProposalKind.PARAMETER:
        current = params.get(record.parameter) if record.parameter in S.PARAMETERS else "?"
        return QCoreApplication.translate("DaoPage", "Set {parameter} from {current} to {value}.").format(
            parameter=record.parameter, current=current, value=record.value
        )
    if kind is ProposalKind.VALIDATOR:
        key = record.validator_key.hex()[:16] + "…"
        if record.validator_power == 0:
            return QCoreApplication.translate("DaoPage", "Remove the validator {key}").format(key=key)
        return QCoreApplication.translate("DaoPage", "Give voting power {power} to the validator {key}").format(
            power=record.validator_power, key=key
        )
    if kind is ProposalKind.SPEND:
        return QCoreApplication.translate("DaoPage", "Pay {amount} from the community fund to {address}.").format(
            amount=exc_text(record.amount), address=encode_address(record.recipient)
        )
    return QCoreApplication.translate("DaoPage", "A statement of the community; nothing is executed.")


def quorum_needed(record: S.ProposalRecord, params: S.Params) -> int:
    return -(-record.reputation_total * params.get("quorum_bps") // 10_000)


class ProposalDialog(QDialog):
    """A new proposal."""

    def __init__(self, session: Any, service: SocialService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.service = service
        self.task: asyncio.Future[Any] | None = None
        self.setWindowTitle(self.tr("New proposal"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        layout.addWidget(widgets.title(self.tr("New proposal")))
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of proposal"))
        for kind in (ProposalKind.PARAMETER, ProposalKind.SPEND, ProposalKind.VALIDATOR, ProposalKind.TEXT):
            self.kind.addItem(_tr(_KIND_TEXT[kind]), int(kind))
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(120)
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(90)
        self.description.setAccessibleName(self.tr("Description"))
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Why"), self.description)
        layout.addLayout(form)

        self.details = QStackedWidget()
        parameter = QWidget()
        pform = QFormLayout(parameter)
        self.parameter = QComboBox()
        self.parameter.setAccessibleName(self.tr("Parameter"))
        for name in sorted(S.PARAMETERS):
            self.parameter.addItem(name, name)
        self.parameter_doc = widgets.subtle("")
        self.value = QLineEdit()
        self.value.setAccessibleName(self.tr("New value"))
        pform.addRow(self.tr("Parameter"), self.parameter)
        pform.addRow("", self.parameter_doc)
        pform.addRow(self.tr("New value"), self.value)
        spend = QWidget()
        sform = QFormLayout(spend)
        self.recipient = QLineEdit()
        self.recipient.setPlaceholderText("exc1…")
        self.recipient.setAccessibleName(self.tr("Recipient"))
        self.amount = QDoubleSpinBox()
        self.amount.setDecimals(4)
        self.amount.setRange(0.0001, 10**9)
        self.amount.setSuffix(" ExC")
        self.amount.setAccessibleName(self.tr("Amount"))
        sform.addRow(self.tr("Recipient"), self.recipient)
        sform.addRow(self.tr("Amount"), self.amount)
        validator = QWidget()
        vform = QFormLayout(validator)
        self.validator_key = QLineEdit()
        self.validator_key.setPlaceholderText(self.tr("the validator's public key, 64 hex digits"))
        self.validator_key.setAccessibleName(self.tr("Validator key"))
        self.validator_power = QSpinBox()
        self.validator_power.setRange(0, 1_000_000)
        self.validator_power.setValue(10)
        self.validator_power.setAccessibleName(self.tr("Voting power (0 removes it)"))
        vform.addRow(self.tr("Validator key"), self.validator_key)
        vform.addRow(self.tr("Voting power (0 removes)"), self.validator_power)
        for page in (parameter, spend, validator, QWidget()):
            self.details.addWidget(page)
        layout.addWidget(self.details)

        row = QHBoxLayout()
        self.status = widgets.status_label("", "subtle")
        row.addWidget(self.status, 1)
        cancel = widgets.button(self.tr("Cancel"))
        self.submit_button = widgets.primary_button(self.tr("Propose"))
        row.addWidget(cancel)
        row.addWidget(self.submit_button)
        layout.addLayout(row)
        self.kind.currentIndexChanged.connect(self.details.setCurrentIndex)
        self.parameter.currentIndexChanged.connect(self._on_parameter)
        cancel.clicked.connect(self.reject)
        self.submit_button.clicked.connect(self.submit)
        self._on_parameter()

    def _on_parameter(self) -> None:
        name = self.parameter.currentData()
        spec = S.PARAMETERS[name]
        current = self.service.params.get(name)
        self.parameter_doc.setText(
            self.tr("{doc}. Now {current}; allowed {low} … {high}.").format(
                doc=spec.doc, current=current, low=spec.lo, high=spec.hi
            )
        )
        self.value.setText(str(current))

    def payload(self) -> A.Proposal:
        """The proposal as entered; ProtocolError or ValueError with a readable reason if it is not valid."""
        kind = ProposalKind(self.kind.currentData())
        title = self.title_edit.text().strip()
        description = self.description.toPlainText().strip()
        if kind is ProposalKind.PARAMETER:
            name = self.parameter.currentData()
            value = int(self.value.text().strip())
            S.check_parameter(name, value)
            payload = A.Proposal(int(kind), title, description, name, value, b"", 0, b"", 0)
        elif kind is ProposalKind.SPEND:
            recipient = decode_address(self.recipient.text().strip())
            amount = round(self.amount.value() * 10_000) * (ONE_EXC // 10_000)
            payload = A.Proposal(int(kind), title, description, "", 0, b"", 0, recipient, amount)
        elif kind is ProposalKind.VALIDATOR:
            key = bytes.fromhex(self.validator_key.text().strip())
            payload = A.Proposal(int(kind), title, description, "", 0, key, self.validator_power.value(), b"", 0)
        else:
            payload = A.Proposal(int(kind), title, description, "", 0, b"", 0, b"", 0)
        A.Proposal.decode(payload.encode())
        return payload

    def submit(self) -> asyncio.Future[Any] | None:
        try:
            payload = self.payload()
        except (ProtocolError, AddressError, ValueError) as exc:
            self.status.setText(self.tr("Not yet: {reason}").format(reason=exc))
            widgets.set_role(self.status, "error")
            return None
        self.task = self.session.spawn(self._propose(payload))
        return self.task

    async def _propose(self, payload: A.Proposal) -> bytes | None:
        self.submit_button.setEnabled(False)
        self.status.setText(self.tr("Proposing…"))
        try:
            proposal_id = await self.service.propose(payload)
        except SocialError as exc:
            self.status.setText(str(exc))
            widgets.set_role(self.status, "error")
            self.submit_button.setEnabled(True)
            return None
        self.accept()
        return proposal_id


class DaoPage(QWidget):
    """The DAO section. `DaoPage(session)`; the service is shared with the other social screens."""

    def __init__(self, session: Any, *, service: SocialService | None = None) -> None:
        super().__init__()
        self.session = session
        self.service = service if service is not None else SocialService.of(session)
        self.selected: bytes | None = None
        self.tasks: set[asyncio.Future[Any]] = set()
        self.dialog: ProposalDialog | None = None
        root = QVBoxLayout(self)
        root.setContentsMargins(28, 24, 28, 20)
        root.setSpacing(14)
        header = QHBoxLayout()
        header.addWidget(widgets.title(self.tr("Community")))
        header.addStretch(1)
        self.new_button = widgets.primary_button(self.tr("New proposal"))
        header.addWidget(self.new_button)
        root.addLayout(header)
        root.addWidget(
            widgets.subtle(
                self.tr(
                    "The community's rules, validators and fund are decided here: votes weigh by reputation, and a "
                    "proposal that reaches quorum and passes the threshold is carried out by the chain itself."
                )
            )
        )

        cards = QHBoxLayout()
        self.fund = self._stat(
            cards, self.tr("Community fund"), self.tr("Fees and storage payments; spent only by proposals.")
        )
        self.pool = self._stat(
            cards, self.tr("Reward pool"), self.tr("Promotions pay in; each epoch pays authors and curators.")
        )
        self.weight = self._stat(cards, self.tr("Your voting weight"), self.tr("Your reputation score."))
        self.rules = self._stat(cards, self.tr("Rules"), "")
        root.addLayout(cards)

        body = QHBoxLayout()
        self.proposals = QListWidget()
        self.proposals.setAccessibleName(self.tr("Proposals"))
        self.proposals.setMinimumWidth(380)
        self.proposals.setSpacing(2)
        # Sentences wrap instead of scrolling sideways; some languages need more room than English.
        self.proposals.setWordWrap(True)
        self.proposals.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.proposals.setStyleSheet("QListWidget::item { padding: 10px 8px; border-radius: 8px; }")
        body.addWidget(self.proposals, 2)
        detail = widgets.Card()
        self.detail_title = QLabel(self.tr("Choose a proposal"))
        self.detail_title.setObjectName("PageTitle")
        self.detail_title.setWordWrap(True)
        detail.body.addWidget(self.detail_title)
        self.detail_kind = widgets.subtle("")
        detail.body.addWidget(self.detail_kind)
        self.detail_summary = QLabel("")
        self.detail_summary.setWordWrap(True)
        detail.body.addWidget(self.detail_summary)
        self.detail_description = widgets.subtle("")
        detail.body.addWidget(self.detail_description)
        self.bars: dict[str, QProgressBar] = {}
        self.bar_labels: dict[str, QLabel] = {}
        for name in ("yes", "no", "abstain"):
            line = QHBoxLayout()
            label = QLabel(_tr(_BAR_TEXT[name]))
            label.setMinimumWidth(150)
            bar = QProgressBar()
            bar.setTextVisible(False)
            bar.setAccessibleName(self.tr("{choice} votes").format(choice=_tr(_BAR_TEXT[name])))
            line.addWidget(label)
            line.addWidget(bar, 1)
            self.bars[name] = bar
            self.bar_labels[name] = label
            detail.body.addLayout(line)
        self.quorum = widgets.subtle("")
        detail.body.addWidget(self.quorum)
        self.mine = QLabel("")
        detail.body.addWidget(self.mine)
        buttons = QHBoxLayout()
        self.yes_button = widgets.primary_button(self.tr("Vote yes"))
        self.no_button = widgets.button(self.tr("Vote no"))
        self.abstain_button = widgets.button(self.tr("Abstain", "a button: cast an abstention"))
        for b in (self.yes_button, self.no_button, self.abstain_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        detail.body.addLayout(buttons)
        self.proof = widgets.status_label("", "verified")
        detail.body.addWidget(self.proof)
        self.status = widgets.status_label("", "subtle")
        detail.body.addWidget(self.status)
        detail.body.addStretch(1)
        body.addWidget(detail, 3)
        root.addLayout(body, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.display)
        self.new_button.clicked.connect(self.open_new)
        self.proposals.currentItemChanged.connect(self._on_current)
        self.yes_button.clicked.connect(lambda: self._run(self.vote(Choice.YES)))
        self.no_button.clicked.connect(lambda: self._run(self.vote(Choice.NO)))
        self.abstain_button.clicked.connect(lambda: self._run(self.vote(Choice.ABSTAIN)))
        self.service.on_change(self._on_service_change, self)
        self.display()

    def _on_service_change(self, what: str) -> None:
        if what in ("proposals", "profile"):
            self._timer.start()

    @staticmethod
    def _stat(row: QHBoxLayout, title: str, note: str) -> QLabel:
        card = widgets.Card()
        card.body.addWidget(widgets.subtle(title))
        value = QLabel("—")
        value.setStyleSheet("font-size: 15pt; font-weight: 600;")
        value.setAccessibleName(title)
        card.body.addWidget(value)
        hint = widgets.subtle(note)
        card.body.addWidget(hint)
        card.body.addStretch(1)
        value.setProperty("hint", hint)
        row.addWidget(card, 1)
        return value

    def _run(self, coro: Awaitable[Any]) -> asyncio.Future[Any]:
        task: asyncio.Future[Any] = self.session.spawn(coro)
        if not self.tasks:
            # Work still running when the widget goes away must not touch it.
            tasks = self.tasks
            self.destroyed.connect(lambda *_: [t.cancel() for t in list(tasks)])
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        return task

    # -- showing ---------------------------------------------------------------------------------------------
    def ordered(self) -> list[tuple[bytes, S.ProposalRecord]]:
        """Open ones first (ending soonest first), then the rest, newest first."""
        items = list(self.service.proposals.items())
        return sorted(
            items,
            key=lambda kv: (kv[1].status != S.ProposalStatus.OPEN, kv[1].end_height if kv[1].status == 1 else
                            -kv[1].created_height),
        )  # fmt: skip

    def display(self) -> None:
        service = self.service
        params = service.params
        self.fund.setText(exc_text(service.fund))
        self.pool.setText(exc_text(service.reward_pool))
        epoch = service.epoch
        pool_hint = self.pool.property("hint")
        if isinstance(pool_hint, QLabel) and epoch.number:
            split = self.tr("{percent}% to authors, the rest to curators").format(
                percent=_percent(params.get("reward_author_bps"))
            )
            if epoch.last_authors + epoch.last_curators:
                pool_hint.setText(
                    self.tr("Epoch {epoch}: paid {authors} to authors and {curators} to curators ({split}).").format(
                        epoch=i18n.number(epoch.number),
                        authors=exc_text(epoch.last_authors),
                        curators=exc_text(epoch.last_curators),
                        split=split,
                    )
                )
            else:
                pool_hint.setText(
                    self.tr("Epoch {epoch}: waiting for posts a whole epoch old to judge ({split}).").format(
                        epoch=i18n.number(epoch.number), split=split
                    )
                )
        mine = service.reputations.get(service.me, S.EMPTY_REPUTATION)
        self.weight.setText(i18n.number(mine.weight_base))
        self.rules.setText(
            self.tr("quorum {quorum}% · pass > {threshold}%").format(
                quorum=_percent(params.get("quorum_bps")), threshold=_percent(params.get("threshold_bps"))
            )
        )
        rules_hint = self.rules.property("hint")
        if isinstance(rules_hint, QLabel):
            rules_hint.setText(
                self.tr(
                    "Voting lasts %n block(s); proposing needs a reputation of {reputation}.",
                    "",
                    params.get("voting_period_blocks"),
                ).format(reputation=params.get("proposal_min_reputation"))
            )
        selected = self.selected
        self.proposals.blockSignals(True)
        self.proposals.clear()
        for proposal_id, record in self.ordered():
            status = _tr(_STATUS_TEXT.get(S.ProposalStatus(record.status), ""))
            tally = self.tr("yes {yes} · no {no}").format(yes=i18n.number(record.yes), no=i18n.number(record.no))
            voters = self.tr("%n voter(s)", "", record.voters)
            item = QListWidgetItem(
                f"{status} · {record.title}\n{_tr(_KIND_TEXT[ProposalKind(record.kind)])} · {tally} · {voters}"
            )
            item.setData(Qt.ItemDataRole.UserRole, proposal_id)
            self.proposals.addItem(item)
            if proposal_id == selected:
                self.proposals.setCurrentItem(item)
        self.proposals.blockSignals(False)
        if selected is None and self.proposals.count():
            self.proposals.setCurrentRow(0)
        else:
            self.show_proposal()
        if not self.proposals.count():
            self.proposals.addItem(self.tr("No proposals yet. Anyone with reputation can make one."))

    def _on_current(self, item: QListWidgetItem | None) -> None:
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.selected = data if isinstance(data, bytes) else None
        self.show_proposal()

    def select(self, proposal_id: bytes) -> None:
        self.selected = proposal_id
        self.display()

    def show_proposal(self) -> None:
        record = self.service.proposals.get(self.selected) if self.selected else None
        for b in (self.yes_button, self.no_button, self.abstain_button):
            b.setEnabled(False)
        if record is None:
            return
        params = self.service.params
        self.detail_title.setText(record.title)
        status = S.ProposalStatus(record.status)
        self.detail_kind.setText(
            self.tr("{kind} · {status} · by {name} at height {height}").format(
                kind=_tr(_KIND_TEXT[ProposalKind(record.kind)]),
                status=_tr(_STATUS_TEXT[status]),
                name=self.service.name_of(record.proposer),
                height=i18n.number(record.created_height),
            )
        )
        self.detail_summary.setText(proposal_summary(record, params))
        self.detail_description.setText(record.description)
        base = max(1, record.reputation_total)
        for name in ("yes", "no", "abstain"):
            value = getattr(record, name)
            self.bars[name].setRange(0, base)
            self.bars[name].setValue(min(base, value))
            self.bar_labels[name].setText(f"{_tr(_BAR_TEXT[name])}  {i18n.number(value)}")
        voted = record.yes + record.no + record.abstain
        needed = quorum_needed(record, params)
        share = record.yes * 100 / (record.yes + record.no) if record.yes + record.no else 0
        if status is S.ProposalStatus.OPEN:
            left = max(0, record.end_height - self.service.verified_height)
            self.quorum.setText(
                self.tr(
                    "Quorum: {voted} of {needed} reputation voted · yes {share}% (needs more than {threshold}%) · "
                    "voting ends at height {end} (about %n block(s)).",
                    "",
                    left,
                ).format(
                    voted=i18n.number(voted),
                    needed=i18n.number(needed),
                    share=QLocale().toString(round(share)),
                    threshold=_percent(params.get("threshold_bps")),
                    end=i18n.number(record.end_height),
                )
            )
        else:
            outcome = record.outcome or (self.tr("carried out by the chain") if record.executed else "")
            self.quorum.setText(
                self.tr("Tallied at height {height}: {outcome}").format(
                    height=i18n.number(record.end_height), outcome=outcome
                )
            )
        ballot = self.service.my_ballots.get(self.selected or b"")
        weight = self.service.reputations.get(self.service.me, S.EMPTY_REPUTATION).weight_base
        if ballot is not None:
            self.mine.setText(
                self.tr("You voted {choice} with a weight of {weight}.").format(
                    choice=_tr(_CHOICE_TEXT[Choice(ballot.choice)]), weight=i18n.number(ballot.weight)
                )
            )
        elif status is not S.ProposalStatus.OPEN:
            self.mine.setText(self.tr("Voting has ended."))
        elif weight == 0:
            self.mine.setText(self.tr("Voting needs a reputation above zero: post, get endorsed, complete orders."))
        else:
            self.mine.setText(self.tr("You can vote with a weight of {weight}.").format(weight=i18n.number(weight)))
            for b in (self.yes_button, self.no_button, self.abstain_button):
                b.setEnabled(True)
        self.proof.setText(
            self.tr("✔ Tallies verified by proof at height {height}").format(
                height=i18n.number(self.service.verified_height)
            )
        )

    # -- acting ------------------------------------------------------------------------------------------------
    async def vote(self, choice: Choice) -> bool:
        if self.selected is None:
            return False
        self.status.setText(self.tr("Voting…"))
        widgets.set_role(self.status, "subtle")
        try:
            await self.service.vote_on_proposal(self.selected, int(choice))
        except SocialError as exc:
            self.status.setText(str(exc))
            widgets.set_role(self.status, "error")
            return False
        self.status.setText(
            self.tr("✔ You voted {choice}; the tally is proven.").format(choice=_tr(_CHOICE_TEXT[choice]))
        )
        widgets.set_role(self.status, "verified")
        self.display()
        return True

    def open_new(self) -> ProposalDialog:
        dialog = ProposalDialog(self.session, self.service, self)
        widgets.delete_when_closed(dialog, lambda: dialog.task)
        self.dialog = dialog
        dialog.open()
        return dialog
