"""A copy of everything into any folder is for supervisors and administrators only."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from desktop_app.core.errors import PermissionDenied
from desktop_app.core.services import users as users_mod
from desktop_app.core.services.backup import load_policy, make_backup
from desktop_app.core.services.facade import open_services
from desktop_app.core.services.users import HashParams

PW = "длинная фраза для входа 1"


@pytest.fixture(autouse=True)
def quick_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(users_mod, "DEFAULT_PARAMS",
                        HashParams(time_cost=1, memory_cost=8, parallelism=1))


def test_a_consultant_backs_up_only_into_the_configured_folder(tmp_path: Path) -> None:
    sv = open_services(tmp_path / "data" / "db.sqlite3")
    try:
        sv.users.create_first_admin({"login": "admin", "full_name": "Главный Админ"}, PW)
        admin = sv.as_actor(sv.users.sign_in("admin", PW))
        admin.users.create({"login": "cons", "full_name": "Иванов Иван Иванович"}, PW)
        admin.users.create({"login": "head", "full_name": "Сидорова Анна Павловна",
                            "role": "supervisor"}, PW)
        cons = sv.as_actor(sv.users.sign_in("cons", PW))
        head = sv.as_actor(sv.users.sign_in("head", PW))
        usb = tmp_path / "флешка"
        with pytest.raises(PermissionDenied, match="выбранную папку"):
            make_backup(cons, folder=usb)
        elsewhere = dataclasses.replace(load_policy(cons), folder=str(usb))
        with pytest.raises(PermissionDenied):
            make_backup(cons, policy=elsewhere)
        assert not usb.exists()
        own = make_backup(cons).path
        assert own.parent == sv.backups_dir
        assert make_backup(head, folder=usb).path.parent == usb
        assert make_backup(admin, folder=usb / "ещё").path.exists()
    finally:
        sv.close()
