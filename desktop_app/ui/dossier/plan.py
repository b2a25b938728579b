"""The calendar plan (stages with dates and results) and the financing by year and
source of a dossier: two tables typed into, with totals and visible mismatches."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
)

from desktop_app.core.formatting import format_date, format_money, parse_money
from desktop_app.core.rules import DossierFacts
from desktop_app.core.services.dossier_models import FinancingLineOut, StageOut

from .common import parse_date_text, severity_color

ST_NUMBER, ST_TITLE, ST_START, ST_END, ST_RESULT = range(5)
FIN_YEAR, FIN_GRANT, FIN_OWN, FIN_OTHER, FIN_TOTAL = range(5)
SOURCE_COLUMNS = {"grant": FIN_GRANT, "own": FIN_OWN, "other": FIN_OTHER}


def _t(text: str) -> str:
    return QCoreApplication.translate("DossierEditor", text)


def _row_problem(table: str, row: int, text: str) -> str:
    return _t("%1, строка %2: %3").replace("%1", table).replace("%2", str(row + 1)).replace(
        "%3", text)


class ProjectPlan(QObject):
    """Both tables with their buttons and labels; ``changed``: anything was typed or a
    row was added or removed."""

    changed = Signal()

    def __init__(self, stages: tuple[QTableWidget, QPushButton, QPushButton, QLabel],
                 financing: tuple[QTableWidget, QPushButton, QPushButton, QLabel],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stage_table, self.add_stage, self.remove_stage, self.stages_label = stages
        self.fin_table, self.add_year, self.remove_year, self.financing_label = financing
        st = self.stage_table
        st.setColumnCount(5)
        st.setHorizontalHeaderLabels(
            [_t("№"), _t("Этап"), _t("Начало"), _t("Окончание"), _t("Результат")])
        hdr = st.horizontalHeader()
        for col in (ST_NUMBER, ST_TITLE, ST_START, ST_END):
            hdr.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        hdr.setSectionResizeMode(ST_RESULT, QHeaderView.ResizeMode.Stretch)
        st.setColumnWidth(ST_NUMBER, 50)
        st.setColumnWidth(ST_TITLE, 280)
        st.setColumnWidth(ST_START, 100)
        st.setColumnWidth(ST_END, 100)
        st.verticalHeader().setVisible(False)  # the stage's own number is the first column
        ft = self.fin_table
        ft.setColumnCount(5)
        ft.setHorizontalHeaderLabels([_t("Год"), _t("Грант, ₽"), _t("Собственные средства, ₽"),
                                      _t("Иные средства, ₽"), _t("Итого, ₽")])
        fh = ft.horizontalHeader()
        fh.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        fh.setSectionResizeMode(FIN_YEAR, QHeaderView.ResizeMode.Interactive)
        ft.setColumnWidth(FIN_YEAR, 70)
        self.add_stage.clicked.connect(self.add_stage_row)
        self.remove_stage.clicked.connect(lambda: self._remove(self.stage_table))
        self.add_year.clicked.connect(self.add_year_row)
        self.remove_year.clicked.connect(lambda: self._remove(self.fin_table))
        st.itemChanged.connect(self._stage_changed)
        ft.itemChanged.connect(self._financing_changed)

    # --- filling and reading ----------------------------------------------------------
    def fill(self, stages: Iterable[StageOut], financing: Iterable[FinancingLineOut]) -> None:
        for table in (self.stage_table, self.fin_table):
            table.blockSignals(True)
            table.setRowCount(0)
        for s in stages:
            self._append_stage([s.number, s.title, format_date(s.start_date),
                                format_date(s.end_date), s.result or ""])
        by_year: dict[int, dict[str, int]] = {}
        for f in financing:
            by_year.setdefault(f.year, {})[f.source] = f.amount
        for year in sorted(by_year):
            row = self._append_year(str(year))
            for source, amount in by_year[year].items():
                self._set(self.fin_table, row, SOURCE_COLUMNS[source],
                          format_money(amount, currency=False))
            self._row_total(row)
        for table in (self.stage_table, self.fin_table):
            table.blockSignals(False)

    def stages(self) -> tuple[list[dict[str, Any]], list[str]]:
        """The stages as typed (empty rows skipped) and the problems found in them."""
        out: list[dict[str, Any]] = []
        problems: list[str] = []
        name = _t("Календарный план")
        for row in range(self.stage_table.rowCount()):
            cells = [self._cell(self.stage_table, row, c).strip() for c in range(5)]
            if not any(cells):
                continue
            number, title, start, end, result = cells
            try:
                start_date, end_date = parse_date_text(start), parse_date_text(end)
            except ValueError as exc:
                problems.append(_row_problem(name, row, str(exc)))
                continue
            if not number:
                problems.append(_row_problem(name, row, _t("укажите номер этапа")))
            if not title:
                problems.append(_row_problem(name, row, _t("укажите наименование этапа")))
            if start_date and end_date and end_date < start_date:
                problems.append(_row_problem(name, row, _t("окончание этапа раньше начала")))
            out.append({"number": number, "title": title, "start_date": start_date,
                        "end_date": end_date, "result": result or None})
        return out, problems

    def financing(self) -> tuple[list[dict[str, Any]], list[str]]:
        """One line per filled cell (year × source) and the problems found."""
        out: list[dict[str, Any]] = []
        problems: list[str] = []
        name = _t("Финансирование")
        years: set[int] = set()
        for row in range(self.fin_table.rowCount()):
            cells = [self._cell(self.fin_table, row, c).strip() for c in range(4)]
            if not any(cells):
                continue
            year_text = cells[FIN_YEAR]
            if not (year_text.isdigit() and 2000 <= int(year_text) <= 2100):
                problems.append(_row_problem(name, row, _t(
                    "год — четыре цифры, например 2026")))
                continue
            year = int(year_text)
            if year in years:
                problems.append(_row_problem(name, row, _t(
                    "этот год уже есть в таблице; объедините строки")))
                continue
            years.add(year)
            for source, col in SOURCE_COLUMNS.items():
                try:
                    amount = parse_money(cells[col])
                except ValueError as exc:
                    problems.append(_row_problem(name, row, str(exc)))
                    continue
                if amount is None:
                    continue
                if amount < 0:
                    problems.append(_row_problem(name, row, _t(
                        "сумма не может быть отрицательной")))
                    continue
                out.append({"year": year, "source": source, "amount": amount})
        return out, problems

    def set_editable(self, editable: bool) -> None:
        for table in (self.stage_table, self.fin_table):
            table.setEditTriggers(
                QTableWidget.EditTrigger.AllEditTriggers if editable
                else QTableWidget.EditTrigger.NoEditTriggers)
        for button in (self.add_stage, self.remove_stage, self.add_year, self.remove_year):
            button.setEnabled(editable)
        for label in (self.stages_label, self.financing_label):
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def show_totals(self, facts: DossierFacts) -> None:
        """Stages outside the project's dates; the financing by source against the
        project's grant, own and other funds."""
        p = facts.project
        outside = [
            s.number for s in facts.stages
            if (p.start_date and s.start_date and s.start_date < p.start_date)
            or (p.end_date and s.end_date and s.end_date > p.end_date)
            or (s.start_date and s.end_date and s.end_date < s.start_date)
        ]
        if outside:
            self._say(self.stages_label, _t(
                "Этапы %1: даты вне сроков проекта или окончание раньше начала").replace(
                "%1", ", ".join(outside)), "error")
        else:
            self._say(self.stages_label, _t("Этапов: %1").replace(
                "%1", str(len(facts.stages))) if facts.stages else "", "ok")
        if not facts.financing:
            self._say(self.financing_label, "", "ok")
            return
        words = {"grant": _t("грант"), "own": _t("собственные средства"),
                 "other": _t("иные средства")}
        expected = {"grant": p.grant_requested, "own": p.own_funds, "other": p.other_funds}
        parts, mismatched = [], False
        for source, label in words.items():
            got = sum(f.amount for f in facts.financing if f.source == source)
            text = f"{label} {format_money(got)}"
            want = expected[source]
            if want is not None and got != want:
                mismatched = True
                text += " " + _t("(в проекте %1, расхождение %2)").replace(
                    "%1", format_money(want)).replace("%2", format_money(got - want))
            parts.append(text)
        message = _t("По годам: %1").replace("%1", "; ".join(parts))
        self._say(self.financing_label, message, "error" if mismatched else "ok")

    # --- editing ------------------------------------------------------------------------
    def add_stage_row(self) -> None:
        row = self._append_stage([str(self.stage_table.rowCount() + 1), "", "", "", ""])
        self.stage_table.setCurrentCell(row, ST_TITLE)
        self.changed.emit()

    def add_year_row(self) -> None:
        row = self._append_year("")
        self.fin_table.setCurrentCell(row, FIN_YEAR)
        self.changed.emit()

    def _remove(self, table: QTableWidget) -> None:
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)
            self.changed.emit()

    def _append_stage(self, texts: list[str]) -> int:
        row = self.stage_table.rowCount()
        self.stage_table.insertRow(row)
        for col, text in enumerate(texts):
            self._set(self.stage_table, row, col, text)
        return row

    def _append_year(self, year: str) -> int:
        row = self.fin_table.rowCount()
        self.fin_table.insertRow(row)
        for col in range(5):
            self._set(self.fin_table, row, col, year if col == FIN_YEAR else "")
        total = self.fin_table.item(row, FIN_TOTAL)
        if total is not None:
            total.setFlags(total.flags() & ~Qt.ItemFlag.ItemIsEditable)
        return row

    def _set(self, table: QTableWidget, row: int, col: int, text: str) -> None:
        item = table.item(row, col)
        if item is None:
            item = QTableWidgetItem(text)
            if table is self.fin_table and col != FIN_YEAR:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, col, item)
        else:
            item.setText(text)

    def _stage_changed(self, item: QTableWidgetItem) -> None:
        if item.column() in (ST_START, ST_END):
            self.stage_table.blockSignals(True)
            self._mark(self.stage_table, item, parse_date_text)
            self.stage_table.blockSignals(False)
        self.changed.emit()

    def _financing_changed(self, item: QTableWidgetItem) -> None:
        if item.column() in SOURCE_COLUMNS.values():
            self.fin_table.blockSignals(True)
            value = self._mark(self.fin_table, item, parse_money)
            if isinstance(value, int) and value >= 0:
                item.setText(format_money(value, currency=False))
            self._row_total(item.row())
            self.fin_table.blockSignals(False)
        if item.column() != FIN_TOTAL:
            self.changed.emit()

    def _row_total(self, row: int) -> None:
        total = 0
        for col in SOURCE_COLUMNS.values():
            with contextlib.suppress(ValueError):  # a bad cell is marked on its own
                total += parse_money(self._cell(self.fin_table, row, col)) or 0
        was = self.fin_table.blockSignals(True)
        self._set(self.fin_table, row, FIN_TOTAL, format_money(total, currency=False))
        self.fin_table.blockSignals(was)

    def _mark(self, table: QTableWidget, item: QTableWidgetItem, parse: Any) -> object:
        """Colour a cell that does not parse and say why in its tooltip."""
        try:
            value = parse(item.text())
        except ValueError as exc:
            item.setForeground(severity_color("error", table))
            item.setToolTip(str(exc))
            return None
        item.setForeground(table.palette().text())
        item.setToolTip("")
        return value

    def _say(self, label: QLabel, text: str, tone: str) -> None:
        label.setText(text)
        label.setStyleSheet(f"color: {severity_color(tone, label).name()};")

    @staticmethod
    def _cell(table: QTableWidget, row: int, col: int) -> str:
        item = table.item(row, col)
        return item.text() if item is not None else ""
