"""Time and peak memory of merging a workstation database into a new centre database
(a plain script, not a test).

Run: ``python tests/bench/bench_merge.py [ENTERPRISES CONSULTATIONS]`` (default
5 000 and 100 000; the issue's full size is 50 000 and 1 000 000). The target is
a new database on the PostgreSQL server named by ``RCI_INTAKE_BENCH_PG_URL``
(an administrator's URL: a database is created and dropped), or a new SQLite
file when that is not set. Two sources are built with ``demo``, a tenth of the
size and the full size, so the two peaks show whether memory grows with the
source (it must not: the source is streamed). Each merge runs in its own
process:

- the figure: ``merge`` of the source into the empty target, its time and the
  process's peak resident memory;
- the baseline: the same interpreter reading every row of the source's two
  big tables in batches (the least any merge must do), its time and peak.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import ROOT, record

FIGURE = """
import resource, sys, time
from desktop_app.core.services.context import SYSTEM, ServiceContext
from desktop_app.core.services.facade import open_services
from desktop_app.core.services.merge import merge, open_source
source = open_source(sys.argv[1])
target = open_services(sys.argv[2])
start = time.perf_counter()
report = merge(source, ServiceContext(target.db, SYSTEM))
seconds = time.perf_counter() - start
assert report.written and report.count("consultations").added == int(sys.argv[3])
print(seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""

BASELINE = """
import resource, sys, time
from sqlalchemy import select
from desktop_app.core.db.models import Base
from desktop_app.core.services.merge import open_source
source = open_source(sys.argv[1])
start = time.perf_counter()
rows = 0
with source.engine.connect() as conn:
    for name in ("enterprises", "consultations"):
        t = Base.metadata.tables[name]
        last = 0
        while True:
            batch = conn.execute(select(t).where(t.c.id > last).order_by(t.c.id)
                                 .limit(2000)).mappings().all()
            if not batch:
                break
            rows += len(batch)
            last = batch[-1]["id"]
seconds = time.perf_counter() - start
print(seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def _run(script: str, *args: str, data: Path) -> tuple[float, int]:
    done = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, cwd=ROOT,
        check=False, env={**os.environ, "PYTHONPATH": str(ROOT), "RCI_INTAKE_DATA_DIR": str(data)})
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    seconds, peak = done.stdout.split()[-2:]
    return float(seconds), int(peak)


def _source(folder: Path, enterprises: int, consultations: int) -> Path:
    db = folder / f"source-{enterprises}.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "desktop_app", "--db", str(db), "demo", "--enterprises",
         str(enterprises), "--consultations", str(consultations), "--dossiers", "50", "--quiet"],
        cwd=ROOT, check=True, capture_output=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "RCI_INTAKE_DATA_DIR": str(folder)})
    return db


def _target(folder: Path, name: str) -> tuple[str, str | None]:
    admin = os.environ.get("RCI_INTAKE_BENCH_PG_URL")
    if not admin:
        return str(folder / f"{name}.sqlite3"), None
    import psycopg

    db = f"rci_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{db}"')  # type: ignore[arg-type]
    return admin.rsplit("/", 1)[0] + f"/{db}", db


def _drop(db: str | None) -> None:
    if db is None:
        return
    import psycopg

    with psycopg.connect(os.environ["RCI_INTAKE_BENCH_PG_URL"], autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')  # type: ignore[arg-type]


def main() -> None:
    enterprises, consultations = ((int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) > 2
                                  else (5_000, 100_000))
    kind = "PostgreSQL" if os.environ.get("RCI_INTAKE_BENCH_PG_URL") else "SQLite"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        peaks: list[int] = []
        for scale in (10, 1):
            n_ent, n_cons = enterprises // scale, consultations // scale
            built = time.perf_counter()
            source = _source(folder, n_ent, n_cons)
            print(f"source {n_ent} enterprises / {n_cons} consultations built in "
                  f"{time.perf_counter() - built:.0f} s", flush=True)
            target, dropped = _target(folder, f"target-{n_ent}")
            try:
                seconds, peak = _run(FIGURE, str(source), target, str(n_cons), data=folder)
            finally:
                _drop(dropped)
            base_s, base_peak = _run(BASELINE, str(source), data=folder)
            peaks.append(peak)
            size = f"{n_ent} / {n_cons}"
            record(f"merge {size} into empty {kind}: time", seconds, "s", baseline=base_s,
                   note="baseline: reading the source's enterprises and consultations")
            record(f"merge {size} into empty {kind}: peak memory", peak, "MB",
                   baseline=base_peak, target="does not grow with the source")
        small, large = peaks
        record(f"merge peak memory, {enterprises // 10}/{consultations // 10} → "
               f"{enterprises}/{consultations}", large - small, "MB",
               target="≈ 0 (streamed)")


if __name__ == "__main__":
    main()
