"""What a consultant does in the main window, driven through real widgets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.ui.main_window import Section

VALID_INN = "1234567894"
BAD_INN = "1234567895"


def _enterprise(services: Any, inn: str, name: str) -> int:
    return int(services.enterprises.create({"full_name": name, "inn": inn}).id)


def _list_texts(page: Any, column: int = 0) -> list[str]:
    model = page.ensure_loaded()
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_new_enterprise_invalid_then_valid_inn(qtbot, typist, window) -> None:
    dlg = window.new_enterprise()
    typist(dlg.edits["full_name"], "ООО «Пермский завод насосов»")
    qtbot.keyClicks(dlg.edits["inn"], BAD_INN)
    inn_error = dlg.errors["inn"]
    assert inn_error.isVisible()
    assert "неверная контрольная цифра" in inn_error.text()
    assert not dlg.save_button.isEnabled()

    dlg.edits["inn"].clear()
    qtbot.keyClicks(dlg.edits["inn"], VALID_INN)
    assert not inn_error.isVisible()
    assert dlg.save_button.isEnabled()
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert not dlg.isVisible()

    window.go(Section.ENTERPRISES)
    assert _list_texts(window.enterprises) == ["ООО «Пермский завод насосов»"]
    assert _list_texts(window.enterprises, 1) == [VALID_INN]


def test_kpp_and_ogrn_checked_as_you_type(qtbot, window) -> None:
    dlg = window.new_enterprise()
    qtbot.keyClicks(dlg.edits["kpp"], "59040")
    assert "9 знаков" in dlg.errors["kpp"].text()
    qtbot.keyClicks(dlg.edits["ogrn"], "1022500001328")
    assert "неверная контрольная цифра" in dlg.errors["ogrn"].text()
    assert not dlg.save_button.isEnabled()


def test_duplicate_inn_offers_the_existing_card(qtbot, typist, window, services) -> None:
    existing = _enterprise(services, VALID_INN, "АО «Уралмаш-Пермь»")
    dlg = window.new_enterprise()
    typist(dlg.edits["full_name"], "АО «Другое»")
    qtbot.keyClicks(dlg.edits["inn"], VALID_INN)
    assert dlg.duplicate_frame.isVisible()
    assert "уже есть в базе" in dlg.duplicate_label.text()
    assert "Уралмаш" in dlg.duplicate_label.text()
    assert not dlg.save_button.isEnabled()
    before = len(window.dialogs)
    qtbot.mouseClick(dlg.open_existing, Qt.MouseButton.LeftButton)
    opened = window.dialogs[-1]
    assert len(window.dialogs) == before + 1
    assert opened.enterprise_id == existing
    assert opened.edits["inn"].text() == VALID_INN
    assert services.enterprises.count() == 1


def test_consultation_follow_up_appears_and_leaves_when_done(
    qtbot, typist, window, services
) -> None:
    _enterprise(services, VALID_INN, "ООО «Камский литейный завод»")
    dlg = window.new_consultation()
    qtbot.keyClicks(dlg.enterprise_edit, VALID_INN)
    qtbot.waitUntil(lambda: dlg.enterprise_id is not None, timeout=3000)
    assert "ИНН 1234567894" in dlg.enterprise_info.text()
    typist(dlg.topic, "Грант на обратный инжиниринг")
    typist(dlg.next_step, "Прислать перечень документов")
    due = dt.date.today() + dt.timedelta(days=7)
    typist(dlg.due.edit, due.strftime("%d.%m.%Y"))
    assert dlg.due.date() == due
    assert dlg.save_button.isEnabled()
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert not dlg.isVisible()

    window.go(Section.FOLLOWUPS)
    page = window.followups
    assert _list_texts(page, 1) == ["Прислать перечень документов"]
    page.view.selectRow(0)
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=3000)  # refreshed by the change
    assert page.stack.currentWidget() is page.empty


def test_search_folds_case_and_yo(qtbot, typist, window, services) -> None:
    _enterprise(services, VALID_INN, "ООО «ИНЖИНИРИНГОВЫЙ ЦЕНТР ПРИКАМЬЯ»")
    _enterprise(services, "123456789047", "ИП «Ёлка» Иванов Иван Иванович")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    typist(window.search_box, "центр")
    qtbot.waitUntil(lambda: bool(window.search_page.enterprise_texts()), timeout=3000)
    assert window.current_section() == Section.SEARCH
    texts = window.search_page.enterprise_texts()
    assert len(texts) == 1 and "ЦЕНТР ПРИКАМЬЯ" in texts[0]

    window.search_box.clear()
    typist(window.search_box, "елка")
    qtbot.waitUntil(lambda: any("Ёлка" in t for t in window.search_page.enterprise_texts()),
                    timeout=3000)
    assert len(window.search_page.enterprise_texts()) == 1


def test_search_finds_consultation_text(qtbot, typist, window, services) -> None:
    import datetime as dt

    eid = _enterprise(services, VALID_INN, "ООО «Станкомаш»")
    services.consultations.create({
        "enterprise_id": eid, "occurred_at": dt.datetime.now(dt.UTC), "channel": "phone",
        "topic": "Софинансирование проекта", "questions": "Какая доля СОБСТВЕННЫХ средств?",
    })
    typist(window.search_box, "собственных")
    qtbot.waitUntil(lambda: bool(window.search_page.consultation_texts()), timeout=3000)
    assert "Софинансирование проекта" in window.search_page.consultation_texts()[0]


def test_import_preview_marks_bad_row_and_imports_nothing(qtbot, window, services,
                                                          tmp_path: Path) -> None:
    path = tmp_path / "предприятия.csv"
    path.write_text(
        "ИНН;Наименование\n"
        f"{VALID_INN};ООО «Хорошее»\n"
        f"{BAD_INN};ООО «Плохое»\n",
        encoding="utf-8",
    )
    dlg = window.import_enterprises()
    dlg.load_file(path)
    assert dlg.bad_rows() == [3]
    first = [dlg.table.item(0, c).text() for c in range(dlg.table.columnCount())]
    assert first[0] == "3"
    assert "контрольная цифра" in first[-1]
    assert dlg.table.item(0, 1).background().color().red() == 255
    assert "ничего не будет записано" in dlg.summary.text()
    assert not dlg.import_button.isEnabled()
    qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    dlg.wait()
    assert services.enterprises.count() == 0


def test_import_good_file_on_worker_thread(qtbot, window, services, tmp_path: Path,
                                           monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    path = tmp_path / "ok.csv"
    path.write_text(f"ИНН;Наименование\n{VALID_INN};ООО «Хорошее»\n", encoding="utf-8")
    dlg = window.import_enterprises()
    dlg.load_file(path)
    assert dlg.import_button.isEnabled()
    qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.report is not None, timeout=10_000)
    dlg.wait()
    assert dlg.report.imported == 1
    assert services.enterprises.count() == 1
    assert "Импортировано новых предприятий: 1" in dlg.summary.text()


def test_unsaved_changes_prompt(qtbot, typist, window, services, monkeypatch) -> None:
    answers: list[QMessageBox.StandardButton] = [QMessageBox.StandardButton.Cancel]
    asked: list[str] = []

    def fake_question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answers[0]

    monkeypatch.setattr(QMessageBox, "question", fake_question)
    dlg = window.new_enterprise()
    typist(dlg.edits["full_name"], "ООО «Черновик»")
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert asked and "несохранённые изменения" in asked[0]
    assert dlg.isVisible()
    answers[0] = QMessageBox.StandardButton.Discard
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert not dlg.isVisible()
    assert services.enterprises.count() == 0


def test_unchanged_editor_closes_without_asking(qtbot, window, monkeypatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append("x"))
    dlg = window.new_consultation()
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert not dlg.isVisible()
    assert asked == []


def test_empty_enterprise_list_offers_add_and_import(qtbot, window) -> None:
    window.go(Section.ENTERPRISES)
    page = window.enterprises
    assert page.stack.currentWidget() is page.empty
    from PySide6.QtWidgets import QPushButton

    texts = [b.text() for b in page.empty.findChildren(QPushButton)]
    assert "Добавить предприятие" in texts
    assert "Импорт из Excel…" in texts


def test_list_sorts_in_sql_and_remembers_columns(qtbot, window, services) -> None:
    for inn, name in ((VALID_INN, "Б-завод"), ("123456789047", "А-завод")):
        _enterprise(services, inn, name)
    window.go(Section.ENTERPRISES)
    page = window.enterprises
    assert _list_texts(page) == ["А-завод", "Б-завод"]
    page.view.horizontalHeader().sectionClicked.emit(0)
    assert _list_texts(page) == ["Б-завод", "А-завод"]
    page.view.setColumnWidth(1, 222)
    window.save_state()
    from desktop_app.ui.main_window import MainWindow

    again = MainWindow(services)
    qtbot.addWidget(again)
    again.go(Section.ENTERPRISES)
    assert again.enterprises.view.columnWidth(1) == 222
