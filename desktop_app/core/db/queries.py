"""Read-only paged list queries for the desktop lists (SQL only, no Qt).

A list is described by a :class:`ListQuery` (which list, sort column and
direction, text filter, follow-up scope). The GUI asks for the row count, for
one page by ``OFFSET`` (cheap near the top) and, in the background, for the
whole ordered id list of the current sort/filter; once it has that list it
fetches any page by ``WHERE id IN (…)`` — a random jump deep into a million
rows then costs the same as the first page.

Sorting is done by SQL on indexed expressions only where the list is large
(consultations, follow-ups); the column description says which columns sort.
Text filters go through the full-text index of :mod:`desktop_app.core.db.search`.

On the server every round trip costs more than the work of a page, so a page
(with its count, for a first page) is ONE statement (:func:`server_page`), and a
deep page starts from remembered sort keys of every :data:`MARKER_STEP`-th row
instead of walking all rows before it (checked against ``list_versions``).
"""

from __future__ import annotations

import datetime as dt
import enum
import weakref
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from desktop_app.core.db import search

Row = tuple[Any, ...]


class ListKind(enum.StrEnum):
    ENTERPRISES = "enterprises"
    CONSULTATIONS = "consultations"
    DOSSIERS = "dossiers"
    FOLLOWUPS = "followups"


class FollowUpScope(enum.StrEnum):
    OVERDUE = "overdue"
    TODAY = "today"
    WEEK = "week"        # overdue, today and the next seven days
    ALL = "all"          # every open next step, with or without a due date


@dataclass(frozen=True)
class Column:
    """One column of a list: its key, the SELECT expression and how it sorts.

    ``sort`` is an ORDER BY expression, or ``None`` when the column does not
    sort (a sort over a million rows without an index would freeze the list).
    """

    key: str
    select: str
    sort: str | None = None
    # text | date | datetime | day (the local date of a timestamp) | money | int | bool
    # | channel | status | verdict | program (a programme's code, shown as its title)
    kind: str = "text"
    # never NULL: ORDER BY needs no NULLS clause, so an index on ``sort`` can serve it
    not_null: bool = False
    # empty values last through a leading ``(sort) IS NULL`` term instead of a NULLS
    # clause, so that an index on ``(sort IS NULL, sort)`` serves either direction
    null_flag: bool = False
    # more ORDER BY terms between ``sort`` and the row id (same direction); a sort on a
    # joined column names the joined row and an indexed column here, so that SQLite walks
    # the joined table's index and then each row's own index instead of sorting the list.
    # Whole expressions, one per term: an expression may itself hold commas (a function call)
    then: tuple[str, ...] = ()


@dataclass(frozen=True)
class ListSpec:
    kind: ListKind
    source: str                  # FROM … JOIN …
    id_expr: str                 # the row id (first column of every row)
    base_where: str              # always applied ("1 = 1" for none)
    columns: tuple[Column, ...]
    default_sort: str
    default_descending: bool
    fts_kind: str | None = None  # "enterprise" | "consultation": which full-text index filters
    id_source: str = ""          # FROM for id-only queries (no join), "" = same as ``source``
    enterprise_key: str = "e.id"  # the enterprise id without the join

    def column(self, key: str) -> Column:
        for col in self.columns:
            if col.key == key:
                return col
        raise KeyError(key)

    @property
    def keys(self) -> list[str]:
        return [c.key for c in self.columns]


_ENT_NAME = "coalesce(e.short_name, e.full_name)"
# Ё sorts with Е, as in a printed index (plain code-point order puts it before А).
_ENT_NAME_SORT = f"replace(replace({_ENT_NAME}, 'Ё', 'Е'), 'ё', 'е')"

ENTERPRISES = ListSpec(
    kind=ListKind.ENTERPRISES,
    source="enterprises e",
    id_expr="e.id",
    base_where="1 = 1",
    columns=(
        Column("name", _ENT_NAME, _ENT_NAME_SORT, not_null=True),
        Column("inn", "e.inn", "e.inn", not_null=True),
        Column("kpp", "e.kpp", "e.kpp"),
        Column("ogrn", "e.ogrn", "e.ogrn"),
        Column("region", "e.region_code", "e.region_code"),
        Column("phone", "e.phone", "e.phone", kind="phone"),
        Column("director", "e.director_name", "e.director_name"),
        Column("updated_at", "e.updated_at", "e.updated_at", kind="datetime"),
    ),
    default_sort="name",
    default_descending=False,
    fts_kind="enterprise",
    id_source="enterprises e",
)

# Channels and verdicts sort by their Russian labels (in alphabetical order of the label),
# through an index on this very expression (migration 0009).
CHANNEL_RANK = (
    "CASE c.channel WHEN 'video' THEN 1 WHEN 'visit' THEN 2 WHEN 'event' THEN 3 "
    "WHEN 'phone' THEN 4 WHEN 'email' THEN 5 ELSE 6 END"
)
VERDICT_RANK = (
    "CASE c.eligibility_verdict WHEN 'eligible' THEN 1 WHEN 'not_eligible' THEN 2 "
    "WHEN 'needs_clarification' THEN 3 ELSE 4 END"
)
# a sort on the enterprise walks enterprises by their index, then each one's consultations
# through ix_consultations_enterprise_occurred: no sort of a million rows
_BY_ENTERPRISE = ("e.id", "c.occurred_at")

