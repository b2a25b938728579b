"""Enterprises in and out of spreadsheets (XLSX, CSV).

Import is all-or-nothing: every row is checked first; if any row is bad,
nothing is written and every problem is listed with the row number a
spreadsheet user sees (the header is row 1) and the column as named in the
file. CSV may be UTF-8 (with or without BOM) or Windows-1251, separated by
``;``, ``,`` or a tab; this is detected. Headers may be Russian or English.
"""

from __future__ import annotations

import codecs
import csv
import gc
import re
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core import vocabulary
from desktop_app.core.db import bulk
from desktop_app.core.db.models import Enterprise, SizeCategory
from desktop_app.core.documents.zipcheck import ZipLimits, scan_zip
from desktop_app.core.errors import FieldProblem, InputError
from desktop_app.core.files import atomic_writer
from desktop_app.core.formatting import fold_text
from desktop_app.core.services.backup import backup_before_import
from desktop_app.core.services.context import Permission
from desktop_app.core.services.enterprises import EnterpriseService
from desktop_app.core.services.facade import Services
from desktop_app.core.services.schemas import EnterpriseIn, to_problems
from desktop_app.core.text_safety import neutralize_cell, restore_cell

MAX_FILE_SIZE = 50 * 1024 * 1024
_CHUNK = 1000  # rows per bulk insert (progress and Cancel are checked between chunks)
_READ_PIECE = 1024 * 1024  # bytes read at a time while looking at a file's encoding
MAX_ROWS = 200_000
MAX_XLSX_UNCOMPRESSED = 200 * 1024 * 1024
#: A sheet of 200 000 enterprises is well under these; a "zip bomb" is far over.
XLSX_LIMITS = ZipLimits(
    max_members=10_000, max_total_size=MAX_XLSX_UNCOMPRESSED,
    max_member_size=MAX_XLSX_UNCOMPRESSED, max_ratio=100.0, ratio_min_size=1024 * 1024,
)
_INFLATION_ISSUES = frozenset({"zip_too_many_members", "zip_too_large", "zip_member_too_large",
                               "zip_ratio"})

# canonical field → accepted headers (compared folded, without punctuation)
HEADERS: dict[str, tuple[str, ...]] = {
    "inn": ("инн", "inn"),
    "full_name": ("наименование", "полное наименование", "name", "full name", "full_name",
                  "организация", "предприятие"),
    "short_name": ("краткое наименование", "сокращенное наименование", "short name",
                   "short_name"),
    "kpp": ("кпп", "kpp"),
    "ogrn": ("огрн", "огрнип", "огрн/огрнип", "огрн огрнип", "ogrn", "ogrnip"),
    "legal_address": ("адрес", "юридический адрес", "address", "legal address", "legal_address"),
    "actual_address": ("фактический адрес", "actual address", "actual_address"),
    "region_code": ("регион", "код региона", "region", "region_code"),
    "okved": ("оквэд", "основной оквэд", "okved"),
    "size_category": ("категория", "категория предприятия", "size", "size category",
                      "size_category"),
    "website": ("сайт", "website", "web", "url"),
    "phone": ("телефон", "phone", "tel"),
    "email": ("e-mail", "email", "эл почта", "электронная почта", "e mail"),
    "director_name": ("руководитель", "директор", "director", "director name", "director_name"),
    "director_position": ("должность руководителя", "director position", "director_position"),
    "notes": ("примечания", "примечание", "notes", "note", "comment"),
}

COLUMN_TITLES: dict[str, str] = {
    "inn": "ИНН", "full_name": "Наименование", "short_name": "Краткое наименование",
    "kpp": "КПП", "ogrn": "ОГРН", "legal_address": "Адрес",
    "actual_address": "Фактический адрес", "region_code": "Регион", "okved": "ОКВЭД",
    "size_category": "Категория", "website": "Сайт", "phone": "Телефон", "email": "E-mail",
    "director_name": "Руководитель", "director_position": "Должность руководителя",
    "notes": "Примечания",
}

SIZE_WORDS: dict[str, str] = {
    "микро": SizeCategory.MICRO, "микропредприятие": SizeCategory.MICRO,
    "малое": SizeCategory.SMALL, "малое предприятие": SizeCategory.SMALL,
    "среднее": SizeCategory.MEDIUM, "среднее предприятие": SizeCategory.MEDIUM,
    "крупное": SizeCategory.LARGE, "крупное предприятие": SizeCategory.LARGE,
    "micro": SizeCategory.MICRO, "small": SizeCategory.SMALL,
    "medium": SizeCategory.MEDIUM, "large": SizeCategory.LARGE,
}
SIZE_TITLES = vocabulary.SIZES

