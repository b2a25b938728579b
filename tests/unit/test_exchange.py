"""The dossier exchange format: import all-or-nothing, export, round trip, schema."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from blobhelp import stored_shas
from docfixtures import image_bytes, pdf_bytes
from sqlalchemy import func, select

from desktop_app.core.db.models import Base
from desktop_app.core.errors import InputError
from desktop_app.core.services.exchange.exporting import export_dossier
from desktop_app.core.services.exchange.format import render_exchange_schema
from desktop_app.core.services.exchange.importing import import_dossier

REPO = Path(__file__).resolve().parents[2]
TODAY = dt.date.today()


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def dossier_json(files: dict[str, bytes], **over: Any) -> dict[str, Any]:
    docs = [{"type": name.split("/")[-1].split(".")[0], "issued_on": TODAY.isoformat(),
             "files": [{"file": name, "sha256": sha(data), "name": name.split("/")[-1]}]}
            for name, data in files.items()]
    data: dict[str, Any] = {
        "format": "rci-intake-dossier/1",
        "program": "atd-reverse-engineering",
        "profile_version": "2026.1",
        "submission_date": TODAY.isoformat(),
        "enterprise": {"inn": "1234567894", "kpp": "590401001", "ogrn": "1022200525819",
                       "full_name": "ООО «Тестовый завод»", "address": "г. Пермь"},
        "contact": {"name": "Иванов Иван Иванович", "position": "Главный инженер",
                    "phone": "+7 (342) 123-45-67", "legal_basis": "legitimate"},
        "project": {"title": "КД на уплотнение", "component_name": "Уплотнение",
                    "okpd2": "28.13.31.000",
                    "foreign_analogue": {"name": "Seal", "manufacturer": "Example GmbH",
                                         "country": "Германия"},
                    "start_date": TODAY.isoformat(),
                    "end_date": (TODAY + dt.timedelta(days=400)).isoformat(),
                    "total_cost": "15000000.00", "grant_requested": "12000000.00",
                    "own_funds": "3000000.00", "serial_volume": 100},
        "signatory_is_director": True,
        "cost_lines": [{"category": "Оплата труда", "amount": "15000000.00"}],
        "documents": docs,
    }
    data.update(over)
    return data


def good_files() -> dict[str, bytes]:
    return {"files/charter.pdf": pdf_bytes(2), "files/tax_certificate.pdf": pdf_bytes(1),
            "files/analogue_evidence.png": image_bytes("PNG")}


def make_zip(path: Path, data: dict[str, Any], files: dict[str, bytes],
             extra: list[tuple[str, bytes]] | None = None) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("dossier.json", json.dumps(data, ensure_ascii=False, indent=2))
        for name, content in files.items():
            zf.writestr(name, content)
        for name, content in extra or []:
            zf.writestr(name, content)
    return path


def row_counts(sv: Any) -> dict[str, int]:
    with sv.db.read() as s:
        return {t.name: int(s.execute(select(func.count()).select_from(t)).scalar_one())
                for t in Base.metadata.sorted_tables}


def test_good_zip_imports(services: Any, tmp_path: Path) -> None:
    sv = services
    files = good_files()
    result = import_dossier(sv, make_zip(tmp_path / "d.zip", dossier_json(files), files))
    assert result.enterprise_created and result.documents == 3 and result.files == 3
    d = sv.dossiers.get(result.dossier_id)
    assert d.total_cost == 15_000_000_00 and d.status.value == "draft"
    assert d.foreign_analogue_country == "Германия"
    assert d.contact_id is not None
    docs = sv.documents.list_documents(d.id)
    assert [x.files[0].pages for x in docs] == [2, 1, 1]
    # the same enterprise again with another name: not overwritten, reported
    again = dossier_json(files)
    again["enterprise"]["full_name"] = "ООО «Переименованный завод»"
    r2 = import_dossier(sv, make_zip(tmp_path / "d2.zip", again, files))
    assert not r2.enterprise_created and r2.enterprise_id == result.enterprise_id
    assert any("Переименованный" in w for w in r2.warnings)
    assert sv.enterprises.get(r2.enterprise_id).full_name == "ООО «Тестовый завод»"


def test_folder_and_single_file_form(services: Any, tmp_path: Path) -> None:
    sv = services
    folder = tmp_path / "dossier"
    folder.mkdir()
    (folder / "устав.pdf").write_bytes(pdf_bytes(1))
    data = dossier_json({})
    data["documents"] = [{"type": "charter", "file": "устав.pdf"}]
    (folder / "dossier.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = import_dossier(sv, folder / "dossier.json")
    assert sv.documents.list_documents(result.dossier_id)[0].files[0].original_name == "устав.pdf"


@pytest.mark.parametrize("case", ["traversal", "sha", "json", "schema", "type", "missing",
                                  "inspect", "outside", "symlink"])
def test_bad_input_refused_and_nothing_written(services: Any, tmp_path: Path, case: str) -> None:
    sv = services
    files = good_files()
    data = dossier_json(files)
    before = row_counts(sv)
    blobs_before = stored_shas(sv)
    target: Path
    expected: str
    if case == "traversal":
        target = make_zip(tmp_path / "x.zip", data, files, extra=[("../evil", b"x")])
        expected = "evil"
    elif case == "sha":
        bad = dict(files)
        bad["files/charter.pdf"] = pdf_bytes(3)
        target = make_zip(tmp_path / "x.zip", data, bad)
        expected = "SHA-256"
    elif case == "json":
        target = tmp_path / "x.zip"
        with zipfile.ZipFile(target, "w") as zf:
            zf.writestr("dossier.json",
                        '{\n  "format": "rci-intake-dossier/1",\n  "program" "x"\n}')
        expected = "строке 3, столбце 13"
    elif case == "schema":
        data["project"]["total_cost"] = 15000000
        target = make_zip(tmp_path / "x.zip", data, files)
        expected = 'project.total_cost: ожидается сумма в рублях, например "15000000.00"'
    elif case == "type":
        data["documents"][0]["type"] = "horoscope"
        target = make_zip(tmp_path / "x.zip", data, files)
        expected = "documents[0].type: неизвестный тип документа «horoscope»"
    elif case == "missing":
        files.pop("files/charter.pdf")
        target = make_zip(tmp_path / "x.zip", data, files)
        expected = "documents[0].files[0]"
    elif case == "inspect":
        data["documents"][0]["files"][0]["sha256"] = sha(image_bytes("PNG"))
        bad = dict(files)
        bad["files/charter.pdf"] = image_bytes("PNG")
        target = make_zip(tmp_path / "x.zip", data, bad)
        expected = "PNG"
    else:
        folder = tmp_path / "f"
        folder.mkdir()
        secret = tmp_path / "secret.pdf"
        secret.write_bytes(pdf_bytes(1))
        data["documents"] = [{"type": "charter", "file": "../secret.pdf"}]
        expected = "за пределы"
        if case == "symlink":
            (folder / "link.pdf").symlink_to(secret)
            data["documents"] = [{"type": "charter", "file": "link.pdf"}]
            expected = "символическая ссылка"
        (folder / "dossier.json").write_text(json.dumps(data), encoding="utf-8")
        target = folder
    with pytest.raises(InputError) as exc:
        import_dossier(sv, target)
    message = "\n".join(f"{p.field}: {p.message}" for p in exc.value.problems)
    assert expected in message
    assert row_counts(sv) == before
    blobs_after = stored_shas(sv)
    assert blobs_after == blobs_before


def test_round_trip_same_findings(services: Any, tmp_path: Path) -> None:
    sv = services
    files = good_files()
    first = import_dossier(sv, make_zip(tmp_path / "in.zip", dossier_json(files), files))
    v1 = sv.dossiers.validate(first.dossier_id, today=TODAY)
    out = export_dossier(sv, first.dossier_id, tmp_path / "out.zip")
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        exported = json.loads(zf.read("dossier.json"))
    assert names[0] == "dossier.json" and names[1].startswith("files/01_")
    assert exported["project"]["total_cost"] == "15000000.00"
    assert exported["contact"]["legal_basis"] == "legitimate"
    second = import_dossier(sv, out)
    v2 = sv.dossiers.validate(second.dossier_id, today=TODAY)
    assert v1.report.findings == v2.report.findings
    assert v1.report.findings  # the dossier is incomplete: there is something to compare
    # folder form, and exporting the same dossier twice gives identical bytes
    export_dossier(sv, second.dossier_id, tmp_path / "folder")
    third = import_dossier(sv, tmp_path / "folder")
    assert sv.dossiers.validate(third.dossier_id, today=TODAY).report.findings == v1.report.findings
    a = export_dossier(sv, second.dossier_id, tmp_path / "a.zip").read_bytes()
    b = export_dossier(sv, second.dossier_id, tmp_path / "b.zip").read_bytes()
    assert a == b


def test_committed_schema_matches_generation() -> None:
    committed = REPO / "resources" / "schemas" / "dossier-exchange.schema.json"
    assert committed.read_text(encoding="utf-8") == render_exchange_schema(), (
        "схема устарела: перегенерируйте write_exchange_schema()")
    schema = json.loads(committed.read_text(encoding="utf-8"))
    assert "documents" in schema["properties"] and "enterprise" in schema["required"]
