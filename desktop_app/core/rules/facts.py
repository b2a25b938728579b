"""What the rule engine checks: a dossier reduced to plain facts.

The database layer maps a dossier onto :class:`DossierFacts`; the engine never
sees the database. Rules and findings address values by *field paths*
(``enterprise.inn``, ``project.grant_requested``) listed in :data:`FIELDS`,
plus computed paths: ``cost_lines.sum`` (total of the cost lines, absent
when there are none) and ``cost_lines.count``; ``stages.*`` (the earliest
start and latest end of the calendar plan, the count of stages whose end
precedes their start) and ``financing.*`` (the sum by source, the count of
lines outside the project's years), each absent when its list is empty. A document target is written
``document:<code>``.

Money is integer kopecks; dates are :class:`datetime.date`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

FieldKind = Literal["str", "bool", "date", "money", "int"]


class _Facts(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EnterpriseFacts(_Facts):
    inn: str | None = None
    kpp: str | None = None
    ogrn: str | None = None
    full_name: str | None = None
    address: str | None = None
    region: str | None = None


class ProjectFacts(_Facts):
    title: str | None = None
    component_name: str | None = None
    okpd2: str | None = None
    foreign_analogue_name: str | None = None
    foreign_analogue_manufacturer: str | None = None
    foreign_analogue_country: str | None = None
    target_industry: str | None = None
    consumers: str | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    total_cost: int | None = None
    grant_requested: int | None = None
    own_funds: int | None = None
    other_funds: int | None = None
    serial_volume: int | None = None
    serial_years: str | None = None


class CostLineFact(_Facts):
    category: str
    description: str | None = None
    amount: int


class StageFact(_Facts):
    number: str
    title: str
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    result: str | None = None


class FinancingFact(_Facts):
    year: int
    source: Literal["grant", "own", "other"]
    amount: int


class DocumentFact(_Facts):
    type: str
    title: str | None = None
    number: str | None = None
    issued_on: dt.date | None = None
    valid_until: dt.date | None = None
    files: int = 0
    pages: int | None = None
    kinds: list[str] = Field(default_factory=list)
    damaged: bool = False


class DossierFacts(_Facts):
    """The engine's input: one dossier as of now."""

    program: str
    submission_date: dt.date | None = None
    signatory_is_director: bool | None = None
    enterprise: EnterpriseFacts = Field(default_factory=EnterpriseFacts)
    project: ProjectFacts = Field(default_factory=ProjectFacts)
    cost_lines: list[CostLineFact] = Field(default_factory=list)
    stages: list[StageFact] = Field(default_factory=list)
    financing: list[FinancingFact] = Field(default_factory=list)
    documents: list[DocumentFact] = Field(default_factory=list)


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """A field path a profile may name: its Russian label and value kind."""

    label: str
    kind: FieldKind


FIELDS: dict[str, FieldSpec] = {
    "program": FieldSpec("Программа", "str"),
    "submission_date": FieldSpec("Дата подачи заявки", "date"),
    "signatory_is_director": FieldSpec("Заявку подписывает руководитель", "bool"),
    "enterprise.inn": FieldSpec("ИНН", "str"),
    "enterprise.kpp": FieldSpec("КПП", "str"),
    "enterprise.ogrn": FieldSpec("ОГРН", "str"),
    "enterprise.full_name": FieldSpec("Полное наименование организации", "str"),
    "enterprise.address": FieldSpec("Адрес организации", "str"),
    "enterprise.region": FieldSpec("Регион", "str"),
    "enterprise.is_individual": FieldSpec(
        "Заявитель — индивидуальный предприниматель", "bool"),
    "project.title": FieldSpec("Наименование проекта", "str"),
    "project.component_name": FieldSpec("Наименование комплектующего изделия", "str"),
    "project.okpd2": FieldSpec("Код ОКПД2", "str"),
    "project.foreign_analogue_name": FieldSpec("Иностранный аналог", "str"),
    "project.foreign_analogue_manufacturer": FieldSpec("Производитель аналога", "str"),
    "project.foreign_analogue_country": FieldSpec("Страна производителя аналога", "str"),
    "project.target_industry": FieldSpec("Отрасль применения", "str"),
    "project.consumers": FieldSpec("Потребители", "str"),
    "project.start_date": FieldSpec("Дата начала проекта", "date"),
    "project.end_date": FieldSpec("Дата окончания проекта", "date"),
    "project.total_cost": FieldSpec("Общая стоимость проекта", "money"),
    "project.grant_requested": FieldSpec("Запрашиваемый грант", "money"),
    "project.own_funds": FieldSpec("Собственные средства", "money"),
    "project.other_funds": FieldSpec("Иные средства", "money"),
    "project.serial_volume": FieldSpec("Объём серийного производства", "int"),
    "project.serial_years": FieldSpec("Годы серийного производства", "str"),
    "cost_lines.sum": FieldSpec("Сумма статей сметы", "money"),
    "cost_lines.count": FieldSpec("Количество статей сметы", "int"),
    "stages.first_start": FieldSpec("Начало первого этапа календарного плана", "date"),
    "stages.last_end": FieldSpec("Окончание последнего этапа календарного плана", "date"),
    "stages.misordered_count": FieldSpec(
        "Количество этапов, которые кончаются раньше, чем начинаются", "int"),
    "financing.grant.sum": FieldSpec("Грант по годам, итого", "money"),
    "financing.own.sum": FieldSpec("Собственные средства по годам, итого", "money"),
    "financing.other.sum": FieldSpec("Иные средства по годам, итого", "money"),
    "financing.years_outside_count": FieldSpec(
        "Количество строк финансирования вне годов проекта", "int"),
}
"""Every field path a profile may name. ``cost_lines.*``, ``stages.*`` and
``financing.*`` are computed."""