_ALIASES = {
    re.sub(r"[^\w/]+", " ", fold_text(alias)).strip(): key
    for key, aliases in HEADERS.items()
    for alias in aliases
}


def canonical_header(text: str) -> str | None:
    folded = re.sub(r"[^\w/]+", " ", fold_text(text)).strip()
    return _ALIASES.get(folded)


@dataclass(frozen=True)
class RowError:
    row: int
    column: str
    message: str


@dataclass
class ImportRow:
    row: int
    values: dict[str, str]
    errors: list[RowError] = field(default_factory=list)
    existing_id: int | None = None
    data: EnterpriseIn | None = None


@dataclass
class ImportPreview:
    path: Path
    columns: list[str]
    headers: dict[str, str]                 # canonical → header as written in the file
    ignored_columns: list[str]
    rows: list[ImportRow]
    errors: list[RowError]

    @property
    def rows_total(self) -> int:
        return len(self.rows)

    @property
    def rows_valid(self) -> int:
        return sum(1 for r in self.rows if not r.errors)

    @property
    def ok(self) -> bool:
        return not self.errors and all(not r.errors for r in self.rows)


@dataclass
class ImportReport:
    rows: int
    valid: int
    errors: list[RowError]
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    dry_run: bool = False
    cancelled: bool = False
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors and not self.cancelled

    def as_json(self) -> dict[str, Any]:
        return {
            "rows": self.rows,
            "valid": self.valid,
            "imported": self.imported,
            "updated": self.updated,
            "dry_run": self.dry_run,
            "errors": [
                {"row": e.row, "column": e.column, "message": e.message} for e in self.errors
            ],
        }

    def summary(self) -> str:
        if self.cancelled:
            return "Импорт отменён, ничего не записано."
        if self.errors:
            return (
                f"Строк с данными: {self.rows}, без ошибок: {self.valid}. Найдены ошибки "
                f"({len(self.errors)}) — ничего не записано. Исправьте файл и повторите."
            )
        if self.dry_run:
            return f"Проверка: строк {self.rows}, все без ошибок. Ничего не записано (--dry-run)."
        parts = [f"Импортировано новых предприятий: {self.imported}"]
        if self.updated or self.unchanged:
            parts.append(f"обновлено: {self.updated}, без изменений: {self.unchanged}")
        if self.ignored_columns:
            parts.append("не использованы столбцы: " + ", ".join(self.ignored_columns))
        return "; ".join(parts) + "."


# --- reading files ----------------------------------------------------------

def _cell_text(value: Any, key: str | None) -> str:
    if type(value) is str:  # most cells: nothing to convert
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "да" if value else "нет"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        text = str(value)
        # identifiers typed as numbers lose their leading zero in spreadsheets
        if (key == "inn" and len(text) in (9, 11)) or (key == "kpp" and len(text) == 8):
            text = "0" + text
        return text
    if hasattr(value, "strftime"):
        return str(value.strftime("%d.%m.%Y"))
    return str(value)


def _check_zip(path: Path) -> None:
    """Refuse a workbook that would inflate beyond reason, from the ZIP directory alone
    (before the reader decompresses anything): too big or too highly compressed a
    sheet is how a few kilobytes become hundreds of megabytes of cells in memory."""
    try:
        with path.open("rb") as fh:
            scan = scan_zip(fh, XLSX_LIMITS, display_name=path.name, windows_safe=False,
                            what="Файл")
        with zipfile.ZipFile(path) as zf:
            zf.infolist()
    except (zipfile.BadZipFile, OSError):
        raise InputError(
            f"файл «{path.name}» не удалось прочитать как книгу Excel (XLSX): он повреждён "
            "или сохранён в другом формате"
        ) from None
    bounds = [i for i in scan.issues if i.code in _INFLATION_ISSUES]
    if bounds:
        raise InputError(
            f"файл «{path.name}» распаковывается в слишком большой объём — похоже на "
            f"повреждённый или вредоносный файл; ничего не записано. {bounds[0].message}"
        )


