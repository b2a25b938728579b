"""The rule engine: a profile and a dossier's facts → findings, checklist, document status.

Conventions
-----------
* **Missing data.** A ``required`` rule reports a missing field. Every other
  rule whose input field has no value is *skipped silently* (it appears in the
  checklist as «не применимо» with the reason), so one gap yields one finding.
  A comparison in a ``when`` condition on a missing field is false.
* **Documents.** A document counts as present when it has at least one file
  and is not marked damaged. Freshness is judged on the newest present
  document of the type: it is fresh when ``issued_on ≥ reference −
  max_age_days`` (**the boundary day counts as fresh**) and, if
  ``valid_until`` is set, ``valid_until ≥ reference``. The reference date is
  the submission date, or ``today`` while the submission date is not set. A
  present document with no issue date cannot be shown to be fresh and is
  reported with the stale message.
* **Order.** Findings follow the profile: document requirements first (in
  their order), then rules (in their order). Two runs give identical lists.
* **Never raises** on any :class:`DossierFacts`; a check that fails
  internally is reported as a warning finding with rule id ``<id>`` and the
  text «Проверку «<title>» выполнить не удалось», naming the check as the
  checklist does (never by its internal id), rather than breaking the whole
  report; the traceback goes to the log file.
"""

from __future__ import annotations

import calendar
import datetime as dt
import logging
from collections.abc import Callable, Mapping
from fractions import Fraction
from typing import Literal

from pydantic import BaseModel, ConfigDict

from ..formatting import format_date, format_money
from ..identifiers import (
    check_inn,
    check_kpp,
    check_ogrn,
    check_ogrn_any,
    check_ogrnip,
)
from ..russian import nest_quotes
from .conditions import Condition
from .facts import FIELDS, DocumentFact, DossierFacts, FieldValue, flatten
from .profile import DocumentRequirement, Profile
from .profile_base import Confidence, Severity
from .rule_kinds import (
    DateOrderRule,
    DocumentFreshRule,
    DocumentPresentRule,
    DurationRule,
    IdentifierValidRule,
    NumberBoundsRule,
    PatternRule,
    RatioBoundsRule,
    RequiredRule,
    Rule,
    SumEqualsRule,
)

Verdict = Literal["ready", "not_ready"]
CheckResult = Literal["passed", "failed", "not_applicable", "warning"]

NOT_SET = "не указано"


class Finding(BaseModel):
    """One problem in a dossier, with the rule behind it."""

    model_config = ConfigDict(frozen=True)

    rule: str
    severity: Severity
    message: str
    clause: str
    confidence: Confidence
    target: str


class ValidationReport(BaseModel):
    model_config = ConfigDict(frozen=True)

    profile_code: str
    profile_version: str
    verdict: Verdict
    findings: list[Finding]

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]


class ChecklistRow(BaseModel):
    """One rule or document requirement and its result, for the printed checklist."""

    model_config = ConfigDict(frozen=True)

    item: str
    """Rule id, or ``document:<code>`` for a document requirement."""
    kind: str
    """Rule kind, or ``document``."""
    title: str
    target: str
    severity: Severity
    clause: str
    confidence: Confidence
    result: CheckResult
    messages: list[str]
    note: str = ""
    """Why the row is not applicable (condition false, no data, disabled)."""


class DocumentStatus(BaseModel):
    """Where a dossier stands on one document type (for the dossier editor)."""

    model_config = ConfigDict(frozen=True)

    code: str
    title: str
    requirement: str
    required: bool
    """Must be present now (``always``, or ``conditional`` whose condition holds)."""
    applicable: bool
    """False when the requirement's ``when`` condition does not hold."""
    present: bool
    count: int
    """Usable documents: with files and not damaged."""
    recorded: int
    """All records of this type, including ones without files or damaged."""
    min_count: int
    fresh: bool | None
    """None when freshness is not checked for the type or nothing is present."""
    issued_on: dt.date | None
    kinds_ok: bool | None
    damaged: int
    ok: bool
    messages: list[str]
    clause: str
    confidence: Confidence


# --- formatting and conditions -----------------------------------------------------


