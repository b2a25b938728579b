"""Reports for a period: the activity report and the register of referrals.

Read-only: every figure is one SQL aggregate (``count``/``sum`` grouped in the
database), never a loop in Python over the rows, so a year of a database with
a million consultations is counted in a few index range scans. A period is a
pair of calendar dates in the workstation's time zone; stored times are UTC,
so the dates become UTC bounds ``[start, end)`` once, and each local month of
a «by month» breakdown becomes a ``CASE`` over the same bounds.

Definitions (each figure's test counts the same thing independently):

- consultations: ``occurred_at`` in the period (filters: consultant, programme);
- enterprises: distinct enterprises of those consultations;
- new enterprises: enterprise cards created in the period (with a consultant
  filter: created by that consultant);
- pre-screenings: consultations whose check (``eligibility_checked_at``) falls
  in the period, by verdict;
- dossiers opened: created in the period; made ready: dossiers that moved to
  «готово к направлению» in the period (each counted once);
- referred: final referral letters registered in the period — the first
  letter of each dossier; a later letter of the same dossier is a re-issue;
- dossiers by status: dossiers whose current status was reached in the period;
- outcomes: dossiers that moved to submitted / approved / rejected /
  agreement in the period, with the grant they request;
- follow-ups: next steps due in the period: done, overdue (not done and due
  before today) and open.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, bindparam, case, distinct, func, select, text
from sqlalchemy.orm import Session, aliased

from desktop_app.core.db.models import (
    Consultation,
    Dossier,
    DossierStatusChange,
    Enterprise,
    OrganizationProfile,
    OutgoingLetter,
    User,
)
from desktop_app.core.db.types import UTCDateTime
from desktop_app.core.errors import InputError, NotFoundError
from desktop_app.core.formatting import format_phone, utcnow
from desktop_app.core.reports.activity import (
    OUTCOMES,
    ActivityReport,
    Outcome,
    ReferralRow,
    ReportHeader,
)

from .context import Permission, ServiceContext

log = logging.getLogger(__name__)

__all__ = ["Period", "ReportFilter", "ReportService", "file_format", "local_bounds", "month_starts"]

TOP_TOPICS = 30
"""Topics are free text: the topic table shows the most frequent ones."""

Step = Callable[[int, int], None]
"""``(done, total)``: called between the queries; raising from it stops the report."""


@dataclass(frozen=True)
class Period:
    """Calendar dates in the workstation's time zone, both included."""

    date_from: dt.date
    date_to: dt.date


@dataclass(frozen=True)
class ReportFilter:
    """Who and what the report is about: everything when both are None."""

    consultant: str | None = None
    """A user's login."""
    program: str | None = None
    """A programme code."""


def _local_start(day: dt.date) -> dt.datetime:
    """Midnight of ``day`` in the workstation's zone, as an aware UTC time."""
    return dt.datetime.combine(day, dt.time(0, 0)).astimezone().astimezone(dt.UTC)


def local_bounds(period: Period) -> tuple[dt.datetime, dt.datetime]:
    """The period as UTC bounds ``[start, end)``."""
    return _local_start(period.date_from), _local_start(period.date_to + dt.timedelta(days=1))


