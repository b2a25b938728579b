"""The command line signs in with --user and obeys the role (CLI as a subprocess)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ADMIN_PW = "admin pass phrase 1"
CONS_PW = "consultant pass phrase"


def run(db: Path, *args: str, password: str | None = None,
        new_password: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RCI_INTAKE_")}
    env["RCI_INTAKE_DATA_DIR"] = str(db.parent)
    if password is not None:
        env["RCI_INTAKE_PASSWORD"] = password
    if new_password is not None:
        env["RCI_INTAKE_NEW_PASSWORD"] = new_password
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "--db", str(db), *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
        stdin=subprocess.DEVNULL, check=False,
    )


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "db.sqlite3"
    assert run(path, "init").returncode == 0
    # no users yet: commands run as the system (setup)
    assert run(path, "backup").returncode == 0
    r = run(path, "init", "--admin", "admin", "--full-name", "Администратор", password=ADMIN_PW)
    assert r.returncode == 0, r.stderr
    r = run(path, "--user", "admin", "users", "add", "cons", "--full-name", "Иванов Иван",
            password=ADMIN_PW, new_password=CONS_PW)
    assert r.returncode == 0, r.stderr
    return path


def test_without_user_only_init_and_check_run(db: Path) -> None:
    assert run(db, "check", "--quick").returncode == 0
    assert run(db, "init").returncode == 0
    r = run(db, "backup")
    assert r.returncode == 1 and "--user" in r.stderr
    assert run(db, "--version").returncode == 0


def test_password_missing_without_terminal_is_a_clear_error(db: Path) -> None:
    r = run(db, "--user", "admin", "users", "list")
    assert r.returncode == 1 and "RCI_INTAKE_PASSWORD" in r.stderr


def test_wrong_password_refused(db: Path) -> None:
    r = run(db, "--user", "admin", "users", "list", password="wrong password 123")
    assert r.returncode == 1 and "Неверное имя входа или пароль" in r.stderr


def test_second_admin_init_refused(db: Path) -> None:
    r = run(db, "init", "--admin", "other", password=ADMIN_PW)
    assert r.returncode == 1 and "уже есть пользователи" in r.stderr


def test_role_decides_what_the_cli_allows(db: Path, tmp_path: Path) -> None:
    r = run(db, "--user", "cons", "users", "list", password=CONS_PW)
    assert r.returncode == 1 and "Недостаточно прав" in r.stderr
    r = run(db, "--user", "cons", "audit", "export", str(tmp_path / "log.csv"), password=CONS_PW)
    assert r.returncode == 1 and "журнала событий" in r.stderr
    r = run(db, "--user", "cons", "backup", "--to", str(tmp_path / "b"), password=CONS_PW)
    assert r.returncode == 1 and "выбранную папку" in r.stderr
    assert not (tmp_path / "b").exists()
    r = run(db, "--user", "cons", "backup", password=CONS_PW)
    assert r.returncode == 0, r.stderr
    r = run(db, "--user", "admin", "backup", "--to", str(tmp_path / "b"), password=ADMIN_PW)
    assert r.returncode == 0, r.stderr
    copy = next((tmp_path / "b").glob("*.sqlite3"))
    r = run(db, "--user", "cons", "restore", str(copy), password=CONS_PW)
    assert r.returncode == 1 and "восстановление из резервной копии" in r.stderr
    r = run(db, "--user", "admin", "users", "list", password=ADMIN_PW)
    assert r.returncode == 0 and "cons" in r.stdout and "консультант" in r.stdout
    r = run(db, "--user", "admin", "audit", "export", str(tmp_path / "log.csv"),
            "--action", "sign_in", password=ADMIN_PW)
    assert r.returncode == 0, r.stderr
    text = (tmp_path / "log.csv").read_text(encoding="utf-8-sig")
    assert "вход в программу" in text and ";cons;" in text
    r = run(db, "--user", "admin", "restore", str(copy), password=ADMIN_PW)
    assert r.returncode == 0, r.stderr
    assert "Прежнее состояние сохранено" in r.stdout
    assert run(db, "check", "--quick").returncode == 0
