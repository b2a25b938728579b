"""Hostile text at the door: formulas in spreadsheets we write, invisible characters
in names and titles, a dossier.json nested too deeply."""

from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from docfixtures import pdf_bytes
from sqlalchemy import func, select
from test_document_service import make_dossier, write
from test_exchange import dossier_json, good_files, make_zip, row_counts

from desktop_app.core.db.models import Enterprise
from desktop_app.core.errors import InputError
from desktop_app.core.services.audit_export import export_audit
from desktop_app.core.services.enterprise_files import export_enterprises, read_enterprise_file
from desktop_app.core.services.exchange.importing import import_dossier

# --- formulas ---------------------------------------------------------------------------

HOSTILE = {
    "full_name": "=HYPERLINK(\"http://evil.example\";\"Нажмите\")",
    "short_name": "@SUM(1+1)",
    "legal_address": "-2+3 г. Пермь",
    "actual_address": "+7 улица",
    "director_name": "'Ромашка' — так и записано",
    "notes": "''двойной апостроф",
}


def _hostile_enterprise(admin: Any) -> Any:
    return admin.enterprises.create({"inn": "1234567894", **HOSTILE})


def test_xlsx_export_writes_text_not_formulas_and_imports_back(admin: Any,
                                                               tmp_path: Path) -> None:
    from openpyxl import load_workbook

    _hostile_enterprise(admin)
    target = tmp_path / "Предприятия.xlsx"
    assert export_enterprises(admin, target) == 1
    sheet = load_workbook(target).active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    row = sheet[2]
    for cell in row:
        assert cell.data_type != "f"
    by_title = dict(zip(header, row, strict=True))
    name = by_title["Наименование"]
    # text cells marked like a typed apostrophe: shown as typed, never evaluated
    assert name.data_type == "s" and str(name.value).startswith("=HYPERLINK")
    assert name.quotePrefix
    assert by_title["Краткое наименование"].value == "@SUM(1+1)"
    assert by_title["Краткое наименование"].quotePrefix
    preview = read_enterprise_file(target)
    assert preview.ok, preview.errors
    data = preview.rows[0].data
    assert data is not None
    for key, text in HOSTILE.items():
        assert getattr(data, key) == text


def test_csv_export_neutralises_formulas_and_imports_back(admin: Any, tmp_path: Path) -> None:
    _hostile_enterprise(admin)
    target = tmp_path / "Предприятия.csv"
    export_enterprises(admin, target)
    with target.open(encoding="utf-8-sig", newline="") as fh:
        header, row = list(csv.reader(fh, delimiter=";"))
    cells = dict(zip(header, row, strict=True))
    assert cells["Наименование"].startswith("'=HYPERLINK")
    assert cells["Адрес"] == "'-2+3 г. Пермь"
    assert cells["Телефон"] == ""
    assert all(not value.startswith(("=", "+", "-", "@")) for value in row)
    preview = read_enterprise_file(target)
    assert preview.ok, preview.errors
    data = preview.rows[0].data
    assert data is not None
    for key, text in HOSTILE.items():
        assert getattr(data, key) == text


def test_audit_export_uses_the_same_neutralising(admin: Any, tmp_path: Path) -> None:
    _hostile_enterprise(admin)
    target = tmp_path / "Журнал.csv"
    export_audit(admin, target)
    text = target.read_text(encoding="utf-8-sig")
    assert "\n=" not in text and ";=" not in text


@pytest.mark.parametrize("text", ["=1+2", "+7", "-", "@a", "\tx", "\rx", "'", "'a", "''",
                                  "'=1", "обычный текст", ""])
def test_neutralising_is_undone_exactly(text: str) -> None:
    from desktop_app.core.text_safety import neutralize_cell, restore_cell

    safe = neutralize_cell(text)
    assert not safe.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert restore_cell(safe) == text


def test_apostrophe_typed_in_a_foreign_file_is_kept() -> None:
    from desktop_app.core.text_safety import restore_cell

    assert restore_cell("'Ромашка") == "'Ромашка"


# --- invisible characters -----------------------------------------------------------------


