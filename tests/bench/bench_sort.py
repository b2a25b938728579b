"""Sorting the million-row consultation list (a plain script, not a test).

Build the database once::

    python -m desktop_app --db bench-1m.sqlite3 demo --enterprises 50000 \
        --consultations 1000000 --dossiers 500

then run ``python tests/bench/bench_sort.py bench-1m.sqlite3`` (the database defaults to
``.bench/bench-1m.sqlite3``, built by ``make bench``).

For each sort (enterprise and channel, both directions) it times what the list
does on a header click: the row count and the first page through the list
service, then the whole ordered id list (read in the background). The baseline
is the same SQL (first page of ids, then their rows) run with the plain
``sqlite3`` module; the ratio
shows the service's own overhead. Target: first page ≤ 300 ms.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from _harness import record  # noqa: E402

from desktop_app.core.db import queries  # noqa: E402
from desktop_app.core.db.queries import ListKind, ListQuery  # noqa: E402

PAGE = 80
TARGET_MS = 300.0


def _ms(fn: object, runs: int = 5) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main(db: str) -> int:
    from desktop_app.core.services.context import SYSTEM
    from desktop_app.core.services.facade import open_services

    services = open_services(Path(db))
    assert SYSTEM is not None
    services = services.as_actor(SYSTEM)
    raw = sqlite3.connect(db)
    worst = 0.0
    print(f"{'sort':<28}{'first page':>12}{'sqlite3':>10}{'ratio':>8}{'id list':>11}")
    for key in ("enterprise", "channel"):
        for desc in (False, True):
            q = ListQuery(ListKind.CONSULTATIONS, sort_key=key, descending=desc)
            first = _ms(lambda q=q: services.lists.first_page(q, PAGE))
            sql = (f"SELECT {q.spec.id_expr} FROM {queries._id_source(q)} "
                   f"WHERE {q.spec.base_where} ORDER BY {queries._order(q)} LIMIT {PAGE}")
            rows_sql = (f"SELECT {queries._select_list(q.spec)} FROM {q.spec.source} "
                        f"WHERE {q.spec.id_expr} IN ({{}})")

            def baseline(sql: str = sql, rows_sql: str = rows_sql) -> None:
                ids = [r[0] for r in raw.execute(sql)]
                raw.execute(rows_sql.format(",".join(map(str, ids)))).fetchall()

            base = _ms(baseline)
            ids = _ms(lambda q=q: services.lists.ordered_ids(q), runs=1)
            worst = max(worst, first)
            label = f"{key} {'↓' if desc else '↑'}"
            print(f"{label:<28}{first:10.1f}ms{base:8.1f}ms{first / max(base, 0.01):8.1f}"
                  f"{ids:9.0f}ms")
            record(f"sort 1M consultations by {key} {'descending' if desc else 'ascending'}: "
                   "count + first page", first / 1000, "s", baseline=base / 1000,
                   target=f"≤ {TARGET_MS / 1000:.1f} s",
                   note=f"baseline: the same SQL through sqlite3; whole id list {ids:.0f} ms")
    print(f"slowest first page {worst:.1f} ms (target {TARGET_MS:.0f} ms): "
          f"{'ok' if worst <= TARGET_MS else 'TOO SLOW'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1
                  else str(ROOT / ".bench" / "bench-1m.sqlite3")))
