"""The pre-screening result on the consultation and its printed conclusion, driven like a user."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from test_package_service_data import World

from desktop_app.core.formatting import utcnow
from desktop_app.core.rules import passing_answers

PROGRAM = "atd-reverse-engineering"


def _shot(widget: Any, name: str) -> None:
    """Save a picture when RCI_SHOTS names a folder (for looking at it)."""
    import os

    folder = os.environ.get("RCI_SHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _consultation(world: World, *, checked: bool) -> int:
    c = world.consultant.consultations.create({
        "enterprise_id": world.enterprise_id, "occurred_at": utcnow(), "channel": "visit",
        "topic": "Грант на обратный инжиниринг", "program_code": PROGRAM,
        "next_step": "Принести устав",
    })
    if checked:
        profile = world.consultant.programs.profile(PROGRAM)
        world.consultant.consultations.save_eligibility(c.id, passing_answers(profile))
    return c.id


@pytest.fixture
def editor_of(qtbot: Any, world: World) -> Any:
    from desktop_app.ui.consultation_editor import ConsultationEditor
    from desktop_app.ui.tasks import wait_for_background

    opened: list[Any] = []

    def make(cid: int) -> Any:
        dlg = ConsultationEditor(world.consultant, cid)
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        opened.append(dlg)
        return dlg

    yield make
    wait_for_background()
    for dlg in opened:
        dlg.dirty = False


def test_conclusion_button_saves_the_registered_pdf(
    qtbot: Any, world: World, editor_of: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = _consultation(world, checked=True)
    dlg = editor_of(cid)
    checked_at = world.consultant.consultations.get(cid).eligibility_checked_at
    assert checked_at is not None
    day = checked_at.astimezone().strftime("%d.%m.%Y")
    assert dlg.eligibility_info.text() == f"может подать заявку — проверка от {day}"
    assert dlg.conclusion_button.isEnabled()
    target = tmp_path / "заключение"
    asked: list[str] = []

    def save_name(_parent: Any, _title: str, name: str, _filter: str) -> tuple[str, str]:
        asked.append(name)
        return str(target), "Документы PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    _shot(dlg, "consultation-editor")
    qtbot.mouseClick(dlg.conclusion_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.conclusion_saved is not None, timeout=20_000)
    saved = tmp_path / "заключение.pdf"
    assert dlg.conclusion_saved == saved and saved.is_file()
    assert asked == [f"заключение-консультация-{cid}.pdf"]
    text = " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(saved.read_bytes())).pages)
    (entry,) = world.consultant.packages.register_list()
    assert entry.number in text and day in text
    assert f"Заключение № {entry.number} сохранено" in dlg.error.text()
    _shot(dlg, "consultation-editor-saved")


def test_conclusion_needs_a_check_first(qtbot: Any, world: World, editor_of: Any) -> None:
    dlg = editor_of(_consultation(world, checked=False))
    assert dlg.eligibility_info.text() == "не проводилась"
    assert not dlg.conclusion_button.isEnabled()
    assert "предварительную проверку" in dlg.conclusion_button.toolTip()


def test_conclusion_refusal_is_shown(
    qtbot: Any, world: World, editor_of: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    cid = _consultation(world, checked=True)
    from sqlalchemy import delete

    from desktop_app.core.db.models import OrganizationProfile

    with world.admin.db.write() as s:  # the centre's details are gone
        s.execute(delete(OrganizationProfile))
    dlg = editor_of(cid)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _p, title, text: shown.append(f"{title}: {text}"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a: (str(tmp_path / "x.pdf"), ""))
    qtbot.mouseClick(dlg.conclusion_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert shown[0].startswith("Заключение не сформировано")
    assert "реквизиты центра не заполнены" in shown[0]
    assert not (tmp_path / "x.pdf").exists()
    assert dlg.conclusion_button.isEnabled()


def test_list_shows_the_result_and_its_date(qtbot: Any, world: World,
                                            no_modal_questions: None) -> None:
    from desktop_app.ui.main_window import MainWindow, Section
    from desktop_app.ui.tasks import wait_for_background

    cid = _consultation(world, checked=True)
    _consultation(world, checked=False)
    checked_at = world.consultant.consultations.get(cid).eligibility_checked_at
    assert checked_at is not None
    win = MainWindow(world.consultant)
    qtbot.addWidget(win)
    win.resize(1500, 600)
    win.show()
    qtbot.waitExposed(win)
    try:
        win.go(Section.CONSULTATIONS)
        model = win.consultations.ensure_loaded()
        headers = [model.headerData(c, Qt.Orientation.Horizontal)
                   for c in range(model.columnCount())]
        col = headers.index("Предварительная проверка")
        date_col = headers.index("Дата проверки")
        rows = {model.row_id(r): (model.data(model.index(r, col)),
                                  model.data(model.index(r, date_col)))
                for r in range(model.rowCount())}
        assert rows[cid] == ("может подать заявку", checked_at.astimezone().strftime("%d.%m.%Y"))
        assert sorted(rows.values()) == sorted([rows[cid], ("", "")])
        _shot(win, "consultations-list")
    finally:
        wait_for_background()


def test_a_check_saved_from_the_editor_shows_at_once(
    qtbot: Any, world: World, editor_of: Any
) -> None:
    from desktop_app.ui.dossier import EligibilityDialog

    cid = _consultation(world, checked=False)
    dlg = editor_of(cid)
    qtbot.mouseClick(dlg.eligibility_button, Qt.MouseButton.LeftButton)
    (check,) = dlg.findChildren(EligibilityDialog)
    qtbot.waitExposed(check)
    for qid, ok in passing_answers(check.profile).items():
        qtbot.mouseClick(check.rows[qid].buttons["yes" if ok else "no"],
                         Qt.MouseButton.LeftButton)
    qtbot.mouseClick(check.save_button, Qt.MouseButton.LeftButton)
    assert not check.isVisible()
    assert dlg.eligibility_info.text().startswith("может подать заявку — проверка от ")
    assert dlg.conclusion_button.isEnabled()
    # the editor can still save its own changes after the check changed the record
    dlg.topic.setText("Грант: проверка проведена")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert world.consultant.consultations.get(cid).topic == "Грант: проверка проведена"