@pytest.mark.parametrize("char", ["\u202e", "\u2066", "\u200f", "\u061c"])
def test_direction_controls_in_a_name_are_refused(admin: Any, char: str) -> None:
    with pytest.raises(InputError) as exc:
        admin.enterprises.create({"inn": "1234567894", "full_name": f"ООО «Ромаш{char}ка»"})
    message = str(exc.value)
    assert "Полное наименование" in message and f"U+{ord(char):04X}" in message
    with admin.db.read() as s:
        assert s.execute(select(func.count()).select_from(Enterprise)).scalar_one() == 0


def test_zero_width_characters_are_removed(admin: Any) -> None:
    card = admin.enterprises.create({
        "inn": "12345\u200b67894", "full_name": "ООО\u200d «Ромашка»\ufeff",
        "notes": "строка\u2060 одна\nстрока\u200c две",
    })
    assert card.inn == "1234567894"
    assert card.full_name == "ООО «Ромашка»"
    assert card.notes == "строка одна\nстрока две"


def test_direction_controls_refused_in_people_dossiers_and_documents(admin: Any,
                                                                     tmp_path: Path) -> None:
    with pytest.raises(InputError, match="Фамилия Имя Отчество"):
        admin.users.create({"login": "petrov", "full_name": "Петров\u202e Пётр"},
                           "длинная-тестовая-фраза-2026")
    d = make_dossier(admin)
    with pytest.raises(InputError, match="Наименование проекта"):
        admin.dossiers.update_project(d.id, {"title": "КД\u202b на насос"})
    f = write(tmp_path / "Устав.pdf", pdf_bytes(1))
    with pytest.raises(InputError, match="Наименование"):
        admin.documents.attach(d.id, "charter", [f], title="Устав\u202e")
    assert admin.documents.list_documents(d.id) == []
    doc = admin.documents.attach(d.id, "charter", [f], title="Устав\u200b 2024")
    assert doc.title == "Устав 2024"


# --- nesting and lengths in a dossier exchange -------------------------------------------------


def test_deeply_nested_dossier_json_is_refused(services: Any, tmp_path: Path) -> None:
    folder = tmp_path / "досье"
    folder.mkdir()
    (folder / "dossier.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    before = row_counts(services)
    with pytest.raises(InputError) as exc:
        import_dossier(services, folder / "dossier.json")
    message = str(exc.value)
    assert "dossier.json" in message and "100000 уровней" in message and "не больше 32" in message
    assert row_counts(services) == before


def test_json_depth_ignores_brackets_in_strings() -> None:
    from desktop_app.core.services.exchange.importing import json_depth

    assert json_depth('{"a": "[[[[{{{{", "b": [1, {"c": "\\"]]]"}]}') == 3
    assert json_depth("12") == 0


@pytest.mark.parametrize("where", ["name", "title"])
def test_overlong_names_in_a_dossier_exchange_are_refused(services: Any, tmp_path: Path,
                                                          where: str) -> None:
    files = good_files()
    data = dossier_json(files)
    if where == "name":
        data["documents"][0]["files"][0]["name"] = "Я" * 4996 + ".pdf"
        expected = "не больше 255"
    else:
        data["documents"][0]["title"] = "Я" * 5000
        expected = "documents[0].title: слишком длинный текст: 5000 знаков при максимуме 500"
    before = row_counts(services)
    with pytest.raises(InputError) as exc:
        import_dossier(services, make_zip(tmp_path / "d.zip", data, files))
    message = "\n".join(f"{p.field}: {p.message}" for p in exc.value.problems)
    assert expected in message
    assert row_counts(services) == before


def test_exchange_still_imports_a_normal_dossier(services: Any, tmp_path: Path) -> None:
    files = good_files()
    from desktop_app.core.services.exchange.importing import json_depth

    result = import_dossier(services, make_zip(tmp_path / "d.zip", dossier_json(files), files))
    assert result.documents == 3
    with zipfile.ZipFile(tmp_path / "d.zip") as zf:
        assert json_depth(zf.read("dossier.json").decode("utf-8")) <= 6
    assert json.loads(json.dumps({"ok": True}))
