"""Import of 10 000 enterprises from XLSX (a plain script, not a test). Target ≤ 5 s.

Run: ``python tests/bench/bench_import.py``. Builds the file and a fresh
database in a temporary folder, times checking (``--dry-run``) and the real
all-or-nothing import, and prints the figures.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from openpyxl import Workbook

    from desktop_app.core import identifiers as ids
    from desktop_app.core.services.enterprise_files import import_enterprises
    from desktop_app.core.services.facade import open_services

    with tempfile.TemporaryDirectory() as folder:
        os.environ["RCI_INTAKE_DATA_DIR"] = folder
        path = Path(folder) / "предприятия.xlsx"
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
                    f"+7 (342) 2{i % 100:02d}-{i % 100:02d}-{i % 97:02d}",
                    f"info{i}@zavod.ru",
                    "28.13",
                ]
            )
        wb.save(path)
        sv = open_services(Path(folder) / "bench.sqlite3")
        try:
            t0 = time.perf_counter()
            report = import_enterprises(sv, path, dry_run=True)
            dry = time.perf_counter() - t0
            assert report.ok, report.errors[:3]
            t0 = time.perf_counter()
            report = import_enterprises(sv, path)
            real = time.perf_counter() - t0
            assert report.ok and report.imported == 10_000
        finally:
            sv.close()
    print(f"check 10 000 rows (--dry-run): {dry:.2f} s")
    print(
        f"import 10 000 enterprises (XLSX, one transaction, audited): {real:.2f} s — target ≤ 5 s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
