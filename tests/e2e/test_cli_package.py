"""``package`` and ``register list`` as a user runs them: a subprocess on a temp database."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader
from test_package_service_data import PASSWORD, add_dossier, build_world

ROOT = Path(__file__).resolve().parents[2]


def run(db: Path, *args: str, user: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "RCI_INTAKE_PASSWORD": PASSWORD, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "--db", str(db), "--user", user, *args],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=180, check=False,
    )


def test_package_and_register_list(db_path: Path, tmp_path: Path) -> None:
    world = build_world(db_path)
    try:
        good = add_dossier(world, pages=2)
        bad = add_dossier(world, break_total=True)
    finally:
        world.close()
    out = tmp_path / "направление.pdf"

    refused = run(db_path, "package", str(good), "--out", str(out), user="cons")
    assert refused.returncode == 1
    assert "Недостаточно прав" in refused.stderr and not out.exists()

    errors = run(db_path, "package", str(bad), "--out", str(out), user="boss")
    assert errors.returncode == 1
    assert "не сформировано" in errors.stderr and not out.exists()

    draft = run(db_path, "package", str(bad), "--out", str(out), "--draft", user="cons")
    assert draft.returncode == 0, draft.stderr
    assert "Проект направления" in draft.stdout
    assert "ПРОЕКТ" in (PdfReader(out).pages[0].extract_text() or "")
    out.unlink()

    done = run(db_path, "package", str(good), "--out", str(out), "--with-attachments",
               "--incoming-number", "15/3-АТР", "--incoming-date", "27.01.2026", user="boss")
    assert done.returncode == 0, done.stderr
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    number = done.stdout.split("№ ")[1].split(" ")[0]
    assert number.endswith("/0001")
    assert f"страниц {len(reader.pages)}" in done.stdout
    first = " ".join((reader.pages[0].extract_text() or "").split())
    assert number in first
    assert "На № 15/3-АТР от 27.01.2026" in first
    assert "заявку акционерного общества «Пермский завод газотурбинных установок»" in first
    last = reader.pages[-1].extract_text() or ""
    assert "Приложение № 15 к письму от" in last and number in last

    verified = run(db_path, "package", "verify", str(out), user="cons")
    assert verified.returncode == 0, verified.stderr
    assert f"подлинный: исх. № {number} от" in verified.stdout
    assert "документы не изменены" in verified.stdout
    out.write_bytes(out.read_bytes() + b"\n% appended\n")
    altered = run(db_path, "package", "verify", str(out), user="cons")
    assert altered.returncode == 1 and "не подтверждён" in altered.stdout

    listing = run(db_path, "register", "list", "--json", user="cons")
    assert listing.returncode == 0, listing.stderr
    rows = json.loads(listing.stdout)
    assert [r["number"] for r in rows] == [number]
    assert rows[0]["pages"] == len(reader.pages) and rows[0]["dossier_id"] == good

    text = run(db_path, "register", "list", user="cons")
    assert number in text.stdout and "АО «ПЗГТУ»" in text.stdout