def month_starts(period: Period) -> list[tuple[str, dt.datetime]]:
    """``("YYYY-MM", UTC start)`` of each local month the period touches (first clipped)."""
    out: list[tuple[str, dt.datetime]] = []
    day = period.date_from
    while day <= period.date_to:
        out.append((f"{day:%Y-%m}", _local_start(day)))
        day = (day.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    return out


def _ranked(counts: dict[str, int]) -> dict[str, int]:
    """Most frequent first, then by key (a stable order for screens and files)."""
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _counts(s: Session, q: Select[Any, Any] | Any) -> dict[str, int]:
    return {str(k) if k is not None else "": int(n) for k, n in s.execute(q).all()}


class ReportService:
    """The period reports; each call reads in one transaction and writes nothing."""

    def __init__(self, ctx: ServiceContext,
                 program_titles: Callable[[], Mapping[str, str]] | None = None) -> None:
        self.ctx = ctx
        self._program_titles = program_titles

    def program_titles(self) -> dict[str, str]:
        """Programme code → its title (a code that no installed profile knows stays a code)."""
        if self._program_titles is None:
            return {}
        try:
            return dict(self._program_titles())
        except Exception:  # an unreadable profile must not stop a report
            log.warning("programme titles unavailable for the report", exc_info=True)
            return {}

    def _check(self, period: Period) -> None:
        self.ctx.require(Permission.READ)
        if period.date_to < period.date_from:
            raise InputError(
                f"начало периода {period.date_from:%d.%m.%Y} позже его конца "
                f"{period.date_to:%d.%m.%Y}: укажите даты по порядку"
            )

    def _consultant(self, s: Session, login: str | None) -> tuple[int | None, str | None]:
        if not login:
            return None, None
        row = s.execute(select(User.id, User.full_name).where(User.login == login)).first()
        if row is None:
            raise NotFoundError(f"пользователь «{login}» не найден: проверьте имя входа")
        return int(row[0]), str(row[1])

    def _header(self, s: Session, period: Period, flt: ReportFilter,
                consultant_name: str | None) -> ReportHeader:
        name = s.execute(select(OrganizationProfile.full_name).limit(1)).scalar_one_or_none()
        return ReportHeader(
            centre=name or "Региональный инжиниринговый центр",
            date_from=period.date_from, date_to=period.date_to,
            made_at=utcnow().astimezone(), consultant=consultant_name, program=flt.program,
        )

    def signatory(self) -> tuple[str | None, str | None]:
        """The head of the centre who signs a printed report: (position, «И.О. Фамилия»)."""
        from .outgoing_register import initials_name

        with self.ctx.read() as s:
            row = s.execute(
                select(OrganizationProfile.director_position, OrganizationProfile.director_name)
                .limit(1)
            ).first()
        if row is None:
            return None, None
        return row[0], initials_name(row[1]) if row[1] else None

    def organization(self) -> Any:
        """The centre's letterhead details (``OrganizationInfo``) for a printed report."""
        from desktop_app.core.reports.models import OrganizationInfo

        from .organization import load_profile

        with self.ctx.read() as s:
            row = load_profile(s)
            if row is None:
                return OrganizationInfo(full_name="Региональный инжиниринговый центр")
            return OrganizationInfo(
                full_name=row.full_name, short_name=row.short_name,
                address=row.postal_address or row.legal_address,
                phone=format_phone(row.phone) or None,
                email=row.email, website=row.website, ogrn=row.ogrn, inn=row.inn, kpp=row.kpp,
            )

    def choices(self) -> tuple[list[tuple[str, str]], list[str]]:
        """What the filters offer: consultants ``(login, full name)`` and programme codes."""
        self.ctx.require(Permission.READ)
        with self.ctx.read() as s:
            people = [(str(login), str(name)) for login, name in s.execute(
                select(User.login, User.full_name).order_by(User.full_name, User.login))]
            programs = [str(code) for code in s.execute(
                select(Dossier.program_code).distinct().order_by(Dossier.program_code)
            ).scalars() if code]
        return people, programs

    # --- the activity report ----------------------------------------------------------
    @staticmethod
    def _grouped(s: Session, index: str, keys: str, *, start: dt.datetime, end: dt.datetime,
                 consultant_id: int | None, program: str | None, tail: str = "",
                 extra: dict[str, Any] | None = None) -> list[Any]:
        """``SELECT {keys}, count(*)`` over the consultations of ``[start, end)``, grouped.

        The groups are few, the rows many (a year of the million-row database: 450 000).
        SQLite, seeing the range on ``occurred_at``, would take the period index and sort
        every row of the period for the grouping; walking ``index`` (which lists the
        consultations in the order of the groups) groups without a sort and reads only
        that index, so SQLite is told to use it. The server plans for itself.
        """
        conds = ["occurred_at >= :low", "occurred_at < :high"]
        params: dict[str, Any] = {"low": start, "high": end, **(extra or {})}
        if consultant_id is not None:
            conds.append("consultant_id = :consultant_id")
            params["consultant_id"] = consultant_id
        if program:
            conds.append("program_code = :program")
            params["program"] = program
        hint = f" INDEXED BY {index}" if s.get_bind().dialect.name == "sqlite" else ""
        sql = text(
            f"SELECT {keys}, count(*) FROM consultations{hint} "
            f"WHERE {' AND '.join(conds)} GROUP BY {keys}{tail}"
        ).bindparams(bindparam("low", type_=UTCDateTime()), bindparam("high", type_=UTCDateTime()))
        return list(s.execute(sql, params).all())

    def _top_topics(self, s: Session, start: dt.datetime, end: dt.datetime,
                    consultant_id: int | None, program: str | None) -> dict[str, int]:
        """The :data:`TOP_TOPICS` most frequent topics of the period, most frequent first."""
        rows = self._grouped(s, "ix_consultations_topics", "topic", start=start, end=end,
                             consultant_id=consultant_id, program=program,
                             tail=" ORDER BY count(*) DESC, topic LIMIT :top",
                             extra={"top": TOP_TOPICS})
        return {str(topic) if topic is not None else "": int(n) for topic, n in rows}

    def _channel_groups(self, s: Session, start: dt.datetime, end: dt.datetime,
                        consultant_id: int | None, program: str | None
                        ) -> list[tuple[Any, Any, Any, int]]:
        """Consultations of ``[start, end)`` by (channel, consultant id, programme code)."""
        rows = self._grouped(s, "ix_consultations_groups", "channel, consultant_id, program_code",
                             start=start, end=end, consultant_id=consultant_id, program=program)
        return [(channel, who, code, int(n)) for channel, who, code, n in rows]

    def activity(self, period: Period, flt: ReportFilter | None = None,
                 step: Step | None = None) -> ActivityReport:
        """Every figure of the activity report for ``period``."""
        flt = flt or ReportFilter()
        self._check(period)
        start, end = local_bounds(period)
        total_steps = 12
        done = 0

        def tick() -> None:
            nonlocal done
            done += 1
            if step is not None:
                step(done, total_steps)

        with self.ctx.read() as s:
            consultant_id, consultant_name = self._consultant(s, flt.consultant)
            header = self._header(s, period, flt, consultant_name)
            c = Consultation

            def c_filter(time_col: Any, low: dt.datetime = start,
                         high: dt.datetime = end) -> list[ColumnElement[bool]]:
                conds: list[ColumnElement[bool]] = [time_col >= low, time_col < high]
                if consultant_id is not None:
                    conds.append(c.consultant_id == consultant_id)
                if flt.program:
                    conds.append(c.program_code == flt.program)
                return conds

            in_period = c_filter(c.occurred_at)
            total, enterprises = s.execute(
                select(func.count(), func.count(distinct(c.enterprise_id))).where(*in_period)
            ).one()
            tick()
            months = month_starts(period)
            groups = self._channel_groups(s, start, end, consultant_id, flt.program)
            by_month = {key: 0 for key, _ in months}
            # a count per month: a range of the period index each, no row read
            bounds = [*(b for _k, b in months[1:]), end]
            for (key, low), high in zip(months, bounds, strict=True):
                by_month[key] = int(s.execute(
                    select(func.count()).select_from(c).where(*c_filter(c.occurred_at, low, high))
                ).scalar_one())
            people = {int(i): (str(login), str(name)) for i, login, name in s.execute(
                select(User.id, User.login, User.full_name))}
            by_channel_raw: dict[str, int] = {}
            by_consultant_raw: dict[str, int] = {}
            names: dict[str, str] = {}
            by_program_raw: dict[str, int] = {}
            for channel, who, program, n in groups:
                by_channel_raw[str(channel)] = by_channel_raw.get(str(channel), 0) + int(n)
                login, name = people.get(who, ("", "не указан")) if who is not None \
                    else ("", "не указан")
                by_consultant_raw[login] = by_consultant_raw.get(login, 0) + int(n)
                names[login] = name
                key = str(program or "")
                by_program_raw[key] = by_program_raw.get(key, 0) + int(n)
            by_channel = _ranked(by_channel_raw)
            by_consultant = _ranked(by_consultant_raw)
            by_program = _ranked(by_program_raw)
            tick()
            tick()
            tick()
            tick()
            by_topic = self._top_topics(s, start, end, consultant_id, flt.program)
            tick()
            prescreenings = _counts(
                s, select(c.eligibility_verdict, func.count())
                .where(*c_filter(c.eligibility_checked_at), c.eligibility_verdict.is_not(None))
                .group_by(c.eligibility_verdict).order_by(c.eligibility_verdict))
            tick()
            new_q = select(func.count()).select_from(Enterprise).where(
                Enterprise.created_at >= start, Enterprise.created_at < end)
            if consultant_id is not None:
                new_q = new_q.where(Enterprise.created_by_id == consultant_id)
            new_enterprises = int(s.execute(new_q).scalar_one())
            tick()

            d = Dossier

            def d_filter() -> list[ColumnElement[bool]]:
                conds: list[ColumnElement[bool]] = []
                if consultant_id is not None:
                    conds.append(d.consultant_id == consultant_id)
                if flt.program:
                    conds.append(d.program_code == flt.program)
                return conds

            opened = int(s.execute(select(func.count()).select_from(d).where(
                d.created_at >= start, d.created_at < end, *d_filter())).scalar_one())
            by_status = _counts(s, select(d.status, func.count()).where(
                d.status_changed_at >= start, d.status_changed_at < end, *d_filter())
                .group_by(d.status).order_by(d.status))
            tick()
            ch = DossierStatusChange
            # a dossier that reaches a status twice counts (with its grant) once
            pairs = (select(ch.to_status.label("status"), ch.dossier_id.label("dossier_id"))
                     .where(ch.changed_at >= start, ch.changed_at < end).distinct().subquery())
            per_status = {
                str(status): (int(n), int(grant)) for status, n, grant in s.execute(
                    select(pairs.c.status, func.count(),
                           func.coalesce(func.sum(d.grant_requested), 0))
                    .select_from(pairs).join(d, d.id == pairs.c.dossier_id)
                    .where(*d_filter()).group_by(pairs.c.status)
                ).all()
            }
            tick()
            letter = OutgoingLetter
            first = aliased(OutgoingLetter)
            is_first = ~select(first.id).where(
                first.dossier_id == letter.dossier_id, first.id < letter.id).exists()
            ref_rows = s.execute(
                select(is_first, func.count(), func.coalesce(func.sum(d.grant_requested), 0))
                .select_from(letter).join(d, d.id == letter.dossier_id)
                .where(letter.issued_at >= start, letter.issued_at < end, *d_filter())
                .group_by(is_first)
            ).all()
            referred = reissued = referred_grant = 0
            for first_flag, n, grant in ref_rows:
                if first_flag:
                    referred, referred_grant = int(n), int(grant or 0)
                else:
                    reissued = int(n)
            tick()
            today = dt.date.today()
            f_conds: list[ColumnElement[bool]] = [
                c.next_step_due >= period.date_from, c.next_step_due <= period.date_to]
            if consultant_id is not None:
                f_conds.append(c.consultant_id == consultant_id)
            if flt.program:
                f_conds.append(c.program_code == flt.program)
            due, done_n, overdue = s.execute(
                select(
                    func.count(),
                    func.coalesce(func.sum(case((c.next_step_done.is_(True), 1), else_=0)), 0),
                    func.coalesce(func.sum(case(
                        (and_(c.next_step_done.is_(False), c.next_step_due < today), 1),
                        else_=0)), 0),
                ).where(*f_conds)
            ).one()
            tick()

        return ActivityReport(
            header=header, consultations=int(total), enterprises=int(enterprises),
            new_enterprises=new_enterprises, by_channel=by_channel, by_month=by_month,
            by_consultant=by_consultant, consultant_names=names, by_program=by_program,
            program_names=self.program_titles(),
            by_topic=by_topic, prescreenings=prescreenings, dossiers_opened=opened,
            dossiers_ready=per_status.get("ready", (0, 0))[0], referred=referred,
            referred_grant_requested=referred_grant, reissued=reissued,
            dossiers_by_status=by_status,
            outcomes={k: Outcome(*per_status.get(k, (0, 0))) for k in OUTCOMES},
            followups_due=int(due), followups_done=int(done_n),
            followups_overdue=int(overdue), followups_open=int(due) - int(done_n) - int(overdue),
        )

    # --- the register of referrals ------------------------------------------------------
    def referrals(self, period: Period, flt: ReportFilter | None = None
                  ) -> tuple[ReportHeader, list[ReferralRow]]:
        """Final referral letters registered in ``period`` (re-issues left out), in order."""
        from .outgoing_register import local_time

        flt = flt or ReportFilter()
        self._check(period)
        start, end = local_bounds(period)
        with self.ctx.read() as s:
            consultant_id, consultant_name = self._consultant(s, flt.consultant)
            header = self._header(s, period, flt, consultant_name)
            letter, d, e = OutgoingLetter, Dossier, Enterprise
            first = aliased(OutgoingLetter)
            q = (
                select(letter.number, letter.issued_at, e.full_name, e.short_name, e.inn,
                       d.title, d.component_name, d.grant_requested)
                .join(d, d.id == letter.dossier_id).join(e, e.id == d.enterprise_id)
                .where(letter.issued_at >= start, letter.issued_at < end,
                       ~select(first.id).where(first.dossier_id == letter.dossier_id,
                                               first.id < letter.id).exists())
                .order_by(letter.issued_at, letter.id)
            )
            if consultant_id is not None:
                q = q.where(d.consultant_id == consultant_id)
            if flt.program:
                q = q.where(d.program_code == flt.program)
            rows = [
                ReferralRow(
                    number=number, issued_on=local_time(issued).date(),
                    enterprise=short or full, inn=inn, project=title or component or "—",
                    grant_requested=grant,
                )
                for number, issued, full, short, inn, title, component, grant in s.execute(q)
            ]
        return header, rows

    # --- files ---------------------------------------------------------------------------
    def activity_file(self, report: ActivityReport, fmt: str) -> bytes:
        """The report as ``"xlsx"`` or ``"pdf"`` (on the letterhead, ready to sign)."""
        if fmt == "xlsx":
            from desktop_app.core.reports.activity_workbook import activity_workbook

            return activity_workbook(report)
        from desktop_app.core.reports.activity import build_activity_pdf

        return build_activity_pdf(report, self.organization(), *self.signatory())

    def referrals_file(self, header: ReportHeader, rows: list[ReferralRow], fmt: str) -> bytes:
        """The register of referrals as ``"xlsx"`` or ``"pdf"``."""
        if fmt == "xlsx":
            from desktop_app.core.reports.activity_workbook import referrals_workbook

            return referrals_workbook(header, rows)
        from desktop_app.core.reports.activity import build_referrals_pdf

        return build_referrals_pdf(header, rows, self.organization(), *self.signatory())


def file_format(path: str) -> str:
    """``"xlsx"`` or ``"pdf"`` from a file name; anything else is refused in words."""
    suffix = path.rsplit(".", 1)[-1].lower() if "." in path else ""
    if suffix not in ("xlsx", "pdf"):
        raise InputError(f"файл «{path}»: отчёт сохраняется в XLSX или PDF — укажите имя файла "
                         "с расширением .xlsx или .pdf")
    return suffix
