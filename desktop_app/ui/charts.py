"""Charts drawn with QPainter: the reports dialog's bars and the dashboard's charts.

No Qt Charts / Qt Graphs (GPL or commercial, and a large extra wheel): three
small widgets cover what the program shows.

- :class:`BarChart`: horizontal bars, one per row of a breakdown;
- :class:`ColumnChart`: vertical columns per category (a month, a quarter),
  stacked by series (channels) with a legend, and optionally a second measure
  as a line on its own axis (the grants a quarter's referrals request);
- :class:`FunnelChart`: centred bars of decreasing stages (dossier statuses).

Every element shows its exact figure in a tooltip and, where the chart is
clickable, emits ``element_clicked(category, series)`` so that the page can
open the list behind it. A chart with nothing to show draws a sentence
instead of an empty axis. The geometry is computed by one method used both
for painting and for hit tests (a test clicks the centre of an element).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

SERIES_COLORS = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2",
                 "#edc948", "#b07aa1", "#9c755f")
"""Distinct colours, told apart also by people with the common colour deficiencies."""


def number(n: int) -> str:
    """28039 → «28 039» (thousands apart by a no-break space)."""
    return f"{n:,}".replace(",", "\u00a0")


@dataclass(frozen=True)
class Element:
    """One drawn element: where it is, what it stands for, what its tooltip says."""

    rect: QRectF
    category: Any
    series: Any
    tip: str


class _Chart(QWidget):
    """Hover tooltips, pointing-hand cursor and clicks over the elements of a chart."""

    element_clicked = Signal(object, object)

    def __init__(self, parent: QWidget | None = None, *, clickable: bool = False) -> None:
        super().__init__(parent)
        self.clickable = clickable
        self.empty_text = self.tr("Данных пока нет.")
        self.setMouseTracking(True)

    # subclasses: lay the elements out for the current size
    def elements(self) -> list[Element]:
        raise NotImplementedError

    def is_empty(self) -> bool:
        raise NotImplementedError

    def element_at(self, pos: QPointF) -> Element | None:
        for el in self.elements():
            if el.rect.adjusted(-1, -1, 1, 1).contains(pos):
                return el
        return None

    def element_rect(self, category: Any, series: Any = None) -> QRectF:
        """Where an element is drawn (an empty rectangle when it is not)."""
        for el in self.elements():
            if el.category == category and (series is None or el.series == series):
                return el.rect
        return QRectF()

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            el = self.element_at(QPointF(e.pos()))
            if el is None:
                QToolTip.hideText()
                e.ignore()
            else:
                QToolTip.showText(e.globalPos(), el.tip, self)
            return True
        return super().event(e)

    def mouseMoveEvent(self, e: QMouseEvent) -> None:
        over = self.clickable and self.element_at(e.position()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(e)

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        if self.clickable and e.button() == Qt.MouseButton.LeftButton:
            el = self.element_at(e.position())
            if el is not None:
                self.element_clicked.emit(el.category, el.series)
                return
        super().mouseReleaseEvent(e)

    def _begin_paint(self) -> QPainter | None:
        """A painter for the chart, or None when the chart is empty (its sentence drawn)."""
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.is_empty():
            return p
        p.setPen(self.palette().placeholderText().color())
        p.drawText(QRectF(self.rect()).adjusted(8, 8, -8, -8),
                   int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.empty_text)
        p.end()
        return None


class BarChart(_Chart):
    """Horizontal bars, one per row of a breakdown, with the count at the end."""

    ROW = 22

    def __init__(self, rows: Sequence[tuple[str, int]], parent: QWidget | None = None,
                 *, clickable: bool = False) -> None:
        super().__init__(parent, clickable=clickable)
        self.rows = list(rows)
        self.setMinimumHeight(max(60, self.ROW * len(self.rows) + 10))
        self.setMinimumWidth(320)

    def is_empty(self) -> bool:
        return not any(n for _, n in self.rows)

    def _label_width(self) -> int:
        fm = self.fontMetrics()
        return min(self.width() // 2, max((fm.horizontalAdvance(t) for t, _ in self.rows),
                                          default=0) + 8)

    def elements(self) -> list[Element]:
        fm = self.fontMetrics()
        label_w = self._label_width()
        top = max((n for _, n in self.rows), default=0) or 1
        room = max(10, self.width() - label_w - fm.horizontalAdvance("0 000 000") - 8)
        return [Element(QRectF(label_w, 5 + i * self.ROW + 2, max(room * n / top, 1.0), 14),
                        text, None, f"{text}: {number(n)}")
                for i, (text, n) in enumerate(self.rows)]

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        p = self._begin_paint()
        if p is None:
            return
        fm = p.fontMetrics()
        label_w = self._label_width()
        bar_color = QColor(self.palette().highlight().color())
        for el, (text, n) in zip(self.elements(), self.rows, strict=True):
            y = el.rect.top() - 2
            p.setPen(self.palette().text().color())
            p.drawText(QRectF(0, y, label_w - 6, 18),
                       int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                       fm.elidedText(text, Qt.TextElideMode.ElideRight, label_w - 6))
            p.fillRect(el.rect, bar_color)
            p.drawText(QRectF(el.rect.right() + 4, y, 90, 18),
                       int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), number(n))
        p.end()


@dataclass(frozen=True)
class Series:
    key: Any
    label: str
    color: str


@dataclass(frozen=True)
class Category:
    key: Any
    label: str          # under the column; a second line after "\n" (the year)
    title: str          # in the tooltip («декабрь 2025»)
    note: str = ""      # a last tooltip line, optional


class ColumnChart(_Chart):
    """Vertical columns per category, stacked by series; a legend when there are several."""

    def __init__(self, parent: QWidget | None = None, *, clickable: bool = True,
                 value_text: Callable[[int], str] = number) -> None:
        super().__init__(parent, clickable=clickable)
        self.categories: list[Category] = []
        self.series: list[Series] = []
        self.values: dict[tuple[Any, Any], int] = {}
        self.value_text = value_text
        # an optional second measure drawn as a line over the columns, on its own axis
        self.line: Series | None = None
        self.line_values: dict[Any, int] = {}
        self.line_text: Callable[[int], str] = number
        self.setMinimumSize(300, 200)

    def set_data(self, categories: Sequence[Category], series: Sequence[Series],
                 values: dict[tuple[Any, Any], int]) -> None:
        self.categories, self.series, self.values = list(categories), list(series), dict(values)
        self.update()

    def set_line(self, line: Series, values: dict[Any, int],
                 text: Callable[[int], str] = number) -> None:
        """A second measure per category (a sum of money), drawn as a line with a right axis."""
        self.line, self.line_values, self.line_text = line, dict(values), text
        self.update()

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(6.5, font.pointSizeF() * 0.85))
        return font

    LINE_TICKS = 4
    """The line's axis is labelled in quarters of its top."""

    def _line_axis(self) -> int:
        """The top of the line's axis: four round steps (1, 2, 2.5 or 5 × 10ⁿ) reaching
        the highest point, so that every label of the axis is a round figure."""
        tallest = max(self.line_values.values(), default=0)
        if tallest <= 0:
            return self.LINE_TICKS
        power = 1
        while True:
            for size in (power, 2 * power, 5 * power // 2, 5 * power):
                if size * self.LINE_TICKS >= tallest:
                    return size * self.LINE_TICKS
            power *= 10

    def is_empty(self) -> bool:
        return not any(self.values.values())

    def total(self, category: Any) -> int:
        return sum(self.values.get((category, s.key), 0) for s in self.series)

    # --- geometry ---------------------------------------------------------------------
    def _legend(self) -> list[tuple[QRectF, Series]]:
        """Swatch rectangles of the legend, wrapped over as many lines as the width needs."""
        shown = [*self.series, *([self.line] if self.line is not None else [])]
        if len(shown) < 2:
            return []
        fm = self.fontMetrics()
        line_h = fm.height() + 4
        x, y = 4.0, 2.0
        out = []
        for s in shown:
            w = 14 + 4 + fm.horizontalAdvance(s.label) + 12
            if x + w > self.width() and x > 4:
                x, y = 4.0, y + line_h
            out.append((QRectF(x, y + (line_h - 10) / 2 - 1, 10, 10), s))
            x += w
        return out

    def _plot(self) -> QRectF:
        fm = self.fontMetrics()
        legend = self._legend()
        top = (legend[-1][0].bottom() + 8 if legend else 4) + fm.height()
        left = fm.horizontalAdvance(self.value_text(self._axis_top())) + 10
        right = 6
        if self.line is not None:
            right += fm.horizontalAdvance(self.line_text(self._line_axis())) + 6
        small = QFontMetricsF(self._small_font())
        two_lines = any("\n" in c.label for c in self.categories)
        bottom = self.height() - small.height() * (2 if two_lines else 1) - 6
        return QRectF(left, top, max(10, self.width() - left - right), max(10, bottom - top))

    def line_points(self) -> list[tuple[QPointF, Category]]:
        """Where the line's point of each category is."""
        if self.line is None or not self.categories:
            return []
        plot = self._plot()
        slot = plot.width() / len(self.categories)
        top = self._line_axis()
        return [(QPointF(plot.left() + (i + 0.5) * slot,
                         plot.bottom() - plot.height() * self.line_values.get(c.key, 0) / top), c)
                for i, c in enumerate(self.categories)]

    def _axis(self) -> tuple[int, int]:
        """The top of the value axis and its step: a round step (1, 2 or 5 × 10ⁿ) that
        needs at most five lines, and the first of its multiples at or above the tallest."""
        tallest = max((self.total(c.key) for c in self.categories), default=0)
        if tallest <= 0:
            return 1, 1
        step = 1
        while True:
            for m in (1, 2, 5):
                if tallest <= m * step * 5:
                    size = m * step
                    return -(-tallest // size) * size, size
            step *= 10

    def _axis_top(self) -> int:
        return self._axis()[0]

    def elements(self) -> list[Element]:
        if not self.categories:
            return []
        plot = self._plot()
        scale = plot.height() / self._axis_top()
        slot = plot.width() / len(self.categories)
        width = max(4.0, slot * 0.66)
        out: list[Element] = []
        for i, cat in enumerate(self.categories):
            x = plot.left() + i * slot + (slot - width) / 2
            y = plot.bottom()
            total = self.total(cat.key)
            for s in self.series:
                n = self.values.get((cat.key, s.key), 0)
                if n <= 0:
                    continue
                h = max(n * scale, 1.0)
                lines = [cat.title, f"{s.label}: {self.value_text(n)}"]
                if len(self.series) > 1:
                    lines.append(self.tr("Всего: %1").replace("%1", self.value_text(total)))
                if cat.note:
                    lines.append(cat.note)
                out.append(Element(QRectF(x, y - h, width, h), cat.key, s.key, "\n".join(lines)))
                y -= h
        return out

    # --- painting ---------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        p = self._begin_paint()
        if p is None:
            return
        fm = p.fontMetrics()
        text_color = self.palette().text().color()
        grid = QColor(self.palette().mid().color())
        for rect, s in self._legend():
            p.fillRect(rect, QColor(s.color))
            p.setPen(text_color)
            p.drawText(QPointF(rect.right() + 4, rect.bottom()), s.label)
        plot = self._plot()
        top, step = self._axis()
        for value in range(0, top + 1, step):
            y = plot.bottom() - plot.height() * value / top
            p.setPen(QPen(grid, 0.5))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(text_color)
            p.drawText(QRectF(0, y - fm.height() / 2, plot.left() - 4, fm.height()),
                       int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                       self.value_text(value))
        colors = {s.key: QColor(s.color) for s in self.series}
        for el in self.elements():
            p.fillRect(el.rect, colors[el.series])
        slot = plot.width() / len(self.categories)
        small = self._small_font()
        p.setFont(small)
        sfm = QFontMetricsF(small)
        every = 1
        widest = max((sfm.horizontalAdvance(part) for c in self.categories
                      for part in c.label.split("\n")), default=0) + 4
        while slot * every < widest and every < len(self.categories):
            every += 1
        p.setPen(text_color)
        for i, cat in enumerate(self.categories):
            x = plot.left() + i * slot
            if i % every == 0:   # the first (with its year) always labelled
                p.drawText(QRectF(x - slot, plot.bottom() + 3, slot * 3, sfm.height() * 2 + 2),
                           int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                           cat.label)
        if self.line is not None:
            line_top = self._line_axis()
            line_color = QColor(self.line.color)
            p.setPen(line_color)
            ticks = self.LINE_TICKS
            for k in range(ticks + 1):
                y = plot.bottom() - plot.height() * k / ticks
                p.drawText(QRectF(plot.right() + 4, y - sfm.height() / 2, 200, sfm.height()),
                           int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                           self.line_text(line_top * k // ticks))
            points = [pt for pt, _c in self.line_points()]
            p.setPen(QPen(line_color, 2))
            for a, b in pairwise(points):
                p.drawLine(a, b)
            p.setBrush(line_color)
            for pt in points:
                p.drawEllipse(pt, 3.0, 3.0)
        p.end()


class FunnelChart(_Chart):
    """Stages as centred bars, width by count, the label and count inside or beside."""

    def __init__(self, parent: QWidget | None = None, *, clickable: bool = True) -> None:
        super().__init__(parent, clickable=clickable)
        self.stages: list[tuple[Any, str, int]] = []
        self.setMinimumSize(260, 200)

    def set_data(self, stages: Sequence[tuple[Any, str, int]]) -> None:
        self.stages = list(stages)
        self.updateGeometry()
        self.update()

    def is_empty(self) -> bool:
        return not any(n for _k, _t, n in self.stages)

    def elements(self) -> list[Element]:
        if not self.stages:
            return []
        fm = self.fontMetrics()
        gap = 3.0
        row = min(fm.height() * 2.0, (self.height() - 4) / len(self.stages) - gap)
        top = max((n for _k, _t, n in self.stages), default=0) or 1
        full = self.width() - 8.0
        out = []
        for i, (key, text, n) in enumerate(self.stages):
            w = max(full * n / top, 24.0)   # an empty stage stays visible and clickable
            x = (self.width() - w) / 2
            out.append(Element(QRectF(x, 2 + i * (row + gap), w, row), key, None,
                               f"{text}: {number(n)}"))
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        p = self._begin_paint()
        if p is None:
            return
        fm = p.fontMetrics()
        for i, (el, (_key, text, n)) in enumerate(zip(self.elements(), self.stages,
                                                      strict=True)):
            color = QColor(SERIES_COLORS[i % len(SERIES_COLORS)])
            if not n:
                color.setAlpha(60)
            p.fillRect(el.rect, color)
            label = f"{text} — {number(n)}"
            p.setPen(QColor("#000000"))
            p.drawText(QRectF(4, el.rect.top(), self.width() - 8, el.rect.height()),
                       int(Qt.AlignmentFlag.AlignCenter),
                       fm.elidedText(label, Qt.TextElideMode.ElideRight, self.width() - 8))
        p.end()
