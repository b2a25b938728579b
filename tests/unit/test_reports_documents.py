"""Заключение предварительной проверки и перечень документов для предприятия."""

from __future__ import annotations

import datetime as dt
import io
import re

from pypdf import PdfReader

from desktop_app.core.reports import build_document_checklist, build_prescreening_conclusion
from desktop_app.core.reports.models import (
    ChecklistData,
    ChecklistDocument,
    CheckResult,
    ConclusionData,
    ConclusionReason,
    Confidence,
    Executor,
    OrganizationInfo,
    Requirement,
    Signer,
    Verdict,
)

ORG = OrganizationInfo(full_name="Автономная некоммерческая организация «Региональный центр»",
                       inn="1234567894", kpp="590401001", ogrn="1022200525819")
NAME = "Общество с ограниченной ответственностью «Пермские насосы»"


def flat_text(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join((p.extract_text() or "") for p in reader.pages).replace("\xa0", " ")
    return len(reader.pages), re.sub(r"\s+", " ", text)


def test_conclusion_one_page_with_verdict_reasons_and_marks() -> None:
    data = ConclusionData(
        organization=ORG, enterprise_name=NAME, enterprise_inn="5902123456",
        date=dt.date(2026, 3, 5), program_title="Программа обратного инжиниринга",
        verdict=Verdict.NOT_ELIGIBLE,
        reasons=[ConclusionReason(text="Находится в процессе ликвидации", clause="пп. «а» п. 4",
                                  confidence=Confidence.REPORTED),
                 ConclusionReason(text="Нет налоговой задолженности", result=CheckResult.PASSED,
                                  clause="пп. «б» п. 4", confidence=Confidence.ASSUMED)],
        next_steps=["Обратиться повторно после завершения ликвидации"],
        consultant=Signer(position="Консультант", name="М.П. Сидорова"),
    )
    pdf = build_prescreening_conclusion(data)
    pages, text = flat_text(pdf)
    assert pages == 1
    for needle in (NAME, "5902123456", "05.03.2026", "не может подать заявку",
                   "Находится в процессе ликвидации", "пп. «а» п. 4", "[С] по сообщениям",
                   "[Д] допущение", "Обратиться повторно", "М.П. Сидорова",
                   "Страница 1 из 1"):
        assert needle in text
    assert build_prescreening_conclusion(data) == pdf


def test_checklist_lists_documents_and_what_is_received() -> None:
    data = ChecklistData(
        organization=ORG, enterprise_name=NAME, program_title="Программа",
        date=dt.date(2026, 3, 5),
        documents=[
            ChecklistDocument(title="Выписка из ЕГРЮЛ",
                              freshness="не старше 30 дней на дату подачи",
                              file_kinds=["PDF"], received_on=dt.date(2026, 3, 1)),
            ChecklistDocument(title="Доверенность", requirement=Requirement.CONDITIONAL,
                              condition="если подписывает не руководитель", file_kinds=["PDF"]),
            ChecklistDocument(title="Сведения об аналоге", requirement=Requirement.RECOMMENDED),
        ],
        consultant=Executor(name="Сидорова Мария Петровна", phone="+7 (342) 123-45-68"),
        draft=True,
    )
    pages, text = flat_text(build_document_checklist(data))
    assert pages == 1
    for needle in ("Выписка из ЕГРЮЛ", "не старше 30 дней на дату подачи", "01.03.2026",
                   "обязательно", "при условии: если подписывает не руководитель",
                   "рекомендуется", "уже получено: 1", "ПРОЕКТ", "Сидорова Мария Петровна"):
        assert needle in text
