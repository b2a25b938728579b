"""Backups started by two processes in the same second both survive under their own names."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from desktop_app.core.services.facade import open_services

ROOT = Path(__file__).resolve().parents[2]

BACKUP = textwrap.dedent("""
    import datetime as dt, sys, time
    from pathlib import Path
    from desktop_app.core.services.backup import make_backup
    from desktop_app.core.services.facade import open_services
    db, folder, go = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    sv = open_services(db)
    (go.parent / f"ready-{sys.argv[4]}").touch()
    while not go.exists():
        time.sleep(0.005)
    result = make_backup(sv, reason="before-import", folder=folder,
                         now=dt.datetime(2026, 12, 1, 18, 0, 0), rotate_after=False)
    print(result.path.name)
    sv.close()
""")


def test_two_processes_backing_up_at_the_same_second(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    sv = open_services(db)
    for n in range(20):
        sv.enterprises.create({"full_name": f"ООО «Номер {n}»", "inn": "1234567894"
                               if n == 0 else _inn(n)})
    sv.close()
    folder, go = tmp_path / "backups", tmp_path / "go"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    procs = [
        subprocess.Popen([sys.executable, "-c", BACKUP, str(db), str(folder), str(go), str(n)],
                         cwd=ROOT, env=env, text=True,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for n in range(4)
    ]
    deadline = time.monotonic() + 120
    while len(list(tmp_path.glob("ready-*"))) < 4 and time.monotonic() < deadline:
        time.sleep(0.05)  # all four have opened the database and wait at the line
    go.touch()
    outputs = [p.communicate(timeout=120) for p in procs]
    for proc, (_out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
    names = sorted(out.strip() for out, _err in outputs)
    assert len(set(names)) == 4, names
    assert sorted(p.name for p in folder.glob("*.sqlite3")) == names
    assert not list(folder.glob("*.part"))


def _inn(n: int) -> str:
    from desktop_app.core.identifiers import make_inn10

    return make_inn10(f"59{n:07d}")