class _Ctx:
    """Everything one validation run needs, computed once."""

    __slots__ = ("docs", "facts", "reference", "today", "values")

    def __init__(self, facts: DossierFacts, today: dt.date) -> None:
        self.facts = facts
        self.values = flatten(facts)
        self.today = today
        sub = self.values.get("submission_date")
        self.reference: dt.date = sub if isinstance(sub, dt.date) else today
        self.docs: dict[str, list[DocumentFact]] = {}
        for doc in facts.documents:
            self.docs.setdefault(doc.type, []).append(doc)

    def usable(self, code: str) -> list[DocumentFact]:
        return [d for d in self.docs.get(code, ()) if d.files > 0 and not d.damaged]


def _fmt(path: str, value: FieldValue) -> str:
    if value is None:
        return NOT_SET
    kind = FIELDS[path].kind if path in FIELDS else "str"
    if kind == "money" and isinstance(value, int):
        return format_money(value)
    if isinstance(value, bool):
        return "да" if value else "нет"
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, int):
        return _fmt_int(value)
    return str(value)


def _fmt_int(value: int) -> str:
    return f"{value:,}".replace(",", " ")


def _fmt_percent(value: Fraction) -> str:
    hundredths = round(value * 10000)  # percent with two decimals, as an integer
    sign = "-" if hundredths < 0 else ""
    whole, frac = divmod(abs(hundredths), 100)
    text = f"{whole},{frac:02d}".rstrip("0").rstrip(",")
    return f"{sign}{text} %"


class _Vars(dict[str, str]):
    """Template mapping: an unknown name renders as «не указано» instead of failing."""

    def __missing__(self, key: str) -> str:
        return NOT_SET


def _render(template: str, variables: Mapping[str, str]) -> str:
    try:
        return template.format_map(_Vars(variables))
    except (ValueError, KeyError, IndexError, AttributeError):
        return template


_ONE_KOPECK = 1
"""Money is kept in kopecks: a lower bound of one kopeck means «more than zero»."""


def _kind(path: str) -> str:
    return FIELDS[path].kind if path in FIELDS else "str"


def _label(path: str) -> str:
    spec = FIELDS.get(path)
    return spec.label if spec else path


def _compare(left: FieldValue, op: str, right: FieldValue) -> bool:
    if op == "eq":
        return left == right and type(left) is type(right)
    if op == "ne":
        return not (left == right and type(left) is type(right))
    if isinstance(left, bool) or isinstance(right, bool):
        return False
    if isinstance(left, int) and isinstance(right, int):
        a: int | dt.date = left
        b: int | dt.date = right
    elif isinstance(left, dt.date) and isinstance(right, dt.date):
        a, b = left, right
    else:
        return False
    if op == "gt":
        return a > b  # type: ignore[operator]
    if op == "ge":
        return a >= b  # type: ignore[operator]
    if op == "lt":
        return a < b  # type: ignore[operator]
    if op == "le":
        return a <= b  # type: ignore[operator]
    return False


def condition_holds(cond: Condition, values: Mapping[str, FieldValue]) -> bool:
    """Evaluate a ``when`` condition; a comparison on a missing field is false."""
    if cond.all_ is not None:
        return all(condition_holds(c, values) for c in cond.all_)
    if cond.any_ is not None:
        return any(condition_holds(c, values) for c in cond.any_)
    value = values.get(cond.field or "")
    if cond.op == "present":
        return value is not None
    if cond.op == "absent":
        return value is None
    if value is None:
        return False
    return _compare(value, cond.op or "", cond.value)


