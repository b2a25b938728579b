"""The event log: append-only, each entry chained to the previous one by SHA-256.

The hash covers the entry's content and the previous entry's hash, so editing
or deleting any row breaks the chain from that row on; :func:`verify_chain`
names the first broken entry.

Deleting the *last* entries leaves a shorter chain that still verifies, so
the chain's head (last id and hash) is also anchored outside the database:
after every transaction that appended entries, a small file beside the
database (``<database>.anchor``) records the head. :func:`anchor_problems`
reports a database whose log no longer reaches the anchored entry, and
:func:`trigger_problems` a log whose append-only triggers were dropped.

On the centre's server (decision)
    The anchor is a witness kept by each workstation in its local folder for
    the server (``<data>/servers/<host>-<port>-<db>/<db>.server.anchor``),
    written after each of *its own* transactions that appended entries. It
    therefore lags behind the entries other workstations append, and that is
    consistent, not tampering: :func:`anchor_problems` asks only that the
    anchored entry is still in the log with the same hash (later entries are
    expected). A restore done from another workstation legitimately puts an
    older log in place; the restore writes an entry «restore database» into
    the restored log, so an anchor written *before* that entry and no longer
    found is reported as such a restore, not as a deleted end of the log.
    Somebody able to append forged entries could imitate that; the anchor is
    evidence against quiet deletion, not a signature.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import hashlib
import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, column, event, func, insert, select, table
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from desktop_app.core.db import bulk
from desktop_app.core.db.models import AuditEntry
from desktop_app.core.formatting import utcnow

GENESIS = "0" * 64
APPEND_ONLY_TRIGGERS = ("audit_log_no_update", "audit_log_no_delete")

log = logging.getLogger(__name__)


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


_PLAIN = (str, int, float, bool, type(None))


_PLAIN_TYPES = frozenset(_PLAIN)
_KEY_TYPES = frozenset({str})


def _jsonable_dict(value: Any) -> Any:
    """:func:`jsonable` with a fast path for a flat dictionary of plain values (their
    exact types: an enum or another subclass takes the general path)."""
    if (isinstance(value, dict) and _PLAIN_TYPES.issuperset(map(type, value.values()))
            and _KEY_TYPES.issuperset(map(type, value))):
        return dict(value)
    return jsonable(value)


_SKIP = {"created_at", "updated_at", "created_by_id", "updated_by_id", "search_key", "version"}


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
    return _canonical_values({c: getattr(entry, c) for c in _HASHED_COLUMNS})


#: The columns an entry's hash covers, and the key each has in the hashed content.
_HASHED_KEYS = {
    "at": "at", "user_id": "user_id", "user_login": "user_login", "action": "action",
    "entity": "entity", "entity_id": "entity_id", "entity_uuid": "entity_uuid",
    "old_values": "old", "new_values": "new", "reason": "reason", "prev_hash": "prev",
}
_HASHED_COLUMNS = tuple(_HASHED_KEYS)
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))
_encode_string: Callable[[str], str] = json.encoder.encode_basestring


def _canonical_values(values: dict[str, Any]) -> bytes:
    """The hashed content of an entry given as column values (``at`` may be a datetime)."""
    content = {key: values[column] for column, key in _HASHED_KEYS.items()}
    content["at"] = jsonable(content["at"])
    return _ENCODER.encode(content).encode()


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
    _anchor_after_commit(session, entry.id, entry.hash)
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
    head = f',"at":{_text(jsonable(at))},"entity":'
    tail = f',"user_id":{_text(user_id)},"user_login":{_text(user_login)}}}'
    sqlite = bulk.is_sqlite(session)
    rows: list[tuple[Any, ...]] = []
    names: dict[str, str] = {}  # actions and entities, encoded once
    # Plain tuples, not ORM objects: the same hashed content as record() makes, at a
    # fraction of the cost per entry (an import writes one entry per row). The content
    # is put together from its encoded parts (the keys in sorted order): the same bytes
    # as one encoding of the whole entry.
    for item in items:
        action, entity = item["action"], item["entity"]
        entity_id, entity_uuid = item.get("entity_id"), item.get("entity_uuid")
        old, new, reason = item.get("old"), item.get("new"), item.get("reason")
        if entity_id is not None:
            entity_id = str(entity_id)
        old_text, old_values = ("null", None) if old is None else _values_text(old)
        new_text, new_values = ("null", None) if new is None else _values_text(new)
        if action not in names:
            names[action] = _text(action)
        if entity not in names:
            names[entity] = _text(entity)
        content = (
            f'{{"action":{names[action]}{head}{names[entity]},'
            f'"entity_id":{_text(entity_id)},"entity_uuid":{_text(entity_uuid)},'
            f'"new":{new_text},"old":{old_text},"prev":"{prev}",'
            f'"reason":{_text(reason)}{tail}'
        )
        digest = hashlib.sha256(content.encode()).hexdigest()
        if sqlite:
            # the old and new values are stored as the JSON text just hashed (valid JSON
            # of the same values, read back by the column as usual): encoded once, not
            # twice; None as JSON «null» text, as the column itself writes it
            rows.append((user_id, user_login, action, entity, entity_id, entity_uuid, reason,
                         prev, digest, old_text, new_text))
        else:
            rows.append((user_id, user_login, action, entity, entity_id, entity_uuid, reason,
                         prev, digest,  # values already JSON-safe as given, or converted
                         old if old_values is None else old_values,
                         new if new_values is None else new_values))
        prev = digest
    columns = ("user_id", "user_login", "action", "entity", "entity_id", "entity_uuid",
               "reason", "prev_hash", "hash")
    table = cast(Table, AuditEntry.__table__)
    if sqlite:
        bulk.insert_rows(
            session, table, [*columns, "old_values", "new_values"], rows,
            constants={"at": at}, raw=("old_values", "new_values"),
        )
    else:
        session.execute(insert(table), [
            {**dict(zip(columns, r[:9], strict=True)), "old_values": r[9],
             "new_values": r[10], "at": at} for r in rows])
    last_id = session.execute(select(func.max(AuditEntry.id))).scalar_one()
    _anchor_after_commit(session, int(last_id), prev)


def _values_text(value: dict[str, Any] | None) -> tuple[str, dict[str, Any] | None]:
    """Old or new values as the hashed content encodes them, and (when they had to be
    converted on the way) their JSON-safe form; a flat dictionary of text, whole
    numbers and ``None`` (a created card) is encoded without the general encoder."""
    if value is None:
        return "null", None
    text = _flat_text(value) if type(value) is dict else None
    if text is not None:
        return text, None
    safe = _jsonable_dict(value)
    return _text(safe), safe


#: For each order of keys seen: the keys sorted, each with the text that precedes its
#: value («{"key":» or «,"key":»).
_FLAT_LAYOUTS: dict[tuple[Any, ...], tuple[tuple[str, str], ...]] = {}


def _flat_text(value: dict[str, Any]) -> str | None:
    """``value`` encoded exactly as :data:`_ENCODER` encodes it (keys sorted, compact,
    not ASCII-escaped) when every key is text and every value is text, a whole number
    (``int`` itself, not ``bool``) or ``None``; otherwise ``None``. Imports write one
    entry of such values per row; this is a third of the general encoder's work."""
    keys = tuple(value)
    layout = _FLAT_LAYOUTS.get(keys)
    if layout is None:
        if not keys or not all(type(k) is str for k in keys):
            return None
        order = sorted(keys)
        layout = tuple((key, ("{" if i == 0 else ",") + _encode_string(key) + ":")
                       for i, key in enumerate(order))
        if len(_FLAT_LAYOUTS) < 64:
            _FLAT_LAYOUTS[keys] = layout
    parts: list[str] = []
    for key, before in layout:
        item = value[key]
        kind = type(item)
        if kind is str:
            parts += (before, _encode_string(item))
        elif item is None:
            parts += (before, "null")
        elif kind is int:
            parts += (before, int.__repr__(item))
        else:
            return None
    parts.append("}")
    return "".join(parts)


