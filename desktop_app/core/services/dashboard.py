"""The figures of the Обзор page: one call, a handful of aggregate queries.

Read-only. Every figure is counted by the database (``count``/``sum``), never
by a loop over rows in Python, so the page refreshes in a fraction of a
second on a million consultations:

- consultations per local month and channel for the last twelve months (the
  current month included) are sixty range counts, each answered by the index
  on ``(channel, occurred_at)`` alone (migration 0016), sent as one statement;
- the person's own consultations of this month are a range of the index on
  ``(consultant_id, occurred_at)``;
- overdue next steps come from the partial index of open steps (0009);
- dossiers and referral letters are few: plain grouped counts.

Definitions (the unit tests count the same things directly):

- «this month» / «this year»: local calendar dates of the workstation, today
  included; stored times are UTC, so each period becomes UTC bounds once;
- open dossiers: dossiers whose work is not over — every status except
  rejected, withdrawn and «соглашение заключено»;
- ready dossiers: status «готово к направлению»;
- referrals: final referral letters (the first letter registered for a
  dossier; a later one is a re-issue), with the grant their dossier requests;
- overdue next steps: not done, with a due date before today;
- «мои» counts what the signed-in person leads (``consultant_id``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, case, func, literal, select, text
from sqlalchemy.orm import Session, aliased

from desktop_app.core.db.models import Consultation, Dossier, OutgoingLetter
from desktop_app.core.db.types import UTCDateTime
from desktop_app.core.vocabulary import CHANNELS, DOSSIER_STATUSES

from .context import Permission, ServiceContext

__all__ = [
    "CLOSED_STATUSES",
    "Dashboard",
    "DashboardService",
    "Figure",
    "MonthBar",
    "QuarterBar",
    "local_start",
    "month_range",
    "quarter_range",
]

CLOSED_STATUSES = ("rejected", "withdrawn", "agreement")
"""A dossier in one of these statuses is no longer worked on."""

MONTHS = 12
QUARTERS = 8

FIGURE_KEYS = ("consultations_month", "open_dossiers", "ready_dossiers", "referred_year",
               "overdue_steps")
"""The figures, in the order the page shows them."""


@dataclass(frozen=True)
class Figure:
    """One figure: the signed-in person's own share and the whole centre's."""

    key: str
    mine: int | None
    """``None`` when nobody is signed in (the command line's system actor)."""
    centre: int


@dataclass(frozen=True)
class MonthBar:
    """Consultations of one local calendar month, by channel code."""

    month: str
    """``"YYYY-MM"``."""
    first: dt.date
    last: dt.date
    by_channel: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.by_channel.values())


@dataclass(frozen=True)
class QuarterBar:
    """Final referral letters of one calendar quarter and the grant they request."""

    year: int
    quarter: int
    first: dt.date
    last: dt.date
    referred: int
    grant_requested: int
    """Kopecks, as dossiers store the amount."""


@dataclass(frozen=True)
class Dashboard:
    today: dt.date
    figures: dict[str, Figure]
    months: list[MonthBar]
    """Oldest first, the current month last."""
    statuses: dict[str, int]
    """Every dossier status (in workflow order) → dossiers now in it."""
    quarters: list[QuarterBar]
    """Oldest first, the current quarter last."""


def local_start(day: dt.date) -> dt.datetime:
    """Midnight of ``day`` in the workstation's zone, as an aware UTC time."""
    return dt.datetime.combine(day, dt.time(0, 0)).astimezone().astimezone(dt.UTC)