_CONDITION_CLAUSES: dict[tuple[str, str, str], str] = {
    ("signatory_is_director", "eq", "False"): "заявку подписывает не руководитель",
    ("signatory_is_director", "eq", "True"): "заявку подписывает руководитель",
    ("signatory_is_director", "ne", "True"): "заявку подписывает не руководитель",
    ("signatory_is_director", "ne", "False"): "заявку подписывает руководитель",
    ("enterprise.is_individual", "eq", "False"): "заявитель — организация",
    ("enterprise.is_individual", "eq", "True"): "заявитель — индивидуальный предприниматель",
    ("enterprise.is_individual", "ne", "True"): "заявитель — организация",
    ("enterprise.is_individual", "ne", "False"): "заявитель — индивидуальный предприниматель",
    ("project.own_funds", "gt", "0"): "проект софинансируется из собственных средств",
    ("project.other_funds", "gt", "0"): "в проекте есть иные источники финансирования",
}
"""Plain Russian clauses for the conditions the programme profiles use (value by ``repr``)."""

_OP_WORDS = {
    "eq": "равно",
    "ne": "не равно",
    "gt": "больше",
    "ge": "не меньше",
    "lt": "меньше",
    "le": "не больше",
}


def describe_condition(cond: Condition) -> str:
    """A condition as a Russian clause without comparison signs.

    «проект софинансируется из собственных средств», «заявку подписывает не
    руководитель»; a field with no clause of its own reads «„Поле“ больше …».
    Prefix it with «если» (see :func:`condition_sentence`) to print it as a condition.
    """
    if cond.all_ is not None:
        return " и ".join(describe_condition(c) for c in cond.all_)
    if cond.any_ is not None:
        return " или ".join(describe_condition(c) for c in cond.any_)
    path = cond.field or ""
    label = _label(path)
    if cond.op == "present":
        return f"указано «{label}»"
    if cond.op == "absent":
        return f"не указано «{label}»"
    value = cond.value
    known = _CONDITION_CLAUSES.get((path, cond.op or "", repr(value)))
    if known is not None:
        return known
    if isinstance(value, bool) and cond.op in ("eq", "ne"):
        yes = value if cond.op == "eq" else not value
        return f"«{label}» — {'да' if yes else 'нет'}"
    word = _OP_WORDS.get(cond.op or "", "соответствует")
    return f"«{label}» {word} {_fmt(path, value)}"


def condition_sentence(cond: Condition) -> str:
    """«если проект софинансируется из собственных средств»."""
    return f"если {describe_condition(cond)}"


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day *months* later, clamped to the month's last day (31.01 + 1 → 28/29.02)."""
    index = day.month - 1 + months
    year = day.year + index // 12
    month = index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last))


def _whole_months(start: dt.date, end: dt.date) -> int:
    months = (end.year - start.year) * 12 + end.month - start.month
    if months > 0 and add_months(start, months) > end:
        months -= 1
    return months


# --- rule evaluation -------------------------------------------------------------------

_Outcome = tuple[CheckResult, list[Finding], str]
"""(result, findings, note). A note says why a check was not applicable."""


def _finding(rule: Rule, target: str, variables: dict[str, str]) -> Finding:
    return Finding(
        rule=rule.id,
        severity=rule.severity,
        message=_render(rule.message, variables),
        clause=rule.clause,
        confidence=rule.confidence,
        target=target,
    )


def _failed(rule: Rule, target: str, variables: dict[str, str]) -> _Outcome:
    result: CheckResult = "failed" if rule.severity == "error" else "warning"
    return result, [_finding(rule, target, variables)], ""


def _passed() -> _Outcome:
    return "passed", [], ""


def _no_data(*paths: str) -> _Outcome:
    names = ", ".join(f"«{_label(p)}»" for p in paths)
    return "not_applicable", [], f"нет данных: {names}"


def _base_vars(rule: Rule, target: str) -> dict[str, str]:
    return {"rule": rule.id, "target": target, "field": _label(target)}


def _eval_required(rule: RequiredRule, ctx: _Ctx) -> _Outcome:
    if ctx.values.get(rule.field) is None:
        return _failed(rule, rule.field, _base_vars(rule, rule.field))
    return _passed()


