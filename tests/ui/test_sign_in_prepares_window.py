"""While the password is checked, the remembered person's main window is made ready.

Argon2 runs on a worker thread; meanwhile the window of the name the dialog
showed is built off screen. It is shown only if the check lets that very person
in; a wrong password, another name or a changed account discards it unseen.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import shiboken6

from desktop_app.ui.admin.auth import LAST_LOGIN_KEY
from desktop_app.ui.settings import app_settings

CONSULTANT_PASSWORD = "consultant pass phrase"


@pytest.fixture
def kons(services: Any, admin: Any) -> Any:
    admin.users.create({"login": "kons", "full_name": "Консультантова Ольга Петровна",
                        "role": "consultant"}, CONSULTANT_PASSWORD)
    return admin


@pytest.fixture
def built() -> Iterator[list[Any]]:
    """The windows made ready during a test, in order (dropped afterwards)."""
    made: list[Any] = []
    yield made
    for window in made:
        if shiboken6.isValid(window):
            window.discard()


def _dialog(qtbot: Any, services: Any, made: list[Any], remembered: str) -> Any:
    from desktop_app.ui import session
    from desktop_app.ui.admin import SignInDialog

    app_settings().setValue(LAST_LOGIN_KEY, remembered)

    def prepare(sv: Any, actor: Any) -> Any:
        window = session.prepare_window(sv, actor)
        made.append(window)
        return window

    dialog = SignInDialog(services)
    dialog.prepare = prepare
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_right_password_shows_the_window_made_meanwhile(
        qtbot: Any, services: Any, kons: Any, built: list[Any]) -> None:
    from desktop_app.ui.session import Workplace

    dialog = _dialog(qtbot, services, built, "kons")
    qtbot.keyClicks(dialog.password_edit, CONSULTANT_PASSWORD)
    dialog.try_sign_in()
    assert dialog.actor is not None and dialog.actor.login == "kons"
    assert len(built) == 1 and dialog.prepared is built[0]
    window = built[0]
    assert not window.isVisible()   # nothing of it showed before the password was right
    place = Workplace(services, idle_lock=False)
    shown = place.start(dialog.actor, window)
    qtbot.addWidget(shown)
    assert shown is window and window.isVisible()
    assert window.actor == dialog.actor
    # the person's own window: a consultant has no administration menu
    admin_items = [a.text().replace("&", "") for m in window.menuBar().actions()
                   if m.text().replace("&", "") == "Администрирование" and m.menu()
                   for a in m.menu().actions() if a.isVisible()]
    assert "Пользователи…" not in admin_items
    qtbot.waitUntil(lambda: window.enterprises.model is not None)


def test_a_wrong_password_discards_the_window_unseen(
        qtbot: Any, services: Any, kons: Any, built: list[Any]) -> None:
    dialog = _dialog(qtbot, services, built, "kons")
    qtbot.keyClicks(dialog.password_edit, "not the password!")
    dialog.try_sign_in()
    assert dialog.actor is None and dialog.prepared is None and dialog.isVisible()
    assert "парол" in dialog.message.text().lower()
    assert len(built) == 1
    window = built[0]
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))   # deleted, never shown


def test_only_the_remembered_name_is_prepared_for(
        qtbot: Any, services: Any, kons: Any, built: list[Any],
        admin_password: str) -> None:
    dialog = _dialog(qtbot, services, built, "kons")
    dialog.login_edit.setText("admin")   # another name than the one the dialog showed
    dialog.password_edit.setText(admin_password)
    dialog.try_sign_in()
    assert dialog.actor is not None and dialog.actor.login == "admin"
    assert built == [] and dialog.prepared is None


def test_a_window_made_for_someone_else_is_not_shown(
        qtbot: Any, services: Any, kons: Any) -> None:
    """The account changed between the window and the check: a new window is built."""
    from desktop_app.ui.session import Workplace, prepare_window

    preview = services.users.sign_in_preview("kons")
    stale = prepare_window(services, preview)
    actor = kons.actor   # the administrator signed in instead
    place = Workplace(services, idle_lock=False)
    shown = place.start(actor, stale)
    qtbot.addWidget(shown)
    assert shown is not stale and shown.actor == actor and shown.isVisible()
    qtbot.waitUntil(lambda: not shiboken6.isValid(stale))
