"""Deleting the log's last entries (after dropping its triggers) does not go unnoticed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.core.identifiers import make_inn10
from desktop_app.core.services.audit import anchor_path, read_anchor
from desktop_app.core.services.backup import make_backup, restore_backup
from desktop_app.core.services.facade import Services, open_services
from desktop_app.core.services.maintenance import check_database


@pytest.fixture
def sv(tmp_path: Path):
    services = open_services(tmp_path / "data" / "db.sqlite3")
    yield services
    services.close()


def _work(sv: Services, count: int, start: int = 0) -> None:
    for n in range(start, start + count):
        sv.enterprises.create({"full_name": f"ООО «Номер {n}»", "inn": make_inn10(f"59{n:07d}")})


def _problems(sv: Services) -> list[str]:
    report = check_database(sv, rehash_files=False)
    return [d for item in report.items if not item.ok for d in item.details]


def _tamper(db_path: Path, sql: str) -> None:
    con = sqlite3.connect(db_path)
    try:
        con.executescript(sql)
    finally:
        con.close()


def test_the_anchor_follows_every_write_and_check_is_clean(sv: Services) -> None:
    _work(sv, 3)
    anchor = read_anchor(sv.db_path)
    assert anchor is not None and anchor.last_id == 3
    assert _problems(sv) == []


def test_a_truncated_tail_and_dropped_triggers_are_reported(sv: Services) -> None:
    _work(sv, 5)
    _tamper(sv.db_path, """
        DROP TRIGGER audit_log_no_delete;
        DROP TRIGGER audit_log_no_update;
        DELETE FROM audit_log WHERE id > 2;
    """)
    problems = _problems(sv)
    assert any("конец журнала удалён" in p and "№ 5" in p for p in problems), problems
    assert any("audit_log_no_delete" in p for p in problems)
    assert any("audit_log_no_update" in p for p in problems)


def test_a_rewritten_last_entry_is_reported(sv: Services) -> None:
    _work(sv, 2)
    _tamper(sv.db_path, f"""
        DROP TRIGGER audit_log_no_update;
        UPDATE audit_log SET hash = '{"1" * 64}' WHERE id = 2;
    """)
    assert any("журнал переписан" in p or "изменена" in p for p in _problems(sv))


def test_a_restore_puts_an_older_log_in_place_without_an_alarm(
    sv: Services, tmp_path: Path
) -> None:
    _work(sv, 2)
    copy = make_backup(sv, folder=tmp_path / "usb").path
    _work(sv, 3, start=10)
    db_path = sv.db_path
    restore_backup(sv, copy)
    again = open_services(db_path)
    try:
        assert _problems(again) == []
        assert anchor_path(db_path).exists()
    finally:
        again.close()
