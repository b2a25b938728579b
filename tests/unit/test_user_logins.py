"""Logins in any script and case sign in, stay unique, and survive the migration."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from desktop_app.core.db.engine import alembic_config
from desktop_app.core.errors import InputError
from desktop_app.core.services import users as users_mod
from desktop_app.core.services.facade import Services, open_services
from desktop_app.core.services.users import HashParams

FAST = HashParams(time_cost=1, memory_cost=8, parallelism=1)
PW = "длинная фраза для входа 1"


@pytest.fixture(autouse=True)
def quick_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(users_mod, "DEFAULT_PARAMS", FAST)


@pytest.fixture
def sv(tmp_path: Path):
    services = open_services(tmp_path / "db.sqlite3")
    yield services
    services.close()


def test_a_capitalised_cyrillic_login_signs_in_in_any_case(sv: Services) -> None:
    sv.users.create_first_admin({"login": "Администратор", "full_name": "Главный Админ"}, PW)
    for typed in ("Администратор", "администратор", "  АДМИНИСТРАТОР "):
        assert sv.users.sign_in(typed, PW).login == "Администратор"


def test_a_locked_cyrillic_account_can_be_found_unlocked_and_reset(sv: Services) -> None:
    sv.users.create_first_admin({"login": "Админ", "full_name": "Главный Админ"}, PW)
    admin = sv.as_actor(sv.users.sign_in("админ", PW))
    admin.users.create({"login": "Ёлкина", "full_name": "Ёлкина Анна Петровна"}, PW)
    with pytest.raises(InputError):
        sv.users.sign_in("ЁЛКИНА", "неверный пароль совсем")
    found = admin.users.by_login("ёлкина")
    assert found is not None and found.login == "Ёлкина"
    assert found.failed_attempts == 1
    admin.users.unlock(found.id)
    admin.users.reset_password(found.id, "новая длинная фраза 2")
    assert sv.users.sign_in("ЁЛКИНА", "новая длинная фраза 2").login == "Ёлкина"


def test_logins_differing_only_in_case_are_refused(sv: Services) -> None:
    sv.users.create_first_admin({"login": "admin", "full_name": "Главный Админ"}, PW)
    admin = sv.as_actor(sv.users.sign_in("admin", PW))
    admin.users.create({"login": "Иванова", "full_name": "Иванова Мария Ивановна"}, PW)
    with pytest.raises(InputError, match="уже есть"):
        admin.users.create({"login": "ИВАНОВА", "full_name": "Иванова Ольга Ивановна"}, PW)
    other = admin.users.create({"login": "petrova", "full_name": "Петрова Ольга Ивановна"}, PW)
    with pytest.raises(InputError, match="уже есть"):
        admin.users.update(other.id, {"login": "иванова", "full_name": other.full_name})
    assert sorted(u.login for u in admin.users.list_users()) == ["admin", "petrova", "Иванова"]


def test_migration_gives_existing_accounts_their_keys(tmp_path: Path) -> None:
    db_path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0004")
        for n, login in enumerate(("Сидоров", "сидоров", "admin"), start=1):
            conn.exec_driver_sql(
                "INSERT INTO users (uuid, login, full_name, role, active, failed_attempts, "
                "created_at, updated_at) VALUES "
                f"('00000000-0000-4000-8000-00000000000{n}', '{login}', 'Тест', "
                "'consultant', 1, 0, '2026-01-01', '2026-01-01')"
            )
    engine.dispose()
    services = open_services(db_path)
    try:
        with services.db.read() as s:
            rows = s.execute(text("SELECT login, login_key FROM users ORDER BY id")).all()
        assert rows == [("Сидоров", "сидоров"), ("сидоров", "сидоров#2"), ("admin", "admin")]
        found = services.users.by_login("СИДОРОВ")
        assert found is not None and found.login == "Сидоров"
    finally:
        services.close()


def test_demo_people_without_passwords_do_not_block_the_first_administrator(
    sv: Services,
) -> None:
    from desktop_app.core.services.demo import DemoSpec, generate

    generate(sv, DemoSpec(enterprises=5, consultations=10, dossiers=0))
    assert not sv.users.has_users()
    admin = sv.users.create_first_admin({"login": "Админ", "full_name": "Главный Админ"}, PW)
    assert admin.role == "administrator"
    assert sv.users.has_users()
    with pytest.raises(InputError, match="уже есть пользователи"):
        sv.users.create_first_admin({"login": "второй", "full_name": "Второй Админ"}, PW)
