"""The referral package to the Agency: letter, inventory, card, project, check,
consultations and the bound-in documents — one PDF.

One numbering of the attachments everywhere (the letter's attachment note,
the inventory, the bookmarks, the heading of every generated part and the
mark on every page of a bound-in document): the parts the centre drew up are
attachments № 1–4 (:data:`NUMBERED_PARTS`), the applicant's documents follow
as № 5, 6, … in the order of the dossier's inventory. The inventory itself
(«Опись приложений») comes right after the letter and carries no number.

Build order (each reportlab document is built exactly once):

1. the attachments are read, cleaned of active content, their pages counted;
2. the numbered parts are built (pages kept, not written): their page counts;
3. the inventory is built: it knows every sheet count;
4. the letter is built; its attachment note knows every sheet count;
5. the total page count is known: footers are drawn, the bound-in pages are
   shrunk into a frame and get their mark in the band below it;
6. pypdf assembles the final file: bookmarks, metadata, /Lang, /ID.

The same input gives a byte-identical PDF.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import partial
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop_app.core import vocabulary
from desktop_app.core.formatting import format_money, format_percent, percent_shares
from desktop_app.core.reports import fonts
from desktop_app.core.reports import layout as L
from desktop_app.core.reports.fonts import MONO, ReportError
from desktop_app.core.reports.models import (
    AttachmentFile,
    ChecklistRow,
    CheckResult,
    Confidence,
    InventoryRow,
    PackageData,
    ProjectSummary,
)
from desktop_app.core.reports.pdf_internals import set_file_identifier
from desktop_app.core.reports.pdfmerge import (
    LoadedAttachment,
    load_attachment,
    stamp_pages,
    visible_size,
)
from desktop_app.core.russian import name_in_case, nest_quotes

PART_LETTER = "Сопроводительное письмо"
PART_CARD = "Карточка заявителя"
PART_PROJECT = "Сведения о проекте"
PART_COMPLIANCE = "Проверка соответствия требованиям"
PART_INVENTORY = "Опись приложений"
PART_CONSULTATIONS = "История консультаций"
NUMBERED_PARTS: tuple[str, ...] = (
    PART_CARD,
    PART_PROJECT,
    PART_COMPLIANCE,
    PART_CONSULTATIONS,
)
"""The parts the centre draws up: attachments № 1–4, in this order."""
CONTENT_PARTS: tuple[str, ...] = (PART_INVENTORY, *NUMBERED_PARTS)
"""Every generated part after the letter, in the order of the package."""
ATTACHMENTS_OUTLINE = "Документы заявителя"
LONG_NOTE = 8
"""More attachments than this: the letter refers to the inventory instead of listing them."""
STAMP_BAND = 16 * mm
"""The band at the bottom of a bound-in page that holds its mark; the content sits above."""
DEFAULT_SEPARATE_DELIVERY = "заявителем в составе заявки на платформе Агентства"
BLANK = "__________"

CHANNEL_LABELS = vocabulary.CHANNELS


@dataclass(frozen=True)
class PackageLayout:
    """How the finished package falls into pages (for checks and the log)."""

    letter_pages: int
    part_pages: dict[str, int]
    attachment_pages: list[int]
    total_pages: int


@dataclass(frozen=True)
class Appendix:
    """One attachment of the letter, numbered once for the whole package."""

    no: int
    title: str
    pages: int | None
    bound: bool
    """Bound into this PDF (otherwise it is sent separately)."""
    original: bool = False
    row: InventoryRow | None = None
    removed: tuple[str, ...] = ()
    first_page: int | None = None
    """The package page it starts on (1-based), once known."""


def percent(part: int, whole: int) -> str:
    """A share in percent with two decimals and a comma: ``20,00``."""
    if whole <= 0:
        return "—"
    value = (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return f"{value}".replace(".", ",")


def _letter_date(data: PackageData) -> str:
    return BLANK if data.draft else L.date_text(data.registered_at)


def _letter_number(data: PackageData) -> str:
    return BLANK if data.draft else (data.register_number or "")


def letter_reference(data: PackageData) -> str:
    """«к письму от 05.03.2026 № РИЦ-2026/0042»; a draft has neither date nor number."""
    if data.draft:
        return "к проекту письма"
    return f"к письму от {L.date_text(data.registered_at)} № {data.register_number}"


def appendix_mark(no: int, data: PackageData) -> str:
    """The mark of an attachment: «Приложение № 5 к письму от 05.03.2026 № РИЦ-2026/0042»."""
    return f"Приложение № {no} {letter_reference(data)}"


META_CODE = "/RciVerificationCode"
META_NUMBER = "/RciRegisterNumber"
META_DATE = "/RciRegisterDate"
META_DOCUMENTS = "/RciDocuments"


def verification_code(number: str, date: dt.date, hashes: Sequence[str]) -> str:
    """The letter's verification code: twelve digits from its number, date and files.

    Printed on the letter and kept in the PDF's metadata; ``package verify``
    recomputes it from the outgoing register and the stored documents.
    """
    h = hashlib.sha256(b"rci-intake-verification/1\n")
    h.update(f"{number}\n{date.isoformat()}\n".encode())
    for sha in sorted(hashes):
        h.update(sha.encode("ascii") + b"\n")
    digits = f"{int.from_bytes(h.digest()[:8], 'big') % 10**12:012d}"
    return "-".join(digits[i : i + 4] for i in range(0, 12, 4))


def package_hashes(data: PackageData) -> list[str]:
    """The SHA-256 of every file the inventory lists (the documents the code vouches for)."""
    return sorted({r.sha256 for r in data.inventory if r.sha256})


def _code_of(data: PackageData) -> str | None:
    if data.draft or not data.register_number:
        return None
    return verification_code(
        data.register_number, data.registered_at.date(), package_hashes(data)
    )


def _footer_ref(data: PackageData) -> str:
    name = nest_quotes(data.enterprise.display_name)
    if data.draft:
        return f"Проект письма — {name}"
    return (
        f"Письмо от {L.date_text(data.registered_at)} № {data.register_number} — {name}"
    )


def _doc(buffer: io.BytesIO, data: PackageData, *, draft: bool) -> BaseDocTemplate:
    frame = Frame(
        L.MARGIN_LEFT,
        L.MARGIN_BOTTOM,
        L.FRAME_WIDTH,
        L.PAGE_HEIGHT - L.MARGIN_TOP - L.MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )

    def on_page(canv: Canvas, _doc: BaseDocTemplate) -> None:
        if draft:
            L.draw_watermark(canv, L.PAGE_WIDTH, L.PAGE_HEIGHT)

    doc = BaseDocTemplate(
        buffer,
        pagesize=(L.PAGE_WIDTH, L.PAGE_HEIGHT),
        leftMargin=L.MARGIN_LEFT,
        rightMargin=L.MARGIN_RIGHT,
        topMargin=L.MARGIN_TOP,
        bottomMargin=L.MARGIN_BOTTOM,
        invariant=1,
        initialFontName=fonts.SERIF,
        title=PART_LETTER,
        author=data.organization.full_name,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    return doc


# --------------------------------------------------------------------------- parts


def _part_heading(title: str, subtitle: str) -> list[Flowable]:
    st = L.styles()
    return [L.para(title, st.title), L.para(subtitle, st.subtitle)]


def _card(data: PackageData) -> list[Flowable]:
    e = data.enterprise
    ogrn_label = "ОГРНИП" if e.ogrn and len(e.ogrn) == 15 else "ОГРН"
    rows: list[tuple[str, str | None]] = [
        ("Полное наименование", e.full_name),
        ("Сокращённое наименование", e.short_name),
        ("ИНН", e.inn),
        ("КПП", e.kpp),
        (ogrn_label, e.ogrn),
        ("Юридический адрес", e.legal_address),
        ("Фактический адрес", e.actual_address),
        ("Регион", e.region),
        ("Основной ОКВЭД", e.okved),
        ("Категория предприятия", e.size_category),
        ("Руководитель", ", ".join(x for x in (e.director_position, e.director_name) if x)),
        ("Телефон", e.phone),
        ("Электронная почта", e.email),
        ("Сайт", e.website),
    ]
    out: list[Flowable] = [L.key_value_table(rows)]
    st = L.styles()
    out.append(L.para("Контактное лицо", st.heading))
    c = e.contact
    contact_rows: list[tuple[str, str | None]] = (
        [
            ("Фамилия Имя Отчество", c.name),
            ("Должность", c.position),
            ("Телефон", c.phone),
            ("Электронная почта", c.email),
        ]
        if c
        else [("Контактное лицо", None)]
    )
    out.append(L.key_value_table(contact_rows))
    return out


def _project(data: PackageData) -> list[Flowable]:
    p = data.project
    st = L.styles()
    analogue = ", ".join(
        x
        for x in (
            p.analogue_name,
            f"производитель: {p.analogue_manufacturer}" if p.analogue_manufacturer else "",
            f"страна: {p.analogue_country}" if p.analogue_country else "",
        )
        if x
    )
    dates = ""
    if p.start_date or p.end_date:
        dates = f"с {L.date_text(p.start_date) or '—'} по {L.date_text(p.end_date) or '—'}"
    rows: list[tuple[str, str | None]] = [
        ("Наименование проекта", p.title),
        ("Программа", data.program_title),
        ("Комплектующее изделие", p.component),
        ("Код ОКПД2", p.okpd2),
        ("Иностранный аналог", analogue),
        ("Отрасль применения", p.target_industry),
        ("Потребители", p.consumers),
        ("Сроки реализации", dates),
        ("Дата подачи заявки", _submission_text(p)),
        ("Плановое серийное производство", p.serial_production),
    ]
    out: list[Flowable] = [L.key_value_table(rows)]
    out.append(L.para("Финансирование", st.heading))
    share = (p.own_funds + p.other_funds) if p.total_cost else 0
    grant_pct, share_pct = percent(p.grant_requested, p.total_cost), percent(share, p.total_cost)
    if p.total_cost > 0 and p.grant_requested + share == p.total_cost:
        # the two shares of one whole: printed so that they add up to 100,00
        grant_pct, share_pct = (format_percent(x) for x in percent_shares(
            [p.grant_requested, share]))
    fin_rows: list[tuple[str, str | None]] = [
        ("Общая стоимость проекта", L.money(p.total_cost)),
        ("Запрашиваемый грант", L.money(p.grant_requested)),
        ("Собственные средства", L.money(p.own_funds)),
        ("Иные средства", L.money(p.other_funds)),
        ("Доля гранта", f"{grant_pct} %"),
        ("Доля софинансирования", f"{share_pct} %"),
    ]
    out.append(L.key_value_table(fin_rows))
    out += _financing_by_year(p)
    out += _calendar_plan(p)
    out.append(L.para("Структура затрат", st.heading))
    if not p.cost_lines:
        out.append(L.para("Статьи затрат не указаны.", st.normal))
        return out
    head = [
        L.para(t, st.cell_head)
        for t in ("№", "Статья затрат", "Описание", "Сумма", "Доля, %")
    ]
    rows_t: list[list[Flowable]] = [head]
    total = 0
    for i, line in enumerate(p.cost_lines, 1):
        total += line.amount
        rows_t.append(
            [
                L.para(str(i), st.cell_center),
                L.para(line.category, st.cell),
                L.para(line.description or "", st.cell),
                L.para(L.money(line.amount), st.cell_right),
                L.para(percent(line.amount, p.total_cost), st.cell_right),
            ]
        )
    bold_right = st.cell_right.clone("rci-cell-rb", fontName=fonts.SERIF_BOLD)
    rows_t.append(
        [
            L.para("", st.cell),
            L.para("Итого", st.cell_head),
            L.para("", st.cell),
            L.para(L.money(total), bold_right),
            L.para(percent(total, p.total_cost), bold_right),
        ]
    )
    widths = [9 * mm, 45 * mm, 66 * mm, 33 * mm, 20 * mm]
    widths[2] = L.FRAME_WIDTH - sum(widths) + widths[2]
    out.append(L.grid_table(rows_t, widths, extra=[("SPAN", (1, -1), (2, -1))]))
    if total != p.total_cost:
        out.append(Spacer(1, 2 * mm))
        out.append(
            L.para(
                f"Сумма статей затрат ({L.money(total)}) не совпадает с общей стоимостью "
                f"проекта ({L.money(p.total_cost)}).",
                st.small,
            )
        )
    return out


def _submission_text(p: ProjectSummary) -> str:
    if p.submission_date is None:
        return ("не указана — сроки действия документов проверены на дату формирования пакета")
    return (f"{L.date_text(p.submission_date)} (от этой даты считаются сроки действия "
            "документов)")


def _calendar_plan(p: ProjectSummary) -> list[Flowable]:
    """The stages with their dates and results."""
    st = L.styles()
    out: list[Flowable] = [L.para("Календарный план", st.heading)]
    if not p.stages:
        out.append(L.para("Этапы проекта не указаны.", st.normal))
        return out
    rows: list[list[Flowable]] = [[
        L.para(t, st.cell_head)
        for t in ("№", "Этап", "Начало", "Окончание", "Результат")
    ]]
    for stage in p.stages:
        rows.append([
            L.para(stage.number, st.cell_center),
            L.para(stage.title, st.cell),
            L.para(L.date_text(stage.start_date) or "—", st.cell_center),
            L.para(L.date_text(stage.end_date) or "—", st.cell_center),
            L.para(stage.result or "", st.cell),
        ])
    widths = [10 * mm, 58 * mm, 22 * mm, 22 * mm, 0.0]
    widths[-1] = L.FRAME_WIDTH - sum(widths)
    out.append(L.grid_table(rows, widths))
    outside = [
        stage.number for stage in p.stages
        if (p.start_date and stage.start_date and stage.start_date < p.start_date)
        or (p.end_date and stage.end_date and stage.end_date > p.end_date)
    ]
    if outside:
        out.append(Spacer(1, 2 * mm))
        out.append(L.para(
            f"Этапы {', '.join(outside)} выходят за сроки реализации проекта.", st.small))
    return out


def _financing_by_year(p: ProjectSummary) -> list[Flowable]:
    """Money by year (rows) and source (columns), with the totals and the shares.

    The share columns are printed by largest-remainder rounding, so they add up
    to exactly 100,00.
    """
    st = L.styles()
    out: list[Flowable] = [L.para("Финансирование по источникам и годам", st.heading)]
    if not p.financing:
        out.append(L.para("Финансирование по годам не указано.", st.normal))
        return out
    sources = list(vocabulary.FINANCING_SOURCES)
    years = sorted({f.year for f in p.financing})
    cell: dict[tuple[int, str], int] = {}
    for f in p.financing:
        cell[(f.year, f.source)] = cell.get((f.year, f.source), 0) + f.amount
    year_totals = [sum(cell.get((y, src), 0) for src in sources) for y in years]
    source_totals = [sum(cell.get((y, src), 0) for y in years) for src in sources]
    grand = sum(year_totals)
    bold_right = st.cell_right.clone("rci-cell-rb", fontName=fonts.SERIF_BOLD)
    head = ["Год", *(vocabulary.FINANCING_SOURCES[src].capitalize() + ", ₽"
                     for src in sources), "Итого, ₽", "Доля, %"]
    rows: list[list[Flowable]] = [[L.para(t, st.cell_head) for t in head]]
    for year, total, pct in zip(years, year_totals, percent_shares(year_totals), strict=True):
        rows.append([
            L.para(str(year), st.cell_center),
            *(L.para(_amount(cell.get((year, src), 0)), st.cell_right) for src in sources),
            L.para(_amount(total), st.cell_right),
            L.para(format_percent(pct), st.cell_right),
        ])
    rows.append([
        L.para("Итого", st.cell_head),
        *(L.para(_amount(t), bold_right) for t in source_totals),
        L.para(_amount(grand), bold_right),
        L.para(format_percent(10_000) if grand else "0,00", bold_right),
    ])
    rows.append([
        L.para("Доля, %", st.cell_head),
        *(L.para(format_percent(x), bold_right) for x in percent_shares(source_totals)),
        L.para(format_percent(10_000) if grand else "0,00", bold_right),
        L.para("", st.cell),
    ])
    widths = [16 * mm, 0.0, 0.0, 0.0, 0.0, 18 * mm]
    money_width = (L.FRAME_WIDTH - widths[0] - widths[-1]) / 4
    widths[1:5] = [money_width] * 4
    out.append(L.grid_table(rows, widths))
    expected = {"grant": p.grant_requested, "own": p.own_funds, "other": p.other_funds}
    differ = [
        f"{vocabulary.FINANCING_SOURCES[src]}: по годам {L.money(t)}, в проекте "
        f"{L.money(expected[src])}"
        for src, t in zip(sources, source_totals, strict=True) if t != expected[src]
    ]
    if differ:
        out.append(Spacer(1, 2 * mm))
        out.append(L.para(
            "Суммы по годам не совпадают с источниками финансирования проекта ("
            + "; ".join(differ) + ").", st.small))
    return out


def _amount(kopecks: int) -> str:
    """Money in a narrow column (the currency is in the column head)."""
    return format_money(kopecks, nbsp=True, currency=False)


CONFIDENCE_WORDS = {
    Confidence.VERIFIED: "требование подтверждено официальным источником",
    Confidence.REPORTED: "требование известно из вторичных источников",
    Confidence.ASSUMED: "требование принято по аналогии, официально не подтверждено",
}
"""How firm a requirement is, for the reader of an unmet one."""


def _count_words(n: int, forms: tuple[str, str, str]) -> str:
    """«1 требование», «3 требования», «5 требований»."""
    tail = n % 100
    if 11 <= tail <= 14:
        return f"{n} {forms[2]}"
    last = n % 10
    form = forms[0] if last == 1 else forms[1] if 2 <= last <= 4 else forms[2]
    return f"{n} {form}"


REQUIREMENT_FORMS = ("требование", "требования", "требований")
FILLED_PREFIX = "Заполнено поле "
"""How the engine names a «required» rule: such passed checks are run together."""


def _finding_block(no: int, row: ChecklistRow) -> list[Flowable]:
    """One unmet requirement: what is required, what was found, when it applies, basis."""
    st = L.styles()
    item = st.normal.clone("rci-compliance-item", leftIndent=7 * mm, firstLineIndent=-7 * mm,
                           spaceBefore=4)
    detail = st.small.clone("rci-compliance-detail", leftIndent=7 * mm, spaceBefore=1)
    out: list[Flowable] = [
        L.Para(f"{no}.&nbsp;<b>{L.markup(nest_quotes(row.requirement))}</b>", item)
    ]
    if row.message:
        out.append(L.Para(f"<i>Установлено:</i> {L.markup(row.message)}", detail))
    if row.condition:
        out.append(L.Para(f"<i>Применяется,</i> {L.markup(row.condition)}.", detail))
    if row.clause:
        out.append(L.Para(f"<i>Основание:</i> {L.markup(row.clause)}", detail))
    if row.acknowledgement_reason:
        who = ", ".join(
            x for x in (row.acknowledged_by, L.datetime_text(row.acknowledged_at)) if x
        )
        out.append(
            L.Para(
                "<i>Предупреждение принято консультантом:</i> "
                + L.markup(row.acknowledgement_reason)
                + (f" ({L.markup(who)})" if who else ""),
                detail,
            )
        )
    out.append(
        L.Para(f"<i>Достоверность:</i> {CONFIDENCE_WORDS[row.confidence]}.", detail)
    )
    return out


def _brief_list(title: str, texts: Sequence[str]) -> list[Flowable]:
    """A heading and the requirements run together in one paragraph."""
    if not texts:
        return []
    st = L.styles()
    return [
        L.para(title, st.heading),
        L.para("; ".join(texts) + ".", st.small),
    ]


def _compliance(data: PackageData) -> list[Flowable]:
    """The check for a human reader: unmet requirements first, each with its evidence;
    the met ones in brief; the basis once; what the program could not check at the end."""
    st = L.styles()
    out: list[Flowable] = [
        L.para(
            f"Заявка проверена по требованиям программы "
            f"{nest_quotes('«' + data.program_title + '»')} "
            f"{L.datetime_text(data.validated_at)}.",
            st.normal,
        ),
    ]
    if data.legal_basis:
        out.append(L.para(f"Нормативное основание: {data.legal_basis}.", st.small))
    if not data.checklist:
        out.append(Spacer(1, 3 * mm))
        out.append(L.para("Правила и требования к документам не проверялись.", st.normal))
        return out
    failed = [r for r in data.checklist if r.result == CheckResult.FAILED]
    warned = [r for r in data.checklist if r.result == CheckResult.WARNING]
    passed = [r for r in data.checklist if r.result == CheckResult.PASSED]
    unchecked = [r for r in data.checklist if r.unchecked]
    skipped = [
        r for r in data.checklist if r.result == CheckResult.NOT_APPLICABLE and not r.unchecked
    ]
    summary = [
        f"не выполнено — {len(failed)}",
        f"с предупреждением — {len(warned)}",
        f"выполнено — {len(passed)}",
    ]
    if skipped:
        summary.append(f"не относятся к этой заявке — {len(skipped)}")
    if unchecked:
        summary.append(f"не проверены — {len(unchecked)}")
    out.append(Spacer(1, 2 * mm))
    out.append(
        L.para(
            f"Проверено {_count_words(len(data.checklist), REQUIREMENT_FORMS)}: "
            + "; ".join(summary) + ".",
            st.normal,
        )
    )
    no = 0
    for title, rows in (
        ("Требования, которые не выполнены", failed),
        ("Требования, выполненные с предупреждением", warned),
    ):
        if not rows:
            continue
        out.append(L.para(title, st.heading))
        for row in rows:
            no += 1
            out.extend(_finding_block(no, row))
    if not failed and not warned:
        out.append(L.para("Невыполненных требований и предупреждений нет.", st.heading))
    docs = [nest_quotes(r.requirement) for r in passed if r.rule_id.startswith("document:")]
    facts = [nest_quotes(r.requirement) for r in passed if not r.rule_id.startswith("document:")]
    filled = [t.removeprefix(FILLED_PREFIX) for t in facts if t.startswith(FILLED_PREFIX + "«")]
    if len(filled) > 1:
        facts = [
            "Заполнены " + ", ".join(filled),
            *(t for t in facts if not t.startswith(FILLED_PREFIX + "«")),
        ]
    out.extend(_brief_list("Приложены документы", docs))
    out.extend(_brief_list("Сведения заявки соответствуют требованиям", facts))
    out.extend(
        _brief_list(
            "Не относятся к этой заявке",
            [
                nest_quotes(r.requirement) + (f" (требуется, {r.condition})" if r.condition else "")
                for r in skipped
            ],
        )
    )
    out.append(L.para("Что программа проверить не смогла", st.heading))
    if unchecked:
        names = "; ".join(
            nest_quotes(r.requirement[:1].lower() + r.requirement[1:]) for r in unchecked
        )
        out.append(
            L.para(
                f"Не проверено: {names}. Пороговые значения этих требований в правилах "
                "программы не установлены (не опубликованы), поэтому соответствие им "
                "оценивает Агентство при рассмотрении заявки.",
                st.small,
            )
        )
    else:
        out.append(
            L.para("Все требования, известные программе, проверены.", st.small)
        )
    out.append(
        L.para(
            "Проверка предварительная: она не заменяет экспертизу заявки Агентством.",
            st.small,
        )
    )
    return out


def _hash_cell(sha: str, width: float) -> Paragraph:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    st = L.styles()
    if stringWidth(sha, MONO, st.mono.fontSize) > width - 7:
        sha = "<br/>".join(sha[i : i + 32] for i in range(0, len(sha), 32))
    return L.Para(sha, st.mono)


def _pages_text(first: int | None, count: int | None) -> str:
    if first is None or not count:
        return ""
    return f"с. {first}" if count == 1 else f"с. {first}–{first + count - 1}"


def _inventory_note(item: Appendix, data: PackageData) -> str:
    if not item.bound:
        return "не подшит, направляется отдельно"
    where = _pages_text(item.first_page, item.pages)
    note = f"подшит, {where}" if where else "подшит"
    if item.removed:
        note += "; удалено активное содержимое: " + ", ".join(item.removed)
    return note


#: Cells of one package's inventory by (column, row, text): made once, used by the
#: measuring pass and by the build (reportlab's own multi-pass builds reuse their
#: flowables the same way). Keys name the row, so no cell object appears twice.
_CellCache = dict[tuple[Any, ...], Flowable]


def _cell(cache: _CellCache | None, key: tuple[Any, ...], make: Callable[[], Flowable]) -> Flowable:
    if cache is None:
        return make()
    made = cache.get(key)
    if made is None:
        made = cache[key] = make()
    return made


def _inventory(
    data: PackageData, items: Sequence[Appendix], cache: _CellCache | None = None
) -> list[Flowable]:
    st = L.styles()
    out: list[Flowable] = []
    widths = [9 * mm, 0.0, 29 * mm, 20 * mm, 15 * mm, 44 * mm]
    widths[1] = L.FRAME_WIDTH - sum(widths)
    head = [
        L.fitted(t, st.cell_head, w)
        for t, w in zip(
            ("№", "Наименование", "Номер и дата", "Подлинник или копия", "Листов", "Отметка"),
            widths,
            strict=True,
        )
    ]
    rows: list[list[Flowable]] = [head]
    total = 0
    for item in items:
        if item.bound:
            total += item.pages or 0
        r = item.row
        num_date = ""
        if r is not None:
            num_date = "\n".join(
                x
                for x in (
                    (r.number if r.number.lstrip().startswith("№") else f"№ {r.number}")
                    if r.number
                    else "",
                    f"от {L.date_text(r.issued_on)}" if r.issued_on else "",
                )
                if x
            )
        texts = (str(item.no), nest_quotes(item.title), num_date or "—",
                 "подлинник" if item.original else "копия",
                 "—" if item.pages is None else str(item.pages), _inventory_note(item, data))
        rows.append(
            [
                _cell(cache, (col, item.no, text),
                      partial(L.para, text, st.cell_center) if col in (0, 4)
                      else partial(L.fitted, text, st.cell, widths[col]))
                for col, text in enumerate(texts)
            ]
        )
    bold_center = st.cell_center.clone("rci-cell-cb", fontName=fonts.SERIF_BOLD)
    rows.append(
        [
            L.para("", st.cell),
            L.para("Всего листов в пакете приложений", st.cell_head),
            L.para("", st.cell),
            L.para("", st.cell),
            L.para(str(total), bold_center),
            L.para("", st.cell),
        ]
    )
    out.append(L.grid_table(rows, widths, extra=[("SPAN", (1, -1), (3, -1))]))
    if any(not i.bound for i in items):
        how = data.separate_delivery or DEFAULT_SEPARATE_DELIVERY
        out.append(Spacer(1, 2 * mm))
        out.append(
            L.para(f"Документы с отметкой «направляется отдельно» направляются {how}.", st.small)
        )
    out.append(Spacer(1, 6 * mm))
    hashed = [i for i in items if i.row is not None and i.row.sha256]
    if hashed:
        out.append(CondPageBreak(40 * mm))
        out.append(L.para("Контрольные суммы файлов (SHA-256)", st.heading))
        out.append(
            L.para(
                "Значения SHA-256 позволяют убедиться, что файлы документов заявителя "
                "не изменены после составления описи.",
                st.small,
            )
        )
        out.append(Spacer(1, 2 * mm))
        hash_w = 113 * mm
        name_w = L.FRAME_WIDTH - 10 * mm - hash_w
        hrows: list[list[Flowable]] = [
            [L.para(t, st.cell_head) for t in ("№", "Документ", "SHA-256")]
        ]
        for item in hashed:
            assert item.row is not None
            no, type_title, sha = str(item.no), nest_quotes(item.row.type_title), \
                item.row.sha256 or ""
            hrows.append(
                [
                    _cell(cache, ("sha", 0, item.no, no), partial(L.para, no, st.cell_center)),
                    _cell(cache, ("sha", 1, item.no, type_title),
                          partial(L.fitted, type_title, st.cell, name_w)),
                    _cell(cache, ("sha", 2, item.no, sha), partial(_hash_cell, sha, hash_w)),
                ]
            )
        out.append(L.grid_table(hrows, [10 * mm, name_w, hash_w]))
    return out


def _consultations(data: PackageData) -> list[Flowable]:
    st = L.styles()
    if not data.consultations:
        return [L.para("Консультации с предприятием не зарегистрированы.", st.normal)]
    head = [
        L.para(t, st.cell_head)
        for t in ("№", "Дата", "Канал", "Тема", "Консультант", "Итог, следующий шаг")
    ]
    rows: list[list[Flowable]] = [head]
    for i, c in enumerate(sorted(data.consultations, key=lambda r: r.date), 1):
        rows.append(
            [
                L.para(str(i), st.cell_center),
                L.para(L.date_text(c.date), st.cell_center),
                L.para(CHANNEL_LABELS.get(c.channel, c.channel), st.cell),
                L.para(c.topic, st.cell),
                L.para(c.consultant or "—", st.cell),
                L.para(c.outcome or "—", st.cell),
            ]
        )
    widths = [9 * mm, 20 * mm, 22 * mm, 0.0, 32 * mm, 48 * mm]
    widths[3] = L.FRAME_WIDTH - sum(widths)
    return [L.grid_table(rows, widths)]


def _build_parts(
    data: PackageData,
) -> tuple[L.CanvasFactory, io.BytesIO, dict[str, int]]:
    buffer = io.BytesIO()
    doc = _doc(buffer, data, draft=data.draft)
    marks: dict[str, int] = {}
    story: list[Flowable] = []
    builders = {
        PART_CARD: _card,
        PART_PROJECT: _project,
        PART_COMPLIANCE: _compliance,
        PART_CONSULTATIONS: _consultations,
    }
    for n, part in enumerate(NUMBERED_PARTS):
        if n:
            story.append(PageBreak())
        story.append(L.PartMarker(part, marks))
        story.extend(_part_heading(part, appendix_mark(n + 1, data)))
        story.extend(builders[part](data))
    factory = L.CanvasFactory()
    doc.build(story, canvasmaker=factory)
    return factory, buffer, marks


def _inventory_story(
    data: PackageData, items: Sequence[Appendix], cache: _CellCache | None = None
) -> list[Flowable]:
    story: list[Flowable] = _part_heading(PART_INVENTORY, letter_reference(data))
    story.extend(_inventory(data, items, cache))
    return story


def _build_inventory(
    data: PackageData, items: Sequence[Appendix], cache: _CellCache | None = None
) -> tuple[L.CanvasFactory, io.BytesIO]:
    buffer = io.BytesIO()
    doc = _doc(buffer, data, draft=data.draft)
    factory = L.CanvasFactory()
    doc.build(_inventory_story(data, items, cache), canvasmaker=factory)
    return factory, buffer


def _measured_pages(story: Sequence[Flowable]) -> int:
    """How many pages ``story`` takes in the package's frame, found by wrapping and
    splitting its flowables as the frame does, without drawing anything.

    Only a first guess for the inventory's length (drawing is the larger half of
    building it): the build that follows counts the real pages and is redone if
    the guess was wrong, so an approximation here costs time, never correctness.
    """
    width = L.FRAME_WIDTH
    height = L.PAGE_HEIGHT - L.MARGIN_TOP - L.MARGIN_BOTTOM
    pages, room = 1, height
    queue = list(story)
    while queue:
        flowable = queue.pop(0)
        at_top = room == height
        if isinstance(flowable, PageBreak):
            if not at_top:
                pages, room = pages + 1, height
            continue
        if isinstance(flowable, CondPageBreak):
            if room < flowable.height and not at_top:
                pages, room = pages + 1, height
            continue
        before = 0.0 if at_top else flowable.getSpaceBefore()
        _w, h = flowable.wrap(width, room - before)
        needed = before + h + flowable.getSpaceAfter()
        if needed <= room:
            room -= needed
            continue
        parts = flowable.split(width, room - before)
        if len(parts) >= 2:  # the first part fills this page, the rest goes on
            queue[:0] = list(parts[1:])
        elif at_top:  # too tall even for an empty page: the build will say so
            continue
        else:
            queue.insert(0, flowable)
        pages, room = pages + 1, height
    return pages


# --------------------------------------------------------------------------- letter


def _ranges(numbers: Sequence[int]) -> str:
    """[5, 6, 7, 9] → «5–7, 9»."""
    out: list[str] = []
    run: list[int] = []
    for n in sorted(numbers):
        if run and n == run[-1] + 1:
            run.append(n)
            continue
        if run:
            out.append(str(run[0]) if len(run) == 1 else f"{run[0]}–{run[-1]}")
        run = [n]
    if run:
        out.append(str(run[0]) if len(run) == 1 else f"{run[0]}–{run[-1]}")
    return ", ".join(out)


def default_letter_text(data: PackageData, items: Sequence[Appendix] = ()) -> list[str]:
    """The default text of the letter (paragraphs), as an official writes it."""
    e, p, org = data.enterprise, data.project, data.organization
    program = nest_quotes(f"«{data.program_title}»")
    text = [
        f"{nest_quotes(org.display_name)}, являясь региональным оператором программы, "
        f"направляет заявку {name_in_case(e.full_name, 'gen')} (ИНН {e.inn}) на участие "
        f"в программе {program} по проекту {nest_quotes('«' + p.title + '»')}.",
        f"Запрашиваемый размер гранта — {L.money(p.grant_requested)} при общей "
        f"стоимости проекта {L.money(p.total_cost)}, собственные средства "
        f"заявителя — {L.money(p.own_funds)}.",
        "Предварительная проверка заявки на соответствие требованиям программы проведена "
        f"{L.date_text(data.validated_at)}. Результаты проверки, карточка заявителя, "
        "сведения о проекте и история консультаций прилагаются.",
    ]
    separate = [i.no for i in items if not i.bound]
    if separate:
        how = data.separate_delivery or DEFAULT_SEPARATE_DELIVERY
        if len(separate) == 1:
            text.append(
                f"Документ заявителя, указанный в описи приложений под № {separate[0]}, "
                f"к письму не подшит и направляется отдельно {how}."
            )
        else:
            text.append(
                f"Документы заявителя, указанные в описи приложений под № "
                f"{_ranges(separate)}, к письму не подшиты и направляются отдельно {how}."
            )
    text.append("Просим рассмотреть заявку в установленном порядке.")
    return text


def _note(
    data: PackageData, items: Sequence[Appendix], inventory_pages: int
) -> list[Table]:
    """The attachment note: one row per attachment, so that it splits across pages.

    The last row is a table of its own: it stays on the page of the signature.
    """
    st = L.styles()
    note_style = st.normal.clone("rci-note", fontSize=12, leading=15)
    bound = [i for i in items if i.bound]
    lines: list[str]
    if len(bound) > LONG_NOTE:
        lines = [f"согласно описи на {inventory_pages} л. в 1 экз."]
    else:
        lines = [
            f"{i.no}. {nest_quotes(i.title)} на {i.pages} л. в 1 экз." for i in bound
        ]
        lines.append(f"Опись приложений на {inventory_pages} л. в 1 экз.")
    label_w = 30 * mm
    rows = [
        [L.para("Приложение:" if k == 0 else "", note_style), L.para(line, note_style)]
        for k, line in enumerate(lines)
    ]
    style = TableStyle(
        [
            L.TABLE_FONT,
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]
    )
    tables = []
    for chunk in (rows[:-1], rows[-1:]):
        if chunk:
            table = Table(chunk, colWidths=[label_w, L.FRAME_WIDTH - label_w], hAlign="LEFT",
                          splitByRow=1)
            table.setStyle(style)
            tables.append(table)
    return tables


def _letter_story(
    data: PackageData, items: Sequence[Appendix], inventory_pages: int
) -> list[Flowable]:
    st = L.styles()
    left_w = 88 * mm
    right_w = L.FRAME_WIDTH - left_w
    number_style = st.normal.clone("rci-number", fontSize=12, leading=15, alignment=1)
    left: list[Flowable] = L.letterhead(data.organization, left_w - 4 * mm)
    left.append(Spacer(1, 3 * mm))
    if data.draft:
        left.append(L.para(f"{BLANK} № {BLANK}", number_style))
    else:
        left.append(
            L.Para(
                f"<u>{L.date_text(data.registered_at)}</u> № "
                f"<u>{L.markup(data.register_number)}</u>",
                number_style,
            )
        )
    if data.incoming_number or data.incoming_date:
        left.append(
            L.para(
                f"На № {data.incoming_number or BLANK} от "
                f"{L.date_text(data.incoming_date) or BLANK}",
                number_style,
            )
        )
    elif data.incoming_reference:
        ref = data.incoming_reference
        if not ref.startswith("На "):
            ref = f"На {ref}" if ref.startswith("№") else f"На № {ref}"
        left.append(L.para(ref, number_style))
    if data.replaces_number:
        when = f" от {L.date_text(data.replaces_date)}" if data.replaces_date else ""
        left.append(
            L.para(f"Взамен исх. № {data.replaces_number}{when}", number_style)
        )
    a = data.addressee
    right: list[Flowable] = [Spacer(1, 8 * mm), L.para(nest_quotes(a.position_dative), st.normal)]
    if a.organization:
        right.append(L.para(nest_quotes(a.organization), st.normal))
    right.append(Spacer(1, 1 * mm))
    right.append(L.para(a.name_dative, st.normal))
    if a.address:
        right.append(Spacer(1, 1 * mm))
        right.append(L.para(a.address, st.normal))
    head = Table([[left, right]], colWidths=[left_w, right_w], hAlign="LEFT")
    head.setStyle(
        TableStyle(
            [
                L.TABLE_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 4 * mm),
                ("LEFTPADDING", (1, 0), (1, 0), 6 * mm),
                ("RIGHTPADDING", (1, 0), (1, 0), 0),
            ]
        )
    )
    subject_style = st.normal.clone("rci-subject", fontName=fonts.SERIF_BOLD)
    subject = Table([[L.para(data.subject, subject_style)]], colWidths=[left_w], hAlign="LEFT")
    subject.setStyle(TableStyle([L.TABLE_FONT, ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story: list[Flowable] = [head, Spacer(1, 8 * mm), subject, Spacer(1, 8 * mm)]
    salutation = st.letter.clone("rci-salut", alignment=1, firstLineIndent=0)
    story.append(L.para(data.salutation, salutation))
    story.append(Spacer(1, 4 * mm))
    if data.letter_body and data.letter_body.strip():
        paragraphs = [p.strip() for p in data.letter_body.replace("\r\n", "\n").split("\n\n")]
    else:
        paragraphs = default_letter_text(data, items)
    for text in paragraphs:
        if text:
            story.append(L.para(text, st.letter))
    story.append(Spacer(1, 5 * mm))
    *note, last_note = _note(data, items, inventory_pages)
    story.extend(note)
    sig_style = st.normal.clone("rci-sig", fontSize=13, leading=16)
    signature = L.signature_block(
        L.para(nest_quotes(data.signer.position), sig_style),
        L.para(data.signer.name, sig_style.clone("rci-sig-r", alignment=2)),
        85 * mm, 38 * mm,
    )
    ex = data.executor
    exec_lines = [L.para(f"Исп. {ex.name}", st.small)]
    contact = ", ".join(x for x in (f"тел. {ex.phone}" if ex.phone else "", ex.email or "") if x)
    if contact:
        exec_lines.append(L.para(contact, st.small))
    code = _code_of(data)
    if code:
        exec_lines.append(L.para(f"Код проверки подлинности: {code}", st.small))
    story.append(
        L.BottomNote(exec_lines, top=[last_note, Spacer(1, 12 * mm), signature, Spacer(1, 8 * mm)])
    )
    return story


def _build_letter(
    data: PackageData, items: Sequence[Appendix], inventory_pages: int
) -> tuple[L.CanvasFactory, io.BytesIO]:
    buffer = io.BytesIO()
    doc = _doc(buffer, data, draft=data.draft)
    factory = L.CanvasFactory()
    doc.build(_letter_story(data, items, inventory_pages), canvasmaker=factory)
    return factory, buffer


# --------------------------------------------------------------------------- assembly


def _overlay(
    sizes: Sequence[tuple[float, float]],
    marks: Sequence[str],
    first_no: int,
    total: int,
    draft: bool,
) -> bytes:
    buf = io.BytesIO()
    canv = Canvas(buf, invariant=1, pageCompression=1, initialFontName=fonts.SERIF)
    for k, (w, h) in enumerate(sizes):
        canv.setPageSize((w, h))
        if draft:
            L.draw_watermark(canv, w, h, alpha=0.45)
        L.draw_footer(canv, first_no + k, total, marks[k], width=w)
        canv.showPage()
    canv.save()
    return buf.getvalue()


def _document_id(data: PackageData, loaded: Sequence[LoadedAttachment]) -> bytes:
    h = hashlib.sha256(b"rci-intake-package/2\n")
    h.update(data.model_dump_json().encode("utf-8"))
    for item in loaded:
        h.update(item.source.model_dump_json().encode("utf-8"))
        h.update(item.sha256)
    return h.digest()[:16]


def build_referral_package(
    data: PackageData, *, attachments: list[AttachmentFile] | None = None
) -> bytes:
    """Build the referral package and return the PDF bytes.

    ``attachments`` are the dossier's document files; they are bound in after
    the generated parts, in inventory order. Every part starts on a new page
    and has a bookmark. The same data gives the same bytes.

    Raises:
        ReportError: an attachment is missing, damaged, password-protected or
            not of the kind stated; the fonts are missing. The message is in Russian.
    """
    return build_referral_package_with_layout(data, attachments=attachments)[0]


def appendices(
    data: PackageData,
    part_pages: dict[str, int],
    loaded: Sequence[LoadedAttachment],
    first_part_page: int,
) -> list[Appendix]:
    """Every attachment with its one number: the parts, then the applicant's documents."""
    items: list[Appendix] = []
    page = first_part_page
    for n, part in enumerate(NUMBERED_PARTS, 1):
        items.append(Appendix(n, part, part_pages[part], True, True, first_page=page))
        page += part_pages[part]
    by_no = {item.source.inventory_no: item for item in loaded}
    offset = len(NUMBERED_PARTS)
    rows = sorted(data.inventory, key=lambda r: r.no)
    known = {r.no for r in rows}
    for item in loaded:  # an attachment without an inventory row still gets its number
        if item.source.inventory_no not in known:
            rows.append(InventoryRow(no=item.source.inventory_no, type_title=item.source.title,
                                     pages=item.pages))
    for row in sorted(rows, key=lambda r: r.no):
        att = by_no.get(row.no)
        title = row.type_title
        if row.title and row.title != row.type_title:
            title = f"{row.type_title}: {row.title}"
        if att is not None:
            items.append(Appendix(offset + row.no, title, att.pages, True, row.original, row,
                                  att.removed, first_page=page))
            page += att.pages
        else:
            items.append(Appendix(offset + row.no, title, row.pages, False, row.original, row))
    return items


