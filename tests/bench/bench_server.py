"""Server mode on this machine: several clients at once, and the lists of a large
database on PostgreSQL against the same on SQLite (a plain script, not a test).

Needs a PostgreSQL 15+ server where the given role may create databases
(``RCI_INTAKE_TEST_PG_URL``, an administrator's URL as for ``make pytest-server``)
and two large databases built with the same demo data::

    python -m desktop_app --db postgresql://…/rci_bench demo --enterprises 50000 \\
        --consultations 1000000 --dossiers 0 --quiet
    python -m desktop_app --db .bench/bench-server-twin.sqlite3 demo --enterprises 50000 \\
        --consultations 1000000 --dossiers 0 --quiet

then run ``python tests/bench/bench_server.py --server-db URL --sqlite-db FILE``.

Figures (design, «How we measure speed»):

- **outgoing register under load**: 10 client processes, each registering 20
  pre-screening conclusions (one outgoing number each) at the same moment on a
  fresh server database; no errors, no repeated and no skipped numbers, audit
  chain intact; throughput in numbers per second. Baseline: the same 200
  numbers registered one after another by a single client in the same run (the
  ratio shows what waiting for one another costs);
- **consultations list** — opening it (row count and first page), a text search
  (first page of hits) and fetching pages at 20 random positions — on the
  server; baseline: the same calls on the SQLite database with the same rows;
  target ≤ 2×.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import ROOT, record

for _extra in (ROOT, ROOT / "tests" / "unit", ROOT / "tests" / "e2e"):
    sys.path.insert(0, str(_extra))

CLIENTS = 10
EACH = 20
PAGE = 80
RUNS = 5
SPAWN = multiprocessing.get_context("spawn")


def _admin(url: str, *statements: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement)  # type: ignore[arg-type]


def _with_database(url: str, name: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))


# --- the outgoing register under load ---------------------------------------------------------

def _prepare_register(url: str, count: int) -> tuple[Any, list[int]]:
    """A centre (test_package_service_data.build_world) with ``count`` consultations
    whose pre-screening is saved, each ready for one registered conclusion."""
    from test_package_service_data import PROGRAM, build_world

    from desktop_app.core.formatting import utcnow
    from desktop_app.core.rules import passing_answers

    world = build_world(url)
    profile = world.consultant.programs.profile(PROGRAM)
    answers = passing_answers(profile)
    ids = []
    for n in range(count):
        c = world.consultant.consultations.create({
            "enterprise_id": world.enterprise_id, "occurred_at": utcnow(), "channel": "visit",
            "topic": f"Обращение {n + 1}", "program_code": PROGRAM})
        world.consultant.consultations.save_eligibility(c.id, answers)
        ids.append(c.id)
    return world, ids


def _clients(url: str, data: str, actor: Any, batches: list[list[int]]) -> tuple[float, list[Any]]:
    import concurrency_workers as workers

    with SPAWN.Manager() as manager:
        barrier = manager.Barrier(len(batches) + 1)
        with ProcessPoolExecutor(max_workers=len(batches), mp_context=SPAWN) as pool:
            futures = [pool.submit(workers.issue_conclusions, url, data, actor, batch, barrier)
                       for batch in batches]
            barrier.wait()                       # every client is connected and ready
            start = time.perf_counter()
            results = [f.result(timeout=1800) for f in futures]
            return time.perf_counter() - start, results


def bench_register(admin_url: str, data: str) -> None:
    from desktop_app.core.services.audit import verify_chain

    name = f"rci_bench_register_{uuid.uuid4().hex[:8]}"
    _admin(admin_url, f'CREATE DATABASE "{name}"')
    url = _with_database(admin_url, name)
    try:
        total = CLIENTS * EACH
        world, ids = _prepare_register(url, 2 * total)
        boss = world.supervisor.actor
        actor = (boss.user_id, boss.login, boss.role.value, boss.full_name)
        together, results = _clients(
            url, data, actor, [ids[c * EACH:(c + 1) * EACH] for c in range(CLIENTS)])
        alone, single = _clients(url, data, actor, [ids[total:]])
        errors = [r for r in results + single if r[0] != "ok"]
        numbers = [n for _status, got in results + single for n in got]
        register = world.admin.packages.register_list()
        seqs = sorted(e.seq for e in register)
        with world.admin.db.read() as s:
            chain = verify_chain(s)
        world.close()
        ok = (not errors and len(set(numbers)) == len(numbers) == 2 * total
              and seqs == list(range(1, 2 * total + 1)) and chain.ok)
        print(f"register: {CLIENTS} clients × {EACH} numbers in {together:.2f} s "
              f"({total / together:.1f} numbers/s); one client, {total} numbers: {alone:.2f} s "
              f"({total / alone:.1f} numbers/s); errors {len(errors)}; numbers unique and "
              f"without gaps: {'yes' if ok else 'NO'}", flush=True)
        for e in errors:
            print(f"  error: {e}", flush=True)
        record(f"server: {CLIENTS} clients × {EACH} register numbers, time", together, "s",
               baseline=alone, target="no errors; ≤ 1× one client",
               note=f"{total / together:.1f} numbers/s; errors {len(errors)}; "
                    f"unique, no gaps, chain intact: {ok}")
    finally:
        _admin(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# --- the consultations list -------------------------------------------------------------------

def _median_ms(call: Any, runs: int = RUNS) -> float:
    call()   # warm: the first call pays for connecting and caches
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def _list_timings(db: str, offsets: list[int], word: str) -> dict[str, float]:
    from desktop_app.core.db.queries import ListKind, ListQuery
    from desktop_app.core.services.facade import open_services

    sv = open_services(db, program="замер скорости")
    try:
        plain = ListQuery(ListKind.CONSULTATIONS)
        found = ListQuery(ListKind.CONSULTATIONS, text=word)
        hits = sv.lists.first_page(found, PAGE).count

        def pages() -> None:
            for offset in offsets:
                sv.lists.page(plain, offset, PAGE)

        return {
            "open": _median_ms(lambda: sv.lists.first_page(plain, PAGE)),
            "search": _median_ms(lambda: sv.lists.first_page(found, PAGE)),
            "pages": _median_ms(pages, runs=3),
            "hits": float(hits),
            "rows": float(sv.lists.count(plain)),
        }
    finally:
        sv.close()


def bench_lists(server_db: str, sqlite_db: str) -> None:
    rng = random.Random(2026)
    word = "смета"
    server = _list_timings(server_db, [], word)
    rows = int(server["rows"])
    offsets = [rng.randrange(0, max(rows - PAGE, 1)) for _ in range(20)]
    server = _list_timings(server_db, offsets, word)
    local = _list_timings(sqlite_db, offsets, word)
    if int(local["rows"]) != rows:
        print(f"warning: the databases differ: {rows} rows on the server, "
              f"{int(local['rows'])} in the file", flush=True)
    size = f"{rows:,}".replace(",", " ")
    for key, what in (("open", "open the list (count + first page)"),
                      ("search", f"search «{word}» ({int(server['hits'])} hits), first page"),
                      ("pages", "20 random page fetches")):
        record(f"server: consultations list, {size} rows: {what}", server[key], "ms",
               baseline=local[key], target="≤ 2× SQLite")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--admin-url", default=os.environ.get("RCI_INTAKE_TEST_PG_URL", ""),
                        help="PostgreSQL URL of a role that may create databases")
    parser.add_argument("--server-db", help="the large database on the server (URL)")
    parser.add_argument("--sqlite-db", help="the same data in a SQLite file")
    parser.add_argument("--skip-register", action="store_true")
    args = parser.parse_args(argv)
    data = tempfile.mkdtemp(prefix="rci-bench-server-")
    os.environ["RCI_INTAKE_DATA_DIR"] = data   # never the real user folders
    if not args.skip_register:
        if args.admin_url:
            bench_register(args.admin_url, data)
        else:   # `make bench` on a machine without a server: nothing to measure here
            print("register under load: skipped (no server: give --admin-url or set "
                  "RCI_INTAKE_TEST_PG_URL)", flush=True)
    if args.server_db and args.sqlite_db:
        bench_lists(args.server_db, args.sqlite_db)
    else:
        print("lists: skipped (give --server-db and --sqlite-db with the same demo data)",
              flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