FieldValue = str | bool | int | dt.date | None


def flatten(facts: DossierFacts) -> dict[str, FieldValue]:
    """Field path → value. Blank strings count as absent (``None``)."""
    e = facts.enterprise
    p = facts.project
    out: dict[str, FieldValue] = {
        "program": facts.program,
        "submission_date": facts.submission_date,
        "signatory_is_director": facts.signatory_is_director,
        "enterprise.inn": e.inn,
        "enterprise.kpp": e.kpp,
        "enterprise.ogrn": e.ogrn,
        "enterprise.full_name": e.full_name,
        "enterprise.address": e.address,
        "enterprise.region": e.region,
        "enterprise.is_individual": _is_individual(e.inn),
        "project.title": p.title,
        "project.component_name": p.component_name,
        "project.okpd2": p.okpd2,
        "project.foreign_analogue_name": p.foreign_analogue_name,
        "project.foreign_analogue_manufacturer": p.foreign_analogue_manufacturer,
        "project.foreign_analogue_country": p.foreign_analogue_country,
        "project.target_industry": p.target_industry,
        "project.consumers": p.consumers,
        "project.start_date": p.start_date,
        "project.end_date": p.end_date,
        "project.total_cost": p.total_cost,
        "project.grant_requested": p.grant_requested,
        "project.own_funds": p.own_funds,
        "project.other_funds": p.other_funds,
        "project.serial_volume": p.serial_volume,
        "project.serial_years": p.serial_years,
        "cost_lines.sum": sum(line.amount for line in facts.cost_lines)
        if facts.cost_lines
        else None,
        "cost_lines.count": len(facts.cost_lines),
        **_stage_values(facts),
        **_financing_values(facts),
    }
    for key, value in out.items():
        if isinstance(value, str) and value.strip() == "":
            out[key] = None
    return out


def _is_individual(inn: str | None) -> bool | None:
    """An individual entrepreneur has a 12-digit ИНН, an organisation a 10-digit one;
    None when the ИНН does not tell."""
    digits = (inn or "").strip()
    if not digits.isdigit() or len(digits) not in (10, 12):
        return None
    return len(digits) == 12


def _stage_values(facts: DossierFacts) -> dict[str, FieldValue]:
    starts = [st.start_date for st in facts.stages if st.start_date is not None]
    ends = [st.end_date for st in facts.stages if st.end_date is not None]
    return {
        "stages.first_start": min(starts) if starts else None,
        "stages.last_end": max(ends) if ends else None,
        "stages.misordered_count": sum(
            1 for st in facts.stages
            if st.start_date is not None and st.end_date is not None
            and st.end_date < st.start_date
        ) if facts.stages else None,
    }


def _financing_values(facts: DossierFacts) -> dict[str, FieldValue]:
    """Sums by source (absent while there is no financing at all: the plan is
    not filled in yet; a source without lines then sums to 0)."""
    lines = facts.financing
    out: dict[str, FieldValue] = {
        f"financing.{source}.sum": sum(f.amount for f in lines if f.source == source)
        if lines else None
        for source in ("grant", "own", "other")
    }
    start, end = facts.project.start_date, facts.project.end_date
    out["financing.years_outside_count"] = (
        sum(1 for f in lines if not start.year <= f.year <= end.year)
        if lines and start is not None and end is not None else None
    )
    return out