_CONS_COLUMNS = (
    Column("occurred_at", "c.occurred_at", "c.occurred_at", kind="datetime"),
    Column("enterprise", _ENT_NAME, _ENT_NAME_SORT, not_null=True, then=_BY_ENTERPRISE),
    Column("inn", "e.inn", "e.inn", not_null=True, then=_BY_ENTERPRISE),
    Column("channel", "c.channel", CHANNEL_RANK, kind="channel", not_null=True),
    Column("topic", "c.topic", "c.topic", not_null=True),
    Column("next_step", "c.next_step", "c.next_step", null_flag=True),
    Column("next_step_due", "c.next_step_due", "c.next_step_due", kind="date", null_flag=True),
    Column("next_step_done", "c.next_step_done", "c.next_step_done", kind="bool",
           not_null=True, then=("c.next_step_due",)),
    # the pre-screening result, kept on the consultation row itself (no JSON, no join)
    Column("eligibility", "c.eligibility_verdict", VERDICT_RANK, kind="verdict",
           not_null=True),
    Column("eligibility_checked_at", "c.eligibility_checked_at", "c.eligibility_checked_at",
           kind="day", null_flag=True),
    Column("id", "c.id", "c.id", kind="int"),
)

CONSULTATIONS = ListSpec(
    kind=ListKind.CONSULTATIONS,
    source="consultations c JOIN enterprises e ON e.id = c.enterprise_id",
    id_expr="c.id",
    base_where="1 = 1",
    columns=_CONS_COLUMNS,
    default_sort="occurred_at",
    default_descending=True,
    fts_kind="consultation",
    id_source="consultations c",
    enterprise_key="c.enterprise_id",
)

FOLLOWUPS = ListSpec(
    kind=ListKind.FOLLOWUPS,
    source="consultations c JOIN enterprises e ON e.id = c.enterprise_id",
    id_expr="c.id",
    base_where="c.next_step_done = 0 AND c.next_step IS NOT NULL",
    columns=(
        Column("next_step_due", "c.next_step_due", "c.next_step_due", kind="date"),
        Column("next_step", "c.next_step", "c.next_step", null_flag=True),
        Column("enterprise", _ENT_NAME, _ENT_NAME_SORT, not_null=True, then=_BY_ENTERPRISE),
        Column("topic", "c.topic", "c.topic", not_null=True),
        Column("occurred_at", "c.occurred_at", "c.occurred_at", kind="datetime"),
        Column("channel", "c.channel", CHANNEL_RANK, kind="channel", not_null=True),
    ),
    default_sort="next_step_due",
    default_descending=False,
    fts_kind="consultation",
    id_source="consultations c",
    enterprise_key="c.enterprise_id",
)

DOSSIERS = ListSpec(
    kind=ListKind.DOSSIERS,
    source="dossiers d JOIN enterprises e ON e.id = d.enterprise_id",
    id_expr="d.id",
    base_where="1 = 1",
    columns=(
        Column("id", "d.id", "d.id", kind="int"),
        Column("enterprise", _ENT_NAME, _ENT_NAME_SORT),
        Column("title", "d.title", "d.title"),
        Column("program", "d.program_code", "d.program_code", kind="program"),
        Column("status", "d.status", "d.status", kind="status"),
        Column("grant_requested", "d.grant_requested", "d.grant_requested", kind="money"),
        Column("submission_date", "d.submission_date", "d.submission_date", kind="date"),
        Column("updated_at", "d.updated_at", "d.updated_at", kind="datetime"),
        # errors / warnings of the last validation ("" until the dossier is first checked);
        # sorts by errors, then warnings, never-checked dossiers first
        Column("findings",
               "CASE WHEN d.last_validated_at IS NULL THEN NULL ELSE "
               "coalesce(d.last_error_count, 0) || ' / ' || "
               "coalesce(d.last_warning_count, 0) END",
               "coalesce(d.last_error_count, -1)", not_null=True,
               then=("coalesce(d.last_warning_count, -1)",)),
    ),
    default_sort="updated_at",
    default_descending=True,
    fts_kind="enterprise",
    id_source="dossiers d",
    enterprise_key="d.enterprise_id",
)

SPECS: dict[ListKind, ListSpec] = {
    s.kind: s for s in (ENTERPRISES, CONSULTATIONS, FOLLOWUPS, DOSSIERS)
}


