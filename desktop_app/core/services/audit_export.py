"""Reading the event log for people: filters, paging, per-record history, XLSX/CSV.

Reading the log needs :attr:`Permission.VIEW_AUDIT` (supervisor, administrator);
exporting it needs EXPORT too and is itself logged. The personal fields of an
erased contact person are masked in everything this module returns (see
:mod:`desktop_app.core.services.personal_data` for why the stored log keeps them).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from desktop_app.core import vocabulary
from desktop_app.core.db.models import AuditEntry
from desktop_app.core.errors import InputError
from desktop_app.core.files import atomic_writer
from desktop_app.core.services.context import EVENT_EXPORT, Permission
from desktop_app.core.services.facade import Services
from desktop_app.core.services.personal_data import (
    erased_contact_ids,
    erased_contact_uuids,
    mask_carried,
    mask_erased,
)
from desktop_app.core.text_safety import neutralize_cell

ACTION_LABELS = vocabulary.AUDIT_ACTIONS

ENTITY_LABELS = vocabulary.AUDIT_ENTITIES

COLUMNS = ("№", "Дата и время", "Пользователь", "Действие", "Объект", "№ объекта",
           "Было", "Стало", "Причина", "Контрольная сумма")


@dataclass(frozen=True)
class AuditFilter:
    user_login: str | None = None
    date_from: dt.date | None = None      # local calendar dates, inclusive
    date_to: dt.date | None = None
    entity: str | None = None
    entity_id: str | None = None
    action: str | None = None

    def describe(self) -> dict[str, Any]:
        return {k: (v.isoformat() if isinstance(v, dt.date) else v)
                for k, v in asdict(self).items() if v is not None}


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    user_login: str | None
    action: str
    entity: str
    entity_id: str | None
    old: dict[str, Any] | None
    new: dict[str, Any] | None
    reason: str | None
    hash: str

    @property
    def action_label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)

    @property
    def entity_label(self) -> str:
        return ENTITY_LABELS.get(self.entity, self.entity)

    @property
    def local_time(self) -> str:
        return self.at.astimezone().strftime("%d.%m.%Y %H:%M:%S")


def _local_midnight_utc(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC)


def _query(flt: AuditFilter) -> Select[AuditEntry]:
    if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
        raise InputError("Период: дата «с» позже даты «по»")
    q = select(AuditEntry)
    if flt.user_login:
        q = q.where(AuditEntry.user_login == flt.user_login)
    if flt.entity:
        q = q.where(AuditEntry.entity == flt.entity)
    if flt.entity_id is not None:
        q = q.where(AuditEntry.entity_id == str(flt.entity_id))
    if flt.action:
        q = q.where(AuditEntry.action == flt.action)
    if flt.date_from:
        q = q.where(AuditEntry.at >= _local_midnight_utc(flt.date_from))
    if flt.date_to:
        q = q.where(AuditEntry.at < _local_midnight_utc(flt.date_to + dt.timedelta(days=1)))
    return q


def _rows(s: Session, entries: list[AuditEntry]) -> list[AuditRow]:
    erased = erased_contact_ids(
        s, [e.entity_id for e in entries if e.entity == "contact_person"]
    )
    # entries carried in from another database by a merge name the person by UUID
    carried = erased_contact_uuids(s, [e.entity_uuid for e in entries
                                       if e.entity == "contact_person" and e.entity_id is None])
    out = []
    for e in entries:
        masked = e.entity == "contact_person" and e.entity_id in erased
        new = mask_erased(e.new_values) if masked else e.new_values
        if e.entity == "contact_person" and e.entity_id is None and e.entity_uuid in carried:
            new = mask_carried(e.new_values)
        out.append(AuditRow(
            id=e.id, at=e.at, user_login=e.user_login, action=e.action, entity=e.entity,
            entity_id=e.entity_id,
            old=mask_erased(e.old_values) if masked else e.old_values,
            new=new, reason=e.reason, hash=e.hash,
        ))
    return out


def count_entries(services: Services, flt: AuditFilter | None = None) -> int:
    services.ctx.require(Permission.VIEW_AUDIT)
    q = _query(flt or AuditFilter())
    with services.db.read() as s:
        return int(s.execute(select(func.count()).select_from(q.subquery())).scalar_one())


def fetch_entries(
    services: Services, flt: AuditFilter | None = None, *, offset: int = 0, limit: int = 200,
    newest_first: bool = True,
) -> list[AuditRow]:
    services.ctx.require(Permission.VIEW_AUDIT)
    order = AuditEntry.id.desc() if newest_first else AuditEntry.id.asc()
    q = _query(flt or AuditFilter()).order_by(order).offset(max(0, offset)).limit(limit)
    with services.db.read() as s:
        return _rows(s, list(s.execute(q).scalars()))


def history(services: Services, entity: str, entity_id: int | str) -> list[AuditRow]:
    """Every log entry of one record, oldest first."""
    return fetch_entries(
        services, AuditFilter(entity=entity, entity_id=str(entity_id)), limit=100_000,
        newest_first=False,
    )


def filter_options(services: Services) -> dict[str, list[str]]:
    """Distinct users, entities and actions present in the log (for the filter lists)."""
    services.ctx.require(Permission.VIEW_AUDIT)
    with services.db.read() as s:
        def values(col: Any) -> list[str]:
            rows = s.execute(select(col).where(col.is_not(None)).distinct().order_by(col))
            return [str(v) for v in rows.scalars()]

        return {
            "user_login": values(AuditEntry.user_login),
            "entity": values(AuditEntry.entity),
            "action": values(AuditEntry.action),
        }


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False,
                                                           sort_keys=True)
    return neutralize_cell(text)  # a spreadsheet must not take a value for a formula


def _record(row: AuditRow) -> list[Any]:
    return [row.id, row.local_time, _cell(row.user_login), _cell(row.action_label),
            _cell(row.entity_label), _cell(row.entity_id), _cell(row.old), _cell(row.new),
            _cell(row.reason), row.hash]


def export_audit(services: Services, path: Path, flt: AuditFilter | None = None) -> int:
    """Write the filtered log to ``path`` (.xlsx or .csv); returns the number of rows.

    The file appears only when complete (temporary file, then rename). The
    export itself is written to the log.
    """
    services.ctx.require(Permission.VIEW_AUDIT)
    services.ctx.require(Permission.EXPORT)
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise InputError(f"Файл выгрузки «{path.name}»: ожидается расширение .xlsx или .csv")
    flt = flt or AuditFilter()
    count = 0
    batch = 5000
    if suffix == ".csv":
        with atomic_writer(path, text=True, encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, delimiter=";")
            writer.writerow(COLUMNS)
            offset = 0
            while rows := fetch_entries(services, flt, offset=offset, limit=batch,
                                        newest_first=False):
                for row in rows:
                    writer.writerow(_record(row))
                count += len(rows)
                offset += batch
    else:
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font

        wb = Workbook(write_only=True)
        ws = wb.create_sheet("Журнал событий")
        header = []
        for title in COLUMNS:
            cell = WriteOnlyCell(ws, value=title)
            cell.font = Font(bold=True)
            header.append(cell)
        ws.append(header)
        offset = 0
        while rows := fetch_entries(services, flt, offset=offset, limit=batch,
                                    newest_first=False):
            for row in rows:
                cells = []
                for value in _record(row):
                    cell = WriteOnlyCell(ws, value=value)
                    if isinstance(value, str):
                        cell.data_type = "s"
                    cells.append(cell)
                ws.append(cells)
            count += len(rows)
            offset += batch
        with atomic_writer(path) as fb:
            wb.save(fb)
    services.ctx.event(EVENT_EXPORT, "audit_log", None,
                       details={"file": path.name, "rows": count, "filter": flt.describe()})
    return count
