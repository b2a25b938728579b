"""Merging one database into another: workstations into the server, a laptop back.

``merge SOURCE --into TARGET`` reads the source (a SQLite file or a server
database) and writes everything the target lacks into the target, in the
target's one write unit of work: the merge lands whole or not at all.

Matching
    Records match by their UUID. An enterprise without a UUID match matches
    the target's card with the same ИНН (two workstations that each created
    the same company end with one card; every consultation and dossier of
    both points to it). Users match by login key (case-insensitive, any
    script). Warning acknowledgements match by dossier and rule, blobs by
    their SHA-256, the centre's details are one record on each side.

Fields of records present on both sides
    The time the two databases last met (the latest «merge» entry between
    them, in either database's event log) decides: a record changed on one
    side only since then takes that side's values. Otherwise (they never met,
    or both changed) fields are merged one by one: an empty field takes the
    other side's value, two different non-empty values are a *conflict*: the
    target keeps its value, the source's goes into the report and into the
    «merge» event-log entry. Nothing is resolved silently.

Outgoing register
    Letters keep their numbers. A source letter whose number the target
    already gave to another letter is kept too, marked with the database it
    came from (``outgoing_register.origin``, migration 0014), and reported with
    a suggested correction; nothing is renumbered.

Documents
    Every blob the target lacks is copied from the source's store by hash and
    verified (:func:`copy_document_file`, the one place that knows where each
    side keeps files); a missing or altered source file stops the merge with
    the dossier and document named.

Event log (decision)
    The source's entries are carried into the target's own chain, each as one
    entry with the action ``carried``: its ``new_values`` hold where it came
    from (``origin``: the hash of the first entry of the source's log, the
    log's identity), the original id, the original hashed content and hash.
    The target's chain therefore verifies as before (the carried entries are
    ordinary links of it), and :func:`verify_carried` re-verifies every
    carried history from the stored content: each entry's hash, and each link
    between consecutive original entries. The merge ends with one entry
    ``merge`` (entity ``database``, entity id = the source log's identity)
    that records the source's chain head. Entries the source itself carried
    from elsewhere are carried with their first origin; entries that came
    from the target are not carried back. A source whose log does not verify
    is refused unless the administrator accepts it (``--accept-broken-audit``):
    the acceptance is in the «merge» entry, and carried entries from the first
    broken one on are marked unverified.

Repeatable
    A second run finds everything by UUID (or ИНН, login), carries only log
    entries past what was carried before, and writes nothing when there is
    nothing new.

Personal data (152-ФЗ)
    A contact erased on either side stays erased: an erasure of the source is
    applied to the target's record (with the erasure's row and its act), a
    source record of a person the target erased (its erasures table or the
    ledger beside it) arrives already erased, and the erasures the merge
    carries are appended to the target's ledger before the commit.

Memory and time
    The source is read in batches by key (``id > last``); foreign keys are
    resolved per batch through UUIDs with a bounded cache, so memory does not
    grow with the source. On the server each batch of new rows is written with
    COPY and its search words in one INSERT … SELECT (row counters are kept
    per statement since migration 0014). The merge holds the target's write
    lock for its whole length: run it when nobody else is saving.

Not merged
    The ``settings`` table (each database keeps its own preferences and backup
    policy). Branches: a card's ИНН is unique in the schema, so a КПП never
    separates two cards of one ИНН; they match by ИНН alone.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Connection, Table, insert, select, text, update
from sqlalchemy.orm import Session

from desktop_app.core.db import search
from desktop_app.core.db.engine import Database
from desktop_app.core.db.models import AuditEntry, Base
from desktop_app.core.errors import UserError
from desktop_app.core.formatting import login_key

from . import audit
from .context import Permission, ServiceContext
from .document_store import store_for
from .erasure_ledger import LedgerEntry, append_entries, read_ledger
from .personal_data import ERASED_NAME, PERSONAL_FIELDS

log = logging.getLogger(__name__)

BATCH = 2000
CONFLICTS_KEPT = 5000
"""Conflicts listed in the report and in the «merge» entry (the count is always exact)."""
_CACHE_LIMIT = 100_000
_OFTEN_REFERRED = frozenset({"users", "enterprises", "contact_persons", "dossiers",
                             "dossier_documents", "document_files"})
"""Tables whose source → target ids are kept while merging (bounded by _CACHE_LIMIT)."""

ACTION_MERGE = "merge"
ACTION_CARRIED = "carried"


class MergeError(UserError):
    """The merge cannot go on (Russian message); nothing was written."""


# --- what the merge found and did --------------------------------------------------------

@dataclass
class Counts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass(frozen=True)
class Conflict:
    table: str
    record: str
    """The record in words («предприятие «ООО «Ромашка»», ИНН …»)."""
    uuid: str | None
    field: str
    label: str
    target_value: Any
    source_value: Any

    def line(self) -> str:
        return (f"{self.record}: «{self.label}» — оставлено значение базы назначения "
                f"«{_shown(self.target_value)}», в источнике «{_shown(self.source_value)}»")


@dataclass(frozen=True)
class RegisterDuplicate:
    number: str
    target_letter: str
    source_letter: str
    suggestion: str

    def line(self) -> str:
        return (f"исх. № {self.number}: этот номер носят два письма — {self.target_letter} "
                f"(уже в базе) и {self.source_letter} (из источника); оба сохранены. "
                f"{self.suggestion}")


@dataclass
class MergeReport:
    source: str
    target: str
    dry_run: bool
    counts: dict[str, Counts] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    conflicts_total: int = 0
    settled: list[Conflict] = field(default_factory=list)
    """Conflicts the administrator settled for the source's value before writing."""
    duplicates: list[RegisterDuplicate] = field(default_factory=list)
    files_copied: int = 0
    files_present: int = 0
    audit_carried: int = 0
    audit_skipped: int = 0
    erasures_applied: int = 0
    source_head: dict[str, Any] | None = None
    broken_audit: str | None = None
    last_met: dt.datetime | None = None
    written: bool = False

    def count(self, table: str) -> Counts:
        return self.counts.setdefault(table, Counts())

    def add_conflict(self, conflict: Conflict) -> None:
        self.conflicts_total += 1
        if len(self.conflicts) < CONFLICTS_KEPT:
            self.conflicts.append(conflict)

    @property
    def added(self) -> int:
        return sum(c.added for c in self.counts.values())

    @property
    def updated(self) -> int:
        return sum(c.updated for c in self.counts.values())

    @property
    def changes_anything(self) -> bool:
        return bool(self.added or self.updated or self.audit_carried or self.erasures_applied)

    def as_json(self) -> dict[str, Any]:
        return {
            "source": self.source, "target": self.target, "dry_run": self.dry_run,
            "written": self.written,
            "tables": {k: asdict(v) for k, v in self.counts.items()},
            "added": self.added, "updated": self.updated,
            "conflicts_total": self.conflicts_total,
            "conflicts": [_jsonable(asdict(c)) for c in self.conflicts],
            "settled_for_source": [_jsonable(asdict(c)) for c in self.settled],
            "register_duplicates": [asdict(d) for d in self.duplicates],
            "files_copied": self.files_copied, "files_present": self.files_present,
            "audit_carried": self.audit_carried, "audit_skipped": self.audit_skipped,
            "erasures_applied": self.erasures_applied,
            "source_head": self.source_head, "broken_audit": self.broken_audit,
            "last_met": self.last_met.isoformat() if self.last_met else None,
        }

    def lines(self) -> list[str]:
        verb = ("План объединения (ничего не записано)" if self.dry_run
                else "Объединение выполнено" if self.written
                else "Объединение: нового нет, ничего не записано")
        out = [f"{verb}: {self.source} → {self.target}"]
        if self.last_met is not None:
            out.append(f"Базы уже встречались: {self.last_met.astimezone():%d.%m.%Y %H:%M}")
        will = self.dry_run
        out.append("По таблицам (план):" if will else "По таблицам:")
        for table, c in self.counts.items():
            if c.added or c.updated or c.unchanged:
                out.append(f"  {TABLE_LABELS.get(table, table)}: "
                           f"{'добавить' if will else 'добавлено'} {c.added}, "
                           f"{'обновить' if will else 'обновлено'} {c.updated}, "
                           f"без изменений {c.unchanged}")
        out.append(f"Файлы документов: {'скопировать' if will else 'скопировано'} "
                   f"{self.files_copied}, уже были {self.files_present}")
        out.append(f"Журнал событий: {'перенести' if will else 'перенесено'} записей "
                   f"{self.audit_carried}, уже были {self.audit_skipped}")
        if self.erasures_applied:
            out.append(f"Уничтожение персональных данных применено к записям: "
                       f"{self.erasures_applied}")
        if self.broken_audit:
            out.append(f"Внимание: журнал событий источника повреждён ({self.broken_audit}); "
                       "объединение принято администратором, это записано в журнал")
        if self.duplicates:
            out.append(f"Повторяющиеся исходящие номера ({len(self.duplicates)}):")
            out.extend(f"  {d.line()}" for d in self.duplicates)
        if self.conflicts_total:
            out.append(f"Конфликты ({self.conflicts_total}): значения базы назначения "
                       "сохранены, значения источника — в этом отчёте и в журнале событий")
            out.extend(f"  {c.line()}" for c in self.conflicts)
            if self.conflicts_total > len(self.conflicts):
                out.append(f"  … и ещё {self.conflicts_total - len(self.conflicts)}")
        else:
            out.append("Конфликтов нет.")
        if self.settled:
            out.append(f"Решено администратором в пользу источника ({len(self.settled)}):")
            out.extend(f"  {c.record}: «{c.label}» — «{_shown(c.source_value)}» вместо "
                       f"«{_shown(c.target_value)}»" for c in self.settled)
        return out


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return f"{value.astimezone():%d.%m.%Y %H:%M}"
    if isinstance(value, dt.date):
        return f"{value:%d.%m.%Y}"
    if isinstance(value, bool):
        return "да" if value else "нет"
    text_ = str(value)
    return text_ if len(text_) <= 200 else text_[:197] + "…"


