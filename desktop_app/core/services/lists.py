"""What the lists, counts, search results and pickers of the GUI read.

The desktop program shows data only through this service: it never opens a
session itself. Every method is one short reading unit of work and returns
plain rows or frozen values, never ORM objects, so the results can cross
threads (the id list and the home overview are read on a worker thread).

The list types (:class:`ListKind`, :class:`ListQuery`, :class:`FollowUpScope`,
``Row``) are part of this contract; the SQL behind them lives in
:mod:`desktop_app.core.db.queries`.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.db import queries
from desktop_app.core.db.models import LegalBasis
from desktop_app.core.db.queries import (
    ConsultationHit,
    ContactChoice,
    DossierBrief,
    DossierFilterChoices,
    EnterpriseHit,
    FollowUpScope,
    ListKind,
    ListQuery,
    Overview,
    RecentItem,
    Row,
    parse_date,
    parse_datetime,
    sortable,
)

from .context import ServiceContext
from .list_export import ExportCancelled, ExportResult, export_list

__all__ = [
    "ConsultationHit",
    "ContactChoice",
    "DossierBrief",
    "DossierFilterChoices",
    "EnterpriseHit",
    "ExportCancelled",
    "ExportResult",
    "FirstPage",
    "FollowUpScope",
    "LegalBasis",
    "ListKind",
    "ListQuery",
    "ListService",
    "Overview",
    "RecentItem",
    "Row",
    "parse_date",
    "parse_datetime",
    "sortable",
]


@dataclass(frozen=True)
class FirstPage:
    """What opening a list reads at once: how many rows, and the first of them."""

    count: int
    rows: list[Row]


class ListService:
    """Read-only access for lists; each call reads in its own short transaction."""

    #: On SQLite a page further down than this many rows is found by walking the
    #: sort's index up to it: tens to hundreds of milliseconds on a million rows, more
    #: while the file is not yet in the system's cache. (The server pages from
    #: markers, so any offset is cheap there.)
    CHEAP_OFFSET = 10_000

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def offset_is_cheap(self, offset: int) -> bool:
        """Whether :meth:`page` at ``offset`` reads little (no long walk to get there):
        a view may show such rows at once, and wait for :meth:`ordered_ids` for the others."""
        return self.ctx.db.is_server or offset < self.CHEAP_OFFSET

    # --- paged lists --------------------------------------------------------------
    def first_page(self, query: ListQuery, limit: int) -> FirstPage:
        """The row count and the first ``limit`` rows, read in one transaction."""
        if self.ctx.db.is_server:
            with self.ctx.db.statement_read() as conn:
                total, rows = queries.server_page(conn, query, 0, limit, with_count=True)
            return FirstPage(total or 0, rows)
        with self.ctx.read() as s:
            n = queries.count(s, query)
            rows = queries.fetch_page(s, query, 0, limit) if n else []
        return FirstPage(n, rows)

    def count(self, query: ListQuery) -> int:
        with self.ctx.read() as s:
            return queries.count(s, query)

    def page(self, query: ListQuery, offset: int, limit: int) -> list[Row]:
        """Rows ``offset`` … ``offset + limit - 1`` in display order (id first)."""
        if self.ctx.db.is_server:
            with self.ctx.db.statement_read() as conn:
                return queries.server_page(conn, query, offset, limit, with_count=False)[1]
        with self.ctx.read() as s:
            return queries.fetch_page(s, query, offset, limit)

    def rows_by_ids(self, query: ListQuery, ids: Sequence[int]) -> list[Row]:
        """Rows of the given ids, in the order of ``ids``: one statement, which is its
        own snapshot, so no transaction (and no BEGIN / COMMIT round trips) around it."""
        if not ids:
            return []
        if not self.ctx.db.is_server:
            with self.ctx.db.driver_read() as raw:
                return queries.driver_fetch_by_ids(raw, query, ids)
        with self.ctx.db.statement_read() as conn:
            return queries.driver_fetch_by_ids(conn.connection.dbapi_connection, query, ids)

    def export(
        self,
        query: ListQuery,
        columns: Sequence[tuple[str, str]],
        path: Path,
        *,
        sheet: str = "Список",
        progress: Callable[[int, int], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> ExportResult:
        """The list as shown (filter, sort, visible ``(key, title)`` columns) to XLSX or CSV.

        Streams in batches; raises :class:`ExportCancelled` when ``cancel()`` turns true.
        """
        return export_list(self.ctx, query, columns, path, sheet=sheet,
                           progress=progress, cancel=cancel)

    def ordered_ids(self, query: ListQuery) -> array[int]:
        """Every row id of the list in display order (8 bytes per row)."""
        with self.ctx.read() as s:
            return queries.ordered_ids(s, query)

    # --- the overview -------------------------------------------------------------
    def overview(self, consultant_id: int | None = None) -> Overview:
        with self.ctx.read() as s:
            return queries.overview(s, consultant_id=consultant_id)

    def recently_edited(self, login: str | None = None, limit: int = 10) -> list[RecentItem]:
        with self.ctx.read() as s:
            return queries.recently_edited(s, login, limit)

    # --- search and pickers -------------------------------------------------------
    def enterprise_hits(self, text: str, limit: int = 20) -> list[EnterpriseHit]:
        """Enterprises by name, short name, ИНН or ОГРН (prefix)."""
        with self.ctx.read() as s:
            return queries.enterprise_hits(s, text, limit=limit)

    def consultation_hits(self, text: str, limit: int = 50) -> list[ConsultationHit]:
        with self.ctx.read() as s:
            return queries.consultation_hits(s, text, limit=limit)

    def search(
        self, text: str, limit: int = 100
    ) -> tuple[list[EnterpriseHit], list[ConsultationHit]]:
        """The search box: enterprises and consultations matching ``text``."""
        with self.ctx.read() as s:
            return (queries.enterprise_hits(s, text, limit=limit),
                    queries.consultation_hits(s, text, limit=limit))

    def contact_choices(self, enterprise_id: int) -> list[ContactChoice]:
        """The enterprise's contact persons (not erased), for a picker."""
        with self.ctx.read() as s:
            return queries.contact_choices(s, enterprise_id)

    def dossier_filter_choices(self) -> DossierFilterChoices:
        """Consultants and programmes that the dossier list's filters offer."""
        with self.ctx.read() as s:
            return queries.dossier_filter_choices(s)

    def dossiers_of(self, enterprise_id: int) -> list[DossierBrief]:
        with self.ctx.read() as s:
            return queries.dossiers_of(s, enterprise_id)
