"""The Обзор page's figures equal plain counts over hand-built records.

The history (``reportdata``) has two consultants, consultations on both sides
of local midnights, dossiers with status histories, and final and re-issued
referral letters, in a zone five hours east of UTC. Every figure of the page,
«мои» and «по центру», is counted here with loops over the same records.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from typing import Any

import pytest
from reportdata import CHANNELS, Built, build_activity

from desktop_app.core.db.models import Role
from desktop_app.core.services.context import Actor
from desktop_app.core.services.dashboard import CLOSED_STATUSES, month_range, quarter_range
from desktop_app.core.vocabulary import DOSSIER_STATUSES

TODAY = dt.date(2025, 12, 15)


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


def _local_day(value: dt.datetime) -> dt.date:
    return value.astimezone().date()


def _as(services: Any, b: Built, login: str) -> Any:
    return services.as_actor(Actor(user_id=b.users[login], login=login,
                                   role=Role.CONSULTANT, full_name=login))


def _first_letters(b: Built) -> list[dict[str, Any]]:
    seen: set[int] = set()
    out = []
    for letter in sorted(b.letters, key=lambda x: x["id"]):
        if letter["dossier"]["id"] not in seen:
            seen.add(letter["dossier"]["id"])
            out.append(letter)
    return out


def test_month_and_quarter_ranges_cross_the_year() -> None:
    assert month_range(dt.date(2026, 1, 20), 1) == (dt.date(2025, 12, 1), dt.date(2025, 12, 31))
    assert month_range(dt.date(2024, 3, 31), 1) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert quarter_range(dt.date(2026, 2, 1), 1) == (2025, 4, dt.date(2025, 10, 1),
                                                     dt.date(2025, 12, 31))
    assert quarter_range(dt.date(2026, 8, 1), 0)[2:] == (dt.date(2026, 7, 1),
                                                         dt.date(2026, 9, 30))


def test_every_figure_equals_a_direct_count(history: Built, services: Any) -> None:
    b = history
    ivanov = b.users["ivanov"]
    board = _as(services, b, "ivanov").dashboard.figures(today=TODAY)

    # consultations per local month and channel, the last twelve months
    assert [m.month for m in board.months] == [f"2025-{m:02d}" for m in range(1, 13)]
    for bar in board.months:
        want = {ch: 0 for ch in CHANNELS}
        for c in b.consultations:
            if f"{c['occurred_at'].astimezone():%Y-%m}" == bar.month:
                want[c["channel"]] += 1
        assert bar.by_channel == want, bar.month
    december = [c for c in b.consultations if _local_day(c["occurred_at"]) >= dt.date(2025, 12, 1)]
    month = board.figures["consultations_month"]
    assert month.centre == len(december) > 0
    assert month.mine == sum(1 for c in december if c["consultant_id"] == ivanov)

    # dossiers by their current status
    want_status = {code: 0 for code in DOSSIER_STATUSES}
    for d in b.dossiers:
        want_status[d["status"]] += 1
    assert board.statuses == want_status
    open_all = [d for d in b.dossiers if d["status"] not in CLOSED_STATUSES]
    assert board.figures["open_dossiers"].centre == len(open_all)
    assert board.figures["open_dossiers"].mine == sum(
        1 for d in open_all if d["consultant_id"] == ivanov)
    ready = [d for d in b.dossiers if d["status"] == "ready"]
    assert board.figures["ready_dossiers"].centre == len(ready)
    assert board.figures["ready_dossiers"].mine == sum(
        1 for d in ready if d["consultant_id"] == ivanov)

    # final referral letters per quarter (re-issues and conclusions left out)
    firsts = _first_letters(b)
    assert len(board.quarters) == 8
    assert (board.quarters[0].year, board.quarters[0].quarter) == (2024, 1)
    assert (board.quarters[-1].year, board.quarters[-1].quarter) == (2025, 4)
    for q in board.quarters:
        inside = [x for x in firsts if q.first <= _local_day(x["at"]) <= q.last]
        assert q.referred == len(inside), (q.year, q.quarter)
        assert q.grant_requested == sum(x["dossier"]["grant"] or 0 for x in inside)
    this_year = [x for x in firsts if _local_day(x["at"]).year == 2025]
    assert sum(q.referred for q in board.quarters) == len(this_year) > 0
    assert board.figures["referred_year"].centre == len(this_year)
    assert board.figures["referred_year"].mine == sum(
        1 for x in this_year if x["dossier"]["consultant_id"] == ivanov)

    # overdue next steps
    overdue = [c for c in b.consultations if c["next_step"] and not c["next_step_done"]
               and c["next_step_due"] < TODAY]
    assert board.figures["overdue_steps"].centre == len(overdue) > 0
    assert board.figures["overdue_steps"].mine == sum(
        1 for c in overdue if c["consultant_id"] == ivanov)


def test_the_other_consultant_sees_the_same_centre_and_their_own_share(
    history: Built, services: Any
) -> None:
    one = _as(services, history, "ivanov").dashboard.figures(today=TODAY)
    other = _as(services, history, "petrova").dashboard.figures(today=TODAY)
    for key, fig in one.figures.items():
        assert other.figures[key].centre == fig.centre
        assert fig.mine is not None and other.figures[key].mine is not None
        assert fig.mine + other.figures[key].mine <= fig.centre
    assert one.figures["open_dossiers"].mine + other.figures["open_dossiers"].mine == \
        one.figures["open_dossiers"].centre   # every dossier has one of the two


def test_nobody_signed_in_has_no_own_figures_and_an_empty_database_counts_zero(
    services: Any
) -> None:
    board = services.dashboard.figures(today=TODAY)
    assert all(f.mine is None for f in board.figures.values())
    assert all(f.centre == 0 for f in board.figures.values())
    assert sum(m.total for m in board.months) == 0
    assert sum(board.statuses.values()) == 0
    assert all(q.referred == 0 for q in board.quarters)


def test_each_chart_element_opens_a_list_of_as_many_rows(history: Built, services: Any) -> None:
    """What a click on a bar, a funnel step or a quarter opens counts the same rows."""
    from desktop_app.core.services.lists import ListKind, ListQuery

    board = services.dashboard.figures(today=TODAY)
    lists = services.lists
    for bar in board.months[-3:]:
        for code, n in bar.by_channel.items():
            q = ListQuery(ListKind.CONSULTATIONS, period=(bar.first, bar.last), channel=code)
            assert lists.count(q) == n, (bar.month, code)
            assert len(lists.ordered_ids(q)) == n
        total = ListQuery(ListKind.CONSULTATIONS, period=(bar.first, bar.last))
        assert lists.count(total) == bar.total
    for code, n in board.statuses.items():
        assert lists.count(ListQuery(ListKind.DOSSIERS, status=code)) == n
    for quarter in board.quarters[-4:]:
        q = ListQuery(ListKind.DOSSIERS, period=(quarter.first, quarter.last))
        assert lists.count(q) == quarter.referred
        rows = lists.page(q, 0, 100)
        assert len(rows) == quarter.referred