def shown_value(value: Any) -> str:
    """A field's value as the report shows it."""
    return _shown(value)


def _jsonable(value: Any) -> Any:
    return audit.jsonable(value)


# --- the tables -------------------------------------------------------------------------

TABLE_LABELS = {
    "users": "пользователи",
    "organization_profile": "реквизиты центра",
    "enterprises": "предприятия",
    "contact_persons": "контактные лица",
    "consultations": "консультации",
    "dossiers": "досье",
    "cost_lines": "строки сметы",
    "project_stages": "этапы календарного плана",
    "financing_lines": "строки финансирования",
    "dossier_status_changes": "смены статуса досье",
    "warning_acknowledgements": "принятые предупреждения",
    "blobs": "файлы (записи)",
    "dossier_documents": "документы досье",
    "document_files": "файлы документов",
    "outgoing_register": "исходящий реестр",
    "contact_erasures": "уничтожения персональных данных",
}

FIELD_LABELS = {
    "full_name": "полное наименование", "short_name": "краткое наименование", "inn": "ИНН",
    "kpp": "КПП", "ogrn": "ОГРН", "legal_address": "юридический адрес",
    "actual_address": "фактический адрес", "postal_address": "почтовый адрес",
    "region_code": "регион", "okved": "ОКВЭД", "size_category": "категория",
    "website": "сайт", "phone": "телефон", "email": "e-mail",
    "director_name": "руководитель", "director_position": "должность руководителя",
    "notes": "примечания", "last_name": "фамилия", "first_name": "имя",
    "middle_name": "отчество", "position": "должность", "legal_basis": "основание обработки",
    "consent_date": "дата согласия", "withdrawn_date": "дата отзыва согласия",
    "occurred_at": "дата и время", "channel": "канал", "topic": "тема",
    "program_code": "программа", "questions": "вопросы", "advice": "рекомендации",
    "outcome": "итог", "duration_min": "длительность", "next_step": "следующий шаг",
    "next_step_due": "срок следующего шага", "next_step_done": "шаг выполнен",
    "eligibility": "предварительная проверка", "status": "статус", "title": "название",
    "role": "роль", "active": "активен", "login": "имя входа",
    "total_cost": "стоимость проекта", "grant_requested": "сумма гранта",
    "component_name": "наименование изделия", "submission_date": "дата подачи",
    "subject": "тема письма", "addressee": "адресат", "amount": "сумма",
    "category": "статья", "description": "описание", "doc_type": "вид документа",
    "number": "номер",
}

def _field_label(table: str, col: str) -> str:
    if table in ("users", "contact_persons") and col == "full_name":
        return "ФИО"
    if table == "organization_profile" and col == "full_name":
        return "полное наименование центра"
    return FIELD_LABELS.get(col, col)


# Foreign keys: column → the table whose record it names (mapped through UUIDs).
_USER_FKS = ("created_by_id", "updated_by_id", "consultant_id", "changed_by_id",
             "acknowledged_by_id", "added_by_id", "deleted_by_id", "signer_id")
_FKS: dict[str, str] = {c: "users" for c in _USER_FKS} | {
    "enterprise_id": "enterprises", "contact_id": "contact_persons",
    "consultation_id": "consultations", "dossier_id": "dossiers",
    "document_id": "dossier_documents", "replaced_by_file_id": "document_files",
}
_NEVER_COMPARED = {"id", "uuid", "created_at", "updated_at", "search_key", "login_key",
                   "login", "password_hash", "failed_attempts", "locked_until",
                   "last_login_at", "stored_at", "erased_at", "origin", *_FKS}
