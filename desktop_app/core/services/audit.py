"""The event log: append-only, each entry chained to the previous one by SHA-256.

The hash covers the entry's content and the previous entry's hash, so editing
or deleting any row breaks the chain from that row on; :func:`verify_chain`
names the first broken entry.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from desktop_app.core.db.models import AuditEntry
from desktop_app.core.formatting import utcnow

GENESIS = "0" * 64


def jsonable(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return jsonable(value.value)
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [jsonable(v) for v in value]
    return str(value)


_SKIP = {"created_at", "updated_at", "created_by_id", "updated_by_id", "search_key"}


def snapshot(obj: Any, *, skip: set[str] | None = None) -> dict[str, Any]:
    """Column values of an ORM object as JSON-safe data (for old/new values)."""
    mapper = sa_inspect(obj).mapper
    leave = _SKIP | (skip or set())
    return {
        attr.key: jsonable(getattr(obj, attr.key))
        for attr in mapper.column_attrs
        if attr.key not in leave
    }


def diff(old: dict[str, Any], new: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the keys whose value changed."""
    keys = [k for k in new if old.get(k) != new.get(k)]
    return {k: old.get(k) for k in keys}, {k: new[k] for k in keys}


def _canonical(entry: AuditEntry) -> bytes:
    content = {
        "at": jsonable(entry.at),
        "user_id": entry.user_id,
        "user_login": entry.user_login,
        "action": entry.action,
        "entity": entry.entity,
        "entity_id": entry.entity_id,
        "entity_uuid": entry.entity_uuid,
        "old": entry.old_values,
        "new": entry.new_values,
        "reason": entry.reason,
        "prev": entry.prev_hash,
    }
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def entry_hash(entry: AuditEntry) -> str:
    return hashlib.sha256(_canonical(entry)).hexdigest()


def record(
    session: Session,
    *,
    user_id: int | None,
    user_login: str | None,
    action: str,
    entity: str,
    entity_id: int | str | None = None,
    entity_uuid: str | None = None,
    old: dict[str, Any] | None = None,
    new: dict[str, Any] | None = None,
    reason: str | None = None,
) -> AuditEntry:
    """Append one entry in the caller's transaction (rolled back with it)."""
    prev = session.execute(
        select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).scalar_one_or_none()
    entry = AuditEntry(
        at=utcnow(),
        user_id=user_id,
        user_login=user_login,
        action=action,
        entity=entity,
        entity_id=None if entity_id is None else str(entity_id),
        entity_uuid=entity_uuid,
        old_values=jsonable(old) if old is not None else None,
        new_values=jsonable(new) if new is not None else None,
        reason=reason,
        prev_hash=prev or GENESIS,
    )
    entry.hash = entry_hash(entry)
    session.add(entry)
    session.flush()
    return entry


def record_many(
    session: Session,
    *,
    user_id: int | None,
    user_login: str | None,
    items: list[dict[str, Any]],
) -> None:
    """Append many entries at once (bulk imports): one query for the chain's end,
    the hashes chained in memory, one multi-row insert. Each item has ``action``,
    ``entity`` and optionally ``entity_id``, ``entity_uuid``, ``old``, ``new``, ``reason``."""
    if not items:
        return
    session.flush()
    prev = session.execute(
        select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).scalar_one_or_none() or GENESIS
    at = utcnow()
    rows: list[dict[str, Any]] = []
    for item in items:
        entry = AuditEntry(
            at=at,
            user_id=user_id,
            user_login=user_login,
            action=item["action"],
            entity=item["entity"],
            entity_id=None if item.get("entity_id") is None else str(item["entity_id"]),
            entity_uuid=item.get("entity_uuid"),
            old_values=jsonable(item["old"]) if item.get("old") is not None else None,
            new_values=jsonable(item["new"]) if item.get("new") is not None else None,
            reason=item.get("reason"),
            prev_hash=prev,
        )
        entry.hash = prev = entry_hash(entry)
        rows.append({c: getattr(entry, c) for c in _AUDIT_COLUMNS})
    session.execute(insert(AuditEntry), rows)


_AUDIT_COLUMNS = ("at", "user_id", "user_login", "action", "entity", "entity_id", "entity_uuid",
                  "old_values", "new_values", "reason", "prev_hash", "hash")


@dataclass(frozen=True)
class ChainReport:
    entries: int
    first_broken_id: int | None
    problem: str | None

    @property
    def ok(self) -> bool:
        return self.first_broken_id is None


def verify_chain(session: Session, *, batch: int = 5000) -> ChainReport:
    """Walk the whole log in id order; report the first entry that does not verify."""
    prev = GENESIS
    count = 0
    last_id = 0
    while True:
        rows = session.execute(
            select(AuditEntry).where(AuditEntry.id > last_id).order_by(AuditEntry.id).limit(batch)
        ).scalars().all()
        if not rows:
            break
        for entry in rows:
            count += 1
            if entry.prev_hash != prev:
                return ChainReport(
                    count, entry.id,
                    f"запись журнала № {entry.id}: разорвана цепочка (предыдущая запись "
                    "изменена или удалена)",
                )
            if entry_hash(entry) != entry.hash:
                return ChainReport(
                    count, entry.id,
                    f"запись журнала № {entry.id} ({entry.action}, {entry.entity}) изменена "
                    "после записи: контрольная сумма не совпадает",
                )
            prev = entry.hash
            last_id = entry.id
        session.expunge_all()
    return ChainReport(count, None, None)
