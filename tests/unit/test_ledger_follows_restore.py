"""A copy restored into a database of another name (another file, another database on
the server) still brings no erased person back: the erasures the copy's own database
made after the copy are applied again, and the ledger of the database restored into
lists them from then on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from test_personal_data import setup_person

from desktop_app.core.db.models import ContactPerson
from desktop_app.core.services.backup import make_backup, restore_backup
from desktop_app.core.services.erasure_ledger import read_ledger
from desktop_app.core.services.facade import open_services
from desktop_app.core.services.maintenance import check_database
from desktop_app.core.services.personal_data import ERASED_NAME
from desktop_app.core.services.server_backup import make_server_backup, restore_server_backup


def _surname(db: Any, contact_id: int) -> str:
    sv = open_services(db)
    try:
        with sv.db.read() as s:
            return str(s.execute(select(ContactPerson.last_name)
                                 .where(ContactPerson.id == contact_id)).scalar_one())
    finally:
        sv.close()


@pytest.mark.sqlite_only  # database files (the server: the test below)
def test_a_copy_restored_into_another_file_is_erased_again(
    admin: Any, tmp_path: Path, admin_password: str,
) -> None:
    _ent, person, _cons = setup_person(admin)
    copy = make_backup(admin, folder=tmp_path / "флешка").path
    done = admin.personal_data.erase_contact(person, reason="отзыв согласия")
    admin.close()

    # a new computer: a database of another name receives the copy
    fresh = open_services(tmp_path / "новое место" / "центр-2.sqlite3")
    fresh.users.create_first_admin({"login": "admin2", "full_name": "Второй Админ"},
                                   admin_password)
    fresh = fresh.as_actor(fresh.users.sign_in("admin2", admin_password))
    target = fresh.db_path
    result = restore_backup(fresh, copy)

    assert result.reerase_problem is None
    assert [(r.contact_id, r.original_act) for r in result.reerased] == [
        (person, done.act_number)]
    assert _surname(target, person) == ERASED_NAME
    # the ledger of the database restored into lists the erasure from now on
    assert done.erasure_uuid in read_ledger(target).erasure_uuids()
    again = open_services(target)
    try:
        report = check_database(again, rehash_files=False)
        assert report.ok, "\n".join(report.lines())
    finally:
        again.close()


@pytest.mark.server_only
def test_a_server_copy_restored_into_a_database_of_another_name_is_erased_again(
    admin: Any, tmp_path: Path, server_url: str,
) -> None:
    _ent, person, _cons = setup_person(admin)
    copy = make_server_backup(admin, tmp_path / "центр.dump").path
    done = admin.personal_data.erase_contact(person, reason="отзыв согласия")

    result = restore_server_backup(server_url, copy)

    assert result.reerase_problem is None and result.check_problems == []
    assert [(r.contact_id, r.original_act) for r in result.reerased] == [
        (person, done.act_number)]
    assert _surname(server_url, person) == ERASED_NAME
    restored = open_services(server_url)
    try:
        assert done.erasure_uuid in read_ledger(restored.db_path).erasure_uuids()
        assert restored.db_path != admin.db_path
    finally:
        restored.close()
