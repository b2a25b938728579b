"""The activity report and the register of referrals as XLSX workbooks.

Numbers are written as numbers (counts as integers, money as rubles with
a number format), one sheet per breakdown, each with a header: the centre,
the period and the date the report was made. Text goes through
:func:`~desktop_app.core.text_safety.neutralize_cell` so a spreadsheet
never takes an enterprise's name for a formula.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from desktop_app.core import vocabulary
from desktop_app.core.text_safety import neutralize_cell

from .activity import OUTCOMES, ActivityReport, ReferralRow, ReportHeader, breakdowns, period_text

__all__ = ["activity_workbook", "referrals_workbook"]

MONEY_FORMAT = "#,##0.00"


def _rubles(kopecks: int | None) -> Decimal | None:
    return None if kopecks is None else Decimal(kopecks) / 100


def _cell(ws: Any, value: Any, *, bold: bool = False, money: bool = False) -> Any:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    if isinstance(value, str):
        value = neutralize_cell(value)
    cell = WriteOnlyCell(ws, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
    if bold:
        cell.font = Font(bold=True)
    if money:
        cell.number_format = MONEY_FORMAT
    return cell


def _header(ws: Any, title: str, h: ReportHeader) -> None:
    ws.append([_cell(ws, h.centre, bold=True)])
    ws.append([_cell(ws, f"{title} {period_text(h)}", bold=True)])
    filters = [f"консультант: {h.consultant}" if h.consultant else "",
               f"программа: {h.program}" if h.program else ""]
    if any(filters):
        ws.append([_cell(ws, "Отбор — " + "; ".join(f for f in filters if f))])
    ws.append([_cell(ws, f"Составлен {h.made_at:%d.%m.%Y %H:%M}")])
    ws.append([])


def _save(wb: Any) -> bytes:
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def activity_workbook(r: ActivityReport) -> bytes:
    """The activity report: a sheet per breakdown plus the referrals and outcomes."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    title = "Отчёт о работе"
    for b in breakdowns(r):
        ws = wb.create_sheet(b.title[:31])
        ws.column_dimensions["A"].width = 48
        ws.column_dimensions["B"].width = 16
        _header(ws, title, r.header)
        ws.append([_cell(ws, c, bold=True) for c in b.columns])
        for text, n in b.rows:
            ws.append([_cell(ws, text), _cell(ws, n)])
    ws = wb.create_sheet("Направления и итоги")
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 12
    ws.column_dimensions["C"].width = 22
    _header(ws, title, r.header)
    ws.append([_cell(ws, c, bold=True) for c in ("Итог", "Досье", "Сумма гранта, ₽")])
    for code in OUTCOMES:
        o = r.outcomes[code]
        ws.append([_cell(ws, vocabulary.DOSSIER_STATUSES[code]), _cell(ws, o.count),
                   _cell(ws, _rubles(o.grant_requested), money=True)])
    ws.append([_cell(ws, "Направлено (итоговые письма)"), _cell(ws, r.referred),
               _cell(ws, _rubles(r.referred_grant_requested), money=True)])
    return _save(wb)


def referrals_workbook(header: ReportHeader, rows: Sequence[ReferralRow]) -> bytes:
    """The register of referrals: one row per final referral letter of the period."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Реестр направлений")
    for col, width in zip("ABCDEFG", (6, 18, 12, 50, 14, 60, 20), strict=True):
        ws.column_dimensions[col].width = width
    _header(ws, "Реестр направлений в Агентство", header)
    ws.append([_cell(ws, c, bold=True) for c in (
        "№", "Исх. номер", "Дата", "Предприятие", "ИНН", "Проект", "Грант, ₽")])
    for i, row in enumerate(rows, 1):
        date_cell = _cell(ws, row.issued_on)
        date_cell.number_format = "DD.MM.YYYY"
        ws.append([_cell(ws, i), _cell(ws, row.number), date_cell, _cell(ws, row.enterprise),
                   _cell(ws, row.inn), _cell(ws, row.project),
                   _cell(ws, _rubles(row.grant_requested), money=True)])
    return _save(wb)
