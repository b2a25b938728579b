"""Администрирование → Пользователи shows who has the database open and where, on a
local file and on the centre's server alike (another real process here)."""

from __future__ import annotations

import socket
from typing import Any

from test_open_sessions import add_consultant, finish, second_program


def test_users_window_lists_the_other_workstation(qtbot: Any, admin: Any) -> None:
    from desktop_app.ui.admin.users_dialog import UsersDialog

    add_consultant(admin)
    db = admin.db.location.server.libpq_url() if admin.db.is_server else admin.db_path
    child = second_program(db)
    try:
        dialog = UsersDialog(admin)
        qtbot.addWidget(dialog)
        table = dialog.sessions_table
        rows = [[table.item(r, c).text() for c in range(table.columnCount())]
                for r in range(table.rowCount())]
        headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        assert headers[:3] == ["Компьютер", "Вошёл в программу", "С какого времени"]
        assert len(rows) == 2, rows
        other = next(r for r in rows if "Консультант Второй" in r[1])
        assert other[0] == socket.gethostname()
        assert other[1] == "Консультант Второй (cons)" and other[3] == "окно программы"
        assert any("(это окно)" in r[3] and "(admin)" in r[1] for r in rows)
        assert all(len(r[2]) == len("01.12.2026 18:00") for r in rows)
    finally:
        finish(child)
    dialog.refresh()
    assert dialog.sessions_table.rowCount() == 1
