"""Generated import files for the bulk tests: valid ИНН, big CSV files, ZIP bombs."""

from __future__ import annotations

import zipfile
from pathlib import Path

_INN10_WEIGHTS = (2, 4, 10, 3, 5, 9, 4, 6, 8)


def inn10(n: int) -> str:
    """The ``n``-th valid ten-digit ИНН of a legal entity (region 77)."""
    body = f"77{n:07d}"
    check = sum(int(d) * w for d, w in zip(body, _INN10_WEIGHTS, strict=True)) % 11 % 10
    return body + str(check)


def enterprise_csv(path: Path, rows: int, *, start: int = 1, pad: int = 0) -> Path:
    """A semicolon CSV of ``rows`` valid enterprises; ``pad`` adds characters to each
    row's address so a file of a wanted size needs fewer rows."""
    filler = "д. 1, " + "к" * pad
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("ИНН;Полное наименование;Адрес\n")
        for n in range(start, start + rows):
            fh.write(f"{inn10(n)};ООО «Предприятие № {n}»;г. Москва, {filler}\n")
    return path


def xlsx_bomb(path: Path, inflated_mb: int = 300) -> Path:
    """A small XLSX-shaped ZIP whose sheet part inflates to ``inflated_mb`` megabytes."""
    chunk = b"<c t=\"inlineStr\"><is><t>" + b"A" * 1000 + b"</t></is></c>"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook><sheets><sheet name=\"1\" r:id=\"rId1\"/>"
                                      "</sheets></workbook>")
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            member.write(b"<worksheet><sheetData><row r=\"1\">")
            block = chunk * 1024
            for _ in range(inflated_mb * 1024 * 1024 // len(block)):
                member.write(block)
            member.write(b"</row></sheetData></worksheet>")
    return path
