"""An erasure always has its act, and no restore brings an erased person back."""

from __future__ import annotations

import io
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from test_personal_data import setup_person

from desktop_app.core.db.engine import sqlite_backup
from desktop_app.core.errors import InputError
from desktop_app.core.services import personal_data
from desktop_app.core.services.backup import make_backup, restore_backup
from desktop_app.core.services.erasure_ledger import ledger_path, read_ledger
from desktop_app.core.services.facade import Services, open_services
from desktop_app.core.services.maintenance import check_database
from desktop_app.core.services.personal_data import ERASED_NAME, destruction_act_pdf


@pytest.fixture
def admin_name() -> str:
    return "Козлова Мария Сергеевна"


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join((p.extract_text() or "") for p in reader.pages).split())


def contact_row(db_path: Path, contact_id: int) -> tuple[str, str | None, str | None]:
    conn = sqlite3.connect(db_path)
    try:
        row = conn.execute("SELECT last_name, phone, erased_at FROM contact_persons WHERE id = ?",
                           (contact_id,)).fetchone()
    finally:
        conn.close()
    return row


def test_the_act_is_kept_with_the_erasure_and_prints_again(admin: Services) -> None:
    _ent, person, _cons = setup_person(admin)
    result = admin.personal_data.erase_contact(person, reason="отзыв согласия")
    listed = admin.personal_data.list_erasures()
    assert [(e.id, e.act_number, e.contact_id, e.has_act) for e in listed] == [
        (result.erasure_id, result.act_number, person, True)]
    assert "Кузнецов" not in repr(listed)   # the list shows no personal data
    again = admin.personal_data.act(result.erasure_id)
    text = pdf_text(destruction_act_pdf(again))
    for expected in (f"АКТ № {result.act_number}", "Кузнецов Олег Игоревич",
                     "отзыв согласия", "Козлова Мария Сергеевна", "номер телефона"):
        assert expected in text, expected
    assert again.log_extract == result.log_extract