def _eval_number_bounds(rule: NumberBoundsRule, ctx: _Ctx) -> _Outcome:
    value = ctx.values.get(rule.field)
    if not isinstance(value, int) or isinstance(value, bool):
        return _no_data(rule.field)
    low_bad = rule.min is not None and (
        value <= rule.min if rule.min_exclusive else value < rule.min
    )
    high_bad = rule.max is not None and (
        value >= rule.max if rule.max_exclusive else value > rule.max
    )
    if not (low_bad or high_bad):
        return _passed()
    v = _base_vars(rule, rule.field)
    v.update(
        value=_fmt(rule.field, value),
        min=_fmt(rule.field, rule.min),
        max=_fmt(rule.field, rule.max),
    )
    return _failed(rule, rule.field, v)


def _eval_ratio(rule: RatioBoundsRule, ctx: _Ctx) -> _Outcome:
    num = ctx.values.get(rule.numerator)
    den = ctx.values.get(rule.denominator)
    if not isinstance(num, int) or isinstance(num, bool):
        return _no_data(rule.numerator)
    if not isinstance(den, int) or isinstance(den, bool):
        return _no_data(rule.denominator)
    if den <= 0:
        return "not_applicable", [], f"«{_label(rule.denominator)}» не больше нуля"
    ratio = Fraction(num, den)
    lo = Fraction(rule.min) if rule.min is not None else None
    hi = Fraction(rule.max) if rule.max is not None else None
    low_bad = lo is not None and (ratio <= lo if rule.min_exclusive else ratio < lo)
    high_bad = hi is not None and (ratio >= hi if rule.max_exclusive else ratio > hi)
    if not (low_bad or high_bad):
        return _passed()
    v = _base_vars(rule, rule.numerator)
    v.update(
        numerator=_label(rule.numerator),
        denominator=_label(rule.denominator),
        numerator_value=_fmt(rule.numerator, num),
        denominator_value=_fmt(rule.denominator, den),
        ratio=_fmt_percent(ratio),
        min=_fmt_percent(lo) if lo is not None else NOT_SET,
        max=_fmt_percent(hi) if hi is not None else NOT_SET,
        # the amount at the bound, rounded towards the allowed side
        min_amount=_fmt(rule.denominator, -((-lo * den).__floor__())) if lo is not None
        else NOT_SET,
        max_amount=_fmt(rule.denominator, (hi * den).__floor__()) if hi is not None
        else NOT_SET,
    )
    return _failed(rule, rule.numerator, v)


def _eval_sum(rule: SumEqualsRule, ctx: _Ctx) -> _Outcome:
    total = ctx.values.get(rule.total)
    if not isinstance(total, int) or isinstance(total, bool):
        return _no_data(rule.total)
    acc = 0
    seen = 0
    missing: list[str] = []
    for path in rule.terms:
        value = ctx.values.get(path)
        if isinstance(value, int) and not isinstance(value, bool):
            acc += value
            seen += 1
        elif path not in rule.zero_if_missing:
            missing.append(path)
    if missing:
        return _no_data(*missing)
    if seen == 0:
        return _no_data(*rule.terms)
    if acc == total:
        return _passed()
    v = _base_vars(rule, rule.total)
    v.update(
        terms=" + ".join(_label(p) for p in rule.terms),
        sum=format_money(acc),
        total=format_money(total),
        difference=format_money(acc - total),
    )
    return _failed(rule, rule.total, v)


def _eval_date_order(rule: DateOrderRule, ctx: _Ctx) -> _Outcome:
    first = ctx.values.get(rule.first)
    second = ctx.values.get(rule.second)
    if not isinstance(first, dt.date):
        return _no_data(rule.first)
    if not isinstance(second, dt.date):
        return _no_data(rule.second)
    ok = first < second if rule.strict else first <= second
    if ok:
        return _passed()
    v = _base_vars(rule, rule.second)
    v.update(
        first=_label(rule.first), second=_label(rule.second),
        first_value=format_date(first), second_value=format_date(second),
    )
    return _failed(rule, rule.second, v)


def _shift(day: dt.date, months: int) -> dt.date | None:
    try:
        return add_months(day, months)
    except (ValueError, OverflowError):
        return None


