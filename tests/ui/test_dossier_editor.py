"""The dossier editor, its findings panel and its documents checklist, driven through widgets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from blobhelp import alter_blob
from docfixtures import pdf_bytes
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

PROGRAM = "atd-reverse-engineering"


def _dossier(services: Any, *, kpp: str | None = "590401001", **project: Any) -> int:
    ent = services.enterprises.create({
        "full_name": "Акционерное общество «Пермский завод насосов»", "short_name": "АО «ПЗН»",
        "inn": "1234567894", "kpp": kpp, "ogrn": "1022200525819",
        "legal_address": "614000, г. Пермь, ул. Ленина, д. 1",
    })
    data = {"title": "Разработка КД на торцевое уплотнение", "total_cost": 100_000_000}
    data.update(project)
    return int(services.dossiers.create(ent.id, PROGRAM, project=data).id)


def _pdf(folder: Path, name: str = "справка.pdf") -> Path:
    path = folder / name
    path.write_bytes(pdf_bytes(1))
    return path


@pytest.fixture
def open_editor(qtbot: Any, services: Any) -> Any:
    from desktop_app.ui.dossier import DossierEditor
    from desktop_app.ui.tasks import wait_for_background

    opened: list[Any] = []

    def make(dossier_id: int) -> Any:
        editor = DossierEditor(services, dossier_id)  # closed below, without the prompt
        editor.show()
        qtbot.waitExposed(editor)
        editor.activateWindow()
        qtbot.waitUntil(editor.isActiveWindow, timeout=3000)
        opened.append(editor)
        return editor

    yield make
    wait_for_background()
    for editor in opened:
        for child in [editor, *editor.findChildren(QDialog)]:
            if hasattr(child, "dirty"):
                child.dirty = False
        editor.close()
        editor.deleteLater()


def test_findings_follow_typing_in_a_money_field_without_saving(qtbot, services, open_editor):
    dossier_id = _dossier(services)  # total cost 1 000 000,00 ₽, no grant yet
    editor = open_editor(dossier_id)
    assert editor.findings.item_for("cofinancing.grant_share") is None

    qtbot.keyClicks(editor.money["grant_requested"].edit, "900 000,00")
    qtbot.waitUntil(lambda: editor.findings.item_for("cofinancing.grant_share") is not None,
                    timeout=3000)
    item = editor.findings.item_for("cofinancing.grant_share")
    assert "Грант 900 000,00 ₽ составляет 90 % стоимости проекта 1 000 000,00 ₽" in item.text(0)
    assert "[допущение]" in item.text(0)  # the rule rests on an assumption and says so
    assert any("Ошибки" in editor.findings.tree.topLevelItem(i).text(0)
               for i in range(editor.findings.tree.topLevelItemCount()))
    assert services.dossiers.get(dossier_id).grant_requested is None  # nothing was saved

    editor.money["grant_requested"].edit.clear()
    qtbot.keyClicks(editor.money["grant_requested"].edit, "800 000")
    qtbot.waitUntil(lambda: editor.findings.item_for("cofinancing.grant_share") is None,
                    timeout=3000)
    assert editor.dirty
    assert services.dossiers.get(dossier_id).grant_requested is None


def test_a_bad_sum_is_marked_and_blocks_saving(qtbot, services, open_editor):
    editor = open_editor(_dossier(services))
    qtbot.keyClicks(editor.money["own_funds"].edit, "12,345")
    assert "больше двух знаков" in editor.fields_error.text()
    assert "Собственные средства" in editor.fields_error.text()
    assert not editor.save_button.isEnabled()
    editor.money["own_funds"].edit.clear()
    qtbot.keyClicks(editor.money["own_funds"].edit, "200000")
    assert editor.save_button.isEnabled()
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert services.dossiers.get(editor.dossier_id).own_funds == 20_000_000
    assert editor.money["own_funds"].edit.text() == "200 000,00"  # shown formatted
    assert not editor.dirty


def test_double_click_on_a_finding_goes_to_its_field_or_document(qtbot, services, open_editor):
    editor = open_editor(_dossier(services))
    editor.activateWindow()
    tree = editor.findings.tree
    item = editor.findings.item_for("project.component_name.required")
    assert item is not None
    assert "комплектующего изделия" in item.text(0)
    tree.scrollToItem(item)
    pos = tree.visualItemRect(item).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    component = editor.text_edits["component_name"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is component, timeout=3000)
    assert editor.tabs.currentIndex() == 0

    doc_item = editor.findings.item_for("document:tax_certificate")
    tree.scrollToItem(doc_item)
    pos = tree.visualItemRect(doc_item).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert editor.tabs.currentIndex() == 2
    assert editor.checklist.current_code() == "tax_certificate"


def _when_modal(act: Any) -> list[BaseException]:
    """Run ``act(dialog)`` on the next reason dialog (polling until it shows)."""
    from desktop_app.ui.dossier.dialogs import ReasonDialog

    errors: list[BaseException] = []

    def poll() -> None:
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, ReasonDialog):
            QTimer.singleShot(20, poll)
            return
        try:
            act(dlg)
        except BaseException as exc:  # reported by the test, never raised inside Qt
            errors.append(exc)
            dlg.reject()
    QTimer.singleShot(0, poll)
    return errors


def test_acknowledging_a_warning_requires_a_reason(qtbot, services, open_editor):
    editor = open_editor(_dossier(services, kpp=None))  # no KPP: a warning of the profile
    panel = editor.findings
    item = panel.item_for("enterprise.kpp.required")
    assert item is not None
    panel.tree.setCurrentItem(item)
    assert panel.ack_button.isEnabled()
    assert "не принято: 2" in panel.summary.text()
    seen: dict[str, Any] = {}

    def give_reason(dlg: Any) -> None:
        seen["ok_enabled_when_blank"] = dlg.ok_button.isEnabled()
        QTest.keyClicks(dlg.reason_edit, "   ")
        seen["ok_enabled_when_spaces"] = dlg.ok_button.isEnabled()
        # QTest types ASCII only; Cyrillic text goes in as the keyboard layer would insert it
        dlg.reason_edit.insertPlainText("КПП у филиала, заявку подаёт головная организация")
        seen["ok_enabled_with_reason"] = dlg.ok_button.isEnabled()
        dlg.ok_button.click()

    errors = _when_modal(give_reason)
    qtbot.mouseClick(panel.ack_button, Qt.MouseButton.LeftButton)
    assert not errors
    assert seen == {"ok_enabled_when_blank": False, "ok_enabled_when_spaces": False,
                    "ok_enabled_with_reason": True}
    acks = services.dossiers.validate(editor.dossier_id, record=False).acknowledgements
    assert acks["enterprise.kpp.required"].reason.startswith("КПП у филиала")
    text = panel.item_for("enterprise.kpp.required").text(0)
    assert "Принято: КПП у филиала" in text
    assert "не принято: 1" in panel.summary.text()


def test_cancelling_the_reason_accepts_nothing(qtbot, services, open_editor):
    editor = open_editor(_dossier(services, kpp=None))
    panel = editor.findings
    panel.tree.setCurrentItem(panel.item_for("enterprise.kpp.required"))
    _when_modal(lambda dlg: dlg.reject())
    qtbot.mouseClick(panel.ack_button, Qt.MouseButton.LeftButton)
    assert services.dossiers.validate(editor.dossier_id, record=False).acknowledgements == {}


def test_checklist_missing_present_then_damaged(qtbot, services, open_editor, tmp_path):
    dossier_id = _dossier(services)
    editor = open_editor(dossier_id)
    row = editor.checklist.row_texts("tax_certificate")
    assert row[1] == "обязательный"
    assert row[2] == "0 из 1"
    assert row[5] == "нет — обязательный"

    doc = services.documents.attach(dossier_id, "tax_certificate", [_pdf(tmp_path)],
                                    issued_on=dt.date.today())
    editor.reload_documents()
    row = editor.checklist.row_texts("tax_certificate")
    assert row[2] == "1 из 1"
    assert row[5] == "в порядке"
    assert "свежий" in row[3]
    editor.checklist.select_type("tax_certificate")
    assert editor.checklist.file_texts() == [("справка.pdf", "в порядке")]
    assert editor.findings.item_for("document:tax_certificate") is None

    alter_blob(services, doc.files[0].sha256)  # the stored bytes damaged
    editor.reload_documents()
    row = editor.checklist.row_texts("tax_certificate")
    assert row[5] == "файл повреждён или отсутствует"
    assert row[2] == "0 из 1"
    editor.checklist.select_type("tax_certificate")
    assert editor.checklist.file_texts() == [("справка.pdf", "файл повреждён или отсутствует")]
    assert editor.findings.item_for("document:tax_certificate") is not None


def test_dropping_a_file_on_a_row_preselects_the_type_and_attaches(
        qtbot, services, open_editor, tmp_path):
    dossier_id = _dossier(services)
    editor = open_editor(dossier_id)
    editor.tabs.setCurrentIndex(2)
    pdf = _pdf(tmp_path, "выписка.pdf")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pdf))])
    types = editor.checklist.types
    item = editor.checklist._item("egrul_extract")
    types.scrollToItem(item)
    pos = QPointF(types.visualItemRect(item).center())
    drop = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    # Qt delivers a drop only to the target of a real drag, so hand the event to the
    # checklist's drop handler (its event filter on the rows) as the drag would
    assert editor.checklist.eventFilter(types.viewport(), drop)
    assert drop.isAccepted()
    dlg = editor.attach_dialog
    assert dlg is not None and dlg.isVisible()
    assert dlg.type_combo.currentData() == "egrul_extract"
    assert [p.name for p in dlg.paths()] == ["выписка.pdf"]
    qtbot.keyClicks(dlg.issued.edit, dt.date.today().strftime("%d.%m.%Y"))
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.checklist.row_texts("egrul_extract")[2] == "1 из 1",
                    timeout=10_000)
    docs = services.documents.list_documents(dossier_id)
    assert [(d.doc_type, d.files[0].original_name) for d in docs] == [
        ("egrul_extract", "выписка.pdf")]
    assert editor.checklist.row_texts("egrul_extract")[5] == "в порядке"


def test_a_refused_file_is_named_in_the_attach_dialog(qtbot, services, open_editor, tmp_path):
    editor = open_editor(_dossier(services))
    fake = tmp_path / "устав.pdf"
    fake.write_bytes(b"this is not a pdf at all")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(fake))])
    assert editor.checklist.handle_drop("charter", mime)
    dlg = editor.attach_dialog
    assert dlg.type_combo.currentData() == "charter"
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dlg.error.text()), timeout=10_000)
    assert "устав.pdf" in dlg.error.text()
    assert services.documents.list_documents(editor.dossier_id) == []
    dlg.dirty = False
    dlg.reject()


def test_active_content_is_shown_when_attaching(qtbot, services, open_editor, tmp_path,
                                                monkeypatch):
    from docfixtures import active_pdf_bytes

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text, *a: shown.append((title, text)))
    editor = open_editor(_dossier(services))
    active = tmp_path / "устав.pdf"
    active.write_bytes(active_pdf_bytes(javascript=True, embedded_file=True))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(active))])
    assert editor.checklist.handle_drop("charter", mime)
    dlg = editor.attach_dialog
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    title, text = shown[0]
    assert title == "Файлы приложены с замечаниями"
    assert "«устав.pdf»" in text and "активное содержимое (JavaScript, вложенные файлы)" in text
    assert "в пакет для Агентства оно не попадёт" in text
    assert [d.doc_type for d in services.documents.list_documents(editor.dossier_id)] == [
        "charter"]


@pytest.mark.parametrize("answer", ["cancel", "discard", "save"])
def test_unsaved_changes_prompt(qtbot, services, open_editor, monkeypatch, answer):
    dossier_id = _dossier(services)
    editor = open_editor(dossier_id)
    editor.text_edits["component_name"].setFocus()
    editor.text_edits["component_name"].insert("Торцевое уплотнение вала")
    asked: list[str] = []
    button = {"cancel": QMessageBox.StandardButton.Cancel,
              "discard": QMessageBox.StandardButton.Discard,
              "save": QMessageBox.StandardButton.Save}[answer]

    def question(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> Any:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert len(asked) == 1 and "несохранённые изменения" in asked[0]
    stored = services.dossiers.get(dossier_id).component_name
    if answer == "cancel":
        assert editor.isVisible() and editor.dirty
        assert stored is None
    elif answer == "discard":
        assert not editor.isVisible()
        assert stored is None
    else:
        assert not editor.isVisible()
        assert stored == "Торцевое уплотнение вала"


def test_save_conflict_is_reported(qtbot, services, open_editor, monkeypatch):
    from desktop_app.ui.edit_conflict import EditConflictDialog

    dossier_id = _dossier(services)
    editor = open_editor(dossier_id)
    services.dossiers.update_project(dossier_id, {"title": "Изменено на другом месте"})
    qtbot.keyClicks(editor.text_edits["okpd2"], "28.13")
    shown: list[str] = []

    def answer() -> None:   # the question about the conflict: back to editing (Esc)
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, EditConflictDialog):
            QTimer.singleShot(20, answer)
            return
        shown.append(dialog.message.text())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, answer)
    editor.try_save()
    assert shown and "после того как вы его открыли" in shown[0]
    assert services.dossiers.get(dossier_id).okpd2 is None
    assert editor.dirty


def test_ready_refused_with_the_service_message(qtbot, services, open_editor, monkeypatch):
    editor = open_editor(_dossier(services))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _p, title, text, *a, **k: shown.append(text))
    qtbot.mouseClick(editor.status_buttons["ready"], Qt.MouseButton.LeftButton)
    assert shown and "ещё не готово" in shown[0]
    assert services.dossiers.get(editor.dossier_id).status.value == "draft"


def test_cost_lines_total_and_mismatch(qtbot, services, open_editor):
    editor = open_editor(_dossier(services))  # total cost 1 000 000,00 ₽
    editor.tabs.setCurrentIndex(1)
    qtbot.mouseClick(editor.add_line, Qt.MouseButton.LeftButton)
    table = editor.cost_table
    table.item(0, 0).setText("Оплата труда")
    table.item(0, 2).setText("600000")
    assert table.item(0, 2).text() == "600 000,00"
    assert "расхождение -400 000,00 ₽" in editor.cost_total.text()
    qtbot.mouseClick(editor.add_line, Qt.MouseButton.LeftButton)
    table.item(1, 0).setText("Испытания")
    table.item(1, 2).setText("400 000,00")
    assert "совпадает со стоимостью проекта" in editor.cost_total.text()
    editor.try_save()
    lines = services.dossiers.get(editor.dossier_id).cost_lines
    assert [(c.category, c.amount) for c in lines] == [("Оплата труда", 60_000_000),
                                                        ("Испытания", 40_000_000)]


def test_attached_document_details_are_changed_in_the_list(
    qtbot, typist, services, open_editor, tmp_path
):
    dossier_id = _dossier(services)
    doc = services.documents.attach(dossier_id, "egrul_extract", [_pdf(tmp_path, "выписка.pdf")])
    editor = open_editor(dossier_id)
    checklist = editor.checklist
    checklist.select_type("egrul_extract")
    checklist.docs.setCurrentItem(checklist.docs.topLevelItem(0))
    assert checklist.details_button.isEnabled() and checklist.details_button.text() == "Сведения…"
    qtbot.mouseClick(checklist.details_button, Qt.MouseButton.LeftButton)
    dlg = next(d for d in checklist.findChildren(QDialog) if d.isVisible())
    assert dlg.windowTitle() == "Сведения о документе"
    assert dlg.title_edit.text() == "" and dlg.issued.edit.text() == ""
    typist(dlg.title_edit, "Выписка из ЕГРЮЛ")
    typist(dlg.number_edit, "ЮЭ9965-26-1")
    typist(dlg.issued.edit, "30.02.2026")
    assert "такой даты в календаре нет" in dlg.error.text()
    assert not dlg.save_button.isEnabled()
    dlg.issued.edit.clear()
    issued = dt.date.today() - dt.timedelta(days=3)
    typist(dlg.issued.edit, issued.strftime("%d.%m.%Y"))
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert not shiboken6.isValid(dlg) or not dlg.isVisible()   # closed (maybe gone)

    saved = services.documents.get_document(doc.id)
    assert (saved.title, saved.number, saved.issued_on) == (
        "Выписка из ЕГРЮЛ", "ЮЭ9965-26-1", issued)
    checklist.select_type("egrul_extract")
    row = checklist.docs.topLevelItem(0)
    assert row.text(0) == "Выписка из ЕГРЮЛ № ЮЭ9965-26-1"
    assert f"выдан {issued.strftime('%d.%m.%Y')}" in row.text(1)
