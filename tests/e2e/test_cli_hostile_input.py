"""Hostile input through the command line: what the person at the terminal reads."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import Cli
from docfixtures import active_pdf_bytes, pdf_bytes

INN = "1234567894"


def test_direction_override_in_a_name_is_refused(centre: Cli) -> None:
    done = centre("enterprises", "add", "--inn", INN, "--full-name", "ООО «Ромаш\u202eка»")
    assert done.returncode == 1
    assert "Полное наименование" in done.stderr and "U+202E" in done.stderr
    assert "Traceback" not in done.stderr
    assert centre.json("enterprises", "list") == []


def test_attach_warns_of_active_content_and_refuses_a_disguised_file(centre: Cli,
                                                                    tmp_path: Path) -> None:
    card = centre.json("enterprises", "add", "--inn", INN, "--full-name", "ООО «Ромашка»")
    dossier = centre.json("dossier", "create", "--enterprise", str(card["id"]),
                          "--program", "atd-reverse-engineering")
    active = tmp_path / "Устав.pdf"
    active.write_bytes(active_pdf_bytes(javascript=True, launch=True))
    done = centre("dossier", "attach", str(dossier["id"]), "charter", str(active))
    assert done.returncode == 0, done.stderr
    assert "Внимание:" in done.stderr and "активное содержимое (JavaScript" in done.stderr
    assert "в пакет для Агентства оно не попадёт" in done.stderr

    disguised = tmp_path / "Заявка.bat"
    disguised.write_bytes(pdf_bytes(1))
    done = centre("dossier", "attach", str(dossier["id"]), "charter", str(disguised))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "«Заявка.bat»" in done.stderr and "расширениями: .pdf" in done.stderr
