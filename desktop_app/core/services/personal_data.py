"""Erasing a contact person's personal data on request, and the destruction act.

What erasure does
    The personal fields of the contact person (surname, first name,
    patronymic, position, phone, e-mail) are overwritten: the surname becomes
    «Удалено по запросу», the rest NULL. The record itself stays, so
    consultations and dossiers that refer to it keep a consistent history;
    ``erased_at`` is set and the record can no longer be edited. The write uses
    ``PRAGMA secure_delete`` and a WAL checkpoint so old page images do not
    linger in the database file.

The event-log entry of the erasure stores the *names* of the erased fields,
never their values.

Earlier event-log entries (decision)
    Entries written before the erasure (creation and changes of the contact)
    keep the old values; the log is not rewritten. Reasoning: the log is kept
    for a separate purpose — registering actions with personal data, which the
    operator must do (ч. 1 и ч. 2 ст. 19 152-ФЗ; ПП РФ от 01.11.2012 № 1119,
    п. 13–15; Приказ Роскомнадзора от 28.10.2022 № 179 requires the event log
    to show *what* was destroyed and *whose* data it was). Rewriting it would
    destroy its value as evidence (the hash chain exists to prove nothing was
    rewritten). The log is readable only by the supervisor and the
    administrator, and every reader of the log — the viewer, the per-record
    history and the XLSX/CSV export — masks the personal fields of an erased
    contact (see :func:`mask_erased`), so after erasure nobody sees those
    values through the program. The values leave the database entirely when
    the log's retention period ends (log archiving is a separate task).
    Backups made before the erasure still hold the data until the rotation
    removes them; the act says so.

The act and the ledger (decisions)
    The content of the act is stored in ``contact_erasures`` in the same
    transaction as the erasure, and the PDF is drawn from that stored content
    before the transaction commits; the file is written only afterwards. So an
    erasure always has its act, a file that cannot be written loses nothing,
    and the act of any past erasure can be printed again. The act names the
    subject (Приказ Роскомнадзора № 179 requires it); it is readable only by
    those who may erase personal data. Every erasure is also appended to the
    ledger beside the database (:mod:`.erasure_ledger`, no personal data in
    it); after a restore :meth:`PersonalDataService.reapply_ledger` erases
    again whoever an older copy brought back, with an act of its own.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
import sqlite3
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop_app import APP_NAME, APP_TITLE_RU
from desktop_app.core import vocabulary
from desktop_app.core.db.models import (
    AuditEntry,
    ContactErasure,
    ContactPerson,
    Enterprise,
    OrganizationProfile,
    User,
)
from desktop_app.core.errors import InputError, NotFoundError, UserError
from desktop_app.core.files import write_atomically
from desktop_app.core.formatting import utcnow

from .context import ROLE_LABELS, Permission, ServiceContext
from .erasure_ledger import LedgerEntry, add_missing, append_entries, ledger_path, read_ledger

ERASED_NAME = "Удалено по запросу"
MASK = "«уничтожено»"

# field → category of personal data (as written in the act)
PERSONAL_FIELDS: dict[str, str] = {
    "last_name": "фамилия",
    "first_name": "имя",
    "middle_name": "отчество",
    "position": "должность",
    "phone": "номер телефона",
    "email": "адрес электронной почты",
}

ACTION_LABELS = vocabulary.AUDIT_ACTIONS

KIND_REQUEST = "request"
KIND_REAPPLIED = "reapplied"
KIND_LABELS = vocabulary.ERASURE_KINDS

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LogLine:
    entry_id: int
    at: dt.datetime
    user_login: str | None
    action: str
    hash: str


@dataclass(frozen=True)
class ErasureResult:
    """What the act shows; kept in ``contact_erasures.act`` (see :func:`act_content`)."""

    contact_id: int
    contact_uuid: str
    enterprise_name: str
    enterprise_inn: str
    subject_name: str
    fields: tuple[str, ...]
    reason: str
    erased_at: dt.datetime
    act_number: str
    audit_entry_id: int
    audit_hash: str
    performed_by: str
    performed_by_role: str
    organization_name: str
    organization_address: str | None
    log_extract: tuple[LogLine, ...]
    erasure_id: int = 0
    erasure_uuid: str = ""
    kind: str = KIND_REQUEST
    original_act: str | None = None
    original_at: dt.datetime | None = None

    @property
    def categories(self) -> list[str]:
        return [PERSONAL_FIELDS[f] for f in self.fields if f in PERSONAL_FIELDS]


def act_content(result: ErasureResult) -> dict[str, Any]:
    """The act as JSON-ready data (what ``contact_erasures.act`` keeps)."""
    return {
        "version": 1,
        "contact_id": result.contact_id,
        "contact_uuid": result.contact_uuid,
        "enterprise_name": result.enterprise_name,
        "enterprise_inn": result.enterprise_inn,
        "subject_name": result.subject_name,
        "fields": list(result.fields),
        "reason": result.reason,
        "erased_at": result.erased_at.isoformat(),
        "act_number": result.act_number,
        "audit_entry_id": result.audit_entry_id,
        "audit_hash": result.audit_hash,
        "performed_by": result.performed_by,
        "performed_by_role": result.performed_by_role,
        "organization_name": result.organization_name,
        "organization_address": result.organization_address,
        "log_extract": [
            {"entry_id": x.entry_id, "at": x.at.isoformat(), "user_login": x.user_login,
             "action": x.action, "hash": x.hash} for x in result.log_extract
        ],
        "kind": result.kind,
        "original_act": result.original_act,
        "original_at": result.original_at.isoformat() if result.original_at else None,
    }


def _moment(value: Any) -> dt.datetime:
    moment = dt.datetime.fromisoformat(str(value))
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def result_from_act(erasure_id: int, erasure_uuid: str, act: dict[str, Any]) -> ErasureResult:
    """The act kept by :func:`act_content`, ready to print again."""
    return ErasureResult(
        contact_id=int(act["contact_id"]),
        contact_uuid=str(act["contact_uuid"]),
        enterprise_name=str(act["enterprise_name"]),
        enterprise_inn=str(act["enterprise_inn"]),
        subject_name=str(act["subject_name"]),
        fields=tuple(str(f) for f in act["fields"]),
        reason=str(act["reason"]),
        erased_at=_moment(act["erased_at"]),
        act_number=str(act["act_number"]),
        audit_entry_id=int(act["audit_entry_id"]),
        audit_hash=str(act["audit_hash"]),
        performed_by=str(act["performed_by"]),
        performed_by_role=str(act["performed_by_role"]),
        organization_name=str(act.get("organization_name") or ""),
        organization_address=act.get("organization_address"),
        log_extract=tuple(
            LogLine(int(x["entry_id"]), _moment(x["at"]), x.get("user_login"), str(x["action"]),
                    str(x["hash"])) for x in act.get("log_extract") or ()
        ),
        erasure_id=erasure_id,
        erasure_uuid=erasure_uuid,
        kind=str(act.get("kind") or KIND_REQUEST),
        original_act=act.get("original_act"),
        original_at=_moment(act["original_at"]) if act.get("original_at") else None,
    )


@dataclass(frozen=True)
class ErasureOut:
    """One erasure as lists show it (no personal data: the subject is in the act only)."""

    id: int
    act_number: str
    erased_at: dt.datetime
    kind: str
    contact_id: int | None
    contact_uuid: str
    enterprise: str
    user_login: str | None
    reason: str
    has_act: bool

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


def erased_contact_ids(session: Session, ids: Iterable[str | None]) -> set[str]:
    """Which of the given contact-person ids (as logged: strings) are erased."""
    numeric = {int(i) for i in ids if i is not None and i.isdigit()}
    if not numeric:
        return set()
    rows = session.execute(
        select(ContactPerson.id).where(
            ContactPerson.id.in_(numeric), ContactPerson.erased_at.is_not(None)
        )
    ).scalars()
    return {str(r) for r in rows}


def erased_contact_uuids(session: Session, uuids: Iterable[str | None]) -> set[str]:
    """Which of the given contact-person UUIDs are erased."""
    wanted = {u for u in uuids if u}
    if not wanted:
        return set()
    return set(session.execute(select(ContactPerson.uuid).where(
        ContactPerson.uuid.in_(wanted), ContactPerson.erased_at.is_not(None))).scalars())


def mask_carried(values: dict[str, Any] | None) -> dict[str, Any] | None:
    """An entry carried in by a merge (its original content nested) with the personal
    fields of its old and new values masked."""
    if not values or not isinstance(values.get("entry"), dict):
        return values
    entry = dict(values["entry"])
    content = dict(entry.get("content") or {})
    for key in ("old", "new"):
        if isinstance(content.get(key), dict):
            content[key] = mask_erased(content[key])
    entry["content"] = content
    return {**values, "entry": entry}


def mask_erased(values: dict[str, Any] | None) -> dict[str, Any] | None:
    """The personal fields of a log entry's values replaced by :data:`MASK`."""
    if values is None:
        return None
    return {k: (MASK if k in PERSONAL_FIELDS and v is not None else v) for k, v in values.items()}


