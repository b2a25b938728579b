"""The table of a list page, painted a row at a time.

A stock ``QTableView`` asks its model for a dozen roles of every visible cell
and lays each cell out through the style's item delegate: with a model written
in Python that is thousands of calls per repaint, and scrolling a long list
mostly waits for them. :class:`ListView` paints what the list shows — alternate
row colours, the selected row, grid lines, and each cell's text elided on the
right — from the model's formatted row texts, one model call per row.
Everything else (selection, keyboard, header, tooltips, accessibility) is the
``QTableView`` as before, and a model that is not a paged list is painted the
stock way.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOptionComplex,
    QStyleOptionFocusRect,
    QStyleOptionSlider,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop_app.ui.table_model import PagedTableModel

_ELIDE = Qt.TextElideMode.ElideRight
_ELIDED_KEEP = 4096   # remembered elided texts: about fifteen screens of cells
_SCROLL_BAR = QStyle.ComplexControl.CC_ScrollBar
_SLIDER_AND_ARROWS = (QStyle.SubControl.SC_ScrollBarSlider
                      | QStyle.SubControl.SC_ScrollBarAddLine
                      | QStyle.SubControl.SC_ScrollBarSubLine)
_GROOVES_KEEP = 16    # remembered scroll bar grooves (sizes × states)


class _ScrollBarStyle(QProxyStyle):
    """The application's style for a list's scroll bar, with the groove remembered.

    The style paints a scroll bar's groove with a gradient the full length of the
    bar, and the raster engine shares a fill that long out among worker threads:
    waking them costs more than the fill. A jump through a long list moves only
    the slider, so the groove (with the page areas under it) is drawn once per size
    and state into a pixmap, and every repaint copies it and draws the slider and
    the arrow buttons over it — in the style's own order, so the bar looks exactly
    as the style draws it.
    """

    def __init__(self) -> None:
        # the application's style by name: a proxy given no base would take the
        # desktop's own style (another look on Windows than the program's)
        super().__init__(QApplication.style().name())
        self._grooves: dict[tuple[Any, ...], QPixmap] = {}

    def drawComplexControl(self, control: QStyle.ComplexControl, option: QStyleOptionComplex,
                           painter: QPainter, widget: QWidget | None = None) -> None:
        if control != _SCROLL_BAR or not isinstance(option, QStyleOptionSlider):
            super().drawComplexControl(control, option, painter, widget)
            return
        ratio = painter.device().devicePixelRatioF()
        groove = QStyleOptionSlider(option)
        groove.subControls = option.subControls & ~_SLIDER_AND_ARROWS
        key = (option.rect.size().toTuple(), option.orientation, int(option.state.value),
               int(groove.subControls.value), int(option.activeSubControls.value),
               option.sliderPosition <= option.minimum,
               option.sliderPosition >= option.maximum,
               option.palette.cacheKey(), option.direction, ratio)
        pixmap = self._grooves.get(key)
        if pixmap is None:
            if len(self._grooves) >= _GROOVES_KEEP:
                self._grooves.clear()
            pixmap = QPixmap((option.rect.size().toSizeF() * ratio).toSize())
            pixmap.setDevicePixelRatio(ratio)
            # over the window's colour, as the bar sits over its scroll area's frame
            pixmap.fill(option.palette.color(QPalette.ColorRole.Window))
            groove.rect = QRect(QPoint(0, 0), option.rect.size())
            cache = QPainter(pixmap)
            super().drawComplexControl(control, groove, cache, widget)
            cache.end()
            self._grooves[key] = pixmap
        painter.drawPixmap(option.rect.topLeft(), pixmap)
        rest = option.subControls & _SLIDER_AND_ARROWS
        if rest:
            top = QStyleOptionSlider(option)
            top.subControls = rest
            super().drawComplexControl(control, top, painter, widget)


class ListView(QTableView):
    """A ``QTableView`` over a :class:`PagedTableModel` that paints rows directly."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._elided: dict[tuple[str, int, bool], str] = {}
        self.stock_paint = False   # True: paint through the stock delegate (to compare)
        self._bar_style = _ScrollBarStyle()
        self._bar_style.setParent(self)   # goes with the view, after its scroll bar
        self.verticalScrollBar().setStyle(self._bar_style)

    def paintEvent(self, event: QPaintEvent) -> None:
        model = self.model()
        if self.stock_paint or not isinstance(model, PagedTableModel):
            super().paintEvent(event)
            return
        viewport = self.viewport()
        area = event.rect()
        header = self.horizontalHeader()
        rows = self.verticalHeader()
        first = rows.visualIndexAt(area.top())
        if first < 0 or model.columnCount() == 0:
            return   # the area lies below the last row: the viewport's background only
        last = rows.visualIndexAt(area.bottom())
        if last < 0:   # the last rows end inside the area
            last = rows.count() - 1
        columns: list[tuple[int, int, int]] = []   # (logical column, x, width), left to right
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            if header.isSectionHidden(logical):
                continue
            x = header.sectionViewportPosition(logical)
            width = header.sectionSize(logical)
            if x + width <= area.left() or x > area.right() or width <= 0:
                continue
            columns.append((logical, x, width))
        if not columns:
            return

        palette = self.palette()
        group = (QPalette.ColorGroup.Disabled if not self.isEnabled()
                 else QPalette.ColorGroup.Active if self.hasFocus() or self.isActiveWindow()
                 else QPalette.ColorGroup.Inactive)
        base = palette.color(group, QPalette.ColorRole.Base)
        alternate = palette.color(group, QPalette.ColorRole.AlternateBase)
        highlight = palette.color(group, QPalette.ColorRole.Highlight)
        text_color = palette.color(group, QPalette.ColorRole.Text)
        highlighted_text = palette.color(group, QPalette.ColorRole.HighlightedText)
        option = QStyleOptionViewItem()
        option.initFrom(self)
        style = self.style()
        grid = QColor(style.styleHint(QStyle.StyleHint.SH_Table_GridLineColor, option, self)
                      & 0xFFFFFFFF)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        selection: QItemSelectionModel | None = self.selectionModel()
        if selection is not None and not selection.hasSelection():
            selection = None   # nothing selected: no row to ask about
        current = self.currentIndex()
        focus_row = current.row() if self.hasFocus() and current.isValid() else -1
        focus_column = current.column()
        font = self.font()
        bold = QFont(font)
        bold.setBold(True)
        metrics = self.fontMetrics()
        bold_metrics = None
        show_grid = self.showGrid()
        alternating = self.alternatingRowColors()
        left = columns[0][1]
        right = columns[-1][1] + columns[-1][2]
        elided = self._elided
        if len(elided) > _ELIDED_KEEP:
            elided.clear()

        # per shown column: its value's place in a row, where its text starts, its room
        cells = [(logical, x + margin, width - 2 * margin - (1 if show_grid else 0))
                 for logical, x, width in columns]
        cells = [cell for cell in cells if cell[2] > 0]

        painter = QPainter(viewport)
        painter.setFont(font)
        pen = QPen(text_color)
        for visual_row in range(first, last + 1):
            row = rows.logicalIndex(visual_row)
            if rows.isSectionHidden(row):
                continue
            y = rows.sectionViewportPosition(row)
            height = rows.sectionSize(row)
            selected = selection is not None and selection.isRowSelected(row)
            if selected:
                painter.fillRect(left, y, right - left, height, highlight)
            elif alternating and visual_row % 2:
                painter.fillRect(left, y, right - left, height, alternate)
            else:
                painter.fillRect(left, y, right - left, height, base)
            texts = model.texts(row, True)   # blank for a moment rather than wait
            if texts is None:
                continue
            color, strong = model.row_look(row)
            if selected:
                color = highlighted_text
            pen.setColor(color or text_color)
            painter.setPen(pen)
            if strong:
                painter.setFont(bold)
                if bold_metrics is None:
                    bold_metrics = painter.fontMetrics()
                fm = bold_metrics
            else:
                fm = metrics
            # a line centred as the stock delegate centres it (whole pixels, rounded down)
            line = fm.height()
            top = y + (height - (1 if show_grid else 0) - line) // 2
            # the text is already elided to its room: drawn at its baseline, without
            # the layout pass a rectangle with alignment flags costs on every call
            baseline = top + fm.ascent()
            for logical, start, room in cells:
                text = texts[logical]
                if not text:
                    continue
                key = (text, room, strong)
                shown = elided.get(key)
                if shown is None:
                    shown = elided[key] = fm.elidedText(text, _ELIDE, room)
                painter.drawText(start, baseline, shown)
            if strong:
                painter.setFont(font)
            if row == focus_row:
                self._draw_focus(painter, focus_column, y=y, height=height, selected=selected,
                                 group=group, grid=1 if show_grid else 0)
        if show_grid:
            top = rows.sectionViewportPosition(rows.logicalIndex(first))
            bottom_row = rows.logicalIndex(last)
            bottom = rows.sectionViewportPosition(bottom_row) + rows.sectionSize(bottom_row)
            # the grid's one-pixel lines as one-pixel-wide rectangles: the same
            # pixels, filled several times faster than the raster engine draws lines
            lines = [QRect(x + width - 1, top, 1, bottom - top)
                     for _logical, x, width in columns]
            for visual_row in range(first, last + 1):
                row = rows.logicalIndex(visual_row)
                y = rows.sectionViewportPosition(row) + rows.sectionSize(row) - 1
                lines.append(QRect(left, y, right - left, 1))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(grid)
            painter.drawRects(lines)
        painter.end()

    def _draw_focus(self, painter: QPainter, column: int, *, y: int, height: int,
                    selected: bool, group: QPalette.ColorGroup, grid: int) -> None:
        """The style's focus frame around the current cell, as the stock delegate draws it."""
        header = self.horizontalHeader()
        if header.isSectionHidden(column):
            return
        option = QStyleOptionFocusRect()
        option.initFrom(self)
        option.rect = QRect(header.sectionViewportPosition(column), y,
                            header.sectionSize(column) - grid, height - grid)
        option.state |= (QStyle.StateFlag.State_KeyboardFocusChange
                         | QStyle.StateFlag.State_Item | QStyle.StateFlag.State_HasFocus)
        if selected:
            option.state |= QStyle.StateFlag.State_Selected
        option.backgroundColor = self.palette().color(
            group, QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Window)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option,
                                   painter, self)
