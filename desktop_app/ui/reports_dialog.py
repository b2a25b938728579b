"""Отчёты → «Отчёт о работе за период…» and «Реестр направлений…».

One dialog for both: a period (with quick choices), consultant and programme
filters, the report read on the task runner with progress and Cancel, its
tables each with a bar chart (``ui/charts.py``, drawn with QPainter), and saving to
Excel or PDF through the report service.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from desktop_app.core.formatting import format_money
from desktop_app.ui.charts import BarChart
from desktop_app.ui.dates import typed_like_text
from desktop_app.ui.errors import show_error
from desktop_app.ui.forms import child, form_dialog
from desktop_app.ui.tasks import Task, run_task

ACTIVITY = "activity"
REFERRALS = "referrals"


class Cancelled(Exception):
    """The person pressed Cancel while the report was being read."""


def quarter_start(day: dt.date) -> dt.date:
    return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def quick_period(choice: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The dates of a quick choice (``month``, ``prev_month``, ``quarter``…), None for «other»."""
    def month_end(d: dt.date) -> dt.date:
        return (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)

    first = today.replace(day=1)
    if choice == "month":
        return first, month_end(first)
    if choice == "prev_month":
        prev = (first - dt.timedelta(days=1)).replace(day=1)
        return prev, month_end(prev)
    q = quarter_start(today)
    if choice == "quarter":
        return q, month_end(q.replace(month=q.month + 2))
    if choice == "prev_quarter":
        p = quarter_start(q - dt.timedelta(days=1))
        return p, month_end(p.replace(month=p.month + 2))
    if choice == "year":
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    if choice == "prev_year":
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    return None


