"""The activity report and the register of referrals: their figures and their PDFs.

The figures are plain frozen values (read by ``services.reports``), so the
same result is shown on screen, written to a workbook and printed here on
the centre's letterhead with the signature of its head. Codes (channels,
statuses, verdicts) are printed through :mod:`desktop_app.core.vocabulary`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from desktop_app.core import vocabulary
from desktop_app.core.formatting import format_money

__all__ = [
    "OUTCOMES",
    "ActivityReport",
    "Breakdown",
    "Outcome",
    "ReferralRow",
    "ReportHeader",
    "breakdowns",
    "build_activity_pdf",
    "build_referrals_pdf",
    "period_text",
]

OUTCOMES = ("submitted", "approved", "rejected", "agreement")
"""The statuses a referred dossier reaches at the Agency, in the order they are printed."""


@dataclass(frozen=True)
class ReportHeader:
    """Who made the report, for which period and when (printed on top of every output)."""

    centre: str
    date_from: dt.date
    date_to: dt.date
    made_at: dt.datetime
    consultant: str | None = None
    """The consultant filter in words (full name), None for the whole centre."""
    program: str | None = None
    """The programme filter (its code), None for every programme."""


@dataclass(frozen=True)
class Outcome:
    """Dossiers that reached one outcome status in the period, and their grant amounts."""

    count: int
    grant_requested: int
    """Kopecks: the grant the dossiers ask for."""


@dataclass(frozen=True)
class ActivityReport:
    """Every figure of the activity report for one period (counts; money in kopecks)."""

    header: ReportHeader
    consultations: int
    enterprises: int
    new_enterprises: int
    by_channel: Mapping[str, int]
    by_month: Mapping[str, int]
    by_consultant: Mapping[str, int]
    consultant_names: Mapping[str, str]
    by_program: Mapping[str, int]
    program_names: Mapping[str, str]
    """Programme code → title, for the printed tables (codes stay in the JSON)."""
    by_topic: Mapping[str, int]
    prescreenings: Mapping[str, int]
    dossiers_opened: int
    dossiers_ready: int
    referred: int
    referred_grant_requested: int
    reissued: int
    dossiers_by_status: Mapping[str, int]
    outcomes: Mapping[str, Outcome]
    followups_due: int
    followups_done: int
    followups_overdue: int
    followups_open: int
    notes: Sequence[str] = field(default_factory=tuple)

    def as_json(self) -> dict[str, object]:
        """The figures for ``report activity --json`` (codes as keys, money in kopecks)."""
        h = self.header
        return {
            "period": {"from": h.date_from.isoformat(), "to": h.date_to.isoformat()},
            "consultant": h.consultant,
            "program": h.program,
            "consultations": self.consultations,
            "enterprises": self.enterprises,
            "new_enterprises": self.new_enterprises,
            "by_channel": dict(self.by_channel),
            "by_month": dict(self.by_month),
            "by_consultant": dict(self.by_consultant),
            "by_program": dict(self.by_program),
            "by_topic": dict(self.by_topic),
            "prescreenings": dict(self.prescreenings),
            "dossiers_opened": self.dossiers_opened,
            "dossiers_ready": self.dossiers_ready,
            "referred": self.referred,
            "referred_grant_requested": self.referred_grant_requested,
            "reissued": self.reissued,
            "dossiers_by_status": dict(self.dossiers_by_status),
            "outcomes": {k: {"count": v.count, "grant_requested": v.grant_requested}
                         for k, v in self.outcomes.items()},
            "followups": {"due": self.followups_due, "done": self.followups_done,
                          "overdue": self.followups_overdue, "open": self.followups_open},
        }


@dataclass(frozen=True)
class ReferralRow:
    """One final referral letter of the register (a re-issue is not a new referral)."""

    number: str
    issued_on: dt.date
    enterprise: str
    inn: str
    project: str
    grant_requested: int | None
    """Kopecks, None when the dossier does not say."""


@dataclass(frozen=True)
class Breakdown:
    """One table of the report: a title, column titles and rows of (label, count…)."""

    key: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, int], ...]


def period_text(h: ReportHeader) -> str:
    """«с 01.01.2026 по 31.12.2026»."""
    return f"с {h.date_from:%d.%m.%Y} по {h.date_to:%d.%m.%Y}"


def _labelled(values: Mapping[str, int], labels: Mapping[str, str]) -> tuple[tuple[str, int], ...]:
    return tuple((labels.get(k, k or "не указано"), n) for k, n in values.items())


def breakdowns(r: ActivityReport) -> list[Breakdown]:
    """The report's tables in printing order (also the sheets of the workbook)."""
    count = ("Показатель", "Количество")
    summary = (
        ("Консультаций всего", r.consultations),
        ("Предприятий получили консультации", r.enterprises),
        ("Новых предприятий", r.new_enterprises),
        ("Предварительных проверок", sum(r.prescreenings.values())),
        ("Досье открыто", r.dossiers_opened),
        ("Досье подготовлено к направлению", r.dossiers_ready),
        ("Направлено в Агентство (итоговые письма)", r.referred),
        ("Повторных направлений (взамен)", r.reissued),
        ("Шагов со сроком в периоде", r.followups_due),
        ("в т. ч. выполнено", r.followups_done),
        ("в т. ч. просрочено", r.followups_overdue),
        ("в т. ч. срок ещё не наступил", r.followups_open),
    )
    statuses = vocabulary.DOSSIER_STATUSES
    return [
        Breakdown("summary", "Сводка", count, summary),
        Breakdown("channel", "Консультации по каналам", ("Канал", "Консультаций"),
                  _labelled(r.by_channel, vocabulary.CHANNELS)),
        Breakdown("month", "Консультации по месяцам", ("Месяц", "Консультаций"),
                  tuple((_month_label(k), n) for k, n in r.by_month.items())),
        Breakdown("consultant", "Консультации по консультантам", ("Консультант", "Консультаций"),
                  tuple((r.consultant_names.get(k, k), n) for k, n in r.by_consultant.items())),
        Breakdown("program", "Консультации по программам", ("Программа", "Консультаций"),
                  _labelled(r.by_program, r.program_names)),
        Breakdown("topic", "Консультации по темам", ("Тема", "Консультаций"),
                  _labelled(r.by_topic, {})),
        Breakdown("prescreening", "Предварительные проверки", ("Вывод", "Проверок"),
                  _labelled(r.prescreenings, vocabulary.VERDICTS)),
        Breakdown("status", "Досье по достигнутому статусу", ("Статус", "Досье"),
                  tuple((label, r.dossiers_by_status[code]) for code, label in statuses.items()
                        if code in r.dossiers_by_status)),
    ]