def _ledger_entry(row: ContactErasure) -> LedgerEntry:
    return LedgerEntry(erasure_uuid=row.uuid, contact_uuid=row.contact_uuid,
                       erased_at=row.erased_at, reason=row.reason)


def erasures_in_file(path: Path) -> list[dict[str, Any]]:
    """The ``contact_erasures`` rows of another database file (read-only; none when
    it cannot be read), for carrying them over a restore."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return []
    try:
        conn.row_factory = sqlite3.Row
        rows = conn.execute("SELECT * FROM contact_erasures ORDER BY id").fetchall()
    except sqlite3.Error:
        return []
    finally:
        conn.close()
    out = []
    for row in rows:
        data = dict(row)
        act = data.get("act")
        try:
            data["act"] = json.loads(act) if isinstance(act, str) else None
        except ValueError:
            data["act"] = None
        data["erased_at"] = _moment(data["erased_at"])
        out.append(data)
    return out


class PersonalDataService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @property
    def db_path(self) -> Path:
        return self.ctx.db.path

    def erase_contact(self, contact_id: int, *, reason: str) -> ErasureResult:
        """Erase a contact person's personal data; returns what the act shows.

        The act's content is stored with the erasure in one transaction, and
        the erasure is appended to the ledger beside the database before that
        transaction commits: either the person is erased and the act can be
        printed (now or later, :meth:`act`), or nothing happened.
        """
        self.ctx.require(Permission.ERASE_PERSONAL_DATA)
        reason = unicodedata.normalize("NFC", reason or "").strip()
        if not reason:
            raise InputError(
                "Причина уничтожения: укажите основание (например, «отзыв согласия, "
                "заявление от 01.02.2026»)"
            )
        if len(reason) > 2000:
            raise InputError("Причина уничтожения: не длиннее 2000 знаков")
        with self.ctx.write() as s:
            if not self.ctx.db.is_server:
                s.execute(text("PRAGMA secure_delete = ON"))
            person = s.get(ContactPerson, contact_id)
            if person is None:
                raise NotFoundError(f"контактное лицо № {contact_id} не найдено")
            if person.erased_at is not None:
                raise InputError(
                    f"персональные данные контактного лица № {contact_id} уже уничтожены "
                    f"{person.erased_at.astimezone():%d.%m.%Y}"
                )
            result, row = self._erase(s, person, reason=reason)
            try:
                append_entries(self.db_path, [_ledger_entry(row)])
            except (OSError, UserError) as exc:
                why = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
                raise InputError(
                    "Уничтожение не выполнено, ничего не изменено: не удалось записать "
                    f"журнал уничтожений рядом с базой ({why}). Освободите "
                    "место на диске или проверьте права на папку базы и повторите."
                ) from exc
            if self.ctx.db.is_server:  # this workstation's ledger learns the others' too
                add_missing(self.db_path, [_ledger_entry(r) for r in s.execute(
                    select(ContactErasure).order_by(ContactErasure.id)).scalars()])
        self._checkpoint()
        return result

    def _checkpoint(self) -> None:
        """Old images of the overwritten rows: out of the WAL (SQLite), or vacuumed away
        (the server keeps old row versions until VACUUM; best effort: it needs the
        table owner's right, and the server's autovacuum does it later otherwise)."""
        if self.ctx.db.is_server:
            try:
                with self.ctx.db.engine.connect().execution_options(
                        isolation_level="AUTOCOMMIT") as conn:
                    for table in ("contact_persons", "consultations", "contact_erasures"):
                        conn.exec_driver_sql(f"VACUUM {table}")
            except Exception as exc:  # autovacuum will do it later
                log.info("VACUUM after erasure not done: %s", exc)
            return
        with self.ctx.db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def _erase(
        self, s: Session, person: ContactPerson, *, reason: str, kind: str = KIND_REQUEST,
        original: ContactErasure | None = None,
    ) -> tuple[ErasureResult, ContactErasure]:
        """Overwrite the personal fields, log it, and keep the act (in ``s``'s transaction)."""
        subject = " ".join(
            p for p in (person.last_name, person.first_name, person.middle_name) if p
        )
        fields = tuple(f for f in PERSONAL_FIELDS if getattr(person, f) is not None)
        ent = s.get(Enterprise, person.enterprise_id)
        assert ent is not None
        actor = self.ctx.actor
        known_user = actor.user_id is not None and s.get(User, actor.user_id) is not None
        now = utcnow()
        person.last_name = ERASED_NAME
        for f in PERSONAL_FIELDS:
            if f != "last_name":
                setattr(person, f, None)
        person.erased_at = now
        person.updated_by_id = actor.user_id if known_user else None
        row = ContactErasure(
            contact_id=person.id, contact_uuid=person.uuid, erased_at=now,
            user_id=actor.user_id, user_login=actor.login, reason=reason, act_number="",
            kind=kind, original_uuid=original.uuid if original is not None else None,
        )
        s.add(row)
        s.flush()
        row.act_number = _free_act_number(s, now, row.id)
        details: dict[str, Any] = {"erased_fields": list(fields), "erased_at": now.isoformat(),
                                   "erasure": row.uuid, "act": row.act_number}
        if original is not None:
            details["reapplied_erasure"] = original.uuid
        self.ctx.audit(s, "erase_personal_data", "contact_person", person.id,
                       entity_uuid=person.uuid, new=details, reason=reason)
        entry = s.execute(
            select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)
        ).scalar_one()
        extract = tuple(
            LogLine(e.id, e.at, e.user_login, e.action, e.hash)
            for e in s.execute(
                select(AuditEntry)
                .where(AuditEntry.entity == "contact_person",
                       AuditEntry.entity_id == str(person.id))
                .order_by(AuditEntry.id)
            ).scalars()
        )
        org = s.execute(
            select(OrganizationProfile).order_by(OrganizationProfile.id).limit(1)
        ).scalar_one_or_none()
        result = ErasureResult(
            contact_id=person.id,
            contact_uuid=person.uuid,
            enterprise_name=ent.short_name or ent.full_name,
            enterprise_inn=ent.inn,
            subject_name=subject,
            fields=fields,
            reason=reason,
            erased_at=now,
            act_number=row.act_number,
            audit_entry_id=entry.id,
            audit_hash=entry.hash,
            performed_by=actor.full_name,
            performed_by_role=ROLE_LABELS[actor.role],
            organization_name=(org.full_name if org else ""),
            organization_address=(org.legal_address if org else None),
            log_extract=extract,
            erasure_id=row.id,
            erasure_uuid=row.uuid,
            kind=kind,
            original_act=original.act_number if original is not None else None,
            original_at=original.erased_at if original is not None else None,
        )
        row.act = act_content(result)
        # The act is drawn from what was stored before anything commits: an act that
        # cannot be produced stops the erasure instead of being lost after it.
        destruction_act_pdf(result_from_act(row.id, row.uuid, row.act))
        return result, row

    # --- past erasures and their acts ------------------------------------------------
    def list_erasures(self) -> list[ErasureOut]:
        """Every erasure, newest first."""
        self.ctx.require(Permission.ERASE_PERSONAL_DATA)
        with self.ctx.read() as s:
            rows = s.execute(
                select(ContactErasure).order_by(ContactErasure.id.desc())
            ).scalars().all()
            out = []
            for row in rows:
                act = row.act or {}
                enterprise = (f"{act.get('enterprise_name')}, ИНН {act.get('enterprise_inn')}"
                              if act else "—")
                out.append(ErasureOut(
                    id=row.id, act_number=row.act_number, erased_at=row.erased_at,
                    kind=row.kind, contact_id=row.contact_id, contact_uuid=row.contact_uuid,
                    enterprise=enterprise, user_login=row.user_login, reason=row.reason,
                    has_act=bool(row.act)))
            return out

    def act(self, erasure_id: int) -> ErasureResult:
        """The act of a past erasure, to print again."""
        self.ctx.require(Permission.ERASE_PERSONAL_DATA)
        with self.ctx.read() as s:
            row = s.get(ContactErasure, erasure_id)
            if row is None:
                raise NotFoundError(f"уничтожение № {erasure_id} не найдено")
            if not row.act:
                raise InputError(
                    f"акт уничтожения № {erasure_id} ({row.act_number}) не хранится в базе: "
                    "уничтожение выполнено прежней версией программы, акт был записан "
                    "только в файл при уничтожении"
                )
            return result_from_act(row.id, row.uuid, row.act)

    def record_act_printed(self, result: ErasureResult, path: Path | None = None) -> None:
        self.ctx.event("print", "contact_person", result.contact_id,
                       entity_uuid=result.contact_uuid,
                       details={"document": "destruction_act", "act": result.act_number,
                                "file": path.name if path else None})

    # --- the ledger beside the database -----------------------------------------------
    def reapply_ledger(
        self, carried: list[dict[str, Any]] | None = None, *, also: Iterable[Path] = (),
    ) -> list[ErasureResult]:
        """Erase again every contact the ledger (or ``carried`` erasure rows of another
        copy of this database, or the ledgers beside the databases ``also`` — the one a
        copy restored under another name was made of) names as erased but whose data is
        back; keep the carried rows' acts. Returns the acts of the new erasures.
        Afterwards this database's own ledger lists every erasure it holds.

        Used after a restore (an older copy lacks newer erasures) and by
        ``erasure reapply`` when ``check`` reports a ledger entry not applied.
        """
        self.ctx.require(Permission.ERASE_PERSONAL_DATA)
        carried = carried or []
        ledger = read_ledger(self.db_path)
        for other in also:
            ledger.entries.extend(read_ledger(Path(other)).entries)
        results: list[ErasureResult] = []
        with self.ctx.write() as s:
            if not self.ctx.db.is_server:
                s.execute(text("PRAGMA secure_delete = ON"))
            known = set(s.execute(select(ContactErasure.uuid)).scalars())
            for data in carried:
                if data["uuid"] in known:
                    continue
                s.add(_carried_row(s, data))
                known.add(data["uuid"])
            s.flush()
            if self.ctx.db.is_server and carried:
                # rows carried with their own ids: the server's counter must move past them
                s.execute(text(
                    "SELECT setval(pg_get_serial_sequence('contact_erasures', 'id'), "
                    "(SELECT coalesce(max(id), 0) + 1 FROM contact_erasures), false)"))
            rows = {r.uuid: r for r in s.execute(
                select(ContactErasure).order_by(ContactErasure.id)).scalars()}
            wanted: dict[str, tuple[str, dt.datetime, str]] = {}
            for e in ledger.entries:
                wanted.setdefault(e.contact_uuid, (e.erasure_uuid, e.erased_at, e.reason))
            for r in rows.values():
                wanted.setdefault(r.contact_uuid, (r.uuid, r.erased_at, r.reason))
            for contact_uuid, (erasure_uuid, at, why) in sorted(
                    wanted.items(), key=lambda item: item[1][1]):
                person = s.execute(
                    select(ContactPerson).where(ContactPerson.uuid == contact_uuid)
                ).scalar_one_or_none()
                if person is None or person.erased_at is not None:
                    continue
                original = rows.get(erasure_uuid) or ContactErasure(
                    uuid=erasure_uuid, contact_uuid=contact_uuid, erased_at=at, reason=why,
                    act_number="—")
                result, _row = self._erase(
                    s, person, kind=KIND_REAPPLIED, original=original,
                    reason=(f"повторное уничтожение: данные вернулись при восстановлении из "
                            f"резервной копии; уничтожены ранее {at.astimezone():%d.%m.%Y} "
                            f"(акт № {original.act_number}), основание: {why}"))
                results.append(result)
            everything = [_ledger_entry(r) for r in s.execute(
                select(ContactErasure).order_by(ContactErasure.id)).scalars()]
            add_missing(self.db_path, everything)   # under the write lock: one writer at a time
        if results:
            self._checkpoint()
        return results

    def ledger_problems(self) -> list[str]:
        """Ledger entries whose contact has data again; erasures the ledger lacks."""
        ledger = read_ledger(self.db_path)
        problems = [f"журнал уничтожений {ledger_path(self.db_path).name}: строка {n} не "
                    "читается" for n in ledger.unreadable]
        hint = "выполните «erasure reapply» (руководитель или администратор)"
        with self.ctx.read() as s:
            seen: set[str] = set()
            for e in ledger.entries:
                if e.contact_uuid in seen:
                    continue
                seen.add(e.contact_uuid)
                person = s.execute(
                    select(ContactPerson).where(ContactPerson.uuid == e.contact_uuid)
                ).scalar_one_or_none()
                if person is not None and person.erased_at is None:
                    problems.append(
                        f"контактное лицо № {person.id}: персональные данные уничтожены "
                        f"{e.erased_at.astimezone():%d.%m.%Y}, но снова есть в базе "
                        f"(восстановлена старая копия?): {hint}")
            listed = ledger.erasure_uuids()
            # on a server each workstation keeps its own ledger: an erasure made at
            # another one is not missing from this one (see erasure_ledger)
            server = self.ctx.db.is_server
            for row in s.execute(select(ContactErasure).order_by(ContactErasure.id)).scalars():
                if server:
                    continue
                if row.uuid not in listed:
                    problems.append(
                        f"уничтожение № {row.id} (акт № {row.act_number}) не записано в журнал "
                        f"уничтожений рядом с базой: {hint}")
        return problems


