"""The dossier commands as a user runs them: a subprocess on a temporary database."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from pypdf import PdfWriter

REPO = Path(__file__).resolve().parents[2]


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "RCI_INTAKE_DATA_DIR": str(data_dir)}
    env.pop("RCI_INTAKE_PASSWORD", None)
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "--db", str(data_dir / "e2e.sqlite3"), *args],
        capture_output=True, text=True, env=env, cwd=REPO, timeout=120, check=False,
    )


def pdf(pages: int) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def exchange_zip(path: Path) -> Path:
    content = pdf(2)
    data = {
        "format": "rci-intake-dossier/1", "program": "atd-reverse-engineering",
        "submission_date": dt.date.today().isoformat(),
        "enterprise": {"inn": "1234567894", "ogrn": "1022200525819",
                       "full_name": "ООО «Тестовый завод»"},
        "project": {"title": "КД на уплотнение", "total_cost": "15000000.00",
                    "grant_requested": "14000000.00", "own_funds": "1000000.00"},
        "documents": [{"type": "charter", "files": [
            {"file": "files/01_устав.pdf", "sha256": hashlib.sha256(content).hexdigest(),
             "name": "Устав.pdf"}]}],
    }
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("dossier.json", json.dumps(data, ensure_ascii=False))
        zf.writestr("files/01_устав.pdf", content)
    return path


def test_import_validate_export(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    res = run(data_dir, "dossier", "import", str(exchange_zip(tmp_path / "in.zip")), "--json")
    assert res.returncode == 0, res.stderr
    imported = json.loads(res.stdout)
    dossier_id = imported["dossier"]
    assert imported["documents"] == 1 and imported["enterprise_created"] is True

    res = run(data_dir, "validate", str(dossier_id), "--json")
    assert res.returncode == 1, res.stderr  # incomplete dossier: error findings
    report = json.loads(res.stdout)
    assert set(report) == {"dossier", "profile", "verdict", "findings"}
    assert report["dossier"] == dossier_id
    assert report["profile"] == {"code": "atd-reverse-engineering", "version": "2026.1"}
    assert report["verdict"] == "not_ready"
    keys = {"rule", "severity", "message", "clause", "confidence", "target"}
    assert all(set(f) == keys for f in report["findings"])
    targets = {f["target"] for f in report["findings"]}
    assert "document:tax_certificate" in targets
    assert "project.grant_requested" in targets or any(
        f["rule"].startswith("cofinancing") for f in report["findings"])
    assert "document:charter" not in targets

    res = run(data_dir, "validate", str(dossier_id))
    assert res.returncode == 1 and "Итог: не готово" in res.stdout
    # how sure each ground is, in words (the codes stay in --json)
    assert "основание:" in res.stdout
    assert not any(f"({code})" in res.stdout for code in ("verified", "reported", "assumed"))
    assert any(f"({word})" in res.stdout
               for word in ("подтверждено", "по сообщениям", "допущение"))

    out = tmp_path / "out.zip"
    res = run(data_dir, "dossier", "export", str(dossier_id), str(out))
    assert res.returncode == 0, res.stderr
    with zipfile.ZipFile(out) as zf:
        assert "dossier.json" in zf.namelist()

    res = run(data_dir, "dossier", "list", "--json")
    assert res.returncode == 0
    assert [d["id"] for d in json.loads(res.stdout)] == [dossier_id]

    attach_file = tmp_path / "Справка.pdf"
    attach_file.write_bytes(pdf(3))
    res = run(data_dir, "dossier", "attach", str(dossier_id), "tax_certificate",
              str(attach_file), "--issued-on", dt.date.today().strftime("%d.%m.%Y"))
    assert res.returncode == 0, res.stderr
    assert "страниц 3" in res.stdout

    res = run(data_dir, "dossier", "status", str(dossier_id), "ready")
    assert res.returncode == 1 and "ещё не готово" in res.stderr

    res = run(data_dir, "check")
    assert res.returncode == 0, res.stdout + res.stderr
    assert "Файлы документов" in res.stdout


def test_import_refused_exit_1(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("dossier.json", "{")
    res = run(data_dir, "dossier", "import", str(bad))
    assert res.returncode == 1
    assert "строке 1, столбце 2" in res.stderr


def test_profiles_check(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    good = REPO / "resources" / "programs" / "atd-reverse-engineering.toml"
    res = run(data_dir, "profiles", "check", str(good))
    assert res.returncode == 0, res.stderr
    assert "OK" in res.stdout and "2026.1" in res.stdout
    broken = tmp_path / "broken.toml"
    broken.write_text(good.read_text(encoding="utf-8").replace(
        'version = "2026.1"', 'version = 2026'), encoding="utf-8")
    res = run(data_dir, "profiles", "check", str(broken))
    assert res.returncode == 1
    assert "Профиль не принят" in res.stderr
    res = run(data_dir, "profiles", "list")
    assert res.returncode == 0 and "atd-reverse-engineering" in res.stdout
