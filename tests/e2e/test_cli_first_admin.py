"""A database filled with demo data before any account exists still gets its administrator."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PW = "длинная фраза для входа 1"


def run(db: Path, *args: str, password: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RCI_INTAKE_")}
    env["RCI_INTAKE_DATA_DIR"] = str(db.parent)
    if password is not None:
        env["RCI_INTAKE_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "--db", str(db), *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
        stdin=subprocess.DEVNULL, check=False,
    )


def test_demo_first_then_a_cyrillic_administrator_who_signs_in(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    r = run(db, "demo", "--enterprises", "5", "--consultations", "20", "--dossiers", "0",
            "--quiet")
    assert r.returncode == 0, r.stderr
    r = run(db, "init", "--admin", "Администратор", "--full-name", "Главный Администратор",
            password=PW)
    assert r.returncode == 0, r.stderr
    r = run(db, "--user", "АДМИНИСТРАТОР", "users", "list", password=PW)
    assert r.returncode == 0, r.stderr
    assert "Администратор" in r.stdout
    r = run(db, "init", "--admin", "второй", "--full-name", "Второй Администратор", password=PW)
    assert r.returncode == 1
    assert "уже есть пользователи" in r.stderr