def _month_end(first: dt.date) -> dt.date:
    return (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def month_range(today: dt.date, back: int) -> tuple[dt.date, dt.date]:
    """First and last day of the month ``back`` months before ``today``'s (0 = this one)."""
    index = today.year * 12 + today.month - 1 - back
    first = dt.date(index // 12, index % 12 + 1, 1)
    return first, _month_end(first)


def quarter_range(today: dt.date, back: int) -> tuple[int, int, dt.date, dt.date]:
    """(year, quarter, first day, last day) of the quarter ``back`` quarters before today's."""
    index = today.year * 4 + (today.month - 1) // 3 - back
    year, quarter = index // 4, index % 4 + 1
    first = dt.date(year, 3 * quarter - 2, 1)
    return year, quarter, first, _month_end(first.replace(month=3 * quarter))


def _utc(day: dt.date) -> Any:
    return literal(local_start(day), UTCDateTime())


class DashboardService:
    """The Обзор page's figures; one call reads them all in one transaction."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def figures(self, today: dt.date | None = None) -> Dashboard:
        """Every figure, chart and funnel of the page (``today`` for tests)."""
        self.ctx.require(Permission.READ)
        today = today or dt.date.today()
        me = self.ctx.actor.user_id
        with self.ctx.read() as s:
            months = self._months(s, today)
            statuses, open_mine, ready_mine = self._statuses(s, me)
            quarters, referred_year, referred_mine = self._quarters(s, today, me)
            overdue, overdue_mine = self._overdue(s, today, me)
            cons_mine = None
            if me is not None:
                first, last = month_range(today, 0)
                cons_mine = int(s.execute(
                    select(func.count()).select_from(Consultation).where(
                        Consultation.consultant_id == me,
                        Consultation.occurred_at >= _utc(first),
                        Consultation.occurred_at < _utc(last + dt.timedelta(days=1)),
                    )).scalar_one())
        open_centre = sum(n for code, n in statuses.items() if code not in CLOSED_STATUSES)
        figures = [
            Figure("consultations_month", cons_mine, months[-1].total),
            Figure("open_dossiers", open_mine, open_centre),
            Figure("ready_dossiers", ready_mine, statuses.get("ready", 0)),
            Figure("referred_year", referred_mine, referred_year),
            Figure("overdue_steps", overdue_mine, overdue),
        ]
        return Dashboard(today=today, figures={f.key: f for f in figures}, months=months,
                         statuses=statuses, quarters=quarters)

    # --- the parts --------------------------------------------------------------------
    def _months(self, s: Session, today: dt.date) -> list[MonthBar]:
        c = Consultation
        spans = [month_range(today, back) for back in range(MONTHS - 1, -1, -1)]
        # one statement of sixty scalar range counts: each is an index-only range
        cells: list[Any] = []
        keys: list[tuple[int, str]] = []
        for i, (first, last) in enumerate(spans):
            lo, hi = _utc(first), _utc(last + dt.timedelta(days=1))
            for code in CHANNELS:
                cells.append(select(func.count()).select_from(c).where(
                    c.channel == code, c.occurred_at >= lo, c.occurred_at < hi,
                ).scalar_subquery())
                keys.append((i, code))
        row = s.execute(select(*cells)).one()
        counts: list[dict[str, int]] = [{} for _ in spans]
        for (i, code), n in zip(keys, row, strict=True):
            counts[i][code] = int(n)
        return [MonthBar(f"{first:%Y-%m}", first, last, counts[i])
                for i, (first, last) in enumerate(spans)]

    def _statuses(self, s: Session, me: int | None) -> tuple[dict[str, int], int | None,
                                                            int | None]:
        d = Dossier
        mine_expr: Any = (func.coalesce(func.sum(case((d.consultant_id == me, 1), else_=0)), 0)
                          if me is not None else literal(0))
        found = {str(code): (int(n), int(m)) for code, n, m in s.execute(
            select(d.status, func.count(), mine_expr).group_by(d.status))}
        statuses = {code: found.get(code, (0, 0))[0] for code in DOSSIER_STATUSES}
        for code, (n, _m) in found.items():   # a status no label knows still counts
            statuses.setdefault(code, n)
        if me is None:
            return statuses, None, None
        open_mine = sum(m for code, (_n, m) in found.items() if code not in CLOSED_STATUSES)
        return statuses, open_mine, found.get("ready", (0, 0))[1]

    def _quarters(self, s: Session, today: dt.date, me: int | None
                  ) -> tuple[list[QuarterBar], int, int | None]:
        letter, d = OutgoingLetter, Dossier
        first = aliased(OutgoingLetter)
        spans = [quarter_range(today, back) for back in range(QUARTERS - 1, -1, -1)]
        year_start = _utc(dt.date(today.year, 1, 1))
        # eight quarters reach back past the first of January: one range covers both
        start = _utc(min(spans[0][2], dt.date(today.year, 1, 1)))
        end = _utc(spans[-1][3] + dt.timedelta(days=1))
        whens = [(letter.issued_at < _utc(last + dt.timedelta(days=1)), i)
                 for i, (_y, _q, _f, last) in enumerate(spans)]
        bucket = case(*whens, else_=-1)
        in_year: ColumnElement[bool] = letter.issued_at >= year_start
        mine_cond: ColumnElement[bool] = (d.consultant_id == me) if me is not None \
            else literal(False)
        rows = s.execute(
            select(bucket, in_year, mine_cond, func.count(),
                   func.coalesce(func.sum(d.grant_requested), 0))
            .select_from(letter).join(d, d.id == letter.dossier_id)
            .where(letter.issued_at >= start, letter.issued_at < end,
                   ~select(first.id).where(first.dossier_id == letter.dossier_id,
                                           first.id < letter.id).exists())
            .group_by(bucket, in_year, mine_cond)
        ).all()
        per: dict[int, list[int]] = {}
        year_total = year_mine = 0
        for index, this_year, mine, n, grant in rows:
            if int(index) >= 0:
                cell = per.setdefault(int(index), [0, 0])
                cell[0] += int(n)
                cell[1] += int(grant or 0)
            if this_year:
                year_total += int(n)
                if mine:
                    year_mine += int(n)
        quarters = [QuarterBar(y, q, f, last, *per.get(i, [0, 0]))
                    for i, (y, q, f, last) in enumerate(spans)]
        return quarters, year_total, (year_mine if me is not None else None)

    def _overdue(self, s: Session, today: dt.date, me: int | None) -> tuple[int, int | None]:
        # the very condition of the partial index of open steps (migration 0009)
        server = s.get_bind().dialect.name != "sqlite"
        open_steps = "NOT next_step_done" if server else "next_step_done = 0"
        mine = "coalesce(sum(CASE WHEN consultant_id = :me THEN 1 ELSE 0 END), 0)" \
            if me is not None else "0"
        n, m = s.execute(text(
            f"SELECT count(*), {mine} FROM consultations WHERE {open_steps} "
            "AND next_step IS NOT NULL AND next_step_due < :today"
        ), {"today": today.isoformat(), **({"me": me} if me is not None else {})}).one()
        return int(n), (int(m) if me is not None else None)
