"""Import of 10 000 enterprises from XLSX against a same-run baseline (a plain script).

Run: ``python tests/bench/bench_import.py``. Builds the file and a fresh
database in a temporary folder, times checking (``--dry-run``) and the real
all-or-nothing import, best of three (each into a fresh database), with the
import's CPU time in the note. Baseline: the least work for the same rows —
calamine reading the sheet and one ``executemany`` of its rows into a table of
the same columns in one transaction. Target ≤ 3×.

``--profile``: instead of timing, profile one real import (after a ``--dry-run``
of the same file, as timed) with cProfile and print the functions that take the
most time, own and cumulative.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import ROOT, record, timeit


def baseline(xlsx: Path, folder: Path) -> float:
    """Seconds for calamine reading the sheet + one executemany of its rows."""
    from python_calamine import CalamineWorkbook

    counter = iter(range(100))

    def run() -> None:
        rows = CalamineWorkbook.from_path(str(xlsx)).get_sheet_by_index(0).to_python()
        con = sqlite3.connect(folder / f"baseline{next(counter)}.sqlite3")
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA synchronous = FULL")
        marks = ", ".join("?" * len(rows[0]))
        columns = ", ".join(f"c{i} TEXT" for i in range(len(rows[0])))
        con.execute(f"CREATE TABLE enterprises (id INTEGER PRIMARY KEY, {columns})")
        with con:
            con.executemany(
                f"INSERT INTO enterprises VALUES (NULL, {marks})",
                [[str(v) for v in row] for row in rows[1:]],
            )
        con.close()

    return timeit(run, runs=3).best


def write_sheet(path: Path, *, phones: int = 2) -> None:
    """The workbook of 10 000 enterprises the benchmark imports (``phones``: the first
    digit of the local numbers; another one makes every card's phone new)."""
    from openpyxl import Workbook

    from desktop_app.core import identifiers as ids

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Лист1")
    ws.append(
        [
            "ИНН",
            "Наименование",
            "Краткое наименование",
            "КПП",
            "ОГРН",
            "Адрес",
            "Телефон",
            "E-mail",
            "ОКВЭД",
        ]
    )
    for i in range(10_000):
        inn = ids.make_inn10(f"59{(i // 100_000) + 2:02d}{i % 100_000:05d}")
        ws.append(
            [
                inn,
                f"Общество с ограниченной ответственностью «Завод № {i}»",
                f"ООО «Завод № {i}»",
                f"59{inn[2:4]}01001",
                ids.make_ogrn(f"10259{i:07d}"),
                f"614000, г. Пермь, ул. Ленина, д. {i % 200}",
                f"+7 (342) {phones}{i % 100:02d}-{i % 100:02d}-{i % 97:02d}",
                f"info{i}@zavod.ru",
                "28.13",
            ]
        )
    wb.save(path)


def profile(top: int = 10) -> None:
    """Where one import's time goes: cProfile over a real import of the sheet."""
    import cProfile
    import pstats

    from desktop_app.core.services.enterprise_files import import_enterprises
    from desktop_app.core.services.facade import open_services

    with tempfile.TemporaryDirectory() as folder:
        os.environ["RCI_INTAKE_DATA_DIR"] = folder
        path = Path(folder) / "предприятия.xlsx"
        write_sheet(path)
        sv = open_services(Path(folder) / "profile.sqlite3")
        try:
            assert import_enterprises(sv, path, dry_run=True).ok
            profiler = cProfile.Profile()
            profiler.enable()
            report = import_enterprises(sv, path)
            profiler.disable()
            assert report.ok and report.imported == 10_000
        finally:
            sv.close()
    stats = pstats.Stats(profiler)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumtime").print_stats(top * 2)


def main() -> int:
    sys.path.insert(0, str(ROOT))
    if "--profile" in sys.argv[1:]:
        profile()
        return 0
    from desktop_app.core.services.enterprise_files import import_enterprises
    from desktop_app.core.services.facade import open_services

    with tempfile.TemporaryDirectory() as folder:
        os.environ["RCI_INTAKE_DATA_DIR"] = folder
        path = Path(folder) / "предприятия.xlsx"
        write_sheet(path)
        renewed = Path(folder) / "предприятия, новые телефоны.xlsx"
        write_sheet(renewed, phones=3)
        # Best of three, like the baseline: each import into a fresh database (the
        # machines are shared and one run alone says more about the neighbours).
        dry = real = cpu = same = changed = float("inf")
        for run in range(3):
            sv = open_services(Path(folder) / f"bench{run}.sqlite3")
            try:
                t0 = time.perf_counter()
                report = import_enterprises(sv, path, dry_run=True)
                dry = min(dry, time.perf_counter() - t0)
                assert report.ok, report.errors[:3]
                t0, c0 = time.perf_counter(), time.process_time()
                report = import_enterprises(sv, path)
                real = min(real, time.perf_counter() - t0)
                cpu = min(cpu, time.process_time() - c0)
                assert report.ok and report.imported == 10_000
                # the same registry again, updating: every card read, none changed
                t0 = time.perf_counter()
                report = import_enterprises(sv, path, update=True)
                same = min(same, time.perf_counter() - t0)
                assert report.ok and report.unchanged == 10_000
                # a registry with every phone new: every card changed and audited
                t0 = time.perf_counter()
                report = import_enterprises(sv, renewed, update=True)
                changed = min(changed, time.perf_counter() - t0)
                assert report.ok and report.updated == 10_000
            finally:
                sv.close()
        base = baseline(path, Path(folder))
    record("check 10 000 enterprises from XLSX (--dry-run)", dry, "s", baseline=base)
    record("import 10 000 enterprises from XLSX", real, "s", baseline=base, target="≤ 3×",
           note=f"one transaction, audited; CPU {cpu:.2f} s; best of 3; "
                "baseline: calamine read + executemany")
    record("import with --update, 10 000 cards unchanged", same, "s", baseline=base,
           note="best of 3")
    record("import with --update, 10 000 cards changed", changed, "s", baseline=base,
           note="a new phone on every card; best of 3")
    print(f"  (CPU time of the import: {cpu:.2f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
