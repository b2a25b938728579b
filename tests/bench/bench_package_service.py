"""Benchmark: the referral package through the service (database → PDF → register).

Run: ``.venv/bin/python tests/bench/bench_package_service.py``. Prints the time of a
registered package for a dossier with 12 documents (about 30 pages) and of the
same package with 300 bound pages (targets on the 2-core machine: 1 s / 3 s).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))


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
            runs: dict[str, list[float]] = {"plain": [], "bound": []}
            pages: dict[str, int] = {}
            for _ in range(3):
                for key, attach in (("plain", False), ("bound", True)):
                    start = time.perf_counter()
                    pkg = world.supervisor.packages.generate(did, with_attachments=attach)
                    runs[key].append(time.perf_counter() - start)
                    pages[key] = pkg.pages
        finally:
            world.close()
    print(f"registered package, 12 documents: {pages['plain']} pages, "
          f"best {min(runs['plain']):.3f} s (target 1 s)")
    print(f"registered package with bound files: {pages['bound']} pages "
          f"({pages['bound'] - pages['plain']} more), best {min(runs['bound']):.3f} s "
          "(target 3 s)")


if __name__ == "__main__":
    main()
