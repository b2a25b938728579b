"""People read a programme's title, never its code: lists, filters, cards, exports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_app.ui.main_window import Section

PROGRAM = "atd-reverse-engineering"
TITLE_START = "Грант АНО «Агентство по технологическому развитию»"


def _dossier(services: Any) -> int:
    ent = services.enterprises.create({"full_name": "ООО «Пермские моторы»",
                                       "inn": "1234567894"})
    return int(services.dossiers.create(ent.id, PROGRAM, project={"title": "Уплотнение"}).id)


def test_dossier_list_and_its_filter_show_the_programme_title(qtbot, window, services) -> None:
    _dossier(services)
    window.go(Section.DOSSIERS)
    page = window.dossiers
    model = page.ensure_loaded()
    column = model.keys.index("program")
    shown = model.data(model.index(0, column))
    assert shown.startswith(TITLE_START) and PROGRAM not in shown
    page.refresh()
    items = [page.program.itemText(i) for i in range(page.program.count())]
    assert items[0] == "Все программы" and items[1].startswith(TITLE_START)
    assert page.program.itemData(1) == PROGRAM   # the filter still works by the code


def test_enterprise_card_lists_dossiers_by_programme_title(qtbot, window, services) -> None:
    did = _dossier(services)
    ent_id = services.dossiers.get(did).enterprise_id
    card = window.open_enterprise(ent_id)
    row = [card.dossiers_table.item(0, c).text() for c in range(card.dossiers_table.columnCount())]
    assert any(text.startswith(TITLE_START) for text in row)
    assert not any(PROGRAM in text for text in row)


def test_exported_dossier_list_names_the_programme(services, tmp_path: Path) -> None:
    import csv

    from desktop_app.core.db.queries import ListKind, ListQuery
    from desktop_app.core.services.list_export import export_list

    _dossier(services)
    path = tmp_path / "досье.csv"
    export_list(services.ctx, ListQuery(ListKind.DOSSIERS), [("title", "Проект"),
                                                             ("program", "Программа")], path)
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[1][1].startswith(TITLE_START)


def test_profiles_dialog_shows_no_codes(qtbot, services) -> None:
    from desktop_app.ui.admin.profiles_dialog import ProfilesDialog

    dialog = ProfilesDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    item = dialog.tree.topLevelItem(0)
    visible = [item.text(c) for c in range(dialog.tree.columnCount())
               if not dialog.tree.isColumnHidden(c)]
    assert any(text.startswith(TITLE_START) for text in visible)
    assert not any(PROGRAM in text for text in visible)


def test_findings_name_no_rule_codes(qtbot, services, no_modal_questions) -> None:
    import re

    from desktop_app.ui.dossier import DossierEditor

    editor = DossierEditor(services, _dossier(services))
    qtbot.addWidget(editor)
    editor.show()
    tree = editor.findings.tree
    items = [tree.topLevelItem(i).child(j) for i in range(tree.topLevelItemCount())
             for j in range(tree.topLevelItem(i).childCount())]
    assert items
    rule_code = re.compile(r"\b[a-z_]+[.:][a-z_]+\b")
    for item in items:
        tree.setCurrentItem(item)
        for text in (item.text(0), item.toolTip(0), editor.findings.detail.text()):
            assert not rule_code.search(text), text
    editor.dirty = False


def test_consultation_shows_the_programme_title_and_keeps_the_code(
    qtbot, typist, window, services
) -> None:
    import datetime as dt

    from PySide6.QtCore import Qt

    ent = services.enterprises.create({"full_name": "ООО «Пермские моторы»",
                                       "inn": "1234567894"})
    cid = services.consultations.create({
        "enterprise_id": ent.id, "occurred_at": dt.datetime.now(dt.UTC), "channel": "visit",
        "topic": "Грант", "program_code": PROGRAM}).id
    dlg = window.open_consultation(cid)
    assert dlg.program.text().startswith(TITLE_START)
    typist(dlg.topic, " на обратный инжиниринг")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert services.consultations.get(cid).program_code == PROGRAM
