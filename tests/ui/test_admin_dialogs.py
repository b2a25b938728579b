"""Administration dialogs driven like a person would (pytest-qt, offscreen)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMainWindow, QVBoxLayout, QWidget

from desktop_app.core.services.facade import Services
from desktop_app.ui.admin import (
    AuditDialog,
    BackupDialog,
    CheckDialog,
    FirstStartDialog,
    IdleLock,
    SignInDialog,
    UsersDialog,
    install_admin_actions,
)
from desktop_app.ui.admin.auth import LAST_LOGIN_KEY
from desktop_app.ui.settings import app_settings

PW = "admin pass phrase 1"
SHOTS = os.environ.get("RCI_SCREENSHOTS")  # a folder to save pictures of the dialogs into


def shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


pytestmark = pytest.mark.usefixtures("fast_hashing")


def test_first_start_creates_the_administrator(qtbot, services: Services) -> None:
    dialog = FirstStartDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.login_edit, "admin")
    dialog.full_name_edit.insert("Иванов Иван Иванович")  # QTest types ASCII only
    qtbot.keyClicks(dialog.password_edit, "short")
    qtbot.keyClicks(dialog.repeat_edit, "short")
    dialog.try_create()
    assert "не короче 12" in dialog.message.text() and not services.users.has_users()
    shot(dialog, "admin_first_start")
    for edit in (dialog.password_edit, dialog.repeat_edit):
        edit.clear()
        qtbot.keyClicks(edit, PW)
    dialog.try_create()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.login == "admin"
    assert app_settings().value(LAST_LOGIN_KEY) == "admin"


def test_sign_in_remembers_the_login_never_the_password(
    qtbot, services: Services, admin: Services, admin_password: str, temp_qsettings: Path
) -> None:
    app_settings().setValue(LAST_LOGIN_KEY, "admin")
    dialog = SignInDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.login_edit.text() == "admin"
    qtbot.keyClicks(dialog.password_edit, "wrong password!")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert "Неверное имя входа или пароль" in dialog.message.text()
    assert dialog.password_edit.text() == ""
    shot(dialog, "admin_sign_in")
    qtbot.keyClicks(dialog.password_edit, admin_password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.login == "admin"
    ini = "".join(p.read_text(encoding="utf-8") for p in temp_qsettings.rglob("*.ini"))
    assert "admin" in ini and admin_password not in ini


def test_idle_lock_keeps_unsaved_edit(
    qtbot, services: Services, admin: Services, admin_password: str
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    editor = QWidget()
    QVBoxLayout(editor)
    edit = QLineEdit()
    editor.layout().addWidget(edit)
    window.setCentralWidget(editor)
    window.show()
    qtbot.keyClicks(edit, "draft 42: ")  # typed keys; QTest types ASCII only
    edit.insert("несохранённый текст")
    lock = IdleLock(services, admin.actor, window, minutes=0.001)  # 60 ms of idleness
    lock.install()
    try:
        qtbot.waitUntil(lambda: lock.is_locked, timeout=3000)
        screen = lock.screen
        assert screen is not None and screen.isVisible()
        shot(screen, "admin_lock")
        qtbot.keyClicks(screen.password_edit, "wrong password!")
        qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
        assert lock.is_locked and "Неверн" in screen.message.text()
        qtbot.keyClicks(screen.password_edit, admin_password)
        qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
        assert not lock.is_locked
        assert edit.text() == "draft 42: несохранённый текст" and window.isVisible()
    finally:
        lock.uninstall()
    from desktop_app.core.services.audit_export import AuditFilter, fetch_entries

    actions = [r.action for r in fetch_entries(admin, AuditFilter(entity="user"), limit=5)]
    assert actions[:3] == ["session_unlock", "session_unlock_failed", "session_lock"]


def test_admin_menu_follows_the_role(qtbot, services: Services, admin: Services) -> None:
    admin.users.create({"login": "cons", "full_name": "Петров Пётр"}, "consultant pass 1")
    cons = services.as_actor(services.users.sign_in("cons", "consultant pass 1"))
    for signed, visible in ((admin, {"users", "audit", "backup", "check", "erasures",
                                      "profiles", "merge", "sync"}),
                              (cons, {"backup", "check", "sync"})):
        window = QMainWindow()
        qtbot.addWidget(window)
        actions = install_admin_actions(window, signed)
        on_server = {"sync"} if signed.db.is_server else set()   # nothing to sync there
        assert {k for k, a in actions.items() if a.isVisible()} == visible - on_server


@pytest.mark.sqlite_only
def test_dialogs_render(qtbot, services: Services, admin: Services) -> None:
    ent = admin.enterprises.create({"full_name": "ООО «Пермский завод»", "inn": "1234567894"})
    admin.enterprises.update(ent.id, {"full_name": "ООО «Пермский завод-2»", "inn": "1234567894"})
    users = UsersDialog(admin)
    qtbot.addWidget(users)
    users.show()
    assert users.table.rowCount() == 1 and users.table.item(0, 3).text() == "администратор"
    shot(users, "admin_users")
    audit = AuditDialog(admin)
    qtbot.addWidget(audit)
    audit.show()
    assert audit.model is not None and audit.model.total >= 4
    audit.view.selectRow(0)
    shot(audit, "admin_audit")
    history = AuditDialog(admin, entity="enterprise", entity_id=str(ent.id))
    qtbot.addWidget(history)
    history.show()
    assert history.model is not None and [r.action for r in history.model.rows] == ["create",
                                                                                  "update"]
    history.view.selectRow(1)
    assert "ООО «Пермский завод» → ООО «Пермский завод-2»" in history.details.toPlainText()
    shot(history, "admin_history")
    backup = BackupDialog(admin)
    qtbot.addWidget(backup)
    backup.show()
    if admin.db.is_server:  # the server's copies are its administrator's: the dialog says so
        assert backup.server_note is not None
        note = backup.server_note.text()
        assert "администратор сервера" in note and "backup --to ФАЙЛ.dump" in note
        assert "postgresql-client" in note
    else:
        backup.backup_now()
        assert backup.list.count() == 1 and "проверена" in backup.status.text()
    shot(backup, "admin_backup")
    check = CheckDialog(admin)
    qtbot.addWidget(check)
    check.show()
    assert "проблем не найдено" in check.result_view.toPlainText()
    shot(check, "admin_check")


def test_event_log_speaks_in_words_not_codes(qtbot, services: Services, admin: Services,
                                             tmp_path: Path) -> None:
    import datetime as dt
    import re

    from docfixtures import pdf_bytes

    ent = admin.enterprises.create({"full_name": "ООО «Пермский завод»", "inn": "1234567894"})
    dossier = admin.dossiers.create(ent.id, "atd-reverse-engineering",
                                    project={"title": "Уплотнение"})
    pdf = tmp_path / "выписка.pdf"
    pdf.write_bytes(pdf_bytes(1))
    doc = admin.documents.attach(dossier.id, "egrul_extract", [pdf])
    admin.documents.update_document(doc.id, number="12", issued_on=dt.date(2026, 1, 15))
    admin.dossiers.change_status(dossier.id, "withdrawn", reason="Предприятие передумало")

    audit = AuditDialog(admin)
    qtbot.addWidget(audit)
    audit.show()
    model = audit.model
    assert model is not None
    shown = [[model.data(model.index(r, c)) for c in (3, 4, 5)] for r in range(model.rowCount())]
    users = {model.data(model.index(r, 2)) for r in range(model.rowCount())}
    assert users == {"admin", "программа"}   # the first start is the program's own entry
    actions = {row[0] for row in shown}
    assert {"смена статуса досье", "приложение документа", "изменение записи",
            "создание записи", "вход в программу"} <= actions
    code = re.compile(r"^[a-z_.@\-]+$|[a-z]+_[a-z]+")
    assert [row for row in shown if any(code.search(text or "") for text in row)] == []
    combo_items = [audit.action_combo.itemText(i) for i in range(audit.action_combo.count())]
    assert "смена статуса досье" in combo_items and "status" not in combo_items

    row = next(r for r, texts in enumerate(shown)
               if texts[0] == "изменение записи" and texts[1] == "документ")
    audit.view.selectRow(row)
    details = audit.details.toPlainText()
    assert "Действие: изменение записи" in details
    assert "дата выдачи: — → 15.01.2026" in details and "номер: — → 12" in details
    row = next(r for r, texts in enumerate(shown) if texts[0] == "смена статуса досье")
    audit.view.selectRow(row)
    assert "статус: черновик → отозвано" in audit.details.toPlainText()
    row = next(r for r, texts in enumerate(shown) if texts[0] == "приложение документа")
    audit.view.selectRow(row)
    assert "вид документа: Выписка из ЕГРЮЛ" in audit.details.toPlainText()
    shot(audit, "admin_audit_words")
