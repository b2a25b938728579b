"""The Обзор page: its figures say whose they are, and a chart click opens the list behind it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from desktop_app.core.identifiers import make_inn10
from desktop_app.core.services.dashboard import month_range, quarter_range
from desktop_app.ui.main_window import Section


def _noon(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(12, 0)).astimezone()


def _build(services: Any) -> dict[str, Any]:
    """Two consultants, consultations last month and this month, dossiers, two referrals."""
    from desktop_app.core.db.models import Consultation, Dossier, OutgoingLetter, User

    today = dt.date.today()
    last_first, _ = month_range(today, 1)
    this_first, _ = month_range(today, 0)
    _y, _q, quarter_first, _l = quarter_range(today, 0)
    out: dict[str, Any] = {"users": {}}
    ent = services.enterprises.create({"full_name": "ООО «Пермский станкозавод»",
                                       "inn": make_inn10("590000001")})
    with services.db.write() as s:
        for login in ("orlova", "sokolov"):
            u = User(login=login, full_name=f"Консультант {login}", role="consultant")
            s.add(u)
            s.flush()
            out["users"][login] = u.id
        a, b = out["users"]["orlova"], out["users"]["sokolov"]
        rows = ([(last_first, "phone", a)] * 3 + [(last_first, "email", b)] * 2
                + [(this_first, "phone", a)] * 2 + [(this_first, "visit", b)] * 3)
        for day, channel, who in rows:
            s.add(Consultation(enterprise_id=ent.id, consultant_id=who, occurred_at=_noon(day),
                               channel=channel, topic="Условия гранта"))
        dossiers = []
        for status, who in (("ready", a), ("ready", b), ("draft", a), ("referred", b),
                            ("referred", a)):
            d = Dossier(enterprise_id=ent.id, consultant_id=who, title=f"Проект {status}",
                        program_code="atd-reverse-engineering", status=status,
                        grant_requested=10_000_000_00)
            s.add(d)
            s.flush()
            dossiers.append(d)
        for n, d in enumerate(x for x in dossiers if x.status == "referred"):
            s.add(OutgoingLetter(number=f"РИЦ/{n + 1}", year=today.year, seq=n + 1,
                                 issued_at=_noon(quarter_first), dossier_id=d.id))
    out["last_month"] = last_first
    return out


def _click(qtbot: Any, chart: Any, category: Any, series: Any = None) -> None:
    rect = chart.element_rect(category, series)
    assert not rect.isEmpty(), (category, series)
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())


def test_a_chart_click_opens_the_list_filtered_to_it(qtbot: Any, window: Any,
                                                     services: Any) -> None:
    built = _build(services)
    window.resize(1366, 768)
    window.go(Section.HOME)
    window.home.refresh(wait=True)
    home = window.home

    # last month's «телефон» part of the column: three consultations
    month = f"{built['last_month']:%Y-%m}"
    _click(qtbot, home.months_chart, month, "phone")
    assert window.current_section() == Section.CONSULTATIONS
    page = window.consultations
    first, last = month_range(dt.date.today(), 1)
    assert (page.model.query.period, page.model.query.channel) == ((first, last), "phone")
    assert page.model.rowCount() == 3
    assert page.scope_bar.isVisible() and "телефон" in page.scope_label.text()
    qtbot.mouseClick(page.scope_clear, Qt.MouseButton.LeftButton)
    assert page.model.query.period is None and page.model.rowCount() == 10

    # the funnel's «готово к направлению»: two dossiers
    window.go(Section.HOME)
    _click(qtbot, home.status_chart, "ready")
    assert window.current_section() == Section.DOSSIERS
    dossiers = window.dossiers
    assert dossiers.status.currentData() == "ready"
    assert dossiers.model.rowCount() == 2

    # this quarter's column: the two dossiers referred in it
    window.go(Section.HOME)
    today = dt.date.today()
    year, quarter, q_first, q_last = quarter_range(today, 0)
    _click(qtbot, home.quarters_chart, (year, quarter))
    assert window.current_section() == Section.DOSSIERS
    assert dossiers.model.query.period == (q_first, q_last)
    assert dossiers.model.query.status is None
    assert dossiers.status.currentData() is None
    assert dossiers.model.rowCount() == 2
    assert f"{quarter} квартал {year}" in dossiers.scope_label.text()


def test_figures_say_mine_and_the_centre_for_each_of_two_consultants(
    qtbot: Any, services: Any
) -> None:
    from desktop_app.core.db.models import Role
    from desktop_app.core.services.context import Actor
    from desktop_app.ui.pages import HomePage

    built = _build(services)
    seen = {}
    for login in ("orlova", "sokolov"):
        sv = services.as_actor(Actor(user_id=built["users"][login], login=login,
                                     role=Role.CONSULTANT, full_name=login))
        page = HomePage(sv)
        qtbot.addWidget(page)
        page.refresh(wait=True)
        seen[login] = {key: (page.figure_labels[(key, "mine")].text(),
                             page.figure_labels[(key, "centre")].text())
                       for key in ("consultations_month", "ready_dossiers", "open_dossiers")}
    # this month: orlova two, sokolov three consultations, five in the centre
    assert seen["orlova"]["consultations_month"] == ("мои: 2", "по центру: 5")
    assert seen["sokolov"]["consultations_month"] == ("мои: 3", "по центру: 5")
    assert seen["orlova"]["ready_dossiers"] == ("мои: 1", "по центру: 2")
    assert seen["sokolov"]["ready_dossiers"] == ("мои: 1", "по центру: 2")
    assert seen["orlova"]["open_dossiers"] == ("мои: 3", "по центру: 5")
    assert seen["sokolov"]["open_dossiers"] == ("мои: 2", "по центру: 5")


def test_an_empty_database_shows_sentences_instead_of_empty_axes(qtbot: Any,
                                                                 services: Any) -> None:
    from desktop_app.ui.pages import HomePage

    page = HomePage(services)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.refresh(wait=True)
    for chart in (page.months_chart, page.status_chart, page.quarters_chart):
        assert chart.is_empty()     # paints its sentence, no axis
        assert (chart.empty_text.endswith(".") and "нет" in chart.empty_text) or \
            "не было" in chart.empty_text
    assert page.figure_labels[("consultations_month", "centre")].text() == "по центру: 0"
    assert page.figure_labels[("consultations_month", "mine")].text() == ""


def test_a_tooltip_gives_the_exact_figure_and_a_failed_read_says_so(
    qtbot: Any, services: Any, monkeypatch: Any
) -> None:
    from desktop_app.core.errors import UserError
    from desktop_app.ui.pages import HomePage
    from desktop_app.ui.tasks import wait_for_background

    built = _build(services)
    page = HomePage(services)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.refresh(wait=True)
    month = f"{built['last_month']:%Y-%m}"
    tips = [el.tip for el in page.months_chart.elements() if el.category == month]
    assert any("телефон: 3" in t and "Всего: 5" in t for t in tips), tips
    assert [el.tip for el in page.status_chart.elements()
            if el.category == "ready"] == ["готово к направлению: 2"]

    def broken(*_a: Any, **_k: Any) -> Any:
        raise UserError("сервер базы данных не отвечает")

    monkeypatch.setattr(services.dashboard, "figures", broken)
    page.refresh()
    qtbot.waitUntil(page.problem.isVisible, timeout=5000)
    wait_for_background()
    assert "не удалось прочитать" in page.problem.text()
    assert "сервер базы данных не отвечает" in page.problem.text()
    # what was shown before stays
    assert page.figure_labels[("consultations_month", "centre")].text() == "по центру: 5"


def test_the_amount_axis_is_labelled_in_round_figures(qtbot: Any) -> None:
    from desktop_app.ui.charts import ColumnChart

    chart = ColumnChart()
    qtbot.addWidget(chart)
    for tallest, top in ((1, 4), (7, 8), (9, 20), (220_000_000_00, 400_000_000_00),
                         (90_000_000_00, 100_000_000_00)):
        chart.line_values = {"q": tallest}
        assert chart._line_axis() == top
        assert top % chart.LINE_TICKS == 0 and top >= tallest