def _table(columns: Sequence[str], rows: Sequence[Sequence[Any]],
           parent: QWidget | None = None) -> QTableWidget:
    table = QTableWidget(len(rows), len(columns), parent)
    table.setHorizontalHeaderLabels(list(columns))
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(str(value))
            if isinstance(value, int) or (isinstance(value, str) and value.endswith("₽")):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ReportDialog(QDialog):
    """The activity report (``kind="activity"``) or the register of referrals."""

    def __init__(self, services: Any, kind: str = ACTIVITY,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.kind = kind
        self.result: Any = None
        self.task: Task | None = None
        self.progress: QProgressDialog | None = None
        form = form_dialog(self, "report_period.ui")
        self.setWindowTitle(self.tr("Отчёт о работе за период") if kind == ACTIVITY
                            else self.tr("Реестр направлений"))
        self.quick: QComboBox = child(form, QComboBox, "quickCombo")
        self.from_edit: QDateEdit = typed_like_text(child(form, QDateEdit, "fromEdit"))
        self.to_edit: QDateEdit = typed_like_text(child(form, QDateEdit, "toEdit"))
        self.consultant: QComboBox = child(form, QComboBox, "consultantCombo")
        self.program: QComboBox = child(form, QComboBox, "programCombo")
        self.run_button: QPushButton = child(form, QPushButton, "runButton")
        self.status: QLabel = child(form, QLabel, "statusLabel")
        self.tabs: QTabWidget = child(form, QTabWidget, "resultTabs")
        self.save_xlsx: QPushButton = child(form, QPushButton, "saveXlsxButton")
        self.save_pdf: QPushButton = child(form, QPushButton, "savePdfButton")
        child(form, QDialogButtonBox, "buttonBox").rejected.connect(self.reject)
        for code, text in (("month", self.tr("Текущий месяц")),
                           ("prev_month", self.tr("Прошлый месяц")),
                           ("quarter", self.tr("Текущий квартал")),
                           ("prev_quarter", self.tr("Прошлый квартал")),
                           ("year", self.tr("Текущий год")),
                           ("prev_year", self.tr("Прошлый год")),
                           ("other", self.tr("Другой период"))):
            self.quick.addItem(text, code)
        self.consultant.addItem(self.tr("Все консультанты"), None)
        self.program.addItem(self.tr("Все программы"), None)
        people, programs = services.reports.choices()
        for login, name in people:
            self.consultant.addItem(name, login)
        titles = services.reports.program_titles()
        for code in programs:
            self.program.addItem(titles.get(code, code), code)
            self.program.setItemData(self.program.count() - 1, titles.get(code, code),
                                     Qt.ItemDataRole.ToolTipRole)
        # A programme's title is a sentence: the box must not widen the window past the screen.
        self.program.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.program.setMinimumContentsLength(24)
        self.quick.currentIndexChanged.connect(self._quick_chosen)
        self.from_edit.userDateChanged.connect(self._dates_edited)
        self.to_edit.userDateChanged.connect(self._dates_edited)
        self.run_button.clicked.connect(self.run)
        self.save_xlsx.clicked.connect(lambda: self.save("xlsx"))
        self.save_pdf.clicked.connect(lambda: self.save("pdf"))
        self._setting_dates = False
        self.quick.setCurrentIndex(0)
        self._quick_chosen()

    # --- the period ----------------------------------------------------------------
    def _quick_chosen(self) -> None:
        dates = quick_period(str(self.quick.currentData()), dt.date.today())
        if dates is None:
            return
        self._setting_dates = True
        self.from_edit.setDate(QDate(dates[0].year, dates[0].month, dates[0].day))
        self.to_edit.setDate(QDate(dates[1].year, dates[1].month, dates[1].day))
        self._setting_dates = False

    def _dates_edited(self) -> None:
        if not self._setting_dates:
            self.quick.blockSignals(True)
            self.quick.setCurrentIndex(self.quick.count() - 1)
            self.quick.blockSignals(False)

    def period(self) -> tuple[dt.date, dt.date]:
        def py(d: QDate) -> dt.date:
            return dt.date(d.year(), d.month(), d.day())

        return py(self.from_edit.date()), py(self.to_edit.date())

    # --- reading ------------------------------------------------------------------------
    def run(self) -> None:
        from desktop_app.core.services.reports import Period, ReportFilter

        start, end = self.period()
        period = Period(start, end)
        flt = ReportFilter(consultant=self.consultant.currentData(),
                           program=self.program.currentData())
        reports = self.services.reports
        kind = self.kind

        def work(task: Task) -> Any:
            def step(done: int, total: int) -> None:
                if task.cancelled:
                    raise Cancelled
                task.report(done, total)

            if kind == ACTIVITY:
                return reports.activity(period, flt, step=step)
            return reports.referrals(period, flt)

        self.run_button.setEnabled(False)
        self.status.setText(self.tr("Отчёт формируется…"))
        dlg = QProgressDialog(self.tr("Отчёт формируется…"), self.tr("Отмена"), 0, 0, self)
        dlg.setWindowTitle(self.windowTitle())
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(300)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        self.progress = dlg

        def progressed(done: int, total: int) -> None:
            dlg.setMaximum(total)
            dlg.setValue(done)

        self.task = run_task(work, self._shown, self._failed, progressed)
        dlg.canceled.connect(self.task.cancel)

    def _end_progress(self) -> None:
        self.run_button.setEnabled(True)
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _failed(self, exc: BaseException) -> None:
        self._end_progress()
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Формирование отчёта отменено."))
            return
        self.status.setText("")
        show_error(self, self.windowTitle(), exc)

    def _shown(self, result: Any) -> None:
        self._end_progress()
        self.result = result
        self.tabs.clear()
        if self.kind == ACTIVITY:
            self._show_activity(result)
        else:
            self._show_referrals(*result)
        self.save_xlsx.setEnabled(True)
        self.save_pdf.setEnabled(True)

    def _show_activity(self, report: Any) -> None:
        from desktop_app.core import vocabulary
        from desktop_app.core.reports.activity import OUTCOMES, breakdowns

        self.status.setText(self.tr("Консультаций: %1, предприятий: %2, направлено: %3")
                            .replace("%1", str(report.consultations))
                            .replace("%2", str(report.enterprises))
                            .replace("%3", str(report.referred)))
        for b in breakdowns(report):
            page = QWidget(self.tabs)
            row = QHBoxLayout(page)
            row.addWidget(_table(b.columns, b.rows, page), 1)
            if b.key != "summary":
                row.addWidget(BarChart(b.rows, page), 1)
            self.tabs.addTab(page, b.title)
        rows = [(vocabulary.DOSSIER_STATUSES[c], report.outcomes[c].count,
                 format_money(report.outcomes[c].grant_requested)) for c in OUTCOMES]
        rows.append((self.tr("Направлено (итоговые письма)"), report.referred,
                     format_money(report.referred_grant_requested)))
        self.tabs.addTab(_table((self.tr("Итог"), self.tr("Досье"), self.tr("Сумма гранта")),
                                rows, self.tabs), self.tr("Направления и итоги"))

    def _show_referrals(self, header: Any, rows: Sequence[Any]) -> None:
        del header
        self.status.setText(self.tr("Направлений в периоде: %1").replace("%1", str(len(rows))))
        data = [(r.number, f"{r.issued_on:%d.%m.%Y}", r.enterprise, r.inn, r.project,
                 format_money(r.grant_requested) if r.grant_requested is not None else "—")
                for r in rows]
        self.tabs.addTab(_table((self.tr("Исх. номер"), self.tr("Дата"), self.tr("Предприятие"),
                                 self.tr("ИНН"), self.tr("Проект"), self.tr("Грант")),
                                data, self.tabs), self.tr("Реестр"))

    # --- saving -------------------------------------------------------------------------
    def ask_path(self, fmt: str) -> Path | None:
        """Where to save (a file dialog; tests replace this method)."""
        start, end = self.period()
        base = self.tr("Отчёт о работе") if self.kind == ACTIVITY else self.tr("Реестр направлений")
        name = f"{base} {start:%d.%m.%Y}-{end:%d.%m.%Y}.{fmt}"
        filt = self.tr("Книга Excel (*.xlsx)") if fmt == "xlsx" else self.tr("Документ PDF (*.pdf)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Сохранить отчёт"), name, filt)
        if not path:
            return None
        target = Path(path)
        return target if target.suffix.lower() == f".{fmt}" else target.with_suffix(f".{fmt}")

    def save(self, fmt: str) -> None:
        from desktop_app.core.files import write_atomically

        if self.result is None:
            return
        target = self.ask_path(fmt)
        if target is None:
            return
        try:
            if self.kind == ACTIVITY:
                data = self.services.reports.activity_file(self.result, fmt)
            else:
                data = self.services.reports.referrals_file(*self.result, fmt)
            write_atomically(target, data)
        except Exception as exc:
            show_error(self, self.tr("Сохранение отчёта"), exc)
            return
        self.status.setText(self.tr("Отчёт сохранён: %1").replace("%1", target.name))


def open_report(parent: QWidget, services: Any, kind: str) -> None:
    """Show the report dialog (modeless: the person may keep working)."""
    dlg = ReportDialog(services, kind, parent)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.show()
