"""Benchmark: export of the unfiltered million-row consultation list (a script, not a test).

What «Файл → Экспорт списка…» does on the consultations page: every row of the
list, every column, in the list's sort, streamed to ``.xlsx`` and to ``.csv`` by
the list service (``services.lists.export``) with progress reports and a cancel
check between batches. Each export runs in a fresh process, so that its peak
resident memory is its own. Figures:

- time and peak memory of the XLSX and the CSV export of 1 000 000 rows
  (target: memory bounded — no more than 100 MB above the process before the
  export; time reported);
- the same-run baselines: the same rows read with the plain ``sqlite3`` module
  and written with ``csv`` (the least any export must do), and written with
  the general XLSX library (``openpyxl`` in write-only mode) — that one is
  timed on the first 100 000 rows and scaled to the whole list, it writes
  about two thousand rows a second;
- how soon Cancel stops a running XLSX export.

Run::

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_export.py [DATABASE]

(``DATABASE`` defaults to ``.bench/bench-1m.sqlite3``, built by ``make bench``;
an administrator to sign in with is created in it once.)
"""

from __future__ import annotations

import csv
import resource
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import ROOT, record

sys.path.insert(0, str(ROOT))

LIB_SAMPLE = 100_000
MEMORY_TARGET_MB = 100.0


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _signed_in(db: str):  # type: ignore[no-untyped-def]
    from bench_gui import LOGIN, PASSWORD

    from desktop_app.core.services.facade import open_services

    services = open_services(Path(db))
    return services.as_actor(services.users.sign_in(LOGIN, PASSWORD))


def _child_export(db: str, target: str) -> None:
    """One export through the list service: prints seconds, rows, peak and start MB."""
    from desktop_app.core.services.lists import ListKind, ListQuery

    sv = _signed_in(db)
    query = ListQuery(ListKind.CONSULTATIONS)
    columns = [(k, k) for k in query.spec.keys]
    start_mb = _rss_mb()
    reports = [0]

    def progress(_done: int, _total: int) -> None:
        reports[0] += 1

    t0 = time.perf_counter()
    result = sv.lists.export(query, columns, Path(target), progress=progress,
                             cancel=lambda: False)
    seconds = time.perf_counter() - t0
    print(f"RESULT {seconds} {result.rows} {_rss_mb()} {start_mb} {reports[0]}", flush=True)


def _child_cancel(db: str, target: str) -> None:
    """Start an XLSX export, ask it to stop after 3 s: seconds from the request to the stop."""
    from desktop_app.core.services.lists import ExportCancelled, ListKind, ListQuery

    sv = _signed_in(db)
    query = ListQuery(ListKind.CONSULTATIONS)
    columns = [(k, k) for k in query.spec.keys]
    stop = threading.Event()
    asked = [0.0]

    def press_cancel() -> None:
        asked[0] = time.perf_counter()
        stop.set()

    threading.Timer(3.0, press_cancel).start()
    try:
        sv.lists.export(query, columns, Path(target), cancel=stop.is_set)
    except ExportCancelled:
        print(f"RESULT {time.perf_counter() - asked[0]} {int(Path(target).exists())}",
              flush=True)
        return
    print("RESULT nan 1", flush=True)


def _rows_sql() -> str:
    from desktop_app.core.db import queries
    from desktop_app.core.db.queries import ListKind, ListQuery

    q = ListQuery(ListKind.CONSULTATIONS)
    return (f"SELECT {queries._select_list(q.spec)} FROM {q.spec.source} "
            f"ORDER BY {queries._order(q)}")


def _child_baseline_csv(db: str, target: str) -> None:
    """The least an export does: the same rows by plain sqlite3, written by csv."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    t0 = time.perf_counter()
    n = 0
    with open(target, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        cur = con.execute(_rows_sql())
        while rows := cur.fetchmany(2000):
            writer.writerows(rows)
            n += len(rows)
    print(f"RESULT {time.perf_counter() - t0} {n} {_rss_mb()}", flush=True)


def _child_baseline_lib(db: str, target: str) -> None:
    """The same rows written by openpyxl's write-only workbook (first LIB_SAMPLE rows)."""
    from openpyxl import Workbook

    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    t0 = time.perf_counter()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Список")
    cur = con.execute(_rows_sql() + f" LIMIT {LIB_SAMPLE}")
    n = 0
    while rows := cur.fetchmany(2000):
        for r in rows:
            ws.append(list(r))
        n += len(rows)
    wb.save(target)
    print(f"RESULT {time.perf_counter() - t0} {n} {_rss_mb()}", flush=True)


def _spawn(mode: str, db: str, target: str) -> list[float]:
    done = subprocess.run([sys.executable, __file__, mode, db, target], cwd=ROOT,
                          capture_output=True, text=True, check=False)
    for line in done.stdout.splitlines():
        if line.startswith("RESULT"):
            return [float(x) for x in line.split()[1:]]
    raise RuntimeError(f"{mode}: no result\n{done.stderr[-3000:]}")


def main(argv: list[str]) -> int:
    if len(argv) > 1 and argv[1].startswith("--child-"):
        mode, db, target = argv[1], argv[2], argv[3]
        {"--child-export": _child_export, "--child-cancel": _child_cancel,
         "--child-baseline-csv": _child_baseline_csv,
         "--child-baseline-lib": _child_baseline_lib}[mode](db, target)
        return 0
    db = argv[1] if len(argv) > 1 else str(ROOT / ".bench" / "bench-1m.sqlite3")
    if not Path(db).is_file():
        print(f"нет базы для замера: {db} (её строит make bench)")
        return 1
    subprocess.run([sys.executable, "-c", "import sys; sys.path[:0] = sys.argv[1:3]; "
                    "from bench_gui import ensure_bench_admin; ensure_bench_admin(sys.argv[3])",
                    str(Path(__file__).parent), str(ROOT), db], cwd=ROOT, check=True)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        base_s, base_rows, _ = _spawn("--child-baseline-csv", db, str(out / "base.csv"))
        lib_s, lib_rows, _ = _spawn("--child-baseline-lib", db, str(out / "lib.xlsx"))
        lib_full = lib_s * base_rows / lib_rows
        for fmt in ("xlsx", "csv"):
            seconds, rows, peak, start, reports = _spawn(
                "--child-export", db, str(out / f"list.{fmt}"))
            size = (out / f"list.{fmt}").stat().st_size / 2**20
            assert int(rows) == int(base_rows), (rows, base_rows)
            note = f"{int(rows)} rows, {size:.0f} MB file, {int(reports)} progress reports"
            record(f"export 1M consultations to {fmt.upper()}, time", seconds, "s",
                   baseline=base_s, target="reported; baseline: sqlite3 + csv of the same rows",
                   note=note)
            if fmt == "xlsx":
                record("export 1M consultations to XLSX vs openpyxl write-only", seconds, "s",
                       baseline=lib_full, target="≤ 1×",
                       note=f"openpyxl timed on {int(lib_rows)} rows ({lib_s:.1f} s), scaled")
            record(f"export 1M consultations to {fmt.upper()}, peak memory above start",
                   peak - start, "MB", target=f"≤ {MEMORY_TARGET_MB:.0f} MB",
                   note=f"peak {peak:.0f} MB, {start:.0f} MB before the export")
        stop_s, left = _spawn("--child-cancel", db, str(out / "cancelled.xlsx"))
        record("export 1M consultations to XLSX, Cancel to stop", stop_s, "s",
               target="≤ 1 s", note="no file left" if not left else "A FILE WAS LEFT")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
