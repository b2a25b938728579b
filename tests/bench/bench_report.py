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
import sqlite3
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import ROOT, record, replay

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

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any,
                _many: bool) -> None:
        statements.append((statement, parameters))

    try:
        report = sv.reports.activity(period)  # warm the caches like a second request
        times = []
        for _ in range(RUNS):
            statements.clear()
            event.listen(sv.db.engine, "before_cursor_execute", capture)
            start = time.perf_counter()
            report = sv.reports.activity(period)
            times.append(time.perf_counter() - start)
            event.remove(sv.db.engine, "before_cursor_execute", capture)
    finally:
        sv.close()
    queries = [(s, p) for s, p in statements if s.lstrip().upper().startswith("SELECT")]
    base_times = [replay(path, queries) for _ in range(RUNS)]
    value, baseline = statistics.median(times), statistics.median(base_times)
    verdict = "OK" if value <= TARGET_S else "МЕДЛЕННО"
    print(f"отчёт о работе за {year} год ({report.consultations} консультаций, "
          f"{len(queries)} запросов): цель ≤ {TARGET_S} с — {verdict}")
    record("activity report for a year, 1M database", value, "s", baseline=baseline,
           target=f"≤ {TARGET_S:g} s",
           note=f"{year}: {report.consultations} consultations, {len(queries)} queries; "
                "baseline: the same SELECTs replayed with sqlite3")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