def _free_act_number(s: Session, when: dt.datetime, erasure_id: int) -> str:
    base = f"ПДн-{when.astimezone():%Y}-{erasure_id}"
    number, n = base, 1
    while s.execute(select(ContactErasure.id).where(
            ContactErasure.act_number == number)).first() is not None:
        n += 1
        number = f"{base}/{n}"
    return number


def _carried_row(s: Session, data: dict[str, Any]) -> ContactErasure:
    """A row of another copy of this database, as it was (the same id when free)."""
    contact_id = s.execute(
        select(ContactPerson.id).where(ContactPerson.uuid == data["contact_uuid"])
    ).scalar_one_or_none()
    free = s.get(ContactErasure, data["id"]) is None
    return ContactErasure(
        id=data["id"] if free else None, uuid=data["uuid"], contact_id=contact_id,
        contact_uuid=data["contact_uuid"], erased_at=data["erased_at"],
        user_id=data.get("user_id"), user_login=data.get("user_login"),
        reason=data.get("reason") or "", act_number=data["act_number"],
        kind=data.get("kind") or KIND_REQUEST, original_uuid=data.get("original_uuid"),
        act=data.get("act"),
    )


# --- the act (PDF) ------------------------------------------------------------

def _local(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%d.%m.%Y %H:%M:%S")


def destruction_act_pdf(result: ErasureResult, target: Path | None = None) -> bytes:
    """Акт об уничтожении персональных данных with the extract from the event log.

    Requisites follow Приказ Роскомнадзора от 28.10.2022 № 179. Returns the PDF
    bytes (also written to ``target`` when given).
    """
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from desktop_app.core.reports.fonts import SERIF, SERIF_BOLD, register_fonts

    register_fonts()
    body = ParagraphStyle("body", fontName=SERIF, fontSize=12, leading=15)
    small = ParagraphStyle("small", parent=body, fontSize=10, leading=12)
    title = ParagraphStyle("title", parent=body, fontName=SERIF_BOLD, fontSize=14,
                           leading=18, alignment=TA_CENTER)
    head = ParagraphStyle("head", parent=body, fontName=SERIF_BOLD, spaceBefore=8)

    def p(value: str | None, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(escape(value or "—").replace("\n", "<br/>"), style)

    org = result.organization_name or "________________________________________"
    when = result.erased_at.astimezone()
    system = f"«{APP_TITLE_RU}» ({APP_NAME})"
    story: list[Any] = [
        p(org, ParagraphStyle("org", parent=body, alignment=TA_CENTER)),
        Spacer(1, 6 * mm),
        p(f"АКТ № {result.act_number}", title),
        p("об уничтожении персональных данных", title),
        Spacer(1, 4 * mm),
        p(f"Дата уничтожения: {when:%d.%m.%Y}"),
        Spacer(1, 4 * mm),
    ]
    rows = [
        ("Оператор персональных данных",
         org + (f", {result.organization_address}" if result.organization_address else "")),
        ("Субъект персональных данных", result.subject_name),
        ("Место работы субъекта (контрагент)",
         f"{result.enterprise_name}, ИНН {result.enterprise_inn}"),
        ("Категории уничтоженных персональных данных", ", ".join(result.categories) or "—"),
        ("Информационная система", system),
        ("Способ уничтожения",
         "перезапись значений полей в базе данных информационной системы без возможности "
         "восстановления средствами системы (secure_delete, контрольная точка журнала WAL)"),
        ("Причина уничтожения", result.reason),
        ("Дата и время уничтожения", _local(result.erased_at)),
        ("Уничтожение выполнил(а)", f"{result.performed_by} ({result.performed_by_role})"),
        ("Запись журнала событий",
         f"№ {result.audit_entry_id}, контрольная сумма {result.audit_hash[:16]}…"),
    ]
    if result.kind == KIND_REAPPLIED:
        first = (f"акт № {result.original_act}" if result.original_act else "акт —")
        if result.original_at is not None:
            first += f" от {result.original_at.astimezone():%d.%m.%Y}"
        rows.insert(1, ("Повторное уничтожение",
                        "сведения вернулись в базу при восстановлении из резервной копии, "
                        f"сделанной до первоначального уничтожения ({first})"))
    table = Table([[p(k, small), p(v, small)] for k, v in rows],
                  colWidths=[60 * mm, 108 * mm])
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story += [table, Spacer(1, 4 * mm)]
    story.append(p(
        "Резервные копии базы данных, созданные до даты уничтожения, хранят эти сведения "
        "до их удаления по графику хранения резервных копий; при восстановлении из такой "
        "копии программа уничтожает их повторно по журналу уничтожений, который ведётся "
        "рядом с базой данных, и составляет акт повторного уничтожения.", small))
    story.append(p("Выписка из журнала событий информационной системы", head))
    extract = [[p("№", small), p("Дата и время", small), p("Пользователь", small),
                p("Действие", small)]]
    for line in result.log_extract:
        extract.append([
            p(str(line.entry_id), small), p(_local(line.at), small),
            p(line.user_login or "—", small),
            p(ACTION_LABELS.get(line.action, line.action), small),
        ])
    extract.append([p(
        f"Субъект: {result.subject_name}; категории уничтоженных данных: "
        f"{', '.join(result.categories) or '—'}; причина: {result.reason}; "
        f"уничтожение выполнил(а): {result.performed_by}", small), "", "", ""])
    log_table = Table(extract, colWidths=[14 * mm, 40 * mm, 34 * mm, 80 * mm], repeatRows=1)
    log_table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("SPAN", (0, -1), (3, -1)),
    ]))
    story += [log_table, Spacer(1, 10 * mm)]
    for role in ("Председатель комиссии", "Член комиссии", "Член комиссии"):
        story.append(p(f"{role}: ____________________ / ______________________ /"))
        story.append(Spacer(1, 5 * mm))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm, topMargin=20 * mm,
        bottomMargin=20 * mm, title=f"Акт об уничтожении персональных данных № {result.act_number}",
        author=org, creator=APP_NAME,
    )
    doc.build(story)
    data = buf.getvalue()
    if target is not None:
        write_atomically(target, data)
    return data
