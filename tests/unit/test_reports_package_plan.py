"""The project summary of the referral package: calendar plan, financing by
source and year, the grant share, percent columns of exactly 100,00 and the
submission date."""

from __future__ import annotations

import datetime as dt
import re

from test_reports_package import make_data, texts

from desktop_app.core.reports import build_referral_package_with_layout
from desktop_app.core.reports.models import FinancingRow, PackageData, StageRow
from desktop_app.core.reports.package import PART_PROJECT

STAGES = [
    StageRow(number="1", title="Обмеры и испытания образца-аналога",
             start_date=dt.date(2026, 4, 1), end_date=dt.date(2026, 9, 30),
             result="Протокол испытаний"),
    StageRow(number="2", title="Разработка конструкторской документации",
             start_date=dt.date(2026, 10, 1), end_date=dt.date(2027, 6, 30),
             result="Комплект КД литеры О1"),
]


def thirds() -> PackageData:
    """A project of 3 000 000,00 ₽: grant, own and other funds of 1 000 000,00 ₽ each."""
    data = make_data()
    project = data.project.model_copy(update={
        "total_cost": 3_000_000_00, "grant_requested": 1_000_000_00,
        "own_funds": 1_000_000_00, "other_funds": 1_000_000_00,
        "start_date": dt.date(2026, 4, 1), "end_date": dt.date(2027, 6, 30),
        "submission_date": dt.date(2026, 3, 2),
        "stages": STAGES,
        "financing": [
            FinancingRow(year=2026, source="grant", amount=500_000_00),
            FinancingRow(year=2027, source="grant", amount=500_000_00),
            FinancingRow(year=2026, source="own", amount=1_000_000_00),
            FinancingRow(year=2027, source="other", amount=1_000_000_00),
        ],
    })
    return data.model_copy(update={"project": project})


def project_page(data: PackageData) -> str:
    pdf, layout = build_referral_package_with_layout(data)
    pages = texts(pdf)
    first = layout.letter_pages + layout.part_pages["Опись приложений"] + \
        layout.part_pages["Карточка заявителя"]
    text = "\n".join(pages[first:first + layout.part_pages[PART_PROJECT]])
    assert PART_PROJECT in text
    return re.sub(r"\s+", " ", text)


def test_calendar_plan_financing_and_submission_date_on_the_project_page() -> None:
    flat = project_page(thirds())
    assert "Календарный план" in flat
    for stage in STAGES:
        assert stage.title in flat and (stage.result or "") in flat
    assert "01.10.2026" in flat and "30.06.2027" in flat
    assert "Дата подачи заявки 02.03.2026 (от этой даты считаются сроки действия" in flat
    assert "Финансирование по источникам и годам" in flat
    # 2026: grant 500 000,00 + own 1 000 000,00 = 1 500 000,00, half of the project
    assert "2026 500 000,00 1 000 000,00 0,00 1 500 000,00 50,00" in flat
    assert "2027 500 000,00 0,00 1 000 000,00 1 500 000,00 50,00" in flat
    assert "Итого 1 000 000,00 1 000 000,00 1 000 000,00 3 000 000,00 100,00" in flat
    # thirds: the spare hundredth goes to the first, the column adds up to 100,00
    assert "Доля, % 33,34 33,33 33,33 100,00" in flat
    # grant 1/3, own and other 2/3 of one whole: 33,33 + 66,67
    assert "Доля гранта 33,33 %" in flat and "Доля софинансирования 66,67 %" in flat
    assert "не совпадают" not in flat


def test_mismatch_and_missing_parts_are_said_in_words() -> None:
    data = thirds()
    project = data.project.model_copy(update={
        "grant_requested": 1_200_000_00, "own_funds": 800_000_00, "submission_date": None,
        "stages": [], "financing": [
            FinancingRow(year=2026, source="grant", amount=1_000_000_00)]})
    flat = project_page(data.model_copy(update={"project": project}))
    assert "Суммы по годам не совпадают с источниками финансирования проекта (грант: по " \
        "годам 1 000 000,00 ₽, в проекте 1 200 000,00 ₽" in flat
    assert "Этапы проекта не указаны." in flat
    assert "Дата подачи заявки не указана" in flat
