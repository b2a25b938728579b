"""At start the sign-in dialog shows at once; the database opens behind it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

PASSWORD = "admin pass phrase 1"

pytestmark = pytest.mark.sqlite_only   # the early dialog is for a database file


def _database_with_admin(path: Path) -> None:
    from desktop_app.core.services.facade import open_services

    services = open_services(path)
    try:
        services.users.create_first_admin({"login": "admin", "full_name": "Администратор"},
                                          PASSWORD)
    finally:
        services.close()


class _Held:
    """An opening the test finishes when it wants (the database is opened for real)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.services: Any = None
        self.has_users = False
        self.started = False
        self.done = False

    def start(self) -> None:
        self.started = True

    def finished(self) -> bool:
        return self.done

    def finish(self) -> None:
        from desktop_app.core.services.facade import open_services

        self.services = open_services(self.path)
        self.has_users = self.services.users.has_users()
        self.done = True


def test_the_dialog_shows_before_the_services_are_loaded(tmp_path: Path,
                                                         fast_hashing: None) -> None:
    """A fresh program: when the sign-in dialog runs, no database library is loaded yet."""
    db = tmp_path / "центр.sqlite3"
    _database_with_admin(db)
    script = textwrap.dedent("""
        import os, sys
        from PySide6.QtWidgets import QDialog
        def shown(self):
            heavy = [m for m in ("sqlalchemy", "pydantic", "alembic") if m in sys.modules]
            print("HEAVY", type(self).__name__, ",".join(heavy) or "-", flush=True)
            os._exit(0)
        QDialog.exec = shown
        from desktop_app.__main__ import main
        main(["--db", sys.argv[1]])
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path),
               PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    done = subprocess.run([sys.executable, "-c", script, str(db)], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.stdout.split() == ["HEAVY", "SignInDialog", "-"], done.stdout + done.stderr


def test_sign_in_pressed_while_opening_waits_then_signs_in(
        qtbot: Any, tmp_path: Path, fast_hashing: None) -> None:
    from desktop_app.ui.admin import SignInDialog

    db = tmp_path / "центр.sqlite3"
    _database_with_admin(db)
    held = _Held(db)
    dialog = SignInDialog(None, opening=held)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: held.started)
    dialog.login_edit.setText("admin")
    dialog.password_edit.setText(PASSWORD)
    dialog.try_sign_in()
    assert dialog.message.text() == "Открываю базу данных…"
    assert dialog.actor is None and dialog.isVisible()
    held.finish()
    try:
        qtbot.waitUntil(lambda: dialog.actor is not None)
        assert dialog.actor.login == "admin" and not dialog.isVisible()
        assert dialog.result() == dialog.DialogCode.Accepted
    finally:
        held.services.close()


def test_a_wrong_password_while_opening_is_said_once_open(
        qtbot: Any, tmp_path: Path, fast_hashing: None) -> None:
    from desktop_app.ui.admin import SignInDialog

    db = tmp_path / "центр.sqlite3"
    _database_with_admin(db)
    held = _Held(db)
    dialog = SignInDialog(None, opening=held)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: held.started)
    dialog.login_edit.setText("admin")
    dialog.password_edit.setText("не тот пароль")
    dialog.try_sign_in()
    error_look = "#b00020"
    assert error_look not in dialog.message.styleSheet()   # a note while it opens
    held.finish()
    try:
        qtbot.waitUntil(lambda: dialog.message.text() != "Открываю базу данных…")
        assert "парол" in dialog.message.text().lower()
        assert error_look in dialog.message.styleSheet()
        assert dialog.actor is None and dialog.isVisible() and dialog.password_edit.text() == ""
    finally:
        dialog.reject()
        held.services.close()


def test_a_file_that_is_no_database_is_explained_as_before(
        qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.ui import app as ui_app

    bad = tmp_path / "заметки.sqlite3"
    bad.write_bytes(b"not a database at all, just some text " * 100)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda parent, title, text: told.append(text))
    assert ui_app.main(["--db", str(bad)]) == 1
    assert len(told) == 1 and "заметки.sqlite3" in told[0], told


def test_a_database_without_accounts_asks_for_the_first_administrator(
        qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.core.services.facade import open_services
    from desktop_app.ui import app as ui_app

    db = tmp_path / "новая.sqlite3"
    open_services(db).close()          # a database file, nobody registered yet
    asked: list[bool] = []

    def first_start(services: Any) -> None:
        asked.append(services.users.has_users())
        return None                    # the person closed the dialog

    monkeypatch.setattr(ui_app, "sign_in", first_start)
    assert ui_app.main(["--db", str(db)]) == 0
    assert asked == [False]


def test_cancel_while_opening_closes_the_database(qtbot: Any, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui import app as ui_app
    from desktop_app.ui.admin import SignInDialog

    db = tmp_path / "центр.sqlite3"
    _database_with_admin(db)
    closed: list[object] = []
    real_discard = ui_app.Opening.discard

    def discard(self: Any) -> None:
        real_discard(self)
        closed.append(self.services)

    monkeypatch.setattr(ui_app.Opening, "discard", discard)

    def cancel() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, SignInDialog) and widget.isVisible():
                widget.reject()
                return
        QTimer.singleShot(20, cancel)

    QTimer.singleShot(0, cancel)
    assert ui_app.main(["--db", str(db)]) == 0
    assert closed == [None]   # waited for the opening, then closed what it opened


def test_only_an_existing_file_opens_behind_the_dialog(tmp_path: Path) -> None:
    from desktop_app.ui.app import opens_at_once

    db = tmp_path / "центр.sqlite3"
    _database_with_admin(db)
    empty = tmp_path / "пустой.sqlite3"
    empty.touch()
    url = "postgresql://ivanov@127.0.0.1:5432/rci"
    assert [opens_at_once(str(db)), opens_at_once(str(empty)),
            opens_at_once(str(tmp_path / "нет.sqlite3")), opens_at_once(url),
            opens_at_once(str(tmp_path))] == [True, False, False, False, False]


def test_the_window_reads_with_a_small_page_cache(tmp_path: Path) -> None:
    """Several connections at once in the window: 8 MB of SQLite pages each, not 32."""
    from desktop_app.ui.app import PAGE_CACHE_KIB, Opening, open_chosen

    db = tmp_path / "центр.sqlite3"
    _database_with_admin(db)
    opening = Opening(str(db))
    opening.start()
    opening.wait()
    later = open_chosen(str(db), may_choose=False)
    assert opening.services is not None and later is not None
    try:
        for services in (opening.services, later):
            with services.db.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -PAGE_CACHE_KIB
    finally:
        opening.discard()
        later.close()