def _eval_duration(rule: DurationRule, ctx: _Ctx) -> _Outcome:
    start = ctx.values.get(rule.start)
    end = ctx.values.get(rule.end)
    if not isinstance(start, dt.date):
        return _no_data(rule.start)
    if not isinstance(end, dt.date):
        return _no_data(rule.end)
    if end < start:
        return "not_applicable", [], "дата окончания раньше даты начала"
    days = (end - start).days
    bad = False
    limits: list[str] = []
    if rule.min_days is not None:
        bad = bad or days < rule.min_days
    if rule.max_days is not None:
        bad = bad or days > rule.max_days
    if rule.min_months is not None:
        lo = _shift(start, rule.min_months)
        bad = bad or lo is None or end < lo
    if rule.max_months is not None:
        hi = _shift(start, rule.max_months)
        bad = bad or (hi is not None and end > hi)
    if not bad:
        return _passed()
    min_parts = [f"{rule.min_days} дн."] if rule.min_days is not None else []
    min_parts += [f"{rule.min_months} мес."] if rule.min_months is not None else []
    limits = [f"{rule.max_days} дн."] if rule.max_days is not None else []
    limits += [f"{rule.max_months} мес."] if rule.max_months is not None else []
    v = _base_vars(rule, rule.end)
    v.update(
        start=_label(rule.start), end=_label(rule.end),
        start_value=format_date(start), end_value=format_date(end),
        days=_fmt_int(days), months=_fmt_int(_whole_months(start, end)),
        min=", ".join(min_parts) or NOT_SET, max=", ".join(limits) or NOT_SET,
    )
    return _failed(rule, rule.end, v)


_ID_CHECKS: dict[str, Callable[[str], str | None]] = {
    "inn": check_inn,
    "inn10": lambda v: check_inn(v, lengths=(10,)),
    "inn12": lambda v: check_inn(v, lengths=(12,)),
    "ogrn": check_ogrn,
    "ogrnip": check_ogrnip,
    "ogrn_any": check_ogrn_any,
    "kpp": check_kpp,
}


def _eval_identifier(rule: IdentifierValidRule, ctx: _Ctx) -> _Outcome:
    value = ctx.values.get(rule.field)
    if not isinstance(value, str):
        return _no_data(rule.field)
    problem = _ID_CHECKS[rule.identifier](value.strip())
    if problem is None:
        return _passed()
    v = _base_vars(rule, rule.field)
    v.update(value=value, problem=problem)
    return _failed(rule, rule.field, v)


def _eval_pattern(rule: PatternRule, ctx: _Ctx) -> _Outcome:
    value = ctx.values.get(rule.field)
    if not isinstance(value, str):
        return _no_data(rule.field)
    if rule.compiled().fullmatch(value.strip()):
        return _passed()
    v = _base_vars(rule, rule.field)
    v.update(value=value, expected=rule.expected_text())
    return _failed(rule, rule.field, v)


def _doc_title(profile: Profile, code: str) -> str:
    doc = profile.document(code)
    return doc.title if doc else code


def _eval_doc_present(rule: DocumentPresentRule, ctx: _Ctx, profile: Profile) -> _Outcome:
    count = len(ctx.usable(rule.document))
    if count >= rule.min_count:
        return _passed()
    target = f"document:{rule.document}"
    v = _base_vars(rule, target)
    title = _doc_title(profile, rule.document)
    v.update(field=title, document=title, code=rule.document, count=str(count),
             min_count=str(rule.min_count))
    return _failed(rule, target, v)


def _freshness(
    docs: list[DocumentFact], max_age_days: int, reference: dt.date
) -> tuple[bool, DocumentFact, dict[str, str]]:
    """Judge the newest document: (fresh?, that document, template variables)."""
    dated = [d for d in docs if d.issued_on is not None]
    newest = max(dated, key=lambda d: d.issued_on or dt.date.min) if dated else docs[0]
    try:
        oldest_allowed: dt.date | None = reference - dt.timedelta(days=max_age_days)
    except OverflowError:
        oldest_allowed = None
    issued = newest.issued_on
    fresh = issued is not None and (oldest_allowed is None or issued >= oldest_allowed)
    if newest.valid_until is not None and newest.valid_until < reference:
        fresh = False
    v = {
        "issued_on": format_date(issued) if issued else NOT_SET,
        "max_age_days": str(max_age_days),
        "age_days": str((reference - issued).days) if issued else NOT_SET,
        "reference_date": format_date(reference),
        "oldest_allowed": format_date(oldest_allowed) if oldest_allowed else NOT_SET,
    }
    return fresh, newest, v