@dataclass(frozen=True)
class ListQuery:
    """What a list shows: which list, sorted how, filtered how."""

    kind: ListKind
    sort_key: str | None = None
    descending: bool | None = None
    text: str = ""
    scope: FollowUpScope = FollowUpScope.ALL
    today: dt.date | None = None
    consultant_id: int | None = None
    enterprise_id: int | None = None
    status: str | None = None       # dossiers: one status
    program: str | None = None      # dossiers: one programme code
    # local calendar dates, both included: consultations and next steps that took place
    # then; dossiers whose final referral letter (their first letter) was registered then
    period: tuple[dt.date, dt.date] | None = None
    channel: str | None = None      # consultations and next steps: one channel code
    params: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def spec(self) -> ListSpec:
        return SPECS[self.kind]

    def resolved_sort(self) -> tuple[Column, bool]:
        spec = self.spec
        key = self.sort_key or spec.default_sort
        col = spec.column(key) if key in spec.keys else spec.column(spec.default_sort)
        if col.sort is None:
            col = spec.column(spec.default_sort)
        desc = spec.default_descending if self.descending is None else self.descending
        return col, desc


def sortable(kind: ListKind, key: str) -> bool:
    spec = SPECS[kind]
    return key in spec.keys and spec.column(key).sort is not None


def _where(q: ListQuery) -> tuple[str, dict[str, Any]]:
    spec = q.spec
    parts = [spec.base_where]
    params: dict[str, Any] = {}
    if q.text.strip() and spec.fts_kind is not None:
        expr = search.match_expression(q.text)
        if expr is not None:
            target = spec.enterprise_key if spec.fts_kind == "enterprise" else spec.id_expr
            parts.append(f"{target} IN (SELECT id FROM _fts_hits)")
            params["_fts_kind"] = spec.fts_kind
            params["_fts_query"] = q.text
    if q.kind is ListKind.FOLLOWUPS:
        today = q.today or dt.date.today()
        if q.scope is FollowUpScope.OVERDUE:
            parts.append("c.next_step_due < :today")
        elif q.scope is FollowUpScope.TODAY:
            parts.append("c.next_step_due = :today")
        elif q.scope is FollowUpScope.WEEK:
            parts.append("c.next_step_due <= :week_end")
            params["week_end"] = (today + dt.timedelta(days=7)).isoformat()
        params["today"] = today.isoformat()
    if q.consultant_id is not None and q.kind in (
        ListKind.CONSULTATIONS, ListKind.FOLLOWUPS, ListKind.DOSSIERS
    ):
        alias = "d" if q.kind is ListKind.DOSSIERS else "c"
        parts.append(f"{alias}.consultant_id = :consultant_id")
        params["consultant_id"] = q.consultant_id
    if q.kind is ListKind.DOSSIERS and q.status:
        parts.append("d.status = :status")
        params["status"] = q.status
    if q.kind is ListKind.DOSSIERS and q.program:
        parts.append("d.program_code = :program")
        params["program"] = q.program
    if q.period is not None:
        params["period_from"] = local_midnight_utc(q.period[0])
        params["period_to"] = local_midnight_utc(q.period[1] + dt.timedelta(days=1))
        if q.kind is ListKind.DOSSIERS:
            parts.append(_REFERRED_IN_PERIOD)
        elif q.kind in (ListKind.CONSULTATIONS, ListKind.FOLLOWUPS):
            parts.append("c.occurred_at >= :period_from AND c.occurred_at < :period_to")
    if q.channel is not None and q.kind in (ListKind.CONSULTATIONS, ListKind.FOLLOWUPS):
        parts.append("c.channel = :channel")
        params["channel"] = q.channel
    if q.enterprise_id is not None:
        parts.append(f"{spec.enterprise_key} = :enterprise_id")
        params["enterprise_id"] = q.enterprise_id
    return " AND ".join(parts), params


# a dossier's final referral is its first registered letter (later ones are re-issues)
_REFERRED_IN_PERIOD = (
    "d.id IN (SELECT l.dossier_id FROM outgoing_register l WHERE l.dossier_id IS NOT NULL "
    "AND l.issued_at >= :period_from AND l.issued_at < :period_to AND NOT EXISTS "
    "(SELECT 1 FROM outgoing_register f WHERE f.dossier_id = l.dossier_id AND f.id < l.id))"
)


def local_midnight_utc(day: dt.date) -> dt.datetime:
    """Midnight of ``day`` in the workstation's zone, as a naive UTC time (as stored)."""
    moment = dt.datetime.combine(day, dt.time(0, 0)).astimezone().astimezone(dt.UTC)
    return moment.replace(tzinfo=None)


_FTS_HIT_LIMIT = 100_000


