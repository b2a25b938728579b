"""Файл → Сменить пользователя: the person signs out, the next one signs in with their rights."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMenu, QMessageBox

from desktop_app.core.services.audit_export import AuditFilter, fetch_entries
from desktop_app.ui.admin import SignInDialog

CONSULTANT_PASSWORD = "консультант пароль 1"

pytestmark = pytest.mark.usefixtures("fast_hashing")


@pytest.fixture
def russian(qtbot: Any) -> None:
    from desktop_app.ui import i18n

    i18n.install(QApplication.instance(), "ru")


@pytest.fixture
def workplace(qtbot: Any, services: Any, admin: Any, russian: None) -> Iterator[Any]:
    from desktop_app.ui.session import Workplace

    admin.users.create({"login": "kons", "full_name": "Консультантова Ольга Петровна",
                        "role": "consultant"}, CONSULTANT_PASSWORD)
    place = Workplace(services, idle_lock=False)
    qtbot.addWidget(place.start(admin.actor))
    yield place
    if place.window is not None:
        qtbot.addWidget(place.window)


def _answer_modals(steps: list[tuple[type, Callable[[Any], None]]], seen: list[Any]) -> None:
    """Act on each modal window in turn, as a person would once it shows."""
    def poll() -> None:
        if not steps:
            return
        kind, act = steps[0]
        dlg = QApplication.activeModalWidget()
        if isinstance(dlg, kind) and dlg.isVisible():
            steps.pop(0)
            seen.append(dlg.text() if isinstance(dlg, QMessageBox) else dlg.windowTitle())
            act(dlg)
        QTimer.singleShot(20, poll)
    QTimer.singleShot(0, poll)


def _press(text: str) -> Callable[[Any], None]:
    def act(dlg: Any) -> None:
        for button in dlg.findChildren(QAbstractButton):
            if button.text().replace("&", "") == text and button.isVisible():
                button.click()
                return
        raise AssertionError(f"no button «{text}»")
    return act


def _sign_in_as(login: str, password: str, typist: Any) -> Callable[[Any], None]:
    def act(dlg: SignInDialog) -> None:
        dlg.login_edit.clear()
        typist(dlg.login_edit, login)
        typist(dlg.password_edit, password)
        _press("Войти")(dlg)
    return act


def _menu_items(window: Any) -> dict[str, list[str]]:
    out = {}
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and action.isVisible():
            out[action.text().replace("&", "")] = [
                a.text().replace("&", "") for a in menu.actions() if a.isVisible() and a.text()]
    return out


def _choose(window: Any, menu: str, item: str) -> None:
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == menu:
            for sub in action.menu().actions():
                if sub.text().replace("&", "") == item:
                    sub.trigger()
                    return
    raise AssertionError(f"no menu item {menu} → {item}")


def test_switch_user_asks_about_unsaved_work_then_applies_the_new_roles(
    qtbot: Any, workplace: Any, services: Any, typist: Any
) -> None:
    first = workplace.window
    assert "Пользователи…" in _menu_items(first)["Администрирование"]
    assert "Сменить пользователя…" in _menu_items(first)["Файл"]
    editor = first.new_enterprise()
    typist(editor.edits["full_name"], "ООО «Несохранённое»")

    seen: list[Any] = []
    _answer_modals([(QMessageBox, _press("Не сохранять")),
                    (SignInDialog, _sign_in_as("kons", CONSULTANT_PASSWORD, typist))], seen)
    _choose(first, "Файл", "Сменить пользователя…")

    assert "несохранённые изменения" in seen[0]
    assert seen[1] == "Вход в программу"
    second = workplace.window
    assert second is not first and second.isVisible()
    assert second.user_label.text() == "Пользователь: Консультантова Ольга Петровна"
    menus = _menu_items(second)
    assert "Пользователи…" not in menus.get("Администрирование", [])
    assert "Журнал событий…" not in menus.get("Администрирование", [])
    assert services.enterprises.find("Несохранённое") == []
    assert not shiboken6.isValid(first) or not first.isVisible()
    assert not shiboken6.isValid(editor) or not editor.isVisible()   # closed (maybe gone)
    log = fetch_entries(services, AuditFilter(user_login="admin"), limit=5)
    assert log[0].action == "sign_out"


def test_cancel_in_the_unsaved_question_keeps_the_person_signed_in(
    qtbot: Any, workplace: Any, typist: Any
) -> None:
    first = workplace.window
    editor = first.new_enterprise()
    typist(editor.edits["full_name"], "ООО «Черновик»")
    seen: list[Any] = []
    _answer_modals([(QMessageBox, _press("Отмена"))], seen)
    _choose(first, "Файл", "Сменить пользователя…")
    assert seen and workplace.window is first and first.isVisible()
    assert editor.isVisible() and editor.edits["full_name"].text() == "ООО «Черновик»"
    editor.dirty = False   # the draft is left behind when the test closes the window


def test_cancelled_sign_in_closes_the_program(qtbot: Any, workplace: Any) -> None:
    ended: list[bool] = []
    workplace.ended.connect(lambda: ended.append(True))
    first = workplace.window
    seen: list[Any] = []
    _answer_modals([(SignInDialog, _press("Отмена"))], seen)
    _choose(first, "Файл", "Сменить пользователя…")
    assert seen == ["Вход в программу"]
    assert ended == [True] and workplace.window is None
    assert not shiboken6.isValid(first) or not first.isVisible()


def test_an_open_dossier_with_changes_is_asked_about_too(
    qtbot: Any, workplace: Any, services: Any, typist: Any
) -> None:
    first = workplace.window
    ent = services.enterprises.create({"full_name": "ООО «Пермские моторы»",
                                       "inn": "1234567894"})
    did = services.dossiers.create(ent.id, "atd-reverse-engineering",
                                   project={"title": "Уплотнение"}).id
    editor = first.open_dossier(did)
    typist(editor.dates["start_date"].edit, "01.02.2026")
    seen: list[Any] = []
    _answer_modals([(QMessageBox, _press("Отмена"))], seen)
    _choose(first, "Файл", "Сменить пользователя…")
    assert seen and "несохранённые изменения" in seen[0]
    assert workplace.window is first and editor.isVisible()
    editor.dirty = False
