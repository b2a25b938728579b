"""A centre on the PostgreSQL server, as its administrator runs it: every command a
subprocess; the backup is one file that restores into a new empty database with the
documents inside (RCI_INTAKE_TEST_BACKEND=postgresql)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import backend
import pytest
from cli_helpers import Cli, new_centre
from pypdf import PdfReader
from test_cli_dossiers import exchange_zip

pytestmark = pytest.mark.server_only


def test_a_server_centre_from_init_to_a_restored_copy(tmp_path: Path, server_url: str) -> None:
    cli = new_centre(tmp_path / "рабочее место")
    try:
        _whole_day(cli, tmp_path, server_url)
    finally:
        backend.drop_server_database(str(cli.db))


def _files_checked(report: str) -> int:
    """How many document files ``check`` re-hashed (its line must say «ок»)."""
    found = re.search(r"\[ок\]\s+Файлы документов: контрольные суммы SHA-256 \((\d+) файл", report)
    assert found is not None, report
    return int(found.group(1))


def _whole_day(cli: Cli, tmp_path: Path, server_url: str) -> None:
    done = cli("demo", "--enterprises", "20", "--consultations", "50", "--dossiers", "3",
               "--quiet", user="admin")
    assert done.returncode == 0, done.stderr
    assert "предприятий 20, консультаций 50, досье 3" in done.stdout

    table = tmp_path / "новые.csv"
    table.write_text("ИНН;Наименование;КПП\n7707083893;ПАО «Новое»;770701001\n",
                     encoding="cp1251")
    imported = cli.json("enterprises", "import", str(table))
    assert imported["rows"] == 1

    res = cli("dossier", "import", str(exchange_zip(tmp_path / "досье.zip")), "--json")
    assert res.returncode == 0, res.stderr
    dossier = json.loads(res.stdout)["dossier"]

    res = cli("validate", str(dossier), "--json")
    assert res.returncode == 1, res.stderr   # an incomplete dossier: findings, no crash
    assert json.loads(res.stdout)["verdict"] == "not_ready"

    org = cli("organization", "set", "--full-name", "АНО «Региональный инжиниринговый центр»",
              "--inn", "5902293393", "--postal-address", "614000, г. Пермь, ул. Ленина, д. 1",
              "--addressee-name", "И.И. Иванову", "--signer-position", "Директор", user="admin")
    assert org.returncode == 0, org.stderr
    draft = tmp_path / "проект.pdf"
    res = cli("package", str(dossier), "--out", str(draft), "--draft", "--with-attachments")
    assert res.returncode == 0, res.stderr
    assert len(PdfReader(draft).pages) > 2  # the charter's two pages bound in from the server

    res = cli("check", user="admin")
    assert res.returncode == 0, res.stdout + res.stderr
    stored = _files_checked(res.stdout)
    assert stored >= 2  # the imported charter and the demo dossiers' documents

    copy = tmp_path / "копии" / "центр.dump"
    res = cli("backup", "--to", str(copy), user="admin")
    assert res.returncode == 0, res.stderr
    assert "создана и проверена" in res.stdout and copy.is_file()
    assert "PGPASSWORD" not in res.stdout + res.stderr

    # the administrator's new, empty database receives the copy
    other = Cli(server_url, data=tmp_path / "другое место")
    res = other("restore", str(copy), user=None)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "восстановлена" in res.stdout and "проблем не найдено" in res.stdout
    again = other("restore", str(copy), user=None)  # now it is the program's: refused
    assert again.returncode == 1 and "--replace" in again.stderr

    res = other("check", user="admin")
    assert res.returncode == 0, res.stdout + res.stderr
    assert _files_checked(res.stdout) == stored  # every document came back with the copy
    assert "Итог: проблем не найдено." in res.stdout
    res = other("validate", str(dossier), "--json", user="cons")
    assert json.loads(res.stdout)["verdict"] == "not_ready"  # the same dossier, documents and all
