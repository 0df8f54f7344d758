"""The main window: navigation over the built sections, menus, shortcuts and the network status bar."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QSizePolicy,
    QStackedWidget,
    QStatusBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from etalonium_desktop.ui import theme, widgets


@dataclass(frozen=True, slots=True)
class NetworkStatus:
    """What the status bar shows; produced by the network service from the light client's state."""

    verified_height: int = 0
    peers: int = 0
    witnesses: int = 0
    syncing: bool = False
    sync_progress: float = 1.0  # 0..1
    offline: bool = True
    attack: str = ""  # a non-empty description halts the client and is shown loudly
    chain_id: str = ""


class NetworkStatusBar(QStatusBar):
    """Always shows the verified height, peers, sync progress, and the offline or attack state."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.state = QLabel()
        self.state.setAccessibleName(self.tr("Network state"))
        self.height_label = QLabel()
        self.height_label.setAccessibleName(self.tr("Verified height"))
        self.peers_label = QLabel()
        self.peers_label.setAccessibleName(self.tr("Peers"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.addWidget(self.state)
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self.height_label)
        self.addPermanentWidget(self.peers_label)
        self.show_status(NetworkStatus())

    def show_status(self, status: NetworkStatus) -> None:
        if status.attack:
            self.state.setText(self.tr("⚠ Halted: {reason}").format(reason=status.attack))
            widgets.set_role(self.state, "error")
        elif status.offline:
            self.state.setText(self.tr("Offline — showing the last verified data; actions are queued"))
            widgets.set_role(self.state, "stale")
        elif status.syncing:
            percent = QLocale().toString(status.sync_progress * 100, "f", 0)
            self.state.setText(self.tr("Syncing {percent}%").format(percent=percent))
            widgets.set_role(self.state, "subtle")
        else:
            self.state.setText(
                self.tr("Verified · {chain}").format(chain=status.chain_id) if status.chain_id else self.tr("Verified")
            )
            widgets.set_role(self.state, "verified")
        self.progress.setVisible(status.syncing and not status.offline)
        self.progress.setValue(round(status.sync_progress * 1000))
        self.height_label.setText(
            self.tr("Height {height}").format(height=QLocale().toString(status.verified_height))
            if status.verified_height
            else self.tr("No verified block")
        )
        self.peers_label.setText(
            self.tr("%n node(s)", "", status.peers) + " · " + self.tr("%n witness(es)", "", status.witnesses)
        )


# Where each section sits in the navigation (DESIGN.md §4); a section appears only once it is built.
SECTION_ORDER = (
    "feed",
    "create",
    "chat",
    "live",
    "market",
    "wallet",
    "profile",
    "assistant",
    "dao",
    "network",
    "settings",
)


class MainWindow(QMainWindow):
    """Holds the sections; a section appears only when the app registers its page."""

    lock_requested = Signal()
    theme_changed = Signal(str)
    closing = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Etalonium")
        self.setWindowIcon(theme.icon("app", "#8a3ffc"))
        self.setMinimumSize(QSize(1000, 640))
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.sidebar = QWidget()
        self.sidebar.setObjectName("Sidebar")
        self.sidebar.setFixedWidth(210)
        self.nav = QVBoxLayout(self.sidebar)
        self.nav.setContentsMargins(12, 8, 12, 12)
        self.nav.setSpacing(4)
        brand = QLabel("Etalonium")
        brand.setObjectName("Brand")
        self.nav.addWidget(brand)
        self.nav.addStretch(1)
        self.pages = QStackedWidget()
        layout.addWidget(self.sidebar)
        layout.addWidget(self.pages, 1)
        # The root switches between a gate (first-run wizard, unlock screen) and the sections.
        self.root = QStackedWidget()
        self.root.addWidget(central)
        self.app_area = central
        self._gate: QWidget | None = None
        self.setCentralWidget(self.root)
        self.status = NetworkStatusBar()
        self.setStatusBar(self.status)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.sections: dict[str, tuple[QToolButton, QWidget, str]] = {}
        self._actions: dict[str, QAction] = {}
        self._build_menus()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.lock_action = QAction(theme.icon("lock"), self.tr("&Lock now"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.view_menu = bar.addMenu(self.tr("&View"))
        themes = QActionGroup(self)
        for name, label in (("light", self.tr("&Light theme")), ("dark", self.tr("&Dark theme"))):
            action = QAction(label, self, checkable=True)
            action.setChecked(theme.current().value == name)
            action.triggered.connect(lambda _checked=False, n=name: self.theme_changed.emit(n))
            themes.addAction(action)
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.about_action = self.help_menu.addAction(self.tr("&About Etalonium"))

    def tray_menu(self) -> QMenu:
        """The system tray icon's menu: bring the window back, lock now, quit."""
        menu = QMenu(self)
        menu.addAction(self.tr("Show Etalonium"), self.showNormal)
        menu.addAction(self.lock_action)
        menu.addSeparator()
        menu.addAction(self.tr("&Quit"), self.close)
        return menu

    def set_gate(self, gate: QWidget | None) -> None:
        """Show `gate` instead of the sections (None: back to the sections)."""
        if self._gate is not None:
            self.root.removeWidget(self._gate)
            self._gate.deleteLater()
            self._gate = None
        if gate is None:
            self.root.setCurrentWidget(self.app_area)
            self.statusBar().show()
        else:
            self._gate = gate
            self.root.addWidget(gate)
            self.root.setCurrentWidget(gate)
            self.statusBar().hide()
        self.lock_action.setEnabled(gate is None and bool(self.sections))

    def add_section(self, key: str, label: str, icon_name: str, page: QWidget) -> None:
        """Add a built section to the navigation, in the app's fixed order of sections (SECTION_ORDER);
        Ctrl+1… switches between the sections shown, top to bottom."""
        label = self.section_title(key, label)
        button = QToolButton()
        button.setText(label)
        button.setIcon(theme.icon(icon_name))
        button.setIconSize(QSize(20, 20))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setCheckable(True)
        button.setAccessibleName(label)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setMinimumWidth(180)
        self.group.addButton(button)
        rank = SECTION_ORDER.index(key) if key in SECTION_ORDER else len(SECTION_ORDER)
        before = sum(1 for k in self.sections if (SECTION_ORDER.index(k) if k in SECTION_ORDER else 99) < rank)
        self.nav.insertWidget(1 + before, button)  # after the brand label
        self.pages.addWidget(page)
        action = QAction(label, self)
        action.triggered.connect(lambda: self.show_section(key))
        self.view_menu.addAction(action)
        self.sections[key] = (button, page, icon_name)
        self._actions[key] = action
        self._renumber_shortcuts()
        self.lock_action.setEnabled(self._gate is None)
        button.clicked.connect(lambda: self.show_section(key))
        if len(self.sections) == 1:
            self.show_section(key)

    def section_title(self, key: str, fallback: str) -> str:
        """The navigation label of a section in the interface language (`fallback` for sections not known here).

        The titles are translated here, in the main window's own translation context, rather than by each
        caller: a caller's `window.tr(...)` would be extracted under the caller's class and never match."""
        titles = {
            "feed": self.tr("Feed"),
            "create": self.tr("Create"),
            "chat": self.tr("Chat"),
            "live": self.tr("Live"),
            "market": self.tr("Market"),
            "wallet": self.tr("Wallet"),
            "profile": self.tr("Profile"),
            "assistant": self.tr("Assistant"),
            "dao": self.tr("DAO"),
            "network": self.tr("Network"),
            "settings": self.tr("Settings"),
        }
        return titles.get(key, fallback)

    def _renumber_shortcuts(self) -> None:
        ordered = sorted(self.sections, key=lambda k: SECTION_ORDER.index(k) if k in SECTION_ORDER else 99)
        for number, key in enumerate(ordered[:9], start=1):
            self._actions[key].setShortcut(QKeySequence(f"Ctrl+{number}"))

    def show_section(self, key: str) -> None:
        button, page, _ = self.sections[key]
        button.setChecked(True)
        self.pages.setCurrentWidget(page)

    def current_section(self) -> str:
        current = self.pages.currentWidget()
        return next((k for k, (_, page, _) in self.sections.items() if page is current), "")

    def refresh_icons(self) -> None:
        """Re-render the navigation icons in the current theme's colour."""
        for button, _, icon_name in self.sections.values():
            button.setIcon(theme.icon(icon_name))

    def saved_state(self) -> bytes:
        geometry = bytes(self.saveGeometry().data())
        return len(geometry).to_bytes(4, "big") + geometry + bytes(self.saveState().data())

    def restore_saved_state(self, data: bytes) -> None:
        size = int.from_bytes(data[:4], "big")
        geometry, state = data[4 : 4 + size], data[4 + size :]
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        if state:
            self.restoreState(QByteArray(state))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
