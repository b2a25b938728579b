"""The «План и финансирование» tab of the dossier editor: stages and financing typed,
saved, reopened; a financing that does not match the project's sources is shown."""

from __future__ import annotations

import datetime as dt

import test_dossier_editor as editor_tests
from PySide6.QtCore import Qt

from desktop_app.ui.dossier.editor import TAB_PLAN

_dossier = editor_tests._dossier
open_editor = editor_tests.open_editor  # the same fixture: an editor that closes quietly


def test_typed_stage_and_financing_are_saved_and_reopened(qtbot, services, open_editor):
    dossier_id = _dossier(services, start_date=dt.date(2026, 3, 1),
                          end_date=dt.date(2027, 8, 31), grant_requested=80_000_000)
    editor = open_editor(dossier_id)
    editor.tabs.setCurrentIndex(TAB_PLAN)
    assert editor.tabs.tabText(TAB_PLAN) == "План и финансирование"
    qtbot.mouseClick(editor.findChild(type(editor.add_line), "addStageButton"),
                     Qt.MouseButton.LeftButton)
    stages = editor.stage_table
    assert stages.item(0, 0).text() == "1"  # numbered for the user
    stages.item(0, 1).setText("Разработка конструкторской документации")
    stages.item(0, 2).setText("01.03.2026")
    stages.item(0, 3).setText("30.06.2027")
    stages.item(0, 4).setText("Комплект КД")
    qtbot.mouseClick(editor.findChild(type(editor.add_line), "addYearButton"),
                     Qt.MouseButton.LeftButton)
    money = editor.financing_table
    money.item(0, 0).setText("2026")
    money.item(0, 1).setText("800000")
    assert money.item(0, 1).text() == "800 000,00"
    assert money.item(0, 4).text() == "800 000,00"  # the row total
    assert "грант 800 000,00 ₽" in editor.plan.financing_label.text()
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.dirty
    stored = services.dossiers.get(dossier_id)
    assert [(s.number, s.title, s.end_date) for s in stored.stages] == [
        ("1", "Разработка конструкторской документации", dt.date(2027, 6, 30))]
    assert [(f.year, f.source, f.amount) for f in stored.financing] == [
        (2026, "grant", 80_000_000)]

    again = open_editor(dossier_id)
    assert again.stage_table.item(0, 1).text() == "Разработка конструкторской документации"
    assert again.stage_table.item(0, 3).text() == "30.06.2027"
    assert again.financing_table.item(0, 0).text() == "2026"
    assert again.financing_table.item(0, 1).text() == "800 000,00"


def test_financing_mismatch_is_shown_and_found(qtbot, services, open_editor):
    dossier_id = _dossier(services, start_date=dt.date(2026, 3, 1),
                          end_date=dt.date(2027, 8, 31), grant_requested=80_000_000)
    editor = open_editor(dossier_id)
    editor.tabs.setCurrentIndex(TAB_PLAN)
    editor.plan.add_year_row()
    editor.financing_table.item(0, 0).setText("2026")
    editor.financing_table.item(0, 1).setText("500 000,00")
    label = editor.plan.financing_label.text()
    assert "в проекте 800 000,00 ₽, расхождение -300 000,00 ₽" in label
    qtbot.waitUntil(lambda: editor.findings.item_for("financing.grant.sum") is not None,
                    timeout=3000)
    assert ("Грант по годам в сумме составляет 500 000,00 ₽, "
            "а запрашиваемый грант — 800 000,00 ₽") in \
        editor.findings.item_for("financing.grant.sum").text(0)
    # a stage that starts before the project is named under the table
    editor.plan.add_stage_row()
    editor.stage_table.item(0, 1).setText("Подготовка")
    editor.stage_table.item(0, 2).setText("01.01.2026")
    assert "Этапы 1" in editor.plan.stages_label.text()
    qtbot.waitUntil(lambda: editor.findings.item_for("stages.start.inside_project") is not None,
                    timeout=3000)
    assert services.dossiers.get(dossier_id).financing == []  # nothing saved yet