def _prepare(session: Session | Connection, q: ListQuery) -> tuple[str, dict[str, Any]]:
    """WHERE clause and parameters; a text filter reads the full-text index."""
    where, params = _where(q)
    server = _is_server(session)
    if not server:
        # SQLite keeps times as text: compare with the same text (no adapter guesses)
        for key in ("period_from", "period_to"):
            if key in params:
                params[key] = params[key].strftime("%Y-%m-%d %H:%M:%S.%f")
    if server:
        # the same conditions in PostgreSQL's terms (a boolean is not an integer there)
        where = where.replace("c.next_step_done = 0", "NOT c.next_step_done")
    kind = params.pop("_fts_kind", None)
    query = params.pop("_fts_query", None)
    if kind is None:
        return where, params
    expr = search.match_expression(str(query))
    if expr is not None and server:
        # the server joins its own index: no ids travel to the program and back
        hits = search.server_hits(str(kind), str(query))
        if hits is None:
            return "1 = 0", {}
        sql, hit_params = hits
        params.update(hit_params)
        # inlined wherever it is used (the page and its count): the planner then knows
        # how many hits to expect and walks the sort index instead of sorting them all
        params["_cte"] = f"_fts_hits(id) AS NOT MATERIALIZED ({sql})"
        return where, params
    assert isinstance(session, Session)
    if expr is not None and search.has_fts(session):
        table = f"{kind}_fts"
        cte = f"_fts_hits(id) AS (SELECT rowid FROM {table} WHERE {table} MATCH :_match)"
        params["_match"] = expr
    else:
        ids = search.search_ids(session, str(kind), str(query), limit=_FTS_HIT_LIMIT)
        if not ids:
            return "1 = 0", {}
        # The hits are integers read from the database itself, safe to inline.
        cte = "_fts_hits(id) AS (VALUES " + ",".join(f"({int(i)})" for i in ids) + ")"
    params["_cte"] = cte
    return where, params


def _is_server(session: Session | Connection) -> bool:
    if isinstance(session, Connection):
        return session.dialect.name != "sqlite"
    return session.get_bind().dialect.name != "sqlite"


def _with(params: dict[str, Any]) -> str:
    cte = params.pop("_cte", None)
    return f"WITH {cte} " if cte else ""


def _order(q: ListQuery) -> str:
    col, desc = q.resolved_sort()
    direction = "DESC" if desc else "ASC"
    id_expr = q.spec.id_expr
    if col.sort == id_expr:
        return f"{id_expr} {direction}"
    nulls = " NULLS LAST" if not desc else " NULLS FIRST"
    if q.kind is ListKind.FOLLOWUPS and col.key == "next_step_due":
        # Keep the follow-up index usable: no NULLS clause, no-date steps come last via ALL scope.
        return f"c.next_step_done {direction}, {col.sort} {direction}, {id_expr} {direction}"
    terms: list[str] = []
    if col.null_flag:
        terms.append(f"({col.sort}) IS NULL")
        nulls = ""
    elif col.kind == "datetime" or col.not_null:
        nulls = ""
    terms.append(f"{col.sort}")
    terms.extend(col.then)
    terms.append(id_expr)
    out = [f"{t} {direction}" for t in terms]
    # the value's own term carries the NULLS clause (none when the column never is NULL)
    out[1 if col.null_flag else 0] += nulls
    return ", ".join(out)


def _select_list(spec: ListSpec) -> str:
    return ", ".join([spec.id_expr, *(c.select for c in spec.columns)])


def _id_source(q: ListQuery) -> str:
    """FROM clause for queries that need only ids: no join unless the sort needs it."""
    spec = q.spec
    col, _desc = q.resolved_sort()
    if not spec.id_source or (col.sort is not None and "e." in col.sort):
        return spec.source
    return spec.id_source


def table_count(session: Session, table: str) -> int:
    """Rows of a whole table, from the trigger-kept counters (no scan)."""
    row = session.execute(
        text("SELECT n FROM row_counts WHERE table_name = :t"), {"t": table}
    ).first()
    if row is None:  # pragma: no cover - a database before migration 0004
        return int(session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())
    return int(row[0])


_WHOLE_TABLE = {ListKind.ENTERPRISES: "enterprises", ListKind.CONSULTATIONS: "consultations",
                ListKind.DOSSIERS: "dossiers"}


def _whole_table(q: ListQuery) -> str | None:
    """The table whose trigger-kept counter is the list's row count, if it is one."""
    if (q.kind in _WHOLE_TABLE and not q.text and q.spec.base_where == "1 = 1"
            and q.enterprise_id is None and q.consultant_id is None
            and q.status is None and q.program is None and q.period is None
            and q.channel is None):
        return _WHOLE_TABLE[q.kind]
    return None


def count(session: Session, q: ListQuery) -> int:
    """Number of rows the list shows."""
    whole = _whole_table(q)
    if whole is not None:
        return table_count(session, whole)
    where, params = _prepare(session, q)
    head = _with(params)
    sql = f"{head}SELECT count(*) FROM {_id_source(q)} WHERE {where}"
    return int(session.execute(text(sql), params).scalar_one())


def page_ids(session: Session, q: ListQuery, offset: int, limit: int) -> list[int]:
    """Ids of rows ``offset`` … ``offset + limit - 1`` (an index-only walk, no join)."""
    where, params = _prepare(session, q)
    head = _with(params)
    params["limit"] = int(limit)
    params["offset"] = int(offset)
    sql = (
        f"{head}SELECT {q.spec.id_expr} FROM {_id_source(q)} WHERE {where} "
        f"ORDER BY {_order(q)} LIMIT :limit OFFSET :offset"
    )
    return [int(r[0]) for r in session.execute(text(sql), params)]


