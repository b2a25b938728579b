"""Several people editing the same record: versions, conflicts and what differs.

Enterprises, consultations and dossiers carry a ``version`` (see
:class:`~desktop_app.core.db.models.VersionMixin`). Every change of such a
record through the services calls :func:`bump_version`; a save that names the
version its editor loaded (``expected_version``) calls :func:`check_version`
first, inside the same write unit of work. Writers follow one another (BEGIN
IMMEDIATE on a file, the write lock on the server), so the check and the
change cannot be overtaken by another save in between.

A refused save raises :class:`~desktop_app.core.errors.EditConflict`: who
changed the record and when, and the record's current values. The editor then
shows the other side's values beside the person's own
(:func:`differences`), saves over them by naming the new version, or reloads.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core import vocabulary
from desktop_app.core.db.models import AuditEntry, User, VersionMixin
from desktop_app.core.errors import EditConflict
from desktop_app.core.formatting import format_date, format_money, format_phone, to_local

__all__ = [
    "FieldDifference",
    "bump_version",
    "check_version",
    "conflict_message",
    "differences",
    "last_editor",
    "surname_initials",
]

#: How a conflict message names the record, by entity.
WHAT = {
    "enterprise": "Карточку предприятия",
    "consultation": "Консультацию",
    "dossier": "Досье",
}


def bump_version(record: VersionMixin) -> None:
    """The record changed: one more than the version it had."""
    record.version = int(record.version or 1) + 1


def surname_initials(full_name: str) -> str:
    """«Петрова Анна Сергеевна» → «Петрова А. С.»; a single word stays as it is."""
    parts = full_name.split()
    if len(parts) < 2:
        return full_name.strip()
    return " ".join([parts[0], *(f"{p[0].upper()}." for p in parts[1:3])])


def _verb(full_name: str | None) -> str:
    """«изменил» / «изменила» when the patronymic tells, else «изменил(а)»."""
    parts = (full_name or "").split()
    if len(parts) >= 3:
        patronymic = parts[2].lower()
        if patronymic.endswith(("вна", "чна", "кызы")):
            return "изменила"
        if patronymic.endswith(("вич", "ич", "оглы")):
            return "изменил"
    return "изменил(а)"


def _when(moment: dt.datetime | None, now: dt.datetime | None = None) -> str:
    if moment is None:
        return ""
    local = to_local(moment)
    today = to_local(now or dt.datetime.now(dt.UTC)).date()
    if local.date() == today:
        return f"в {local:%H:%M}"
    return f"{format_date(local.date())} в {local:%H:%M}"


def conflict_message(
    entity: str, full_name: str | None, moment: dt.datetime | None,
    *, now: dt.datetime | None = None,
) -> str:
    """«Карточку предприятия изменил(а) Петрова А. С. в 14:02» and what it means."""
    who = surname_initials(full_name) if full_name else "другой пользователь"
    when = _when(moment, now)
    head = f"{WHAT.get(entity, 'Запись')} {_verb(full_name)} {who}"
    if when:
        head += f" {when}"
    pronoun = "его" if entity == "dossier" else "её"
    return f"{head}, после того как вы {pronoun} открыли; ваши изменения не сохранены"


NOT_EDITS = ("validate",)
"""Audited actions that record something about a card without editing it."""


def last_editor(
    s: Session, record: Any, entity: str
) -> tuple[str | None, dt.datetime | None]:
    """Who changed ``record`` last and when: its ``updated_by`` and ``updated_at``,
    or, for a change made without a signed-in user, the last audit entry."""
    who: str | None = None
    if getattr(record, "updated_by_id", None) is not None:
        who = s.execute(select(User.full_name).where(User.id == record.updated_by_id)).scalar()
    if who is not None:
        return str(who), getattr(record, "updated_at", None)
    entry = s.execute(
        select(AuditEntry).where(AuditEntry.entity == entity,
                                 AuditEntry.entity_id == str(record.id),
                                 AuditEntry.action.not_in(NOT_EDITS))
        .order_by(AuditEntry.id.desc()).limit(1)
    ).scalar()
    if entry is None:
        return None, getattr(record, "updated_at", None)
    name = None
    if entry.user_id is not None:
        name = s.execute(select(User.full_name).where(User.id == entry.user_id)).scalar()
    if name is None and entry.user_login and entry.user_login != "system":
        name = entry.user_login
    return (str(name) if name else None), entry.at


def check_version(
    s: Session,
    record: Any,
    expected: int | None,
    *,
    entity: str,
    theirs: Callable[[], dict[str, Any]],
) -> None:
    """Refuse the change with :class:`EditConflict` when ``record`` is no longer at
    the ``expected`` version (None: the caller does not check)."""
    if expected is None or int(record.version) == int(expected):
        return
    who, when = last_editor(s, record, entity)
    raise EditConflict(
        conflict_message(entity, who, when), entity=entity, record_id=int(record.id),
        version=int(record.version), theirs=theirs(), changed_by=who, changed_at=when,
    )


# --- what differs ---------------------------------------------------------------------

@dataclass(frozen=True)
class FieldDifference:
    """One field the other person and this one left different."""

    field: str
    label: str
    theirs: str
    mine: str


_MONEY = {"total_cost", "grant_requested", "own_funds", "other_funds"}
_CODES: dict[str, Mapping[str, str]] = {
    "channel": vocabulary.CHANNELS,
    "size_category": vocabulary.SIZES,
}


def _text(key: str, value: Any) -> str:
    if value is None or value in ("", []):
        return "—"
    if isinstance(value, bool):
        return "да" if value else "нет"
    if key in _MONEY and isinstance(value, int):
        return format_money(value)
    if key == "phone":
        return format_phone(str(value))
    if key in _CODES:
        return str(_CODES[key].get(str(value), value))
    if isinstance(value, dt.datetime):
        return f"{format_date(to_local(value).date())} {to_local(value):%H:%M}"
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, list):
        lines = [
            "; ".join(str(v) for v in item.values() if v not in (None, ""))
            if isinstance(item, dict) else str(item)
            for item in value
        ]
        return "\n".join(lines)
    return str(value)


def _normal(schema: type[BaseModel], values: Mapping[str, Any]) -> dict[str, Any]:
    try:
        return schema.model_validate(dict(values)).model_dump(mode="python")
    except ValidationError:
        return dict(values)


def differences(
    schema: type[BaseModel],
    theirs: Mapping[str, Any],
    mine: Mapping[str, Any],
    *,
    fields: Sequence[str] | None = None,
) -> list[FieldDifference]:
    """The fields (of ``schema``) whose value the other person saved differs from
    this person's, each with its label and both values in words."""
    a, b = _normal(schema, theirs), _normal(schema, mine)
    out = []
    for key, info in schema.model_fields.items():
        if fields is not None and key not in fields:
            continue
        if key not in theirs and key not in mine:
            continue
        if a.get(key) != b.get(key):
            out.append(FieldDifference(key, info.title or key, _text(key, a.get(key)),
                                       _text(key, b.get(key))))
    return out
