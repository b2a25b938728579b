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
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop_app import APP_NAME, APP_TITLE_RU
from desktop_app.core import vocabulary
from desktop_app.core.db.models import AuditEntry, ContactPerson, Enterprise, OrganizationProfile
from desktop_app.core.errors import InputError, NotFoundError
from desktop_app.core.files import write_atomically
from desktop_app.core.formatting import utcnow

from .context import ROLE_LABELS, Permission, ServiceContext

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


@dataclass(frozen=True)
class LogLine:
    entry_id: int
    at: dt.datetime
    user_login: str | None
    action: str
    hash: str


@dataclass(frozen=True)
class ErasureResult:
    """What the act needs. ``subject_name`` exists only in memory, for the act."""

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

    @property
    def categories(self) -> list[str]:
        return [PERSONAL_FIELDS[f] for f in self.fields]


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


def mask_erased(values: dict[str, Any] | None) -> dict[str, Any] | None:
    """The personal fields of a log entry's values replaced by :data:`MASK`."""
    if values is None:
        return None
    return {k: (MASK if k in PERSONAL_FIELDS and v is not None else v) for k, v in values.items()}


class PersonalDataService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def erase_contact(self, contact_id: int, *, reason: str) -> ErasureResult:
        """Erase a contact person's personal data; returns what the act needs."""
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
            s.execute(text("PRAGMA secure_delete = ON"))
            person = s.get(ContactPerson, contact_id)
            if person is None:
                raise NotFoundError(f"контактное лицо № {contact_id} не найдено")
            if person.erased_at is not None:
                raise InputError(
                    f"персональные данные контактного лица № {contact_id} уже уничтожены "
                    f"{person.erased_at.astimezone():%d.%m.%Y}"
                )
            subject = " ".join(
                p for p in (person.last_name, person.first_name, person.middle_name) if p
            )
            fields = tuple(f for f in PERSONAL_FIELDS if getattr(person, f) is not None)
            ent = s.get(Enterprise, person.enterprise_id)
            assert ent is not None
            now = utcnow()
            person.last_name = ERASED_NAME
            for f in PERSONAL_FIELDS:
                if f != "last_name":
                    setattr(person, f, None)
            person.erased_at = now
            person.updated_by_id = self.ctx.actor.user_id
            s.flush()
            self.ctx.audit(
                s, "erase_personal_data", "contact_person", person.id,
                entity_uuid=person.uuid,
                new={"erased_fields": list(fields), "erased_at": now.isoformat()},
                reason=reason,
            )
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
            org = s.execute(select(OrganizationProfile).limit(1)).scalar_one_or_none()
            result = ErasureResult(
                contact_id=person.id,
                contact_uuid=person.uuid,
                enterprise_name=ent.short_name or ent.full_name,
                enterprise_inn=ent.inn,
                subject_name=subject,
                fields=fields,
                reason=reason,
                erased_at=now,
                act_number=f"ПДн-{now.astimezone():%Y}-{entry.id}",
                audit_entry_id=entry.id,
                audit_hash=entry.hash,
                performed_by=self.ctx.actor.full_name,
                performed_by_role=ROLE_LABELS[self.ctx.actor.role],
                organization_name=(org.full_name if org else ""),
                organization_address=(org.legal_address if org else None),
                log_extract=extract,
            )
        with self.ctx.db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return result

    def record_act_printed(self, result: ErasureResult, path: Path | None = None) -> None:
        self.ctx.event("print", "contact_person", result.contact_id,
                       entity_uuid=result.contact_uuid,
                       details={"document": "destruction_act", "act": result.act_number,
                                "file": path.name if path else None})


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
    table = Table([[p(k, small), p(v, small)] for k, v in rows],
                  colWidths=[60 * mm, 108 * mm])
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story += [table, Spacer(1, 4 * mm)]
    story.append(p(
        "Резервные копии базы данных, созданные до даты уничтожения, хранят эти сведения "
        "до их удаления по графику хранения резервных копий; восстановление из такой копии "
        "требует повторного уничтожения.", small))
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