def _text(value: Any) -> str:
    """``value`` as the hashed content encodes it (strings and ``None`` directly)."""
    if value is None:
        return "null"
    if type(value) is str:
        return _encode_string(value)
    return _ENCODER.encode(value)


# --- the anchor outside the database ---------------------------------------------

def anchor_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".anchor")


def _database_file(session: Session) -> Path | None:
    named = session.info.get("db_path")
    if named is not None:  # set by Database: also the local name for a server database
        return Path(named)
    bind = session.get_bind()
    url = getattr(bind, "url", None) or getattr(getattr(bind, "engine", None), "url", None)
    name = getattr(url, "database", None)
    if not name or getattr(url, "drivername", "").split("+")[0] != "sqlite":
        return None
    return Path(name)


def _anchor_after_commit(session: Session, last_id: int, last_hash: str) -> None:
    """Remember this transaction's chain head; write it to the anchor once committed."""
    first = "audit_head" not in session.info
    if first:
        session.info["audit_first"] = session.execute(
            select(AuditEntry.hash).order_by(AuditEntry.id).limit(1)
        ).scalar_one()
        event.listen(session, "after_commit", _write_anchor_of)
        event.listen(session, "after_rollback", _forget_head)
    session.info["audit_head"] = (last_id, last_hash)


