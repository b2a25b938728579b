"""Application dossiers: project data, cost lines, validation, warnings, status workflow.

Every write is one unit of work with its audit entry. The status workflow is
data (:data:`TRANSITIONS`); :func:`apply_status_in` moves a dossier inside the
caller's unit of work (the referral package uses it), :meth:`DossierService.
change_status` is the same in its own unit of work for the GUI and the CLI.

Validation goes through :func:`~.dossier_facts.facts_for`, so the editor, the
``validate`` command and the referral package see the same findings.
"""

from __future__ import annotations

import builtins
import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core import vocabulary
from desktop_app.core.db.models import (
    Consultation,
    ContactPerson,
    CostLine,
    DocumentFile,
    Dossier,
    DossierDocument,
    DossierStatus,
    DossierStatusChange,
    Enterprise,
    Role,
    User,
    WarningAcknowledgement,
)
from desktop_app.core.errors import ConflictError, FieldProblem, InputError, NotFoundError
from desktop_app.core.formatting import format_date, utcnow
from desktop_app.core.paths import profiles_dir
from desktop_app.core.rules import (
    ChecklistRow,
    DocumentStatus,
    Profile,
    ProfileNotFoundError,
    ProfileRegistry,
    ValidationReport,
    checklist,
    document_status,
    validate,
    version_key,
)
from desktop_app.core.services.schemas import DossierProjectIn, parse

from .audit import diff, jsonable, snapshot
from .context import Permission, ServiceContext
from .dossier_facts import facts_for, registry_for

__all__ = [
    "EDITABLE_STATUSES",
    "STATUS_LABELS",
    "TRANSITIONS",
    "AcknowledgementOut",
    "CostLineOut",
    "DocumentSummary",
    "DossierOut",
    "DossierService",
    "DossierValidation",
    "StatusChangeOut",
    "apply_status_in",
    "dossier_profile",
    "editable_or_raise",
    "registry_of",
]

S = DossierStatus

#: Allowed moves of the status workflow: from → the statuses it may go to.
TRANSITIONS: dict[DossierStatus, frozenset[DossierStatus]] = {
    S.DRAFT: frozenset({S.READY, S.WITHDRAWN}),
    S.READY: frozenset({S.DRAFT, S.REFERRED, S.WITHDRAWN}),
    S.REFERRED: frozenset({S.SUBMITTED, S.WITHDRAWN}),
    S.SUBMITTED: frozenset({S.APPROVED, S.REJECTED, S.WITHDRAWN}),
    S.APPROVED: frozenset({S.AGREEMENT}),
    S.REJECTED: frozenset(),
    S.WITHDRAWN: frozenset(),
    S.AGREEMENT: frozenset(),
}

#: Statuses in which project data and documents may be edited.
EDITABLE_STATUSES: frozenset[DossierStatus] = frozenset({S.DRAFT, S.READY})

STATUS_LABELS = vocabulary.DOSSIER_STATUSES

MAX_REASON = 2000
_PROJECT_COLUMNS = tuple(k for k in DossierProjectIn.model_fields if k != "cost_lines")


# --- DTOs ---------------------------------------------------------------------------


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True)


class CostLineOut(_Out):
    id: int
    position: int
    category: str
    description: str | None
    amount: int
    """Kopecks."""


class DocumentSummary(_Out):
    """One document of a dossier, in short (the full view is DocumentService's)."""

    id: int
    doc_type: str
    type_title: str
    title: str | None
    number: str | None
    issued_on: dt.date | None
    files: int


class DossierOut(_Out):
    id: int
    uuid: str
    enterprise_id: int
    enterprise_name: str
    enterprise_inn: str
    consultant_id: int | None
    consultant_name: str | None
    contact_id: int | None
    consultation_id: int | None
    program_code: str
    profile_version: str | None
    status: DossierStatus
    status_label: str
    status_changed_at: dt.datetime | None
    submission_date: dt.date | None
    signatory_is_director: bool | None
    title: str | None
    component_name: str | None
    okpd2: str | None
    foreign_analogue_name: str | None
    foreign_analogue_manufacturer: str | None
    foreign_analogue_country: str | None
    target_industry: str | None
    consumers: str | None
    start_date: dt.date | None
    end_date: dt.date | None
    total_cost: int | None
    grant_requested: int | None
    own_funds: int | None
    other_funds: int | None
    serial_volume: int | None
    serial_years: str | None
    notes: str | None
    cost_lines: list[CostLineOut]
    documents: list[DocumentSummary]
    last_validated_at: dt.datetime | None
    last_verdict: str | None
    last_error_count: int | None
    last_warning_count: int | None
    created_at: dt.datetime
    updated_at: dt.datetime

    def project_input(self) -> DossierProjectIn:
        """The project data as an input model (for an editor that changes a few fields)."""
        data: dict[str, Any] = {k: getattr(self, k) for k in _PROJECT_COLUMNS}
        data["cost_lines"] = [
            {"category": c.category, "description": c.description, "amount": c.amount}
            for c in self.cost_lines
        ]
        return DossierProjectIn.model_validate(data)