def _eval_doc_fresh(rule: DocumentFreshRule, ctx: _Ctx, profile: Profile) -> _Outcome:
    docs = ctx.usable(rule.document)
    if not docs:
        return "not_applicable", [], "документ не приложен"
    fresh, _doc, fv = _freshness(docs, rule.max_age_days, ctx.reference)
    if fresh:
        return _passed()
    target = f"document:{rule.document}"
    v = _base_vars(rule, target)
    title = _doc_title(profile, rule.document)
    v.update(fv)
    v.update(field=title, document=title, code=rule.document)
    return _failed(rule, target, v)


def _eval_rule(rule: Rule, ctx: _Ctx, profile: Profile) -> _Outcome:
    if not rule.enabled:
        return "not_applicable", [], "проверка отключена в профиле"
    if rule.when is not None and not condition_holds(rule.when, ctx.values):
        return "not_applicable", [], f"условие не выполнено: {describe_condition(rule.when)}"
    if isinstance(rule, RequiredRule):
        return _eval_required(rule, ctx)
    if isinstance(rule, NumberBoundsRule):
        return _eval_number_bounds(rule, ctx)
    if isinstance(rule, RatioBoundsRule):
        return _eval_ratio(rule, ctx)
    if isinstance(rule, SumEqualsRule):
        return _eval_sum(rule, ctx)
    if isinstance(rule, DateOrderRule):
        return _eval_date_order(rule, ctx)
    if isinstance(rule, DurationRule):
        return _eval_duration(rule, ctx)
    if isinstance(rule, IdentifierValidRule):
        return _eval_identifier(rule, ctx)
    if isinstance(rule, PatternRule):
        return _eval_pattern(rule, ctx)
    if isinstance(rule, DocumentPresentRule):
        return _eval_doc_present(rule, ctx, profile)
    return _eval_doc_fresh(rule, ctx, profile)


def _rule_target(rule: Rule) -> str:
    if isinstance(rule, RequiredRule | NumberBoundsRule | IdentifierValidRule | PatternRule):
        return rule.field
    if isinstance(rule, RatioBoundsRule):
        return rule.numerator
    if isinstance(rule, SumEqualsRule):
        return rule.total
    if isinstance(rule, DateOrderRule):
        return rule.second
    if isinstance(rule, DurationRule):
        return rule.end
    return f"document:{rule.document}"


def describe_rule(rule: Rule, profile: Profile) -> str:
    """The rule's ``title``, or a Russian description built from its parameters."""
    if rule.title:
        return rule.title
    if isinstance(rule, RequiredRule):
        return f"Заполнено поле «{_label(rule.field)}»"
    if isinstance(rule, NumberBoundsRule):
        parts = []
        if rule.min is not None:
            word = "больше" if rule.min_exclusive else "не меньше"
            if rule.min == 0:
                parts.append(f"{word} нуля")
            elif rule.min == _ONE_KOPECK and _kind(rule.field) == "money" \
                    and not rule.min_exclusive:
                parts.append("больше нуля")
            else:
                parts.append(f"{word} {_fmt(rule.field, rule.min)}")
        if rule.max is not None:
            word = "меньше" if rule.max_exclusive else "не больше"
            parts.append(f"{word} {_fmt(rule.field, rule.max)}")
        return f"«{_label(rule.field)}» {' и '.join(parts) or 'без ограничений'}"
    if isinstance(rule, RatioBoundsRule):
        parts = []
        if rule.min is not None:
            parts.append(f"не меньше {_fmt_percent(Fraction(rule.min))}")
        if rule.max is not None:
            parts.append(f"не больше {_fmt_percent(Fraction(rule.max))}")
        return (
            f"«{_label(rule.numerator)}» {' и '.join(parts) or 'в любых пределах'} "
            f"от «{_label(rule.denominator)}»"
        )
    if isinstance(rule, SumEqualsRule):
        labels = [f"«{_label(p)}»" for p in rule.terms]
        terms = " и ".join([", ".join(labels[:-1]), labels[-1]] if len(labels) > 1 else labels)
        together = "в сумме равны" if len(labels) > 1 else "равно"
        return f"{terms} {together} «{_label(rule.total)}»"
    if isinstance(rule, DateOrderRule):
        word = "позже" if rule.strict else "не раньше"
        return f"«{_label(rule.second)}» {word}, чем «{_label(rule.first)}»"
    if isinstance(rule, DurationRule):
        return f"Длительность от «{_label(rule.start)}» до «{_label(rule.end)}» в пределах нормы"
    if isinstance(rule, IdentifierValidRule):
        return f"«{_label(rule.field)}» указан верно (контрольная сумма, формат)"
    if isinstance(rule, PatternRule):
        return f"«{_label(rule.field)}»: {rule.expected_text()}"
    if isinstance(rule, DocumentPresentRule):
        title = _doc_title(profile, rule.document)
        return f"Приложено документов «{title}»: не меньше {rule.min_count}"
    return (
        f"«{_doc_title(profile, rule.document)}» выдан не ранее чем за "
        f"{rule.max_age_days} дн. до подачи"
    )


