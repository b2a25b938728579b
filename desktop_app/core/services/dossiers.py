"""The dossier service: project data, cost lines, validation, warnings, status changes.

Every write is one unit of work with its audit entry. What the service hands
out is in :mod:`.dossier_models`; checking a dossier and the status workflow
(which the document service and the referral package use inside their own
units of work) in :mod:`.dossier_workflow`.
"""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

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
    FinancingLine,
    ProjectStage,
    Role,
    User,
    WarningAcknowledgement,
)
from desktop_app.core.errors import (
    FieldProblem,
    InputError,
    NotFoundError,
    UserError,
)
from desktop_app.core.formatting import utcnow
from desktop_app.core.rules import Profile
from desktop_app.core.services.schemas import DossierProjectIn, parse

from .audit import diff, jsonable, snapshot
from .context import Permission, ServiceContext
from .dossier_models import (
    PROJECT_COLUMNS,
    AcknowledgementOut,
    CostLineOut,
    DocumentSummary,
    DossierOut,
    DossierValidation,
    FinancingLineOut,
    StageOut,
    StatusChangeOut,
)
from .dossier_workflow import (
    MAX_REASON,
    S,
    acknowledgements_of,
    apply_status_in,
    drop_to_draft_in,
    editable_or_raise,
    run_validation,
    status_label,
    user_names,
)
from .editing import bump_version, check_version
from .profiles import ProgramProfiles

__all__ = [
    "OPEN_STATUSES",
    "DossierService",
    "OpenDossierExists",
]

OPEN_STATUSES = (DossierStatus.DRAFT.value, DossierStatus.READY.value,
                 DossierStatus.REFERRED.value, DossierStatus.SUBMITTED.value)
"""A dossier in one of these is still being worked on (not decided, not withdrawn)."""


class OpenDossierExists(UserError):
    """The enterprise already has an open dossier for the program: open it, or create
    another one with a reason (``duplicate_reason``), which is logged."""

    def __init__(self, existing_id: int, title: str | None, program_code: str,
                 program_title: str | None = None) -> None:
        self.existing_id = existing_id
        self.title = title
        self.program_code = program_code
        what = f"«{title}»" if title else f"№ {existing_id}"
        program = f"«{program_title}»" if program_title else "этой программе"
        super().__init__(
            f"у предприятия уже есть открытое досье {what} по программе {program}: "
            "откройте его или укажите, почему нужно ещё одно")


def _refuse_duplicate(s: Session, enterprise_id: int, profile: Profile,
                      reason: str | None) -> str | None:
    """Raise :class:`OpenDossierExists` unless there is none or a reason is given;
    returns the text logged with the new dossier."""
    row = s.execute(
        select(Dossier.id, Dossier.title).where(
            Dossier.enterprise_id == enterprise_id, Dossier.program_code == profile.code,
            Dossier.status.in_(OPEN_STATUSES),
        ).order_by(Dossier.id.desc()).limit(1)
    ).first()
    if row is None:
        return None
    text = (reason or "").strip()
    if not text:
        raise OpenDossierExists(int(row[0]), row[1], profile.code, profile.title)
    return f"ещё одно открытое досье (уже есть № {int(row[0])}): {text}"


def _get_dossier(s: Session, dossier_id: int) -> Dossier:
    dossier = s.get(Dossier, dossier_id)
    if dossier is None:
        raise NotFoundError(f"досье № {dossier_id} не найдено")
    return dossier


def _project_snapshot(dossier: Dossier, lines: list[CostLine]) -> dict[str, Any]:
    data = {k: jsonable(getattr(dossier, k)) for k in PROJECT_COLUMNS}
    data["cost_lines"] = [
        {"category": c.category, "description": c.description, "amount": c.amount}
        for c in lines
    ]
    data["stages"] = [
        {"number": st.number, "title": st.title, "start_date": jsonable(st.start_date),
         "end_date": jsonable(st.end_date), "result": st.result}
        for st in dossier.stages
    ]
    data["financing"] = [
        {"year": f.year, "source": f.source, "amount": f.amount} for f in dossier.financing
    ]
    return data


def _cost_lines(s: Session, dossier_id: int) -> list[CostLine]:
    return list(s.execute(
        select(CostLine).where(CostLine.dossier_id == dossier_id)
        .order_by(CostLine.position, CostLine.id)
    ).scalars())