MONTHS = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
          "сентябрь", "октябрь", "ноябрь", "декабрь")


def _month_label(key: str) -> str:
    year, month = key.split("-")
    return f"{MONTHS[int(month) - 1]} {year}"


# --- PDF ----------------------------------------------------------------------------------


def _signature(director_position: str | None, director_name: str | None) -> list[object]:
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer

    from desktop_app.core.reports import layout as L

    st = L.styles()
    sign = L.signature_block(
        L.para(director_position or "Руководитель центра", st.normal),
        L.para(director_name or "", st.right),
        80 * mm, 40 * mm,
    )
    return [Spacer(1, 12 * mm), KeepTogether([sign])]


def _head(org: object, title: str, h: ReportHeader) -> list[object]:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from desktop_app.core.reports import layout as L
    from desktop_app.core.reports.models import OrganizationInfo

    assert isinstance(org, OrganizationInfo)
    st = L.styles()
    story: list[object] = list(L.letterhead(org, L.FRAME_WIDTH))
    story += [Spacer(1, 4 * mm), L.para(title, st.title), L.para(period_text(h), st.subtitle)]
    filters = []
    if h.consultant:
        filters.append(f"консультант: {h.consultant}")
    if h.program:
        filters.append(f"программа: {h.program}")
    if filters:
        story.append(L.para("Отбор — " + "; ".join(filters), st.small))
    story.append(L.para(f"Составлен {h.made_at:%d.%m.%Y %H:%M}", st.small))
    story.append(Spacer(1, 2 * mm))
    return story


