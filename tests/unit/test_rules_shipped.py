"""The shipped profile: loads, passes a complete dossier, names what an empty one lacks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop_app.core.resources import resource_path
from desktop_app.core.rules import (
    CostLineFact,
    DocumentFact,
    DossierFacts,
    Profile,
    check_profile_file,
    checklist,
    document_status,
    validate,
)
from desktop_app.core.rules.facts import FIELDS
from desktop_app.core.rules.rule_kinds import NumberBoundsRule

SUBMISSION = dt.date(2026, 4, 15)
DOC_CODES = [
    "application_form", "business_plan", "cost_estimate", "financial_statements",
    "tax_certificate", "egrul_extract", "charter", "authority_document",
    "power_of_attorney", "cofinancing_guarantee", "consumer_letter", "analogue_evidence",
]


@pytest.fixture(scope="module")
def shipped() -> Profile:
    return check_profile_file(resource_path("programs", "atd-reverse-engineering.toml"))


def complete_dossier() -> DossierFacts:
    docs = [
        DocumentFact(type=code, issued_on=SUBMISSION - dt.timedelta(days=5), files=1,
                     pages=3, kinds=["pdf"])
        for code in DOC_CODES if code != "power_of_attorney"
    ]
    return DossierFacts(
        program="atd-reverse-engineering",
        submission_date=SUBMISSION,
        signatory_is_director=True,
        enterprise={
            "inn": "1234567894", "kpp": "590401001", "ogrn": "1022200525819",
            "full_name": "АО «Тестовый насосный завод»", "address": "г. Пермь, ул. Тестовая, 1",
            "region": "59",
        },
        project={
            "title": "Разработка КД на торцевое уплотнение насоса",
            "component_name": "Торцевое уплотнение", "okpd2": "28.13.31.000",
            "foreign_analogue_name": "Уплотнение M7N", "foreign_analogue_manufacturer":
            "Тестовый производитель", "foreign_analogue_country": "Германия",
            "target_industry": "Нефтехимия", "consumers": "НПЗ Пермского края",
            "start_date": dt.date(2026, 6, 1), "end_date": dt.date(2027, 11, 30),
            "total_cost": 50_000_000_00, "grant_requested": 40_000_000_00,
            "own_funds": 10_000_000_00, "other_funds": None,
            "serial_volume": 500, "serial_years": "2028–2030",
        },
        cost_lines=[
            CostLineFact(category="Оплата труда", amount=30_000_000_00),
            CostLineFact(category="Испытания", amount=15_000_000_00),
            CostLineFact(category="Материалы", amount=5_000_000_00),
        ],
        stages=[
            {"number": "1", "title": "Испытания образца", "start_date": dt.date(2026, 6, 1),
             "end_date": dt.date(2026, 12, 31)},
            {"number": "2", "title": "Разработка КД", "start_date": dt.date(2027, 1, 1),
             "end_date": dt.date(2027, 11, 30)},
        ],
        financing=[
            {"year": 2026, "source": "grant", "amount": 15_000_000_00},
            {"year": 2027, "source": "grant", "amount": 25_000_000_00},
            {"year": 2027, "source": "own", "amount": 10_000_000_00},
        ],
        documents=docs,
    )


RECIPIENT_QUESTIONS = ["reorganization", "tax_debt", "budget_debt", "foreign_entity",
                       "sanctions_lists", "other_federal_funds", "disqualified_persons"]
PROGRAM_QUESTIONS = ["imported_component", "serial_production", "consumer",
                     "reverse_engineering"]


def test_program_questions_beside_the_recipient_requirements(shipped: Profile) -> None:
    from desktop_app.core.rules import evaluate_eligibility, passing_answers

    questions = {q.id: q for q in shipped.questions}
    for qid in PROGRAM_QUESTIONS:
        q = questions[qid]
        assert q.clause and q.confidence in ("reported", "assumed"), qid
        assert q.answer_type == "yes_no"
    # what the programme is about is reported; what is implied is an assumption
    assert questions["imported_component"].confidence == "reported"
    assert questions["reverse_engineering"].confidence == "reported"
    assert questions["serial_production"].confidence == "assumed"
    assert questions["consumer"].confidence == "assumed"
    # unknown thresholds are not invented, and the question says so
    for qid in ("serial_production", "consumer"):
        assert "не установлен" in (questions[qid].help or ""), qid
    clear = passing_answers(shipped)
    assert all(clear[qid] is True for qid in PROGRAM_QUESTIONS)
    assert evaluate_eligibility(shipped, clear).verdict == "eligible"
    domestic = evaluate_eligibility(shipped, clear | {"imported_component": False})
    assert domestic.verdict == "not_eligible"
    assert "импортные" in domestic.reasons[0].message
    no_serial = evaluate_eligibility(shipped, clear | {"serial_production": False})
    assert no_serial.verdict == "needs_clarification"
    assert "серийное производство" in no_serial.reasons[0].message
    no_sample = evaluate_eligibility(shipped, clear | {"reverse_engineering": False})
    assert no_sample.verdict == "not_eligible"


def test_shipped_profile_content(shipped: Profile) -> None:
    assert shipped.code == "atd-reverse-engineering"
    assert "№ 208" in shipped.legal_basis
    assert shipped.confidence == "assumed"
    assert [d.code for d in shipped.documents] == DOC_CODES
    assert [q.id for q in shipped.questions] == [*RECIPIENT_QUESTIONS, *PROGRAM_QUESTIONS]
    kinds = {r.kind for r in shipped.rules}
    assert {"required", "ratio_bounds", "sum_equals", "date_order", "identifier_valid",
            "pattern", "number_bounds"} <= kinds
    # unknown thresholds are not invented: their rules stay disabled, with no bounds
    assert all(not r.enabled for r in shipped.rules if r.kind == "duration")
    assert {r.id for r in shipped.rules if not r.enabled} == {
        "project.grant_requested.limits", "project.duration"}
    grant_rules = [r for r in shipped.rules if isinstance(r, NumberBoundsRule)
                   and r.field == "project.grant_requested"]
    assert grant_rules
    assert all(r.max is None for r in grant_rules)
    tax = shipped.document("tax_certificate")
    assert tax is not None and tax.max_age_days == 30
    every = [*shipped.questions, *shipped.documents, *shipped.rules]
    assert all(x.clause and x.confidence for x in every)


def test_complete_dossier_is_ready(shipped: Profile) -> None:
    report = validate(shipped, complete_dossier())
    assert report.verdict == "ready"
    assert report.findings == []
    rows = checklist(shipped, complete_dossier())
    assert len(rows) == len(shipped.documents) + len(shipped.rules)
    na = {r.item for r in rows if r.result == "not_applicable"}
    # no power of attorney needed (the director signs); no other funds to check
    assert na == {"document:power_of_attorney", "project.other_funds.not_negative",
                  "project.grant_requested.limits", "project.duration",
                  "financing.other.sum"}
    assert all(r.result == "passed" for r in rows if r.item not in na)


def test_empty_dossier_names_missing_fields(shipped: Profile) -> None:
    report = validate(shipped, DossierFacts(program="atd-reverse-engineering"),
                      today=SUBMISSION)
    assert report.verdict == "not_ready"
    error_targets = {f.target for f in report.errors}
    for path in ("submission_date", "signatory_is_director", "enterprise.inn",
                 "enterprise.ogrn", "project.title", "project.okpd2", "project.total_cost",
                 "project.grant_requested", "project.own_funds", "project.start_date",
                 "project.end_date", "cost_lines.sum"):
        assert path in error_targets, path
    for code in ("application_form", "tax_certificate", "egrul_extract", "consumer_letter"):
        assert f"document:{code}" in error_targets
    # conditional documents are not demanded while their condition is unknown
    assert "document:power_of_attorney" not in error_targets
    assert "document:cofinancing_guarantee" not in error_targets
    # one finding per missing field: rules needing absent data stay silent
    assert len(report.findings) == len({(f.rule, f.target) for f in report.findings})
    by_target = {f.target: f.message for f in report.findings}
    assert by_target["enterprise.inn"] == "Не указан ИНН организации"
    assert all(f.severity == "warning" for f in report.findings
               if f.target in ("enterprise.kpp", "document:analogue_evidence"))


def test_power_of_attorney_when_signatory_is_not_director(shipped: Profile) -> None:
    facts = complete_dossier().model_copy(update={"signatory_is_director": False})
    report = validate(shipped, facts)
    assert [f.target for f in report.findings] == ["document:power_of_attorney"]
    assert "доверенность" in report.findings[0].message


def test_cofinancing_guarantee_only_with_own_funds(shipped: Profile) -> None:
    base = complete_dossier()
    without = base.model_copy(update={
        "documents": [d for d in base.documents if d.type != "cofinancing_guarantee"]
    })
    assert [f.target for f in validate(shipped, without).findings] == [
        "document:cofinancing_guarantee"
    ]
    status = {s.code: s for s in document_status(shipped, without)}
    assert status["cofinancing_guarantee"].required is True
    assert status["power_of_attorney"].required is False


def test_grant_over_80_percent_and_sums(shipped: Profile) -> None:
    base = complete_dossier().model_copy(update={"financing": []})  # the totals alone
    project = base.project.model_copy(update={
        "grant_requested": 40_000_000_01, "own_funds": 9_999_999_99,
    })
    report = validate(shipped, base.model_copy(update={"project": project}))
    by_rule = {f.rule: f.message for f in report.findings}
    assert set(by_rule) == {"cofinancing.grant_share", "cofinancing.own_share"}
    assert by_rule["cofinancing.grant_share"] == (
        "Грант 40 000 000,01 ₽ составляет 80 % стоимости проекта 50 000 000,00 ₽, "
        "а допускается не больше 80 % (не больше 40 000 000,00 ₽)"
    )
    project = base.project.model_copy(update={"other_funds": 1})
    report = validate(shipped, base.model_copy(update={"project": project}))
    assert [f.message for f in report.findings] == [
        "Грант, собственные и иные средства в сумме дают 50 000 000,01 ₽, а общая стоимость "
        "проекта 50 000 000,00 ₽ (расхождение 0,01 ₽)"
    ]


def test_financing_by_year_must_match_the_totals(shipped: Profile) -> None:
    base = complete_dossier()
    project = base.project.model_copy(update={"other_funds": 1_00})
    report = validate(shipped, base.model_copy(update={"project": project}))
    by_rule = {f.rule: f.message for f in report.findings}
    assert by_rule["financing.other.sum"] == (
        "Иные средства по годам в сумме дают 0,00 ₽, а в проекте указано 1,00 ₽ "
        "(расхождение -1,00 ₽)")


def test_stale_tax_certificate(shipped: Profile) -> None:
    base = complete_dossier()
    docs = [
        d.model_copy(update={"issued_on": SUBMISSION - dt.timedelta(days=31)})
        if d.type == "tax_certificate" else d
        for d in base.documents
    ]
    report = validate(shipped, base.model_copy(update={"documents": docs}))
    assert [f.target for f in report.findings] == ["document:tax_certificate"]
    assert "от 15.03.2026" in report.findings[0].message
    assert "ей 31 дн., допускается не более 30" in report.findings[0].message
    assert "не ранее 16.03.2026" in report.findings[0].message


def test_bad_identifiers_and_okpd2(shipped: Profile) -> None:
    base = complete_dossier()
    enterprise = base.enterprise.model_copy(update={"inn": "1234567895", "kpp": "59040100"})
    project = base.project.model_copy(update={"okpd2": "28.1"})
    report = validate(shipped, base.model_copy(update={"enterprise": enterprise,
                                                       "project": project}))
    assert [f.rule for f in report.findings] == [
        "enterprise.inn.valid", "enterprise.kpp.valid", "project.okpd2.format"
    ]
    assert "контрольная цифра" in report.findings[0].message


def test_profile_names_only_known_fields(shipped: Profile) -> None:
    for rule in shipped.rules:
        for name in ("field", "numerator", "denominator", "total", "first", "second"):
            path = getattr(rule, name, None)
            if path is not None:
                assert path in FIELDS


def test_shipped_file_is_under_resources() -> None:
    path = resource_path("programs", "atd-reverse-engineering.toml")
    assert path.is_file()
    assert Path(path).suffix == ".toml"


def test_the_printed_basis_is_a_plain_citation_and_the_doubt_stays_on_screen(
    shipped: Profile,
) -> None:
    # what goes into papers for the Agency
    for doubt in ("по-видимому", "не подтвержд", "(номер"):
        assert doubt not in shipped.legal_basis
    assert "от 18.02.2022 № 208" in shipped.legal_basis
    # what the consultant sees beside it
    assert "не подтверждён" in shipped.legal_basis_for_consultant()


def test_an_individual_entrepreneur_is_not_asked_for_a_kpp(shipped: Profile) -> None:
    base = complete_dossier()

    def without_kpp(**enterprise: str) -> DossierFacts:
        changed = base.enterprise.model_copy(update={"kpp": None, **enterprise})
        return base.model_copy(update={"enterprise": changed})

    ip = without_kpp(inn="590200006635")
    assert not [f for f in validate(shipped, ip).findings if f.target == "enterprise.kpp"]
    org = without_kpp()
    assert [f.message for f in validate(shipped, org).findings
            if f.target == "enterprise.kpp"] == ["Не указан КПП организации"]