def _read_workbook(path: Path, what: str) -> Iterator[list[Any]]:
    """The first sheet's rows (calamine: a Rust reader, ten times faster than openpyxl)."""
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
        if not book.sheet_names:
            raise InputError(f"в книге «{path.name}» нет листов")
        rows = book.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except InputError:
        raise
    except Exception:
        raise InputError(
            f"файл «{path.name}» не удалось прочитать как {what}: он повреждён "
            "или сохранён в другом формате"
        ) from None
    for row in rows:
        yield list(row)


def _encoding(path: Path) -> str:
    """UTF-8 (with or without BOM) or Windows-1251, found by reading the file in pieces
    (never the whole file in memory at once)."""
    with path.open("rb") as fh:
        head = fh.read(4096)
        if b"\x00" in head:
            raise InputError(
                f"файл «{path.name}» не похож на текстовый CSV (в нём двоичные данные); "
                "ожидается XLSX или CSV в кодировке UTF-8 или Windows-1251"
            )
        for encoding in ("utf-8-sig", "cp1251"):
            fh.seek(0)
            decoder = codecs.getincrementaldecoder(encoding)()
            try:
                while piece := fh.read(_READ_PIECE):
                    decoder.decode(piece)
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                continue
            return encoding
    raise InputError(
        f"не удалось определить кодировку файла «{path.name}»: ожидается UTF-8 или Windows-1251"
    )


def _read_csv(path: Path) -> Iterator[list[Any]]:
    """The rows of a CSV file, read as a stream: memory stays flat however long the file."""
    encoding = _encoding(path)
    with path.open(encoding=encoding, newline="") as fh:
        first = ""
        for line in fh:
            if line.strip():
                first = line
                break
        delimiter = max((";", ",", "\t"), key=first.count)
        fh.seek(0)
        reader = csv.reader(fh, delimiter=delimiter)
        try:
            # undo exactly what export_enterprises did against formulas (CSV only:
            # an XLSX keeps its text as typed)
            for row in reader:
                yield [restore_cell(v) for v in row]
        except (csv.Error, UnicodeDecodeError) as exc:  # changed while being read
            raise InputError(f"файл «{path.name}» повреждён: {exc}") from None


def _rows(path: Path) -> Iterator[list[Any]]:
    if not path.exists():
        raise InputError(f"файл «{path}» не найден")
    if path.is_dir():
        raise InputError(f"«{path}» — это папка, а нужен файл XLSX или CSV")
    size = path.stat().st_size
    if size == 0:
        raise InputError(f"файл «{path.name}» пустой")
    if size > MAX_FILE_SIZE:
        raise InputError(f"файл «{path.name}» больше {MAX_FILE_SIZE // (1024 * 1024)} МБ")
    with path.open("rb") as fh:
        head = fh.read(8)
    if head.startswith(b"PK"):
        _check_zip(path)
        return _read_workbook(path, "книгу Excel (XLSX) или таблицу ODS")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return _read_workbook(path, "книгу Excel старого формата (XLS)")
    if head.startswith(b"%PDF"):
        raise InputError(f"файл «{path.name}» — это PDF, а ожидается таблица XLSX или CSV")
    return _read_csv(path)


def _size_value(raw: str) -> str:
    folded = fold_text(raw).strip()
    if folded in SIZE_WORDS:
        return str(SIZE_WORDS[folded])
    return raw


@dataclass
class _Layout:
    """The header row of a file: which column holds which field."""

    header_row: int
    headers: dict[str, str]                 # canonical → header as written in the file
    positions: dict[str, int]
    ignored: list[str]
    errors: list[RowError]

    @property
    def usable(self) -> bool:
        return "inn" in self.positions and "full_name" in self.positions


def _layout(path: Path, rows_iter: Iterator[list[Any]]) -> _Layout:
    header: list[Any] | None = None
    header_row = 0
    for header_row, raw in enumerate(rows_iter, start=1):  # noqa: B007
        if any(_cell_text(v, None).strip() for v in raw):
            header = raw
            break
    if header is None:
        raise InputError(f"в файле «{path.name}» нет ни одной строки")
    layout = _Layout(header_row, {}, {}, [], [])
    for idx, cell in enumerate(header):
        title = _cell_text(cell, None).strip()
        if not title:
            continue
        key = canonical_header(title)
        if key is None:
            layout.ignored.append(title)
        elif key in layout.positions:
            layout.errors.append(RowError(
                header_row, title, f"столбец повторяется (уже есть «{layout.headers[key]}»)"))
        else:
            layout.headers[key] = title
            layout.positions[key] = idx
    for required in ("inn", "full_name"):
        if required not in layout.positions:
            layout.errors.append(RowError(
                header_row, COLUMN_TITLES[required],
                f"в первой строке нет столбца «{COLUMN_TITLES[required]}» "
                f"(допустимые заголовки: {', '.join(HEADERS[required][:3])})",
            ))
    return layout


