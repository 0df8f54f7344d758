"""The network section: the verified tip, the primary node and witnesses, and any attack shown loudly."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from etalonium_desktop.services.network import NetworkState
from etalonium_desktop.session import Session
from etalonium_desktop.ui import widgets
from lightnode.errors import LightClientError


class NetworkView(QWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        root = QVBoxLayout(self)
        root.setContentsMargins(28, 24, 28, 24)
        root.setSpacing(16)
        root.addWidget(widgets.title(self.tr("Network")))
        self.alarm = QLabel()
        self.alarm.setProperty("role", "alarm")
        self.alarm.setWordWrap(True)
        self.alarm.setAccessibleName(self.tr("Attack warning"))
        self.alarm.hide()
        root.addWidget(self.alarm)
        card = widgets.Card()
        card.body.addWidget(widgets.subtle(self.tr("Verified chain tip")))
        form = QFormLayout()
        self.chain = QLabel("—")
        self.height_label = QLabel("—")
        self.header_hash = QLabel("—")
        self.time = QLabel("—")
        self.state = QLabel("—")
        for label in (self.chain, self.height_label, self.header_hash, self.time, self.state):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Chain"), self.chain)
        form.addRow(self.tr("Height"), self.height_label)
        form.addRow(self.tr("Block hash"), self.header_hash)
        form.addRow(self.tr("Block time"), self.time)
        form.addRow(self.tr("State"), self.state)
        card.body.addLayout(form)
        card.body.addWidget(
            widgets.subtle(
                self.tr(
                    "Every header is checked here: more than 2/3 of the validators' power must have signed it, "
                    "and each witness must agree with the primary. Balances, profiles and orders are shown only "
                    "when proven against a verified header."
                )
            )
        )
        root.addWidget(card)
        nodes = widgets.Card()
        nodes.body.addWidget(widgets.subtle(self.tr("Nodes")))
        self.nodes = QListWidget()
        self.nodes.setAccessibleName(self.tr("Primary and witnesses"))
        self.nodes.setMinimumHeight(140)
        nodes.body.addWidget(self.nodes)
        root.addWidget(nodes)
        self.evidence = widgets.subtle("")
        root.addWidget(self.evidence)
        root.addStretch(1)
        session.network.on_state(self.show_state)
        self.show_state(session.network.state)

    def show_state(self, state: NetworkState) -> None:
        self.chain.setText(state.chain_id or "—")
        self.height_label.setText(QLocale().toString(state.verified_height) if state.verified_height else "—")
        client = self.session.network.client
        latest = None
        if client is not None and state.verified_height:
            with contextlib.suppress(LightClientError):  # raised until the client verified a first block
                latest = client.latest
        if latest is not None:
            self.header_hash.setText(latest.hash.hex())
            when = QDateTime.fromMSecsSinceEpoch(latest.time_ms)
            # The date as the interface language writes it, the time to the second (blocks come every second).
            date = QLocale().toString(when.date(), QLocale.FormatType.ShortFormat)
            self.time.setText(f"{date} {when.time().toString('HH:mm:ss')}")
        if state.attack:
            self.state.setText(self.tr("Halted"))
        elif state.offline:
            self.state.setText(self.tr("Offline — the last verified data is shown, actions are queued"))
        elif state.syncing:
            self.state.setText(self.tr("Syncing"))
        else:
            self.state.setText(self.tr("Following the chain, verified"))
        self.nodes.clear()
        if client is not None:
            self.nodes.addItem(self.tr("Primary: {node}").format(node=client.primary.name))
            for w in client.witnesses:
                self.nodes.addItem(self.tr("Witness: {node} — agrees").format(node=w.name))
        for dropped in state.dropped:
            self.nodes.addItem(self.tr("Dropped: {node}").format(node=dropped))
        if state.attack:
            self.alarm.setText(
                self.tr(
                    "⚠ An attack on the light client was detected and the client halted. Nothing further is "
                    "trusted until you review it. {details}"
                ).format(details=state.attack)
            )
            self.alarm.show()
            ev = self.session.network.attack_evidence
            if ev is not None:
                signers = ", ".join(k.hex()[:12] for k in ev.byzantine_validators) or self.tr("none identified")
                self.evidence.setText(
                    self.tr(
                        "Evidence sent to the nodes: two conflicting blocks at height {height} ({hash_a}… and "
                        "{hash_b}…), common trusted height {common}; validators who signed both: {signers}."
                    ).format(
                        height=QLocale().toString(ev.block_a.height),
                        hash_a=ev.block_a.header.hash().hex()[:16],
                        hash_b=ev.block_b.header.hash().hex()[:16],
                        common=QLocale().toString(ev.common_height),
                        signers=signers,
                    )
                )
        else:
            self.alarm.hide()
