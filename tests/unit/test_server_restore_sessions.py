"""``restore --replace`` on the centre's server refuses while another workstation has
the database open: the administrator reads who (person and computer) and what to do;
``--force`` is the administrator's word that those sessions are dead
(RCI_INTAKE_TEST_BACKEND=postgresql)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop_app.core.db.models import Enterprise
from desktop_app.core.errors import InputError
from desktop_app.core.services.facade import open_services
from desktop_app.core.services.server_backup import make_server_backup, restore_server_backup

pytestmark = pytest.mark.server_only

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "долгий пароль консультанта 7"

# Another workstation: opens the database, signs in, says so, waits for a line, closes.
SECOND = textwrap.dedent("""
    import sys
    from desktop_app.core.services.facade import open_services
    sv = open_services(sys.argv[1], program="окно программы")
    sv = sv.as_actor(sv.users.sign_in(sys.argv[2], sys.argv[3]))
    print("open", flush=True)
    sys.stdin.readline()
    sv.close()
""")


@pytest.fixture
def second(admin: Any, db_location: str, tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    admin.users.create({"login": "petrova", "full_name": "Петрова Анна Сергеевна"}, PASSWORD)
    env = dict(os.environ, PYTHONPATH=str(ROOT),
               RCI_INTAKE_DATA_DIR=str(tmp_path / "второе рабочее место"))
    child = subprocess.Popen(
        [sys.executable, "-c", SECOND, db_location, "petrova", PASSWORD], cwd=ROOT, env=env,
        text=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert child.stdout is not None and child.stdin is not None
    line = child.stdout.readline().strip()
    assert line == "open", child.stderr.read() if child.stderr else ""
    try:
        yield child
    finally:
        if child.poll() is None:
            child.stdin.write("\n")
            child.stdin.flush()
            child.wait(timeout=60)
        for pipe in (child.stdin, child.stdout, child.stderr):
            if pipe is not None:
                pipe.close()


def _names(url: str) -> list[str]:
    sv = open_services(url)
    try:
        with sv.db.read() as s:
            return list(s.execute(select(Enterprise.full_name).order_by(Enterprise.id)).scalars())
    finally:
        sv.close()


def test_replace_is_refused_while_another_workstation_is_connected(
    admin: Any, db_location: str, tmp_path: Path, second: subprocess.Popen[str],
) -> None:
    older = make_server_backup(admin, tmp_path / "копия.dump")
    admin.enterprises.create({"full_name": "ООО «После копии»", "inn": "7707083893"})

    with pytest.raises(InputError) as refused:
        restore_server_backup(db_location, older.path, services=admin)
    message = str(refused.value)
    assert "Петрова Анна Сергеевна (petrova)" in message
    assert f"на компьютере «{socket.gethostname()}»" in message
    assert "закрыть программу" in message and "--force" in message
    assert "Ничего не изменено" in message
    # nothing changed: the later enterprise is there, no safety copy was made
    assert _names(db_location) == ["ООО «После копии»"]
    assert not list((admin.db_path.parent / "backups").glob("*.dump"))

    # once the other workstation has closed the program, the same restore goes through
    assert second.stdin is not None
    second.stdin.write("\n")
    second.stdin.flush()
    assert second.wait(timeout=60) == 0
    result = restore_server_backup(db_location, older.path, services=admin)
    assert result.check_problems == []
    assert _names(db_location) == []


def test_force_replaces_despite_the_sessions(
    admin: Any, db_location: str, tmp_path: Path, second: subprocess.Popen[str],
) -> None:
    older = make_server_backup(admin, tmp_path / "копия.dump")
    admin.enterprises.create({"full_name": "ООО «После копии»", "inn": "7707083893"})
    result = restore_server_backup(db_location, older.path, services=admin, force=True)
    assert result.safety_backup is not None and result.check_problems == []
    assert _names(db_location) == []


# A connection left inside a transaction (a program window hung half-way through a write).
HOLDER = textwrap.dedent("""
    import sys
    import psycopg
    with psycopg.connect(sys.argv[1]) as conn:
        conn.execute("SELECT count(*) FROM enterprises").fetchone()  # the lock stays held
        print("holding", flush=True)
        sys.stdin.readline()
""")


def test_force_gives_up_with_nothing_changed_when_a_transaction_holds_the_tables(
    admin: Any, db_location: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop_app.core.services import server_backup

    monkeypatch.setattr(server_backup, "DROP_LOCK_WAIT", "1s")
    older = make_server_backup(admin, tmp_path / "копия.dump")
    admin.enterprises.create({"full_name": "ООО «После копии»", "inn": "7707083893"})
    dsn = db_location.split("?", 1)[0]
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, dsn], cwd=ROOT, text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        with pytest.raises(server_backup.DatabaseHeld, match="ничего не изменено"):
            restore_server_backup(db_location, older.path, services=admin, force=True)
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=60)
        for pipe in (holder.stdin, holder.stdout, holder.stderr):
            if pipe is not None:
                pipe.close()
    assert _names(db_location) == ["ООО «После копии»"]
