"""The activity report and the register of referrals count what the database holds.

The history is hand-built (``reportdata``) in a workstation zone five hours
east of UTC, so a consultation at 00:01 local time on 1 April is stored on
31 March UTC and must still count in April. Each figure is compared with a
plain count over the same records.
"""

from __future__ import annotations

import datetime as dt
import io
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from reportdata import Built, build_activity, expected, local

from desktop_app.core.errors import InputError, NotFoundError
from desktop_app.core.services.reports import Period, ReportFilter, month_starts

Q2 = Period(dt.date(2025, 4, 1), dt.date(2025, 6, 30))
YEAR = Period(dt.date(2025, 1, 1), dt.date(2025, 12, 31))


@pytest.fixture
def perm_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Asia/Yekaterinburg")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def history(perm_zone: None, services: Any) -> Built:
    return build_activity(services.db_path)


def _check(report: Any, want: dict[str, Any]) -> None:
    assert report.consultations == want["consultations"]
    assert report.enterprises == want["enterprises"]
    assert report.new_enterprises == want["new_enterprises"]
    assert dict(report.by_channel) == want["by_channel"]
    assert {k: v for k, v in report.by_month.items() if v} == want["by_month"]
    assert dict(report.by_consultant) == want["by_consultant"]
    assert dict(report.prescreenings) == want["prescreenings"]
    assert report.referred == want["referred"]
    assert report.referred_grant_requested == want["referred_grant"]
    assert report.reissued == want["reissued"]
    assert dict(report.dossiers_by_status) == want["dossiers_by_status"]
    assert report.dossiers_opened == want["dossiers_opened"]
    assert report.dossiers_ready == want["ready"]
    for code, outcome in report.outcomes.items():
        assert (outcome.count, outcome.grant_requested) == want["outcomes"].get(code, (0, 0))
    assert (report.followups_due, report.followups_done,
            report.followups_overdue) == want["followups"]
    assert report.followups_open == (want["followups"][0] - want["followups"][1]
                                     - want["followups"][2])


@pytest.mark.parametrize("period", [Q2, YEAR, Period(dt.date(2025, 4, 1), dt.date(2025, 4, 1))])
def test_every_figure_equals_a_direct_count(history: Built, services: Any,
                                            period: Period) -> None:
    report = services.reports.activity(period)
    want = expected(history, period.date_from, period.date_to)
    assert want["consultations"] > 0
    _check(report, want)


@pytest.mark.parametrize(("consultant", "program"), [
    ("ivanov", None), (None, "reverse_engineering"), ("petrova", "other_program")])
def test_filters_by_consultant_and_program(history: Built, services: Any,
                                           consultant: str | None, program: str | None) -> None:
    report = services.reports.activity(YEAR, ReportFilter(consultant, program))
    _check(report, expected(history, YEAR.date_from, YEAR.date_to, consultant, program))
    if consultant:
        assert set(report.by_consultant) == {consultant}
        assert report.header.consultant is not None


def test_the_history_is_rich_enough_to_prove_something(history: Built, services: Any) -> None:
    """The built data cover what the figures distinguish (else the equalities prove little)."""
    want = expected(history, YEAR.date_from, YEAR.date_to)
    assert want["reissued"] > 0 and want["referred"] > 0
    assert len(want["by_channel"]) == 5 and len(want["prescreenings"]) == 3
    assert want["followups"][1] > 0 and want["followups"][2] > 0
    assert {"submitted", "approved", "rejected"} <= set(want["outcomes"])
    midnight = [c for c in history.consultations
                if c["occurred_at"] == local(2025, 4, 1, 0, 1)]
    assert midnight, "a consultation one minute after local midnight of 1 April"


def test_local_midnight_decides_the_month(perm_zone: None, services: Any) -> None:
    """00:30 local on 1 April is 31 March in UTC and still counts in April."""
    from desktop_app.core.db.models import Consultation, Enterprise
    from desktop_app.core.identifiers import make_inn10

    with services.db.write() as s:
        e = Enterprise(full_name="ООО «Граница»", inn=make_inn10("590000001"))
        s.add(e)
        s.flush()
        for at in (local(2025, 3, 31, 23, 59), local(2025, 4, 1, 0, 30),
                   local(2025, 6, 30, 23, 59), local(2025, 7, 1, 0, 0)):
            s.add(Consultation(enterprise_id=e.id, occurred_at=at, channel="phone", topic="т"))
    report = services.reports.activity(Q2)
    assert report.consultations == 2
    assert dict(report.by_month) == {"2025-04": 1, "2025-05": 0, "2025-06": 1}


def test_months_of_a_period_start_at_local_midnight(perm_zone: None) -> None:
    months = month_starts(Period(dt.date(2025, 1, 15), dt.date(2025, 3, 2)))
    assert [k for k, _ in months] == ["2025-01", "2025-02", "2025-03"]
    assert months[1][1] == dt.datetime(2025, 1, 31, 19, 0, tzinfo=dt.UTC)


def test_referral_register_lists_final_letters_only(history: Built, services: Any) -> None:
    header, rows = services.reports.referrals(YEAR)
    want = expected(history, YEAR.date_from, YEAR.date_to)["finals"]
    assert [r.number for r in rows] == [x["number"] for x in want]
    assert [r.inn for r in rows] == [x["dossier"]["enterprise"]["inn"] for x in want]
    assert [r.grant_requested for r in rows] == [x["dossier"]["grant"] for x in want]
    assert [r.issued_on for r in rows] == [x["at"].astimezone().date() for x in want]
    assert header.date_from == YEAR.date_from


