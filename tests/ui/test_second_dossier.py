"""A second open dossier for the same enterprise and programme asks first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox


def _eligible_consultation(services: Any) -> int:
    from desktop_app.core.rules import passing_answers

    ent = services.enterprises.create({"full_name": "ООО «Камский литейный завод»",
                                       "inn": "1234567894"})
    cid = int(services.consultations.create({
        "enterprise_id": ent.id, "occurred_at": dt.datetime.now(dt.UTC), "channel": "visit",
        "topic": "Грант на обратный инжиниринг", "program_code": "atd-reverse-engineering",
    }).id)
    profile = services.consultations.eligibility_profile(cid, "atd-reverse-engineering")
    services.consultations.save_eligibility(cid, passing_answers(profile))
    return cid


def _on_modal(kind: type, act: Callable[[Any], None], seen: list[str]) -> None:
    def poll() -> None:
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, kind):
            QTimer.singleShot(20, poll)
            return
        seen.append(dlg.text() if isinstance(dlg, QMessageBox) else dlg.labelText())
        act(dlg)
    QTimer.singleShot(0, poll)


def _click(text: str) -> Callable[[Any], None]:
    def act(box: QMessageBox) -> None:
        for b in box.buttons():
            if b.text() == text:
                b.click()
                return
        box.reject()
    return act


def _close(editor: Any) -> None:
    editor.dirty = False
    editor.close()


def test_duplicate_dossier_question_opens_or_creates_with_a_reason(qtbot: Any,
                                                                    services: Any) -> None:
    from desktop_app.ui.dossier import DossierEditor, new_dossier_from_consultation

    cid = _eligible_consultation(services)
    first = new_dossier_from_consultation(None, services, cid)
    assert isinstance(first, DossierEditor)
    first_id = first.dossier_id
    _close(first)

    seen: list[str] = []
    _on_modal(QMessageBox, _click("Открыть существующее"), seen)
    again = new_dossier_from_consultation(None, services, cid)
    assert seen and "уже есть открытое досье" in seen[0]
    assert isinstance(again, DossierEditor) and again.dossier_id == first_id
    _close(again)
    assert len(services.dossiers.list()) == 1

    seen.clear()
    _on_modal(QMessageBox, _click("Отмена"), seen)
    assert new_dossier_from_consultation(None, services, cid) is None
    assert seen and len(services.dossiers.list()) == 1

    seen.clear()

    def give_reason(dlg: QInputDialog) -> None:
        dlg.setTextValue("второй проект: редуктор")
        dlg.accept()

    _on_modal(QMessageBox, _click("Создать ещё одно…"), seen)
    _on_modal(QInputDialog, give_reason, seen)
    second = new_dossier_from_consultation(None, services, cid)
    assert isinstance(second, DossierEditor) and second.dossier_id != first_id
    assert len(seen) == 2
    assert "редуктор" in str(services.dossiers.history(second.dossier_id)[0].reason)
    _close(second)


def test_dossier_list_filters_findings_and_new_dossier(qtbot: Any, window: Any,
                                                       services: Any) -> None:
    from desktop_app.ui.dossier.new_dossier import NewDossierDialog
    from desktop_app.ui.main_window import Section

    ent = services.enterprises.create({"full_name": "ООО «Камский литейный завод»",
                                       "inn": "1234567894"})
    other = services.enterprises.create({"full_name": "АО «Вега»", "inn": "7707083893"})
    d1 = services.dossiers.create(ent.id, "atd-reverse-engineering", project={"title": "Насос"})
    services.dossiers.create(other.id, "atd-reverse-engineering", project={"title": "Редуктор"})
    services.dossiers.validate(d1.id)
    window.go(Section.DOSSIERS)
    page = window.dossiers
    model = page.ensure_loaded()
    assert model.rowCount() == 2
    findings = model.keys.index("findings")
    checked = services.dossiers.get(d1.id)
    texts = {model.data(model.index(r, model.keys.index("title"))):
             model.data(model.index(r, findings)) for r in range(2)}
    assert texts["Насос"] == f"{checked.last_error_count} / {checked.last_warning_count}"
    assert texts["Редуктор"] in ("", None)
    page.status.setCurrentIndex(page.status.findData("approved"))
    assert model.rowCount() == 0
    page.status.setCurrentIndex(page.status.findData("draft"))
    assert model.rowCount() == 2
    page.program.setCurrentIndex(page.program.findData("atd-reverse-engineering"))
    assert page.consultant.count() >= 1
    assert model.rowCount() == 2

    # «Новое досье…»: the type-ahead picker, then the duplicate question
    page.new_button.click()
    dlg = next(w for w in window.findChildren(NewDossierDialog))
    assert not dlg.create_button.isEnabled()
    dlg.enterprise_edit.setText("1234567894")
    dlg.look_up()
    assert dlg.enterprise_id == ent.id and dlg.create_button.isEnabled()
    seen: list[str] = []
    _on_modal(QMessageBox, _click("Открыть существующее"), seen)
    assert dlg.create_dossier() == d1.id
    assert seen and "«Насос»" in seen[0]
    assert len(services.dossiers.list()) == 2
