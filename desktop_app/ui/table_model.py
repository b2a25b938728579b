"""A table model over a paged list read through ``services.lists``.

Opening a list costs a COUNT and the first page. Rows are fetched a page
(PAGE_SIZE rows) at a time when the view asks for them and kept in a small LRU
cache; ``data()`` never runs a query per cell. In the background the ordered
id list of the current sort and filter is loaded once; after that any page,
however deep, is fetched by ``WHERE id IN (…)`` instead of a long OFFSET. Until
it is in, rows deeper than a cheap OFFSET stay blank (a jump there right after
opening a long list does not hold the window up) and are filled when it arrives.
"""

from __future__ import annotations

import datetime as dt
import logging
from array import array
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop_app.core.formatting import LocalTimes, format_date, format_money, format_phone
from desktop_app.core.services.facade import Services
from desktop_app.core.services.lists import (
    ListKind,
    ListQuery,
    Row,
    parse_date,
    sortable,
)
from desktop_app.ui import labels
from desktop_app.ui.tasks import run_in_background

log = logging.getLogger(__name__)

PAGE_SIZE = 80

_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_USER = int(Qt.ItemDataRole.UserRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
CACHE_PAGES = 64
OVERDUE = "#c62828"   # the text colour of a follow-up past its date

Index = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel):
    """Rows of one list; ``headers`` maps column keys to their (translated) titles."""

    loaded = Signal()          # count and first page are in (after set_query/refresh)
    ids_ready = Signal()       # the ordered id list of the current query is in

    def __init__(
        self,
        services: Services,
        query: ListQuery,
        headers: dict[str, str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self._query = query
        self._decorated = query.kind is ListKind.FOLLOWUPS
        self._headers = headers
        self._keys = [k for k in headers if k in query.spec.keys]
        self._spec_index = {k: i + 1 for i, k in enumerate(query.spec.keys)}
        self._count = 0
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        self._texts: dict[int, tuple[str, ...]] = {}   # row → display texts, per cached page
        self._ids: array[int] | None = None
        self._ids_coming = False   # the id list is being read in the background
        self._blank = False        # rows were left blank until the id list is in
        self._generation = 0
        self._channels = labels.channels()
        self._statuses = labels.statuses()
        self._verdicts = labels.verdicts()
        self._yes = labels.yes()
        self._programs: dict[str, str] | None = None   # code → title, read when first shown
        self.today = dt.date.today()
        self.queries_run = 0
        self._clock = LocalTimes()
        self._formatters = self._make_formatters()

    # --- query ---------------------------------------------------------------
    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def keys(self) -> list[str]:
        return list(self._keys)

    def set_query(self, query: ListQuery) -> None:
        # Only the order changed: the number of rows stays, no need to count again.
        same_rows = replace(query, sort_key=None, descending=None) == replace(
            self._query, sort_key=None, descending=None)
        self._query = query
        self._decorated = query.kind is ListKind.FOLLOWUPS
        self._formatters = self._make_formatters()
        self.refresh(recount=not same_rows)

    def refresh(self, *, recount: bool = True) -> None:
        """Count again, drop cached pages, reload the id list in the background."""
        self.beginResetModel()
        self._generation += 1
        self._pages.clear()
        self._texts.clear()
        self._ids = None
        self._ids_coming = self._blank = False
        self.today = dt.date.today()
        lists = self.services.lists
        if recount:
            first = lists.first_page(self._query, PAGE_SIZE)
            self._count = first.count
            self.queries_run += 1
            if first.count:
                self._pages[0] = first.rows
                self.queries_run += 1
        elif self._count:
            self._pages[0] = lists.page(self._query, 0, PAGE_SIZE)
            self.queries_run += 1
        self.endResetModel()
        self.loaded.emit()
        if self._count > PAGE_SIZE:
            self._load_ids()

    def _load_ids(self) -> None:
        generation = self._generation
        query = self._query
        lists = self.services.lists

        def work() -> array[int]:
            return lists.ordered_ids(query)

        def done(ids: array[int]) -> None:
            if generation != self._generation:
                return
            self._ids = ids
            self._ids_coming = False
            self._fill_blank_rows()
            self.ids_ready.emit()

        def failed(exc: BaseException) -> None:
            log.warning("id list not loaded: %s", exc)
            if generation == self._generation:
                self._ids_coming = False   # deep pages by OFFSET from now on
                self._fill_blank_rows()

        self._ids_coming = True
        run_in_background(work, done, failed)

    def _fill_blank_rows(self) -> None:
        """Let the views ask again for the rows left blank while the id list was read."""
        if self._blank and self._count:
            self._blank = False
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._count - 1, len(self._keys) - 1))

    @property
    def has_id_list(self) -> bool:
        return self._ids is not None

    # --- pages ---------------------------------------------------------------
    def _page(self, number: int, blank_ok: bool = False) -> list[Row]:
        """Rows of page ``number``; with ``blank_ok`` (painting) a deep page asked for
        before the id list is in comes back empty, not read by a long OFFSET walk."""
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        start = number * PAGE_SIZE
        lists = self.services.lists
        if self._ids is not None:
            ids = self._ids[start:start + PAGE_SIZE]
            page = lists.rows_by_ids(self._query, list(ids))
        elif blank_ok and self._ids_coming and not lists.offset_is_cheap(start):
            self._blank = True   # filled in a moment, when the id list is in
            return []
        else:
            page = lists.page(self._query, start, PAGE_SIZE)
        self.queries_run += 1
        self._pages[number] = page
        while len(self._pages) > CACHE_PAGES:
            old, _rows = self._pages.popitem(last=False)
            for r in range(old * PAGE_SIZE, (old + 1) * PAGE_SIZE):
                self._texts.pop(r, None)
        return page

    def row(self, row: int, blank_ok: bool = False) -> Row | None:
        if row < 0 or row >= self._count:
            return None
        page = self._page(row // PAGE_SIZE, blank_ok)
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def row_id(self, row: int) -> int | None:
        if self._ids is not None and 0 <= row < len(self._ids):
            return int(self._ids[row])
        r = self.row(row)
        return None if r is None else int(r[0])

    def value(self, row: int, key: str) -> Any:
        r = self.row(row)
        return None if r is None else r[self._spec_index[key]]

    # --- Qt model API ----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._keys):
            key = self._keys[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[key]
            if role == Qt.ItemDataRole.ToolTipRole and not sortable(self._query.kind, key):
                return self.tr("По этому столбцу список не сортируется")
        return None

    def texts(self, row: int, blank_ok: bool = False) -> tuple[str, ...] | None:
        """Display texts of a row (formatted once, while its page is cached); None for a
        row left blank for now (``blank_ok``, see :meth:`_page`)."""
        cached = self._texts.get(row)
        if cached is not None:
            return cached
        r = self.row(row, blank_ok)
        if r is None:
            return None
        out = tuple([fmt(r[i]) for i, fmt in self._formatters])
        self._texts[row] = out
        return out

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called thousands of times per repaint: plain int comparisons, cached texts.
        if role == _DISPLAY:
            texts = self.texts(index.row(), True)
            return None if texts is None else texts[index.column()]
        if role == _TOOLTIP:
            texts = self.texts(index.row(), True)
            text = None if texts is None else texts[index.column()]
            return text if text is not None and len(text) > 40 else None
        if role == _USER:
            r = self.row(index.row())
            return None if r is None else r[0]
        if role in (_FOREGROUND, _FONT) and self._decorated:
            r = self.row(index.row(), True)
            return None if r is None else self._decoration(r, role)
        return None

    def row_look(self, row: int) -> tuple[QColor | None, bool]:
        """How a row is written: its text colour (None: the usual) and whether bold —
        the follow-ups past their date in red and bold, those due today in bold."""
        if not self._decorated:
            return None, False
        r = self.row(row, True)
        if r is None:
            return None, False
        due = parse_date(r[self._spec_index["next_step_due"]])
        if due is None or due > self.today:
            return None, False
        return (QColor(OVERDUE) if due < self.today else None), True

    def _decoration(self, r: Row, role: int) -> Any:
        if self._query.kind is not ListKind.FOLLOWUPS:
            return None
        due = parse_date(r[self._spec_index["next_step_due"]])
        if due is None:
            return None
        if due < self.today:
            if role == _FOREGROUND:
                return QBrush(QColor(OVERDUE))
            font = QFont()
            font.setBold(True)
            return font
        if due == self.today and role == _FONT:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _make_formatters(self) -> list[tuple[int, Callable[[Any], str]]]:
        """Per shown column: where its value sits in a row and how it is written.

        Chosen once per query, so formatting a row is one call per cell; values that
        repeat down a list (dates, codes, sums) are formatted once and remembered.
        """
        return [(self._spec_index[k], self._formatter(k)) for k in self._keys]

    def _formatter(self, key: str) -> Callable[[Any], str]:
        kind = self._query.spec.column(key).kind
        empty = ""
        if key == "next_step_due" and self._query.kind is ListKind.FOLLOWUPS:
            empty = self.tr("без срока")
        if kind in ("datetime", "day"):
            write = self._clock.datetime if kind == "datetime" else self._clock.date

            def moment(raw: Any) -> str:
                if raw is None:
                    return empty
                # stored as UTC: text from the driver, or a datetime
                return write(raw if isinstance(raw, dt.datetime)
                             else dt.datetime.fromisoformat(str(raw)))
            return moment
        if kind == "date":
            return self._remembering(lambda raw: format_date(parse_date(raw)), empty)
        if kind == "money":
            return self._remembering(lambda raw: format_money(int(raw)), empty)
        if kind == "bool":
            yes = self._yes
            return lambda raw: yes if raw else empty
        names = {"channel": self._channels, "status": self._statuses,
                 "verdict": self._verdicts}.get(kind)
        if names is not None:
            def name(raw: Any) -> str:
                return empty if raw is None else names.get(str(raw), str(raw))
            return name
        if kind == "program":
            def program(raw: Any) -> str:
                if raw is None:
                    return empty
                if self._programs is None:
                    self._programs = labels.program_titles(self.services)
                return self._programs.get(str(raw), str(raw))
            return program
        if kind == "phone":
            return self._with_empty(lambda raw: format_phone(str(raw)), empty)

        def plain(raw: Any) -> str:
            if raw is None:
                return empty
            text = str(raw)
            return text.replace("\n", " ") if "\n" in text else text
        return plain

    @staticmethod
    def _with_empty(write: Callable[[Any], str], empty: str) -> Callable[[Any], str]:
        def fmt(raw: Any) -> str:
            return empty if raw is None else write(raw)
        return fmt

    @staticmethod
    def _remembering(write: Callable[[Any], str], empty: str,
                     limit: int = 4096) -> Callable[[Any], str]:
        memo: dict[Any, str] = {}

        def fmt(raw: Any) -> str:
            if raw is None:
                return empty
            text = memo.get(raw)
            if text is None:
                if len(memo) >= limit:
                    memo.clear()
                text = memo[raw] = write(raw)
            return text
        return fmt

    def _format(self, key: str, raw: Any) -> str:
        """One value of column ``key`` as the list shows it."""
        return self._formatters[self._keys.index(key)][1](raw)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._keys):
            return
        key = self._keys[column]
        if not sortable(self._query.kind, key):
            return
        desc = order == Qt.SortOrder.DescendingOrder
        col, cur_desc = self._query.resolved_sort()
        if col.key == key and cur_desc == desc:
            return
        self.set_query(replace(self._query, sort_key=key, descending=desc))

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        col, desc = self._query.resolved_sort()
        order = Qt.SortOrder.DescendingOrder if desc else Qt.SortOrder.AscendingOrder
        return (self._keys.index(col.key) if col.key in self._keys else -1), order
