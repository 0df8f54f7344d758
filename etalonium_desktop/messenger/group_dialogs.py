"""Creating a group and managing one (members, name, leaving), shown with open()."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lightnode.messenger import GroupRecord, GroupUpdated
from lightnode.messenger.payloads import MAX_GROUP_MEMBERS

from .bridge import MessengerBridge, TaskRunner
from .service import MessengerService

_ACTOR_ROLE = Qt.ItemDataRole.UserRole
# Roomier rows, and tick boxes drawn with the palette so they show in the dark theme too.
_LIST_STYLE = """
QListWidget::item { padding: 5px 6px; }
QListWidget::indicator { width: 15px; height: 15px; border: 1px solid palette(mid); border-radius: 4px; }
QListWidget::indicator:checked { background: palette(highlight); border-color: palette(highlight); }
"""


def _section(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class MemberPicker(QWidget):
    """People to tick, with a filter field above them."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Find people"))
        self.filter.setAccessibleName(self.tr("Find people"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._on_filter_text_changed)
        layout.addWidget(self.filter)
        self.list = QListWidget()
        self.list.setStyleSheet(_LIST_STYLE)
        self.list.setAccessibleName(self.tr("People"))
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        layout.addWidget(self.list, 1)
        self.empty = QLabel(self.tr("No one to add yet: people you chat with or save as contacts appear here."))
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "subtle")
        layout.addWidget(self.empty)

    def set_people(self, people: Sequence[tuple[bytes, str]]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for actor, name in people:
            item = QListWidgetItem(name)
            item.setData(_ACTOR_ROLE, actor)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(not people)
        self.list.setVisible(bool(people))
        self.changed.emit()

    def _items(self) -> list[QListWidgetItem]:
        return [item for i in range(self.list.count()) if (item := self.list.item(i)) is not None]

    def set_checked(self, actor: bytes, checked: bool = True) -> None:
        for item in self._items():
            if item.data(_ACTOR_ROLE) == actor:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def checked(self) -> list[bytes]:
        return [bytes(item.data(_ACTOR_ROLE)) for item in self._items() if item.checkState() is Qt.CheckState.Checked]

    def _on_filter_text_changed(self, text: str) -> None:
        needle = text.strip().casefold()
        for item in self._items():
            item.setHidden(bool(needle) and needle not in item.text().casefold())


class NewGroupDialog(QDialog):
    """Name a group and pick its first members; `created` carries the new group's id."""

    created = Signal(bytes)

    def __init__(self, service: MessengerService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.tasks = TaskRunner(self._show_error)
        self.setWindowTitle(self.tr("New group"))
        self.setMinimumSize(460, 520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        heading = QLabel(self.tr("New group"))
        heading.setObjectName("PageTitle")
        layout.addWidget(heading)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Group name"))
        self.name.setAccessibleName(self.tr("Group name"))
        self.name.setMaxLength(64)
        layout.addWidget(self.name)
        note = QLabel(
            self.tr("Members (up to %1). Messages are end-to-end encrypted for the members only.").replace(
                "%1", str(MAX_GROUP_MEMBERS)
            )
        )
        note.setWordWrap(True)
        note.setProperty("role", "subtle")
        layout.addWidget(note)
        self.picker = MemberPicker()
        self.picker.set_people(service.group_candidates())
        layout.addWidget(self.picker, 1)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.create_button = QPushButton(self.tr("Create group"))
        self.create_button.setProperty("primary", True)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)
        self.cancel_button.clicked.connect(self.reject)
        self.create_button.clicked.connect(self._on_create_clicked)
        self.name.textChanged.connect(self._update_buttons)
        self.picker.changed.connect(self._update_buttons)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = bool(self.name.text().strip()) and bool(self.picker.checked()) and not self.tasks.busy
        self.create_button.setEnabled(ready)

    def _on_create_clicked(self) -> None:
        self.error.hide()
        self.create_button.setEnabled(False)
        self.tasks.run(self._create(self.name.text().strip(), self.picker.checked()))

    async def _create(self, name: str, members: list[bytes]) -> None:
        try:
            group = await self.service.create_group(name, members)
        finally:
            self._update_buttons()
        self.created.emit(group.id)
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self._update_buttons()


class GroupInfoDialog(QDialog):
    """A group's name and members; admins rename it and add or remove members; anyone can leave."""

    left = Signal(bytes)

    def __init__(
        self,
        service: MessengerService,
        bridge: MessengerBridge,
        group_id: bytes,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.group_id = group_id
        self.tasks = TaskRunner(self._show_error)
        self.setWindowTitle(self.tr("Group info"))
        self.setMinimumSize(520, 600)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        self.heading = QLabel()
        self.heading.setObjectName("PageTitle")
        layout.addWidget(self.heading)
        self.summary = QLabel()
        self.summary.setProperty("role", "subtle")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        rename = QHBoxLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Group name"))
        self.name.setMaxLength(64)
        self.rename_button = QPushButton(self.tr("Rename"))
        rename.addWidget(self.name, 1)
        rename.addWidget(self.rename_button)
        layout.addLayout(rename)

        members_title = _section(self.tr("Members"))
        layout.addWidget(members_title)
        self.members = QListWidget()
        self.members.setStyleSheet(_LIST_STYLE)
        self.members.setAccessibleName(self.tr("Members"))
        layout.addWidget(self.members, 1)
        member_row = QHBoxLayout()
        self.remove_button = QPushButton(self.tr("Remove from group"))
        self.remove_button.setEnabled(False)
        member_row.addWidget(self.remove_button)
        member_row.addStretch(1)
        layout.addLayout(member_row)

        self.add_title = _section(self.tr("Add people"))
        layout.addWidget(self.add_title)
        self.picker = MemberPicker()
        layout.addWidget(self.picker, 1)
        add_row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add to group"))
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)

        self.note = QLabel(
            self.tr(
                "When someone joins or leaves, members switch to new encryption keys: people who left cannot "
                "read new messages, and people who join cannot read earlier ones."
            )
        )
        self.note.setWordWrap(True)
        self.note.setProperty("role", "subtle")
        layout.addWidget(self.note)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        bottom = QHBoxLayout()
        self.leave_button = QPushButton(self.tr("Leave group"))
        self.close_button = QPushButton(self.tr("Close"))
        bottom.addWidget(self.leave_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)

        self.rename_button.clicked.connect(self._on_rename_clicked)
        self.name.returnPressed.connect(self._on_rename_clicked)
        self.name.textChanged.connect(self._update_buttons)
        self.members.itemSelectionChanged.connect(self._update_buttons)
        self.picker.changed.connect(self._update_buttons)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.leave_button.clicked.connect(self._on_leave_clicked)
        self.close_button.clicked.connect(self.accept)
        bridge.group_updated.connect(self._on_bridge_group_updated)
        self.refresh()

    def group(self) -> GroupRecord | None:
        return self.service.group(self.group_id)

    def refresh(self) -> None:
        group = self.group()
        if group is None:
            self.heading.setText(self.tr("Group"))
            self.summary.setText(self.tr("This group is not known on this device."))
            for w in (self.name, self.rename_button, self.remove_button, self.add_button, self.leave_button):
                w.setEnabled(False)
            return
        admin = self.service.is_admin(self.group_id)
        self.heading.setText(group.name)
        if not group.active:
            self.summary.setText(self.tr("You are no longer a member of this group."))
        elif admin:
            self.summary.setText(self.tr("%n members · you manage this group", "", len(group.members)))
        else:
            self.summary.setText(
                self.tr("%n members · only admins change members and the name", "", len(group.members))
            )
        if not self.name.hasFocus():
            self.name.setText(group.name)
        selected = {bytes(i.data(_ACTOR_ROLE)) for i in self.members.selectedItems()}
        self.members.clear()
        people = sorted(group.members, key=lambda a: (a != self.service.actor, self.service.display_name(a).casefold()))
        for actor in people:
            label = self.service.display_name(actor)
            if actor in group.admins:
                label += " · " + self.tr("admin")
            item = QListWidgetItem(label)
            item.setData(_ACTOR_ROLE, actor)
            if actor == self.service.actor:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.members.addItem(item)
            item.setSelected(actor in selected)
        checked = set(self.picker.checked())
        self.picker.set_people(self.service.group_candidates(exclude=group.members))
        for actor in checked:
            self.picker.set_checked(actor)
        admin_only: tuple[QWidget, ...] = (
            self.name,
            self.rename_button,
            self.remove_button,
            self.add_title,
            self.picker,
            self.add_button,
        )
        for widget in admin_only:
            widget.setVisible(admin)
        self.leave_button.setEnabled(group.active)
        self._update_buttons()

    def selected_members(self) -> list[bytes]:
        return [bytes(i.data(_ACTOR_ROLE)) for i in self.members.selectedItems()]

    def _update_buttons(self) -> None:
        group = self.group()
        admin = group is not None and self.service.is_admin(self.group_id)
        idle = not self.tasks.busy
        name = self.name.text().strip()
        self.rename_button.setEnabled(admin and idle and bool(name) and group is not None and name != group.name)
        self.remove_button.setEnabled(admin and idle and bool(self.selected_members()))
        self.add_button.setEnabled(admin and idle and bool(self.picker.checked()))

    def _run(self, coro: object) -> None:
        self.error.hide()
        self.tasks.run(self._then_refresh(coro))
        self._update_buttons()

    async def _then_refresh(self, coro: object) -> None:
        try:
            await coro  # type: ignore[misc]
        finally:
            self.refresh()

    def _on_rename_clicked(self) -> None:
        if self.rename_button.isEnabled():
            self._run(self.service.rename_group(self.group_id, self.name.text()))

    def _on_remove_clicked(self) -> None:
        self._run(self.service.remove_members(self.group_id, self.selected_members()))

    def _on_add_clicked(self) -> None:
        chosen = self.picker.checked()
        for actor in chosen:
            self.picker.set_checked(actor, False)
        self._run(self.service.add_members(self.group_id, chosen))

    def _on_leave_clicked(self) -> None:
        self.tasks.run(self._leave())

    async def _leave(self) -> None:
        await self.service.leave_group(self.group_id)
        self.left.emit(self.group_id)
        self.refresh()

    def _on_bridge_group_updated(self, event: GroupUpdated) -> None:
        if event.group.id == self.group_id:
            self.refresh()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self._update_buttons()
