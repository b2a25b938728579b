"""Lists follow the data: a save anywhere refreshes the lists it concerns, without F5."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop_app.ui.main_window import Section

VALID_INN = "1234567894"
TITLE_COLUMN, STATUS_COLUMN = 2, 4


def _dossier(services: Any) -> int:
    ent = services.enterprises.create({
        "full_name": "Акционерное общество «Пермский завод насосов»", "short_name": "АО «ПЗН»",
        "inn": VALID_INN,
    })
    return int(services.dossiers.create(
        ent.id, "atd-reverse-engineering", project={"title": "Торцевое уплотнение"}).id)


def _cell(page: Any, row: int, column: int) -> str:
    model = page.model
    return str(model.data(model.index(row, column)))


def _recent(window: Any) -> list[str]:
    lst = window.home.recent
    return [lst.item(i).text() for i in range(lst.count())]


def test_saving_a_dossier_refreshes_the_dossiers_list_and_the_overview(
    qtbot, typist, window, services, monkeypatch
) -> None:
    dossier_id = _dossier(services)
    window.go(Section.DOSSIERS)
    page = window.dossiers
    page.ensure_loaded()
    assert _cell(page, 0, TITLE_COLUMN) == "Торцевое уплотнение"
    qtbot.waitUntil(lambda: any("Торцевое уплотнение" in t for t in _recent(window)),
                    timeout=3000)

    editor = window.open_dossier(dossier_id)
    assert editor is not None
    editor.text_edits["title"].clear()
    typist(editor.text_edits["title"], "Насос НЦ-200")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.dirty
    qtbot.waitUntil(lambda: _cell(page, 0, TITLE_COLUMN) == "Насос НЦ-200", timeout=3000)
    qtbot.waitUntil(lambda: any("Насос НЦ-200" in t for t in _recent(window)), timeout=3000)

    from desktop_app.ui.dossier import dialogs

    def accept_with_reason(dlg: Any) -> int:
        dlg.reason_edit.setPlainText("Предприятие передумало подавать заявку")
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(dialogs.ReasonDialog, "exec", accept_with_reason)
    qtbot.mouseClick(editor.status_buttons["withdrawn"], Qt.MouseButton.LeftButton)
    assert services.dossiers.get(dossier_id).status.value == "withdrawn"
    qtbot.waitUntil(lambda: _cell(page, 0, STATUS_COLUMN) == "отозвано", timeout=3000)
    editor.close()


def test_a_new_consultation_appears_in_open_lists_and_counts(qtbot, window, services) -> None:
    ent = services.enterprises.create({"full_name": "ООО «Станкомаш»", "inn": VALID_INN})
    window.go(Section.CONSULTATIONS)
    page = window.consultations
    page.ensure_loaded()
    qtbot.waitUntil(lambda: window.home.count_labels["enterprises"].text() == "1", timeout=3000)
    assert page.model.rowCount() == 0
    services.consultations.create({
        "enterprise_id": ent.id, "occurred_at": dt.datetime.now(dt.UTC), "channel": "phone",
        "topic": "Софинансирование",
    })
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    qtbot.waitUntil(lambda: window.home.count_labels["consultations"].text() == "1",
                    timeout=3000)


def test_a_write_on_a_worker_thread_refreshes_on_the_gui_thread(qtbot, window, services) -> None:
    from desktop_app.ui.tasks import run_in_background

    window.go(Section.ENTERPRISES)
    page = window.enterprises
    page.ensure_loaded()
    done: list[object] = []
    run_in_background(
        lambda: services.enterprises.create({"full_name": "ООО «Фоновое»", "inn": VALID_INN}),
        done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert _cell(page, 0, 0) == "ООО «Фоновое»"