# --- document requirements -------------------------------------------------------------


def _doc_status(req: DocumentRequirement, ctx: _Ctx) -> tuple[DocumentStatus, list[Finding]]:
    records = ctx.docs.get(req.code, [])
    usable = [d for d in records if d.files > 0 and not d.damaged]
    damaged = [d for d in records if d.damaged]
    applicable = req.when is None or condition_holds(req.when, ctx.values)
    required = applicable and req.required in ("always", "conditional")
    findings: list[Finding] = []
    accepted = ", ".join(req.kinds)
    v: dict[str, str] = {
        "document": req.title,
        "code": req.code,
        "count": str(len(usable)),
        "min_count": str(req.min_count),
        "issued_on": NOT_SET,
        "max_age_days": str(req.max_age_days) if req.max_age_days is not None else NOT_SET,
        "age_days": NOT_SET,
        "reference_date": format_date(ctx.reference),
        "oldest_allowed": NOT_SET,
        "kinds": NOT_SET,
        "accepted_kinds": accepted,
    }
    target = f"document:{req.code}"

    def add(severity: Severity, template: str) -> None:
        findings.append(
            Finding(
                rule=target, severity=severity, message=_render(template, v),
                clause=req.clause, confidence=req.confidence, target=target,
            )
        )

    if applicable and req.required != "optional" and len(usable) < req.min_count:
        add(req.severity, req.message)
    if damaged:
        add(req.severity if required else "warning", req.damaged_message)
    fresh: bool | None = None
    issued: dt.date | None = None
    if usable and req.max_age_days is not None:
        fresh, newest, fv = _freshness(usable, req.max_age_days, ctx.reference)
        issued = newest.issued_on
        v.update(fv)
        if not fresh:
            add(req.severity if applicable else "warning", req.stale_message)
    elif usable:
        issued = max((d.issued_on for d in usable if d.issued_on), default=None)
    kinds_ok: bool | None = None
    if usable:
        attached = sorted({k.lower() for d in usable for k in d.kinds})
        wrong = [k for k in attached if k not in req.kinds]
        kinds_ok = not wrong
        if wrong:
            v["kinds"] = ", ".join(wrong)
            add(req.kinds_severity, req.kinds_message)
    status = DocumentStatus(
        code=req.code,
        title=req.title,
        requirement=req.required,
        required=required,
        applicable=applicable,
        present=bool(usable),
        count=len(usable),
        recorded=len(records),
        min_count=req.min_count,
        fresh=fresh,
        issued_on=issued,
        kinds_ok=kinds_ok,
        damaged=len(damaged),
        ok=not any(f.severity == "error" for f in findings),
        messages=[f.message for f in findings],
        clause=req.clause,
        confidence=req.confidence,
    )
    return status, findings


# --- public API --------------------------------------------------------------------------