def _forget_head(session: Session) -> None:
    session.info.pop("audit_head", None)
    session.info.pop("audit_first", None)


def _write_anchor_of(session: Session) -> None:
    head = session.info.pop("audit_head", None)
    first = session.info.pop("audit_first", None)
    path = _database_file(session)
    if head is None or first is None or path is None:
        return
    try:
        write_anchor(path, Anchor(first_hash=first, last_id=head[0], last_hash=head[1]))
    except OSError as exc:  # the data is committed; a lagging anchor only weakens check
        log.warning("cannot write the audit anchor beside %s: %s", path, exc)


@dataclass(frozen=True)
class Anchor:
    """The log's head as last seen, and its first entry (which log it is)."""

    first_hash: str
    last_id: int
    last_hash: str
    written_at: dt.datetime | None = None


def read_anchor(db_path: Path) -> Anchor | None:
    """The anchored head, or None when there is no readable anchor."""
    try:
        data = json.loads(anchor_path(db_path).read_text(encoding="utf-8"))
        written = data.get("written_at")
        return Anchor(str(data["first_hash"]), int(data["last_id"]), str(data["last_hash"]),
                      dt.datetime.fromisoformat(written) if written else None)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_anchor(db_path: Path, anchor: Anchor) -> None:
    """Record the head, unless the anchor already names a later entry of the same log
    (another window committed after us)."""
    current = read_anchor(db_path)
    if (current is not None and current.first_hash == anchor.first_hash
            and current.last_id > anchor.last_id):
        return
    target = anchor_path(db_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    body = {"first_hash": anchor.first_hash, "last_id": anchor.last_id,
            "last_hash": anchor.last_hash, "written_at": dt.datetime.now(dt.UTC).isoformat()}
    tmp.write_text(json.dumps(body), encoding="utf-8")
    os.replace(tmp, target)


def reset_anchor(db_path: Path) -> None:
    """Forget the anchor (after a restore put an older, verified log in place)."""
    anchor_path(db_path).unlink(missing_ok=True)


def anchor_problems(
    session: Session, db_path: Path, *, anchored: Anchor | bool | None = True,
) -> list[str]:
    """The anchored entry must still be in the log, unchanged. ``anchored``: the
    anchor as read before ``session`` began reading (default: read it now)."""
    if anchored is True:
        anchored = read_anchor(db_path)
    if not isinstance(anchored, Anchor):
        return []
    first = session.execute(
        select(AuditEntry.hash).order_by(AuditEntry.id).limit(1)
    ).scalar_one_or_none()
    if first != anchored.first_hash:
        return ["журнал событий начинается не так, как запомнено вне базы: журнал удалён "
                "целиком или файл базы подменён (после восстановления из копии так не "
                "бывает)"]
    found = session.execute(
        select(AuditEntry.hash).where(AuditEntry.id == anchored.last_id)
    ).scalar_one_or_none()
    if found != anchored.last_hash and _restored_since(session, anchored):
        return []  # another workstation restored a copy after this anchor was written
    if found is None:
        newest = session.execute(select(func.max(AuditEntry.id))).scalar_one()
        return [f"в журнале нет записи № {anchored.last_id}, которая уже была в нём "
                f"(последняя запись теперь № {newest or 0}): конец журнала удалён"]
    if found != anchored.last_hash:
        return [f"запись журнала № {anchored.last_id} не совпадает с запомненной вне базы: "
                "журнал переписан"]
    return []


@dataclass(frozen=True)
class ChainHead:
    """The log's last entry at some moment (recorded in a backup's description or
    a register entry, outside the reach of whoever rewrites the log alone)."""

    id: int
    hash: str
    first_hash: str


def chain_head(session: Session) -> ChainHead | None:
    """The last entry of the log as this session sees it (None: the log is empty)."""
    last = session.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    if last is None:
        return None
    first = session.execute(
        select(AuditEntry.hash).order_by(AuditEntry.id).limit(1)
    ).scalar_one()
    return ChainHead(int(last[0]), str(last[1]), str(first))


def hashes_of(session: Session, ids: set[int]) -> dict[int, str]:
    """The stored hash of each of ``ids`` that is still in the log."""
    found: dict[int, str] = {}
    ordered = sorted(ids)
    for start in range(0, len(ordered), 500):
        part = ordered[start:start + 500]
        found.update((int(i), str(h)) for i, h in session.execute(
            select(AuditEntry.id, AuditEntry.hash).where(AuditEntry.id.in_(part))).all())
    return found


def recorded_head_problem(
    head_id: int, head_hash: str, found_hash: str | None, moment: str
) -> str | None:
    """Why a head recorded outside the log at ``moment`` («на момент копирования»)
    no longer matches the log, or None when it does."""
    if found_hash is None:
        return (f"запись журнала № {head_id}, последняя {moment}, удалена из журнала: "
                "конец журнала удалён или журнал подменён")
    if found_hash != head_hash:
        return (f"запись журнала № {head_id}, последняя {moment}, не совпадает с "
                "записанной тогда: журнал переписан")
    return None


def _restored_since(session: Session, anchored: Anchor) -> bool:
    """On a server: the log records a restore after the anchor was written."""
    bind = session.get_bind()
    if getattr(getattr(bind, "dialect", None), "name", "sqlite") == "sqlite":
        return False
    if anchored.written_at is None:
        return False
    moments = session.execute(select(AuditEntry.at).where(
        AuditEntry.action == "restore", AuditEntry.entity == "database")).scalars().all()
    since = anchored.written_at
    for moment in moments:
        when = moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)
        if when >= since:
            return True
    return False


def trigger_problems(session: Session) -> list[str]:
    """The triggers that keep the log append-only must be in place (SQLite)."""
    bind = session.get_bind()
    if getattr(getattr(bind, "dialect", None), "name", "sqlite") != "sqlite":
        return []
    present = set(session.execute(select(func.lower(_master.c.name)).where(
        _master.c.type == "trigger")).scalars())
    return [f"нет защиты журнала от изменений (триггер {name} удалён)"
            for name in APPEND_ONLY_TRIGGERS if name not in present]


_master = table("sqlite_master", column("type"), column("name"))

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
