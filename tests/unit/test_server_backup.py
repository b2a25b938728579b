"""Backup and restore of a database on the centre's server: one pg_dump file with the
documents inside; restore only into an empty database or, asked for, the program's own;
the audit anchor and the erasure ledger on a server (RCI_INTAKE_TEST_BACKEND=postgresql)."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path
from typing import Any

import backend
import pytest
from docfixtures import pdf_bytes
from sqlalchemy import select, text
from test_document_service import make_dossier, write
from test_personal_data import setup_person

from desktop_app.core.db.location import parse_location
from desktop_app.core.db.models import ContactPerson
from desktop_app.core.errors import InputError
from desktop_app.core.services import server_backup
from desktop_app.core.services.backup import AutoBackup, backup_before_import, make_backup
from desktop_app.core.services.erasure_ledger import read_ledger
from desktop_app.core.services.facade import open_services
from desktop_app.core.services.maintenance import check_database
from desktop_app.core.services.personal_data import ERASED_NAME
from desktop_app.core.services.server_backup import (
    make_server_backup,
    restore_server_backup,
    target_state,
)

pytestmark = pytest.mark.server_only


def test_backup_then_restore_into_an_empty_database(
    admin: Any, tmp_path: Path, server_url: str
) -> None:
    dossier = make_dossier(admin)
    content = pdf_bytes(2)
    doc = admin.documents.attach(dossier.id, "charter", [write(tmp_path / "Устав.pdf", content)])
    done = make_server_backup(admin, tmp_path / "копии")
    assert done.path.parent == tmp_path / "копии" and done.path.suffix == ".dump"
    assert done.path.stat().st_size == done.size > 0
    assert not list((tmp_path / "копии").glob("*.part"))

    assert target_state(parse_location(server_url)) == "empty"
    result = restore_server_backup(server_url, done.path)
    assert result.check_problems == [] and result.safety_backup is None
    restored = open_services(server_url)
    try:
        signed = restored.as_actor(restored.users.sign_in("admin", "admin pass phrase 1"))
        [seen] = signed.documents.list_documents(dossier.id)
        assert seen.files[0].sha256 == doc.files[0].sha256
        assert signed.documents.open_path(seen.files[0].id).read_bytes() == content
        assert check_database(signed).ok
        with restored.db.read() as s:  # the restore is in the restored log
            found = s.execute(text(
                "SELECT new_values FROM audit_log WHERE action = 'restore'")).scalars().all()
        assert [v["from"] for v in found] == [done.path.name]
    finally:
        restored.close()


def test_a_foreign_database_is_refused_and_left_as_it_was(
    admin: Any, tmp_path: Path, server_url: str
) -> None:
    done = make_server_backup(admin, tmp_path / "копия.dump")
    import psycopg

    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE accounting (id int PRIMARY KEY, amount numeric)")
        conn.execute("INSERT INTO accounting VALUES (1, 100)")
    with pytest.raises(InputError, match="не является базой RCI Intake") as refused:
        restore_server_backup(server_url, done.path)
    assert "ничего не изменено" in str(refused.value)
    with psycopg.connect(server_url) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = 'public'").fetchall()]
        assert tables == ["accounting"]
        assert conn.execute("SELECT amount FROM accounting").fetchone() == (100,)


def test_the_programs_database_is_replaced_only_when_asked(
    admin: Any, tmp_path: Path, db_location: str
) -> None:
    _ent, person, _cons = setup_person(admin)
    older = make_server_backup(admin, tmp_path / "до уничтожения.dump")
    first = admin.personal_data.erase_contact(person, reason="отзыв согласия")
    with pytest.raises(InputError, match="--replace"):
        restore_server_backup(db_location, older.path)
    with admin.db.read() as s:  # refused: still the erased state
        assert s.get(ContactPerson, person).last_name == ERASED_NAME

    result = restore_server_backup(db_location, older.path, services=admin)
    assert result.safety_backup is not None and result.safety_backup.is_file()
    # the copy predates the erasure: the person is erased again, with the first act kept
    assert [(r.contact_id, r.original_act) for r in result.reerased] == [
        (person, first.act_number)]
    assert result.check_problems == []
    again = open_services(db_location)
    try:
        with again.db.read() as s:
            row = s.execute(select(ContactPerson).where(ContactPerson.id == person)).scalar_one()
            assert row.last_name == ERASED_NAME and row.phone is None
        assert check_database(again).ok
    finally:
        again.close()


def test_a_copy_that_is_not_one_is_refused(admin: Any, tmp_path: Path, server_url: str) -> None:
    fake = write(tmp_path / "копия.dump", b"PGDMP not really")
    with pytest.raises(InputError, match="не читается"):
        restore_server_backup(server_url, fake)
    assert target_state(parse_location(server_url)) == "empty"


def test_the_password_goes_through_the_environment_only(
    admin: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    password = parse_location(str(backend.ADMIN_URL)).server.password  # type: ignore[union-attr]
    assert password, "the test server's URL carries a password"
    seen: list[tuple[list[str], str | None]] = []
    real = subprocess.run

    def spy(args: Any, *rest: Any, **kw: Any) -> Any:
        env = kw.get("env") or {}
        seen.append(([str(a) for a in args], env.get("PGPASSWORD")))
        return real(args, *rest, **kw)

    monkeypatch.setattr(server_backup.subprocess, "run", spy)
    make_server_backup(admin, tmp_path / "копия.dump")
    dumps = [(args, secret) for args, secret in seen
             if any(a.startswith("--dbname=") for a in args)]
    assert dumps and all(secret == password for _args, secret in dumps)
    assert not any(password in arg for args, _secret in seen for arg in args)


def test_without_the_postgresql_tools_the_message_names_the_package(
    admin: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(server_backup.glob, "glob", lambda _pattern: [])
    monkeypatch.setattr(server_backup.shutil, "which", lambda _name: None)
    monkeypatch.delenv(server_backup.ENV_PG_BIN, raising=False)
    with pytest.raises(InputError) as missing:
        make_server_backup(admin, tmp_path / "копия.dump")
    message = str(missing.value)
    assert "pg_dump" in message and "postgresql-client" in message
    assert not (tmp_path / "копия.dump").exists()


def test_no_workstation_copies_the_server_database(admin: Any) -> None:
    auto = AutoBackup(admin)
    admin.enterprises.create({"full_name": "ООО «Ромашка»", "inn": "7707083893"})
    assert auto.has_changes() and not auto.due() and auto.on_close() is None
    assert backup_before_import(admin) is None
    with pytest.raises(InputError, match="администратор сервера"):
        make_backup(admin)
    assert not (admin.db_path.parent / "backups").exists()


def test_a_lagging_anchor_is_consistent_and_a_restore_elsewhere_is_not_tampering(
    admin: Any, tmp_path: Path, db_location: str, monkeypatch: pytest.MonkeyPatch,
    admin_password: str,
) -> None:
    admin.enterprises.create({"full_name": "ООО «Первое»", "inn": "7707083893"})
    anchor = admin.db_path.with_name(admin.db_path.name + ".anchor")
    assert anchor.is_file()  # this workstation's witness, in its local folder
    older = make_server_backup(admin, tmp_path / "копия.dump")
    monkeypatch.setenv("RCI_INTAKE_DATA_DIR", str(tmp_path / "второе место"))
    other = open_services(db_location)
    other = other.as_actor(other.users.sign_in("admin", admin_password))
    try:
        for n in range(3):  # the other workstation appends; our anchor lags behind
            other.enterprises.create({"full_name": f"ООО «Другое-{n}»",
                                      "inn": ["5408229050", "7728168971", "7736050003"][n]})
        item = next(i for i in check_database(admin, rehash_files=False).items
                    if "конец журнала" in i.name)
        assert item.ok, item.details
        # the other workstation restores the older copy over the database
        restore_server_backup(db_location, older.path, services=other)
    finally:
        other.close()
    admin.close()
    monkeypatch.setenv("RCI_INTAKE_DATA_DIR", str(admin.db_path.parents[2]))
    back = open_services(db_location)
    try:
        assert back.db_path == admin.db_path  # the first workstation, its own anchor
        report = check_database(back)
        assert report.ok, "\n".join(report.lines())
    finally:
        back.close()


def test_this_workstations_ledger_learns_every_erasure(
    admin: Any, db_location: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    admin_password: str,
) -> None:
    _ent, person, _cons = setup_person(admin)
    done = admin.personal_data.erase_contact(person, reason="отзыв согласия")
    monkeypatch.setenv("RCI_INTAKE_DATA_DIR", str(tmp_path / "второе место"))
    other = open_services(db_location)
    try:
        other = other.as_actor(other.users.sign_in("admin", admin_password))
        # the erasure was made elsewhere: not «missing» from this workstation's ledger
        assert other.personal_data.ledger_problems() == []
        ent = other.enterprises.create({"full_name": "ООО «Второе»", "inn": "7707083893"})
        second = other.enterprises.add_contact(ent.id, {
            "last_name": "Петров", "legal_basis": "consent",
            "consent_date": dt.date(2025, 5, 5)})
        other.personal_data.erase_contact(second.id, reason="отзыв согласия")
        assert done.erasure_uuid in read_ledger(other.db_path).erasure_uuids()
    finally:
        other.close()
