"""Отчёты → «Отчёт о работе за период…» and «Реестр направлений…», driven as a person would."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QTableWidget
from reportdata import Built, build_activity, expected

from desktop_app.ui.reports_dialog import ReportDialog, quick_period


@pytest.fixture
def history(services: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Built]:
    monkeypatch.setenv("TZ", "Asia/Yekaterinburg")
    time.tzset()
    yield build_activity(services.db_path)
    monkeypatch.undo()
    time.tzset()


def _year(dlg: ReportDialog, qtbot: Any) -> None:
    dlg.from_edit.setDate(QDate(2025, 1, 1))
    dlg.to_edit.setDate(QDate(2025, 12, 31))
    assert dlg.quick.currentData() == "other"
    qtbot.mouseClick(dlg.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dlg.save_xlsx.isEnabled, timeout=30_000)


def _cells(table: QTableWidget) -> dict[str, str]:
    return {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}


def test_quick_choices() -> None:
    today = dt.date(2026, 5, 20)
    assert quick_period("month", today) == (dt.date(2026, 5, 1), dt.date(2026, 5, 31))
    assert quick_period("prev_month", today) == (dt.date(2026, 4, 1), dt.date(2026, 4, 30))
    assert quick_period("quarter", today) == (dt.date(2026, 4, 1), dt.date(2026, 6, 30))
    assert quick_period("prev_quarter", today) == (dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert quick_period("prev_year", today) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert quick_period("other", today) is None


def test_activity_report_shows_saves_and_filters(qtbot: Any, services: Any, history: Built,
                                                 tmp_path: Path) -> None:
    from openpyxl import load_workbook

    dlg = ReportDialog(services, "activity")
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.quick.setCurrentIndex(dlg.quick.findData("year"))
    today = dt.date.today()
    assert dlg.period() == (dt.date(today.year, 1, 1), dt.date(today.year, 12, 31))
    _year(dlg, qtbot)
    want = expected(history, dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    titles = [dlg.tabs.tabText(i) for i in range(dlg.tabs.count())]
    assert titles[:3] == ["Сводка", "Консультации по каналам", "Консультации по месяцам"]
    summary = _cells(dlg.tabs.widget(0).findChild(QTableWidget))
    assert summary["Консультаций всего"] == str(want["consultations"])
    assert summary["Направлено в Агентство (итоговые письма)"] == str(want["referred"])
    assert f"Консультаций: {want['consultations']}" in dlg.status.text()
    dlg.resize(900, 640)
    dlg.tabs.setCurrentIndex(1)
    dlg.grab().save(str(tmp_path / "report.png"))

    target = tmp_path / "отчёт.xlsx"
    dlg.ask_path = lambda fmt: target  # type: ignore[method-assign]
    qtbot.mouseClick(dlg.save_xlsx, Qt.MouseButton.LeftButton)
    assert "Сводка" in load_workbook(target).sheetnames
    pdf = tmp_path / "отчёт.pdf"
    dlg.ask_path = lambda fmt: pdf  # type: ignore[method-assign]
    qtbot.mouseClick(dlg.save_pdf, Qt.MouseButton.LeftButton)
    assert pdf.read_bytes().startswith(b"%PDF")

    dlg.consultant.setCurrentIndex(dlg.consultant.findData("petrova"))
    qtbot.mouseClick(dlg.run_button, Qt.MouseButton.LeftButton)
    mine = expected(history, dt.date(2025, 1, 1), dt.date(2025, 12, 31), "petrova")
    qtbot.waitUntil(lambda: f"Консультаций: {mine['consultations']}," in dlg.status.text(),
                    timeout=30_000)


def test_cancel_leaves_no_report(qtbot: Any, services: Any, history: Built,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.ui import reports_dialog

    dlg = ReportDialog(services, "activity")
    qtbot.addWidget(dlg)

    class Cancelling:
        cancelled = True

        def report(self, done: int, total: int) -> None:
            raise AssertionError("no progress after Cancel")

    real = reports_dialog.run_task

    def run_cancelled(work: Any, on_done: Any, on_error: Any, on_progress: Any) -> Any:
        return real(lambda task: work(Cancelling()), on_done, on_error, on_progress)

    monkeypatch.setattr(reports_dialog, "run_task", run_cancelled)
    qtbot.mouseClick(dlg.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "отменено" in dlg.status.text(), timeout=30_000)
    assert dlg.result is None and not dlg.save_pdf.isEnabled()
    assert dlg.run_button.isEnabled()


def test_referral_register_lists_the_letters(qtbot: Any, services: Any, history: Built) -> None:
    dlg = ReportDialog(services, "referrals")
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "Реестр направлений"
    _year(dlg, qtbot)
    table = dlg.tabs.widget(0)
    assert isinstance(table, QTableWidget)
    want = expected(history, dt.date(2025, 1, 1), dt.date(2025, 12, 31))["finals"]
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [
        x["number"] for x in want]


def test_reports_menu_in_main_window(window: Any) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Отчёты" in titles
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Отчёты")
    assert [a.text() for a in menu.actions()] == ["Отчёт о работе за период…",
                                                 "Реестр направлений…"]


def test_a_long_programme_title_does_not_widen_the_window_past_a_laptop_screen(
    qtbot: Any, services: Any, history: Built,
) -> None:
    dlg = ReportDialog(services, "activity")
    qtbot.addWidget(dlg)
    # the shipped programme's title is a sentence
    shipped = services.programs.profile("atd-reverse-engineering").title
    assert len(shipped) > 100
    dlg.program.addItem(shipped, "atd-reverse-engineering")
    assert dlg.minimumSizeHint().width() <= 1366
    last = dlg.program.count() - 2  # a programme of the test data: its full name on hover
    assert dlg.program.itemData(last, Qt.ItemDataRole.ToolTipRole) == dlg.program.itemText(last)