class AcknowledgementOut(_Out):
    rule_id: str
    message: str | None
    reason: str
    acknowledged_at: dt.datetime
    acknowledged_by_id: int | None
    acknowledged_by: str | None


class StatusChangeOut(_Out):
    id: int
    from_status: DossierStatus | None
    to_status: DossierStatus
    changed_at: dt.datetime
    changed_by_id: int | None
    changed_by: str | None
    effective_date: dt.date | None
    reason: str | None


class DossierValidation(_Out):
    """Everything the findings panel shows, from one validation run."""

    dossier_id: int
    profile_code: str
    profile_version: str
    report: ValidationReport
    acknowledgements: dict[str, AcknowledgementOut]
    """Rule id → the acknowledgement of its warning (current or not)."""
    document_status: list[DocumentStatus]
    checklist: list[ChecklistRow]
    newer_profile_version: str | None
    """A newer installed version of the profile than the one used, if any."""
    damaged_blobs: list[str]
    """SHA-256 of files found missing or altered on disk (their documents count as absent)."""

    @property
    def verdict(self) -> str:
        return self.report.verdict

    @property
    def unacknowledged_warnings(self) -> list[str]:
        """Rule ids of current warnings without an acknowledgement (in report order)."""
        out: list[str] = []
        for f in self.report.warnings:
            if f.rule not in self.acknowledgements and f.rule not in out:
                out.append(f.rule)
        return out

    @property
    def ready_blockers(self) -> list[str]:
        """Why the dossier cannot be marked ready (empty when it can), in Russian."""
        out = [f"{f.message} (правило {f.rule})" for f in self.report.errors]
        for rule in self.unacknowledged_warnings:
            first = next(f for f in self.report.warnings if f.rule == rule)
            out.append(
                f"предупреждение не принято с указанием причины: {first.message} (правило {rule})"
            )
        return out


# --- helpers shared with the document service and the exchange format ------------------


def registry_of(ctx: ServiceContext) -> ProfileRegistry:
    """The program profiles available to this database (shipped + installed)."""
    return registry_for(profiles_dir(ctx.db.path))


def latest_profile_or_raise(registry: ProfileRegistry, code: str) -> Profile:
    try:
        return registry.latest(code)
    except ProfileNotFoundError:
        known = ", ".join(registry.codes()) or "нет ни одного"
        raise InputError([FieldProblem(
            "program_code", "Программа",
            f"профиль программы «{code}» не установлен (установлены: {known})",
        )]) from None


def dossier_profile(
    registry: ProfileRegistry, dossier: Dossier, version: str | None = None
) -> Profile:
    """The profile a dossier is checked against: ``version``, else the dossier's recorded
    version, else (when that version is not installed here) the latest one."""
    if version is not None:
        try:
            return registry.get(dossier.program_code, version)
        except ProfileNotFoundError as exc:
            raise InputError(str(exc)) from None
    if dossier.profile_version is not None:
        try:
            return registry.get(dossier.program_code, dossier.profile_version)
        except ProfileNotFoundError:
            pass
    return latest_profile_or_raise(registry, dossier.program_code)


def _status(value: str) -> DossierStatus:
    return DossierStatus(value)


def status_label(value: str | DossierStatus) -> str:
    return STATUS_LABELS[DossierStatus(value)]


def editable_or_raise(dossier: Dossier) -> None:
    """Refuse editing a dossier that has left the draft/ready stage."""
    if _status(dossier.status) not in EDITABLE_STATUSES:
        raise InputError(
            f"досье № {dossier.id} в статусе «{status_label(dossier.status)}» — менять его "
            "данные и документы нельзя; изменять можно черновик или досье, готовое к направлению"
        )