def set_project_in(s: Session, dossier: Dossier, valid: DossierProjectIn) -> None:
    """Write project fields and replace the cost lines (caller audits)."""
    for key in PROJECT_COLUMNS:
        setattr(dossier, key, getattr(valid, key))
    for old in _cost_lines(s, dossier.id):
        s.delete(old)
    s.flush()
    for pos, line in enumerate(valid.cost_lines):
        s.add(CostLine(
            dossier_id=dossier.id, position=pos, category=line.category,
            description=line.description, amount=int(line.amount or 0),
        ))
    dossier.stages = [
        ProjectStage(position=pos, number=st.number, title=st.title, start_date=st.start_date,
                     end_date=st.end_date, result=st.result)
        for pos, st in enumerate(valid.stages)
    ]
    dossier.financing = [
        FinancingLine(position=pos, year=f.year, source=f.source, amount=int(f.amount or 0))
        for pos, f in enumerate(valid.financing)
    ]
    s.flush()


def dossier_out(
    s: Session, dossier: Dossier, profiles: ProgramProfiles | None = None
) -> DossierOut:
    ent = s.get(Enterprise, dossier.enterprise_id)
    names = user_names(s, {dossier.consultant_id})
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
    if profiles is not None:
        try:
            profile = profiles.for_dossier(dossier)
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
        status=DossierStatus(dossier.status),
        status_label=status_label(dossier.status),
        status_changed_at=dossier.status_changed_at,
        **{k: getattr(dossier, k) for k in PROJECT_COLUMNS},
        cost_lines=[
            CostLineOut(id=c.id, position=c.position, category=c.category,
                        description=c.description, amount=c.amount)
            for c in lines
        ],
        stages=[
            StageOut(number=st.number, title=st.title, start_date=st.start_date,
                     end_date=st.end_date, result=st.result)
            for st in dossier.stages
        ],
        financing=[
            FinancingLineOut(year=f.year, source=f.source, amount=f.amount)
            for f in dossier.financing
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
        version=int(dossier.version or 1),
    )


def _theirs(dossier: Dossier, s: Session) -> dict[str, Any]:
    """The dossier's stored project data in the editor's terms (for a conflict)."""
    data = _project_snapshot(dossier, _cost_lines(s, dossier.id))
    data["status"] = dossier.status
    return data


def check_dossier_version(
    s: Session, dossier: Dossier, expected_version: int | None,
    expected_updated_at: dt.datetime | None = None,
) -> None:
    """Refuse a change of a dossier someone else changed since the editor loaded it."""
    if expected_version is None and expected_updated_at is not None \
            and dossier.updated_at != expected_updated_at:
        expected_version = -1
    check_version(s, dossier, expected_version, entity="dossier",
                  theirs=lambda: _theirs(dossier, s))


# --- the service ------------------------------------------------------------------------


