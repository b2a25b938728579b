"""Peak memory of importing a 47 MB CSV of enterprises (a plain script, not a test).

Run: ``python tests/bench/bench_import_memory.py``. Builds a CSV of 200 000
enterprises (about 47 MB) and a fresh database in a temporary folder, then runs,
each in its own process so the peaks do not mix:

- the figure: ``import_enterprises`` on the file (checked, then written in one
  transaction), peak resident memory of the process;
- the baseline: the same interpreter with the program's modules imported,
  reading the same file row by row with the ``csv`` module.

Prints the figure, the baseline, their ratio and the target (≤ 300 MB).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import ROOT, record

ROWS = 200_000
TARGET_MB = 300

FIGURE = """
import resource, sys
from pathlib import Path
from desktop_app.core.services.enterprise_files import import_enterprises
from desktop_app.core.services.facade import open_services
sv = open_services(Path(sys.argv[1]))
report = import_enterprises(sv, Path(sys.argv[2]))
sv.close()
assert report.ok and report.imported == int(sys.argv[3]), report.errors[:3]
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""

BASELINE = """
import csv, resource, sys
from desktop_app.core.services.enterprise_files import import_enterprises  # same imports
from desktop_app.core.services.facade import open_services
with open(sys.argv[2], encoding="utf-8", newline="") as fh:
    rows = sum(1 for _ in csv.reader(fh, delimiter=";")) - 1
assert rows == int(sys.argv[3])
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def peak_mb(script: str, db: Path, csv_path: Path) -> int:
    done = subprocess.run(
        [sys.executable, "-c", script, str(db), str(csv_path), str(ROWS)],
        capture_output=True, text=True, cwd=ROOT, check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "RCI_INTAKE_DATA_DIR": str(db.parent)},
    )
    return int(done.stdout.split()[-1])


def main() -> int:
    sys.path.insert(0, str(ROOT / "tests" / "unit"))
    from bulkfiles import enterprise_csv

    with tempfile.TemporaryDirectory() as folder:
        csv_path = enterprise_csv(Path(folder) / "предприятия.csv", ROWS, pad=78)
        size_mb = csv_path.stat().st_size / 1_000_000
        figure = peak_mb(FIGURE, Path(folder) / "bench.sqlite3", csv_path)
        baseline = peak_mb(BASELINE, Path(folder) / "unused.sqlite3", csv_path)
    record(f"peak memory, import of a {size_mb:.0f} MB CSV ({ROWS} enterprises)", figure,
           "MB", baseline=baseline, target=f"≤ {TARGET_MB} MB",
           note="baseline: the csv module reading it, program modules imported")
    return 0 if figure <= TARGET_MB else 1


if __name__ == "__main__":
    raise SystemExit(main())
