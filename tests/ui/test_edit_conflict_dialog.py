"""Two program windows on one database open the same card; the second to save is asked
what to do: look at the changes, write over them, or take the stored values."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from test_package_service_data import World, build_world

from desktop_app.core.services.facade import Services, open_services


@pytest.fixture
def two(db_path: Path, no_modal_questions: None) -> Iterator[tuple[World, Services]]:
    """The administrator's window and the consultant's (Сидорова М. П.), each with its
    own connection to the same database."""
    world = build_world(db_path)
    other = open_services(db_path, program="второе окно").as_actor(world.consultant.actor)
    try:
        yield world, other
    finally:
        other.close()
        world.close()


def _editor(qtbot: Any, editor: Any) -> Any:
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def when_asked(qtbot: Any, answer: Callable[[Any], None]) -> dict[str, Any]:
    """Answer the conflict dialog with ``answer(dialog)`` once it is on screen."""
    from desktop_app.ui.edit_conflict import EditConflictDialog

    seen: dict[str, Any] = {}

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, EditConflictDialog):
            QTimer.singleShot(20, poll)
            return
        seen["title"] = dialog.windowTitle()
        seen["message"] = dialog.message.text()
        answer(dialog)

    QTimer.singleShot(0, poll)
    return seen


def _edit_both(qtbot: Any, two: tuple[World, Services]) -> tuple[Any, Any]:
    """Both windows open the card; the consultant changes the phone and saves first;
    the administrator changes the notes."""
    from desktop_app.ui.enterprise_editor import EnterpriseEditor

    world, other = two
    mine = _editor(qtbot, EnterpriseEditor(world.admin, world.enterprise_id))
    theirs = _editor(qtbot, EnterpriseEditor(other, world.enterprise_id))
    theirs.edits["phone"].setText("+7 342 211-11-11")
    theirs.try_save()
    assert theirs.result() == QDialog.DialogCode.Accepted
    mine.notes.setPlainText("Звонить после обеда")
    assert mine.dirty
    return world, mine


def test_looking_at_the_changes_then_back_to_editing(qtbot: Any, two: Any) -> None:
    world, mine = _edit_both(qtbot, two)
    rows: list[tuple[str, ...]] = []

    def look(dialog: Any) -> None:
        assert not dialog.table.isVisible()
        qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
        assert dialog.table.isVisible()
        headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(3)]
        rows.append(tuple(headers))
        for r in range(dialog.table.rowCount()):
            rows.append(tuple(dialog.table.item(r, c).text() for c in range(3)))
        dialog.grab().save(str(Path(world.db_path).parent / "conflict.png"))
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    seen = when_asked(qtbot, look)
    mine.try_save()
    assert "Карточку предприятия изменила Сидорова М. П. в " in seen["message"]
    assert rows[0] == ("Поле", "Сохранено (Сидорова М. П.)", "Ваше значение")
    by_field = {r[0]: r[1:] for r in rows[1:]}
    assert set(by_field) == {"Телефон", "Примечания"}
    assert "211-11-11" in by_field["Телефон"][0] or "2111111" in by_field["Телефон"][0]
    assert by_field["Примечания"] == ("—", "Звонить после обеда")
    # back in the editor: nothing written, the person's text still there
    assert mine.isVisible() and mine.dirty
    assert mine.notes.toPlainText() == "Звонить после обеда"
    stored = world.admin.enterprises.get(world.enterprise_id)
    assert stored.notes is None and stored.phone is not None and stored.phone.endswith("2111111")


def test_overwrite_saves_mine_over_theirs(qtbot: Any, two: Any) -> None:
    world, mine = _edit_both(qtbot, two)
    loaded_phone = mine.original.phone
    when_asked(qtbot, lambda d: qtbot.mouseClick(d.overwrite_button, Qt.MouseButton.LeftButton))
    mine.try_save()
    assert mine.result() == QDialog.DialogCode.Accepted
    stored = world.admin.enterprises.get(world.enterprise_id)
    assert stored.notes == "Звонить после обеда"
    assert stored.phone == loaded_phone          # the whole card as this person saw it
    assert stored.version == 3


def test_discard_loads_theirs(qtbot: Any, two: Any) -> None:
    world, mine = _edit_both(qtbot, two)
    when_asked(qtbot, lambda d: qtbot.mouseClick(d.discard_button, Qt.MouseButton.LeftButton))
    mine.try_save()
    assert mine.isVisible() and not mine.dirty
    assert mine.notes.toPlainText() == ""
    assert mine.edits["phone"].text().replace(" ", "").replace("-", "").endswith("2111111")
    stored = world.admin.enterprises.get(world.enterprise_id)
    assert stored.notes is None and stored.version == 2
    # a save now names the version it reloaded and goes through without a question
    mine.notes.setPlainText("Теперь по-новому")
    mine.try_save()
    assert mine.result() == QDialog.DialogCode.Accepted
    assert world.admin.enterprises.get(world.enterprise_id).notes == "Теперь по-новому"


def test_consultation_editor_overwrites(qtbot: Any, two: Any) -> None:
    from desktop_app.ui.consultation_editor import ConsultationEditor

    world, other = two
    c = world.consultant.consultations.create({
        "enterprise_id": world.enterprise_id, "channel": "phone",
        "occurred_at": dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC),
        "topic": "Программа реинжиниринга"})
    mine = _editor(qtbot, ConsultationEditor(world.consultant, consultation_id=c.id))
    theirs = _editor(qtbot, ConsultationEditor(other, consultation_id=c.id))
    theirs.advice.setPlainText("Собрать смету")
    theirs.try_save()
    mine.outcome.setPlainText("Придут в среду")
    seen = when_asked(
        qtbot, lambda d: qtbot.mouseClick(d.overwrite_button, Qt.MouseButton.LeftButton))
    mine.try_save()
    assert seen["message"].startswith("<b>Консультацию изменила Сидорова М. П.")
    stored = world.admin.consultations.get(c.id)
    assert stored.outcome == "Придут в среду" and stored.advice is None


def test_dossier_status_change_after_someone_elses_save(qtbot: Any, two: Any) -> None:
    from desktop_app.ui.dossier import DossierEditor

    world, other = two
    d = world.consultant.dossiers.create(world.enterprise_id, "atd-reverse-engineering",
                                         project={"title": "Разработка КД"})
    mine = _editor(qtbot, DossierEditor(world.consultant, d.id))
    theirs = other.dossiers.get(d.id)
    other.dossiers.update_project(d.id, theirs.project_input().model_copy(
        update={"title": "Разработка КД на уплотнение"}), expected_version=theirs.version)
    # «Отменить мои изменения»: the editor shows the stored dossier, status unchanged
    when_asked(qtbot, lambda dlg: qtbot.mouseClick(dlg.discard_button,
                                                  Qt.MouseButton.LeftButton))
    done = mine._checked(
        lambda v: world.consultant.dossiers.change_status(
            d.id, "withdrawn", reason="заявитель отказался", expected_version=v),
        "Статус не изменён")
    assert not done
    assert world.admin.dossiers.get(d.id).status.value == "draft"
    assert mine.original.title == "Разработка КД на уплотнение"
    # «Перезаписать»: the change goes through on the version now stored
    other.dossiers.update_project(d.id, theirs.project_input(),
                                  expected_version=mine.original.version)
    when_asked(qtbot, lambda dlg: qtbot.mouseClick(dlg.overwrite_button,
                                                  Qt.MouseButton.LeftButton))
    assert mine._checked(
        lambda v: world.consultant.dossiers.change_status(
            d.id, "withdrawn", reason="заявитель отказался", expected_version=v),
        "Статус не изменён")
    assert world.admin.dossiers.get(d.id).status.value == "withdrawn"
    mine.dirty = False
    mine.close()
