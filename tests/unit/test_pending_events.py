"""Sign-in events that waited for the write lock are logged once, never lost."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.core.db.models import AuditEntry, User
from desktop_app.core.services import pending_events
from desktop_app.core.services.facade import Services
from desktop_app.core.services.maintenance import check_database


def sign_ins(sv: Services) -> int:
    with sv.db.read() as s:
        return int(s.execute(select(func.count()).select_from(AuditEntry)
                             .where(AuditEntry.action == "sign_in")).scalar_one())


def queue_one(sv: Services) -> Path:
    with sv.db.read() as s:
        user = s.execute(select(User).where(User.login == "admin")).scalar_one()
        user_id, uuid = user.id, user.uuid
    at = dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.UTC)
    pending_events.queue(sv.db_path, pending_events.PendingSignIn(user_id, "admin", uuid, at))
    [path] = pending_events.waiting(sv.db_path)
    return path


def test_the_next_write_logs_a_waiting_sign_in_once(admin: Services, tmp_path: Path) -> None:
    before = sign_ins(admin)
    path = queue_one(admin)
    kept = tmp_path / path.name
    shutil.copyfile(path, kept)
    admin.enterprises.create({"full_name": "ООО «Любая запись»", "inn": "7707083893"})
    assert sign_ins(admin) == before + 1
    assert pending_events.waiting(admin.db_path) == []
    with admin.db.read() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "sign_in")
                          .order_by(AuditEntry.id.desc())).scalars().first()
        assert entry is not None and entry.new_values is not None
        assert entry.new_values["queued"] is True and entry.user_login == "admin"
    # a crash after the commit, before the file was removed: the file is back
    shutil.copyfile(kept, path)
    admin.enterprises.create({"full_name": "ООО «Ещё запись»", "inn": "500100732259"})
    assert sign_ins(admin) == before + 1 and pending_events.waiting(admin.db_path) == []
    assert check_database(admin, rehash_files=False).ok


def test_an_unreadable_waiting_event_does_not_stop_writes(admin: Services) -> None:
    folder = pending_events.pending_dir(admin.db_path)
    folder.mkdir()
    (folder / "20261201T000000000000-broken.json").write_text("{not json", encoding="utf-8")
    admin.enterprises.create({"full_name": "ООО «Запись»", "inn": "7707083893"})
    assert pending_events.waiting(admin.db_path) == []
    assert (folder / "20261201T000000000000-broken.unreadable").exists()


def failed_attempts(sv: Services) -> int:
    with sv.db.read() as s:
        return int(s.execute(select(User.failed_attempts).where(User.login == "admin"))
                   .scalar_one())


def wrong_password(sv: Services, times: int) -> None:
    from desktop_app.core.services.users import AuthenticationError

    for _ in range(times):
        try:
            sv.users.sign_in("admin", "не тот пароль")
        except AuthenticationError:
            continue
        raise AssertionError("a wrong password was accepted")


@pytest.mark.sqlite_only
def test_a_queued_sign_in_resets_the_failed_attempts_when_logged(
    admin: Services, admin_password: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.core.services import users

    monkeypatch.setattr(users, "SIGN_IN_WAIT_MS", 50)
    wrong_password(admin, 3)
    assert failed_attempts(admin) == 3
    holder = sqlite3.connect(admin.db_path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")   # a long import holds the write lock
        actor = admin.users.sign_in("admin", admin_password)
        assert actor.login == "admin"
        assert len(pending_events.waiting(admin.db_path)) == 1   # the event waits on disk
        holder.execute("ROLLBACK")
    finally:
        holder.close()
    admin.enterprises.create({"full_name": "ООО «Любая запись»", "inn": "7707083893"})
    assert pending_events.waiting(admin.db_path) == []
    assert failed_attempts(admin) == 0     # as after a sign-in logged at once
    # two more wrong passwords are counted from zero: the account is not locked
    wrong_password(admin, 2)
    assert failed_attempts(admin) == 2
    assert admin.users.sign_in("admin", admin_password).login == "admin"


def test_a_failure_after_the_queued_sign_in_still_counts(admin: Services) -> None:
    wrong_password(admin, 2)
    with admin.db.read() as s:
        user = s.execute(select(User).where(User.login == "admin")).scalar_one()
        user_id, uuid = user.id, user.uuid
        seen = s.execute(select(func.max(AuditEntry.id))).scalar_one()
    # the password check saw the log up to ``seen``; a wrong password came in
    # before the busy sign-in could write its event
    wrong_password(admin, 1)
    assert failed_attempts(admin) == 3
    at = dt.datetime.now(dt.UTC)
    pending_events.queue(admin.db_path, pending_events.PendingSignIn(
        user_id, "admin", uuid, at, seen_entry=seen))
    admin.enterprises.create({"full_name": "ООО «Любая запись»", "inn": "7707083893"})
    assert failed_attempts(admin) == 1
