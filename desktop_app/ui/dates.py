"""The date field every editor uses: typed as ``дд.мм.гггг``, emptied when not known.

:class:`DateField` sits on a plain line edit of a ``.ui`` form. A person types
the date with the keyboard (``01.03.2026``, also ``1.3.2026`` or ``01032026``),
picks it from the calendar behind the field's button, or empties the field
(an optional date left empty means «no date»). What is not a date is marked
red with the reason in the tooltip and in :attr:`DateField.problem`; the
text is written out in full when the field is left.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QIcon,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QCalendarWidget, QDateTimeEdit, QLineEdit, QWidget

from desktop_app.core.formatting import format_date

_SEPARATED = re.compile(r"(\d{1,2})[.,/\-](\d{1,2})[.,/\-](\d{4})")
_DIGITS = re.compile(r"(\d{2})(\d{2})(\d{4})")


def _t(text: str) -> str:
    return QCoreApplication.translate("Dates", text)


def parse_date_text(text: str) -> dt.date | None:
    """``дд.мм.гггг`` (also ``д.м.гггг``, ``ддммгггг``) → date; blank → None.

    Raises ValueError with a message for people when the text is not a date.
    """
    raw = text.strip()
    if not raw:
        return None
    match = _SEPARATED.fullmatch(raw) or _DIGITS.fullmatch(raw)
    if match is None:
        raise ValueError(_t("«%1» — не дата: ожидается дд.мм.гггг, например 01.03.2026")
                         .replace("%1", raw))
    day, month, year = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(_t("«%1» — такой даты в календаре нет").replace("%1", raw)) from None


def _calendar_icon(widget: QWidget) -> QIcon:
    """A small drawn calendar in the palette's text colour (no icon file needed)."""
    icon = QIcon()
    colour = widget.palette().color(QPalette.ColorRole.Text)
    for size in (16, 24, 32):
        pm = QPixmap(size, size)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        k = size / 16
        p.setPen(QPen(colour, max(1.0, k)))
        p.drawRoundedRect(QRectF(2 * k, 3 * k, 12 * k, 11 * k), 1.5 * k, 1.5 * k)
        p.drawLine(QPointF(2 * k, 6.5 * k), QPointF(14 * k, 6.5 * k))
        for x in (5, 11):
            p.drawLine(QPointF(x * k, 1.5 * k), QPointF(x * k, 4 * k))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(colour))
        for row in (8.5, 11):
            for col in (4, 7, 10):
                p.drawRect(QRectF(col * k, row * k, 1.6 * k, 1.6 * k))
        p.end()
        icon.addPixmap(pm)
    return icon


class DateField(QObject):
    """A date behind a line edit of a form; ``required=False``: empty means no date.

    ``problem`` is empty while the text is a date (or an allowed empty field);
    ``problem_changed`` tells the editor when that changes; ``date_changed``
    carries the new date (None when emptied or not a date).
    """

    problem_changed = Signal(str)
    date_changed = Signal(object)

    def __init__(self, edit: QLineEdit, *, required: bool = False) -> None:
        super().__init__(edit)
        self.edit = edit
        self.required = required
        self.problem = ""
        self.calendar: QCalendarWidget | None = None
        edit.setPlaceholderText(_t("дд.мм.гггг"))
        edit.setMaxLength(10)
        edit.setClearButtonEnabled(not required)
        tip = _t("Введите дату с клавиатуры (дд.мм.гггг) или выберите её в календаре")
        if not required:
            tip += _t("; пустое поле — дата не указана")
        self.tip = tip
        edit.setToolTip(tip)
        self.pick_action = QAction(_calendar_icon(edit), _t("Выбрать в календаре"), edit)
        self.pick_action.setToolTip(_t("Выбрать в календаре"))
        self.pick_action.triggered.connect(self.show_calendar)
        edit.addAction(self.pick_action, QLineEdit.ActionPosition.TrailingPosition)
        edit.textChanged.connect(self._check)
        edit.installEventFilter(self)
        self._check(edit.text())

    # --- the value -----------------------------------------------------------------
    def date(self) -> dt.date | None:
        """The date typed; None when empty or not a date."""
        try:
            return parse_date_text(self.edit.text())
        except ValueError:
            return None

    def set_date(self, value: dt.date | None) -> None:
        self.edit.setText(format_date(value))

    def clear(self) -> None:
        self.edit.clear()

    def _check(self, text: str) -> None:
        try:
            value = parse_date_text(text)
            problem = _t("укажите дату") if self.required and value is None else ""
        except ValueError as exc:
            value, problem = None, str(exc)
        # an empty required field is not marked red before anything was typed
        shown = "" if self.required and not text.strip() else problem
        dark = self.edit.palette().color(QPalette.ColorRole.Window).lightness() < 128
        red = "#ff8a80" if dark else "#c62828"
        self.edit.setStyleSheet(f"border: 1px solid {red};" if shown else "")
        self.edit.setToolTip(shown or self.tip)
        self.date_changed.emit(value)
        if problem != self.problem:
            self.problem = problem
            self.problem_changed.emit(problem)

    # --- the calendar ------------------------------------------------------------------
    def show_calendar(self) -> QCalendarWidget:
        """The calendar under the field; a click (or Enter) puts the date in the field."""
        if self.calendar is None:
            cal = QCalendarWidget(self.edit)
            cal.setWindowFlags(Qt.WindowType.Popup)
            cal.setGridVisible(True)
            cal.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            cal.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
            cal.clicked.connect(self._picked)
            cal.activated.connect(self._picked)
            self.calendar = cal
        current = self.date() or dt.date.today()
        self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        self.calendar.adjustSize()
        self.calendar.move(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        self.calendar.show()
        self.calendar.setFocus()
        return self.calendar

    def _picked(self, day: QDate) -> None:
        self.set_date(dt.date(day.year(), day.month(), day.day()))
        if self.calendar is not None:
            self.calendar.hide()
        self.edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            value = self.date()
            if value is not None and format_date(value) != self.edit.text():
                self.edit.setText(format_date(value))   # 1.3.2026 → 01.03.2026
        return False


_SEPARATORS = frozenset(".,:/- ")


class _SeparatorAfterFullSection(QObject):
    """A date-and-time field takes ``05.03.2026 14:30`` as typed.

    Qt moves to the next section by itself once a section is full (``05``), and
    then takes the typed dot as «skip to the section after»: the month would be
    lost. The separator right after such an automatic move is swallowed.
    """

    def __init__(self, edit: QDateTimeEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        self.section_at_digit: QDateTimeEdit.Section | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.edit or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        text = event.text()
        before, self.section_at_digit = self.section_at_digit, None
        if text.isdigit():
            self.section_at_digit = self.edit.currentSection()
            return False
        moved = before is not None and self.edit.currentSection() != before
        return bool(text) and text in _SEPARATORS and moved


_Edit = TypeVar("_Edit", bound=QDateTimeEdit)


def typed_like_text(edit: _Edit) -> _Edit:
    """Let ``edit`` (a QDateEdit or QDateTimeEdit) be typed as ``дд.мм.гггг чч:мм``."""
    edit.installEventFilter(_SeparatorAfterFullSection(edit))
    return edit
