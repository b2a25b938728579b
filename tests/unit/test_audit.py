"""The event log: append-only triggers, tamper detection by `check`, viewer queries, export."""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app import commands as cli
from desktop_app.core.errors import InputError
from desktop_app.core.services.audit_export import (
    AuditFilter,
    count_entries,
    export_audit,
    fetch_entries,
    filter_options,
    history,
)
from desktop_app.core.services.context import EVENT_FILE_OPEN, EVENT_PRINT
from desktop_app.core.services.facade import Services

pytestmark = pytest.mark.usefixtures("fast_hashing")


def _enterprise(sv: Services, inn: str = "1234567894", name: str = "ООО «Тест»") -> int:
    return sv.enterprises.create({"full_name": name, "inn": inn}).id


@pytest.mark.sqlite_only
def test_triggers_refuse_update_and_delete_of_log_rows(admin: Services) -> None:
    _enterprise(admin)
    conn = sqlite3.connect(admin.db_path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("UPDATE audit_log SET action = 'x' WHERE id = 1")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("DELETE FROM audit_log WHERE id = 1")
    finally:
        conn.close()


@pytest.mark.sqlite_only
def test_check_names_the_entry_edited_directly_in_sqlite(
    admin: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    for i, inn in enumerate(("1234567894", "7707083893", "5902034504")):
        _enterprise(admin, inn, f"ООО «Завод {i}»")
    db = admin.db_path
    admin.close()
    assert cli.main(["--db", str(db), "check", "--quick"]) == 0
    capsys.readouterr()
    conn = sqlite3.connect(db)
    try:
        target = conn.execute(
            "SELECT id FROM audit_log WHERE entity = 'enterprise' ORDER BY id LIMIT 1 OFFSET 1"
        ).fetchone()[0]
        # an attacker with the file first drops the append-only triggers
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute(
            "UPDATE audit_log SET new_values = json_set(new_values, '$.full_name', 'ООО «Другое»')"
            " WHERE id = ?", (target,),
        )
        conn.commit()
    finally:
        conn.close()
    code = cli.main(["--db", str(db), "check", "--quick"])
    out = capsys.readouterr().out
    assert code == 1
    assert f"запись журнала № {target} (create, enterprise) изменена" in out
    assert "[ОШИБКА] Журнал событий" in out


@pytest.mark.sqlite_only
def test_check_names_a_deleted_entry(admin: Services, capsys: pytest.CaptureFixture[str]) -> None:
    _enterprise(admin)
    _enterprise(admin, "7707083893", "ООО «Второй»")
    db = admin.db_path
    admin.close()
    conn = sqlite3.connect(db)
    conn.execute("DROP TRIGGER audit_log_no_delete")
    last_two = [r[0] for r in conn.execute("SELECT id FROM audit_log ORDER BY id DESC LIMIT 2")]
    conn.execute("DELETE FROM audit_log WHERE id = ?", (last_two[1],))
    conn.commit()
    conn.close()
    assert cli.main(["--db", str(db), "check", "--quick"]) == 1
    assert f"запись журнала № {last_two[0]}: разорвана цепочка" in capsys.readouterr().out


def test_event_helper_logs_export_print_file_open(admin: Services) -> None:
    ent = _enterprise(admin)
    admin.ctx.event(EVENT_PRINT, "enterprise", ent, details={"document": "карточка"})
    admin.ctx.event(EVENT_FILE_OPEN, "document", 7, details={"file": "устав.pdf"})
    rows = fetch_entries(admin, AuditFilter(action=EVENT_PRINT))
    assert len(rows) == 1 and rows[0].user_login == "admin"
    assert rows[0].entity_id == str(ent) and rows[0].new == {"document": "карточка"}
    assert rows[0].action_label == "печать"
    assert fetch_entries(admin, AuditFilter(action=EVENT_FILE_OPEN))[0].entity_label == "документ"


def test_filters_and_history_of_one_record(admin: Services) -> None:
    ent = _enterprise(admin)
    other = _enterprise(admin, "7707083893", "ООО «Второй»")
    admin.enterprises.update(ent, {"full_name": "ООО «Тест-2»", "inn": "1234567894"})
    rows = history(admin, "enterprise", ent)
    assert [r.action for r in rows] == ["create", "update"]
    assert rows[1].old == {"full_name": "ООО «Тест»"}
    assert rows[1].new == {"full_name": "ООО «Тест-2»"}
    assert all(r.entity_id == str(ent) for r in rows)
    assert str(other) not in [r.entity_id for r in rows]
    assert count_entries(admin, AuditFilter(entity="enterprise")) == 3
    assert count_entries(admin, AuditFilter(user_login="nobody")) == 0
    today = dt.date.today()
    assert count_entries(admin, AuditFilter(date_from=today, date_to=today)) == count_entries(admin)
    yesterday = today - dt.timedelta(days=1)
    assert count_entries(admin, AuditFilter(date_to=yesterday)) == 0
    with pytest.raises(InputError, match="позже"):
        count_entries(admin, AuditFilter(date_from=today, date_to=yesterday))
    options = filter_options(admin)
    assert "admin" in options["user_login"] and "enterprise" in options["entity"]


def test_export_xlsx_and_csv_are_complete_safe_and_logged(admin: Services, tmp_path: Path) -> None:
    _enterprise(admin, name="=HYPERLINK(\"http://example.com\")")
    n_xlsx = export_audit(admin, tmp_path / "log.xlsx")
    ws = load_workbook(tmp_path / "log.xlsx").active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][0] == "№" and len(rows) == n_xlsx + 1
    assert all(not (isinstance(c, str) and c.startswith("=")) for r in rows for c in r)
    n_csv = export_audit(admin, tmp_path / "log.csv", AuditFilter(entity="enterprise"))
    with open(tmp_path / "log.csv", encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh, delimiter=";"))
    assert n_csv == 1 and len(table) == 2 and table[1][4] == "предприятие"
    exports = fetch_entries(admin, AuditFilter(action="export"))
    assert [e.new["file"] for e in exports if e.new] == ["log.csv", "log.xlsx"]
    with pytest.raises(InputError, match=r"\.xlsx или \.csv"):
        export_audit(admin, tmp_path / "log.txt")
    assert not (tmp_path / "log.txt").exists()
