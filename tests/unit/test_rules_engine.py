"""Rule kinds at, just below and just above their bounds; conditions; documents."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from desktop_app.core.rules import (
    CostLineFact,
    DocumentFact,
    DossierFacts,
    Profile,
    checklist,
    document_status,
    parse_profile,
    validate,
)
from desktop_app.core.rules.engine import add_months

SUBMISSION = dt.date(2026, 3, 31)


def rule(kind: str, rid: str = "r", **kw: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": rid, "kind": kind, "severity": "error", "message": "нарушено",
        "clause": "п. 1", "confidence": "assumed",
    }
    data.update(kw)
    return data


def doc(code: str, **kw: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "code": code, "title": f"Документ {code}", "required": "always",
        "severity": "error", "message": "нет документа «{document}»",
        "clause": "п. 2", "confidence": "assumed",
    }
    data.update(kw)
    return data


def profile(*rules: dict[str, Any], documents: tuple[dict[str, Any], ...] = ()) -> Profile:
    return parse_profile(
        {
            "code": "test", "title": "Тест", "version": "1", "effective_date": dt.date(2026, 1, 1),
            "legal_basis": "Тестовое основание", "confidence": "assumed",
            "documents": list(documents), "rules": list(rules),
        }
    )


def facts(**project: Any) -> DossierFacts:
    return DossierFacts(program="test", submission_date=SUBMISSION, project=project)


def failed(p: Profile, f: DossierFacts) -> list[str]:
    return [x.rule for x in validate(p, f).findings]


# --- number_bounds ----------------------------------------------------------------

@pytest.mark.parametrize(
    ("value", "ok"),
    [(1_000_000_00 - 1, True), (1_000_000_00, True), (1_000_000_00 + 1, False)],
)
def test_number_max_inclusive_at_kopeck_precision(value: int, ok: bool) -> None:
    p = profile(rule("number_bounds", field="project.grant_requested", max=1_000_000_00,
                     message="Грант {value} больше {max}"))
    report = validate(p, facts(grant_requested=value))
    assert (report.findings == []) is ok
    if not ok:
        assert report.findings[0].message == "Грант 1 000 000,01 ₽ больше 1 000 000,00 ₽"
        assert report.findings[0].target == "project.grant_requested"
        assert report.verdict == "not_ready"


@pytest.mark.parametrize(("value", "ok"), [(99, False), (100, True), (101, True)])
def test_number_min_inclusive(value: int, ok: bool) -> None:
    p = profile(rule("number_bounds", field="project.serial_volume", min=100))
    assert (failed(p, facts(serial_volume=value)) == []) is ok


@pytest.mark.parametrize(("value", "ok"), [(0, False), (1, True)])
def test_number_min_exclusive(value: int, ok: bool) -> None:
    p = profile(rule("number_bounds", field="project.total_cost", min=0, min_exclusive=True))
    assert (failed(p, facts(total_cost=value)) == []) is ok


def test_number_bounds_missing_value_is_skipped() -> None:
    p = profile(rule("number_bounds", field="project.total_cost", min=1))
    assert validate(p, facts()).findings == []
    row = checklist(p, facts())[0]
    assert row.result == "not_applicable"
    assert "Общая стоимость проекта" in row.note


# --- ratio_bounds -----------------------------------------------------------------

GRANT_SHARE = rule(
    "ratio_bounds", "grant_share", numerator="project.grant_requested",
    denominator="project.total_cost", max=0.8,
    message=(
        "Грант {numerator_value} — {ratio} от {denominator_value}, допустимо {max} ({max_amount})"
    ),
)
OWN_SHARE = rule(
    "ratio_bounds", "own_share", numerator="project.own_funds",
    denominator="project.total_cost", min="0.2",
    message="Собственные {ratio}, нужно {min} ({min_amount})",
)


@pytest.mark.parametrize(
    ("grant", "ok"), [(80_000_000_00 - 1, True), (80_000_000_00, True), (80_000_000_01, False)]
)
def test_grant_share_exact_at_80_percent(grant: int, ok: bool) -> None:
    p = profile(GRANT_SHARE)
    assert (failed(p, facts(grant_requested=grant, total_cost=100_000_000_00)) == []) is ok


def test_grant_share_on_uneven_total_has_no_float_error() -> None:
    # 0.8 × 1 234 567,89 ₽ = 987 654,312 ₽: 987 654,31 is allowed, ,32 is not
    p = profile(GRANT_SHARE)
    assert failed(p, facts(grant_requested=98_765_431, total_cost=123_456_789)) == []
    report = validate(p, facts(grant_requested=98_765_432, total_cost=123_456_789))
    assert [f.rule for f in report.findings] == ["grant_share"]
    assert report.findings[0].message == (
        "Грант 987 654,32 ₽ — 80 % от 1 234 567,89 ₽, допустимо 80 % (987 654,31 ₽)"
    )


@pytest.mark.parametrize(
    ("own", "ok"), [(24_691_357, False), (24_691_358, True), (24_691_359, True)]
)
def test_own_share_at_least_20_percent(own: int, ok: bool) -> None:
    # 0.2 × 123 456 789 = 24 691 357,8 kopecks
    p = profile(OWN_SHARE)
    report = validate(p, facts(own_funds=own, total_cost=123_456_789))
    assert (report.findings == []) is ok
    if not ok:
        assert report.findings[0].message == "Собственные 20 %, нужно 20 % (246 913,58 ₽)"


def test_ratio_with_zero_total_is_not_applicable() -> None:
    p = profile(GRANT_SHARE)
    assert failed(p, facts(grant_requested=1, total_cost=0)) == []
    assert checklist(p, facts(grant_requested=1, total_cost=0))[0].result == "not_applicable"


# --- sum_equals ----------------------------------------------------------------

FUNDING = rule(
    "sum_equals", "funding", terms=["project.grant_requested", "project.own_funds",
                                    "project.other_funds"],
    zero_if_missing=["project.other_funds"], total="project.total_cost",
    message="{terms}: {sum} ≠ {total} ({difference})",
)


@pytest.mark.parametrize(("own", "ok"), [(19_99, False), (20_00, True), (20_01, False)])
def test_sum_equals_to_the_kopeck(own: int, ok: bool) -> None:
    p = profile(FUNDING)
    report = validate(p, facts(grant_requested=80_00, own_funds=own, total_cost=100_00))
    assert (report.findings == []) is ok
    if own == 19_99:
        assert report.findings[0].message.endswith("99,99 ₽ ≠ 100,00 ₽ (-0,01 ₽)")
        assert report.findings[0].target == "project.total_cost"


def test_sum_equals_missing_term_not_zero_is_skipped() -> None:
    p = profile(FUNDING)
    f = facts(grant_requested=80_00, total_cost=100_00)
    assert failed(p, f) == []
    assert "Собственные средства" in checklist(p, f)[0].note


def test_sum_equals_other_funds_count() -> None:
    p = profile(FUNDING)
    f = facts(grant_requested=70_00, own_funds=20_00, other_funds=10_00, total_cost=100_00)
    assert failed(p, f) == []


def test_cost_lines_sum() -> None:
    p = profile(rule("sum_equals", terms=["cost_lines.sum"], total="project.total_cost"))
    lines = [CostLineFact(category="Оплата труда", amount=60_00),
             CostLineFact(category="Материалы", amount=40_00)]
    good = DossierFacts(program="t", project={"total_cost": 100_00}, cost_lines=lines)
    bad = DossierFacts(program="t", project={"total_cost": 100_01}, cost_lines=lines)
    assert failed(p, good) == []
    assert failed(p, bad) == ["r"]


# --- dates ------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("end", "strict", "ok"),
    [
        (dt.date(2026, 5, 31), True, False),
        (dt.date(2026, 6, 1), True, False),
        (dt.date(2026, 6, 2), True, True),
        (dt.date(2026, 6, 1), False, True),
    ],
)
def test_date_order(end: dt.date, strict: bool, ok: bool) -> None:
    p = profile(rule("date_order", first="project.start_date", second="project.end_date",
                     strict=strict, message="{second_value} не позже {first_value}"))
    report = validate(p, facts(start_date=dt.date(2026, 6, 1), end_date=end))
    assert (report.findings == []) is ok
    if not ok:
        assert report.findings[0].message == f"{end:%d.%m.%Y} не позже 01.06.2026"


@pytest.mark.parametrize(
    ("end", "ok"),
    [(dt.date(2028, 1, 30), True), (dt.date(2028, 1, 31), True), (dt.date(2028, 2, 1), False)],
)
def test_duration_max_months(end: dt.date, ok: bool) -> None:
    p = profile(rule("duration", start="project.start_date", end="project.end_date",
                     max_months=24, message="{months} мес. > {max}"))
    report = validate(p, facts(start_date=dt.date(2026, 1, 31), end_date=end))
    assert (report.findings == []) is ok
    if not ok:
        assert report.findings[0].message == "24 мес. > 24 мес."


@pytest.mark.parametrize(("days", "ok"), [(29, False), (30, True), (365, True), (366, False)])
def test_duration_days(days: int, ok: bool) -> None:
    start = dt.date(2026, 1, 1)
    p = profile(rule("duration", start="project.start_date", end="project.end_date",
                     min_days=30, max_days=365))
    f = facts(start_date=start, end_date=start + dt.timedelta(days=days))
    assert (failed(p, f) == []) is ok


def test_add_months_clamps_to_month_end() -> None:
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2027, 12, 31), 2) == dt.date(2028, 2, 29)


# --- identifiers and patterns --------------------------------------------------------

@pytest.mark.parametrize(
    ("path", "kind", "value", "ok"),
    [
        ("enterprise.inn", "inn", "1234567894", True),
        ("enterprise.inn", "inn", "1234567895", False),
        ("enterprise.inn", "inn", "123456789047", True),
        ("enterprise.inn", "inn10", "123456789047", False),
        ("enterprise.ogrn", "ogrn_any", "1022200525819", True),
        ("enterprise.ogrn", "ogrn_any", "1022500001328", False),
        ("enterprise.ogrn", "ogrn_any", "385768585948949", True),
        ("enterprise.kpp", "kpp", "590401001", True),
        ("enterprise.kpp", "kpp", "59040100", False),
    ],
)
def test_identifier_valid(path: str, kind: str, value: str, ok: bool) -> None:
    p = profile(rule("identifier_valid", field=path, identifier=kind, message="{problem}"))
    field = path.split(".")[1]
    report = validate(p, DossierFacts(program="t", enterprise={field: value}))
    assert (report.findings == []) is ok
    if not ok:
        assert "ИНН" in report.findings[0].message or "ОГРН" in report.findings[0].message \
            or "КПП" in report.findings[0].message


@pytest.mark.parametrize(
    ("code", "ok"),
    [
        ("29.32", True), ("29.32.3", True), ("29.32.30", True), ("29.32.30.390", True),
        ("29.3", False), ("29.32.300", False), ("29.32.30.39", False), ("2932", False),
        ("29,32", False), ("29.32.30.390.1", False), ("", True),  # blank = absent, skipped
    ],
)
def test_okpd2_format(code: str, ok: bool) -> None:
    p = profile(rule("pattern", field="project.okpd2", format="okpd2",
                     message="«{value}»: ожидается {expected}"))
    report = validate(p, facts(okpd2=code))
    assert (report.findings == []) is ok
    if not ok:
        assert "28.15.10.000" in report.findings[0].message


def test_regex_pattern() -> None:
    p = profile(rule("pattern", field="project.serial_years", regex=r"\d{4}",
                     expected="год из четырёх цифр"))
    assert failed(p, facts(serial_years="2027")) == []
    assert failed(p, facts(serial_years="27")) == ["r"]


# --- required and conditions -----------------------------------------------------------

def test_required_blank_string_is_missing() -> None:
    p = profile(rule("required", field="project.title", message="Не заполнено «{field}»"))
    report = validate(p, facts(title="   "))
    assert [f.message for f in report.findings] == ["Не заполнено «Наименование проекта»"]
    assert failed(p, facts(title="КД на насос")) == []


def test_required_bool_false_is_present() -> None:
    p = profile(rule("required", field="signatory_is_director"))
    assert failed(p, DossierFacts(program="t", signatory_is_director=False)) == []
    assert failed(p, DossierFacts(program="t")) == ["r"]


GUARANTEE = doc("cofinancing_guarantee", required="conditional",
                when={"field": "project.own_funds", "op": "gt", "value": 0})


@pytest.mark.parametrize(("own", "required"), [(1, True), (0, False), (None, False)])
def test_condition_true_false_missing(own: int | None, required: bool) -> None:
    p = profile(documents=(GUARANTEE,))
    assert (failed(p, facts(own_funds=own)) == ["document:cofinancing_guarantee"]) is required
    row = checklist(p, facts(own_funds=own))[0]
    assert row.result == ("failed" if required else "not_applicable")
    if not required:
        assert "софинансируется из собственных средств" in row.note


def test_condition_eq_false_for_power_of_attorney() -> None:
    poa = doc("power_of_attorney", required="conditional",
              when={"field": "signatory_is_director", "op": "eq", "value": False})
    p = profile(documents=(poa,))
    assert failed(p, DossierFacts(program="t", signatory_is_director=False)) == [
        "document:power_of_attorney"
    ]
    assert failed(p, DossierFacts(program="t", signatory_is_director=True)) == []
    assert failed(p, DossierFacts(program="t")) == []


def test_condition_all_any_present_absent() -> None:
    when = {"any": [
        {"field": "project.other_funds", "op": "absent"},
        {"all": [{"field": "project.other_funds", "op": "ge", "value": 100},
                 {"field": "project.start_date", "op": "lt", "value": dt.date(2027, 1, 1)}]},
    ]}
    p = profile(rule("required", field="project.consumers", when=when))
    assert failed(p, facts()) == ["r"]
    assert failed(p, facts(other_funds=100, start_date=dt.date(2026, 12, 31))) == ["r"]
    assert failed(p, facts(other_funds=99, start_date=dt.date(2026, 12, 31))) == []
    assert failed(p, facts(other_funds=100, start_date=dt.date(2027, 1, 1))) == []
    p2 = profile(rule("required", field="project.consumers",
                      when={"field": "project.okpd2", "op": "present"}))
    assert failed(p2, facts(okpd2="29.32")) == ["r"]
    assert failed(p2, facts()) == []


def test_disabled_rule_is_listed_but_not_checked() -> None:
    p = profile(rule("number_bounds", field="project.grant_requested", enabled=False))
    assert failed(p, facts(grant_requested=10**12)) == []
    row = checklist(p, facts())[0]
    assert (row.result, row.note) == ("not_applicable", "проверка отключена в профиле")


# --- documents --------------------------------------------------------------------------

def _d(code: str, issued: dt.date | None = None, **kw: Any) -> DocumentFact:
    base: dict[str, Any] = {"type": code, "issued_on": issued, "files": 1, "kinds": ["pdf"]}
    base.update(kw)
    return DocumentFact(**base)


@pytest.mark.parametrize(
    ("issued", "fresh"),
    [(dt.date(2026, 3, 2), True), (dt.date(2026, 3, 1), True), (dt.date(2026, 2, 28), False)],
)
def test_freshness_boundary_day(issued: dt.date, fresh: bool) -> None:
    # submission 31.03.2026; 30 days before is 01.03.2026 (fresh), 31 days is 28.02 (stale)
    assert (SUBMISSION - issued).days in (29, 30, 31)
    p = profile(documents=(doc("tax_certificate", max_age_days=30),))
    f = DossierFacts(program="t", submission_date=SUBMISSION,
                     documents=[_d("tax_certificate", issued)])
    report = validate(p, f)
    assert (report.findings == []) is fresh
    status = document_status(p, f)[0]
    assert status.fresh is fresh
    if not fresh:
        assert report.findings[0].message == (
            "«Документ tax_certificate»: документ выдан 28.02.2026, а должен быть выдан "
            "не ранее 01.03.2026 (не более 30 дн. до 31.03.2026)"
        )


@pytest.mark.parametrize(
    ("issued", "fresh"), [(dt.date(2026, 3, 1), True), (dt.date(2026, 2, 28), False)]
)
def test_document_fresh_rule_kind(issued: dt.date, fresh: bool) -> None:
    p = profile(
        rule("document_fresh", document="egrul_extract", max_age_days=30,
             message="{document}: {issued_on} < {oldest_allowed} ({age_days} дн.)"),
        documents=(doc("egrul_extract", required="optional"),),
    )
    f = DossierFacts(program="t", submission_date=SUBMISSION,
                     documents=[_d("egrul_extract", issued)])
    report = validate(p, f)
    assert (report.findings == []) is fresh
    if not fresh:
        assert report.findings[0].message == (
            "Документ egrul_extract: 28.02.2026 < 01.03.2026 (31 дн.)"
        )
        assert report.findings[0].target == "document:egrul_extract"


def test_freshness_uses_today_without_submission_date() -> None:
    p = profile(documents=(doc("egrul_extract", max_age_days=30),))
    f = DossierFacts(program="t", documents=[_d("egrul_extract", dt.date(2026, 1, 1))])
    assert validate(p, f, today=dt.date(2026, 1, 31)).findings == []
    assert len(validate(p, f, today=dt.date(2026, 2, 1)).findings) == 1


def test_newest_document_decides_freshness_and_missing_date_is_reported() -> None:
    p = profile(documents=(doc("egrul_extract", max_age_days=30),))
    f = DossierFacts(program="t", submission_date=SUBMISSION, documents=[
        _d("egrul_extract", dt.date(2025, 1, 1)), _d("egrul_extract", dt.date(2026, 3, 30)),
    ])
    assert validate(p, f).findings == []
    undated = DossierFacts(program="t", submission_date=SUBMISSION,
                           documents=[_d("egrul_extract", None)])
    msgs = [x.message for x in validate(p, undated).findings]
    assert len(msgs) == 1
    assert "выдан не указано" in msgs[0]


def test_expired_valid_until_is_stale() -> None:
    p = profile(documents=(doc("egrul_extract", max_age_days=30),))
    f = DossierFacts(program="t", submission_date=SUBMISSION, documents=[
        _d("egrul_extract", dt.date(2026, 3, 20), valid_until=dt.date(2026, 3, 30)),
    ])
    assert validate(p, f).verdict == "not_ready"


@pytest.mark.parametrize(("count", "ok"), [(1, False), (2, True), (3, True)])
def test_document_present_min_count(count: int, ok: bool) -> None:
    p = profile(
        rule("document_present", document="consumer_letter", min_count=2,
             message="{document}: {count} из {min_count}"),
        documents=(doc("consumer_letter", required="optional"),),
    )
    f = DossierFacts(program="t", documents=[_d("consumer_letter")] * count)
    report = validate(p, f)
    assert (report.findings == []) is ok
    if not ok:
        assert report.findings[0].message == "Документ consumer_letter: 1 из 2"


def test_documents_without_files_or_damaged_do_not_count() -> None:
    p = profile(documents=(doc("charter"),))
    f = DossierFacts(program="t", documents=[
        _d("charter", files=0), _d("charter", damaged=True),
    ])
    report = validate(p, f)
    assert [x.message for x in report.findings] == [
        "нет документа «Документ charter»",
        "«Документ charter»: файл повреждён или не читается, замените его",
    ]
    status = document_status(p, f)[0]
    assert (status.present, status.count, status.recorded, status.damaged) == (False, 0, 2, 1)
    assert status.ok is False


def test_wrong_file_kind_is_a_warning() -> None:
    p = profile(documents=(doc("cost_estimate", kinds=["pdf", "xlsx"]),))
    f = DossierFacts(program="t", documents=[_d("cost_estimate", kinds=["docx", "pdf"])])
    report = validate(p, f)
    assert report.verdict == "ready"
    assert [(x.severity, x.message) for x in report.findings] == [
        ("warning", "«Документ cost_estimate»: приложены файлы вида docx, а принимаются "
                    "только pdf, xlsx"),
    ]
    assert document_status(p, f)[0].kinds_ok is False


def test_recommended_document_gives_warning_only() -> None:
    p = profile(documents=(doc("analogue_evidence", required="recommended", severity="warning"),))
    report = validate(p, DossierFacts(program="t"))
    assert report.verdict == "ready"
    assert [x.severity for x in report.findings] == ["warning"]
    assert checklist(p, DossierFacts(program="t"))[0].result == "warning"


# --- whole report ------------------------------------------------------------------------

def test_findings_in_profile_order_and_repeatable() -> None:
    p = profile(
        rule("required", "b", field="project.title"),
        rule("required", "a", field="enterprise.inn"),
        documents=(doc("z"), doc("y")),
    )
    first = validate(p, DossierFacts(program="t"))
    assert [f.rule for f in first.findings] == ["document:z", "document:y", "b", "a"]
    assert first == validate(p, DossierFacts(program="t"))
    rows = checklist(p, DossierFacts(program="t"))
    assert [r.item for r in rows] == ["document:z", "document:y", "b", "a"]
    assert all(r.result == "failed" for r in rows)
    assert [r.title for r in rows[2:]] == [
        "Заполнено поле «Наименование проекта»", "Заполнено поле «ИНН»"
    ]


def test_report_carries_clause_confidence_and_profile() -> None:
    p = profile(rule("required", field="project.title", clause="п. 7.1", confidence="reported"))
    report = validate(p, DossierFacts(program="t"))
    (f,) = report.findings
    assert (f.clause, f.confidence, f.severity, f.target) == (
        "п. 7.1", "reported", "error", "project.title"
    )
    assert (report.profile_code, report.profile_version) == ("test", "1")


def test_warnings_only_is_ready() -> None:
    p = profile(rule("required", field="project.title", severity="warning"))
    report = validate(p, DossierFacts(program="t"))
    assert report.verdict == "ready"
    assert len(report.warnings) == 1
    assert checklist(p, DossierFacts(program="t"))[0].result == "warning"


def test_fifty_documents() -> None:
    p = profile(documents=tuple(doc(f"d{i}", max_age_days=30) for i in range(12)))
    f = DossierFacts(program="t", submission_date=SUBMISSION,
                     documents=[_d(f"d{i % 12}", SUBMISSION) for i in range(50)])
    assert validate(p, f).findings == []
    assert [s.count for s in document_status(p, f)] == [5, 5] + [4] * 10


def test_a_crashing_rule_is_named_by_its_title_not_its_id(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from desktop_app.core.rules import engine

    def crash(*_args: Any) -> Any:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(engine, "_eval_number_bounds", crash)
    monkeypatch.setattr(engine, "_doc_status", crash)
    p = profile(
        rule("number_bounds", "grant_cap_internal", field="project.grant_requested", max=100,
             title="Сумма гранта не больше предельной"),
        rule("number_bounds", "own_funds_internal", field="project.own_funds", min=1),
        documents=(doc("charter_internal", title="Устав организации"),),
    )
    report = validate(p, facts(grant_requested=50, own_funds=10))
    messages = [f.message for f in report.findings]
    assert messages == [
        "Проверку документа «Устав организации» выполнить не удалось: проверьте введённые "
        "данные",
        "Проверку «Сумма гранта не больше предельной» выполнить не удалось: проверьте "
        "введённые данные",
        "Проверку «„Собственные средства“ больше нуля» выполнить не удалось: проверьте "
        "введённые данные",
    ]
    for text in messages:
        assert "internal" not in text
    rows = checklist(p, facts(grant_requested=50, own_funds=10))
    assert [r.result for r in rows] == ["warning"] * 3
    assert "grant_cap_internal" in caplog.text  # the administrator finds it in the log


# --- the applicant's kind; requirements read as sentences ----------------------------

@pytest.mark.parametrize(("inn", "applies"), [("5902001675", True), ("590200006635", False)])
def test_kpp_is_asked_of_an_organisation_not_of_an_individual_entrepreneur(
    inn: str, applies: bool,
) -> None:
    p = profile(rule("required", field="enterprise.kpp", severity="warning",
                     when={"field": "enterprise.is_individual", "op": "eq", "value": False}))
    f = DossierFacts(program="test", submission_date=SUBMISSION, enterprise={"inn": inn})
    row = checklist(p, f)[0]
    assert row.result == ("warning" if applies else "not_applicable")
    if not applies:
        assert "заявитель — организация" in row.note


def test_bounds_at_zero_read_as_words_not_as_kopecks() -> None:
    p = profile(
        rule("number_bounds", "a", field="project.total_cost", min=1),
        rule("number_bounds", "b", field="project.other_funds", min=0),
        rule("number_bounds", "c", field="project.serial_volume", min=1),
    )
    rows = checklist(p, facts(total_cost=10, other_funds=0, serial_volume=5))
    assert [r.title for r in rows] == [
        "«Общая стоимость проекта» больше нуля",
        "«Иные средства» не меньше нуля",
        "«Объём серийного производства» не меньше 1",
    ]
