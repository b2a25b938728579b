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
  target ≤ 2×;
- **demo data on the server** (``--demo N``): ``demo`` of N consultations (and
  N/20 enterprises) into a new server database; baseline: the least the server
  must do for the same result — COPY of the same rows into the same schema and
  the search vectors computed from the same texts; target ≤ 1.3×.
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


# --- the demo's bulk insert -------------------------------------------------------------------

_CONS_COLUMNS = ("uuid, enterprise_id, consultant_id, occurred_at, channel, topic, program_code, "
                 "questions, advice, outcome, duration_min, next_step, next_step_due, "
                 "next_step_done, created_at, updated_at, created_by_id, updated_by_id")
_ENT_COLUMNS = ("uuid, full_name, short_name, inn, kpp, ogrn, legal_address, actual_address, "
                "region_code, okved, size_category, phone, director_name, director_position, "
                "search_key, created_at, updated_at, created_by_id, updated_by_id")


def _new_centre(url: str) -> Any:
    from desktop_app.core.services.facade import open_services

    sv = open_services(url, program="замер скорости")
    sv.users.create_first_admin({"login": "admin", "full_name": "Администратор Замеров"},
                                "пароль для замеров 1")
    return sv.as_actor(sv.users.sign_in("admin", "пароль для замеров 1"))


def _copy_baseline(url: str, ents: list[tuple[Any, ...]], cons: list[tuple[Any, ...]],
                   users: list[tuple[Any, ...]]) -> float:
    """The least the server must do for the same rows: COPY them into the same schema
    and fill the search tables from the same texts (one statement each)."""
    import psycopg

    from desktop_app.core.db import search

    sv = _new_centre(url)
    sv.close()
    ent_bodies = [(n + 1, r[14]) for n, r in enumerate(ents)]
    cons_bodies = [(n + 1, search.consultation_body(r[5], r[7], r[8], r[9], r[11]))
                   for n, r in enumerate(cons)]
    fill = ("INSERT INTO {0}_search (id, words) SELECT r.id, to_tsvector('russian', r.b) "
            "|| to_tsvector('simple', r.b) FROM unnest(%s::bigint[], %s::text[]) AS r(id, b)")
    with psycopg.connect(url) as conn:
        conn.execute("SET timezone = 'UTC'")
        with conn.cursor() as cur, cur.copy("COPY users FROM STDIN") as copy:
            for row in users:
                copy.write_row(row)
        conn.commit()
        start = time.perf_counter()
        for table, columns, rows, kind, bodies in (
                ("enterprises", _ENT_COLUMNS, ents, "enterprise", ent_bodies),
                ("consultations", _CONS_COLUMNS, cons, "consultation", cons_bodies)):
            with conn.cursor() as cur, cur.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            for at in range(0, len(bodies), 20_000):
                part = bodies[at:at + 20_000]
                conn.execute(fill.format(kind), ([i for i, _b in part], [b for _i, b in part]))
        conn.commit()
        return time.perf_counter() - start


def bench_demo(admin_url: str, consultations: int) -> None:
    """``demo`` into a new server database against COPY of the same rows."""
    import psycopg

    from desktop_app.core.services.demo import DemoSpec, generate

    enterprises = max(consultations // 20, 10)
    names = [f"rci_bench_demo_{uuid.uuid4().hex[:8]}" for _ in range(2)]
    for name in names:
        _admin(admin_url, f'CREATE DATABASE "{name}"')
    try:
        url, twin = (_with_database(admin_url, n) for n in names)
        sv = _new_centre(url)
        start = time.perf_counter()
        generate(sv, DemoSpec(enterprises=enterprises, consultations=consultations,
                              dossiers=0, seed=7))
        took = time.perf_counter() - start
        sv.close()
        with psycopg.connect(url) as conn:
            conn.execute("SET timezone = 'UTC'")
            users = conn.execute("SELECT * FROM users WHERE id > 1 ORDER BY id").fetchall()
            ents = conn.execute(f"SELECT {_ENT_COLUMNS} FROM enterprises ORDER BY id").fetchall()
            cons = conn.execute(
                f"SELECT {_CONS_COLUMNS} FROM consultations ORDER BY id").fetchall()
        baseline = _copy_baseline(twin, ents, cons, users)
        record(f"server: demo, {enterprises} enterprises + {consultations} consultations",
               took, "s", baseline=baseline, target="≤ 1.3× COPY of the same rows",
               note=f"{consultations / took:.0f} consultations/s")
    finally:
        for name in names:
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
    parser.add_argument("--demo", type=int, default=0, metavar="N",
                        help="also time the demo's bulk insert of N consultations on the "
                             "server against COPY of the same rows")
    args = parser.parse_args(argv)
    data = tempfile.mkdtemp(prefix="rci-bench-server-")
    os.environ["RCI_INTAKE_DATA_DIR"] = data   # never the real user folders
    if not args.skip_register:
        if args.admin_url:
            bench_register(args.admin_url, data)
        else:   # `make bench` on a machine without a server: nothing to measure here
            print("register under load: skipped (no server: give --admin-url or set "
                  "RCI_INTAKE_TEST_PG_URL)", flush=True)
    if args.demo and args.admin_url:
        bench_demo(args.admin_url, args.demo)
    if args.server_db and args.sqlite_db:
        bench_lists(args.server_db, args.sqlite_db)
    else:
        print("lists: skipped (give --server-db and --sqlite-db with the same demo data)",
              flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
