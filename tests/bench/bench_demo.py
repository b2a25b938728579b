"""The demo (training data) against a same-run baseline (a plain script).

Run: ``python tests/bench/bench_demo.py``. Fills a fresh database with the demo
at a routine size (2 000 enterprises, 50 000 consultations) and, with
``RCI_BENCH_DEMO_FULL=1``, at the full size (50 000 / 1 000 000; a few minutes).
Baseline: the least work for the same result — the very rows the demo inserted
(captured on their way to the driver), inserted again with ``executemany`` of
``sqlite3`` into an empty copy of the same schema (same indexes, search tables
and triggers), one transaction per batch as the demo does. Target ≤ 1.3×.
Both are measured three times, one after the other (the machines are shared, and
a neighbour's burst in one run says nothing about the program), and the best of
each is compared.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from _harness import record

ROUTINE = (2_000, 50_000)
FULL = (50_000, 1_000_000)


RUNS = 3


def run(enterprises: int, consultations: int, folder: Path) -> tuple[float, float]:
    """Seconds of the demo and of its baseline for one size (one run of each)."""
    from sqlalchemy import event

    from desktop_app.core.services.demo import DemoSpec, generate
    from desktop_app.core.services.facade import open_services

    db = folder / f"demo-{enterprises}.sqlite3"
    sv = open_services(db)
    empty = folder / f"empty-{enterprises}.sqlite3"
    sv.db.engine.dispose()
    shutil.copyfile(db, empty)  # the same schema, no rows: the baseline's target
    # the bulk statements of each of the demo's transactions, in order
    transactions: list[list[tuple[str, list[tuple[object, ...]]]]] = [[]]

    def capture(_conn, _cursor, statement, parameters, _context, executemany) -> None:
        if executemany and statement.lstrip().upper().startswith("INSERT"):
            transactions[-1].append((statement, list(parameters)))

    def committed(_conn) -> None:
        if transactions[-1]:
            transactions.append([])

    event.listen(sv.db.engine, "before_cursor_execute", capture)
    event.listen(sv.db.engine, "commit", committed)
    try:
        t0 = time.perf_counter()
        generate(sv, DemoSpec(enterprises=enterprises, consultations=consultations, dossiers=0))
        demo = time.perf_counter() - t0
    finally:
        event.remove(sv.db.engine, "before_cursor_execute", capture)
        event.remove(sv.db.engine, "commit", committed)
        sv.close()

    # the connection as the program opens it (engine.py; no foreign-key checks: the
    # demo's users are not among the copied rows) and as the demo's bulk
    # connection widens its page cache
    con = sqlite3.connect(empty, isolation_level=None)
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "temp_store = MEMORY",
                   "cache_size = -131072"):
        con.execute(f"PRAGMA {pragma}")
    t0 = time.perf_counter()
    for statements in transactions:
        if not statements:
            continue
        con.execute("BEGIN IMMEDIATE")
        for statement, rows in statements:
            con.executemany(statement, rows)
        con.execute("COMMIT")
    base = time.perf_counter() - t0
    con.close()
    return demo, base


def main() -> int:
    sizes = [ROUTINE]
    if os.environ.get("RCI_BENCH_DEMO_FULL") == "1":
        sizes.append(FULL)
    else:
        print("demo at 50 000 / 1 000 000: set RCI_BENCH_DEMO_FULL=1 to measure it too",
              flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["RCI_INTAKE_DATA_DIR"] = tmp
        for enterprises, consultations in sizes:
            demo = base = float("inf")
            for number in range(RUNS if (enterprises, consultations) == ROUTINE else 1):
                folder = Path(tmp) / f"run{number}"
                folder.mkdir()
                one_demo, one_base = run(enterprises, consultations, folder)
                demo, base = min(demo, one_demo), min(base, one_base)
                shutil.rmtree(folder)
            record(f"demo {enterprises} enterprises / {consultations} consultations", demo, "s",
                   baseline=base, target="≤ 1.3×",
                   note="baseline: executemany of the same rows into the same empty schema; "
                        "best of 3 each at the routine size")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