def _checked_rows(
    layout: _Layout, rows_iter: Iterator[list[Any]], file_errors: list[RowError]
) -> Iterator[ImportRow]:
    """Every data row under the header, validated; a repeated ИНН is an error of its row.
    Only the ИНН seen so far are kept, so a long file streams in little memory."""
    seen: dict[str, int] = {}
    headers = layout.headers
    positions = tuple(layout.positions.items())
    count = 0
    for number, raw in enumerate(rows_iter, start=layout.header_row + 1):
        width = len(raw)
        # a text cell (most of them) is used as it is; anything else is converted
        values = {
            key: (cell if type(cell := raw[idx] if idx < width else None) is str
                  else _cell_text(cell, key)).strip()
            for key, idx in positions
        }
        if not any(values.values()):
            continue
        if count >= MAX_ROWS:
            file_errors.append(RowError(number, "", f"слишком много строк: не больше {MAX_ROWS}"))
            return
        count += 1
        row = ImportRow(number, values)
        data = {k: v or None for k, v in values.items()}
        if data.get("size_category"):
            data["size_category"] = _size_value(str(data["size_category"]))
        try:
            row.data = EnterpriseIn.model_validate(data)
        except ValidationError as exc:
            for problem in to_problems(EnterpriseIn, exc):
                key = problem.field.split(".")[0]
                column = headers.get(key, problem.label)
                row.errors.append(RowError(number, column, problem.message))
        if row.data is not None:
            inn = row.data.inn
            if inn in seen:
                row.errors.append(RowError(
                    number, headers["inn"], f"ИНН {inn} уже встречался в строке {seen[inn]}"
                ))
            else:
                seen[inn] = number
        yield row
    if count == 0 and not file_errors:
        file_errors.append(
            RowError(layout.header_row + 1, "", "в файле нет строк с данными под заголовком")
        )


def _chunks(rows: Iterator[ImportRow], size: int = _CHUNK) -> Iterator[list[ImportRow]]:
    chunk: list[ImportRow] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def read_enterprise_file(path: Path, services: Services | None = None) -> ImportPreview:
    """Read and check every row; with ``services`` also mark ИНН already in the database.

    The preview holds every row (for the import window to show); the import
    itself streams the file instead (:func:`import_enterprises`).
    """
    path = Path(path)
    rows_iter = _rows(path)
    layout = _layout(path, rows_iter)
    file_errors = list(layout.errors)
    if file_errors and not layout.usable:
        return ImportPreview(path, list(layout.headers), layout.headers, layout.ignored, [],
                             file_errors)
    rows = list(_checked_rows(layout, rows_iter, file_errors))
    if services is not None:
        _mark_existing(services, rows)
    return ImportPreview(path, list(layout.headers), layout.headers, layout.ignored, rows,
                         file_errors)


def _mark_existing(services: Services, rows: list[ImportRow]) -> None:
    with services.db.read() as s:
        _mark_existing_in(s, rows)


def _mark_existing_in(s: Session, rows: list[ImportRow]) -> None:
    inns = [r.data.inn for r in rows if r.data is not None]
    found: dict[str, int] = {}
    table = Enterprise.__table__.c  # the table's columns: no ORM work per query
    sqlite = bulk.is_sqlite(s)
    for start in range(0, len(inns), 500):
        chunk = inns[start:start + 500]
        if sqlite:
            # the driver's own query: building and expanding the statement for each
            # chunk cost more than SQLite's lookups (twice per import row)
            marks = ", ".join("?" * len(chunk))
            found.update(s.connection().exec_driver_sql(
                f"SELECT inn, id FROM {Enterprise.__tablename__} WHERE inn IN ({marks})",
                tuple(chunk)).all())
            continue
        for inn, ent_id in s.execute(
            select(table.inn, table.id).where(table.inn.in_(chunk))
        ):
            found[inn] = ent_id
    for r in rows:
        if r.data is not None and r.data.inn in found:
            r.existing_id = found[r.data.inn]


class _Cancelled(Exception):
    pass


