"""The Assistant section: what is rising (trend lines, colour swatches, clusters), plain-sentence advice, a
draft editor with the expected outcome and suggested changes, the personal brand against peers, and market
demand with a price suggestion — all computed on this computer from verified chain data."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable, Coroutine, Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assistant import (
    Advice,
    BrandReport,
    Draft,
    DraftAdvice,
    ListingDraft,
    ListingKind,
    MarketModel,
    MediaType,
    PostKind,
    PriceSuggestion,
    Role,
    Segment,
    Suggestion,
    Trend,
    TrendReport,
)
from assistant.phrases import CONTEXT, Phrase, format_phrase
from assistant.records import DAY_MS, HOUR_MS, format_name
from etalonium_desktop.ui import widgets

from .chain_clock import BlockTimeClock
from .charts import BrandChart, ContributionBars, DemandChart, IntervalBar, Swatch, SwatchStrip, TrendChart
from .service import AssistantService, AssistantStatus, local_utc_offset_minutes

#: The formats a draft can take, as (kind, media type), in the order the editor lists them.
DRAFT_FORMATS: tuple[tuple[PostKind, MediaType], ...] = (
    (PostKind.PHOTO, MediaType.IMAGE),
    (PostKind.VIDEO, MediaType.VIDEO),
    (PostKind.LOOKBOOK, MediaType.IMAGE),
    (PostKind.LOOKBOOK, MediaType.VIDEO),
    (PostKind.PORTFOLIO, MediaType.IMAGE),
    (PostKind.CASTING, MediaType.IMAGE),
    (PostKind.EVENT, MediaType.IMAGE),
    (PostKind.TEXT, MediaType.NONE),
)
_HEX = re.compile(r"#?([0-9a-fA-F]{6})")
#: How long after new data the trends are recomputed (new blocks come every second or so).
REFRESH_DEBOUNCE_MS = 1500
#: How many days ahead a draft can be planned in the editor.
PLANNING_DAYS = 14


class _Words(QObject):
    """The assistant's counted words and names, in the interface language. A QObject only for its tr():
    pyside6-lupdate gives plural forms to self.tr() messages alone."""

    def posts(self, n: int) -> str:
        return self.tr("%n posts", "", n)

    def days(self, n: int) -> str:
        return self.tr("%n days", "", n)

    def votes(self, n: int) -> str:
        return self.tr("%n votes", "", n)

    def sold(self, n: int) -> str:
        return self.tr("%n sold", "", n)

    def learned(self, n: int) -> str:
        return self.tr("learned from %n posts", "", n)

    def endorsed(self, n: int) -> str:
        return self.tr("%n endorsed", "", n)

    def dimension(self, dimension: str) -> str:
        words = {"colour": self.tr("colour"), "format": self.tr("format"), "style": self.tr("palette style")}
        return words.get(dimension, "")

    def topic(self, topic: str) -> str:
        titles = {
            "draft": self.tr("Your draft"),
            "trends": self.tr("Trends"),
            "brand": self.tr("Your brand"),
            "timing": self.tr("Timing"),
            "market": self.tr("Market"),
        }
        return titles.get(topic, topic)

    def people(self, role: Role) -> str:
        names = {
            Role.MODEL: self.tr("models"),
            Role.DESIGNER: self.tr("designers"),
            Role.PHOTOGRAPHER: self.tr("photographers"),
            Role.STYLIST: self.tr("stylists"),
            Role.AGENCY: self.tr("agencies"),
            Role.PRODUCER: self.tr("producers"),
            Role.CUSTOMER: self.tr("customers"),
        }
        return names[role]

    def sure(self, confidence: float) -> str:
        """How sure a trend is; more digits than 99% would claim a precision the test does not have."""
        if confidence > 0.99:
            return self.tr("over 99% sure")
        return self.tr("%1% sure").replace("%1", _num(confidence * 100))


def _plural(role: Role) -> str:
    return _Words().people(role)


def _num(value: float, decimals: int = 0) -> str:
    """A number as the interface's locale writes it (digit grouping, decimal mark)."""
    return QLocale().toString(float(value), "f", decimals)


def _ratio(value: float) -> str:
    """'×2.7', or '×0.46' below 1, in the locale's digits."""
    return "×" + _num(value, 1 if value >= 1 else 2)


def said(words: Phrase) -> str:
    """The assistant's words in the interface's language (the catalogue's "Advice" context), numbers written
    the way its locale writes them."""
    return words.render(lambda template: QCoreApplication.translate(CONTEXT, template), _num)


def _wrap(text: str = "", role: str | None = None) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role is not None:
        label.setProperty("role", role)
    return label


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600; font-size: 11pt; background: transparent")
    label.setAccessibleName(text)
    return label