# --- deep pages on the server: remembered positions (migration 0017) ---------------

#: Every how many rows a list's sort keys are remembered for deep pages on the server.
MARKER_STEP = 4096
_VERSION_SQL = "(SELECT v FROM list_versions WHERE table_name = 'consultations')"


@dataclass
class _Markers:
    version: int
    keys: list[tuple[Any, ...]] | None
    """Sort keys of rows 0, MARKER_STEP, 2·MARKER_STEP… (None: a key is empty, so
    positions cannot be compared for this list)."""


_MARKERS: weakref.WeakKeyDictionary[Any, dict[tuple[Any, ...], _Markers]] = (
    weakref.WeakKeyDictionary())


def _keyset_terms(q: ListQuery) -> tuple[list[str], bool] | None:
    """The ORDER BY terms of ``q`` and its direction when a row comparison with a
    remembered row's keys selects exactly the rows from it on (every term the same
    direction, none that can be NULL unguarded, no joined table); None otherwise."""
    if q.spec.id_source != "consultations c" or q.kind not in (ListKind.CONSULTATIONS,
                                                              ListKind.FOLLOWUPS):
        return None
    col, desc = q.resolved_sort()
    order = _order(q)
    if "NULLS" in order or "e." in order or col.then or col.sort is None:
        return None
    id_expr = q.spec.id_expr
    if col.sort == id_expr:
        return [id_expr], desc
    if q.kind is ListKind.FOLLOWUPS and col.key == "next_step_due":
        return None
    if not (col.not_null or col.null_flag or col.kind == "datetime"):
        return None
    terms = ([f"({col.sort}) IS NULL"] if col.null_flag else []) + [col.sort, id_expr]
    expected = ", ".join(f"{t} {'DESC' if desc else 'ASC'}" for t in terms)
    return (terms, desc) if expected == order else None


def _markers(conn: Connection, q: ListQuery, terms: list[str], *, where: str,
             params: dict[str, Any], cte: str | None) -> _Markers:
    sig = (where, _order(q), tuple(sorted((k, str(v)) for k, v in params.items())), cte)
    cache = _MARKERS.setdefault(conn.engine, {})
    found = cache.get(sig)
    if found is not None:
        return found
    keys = ", ".join(f"{t} AS _k{n}" for n, t in enumerate(terms))
    outer = ", ".join(f"_k{n}" for n in range(len(terms)))
    head = f"WITH {cte} " if cte else ""
    sql = (f"{head}SELECT {_VERSION_SQL}, {outer} FROM (SELECT {keys}, "
           f"row_number() OVER (ORDER BY {_order(q)}) - 1 AS _pos FROM {_id_source(q)} "
           f"WHERE {where}) AS _o WHERE _pos % :_step = 0 ORDER BY _pos")
    result = conn.execute(text(sql), {**params, "_step": MARKER_STEP}).all()
    version = int(result[0][0]) if result else -1
    rows = [tuple(r)[1:] for r in result]
    marks = _Markers(version, None if any(v is None for r in rows for v in r) else rows)
    if len(cache) > 32:
        cache.clear()
    cache[sig] = marks
    return marks


def server_page(
    conn: Connection, q: ListQuery, offset: int, limit: int, *, with_count: bool,
) -> tuple[int | None, list[Row]]:
    """The server's page (and, asked for, the list's row count) in ONE statement: each
    round trip to the server costs more than the work of a page, so the ids of the
    page, their rows and the count travel together (the count rides on every row; an
    empty first page means an empty list). One statement is one snapshot, so it needs
    no transaction around it. A deep page starts from the nearest remembered row of
    the list (see migration 0017) when the consultations have not changed since."""
    if not with_count and offset >= MARKER_STEP:
        plan = _keyset_terms(q)
        if plan is not None:
            done = _page_from_marker(conn, q, offset, limit, terms=plan[0], desc=plan[1])
            if done is not None:
                return None, done
    return _server_page(conn, q, offset, limit, with_count=with_count)


def _page_from_marker(conn: Connection, q: ListQuery, offset: int, limit: int, *,
                      terms: list[str], desc: bool) -> list[Row] | None:
    where, params = _prepare(conn, q)
    cte = params.pop("_cte", None)
    marks = _markers(conn, q, terms, where=where, params=params, cte=cte)
    n = offset // MARKER_STEP
    if marks.keys is None or n >= len(marks.keys):
        return None
    key = marks.keys[n]
    names = [f":_m{i}" for i in range(len(terms))]
    params.update({f"_m{i}": v for i, v in enumerate(key)})
    cond = f"({', '.join(terms)}) {'<=' if desc else '>='} ({', '.join(names)})"
    version, rows = _server_page(conn, q, offset - n * MARKER_STEP, limit, with_count=False,
                                 extra=(f"{where} AND {cond}", params, cte))
    if not rows:  # past the end, or the list shrank: the plain page says which
        return None
    if version != marks.version:
        # the consultations changed since the positions were taken: take them again
        _MARKERS.get(conn.engine, {}).clear()
        return None
    return rows


