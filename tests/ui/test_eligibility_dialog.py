"""The eligibility pre-screening dialog: live verdicts, saving with the consultation, a dossier."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt


def _consultation(services: Any) -> int:
    ent = services.enterprises.create({"full_name": "ООО «Камский литейный завод»",
                                       "inn": "1234567894"})
    return int(services.consultations.create({
        "enterprise_id": ent.id, "occurred_at": dt.datetime.now(dt.UTC), "channel": "visit",
        "topic": "Грант на обратный инжиниринг", "program_code": "atd-reverse-engineering",
    }).id)


@pytest.fixture
def dialog(qtbot: Any, services: Any) -> Any:
    from desktop_app.ui.dossier import EligibilityDialog

    dlg = EligibilityDialog(services, _consultation(services))
    dlg.show()
    qtbot.waitExposed(dlg)
    yield dlg
    dlg.dirty = False
    dlg.close()
    dlg.deleteLater()


def _answer(qtbot: Any, dlg: Any, qid: str, key: str) -> None:
    qtbot.mouseClick(dlg.rows[qid].buttons[key], Qt.MouseButton.LeftButton)


def _answer_passing(qtbot: Any, dlg: Any) -> None:
    """The answers of an applicant with no obstacle («да» where «нет» would stop it)."""
    from desktop_app.core.rules import passing_answers

    for qid, ok in passing_answers(dlg.profile).items():
        _answer(qtbot, dlg, qid, "yes" if ok else "no")


def test_each_verdict_with_reasons_and_marks(qtbot, dialog, services) -> None:
    assert "требуется уточнение" in dialog.verdict_label.text()  # nothing answered yet
    assert any("Нет ответа на вопрос" in t for t in dialog.reason_texts())

    _answer_passing(qtbot, dialog)
    assert dialog.verdict_label.text() == "Вывод: может подать заявку"
    assert dialog.reason_texts() == ["Препятствий не найдено"]
    assert dialog.create_button.isEnabled()

    _answer(qtbot, dialog, "tax_debt", "yes")
    assert dialog.verdict_label.text() == "Вывод: не может подать заявку"
    texts = dialog.reason_texts()
    assert len(texts) == 1
    assert "Задолженность на едином налоговом счёте" in texts[0]
    assert "⚠ [допущение]" in texts[0]  # the rule is an assumption and is marked as such
    assert not dialog.create_button.isEnabled()

    _answer(qtbot, dialog, "tax_debt", "no")
    _answer(qtbot, dialog, "sanctions_lists", "unknown")
    assert dialog.verdict_label.text() == "Вывод: требуется уточнение"
    assert any("Нет ответа на вопрос «Включена ли организация" in t
               for t in dialog.reason_texts())


def test_questions_show_clause_help_and_mark(dialog) -> None:
    from PySide6.QtWidgets import QLabel

    texts = [lbl.text() for lbl in dialog.rows["tax_debt"].findChildren(QLabel)]
    assert any("п. 3 ст. 47 НК РФ" in t for t in texts)
    assert any("КНД 1160082" in t for t in texts)  # the help
    assert any("Основание:" in t and "[допущение]" in t for t in texts)


def test_saving_stores_the_result_with_the_consultation(qtbot, dialog, services) -> None:
    for qid in dialog.rows:
        _answer(qtbot, dialog, qid, "no")
    _answer(qtbot, dialog, "budget_debt", "yes")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    stored = services.consultations.get(dialog.consultation_id).eligibility
    assert stored["verdict"] == "not_eligible"
    assert stored["answers"]["budget_debt"] is True
    assert stored["profile_code"] == "atd-reverse-engineering"

    from desktop_app.ui.dossier import EligibilityDialog

    again = EligibilityDialog(services, dialog.consultation_id)
    qtbot.addWidget(again)
    assert again.rows["budget_debt"].buttons["yes"].isChecked()  # answers come back
    assert again.verdict_label.text() == "Вывод: не может подать заявку"


def test_create_dossier_from_the_result(qtbot, dialog, services) -> None:
    created: list[int] = []
    dialog.dossier_created.connect(created.append)
    _answer_passing(qtbot, dialog)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert len(created) == 1
    dossier = services.dossiers.get(created[0])
    assert dossier.consultation_id == dialog.consultation_id
    assert dossier.enterprise_name == "ООО «Камский литейный завод»"
    assert services.consultations.get(dialog.consultation_id).eligibility["verdict"] == "eligible"


def test_new_dossier_from_consultation_opens_the_editor(qtbot, services) -> None:
    from desktop_app.ui.dossier import (
        DossierEditor,
        EligibilityDialog,
        new_dossier_from_consultation,
    )

    cid = _consultation(services)
    first = new_dossier_from_consultation(None, services, cid)  # no pre-screening yet
    assert isinstance(first, EligibilityDialog)
    first.close()
    profile = services.consultations.eligibility_profile(cid, "atd-reverse-engineering")
    from desktop_app.core.rules import passing_answers

    services.consultations.save_eligibility(cid, passing_answers(profile))
    editor = new_dossier_from_consultation(None, services, cid)
    assert isinstance(editor, DossierEditor)
    assert "ООО «Камский литейный завод»" in editor.windowTitle()
    editor.dirty = False
    editor.close()
