"""The list pages: sort by any visible column, export and print what is shown."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop_app.ui.main_window import Section


def _consultations(services: Any) -> dict[str, int]:
    names = {"7707083893": "ООО «Ясень»", "1234567894": "АО «Берёза»",
             "500100732259": "ИП Ёлкин"}
    ids = {n: int(services.enterprises.create({"full_name": n, "inn": inn}).id)
           for inn, n in names.items()}
    now = dt.datetime.now(dt.UTC)
    for i, (name, channel) in enumerate([("ООО «Ясень»", "phone"), ("АО «Берёза»", "email"),
                                         ("ИП Ёлкин", "visit"), ("АО «Берёза»", "video"),
                                         ("ООО «Ясень»", "event")]):
        services.consultations.create({"enterprise_id": ids[name], "channel": channel,
                                       "topic": f"Тема {i}" + (" грант" if i in (1, 3)
                                                               else ""),
                                       "occurred_at": now - dt.timedelta(hours=i)})
    return ids


def _column_texts(page: Any, key: str) -> list[str]:
    model = page.ensure_loaded()
    col = model.keys.index(key)
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def test_consultations_sort_by_enterprise_and_channel(qtbot: Any, window: Any,
                                                      services: Any) -> None:
    _consultations(services)
    window.go(Section.CONSULTATIONS)
    page = window.consultations
    header = page.view.horizontalHeader()
    keys = page.ensure_loaded().keys
    header.sectionClicked.emit(keys.index("enterprise"))
    qtbot.waitUntil(lambda: page.model.query.sort_key == "enterprise")
    assert _column_texts(page, "enterprise") == [
        "АО «Берёза»", "АО «Берёза»", "ИП Ёлкин", "ООО «Ясень»", "ООО «Ясень»"]
    header.sectionClicked.emit(keys.index("enterprise"))
    assert _column_texts(page, "enterprise")[0] == "ООО «Ясень»"
    header.sectionClicked.emit(keys.index("channel"))
    assert _column_texts(page, "channel") == [
        "видеосвязь", "личный приём", "мероприятие", "телефон", "электронная почта"]


def test_export_filtered_list_reads_back(qtbot: Any, window: Any, services: Any,
                                         tmp_path: Any) -> None:
    from openpyxl import load_workbook

    _consultations(services)
    window.go(Section.CONSULTATIONS)
    page = window.consultations
    page.ensure_loaded()
    page.filter.setText("ГРАНТ")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    keys = page.model.keys
    page.view.horizontalHeader().sectionClicked.emit(keys.index("channel"))
    page.view.horizontalHeader().hideSection(keys.index("topic"))
    assert window.act_export_list.isEnabled()
    from desktop_app.ui.list_output import export_list_page

    target = tmp_path / "консультации.xlsx"
    job = export_list_page(window, page, target)
    assert job is not None
    qtbot.waitUntil(lambda: job.result is not None or job.error is not None)
    assert job.error is None
    book = load_workbook(target, read_only=True)   # keeps the file open until closed
    try:
        rows = [list(r) for r in book.active.iter_rows(values_only=True)]
    finally:
        book.close()
    assert "Тема" not in rows[0] and rows[0][:2] == ["Дата и время", "Предприятие"]
    col = rows[0].index("Канал")
    assert [r[col] for r in rows[1:]] == ["видеосвязь", "электронная почта"]
    assert {r[1] for r in rows[1:]} == {"АО «Берёза»"}


def test_print_list_to_pdf_finds_its_rows(qtbot: Any, window: Any, services: Any,
                                          tmp_path: Any) -> None:
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from desktop_app.ui.list_output import make_printer, paint_list

    _consultations(services)
    window.go(Section.CONSULTATIONS)
    page = window.consultations
    page.ensure_loaded()
    printer = make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "list.pdf"))
    assert paint_list(page, printer) == 1
    text = " ".join(" ".join(p.extract_text().split())
                    for p in PdfReader(tmp_path / "list.pdf").pages)
    for expected in ("Консультации", "Предприятие", "ИП Ёлкин", "Тема 4", "мероприятие",
                     "Стр. 1 из 1"):
        assert expected in text


def test_very_long_list_asks_before_printing(qtbot: Any, window: Any, services: Any,
                                             monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.ui import list_output

    _consultations(services)
    window.go(Section.CONSULTATIONS)
    page = window.consultations
    page.ensure_loaded()
    monkeypatch.setattr(list_output, "ASK_ABOVE_PAGES", 0)
    asked: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        asked.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert list_output.pages_to_print(window, page, list_output.make_printer()) is None
    assert asked and "1 страниц" in asked[0]


def test_search_says_first_100_of_n_and_opens_the_full_list(qtbot: Any, window: Any,
                                                            services: Any,
                                                            monkeypatch: Any) -> None:
    from desktop_app.ui.pages import SearchPage

    _consultations(services)
    monkeypatch.setattr(SearchPage, "SHOWN", 2)
    window.search_box.setText("тема")
    window.run_search()
    page = window.search_page
    assert page.cons_count.text() == "показаны первые 2 из 5"
    assert page.cons_full.isVisibleTo(page) and not page.ent_full.isVisibleTo(page)
    page.cons_full.click()
    assert window.current_section() == Section.CONSULTATIONS
    model = window.consultations.ensure_loaded()
    assert model.query.text == "тема" and model.rowCount() == 5
    assert window.consultations.filter.text() == "тема"
