"""The whole program as it starts: sign-in, every menu of every part, the links between
sections (consultation → pre-screening → dossier → package)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QDialog, QMenu


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
    qtbot, services, admin, no_modal_questions
) -> None:
    from desktop_app.ui.main_window import MainWindow

    win = MainWindow(admin)
    qtbot.addWidget(win)
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
    qtbot, services, admin, no_modal_questions
) -> None:
    from desktop_app.core.db.models import Role
    from desktop_app.core.services.context import Actor
    from desktop_app.ui.main_window import MainWindow

    out = admin.users.create(
        {"login": "kons", "full_name": "Консультант Первый", "role": "consultant"},
        "очень-длинный-пароль-2",
    )
    consultant = services.as_actor(Actor(out.id, out.login, Role.CONSULTANT, out.full_name))
    win = MainWindow(consultant)
    qtbot.addWidget(win)
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


def test_profiles_dialog_checks_then_installs(qtbot, services, tmp_path, monkeypatch) -> None:
    import re

    from PySide6.QtWidgets import QMessageBox

    from desktop_app.core.resources import resource_path
    from desktop_app.ui.admin.profiles_dialog import ProfilesDialog

    dialog = ProfilesDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.tree.topLevelItemCount() == 1
    bad = tmp_path / "битый.toml"
    bad.write_text("code = \n", encoding="utf-8")
    assert dialog.install(bad) is None
    assert "битый.toml" in dialog.message.text()
    text = resource_path("programs", "atd-reverse-engineering.toml").read_text(encoding="utf-8")
    good = tmp_path / "профиль.toml"
    good.write_text(re.sub(r'(?m)^version\s*=\s*"[^"]+"', 'version = "2099.1"', text, count=1),
                    encoding="utf-8")
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    assert dialog.install(good) is not None
    assert "2099.1" in asked[0] and "допущениях" in asked[0]
    versions = {dialog.tree.topLevelItem(i).text(1) for i in range(dialog.tree.topLevelItemCount())}
    assert "2099.1" in versions