# Kept up to date by the program itself: taken when empty, never a conflict.
_DERIVED = {"eligibility_verdict", "eligibility_checked_at", "last_validated_at",
            "last_verdict", "last_error_count", "last_warning_count", "status_changed_at",
            "profile_version", "info", "pages", "width", "height", "kind", "encrypted", "size"}

ORDER = ("users", "organization_profile", "enterprises", "contact_persons", "consultations",
         "dossiers", "cost_lines", "project_stages", "financing_lines",
         "dossier_status_changes", "warning_acknowledgements", "blobs", "dossier_documents",
         "document_files", "outgoing_register", "contact_erasures")


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _describe(table: str, row: dict[str, Any]) -> str:
    if table == "enterprises":
        return f"предприятие «{row.get('short_name') or row.get('full_name')}», ИНН {row['inn']}"
    if table == "users":
        return f"пользователь «{row['login']}»"
    if table == "contact_persons":
        name = " ".join(p for p in (row.get("last_name"), row.get("first_name")) if p)
        return f"контактное лицо «{name}»"
    if table == "consultations":
        return f"консультация от {_shown(row.get('occurred_at'))} «{row.get('topic')}»"
    if table == "dossiers":
        return f"досье «{row.get('title') or row.get('program_code')}»"
    if table == "organization_profile":
        return "реквизиты центра"
    if table == "dossier_documents":
        return f"документ «{row.get('title') or row.get('doc_type')}»"
    return f"{TABLE_LABELS.get(table, table)} {row.get('uuid') or row.get('id')}"


# --- where each side keeps document files ------------------------------------------------

def copy_document_file(
    source: Database, target: Database, sha256: str, session: Session | None = None
) -> bool:
    """Copy one document file from the source's store into the target's, verified by
    its hash. Returns False when the target already had it intact. Raises
    :class:`FileProblem` when the source's file is missing or altered.

    Each side's store is the one its database keeps (a folder beside a local file,
    the tables of a server database); on a server the copy is written in the merge's
    own transaction (``session``), so it lands or not with the records.
    """
    src, dst = store_for(source), store_for(target)
    if session is not None:
        dst = dst.bind(session)
    if dst.verify(sha256) == "ok":
        return False
    state = src.verify(sha256)
    if state != "ok":
        raise FileProblem(state)
    with src.open(sha256) as fh:
        stored = dst.put_stream(fh, session=session)
    if stored.sha256 != sha256 or dst.verify(sha256) != "ok":
        raise FileProblem("altered")
    return True


class FileProblem(Exception):
    def __init__(self, state: str) -> None:
        super().__init__(state)
        self.state = state


# --- the source and its identity ---------------------------------------------------------

@dataclass(frozen=True)
class ChainInfo:
    """A database's event log: its identity (first entry's hash) and head."""

    first_hash: str | None
    head_id: int
    head_hash: str | None
    entries: int
    problem: str | None
    first_broken_id: int | None


def chain_info(conn: Connection | Session) -> ChainInfo:
    """Walk the log once (in batches), verifying it like ``check`` does."""
    t = _table("audit_log")
    prev = audit.GENESIS
    first: str | None = None
    last_id, count = 0, 0
    head: str | None = None
    problem: str | None = None
    broken: int | None = None
    while True:
        rows = conn.execute(select(t).where(t.c.id > last_id).order_by(t.c.id)
                            .limit(BATCH)).mappings().all()
        if not rows:
            break
        for row in rows:
            count += 1
            last_id = row["id"]
            if first is None:
                first = row["hash"]
            if broken is None:
                entry = AuditEntry(**{k: row[k] for k in _AUDIT_FIELDS})
                if row["prev_hash"] != prev:
                    broken, problem = row["id"], (
                        f"запись № {row['id']}: разорвана цепочка контрольных сумм")
                elif audit.entry_hash(entry) != row["hash"]:
                    broken, problem = row["id"], (
                        f"запись № {row['id']} ({row['action']}) изменена после записи")
            prev = row["hash"]
            head = row["hash"]
    return ChainInfo(first, last_id, head, count, problem, broken)


_AUDIT_FIELDS = ("at", "user_id", "user_login", "action", "entity", "entity_id", "entity_uuid",
                 "old_values", "new_values", "reason", "prev_hash", "hash")


def _canonical_content(row: dict[str, Any]) -> dict[str, Any]:
    entry = AuditEntry(**{k: row[k] for k in _AUDIT_FIELDS})
    return dict(json.loads(audit._canonical(entry)))


def _content_hash(content: dict[str, Any]) -> str:
    body = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(body.encode()).hexdigest()


def _last_met(conn: Connection | Session, other: str | None) -> dt.datetime | None:
    if other is None:
        return None
    t = _table("audit_log")
    return conn.execute(select(t.c.at).where(
        t.c.entity == "database", t.c.entity_id == other, t.c.action == ACTION_MERGE)
        .order_by(t.c.id.desc()).limit(1)).scalar_one_or_none()


def _carried_entries(conn: Connection | Session) -> Iterator[tuple[int, dict[str, Any]]]:
    """Every entry merges carried into this log (its id, its stored values), in order,
    read in batches."""
    t = _table("audit_log")
    last = 0
    while True:
        rows = conn.execute(select(t.c.id, t.c.new_values).where(
            t.c.id > last, t.c.action == ACTION_CARRIED).order_by(t.c.id).limit(BATCH)).all()
        if not rows:
            return
        for rid, values in rows:
            last = rid
            yield rid, values or {}


def _carried_state(conn: Connection | Session) -> dict[str, tuple[int, str]]:
    """Per origin: the highest original id carried so far and its hash."""
    state: dict[str, tuple[int, str]] = {}
    for _rid, values in _carried_entries(conn):
        origin, entry = values.get("origin"), values.get("entry") or {}
        if origin and isinstance(entry.get("id"), int):
            known = state.get(origin)
            if known is None or entry["id"] > known[0]:
                state[origin] = (entry["id"], str(entry.get("hash")))
    return state


def verify_carried(session: Session) -> list[str]:
    """Re-verify every history carried in by merges (``check``): each carried entry's
    content against its original hash, and the links between consecutive ones."""
    last_of: dict[str, tuple[int, str]] = {}
    problems: list[str] = []
    for rid, values in _carried_entries(session):
        origin, entry = values.get("origin"), values.get("entry") or {}
        content = entry.get("content")
        if not origin or not isinstance(content, dict):
            problems.append(f"запись журнала № {rid}: перенесённая запись без содержания")
            continue
        if entry.get("unverified"):
            last_of[origin] = (int(entry.get("id") or 0), str(entry.get("hash")))
            continue
        if _content_hash(content) != entry.get("hash"):
            problems.append(
                f"запись журнала № {rid} (перенесена из другой базы, там № "
                f"{entry.get('id')}): содержание не совпадает с контрольной суммой")
        before = last_of.get(origin)
        if before is not None and before[0] == int(entry.get("id") or 0) - 1 \
                and content.get("prev") != before[1]:
            problems.append(
                f"запись журнала № {rid} (перенесена из другой базы, там № "
                f"{entry.get('id')}): разорвана цепочка перенесённой истории")
        last_of[origin] = (int(entry.get("id") or 0), str(entry.get("hash")))
        if len(problems) > 50:
            break
    return problems