def test_bad_period_and_unknown_consultant_are_refused(services: Any) -> None:
    with pytest.raises(InputError, match="позже"):
        services.reports.activity(Period(dt.date(2025, 2, 1), dt.date(2025, 1, 1)))
    with pytest.raises(NotFoundError, match="nobody"):
        services.reports.activity(YEAR, ReportFilter(consultant="nobody"))


def test_cancel_stops_between_queries(history: Built, services: Any) -> None:
    seen: list[tuple[int, int]] = []

    class Stop(Exception):
        pass

    def step(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 3:
            raise Stop

    with pytest.raises(Stop):
        services.reports.activity(YEAR, step=step)
    assert seen[-1][0] == 3 and seen[-1][1] > 3


def test_workbook_has_numbers_and_a_sheet_per_breakdown(history: Built, services: Any) -> None:
    from openpyxl import load_workbook

    from desktop_app.core.reports.activity_workbook import activity_workbook, referrals_workbook

    report = services.reports.activity(YEAR)
    wb = load_workbook(io.BytesIO(activity_workbook(report)))
    assert "Консультации по каналам" in wb.sheetnames
    assert "Консультации по месяцам" in wb.sheetnames
    ws = wb["Сводка"]
    cells = list(ws.iter_rows(values_only=True))
    assert cells[0][0] == report.header.centre
    assert "с 01.01.2025 по 31.12.2025" in str(cells[1][0])
    assert str(cells[2][0]).startswith("Составлен ")
    total = next(r for r in cells if r[0] == "Консультаций всего")
    assert total[1] == report.consultations and isinstance(total[1], int)
    topics = [r[0] for r in wb["Консультации по темам"].iter_rows(values_only=True)]
    assert "'=SUM(A1)" in topics  # text that looks like a formula stays text
    months = list(wb["Консультации по месяцам"].iter_rows(values_only=True))
    head = next(i for i, r in enumerate(months) if r[0] == "Месяц")
    assert sum(r[1] for r in months[head + 1:]) == report.consultations

    header, rows = services.reports.referrals(YEAR)
    ws = load_workbook(io.BytesIO(referrals_workbook(header, rows))).active
    data = list(ws.iter_rows(values_only=True))
    data = data[next(i for i, r in enumerate(data) if r[0] == "№"):]
    assert data[0][:2] == ("№", "Исх. номер")
    assert len(data) == len(rows) + 1
    first = rows[0]
    assert data[1][1] == first.number and data[1][4] == first.inn
    assert data[1][6] == pytest.approx((first.grant_requested or 0) / 100)


def test_pdfs_carry_the_figures_and_a_signature(history: Built, services: Any,
                                                tmp_path: Path) -> None:
    from pypdf import PdfReader

    from desktop_app.core.reports.activity import build_activity_pdf, build_referrals_pdf

    report = services.reports.activity(YEAR)
    org = services.reports.organization()
    pdf = build_activity_pdf(report, org, "Директор", "И.И. Подписантов")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Отчёт о работе" in text and "с 01.01.2025 по 31.12.2025" in text
    assert "Подписантов" in text
    assert "Консультаций всего" in text
    header, rows = services.reports.referrals(YEAR)
    pdf = build_referrals_pdf(header, rows, org, "Директор", "И.И. Подписантов")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert f"Всего направлений: {len(rows)}" in text
    assert rows[0].number in text


def test_printed_tables_name_programmes_not_codes(history: Built, services: Any) -> None:
    from desktop_app.core.reports.activity import breakdowns
    from desktop_app.core.services.reports import ReportService

    svc = ReportService(services.ctx, lambda: {"reverse_engineering": "Обратный инжиниринг"})
    report = svc.activity(YEAR)
    table = next(b for b in breakdowns(report) if b.key == "program")
    labels = [text for text, _ in table.rows]
    assert "Обратный инжиниринг" in labels and "reverse_engineering" not in labels
    assert "reverse_engineering" in report.as_json()["by_program"]  # type: ignore[operator]


@pytest.mark.parametrize(("consultant", "program"), [
    (None, None), ("ivanov", None), (None, "reverse_engineering")])
def test_topics_and_programmes_equal_a_direct_count(history: Built, services: Any,
                                                    consultant: str | None,
                                                    program: str | None) -> None:
    """The breakdowns read through their own indexes count what a loop over the records does."""
    from reportdata import in_period

    report = services.reports.activity(Q2, ReportFilter(consultant, program))
    uid = history.users[consultant] if consultant else None
    topics: dict[str, int] = {}
    programs: dict[str, int] = {}
    for c in history.consultations:
        if (in_period(c["occurred_at"], Q2.date_from, Q2.date_to)
                and (uid is None or c["consultant_id"] == uid)
                and (program is None or c["program_code"] == program)):
            topics[c["topic"]] = topics.get(c["topic"], 0) + 1
            code = c["program_code"] or ""
            programs[code] = programs.get(code, 0) + 1
    assert len(topics) > 1
    ranked = sorted(topics.items(), key=lambda kv: (-kv[1], kv[0]))
    assert list(report.by_topic.items()) == ranked[:30]
    assert dict(report.by_program) == programs
