"""Benchmark: validate a dossier with 50 documents against the shipped profile.

Target (design): ≤ 20 ms per dossier (the design sets no baseline here). Run::

    .venv/bin/python tests/bench/bench_validate.py
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import record

from desktop_app.core.resources import resource_path
from desktop_app.core.rules import (
    CostLineFact,
    DocumentFact,
    DossierFacts,
    check_profile_file,
    checklist,
    document_status,
    validate,
)

SUBMISSION = dt.date(2026, 4, 15)


def dossier(documents: int = 50) -> DossierFacts:
    profile = check_profile_file(resource_path("programs", "atd-reverse-engineering.toml"))
    codes = [d.code for d in profile.documents]
    docs = [
        DocumentFact(type=codes[i % len(codes)], title=f"Документ {i}", number=str(i),
                     issued_on=SUBMISSION - dt.timedelta(days=i % 40), files=1 + i % 3,
                     pages=5, kinds=["pdf"] if i % 7 else ["pdf", "docx"], damaged=i == 13)
        for i in range(documents)
    ]
    return DossierFacts(
        program=profile.code, submission_date=SUBMISSION, signatory_is_director=False,
        enterprise={"inn": "1234567894", "kpp": "590401001", "ogrn": "1022200525819",
                    "full_name": "АО «Тест»", "address": "г. Пермь"},
        project={"title": "Проект", "component_name": "Изделие", "okpd2": "28.13.31.000",
                 "foreign_analogue_name": "A", "foreign_analogue_manufacturer": "B",
                 "foreign_analogue_country": "C", "target_industry": "D", "consumers": "E",
                 "start_date": dt.date(2026, 6, 1), "end_date": dt.date(2027, 6, 1),
                 "total_cost": 50_000_000_00, "grant_requested": 41_000_000_00,
                 "own_funds": 9_000_000_00, "serial_volume": 10, "serial_years": "2028"},
        cost_lines=[CostLineFact(category=f"Статья {i}", amount=1_000_000_00) for i in range(50)],
        documents=docs,
    )


def bench(label: str, call: Callable[[], object], runs: int = 500) -> None:
    """Median of ``runs`` calls, recorded (the p95 and worst go into the note)."""
    for _ in range(20):
        call()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    record(label, statistics.median(samples), "ms", target="≤ 20 ms",
           note=f"median of {runs}; p95 {samples[int(len(samples) * 0.95)]:.3f} ms, "
           f"max {samples[-1]:.3f} ms")


def main() -> None:
    t0 = time.perf_counter()
    profile = check_profile_file(resource_path("programs", "atd-reverse-engineering.toml"))
    print(f"load + check profile: {(time.perf_counter() - t0) * 1000:.1f} ms")
    facts = dossier(50)
    report = validate(profile, facts)
    print(f"findings: {len(report.findings)}, verdict: {report.verdict}")
    bench("validate (50 documents)", lambda: validate(profile, facts))
    bench("checklist (50 documents)", lambda: checklist(profile, facts))
    bench("document_status (50 documents)", lambda: document_status(profile, facts))


if __name__ == "__main__":
    main()
