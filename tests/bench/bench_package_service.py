"""Benchmark: the referral package through the service (database → PDF → register).

Run: ``.venv/bin/python tests/bench/bench_package_service.py``. Times a registered
package for a dossier with 12 documents (about 30 pages) and the same package with
300 bound pages; baselines (same run): reportlab drawing as many plain pages /
pypdf copying the bound pages. Targets: ≤ 0.5 s / ≤ 1.5 s.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from _harness import record, timeit
from bench_package import copy_pages, draw_plain, make_pdf


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        os.environ["RCI_INTAKE_DATA_DIR"] = folder
        from test_package_service_data import REQUIRED_DOCS, add_dossier, build_world

        world = build_world(Path(folder) / "bench.sqlite3")
        try:
            # 11 required documents + 1 more = 12 documents, 25 pages each = 300 bound pages
            did = add_dossier(world, pages=25, docs=REQUIRED_DOCS, extra_pdf_docs=1,
                              consultations=50)
            world.supervisor.packages.generate(did, draft=True)  # warm up fonts and profiles
            pages: dict[str, int] = {}
            best: dict[str, float] = {}
            for key, attach in (("plain", False), ("bound", True)):
                def generate(attach: bool = attach, key: str = key) -> None:
                    pages[key] = world.supervisor.packages.generate(
                        did, with_attachments=attach).pages
                best[key] = timeit(generate, runs=3).best
        finally:
            world.close()
        bound = pages["bound"] - pages["plain"]
        base_plain = timeit(lambda: draw_plain(pages["plain"]), runs=3, warmup=1).best
        pdfs = [make_pdf(Path(folder) / f"b{i}.pdf", 25) for i in range(bound // 25)]
        base_bound = timeit(lambda: copy_pages(pdfs), runs=3, warmup=1).best
    record(f"registered package, 12 documents, {pages['plain']} pages", best["plain"], "s",
           baseline=base_plain, target="≤ 0.5 s",
           note="through the service: database → PDF → register")
    record(f"registered package with {bound} bound pages", best["bound"], "s",
           baseline=base_bound, target="≤ 1.5 s")

if __name__ == "__main__":
    main()