def build_referral_package_with_layout(
    data: PackageData, *, attachments: list[AttachmentFile] | None = None
) -> tuple[bytes, PackageLayout]:
    """The same as :func:`build_referral_package`, plus the page layout."""
    L.styles()
    files = sorted(attachments or [], key=lambda a: (a.inventory_no, a.title))
    loaded = [load_attachment(a) for a in files]

    parts_factory, parts_buf, marks = _build_parts(data)
    parts_canvas = parts_factory.canvas
    assert parts_canvas is not None
    parts_count = parts_canvas.page_count
    starts = [marks[p] for p in NUMBERED_PARTS]
    part_pages = {
        part: (starts[i + 1] if i + 1 < len(starts) else parts_count + 1) - starts[i]
        for i, part in enumerate(NUMBERED_PARTS)
    }

    # The inventory and the letter know where everything starts only once their own
    # lengths are known: build with a guess, and again if a guess was wrong. The
    # inventory is the costly one, so its length is first measured without drawing,
    # and the short letter is built first: its length is the inventory's offset.
    letter_guess = 1
    cells: _CellCache = {}
    inventory_guess = _measured_pages(
        _inventory_story(data, appendices(data, part_pages, loaded, letter_guess + 2), cells))
    inventory_built: tuple[L.CanvasFactory, io.BytesIO] | None = None
    for _attempt in range(6):
        first = letter_guess + inventory_guess + 1
        items = appendices(data, part_pages, loaded, first)
        letter_factory, letter_buf = _build_letter(data, items, inventory_guess)
        assert letter_factory.canvas is not None
        letter_pages = letter_factory.canvas.page_count
        if letter_pages != letter_guess:
            letter_guess, inventory_built = letter_pages, None
            continue
        inventory_built = _build_inventory(data, items, cells)
        assert inventory_built[0].canvas is not None
        if inventory_built[0].canvas.page_count == inventory_guess:
            break
        inventory_guess = inventory_built[0].canvas.page_count
    if inventory_built is None:  # the guesses never settled: the last letter's items
        inventory_built = _build_inventory(data, items, cells)
    inv_factory, inv_buf = inventory_built
    assert inv_factory.canvas is not None
    inventory_pages = inv_factory.canvas.page_count
    letter_canvas = letter_factory.canvas
    inv_canvas = inv_factory.canvas
    assert letter_canvas is not None and inv_canvas is not None
    part_pages = {PART_INVENTORY: inventory_pages, **part_pages}
    attach_pages = sum(item.pages for item in loaded)
    before_attachments = letter_pages + inventory_pages + parts_count
    total = before_attachments + attach_pages
    ref = _footer_ref(data)

    def decorate_letter(canv: Canvas, index: int, _count: int) -> None:
        if index == 0:
            return
        canv.saveState()
        canv.setFont(fonts.SERIF, 12)
        canv.drawCentredString(
            L.MARGIN_LEFT + L.FRAME_WIDTH / 2, L.HEADER_Y, str(index + 1)
        )
        canv.restoreState()

    def decorate_inventory(canv: Canvas, index: int, _count: int) -> None:
        L.draw_footer(canv, letter_pages + index + 1, total, ref)

    def decorate_parts(canv: Canvas, index: int, _count: int) -> None:
        L.draw_footer(canv, letter_pages + inventory_pages + index + 1, total, ref)

    letter_canvas.finish(decorate_letter)
    inv_canvas.finish(decorate_inventory)
    parts_canvas.finish(decorate_parts)

    writer = PdfWriter()
    for buf in (letter_buf, inv_buf, parts_buf):
        writer.append(PdfReader(io.BytesIO(buf.getvalue())), import_outline=False)
    numbered = {i.row.no: i for i in items if i.row is not None and i.bound}
    attachment_starts: list[int] = []
    page_marks: list[str] = []
    for item in loaded:
        attachment_starts.append(len(writer.pages))
        writer.append(item.pdf, import_outline=False)
        no = numbered[item.source.inventory_no].no
        page_marks.extend(
            f"{appendix_mark(no, data)}, лист {k} из {item.pages}" if item.pages > 1
            else appendix_mark(no, data)
            for k in range(1, item.pages + 1)
        )
    if loaded:
        sizes = [visible_size(writer.pages[i]) for i in range(before_attachments, total)]
        stamp_pages(
            writer,
            before_attachments,
            _overlay(sizes, page_marks, before_attachments + 1, total, data.draft),
            sizes,
            STAMP_BAND,
        )

    writer.add_outline_item(title=PART_LETTER, page_number=0)
    writer.add_outline_item(title=PART_INVENTORY, page_number=letter_pages)
    for n, part in enumerate(NUMBERED_PARTS, 1):
        writer.add_outline_item(
            title=f"Приложение № {n}. {part}",
            page_number=letter_pages + inventory_pages + marks[part] - 1,
        )
    if loaded:
        parent = writer.add_outline_item(
            title=ATTACHMENTS_OUTLINE, page_number=attachment_starts[0]
        )
        for item, start in zip(loaded, attachment_starts, strict=True):
            entry = numbered[item.source.inventory_no]
            writer.add_outline_item(
                title=f"Приложение № {entry.no}. {nest_quotes(entry.title)}",
                page_number=start,
                parent=parent,
            )
    writer.page_mode = "/UseOutlines"

    org = data.organization
    stamp = L.pdf_date(data.registered_at)
    title = (
        f"Проект письма о направлении заявки {data.enterprise.display_name}"
        if data.draft
        else f"Письмо о направлении заявки {data.enterprise.display_name} "
        f"№ {data.register_number} от {L.date_text(data.registered_at)}"
    )
    writer.add_metadata(
        {
            "/Title": nest_quotes(title),
            "/Author": org.full_name,
            "/Subject": f"{data.program_title}: {data.project.title}",
            "/Keywords": f"направление заявки; ИНН {data.enterprise.inn}"
            + ("; проект" if data.draft else ""),
            "/Creator": "RCI Intake",
            "/Producer": "RCI Intake (reportlab, pypdf)",
            "/CreationDate": stamp,
            "/ModDate": stamp,
        }
    )
    code = _code_of(data)
    if code and data.register_number:
        writer.add_metadata(
            {
                META_CODE: code,
                META_NUMBER: data.register_number,
                META_DATE: data.registered_at.date().isoformat(),
                META_DOCUMENTS: " ".join(package_hashes(data)),
            }
        )
    writer.root_object[NameObject("/Lang")] = TextStringObject("ru")
    set_file_identifier(writer, _document_id(data, loaded))
    out = io.BytesIO()
    writer.write(out)
    layout = PackageLayout(
        letter_pages=letter_pages,
        part_pages=part_pages,
        attachment_pages=[item.pages for item in loaded],
        total_pages=total,
    )
    return out.getvalue(), layout


__all__ = [
    "CONTENT_PARTS",
    "NUMBERED_PARTS",
    "PART_INVENTORY",
    "PART_LETTER",
    "Appendix",
    "PackageLayout",
    "ReportError",
    "appendix_mark",
    "build_referral_package",
    "build_referral_package_with_layout",
    "default_letter_text",
    "package_hashes",
    "verification_code",
]
