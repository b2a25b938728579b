"""The calendar plan and the financing by source and year: stored with the
project data, audited with it, refused in Russian, checked by the profile."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from test_dossier_service import PROGRAM, audit_rows, new_enterprise, project

from desktop_app.core.errors import InputError

START = dt.date(2026, 3, 1)
END = dt.date(2027, 8, 31)


def plan(**over: Any) -> dict[str, Any]:
    data = project(
        start_date=START, end_date=END,
        stages=[
            {"number": "1", "title": "Обмеры и испытания образца", "start_date": START,
             "end_date": dt.date(2026, 9, 30), "result": "Отчёт об испытаниях"},
            {"number": "2", "title": "Разработка КД", "start_date": dt.date(2026, 10, 1),
             "end_date": END, "result": "Комплект КД литеры О1"},
        ],
        financing=[
            {"year": 2026, "source": "grant", "amount": "5000000.00"},
            {"year": 2027, "source": "grant", "amount": "3000000.00"},
            {"year": 2026, "source": "own", "amount": "1 250 000,00"},
            {"year": 2027, "source": "own", "amount": "750000"},
        ],
    )
    data.update(over)
    return data


def rules_of(sv: Any, dossier_id: int) -> set[str]:
    return {f.rule for f in sv.dossiers.validate(dossier_id).report.findings}


def test_plan_and_financing_are_saved_audited_and_reread(services: Any) -> None:
    sv = services
    d = sv.dossiers.create(new_enterprise(sv).id, PROGRAM)
    got = sv.dossiers.update_project(d.id, plan())
    assert [(s.number, s.title, s.start_date) for s in got.stages] == [
        ("1", "Обмеры и испытания образца", START),
        ("2", "Разработка КД", dt.date(2026, 10, 1))]
    assert [(f.year, f.source, f.amount) for f in got.financing] == [
        (2026, "grant", 5_000_000_00), (2027, "grant", 3_000_000_00),
        (2026, "own", 1_250_000_00), (2027, "own", 750_000_00)]
    upd = audit_rows(sv, "update")[-1]
    assert upd.new_values is not None
    assert upd.new_values["financing"][2] == {"year": 2026, "source": "own", "amount": 125_000_000}
    assert upd.new_values["stages"][1]["end_date"] == "2027-08-31"
    # the editor's way: take the input back, change nothing else
    again = sv.dossiers.get(d.id).project_input()
    assert len(again.stages) == 2 and len(again.financing) == 4
    found = rules_of(sv, d.id)
    assert not {r for r in found if r.startswith(("stages.", "financing."))}


def test_bad_rows_are_refused_in_russian_and_nothing_changes(services: Any) -> None:
    sv = services
    d = sv.dossiers.create(new_enterprise(sv).id, PROGRAM)
    sv.dossiers.update_project(d.id, plan())
    bad_stage = plan(stages=[{"number": "1", "title": "Этап", "start_date": END,
                              "end_date": START}])
    with pytest.raises(InputError, match=r"окончание .* раньше начала"):
        sv.dossiers.update_project(d.id, bad_stage)
    with pytest.raises(InputError) as exc:
        sv.dossiers.update_project(d.id, plan(financing=[
            {"year": 2026, "source": "бюджет", "amount": "1"}]))
    assert "Источник финансирования" in str(exc.value)
    with pytest.raises(InputError, match="дважды за 2026 год"):
        sv.dossiers.update_project(d.id, plan(financing=[
            {"year": 2026, "source": "grant", "amount": "1"},
            {"year": 2026, "source": "grant", "amount": "2"}]))
    assert len(sv.dossiers.get(d.id).stages) == 2
    assert len(sv.dossiers.get(d.id).financing) == 4


def test_profile_checks_dates_sums_and_years(services: Any) -> None:
    sv = services
    d = sv.dossiers.create(new_enterprise(sv).id, PROGRAM)
    sv.dossiers.update_project(d.id, plan(
        stages=[{"number": "1", "title": "Рано", "start_date": dt.date(2026, 2, 1),
                 "end_date": dt.date(2027, 9, 30)}],
        financing=[{"year": 2025, "source": "grant", "amount": "7000000.00"},
                   {"year": 2026, "source": "own", "amount": "2000000.00"}],
    ))
    report = sv.dossiers.validate(d.id).report
    by_rule = {f.rule: f.message for f in report.errors}
    assert "раньше начала проекта (01.03.2026)" in by_rule["stages.start.inside_project"]
    assert "позже окончания проекта (31.08.2027)" in by_rule["stages.end.inside_project"]
    grant = by_rule["financing.grant.sum"]
    assert "7 000 000,00" in grant and "8 000 000,00" in grant
    assert "financing.own.sum" not in by_rule
    assert "financing.years.inside_project" in by_rule
    # a dossier without a plan is not checked for it
    d2 = sv.dossiers.create(new_enterprise(sv, inn="7707083893").id, PROGRAM)
    sv.dossiers.update_project(d2.id, project())
    assert not {r for r in rules_of(sv, d2.id) if r.startswith(("stages.", "financing."))}
