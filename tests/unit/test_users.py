"""Accounts: Argon2id, lockout, unlock, rehash, roles enforced in the services."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from desktop_app.core.db.models import Role
from desktop_app.core.errors import InputError, PermissionDenied
from desktop_app.core.services import users as users_mod
from desktop_app.core.services.context import SYSTEM, Actor
from desktop_app.core.services.facade import Services
from desktop_app.core.services.users import (
    PRODUCTION_PARAMS,
    AuthenticationError,
    HashParams,
    UserService,
    meets_owasp_minimum,
)

ADMIN_PW = "admin pass phrase 1"
PW = "consultant pass phrase"


pytestmark = pytest.mark.usefixtures("fast_hashing")


def make_team(services: Services) -> dict[str, Services]:
    services.users.create_first_admin({"login": "admin", "full_name": "Администратор Тестовый"},
                                      ADMIN_PW)
    admin = services.as_actor(services.users.sign_in("admin", ADMIN_PW))
    admin.users.create({"login": "cons", "full_name": "Иванов Иван Иванович"}, PW)
    admin.users.create({"login": "cons2", "full_name": "Петров Пётр Петрович"}, PW)
    admin.users.create({"login": "head", "full_name": "Сидорова Анна Павловна",
                        "role": "supervisor"}, PW)
    return {
        "admin": admin,
        "cons": services.as_actor(services.users.sign_in("cons", PW)),
        "cons2": services.as_actor(services.users.sign_in("cons2", PW)),
        "head": services.as_actor(services.users.sign_in("head", PW)),
    }


def audit_actions(services: Services) -> list[str]:
    from sqlalchemy import select

    from desktop_app.core.db.models import AuditEntry

    with services.db.read() as s:
        return list(s.execute(select(AuditEntry.action).order_by(AuditEntry.id)).scalars())


def test_production_parameters_meet_owasp_minimum() -> None:
    assert meets_owasp_minimum(PRODUCTION_PARAMS)
    assert PRODUCTION_PARAMS.memory_cost >= 19 * 1024 and PRODUCTION_PARAMS.time_cost >= 2
    assert not meets_owasp_minimum(HashParams(time_cost=1, memory_cost=19_456, parallelism=1))
    assert users_mod.PasswordHasher  # argon2id is the type used
    hashed = PRODUCTION_PARAMS.hasher().hash("x" * 12)
    assert hashed.startswith("$argon2id$") and "m=65536,t=3,p=1" in hashed


def test_first_admin_only_on_new_database_and_no_default_password(services: Services) -> None:
    assert not services.users.has_users()
    with pytest.raises(InputError, match="не короче 12"):
        services.users.create_first_admin({"login": "admin", "full_name": "А Б"}, "short")
    assert not services.users.has_users()  # refused means nothing written
    user = services.users.create_first_admin(
        {"login": "admin", "full_name": "А Б", "role": "consultant"}, ADMIN_PW)
    assert user.role == "administrator"
    with pytest.raises(InputError, match="уже есть пользователи"):
        services.users.create_first_admin({"login": "other", "full_name": "В Г"}, ADMIN_PW)
    with pytest.raises(AuthenticationError):
        services.users.sign_in("admin", "")


@pytest.mark.sqlite_only
def test_password_is_hashed_with_argon2id_and_never_stored_plain(services: Services) -> None:
    from sqlalchemy import text

    services.users.create_first_admin({"login": "admin", "full_name": "А Б"}, ADMIN_PW)
    with services.db.read() as s:
        stored = s.execute(text("SELECT password_hash FROM users")).scalar_one()
        log = s.execute(text("SELECT group_concat(coalesce(new_values,''), '|') FROM audit_log"))
        log_text = log.scalar_one()
    assert stored.startswith("$argon2id$") and ADMIN_PW not in stored
    assert ADMIN_PW not in log_text and "password_hash" not in log_text


def test_sign_in_success_failure_and_events_logged(services: Services) -> None:
    services.users.create_first_admin({"login": "admin", "full_name": "А Б"}, ADMIN_PW)
    actor = services.users.sign_in("ADMIN", ADMIN_PW)  # the login is case-insensitive
    assert actor.role == Role.ADMINISTRATOR and actor.login == "admin"
    with pytest.raises(AuthenticationError, match="Неверное имя входа или пароль"):
        services.users.sign_in("admin", "wrong password!!")
    with pytest.raises(AuthenticationError, match="Неверное имя входа или пароль"):
        services.users.sign_in("nobody", "wrong password!!")
    services.users.sign_out(actor)
    assert audit_actions(services)[-4:] == [
        "sign_in", "sign_in_failed", "sign_in_failed", "sign_out"]


def test_lockout_with_growing_delay_then_unlock_by_administrator(services: Services) -> None:
    now = [dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)]
    team = make_team(services)
    svc = UserService(services.ctx, clock=lambda: now[0])
    with pytest.raises(AuthenticationError) as unknown:
        svc.sign_in("nobody-here", "not the password")
    for _ in range(5):
        with pytest.raises(AuthenticationError) as failed:
            svc.sign_in("cons", "not the password")
        # the answer never tells an existing account from an unknown name
        assert str(failed.value) == str(unknown.value)
    # even the right password is refused while locked, with the same answer
    with pytest.raises(AuthenticationError) as locked:
        svc.sign_in("cons", PW)
    assert str(locked.value) == str(unknown.value)
    user = services.users.by_login("cons")
    assert user is not None and user.locked_until == now[0] + dt.timedelta(seconds=30)
    now[0] += dt.timedelta(seconds=31)
    with pytest.raises(AuthenticationError):
        svc.sign_in("cons", "still wrong pass")
    user = services.users.by_login("cons")
    assert user is not None and user.locked_until == now[0] + dt.timedelta(minutes=1)
    assert users_mod.lock_delay(30) == users_mod.MAX_LOCK
    # a consultant cannot unlock; the administrator can
    with pytest.raises(PermissionDenied):
        team["cons2"].users.unlock(user.id)
    team["admin"].users.unlock(user.id)
    assert svc.sign_in("cons", PW).login == "cons"
    actions = audit_actions(services)
    assert actions.count("account_locked") == 2
    assert "sign_in_refused" in actions and "account_unlock" in actions


def test_administrator_resets_password(services: Services) -> None:
    team = make_team(services)
    cons = services.users.by_login("cons")
    assert cons is not None
    with pytest.raises(PermissionDenied):
        team["head"].users.reset_password(cons.id, "new pass phrase here")
    with pytest.raises(InputError, match="не короче 12"):
        team["admin"].users.reset_password(cons.id, "short")
    team["admin"].users.reset_password(cons.id, "new pass phrase here")
    with pytest.raises(AuthenticationError):
        services.users.sign_in("cons", PW)
    assert services.users.sign_in("cons", "new pass phrase here").login == "cons"


def test_rehash_on_sign_in_when_parameters_change(services: Services) -> None:
    services.users.create_first_admin({"login": "admin", "full_name": "А Б"}, ADMIN_PW)
    stronger = HashParams(time_cost=2, memory_cost=16, parallelism=1)
    svc = UserService(services.ctx, params=stronger)
    svc.sign_in("admin", ADMIN_PW)
    stored = _stored_hash(services)
    assert "m=16,t=2,p=1" in stored
    assert not stronger.hasher().check_needs_rehash(stored)
    assert "password_rehash" in audit_actions(services)
    # the old password still works after the upgrade, and nothing changes the second time
    svc.sign_in("admin", ADMIN_PW)
    assert _stored_hash(services) == stored
    assert PasswordHasher().verify(stored, ADMIN_PW)


def _stored_hash(services: Services) -> str:
    from sqlalchemy import text

    with services.db.read() as s:
        return str(s.execute(text("SELECT password_hash FROM users")).scalar_one())


def test_disabled_account_cannot_sign_in_and_last_admin_is_kept(services: Services) -> None:
    team = make_team(services)
    cons = services.users.by_login("cons")
    admin = services.users.by_login("admin")
    assert cons is not None and admin is not None
    team["admin"].users.update(cons.id, {"login": "cons", "full_name": cons.full_name,
                                         "active": False})
    with pytest.raises(AuthenticationError, match="отключена"):
        services.users.sign_in("cons", PW)
    with pytest.raises(InputError, match="последний действующий администратор"):
        team["admin"].users.update(admin.id, {"login": "admin", "full_name": admin.full_name,
                                              "role": "consultant"})


def test_session_lock_and_unlock_need_the_users_password(services: Services) -> None:
    team = make_team(services)
    actor = team["cons"].actor
    services.users.lock_session(actor)
    with pytest.raises(AuthenticationError):
        services.users.unlock_session(actor, "wrong password here")
    services.users.unlock_session(actor, PW)
    assert audit_actions(services)[-3:] == [
        "session_lock", "session_unlock_failed", "session_unlock"]


# --- each role allowed and refused for each kind of action --------------------

ENTERPRISE = {"full_name": "ООО «Пермский моторный»", "inn": "1234567894"}


def _consultation(enterprise_id: int) -> dict[str, object]:
    return {"enterprise_id": enterprise_id,
            "occurred_at": dt.datetime(2026, 1, 15, 10, tzinfo=dt.UTC),
            "channel": "phone", "topic": "Грант на обратный инжиниринг"}


@pytest.mark.sqlite_only
def test_role_matrix_through_the_services(services: Services, tmp_path: Path) -> None:
    from desktop_app.core.services.audit_export import export_audit, fetch_entries
    from desktop_app.core.services.backup import make_backup, restore_backup

    team = make_team(services)
    cons, cons2, head, admin = team["cons"], team["cons2"], team["head"], team["admin"]
    ent = cons.enterprises.create(ENTERPRISE)
    own = cons.consultations.create(_consultation(ent.id))
    # consultant: own work yes, someone else's no; reading yes
    cons.consultations.update(own.id, {**_consultation(ent.id), "topic": "Уточнение"})
    with pytest.raises(PermissionDenied):
        cons2.consultations.update(own.id, {**_consultation(ent.id), "topic": "Чужое"})
    assert cons2.consultations.get(own.id).topic == "Уточнение"
    # supervisor: others' work yes
    head.consultations.update(own.id, {**_consultation(ent.id), "topic": "Руководитель"})
    # users: administrator only
    for who in (cons, head):
        with pytest.raises(PermissionDenied):
            who.users.create({"login": "x1", "full_name": "Х Х"}, "long enough pass")
    admin.users.create({"login": "x1", "full_name": "Х Х"}, "long enough pass")
    # event log: supervisor and administrator
    with pytest.raises(PermissionDenied):
        fetch_entries(cons)
    with pytest.raises(PermissionDenied):
        export_audit(cons, tmp_path / "log.csv")
    assert fetch_entries(head) and fetch_entries(admin)
    # personal data erasure: supervisor and administrator
    person = cons.enterprises.add_contact(ent.id, {"last_name": "Смирнов"})
    with pytest.raises(PermissionDenied):
        cons.personal_data.erase_contact(person.id, reason="отзыв согласия")
    head.personal_data.erase_contact(person.id, reason="отзыв согласия")
    # backups: everyone into the configured folder, supervisors anywhere; restore: admin only
    with pytest.raises(PermissionDenied):
        make_backup(cons, folder=tmp_path / "b")
    copy = make_backup(cons).path
    assert make_backup(head, folder=tmp_path / "b").path.exists()
    for who in (cons, head):
        with pytest.raises(PermissionDenied):
            restore_backup(who, copy)
    assert isinstance(SYSTEM, Actor)


def test_sign_in_preview_names_only_who_could_sign_in_and_logs_nothing(
        services: Services) -> None:
    """The window may make a workplace ready while the password is checked: the
    preview is the actor the sign-in would give, and None for anyone who cannot."""
    now = [dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)]
    team = make_team(services)
    svc = UserService(services.ctx, clock=lambda: now[0])
    before = audit_actions(services)
    assert svc.sign_in_preview("CONS") == svc.sign_in("cons", PW)
    assert svc.sign_in_preview("nobody-here") is None
    for _ in range(5):   # locked after five wrong passwords
        with pytest.raises(AuthenticationError):
            svc.sign_in("cons2", "not the password")
    assert svc.sign_in_preview("cons2") is None
    head = services.users.by_login("head")
    assert head is not None
    team["admin"].users.update(head.id, {"login": "head", "full_name": head.full_name,
                                         "role": "supervisor", "active": False})
    assert svc.sign_in_preview("head") is None
    after = audit_actions(services)
    # only the real sign-in and the failures were logged, nothing for the previews
    assert after[len(before):] == ["sign_in"] + ["sign_in_failed"] * 5 + ["account_locked",
                                                                          "update"]
