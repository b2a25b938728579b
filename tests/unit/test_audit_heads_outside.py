"""The event log's head recorded in every backup's description and in every register
entry: ``check`` names the copy or the letter whose head the log no longer holds."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from test_package_service_data import World, add_dossier

from desktop_app.core.formatting import utcnow
from desktop_app.core.identifiers import make_inn10
from desktop_app.core.paths import backups_dir
from desktop_app.core.services.audit import anchor_path
from desktop_app.core.services.backup import (
    BackupPolicy,
    make_backup,
    manifest_path,
    restore_backup,
    rotate,
)
from desktop_app.core.services.facade import Services, open_services
from desktop_app.core.services.maintenance import backup_now, check_database
from desktop_app.core.services.outgoing_register import local_time

TITLE = "Журнал событий: сверка с резервными копиями и исходящим реестром"

# local copies and the SQLite file itself (the server's copies: test_server_backup)
pytestmark = pytest.mark.sqlite_only


def _work(sv: Services, count: int, start: int = 0) -> None:
    for n in range(start, start + count):
        sv.enterprises.create({"full_name": f"ООО «Номер {n}»", "inn": make_inn10(f"59{n:07d}")})


def _heads_item(sv: Services) -> tuple[bool, list[str]]:
    report = check_database(sv, rehash_files=False)
    [item] = [i for i in report.items if i.name == TITLE]
    return item.ok, item.details


def _sql(db_path: Path, script: str) -> None:
    con = sqlite3.connect(db_path)
    try:
        con.executescript(script)
    finally:
        con.close()


def _last_entry(db_path: Path) -> tuple[int, str]:
    con = sqlite3.connect(db_path)
    try:
        row = con.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    finally:
        con.close()
    return int(row[0]), str(row[1])


def test_a_backup_describes_the_head_of_the_log_it_holds(services: Services) -> None:
    _work(services, 3)
    copy = make_backup(services).path
    described = json.loads(manifest_path(copy).read_text(encoding="utf-8"))
    head_id, head_hash = _last_entry(copy)
    assert (described["audit_head_id"], described["audit_head_hash"]) == (head_id, head_hash)
    assert described["backup"] == copy.name
    one_file = backup_now(services, services.db_path.parent / "одна.sqlite3")
    assert json.loads(manifest_path(one_file).read_text(encoding="utf-8"))[
        "audit_head_id"] == head_id


def test_normal_work_with_backups_and_letters_reports_nothing(world: World) -> None:
    make_backup(world.admin)
    world.supervisor.packages.generate(add_dossier(world))
    make_backup(world.admin, reason="auto")
    world.supervisor.packages.generate(add_dossier(world))
    _work(world.admin, 2)
    assert _heads_item(world.admin) == (True, [])


def test_a_cut_tail_with_the_anchor_gone_is_named_by_the_backup(services: Services) -> None:
    _work(services, 4)
    copy = make_backup(services).path
    head_id, _ = _last_entry(copy)
    _work(services, 1, start=10)
    # whoever cuts the log also removes the anchor beside the database
    _sql(services.db_path, f"""
        DROP TRIGGER audit_log_no_delete;
        DELETE FROM audit_log WHERE id >= {head_id};
    """)
    anchor_path(services.db_path).unlink()
    ok, details = _heads_item(services)
    assert not ok
    assert len(details) == 1
    assert f"«{copy.name}»" in details[0]
    assert f"№ {head_id}" in details[0] and "удалена" in details[0]


def test_a_rewritten_log_is_named_by_the_register_entry(world: World) -> None:
    first = world.supervisor.packages.generate(add_dossier(world))
    _work(world.admin, 2)
    # the head recorded by the letter: the last entry before its own
    con = sqlite3.connect(world.db_path)
    try:
        head_id = con.execute("SELECT audit_head_id FROM outgoing_register").fetchone()[0]
    finally:
        con.close()
    _sql(world.db_path, f"""
        DROP TRIGGER audit_log_no_update;
        UPDATE audit_log SET reason = 'переписано', hash = '{"7" * 64}' WHERE id = {head_id};
    """)
    ok, details = _heads_item(world.admin)
    assert not ok
    assert first.entry is not None
    issued = f"{local_time(first.entry.issued_at):%d.%m.%Y}"
    assert any(f"исходящий № {first.number} от {issued}" in d and "журнал переписан" in d
               for d in details), details


def test_a_conclusion_in_the_register_records_the_head_too(world: World) -> None:
    from desktop_app.core.rules import passing_answers

    cid = world.consultant.consultations.create({
        "enterprise_id": world.enterprise_id, "occurred_at": utcnow(), "channel": "phone",
        "topic": "Предварительная проверка", "program_code": "atd-reverse-engineering"}).id
    profile = world.consultant.programs.profile("atd-reverse-engineering")
    world.consultant.consultations.save_eligibility(cid, passing_answers(profile))
    printed = world.consultant.packages.conclusion(cid)
    _sql(world.db_path, """
        DROP TRIGGER audit_log_no_delete;
        DELETE FROM audit_log WHERE id >= (SELECT audit_head_id FROM outgoing_register);
    """)
    ok, details = _heads_item(world.admin)
    assert not ok
    assert any(f"исходящий № {printed.number}" in d for d in details), details


def test_a_restore_marks_the_replaced_history_and_check_stays_quiet(
    services: Services, tmp_path: Path
) -> None:
    _work(services, 2)
    older = make_backup(services).path
    _work(services, 3, start=10)
    newer = make_backup(services, now=utcnow().replace(tzinfo=None).replace(year=2099)).path
    db_path = services.db_path
    restore_backup(services, older)
    again = open_services(db_path)
    try:
        _work(again, 5, start=20)  # new entries take the numbers the newer copy had
        assert _heads_item(again) == (True, [])
        described = json.loads(manifest_path(newer).read_text(encoding="utf-8"))
        assert older.name in described["superseded"]
        assert json.loads(manifest_path(older).read_text(encoding="utf-8"))["superseded"] is None
    finally:
        again.close()


def test_rotation_removes_the_description_with_its_copy(services: Services) -> None:
    _work(services, 1)
    folder = backups_dir(services.db_path)
    copies = [make_backup(services, now=utcnow().replace(tzinfo=None, year=2090 + n),
                          rotate_after=False).path for n in range(3)]
    removed = rotate(folder, services.db_path.stem, BackupPolicy(
        keep_recent=1, keep_daily=0, keep_weekly=0, keep_monthly=0))
    assert sorted(removed) == sorted(copies[:2])
    assert not any(manifest_path(p).exists() for p in copies[:2])
    assert manifest_path(copies[2]).exists()
