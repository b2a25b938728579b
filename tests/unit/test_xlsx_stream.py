"""The streaming one-sheet XLSX writer: what a spreadsheet reads back from it."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from decimal import Decimal
from typing import Any

import pytest
from openpyxl import load_workbook

from desktop_app.core import xlsx_stream


def _write(rows: list[list[Any]], kinds: list[str | None], sheet: str = "Список",
           batch: int = 2) -> bytes:
    buf = io.BytesIO()
    titles = [f"Столбец {i + 1}" for i in range(len(kinds))]
    batches = [rows[i:i + batch] for i in range(0, len(rows), batch)]
    assert xlsx_stream.write_table(buf, sheet, titles, kinds, batches) == len(rows)
    return buf.getvalue()


def test_values_keep_their_types_and_formats() -> None:
    when = dt.datetime(2026, 3, 5, 14, 30)
    data = _write([
        ["ООО «Ромашка» & Ко <цех>", when, dt.date(2026, 3, 5), Decimal("1234567.89"), 42],
        ["  с пробелами  ", None, None, Decimal("0.10"), 0],
        ["", when, dt.date(1999, 12, 31), None, None],
    ], [None, None, None, "money", "int"])
    wb = load_workbook(io.BytesIO(data))
    ws = wb.active
    assert ws.title == "Список"
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    assert rows[0] == ["Столбец 1", "Столбец 2", "Столбец 3", "Столбец 4", "Столбец 5"]
    assert rows[1] == ["ООО «Ромашка» & Ко <цех>", when, dt.datetime(2026, 3, 5),
                       pytest.approx(1234567.89), 42]
    assert rows[2][0] == "  с пробелами  " and rows[2][3] == pytest.approx(0.1)
    assert rows[3][0] is None and rows[3][2] == dt.datetime(1999, 12, 31)
    assert ws["B2"].number_format == "DD.MM.YYYY HH:MM"
    assert ws["C2"].number_format == "DD.MM.YYYY"
    assert ws["D2"].number_format == "#,##0.00" and ws["E2"].number_format == "0"
    assert ws["A2"].data_type == "s" and ws["A2"].number_format == "@"
    assert ws["A1"].font.b
    assert ws.freeze_panes == "A2"


def test_formula_like_text_stays_text_with_a_quote_prefix() -> None:
    data = _write([["=СУММ(A1)"], ["+7 342 123-45-67"], ["обычный текст"]], [None])
    ws = load_workbook(io.BytesIO(data)).active
    assert ws["A2"].value == "=СУММ(A1)" and ws["A2"].data_type == "s"
    assert ws["A2"].quotePrefix and ws["A3"].quotePrefix
    assert not ws["A4"].quotePrefix


def test_control_characters_and_odd_sheet_names_do_not_break_the_file() -> None:
    data = _write([["строка\x01с\x0bуправляющими\tсимволами"]], [None],
                  sheet="Досье [все]: 2026/27 — очень длинное название листа")
    ws = load_workbook(io.BytesIO(data)).active
    assert ws["A2"].value == "строка\ufffdс\ufffdуправляющими\tсимволами"
    assert len(ws.title) <= 31 and not set("[]:*?/\\") & set(ws.title)
    assert zipfile.ZipFile(io.BytesIO(data)).testzip() is None


def test_columns_past_z_and_many_batches() -> None:
    kinds: list[str | None] = ["int"] * 30
    rows = [[r * 100 + c for c in range(30)] for r in range(25)]
    ws = load_workbook(io.BytesIO(_write(rows, kinds, batch=7))).active
    assert ws["AD26"].value == 24 * 100 + 29
    assert ws.max_row == 26 and ws.max_column == 30


def test_more_rows_than_a_sheet_holds_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xlsx_stream, "MAX_ROWS", 5)
    with pytest.raises(ValueError, match="не больше 4"):
        _write([[i] for i in range(6)], ["int"])
