"""Файл → Подключение…: choosing the centre's server or a local file, checking the
connection, remembering the choice without the password, opening the program on it."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox


def _ini_text(folder: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8", errors="replace")
                     for p in folder.rglob("*.ini"))


def _choose(qtbot: Any, radio: Any) -> None:
    """Click the radio button on its label (the row is wider than what reacts)."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))


def _fill_server(qtbot: Any, dlg: Any, url: str, password: str | None) -> None:
    parts = urlsplit(url)
    _choose(qtbot, dlg.server_radio)
    assert dlg.server_panel.isEnabled() and not dlg.local_panel.isEnabled()
    qtbot.keyClicks(dlg.host_edit, parts.hostname or "")
    dlg.port_spin.clear()
    qtbot.keyClicks(dlg.port_spin, str(parts.port))
    qtbot.keyClicks(dlg.database_edit, parts.path.lstrip("/"))
    qtbot.keyClicks(dlg.user_edit, parts.username or "")
    if password:
        qtbot.keyClicks(dlg.password_edit, password)
    modes = [dlg.ssl_combo.itemData(i) for i in range(dlg.ssl_combo.count())]
    assert modes == ["prefer", "require", "verify-full", "disable"]
    assert "только с шифрованием" in dlg.ssl_combo.itemText(1)
    dlg.ssl_combo.setCurrentIndex(modes.index("disable"))  # the test server speaks no SSL


def _click_ok(qtbot: Any, dlg: Any) -> None:
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


