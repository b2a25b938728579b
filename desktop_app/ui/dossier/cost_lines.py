"""The cost lines (смета) of a dossier: a table typed into, its total against the
project cost, and the shares of the funding sources."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem

from desktop_app.core.formatting import format_money, parse_money
from desktop_app.core.rules import DossierFacts
from desktop_app.core.services.dossier_models import CostLineOut

from .common import severity_color

COST_CATEGORY, COST_DESCRIPTION, COST_AMOUNT = range(3)


def _t(text: str) -> str:
    return QCoreApplication.translate("DossierEditor", text)


class CostLines(QObject):
    """The cost table with its buttons and labels. ``rows_changed``: a line was added or
    removed; ``amount_edited``: a cell was typed into (amounts are reformatted as stored)."""

    rows_changed = Signal()
    amount_edited = Signal()

    def __init__(self, table: QTableWidget, add_button: QPushButton, remove_button: QPushButton,
                 *, labels: tuple[QLabel, QLabel], parent: QObject | None = None) -> None:
        """``labels``: where the total and the funding shares are shown."""
        super().__init__(parent)
        self.table = table
        self.add_button = add_button
        self.remove_button = remove_button
        self.total_label, self.funding_label = labels
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(
            [_t("Статья затрат"), _t("Описание"), _t("Сумма, ₽")])
        hdr = table.horizontalHeader()
        hdr.setSectionResizeMode(COST_CATEGORY, QHeaderView.ResizeMode.Interactive)
        hdr.setSectionResizeMode(COST_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        hdr.setSectionResizeMode(COST_AMOUNT, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(COST_CATEGORY, 240)
        table.setColumnWidth(COST_AMOUNT, 170)
        add_button.clicked.connect(self.add_line)
        remove_button.clicked.connect(self.remove_line)
        table.itemChanged.connect(self._item_changed)

    # --- filling and reading ----------------------------------------------------------
    def fill(self, lines: Iterable[CostLineOut]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for line in lines:
            self._append_row(line.category, line.description or "",
                             format_money(line.amount, currency=False))
        self.table.blockSignals(False)

    def lines(self) -> tuple[list[dict[str, Any]], list[str]]:
        """The lines as typed (empty rows skipped) and the problems found in them."""
        lines: list[dict[str, Any]] = []
        problems: list[str] = []
        for row in range(self.table.rowCount()):
            cat = self._cell(row, COST_CATEGORY).strip()
            desc = self._cell(row, COST_DESCRIPTION).strip()
            amount_text = self._cell(row, COST_AMOUNT)
            if not (cat or desc or amount_text.strip()):
                continue
            try:
                amount = parse_money(amount_text)
            except ValueError as exc:
                problems.append(_t("Смета, строка %1: %2").replace("%1", str(row + 1))
                                .replace("%2", str(exc)))
                continue
            if not cat:
                problems.append(_t("Смета, строка %1: укажите статью затрат").replace(
                    "%1", str(row + 1)))
            if amount is None:
                problems.append(_t("Смета, строка %1: укажите сумму").replace(
                    "%1", str(row + 1)))
                continue
            if amount < 0:
                problems.append(_t("Смета, строка %1: сумма не может быть отрицательной")
                                .replace("%1", str(row + 1)))
                continue
            lines.append({"category": cat, "description": desc or None, "amount": amount})
        return lines, problems

    def set_editable(self, editable: bool) -> None:
        self.table.setEditTriggers(
            QTableWidget.EditTrigger.AllEditTriggers if editable
            else QTableWidget.EditTrigger.NoEditTriggers)
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable)

    def show_totals(self, facts: DossierFacts) -> None:
        """The sum of the lines against the project cost, and the funding shares."""
        p = facts.project
        lines_sum = sum(c.amount for c in facts.cost_lines)
        text = _t("Итого по смете: %1").replace("%1", format_money(lines_sum))
        tone = "ok"
        if p.total_cost is not None and facts.cost_lines:
            diff = lines_sum - p.total_cost
            if diff:
                text += "; " + _t("стоимость проекта %1 — расхождение %2").replace(
                    "%1", format_money(p.total_cost)).replace("%2", format_money(diff))
                tone = "error"
            else:
                text += "; " + _t("совпадает со стоимостью проекта")
        self.total_label.setText(text)
        self.total_label.setStyleSheet(
            f"color: {severity_color(tone, self.total_label).name()};")
        parts = []
        if p.total_cost:
            for value, label in ((p.grant_requested, _t("грант")),
                                 (p.own_funds, _t("собственные")),
                                 (p.other_funds, _t("иные"))):
                if value is not None:
                    share = value * 10000 // p.total_cost
                    parts.append(f"{label} {share // 100},{share % 100:02d} %")
        self.funding_label.setText(
            _t("Доли в стоимости проекта: %1").replace("%1", ", ".join(parts))
            if parts else "")

    # --- editing ------------------------------------------------------------------------
    def add_line(self) -> None:
        row = self._append_row("", "", "")
        # the table edits on current change, so this opens the category for typing
        self.table.setCurrentCell(row, COST_CATEGORY)
        self.rows_changed.emit()

    def remove_line(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.rows_changed.emit()

    def _append_row(self, category: str, description: str, amount: str) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, text in ((COST_CATEGORY, category), (COST_DESCRIPTION, description),
                          (COST_AMOUNT, amount)):
            item = QTableWidgetItem(text)
            if col == COST_AMOUNT:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, col, item)
        return row

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == COST_AMOUNT:
            self.table.blockSignals(True)
            try:
                value = parse_money(item.text())
                item.setBackground(self.table.palette().base())
                item.setToolTip("")
                if value is not None and value >= 0:
                    item.setText(format_money(value, currency=False))
            except ValueError as exc:
                item.setForeground(severity_color("error", self.table))
                item.setToolTip(str(exc))
            else:
                item.setForeground(self.table.palette().text())
            self.table.blockSignals(False)
        self.amount_edited.emit()

    def _cell(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text() if item is not None else ""
