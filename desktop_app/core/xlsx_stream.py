"""A one-sheet XLSX workbook written row by row, in bounded memory.

A list of a million rows goes to Excel through this writer: each row becomes a
line of the sheet's XML, compressed straight into the ZIP container, so memory
holds one batch of rows and never the sheet. Text is written inline (no
shared-strings table to keep), as text cells: a value a spreadsheet would read as
a formula when edited carries the quote-prefix mark. Numbers stay numbers and
dates are dates, in the formats below.

This is the writer of a plain table only (one sheet, a bold header row frozen
at the top, no formulas); workbooks with several sheets or charts are made by
:mod:`openpyxl`. The file is a standard Office Open XML package and reads back in
Excel, LibreOffice and openpyxl.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import IO, Any

from desktop_app.core.text_safety import neutralize_cell

MAX_ROWS = 1_048_576
"""Rows in one Excel sheet, the header row included."""

# cell style indexes of styles.xml below
_TEXT, _TEXT_QUOTED, _DATETIME, _DATE, _MONEY, _INT, _HEADER = 1, 2, 3, 4, 5, 6, 7
_NUMBER_STYLE = {"money": _MONEY, "int": _INT}
_EPOCH = dt.datetime(1899, 12, 30)
_EPOCH_DAY = _EPOCH.date()
# XML 1.0 allows no control characters but tab, line feed and carriage return
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

_CONTENT_TYPES = (
    _HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    _HEAD + f'<Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WORKBOOK_RELS = (
    _HEAD + f'<Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_REL}/styles" Target="styles.xml"/>'
    "</Relationships>"
)
_XF = '<xf numFmtId="{n}" fontId="{f}" fillId="0" borderId="0" xfId="0"{extra}/>'
_STYLES = (
    _HEAD + f'<styleSheet xmlns="{_MAIN}">'
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="DD.MM.YYYY HH:MM"/>'
    '<numFmt numFmtId="165" formatCode="DD.MM.YYYY"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
    "</cellStyleXfs>"
    '<cellXfs count="8">'
    + _XF.format(n=0, f=0, extra="")
    + _XF.format(n=49, f=0, extra=' applyNumberFormat="1"')
    + _XF.format(n=49, f=0, extra=' quotePrefix="1" applyNumberFormat="1"')
    + _XF.format(n=164, f=0, extra=' applyNumberFormat="1"')
    + _XF.format(n=165, f=0, extra=' applyNumberFormat="1"')
    + _XF.format(n=4, f=0, extra=' applyNumberFormat="1"')
    + _XF.format(n=1, f=0, extra=' applyNumberFormat="1"')
    + _XF.format(n=49, f=1, extra=' applyFont="1" applyNumberFormat="1"')
    + "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)


def _escape(text: str) -> str:
    if _ILLEGAL.search(text):
        text = _ILLEGAL.sub("\ufffd", text)
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _column_letters(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(65 + rest) + out
    return out


def sheet_name(text: str) -> str:
    """A name Excel accepts for a sheet: no []:*?/\\ and at most 31 characters."""
    name = _SHEET_NAME_BAD.sub(" ", " ".join(text.split())).strip("' ")[:31].strip()
    return name or "Лист1"


def _text_cell(ref: str, value: str, style: int) -> str:
    space = ' xml:space="preserve"' if value[:1].isspace() or value[-1:].isspace() else ""
    return f'<c r="{ref}" s="{style}" t="inlineStr"><is><t{space}>{_escape(value)}</t></is></c>'


def _cell(ref: str, value: Any, kind: str | None) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        quoted = neutralize_cell(value) != value   # would read as a formula when edited
        return _text_cell(ref, value, _TEXT_QUOTED if quoted else _TEXT)
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, dt.datetime):
        serial = (value.replace(tzinfo=None) - _EPOCH).total_seconds() / 86400
        return f'<c r="{ref}" s="{_DATETIME}"><v>{serial!r}</v></c>'
    if isinstance(value, dt.date):
        return f'<c r="{ref}" s="{_DATE}"><v>{(value - _EPOCH_DAY).days}</v></c>'
    if isinstance(value, int | Decimal | float):
        style = _NUMBER_STYLE.get(kind or "", 0)
        number = format(value, "f") if isinstance(value, Decimal) else repr(value)
        return f'<c r="{ref}" s="{style}"><v>{number}</v></c>'
    return _text_cell(ref, str(value), _TEXT)


def write_table(
    target: IO[bytes],
    sheet: str,
    titles: Sequence[str],
    kinds: Sequence[str | None],
    batches: Iterable[Sequence[Sequence[Any]]],
) -> int:
    """Write the header ``titles`` and the rows of ``batches`` as one sheet; rows written.

    ``kinds`` name each column's number format: ``"money"`` (0,00), ``"int"``; dates
    and date-times are recognised by their values. Raises :class:`ValueError` past
    :data:`MAX_ROWS`; whatever ``batches`` raises (a cancel) propagates.
    """
    letters = [_column_letters(i) for i in range(len(titles))]
    count = 0
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", _CONTENT_TYPES)
        zf.writestr("_rels/.rels", _ROOT_RELS)
        zf.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        zf.writestr("xl/styles.xml", _STYLES)
        zf.writestr(
            "xl/workbook.xml",
            _HEAD + f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>'
            f'<sheet name="{_escape(sheet_name(sheet)).replace(chr(34), "&quot;")}" '
            'sheetId="1" r:id="rId1"/></sheets></workbook>')
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as out:
            header = "".join(_text_cell(f"{letter}1", str(t), _HEADER)
                             for letter, t in zip(letters, titles, strict=True))
            out.write((
                _HEAD + f'<worksheet xmlns="{_MAIN}"><sheetViews>'
                '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
                'activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
                f'<sheetData><row r="1">{header}</row>').encode())
            row_number = 1
            for batch in batches:
                if row_number + len(batch) > MAX_ROWS:
                    raise ValueError(f"в лист Excel помещается не больше {MAX_ROWS - 1:,} "
                                     "строк".replace(",", " "))
                parts: list[str] = []
                for values in batch:
                    row_number += 1
                    n = str(row_number)
                    cells = "".join(_cell(letter + n, v, kind) for letter, v, kind
                                    in zip(letters, values, kinds, strict=True))
                    parts.append(f'<row r="{n}">{cells}</row>')
                out.write("".join(parts).encode())
                count += len(batch)
            out.write(b"</sheetData></worksheet>")
    return count
