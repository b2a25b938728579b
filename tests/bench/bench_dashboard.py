"""Benchmark: the Обзор page's figures on the 1M-consultation database.

Target: a dashboard refresh well under 1 s. Two figures:

- ``dashboard figures``: the one service call that reads every figure, chart
  and funnel (``services.dashboard.figures``), as a consultant who has work
  in the database; the baseline of the same run is the very SQL statements
  that call sent, replayed with the standard ``sqlite3`` module on a fresh
  connection (what the database itself needs);
- ``dashboard refresh``: everything the page reads on a refresh (the counts,
  my next steps, recently edited records and the figures), without drawing.

"Today" is the day of the latest consultation, so the twelve months shown are
full. Run::

    .venv/bin/python tests/bench/bench_dashboard.py [DATABASE]

(``DATABASE`` defaults to ``.bench/bench-1m.sqlite3``, built by ``make bench``;
opening it brings its schema up to date first.)
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import record, replay  # noqa: E402

RUNS = 5
TARGET = "≤ 1 s"


def _latest_day_and_busiest_consultant(path: Path) -> tuple[dt.date, int | None]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        latest = con.execute("SELECT max(occurred_at) FROM consultations").fetchone()[0]
        who = con.execute("SELECT consultant_id FROM dossiers WHERE consultant_id IS NOT NULL "
                          "GROUP BY consultant_id ORDER BY count(*) DESC LIMIT 1").fetchone()
    finally:
        con.close()
    day = dt.date.fromisoformat(str(latest)[:10]) if latest else dt.date.today()
    return day, (int(who[0]) if who else None)


def _sqlite_params(parameters: Any) -> Any:
    """SQLAlchemy's processed parameters as the plain driver takes them."""
    def one(v: Any) -> Any:
        if isinstance(v, dt.datetime):
            return v.strftime("%Y-%m-%d %H:%M:%S.%f")
        if isinstance(v, dt.date):
            return v.isoformat()
        return v
    if isinstance(parameters, dict):
        return {k: one(v) for k, v in parameters.items()}
    return tuple(one(v) for v in parameters)


def main() -> int:
    from sqlalchemy import event

    from desktop_app.core.db.models import Role
    from desktop_app.core.services.context import Actor
    from desktop_app.core.services.facade import open_services
    from desktop_app.core.services.lists import FollowUpScope, ListKind, ListQuery

    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / ".bench" / "bench-1m.sqlite3"
    if not path.is_file():
        print(f"нет базы для замера: {path} (её строит make bench)")
        return 1
    open_services(path).close()   # bring the schema up to date outside the timings
    today, who = _latest_day_and_busiest_consultant(path)
    base = open_services(path)
    sv = base.as_actor(Actor(user_id=who, login="bench", role=Role.CONSULTANT,
                             full_name="Замер")) if who is not None else base
    statements: list[tuple[str, Any]] = []

    def keep(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any,
             _many: bool) -> None:
        statements.append((statement, parameters))

    def page_reads() -> None:
        lists = sv.lists
        lists.overview()
        lists.page(ListQuery(ListKind.FOLLOWUPS, scope=FollowUpScope.WEEK,
                             consultant_id=who), 0, 30)
        lists.recently_edited("bench", 15)
        sv.dashboard.figures(today=today)

    try:
        board = sv.dashboard.figures(today=today)   # warm the caches like a second refresh
        times = []
        for _ in range(RUNS):
            statements.clear()
            event.listen(sv.db.engine, "before_cursor_execute", keep)
            start = time.perf_counter()
            board = sv.dashboard.figures(today=today)
            times.append(time.perf_counter() - start)
            event.remove(sv.db.engine, "before_cursor_execute", keep)
        refresh = []
        for _ in range(RUNS):
            start = time.perf_counter()
            page_reads()
            refresh.append(time.perf_counter() - start)
    finally:
        sv.close()
    queries = [(s, _sqlite_params(p)) for s, p in statements
               if s.lstrip().upper().startswith("SELECT")]
    base_times = [replay(path, queries) for _ in range(RUNS)]
    shown = sum(m.total for m in board.months)
    record("dashboard figures, 1M database", statistics.median(times), "s",
           baseline=statistics.median(base_times), target=TARGET,
           note=f"{shown} consultations in the 12 months, {len(queries)} statements")
    record("dashboard refresh (all reads of the page), 1M database",
           statistics.median(refresh), "s", target=TARGET)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
