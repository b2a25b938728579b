"""Dates in the editors: typed with the keyboard as дд.мм.гггг, picked in the calendar,
emptied when the date is optional."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit

PROGRAM = "atd-reverse-engineering"


def _consultation(services: Any, **extra: Any) -> int:
    ent = services.enterprises.create({"full_name": "ООО «Камский литейный завод»",
                                       "inn": "1234567894"})
    data = {"enterprise_id": ent.id, "occurred_at": dt.datetime.now(dt.UTC),
            "channel": "visit", "topic": "Грант", "next_step": "Прислать устав"}
    data.update(extra)
    return int(services.consultations.create(data).id)


def _active(qtbot: Any, dialog: Any) -> Any:
    """The dialog in front, as a person works in it (key focus moves only there)."""
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    return dialog


def _erase(qtbot: Any, edit: QLineEdit) -> None:
    """Select the whole text and press Delete, as a person empties a field."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)


def test_due_date_is_typed_then_emptied(qtbot, typist, window, services) -> None:
    cid = _consultation(services)
    dlg = window.open_consultation(cid)
    assert dlg.due.edit.text() == "" and dlg.due.edit.placeholderText() == "дд.мм.гггг"
    typist(dlg.due.edit, "15.03.2027")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert services.consultations.get(cid).next_step_due == dt.date(2027, 3, 15)

    dlg = window.open_consultation(cid)
    assert dlg.due.edit.text() == "15.03.2027"
    _erase(qtbot, dlg.due.edit)
    assert dlg.save_button.isEnabled()
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert services.consultations.get(cid).next_step_due is None


def test_a_wrong_due_date_is_explained_and_not_saved(qtbot, typist, window, services) -> None:
    cid = _consultation(services)
    dlg = _active(qtbot, window.open_consultation(cid))
    typist(dlg.due.edit, "31.02.2027")
    assert "такой даты в календаре нет" in dlg.error.text()
    assert "Срок следующего шага" in dlg.error.text()
    assert not dlg.save_button.isEnabled()
    _erase(qtbot, dlg.due.edit)
    typist(dlg.due.edit, "1.4.2027")
    qtbot.keyClick(dlg.due.edit, Qt.Key.Key_Tab)   # leaving the field writes the date in full
    assert dlg.due.edit.text() == "01.04.2027"
    assert dlg.error.text() == ""
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert services.consultations.get(cid).next_step_due == dt.date(2027, 4, 1)


def test_due_date_from_the_calendar(qtbot, window, services) -> None:
    cid = _consultation(services)
    dlg = window.open_consultation(cid)
    calendar = dlg.due.show_calendar()
    assert calendar.isVisible()
    calendar.setSelectedDate(QDate(2027, 5, 20))
    calendar.activated.emit(QDate(2027, 5, 20))   # Enter on the chosen day
    assert dlg.due.edit.text() == "20.05.2027" and not calendar.isVisible()


def test_consultation_date_and_time_are_typed(qtbot, window, services) -> None:
    cid = _consultation(services)
    dlg = window.open_consultation(cid)
    dlg.occurred.setFocus()
    dlg.occurred.setSelectedSection(dlg.occurred.Section.DaySection)
    qtbot.keyClicks(dlg.occurred, "05.03.2026 14:30")
    assert dlg.occurred.dateTime().toString("dd.MM.yyyy HH:mm") == "05.03.2026 14:30"
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    saved = services.consultations.get(cid).occurred_at.astimezone()
    assert saved.strftime("%d.%m.%Y %H:%M") == "05.03.2026 14:30"


def test_dossier_dates_are_typed_and_emptied(qtbot, typist, services, no_modal_questions) -> None:
    from desktop_app.ui.dossier import DossierEditor

    ent = services.enterprises.create({"full_name": "ООО «Пермские моторы»",
                                       "inn": "1234567894"})
    did = int(services.dossiers.create(ent.id, PROGRAM, project={
        "title": "Уплотнение", "start_date": dt.date(2026, 1, 10),
        "end_date": dt.date(2027, 12, 31)}).id)
    editor = DossierEditor(services, did)
    qtbot.addWidget(editor)
    _active(qtbot, editor)
    start, end = editor.dates["start_date"], editor.dates["end_date"]
    assert start.edit.text() == "10.01.2026" and end.edit.text() == "31.12.2027"
    _erase(qtbot, start.edit)
    typist(start.edit, "01022026")            # the digits alone are enough
    _erase(qtbot, end.edit)                   # the end is not known yet
    assert editor.save_button.isEnabled()
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = services.dossiers.get(did)
    assert (saved.start_date, saved.end_date) == (dt.date(2026, 2, 1), None)
    assert start.edit.text() == "01.02.2026"
    editor.dirty = False