# --- resolving the source's references in the target ------------------------------------

class _Resolver:
    """Source id → target id, per table, through UUIDs (ИНН, login key), cached and bounded."""

    def __init__(self, src: Connection, tgt: Session) -> None:
        self.src, self.tgt = src, tgt
        self.cache: dict[str, dict[int, int | None]] = {}

    def remember(self, table: str, src_id: int, tgt_id: int | None) -> None:
        cache = self.cache.setdefault(table, {})
        if len(cache) > _CACHE_LIMIT:
            cache.clear()
        cache[src_id] = tgt_id

    def map(self, table: str, ids: set[int]) -> dict[int, int | None]:
        cache = self.cache.setdefault(table, {})
        wanted = [i for i in ids if i is not None and i not in cache]
        if wanted:
            t = _table(table)
            extra = [t.c.inn] if table == "enterprises" else (
                [t.c.login_key] if table == "users" else [])
            found: dict[int, int | None] = {}
            for chunk in _chunks(wanted, 900):
                src_rows = self.src.execute(
                    select(t.c.id, t.c.uuid, *extra).where(t.c.id.in_(chunk))).all()
                uuids = [r[1] for r in src_rows]
                by_uuid = dict(self.tgt.execute(
                    select(t.c.uuid, t.c.id).where(t.c.uuid.in_(uuids))).all()) if uuids else {}
                rest = [r for r in src_rows if r[1] not in by_uuid]
                by_key: dict[str, int] = {}
                if rest and extra:
                    keys = [r[2] for r in rest]
                    by_key = dict(self.tgt.execute(
                        select(extra[0], t.c.id).where(extra[0].in_(keys))).all())
                for r in src_rows:
                    found[r[0]] = by_uuid.get(r[1]) or (by_key.get(r[2]) if extra else None)
            for i in wanted:
                self.remember(table, i, found.get(i))
        return {i: cache.get(i) for i in ids if i is not None}


def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for k in range(0, len(items), size):
        yield items[k:k + size]


# --- the merge ---------------------------------------------------------------------------

Progress = Callable[[str], object]


@dataclass
class MergeOptions:
    dry_run: bool = False
    accept_broken_audit: bool = False
    prefer_source: bool = False
    """Two different values: take the source's (a laptop taking the server's data
    back after its own changes went to the server, where their conflicts were
    recorded)."""
    sync: bool = False
    """A laptop's synchronisation with the server: its own user may run it."""
    take_source: frozenset[tuple[str, str]] = frozenset()
    """Conflicts the administrator reviewed and settled for the source's value:
    ``(record UUID, field)`` pairs (the GUI's review before writing)."""


def same_database(source: Database, target: Database) -> bool:
    a, b = source.location, target.location
    assert a is not None and b is not None
    if a.is_server or b.is_server:
        return (a.server is not None and b.server is not None
                and (a.server.host, a.server.port, a.server.database)
                == (b.server.host, b.server.port, b.server.database))
    return a.path.resolve() == b.path.resolve()


def merge(source: Database, target: ServiceContext, options: MergeOptions | None = None,
          *, progress: Progress | None = None) -> MergeReport:
    """Merge ``source`` into the database of ``target`` (see the module docstring).

    With ``dry_run`` nothing is written and the report tells what would be.
    """
    options = options or MergeOptions()
    target.require(Permission.EDIT_OWN_WORK if options.sync else Permission.MERGE)
    if same_database(source, target.db):
        raise MergeError("Источник и база назначения — одна и та же база: объединять нечего. "
                         "Укажите другую базу.")
    say = progress or (lambda _m: None)
    with source.engine.connect() as src:
        say("Проверка журнала событий источника…")
        info = chain_info(src)
        report = MergeReport(source=source.display(), target=target.db.display(),
                             dry_run=options.dry_run)
        report.source_head = {"id": info.head_id, "hash": info.head_hash,
                              "entries": info.entries}
        if info.problem is not None:
            if not options.accept_broken_audit:
                raise MergeError(
                    f"Журнал событий источника ({source.display()}) повреждён: "
                    f"{info.problem}. Объединение отменено, ничего не записано. Если "
                    "источник всё же нужно перенести, повторите с --accept-broken-audit "
                    "(это будет записано в журнал событий).")
            report.broken_audit = info.problem
        if options.dry_run:
            with target.read() as tgt:
                merger = _Merger(source, target, src, tgt, report, info, write=False, say=say)
                merger.prefer_source = options.prefer_source
                merger.take_source = options.take_source
                merger.run()
            return report
        with target.write() as tgt:
            merger = _Merger(source, target, src, tgt, report, info, write=True, say=say)
            merger.prefer_source = options.prefer_source
            merger.take_source = options.take_source
            try:
                merger.run()
                if not report.changes_anything:
                    raise _NothingNew
                merger.finish()
            except _NothingNew:
                pass
            else:
                report.written = True
    return report


class _NothingNew(Exception):
    """Nothing to write: leave the unit of work without committing anything."""