def _count_table(b: Breakdown) -> object:
    from reportlab.lib.units import mm

    from desktop_app.core.reports import layout as L

    st = L.styles()
    rows: list[list[object]] = [[L.para(t, st.cell_head) for t in b.columns]]
    for text, n in b.rows:
        rows.append([L.para(text, st.cell), L.para(f"{n:,}".replace(",", " "), st.cell_right)])
    if len(rows) == 1:
        rows.append([L.para("нет данных", st.cell), L.para("0", st.cell_right)])
    return L.grid_table(rows, [L.FRAME_WIDTH - 35 * mm, 35 * mm])


def _money(kopecks: int) -> str:
    return format_money(kopecks)


def build_activity_pdf(r: ActivityReport, org: object, director_position: str | None,
                       director_name: str | None) -> bytes:
    """The activity report on the centre's letterhead, ready to sign (PDF bytes)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer

    from desktop_app.core.reports import layout as L

    st = L.styles()
    title = "Отчёт о работе регионального оператора за период"
    story = _head(org, title, r.header)
    for b in breakdowns(r):
        story.append(KeepTogether([L.para(b.title, st.heading), _count_table(b)]))
    head = [L.para(t, st.cell_head) for t in ("Итог в Агентстве", "Досье", "Сумма гранта")]
    rows: list[list[object]] = [head]
    for code in OUTCOMES:
        o = r.outcomes[code]
        rows.append([L.para(vocabulary.DOSSIER_STATUSES[code], st.cell),
                     L.para(str(o.count), st.cell_right), L.para(_money(o.grant_requested),
                                                                 st.cell_right)])
    rows.append([L.para("Направлено (итоговые письма)", st.cell),
                 L.para(str(r.referred), st.cell_right),
                 L.para(_money(r.referred_grant_requested), st.cell_right)])
    story.append(KeepTogether([
        L.para("Направления и итоги", st.heading),
        L.grid_table(rows, [L.FRAME_WIDTH - 75 * mm, 25 * mm, 50 * mm]),
        Spacer(1, 1.5 * mm),
        L.para("Сумма гранта — заявленная в досье.", st.small),
    ]))
    story += _signature(director_position, director_name)
    return L.build_simple_document(
        story, title=f"{title} {period_text(r.header)}", author=r.header.centre,
        subject="Отчёт о работе", footer_ref=f"Отчёт о работе {period_text(r.header)}",
        draft=False, created=r.header.made_at,
    )


def build_referrals_pdf(header: ReportHeader, rows: Sequence[ReferralRow], org: object,
                        director_position: str | None, director_name: str | None) -> bytes:
    """The register of referrals for the period on the centre's letterhead (PDF bytes)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from desktop_app.core.reports import layout as L

    st = L.styles()
    title = "Реестр направлений в Агентство"
    story = _head(org, title, header)
    widths = [8 * mm, 27 * mm, 19 * mm, 0.0, 22 * mm, 0.0, 28 * mm]
    rest = L.FRAME_WIDTH - sum(widths)
    widths[3] = rest * 0.45
    widths[5] = rest * 0.55
    table: list[list[object]] = [[L.para(t, st.cell_head) for t in (
        "№", "Исх. номер", "Дата", "Предприятие", "ИНН", "Проект", "Грант, ₽")]]
    total = 0
    for i, row in enumerate(rows, 1):
        total += row.grant_requested or 0
        table.append([
            L.para(str(i), st.cell_center), L.fitted(row.number, st.cell, widths[1]),
            L.para(f"{row.issued_on:%d.%m.%Y}", st.cell_center),
            L.fitted(row.enterprise, st.cell, widths[3]), L.para(row.inn, st.cell),
            L.fitted(row.project, st.cell, widths[5]),
            L.para(format_money(row.grant_requested, currency=False)
                   if row.grant_requested is not None else "—", st.cell_right),
        ])
    story.append(L.grid_table(table, widths))
    story.append(Spacer(1, 2 * mm))
    story.append(L.para(f"Всего направлений: {len(rows)}; сумма заявленных грантов: "
                        f"{_money(total)}", st.normal))
    story += _signature(director_position, director_name)
    return L.build_simple_document(
        story, title=f"{title} {period_text(header)}", author=header.centre,
        subject="Реестр направлений", footer_ref=f"Реестр направлений {period_text(header)}",
        draft=False, created=header.made_at,
    )
