"""Erasing a contact person from the enterprise card and printing past acts again."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from desktop_app.core.services.facade import Services
from desktop_app.ui.admin.erasures_dialog import ErasuresDialog
from desktop_app.ui.enterprise_editor import EnterpriseEditor

SHOTS = os.environ.get("RCI_SCREENSHOTS")

pytestmark = pytest.mark.usefixtures("fast_hashing")


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join((p.extract_text() or "") for p in reader.pages).split())


class Boxes:
    """What the message boxes said; the person answers «Да» and picks ``save_to``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, save_to: Path) -> None:
        self.said: list[str] = []
        self.save_to = save_to
        monkeypatch.setattr(QInputDialog, "getMultiLineText",
                            lambda *a, **k: ("отзыв согласия, заявление от 01.02.2026", True))
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *a, **k: QMessageBox.StandardButton.Yes)
        monkeypatch.setattr(QMessageBox, "information", self._said)
        monkeypatch.setattr(QMessageBox, "warning", self._said)
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *a, **k: (str(self.save_to), ""))

    def _said(self, _parent: Any, _title: str, text: str, *a: Any) -> QMessageBox.StandardButton:
        self.said.append(text)
        return QMessageBox.StandardButton.Ok


def test_erase_from_the_card_then_print_the_act_again(
    qtbot: Any, admin: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ent = admin.enterprises.create({"full_name": "АО «Пермский завод»", "inn": "1234567894"})
    admin.enterprises.add_contact(ent.id, {"last_name": "Кузнецов", "first_name": "Олег",
                                           "phone": "+7 342 123-45-67"})
    # the act's file cannot be written (its folder is gone): the act stays in the database
    boxes = Boxes(monkeypatch, tmp_path / "нет папки" / "акт.pdf")
    editor = EnterpriseEditor(admin, ent.id)
    qtbot.addWidget(editor)
    editor.show()
    editor.tabs.setCurrentIndex(1)   # «Контактные лица»
    assert editor.erase_button.isVisible()
    if SHOTS:
        editor.grab().save(str(Path(SHOTS) / "enterprise_contacts.png"))
    editor.contacts_table.selectRow(0)
    editor.erase_button.click()
    assert admin.enterprises.contacts(ent.id) == []
    assert editor.contacts_table.rowCount() == 0
    assert any("сохранён в базе" in t for t in boxes.said)
    assert any("хранится в базе" in t for t in boxes.said)
    # printed again from the list of erasures
    boxes.save_to = tmp_path / "акт.pdf"
    dialog = ErasuresDialog(admin)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 3).text() == "по запросу"
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "admin_erasures.png"))
    dialog.save_button.click()
    act = dialog.table.item(0, 1).text()
    assert f"АКТ № {act}" in pdf_text(tmp_path / "акт.pdf")
    assert "Кузнецов Олег" in pdf_text(tmp_path / "акт.pdf")
    assert act in dialog.message.text()


def test_a_consultant_has_no_erase_button(qtbot: Any, services: Services, admin: Services) -> None:
    admin.users.create({"login": "cons", "full_name": "Петров Пётр"}, "consultant pass 1")
    cons = services.as_actor(services.users.sign_in("cons", "consultant pass 1"))
    ent = cons.enterprises.create({"full_name": "АО «Пермский завод»", "inn": "1234567894"})
    editor = EnterpriseEditor(cons, ent.id)
    qtbot.addWidget(editor)
    editor.show()
    editor.tabs.setCurrentIndex(1)
    assert not editor.erase_button.isVisible()


def test_remove_a_contact_from_the_card_after_a_question(
    qtbot: Any, admin: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """«Удалить…» asks first; «Нет» keeps the person, «Да» takes the row away for good."""
    ent = admin.enterprises.create({"full_name": "АО «Пермский завод»", "inn": "1234567894"})
    admin.enterprises.add_contact(ent.id, {"last_name": "Кузнецов", "first_name": "Олег",
                                           "position": "заместитель главного инженера",
                                           "phone": "+7 342 123-45-67",
                                           "email": "kuznetsov.oleg@permzavod.example.ru"})
    admin.enterprises.add_contact(ent.id, {"last_name": "Лебедева", "first_name": "Анна"})
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(_parent: Any, _title: str, text: str, *a: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    editor = EnterpriseEditor(admin, ent.id)
    qtbot.addWidget(editor)
    editor.show()
    editor.tabs.setCurrentIndex(1)   # «Контактные лица»
    if SHOTS:
        editor.grab().save(str(Path(SHOTS) / "enterprise_contacts_widths.png"))
    # the person's name, position, phone and e-mail are not clipped
    table = editor.contacts_table
    metrics = table.fontMetrics()
    for col in range(4):
        text = table.item(0, col).text()
        assert metrics.horizontalAdvance(text) + 12 <= table.columnWidth(col), text
    assert editor.width() <= 1366 and editor.height() <= 768 - 40

    table.selectRow(0)
    editor.remove_button.click()
    assert len(asked) == 1 and "Кузнецов Олег" in asked[0] and "останется в базе" in asked[0]
    assert table.rowCount() == 2                  # «Нет»: nothing changes
    answer[0] = QMessageBox.StandardButton.Yes
    table.selectRow(0)
    editor.remove_button.click()
    assert table.rowCount() == 1 and table.item(0, 0).text() == "Лебедева Анна"
    assert [c.last_name for c in admin.enterprises.contacts(ent.id)] == ["Лебедева"]
    assert len(admin.enterprises.contacts(ent.id, include_removed=True)) == 2
    assert editor.tabs.tabText(1) == "Контактные лица (1)"


def test_the_event_log_names_the_removal_in_russian(qtbot: Any, admin: Services) -> None:
    from desktop_app.ui.admin.audit_viewer import AuditDialog

    ent = admin.enterprises.create({"full_name": "АО «Пермский завод»", "inn": "1234567894"})
    person = admin.enterprises.add_contact(ent.id, {"last_name": "Кузнецов"})
    admin.enterprises.remove_contact(person.id, reason="уволился")
    log = AuditDialog(admin, entity="contact_person", entity_id=str(person.id))
    qtbot.addWidget(log)
    log.show()
    qtbot.waitExposed(log)
    if SHOTS:
        log.grab().save(str(Path(SHOTS) / "audit_contact_removed.png"))
    model = log.view.model()
    shown = [model.index(r, c).data()
             for r in range(model.rowCount()) for c in range(model.columnCount())]
    assert "удаление контактного лица из карточки" in shown
    assert "remove_contact" not in shown