class _Merger:
    def __init__(self, source: Database, ctx: ServiceContext, src: Connection, tgt: Session,  # noqa: PLR0917
                 report: MergeReport, info: ChainInfo, *, write: bool, say: Progress) -> None:
        self.source, self.ctx, self.src, self.tgt = source, ctx, src, tgt
        self.report, self.info, self.write, self.say = report, info, write, say
        self.resolve = _Resolver(src, tgt)
        self.server = tgt.get_bind().dialect.name != "sqlite"
        first = tgt.execute(select(AuditEntry.hash).order_by(AuditEntry.id).limit(1))
        self.target_chain: str | None = first.scalar_one_or_none()
        met = [m for m in (_last_met(tgt, info.first_hash), _last_met(src, self.target_chain))
               if m is not None]
        self.last_met = max(met) if met else None
        report.last_met = self.last_met
        # people erased on either side (tables and the ledgers beside the databases)
        self.erased_ledger = {e.contact_uuid: e for e in read_ledger(ctx.db.path).entries}
        if not source.is_server:
            for e in read_ledger(source.path).entries:
                self.erased_ledger.setdefault(e.contact_uuid, e)
        self.new_erasures: list[LedgerEntry] = []
        self.prefer_source = False
        self.take_source: frozenset[tuple[str, str]] = frozenset()
        self.replaced_links = False

    # ------------------------------------------------------------------ driver
    def run(self) -> None:
        if self.write and not self.server:
            self.tgt.execute(text("PRAGMA secure_delete = ON"))
        for name in ORDER:
            self.say(f"Объединение: {TABLE_LABELS[name]}…")
            self._merge_table(name)
        if self.replaced_links:
            self._link_replaced_files()
        self.say("Объединение: журнал событий…")
        self._carry_audit()

    def finish(self) -> None:
        r = self.report
        details: dict[str, Any] = {
            "source": r.source, "source_head": r.source_head,
            "added": r.added, "updated": r.updated,
            "tables": {k: asdict(v) for k, v in r.counts.items()},
            "conflicts_total": r.conflicts_total,
            "conflicts": [_jsonable(asdict(c)) for c in r.conflicts],
            "settled_for_source": [_jsonable(asdict(c)) for c in r.settled],
            "register_duplicates": [asdict(d) for d in r.duplicates],
            "files_copied": r.files_copied, "audit_carried": r.audit_carried,
            "erasures_applied": r.erasures_applied,
        }
        if r.broken_audit:
            details["accepted_broken_audit"] = r.broken_audit
        actor = self.ctx.actor
        t_users = _table("users")
        user_id = self.tgt.execute(select(t_users.c.id).where(
            t_users.c.login_key == login_key(actor.login))).scalar_one_or_none()
        audit.record(self.tgt, user_id=user_id, user_login=actor.login, action=ACTION_MERGE,
                     entity="database", entity_id=self.info.first_hash, new=details, reason=(
                           "объединение баз: принят источник с повреждённым журналом событий"
                           if r.broken_audit else None))
        if self.new_erasures:
            # before the commit, as every erasure does (see erasure_ledger)
            append_entries(self.ctx.db.path, self.new_erasures)

    # ------------------------------------------------------------------ one table
    def _source_batches(self, t: Table) -> Iterator[list[dict[str, Any]]]:
        key = t.c.sha256 if t.name == "blobs" else t.c.id
        last: Any = None
        while True:
            q = select(t).order_by(key).limit(BATCH)
            if last is not None:
                q = q.where(key > last)
            rows = [dict(r) for r in self.src.execute(q).mappings().all()]
            if not rows:
                return
            last = rows[-1][key.name]
            yield rows

    def _merge_table(self, name: str) -> None:
        t = _table(name)
        counts = self.report.count(name)
        for rows in self._source_batches(t):
            if name == "blobs":
                self._merge_blobs(t, rows, counts)
                continue
            matches = self._matches(t, rows)
            fk_maps = self._fk_maps(t, rows)
            new_rows: list[dict[str, Any]] = []
            for row in rows:
                found = matches.get(_row_key(name, row))
                if found is None and name == "enterprises":
                    found = matches.get(("inn", row["inn"]))
                if found is None and name == "users":
                    found = matches.get(("login", row["login_key"]))
                if found is None and name == "organization_profile":
                    found = matches.get(("only", 0))
                if found is None:
                    new_rows.append(row)
                    continue
                if self._merge_fields(t, row, found, fk_maps):
                    counts.updated += 1
                else:
                    counts.unchanged += 1
                if name in _OFTEN_REFERRED:
                    self.resolve.remember(name, row["id"], found["id"])
            if new_rows:
                counts.added += len(new_rows)
                if self.write:
                    self._insert(t, new_rows, fk_maps)

    def _matches(self, t: Table, rows: list[dict[str, Any]]) -> dict[Any, dict[str, Any]]:
        name = t.name
        found: dict[Any, dict[str, Any]] = {}
        if name == "warning_acknowledgements":
            dossiers = self.resolve.map("dossiers", {r["dossier_id"] for r in rows})
            pairs = {(dossiers.get(r["dossier_id"]), r["rule_id"]) for r in rows}
            ids = [d for d, _ in pairs if d is not None]
            if ids:
                for r in self.tgt.execute(select(t).where(t.c.dossier_id.in_(ids))).mappings():
                    found[("ack", r["dossier_id"], r["rule_id"])] = dict(r)
            # the key of a source row is (its dossier in the target, rule)
            return {("ack_src", r["id"]): found[("ack", dossiers.get(r["dossier_id"]),
                                                 r["rule_id"])]
                    for r in rows if ("ack", dossiers.get(r["dossier_id"]), r["rule_id"])
                    in found}
        uuids = [r["uuid"] for r in rows]
        for r in self.tgt.execute(select(t).where(t.c.uuid.in_(uuids))).mappings():
            found[("uuid", r["uuid"])] = dict(r)
        if name == "enterprises":
            inns = [r["inn"] for r in rows if ("uuid", r["uuid"]) not in found]
            if inns:
                for r in self.tgt.execute(select(t).where(t.c.inn.in_(inns))).mappings():
                    found[("inn", r["inn"])] = dict(r)
        if name == "users":
            keys = [r["login_key"] for r in rows if ("uuid", r["uuid"]) not in found]
            if keys:
                for r in self.tgt.execute(select(t).where(t.c.login_key.in_(keys))).mappings():
                    found[("login", r["login_key"])] = dict(r)
        if name == "organization_profile" and not found:
            only = self.tgt.execute(select(t).order_by(t.c.id).limit(1)).mappings().first()
            if only is not None:
                found[("only", 0)] = dict(only)
        return found

    def _fk_maps(self, t: Table, rows: list[dict[str, Any]]) -> dict[str, dict[int, int | None]]:
        maps: dict[str, dict[int, int | None]] = {}
        for col in t.c.keys():  # noqa: SIM118 - column names, not columns
            ref = _FKS.get(col)
            if t.name == "contact_erasures" and col == "user_id":
                ref = "users"
            if ref is None or (t.name == "document_files" and col == "replaced_by_file_id"):
                continue
            ids = {r[col] for r in rows if r.get(col) is not None}
            maps[col] = self.resolve.map(ref, ids) if ids and self.write else {}
        return maps

    def _mapped(self, t: Table, row: dict[str, Any],
                fk_maps: dict[str, dict[int, int | None]]) -> dict[str, Any]:
        values = {k: v for k, v in row.items() if k != "id"}
        for col, mapping in fk_maps.items():
            if values.get(col) is not None:
                values[col] = mapping.get(values[col])
        if t.name == "document_files" and values.get("replaced_by_file_id") is not None:
            values["replaced_by_file_id"] = None
            self.replaced_links = True
        return values

    # ------------------------------------------------------------------ new records
    def _insert(self, t: Table, rows: list[dict[str, Any]],
                fk_maps: dict[str, dict[int, int | None]]) -> None:
        values = [self._mapped(t, r, fk_maps) for r in rows]
        name = t.name
        if name == "contact_persons":
            self._erased_on_arrival(values)
        if name == "outgoing_register":
            self._register_numbers(t, values)
        for v in values:
            missing = [c for c in ("enterprise_id", "dossier_id", "document_id")
                       if c in v and v[c] is None and not t.c[c].nullable]
            if missing:
                raise MergeError(
                    f"Объединение остановлено, ничего не записано: запись «{_describe(name, v)}» "
                    f"ссылается на отсутствующую в источнике запись ({', '.join(missing)}). "
                    "Проверьте источник командой check.")
        if name in ("enterprises", "consultations", "users", "contact_persons", "dossiers",
                    "dossier_documents", "document_files"):
            # a plain executemany (one short statement the driver pipelines) and one
            # query for the new ids: much cheaper on the server than INSERT … RETURNING
            # of a batch, which the driver re-parses as one huge statement
            self._insert_rows(t, values)
            by_uuid = dict(self.tgt.execute(select(t.c.uuid, t.c.id).where(
                t.c.uuid.in_([v["uuid"] for v in values]))).all())
            if name in _OFTEN_REFERRED:   # others are looked up when a reference needs them
                for src_row in rows:
                    self.resolve.remember(name, src_row["id"], by_uuid.get(src_row["uuid"]))
            if name == "enterprises":
                self._index("enterprise",
                            [(by_uuid[v["uuid"]], v["search_key"]) for v in values])
            if name == "consultations":
                self._index("consultation", [
                    (by_uuid[v["uuid"]], _consultation_body(v)) for v in values])
        else:
            self._insert_rows(t, values)
        if name == "contact_erasures":
            self.new_erasures.extend(
                LedgerEntry(erasure_uuid=v["uuid"], contact_uuid=v["contact_uuid"],
                            erased_at=v["erased_at"], reason=v.get("reason") or "")
                for v in values)

    def _insert_rows(self, t: Table, values: list[dict[str, Any]]) -> None:
        """Insert a batch: on the server with COPY (one statement for the batch: a
        row-by-row executemany costs a round of triggers and parsing per row)."""
        if not self.server or len(values) < 20:
            self.tgt.execute(insert(t), values)
            return
        from psycopg import sql
        from psycopg.types.json import Json

        cols = list(values[0])
        json_cols = {c for c in cols if isinstance(t.c[c].type, JSON)}
        statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
            sql.Identifier(t.name), sql.SQL(", ").join(sql.Identifier(c) for c in cols))
        raw: Any = self.tgt.connection().connection.driver_connection
        with raw.cursor() as cur, cur.copy(statement) as copy:
            for v in values:
                copy.write_row([
                    Json(v[c]) if c in json_cols and v[c] is not None else _naive_utc(v[c])
                    for c in cols])
        recorded = self.tgt.info.get("rci_changed")
        if recorded is not None:   # what the write changed, for the windows (context.py)
            recorded.add(t.name)

    def _index(self, kind: str, rows: list[tuple[int, str]]) -> None:
        """Search words of new records; on the server through COPY into a temporary
        table and one INSERT … SELECT (see :func:`search.bulk_index`)."""
        if not self.server or len(rows) < 20:
            search.bulk_index(self.tgt, kind, rows)
            return
        raw: Any = self.tgt.connection().connection.driver_connection
        with raw.cursor() as cur:
            cur.execute("CREATE TEMPORARY TABLE IF NOT EXISTS merge_words "
                        "(id integer, body text) ON COMMIT DROP")
            cur.execute("TRUNCATE merge_words")
            with cur.copy("COPY merge_words (id, body) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            table = "enterprise_search" if kind == "enterprise" else "consultation_search"
            cur.execute(
                f"INSERT INTO {table} (id, words) SELECT id, to_tsvector('russian', body) "
                "|| to_tsvector('simple', body) FROM merge_words "
                "ON CONFLICT (id) DO UPDATE SET words = EXCLUDED.words")

    def _erased_on_arrival(self, values: list[dict[str, Any]]) -> None:
        uuids = [v["uuid"] for v in values if v.get("erased_at") is None]
        if not uuids:
            return
        t = _table("contact_erasures")
        known = {u: at for u, at in self.tgt.execute(
            select(t.c.contact_uuid, t.c.erased_at).where(t.c.contact_uuid.in_(uuids)))}
        for v in values:
            if v.get("erased_at") is not None:
                continue
            at = known.get(v["uuid"])
            ledger = self.erased_ledger.get(v["uuid"])
            if at is None and ledger is not None:
                at = ledger.erased_at
            if at is not None:
                _erase_values(v, at)
                self.report.erasures_applied += 1

    def _register_numbers(self, t: Table, values: list[dict[str, Any]]) -> None:
        from .outgoing_register import _register_format, allocate_number

        numbers = [v["number"] for v in values]
        taken = {r["number"]: dict(r) for r in self.tgt.execute(
            select(t).where(t.c.number.in_(numbers))).mappings()}
        pairs = {(r["year"], r["seq"]): dict(r) for r in self.tgt.execute(
            select(t).where(t.c.year.in_({v["year"] for v in values}),
                            t.c.seq.in_({v["seq"] for v in values}))).mappings()}
        suggested: dict[int, int] = {}
        for v in values:
            other = taken.get(v["number"]) or pairs.get((v["year"], v["seq"]))
            if other is None:
                continue
            if (other.get("origin") or "") == (v.get("origin") or ""):
                v["origin"] = self._origin_label()
            year, seq, number = allocate_number(self.tgt, v["issued_at"])
            if year in suggested:
                seq = suggested[year] + 1
                number = _register_format(self.tgt).format(year=year, seq=seq)
            suggested[year] = seq
            self.report.duplicates.append(RegisterDuplicate(
                number=v["number"],
                target_letter=_letter_words(other), source_letter=_letter_words(v),
                suggestion=(f"Предлагается: сообщить адресату письма из источника "
                            f"исправленный номер — следующий свободный {number} — или "
                            "отозвать письмо; номера в реестре не изменены.")))

    def _origin_label(self) -> str:
        return f"объединение из {self.report.source}"[:100]

    # ------------------------------------------------------------------ records on both sides
    def _changed_since_met(self, row: dict[str, Any]) -> bool:
        at = row.get("updated_at")
        return self.last_met is None or at is None or at > self.last_met

    def _merge_fields(self, t: Table, row: dict[str, Any], found: dict[str, Any],
                      fk_maps: dict[str, dict[int, int | None]]) -> bool:
        name = t.name
        if name == "contact_persons" and (row.get("erased_at") or found.get("erased_at")):
            return self._merge_erased_contact(t, row, found)
        if name in ("contact_erasures", "blobs"):
            return False
        s_changed, t_changed = self._changed_since_met(row), self._changed_since_met(found)
        one_side = self.last_met is not None and s_changed != t_changed
        changes: dict[str, Any] = {}
        for col in t.c.keys():  # noqa: SIM118 - column names, not columns
            if col in _NEVER_COMPARED:
                continue
            ours, theirs = found.get(col), row.get(col)
            if ours == theirs or (_empty(ours) and _empty(theirs)):
                continue
            if one_side:
                if s_changed:
                    changes[col] = theirs
                continue
            if _empty(ours):
                changes[col] = theirs
            elif _empty(theirs) or col in _DERIVED:
                continue
            elif self.prefer_source or (found.get("uuid"), col) in self.take_source:
                changes[col] = theirs
                if not self.prefer_source:
                    self.report.settled.append(Conflict(
                        table=name, record=_describe(name, found), uuid=found.get("uuid"),
                        field=col, label=_field_label(name, col),
                        target_value=ours, source_value=theirs))
            else:
                self.report.add_conflict(Conflict(
                    table=name, record=_describe(name, found), uuid=found.get("uuid"),
                    field=col, label=_field_label(name, col),
                    target_value=ours, source_value=theirs))
        if name == "users" and _empty(found.get("password_hash")) \
                and not _empty(row.get("password_hash")):
            changes["password_hash"] = row["password_hash"]
        if "deleted_at" in changes and "deleted_by_id" in t.c:
            # who removed the record comes with the removal (ids mapped like any reference)
            who = row.get("deleted_by_id") if changes["deleted_at"] is not None else None
            changes["deleted_by_id"] = (fk_maps.get("deleted_by_id", {}).get(who)
                                        if who is not None else None)
        if not changes:
            return False
        if self.write:
            if "updated_at" in t.c and row.get("updated_at") and found.get("updated_at"):
                changes["updated_at"] = max(row["updated_at"], found["updated_at"])
            if name == "enterprises":
                merged = {**found, **changes}
                changes["search_key"] = search.enterprise_body(
                    merged["full_name"], merged.get("short_name"), merged["inn"],
                    merged.get("ogrn"), merged.get("kpp"))
                search.index(self.tgt, "enterprise", found["id"], changes["search_key"],
                             old_body=found.get("search_key"))
            if name == "consultations":
                merged = {**found, **changes}
                search.index(self.tgt, "consultation", found["id"], _consultation_body(merged),
                             old_body=_consultation_body(found))
            self.tgt.execute(update(t).where(t.c.id == found["id"]).values(**changes))
        return True

    def _merge_erased_contact(self, t: Table, row: dict[str, Any], found: dict[str, Any]) -> bool:
        """Either side erased: the target's record ends erased, nothing personal compared."""
        if found.get("erased_at") is not None:
            return False
        self.report.erasures_applied += 1
        if self.write:
            values: dict[str, Any] = {}
            _erase_values(values, row["erased_at"])
            self.tgt.execute(update(t).where(t.c.id == found["id"]).values(**values))
        return True

    # ------------------------------------------------------------------ files
    def _merge_blobs(self, t: Table, rows: list[dict[str, Any]], counts: Counts) -> None:
        have = set(self.tgt.execute(select(t.c.sha256).where(
            t.c.sha256.in_([r["sha256"] for r in rows]))).scalars())
        new = [r for r in rows if r["sha256"] not in have]
        for r in rows:
            try:
                if self.write:
                    copied = copy_document_file(self.source, self.ctx.db, r["sha256"],
                                                self.tgt)
                else:
                    copied = _would_copy(self.source, self.ctx.db, r["sha256"])
            except FileProblem as exc:
                raise MergeError(self._file_problem(r["sha256"], exc.state)) from None
            if copied:
                self.report.files_copied += 1
            else:
                self.report.files_present += 1
        counts.added += len(new)
        counts.unchanged += len(rows) - len(new)
        if new and self.write:
            self.tgt.execute(insert(t), new)

    def _file_problem(self, sha: str, state: str) -> str:
        what = "отсутствует" if state == "missing" else "изменён (контрольная сумма не совпадает)"
        q = text(
            "SELECT d.id, d.title, d.program_code, dd.doc_type, dd.title, f.original_name "
            "FROM document_files f JOIN dossier_documents dd ON dd.id = f.document_id "
            "JOIN dossiers d ON d.id = dd.dossier_id WHERE f.blob_sha256 = :s ORDER BY f.id")
        row = self.src.execute(q, {"s": sha}).first()
        if row is not None:
            where = (f"досье № {row[0]} «{row[1] or row[2]}», документ «{row[4] or row[3]}», "
                     f"файл «{row[5]}»")
        else:
            letter = self.src.execute(text(
                "SELECT number FROM outgoing_register WHERE pdf_sha256 = :s"), {"s": sha}).first()
            where = f"письмо исх. № {letter[0]}" if letter else f"файл {sha[:12]}…"
        return (f"Объединение остановлено, ничего не записано: в источнике "
                f"({self.report.source}) файл документа {what} — {where}. Проверьте источник "
                "командой check и восстановите файл из резервной копии.")

    def _link_replaced_files(self) -> None:
        """A replaced file names its successor: linked once every file is in."""
        t = _table("document_files")
        last = 0
        while True:
            rows = self.src.execute(select(t.c.id, t.c.uuid, t.c.replaced_by_file_id).where(
                t.c.id > last, t.c.replaced_by_file_id.is_not(None)).order_by(t.c.id)
                .limit(BATCH)).all()
            if not rows:
                return
            last = rows[-1][0]
            targets = self.resolve.map("document_files", {r[2] for r in rows})
            for _id, file_uuid, succ in rows:
                new = targets.get(succ)
                if new is not None:
                    self.tgt.execute(update(t).where(
                        t.c.uuid == file_uuid, t.c.replaced_by_file_id.is_(None))
                        .values(replaced_by_file_id=new))

    # ------------------------------------------------------------------ the event log
    def _carry_audit(self) -> None:
        t = _table("audit_log")
        state = _carried_state(self.tgt)
        source_chain = self.info.first_hash
        own_prefix = 0
        if source_chain is not None and source_chain == self.target_chain:
            own_prefix = self._common_prefix()
            source_chain = f"{source_chain}/{own_prefix}"
        prev = self.tgt.execute(select(t.c.hash).order_by(t.c.id.desc()).limit(1)) \
            .scalar_one_or_none() or audit.GENESIS
        broken_from = self.info.first_broken_id
        last = own_prefix
        while True:
            rows = self.src.execute(select(t).where(t.c.id > last).order_by(t.c.id)
                                    .limit(BATCH)).mappings().all()
            if not rows:
                break
            batch: list[dict[str, Any]] = []
            for row in rows:
                last = row["id"]
                carried = self._carried_form(row, source_chain, broken_from)
                if carried is None:
                    self.report.audit_skipped += 1
                    continue
                origin, entry = carried
                known = state.get(origin)
                if known is not None and entry["id"] <= known[0]:
                    self.report.audit_skipped += 1
                    continue
                state[origin] = (entry["id"], entry["hash"])
                self.report.audit_carried += 1
                if not self.write:
                    continue
                content = entry["content"]
                new = AuditEntry(
                    at=row["at"], user_id=None, user_login=content.get("user_login"),
                    action=ACTION_CARRIED, entity=str(content.get("entity") or "")[:50],
                    entity_id=None, entity_uuid=content.get("entity_uuid"),
                    old_values=None,
                    new_values={"origin": origin, "source": self.report.source, "entry": entry},
                    reason=None, prev_hash=prev)
                new.hash = prev = audit.entry_hash(new)
                batch.append({c: getattr(new, c) for c in _AUDIT_FIELDS})
            if batch:
                self.tgt.execute(insert(AuditEntry), batch)

    def _carried_form(self, row: Any, source_chain: str | None,
                      broken_from: int | None) -> tuple[str, dict[str, Any]] | None:
        if row["action"] == ACTION_CARRIED:
            values = row["new_values"] or {}
            origin, entry = values.get("origin"), values.get("entry")
            if not origin or not isinstance(entry, dict) or not isinstance(entry.get("id"), int):
                return None
            if self.target_chain is not None and origin.split("/")[0] == self.target_chain:
                return None  # the target's own history, back from a copy of it
            return str(origin), dict(entry)
        entry = {"id": row["id"], "hash": row["hash"], "content": _canonical_content(row)}
        if broken_from is not None and row["id"] >= broken_from:
            entry["unverified"] = True
        return str(source_chain), entry

    def _common_prefix(self) -> int:
        """How many first entries the source shares with the target (a copy of it)."""
        t = _table("audit_log")
        last = 0
        while True:
            src = self.src.execute(select(t.c.id, t.c.hash).where(t.c.id > last)
                                   .order_by(t.c.id).limit(BATCH)).all()
            if not src:
                return last
            tgt = dict(self.tgt.execute(select(t.c.id, t.c.hash).where(
                t.c.id.in_([r[0] for r in src]))).all())
            for rid, h in src:
                if tgt.get(rid) != h:
                    return last
                last = rid


def _would_copy(source: Database, target: Database, sha256: str) -> bool:
    """The dry run's check of one file (the same answers as :func:`copy_document_file`)."""
    src, dst = store_for(source), store_for(target)
    if dst.verify(sha256) == "ok":
        return False
    state = src.verify(sha256)
    if state != "ok":
        raise FileProblem(state)
    return True


def _naive_utc(value: Any) -> Any:
    """A time as the server's columns keep it (UTC without zone, like the models' type)."""
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone(dt.UTC).replace(tzinfo=None)
    return value


def _row_key(name: str, row: dict[str, Any]) -> Any:
    if name == "warning_acknowledgements":
        return ("ack_src", row["id"])
    return ("uuid", row["uuid"])


def _consultation_body(v: dict[str, Any]) -> str:
    return search.consultation_body(v.get("topic"), v.get("questions"), v.get("advice"),
                                    v.get("outcome"), v.get("next_step"))


def _erase_values(values: dict[str, Any], at: dt.datetime) -> None:
    values["last_name"] = ERASED_NAME
    for f in PERSONAL_FIELDS:
        if f != "last_name":
            values[f] = None
    values["erased_at"] = at


def _letter_words(v: dict[str, Any]) -> str:
    issued = v.get("issued_at")
    when = f" от {issued.astimezone():%d.%m.%Y}" if isinstance(issued, dt.datetime) else ""
    about = f" «{v['subject']}»" if v.get("subject") else ""
    return f"письмо{when}{about}"


# --- a laptop and the server --------------------------------------------------------------

@dataclass
class SyncReport:
    pushed: MergeReport | None
    """The laptop's changes merged into the server (None for a first copy)."""
    pulled: MergeReport
    """The server's current data merged into the laptop."""


def sync(laptop: ServiceContext, server: ServiceContext, *,
         progress: Progress | None = None) -> SyncReport:
    """«Синхронизировать с сервером»: the laptop's work goes to the server (conflicts
    reported there, the server's values kept), then the laptop takes the server's
    current data. A new, empty laptop database just receives a copy.

    Both contexts act as the same person, signed in on the server."""
    from desktop_app.core.db.models import User

    with laptop.read() as s:
        first_copy = s.execute(select(User.id).limit(1)).first() is None
    pushed = None
    if not first_copy:
        pushed = merge(laptop.db, server, MergeOptions(sync=True), progress=progress)
    pulled = merge(server.db, laptop, MergeOptions(sync=True, prefer_source=True),
                   progress=progress)
    return SyncReport(pushed, pulled)


def merge_from(target: ServiceContext, source: str | Path, options: MergeOptions | None = None,
               *, progress: Progress | None = None) -> MergeReport:
    """Open the source (:func:`open_source`), merge it into ``target``, close it."""
    db = open_source(source)
    try:
        return merge(db, target, options, progress=progress)
    finally:
        db.close()


def sync_with_server(laptop: Any, server_url: str, password: str, *,
                     progress: Progress | None = None) -> SyncReport:
    """The laptop's «Синхронизировать с сервером»: ``laptop`` are the signed-in
    person's services on the laptop's database; the same login signs in on the
    server with ``password``."""
    from desktop_app.core.db.location import is_server_url

    from .facade import open_services

    if not is_server_url(server_url):
        raise MergeError("Адрес сервера центра: укажите адрес вида "
                         "postgresql://пользователь@сервер:5432/база")
    server = open_services(server_url, program="синхронизация")
    try:
        actor = server.users.sign_in(laptop.actor.login, password)
        return sync(laptop.as_actor(actor).ctx, server.as_actor(actor).ctx, progress=progress)
    finally:
        server.close()


# --- opening the two databases -------------------------------------------------------------

def open_source(value: str | Path) -> Database:
    """Open the database to merge from, never changing it (no migration, no creation).

    A file that is missing, not a database of this program, or written by a
    newer or an older version of the program is refused in words."""
    from desktop_app.core.db.engine import (
        DatabaseError,
        check_revision,
        current_revision,
        head_revision,
        make_engine,
        open_database,
    )
    from desktop_app.core.db.location import parse_location

    location = parse_location(value)
    if not location.is_server:
        path = location.path
        if not path.is_file() or path.stat().st_size == 0:
            raise MergeError(f"Источник «{path}» не найден или пуст: укажите файл базы данных "
                             "программы (.sqlite3) или адрес сервера.")
        with path.open("rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                raise MergeError(f"Файл «{path.name}» не является базой данных программы "
                                 "(это не файл SQLite): укажите другой источник.")
        engine = make_engine(path)
        try:
            try:
                current = current_revision(engine)
            except Exception as exc:
                raise MergeError(f"Файл «{path.name}» не читается как база данных: "
                                 f"{exc.__class__.__name__}. Укажите другой источник.") from exc
        finally:
            engine.dispose()
        if current is None:
            raise MergeError(f"Файл «{path.name}» — база SQLite, но не база программы "
                             "RCI Intake (в ней нет схемы программы): укажите другой источник.")
        try:
            check_revision(current, path.name)
        except DatabaseError as exc:
            raise MergeError(f"Источник: {exc} Ничего не изменено.") from exc
        if current != head_revision():
            raise MergeError(
                f"Источник «{path.name}» создан более старой версией программы (схема "
                f"{current}): сначала откройте его этой версией (команда init с --db "
                "источника обновит схему, сделав резервную копию), затем повторите.")
    try:
        return open_database(location, migrate=False, program="объединение баз")
    except DatabaseError as exc:
        raise MergeError(f"Источник: {exc}") from exc
