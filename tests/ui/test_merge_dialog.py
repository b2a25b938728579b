"""Администрирование → Объединение баз…: the plan and its conflicts reviewed before writing."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.services.facade import Services, open_services
from desktop_app.core.services.users import actor_of
from desktop_app.ui.admin.merge_dialog import MergeDialog

SHOTS = os.environ.get("RCI_SCREENSHOTS")

pytestmark = pytest.mark.usefixtures("fast_hashing")


def _workstation(folder: Path) -> Path:
    folder.mkdir()
    base = open_services(folder / "desk.sqlite3")
    try:
        user = base.users.create_first_admin({"login": "admin", "full_name": "Админ"},
                                             "длинная фраза для входа 1")
        desk = base.as_actor(actor_of(user))
        desk.enterprises.create({"full_name": "АО «Прикамский завод»", "inn": "5902292008",
                                 "phone": "+7 342 200-00-02", "website": "https://plant.example",
                                 "director_name": "Петров Пётр Петрович"})
    finally:
        base.close()
    return folder / "desk.sqlite3"


def test_conflicts_are_reviewed_then_the_chosen_ones_take_the_source(
        qtbot: Any, admin: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ent = admin.enterprises.create({"full_name": "АО «Прикамский завод»", "inn": "5902292008",
                                    "phone": "+7 342 200-00-01",
                                    "director_name": "Иванов Иван Иванович"})
    source = _workstation(tmp_path / "desk")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog = MergeDialog(admin)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.source_edit.setText(str(source))
    dialog.check()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30_000)
    plan = dialog.plan
    assert plan is not None and plan.dry_run
    assert admin.enterprises.get(ent.id).website is None          # nothing written yet
    fields = [dialog.table.item(i, 2).text() for i in range(dialog.table.rowCount())]
    assert "телефон" in fields and "руководитель" in fields
    assert "По таблицам (план)" in dialog.summary.toPlainText()
    assert dialog.merge_button.isEnabled()
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "merge_dialog.png"))
    # the administrator takes the source's phone and keeps this base's director
    row = fields.index("телефон")
    dialog.table.item(row, 0).setCheckState(Qt.CheckState.Checked)
    dialog.run_merge()
    qtbot.waitUntil(lambda: dialog.merged is not None, timeout=30_000)
    done = dialog.merged
    assert done is not None and done.written
    card = admin.enterprises.get(ent.id)
    assert card.phone.endswith("2000002") and card.director_name == "Иванов Иван Иванович"
    assert card.website == "https://plant.example"
    assert [c.field for c in done.settled] == ["phone"]
    assert [c.field for c in done.conflicts if c.table == "enterprises"] == ["director_name"]
    assert "Решено администратором в пользу источника" in dialog.summary.toPlainText()


def test_a_source_that_is_not_a_database_is_explained(
        qtbot: Any, admin: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: said.append(text))
    note = tmp_path / "записка.txt"
    note.write_text("не база", encoding="utf-8")
    dialog = MergeDialog(admin)
    qtbot.addWidget(dialog)
    dialog.source_edit.setText(str(note))
    dialog.check()
    qtbot.waitUntil(lambda: dialog.failure is not None, timeout=30_000)
    assert not dialog.merge_button.isEnabled() and dialog.plan is None
    assert said and "не является базой данных программы" in said[0]


@pytest.mark.server_only
def test_a_laptop_syncs_with_the_server_from_the_menu(
        qtbot: Any, admin: Services, db_location: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, admin_password: str) -> None:
    from PySide6.QtWidgets import QDialog, QInputDialog

    from desktop_app.core.services.merge import sync
    from desktop_app.ui.admin.merge_dialog import sync_with_server_dialog

    ent = admin.enterprises.create({"full_name": "АО «Прикамский завод»", "inn": "5902292008"})
    laptop_base = open_services(tmp_path / "laptop.sqlite3")
    try:
        sync(laptop_base.as_actor(admin.actor).ctx, admin.ctx)     # the laptop's copy
        laptop = laptop_base.as_actor(admin.actor)
        laptop.consultations.create({
            "enterprise_id": laptop.enterprises.find_by_inn("5902292008").id,
            "occurred_at": "2026-11-30T10:00:00+05:00", "channel": "visit",
            "topic": "Выезд без связи"})
        answers = iter([(str(db_location), True), (admin_password, True)])
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
        monkeypatch.setattr(QDialog, "exec", lambda self: 0)
        text = sync_with_server_dialog(None, laptop)  # type: ignore[arg-type]
    finally:
        laptop_base.close()
    assert text is not None and "Работа этого компьютера → сервер" in text
    from merge_data import count

    from desktop_app.core.db.models import Consultation

    assert count(admin, Consultation) == 1 and ent.id
