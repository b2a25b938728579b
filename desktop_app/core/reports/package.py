"""The referral package to the Agency: letter, card, project, check, inventory,
consultations and the bound-in documents — one PDF.

Build order (each reportlab part is built exactly once):

1. the attachments are read and their pages counted;
2. parts 2–6 are built (pages kept, not written), so each part's page count
   is known;
3. the letter is built; its attachment note already knows every sheet count;
4. the total page count is known: footers are drawn and the bound-in pages
   get their stamp;
5. pypdf assembles the final file: bookmarks, metadata, /Lang, /ID.

The same input gives a byte-identical PDF.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop_app.core import vocabulary
from desktop_app.core.reports import fonts
from desktop_app.core.reports import layout as L
from desktop_app.core.reports.fonts import MONO, ReportError
from desktop_app.core.reports.models import (
    AttachmentFile,
    CheckResult,
    PackageData,
)
from desktop_app.core.reports.pdf_internals import set_file_identifier
from desktop_app.core.reports.pdfmerge import (
    LoadedAttachment,
    load_attachment,
    stamp_pages,
    visible_size,
)

PART_LETTER = "Сопроводительное письмо"
PART_CARD = "Карточка заявителя"
PART_PROJECT = "Сведения о проекте"
PART_COMPLIANCE = "Проверка соответствия требованиям"
PART_INVENTORY = "Опись документов"
PART_CONSULTATIONS = "История консультаций"
CONTENT_PARTS: tuple[str, ...] = (
    PART_CARD,
    PART_PROJECT,
    PART_COMPLIANCE,
    PART_INVENTORY,
    PART_CONSULTATIONS,
)
ATTACHMENTS_OUTLINE = "Документы досье"

CHANNEL_LABELS = vocabulary.CHANNELS
SEVERITY_LABELS = vocabulary.SEVERITIES


@dataclass(frozen=True)
class PackageLayout:
    """How the finished package falls into pages (for checks and the log)."""

    letter_pages: int
    part_pages: dict[str, int]
    attachment_pages: list[int]
    total_pages: int


def percent(part: int, whole: int) -> str:
    """A share in percent with two decimals and a comma: ``20,00``."""
    if whole <= 0:
        return "—"
    value = (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return f"{value}".replace(".", ",")


def _number_text(data: PackageData) -> str:
    return L.WATERMARK_TEXT if data.draft else (data.register_number or "")


def _footer_ref(data: PackageData) -> str:
    return (
        f"Направление № {_number_text(data)} от {L.date_text(data.registered_at)} — "
        f"{data.enterprise.display_name}"
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


# --------------------------------------------------------------------------- parts 2–6


def _part_heading(title: str, data: PackageData) -> list[Flowable]:
    st = L.styles()
    return [
        L.para(title, st.title),
        L.para(
            f"к письму от {L.date_text(data.registered_at)} № {_number_text(data)}",
            st.subtitle,
        ),
    ]


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
        ("Плановое серийное производство", p.serial_production),
    ]
    out: list[Flowable] = [L.key_value_table(rows)]
    out.append(L.para("Финансирование", st.heading))
    share = (p.own_funds + p.other_funds) if p.total_cost else 0
    fin_rows: list[tuple[str, str | None]] = [
        ("Общая стоимость проекта", L.money(p.total_cost)),
        ("Запрашиваемый грант", L.money(p.grant_requested)),
        ("Собственные средства", L.money(p.own_funds)),
        ("Иные средства", L.money(p.other_funds)),
        ("Доля софинансирования", f"{percent(share, p.total_cost)} %"),
    ]
    out.append(L.key_value_table(fin_rows))
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


def _compliance(data: PackageData) -> list[Flowable]:
    st = L.styles()
    out: list[Flowable] = [
        L.para(
            f"Профиль требований: {data.profile_code}, версия {data.profile_version}. "
            f"Дата проверки: {L.datetime_text(data.validated_at)}.",
            st.normal,
        ),
    ]
    counts = {r: sum(1 for row in data.checklist if row.result == r) for r in CheckResult}
    out.append(
        L.para(
            "Итог: "
            + "; ".join(f"{L.RESULT_LABELS[r]} — {counts[r]}" for r in CheckResult)
            + ".",
            st.normal,
        )
    )
    out.append(L.para(L.CONFIDENCE_LEGEND, st.small))
    out.append(Spacer(1, 3 * mm))
    if not data.checklist:
        out.append(L.para("Правила и требования к документам не проверялись.", st.normal))
        return out
    head = [
        L.para(t, st.cell_head)
        for t in ("№", "Требование, основание и результат проверки", "Итог", "Достоверность")
    ]
    rows: list[list[Flowable]] = [head]
    extra: list[tuple[object, ...]] = []
    bold = st.cell.clone("rci-cell-b", fontName=fonts.SERIF_BOLD)
    for i, row in enumerate(data.checklist, 1):
        text = f"<b>{L.markup(row.requirement)}</b>"
        details: list[str] = []
        if row.message:
            details.append(L.markup(row.message))
        if row.clause:
            details.append(f"<i>Основание:</i> {L.markup(row.clause)}")
        details.append(
            f'<font size="8">Правило: {L.markup(row.rule_id)}; '
            f"серьёзность: {SEVERITY_LABELS[row.severity]}</font>"
        )
        if row.acknowledgement_reason:
            who = ", ".join(
                x for x in (row.acknowledged_by, L.datetime_text(row.acknowledged_at)) if x
            )
            details.append(
                "<i>Предупреждение принято: "
                + L.markup(row.acknowledgement_reason)
                + (f" ({L.markup(who)})" if who else "")
                + "</i>"
            )
        result_style = bold if row.result in (CheckResult.FAILED, CheckResult.WARNING) else st.cell
        rows.append(
            [
                L.para(str(i), st.cell_center),
                Paragraph("<br/>".join([text, *details]), st.cell),
                L.para(L.RESULT_LABELS[row.result], result_style),
                L.para(
                    f"{L.CONFIDENCE_MARKS[row.confidence]} {L.CONFIDENCE_LABELS[row.confidence]}",
                    st.cell,
                ),
            ]
        )
        if row.result == CheckResult.FAILED:
            extra.append(("BACKGROUND", (2, i), (2, i), colors.Color(0.93, 0.93, 0.93)))
    widths = [9 * mm, 0.0, 29 * mm, 27 * mm]
    widths[1] = L.FRAME_WIDTH - sum(widths)
    out.append(L.grid_table(rows, widths, extra=extra))
    return out


def _hash_cell(sha: str, width: float) -> Paragraph:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    st = L.styles()
    if stringWidth(sha, MONO, st.mono.fontSize) > width - 7:
        sha = "<br/>".join(sha[i : i + 32] for i in range(0, len(sha), 32))
    return Paragraph(sha, st.mono)


def _inventory(data: PackageData) -> list[Flowable]:
    st = L.styles()
    if not data.inventory:
        return [L.para("Документы в досье не внесены.", st.normal)]
    head = [
        L.para(t, st.cell_head)
        for t in (
            "№",
            "Вид документа",
            "Наименование",
            "Номер и дата",
            "Листов",
            "Файл",
            "SHA-256 (начало)",
        )
    ]
    rows: list[list[Flowable]] = [head]
    prefix_style = st.mono.clone("rci-mono-prefix", fontSize=7.2)
    total = 0
    for row in sorted(data.inventory, key=lambda r: r.no):
        total += row.pages or 0
        num_date = "\n".join(
            x
            for x in (row.number, f"от {L.date_text(row.issued_on)}" if row.issued_on else "")
            if x
        )
        rows.append(
            [
                L.para(str(row.no), st.cell_center),
                L.para(row.type_title, st.cell),
                L.para(row.title or "", st.cell),
                L.para(num_date or "—", st.cell),
                L.para("" if row.pages is None else str(row.pages), st.cell_center),
                L.para(row.file_name or "—", st.cell),
                Paragraph(row.sha256[:16] if row.sha256 else "—", prefix_style),
            ]
        )
    bold_center = st.cell_center.clone("rci-cell-cb", fontName=fonts.SERIF_BOLD)
    rows.append(
        [
            L.para("", st.cell),
            L.para("Всего листов", st.cell_head),
            L.para("", st.cell),
            L.para("", st.cell),
            L.para(str(total), bold_center),
            L.para("", st.cell),
            L.para("", st.cell),
        ]
    )
    widths = [8 * mm, 27 * mm, 0.0, 27 * mm, 14 * mm, 32 * mm, 28 * mm]
    widths[2] = L.FRAME_WIDTH - sum(widths)
    out: list[Flowable] = [
        L.grid_table(rows, widths, extra=[("SPAN", (1, -1), (3, -1))]),
        Spacer(1, 6 * mm),
    ]
    hashed = [r for r in sorted(data.inventory, key=lambda r: r.no) if r.sha256]
    if hashed:
        out.append(CondPageBreak(40 * mm))
        out.append(L.para("Контрольные суммы файлов (SHA-256)", st.heading))
        out.append(
            L.para(
                "Полные значения SHA-256 позволяют убедиться, что переданные файлы "
                "не изменены после формирования описи.",
                st.small,
            )
        )
        out.append(Spacer(1, 2 * mm))
        hash_w = 113 * mm
        hrows: list[list[Flowable]] = [
            [L.para(t, st.cell_head) for t in ("№", "Файл", "SHA-256")]
        ]
        for r in hashed:
            hrows.append(
                [
                    L.para(str(r.no), st.cell_center),
                    L.para(r.file_name or r.type_title, st.cell),
                    _hash_cell(r.sha256 or "", hash_w),
                ]
            )
        out.append(L.grid_table(hrows, [10 * mm, L.FRAME_WIDTH - 10 * mm - hash_w, hash_w]))
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


def _build_content(data: PackageData) -> tuple[L.CanvasFactory, io.BytesIO, dict[str, int]]:
    buffer = io.BytesIO()
    doc = _doc(buffer, data, draft=data.draft)
    marks: dict[str, int] = {}
    story: list[Flowable] = []
    builders = {
        PART_CARD: _card,
        PART_PROJECT: _project,
        PART_COMPLIANCE: _compliance,
        PART_INVENTORY: _inventory,
        PART_CONSULTATIONS: _consultations,
    }
    for n, part in enumerate(CONTENT_PARTS):
        if n:
            story.append(PageBreak())
        story.append(L.PartMarker(part, marks))
        story.extend(_part_heading(part, data))
        story.extend(builders[part](data))
    factory = L.CanvasFactory()
    doc.build(story, canvasmaker=factory)
    return factory, buffer, marks


# --------------------------------------------------------------------------- letter


@dataclass(frozen=True)
class NoteItem:
    title: str
    pages: int


def default_letter_text(data: PackageData) -> list[str]:
    """The default text of the letter (paragraphs)."""
    e, p, org = data.enterprise, data.project, data.organization
    return [
        f"{org.display_name}, являясь региональным оператором программы, направляет заявку "
        f"заявителя — {e.full_name} (ИНН {e.inn}) — на участие в программе «{data.program_title}» "
        f"по проекту «{p.title}».",
        f"Запрашиваемый размер гранта — {L.money(p.grant_requested)} при общей "
        f"стоимости проекта {L.money(p.total_cost)}, собственные средства "
        f"предприятия — {L.money(p.own_funds)}.",
        f"Предварительная проверка заявки на соответствие требованиям (профиль "
        f"{data.profile_code}, версия {data.profile_version}) проведена "
        f"{L.date_text(data.validated_at)}. Результаты проверки, карточка заявителя, "
        f"сведения о проекте, опись документов и история консультаций прилагаются.",
        "Просим рассмотреть заявку в установленном порядке.",
    ]


def _letter_story(
    data: PackageData, note: Sequence[NoteItem]
) -> list[Flowable]:
    st = L.styles()
    left_w = 88 * mm
    right_w = L.FRAME_WIDTH - left_w
    number_style = st.normal.clone("rci-number", fontSize=11, leading=14, alignment=1)
    left: list[Flowable] = L.letterhead(data.organization, left_w - 4 * mm)
    left.append(Spacer(1, 3 * mm))
    left.append(
        Paragraph(
            f"<u>{L.date_text(data.registered_at)}</u> № <u>{L.markup(_number_text(data))}</u>",
            number_style,
        )
    )
    if data.incoming_reference:
        left.append(L.para(f"На № {data.incoming_reference}", number_style))
    a = data.addressee
    right: list[Flowable] = [Spacer(1, 8 * mm), L.para(a.position_dative, st.normal)]
    if a.organization:
        right.append(L.para(a.organization, st.normal))
    right.append(Spacer(1, 1 * mm))
    right.append(L.para(a.name_dative, st.normal))
    if a.address:
        right.append(Spacer(1, 1 * mm))
        right.append(L.para(a.address, st.small))
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
        paragraphs = default_letter_text(data)
    for text in paragraphs:
        if text:
            story.append(L.para(text, st.letter))
    story.append(Spacer(1, 5 * mm))
    note_style = st.normal.clone("rci-note", fontSize=12, leading=15)
    items = [
        L.para(f"{i}. {n.title} на {n.pages} л. в 1 экз.", note_style)
        for i, n in enumerate(note, 1)
    ]
    note_table = Table(
        [[L.para("Приложение:", note_style), items]],
        colWidths=[30 * mm, L.FRAME_WIDTH - 30 * mm],
        hAlign="LEFT",
    )
    note_table.setStyle(
        TableStyle(
            [
                L.TABLE_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story.append(note_table)
    story.append(Spacer(1, 12 * mm))
    sig_style = st.normal.clone("rci-sig", fontSize=13, leading=16)
    signature = L.signature_block(
        L.para(data.signer.position, sig_style),
        L.para(data.signer.name, sig_style.clone("rci-sig-r", alignment=2)),
        85 * mm, 38 * mm,
    )
    story.append(KeepTogether([signature]))
    ex = data.executor
    exec_lines = [L.para(f"Исп. {ex.name}", st.small)]
    contact = ", ".join(x for x in (f"тел. {ex.phone}" if ex.phone else "", ex.email or "") if x)
    if contact:
        exec_lines.append(L.para(contact, st.small))
    story.append(Spacer(1, 8 * mm))
    story.append(L.BottomNote(exec_lines))
    return story


def _build_letter(
    data: PackageData, note: Sequence[NoteItem]
) -> tuple[L.CanvasFactory, io.BytesIO]:
    buffer = io.BytesIO()
    doc = _doc(buffer, data, draft=data.draft)
    factory = L.CanvasFactory()
    doc.build(_letter_story(data, note), canvasmaker=factory)
    return factory, buffer


# --------------------------------------------------------------------------- assembly


def _overlay(
    sizes: Sequence[tuple[float, float]], first_no: int, total: int, ref: str, draft: bool
) -> bytes:
    buf = io.BytesIO()
    canv = Canvas(buf, invariant=1, pageCompression=1, initialFontName=fonts.SERIF)
    for k, (w, h) in enumerate(sizes):
        canv.setPageSize((w, h))
        if draft:
            L.draw_watermark(canv, w, h, alpha=0.45)
        canv.saveState()
        canv.setFillColor(colors.white)
        canv.setFillAlpha(0.85)
        canv.rect(L.MARGIN_LEFT - 2, L.FOOTER_Y - 3, w - L.MARGIN_LEFT - L.MARGIN_RIGHT + 4, 15,
                  stroke=0, fill=1)
        canv.restoreState()
        L.draw_footer(canv, first_no + k, total, ref, width=w)
        canv.showPage()
    canv.save()
    return buf.getvalue()


def _document_id(data: PackageData, loaded: Sequence[LoadedAttachment]) -> bytes:
    h = hashlib.sha256(b"rci-intake-package/1\n")
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


def build_referral_package_with_layout(
    data: PackageData, *, attachments: list[AttachmentFile] | None = None
) -> tuple[bytes, PackageLayout]:
    """The same as :func:`build_referral_package`, plus the page layout."""
    L.styles()
    files = sorted(attachments or [], key=lambda a: (a.inventory_no, a.title))
    loaded = [load_attachment(a) for a in files]

    content_factory, content_buf, marks = _build_content(data)
    content_canvas = content_factory.canvas
    assert content_canvas is not None
    content_pages = content_canvas.page_count
    starts = [marks[p] for p in CONTENT_PARTS]
    part_pages = {
        part: (starts[i + 1] if i + 1 < len(starts) else content_pages + 1) - starts[i]
        for i, part in enumerate(CONTENT_PARTS)
    }
    note = [NoteItem(p, part_pages[p]) for p in CONTENT_PARTS]
    note.extend(
        NoteItem(f"{item.source.title} (№ {item.source.inventory_no} по описи)", item.pages)
        for item in loaded
    )

    letter_factory, letter_buf = _build_letter(data, note)
    letter_canvas = letter_factory.canvas
    assert letter_canvas is not None
    letter_pages = letter_canvas.page_count
    attach_pages = sum(item.pages for item in loaded)
    total = letter_pages + content_pages + attach_pages
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
        L.draw_footer(canv, index + 1, total, ref)

    def decorate_content(canv: Canvas, index: int, _count: int) -> None:
        L.draw_footer(canv, letter_pages + index + 1, total, ref)

    letter_canvas.finish(decorate_letter)
    content_canvas.finish(decorate_content)

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(letter_buf.getvalue())), import_outline=False)
    writer.append(PdfReader(io.BytesIO(content_buf.getvalue())), import_outline=False)
    attachment_starts: list[int] = []
    for item in loaded:
        attachment_starts.append(len(writer.pages))
        writer.append(item.pdf, import_outline=False)
    if loaded:
        first = letter_pages + content_pages
        sizes = [visible_size(writer.pages[i]) for i in range(first, total)]
        stamp_pages(writer, first, _overlay(sizes, first + 1, total, ref, data.draft), sizes)

    writer.add_outline_item(title=PART_LETTER, page_number=0)
    for part in CONTENT_PARTS:
        writer.add_outline_item(title=part, page_number=letter_pages + marks[part] - 1)
    if loaded:
        parent = writer.add_outline_item(
            title=ATTACHMENTS_OUTLINE, page_number=attachment_starts[0]
        )
        for item, start in zip(loaded, attachment_starts, strict=True):
            writer.add_outline_item(
                title=f"Приложение {item.source.inventory_no}. {item.source.title}",
                page_number=start,
                parent=parent,
            )
    writer.page_mode = "/UseOutlines"

    org = data.organization
    stamp = L.pdf_date(data.registered_at)
    writer.add_metadata(
        {
            "/Title": f"Направление заявки {data.enterprise.display_name} "
            f"№ {_number_text(data)} от {L.date_text(data.registered_at)}",
            "/Author": org.full_name,
            "/Subject": f"{data.program_title}: {data.project.title}",
            "/Keywords": f"направление; ИНН {data.enterprise.inn}; {data.profile_code} "
            f"{data.profile_version}" + ("; проект" if data.draft else ""),
            "/Creator": "RCI Intake",
            "/Producer": "RCI Intake (reportlab, pypdf)",
            "/CreationDate": stamp,
            "/ModDate": stamp,
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
    "PART_LETTER",
    "PackageLayout",
    "ReportError",
    "build_referral_package",
    "build_referral_package_with_layout",
    "default_letter_text",
]
