"""Big and hostile enterprise files: an inflating workbook is refused from its ZIP
directory before anything is unpacked; a long CSV streams in flat memory and is
still imported all or nothing."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from bulkfiles import enterprise_csv, inn10, xlsx_bomb
from sqlalchemy import func, select

from desktop_app.core.db.models import Enterprise
from desktop_app.core.errors import InputError
from desktop_app.core.services.enterprise_files import import_enterprises

ROOT = Path(__file__).resolve().parents[2]
#: How much more than its own start a child may need to import the ~12 MB file:
#: the whole file in memory at once (as text, as lines, as rows) needs ~80 MB more.
GROWTH_CEILING_MB = 60


def enterprise_count(sv: Any) -> int:
    with sv.db.read() as s:
        return int(s.execute(select(func.count()).select_from(Enterprise)).scalar_one())


def test_inflating_workbook_is_refused_by_ratio_before_parsing(
    services: Any, tmp_path: Path
) -> None:
    bomb = xlsx_bomb(tmp_path / "реестр.xlsx", inflated_mb=150)
    assert bomb.stat().st_size < 2 * 1024 * 1024  # small on disk
    with pytest.raises(InputError) as refused:
        import_enterprises(services, bomb)
    message = str(refused.value)
    assert "«реестр.xlsx»" in message
    assert "сжат в" in message and "zip-бомба" in message
    assert enterprise_count(services) == 0


def test_bad_row_at_the_end_of_a_long_csv_writes_nothing(services: Any, tmp_path: Path) -> None:
    path = enterprise_csv(tmp_path / "long.csv", 3000)
    with path.open("a", encoding="utf-8") as fh:
        fh.write(f"{inn10(5)};ООО «Повтор»;г. Москва\n")  # the ИНН of row 6 again
        fh.write("1234567890;ООО «Ошибка»;г. Москва\n")
    report = import_enterprises(services, path)
    assert report.rows == 3002 and report.valid == 3000
    assert [(e.row, e.column) for e in report.errors] == [(3002, "ИНН"), (3003, "ИНН")]
    assert "уже встречался в строке 6" in report.errors[0].message
    assert enterprise_count(services) == 0


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc (Linux)")
def test_long_csv_is_imported_in_flat_memory(tmp_path: Path) -> None:
    csv_path = enterprise_csv(tmp_path / "big.csv", 12_000, pad=450)
    assert 10 * 1024 * 1024 < csv_path.stat().st_size < 15 * 1024 * 1024
    # The peak of this process's own memory (VmHWM): getrusage's ru_maxrss would
    # carry over the peak of the test runner the child was forked from.
    child = textwrap.dedent("""
        import sys
        from pathlib import Path
        from desktop_app.core.services.enterprise_files import import_enterprises
        from desktop_app.core.services.facade import open_services

        def peak_kb():
            with open("/proc/self/status") as fh:
                return next(int(l.split()[1]) for l in fh if l.startswith("VmHWM:"))

        sv = open_services(Path(sys.argv[1]))
        start = peak_kb()
        report = import_enterprises(sv, Path(sys.argv[2]))
        sv.close()
        print(report.imported, len(report.errors), (peak_kb() - start) // 1024)
    """)
    done = subprocess.run(
        [sys.executable, "-c", child, str(tmp_path / "db.sqlite3"), str(csv_path)],
        capture_output=True, text=True, cwd=ROOT, timeout=300, check=False,
    )
    assert done.returncode == 0, done.stderr
    imported, errors, growth_mb = (int(x) for x in done.stdout.split())
    assert (imported, errors) == (12_000, 0)
    assert growth_mb <= GROWTH_CEILING_MB, f"импорт занял ещё {growth_mb} МБ памяти"
