"""Benchmark: the activity report for a year on the large database.

Target (design): under 2 s for a year of the 1M-consultation database. The
baseline of the same run is the least the work needs: the very SQL statements
the report service sent, replayed with the standard ``sqlite3`` module on a
fresh connection. The ratio shows what the service adds (SQLAlchemy, Python)
over the database's own work. Run::

    .venv/bin/python tests/bench/bench_report.py [DATABASE]

(``DATABASE`` defaults to ``.bench/bench-1m.sqlite3``, built by ``make bench``).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

TARGET_S = 2.0
RUNS = 3


def _year_of_latest(path: Path) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        latest = con.execute("SELECT max(occurred_at) FROM consultations").fetchone()[0]
    finally:
        con.close()
    return int(str(latest)[:4]) if latest else dt.date.today().year


def _revision() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                              capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        return ""


def main() -> int:
    from sqlalchemy import event

    from desktop_app.core.services.facade import open_services
    from desktop_app.core.services.reports import Period

    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / ".bench" / "bench-1m.sqlite3"
    if not path.is_file():
        print(f"нет базы для замера: {path} (её строит make bench)")
        return 1
    year = _year_of_latest(path)
    period = Period(dt.date(year, 1, 1), dt.date(year, 12, 31))
    sv = open_services(path)
    statements: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any,
               _many: bool) -> None:
        statements.append((statement, parameters))

    try:
        report = sv.reports.activity(period)  # warm the caches like a second request
        times = []
        for _ in range(RUNS):
            statements.clear()
            event.listen(sv.db.engine, "before_cursor_execute", record)
            start = time.perf_counter()
            report = sv.reports.activity(period)
            times.append(time.perf_counter() - start)
            event.remove(sv.db.engine, "before_cursor_execute", record)
    finally:
        sv.close()
    queries = [(s, p) for s, p in statements if s.lstrip().upper().startswith("SELECT")]
    base_times = []
    for _ in range(RUNS):
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            start = time.perf_counter()
            for statement, parameters in queries:
                con.execute(statement, parameters).fetchall()
            base_times.append(time.perf_counter() - start)
        finally:
            con.close()
    value, baseline = statistics.median(times), statistics.median(base_times)
    ratio = value / baseline if baseline else float("nan")
    verdict = "OK" if value <= TARGET_S else "МЕДЛЕННО"
    print(f"отчёт о работе за {year} год ({report.consultations} консультаций, "
          f"{len(queries)} запросов): {value:.3f} с; базовая линия sqlite3 {baseline:.3f} с; "
          f"отношение {ratio:.2f}; цель ≤ {TARGET_S} с — {verdict}")
    results = ROOT / ".bench" / "results.jsonl"
    results.parent.mkdir(exist_ok=True)
    with results.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({
            "name": "activity_report_year", "value": round(value, 4), "unit": "s",
            "baseline": round(baseline, 4), "ratio": round(ratio, 3), "target": TARGET_S,
            "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "revision": _revision(),
        }, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
