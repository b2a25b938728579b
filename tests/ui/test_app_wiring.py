"""The whole program as it starts: sign-in, every menu of every part, the links between
sections (consultation → pre-screening → dossier → package)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMenu

from desktop_app.core.services.users import HashParams


@pytest.fixture
def fast_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.core.services import users

    monkeypatch.setattr(
        users, "DEFAULT_PARAMS", HashParams(time_cost=1, memory_cost=8, parallelism=1)
    )


def _admin(services: Any) -> Any:
    from desktop_app.core.db.models import Role
    from desktop_app.core.services.context import Actor

    out = services.users.create_first_admin(
        {"login": "admin", "full_name": "Администратор Системы Центра"}, "очень-длинный-пароль-1"
    )
    return services.as_actor(Actor(out.id, out.login, Role.ADMINISTRATOR, out.full_name))


def _menus(window: Any) -> dict[str, list[str]]:
    out = {}
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and action.isVisible():
            out[action.text().replace("&", "")] = [
                a.text().replace("&", "") for a in menu.actions() if a.isVisible() and a.text()
            ]
    return out


def test_full_main_window_has_every_part_and_no_english(
    qtbot, services, fast_hashing, no_modal_questions
) -> None:
    from desktop_app.ui.app import install_extensions
    from desktop_app.ui.main_window import MainWindow

    admin = _admin(services)
    win = MainWindow(admin)
    qtbot.addWidget(win)
    install_extensions(win, admin)
    menus = _menus(win)
    assert "Администрирование" in menus and "Документы" in menus
    assert "Пользователи…" in menus["Администрирование"]
    assert "Исходящий реестр…" in menus["Документы"]
    import re

    latin = re.compile(r"[A-Za-z]")
    allowed = ("RCI Intake", "PDF", "XLSX", "CSV", "Excel", "English", "E-mail", "SQLite")
    for title, items in menus.items():
        for text in [title, *items]:
            stripped = text
            for word in allowed:
                stripped = stripped.replace(word, "")
            assert not latin.search(stripped), text


def test_consultant_sees_no_administration(
    qtbot, services, fast_hashing, no_modal_questions
) -> None:
    from desktop_app.core.db.models import Role
    from desktop_app.core.services.context import Actor
    from desktop_app.ui.app import install_extensions
    from desktop_app.ui.main_window import MainWindow

    admin = _admin(services)
    out = admin.users.create(
        {"login": "kons", "full_name": "Консультант Первый", "role": "consultant"},
        "очень-длинный-пароль-2",
    )
    consultant = services.as_actor(Actor(out.id, out.login, Role.CONSULTANT, out.full_name))
    win = MainWindow(consultant)
    qtbot.addWidget(win)
    install_extensions(win, consultant)
    menus = _menus(win)
    assert "Пользователи…" not in menus.get("Администрирование", [])
    assert "Реквизиты центра…" not in menus.get("Документы", [])


def test_consultation_editor_leads_to_prescreening(
    qtbot, services, monkeypatch, no_modal_questions
) -> None:
    from desktop_app.ui.consultation_editor import ConsultationEditor
    from desktop_app.ui.dossier import eligibility

    ent = services.enterprises.create({"full_name": "ООО «Пермские моторы»", "inn": "1234567894"})
    new = ConsultationEditor(services)
    qtbot.addWidget(new)
    assert not new.eligibility_button.isEnabled()
    assert "сохраните" in new.eligibility_button.toolTip()
    c = services.consultations.create(
        {
            "enterprise_id": ent.id,
            "channel": "visit",
            "occurred_at": dt.datetime.now(dt.UTC),
            "topic": "Грант",
        }
    )
    editor = ConsultationEditor(services, c.id)
    qtbot.addWidget(editor)
    assert editor.eligibility_button.isEnabled()
    shown: list[QDialog] = []
    monkeypatch.setattr(eligibility.EligibilityDialog, "exec", lambda self: shown.append(self) or 0)
    monkeypatch.setattr(eligibility.EligibilityDialog, "show",
                        lambda self: shown.append(self))  # noqa: PLW0108 - binds self
    editor.eligibility_button.click()
    assert shown and shown[0].consultation_id == c.id
