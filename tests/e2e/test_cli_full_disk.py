"""A full disk, as each command meets it: a sentence in Russian, exit code 1, no
traceback, no half-written file; ``check`` still works, since it writes nothing.

The disk is "filled" with a file-size limit (``RLIMIT_FSIZE``) on the command's
process: every write past the limit fails with EFBIG, as a write to a full disk
fails with ENOSPC (SIGXFSZ is ignored so the write fails instead of the process).
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from bulkfiles import inn10
from test_cli_dossiers import exchange_zip

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs RLIMIT_FSIZE")

REPO = Path(__file__).resolve().parents[2]
DB = "e2e.sqlite3"
#: Room for the WAL index and a few pages of the WAL, nothing more.
ALMOST_FULL = 40_000
#: Not even the WAL index fits.
FULL = 1_000
NO_SPACE = "Недостаточно места на диске"


def _limited(limit: int | None) -> Callable[[], None] | None:
    if limit is None:
        return None

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def run(data_dir: Path, *args: str, limit: int | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "RCI_INTAKE_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "utf-8"}
    env.pop("RCI_INTAKE_PASSWORD", None)
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "--db", str(data_dir / DB), *args],
        capture_output=True, text=True, env=env, cwd=REPO, timeout=120, check=False,
        preexec_fn=_limited(limit),
    )


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """A database with an enterprise and a dossier holding a document bigger than the limit."""
    data = tmp_path_factory.mktemp("full-disk-template")
    res = run(data, "dossier", "import", str(exchange_zip(data.parent / "in.zip")), "--json")
    assert res.returncode == 0, res.stderr
    dossier = int(json.loads(res.stdout)["dossier"])
    document = data.parent / "Устав-большой.pdf"
    document.write_bytes(bulky_pdf())  # the export of the dossier outgrows the limit
    res = run(data, "dossier", "attach", str(dossier), "charter", str(document))
    assert res.returncode == 0, res.stderr
    res = run(data, "enterprises", "add", "--full-name", "ООО «Полный диск»",
              "--inn", "7707083893")
    assert res.returncode == 0, res.stderr
    return data, dossier


def bulky_pdf() -> bytes:
    """A valid PDF that no compression shrinks below the limit (random metadata)."""
    import base64
    import io
    import random

    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    noise = base64.b64encode(random.Random(7).randbytes(150_000)).decode()
    writer.add_metadata({"/Keywords": noise})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _leftovers(*folders: Path) -> list[Path]:
    return [p for folder in folders for p in folder.rglob("*")
            if p.name.endswith(".part") or p.name.endswith(".restore")]


def _count(data: Path, table: str) -> int:
    import sqlite3

    conn = sqlite3.connect(data / DB)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


CASES = {
    "backup": lambda d, t, n: ["backup"],
    "enterprises import": lambda d, t, n: ["enterprises", "import", str(t / "enterprises.csv")],
    "dossier attach": lambda d, t, n: ["dossier", "attach", str(n), "tax_certificate",
                                       str(t / "Справка.pdf")],
    "dossier export": lambda d, t, n: ["dossier", "export", str(n), str(t / "out.zip")],
}


@pytest.mark.parametrize("command", sorted(CASES))
def test_command_on_a_full_disk_says_so_and_leaves_nothing(
    command: str, template: tuple[Path, int], tmp_path: Path
) -> None:
    source, dossier = template
    data = tmp_path / "data"
    shutil.copytree(source, data)
    (tmp_path / "enterprises.csv").write_text(
        "ИНН;Полное наименование\n" + "".join(f"{inn10(i)};ООО «Номер {i}»\n" for i in (1, 2, 3)),
        encoding="utf-8")
    (tmp_path / "Справка.pdf").write_bytes(bulky_pdf())  # bigger than the limit
    before = {t: _count(data, t) for t in ("enterprises", "document_files", "audit_log")}
    beside = sorted(tmp_path.iterdir())

    res = run(data, *CASES[command](data, tmp_path, dossier), limit=ALMOST_FULL)

    assert res.returncode == 1, res.stdout + res.stderr
    assert NO_SPACE in res.stderr
    assert "Traceback" not in res.stderr + res.stdout
    assert _leftovers(data, tmp_path) == []
    assert sorted(tmp_path.iterdir()) == beside  # no export or staging folder half made
    res = run(data, "check")
    assert res.returncode == 0, res.stdout + res.stderr
    assert {t: _count(data, t) for t in before} == before  # nothing half-written


def test_check_reads_a_database_on_a_disk_with_no_room_at_all(
    template: tuple[Path, int], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    shutil.copytree(template[0], data)
    res = run(data, "check", limit=FULL)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "Итог: проблем не найдено." in res.stdout
    assert "Traceback" not in res.stderr