def _server_page(
    conn: Connection, q: ListQuery, offset: int, limit: int, *, with_count: bool,
    extra: tuple[str, dict[str, Any], str | None] | None = None,
) -> tuple[int | None, list[Row]]:
    if extra is None:
        where, params = _prepare(conn, q)
        cte = params.pop("_cte", None)
    else:
        where, params, cte = extra
    ctes = [cte] if cte else []
    id_source, order = _id_source(q), _order(q)
    ctes.append(f"_page AS MATERIALIZED (SELECT {q.spec.id_expr} AS _id FROM {id_source} "
                f"WHERE {where} ORDER BY {order} LIMIT :limit OFFSET :offset)")
    params["limit"], params["offset"] = int(limit), int(offset)
    total = _VERSION_SQL if extra is not None else "NULL"
    if with_count:
        whole = _whole_table(q)
        if whole is not None:
            total = "(SELECT n FROM row_counts WHERE table_name = :_whole)"
            params["_whole"] = whole
        elif (q.kind is ListKind.CONSULTATIONS and extra is None
              and where == "1 = 1 AND c.id IN (SELECT id FROM _fts_hits)"):
            # a search alone: every hit is a consultation (migration 0017), count the hits
            total = "(SELECT count(*) FROM _fts_hits)"
        else:
            total = f"(SELECT count(*) FROM {id_source} WHERE {where})"
    sql = (f"WITH {', '.join(ctes)} SELECT {total}, {_select_list(q.spec)} "
           f"FROM {q.spec.source} WHERE {q.spec.id_expr} IN (SELECT _id FROM _page) "
           f"ORDER BY {order}")
    result = _driver_rows(conn, sql, params)
    rows = [tuple(r)[1:] for r in result]
    if extra is not None:
        return (int(result[0][0]) if result else None), rows
    if not with_count:
        return None, rows
    if not result:
        return (0 if offset == 0 else count_on(conn, q)), rows
    return int(result[0][0]), rows


_COMPILED: dict[str, Any] = {}


def _driver_rows(conn: Connection, sql: str, params: dict[str, Any]) -> list[Any]:
    """``sql`` (with ``:name`` parameters) straight through the driver's cursor: a page
    is read often, and the result processing of SQLAlchemy's rows cost as much as the
    server's work. The statement's text for the driver is compiled once."""
    compiled = _COMPILED.get(sql)
    if compiled is None:
        compiled = text(sql).compile(dialect=conn.dialect)
        if len(_COMPILED) > 256:
            _COMPILED.clear()
        _COMPILED[sql] = compiled
    raw: Any = conn.connection.driver_connection
    with raw.cursor() as cursor:
        cursor.execute(compiled.string, compiled.construct_params(params))
        return list(cursor.fetchall())


def count_on(conn: Connection, q: ListQuery) -> int:
    """:func:`count` on a connection of the server."""
    whole = _whole_table(q)
    if whole is not None:
        return int(conn.execute(text("SELECT n FROM row_counts WHERE table_name = :t"),
                                {"t": whole}).scalar_one())
    where, params = _prepare(conn, q)
    sql = f"{_with(params)}SELECT count(*) FROM {_id_source(q)} WHERE {where}"
    return int(conn.execute(text(sql), params).scalar_one())


def fetch_page(session: Session, q: ListQuery, offset: int, limit: int) -> list[Row]:
    """Rows ``offset`` … ``offset + limit - 1`` (id first, then the columns)."""
    return fetch_by_ids(session, q, page_ids(session, q, offset, limit))


_ID_WALK_CACHE_KIB = -2048   # SQLite's page cache while the id list is read (2 MB)


def ordered_ids(session: Session, q: ListQuery) -> array[int]:
    """Every row id of the list in display order (8 bytes per row)."""
    where, params = _prepare(session, q)
    head = _with(params)
    sql = (
        f"{head}SELECT {q.spec.id_expr} FROM {_id_source(q)} WHERE {where} "
        f"ORDER BY {_order(q)}"
    )
    if _is_server(session):
        found: array[int] = array("q")
        for part in session.execute(text(sql), params).scalars().partitions(65_536):
            found.extend(part)
        return found
    # A million ids: straight through the driver's cursor, without result processing.
    raw: Any = session.connection().connection.dbapi_connection
    cursor = raw.cursor()
    # One pass over an index reads each page once: a small page cache for it, so
    # the walk does not leave tens of megabytes cached in this connection.
    cache = cursor.execute("PRAGMA cache_size").fetchone()[0]
    cursor.execute(f"PRAGMA cache_size = {_ID_WALK_CACHE_KIB}")
    try:
        cursor.execute(sql, params)
        out: array[int] = array("q")
        while True:
            chunk = cursor.fetchmany(16_384)
            if not chunk:
                break
            out.extend([r[0] for r in chunk])
    finally:
        cursor.execute(f"PRAGMA cache_size = {int(cache)}")
        cursor.close()
    return out