@pytest.fixture
def no_pgpass(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Neither PGPASSWORD nor a pgpass file gives the password away."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))


def test_server_is_checked_remembered_without_password_and_opened(
        qtbot: Any, server_url: str, temp_qsettings: Path, no_pgpass: None,
        fast_hashing: None) -> None:
    from desktop_app.ui import app as ui_app
    from desktop_app.ui.connection import ConnectionDialog, remembered
    from desktop_app.ui.main_window import MainWindow

    password = urlsplit(server_url).password or ""
    dlg = ConnectionDialog(None, None)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.local_radio.isChecked()  # the default: a file on this computer
    _fill_server(qtbot, dlg, server_url, password)
    qtbot.mouseClick(dlg.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.task is None, timeout=30_000)
    said = dlg.message.text()
    assert "установлено" in said and "база пуста" in said, said
    assert remembered() is None  # a check alone remembers nothing

    with qtbot.waitSignal(dlg.accepted, timeout=30_000):
        _click_ok(qtbot, dlg)
    assert dlg.result() == QDialog.DialogCode.Accepted
    name = urlsplit(server_url).path.lstrip("/")
    kept = remembered()
    assert kept is not None and name in kept and "sslmode=disable" in kept
    assert password not in kept and password not in _ini_text(temp_qsettings)

    # the next start opens the remembered server; the password is asked, never stored
    asked: list[str] = []

    def ask(where: str, problem: str = "", parent: Any = None) -> str:
        asked.append(where)
        return password

    import desktop_app.ui.connection as ui_connection

    original = ui_connection.ask_password
    ui_connection.ask_password = ask
    try:
        services = ui_app.open_chosen(ui_app._db_path([]) or "")
    finally:
        ui_connection.ask_password = original
    assert services is not None
    assert asked and name in asked[0]
    try:
        services.users.create_first_admin({"login": "admin", "full_name": "Администратор"},
                                          "admin pass phrase 1")
        admin = services.as_actor(services.users.sign_in("admin", "admin pass phrase 1"))
        window = MainWindow(admin)
        qtbot.addWidget(window)
        status = window.db_label.text()
        assert "сервер 127.0.0.1" in status and f"база «{name}»" in status
        assert password not in status
        names = [n.user for n in admin.users.open_sessions() if n.own]
        assert names == ["admin"]
    finally:
        services.close()


def test_a_wrong_password_is_said_and_nothing_is_remembered(
        qtbot: Any, server_url: str, temp_qsettings: Path, no_pgpass: None) -> None:
    from desktop_app.ui.connection import ConnectionDialog, remembered

    dlg = ConnectionDialog(None, None)
    qtbot.addWidget(dlg)
    dlg.show()
    _fill_server(qtbot, dlg, server_url, "not-the-password")
    _click_ok(qtbot, dlg)
    qtbot.waitUntil(lambda: dlg.task is None, timeout=30_000)
    said = dlg.message.text()
    user = urlsplit(server_url).username
    assert "не принял пароль" in said and f"«{user}»" in said, said
    assert dlg.isVisible() and dlg.result() != QDialog.DialogCode.Accepted
    assert remembered() is None
    assert "not-the-password" not in _ini_text(temp_qsettings)

    dlg.password_edit.clear()
    qtbot.mouseClick(dlg.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.task is None, timeout=30_000)
    assert "введите его в поле «Пароль»" in dlg.message.text()


def test_an_empty_server_field_is_named(qtbot: Any) -> None:
    from desktop_app.ui.connection import ConnectionDialog

    dlg = ConnectionDialog(None, None)
    qtbot.addWidget(dlg)
    _choose(qtbot, dlg.server_radio)
    qtbot.keyClicks(dlg.user_edit, "ivanov")
    qtbot.mouseClick(dlg.test_button, Qt.MouseButton.LeftButton)
    assert dlg.message.text() == "Заполните: Сервер, База данных."


def test_a_local_file_chosen_with_the_button(qtbot: Any, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from desktop_app.ui.connection import ConnectionDialog, remembered

    chosen = tmp_path / "центр" / "база.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(chosen), ""))
    dlg = ConnectionDialog(None, "postgresql://ivanov@db.centre.local/rci")
    qtbot.addWidget(dlg)
    assert dlg.server_radio.isChecked() and dlg.host_edit.text() == "db.centre.local"
    _choose(qtbot, dlg.local_radio)
    from PySide6.QtWidgets import QPushButton

    qtbot.mouseClick(dlg.form.findChild(QPushButton, "chooseButton"), Qt.MouseButton.LeftButton)
    assert dlg.file_edit.text() == str(chosen)
    with qtbot.waitSignal(dlg.accepted, timeout=30_000):
        _click_ok(qtbot, dlg)
    assert "создаст" in dlg.message.text()
    assert dlg.value == str(chosen) and remembered() == str(chosen)
    assert not chosen.exists()  # created when the program opens it, not by the check


def test_what_start_up_opens(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                             data_dir: Path) -> None:
    from desktop_app.core.paths import default_db_path
    from desktop_app.ui.connection import remember, startup_choice

    monkeypatch.delenv("RCI_INTAKE_DB", raising=False)
    assert startup_choice([]) is None  # the very first start: the dialog asks
    default_db_path().write_bytes(b"")
    assert startup_choice([]) == str(default_db_path())
    remember("postgresql://ivanov:секрет@db.centre.local/rci")
    assert startup_choice([]) == "postgresql://ivanov@db.centre.local:5432/rci"
    monkeypatch.setenv("RCI_INTAKE_DB", str(tmp_path / "из-переменной.sqlite3"))
    assert startup_choice([]) == str(tmp_path / "из-переменной.sqlite3")
    assert startup_choice(["--db", "другая.sqlite3"]) == "другая.sqlite3"


def test_the_menu_reopens_on_the_choice_after_asking_about_unsaved_changes(
        qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from desktop_app.ui import connection

    target = str(tmp_path / "другая.sqlite3")

    def chosen(self: Any) -> int:
        self.value = target
        connection.remember(target)  # as OK does after a good check
        return 1

    monkeypatch.setattr(connection.ConnectionDialog, "exec", chosen)
    actions = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "Подключение…" in actions
    editor = window.new_enterprise()
    editor.dirty = True
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert window.act_connection.isEnabled()
    assert window.change_connection() is False  # the person kept the unsaved card
    assert window.reconnect_to is None and window.isVisible()
    assert connection.remembered() is None  # nothing changes for the next start either
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert window.change_connection() is True
    assert window.reconnect_to == target and not window.isVisible()
    assert connection.remembered() == target


def test_the_program_reopens_on_the_database_chosen_from_the_menu(
        qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fast_hashing: None,
        no_modal_questions: None) -> None:
    import sys

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app.core.services.facade import open_services
    from desktop_app.ui import app as ui_app
    from desktop_app.ui import connection
    from desktop_app.ui.admin import SignInDialog
    from desktop_app.ui.main_window import MainWindow

    first, second = tmp_path / "первая.sqlite3", tmp_path / "вторая.sqlite3"
    for path in (first, second):
        sv = open_services(path)
        sv.users.create_first_admin({"login": "admin", "full_name": "Администратор"},
                                    "admin pass phrase 1")
        sv.close()
    monkeypatch.setattr(ui_app, "sign_in",
                        lambda services: (services.users.sign_in("admin", "admin pass phrase 1"),
                                          None))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)

    def chosen(self: Any) -> int:
        self.value = str(second)
        return 1

    monkeypatch.setattr(connection.ConnectionDialog, "exec", chosen)
    seen: list[str] = []

    def act() -> None:
        # at start the sign-in dialog shows while the database opens behind it
        for dialog in QApplication.topLevelWidgets():
            if isinstance(dialog, SignInDialog) and dialog.isVisible():
                dialog.login_edit.setText("admin")
                dialog.password_edit.setText("admin pass phrase 1")
                dialog.try_sign_in()
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(50, act)
            return
        window = windows[0]
        seen.append(window.db_label.text())
        if len(seen) == 1:
            assert window.change_connection()
            QTimer.singleShot(50, act)
        else:
            window.close()

    QTimer.singleShot(50, act)
    assert ui_app.main(["--db", str(first)]) == 0
    assert [first.name in seen[0], second.name in seen[1]] == [True, True], seen


def test_a_server_that_does_not_answer_at_start_offers_another_choice(
        qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    from desktop_app.ui import app as ui_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    told: list[str] = []
    monkeypatch.setattr(ui_app, "offer_connection", lambda text: told.append(text) or True)
    local = tmp_path / "своя.sqlite3"
    offered: list[str | None] = []

    def choose(parent: Any = None, current: str | None = None) -> str:
        offered.append(current)
        return str(local)

    monkeypatch.setattr(ui_app, "choose_database", choose)
    services = ui_app.open_chosen(f"postgresql://ivanov:секрет@127.0.0.1:{port}/rci")
    assert services is not None
    try:
        assert "не отвечает" in told[0] and f"127.0.0.1:{port}" in told[0]
        assert offered == [f"postgresql://ivanov@127.0.0.1:{port}/rci"]  # no password shown
        assert services.db.display() == str(local)
    finally:
        services.close()


def test_cancel_while_a_check_runs(qtbot: Any) -> None:
    import socket

    from PySide6.QtGui import QGuiApplication

    from desktop_app.ui.connection import ConnectionDialog, remembered
    from desktop_app.ui.tasks import wait_for_background

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    dlg = ConnectionDialog(None, f"postgresql://ivanov@127.0.0.1:{port}/rci")
    qtbot.addWidget(dlg)
    dlg.show()
    _click_ok(qtbot, dlg)
    assert dlg.message.text() == "Проверяю подключение…"
    assert not dlg.test_button.isEnabled()
    dlg.reject()
    assert QGuiApplication.overrideCursor() is None
    wait_for_background()
    qtbot.wait(50)  # the late answer arrives and is ignored
    assert dlg.result() == QDialog.DialogCode.Rejected and dlg.value is None
    assert remembered() is None


def test_the_very_first_start_asks_where_the_database_is(
        qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fast_hashing: None,
        no_modal_questions: None) -> None:
    import sys

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui import app as ui_app
    from desktop_app.ui.connection import ConnectionDialog, remembered
    from desktop_app.ui.main_window import MainWindow

    monkeypatch.delenv("RCI_INTAKE_DB", raising=False)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    chosen = tmp_path / "центр.sqlite3"

    def first_admin(services: Any) -> Any:
        assert not services.users.has_users()  # a new database: its first administrator
        services.users.create_first_admin({"login": "admin", "full_name": "Администратор"},
                                          "admin pass phrase 1")
        return services.users.sign_in("admin", "admin pass phrase 1"), None

    monkeypatch.setattr(ui_app, "sign_in", first_admin)
    seen: list[str] = []

    def act() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, ConnectionDialog) and widget.isVisible() and not seen:
                seen.append("dialog")
                assert widget.local_radio.isChecked()
                widget.file_edit.setText(str(chosen))
                _click_ok(qtbot, widget)
            elif isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(widget.db_label.text())
                widget.close()
                return
        QTimer.singleShot(50, act)

    QTimer.singleShot(50, act)
    assert ui_app.main([]) == 0
    assert seen[0] == "dialog" and str(chosen) in seen[-1]
    assert remembered() == str(chosen) and chosen.exists()