def import_enterprises(
    services: Services,
    path: Path,
    *,
    dry_run: bool = False,
    update: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ImportReport:
    """Check the whole file, then write every row in one transaction (or none).

    The file is read twice as a stream, a chunk of rows at a time: first to
    check every row (nothing kept but the errors and the ИНН seen), then, if
    all is well, to write the rows inside one transaction. Memory stays flat
    whatever the file's length; a failure anywhere rolls everything back.
    """
    with _cycle_collector_paused():
        return _import_enterprises(services, path, dry_run=dry_run, update=update,
                                   progress=progress, cancel=cancel)


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused for an import. Checking and writing
    make a few objects per cell and keep most of them till the commit, which made
    the collector walk the whole heap again and again to find nothing (about a
    tenth of an import's time). Memory is still freed by reference counting; the
    collector resumes afterwards, whatever happened."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _import_enterprises(
    services: Services,
    path: Path,
    *,
    dry_run: bool,
    update: bool,
    progress: Callable[[int, int], None] | None,
    cancel: Callable[[], bool] | None,
) -> ImportReport:
    services.ctx.require(Permission.IMPORT)
    services.ctx.require(Permission.EDIT_ENTERPRISES)
    path = Path(path)
    stamp = _file_stamp(path) if path.is_file() else (0, 0)
    rows_iter = _rows(path)  # read once: the header, then the data rows under it
    layout = _layout(path, rows_iter)
    errors = list(layout.errors)
    report = ImportReport(rows=0, valid=0, errors=errors, dry_run=dry_run,
                          ignored_columns=layout.ignored)
    if errors and not layout.usable:
        return report
    # A workbook is in memory anyway (the reader unpacks the whole sheet, bounded by
    # the size checks): its checked rows are kept for writing instead of read again.
    kept: list[ImportRow] | None = None if _is_text(path) else []
    file_errors: list[RowError] = []
    with services.db.read() as s:
        for chunk in _chunks(_checked_rows(layout, rows_iter, file_errors)):
            _mark_existing_in(s, chunk)
            if kept is not None:
                kept.extend(chunk)
            for r in chunk:
                report.rows += 1
                report.valid += not r.errors
                errors.extend(r.errors)
                if r.existing_id is not None and not update and not r.errors:
                    errors.append(_exists_error(layout, r))
    errors.extend(file_errors)
    errors.sort(key=lambda e: e.row)
    if errors or dry_run:
        return report
    backup_before_import(services)
    try:
        _write_rows(services, path, layout=layout, report=report, update=update, stamp=stamp,
                    kept=kept, progress=progress, cancel=cancel)
    except _Cancelled:
        report.cancelled = True
        report.imported = report.updated = report.unchanged = 0
    return report


def _is_text(path: Path) -> bool:
    with path.open("rb") as fh:
        head = fh.read(8)
    return not head.startswith((b"PK", b"\xd0\xcf\x11\xe0"))


def _file_stamp(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_size, st.st_mtime_ns


def _exists_error(layout: _Layout, r: ImportRow) -> RowError:
    return RowError(
        r.row, layout.headers["inn"],
        f"предприятие с ИНН {r.values.get('inn')} уже есть в базе (карточка № "
        f"{r.existing_id}); чтобы обновить его данными из файла, используйте --update",
    )


def _write_rows(
    services: Services,
    path: Path,
    *,
    layout: _Layout,
    report: ImportReport,
    update: bool,
    stamp: tuple[int, int],
    kept: list[ImportRow] | None,
    progress: Callable[[int, int], None] | None,
    cancel: Callable[[], bool] | None,
) -> None:
    """The second reading: every row written in ONE transaction, a chunk at a time."""
    service = EnterpriseService(services.ctx)
    total, done = report.rows, 0
    changed = InputError(
        f"файл «{path.name}» изменился во время импорта: ничего не записано, повторите импорт")
    with services.ctx.write() as s:
        if _file_stamp(path) != stamp:
            raise changed
        file_errors: list[RowError] = []
        if kept is not None:
            checked = iter(kept)
        else:
            rows_iter = _rows(path)
            _layout(path, rows_iter)
            checked = _checked_rows(layout, rows_iter, file_errors)
        for chunk in _chunks(checked):
            if cancel is not None and cancel():
                raise _Cancelled
            _mark_existing_in(s, chunk)
            if any(r.errors or r.data is None for r in chunk):
                raise changed
            new = [r.data for r in chunk if r.existing_id is None and r.data is not None]
            service.bulk_create_in(s, new)
            report.imported += len(new)
            existing = [r for r in chunk if r.existing_id is not None]
            if existing and not update:  # written by someone else since the check
                raise InputError([FieldProblem("inn", "ИНН",
                                               _exists_error(layout, existing[0]).message)])
            updated, unchanged = service.bulk_update_in(
                s, [(r.existing_id, _given(r)) for r in existing if r.existing_id is not None],
                _merged)
            report.updated += updated
            report.unchanged += unchanged
            s.expunge_all()  # any card read for updating: not kept till the commit
            done += len(chunk)
            if progress is not None:
                progress(done, total)
        if file_errors or done != total or _file_stamp(path) != stamp:
            raise changed
        if cancel is not None and cancel():  # the last chance before the commit
            raise _Cancelled
        services.ctx.audit(
            s, "import", "enterprise", None,
            new={"file": path.name, "rows": total, "imported": report.imported,
                 "updated": report.updated},
        )


def _given(r: ImportRow) -> dict[str, Any]:
    """The checked values of the columns the file has (the others keep the card's)."""
    assert r.data is not None
    return r.data.model_dump(include={k for k in r.values})


def _merged(card: dict[str, Any], given: dict[str, Any]) -> EnterpriseIn:
    """Columns present in the file replace the card's values; absent columns keep them."""
    return EnterpriseIn.model_validate({**card, **given})


# --- export -----------------------------------------------------------------

EXPORT_COLUMNS = list(COLUMN_TITLES)


def _export_rows(services: Services, *, neutralize: bool) -> Iterator[list[Any]]:
    """Rows of the export; with ``neutralize`` text is made safe for CSV (no cell read
    as a formula). XLSX needs no such change: its cells are written as text."""
    with services.db.read() as s:
        result = s.execute(
            select(*[getattr(Enterprise, c) for c in EXPORT_COLUMNS]).order_by(Enterprise.id)
        )
        for row in result.yield_per(2000):
            values = list(row)
            size_idx = EXPORT_COLUMNS.index("size_category")
            if values[size_idx]:
                values[size_idx] = SIZE_TITLES.get(values[size_idx], values[size_idx])
            if neutralize:
                values = [neutralize_cell(v) if isinstance(v, str) else v for v in values]
            yield values


def export_enterprises(services: Services, path: Path) -> int:
    """Write every enterprise to ``.xlsx`` or ``.csv`` (UTF-8 with BOM, ``;``), atomically.

    In CSV, text that a spreadsheet would take for a formula gets a leading
    apostrophe (:func:`~desktop_app.core.text_safety.neutralize_cell`); importing
    the file back removes exactly that apostrophe. In XLSX every text is written
    as a text cell, which no spreadsheet evaluates, and a cell a spreadsheet
    would re-read as a formula on editing carries the «quote prefix» mark; the
    text is kept as typed (a phone number «+7 …» shows without a stray apostrophe).
    """
    services.ctx.require(Permission.EXPORT)
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise InputError(f"«{path.name}»: выгрузка возможна в файл .xlsx или .csv")
    if not path.parent.exists():
        raise InputError(f"папка «{path.parent}» не существует")
    count = 0
    titles = [COLUMN_TITLES[c] for c in EXPORT_COLUMNS]
    if suffix == ".xlsx":
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell

        wb = Workbook(write_only=True)
        ws = wb.create_sheet("Предприятия")
        ws.append(titles)
        for values in _export_rows(services, neutralize=False):
            cells = []
            for v in values:
                cell = WriteOnlyCell(ws, value=v)
                cell.number_format = "@"
                if isinstance(v, str):
                    cell.data_type = "s"  # text, never a formula
                    if neutralize_cell(v) != v:
                        # what a typed apostrophe does in a spreadsheet: the cell stays
                        # text even when edited, and no apostrophe is shown
                        cell.quotePrefix = True
                cells.append(cell)
            ws.append(cells)
            count += 1
        with atomic_writer(path) as fb:
            wb.save(fb)
    else:
        with atomic_writer(path, text=True, encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, delimiter=";")
            writer.writerow(titles)
            for values in _export_rows(services, neutralize=True):
                writer.writerow(["" if v is None else v for v in values])
                count += 1
    with services.ctx.write() as s:
        services.ctx.audit(s, "export", "enterprise", None, new={"file": path.name, "rows": count})
    return count