def fetch_by_ids(session: Session, q: ListQuery, ids: Sequence[int]) -> list[Row]:
    """Rows for the given ids, in the order of ``ids`` (missing ids are skipped)."""
    if not ids:
        return []
    return driver_fetch_by_ids(session.connection().connection.dbapi_connection, q, ids)


def driver_fetch_by_ids(raw: Any, q: ListQuery, ids: Sequence[int]) -> list[Row]:
    """:func:`fetch_by_ids` on a driver (DB-API) connection: one statement."""
    if not ids:
        return []
    marks = ",".join(str(int(i)) for i in ids)
    sql = (
        f"SELECT {_select_list(q.spec)} FROM {q.spec.source} "
        f"WHERE {q.spec.id_expr} IN ({marks})"
    )
    cursor = raw.cursor()
    try:
        by_id = {r[0]: tuple(r) for r in cursor.execute(sql)}
    finally:
        cursor.close()
    return [by_id[i] for i in ids if i in by_id]


# --- the home overview ----------------------------------------------------------

@dataclass(frozen=True)
class Overview:
    enterprises: int
    consultations: int
    dossiers: int
    dossiers_by_status: dict[str, int]
    followups_overdue: int
    followups_today: int
    followups_week: int


def overview(session: Session, today: dt.date | None = None,
             consultant_id: int | None = None) -> Overview:
    """Counts for the home page (follow-ups of ``consultant_id`` when given)."""
    today = today or dt.date.today()

    def one(sql: str, params: dict[str, Any] | None = None) -> int:
        return int(session.execute(text(sql), params or {}).scalar_one())

    mine = " AND consultant_id = :me" if consultant_id is not None else ""
    open_steps = "NOT next_step_done" if _is_server(session) else "next_step_done = 0"
    base = (
        f"SELECT count(*) FROM consultations WHERE {open_steps} "
        f"AND next_step IS NOT NULL{mine}"
    )
    p: dict[str, Any] = {"today": today.isoformat(),
                         "week": (today + dt.timedelta(days=7)).isoformat()}
    if consultant_id is not None:
        p["me"] = consultant_id
    statuses = {
        str(s): int(n)
        for s, n in session.execute(text("SELECT status, count(*) FROM dossiers GROUP BY status"))
    }
    return Overview(
        enterprises=table_count(session, "enterprises"),
        consultations=table_count(session, "consultations"),
        dossiers=sum(statuses.values()),
        dossiers_by_status=statuses,
        followups_overdue=one(base + " AND next_step_due < :today", p),
        followups_today=one(base + " AND next_step_due = :today", p),
        followups_week=one(base + " AND next_step_due > :today AND next_step_due <= :week", p),
    )


@dataclass(frozen=True)
class RecentItem:
    entity: str          # "enterprise" | "consultation" | "dossier"
    entity_id: int
    title: str
    at: dt.datetime


_RECENT_WINDOW = 5000


def recently_edited(
    session: Session, login: str | None = None, limit: int = 10
) -> list[RecentItem]:
    """Records changed most recently (by ``login`` when given), newest first.

    Reads only the last few thousand audit entries, so it stays fast on any log.
    """
    who = " AND user_login = :login" if login else ""
    rows = session.execute(
        text(
            "SELECT entity, entity_id, max(at) AS at FROM audit_log "
            "WHERE id > (SELECT coalesce(max(id), 0) FROM audit_log) - :window "
            "AND entity IN ('enterprise', 'consultation', 'dossier') "
            f"AND action != 'delete'{who} GROUP BY entity, entity_id ORDER BY at DESC LIMIT :n"
        ),
        {"window": _RECENT_WINDOW, "login": login, "n": limit * 2},
    ).all()
    out: list[RecentItem] = []
    for entity, entity_id, at in rows:
        try:
            eid = int(entity_id)
        except (TypeError, ValueError):
            continue
        title = _title_of(session, str(entity), eid)
        if title is None:
            continue
        when = at if isinstance(at, dt.datetime) else dt.datetime.fromisoformat(str(at))
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)
        out.append(RecentItem(str(entity), eid, title, when))
        if len(out) >= limit:
            break
    return out


def _title_of(session: Session, entity: str, eid: int) -> str | None:
    if entity == "enterprise":
        sql = "SELECT coalesce(short_name, full_name) FROM enterprises WHERE id = :id"
    elif entity == "consultation":
        sql = (
            "SELECT coalesce(e.short_name, e.full_name) || ': ' || c.topic FROM consultations c "
            "JOIN enterprises e ON e.id = c.enterprise_id WHERE c.id = :id"
        )
    else:
        sql = (
            "SELECT coalesce(e.short_name, e.full_name) || ': ' || "
            "coalesce(d.title, d.program_code) "
            "FROM dossiers d JOIN enterprises e ON e.id = d.enterprise_id WHERE d.id = :id"
        )
    value = session.execute(text(sql), {"id": eid}).scalar()
    return None if value is None else str(value)


# --- pickers and search results ------------------------------------------------

