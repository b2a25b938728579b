"""Export of a list as it is shown: its filter, its sort, its visible columns.

Any list (enterprises, consultations, next steps, dossiers) goes to ``.xlsx``
or ``.csv``. The rows stream: the ordered id list of the query is read once (8
bytes per row), then the rows are fetched and written in batches, so a
million rows need no more memory than a few thousand. The XLSX sheet is
streamed (:mod:`desktop_app.core.xlsx_stream`); text is written as text cells
(a cell a spreadsheet would read as a formula on editing carries the
quote-prefix mark), numbers and dates keep their types, CSV text is neutralised
(:func:`~desktop_app.core.text_safety.neutralize_cell`). The target file is
replaced only when the whole list is written; a cancelled export leaves the
previous file (or none) in place.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop_app.core import vocabulary, xlsx_stream
from desktop_app.core.db import queries
from desktop_app.core.db.queries import ListKind, ListQuery, parse_date, parse_datetime
from desktop_app.core.errors import InputError, UserError
from desktop_app.core.files import atomic_writer
from desktop_app.core.formatting import format_date, format_datetime, format_phone, to_local
from desktop_app.core.text_safety import neutralize_cell

from .context import Permission, ServiceContext

BATCH = 2000
"""Rows fetched and written per step (progress and Cancel are checked between steps)."""


class ExportCancelled(UserError):
    """The person stopped the export; nothing was written."""

    def __init__(self) -> None:
        super().__init__("выгрузка списка отменена, файл не записан")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int


_LABELS: dict[str, Any] = {
    "channel": vocabulary.CHANNELS,
    "status": vocabulary.DOSSIER_STATUSES,
    "verdict": vocabulary.VERDICTS,
}


def _value(kind: str, raw: Any, *, typed: bool,
           programs: dict[str, str] | None = None) -> Any:
    """A stored value as the export shows it: typed for XLSX, text for CSV."""
    if raw is None:
        return None
    if kind == "program":
        return (programs or {}).get(str(raw), str(raw))
    if kind == "datetime":
        local = to_local(parse_datetime(raw)).replace(tzinfo=None, microsecond=0)
        return local if typed else format_datetime(parse_datetime(raw))
    if kind in ("date", "day"):
        day = parse_date(raw) if kind == "date" else to_local(parse_datetime(raw)).date()
        return day if typed else format_date(day)
    if kind == "money":
        rub = Decimal(int(raw)) / 100
        return rub if typed else f"{rub:.2f}".replace(".", ",")
    if kind == "int":
        return int(raw)
    if kind == "bool":
        return "да" if raw else ""
    if kind in _LABELS:
        return str(_LABELS[kind].get(str(raw), str(raw)))
    if kind == "phone":
        return format_phone(str(raw))
    return str(raw)


def program_titles(ctx: ServiceContext) -> dict[str, str]:
    """Programme code → its title, for lists that show a dossier's programme."""
    from .profiles import ProgramProfiles

    try:
        return {p.code: p.title for p in ProgramProfiles.of(ctx).registry().all()}
    except (OSError, UserError):  # an unreadable profile folder: the codes stay
        return {}


def _batches(
    ctx: ServiceContext, query: ListQuery, keys: Sequence[str], *, typed: bool,
    progress: Callable[[int, int], None] | None, cancel: Callable[[], bool] | None,
    limit: int | None = None,
) -> Iterator[list[list[Any]]]:
    spec = query.spec
    where = [(spec.keys.index(k) + 1, spec.column(k).kind) for k in keys]
    programs = program_titles(ctx) if any(kind == "program" for _i, kind in where) else {}
    with ctx.read() as s:  # one snapshot: the file is the list of one moment
        ids = queries.ordered_ids(s, query)
        total = len(ids)
        if limit is not None and total > limit:
            raise InputError(
                f"в списке {total:,} строк, а в лист Excel помещается не больше {limit:,}: "
                "выгрузите список в файл .csv или сузьте отбор".replace(",", " "))
        if progress is not None:
            progress(0, total)
        for start in range(0, total, BATCH):
            if cancel is not None and cancel():
                raise ExportCancelled
            rows = queries.fetch_by_ids(s, query, ids[start:start + BATCH])
            yield [[_value(kind, r[i], typed=typed, programs=programs) for i, kind in where]
                   for r in rows]
            if progress is not None:
                progress(min(start + BATCH, total), total)


def export_list(
    ctx: ServiceContext,
    query: ListQuery,
    columns: Sequence[tuple[str, str]],
    path: Path,
    *,
    sheet: str = "Список",
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ExportResult:
    """Write the rows of ``query`` to ``path`` (``.xlsx`` or ``.csv``), atomically.

    ``columns`` are the visible columns as ``(key, title)`` pairs, in their order.
    Raises :class:`ExportCancelled` when ``cancel()`` turns true between batches.
    """
    ctx.require(Permission.EXPORT)
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise InputError(f"«{path.name}»: выгрузка возможна в файл .xlsx или .csv")
    if not path.parent.exists():
        raise InputError(f"папка «{path.parent}» не существует")
    keys = [k for k, _t in columns if k in query.spec.keys]
    titles = [t for k, t in columns if k in query.spec.keys]
    if not keys:
        raise InputError("в списке нет столбцов для выгрузки")
    kinds = [query.spec.column(k).kind for k in keys]
    count = 0
    if suffix == ".xlsx":
        count = _write_xlsx(ctx, query, path, keys=keys, kinds=kinds, titles=titles,
                            sheet=sheet, progress=progress, cancel=cancel)
    else:
        with atomic_writer(path, text=True, encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, delimiter=";")
            writer.writerow(titles)
            for batch in _batches(ctx, query, keys, typed=False, progress=progress,
                                  cancel=cancel):
                for values in batch:
                    writer.writerow(["" if v is None else neutralize_cell(v)
                                     if isinstance(v, str) else v for v in values])
                count += len(batch)
    with ctx.write() as s:
        ctx.audit(s, "export", _AUDIT_ENTITY[query.kind], None,
                  new={"file": path.name, "rows": count, "list": query.kind.value,
                       "sort": query.sort_key,
                       "filter": query.text or None})
    return ExportResult(path, count)


_AUDIT_ENTITY = {ListKind.ENTERPRISES: "enterprise", ListKind.CONSULTATIONS: "consultation",
                 ListKind.FOLLOWUPS: "consultation", ListKind.DOSSIERS: "dossier"}

def _write_xlsx(
    ctx: ServiceContext, query: ListQuery, path: Path, *, keys: list[str], kinds: list[str],
    titles: list[str], sheet: str,
    progress: Callable[[int, int], None] | None, cancel: Callable[[], bool] | None,
) -> int:
    """Stream the rows into a one-sheet workbook (:mod:`desktop_app.core.xlsx_stream`).

    A general XLSX library builds an object per cell and writes about two thousand
    rows a second here: a million rows took over eight minutes. The streaming writer
    turns each row into its XML line and compresses it straight into the file.
    """
    with atomic_writer(path) as fb:
        try:
            return xlsx_stream.write_table(
                fb, sheet, titles, kinds,
                _batches(ctx, query, keys, typed=True, progress=progress, cancel=cancel,
                         limit=xlsx_stream.MAX_ROWS - 1))
        except InputError:
            raise
        except ValueError as exc:   # past the rows of one sheet (checked before writing)
            raise InputError(str(exc)) from None