class DossierService:
    """Dossiers of the signed-in user's database (see the module docstring)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # --- reading ---------------------------------------------------------------------
    def get(self, dossier_id: int) -> DossierOut:
        self.ctx.require(Permission.READ)
        with self.ctx.read() as s:
            return dossier_out(s, _get_dossier(s, dossier_id), ProgramProfiles.of(self.ctx))

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
            profiles = ProgramProfiles.of(self.ctx)
            rows = s.execute(q.order_by(Dossier.id.desc()).limit(limit)).scalars().all()
            return [dossier_out(s, d, profiles) for d in rows]

    def history(self, dossier_id: int) -> builtins.list[StatusChangeOut]:
        """Status changes, oldest first."""
        self.ctx.require(Permission.READ)
        with self.ctx.read() as s:
            _get_dossier(s, dossier_id)
            rows = list(s.execute(
                select(DossierStatusChange).where(DossierStatusChange.dossier_id == dossier_id)
                .order_by(DossierStatusChange.changed_at, DossierStatusChange.id)
            ).scalars())
            names = user_names(s, {r.changed_by_id for r in rows})
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
        duplicate_reason: str | None = None,
    ) -> DossierOut:
        """A new draft dossier for the enterprise, checked against the latest profile.

        When the enterprise already has an open dossier for the program this raises
        :class:`OpenDossierExists`, unless ``duplicate_reason`` says why another one is
        needed; the reason is then logged with the new dossier.
        """
        self.ctx.require(Permission.EDIT_OWN_WORK)
        valid = parse(DossierProjectIn, project if project is not None else {})
        profiles = ProgramProfiles.of(self.ctx)
        profile = profiles.profile(program_code)
        with self.ctx.write() as s:
            reason = _refuse_duplicate(s, enterprise_id, profile, duplicate_reason)
            dossier = self.create_in(
                s, enterprise_id, profile, valid,
                consultation_id=consultation_id, contact_id=contact_id, reason=reason,
            )
            return dossier_out(s, dossier, profiles)

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
            if (contact is None or contact.enterprise_id != enterprise_id or contact.erased_at
                    or contact.deleted_at):
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
            status=DossierStatus.DRAFT.value, status_changed_at=now,
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
        project = _project_snapshot(dossier, _cost_lines(s, dossier.id))
        for key in ("cost_lines", "stages", "financing"):
            new[key] = project[key]
        self.ctx.audit(s, "create", "dossier", dossier.id, entity_uuid=dossier.uuid, new=new,
                       reason=reason)
        return dossier

    def create_from_eligibility(
        self, consultation_id: int, *, duplicate_reason: str | None = None
    ) -> DossierOut:
        """A dossier «turned from» a consultation's pre-screening (program, enterprise,
        contact and consultation taken from it). A pre-screening that found the
        enterprise not eligible is refused; a second open dossier for the same
        enterprise and program raises :class:`OpenDossierExists` unless
        ``duplicate_reason`` is given (it is logged)."""
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
        profiles = ProgramProfiles.of(self.ctx)
        profile = profiles.profile(program)
        with self.ctx.write() as s:
            second = _refuse_duplicate(s, enterprise_id, profile, duplicate_reason)
            reason = f"по предварительной проверке (консультация № {consultation_id})"
            dossier = self.create_in(
                s, enterprise_id, profile, DossierProjectIn(),
                consultation_id=consultation_id, contact_id=contact_id,
                reason=reason if second is None else f"{reason}; {second}",
            )
            return dossier_out(s, dossier, profiles)

    def update_project(
        self,
        dossier_id: int,
        data: DossierProjectIn | dict[str, Any],
        *,
        expected_version: int | None = None,
        expected_updated_at: dt.datetime | None = None,
    ) -> DossierOut:
        """Replace project fields and cost lines together (one unit of work, audited).

        Only a draft or ready dossier can be edited; a ready dossier goes back
        to draft. ``expected_version`` (from :attr:`DossierOut.version`; or,
        as before, ``expected_updated_at``) refuses the save with
        :class:`~desktop_app.core.errors.EditConflict` if someone changed the
        dossier meanwhile.
        """
        valid = parse(DossierProjectIn, data)
        with self.ctx.write() as s:
            dossier = _get_dossier(s, dossier_id)
            self.ctx.require_owner_or(dossier.consultant_id, Permission.EDIT_ANY_WORK)
            check_dossier_version(s, dossier, expected_version, expected_updated_at)
            editable_or_raise(dossier)
            before = _project_snapshot(dossier, _cost_lines(s, dossier.id))
            set_project_in(s, dossier, valid)
            after = _project_snapshot(dossier, _cost_lines(s, dossier.id))
            old, new = diff(before, after)
            if new:
                dossier.updated_by_id = self.ctx.actor.user_id
                dossier.updated_at = utcnow()
                bump_version(dossier)
                self.ctx.audit(s, "update", "dossier", dossier.id, entity_uuid=dossier.uuid,
                               old=old, new=new)
                drop_to_draft_in(s, self.ctx, dossier, "изменены данные проекта")
            return dossier_out(s, dossier, ProgramProfiles.of(self.ctx))

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

    def check_unsaved(
        self, dossier_id: int, values: Mapping[str, Any], *, today: dt.date | None = None
    ) -> DossierValidation:
        """Check project data an editor shows but has not saved yet, with the dossier's
        stored enterprise and documents, against its profile. Reads only; nothing is
        recorded. ``values`` as described at :func:`~.dossier_facts.facts_for`."""
        self.ctx.require(Permission.READ)
        with self.ctx.read() as s:
            dossier = _get_dossier(s, dossier_id)
            return run_validation(s, self.ctx, dossier, today=today, unsaved=values)

    def _record(self, result: DossierValidation) -> None:
        with self.ctx.write() as s:
            dossier = _get_dossier(s, result.dossier_id)
            before = {
                "profile_version": dossier.profile_version, "last_verdict": dossier.last_verdict,
                "last_error_count": dossier.last_error_count,
                "last_warning_count": dossier.last_warning_count,
            }
            dossier.last_validated_at = utcnow()
            # A recorded check is no edit: «changed by … at …» keeps naming the last edit.
            flag_modified(dossier, "updated_at")
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
        profiles = ProgramProfiles.of(self.ctx)
        with self.ctx.write() as s:
            dossier = _get_dossier(s, dossier_id)
            self.ctx.require_owner_or(dossier.consultant_id, Permission.EDIT_ANY_WORK)
            latest = profiles.profile(dossier.program_code)
            if dossier.profile_version != latest.version:
                old = dossier.profile_version
                dossier.profile_version = latest.version
                dossier.updated_by_id = self.ctx.actor.user_id
                bump_version(dossier)
                self.ctx.audit(s, "profile_version", "dossier", dossier.id,
                               entity_uuid=dossier.uuid, old={"profile_version": old},
                               new={"profile_version": latest.version})
        return self.validate(dossier_id, today=today)

    # --- warnings ---------------------------------------------------------------------------
    def acknowledge_warning(
        self, dossier_id: int, rule_id: str, reason: str, *, expected_version: int | None = None
    ) -> AcknowledgementOut:
        """Accept a current warning finding with a reason (≤ 2000 characters; audited).
        ``expected_version``: see :meth:`update_project`."""
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
            check_dossier_version(s, dossier, expected_version)
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
            dossier.updated_by_id = self.ctx.actor.user_id
            dossier.updated_at = utcnow()
            bump_version(dossier)
            s.flush()
            self.ctx.audit(s, "acknowledge_warning", "dossier", dossier.id,
                           entity_uuid=dossier.uuid, old=old,
                           new={"rule_id": rule_id, "message": warning.message}, reason=text)
            return acknowledgements_of(s, dossier_id)[rule_id]

    def withdraw_acknowledgement(
        self, dossier_id: int, rule_id: str, *, expected_version: int | None = None
    ) -> None:
        """Take back an accepted warning (a ready dossier goes back to draft).
        ``expected_version``: see :meth:`update_project`."""
        with self.ctx.write() as s:
            dossier = _get_dossier(s, dossier_id)
            self.ctx.require_owner_or(dossier.consultant_id, Permission.EDIT_ANY_WORK)
            check_dossier_version(s, dossier, expected_version)
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
            dossier.updated_by_id = self.ctx.actor.user_id
            dossier.updated_at = utcnow()
            bump_version(dossier)
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
        expected_version: int | None = None,
    ) -> DossierOut:
        """Move the dossier along the workflow (see :func:`apply_status_in`).

        ``expected_version``: see :meth:`update_project`. The change is a function
        of its inputs alone, so a write the server aborted for a deadlock or a
        serialization failure is tried again (:meth:`ServiceContext.run_write`)."""
        try:
            target = DossierStatus(new_status)
        except ValueError:
            known = ", ".join(s.value for s in DossierStatus)
            raise InputError(f"неизвестный статус «{new_status}»; возможные: {known}") from None
        profiles = ProgramProfiles.of(self.ctx)

        def move(s: Session) -> DossierOut:
            dossier = _get_dossier(s, dossier_id)
            self.ctx.require_owner_or(dossier.consultant_id, Permission.EDIT_ANY_WORK)
            check_dossier_version(s, dossier, expected_version)
            apply_status_in(s, self.ctx, dossier, target, reason=reason,
                            effective_date=effective_date)
            return dossier_out(s, dossier, profiles)

        return self.ctx.run_write(move)

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
                bump_version(dossier)
                self.ctx.audit(s, "reassign", "dossier", dossier.id, entity_uuid=dossier.uuid,
                               old={"consultant_id": old}, new={"consultant_id": consultant_id},
                               reason=reason)
            return dossier_out(s, dossier, ProgramProfiles.of(self.ctx))
