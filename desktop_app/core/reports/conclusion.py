"""The pre-screening conclusion: whether the enterprise may apply."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from desktop_app.core import vocabulary
from desktop_app.core.reports import fonts
from desktop_app.core.reports import layout as L
from desktop_app.core.reports.models import CheckResult, ConclusionData

VERDICT_LABELS = vocabulary.VERDICTS


def build_prescreening_conclusion(data: ConclusionData) -> bytes:
    """Build the pre-screening conclusion (PDF, one page for the usual amount of text).

    Raises:
        ReportError: the fonts are missing.
    """
    st = L.styles()
    story: list[Flowable] = list(L.letterhead(data.organization, L.FRAME_WIDTH))
    story.append(Spacer(1, 4 * mm))
    story.append(L.para("Заключение по результатам предварительной проверки", st.title))
    story.append(L.para(f"от {L.date_text(data.date)}", st.subtitle))
    rows: list[tuple[str, str | None]] = [
        ("Предприятие", data.enterprise_name),
        ("ИНН", data.enterprise_inn),
        ("Программа", data.program_title),
    ]
    if data.profile_code:
        rows.append(
            (
                "Профиль требований",
                data.profile_code
                + (f", версия {data.profile_version}" if data.profile_version else ""),
            )
        )
    story.append(L.key_value_table(rows, label_width=45 * mm))
    story.append(Spacer(1, 5 * mm))
    verdict_style = st.normal.clone("rci-verdict", fontSize=14, leading=18)
    story.append(
        Paragraph(
            f"Вывод: <b>{L.markup(VERDICT_LABELS[data.verdict])}</b>",
            verdict_style,
        )
    )
    story.append(Spacer(1, 3 * mm))
    story.append(L.para("Основания", st.heading))
    if data.reasons:
        head = [
            L.para(t, st.cell_head)
            for t in ("№", "Основание и пункт правил", "Итог", "Достоверность")
        ]
        table_rows: list[list[Flowable]] = [head]
        bold = st.cell.clone("rci-cell-b2", fontName=fonts.SERIF_BOLD)
        for i, r in enumerate(data.reasons, 1):
            table_rows.append(
                [
                    L.para(str(i), st.cell_center),
                    Paragraph(
                        L.markup(r.text)
                        + (f"<br/><i>Пункт:</i> {L.markup(r.clause)}" if r.clause else ""),
                        st.cell,
                    ),
                    L.para(
                        L.RESULT_LABELS[r.result],
                        bold if r.result in (CheckResult.FAILED, CheckResult.WARNING) else st.cell,
                    ),
                    L.para(
                        f"{L.CONFIDENCE_MARKS[r.confidence]} {L.CONFIDENCE_LABELS[r.confidence]}",
                        st.cell,
                    ),
                ]
            )
        widths = [9 * mm, 0.0, 29 * mm, 27 * mm]
        widths[1] = L.FRAME_WIDTH - sum(widths)
        story.append(L.grid_table(table_rows, widths))
        story.append(Spacer(1, 1.5 * mm))
        story.append(L.para(L.CONFIDENCE_LEGEND, st.small))
    else:
        story.append(L.para("Препятствий для подачи заявки не выявлено.", st.body))
    story.append(L.para("Что сделать дальше", st.heading))
    if data.next_steps:
        for i, step in enumerate(data.next_steps, 1):
            story.append(L.para(f"{i}. {step}", st.body))
    else:
        story.append(L.para("Дополнительных действий не требуется.", st.body))
    story.append(Spacer(1, 10 * mm))
    sign = L.signature_block(
        L.para(data.consultant.position, st.normal),
        L.para(data.consultant.name, st.right),
        80 * mm, 40 * mm,
    )
    story.append(KeepTogether([sign]))
    story.append(Spacer(1, 3 * mm))
    story.append(
        L.para(
            "Заключение носит предварительный характер: решение о предоставлении гранта "
            "принимает Агентство.",
            st.small,
        )
    )
    return L.build_simple_document(
        story,
        title=f"Заключение предварительной проверки: {data.enterprise_name}",
        author=data.organization.full_name,
        subject=data.program_title,
        footer_ref=f"Заключение от {L.date_text(data.date)} — ИНН {data.enterprise_inn}",
        draft=data.draft,
    )
