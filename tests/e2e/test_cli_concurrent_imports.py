"""Two imports started at the same moment both land, each with its own safety copy."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from desktop_app.core.identifiers import make_inn10

ROOT = Path(__file__).resolve().parents[2]


def _env(db: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RCI_INTAKE_")}
    env["RCI_INTAKE_DATA_DIR"] = str(db.parent)
    return env


def _start(db: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "--db", str(db), *args],
        cwd=ROOT, env=_env(db), text=True, stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )


def _csv(path: Path, first: int, count: int) -> list[str]:
    inns = [make_inn10(f"59{n:07d}") for n in range(first, first + count)]
    lines = ["ИНН;Наименование"] + [f"{inn};ООО «Импорт {inn}»" for inn in inns]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return inns


def test_two_imports_at_once_both_land(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    seed = _start(db, "demo", "--enterprises", "3", "--consultations", "0", "--dossiers", "0",
                  "--quiet")
    _out, err = seed.communicate(timeout=300)
    assert seed.returncode == 0, err
    a = _csv(tmp_path / "a.csv", 1_000_000, 1000)
    b = _csv(tmp_path / "b.csv", 2_000_000, 1000)
    first = _start(db, "enterprises", "import", str(tmp_path / "a.csv"), "--json")
    second = _start(db, "enterprises", "import", str(tmp_path / "b.csv"), "--json")
    results = [p.communicate(timeout=300) for p in (first, second)]
    for proc, (out, err) in zip((first, second), results, strict=True):
        assert proc.returncode == 0, err
        assert "Traceback" not in err
        assert json.loads(out)["rows"] == 1000
    con = sqlite3.connect(db)
    try:
        stored = {r[0] for r in con.execute("SELECT inn FROM enterprises")}
    finally:
        con.close()
    assert set(a) | set(b) <= stored
    copies = sorted((db.parent / "backups").glob("*before-import*.sqlite3"))
    assert len(copies) == 2
    assert not list(db.parent.rglob("*.part"))
