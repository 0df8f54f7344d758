"""Settings: nodes and witnesses, trust root, theme, language, lock timeout, passphrase, backup."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from etalonium_desktop.onboarding import passphrase_strength
from etalonium_desktop.session import Session
from etalonium_desktop.store import StoreError, WrongPassphraseError
from etalonium_desktop.ui import i18n, widgets


class SettingsView(QScrollArea):
    theme_changed = Signal(str)
    # The idle lock timeout in minutes (0: never), as chosen.
    lock_minutes_changed = Signal(int)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.setWidgetResizable(True)
        body = QWidget()
        self.setWidget(body)
        root = QVBoxLayout(body)
        root.setContentsMargins(28, 24, 28, 24)
        root.setSpacing(14)
        root.addWidget(widgets.title(self.tr("Settings")))

        network = QGroupBox(self.tr("Network"))
        form = QFormLayout(network)
        self.nodes = QPlainTextEdit()
        self.nodes.setFixedHeight(70)
        self.nodes.setAccessibleName(self.tr("Nodes"))
        self.nodes.setPlaceholderText(
            self.tr("One node API address per line; the first is the primary, others witnesses")
        )
        form.addRow(self.tr("Nodes"), self.nodes)
        self.trust_root = QLineEdit()
        self.trust_root.setReadOnly(True)
        self.trust_root.setAccessibleName(self.tr("Trust root"))
        form.addRow(self.tr("Trust root (genesis hash)"), self.trust_root)
        self.nodes_status = widgets.status_label("", "subtle")
        form.addRow("", self.nodes_status)
        self.devnet_note = widgets.subtle("")
        form.addRow("", self.devnet_note)
        save_row = QHBoxLayout()
        save_nodes = widgets.button(self.tr("Save nodes (used at next start)"))
        save_row.addWidget(save_nodes)
        save_row.addStretch(1)
        form.addRow("", save_row)
        root.addWidget(network)

        look = QGroupBox(self.tr("Appearance and language"))
        form = QFormLayout(look)
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        form.addRow(self.tr("Theme"), self.theme)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("System language"), "")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        form.addRow(self.tr("Language"), self.language)
        self.language_note = widgets.status_label("", "subtle")
        self.language_note.hide()  # an empty row until a language is chosen
        form.addRow("", self.language_note)
        root.addWidget(look)

        security = QGroupBox(self.tr("Security"))
        form = QFormLayout(security)
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setRange(0, 240)
        self.lock_minutes.setSuffix(self.tr(" min"))
        self.lock_minutes.setSpecialValueText(self.tr("Never"))
        self.lock_minutes.setAccessibleName(self.tr("Lock after idle"))
        form.addRow(self.tr("Lock after idle"), self.lock_minutes)
        self.old_pw = QLineEdit()
        self.old_pw.setEchoMode(QLineEdit.EchoMode.Password)
        self.old_pw.setAccessibleName(self.tr("Current passphrase"))
        self.new_pw = QLineEdit()
        self.new_pw.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_pw.setAccessibleName(self.tr("New passphrase"))
        form.addRow(self.tr("Current passphrase"), self.old_pw)
        form.addRow(self.tr("New passphrase"), self.new_pw)
        row = QHBoxLayout()
        self.change_pw = widgets.button(self.tr("Change passphrase"))
        row.addWidget(self.change_pw)
        row.addStretch(1)
        form.addRow("", row)
        self.pw_status = widgets.status_label("", "subtle")
        form.addRow("", self.pw_status)
        root.addWidget(security)

        backup = QGroupBox(self.tr("Backup"))
        form = QFormLayout(backup)
        form.addRow(
            widgets.subtle(
                self.tr(
                    "Export the whole profile (identity, messages, contacts, settings) as one file protected by "
                    "your passphrase. Keep it apart from this computer."
                )
            )
        )
        self.export_button = widgets.button(self.tr("Export backup…"))
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_button)
        export_row.addStretch(1)
        form.addRow("", export_row)
        self.backup_status = widgets.status_label("", "subtle")
        form.addRow("", self.backup_status)
        root.addWidget(backup)
        root.addStretch(1)

        save_nodes.clicked.connect(lambda: session.spawn(self.save_nodes()))
        self.theme.currentIndexChanged.connect(lambda _i: self.theme_changed.emit(self.theme.currentData()))
        self.lock_minutes.valueChanged.connect(self._on_lock_minutes_changed)
        self.language.currentIndexChanged.connect(self._on_language_changed)
        self.change_pw.clicked.connect(lambda: session.spawn(self.change_passphrase()))
        self.export_button.clicked.connect(self.choose_backup_file)
        session.network.on_state(self._on_network_state)
        session.spawn(self.load())

    def _on_network_state(self, _state: object) -> None:
        self.trust_root.setText(self._trust_root())
        self.show_devnet_note()

    def show_devnet_note(self) -> None:
        network = self.session.network
        if network.devnet is not None and network.node_urls:
            self.devnet_note.setText(
                self.tr(
                    "Now using the embedded local devnet: {nodes}. Enter nodes above to join another network instead."
                ).format(nodes=", ".join(u.removeprefix("http://") for u in network.node_urls))
            )
        else:
            self.devnet_note.setText("")

    def _trust_root(self) -> str:
        client = self.session.network.client
        genesis = client.genesis if client is not None else None
        return genesis.hash().hex() if genesis is not None else ""

    async def load(self) -> None:
        settings = self.session.profile.settings
        nodes = await asyncio.to_thread(settings.get_json, "network.nodes", [])
        self.nodes.setPlainText("\n".join(nodes))
        self.show_devnet_note()
        self.theme.blockSignals(True)
        self.theme.setCurrentIndex(self.theme.findData(await asyncio.to_thread(settings.get, "ui.theme", "light")))
        self.theme.blockSignals(False)
        self.lock_minutes.blockSignals(True)
        self.lock_minutes.setValue(await asyncio.to_thread(settings.get, "security.lock_minutes", 15))
        self.lock_minutes.blockSignals(False)
        self.language.blockSignals(True)
        choice = await asyncio.to_thread(i18n.read_choice, self._language_file())
        self.language.setCurrentIndex(max(0, self.language.findData(choice)))
        self.language.blockSignals(False)
        self.trust_root.setText(self._trust_root())

    async def save_nodes(self) -> None:
        lines = [line.strip() for line in self.nodes.toPlainText().splitlines() if line.strip()]
        bad = [line for line in lines if " " in line or ":" not in line]
        if bad:
            self.nodes_status.setText(
                self.tr("Not a node address: {address} (expected host:port or http://host:port)").format(address=bad[0])
            )
            widgets.set_role(self.nodes_status, "error")
            return
        await asyncio.to_thread(self.session.profile.settings.set_json, "network.nodes", lines)
        self.nodes_status.setText(self.tr("Saved. The app uses these nodes from its next start."))
        widgets.set_role(self.nodes_status, "verified")

    async def change_passphrase(self) -> None:
        old, new = self.old_pw.text(), self.new_pw.text()
        strength = passphrase_strength(new)
        if not strength.acceptable:
            self.pw_status.setText(
                self.tr("The new passphrase is too easy to guess. {advice}").format(advice=strength.advice)
            )
            widgets.set_role(self.pw_status, "error")
            return
        self.change_pw.setEnabled(False)
        self.pw_status.setText(self.tr("Re-encrypting your profile…"))
        widgets.set_role(self.pw_status, "subtle")
        try:
            await asyncio.to_thread(self.session.profile.change_passphrase, old, new)
        except WrongPassphraseError:
            self.pw_status.setText(self.tr("The current passphrase is not right; nothing was changed."))
            widgets.set_role(self.pw_status, "error")
        except StoreError as exc:
            self.pw_status.setText(str(exc))
            widgets.set_role(self.pw_status, "error")
        else:
            self.old_pw.clear()
            self.new_pw.clear()
            self.pw_status.setText(self.tr("✔ Passphrase changed. Use the new one from now on."))
            widgets.set_role(self.pw_status, "verified")
        finally:
            self.change_pw.setEnabled(True)

    def choose_backup_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Export backup"), str(Path.home() / "etalonium-backup.etbk"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.fileSelected.connect(lambda path: self.session.spawn(self.export_to(Path(path))))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    async def export_to(self, path: Path) -> None:
        self.backup_status.setText(self.tr("Exporting…"))
        widgets.set_role(self.backup_status, "subtle")
        passphrase = self.old_pw.text()
        if not passphrase:
            self.backup_status.setText(self.tr("Type your current passphrase in Security above; the backup uses it."))
            widgets.set_role(self.backup_status, "error")
            return
        try:
            await asyncio.to_thread(self.session.profile.export_backup, path, passphrase)
        except StoreError as exc:
            self.backup_status.setText(str(exc))
            widgets.set_role(self.backup_status, "error")
        else:
            self.backup_status.setText(self.tr("✔ Backup written to {path}").format(path=path))
            widgets.set_role(self.backup_status, "verified")

    # -- language and idle lock ------------------------------------------------------------------------------
    def _language_file(self) -> Path:
        return i18n.language_file(self.session.profile.directory)

    def _on_language_changed(self, _index: int) -> None:
        code = str(self.language.currentData())
        try:
            i18n.save_choice(self._language_file(), code)
        except OSError as exc:
            self.language_note.setText(self.tr("The language could not be saved ({reason}).").format(reason=exc))
            widgets.set_role(self.language_note, "error")
            self.language_note.show()
            return
        # Applied at the next start: every screen is then built in the new language from the beginning.
        self.language_note.setText(self.tr("Saved. The new language is used from the next start of Etalonium."))
        widgets.set_role(self.language_note, "verified")
        self.language_note.show()

    def _on_lock_minutes_changed(self, minutes: int) -> None:
        self.lock_minutes_changed.emit(minutes)
        self.session.spawn(asyncio.to_thread(self.session.profile.settings.set, "security.lock_minutes", minutes))

    def forget_typed_passphrases(self) -> None:
        """Clear the passphrase fields (used when the app locks, so no typed passphrase stays on screen)."""
        self.old_pw.clear()
        self.new_pw.clear()