def test_an_act_that_cannot_be_drawn_stops_the_erasure(
    admin: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    ent, person, _cons = setup_person(admin)

    def broken(*_args: object, **_kw: object) -> bytes:
        raise RuntimeError("no fonts")

    monkeypatch.setattr(personal_data, "destruction_act_pdf", broken)
    with pytest.raises(RuntimeError):
        admin.personal_data.erase_contact(person, reason="отзыв согласия")
    assert admin.enterprises.contacts(ent)[0].last_name == "Кузнецов"
    assert admin.personal_data.list_erasures() == []
    assert read_ledger(admin.db_path).entries == []


def test_a_ledger_that_cannot_be_written_changes_nothing(admin: Services) -> None:
    ent, person, _cons = setup_person(admin)
    ledger_path(admin.db_path).mkdir()   # something in the way of the ledger file
    with pytest.raises(InputError, match="журнал уничтожений"):
        admin.personal_data.erase_contact(person, reason="отзыв согласия")
    assert admin.enterprises.contacts(ent)[0].last_name == "Кузнецов"
    assert admin.personal_data.list_erasures() == []


def test_the_ledger_holds_no_personal_data(admin: Services) -> None:
    _ent, person, _cons = setup_person(admin)
    result = admin.personal_data.erase_contact(person, reason="отзыв согласия")
    text = ledger_path(admin.db_path).read_text(encoding="utf-8")
    assert result.contact_uuid in text and result.erasure_uuid in text
    for personal in ("Кузнецов", "Олег", "123-45-67", "kuznetsov", "главный инженер"):
        assert personal not in text


@pytest.mark.sqlite_only  # a database file restored (server: test_server_backup)
def test_restoring_a_copy_made_before_an_erasure_erases_again(
    admin: Services, tmp_path: Path
) -> None:
    db_path = admin.db_path
    _ent, person, _cons = setup_person(admin)
    copy = make_backup(admin, folder=tmp_path / "usb").path
    first = admin.personal_data.erase_contact(person, reason="отзыв согласия")
    result = restore_backup(admin, copy)
    assert [(r.contact_id, r.original_act) for r in result.reerased] == [
        (person, first.act_number)]
    assert result.reerase_problem is None
    last_name, phone, erased_at = contact_row(db_path, person)
    assert (last_name, phone) == (ERASED_NAME, None) and erased_at is not None
    again = open_services(db_path)
    try:
        signed = again.as_actor(again.users.sign_in("admin", "admin pass phrase 1"))
        kinds = [(e.act_number, e.kind) for e in signed.personal_data.list_erasures()]
        assert kinds == [(result.reerased[0].act_number, "reapplied"),
                         (first.act_number, "request")]
        # the first act survived the restore, and the new one says why it exists
        assert "Кузнецов Олег Игоревич" in pdf_text(
            destruction_act_pdf(signed.personal_data.act(first.erasure_id)))
        new_act = pdf_text(destruction_act_pdf(
            signed.personal_data.act(result.reerased[0].erasure_id)))
        assert "Повторное уничтожение" in new_act and first.act_number in new_act
        assert check_database(again, rehash_files=False).ok
    finally:
        again.close()


@pytest.mark.sqlite_only  # an older file copied over the database
def test_check_names_an_erasure_the_database_lost_and_reapply_fixes_it(
    admin: Services, tmp_path: Path
) -> None:
    db_path = admin.db_path
    _ent, person, _cons = setup_person(admin)
    older = tmp_path / "older.sqlite3"
    sqlite_backup(db_path, older)
    admin.personal_data.erase_contact(person, reason="отзыв согласия")
    admin.close()
    # an older copy put in place by hand (not by the program's restore)
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(older, db_path)
    (db_path.with_name(db_path.name + ".anchor")).unlink(missing_ok=True)
    sv = open_services(db_path)
    try:
        report = check_database(sv, rehash_files=False)
        item = next(i for i in report.items if "журнал уничтожений" in i.name)
        assert not item.ok
        assert f"контактное лицо № {person}" in item.details[0]
        assert "erasure reapply" in item.details[0]
        done = sv.personal_data.reapply_ledger()
        assert [r.contact_id for r in done] == [person]
        assert contact_row(db_path, person)[0] == ERASED_NAME
        assert check_database(sv, rehash_files=False).ok
    finally:
        sv.close()


@pytest.mark.sqlite_only  # on a server: test_server_backup (another workstation erased)
def test_check_names_an_erasure_missing_from_the_ledger(admin: Services) -> None:
    _ent, person, _cons = setup_person(admin)
    result = admin.personal_data.erase_contact(person, reason="отзыв согласия")
    ledger_path(admin.db_path).unlink()
    report = check_database(admin, rehash_files=False)
    item = next(i for i in report.items if "журнал уничтожений" in i.name)
    assert not item.ok and result.act_number in item.details[0]
    assert admin.personal_data.reapply_ledger() == []
    assert read_ledger(admin.db_path).erasure_uuids() == {result.erasure_uuid}
    assert check_database(admin, rehash_files=False).ok


@pytest.mark.sqlite_only
def test_a_full_disk_while_writing_the_act_keeps_the_act_in_the_database(
    admin: Services, db_path: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import errno

    from desktop_app.commands import main

    ent, person, _cons = setup_person(admin)

    def full(_target: Path, _data: bytes) -> Path:
        raise OSError(errno.ENOSPC, "No space left on device")

    written = personal_data.write_atomically
    monkeypatch.setattr(personal_data, "write_atomically", full)
    monkeypatch.setenv("RCI_INTAKE_PASSWORD", "admin pass phrase 1")
    act = tmp_path / "акт.pdf"
    code = main(["--db", str(db_path), "--user", "admin", "erase-contact", str(person),
                 "--reason", "отзыв согласия", "--act", str(act)])
    said = capsys.readouterr()
    assert code == 1 and not act.exists()
    assert "уничтожены" in said.out and "сохранён в базе" in said.out
    assert "No space left on device" in said.err and "rci-intake erasure act" in said.err
    assert admin.enterprises.contacts(ent) == []
    [erasure] = admin.personal_data.list_erasures()
    monkeypatch.setattr(personal_data, "write_atomically", written)   # the disk has room again
    code = main(["--db", str(db_path), "--user", "admin", "erasure", "act",
                 str(erasure.id), "--out", str(act)])
    assert code == 0 and f"АКТ № {erasure.act_number}" in pdf_text(act.read_bytes())


def test_erasures_made_before_acts_were_kept_are_listed_without_an_act(admin: Services) -> None:
    from alembic import command

    from desktop_app.core.db.engine import alembic_config

    _ent, person, _cons = setup_person(admin)
    admin.personal_data.erase_contact(person, reason="отзыв согласия")
    with admin.db.engine.begin() as conn:   # the database as the previous version left it
        command.downgrade(alembic_config(conn), "0005")
    ledger_path(admin.db_path).unlink()
    with admin.db.engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    [row] = admin.personal_data.list_erasures()
    assert (row.contact_id, row.reason, row.has_act) == (person, "отзыв согласия", False)
    with pytest.raises(InputError, match="не хранится в базе"):
        admin.personal_data.act(row.id)
    # not in the ledger yet (on a server: another workstation's ledger may list it)
    assert check_database(admin, rehash_files=False).ok is admin.db.is_server
    admin.personal_data.reapply_ledger()
    assert check_database(admin, rehash_files=False).ok