def _get_dossier(s: Session, dossier_id: int) -> Dossier:
    dossier = s.get(Dossier, dossier_id)
    if dossier is None:
        raise NotFoundError(f"досье № {dossier_id} не найдено")
    return dossier


def _user_names(s: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = s.execute(select(User.id, User.full_name).where(User.id.in_(wanted))).all()
    return {int(i): str(n) for i, n in rows}


def _project_snapshot(dossier: Dossier, lines: list[CostLine]) -> dict[str, Any]:
    data = {k: jsonable(getattr(dossier, k)) for k in _PROJECT_COLUMNS}
    data["cost_lines"] = [
        {"category": c.category, "description": c.description, "amount": c.amount}
        for c in lines
    ]
    return data


def _cost_lines(s: Session, dossier_id: int) -> list[CostLine]:
    return list(s.execute(
        select(CostLine).where(CostLine.dossier_id == dossier_id)
        .order_by(CostLine.position, CostLine.id)
    ).scalars())


def set_project_in(s: Session, dossier: Dossier, valid: DossierProjectIn) -> None:
    """Write project fields and replace the cost lines (caller audits)."""
    for key in _PROJECT_COLUMNS:
        setattr(dossier, key, getattr(valid, key))
    for old in _cost_lines(s, dossier.id):
        s.delete(old)
    s.flush()
    for pos, line in enumerate(valid.cost_lines):
        s.add(CostLine(
            dossier_id=dossier.id, position=pos, category=line.category,
            description=line.description, amount=int(line.amount or 0),
        ))
    s.flush()


def dossier_out(
    s: Session, dossier: Dossier, registry: ProfileRegistry | None = None
) -> DossierOut:
    ent = s.get(Enterprise, dossier.enterprise_id)
    names = _user_names(s, {dossier.consultant_id})
    lines = _cost_lines(s, dossier.id)
    docs = list(s.execute(
        select(DossierDocument).where(
            DossierDocument.dossier_id == dossier.id, DossierDocument.deleted_at.is_(None)
        ).order_by(DossierDocument.id)
    ).scalars())
    counts: dict[int, int] = {}
    if docs:
        counts = {int(d): int(n) for d, n in s.execute(
            select(DocumentFile.document_id, func.count())
            .where(DocumentFile.document_id.in_([d.id for d in docs]),
                   DocumentFile.replaced_at.is_(None))
            .group_by(DocumentFile.document_id)
        ).all()}
    titles: dict[str, str] = {}
    if registry is not None:
        try:
            profile = dossier_profile(registry, dossier)
            titles = {d.code: d.title for d in profile.documents}
        except InputError:
            titles = {}
    return DossierOut(
        id=dossier.id,
        uuid=dossier.uuid,
        enterprise_id=dossier.enterprise_id,
        enterprise_name=(ent.short_name or ent.full_name) if ent else "",
        enterprise_inn=ent.inn if ent else "",
        consultant_id=dossier.consultant_id,
        consultant_name=names.get(dossier.consultant_id or -1),
        contact_id=dossier.contact_id,
        consultation_id=dossier.consultation_id,
        program_code=dossier.program_code,
        profile_version=dossier.profile_version,
        status=_status(dossier.status),
        status_label=status_label(dossier.status),
        status_changed_at=dossier.status_changed_at,
        **{k: getattr(dossier, k) for k in _PROJECT_COLUMNS},
        cost_lines=[
            CostLineOut(id=c.id, position=c.position, category=c.category,
                        description=c.description, amount=c.amount)
            for c in lines
        ],
        documents=[
            DocumentSummary(
                id=d.id, doc_type=d.doc_type, type_title=titles.get(d.doc_type, d.doc_type),
                title=d.title, number=d.number, issued_on=d.issued_on,
                files=counts.get(d.id, 0),
            )
            for d in docs
        ],
        last_validated_at=dossier.last_validated_at,
        last_verdict=dossier.last_verdict,
        last_error_count=dossier.last_error_count,
        last_warning_count=dossier.last_warning_count,
        created_at=dossier.created_at,
        updated_at=dossier.updated_at,
    )


def _acknowledgements(s: Session, dossier_id: int) -> dict[str, AcknowledgementOut]:
    rows = list(s.execute(
        select(WarningAcknowledgement).where(WarningAcknowledgement.dossier_id == dossier_id)
        .order_by(WarningAcknowledgement.rule_id)
    ).scalars())
    names = _user_names(s, {r.acknowledged_by_id for r in rows})
    return {
        r.rule_id: AcknowledgementOut(
            rule_id=r.rule_id, message=r.message, reason=r.reason,
            acknowledged_at=r.acknowledged_at, acknowledged_by_id=r.acknowledged_by_id,
            acknowledged_by=names.get(r.acknowledged_by_id or -1),
        )
        for r in rows
    }


def run_validation(
    s: Session,
    ctx: ServiceContext,
    dossier: Dossier,
    *,
    today: dt.date | None = None,
    profile_version: str | None = None,
    damaged_blobs: set[str] | None = None,
) -> DossierValidation:
    """Validate a dossier as stored in ``s`` (reads only)."""
    from .documents import quick_damaged_blobs

    registry = registry_of(ctx)
    profile = dossier_profile(registry, dossier, profile_version)
    damaged = (
        damaged_blobs if damaged_blobs is not None else quick_damaged_blobs(s, ctx, dossier.id)
    )
    facts = facts_for(s, dossier, damaged_blobs=damaged)
    report = validate(profile, facts, today=today)
    latest = registry.latest(profile.code)
    newer = (
        latest.version
        if version_key(latest.version) > version_key(profile.version) else None
    )
    return DossierValidation(
        dossier_id=dossier.id,
        profile_code=profile.code,
        profile_version=profile.version,
        report=report,
        acknowledgements=_acknowledgements(s, dossier.id),
        document_status=document_status(profile, facts, today=today),
        checklist=checklist(profile, facts, today=today),
        newer_profile_version=newer,
        damaged_blobs=sorted(damaged),
    )


def apply_status_in(
    session: Session,
    ctx: ServiceContext,
    dossier: Dossier,
    new_status: DossierStatus,
    *,
    reason: str | None = None,
    effective_date: dt.date | None = None,
) -> None:
    """Move ``dossier`` to ``new_status`` inside the caller's unit of work.

    Checks the transition against :data:`TRANSITIONS`; moving to «ready» also
    requires no error findings and an acknowledgement (with a reason) for every
    current warning. Writes a :class:`DossierStatusChange` row and an audit
    entry. Permission checks are the caller's. Raises :class:`InputError`
    (Russian) listing what blocks the move; nothing is written then.
    """
    new_status = DossierStatus(new_status)
    current = _status(dossier.status)
    if reason is not None:
        reason = reason.strip() or None
        if reason is not None and len(reason) > MAX_REASON:
            raise InputError(
                f"Причина: слишком длинный текст ({len(reason)} знаков при максимуме {MAX_REASON})"
            )
    if new_status == current:
        raise InputError(f"досье № {dossier.id} уже в статусе «{status_label(current)}»")
    allowed = TRANSITIONS[current]
    if new_status not in allowed:
        options = ", ".join(f"«{status_label(x)}»" for x in sorted(allowed)) or "никакой"
        raise InputError(
            f"досье № {dossier.id} нельзя перевести из статуса «{status_label(current)}» в "
            f"«{status_label(new_status)}»; из этого статуса возможен переход в: {options}"
        )
    effective = effective_date or dt.date.today()
    if effective > dt.date.today() + dt.timedelta(days=1):
        raise InputError(f"Дата смены статуса: дата {format_date(effective)} ещё не наступила")
    if new_status == S.READY:
        result = run_validation(session, ctx, dossier)
        blockers = result.ready_blockers
        if blockers:
            raise InputError(
                [FieldProblem("status", "Статус", f"досье № {dossier.id} ещё не готово: {b}")
                 for b in blockers]
            )
    now = utcnow()
    dossier.status = new_status.value
    dossier.status_changed_at = now
    dossier.updated_by_id = ctx.actor.user_id
    change = DossierStatusChange(
        dossier_id=dossier.id, from_status=current.value, to_status=new_status.value,
        changed_at=now, changed_by_id=ctx.actor.user_id, effective_date=effective,
        reason=reason,
    )
    session.add(change)
    session.flush()
    ctx.audit(
        session, "status", "dossier", dossier.id, entity_uuid=dossier.uuid,
        old={"status": current.value},
        new={"status": new_status.value, "effective_date": effective.isoformat()},
        reason=reason,
    )


def drop_to_draft_in(session: Session, ctx: ServiceContext, dossier: Dossier, why: str) -> None:
    """A change to a «ready» dossier sends it back to draft (logged with ``why``)."""
    if _status(dossier.status) == S.READY:
        apply_status_in(session, ctx, dossier, S.DRAFT, reason=why)


# --- the service ------------------------------------------------------------------------


class DossierService:
    """Dossiers of the signed-in user's database (see the module docstring)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # --- reading ---------------------------------------------------------------------
    def get(self, dossier_id: int) -> DossierOut:
        self.ctx.require(Permission.READ)
        with self.ctx.read() as s:
            return dossier_out(s, _get_dossier(s, dossier_id), registry_of(self.ctx))

    def list(
        self,
        *,
        status: DossierStatus | str | None = None,
        enterprise_id: int | None = None,
        consultant_id: int | None = None,
        program_code: str | None = None,
        limit: int = 1000,
    ) -> list[DossierOut]:
        """Dossiers newest first, filtered (for the command line and small lists)."""
        self.ctx.require(Permission.READ)
        q = select(Dossier)
        if status is not None:
            try:
                q = q.where(Dossier.status == DossierStatus(status).value)
            except ValueError:
                known = ", ".join(s.value for s in DossierStatus)
                raise InputError(f"неизвестный статус «{status}»; возможные: {known}") from None
        if enterprise_id is not None:
            q = q.where(Dossier.enterprise_id == enterprise_id)
        if consultant_id is not None:
            q = q.where(Dossier.consultant_id == consultant_id)
        if program_code is not None:
            q = q.where(Dossier.program_code == program_code)
        with self.ctx.read() as s:
            registry = registry_of(self.ctx)
            rows = s.execute(q.order_by(Dossier.id.desc()).limit(limit)).scalars().all()
            return [dossier_out(s, d, registry) for d in rows]

    def history(self, dossier_id: int) -> builtins.list[StatusChangeOut]:
        """Status changes, oldest first."""
        self.ctx.require(Permission.READ)
        with self.ctx.read() as s:
            _get_dossier(s, dossier_id)
            rows = list(s.execute(
                select(DossierStatusChange).where(DossierStatusChange.dossier_id == dossier_id)
                .order_by(DossierStatusChange.changed_at, DossierStatusChange.id)
            ).scalars())
            names = _user_names(s, {r.changed_by_id for r in rows})
            return [
                StatusChangeOut(
                    id=r.id,
                    from_status=DossierStatus(r.from_status) if r.from_status else None,
                    to_status=DossierStatus(r.to_status), changed_at=r.changed_at,
                    changed_by_id=r.changed_by_id, changed_by=names.get(r.changed_by_id or -1),
                    effective_date=r.effective_date, reason=r.reason,
                )
                for r in rows
            ]

    # --- creating and editing ----------------------------------------------------------
    def create(
        self,
        enterprise_id: int,
        program_code: str,
        *,
        consultation_id: int | None = None,
        contact_id: int | None = None,
        project: DossierProjectIn | dict[str, Any] | None = None,
    ) -> DossierOut:
        """A new draft dossier for the enterprise, checked against the latest profile."""
        self.ctx.require(Permission.EDIT_OWN_WORK)
        valid = parse(DossierProjectIn, project if project is not None else {})
        registry = registry_of(self.ctx)
        profile = latest_profile_or_raise(registry, program_code)
        with self.ctx.write() as s:
            dossier = self.create_in(
                s, enterprise_id, profile, valid,
                consultation_id=consultation_id, contact_id=contact_id,
            )
            return dossier_out(s, dossier, registry)

    def create_in(
        self,
        s: Session,
        enterprise_id: int,
        profile: Profile,
        valid: DossierProjectIn,
        *,
        consultation_id: int | None = None,
        contact_id: int | None = None,
        reason: str | None = None,
    ) -> Dossier:
        """Create a draft inside the caller's unit of work (imports use it)."""
        if s.get(Enterprise, enterprise_id) is None:
            raise NotFoundError(f"предприятие № {enterprise_id} не найдено")
        if contact_id is not None:
            contact = s.get(ContactPerson, contact_id)
            if contact is None or contact.enterprise_id != enterprise_id or contact.erased_at:
                raise InputError([FieldProblem(
                    "contact_id", "Контактное лицо",
                    f"контактное лицо № {contact_id} не найдено у этого предприятия",
                )])
        if consultation_id is not None:
            cons = s.get(Consultation, consultation_id)
            if cons is None or cons.enterprise_id != enterprise_id:
                raise InputError([FieldProblem(
                    "consultation_id", "Консультация",
                    f"консультация № {consultation_id} не найдена у этого предприятия",
                )])
        now = utcnow()
        dossier = Dossier(
            enterprise_id=enterprise_id, consultant_id=self.ctx.actor.user_id,
            contact_id=contact_id, consultation_id=consultation_id,
            program_code=profile.code, profile_version=profile.version,
            status=S.DRAFT.value, status_changed_at=now,
            created_by_id=self.ctx.actor.user_id, updated_by_id=self.ctx.actor.user_id,
        )
        s.add(dossier)
        s.flush()
        set_project_in(s, dossier, valid)
        s.add(DossierStatusChange(
            dossier_id=dossier.id, from_status=None, to_status=S.DRAFT.value, changed_at=now,
            changed_by_id=self.ctx.actor.user_id, effective_date=dt.date.today(), reason=reason,
        ))
        s.flush()
        new = snapshot(dossier)
        new["cost_lines"] = _project_snapshot(dossier, _cost_lines(s, dossier.id))["cost_lines"]
        self.ctx.audit(s, "create", "dossier", dossier.id, entity_uuid=dossier.uuid, new=new,
                       reason=reason)
        return dossier

    def create_from_eligibility(self, consultation_id: int) -> DossierOut:
        """A dossier «turned from» a consultation's pre-screening (program, enterprise,
        contact and consultation taken from it). A pre-screening that found the
        enterprise not eligible is refused."""
        self.ctx.require(Permission.EDIT_OWN_WORK)
        with self.ctx.read() as s:
            cons = s.get(Consultation, consultation_id)
            if cons is None:
                raise NotFoundError(f"консультация № {consultation_id} не найдена")
            elig = dict(cons.eligibility or {})
            enterprise_id, contact_id = cons.enterprise_id, cons.contact_id
            program = str(elig.get("profile_code") or cons.program_code or "")
        if not elig:
            raise InputError(
                f"у консультации № {consultation_id} нет результата предварительной проверки: "
                "сначала проведите проверку соответствия заявителя"
            )
        if elig.get("verdict") == "not_eligible":
            raise InputError(
                f"по предварительной проверке (консультация № {consultation_id}) заявитель не "
                "соответствует требованиям программы — досье не открыто"
            )
        if not program:
            raise InputError(f"у консультации № {consultation_id} не указана программа")
        registry = registry_of(self.ctx)
        profile = latest_profile_or_raise(registry, program)
        with self.ctx.write() as s:
            dossier = self.create_in(
                s, enterprise_id, profile, DossierProjectIn(),
                consultation_id=consultation_id, contact_id=contact_id,
                reason=f"по предварительной проверке (консультация № {consultation_id})",
            )
            return dossier_out(s, dossier, registry)

    def update_project(
        self,
        dossier_id: int,
        data: DossierProjectIn | dict[str, Any],
        *,
        expected_updated_at: dt.datetime | None = None,
    ) -> DossierOut:
        """Replace project fields and cost lines together (one unit of work, audited).

        Only a draft or ready dossier can be edited; a ready dossier goes back
        to draft. ``expected_updated_at`` (from :attr:`DossierOut.updated_at`)
        refuses the save with :class:`ConflictError` if someone changed the
        dossier meanwhile.
        """
        valid = parse(DossierProjectIn, data)
        with self.ctx.write() as s:
            dossier = _get_dossier(s, dossier_id)
            self.ctx.require_owner_or(dossier.consultant_id, Permission.EDIT_ANY_WORK)
            if expected_updated_at is not None and dossier.updated_at != expected_updated_at:
                raise ConflictError(
                    "досье изменили после того, как вы его открыли; обновите его (F5) и "
                    "внесите изменения снова"
                )
            editable_or_raise(dossier)
            before = _project_snapshot(dossier, _cost_lines(s, dossier.id))
            set_project_in(s, dossier, valid)
            after = _project_snapshot(dossier, _cost_lines(s, dossier.id))
            old, new = diff(before, after)
            if new:
                dossier.updated_by_id = self.ctx.actor.user_id
                dossier.updated_at = utcnow()
                self.ctx.audit(s, "update", "dossier", dossier.id, entity_uuid=dossier.uuid,
                               old=old, new=new)
                drop_to_draft_in(s, self.ctx, dossier, "изменены данные проекта")
            return dossier_out(s, dossier, registry_of(self.ctx))

    # --- validation -----------------------------------------------------------------------
    def validate(
        self,
        dossier_id: int,
        *,
        today: dt.date | None = None,
        profile_version: str | None = None,
        damaged_blobs: set[str] | None = None,
        record: bool = True,
    ) -> DossierValidation:
        """Check the dossier against its profile (see :class:`DossierValidation`).

        Files are checked for presence on disk (and re-hashed when their size or
        time changed since the last check); pass ``damaged_blobs`` from
        :meth:`DocumentService.verify_dossier` to use a full verification.
        With ``record`` the run is remembered on the dossier (time, verdict,
        counts, profile version) and audited as «validate»; the editor's live
        preview passes ``record=False``.
        """
        self.ctx.require(Permission.READ)
        with self.ctx.read() as s:
            dossier = _get_dossier(s, dossier_id)
            result = run_validation(s, self.ctx, dossier, today=today,
                                    profile_version=profile_version, damaged_blobs=damaged_blobs)
        if record:
            self._record(result)
        return result

    def _record(self, result: DossierValidation) -> None:
        with self.ctx.write() as s:
            dossier = _get_dossier(s, result.dossier_id)
            before = {
                "profile_version": dossier.profile_version, "last_verdict": dossier.last_verdict,
                "last_error_count": dossier.last_error_count,
                "last_warning_count": dossier.last_warning_count,
            }
            dossier.last_validated_at = utcnow()
            if dossier.profile_version is None:
                dossier.profile_version = result.profile_version
            dossier.last_verdict = result.report.verdict
            dossier.last_error_count = len(result.report.errors)
            dossier.last_warning_count = len(result.report.warnings)
            self.ctx.audit(
                s, "validate", "dossier", dossier.id, entity_uuid=dossier.uuid, old=before,
                new={
                    "profile_code": result.profile_code,
                    "profile_version": result.profile_version,
                    "last_verdict": dossier.last_verdict,
                    "last_error_count": dossier.last_error_count,
                    "last_warning_count": dossier.last_warning_count,
                },
            )

    def revalidate_with_latest(
        self, dossier_id: int, *, today: dt.date | None = None
    ) -> DossierValidation:
        """Move the dossier to the newest installed profile version (audited) and validate."""
        registry = registry_of(self.ctx)
        with self.ctx.write() as s:
            dossier = _get_dossier(s, dossier_id)
            self.ctx.require_owner_or(dossier.consultant_id, Permission.EDIT_ANY_WORK)
            latest = latest_profile_or_raise(registry, dossier.program_code)
            if dossier.profile_version != latest.version:
                old = dossier.profile_version
                dossier.profile_version = latest.version
                dossier.updated_by_id = self.ctx.actor.user_id
                self.ctx.audit(s, "profile_version", "dossier", dossier.id,
                               entity_uuid=dossier.uuid, old={"profile_version": old},
                               new={"profile_version": latest.version})
        return self.validate(dossier_id, today=today)

    # --- warnings ---------------------------------------------------------------------------
    def acknowledge_warning(self, dossier_id: int, rule_id: str, reason: str) -> AcknowledgementOut:
        """Accept a current warning finding with a reason (≤ 2000 characters; audited)."""
        text = (reason or "").strip()
        if not text:
            raise InputError([FieldProblem(
                "reason", "Причина", "укажите, почему предупреждение можно принять")])
        if len(text) > MAX_REASON:
            raise InputError([FieldProblem(
                "reason", "Причина",
                f"слишком длинный текст: {len(text)} знаков при максимуме {MAX_REASON}")])
        with self.ctx.write() as s:
            dossier = _get_dossier(s, dossier_id)
            self.ctx.require_owner_or(dossier.consultant_id, Permission.EDIT_ANY_WORK)
            result = run_validation(s, self.ctx, dossier)
            warning = next((f for f in result.report.warnings if f.rule == rule_id), None)
            if warning is None:
                current = ", ".join(dict.fromkeys(f.rule for f in result.report.warnings))
                raise InputError(
                    f"у досье № {dossier_id} нет предупреждения по правилу «{rule_id}»"
                    + (f"; текущие предупреждения: {current}" if current else
                       "; текущих предупреждений нет")
                )
            ack = s.execute(select(WarningAcknowledgement).where(
                WarningAcknowledgement.dossier_id == dossier_id,
                WarningAcknowledgement.rule_id == rule_id,
            )).scalar()
            old = None
            if ack is None:
                ack = WarningAcknowledgement(dossier_id=dossier_id, rule_id=rule_id)
                s.add(ack)
            else:
                old = {"rule_id": rule_id, "reason": ack.reason}
            ack.message = warning.message
            ack.reason = text
            ack.acknowledged_at = utcnow()
            ack.acknowledged_by_id = self.ctx.actor.user_id
            s.flush()
            self.ctx.audit(s, "acknowledge_warning", "dossier", dossier.id,
                           entity_uuid=dossier.uuid, old=old,
                           new={"rule_id": rule_id, "message": warning.message}, reason=text)
            return _acknowledgements(s, dossier_id)[rule_id]

    def withdraw_acknowledgement(self, dossier_id: int, rule_id: str) -> None:
        """Take back an accepted warning (a ready dossier goes back to draft)."""
        with self.ctx.write() as s:
            dossier = _get_dossier(s, dossier_id)
            self.ctx.require_owner_or(dossier.consultant_id, Permission.EDIT_ANY_WORK)
            ack = s.execute(select(WarningAcknowledgement).where(
                WarningAcknowledgement.dossier_id == dossier_id,
                WarningAcknowledgement.rule_id == rule_id,
            )).scalar()
            if ack is None:
                raise NotFoundError(
                    f"у досье № {dossier_id} нет принятого предупреждения по правилу «{rule_id}»"
                )
            old = {"rule_id": rule_id, "message": ack.message, "reason": ack.reason}
            s.delete(ack)
            s.flush()
            self.ctx.audit(s, "withdraw_acknowledgement", "dossier", dossier.id,
                           entity_uuid=dossier.uuid, old=old)
            drop_to_draft_in(s, self.ctx, dossier, f"отозвано принятие предупреждения {rule_id}")

    # --- workflow -----------------------------------------------------------------------------
    def change_status(
        self,
        dossier_id: int,
        new_status: DossierStatus | str,
        *,
        reason: str | None = None,
        effective_date: dt.date | None = None,
    ) -> DossierOut:
        """Move the dossier along the workflow (see :func:`apply_status_in`)."""
        try:
            target = DossierStatus(new_status)
        except ValueError:
            known = ", ".join(s.value for s in DossierStatus)
            raise InputError(f"неизвестный статус «{new_status}»; возможные: {known}") from None
        with self.ctx.write() as s:
            dossier = _get_dossier(s, dossier_id)
            self.ctx.require_owner_or(dossier.consultant_id, Permission.EDIT_ANY_WORK)
            apply_status_in(s, self.ctx, dossier, target, reason=reason,
                            effective_date=effective_date)
            return dossier_out(s, dossier, registry_of(self.ctx))

    def reassign(
        self, dossier_id: int, consultant_id: int, *, reason: str | None = None
    ) -> DossierOut:
        """Hand the dossier to another consultant (supervisor or administrator)."""
        self.ctx.require(Permission.EDIT_ANY_WORK)
        with self.ctx.write() as s:
            dossier = _get_dossier(s, dossier_id)
            user = s.get(User, consultant_id)
            if user is None or not user.active:
                raise InputError([FieldProblem(
                    "consultant_id", "Консультант",
                    f"пользователь № {consultant_id} не найден или отключён")])
            if user.role not in {r.value for r in Role}:
                raise InputError("неизвестная роль пользователя")
            if dossier.consultant_id != consultant_id:
                old = dossier.consultant_id
                dossier.consultant_id = consultant_id
                dossier.updated_by_id = self.ctx.actor.user_id
                self.ctx.audit(s, "reassign", "dossier", dossier.id, entity_uuid=dossier.uuid,
                               old={"consultant_id": old}, new={"consultant_id": consultant_id},
                               reason=reason)
            return dossier_out(s, dossier, registry_of(self.ctx))
