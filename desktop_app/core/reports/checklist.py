"""The document checklist for an enterprise: what to bring and what is already received."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop_app.core.reports import fonts
from desktop_app.core.reports import layout as L
from desktop_app.core.reports.models import ChecklistData, ChecklistDocument, Requirement

REQUIREMENT_LABELS: dict[Requirement, str] = {
    Requirement.REQUIRED: "обязательно",
    Requirement.CONDITIONAL: "при условии",
    Requirement.RECOMMENDED: "рекомендуется",
}

NOT_REQUIRED = "не требуется"
"""A document whose condition does not hold (e.g. a power of attorney when the director signs)."""
OPTIONAL_MISSING = "по желанию"
MISSING = "нет"


def received_text(d: ChecklistDocument) -> str:
    """The «Получен» cell: the date, «не требуется», «по желанию» or «нет»."""
    if d.received_on:
        return L.date_text(d.received_on)
    if not d.applicable:
        return NOT_REQUIRED
    if d.requirement is Requirement.RECOMMENDED:
        return OPTIONAL_MISSING
    return MISSING


def _created(data: ChecklistData) -> dt.datetime:
    if data.as_of is not None:
        return data.as_of
    return dt.datetime.combine(data.date, dt.time(0, 0), tzinfo=dt.UTC)


def build_document_checklist(data: ChecklistData) -> bytes:
    """Build the dossier's document checklist (PDF).

    The same data give the same bytes; the PDF's creation date is the moment
    of the dossier state it shows.

    Raises:
        ReportError: the fonts are missing.
    """
    st = L.styles()
    story: list[Flowable] = list(L.letterhead(data.organization, L.FRAME_WIDTH))
    story.append(Spacer(1, 4 * mm))
    story.append(L.para("Перечень документов для подачи заявки", st.title))
    story.append(L.para(f"на {L.date_text(data.date)}", st.subtitle))
    rows: list[tuple[str, str | None]] = [("Предприятие", data.enterprise_name)]
    if data.enterprise_inn:
        rows.append(("ИНН", data.enterprise_inn))
    rows.append(("Программа", data.program_title))
    if data.consultant:
        # Beside the applicant, so the contact never drifts alone onto a page of its own.
        c = data.consultant
        contact = ", ".join(x for x in (f"тел. {c.phone}" if c.phone else "", c.email or "") if x)
        rows.append(("Консультант", c.name + (f", {contact}" if contact else "")))
    story.append(L.key_value_table(rows, label_width=45 * mm))
    story.append(Spacer(1, 4 * mm))
    received = sum(1 for d in data.documents if d.received_on)
    story.append(
        L.para(
            f"Всего видов документов: {len(data.documents)}, уже получено: {received}. "
            "В графе «Получен» — дата получения документа центром; «нет» — документ "
            "ещё нужно принести; «не требуется» — условие, при котором документ нужен, "
            "не выполнено; «по желанию» — рекомендуемый документ.",
            st.small,
        )
    )
    story.append(Spacer(1, 2 * mm))
    if not data.documents:
        story.append(L.para("Перечень документов в профиле программы пуст.", st.normal))
    else:
        head = [
            L.para(t, st.cell_head)
            for t in ("№", "Документ", "Обязательность", "Сколько", "Срок давности",
                      "Виды файлов", "Получен")
        ]
        table_rows: list[list[Flowable]] = [head]
        bold_center = st.cell_center.clone("rci-cell-cb2", fontName=fonts.SERIF_BOLD)
        for i, d in enumerate(data.documents, 1):
            need = REQUIREMENT_LABELS[d.requirement]
            if d.condition:
                need += f": {d.condition}"
            title = d.title + (f"\n{d.note}" if d.note else "")
            table_rows.append(
                [
                    L.para(str(i), st.cell_center),
                    L.para(title, st.cell),
                    L.para(need, st.cell),
                    L.para(d.copies or "1 экз.", st.cell),
                    L.para(d.freshness or "—", st.cell),
                    L.para(", ".join(d.file_kinds) or "—", st.cell),
                    L.para(received_text(d),
                           bold_center if received_text(d) == MISSING else st.cell_center),
                ]
            )
        widths = [8 * mm, 0.0, 30 * mm, 20 * mm, 30 * mm, 20 * mm, 22 * mm]
        widths[1] = L.FRAME_WIDTH - sum(widths)
        story.append(L.grid_table(table_rows, widths))
    return L.build_simple_document(
        story,
        title=f"Перечень документов: {data.enterprise_name}",
        author=data.organization.full_name,
        subject=data.program_title,
        footer_ref=f"Перечень документов на {L.date_text(data.date)}"
        + (f" — ИНН {data.enterprise_inn}" if data.enterprise_inn else ""),
        draft=data.draft,
        created=_created(data),
    )
