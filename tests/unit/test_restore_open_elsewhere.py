"""A restore never replaces a database another window or command still has open."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.core.db.engine import DatabaseError, open_database
from desktop_app.core.db.models import Enterprise
from desktop_app.core.db.presence import RestoreLock, sessions_dir
from desktop_app.core.errors import InputError
from desktop_app.core.services.backup import make_backup, restore_backup
from desktop_app.core.services.facade import Services, open_services

ROOT = Path(__file__).resolve().parents[2]

# A second program: opens the database, says so, waits for a line on stdin, then
# adds an enterprise and reports whether the write was acknowledged.
SECOND = textwrap.dedent("""
    import sys
    from pathlib import Path
    from desktop_app.core.services.facade import open_services
    sv = open_services(Path(sys.argv[1]))
    print("open", flush=True)
    sys.stdin.readline()
    sv.enterprises.create({"full_name": "ООО «Запись второго окна»", "inn": "7707083893"})
    print("saved", flush=True)
    sys.stdin.readline()
    sv.close()
""")


def _second_program(db_path: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [sys.executable, "-c", SECOND, str(db_path)], cwd=ROOT, env=env, text=True,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "open", child.stderr.read() if child.stderr else ""
    return child


def _names(db_path: Path) -> list[str]:
    sv = open_services(db_path)
    try:
        with sv.db.read() as s:
            return list(s.execute(select(Enterprise.full_name).order_by(Enterprise.id)).scalars())
    finally:
        sv.close()


@pytest.fixture
def sv(tmp_path: Path):
    services = open_services(tmp_path / "data" / "db.sqlite3")
    yield services
    services.close()


def test_restore_is_refused_while_another_program_has_the_database_open(
    sv: Services, tmp_path: Path
) -> None:
    db_path = sv.db_path
    sv.enterprises.create({"full_name": "ООО «До копии»", "inn": "1234567894"})
    copy = make_backup(sv, folder=tmp_path / "usb").path
    child = _second_program(db_path)
    try:
        with pytest.raises(InputError) as refused:
            restore_backup(sv, copy)
        message = str(refused.value)
        assert "Базу данных сейчас открыли" in message
        assert "командная строка" in message and f"процесс {child.pid}" in message
        # the other program's write after the refused restore is kept
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write("\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "saved"
        child.communicate("\n", timeout=60)
        assert child.returncode == 0
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert _names(db_path) == ["ООО «До копии»", "ООО «Запись второго окна»"]
    # once it has closed, the restore goes ahead
    restore_backup(sv, copy)
    assert _names(db_path) == ["ООО «До копии»"]


def test_a_killed_program_does_not_block_a_restore(sv: Services, tmp_path: Path) -> None:
    db_path = sv.db_path
    sv.enterprises.create({"full_name": "ООО «До копии»", "inn": "1234567894"})
    copy = make_backup(sv, folder=tmp_path / "usb").path
    child = _second_program(db_path)
    os.kill(child.pid, signal.SIGKILL)
    child.communicate(timeout=60)
    assert len(list(sessions_dir(db_path).glob("*.json"))) == 2  # ours and the dead one's
    restore_backup(sv, copy)
    assert _names(db_path) == ["ООО «До копии»"]
    assert list(sessions_dir(db_path).glob("*.json")) == []


def test_nothing_opens_the_database_while_a_restore_replaces_it(tmp_path: Path) -> None:
    db_path = tmp_path / "db.sqlite3"
    open_database(db_path).close()
    guard = RestoreLock(db_path)
    assert guard.acquire()
    try:
        with pytest.raises(DatabaseError, match="восстанавливается"):
            open_database(db_path)
        assert list(sessions_dir(db_path).glob("*.json")) == []
    finally:
        guard.release()
    open_database(db_path).close()


def test_two_restores_at_once_are_refused(sv: Services, tmp_path: Path) -> None:
    copy = make_backup(sv, folder=tmp_path / "usb").path
    guard = RestoreLock(sv.db_path)
    assert guard.acquire()
    try:
        with pytest.raises(InputError, match="уже идёт"):
            restore_backup(sv, copy)
    finally:
        guard.release()
