"""The assistant's charts and small painted widgets: trend lines, colour swatches, demand with its forecast,
reputation against peers, a prediction interval, and feature contributions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCharts import QAreaSeries, QChart, QChartView, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QMargins, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from assistant import BrandReport, CategoryDemand, Contribution, Trend
from etalonium_desktop.ui import theme

#: Line colours of trend and demand series (distinct on light and dark backgrounds).
SERIES_COLOURS = ("#8a3ffc", "#1f9e89", "#e8590c", "#1971c2", "#c2255c", "#5c940d")


def _group_label(group: str) -> str:
    labels = {
        "tags": QCoreApplication.translate("AssistantCharts", "Tags"),
        "timing": QCoreApplication.translate("AssistantCharts", "Timing"),
        "format": QCoreApplication.translate("AssistantCharts", "Format"),
        "colours": QCoreApplication.translate("AssistantCharts", "Colours"),
        "caption": QCoreApplication.translate("AssistantCharts", "Caption"),
        "author": QCoreApplication.translate("AssistantCharts", "Your standing"),
    }
    return labels.get(group, group)


def _hex(rgb: int) -> str:
    return f"#{rgb & 0xFFFFFF:06x}"


def readable_on(rgb: int) -> QColor:
    """Black or white, whichever reads better on the colour `rgb`."""
    r, g, b = (rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255
    return QColor("#1d1b22") if 0.299 * r + 0.587 * g + 0.114 * b > 150 else QColor("#ffffff")


class _ThemedChart(QChartView):
    """A chart view with a transparent background whose axes follow the app's theme."""

    def __init__(self, accessible_name: str, min_height: int = 220) -> None:
        chart = QChart()
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        super().__init__(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(min_height)
        self.setAccessibleName(accessible_name)
        self.x_axis = QValueAxis()
        self.y_axis = QValueAxis()
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.setStyleSheet("background: transparent")
        self._restyle()

    def _restyle(self) -> None:
        muted, text = theme.colour("muted"), theme.colour("text")
        grid = QColor(muted)
        grid.setAlpha(60)
        for axis in (self.x_axis, self.y_axis):
            axis.setLabelsColor(muted)
            axis.setTitleBrush(QBrush(muted))
            axis.setGridLineColor(grid)
            axis.setLinePenColor(grid)
        self.chart().legend().setLabelColor(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._restyle()
        super().changeEvent(event)

    def clear(self) -> None:
        chart = self.chart()
        for series in list(chart.series()):
            chart.removeSeries(series)
            series.deleteLater()

    def _attach(self, series: QLineSeries | QAreaSeries | QScatterSeries) -> None:
        self.chart().addSeries(series)
        series.attachAxis(self.x_axis)
        series.attachAxis(self.y_axis)


def _weeks_axis(axis: QValueAxis, first: float, last: float) -> None:
    axis.setRange(first, last)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(2 if last - first > 8 else 1)
    axis.setLabelFormat("%d")
    axis.setTitleText(QCoreApplication.translate("AssistantCharts", "weeks from now"))


def _area(upper: QLineSeries, lower: QLineSeries) -> QAreaSeries:
    """An area between two lines that owns them (QAreaSeries does not, and a collected boundary crashes)."""
    band = QAreaSeries(upper, lower)
    upper.setParent(band)
    lower.setParent(band)
    return band


def _line(colour: str, width: int = 2, dashed: bool = False) -> QPen:
    pen = QPen(QColor(colour))
    pen.setWidth(width)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


class TrendChart(_ThemedChart):
    """Weekly share of posts carrying each trend's item, for the last weeks (rising ones solid, fading dashed)."""

    def __init__(self) -> None:
        super().__init__(QCoreApplication.translate("AssistantCharts", "Trend lines: share of posts per week"))
        self.y_axis.setTitleText(QCoreApplication.translate("AssistantCharts", "% of posts"))
        self.names: list[str] = []

    def set_trends(self, trends: Sequence[Trend]) -> None:
        self.clear()
        self.names = []
        top = 0.0
        weeks = 0
        for i, trend in enumerate(trends):
            rates = trend.weekly_rates
            weeks = max(weeks, len(rates))
            colour = _hex(trend.swatch) if trend.swatch is not None else SERIES_COLOURS[i % len(SERIES_COLOURS)]
            series = QLineSeries()
            label = f"#{trend.item}" if trend.dimension == "tag" else trend.item
            series.setName(f"{label} {'↑' if trend.direction == 'rising' else '↓'}")
            series.setPen(_line(colour, 3 if trend.direction == "rising" else 2, trend.direction == "fading"))
            n = len(rates)
            series.append([QPointF(k - n + 1, 100 * r) for k, r in enumerate(rates)])
            top = max(top, *(100 * r for r in rates)) if rates else top
            self._attach(series)
            self.names.append(label)
        _weeks_axis(self.x_axis, -(max(weeks, 2) - 1), 0)
        self.y_axis.setRange(0, max(1.0, top * 1.1))
        self.y_axis.applyNiceNumbers()
        self.y_axis.setLabelFormat("%.0f")
        self.chart().legend().setVisible(bool(trends))


class DemandChart(_ThemedChart):
    """Orders per week of the busiest categories, with the forecast (dashed) and its interval (shaded)."""

    def __init__(self) -> None:
        super().__init__(QCoreApplication.translate("AssistantCharts", "Market demand: orders per week with forecast"))
        self.y_axis.setTitleText(QCoreApplication.translate("AssistantCharts", "orders per week"))
        self.names: list[str] = []

    def set_demand(self, demand: Sequence[CategoryDemand]) -> None:
        self.clear()
        self.names = []
        top, weeks, ahead = 1.0, 2, 0
        for i, d in enumerate(demand):
            colour = SERIES_COLOURS[i % len(SERIES_COLOURS)]
            n = len(d.weekly_orders)
            weeks, ahead = max(weeks, n), max(ahead, len(d.forecast))
            history = QLineSeries()
            history.setName(d.category)
            history.setPen(_line(colour, 3))
            history.append([QPointF(k - n + 1, float(v)) for k, v in enumerate(d.weekly_orders)])
            self._attach(history)
            if d.forecast:
                last = float(d.weekly_orders[-1]) if d.weekly_orders else d.forecast[0]
                forecast = QLineSeries()
                forecast.setPen(_line(colour, 2, dashed=True))
                forecast.append([QPointF(0, last), *(QPointF(k + 1, v) for k, v in enumerate(d.forecast))])
                low, high = QLineSeries(), QLineSeries()
                low.append([QPointF(0, last), *(QPointF(k + 1, v) for k, v in enumerate(d.forecast_low))])
                high.append([QPointF(0, last), *(QPointF(k + 1, v) for k, v in enumerate(d.forecast_high))])
                band = _area(high, low)
                shade = QColor(colour)
                shade.setAlpha(45)
                band.setBrush(shade)
                band.setPen(QPen(Qt.PenStyle.NoPen))
                self._attach(band)
                self._attach(forecast)
                for marker in self.chart().legend().markers(band) + self.chart().legend().markers(forecast):
                    marker.setVisible(False)
                top = max(top, *d.forecast_high)
            top = max(top, *(float(v) for v in d.weekly_orders)) if d.weekly_orders else top
            self.names.append(d.category)
        self.x_axis.setRange(-(weeks - 1), max(ahead, 1))
        self.x_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.x_axis.setTickAnchor(0)
        self.x_axis.setTickInterval(2 if weeks > 8 else 1)
        self.x_axis.setLabelFormat("%d")
        self.x_axis.setTitleText(
            QCoreApplication.translate("AssistantCharts", "weeks from now (dashed: forecast, shaded: 80% range)")
        )
        self.y_axis.setRange(0, top * 1.1)
        self.y_axis.applyNiceNumbers()
        self.y_axis.setLabelFormat("%.0f")
        self.chart().legend().setVisible(bool(demand))


class BrandChart(_ThemedChart):
    """The user's public reputation each week against the middle half (shaded) and median (dashed) of peers."""

    def __init__(self) -> None:
        super().__init__(QCoreApplication.translate("AssistantCharts", "Your reputation against peers of your role"))
        self.y_axis.setTitleText(QCoreApplication.translate("AssistantCharts", "reputation"))

    def set_report(self, report: BrandReport | None) -> None:
        self.clear()
        trajectory = report.trajectory if report is not None else None
        if trajectory is None:
            self.chart().legend().setVisible(False)
            return
        n = len(trajectory.user)
        xs = [k - n + 1 for k in range(n)]
        low, high = QLineSeries(), QLineSeries()
        low.append([QPointF(x, v) for x, v in zip(xs, trajectory.peers_p25, strict=True)])
        high.append([QPointF(x, v) for x, v in zip(xs, trajectory.peers_p75, strict=True)])
        band = _area(high, low)
        band.setName(QCoreApplication.translate("AssistantCharts", "middle half of peers"))
        shade = QColor("#8a3ffc")
        shade.setAlpha(95 if theme.current() == theme.Theme.DARK else 45)
        band.setBrush(shade)
        band.setPen(QPen(Qt.PenStyle.NoPen))
        median = QLineSeries()
        median.setName(QCoreApplication.translate("AssistantCharts", "peers' median"))
        median.setPen(_line("#6b6773", 2, dashed=True))
        median.append([QPointF(x, v) for x, v in zip(xs, trajectory.peers_median, strict=True)])
        mine = QLineSeries()
        mine.setName(QCoreApplication.translate("AssistantCharts", "you"))
        mine.setPen(_line("#e8590c", 3))
        mine.append([QPointF(x, v) for x, v in zip(xs, trajectory.user, strict=True)])
        for series in (band, median, mine):
            self._attach(series)
        _weeks_axis(self.x_axis, xs[0], 0)
        values = [*trajectory.user, *trajectory.peers_p75]
        self.y_axis.setRange(min(0.0, *values), max(1.0, *values) * 1.1)
        self.y_axis.applyNiceNumbers()
        self.y_axis.setLabelFormat("%.0f")
        self.chart().legend().setVisible(True)


@dataclass(frozen=True, slots=True)
class Swatch:
    rgb: int
    name: str
    caption: str


class SwatchStrip(QWidget):
    """A row of colour swatches, each with its name and a caption (e.g. "×2.4") underneath."""

    SIZE = 46
    GAP = 14

    def __init__(self, accessible_name: str = "Colour swatches") -> None:
        super().__init__()
        self.swatches: list[Swatch] = []
        self.setAccessibleName(accessible_name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_swatches(self, swatches: Sequence[Swatch]) -> None:
        self.swatches = list(swatches)
        self.setAccessibleDescription(", ".join(f"{s.name} {s.caption}" for s in self.swatches))
        self.updateGeometry()
        self.update()

    def _cell_width(self) -> int:
        metrics = QFontMetrics(self.font())
        widest = max((metrics.horizontalAdvance(t) for s in self.swatches for t in (s.name, s.caption)), default=0)
        return max(self.SIZE, widest + 4)

    def sizeHint(self) -> QSize:
        lines = QFontMetrics(self.font()).height() * 2 + 8
        cells = max(1, len(self.swatches))
        return QSize(cells * (self._cell_width() + self.GAP), self.SIZE + lines)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._cell_width(), self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        cell = self._cell_width()
        x = 0
        text_colour, muted = theme.colour("text"), theme.colour("muted")
        border = QColor(muted)
        border.setAlpha(90)
        for s in self.swatches:
            if x + cell > self.width():
                break  # no half swatches: the strip shows what fits
            box = QRectF(x + (cell - self.SIZE) / 2, 0, self.SIZE, self.SIZE)
            painter.setPen(QPen(border, 1))
            painter.setBrush(QColor(_hex(s.rgb)))
            painter.drawRoundedRect(box, 8, 8)
            painter.setPen(text_colour)
            y = self.SIZE + 4
            painter.drawText(QRectF(x, y, cell, metrics.height()), Qt.AlignmentFlag.AlignHCenter, s.name)
            painter.setPen(muted)
            rect = QRectF(x, y + metrics.height(), cell, metrics.height())
            painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter, s.caption)
            x += cell + self.GAP
        painter.end()


class IntervalBar(QWidget):
    """A prediction interval on a number line: the range as a bar, the expected value as a dot, all labelled."""

    def __init__(self, accessible_name: str, unit: str) -> None:
        super().__init__()
        self.unit = unit
        self.values: tuple[float, float, float] | None = None
        self.setAccessibleName(accessible_name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_interval(self, low: float, expected: float, high: float) -> None:
        self.values = (low, expected, high)
        self.setAccessibleDescription(f"about {expected:.0f} {self.unit}, likely between {low:.0f} and {high:.0f}")
        self.update()

    def clear(self) -> None:
        self.values = None
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, QFontMetrics(self.font()).height() * 2 + 26)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.values is None:
            return
        low, expected, high = self.values
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        pad = max(metrics.horizontalAdvance(QLocale().toString(float(v), "f", 0)) for v in self.values) / 2 + 6
        lo_axis, hi_axis = min(low, 0.0, expected), max(high, expected, low + 1e-9)
        span = hi_axis - lo_axis or 1.0
        width = self.width() - 2 * pad

        def x_of(v: float) -> float:
            return pad + (v - lo_axis) / span * width

        mid = 14.0
        muted, accent = theme.colour("muted"), theme.colour("accent")
        painter.setPen(QPen(muted, 1))
        painter.drawLine(QPointF(pad, mid), QPointF(pad + width, mid))
        band = QColor(accent)
        band.setAlpha(70)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(band)
        painter.drawRoundedRect(QRectF(x_of(low), mid - 6, max(4.0, x_of(high) - x_of(low)), 12), 6, 6)
        painter.setBrush(accent)
        painter.drawEllipse(QPointF(x_of(expected), mid), 7, 7)
        painter.setPen(theme.colour("text"))
        top = mid + 12
        for v, bold in ((low, False), (expected, True), (high, False)):
            text = QLocale().toString(float(v), "f", 0)
            font = QFont(self.font())
            font.setBold(bold)
            painter.setFont(font)
            w = QFontMetrics(font).horizontalAdvance(text)
            painter.drawText(QPointF(x_of(v) - w / 2, top + metrics.ascent()), text)
        painter.end()


class ContributionBars(QWidget):
    """What each aspect of a draft is worth in expected votes against a typical post: bars left (worse) or
    right (better) of zero."""

    ROW = 24

    def __init__(self) -> None:
        super().__init__()
        self.items: list[Contribution] = []
        self.setAccessibleName("What each aspect of the draft is worth")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_contributions(self, items: Sequence[Contribution]) -> None:
        self.items = list(items)
        self.setAccessibleDescription(", ".join(f"{c.group} {c.votes:+.1f} votes" for c in self.items))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, max(1, len(self.items)) * self.ROW + 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.items:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        label_w = max(metrics.horizontalAdvance(_group_label(c.group)) for c in self.items) + 12
        value_w = metrics.horizontalAdvance("+000.0") + 8
        biggest = max(abs(c.votes) for c in self.items) or 1.0
        zero = label_w + (self.width() - label_w - 2 * value_w) / 2 + value_w
        half = (self.width() - label_w - 2 * value_w) / 2
        good, bad, text = QColor("#1f7a4d"), QColor("#b42318"), theme.colour("text")
        for i, c in enumerate(self.items):
            y = i * self.ROW
            painter.setPen(text)
            label = _group_label(c.group)
            painter.drawText(QRectF(0, y, label_w, self.ROW), Qt.AlignmentFlag.AlignVCenter, label)
            length = abs(c.votes) / biggest * half
            colour = good if c.votes >= 0 else bad
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            left = zero if c.votes >= 0 else zero - length
            painter.drawRoundedRect(QRectF(left, y + 6, max(2.0, length), self.ROW - 12), 3, 3)
            painter.setPen(colour)
            value = f"{c.votes:+.1f}"
            if c.votes >= 0:
                rect = QRectF(zero + length + 4, y, value_w, self.ROW)
                painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, value)
            else:
                rect = QRectF(zero - length - value_w - 4, y, value_w, self.ROW)
                painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, value)
        painter.setPen(QPen(theme.colour("muted"), 1))
        painter.drawLine(QPointF(zero, 0), QPointF(zero, len(self.items) * self.ROW))
        painter.end()