@dataclass(frozen=True)
class EnterpriseHit:
    id: int
    name: str
    inn: str
    ogrn: str | None


def enterprise_hits(session: Session, query: str, limit: int = 20) -> list[EnterpriseHit]:
    """Enterprises matching a name, short name, ИНН or ОГРН (prefix), for pickers and search."""
    ids = search.search_ids(session, "enterprise", query, limit=limit)
    digits = query.strip()
    if digits.isdigit() and len(digits) >= 4:
        extra = session.execute(
            text("SELECT id FROM enterprises WHERE inn LIKE :p OR ogrn LIKE :p "
                 "ORDER BY id DESC LIMIT :n"),
            {"p": digits + "%", "n": limit},
        ).scalars().all()
        ids = list(dict.fromkeys([*[int(i) for i in extra], *ids]))[:limit]
    if not ids:
        return []
    marks = ",".join(str(int(i)) for i in ids)
    rows = {
        int(r[0]): EnterpriseHit(int(r[0]), str(r[1]), str(r[2]), r[3])
        for r in session.execute(
            text(f"SELECT id, coalesce(short_name, full_name), inn, ogrn FROM enterprises "
                 f"WHERE id IN ({marks})")
        )
    }
    return [rows[i] for i in ids if i in rows]


@dataclass(frozen=True)
class ConsultationHit:
    id: int
    occurred_at: dt.datetime
    enterprise: str
    topic: str


def consultation_hits(session: Session, query: str, limit: int = 50) -> list[ConsultationHit]:
    ids = search.search_ids(session, "consultation", query, limit=limit)
    if not ids:
        return []
    marks = ",".join(str(int(i)) for i in ids)
    out: dict[int, ConsultationHit] = {}
    for cid, at, name, topic in session.execute(
        text(
            "SELECT c.id, c.occurred_at, coalesce(e.short_name, e.full_name), c.topic "
            "FROM consultations c JOIN enterprises e ON e.id = c.enterprise_id "
            f"WHERE c.id IN ({marks})"
        )
    ):
        out[int(cid)] = ConsultationHit(int(cid), parse_datetime(at), str(name), str(topic))
    return [out[i] for i in ids if i in out]


@dataclass(frozen=True)
class ContactChoice:
    id: int
    name: str
    position: str | None


def contact_choices(session: Session, enterprise_id: int) -> list[ContactChoice]:
    rows = session.execute(
        text(
            "SELECT id, trim(last_name || ' ' || coalesce(first_name, '') || ' ' || "
            "coalesce(middle_name, '')), position FROM contact_persons "
            "WHERE enterprise_id = :e AND erased_at IS NULL AND deleted_at IS NULL "
            "ORDER BY last_name, id"
        ),
        {"e": enterprise_id},
    )
    return [ContactChoice(int(i), " ".join(str(n).split()), p) for i, n, p in rows]


@dataclass(frozen=True)
class DossierFilterChoices:
    """What the dossier list's filters offer: consultants and programmes in use."""

    consultants: list[tuple[int, str]]
    programs: list[str]


def dossier_filter_choices(session: Session) -> DossierFilterChoices:
    consultants = [
        (int(i), str(n)) for i, n in session.execute(text(
            "SELECT u.id, u.full_name FROM users u WHERE u.id IN "
            "(SELECT DISTINCT consultant_id FROM dossiers) ORDER BY u.full_name"))
    ]
    programs = [str(p) for (p,) in session.execute(text(
        "SELECT DISTINCT program_code FROM dossiers ORDER BY program_code"))]
    return DossierFilterChoices(consultants, programs)


@dataclass(frozen=True)
class DossierBrief:
    id: int
    title: str | None
    program_code: str
    status: str
    updated_at: dt.datetime


def dossiers_of(session: Session, enterprise_id: int) -> list[DossierBrief]:
    rows = session.execute(
        text("SELECT id, title, program_code, status, updated_at FROM dossiers "
             "WHERE enterprise_id = :e ORDER BY updated_at DESC, id DESC"),
        {"e": enterprise_id},
    )
    return [DossierBrief(int(i), t, str(p), str(s), parse_datetime(u)) for i, t, p, s, u in rows]


def dossier_details(session: Session, dossier_id: int) -> dict[str, Any] | None:
    """Every stored field of a dossier with the enterprise name (read-only view)."""
    row = session.execute(
        text("SELECT d.*, coalesce(e.short_name, e.full_name) AS enterprise_name, e.inn AS "
             "enterprise_inn FROM dossiers d JOIN enterprises e ON e.id = d.enterprise_id "
             "WHERE d.id = :id"),
        {"id": dossier_id},
    ).mappings().first()
    return None if row is None else dict(row)


# --- values as stored by SQLite ---------------------------------------------------

def parse_datetime(value: Any) -> dt.datetime:
    """A stored UTC timestamp (text or datetime) → aware UTC datetime."""
    out = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    return out if out.tzinfo is not None else out.replace(tzinfo=dt.UTC)


def parse_date(value: Any) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])
