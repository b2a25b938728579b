"""validate / checklist / document_status never raise on arbitrary facts."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.resources import resource_path
from desktop_app.core.rules import (
    CostLineFact,
    DocumentFact,
    DossierFacts,
    EnterpriseFacts,
    ProjectFacts,
    check_profile_file,
    checklist,
    document_status,
    evaluate_eligibility,
    parse_profile,
    validate,
)

SHIPPED = check_profile_file(resource_path("programs", "atd-reverse-engineering.toml"))

# a profile with the kinds the shipped one leaves out (duration, document rules, regex)
EXTRA = parse_profile({
    "code": "extra", "title": "Доп.", "version": "1", "effective_date": dt.date(2026, 1, 1),
    "legal_basis": "Основание", "confidence": "assumed",
    "documents": [{"code": "tax_certificate", "title": "Справка", "required": "optional",
                   "max_age_days": 0, "severity": "error", "message": "нет",
                   "clause": "п.", "confidence": "assumed"}],
    "rules": [
        {"id": "dur", "kind": "duration", "start": "project.start_date",
         "end": "project.end_date", "min_months": 1, "max_months": 36, "min_days": 1,
         "max_days": 2000, "severity": "error", "message": "{months} {days} {min} {max}",
         "clause": "п.", "confidence": "assumed"},
        {"id": "fresh", "kind": "document_fresh", "document": "tax_certificate",
         "max_age_days": 10**6, "severity": "error", "message": "{age_days} {oldest_allowed}",
         "clause": "п.", "confidence": "assumed"},
        {"id": "count", "kind": "document_present", "document": "tax_certificate",
         "min_count": 3, "severity": "warning", "message": "{count}",
         "clause": "п.", "confidence": "assumed"},
        {"id": "re", "kind": "pattern", "field": "project.title", "regex": "[А-Я].*",
         "expected": "с заглавной", "severity": "info", "message": "{value}",
         "clause": "п.", "confidence": "assumed"},
        {"id": "ratio", "kind": "ratio_bounds", "numerator": "project.own_funds",
         "denominator": "cost_lines.sum", "min": 0, "max": 1, "min_exclusive": True,
         "severity": "error", "message": "{ratio} {min_amount} {max_amount}",
         "clause": "п.", "confidence": "assumed"},
    ],
})

text = st.one_of(st.none(), st.text(max_size=20),
                 st.sampled_from(["1234567894", "590401001", "1022200525819", "28.13"]))
money = st.one_of(st.none(), st.integers(min_value=-(10**20), max_value=10**20))
dates = st.one_of(st.none(), st.dates())

enterprises = st.builds(
    EnterpriseFacts, inn=text, kpp=text, ogrn=text, full_name=text, address=text, region=text,
)
projects = st.builds(
    ProjectFacts, title=text, component_name=text, okpd2=text, foreign_analogue_name=text,
    foreign_analogue_manufacturer=text, foreign_analogue_country=text, target_industry=text,
    consumers=text, start_date=dates, end_date=dates, total_cost=money,
    grant_requested=money, own_funds=money, other_funds=money,
    serial_volume=money, serial_years=text,
)
documents = st.builds(
    DocumentFact,
    type=st.sampled_from([d.code for d in SHIPPED.documents] + ["unknown", ""]),
    title=text, number=text, issued_on=dates, valid_until=dates,
    files=st.integers(min_value=-2, max_value=5), pages=st.one_of(st.none(), st.integers()),
    kinds=st.lists(st.sampled_from(["pdf", "PDF", "exe", "", "docx"]), max_size=3),
    damaged=st.booleans(),
)
dossiers = st.builds(
    DossierFacts,
    program=st.text(max_size=10),
    submission_date=dates,
    signatory_is_director=st.one_of(st.none(), st.booleans()),
    enterprise=enterprises,
    project=projects,
    cost_lines=st.lists(
        st.builds(CostLineFact, category=st.text(max_size=5), description=text, amount=money
                  .filter(lambda v: v is not None)),
        max_size=4,
    ),
    documents=st.lists(documents, max_size=15),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dossiers, st.one_of(st.none(), st.dates()))
def test_validate_never_raises(facts: DossierFacts, today: dt.date | None) -> None:
    for profile in (SHIPPED, EXTRA):
        report = validate(profile, facts, today=today)
        assert report.verdict == ("not_ready" if report.errors else "ready")
        # no check may fail internally
        assert not any("выполнить не удалось" in f.message for f in report.findings)
        rows = checklist(profile, facts, today=today)
        assert len(rows) == len(profile.documents) + len(profile.rules)
        assert len(document_status(profile, facts, today=today)) == len(profile.documents)
        assert validate(profile, facts, today=today) == report


@given(st.dictionaries(
    st.sampled_from([q.id for q in SHIPPED.questions] + ["other"]),
    st.one_of(st.none(), st.booleans(), st.text(max_size=8)),
))
def test_eligibility_never_raises(answers: dict[str, bool | str | None]) -> None:
    result = evaluate_eligibility(SHIPPED, answers)
    assert result.verdict in ("eligible", "not_eligible", "needs_clarification")
    assert type(result).from_json(result.to_json()) == result
