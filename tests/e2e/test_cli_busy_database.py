"""A command that only reads answers while another process holds the write lock
(a long import); its sign-in reaches the event log with the next write."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from cli_helpers import ROOT, new_centre

from desktop_app.core.services.pending_events import pending_dir

# Another program in the middle of a long write: it holds the write lock until told.
HOLDER = textwrap.dedent("""
    import sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO settings (key, value) VALUES ('long.write', '{}')")
    print("held", flush=True)
    sys.stdin.readline()
    conn.execute("ROLLBACK")
    conn.close()
""")


def sign_ins(db: Path, login: str) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM audit_log WHERE action = 'sign_in' "
                                "AND user_login = ?", (login,)).fetchone()[0])
    finally:
        conn.close()


def test_a_read_answers_during_a_long_write_and_its_sign_in_is_logged_later(
    tmp_path: Path,
) -> None:
    centre = new_centre(tmp_path)
    before = sign_ins(centre.db, "cons")
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(centre.db)], cwd=ROOT,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        listed = centre("dossier", "list")
        assert listed.returncode == 0, listed.stderr
        assert "Досье не найдено." in listed.stdout
        assert sign_ins(centre.db, "cons") == before        # the log could not be written…
        assert list(pending_dir(centre.db).glob("*.json"))  # …so the event waits on disk
    finally:
        holder.communicate("\n", timeout=60)   # the long write ends
    # the next write of anyone (here: the administrator's own sign-in) logs it
    assert centre("enterprises", "list", user="admin").returncode == 0
    assert sign_ins(centre.db, "cons") == before + 1
    assert not list(pending_dir(centre.db).glob("*.json"))
    checked = centre("check", "--quick", user="admin")
    assert checked.returncode == 0, checked.stdout


def test_a_wrong_password_still_waits_for_the_lock_and_is_counted(tmp_path: Path) -> None:
    centre = new_centre(tmp_path)
    wrong = centre("dossier", "list", password="not the password at all")
    assert wrong.returncode == 1 and "Неверное имя входа или пароль" in wrong.stderr
    conn = sqlite3.connect(f"file:{centre.db}?mode=ro", uri=True)
    try:
        failures = conn.execute("SELECT failed_attempts FROM users WHERE login = 'cons'"
                                ).fetchone()[0]
    finally:
        conn.close()
    assert failures == 1