log = logging.getLogger(__name__)


def _internal_failure(
    ident: str, what: str, target: str, clause: str, confidence: Confidence
) -> Finding:
    """The finding of a check that crashed, ``what`` naming it for people («Проверку
    «…»»); call inside ``except`` (the traceback goes to the log)."""
    log.exception("check %s of the rule profile failed", ident)
    return Finding(
        rule=ident, severity="warning",
        message=f"{what} выполнить не удалось: проверьте введённые данные",
        clause=clause, confidence=confidence, target=target,
    )


def _rule_title(rule: Rule, profile: Profile) -> str:
    """What the checklist calls the rule; its own title if the description fails too."""
    try:
        return describe_rule(rule, profile)
    except Exception:
        log.exception("rule %s cannot be described", rule.id)
        return rule.title or ""


def _run(
    profile: Profile, facts: DossierFacts, today: dt.date | None
) -> tuple[list[DocumentStatus], list[ChecklistRow], list[Finding]]:
    ctx = _Ctx(facts, today or dt.date.today())
    statuses: list[DocumentStatus] = []
    rows: list[ChecklistRow] = []
    findings: list[Finding] = []
    for req in profile.documents:
        target = f"document:{req.code}"
        try:
            status, found = _doc_status(req, ctx)
        except Exception:
            found = [_internal_failure(target, nest_quotes(f"Проверку документа «{req.title}»"),
                                       target,
                                       req.clause, req.confidence)]
            status = None
        if status is not None:
            statuses.append(status)
        findings.extend(found)
        if any(f.severity == "error" for f in found):
            result: CheckResult = "failed"
        elif found:
            result = "warning"
        elif status is not None and (
            not status.applicable or (req.required == "optional" and not status.present)
        ):
            result = "not_applicable"
        else:
            result = "passed"
        note = ""
        if req.when is not None and status is not None and not status.applicable:
            note = f"условие не выполнено: {describe_condition(req.when)}"
        elif result == "not_applicable":
            note = "необязательный документ не приложен"
        rows.append(
            ChecklistRow(
                item=target, kind="document", title=req.title, target=target,
                severity=req.severity, clause=req.clause, confidence=req.confidence,
                result=result, messages=[f.message for f in found], note=note,
            )
        )
    for rule in profile.rules:
        target = _rule_target(rule)
        title = _rule_title(rule, profile)
        try:
            result, found, note = _eval_rule(rule, ctx, profile)
        except Exception:
            what = nest_quotes(f"Проверку «{title}»") if title else "Одну из проверок профиля"
            found = [_internal_failure(rule.id, what, target, rule.clause, rule.confidence)]
            result, note = "warning", ""
        findings.extend(found)
        rows.append(
            ChecklistRow(
                item=rule.id, kind=rule.kind, title=title or "Проверка без названия",
                target=target, severity=rule.severity, clause=rule.clause,
                confidence=rule.confidence, result=result,
                messages=[f.message for f in found], note=note,
            )
        )
    return statuses, rows, findings


def validate(
    profile: Profile, facts: DossierFacts, *, today: dt.date | None = None
) -> ValidationReport:
    """Check a dossier against a profile.

    *today* is the reference date for document freshness while the dossier has
    no submission date (default: the workstation's current date). The verdict
    is ``not_ready`` iff there is at least one ``error`` finding.
    """
    _statuses, _rows, findings = _run(profile, facts, today)
    verdict: Verdict = "not_ready" if any(f.severity == "error" for f in findings) else "ready"
    return ValidationReport(
        profile_code=profile.code, profile_version=profile.version,
        verdict=verdict, findings=findings,
    )


def checklist(
    profile: Profile, facts: DossierFacts, *, today: dt.date | None = None
) -> list[ChecklistRow]:
    """Every document requirement and every rule of the profile with its result."""
    return _run(profile, facts, today)[1]


def document_status(
    profile: Profile, facts: DossierFacts, *, today: dt.date | None = None
) -> list[DocumentStatus]:
    """One row per document type of the profile, in profile order."""
    return _run(profile, facts, today)[0]
