"""The pre-screening conclusion: whether the enterprise may apply, and why.

What a reader finds on it, top to bottom: the centre's letterhead; the title
with the date of the check and the outgoing number; the enterprise, the
programme and its legal basis; the verdict; every question put to the
enterprise with its answer in words, the clause it rests on and how firmly
that clause is confirmed; the grounds of the verdict; the next steps still to
do; the consultant's signature. No codes of profiles, questions or rules.
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from desktop_app.core import vocabulary
from desktop_app.core.reports import fonts
from desktop_app.core.reports import layout as L
from desktop_app.core.reports.models import CheckResult, ConclusionData, Confidence, Verdict

VERDICT_LABELS = vocabulary.VERDICTS
REASON_LABELS: dict[CheckResult, str] = {
    CheckResult.FAILED: "препятствие",
    CheckResult.WARNING: "нужно уточнить",
    CheckResult.PASSED: "выполнено",
    CheckResult.NOT_APPLICABLE: "не применимо",
}
"""What a ground of the verdict means for the enterprise (no severities on paper)."""
TITLE = "Заключение по результатам предварительной проверки"


def _default_next_step(data: ConclusionData) -> str:
    """What follows from the verdict when the consultant recorded no next step."""
    if data.verdict == Verdict.NOT_ELIGIBLE:
        return ("Заявку можно подавать только после устранения препятствий, названных "
                "в основаниях вывода; после этого проверку следует повторить.")
    if data.verdict == Verdict.NEEDS_CLARIFICATION:
        return ("Уточнить у предприятия сведения, названные в основаниях вывода, "
                "и повторить проверку.")
    return "Подготовить заявку и комплект документов по перечню, который выдаёт консультант."


def reference(data: ConclusionData) -> str:
    """«от 01.12.2026 № РИЦ-2026/0007» (a draft: «от 01.12.2026, проект без номера»)."""
    date = L.date_text(data.date)
    if data.register_number:
        return f"от {date} № {data.register_number}"
    return f"от {date}, проект без номера"


def _created(data: ConclusionData) -> dt.datetime:
    if data.checked_at is not None:
        return data.checked_at
    return dt.datetime.combine(data.date, dt.time(0, 0), tzinfo=dt.UTC)


def _numbered_table(
    headings: tuple[str, str], rows: list[tuple[str, str, str, bool, Confidence]],
    *, label: str, result_width: float,
) -> list[Flowable]:
    """A numbered four-column table: text with its basis (``label``), result, confidence.

    Each row is (text, basis, result, result in bold, confidence).
    """
    st = L.styles()
    head = [L.para(t, st.cell_head) for t in ("№", *headings, "Достоверность")]
    table: list[list[Flowable]] = [head]
    bold = st.cell_center.clone("rci-cell-cb3", fontName=fonts.SERIF_BOLD)
    for i, (text, basis, result, strong, confidence) in enumerate(rows, 1):
        table.append([
            L.para(str(i), st.cell_center),
            Paragraph(
                L.markup(text) + (f"<br/><i>{label}:</i> {L.markup(basis)}" if basis else ""),
                st.cell,
            ),
            L.para(result, bold if strong else st.cell_center),
            L.para(f"{L.CONFIDENCE_MARKS[confidence]} {L.CONFIDENCE_LABELS[confidence]}",
                   st.cell),
        ])
    widths = [9 * mm, 0.0, result_width, 29 * mm]
    widths[1] = L.FRAME_WIDTH - sum(widths)
    return [L.grid_table(table, widths)]


def _answers_table(data: ConclusionData) -> list[Flowable]:
    return _numbered_table(
        ("Вопрос и основание", "Ответ"),
        [(a.question, a.clause or "", a.answer, a.result is not CheckResult.PASSED,
          a.confidence) for a in data.answers],
        label="Основание", result_width=24 * mm,
    )


def _reasons_table(data: ConclusionData) -> list[Flowable]:
    return _numbered_table(
        ("Основание вывода и пункт правил", "Итог"),
        [(r.text, r.clause or "", REASON_LABELS[r.result],
          r.result in (CheckResult.FAILED, CheckResult.WARNING), r.confidence)
         for r in data.reasons],
        label="Пункт", result_width=29 * mm,
    )


def build_prescreening_conclusion(data: ConclusionData) -> bytes:
    """Build the pre-screening conclusion (PDF).

    The same data give the same bytes; the PDF's creation date is the moment
    of the check.

    Raises:
        ReportError: the fonts are missing.
    """
    st = L.styles()
    story: list[Flowable] = list(L.letterhead(data.organization, L.FRAME_WIDTH))
    story.append(Spacer(1, 4 * mm))
    story.append(L.para(TITLE, st.title))
    story.append(L.para(reference(data), st.subtitle))
    rows: list[tuple[str, str | None]] = [
        ("Предприятие", data.enterprise_name),
        ("ИНН", data.enterprise_inn),
        ("Программа", data.program_title),
    ]
    if data.legal_basis:
        rows.append(("Правовое основание", data.legal_basis))
    rows.append(("Дата проверки", L.date_text(data.date)))
    story.append(L.key_value_table(rows, label_width=45 * mm))
    story.append(Spacer(1, 5 * mm))
    verdict_style = st.normal.clone("rci-verdict", fontSize=14, leading=18)
    story.append(
        Paragraph(f"Вывод: <b>{L.markup(VERDICT_LABELS[data.verdict])}</b>", verdict_style)
    )
    if data.answers:
        story.append(L.para("Вопросы и ответы предприятия", st.heading))
        story.extend(_answers_table(data))
    story.append(L.para("Основания вывода", st.heading))
    if data.reasons:
        story.extend(_reasons_table(data))
    else:
        story.append(L.para("Препятствий для подачи заявки не выявлено.", st.body))
    if data.answers or data.reasons:
        story.append(Spacer(1, 1.5 * mm))
        story.append(L.para(L.CONFIDENCE_LEGEND, st.small))
    story.append(L.para("Что сделать дальше", st.heading))
    if data.next_steps:
        for i, step in enumerate(data.next_steps, 1):
            story.append(L.para(f"{i}. {step}", st.body))
    else:
        story.append(L.para(_default_next_step(data), st.body))
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
        title=f"{TITLE}: {data.enterprise_name}",
        author=data.organization.full_name,
        subject=data.program_title,
        footer_ref=f"Заключение {reference(data)} — ИНН {data.enterprise_inn}",
        draft=data.draft,
        created=_created(data),
    )
