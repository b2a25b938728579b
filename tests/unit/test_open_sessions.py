"""Who has the database open, on a local file and on the centre's server alike: another
real process shows with its computer, person and start; when it ends, in any way, it
no longer does."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.errors import PermissionDenied

ROOT = Path(__file__).resolve().parents[2]
CONSULTANT_PASSWORD = "consultant pass phrase"

# Another workstation's program: opens the database, signs in, says so, waits for a
# line on stdin, then closes the database normally.
SECOND = textwrap.dedent("""
    import sys
    from desktop_app.core.services.facade import open_services
    sv = open_services(sys.argv[1], program="окно программы")
    sv = sv.as_actor(sv.users.sign_in(sys.argv[2], sys.argv[3]))
    print("open", flush=True)
    sys.stdin.readline()
    sv.close()
    print("closed", flush=True)
""")


def second_program(db: Any, login: str = "cons",
                   password: str = CONSULTANT_PASSWORD) -> subprocess.Popen[str]:
    """Another process with the database open, signed in as ``login``."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [sys.executable, "-c", SECOND, str(db), login, password], cwd=ROOT, env=env, text=True,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert child.stdout is not None
    line = child.stdout.readline().strip()
    assert line == "open", child.stderr.read() if child.stderr else line
    return child


def finish(child: subprocess.Popen[str]) -> None:
    """End the other process if it still runs and close its pipes."""
    if child.poll() is None:
        child.kill()
    child.communicate(timeout=30)


def add_consultant(admin: Any) -> None:
    admin.users.create({"login": "cons", "full_name": "Консультант Второй", "role": "consultant"},
                       CONSULTANT_PASSWORD)


def until(condition: Any, seconds: float = 20.0) -> bool:
    """Wait for something another process does (the end of its connection); no timing
    is asserted, the bound only keeps a broken test from hanging."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return bool(condition())


def test_another_process_is_listed_with_its_workstation(admin: Any) -> None:
    add_consultant(admin)
    child = second_program(admin.db_path if not admin.db.is_server else _address(admin))
    try:
        notes = admin.users.open_sessions()
        mine = [n for n in notes if n.own]
        others = [n for n in notes if not n.own]
        assert mine and all(n.user == "admin" for n in mine)
        assert len(others) == 1, notes
        other = others[0]
        assert other.host == socket.gethostname()
        assert other.user == "cons" and other.program == "окно программы"
        assert other.pid == child.pid
        assert "окно программы на компьютере" in other.describe()
        assert [n.pid for n in admin.db.other_sessions()] == [child.pid]
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write("\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "closed"
        child.wait(30)
        assert child.returncode == 0
        assert [n for n in admin.users.open_sessions() if not n.own] == []
    finally:
        finish(child)


def test_a_killed_process_drops_out_of_the_list(admin: Any) -> None:
    add_consultant(admin)
    child = second_program(admin.db_path if not admin.db.is_server else _address(admin))
    assert [n.pid for n in admin.db.other_sessions()] == [child.pid]
    os.kill(child.pid, signal.SIGKILL)
    finish(child)
    assert until(lambda: admin.db.other_sessions() == [])
    assert [n.user for n in admin.users.open_sessions()] == ["admin"]


def test_only_an_administrator_sees_who_works(admin: Any) -> None:
    from desktop_app.core.services.context import Actor

    add_consultant(admin)
    consultant = admin.users.sign_in("cons", CONSULTANT_PASSWORD)
    assert isinstance(consultant, Actor)
    with pytest.raises(PermissionDenied):
        admin.as_actor(consultant).users.open_sessions()


def _address(services: Any) -> str:
    """The server address with its password (a test database's URL)."""
    return str(services.db.location.server.libpq_url())


@pytest.mark.server_only
def test_a_lost_connection_registers_again_on_the_server(admin: Any) -> None:
    import backend

    name = admin.db.location.server.database
    # the server drops every connection of this database (as on a restart)
    backend.admin_execute(
        f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}' "
        "AND pid <> pg_backend_pid()")
    notes = admin.users.open_sessions()
    assert [(n.user, n.own) for n in notes] == [("admin", True)]