def _scrolled(body: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(body)
    return area


def _tree(columns: Sequence[str], name: str) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(list(columns))
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setAccessibleName(name)
    tree.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for i in range(1, len(columns)):
        header.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
    return tree


def _fit_rows(tree: QTreeWidget, rows: int) -> None:
    """Size a short list to its rows (no inner scrolling for a handful of items)."""
    row = tree.sizeHintForRow(0) if tree.topLevelItemCount() else 24
    tree.setFixedHeight(tree.header().sizeHint().height() + max(1, rows) * max(row, 22) + 6)


def trend_label(trend: Trend) -> str:
    if trend.dimension == "tag":
        return f"#{trend.item}"
    return f"{trend.item} ({_Words().dimension(trend.dimension)})"


def parse_palette(text: str) -> tuple[int, ...]:
    """Colours typed as hex (#c4c8ce, 0f7c80…) in order; raises ValueError naming what is not a colour."""
    out = []
    for token in re.split(r"[\s,;]+", text.strip()):
        if not token:
            continue
        match = _HEX.fullmatch(token.removeprefix("0x"))
        if match is None:
            raise ValueError(
                QCoreApplication.translate("AssistantPage", "“%1” is not a colour: write it as #RRGGBB").replace(
                    "%1", token
                )
            )
        out.append(int(match.group(1), 16))
    return tuple(out[:8])


def parse_tags(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(t.lstrip("#") for t in re.split(r"[\s,;]+", text.strip()) if t.lstrip("#")))


class _EmptyOr(QStackedWidget):
    """Either a sentence saying what to do (while there is nothing to show) or the content."""

    def __init__(self, content: QWidget, name: str) -> None:
        super().__init__()
        self.message = _wrap("", "subtle")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setAccessibleName(
            QCoreApplication.translate("AssistantPage", "%1: nothing to show yet").replace("%1", name)
        )
        self.message.setStyleSheet("font-size: 11pt; padding: 40px; background: transparent")
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addStretch(2)
        self.addWidget(holder)
        self.addWidget(content)

    def show_empty(self, text: str) -> None:
        self.message.setText(text)
        self.setCurrentIndex(0)

    def show_content(self) -> None:
        self.setCurrentIndex(1)

    @property
    def empty(self) -> bool:
        return self.currentIndex() == 0


class AssistantPage(QWidget):
    """See the module docstring. Thin: every answer is one awaited call on the session's AssistantService."""

    def __init__(self, session: Any, service: AssistantService | None = None) -> None:
        super().__init__()
        self.session = session
        self.service = service if service is not None else AssistantService.of(session)
        self.report: TrendReport | None = None
        self._overview_report: TrendReport | None = None
        self.advice_items: list[Advice] = []
        self.draft_advice: DraftAdvice | None = None
        self.price: PriceSuggestion | None = None
        self._stale = True
        self._segments: list[Segment] = [Segment()]
        root = QVBoxLayout(self)
        root.setContentsMargins(28, 24, 28, 16)
        root.setSpacing(10)
        root.addLayout(self._build_header())
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Assistant views"))
        self.tabs.addTab(_scrolled(self._build_overview()), self.tr("Overview"))
        self.tabs.addTab(_scrolled(self._build_trends()), self.tr("Trends"))
        self.tabs.addTab(_scrolled(self._build_draft()), self.tr("Draft"))
        self.tabs.addTab(_scrolled(self._build_brand()), self.tr("Brand"))
        self.tabs.addTab(_scrolled(self._build_market()), self.tr("Market"))
        root.addWidget(self.tabs, 1)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DEBOUNCE_MS)
        self._refresh_timer.timeout.connect(lambda: self._spawn(self.refresh_trends()))
        self.service.on_change(self._on_service_change, owner=self)
        self.show_status(self.service.status)
        self._show_empty_states()
        self._spawn(self._restore_draft())

    # -- building --------------------------------------------------------------------------------------------------
    def _build_header(self) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(6)
        top = QHBoxLayout()
        top.addWidget(widgets.title(self.tr("Assistant")))
        top.addStretch(1)
        self.learn_button = widgets.button(self.tr("Learn now"))
        self.learn_button.setToolTip(self.tr("Train the models on everything read so far (in the background)"))
        self.cancel_button = widgets.button(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel learning"))
        top.addWidget(self.learn_button)
        top.addWidget(self.cancel_button)
        box.addLayout(top)
        box.addWidget(
            widgets.subtle(
                self.tr(
                    "It learns on this computer only, from chain data the light client has verified and from your "
                    "drafts; nothing it learns leaves your encrypted profile."
                )
            )
        )
        row = QHBoxLayout()
        self.status_line = _wrap("", "subtle")
        self.status_line.setAccessibleName(self.tr("Assistant status"))
        row.addWidget(self.status_line, 1)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(240)
        self.progress.setAccessibleName(self.tr("Learning progress"))
        row.addWidget(self.progress)
        box.addLayout(row)
        self.message = _wrap("", "stale")
        self.message.setAccessibleName(self.tr("Assistant message"))
        box.addWidget(self.message)
        self.learn_button.clicked.connect(self._on_learn_clicked)
        self.cancel_button.clicked.connect(self.service.cancel_training)
        return box

    def _build_overview(self) -> QWidget:
        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(12, 12, 12, 12)
        grid.setSpacing(14)
        card = widgets.Card()
        card.body.addWidget(_heading(self.tr("What the assistant says")))
        self.advice_box = QVBoxLayout()
        self.advice_box.setSpacing(8)
        card.body.addLayout(self.advice_box)
        card.body.addStretch(1)
        self.overview = _EmptyOr(card, self.tr("Advice"))
        grid.addWidget(self.overview, 0, 0, 2, 1)
        rising = widgets.Card()
        rising.body.addWidget(_heading(self.tr("Rising colours")))
        self.overview_swatches = SwatchStrip(self.tr("Rising colours"))
        rising.body.addWidget(self.overview_swatches)
        rising.body.addWidget(_heading(self.tr("Rising tags")))
        self.overview_tags = _wrap("")
        self.overview_tags.setAccessibleName(self.tr("Rising tags"))
        rising.body.addWidget(self.overview_tags)
        self.overview_chart = TrendChart()
        self.overview_chart.setMinimumHeight(240)
        self.overview_chart.setMaximumHeight(300)
        rising.body.addWidget(self.overview_chart)
        rising.body.addStretch(1)
        self.overview_rising = _EmptyOr(rising, self.tr("Rising now"))
        grid.addWidget(self.overview_rising, 0, 1)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 4)
        return body

    def _build_trends(self) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(12)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Among")))
        self.segment_box = QComboBox()
        self.segment_box.setAccessibleName(self.tr("Whose posts"))
        self.segment_box.addItem(self.tr("everyone"))
        self.segment_box.currentIndexChanged.connect(lambda _i: self._spawn(self.refresh_trends()))
        bar.addWidget(self.segment_box)
        self.window_line = _wrap("", "subtle")
        bar.addWidget(self.window_line, 1)
        layout.addLayout(bar)
        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(14)
        chart_card = widgets.Card()
        chart_card.body.addWidget(_heading(self.tr("Share of posts per week")))
        self.trend_chart = TrendChart()
        self.trend_chart.setMinimumHeight(260)
        chart_card.body.addWidget(self.trend_chart)
        grid.addWidget(chart_card, 0, 0)
        colours = widgets.Card()
        colours.body.addWidget(_heading(self.tr("Rising colours")))
        self.rising_swatches = SwatchStrip(self.tr("Rising colours"))
        colours.body.addWidget(self.rising_swatches)
        colours.body.addWidget(_heading(self.tr("Fading colours")))
        self.fading_swatches = SwatchStrip(self.tr("Fading colours"))
        colours.body.addWidget(self.fading_swatches)
        colours.body.addWidget(_heading(self.tr("Emerging clusters")))
        self.clusters = _wrap("")
        self.clusters.setAccessibleName(self.tr("Emerging clusters"))
        colours.body.addWidget(self.clusters)
        colours.body.addStretch(1)
        grid.addWidget(colours, 0, 1)
        rising = widgets.Card()
        rising.body.addWidget(_heading(self.tr("Rising")))
        self.rising_tree = _tree(self._trend_columns(), self.tr("Rising items"))
        rising.body.addWidget(self.rising_tree)
        rising.body.addStretch(1)
        grid.addWidget(rising, 1, 0)
        fading = widgets.Card()
        fading.body.addWidget(_heading(self.tr("Fading")))
        self.fading_tree = _tree(self._trend_columns(), self.tr("Fading items"))
        fading.body.addWidget(self.fading_tree)
        fading.body.addStretch(1)
        grid.addWidget(fading, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.trends_view = _EmptyOr(content, self.tr("Trends"))
        layout.addWidget(self.trends_view, 1)
        return body

    def _trend_columns(self) -> list[str]:
        return [self.tr("What"), self.tr("Change"), self.tr("Sure"), self.tr("Recent posts")]

    def _build_draft(self) -> QWidget:
        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(12, 12, 12, 12)
        grid.setSpacing(14)
        editor = widgets.Card()
        editor.body.addWidget(_heading(self.tr("Your draft")))
        form = QFormLayout()
        form.setSpacing(10)
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("e.g. linen, tailoring, ss26"))
        self.tags_edit.setAccessibleName(self.tr("Draft tags"))
        self.caption_edit = QPlainTextEdit()
        self.caption_edit.setPlaceholderText(self.tr("The caption you plan to write"))
        self.caption_edit.setFixedHeight(84)
        self.caption_edit.setAccessibleName(self.tr("Draft caption"))
        self.format_box = QComboBox()
        self.format_box.setAccessibleName(self.tr("Draft format"))
        for kind, media in DRAFT_FORMATS:
            shown = format_phrase(kind, media, format_name(kind, media))
            self.format_box.addItem(said(shown.capitalized()) if isinstance(shown, Phrase) else shown)
        self.palette_edit = QLineEdit()
        self.palette_edit.setPlaceholderText(self.tr("dominant colours, e.g. #c4c8ce #0f7c80"))
        self.palette_edit.setAccessibleName(self.tr("Draft palette"))
        pick = widgets.button(self.tr("Add colour…"))
        pick.clicked.connect(self._pick_colour)
        palette_row = QHBoxLayout()
        palette_row.addWidget(self.palette_edit, 1)
        palette_row.addWidget(pick)
        self.palette_preview = SwatchStrip(self.tr("Draft palette"))
        self.day_box = QComboBox()
        self.day_box.setAccessibleName(self.tr("Planned day"))
        self.hour_box = QComboBox()
        self.hour_box.setAccessibleName(self.tr("Planned hour"))
        for hour in range(24):
            self.hour_box.addItem(f"{hour:02d}:00", hour)
        when_row = QHBoxLayout()
        when_row.addWidget(self.day_box, 2)
        when_row.addWidget(self.hour_box, 1)
        form.addRow(self.tr("Tags"), self.tags_edit)
        form.addRow(self.tr("Caption"), self.caption_edit)
        form.addRow(self.tr("Format"), self.format_box)
        form.addRow(self.tr("Palette"), palette_row)
        form.addRow("", self.palette_preview)
        form.addRow(self.tr("Planned for"), when_row)
        editor.body.addLayout(form)
        self.calendar_note = _wrap("", "subtle")
        editor.body.addWidget(self.calendar_note)
        row = QHBoxLayout()
        self.draft_error = _wrap("", "error")
        row.addWidget(self.draft_error, 1)
        self.check_button = widgets.primary_button(self.tr("Check draft"))
        row.addWidget(self.check_button)
        editor.body.addLayout(row)
        editor.body.addStretch(1)
        grid.addWidget(editor, 0, 0)
        outlook = widgets.Card()
        outlook.body.addWidget(_heading(self.tr("What to expect")))
        self.outlook_line = _wrap("")
        self.outlook_line.setAccessibleName(self.tr("Expected outcome"))
        outlook.body.addWidget(self.outlook_line)
        outlook.body.addWidget(widgets.subtle(self.tr("Net votes within three days (80% range)")))
        self.engagement_bar = IntervalBar(self.tr("Expected net votes"), self.tr("net votes"))
        outlook.body.addWidget(self.engagement_bar)
        outlook.body.addWidget(widgets.subtle(self.tr("Change of your reputation (80% range)")))
        self.reputation_bar = IntervalBar(self.tr("Expected reputation change"), self.tr("points"))
        outlook.body.addWidget(self.reputation_bar)
        outlook.body.addWidget(_heading(self.tr("Why: against a typical post of your role")))
        self.contributions = ContributionBars()
        outlook.body.addWidget(self.contributions)
        outlook.body.addWidget(_heading(self.tr("Changes that would help")))
        self.suggestion_box = QVBoxLayout()
        self.suggestion_box.setSpacing(8)
        outlook.body.addLayout(self.suggestion_box)
        outlook.body.addStretch(1)
        self.outlook_view = _EmptyOr(outlook, self.tr("Draft advice"))
        grid.addWidget(self.outlook_view, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.check_button.clicked.connect(lambda: self._spawn(self.check_draft()))
        self.palette_edit.textChanged.connect(self._on_palette_edited)
        self._set_default_time()
        return body

    def _build_brand(self) -> QWidget:
        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(12, 12, 12, 12)
        grid.setSpacing(14)
        chart = widgets.Card()
        chart.body.addWidget(_heading(self.tr("Your reputation against your peers")))
        self.brand_summary = _wrap("")
        self.brand_summary.setAccessibleName(self.tr("Brand summary"))
        chart.body.addWidget(self.brand_summary)
        self.brand_chart = BrandChart()
        self.brand_chart.setMinimumHeight(240)
        self.brand_chart.setMaximumHeight(280)
        chart.body.addWidget(self.brand_chart)
        grid.addWidget(chart, 0, 0, 1, 2)
        skills = widgets.Card()
        skills.body.addWidget(_heading(self.tr("Skills worth getting endorsed")))
        self.skill_tree = _tree(
            [self.tr("Skill"), self.tr("Endorsed peers"), self.tr("Their outcome"), self.tr("You")],
            self.tr("Skills worth endorsing"),
        )
        skills.body.addWidget(self.skill_tree)
        association = self.tr(
            "An association among your peers, not a promise: endorsed peers did this much better than the others."
        )
        skills.body.addWidget(widgets.subtle(association))
        skills.body.addStretch(1)
        # Full width: the table has four columns whose headers run long in some languages.
        grid.addWidget(skills, 1, 0, 1, 2)
        posts = widgets.Card()
        posts.body.addWidget(_heading(self.tr("What worked for you")))
        self.best_posts = _wrap("")
        self.best_posts.setAccessibleName(self.tr("Your best posts"))
        posts.body.addWidget(self.best_posts)
        posts.body.addWidget(_heading(self.tr("Your best hours")))
        self.best_hours = _wrap("")
        self.best_hours.setAccessibleName(self.tr("Your best hours"))
        posts.body.addWidget(self.best_hours)
        posts.body.addStretch(1)
        grid.addWidget(posts, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.brand_view = _EmptyOr(body, self.tr("Brand"))
        holder = QWidget()
        QVBoxLayout(holder).addWidget(self.brand_view)
        return holder

    def _build_market(self) -> QWidget:
        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(12, 12, 12, 12)
        grid.setSpacing(14)
        chart = widgets.Card()
        chart.body.addWidget(_heading(self.tr("Demand per category")))
        self.demand_chart = DemandChart()
        # Tall enough for the vertical axis title in every language (a shorter plot elided it).
        self.demand_chart.setMinimumHeight(280)
        self.demand_chart.setMaximumHeight(320)
        chart.body.addWidget(self.demand_chart)
        grid.addWidget(chart, 0, 0, 1, 2)
        table = widgets.Card()
        table.body.addWidget(_heading(self.tr("Categories")))
        self.demand_tree = _tree(
            [self.tr("Category"), self.tr("Trend"), self.tr("Next week"), self.tr("Median price")],
            self.tr("Demand per category"),
        )
        table.body.addWidget(self.demand_tree)
        table.body.addStretch(1)
        grid.addWidget(table, 1, 0)
        price = widgets.Card()
        price.body.addWidget(_heading(self.tr("Price for a new listing")))
        form = QFormLayout()
        self.category_box = QComboBox()
        self.category_box.setEditable(True)
        self.category_box.setAccessibleName(self.tr("Listing category"))
        self.listing_kind = QComboBox()
        self.listing_kind.setAccessibleName(self.tr("Goods or services"))
        self.listing_kind.addItem(self.tr("Service"), int(ListingKind.SERVICE))
        self.listing_kind.addItem(self.tr("Goods"), int(ListingKind.GOOD))
        self.region_edit = QLineEdit()
        self.region_edit.setAccessibleName(self.tr("Listing region"))
        self.region_edit.setPlaceholderText(self.tr("e.g. Paris"))
        self.delivery_days = QSpinBox()
        self.delivery_days.setRange(0, 365)
        self.delivery_days.setValue(7)
        self.delivery_days.setSuffix(self.tr(" days"))
        self.delivery_days.setAccessibleName(self.tr("Delivery time"))
        form.addRow(self.tr("Category"), self.category_box)
        form.addRow(self.tr("Kind"), self.listing_kind)
        form.addRow(self.tr("Region"), self.region_edit)
        form.addRow(self.tr("Delivery"), self.delivery_days)
        price.body.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        self.price_button = widgets.primary_button(self.tr("Suggest a price"))
        row.addWidget(self.price_button)
        price.body.addLayout(row)
        self.price_line = _wrap("")
        self.price_line.setAccessibleName(self.tr("Price suggestion"))
        price.body.addWidget(self.price_line)
        price.body.addStretch(1)
        grid.addWidget(price, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.price_button.clicked.connect(lambda: self._spawn(self.suggest_price()))
        self.market_view = _EmptyOr(body, self.tr("Market"))
        holder = QWidget()
        QVBoxLayout(holder).addWidget(self.market_view)
        return holder

    def _brand_empty(self) -> str:
        return self.tr(
            "Your brand report compares your reputation with other people of your role. It appears after the first "
            "training, once you and your peers have posts or endorsements on the chain."
        )

    def _market_empty(self) -> str:
        return self.tr(
            "No orders seen yet: demand per category and price suggestions appear once orders are placed on the "
            "marketplace and the assistant has learned from them."
        )

    def _kind_name(self, kind: PostKind) -> str:
        names = {
            PostKind.PHOTO: self.tr("photo"),
            PostKind.VIDEO: self.tr("video"),
            PostKind.LOOKBOOK: self.tr("lookbook"),
            PostKind.PORTFOLIO: self.tr("portfolio"),
            PostKind.CASTING: self.tr("casting"),
            PostKind.EVENT: self.tr("event"),
            PostKind.TEXT: self.tr("text"),
        }
        return names.get(kind, kind.name.lower())

    # -- plumbing ----------------------------------------------------------------------------------------------------
    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        self.session.spawn(coro)

    def _on_service_change(self, what: str) -> None:
        if what == "status":
            self.show_status(self.service.status)
        elif what == "data":
            self._stale = True
            if self.isVisible() and not self._refresh_timer.isActive():
                self._refresh_timer.start()
        elif what == "models":
            self._stale = True
            if self.isVisible():
                self._spawn(self.refresh())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self.service.brand() is not None:
            self.brand_chart.set_report(self.service.brand())  # its shading depends on the theme
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._spawn(self.refresh())

    def _on_learn_clicked(self) -> None:
        self.service.train_now()

    # -- status ------------------------------------------------------------------------------------------------------
    def show_status(self, status: AssistantStatus) -> None:
        self.status_line.setText(status_text(status))
        training = status.training
        reading = status.phase == "reading"
        done, total = status.reading_progress
        self.progress.setVisible(training or reading)
        if training:
            self.progress.setValue(int(status.fraction * 1000))
            self.progress.setAccessibleDescription(f"{status.stage}: {status.fraction:.0%}")
        elif reading and total:
            self.progress.setValue(int(1000 * done / total))
        self.cancel_button.setVisible(training)
        self.cancel_button.setEnabled(training and status.stage != "cancelling")
        self.learn_button.setEnabled(not training and status.n_posts > 0)
        self.message.setText(status.message)
        # A finished training is already in the status line; only what needs attention gets its own line.
        self.message.setVisible(bool(status.message) and status.tone != "done")
        widgets.set_role(self.message, {"warning": "stale", "error": "error"}.get(status.tone, "subtle"))
        if self.draft_advice is None or self.service.models is None:
            self._show_draft_empty()

    # -- refreshing ------------------------------------------------------------------------------------------------
    async def refresh(self) -> None:
        """Everything: trends, advice, brand and market (after new models or when first shown)."""
        self._stale = False
        self._fill_days()
        if not self.service.libraries_loaded():
            self._show_loading()
            await self.service.load_libraries()
        await self.refresh_trends()
        # One view per turn of the loop: each is a few milliseconds of widget work, together they are not.
        await asyncio.sleep(0)
        self.show_brand(self.service.brand())
        await asyncio.sleep(0)
        self.show_market(self.service.market())
        await asyncio.sleep(0)
        if self.draft_advice is not None and self.service.models is not None:
            await self.check_draft()
        await self.refresh_advice()

    async def refresh_trends(self) -> None:
        await self._update_segments()
        index = max(0, self.segment_box.currentIndex())
        segment = self._segments[index] if index < len(self._segments) else Segment()
        report = await self.service.trends(segment)
        if report is not self.report:  # the same report (no new data) is on screen already
            self.show_trends(report)
            await asyncio.sleep(0)
        overview = report if segment == Segment() else await self.service.trends(Segment())
        if overview is not self._overview_report:
            self._overview_report = overview
            self.show_overview_trends(overview)

    async def refresh_advice(self) -> None:
        draft = self.current_draft() if self.draft_advice is not None else None
        items = await self.service.advice(draft=draft)
        report = await self.service.trends()
        if self.service.models is None and not report.enough_data:
            self.overview.show_empty(self._not_enough_words(report))
            self.advice_items = items
            return
        self.show_advice(items)

    def _not_enough_words(self, report: TrendReport) -> str:
        need = self.service.assistant.settings.trends.min_posts
        days = (report.as_of_ms - report.recent_start_ms) // DAY_MS
        text = (
            self.tr(
                "Not enough verified posts yet to say what is rising: %1 of the %2 from the last %3 that trends need "
                "(and %2 from the weeks before). The assistant keeps reading new blocks and learns by itself."
            )
            .replace("%1", _num(report.recent_posts))
            .replace("%2", str(need))
            .replace("%3", _Words().days(days))
        )
        if self.service.clock.label != BlockTimeClock.label:
            text += " " + self.tr("On the demo devnet the weeks are simulated: they pass in minutes.")
        return text

    async def _update_segments(self) -> None:
        segments = await self.service.segments()
        if segments == self._segments:
            return
        current = self._segments[self.segment_box.currentIndex()] if self._segments else Segment()
        self._segments = segments
        self.segment_box.blockSignals(True)
        self.segment_box.clear()
        for segment in segments:
            label = segment.label
            if segment.role is not None:
                label = _plural(segment.role)
            elif segment == Segment():
                label = self.tr("everyone")
            self.segment_box.addItem(label)
        self.segment_box.setCurrentIndex(segments.index(current) if current in segments else 0)
        self.segment_box.blockSignals(False)

    # -- showing -----------------------------------------------------------------------------------------------------
    def _show_empty_states(self) -> None:
        self.overview.show_empty(self.tr("The assistant is getting ready. Its advice appears here as soon as it "
                                         "has read enough verified posts."))  # fmt: skip
        self.overview_rising.show_empty(self.tr("Rising tags and colours appear here."))
        self.trends_view.show_empty(
            self.tr(
                "No trends yet: the assistant needs about 150 posts from the last three weeks and 150 from the nine "
                "weeks before. It keeps reading verified blocks by itself."
            )
        )
        self.brand_view.show_empty(self._brand_empty())
        self.market_view.show_empty(self._market_empty())
        self._show_draft_empty()

    def _show_loading(self) -> None:
        """While the assistant's statistics libraries load, the first time the screen is shown."""
        text = self.tr("Loading the assistant's models and statistics…")
        for view in (self.overview, self.overview_rising, self.trends_view, self.brand_view, self.market_view):
            view.show_empty(text)

    def _show_draft_empty(self) -> None:
        if self.service.models is None:
            status = self.service.status
            if status.training:
                text = self.tr("Learning now… the outlook for your draft appears when it is done.")
            else:
                text = self.tr(
                    "Advice for a draft needs a trained model. The assistant learns by itself once about %1 posts "
                    "have had three days of votes; you can also press Learn now."
                ).replace("%1", str(self.service.assistant.settings.min_posts))
            self.outlook_view.show_empty(text)
        elif self.draft_advice is None:
            self.outlook_view.show_empty(
                self.tr(
                    "Write the tags, caption, format, colours and time you have in mind, then press Check draft: "
                    "the assistant predicts the votes and reputation it will likely earn and suggests changes."
                )
            )

    def show_trends(self, report: TrendReport) -> None:
        self.report = report
        days = (report.as_of_ms - report.recent_start_ms) // DAY_MS
        base = (report.recent_start_ms - report.baseline_start_ms) // DAY_MS
        words = _Words()
        self.window_line.setText(
            self.tr("Last %1 (%2) against the %3 before (%4).")
            .replace("%1", words.days(days))
            .replace("%2", words.posts(report.recent_posts))
            .replace("%3", words.days(base))
            .replace("%4", words.posts(report.baseline_posts))
        )
        if not report.enough_data:
            need = self.service.assistant.settings.trends.min_posts
            self.trends_view.show_empty(
                self.tr(
                    "Not enough posts yet to tell what is rising among %1: %2 in the last %3 and %4 in the %5 "
                    "before; it needs %6 in each. It keeps reading verified blocks by itself."
                )
                .replace("%1", report.segment.label)
                .replace("%2", _num(report.recent_posts))
                .replace("%3", words.days(days))
                .replace("%4", _num(report.baseline_posts))
                .replace("%5", words.days(base))
                .replace("%6", str(need))
            )
            return
        self.trends_view.show_content()
        rising_tags = report.rising("tag")
        shown = rising_tags[:5] + report.fading("tag")[:1]
        self.trend_chart.set_trends(shown)
        rising = [t for d in ("tag", "colour", "format", "style") for t in report.rising(d)]
        fading = [t for d in ("tag", "colour", "format", "style") for t in report.fading(d)]
        for tree, items in ((self.rising_tree, rising), (self.fading_tree, fading)):
            tree.clear()
            for t in items[:12]:
                row = QTreeWidgetItem(
                    [trend_label(t), _ratio(t.ratio),
                     words.sure(t.confidence), _num(t.recent_count)]
                )  # fmt: skip
                row.setToolTip(
                    0,
                    self.tr("%1: %2 recent and %3 earlier posts")
                    .replace("%1", trend_label(t))
                    .replace("%2", _num(t.recent_count))
                    .replace("%3", _num(t.baseline_count)),
                )
                if t.swatch is not None:
                    row.setIcon(0, _swatch_icon(t.swatch))
                tree.addTopLevelItem(row)
            if not items:
                tree.addTopLevelItem(QTreeWidgetItem([self.tr("Nothing significant"), "", "", ""]))
            _fit_rows(tree, min(max(len(items), 1), 12))
        self.rising_swatches.set_swatches(_swatches(report.rising("colour")))
        self.fading_swatches.set_swatches(_swatches(report.fading("colour")))
        clusters = report.emerging_clusters()
        self.clusters.setText(
            "\n".join(
                self.tr("%1: posts combining them ×%2")
                .replace("%1", " + ".join("#" + t for t in c.tags))
                .replace("%2", _num(c.ratio, 1))
                for c in clusters[:3]
            )
            or self.tr("No cluster of tags is emerging.")
        )

    def show_overview_trends(self, report: TrendReport) -> None:
        if not report.enough_data:
            self.overview_rising.show_empty(
                self.tr("Rising tags and colours appear here once there are enough recent posts (%1 of %2 so far).")
                .replace("%1", _num(report.recent_posts))
                .replace("%2", str(self.service.assistant.settings.trends.min_posts))
            )
            return
        self.overview_rising.show_content()
        colours = report.rising("colour")
        self.overview_swatches.set_swatches(_swatches(colours))
        self.overview_swatches.setVisible(bool(colours))
        tags = report.rising("tag")
        self.overview_tags.setText(
            "   ".join(f"#{t.item}\u00a0×{_num(t.ratio, 1)}" for t in tags[:8])
            or self.tr("No tag is rising significantly.")
        )
        self.overview_chart.set_trends(tags[:4])
        self.overview_chart.setVisible(bool(tags))

    def show_advice(self, items: Sequence[Advice]) -> None:
        self.advice_items = list(items)
        _clear_layout(self.advice_box)
        if not items:
            self.overview.show_empty(self.tr("Nothing to say yet: the assistant keeps reading verified blocks."))
            return
        self.overview.show_content()
        for topic in ("draft", "trends", "brand", "timing", "market"):
            mine = [a for a in items if a.topic == topic]
            if not mine:
                continue
            self.advice_box.addWidget(_heading(_Words().topic(topic)))
            for a in mine[:5]:
                label = _wrap(f"• {said(a.phrase)}")
                label.setAccessibleName(self.tr("Advice on %1").replace("%1", topic))
                self.advice_box.addWidget(label)

    def show_brand(self, report: BrandReport | None) -> None:
        if report is None or report.trajectory is None:
            self.brand_view.show_empty(self._brand_empty())
            return
        self.brand_view.show_content()
        t = report.trajectory
        role = _plural(report.role)
        self.brand_summary.setText(
            self.tr(
                "Your reputation is %1: above %2% of %3 %4. Over four weeks you gained %5, more than %6% of them "
                "(their median gain: %7)."
            )
            .replace("%1", _num(t.user[-1]))
            .replace("%2", _num(t.percentile))
            .replace("%3", str(t.n_peers))
            .replace("%4", role)
            .replace("%5", _num(t.growth))
            .replace("%6", _num(t.growth_percentile))
            .replace("%7", _num(t.peers_median_growth))
        )
        self.brand_chart.set_report(report)
        self.skill_tree.clear()
        for s in report.skills[:8]:
            unit = self.tr("orders") if s.outcome == "orders" else self.tr("votes per post")
            claimed = self.tr("claimed") if s.user_claimed else "—"
            you = _Words().endorsed(s.user_endorsements) if s.user_endorsements else claimed
            peers = self.tr("%1 of %2").replace("%1", str(s.peers_endorsed)).replace("%2", str(s.peers_total))
            self.skill_tree.addTopLevelItem(QTreeWidgetItem([s.skill, peers, f"×{_num(s.lift, 1)} {unit}", you]))
        if not report.skills:
            self.skill_tree.addTopLevelItem(
                QTreeWidgetItem([self.tr("No endorsed skills among your peers yet"), "", "", ""])
            )
        _fit_rows(self.skill_tree, min(max(len(report.skills), 1), 8))
        lines = []
        for post in report.best_posts[:3]:
            credit = ", ".join(f"{c.group} {c.votes:+.0f}" for c in post.contributions if c.votes >= 0.5)
            tags = " ".join(f"#{t}" for t in post.tags[:4])
            line = (
                self.tr("• Your %1 %2: %3 against your usual %4")
                .replace("%1", self._kind_name(post.kind))
                .replace("%2", tags)
                .replace("%3", _Words().votes(round(post.engagement)))
                .replace("%4", _num(post.usual))
            )
            if credit:
                line += " " + self.tr("(the model credits %1)").replace("%1", credit)
            lines.append(line)
        self.best_posts.setText("\n".join(lines) or self.tr("None of your posts has clearly beaten your usual yet."))
        if report.hours:
            ranked = sorted(report.hours, key=lambda h: -h[1])
            offset = (self.service.assistant.user.utc_offset_minutes // 60) if self.service.assistant.user else 0
            best = ", ".join(f"{(h + offset) % 24:02d}:00 (~{_Words().votes(round(v))})" for h, v in ranked[:3])
            weakest = ", ".join(f"{(h + offset) % 24:02d}:00" for h, _ in ranked[-2:])
            self.best_hours.setText(self.tr("Best: %1.  Weakest: %2.").replace("%1", best).replace("%2", weakest))
        else:
            self.best_hours.setText(self.tr("Not known yet."))

    def show_market(self, market: MarketModel | None) -> None:
        if market is None or not market.demand:
            self.market_view.show_empty(self._market_empty())
            return
        self.market_view.show_content()
        busiest = sorted(market.demand, key=lambda d: -sum(d.weekly_orders))
        self.demand_chart.set_demand(busiest[:4])
        self.demand_tree.clear()
        for d in busiest[:10]:
            arrow = {"rising": self.tr("rising ↑"), "fading": self.tr("falling ↓")}.get(d.direction, self.tr("steady"))
            nxt = f"{_num(d.forecast[0])} ({_num(d.forecast_low[0])}–{_num(d.forecast_high[0])})" if d.forecast else "—"
            self.demand_tree.addTopLevelItem(
                QTreeWidgetItem([d.category, f"{arrow} ×{_num(d.ratio, 1)}", nxt, f"{_num(d.median_price, 2)} ExC"])
            )
        _fit_rows(self.demand_tree, min(len(busiest), 10))
        current = self.category_box.currentText()
        self.category_box.blockSignals(True)
        self.category_box.clear()
        self.category_box.addItems([d.category for d in busiest])
        if current:
            self.category_box.setCurrentText(current)
        self.category_box.blockSignals(False)

    # -- the draft ---------------------------------------------------------------------------------------------------
    def _offset_ms(self) -> int:
        user = self.service.assistant.user
        minutes = user.utc_offset_minutes if user is not None else local_utc_offset_minutes()
        return minutes * 60_000

    def _fill_days(self) -> None:
        """The next two weeks of the assistant's calendar (local days), keeping the chosen day's offset."""
        offset = self._offset_ms()
        today = (self.service.now_ms() + offset) // DAY_MS * DAY_MS - offset
        chosen = max(0, self.day_box.currentIndex())
        if self.day_box.count() and self.day_box.itemData(0) == today:
            return
        locale = QLocale()
        self.day_box.blockSignals(True)
        self.day_box.clear()
        for i in range(PLANNING_DAYS):
            start = today + i * DAY_MS
            moment = datetime.fromtimestamp((start + offset) / 1000, tz=UTC)
            name = {0: self.tr("Today"), 1: self.tr("Tomorrow")}.get(i, locale.dayName(moment.isoweekday()))
            month = locale.monthName(moment.month, QLocale.FormatType.ShortFormat)
            self.day_box.addItem(f"{name} · {moment.day} {month} {moment.year}", start)
        self.day_box.setCurrentIndex(min(chosen, PLANNING_DAYS - 1))
        self.day_box.blockSignals(False)

    def planned_time_ms(self) -> int:
        return int(self.day_box.currentData()) + int(self.hour_box.currentData()) * HOUR_MS

    def set_planned_time(self, time_ms: int) -> None:
        self._fill_days()
        first = int(self.day_box.itemData(0))
        day = max(0, min(PLANNING_DAYS - 1, (time_ms - first) // DAY_MS))
        self.day_box.setCurrentIndex(int(day))
        hour = (time_ms + self._offset_ms()) // HOUR_MS % 24
        self.hour_box.setCurrentIndex(int(hour))

    def _set_default_time(self) -> None:
        self.day_box.clear()
        self._fill_days()
        self.day_box.setCurrentIndex(1)
        self.hour_box.setCurrentIndex(19)
        demo = self.service.clock.label != BlockTimeClock.label
        self.calendar_note.setText(
            self.tr("Times follow the demo community's simulated calendar (weeks pass in minutes of blocks).")
            if demo
            else ""
        )
        self.calendar_note.setVisible(demo)

    def current_draft(self) -> Draft:
        """The draft as typed; raises ValueError with a sentence for what is wrong."""
        kind, media = DRAFT_FORMATS[max(0, self.format_box.currentIndex())]
        return Draft(
            tags=parse_tags(self.tags_edit.text()),
            caption=self.caption_edit.toPlainText(),
            kind=PostKind(kind),
            media_type=MediaType(media),
            palette=parse_palette(self.palette_edit.text()),
            planned_time_ms=self.planned_time_ms(),
        )

    def set_draft(self, draft: Draft) -> None:
        self.tags_edit.setText(", ".join(draft.tags))
        self.caption_edit.setPlainText(draft.caption)
        wanted = (draft.kind, draft.media_type)
        self.format_box.setCurrentIndex(DRAFT_FORMATS.index(wanted) if wanted in DRAFT_FORMATS else 0)
        self.palette_edit.setText(" ".join(f"#{c:06x}" for c in draft.palette))
        self.set_planned_time(draft.planned_time_ms)

    def _on_palette_edited(self, text: str) -> None:
        try:
            colours = parse_palette(text)
        except ValueError:
            colours = ()
        self.palette_preview.set_swatches([Swatch(c, f"#{c:06x}", "") for c in colours])

    def _pick_colour(self) -> None:
        dialog = QColorDialog(self)
        dialog.setWindowTitle(self.tr("Add a colour to the palette"))
        dialog.colorSelected.connect(
            lambda colour: self.palette_edit.setText(f"{self.palette_edit.text()} {colour.name()}".strip())
        )
        dialog.open()

    async def _restore_draft(self) -> None:
        draft = await self.service.load_draft()
        if draft is not None and not self.tags_edit.text():
            self.set_draft(draft)

    async def check_draft(self) -> None:
        try:
            draft = self.current_draft()
        except ValueError as exc:
            self.draft_error.setText(str(exc))
            return
        if not draft.tags and not draft.caption:
            self.draft_error.setText(self.tr("Give the draft at least a tag or a caption."))
            return
        self.draft_error.setText("")
        self.check_button.setEnabled(False)
        try:
            await self.service.save_draft(draft)
            advice = await self.service.advise(draft)
        finally:
            self.check_button.setEnabled(True)
        if advice is None:
            self._show_draft_empty()
            return
        self.show_draft_advice(advice)

    def show_draft_advice(self, advice: DraftAdvice) -> None:
        self.draft_advice = advice
        self.outlook_view.show_content()
        o = advice.outlook
        self.outlook_line.setText(
            self.tr("About %1 net votes (likely %2–%3) and %4 reputation (%5 to %6).")
            .replace("%1", _num(o.engagement))
            .replace("%2", _num(max(o.engagement_low, 0)))
            .replace("%3", _num(o.engagement_high))
            .replace("%4", f"{o.reputation:+.0f}")
            .replace("%5", f"{o.reputation_low:+.0f}")
            .replace("%6", f"{o.reputation_high:+.0f}")
        )
        self.engagement_bar.set_interval(max(o.engagement_low, 0.0), o.engagement, o.engagement_high)
        self.reputation_bar.set_interval(o.reputation_low, o.reputation, o.reputation_high)
        self.contributions.set_contributions(advice.contributions)
        _clear_layout(self.suggestion_box)
        for s in advice.suggestions:
            self.suggestion_box.addWidget(self._suggestion_row(s))
        if not advice.suggestions:
            fine = self.tr("No single change would clearly help: this draft is in good shape.")
            self.suggestion_box.addWidget(_wrap(fine, "subtle"))

    def _suggestion_row(self, suggestion: Suggestion) -> QWidget:
        row = QWidget()
        row.setObjectName("Row")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        text = QVBoxLayout()
        gain = self.tr("(+%1 votes)").replace("%1", _num(suggestion.gain, 1))
        what = QLabel(f"{said(suggestion.change.capitalized())}  {gain}")
        what.setStyleSheet("font-weight: 600; background: transparent")
        what.setWordWrap(True)
        text.addWidget(what)
        text.addWidget(_wrap(said(suggestion.reason.capitalized()) + ".", "subtle"))
        layout.addLayout(text, 1)
        if suggestion.kind != "caption":  # a caption is the user's to write: only its length is advice
            apply = QPushButton(self.tr("Apply"))
            apply.setAccessibleName(self.tr("Apply: %1").replace("%1", said(suggestion.change)))
            apply.clicked.connect(self._apply_suggestion(suggestion))
            layout.addWidget(apply, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _apply_suggestion(self, suggestion: Suggestion) -> Callable[[], None]:
        def apply() -> None:
            self.set_draft(suggestion.draft)
            self._spawn(self.check_draft())

        return apply

    # -- the market --------------------------------------------------------------------------------------------------
    async def suggest_price(self) -> None:
        category = self.category_box.currentText().strip()
        if not category:
            self.price_line.setText(self.tr("Choose or type a category."))
            return
        listing = ListingDraft(
            ListingKind(self.listing_kind.currentData()), category, self.region_edit.text().strip(),
            self.delivery_days.value(),
        )  # fmt: skip
        suggestion = await self.service.suggest_price(listing)
        self.price = suggestion
        if suggestion is None:
            self.price_line.setText(
                self.tr("Nothing comparable to “%1” has been listed or sold yet.").replace("%1", category)
            )
            return
        if suggestion.basis == "model":
            basis = self.tr("Similar listings")
        else:
            basis = self.tr("Listings in “%1”").replace("%1", suggestion.category)
        text = (
            self.tr("%1 sold for %2–%3 ExC; about %4 ExC is typical (%5).")
            .replace("%1", basis)
            .replace("%2", _num(suggestion.low, 2))
            .replace("%3", _num(suggestion.high, 2))
            .replace("%4", _num(suggestion.typical, 2))
            .replace("%5", _Words().sold(suggestion.n_comparable))
        )
        if suggestion.demand is not None and suggestion.demand.direction == "rising":
            text += " " + self.tr("Demand is rising (×%1), so the upper end is realistic.").replace(
                "%1", _num(suggestion.demand.ratio, 1)
            )
        self.price_line.setText(text)


def status_text(status: AssistantStatus) -> str:
    """The status line: what the assistant is doing, in one sentence."""
    done, total = status.reading_progress
    words = _Words()
    posts = words.posts(status.n_posts)
    if status.trained_posts:
        learned = words.learned(status.trained_posts)
    else:
        learned = QCoreApplication.translate("AssistantPage", "not trained yet")
    clock = ""
    if status.clock != BlockTimeClock.label:
        clock = " " + QCoreApplication.translate("AssistantPage", "Times follow the demo community's simulated weeks.")
    if status.training:
        stage = (
            QCoreApplication.translate("AssistantPage", "stopping") if status.stage == "cancelling" else status.stage
        )
        return (
            QCoreApplication.translate("AssistantPage", "Learning from %1: %2 (%3%).")
            .replace("%1", posts)
            .replace("%2", stage)
            .replace("%3", _num(status.fraction * 100))
        )
    if status.phase in ("starting", "loading"):
        return QCoreApplication.translate("AssistantPage", "Opening what the assistant learned before…")
    if status.phase == "offline":
        return QCoreApplication.translate(
            "AssistantPage", "Offline: it keeps its %1 and reads new blocks when the network is back."
        ).replace("%1", posts)
    if status.phase == "reading":
        text = QCoreApplication.translate("AssistantPage", "Reading verified blocks: %1 of %2 · %3 so far · %4.")
        return (
            text.replace("%1", _num(done)).replace("%2", _num(total)).replace("%3", posts).replace("%4", learned)
            + clock
        )
    if status.phase == "local":
        note = status.note or QCoreApplication.translate("AssistantPage", "Local data")
        return f"{note}: {posts} · {learned}."
    if status.read_height < status.tip and clock:
        text = QCoreApplication.translate(
            "AssistantPage",
            "Read up to verified height %1 of %2 (the rest waits for the demo community's calendar) · %3 · %4.",
        )
        return (
            text.replace("%1", _num(status.read_height))
            .replace("%2", _num(status.tip))
            .replace("%3", posts)
            .replace("%4", learned)
            + clock
        )
    text = QCoreApplication.translate("AssistantPage", "Up to date with verified height %1 · %2 · %3.")
    return text.replace("%1", _num(status.read_height)).replace("%2", posts).replace("%3", learned) + clock


def _swatches(trends: Sequence[Trend]) -> list[Swatch]:
    return [Swatch(t.swatch or 0, t.item, _ratio(t.ratio)) for t in trends[:6] if t.swatch is not None]


def _swatch_icon(rgb: int) -> Any:
    from PySide6.QtGui import QIcon, QPixmap

    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(f"#{rgb:06x}"))
    return QIcon(pixmap)


def _clear_layout(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()
