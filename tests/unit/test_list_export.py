"""Export of a list as shown: filter, sort, visible columns; streamed, atomic, cancellable."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from desktop_app.core.db.queries import ListKind, ListQuery
from desktop_app.core.errors import InputError
from desktop_app.core.services import list_export
from desktop_app.core.services.list_export import ExportCancelled

COLUMNS = [("enterprise", "Предприятие"), ("channel", "Канал"), ("topic", "Тема"),
           ("occurred_at", "Дата и время")]


@pytest.fixture
def filled(services: Any) -> Any:
    a = services.enterprises.create({"full_name": "ООО «Альфа»", "inn": "7707083893"}).id
    b = services.enterprises.create({"full_name": "АО «Бета»", "inn": "1234567894"}).id
    now = dt.datetime.now(dt.UTC)
    for i in range(30):
        services.consultations.create({
            "enterprise_id": a if i % 3 else b, "channel": "phone" if i % 2 else "email",
            "topic": ("=СУММ(A1) грант" if i == 0 else f"Тема {i:02d}")
            + (" софинансирование" if i % 3 == 0 else ""),
            "occurred_at": now - dt.timedelta(hours=i)})
    return services


def test_xlsx_keeps_filter_sort_and_columns(filled: Any, tmp_path: Path) -> None:
    q = ListQuery(ListKind.CONSULTATIONS, sort_key="topic", descending=False,
                  text="софинансирование")
    seen: list[tuple[int, int]] = []
    out = filled.lists.export(q, COLUMNS, tmp_path / "список.xlsx",
                              progress=lambda d, t: seen.append((d, t)))
    assert out.rows == 10
    book = load_workbook(out.path, read_only=True)   # keeps the file open until closed
    try:
        rows = [list(r) for r in book.active.iter_rows(values_only=True)]
    finally:
        book.close()
    assert rows[0] == ["Предприятие", "Канал", "Тема", "Дата и время"]
    topics = [r[2] for r in rows[1:]]
    assert topics == sorted(topics) and len(topics) == 10
    assert topics[0] == "=СУММ(A1) грант софинансирование"  # text as typed, not a formula
    assert {r[0] for r in rows[1:]} == {"АО «Бета»"}
    assert {r[1] for r in rows[1:]} <= {"телефон", "электронная почта"}
    assert isinstance(rows[1][3], dt.datetime)
    assert seen[-1] == (10, 10)


def test_csv_is_neutralised_and_batched(filled: Any, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(list_export, "BATCH", 7)
    q = ListQuery(ListKind.CONSULTATIONS, sort_key="enterprise", descending=False)
    out = filled.lists.export(q, COLUMNS[:3], tmp_path / "список.csv")
    with out.path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert len(rows) == 31
    assert [r[0] for r in rows[1:]] == ["АО «Бета»"] * 10 + ["ООО «Альфа»"] * 20
    assert "'=СУММ(A1) грант софинансирование" in [r[2] for r in rows]


def test_cancel_leaves_the_old_file(filled: Any, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(list_export, "BATCH", 5)
    target = tmp_path / "список.xlsx"
    target.write_bytes(b"old")
    calls = iter(range(100))
    with pytest.raises(ExportCancelled):
        filled.lists.export(ListQuery(ListKind.CONSULTATIONS), COLUMNS, target,
                            cancel=lambda: next(calls) >= 2)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["список.xlsx"]


def test_a_list_longer_than_a_sheet_is_refused_before_writing(
        filled: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(list_export.xlsx_stream, "MAX_ROWS", 11)   # 10 rows and the header
    target = tmp_path / "список.xlsx"
    with pytest.raises(InputError, match=r"30 строк.*не больше 10.*\.csv"):
        filled.lists.export(ListQuery(ListKind.CONSULTATIONS), COLUMNS, target)
    assert list(tmp_path.iterdir()) == []
    out = filled.lists.export(ListQuery(ListKind.CONSULTATIONS), COLUMNS,
                              tmp_path / "список.csv")
    assert out.rows == 30
