"""The calendar plan and the financing travel with the dossier exchange file."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from test_exchange import dossier_json, good_files, make_zip, row_counts

from desktop_app.core.errors import InputError
from desktop_app.core.services.exchange.exporting import export_dossier
from desktop_app.core.services.exchange.importing import import_dossier

START = dt.date.today()


def with_plan(files: dict[str, bytes]) -> dict[str, Any]:
    return dossier_json(
        files,
        stages=[{"number": "1", "title": "Разработка КД", "start_date": START.isoformat(),
                 "end_date": (START + dt.timedelta(days=200)).isoformat(),
                 "result": "Комплект КД"},
                {"number": "2", "title": "Испытания", "start_date": None}],
        financing=[{"year": START.year, "source": "grant", "amount": "12000000.00"},
                   {"year": START.year, "source": "own", "amount": "3000000.00"}],
    )


def test_plan_and_financing_round_trip(services: Any, tmp_path: Path) -> None:
    sv = services
    files = good_files()
    first = import_dossier(sv, make_zip(tmp_path / "in.zip", with_plan(files), files))
    d = sv.dossiers.get(first.dossier_id)
    assert [(s.number, s.title, s.result) for s in d.stages] == [
        ("1", "Разработка КД", "Комплект КД"), ("2", "Испытания", None)]
    assert [(f.source, f.amount) for f in d.financing] == [
        ("grant", 12_000_000_00), ("own", 3_000_000_00)]
    out = export_dossier(sv, first.dossier_id, tmp_path / "out.zip")
    with zipfile.ZipFile(out) as zf:
        exported = json.loads(zf.read("dossier.json"))
    assert exported["financing"][0] == {"year": START.year, "source": "grant",
                                        "amount": "12000000.00"}
    assert exported["stages"][1] == {"number": "2", "title": "Испытания"}
    second = sv.dossiers.get(import_dossier(sv, out).dossier_id)
    assert second.stages == d.stages and second.financing == d.financing


def test_old_files_without_a_plan_still_import(services: Any, tmp_path: Path) -> None:
    sv = services
    files = good_files()
    data = dossier_json(files)
    assert "stages" not in data and "financing" not in data
    d = sv.dossiers.get(import_dossier(sv, make_zip(tmp_path / "old.zip", data, files)).dossier_id)
    assert d.stages == [] and d.financing == []
    out = export_dossier(sv, d.id, tmp_path / "again.zip")
    with zipfile.ZipFile(out) as zf:
        exported = json.loads(zf.read("dossier.json"))
    assert "stages" not in exported and "financing" not in exported


def test_a_bad_financing_row_is_named_and_nothing_is_written(
    services: Any, tmp_path: Path
) -> None:
    sv = services
    files = good_files()
    data = with_plan(files)
    data["stages"][0]["end_date"] = (START - dt.timedelta(days=1)).isoformat()
    before = row_counts(sv)
    with pytest.raises(InputError) as exc:
        import_dossier(sv, make_zip(tmp_path / "bad.zip", data, files))
    assert "stages[0]" in str(exc.value) and "раньше начала" in str(exc.value)
    assert row_counts(sv) == before
