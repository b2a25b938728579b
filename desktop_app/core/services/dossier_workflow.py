"""Checking a dossier and moving it through the status workflow.

The workflow is data (:data:`TRANSITIONS`); :func:`apply_status_in` moves a
dossier inside the caller's unit of work (the referral package uses it),
:meth:`~.dossiers.DossierService.change_status` does the same in its own unit
of work for the GUI and the CLI. Moving to «ready» needs a clean
:func:`run_validation`, which reads the dossier through
:func:`~.dossier_facts.facts_for` like every other check of a stored dossier.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core import vocabulary
from desktop_app.core.db.models import (
    Dossier,
    DossierStatus,
    DossierStatusChange,
    User,
    WarningAcknowledgement,
)
from desktop_app.core.errors import FieldProblem, InputError
from desktop_app.core.formatting import format_date, utcnow
from desktop_app.core.rules import checklist, document_status, validate, version_key

from .context import ServiceContext
from .document_store import store_for
from .dossier_facts import damaged_files, facts_for
from .dossier_models import AcknowledgementOut, DossierValidation
from .editing import bump_version
from .profiles import ProgramProfiles

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


def status_label(value: str | DossierStatus) -> str:
    return STATUS_LABELS[DossierStatus(value)]


def editable_or_raise(dossier: Dossier) -> None:
    """Refuse editing a dossier that has left the draft/ready stage."""
    if DossierStatus(dossier.status) not in EDITABLE_STATUSES:
        raise InputError(
            f"досье № {dossier.id} в статусе «{status_label(dossier.status)}» — менять его "
            "данные и документы нельзя; изменять можно черновик или досье, готовое к направлению"
        )


def user_names(s: Session, ids: set[int | None]) -> dict[int, str]:
    """Full names of the given users (for «who did it» columns)."""
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = s.execute(select(User.id, User.full_name).where(User.id.in_(wanted))).all()
    return {int(i): str(n) for i, n in rows}


def acknowledgements_of(s: Session, dossier_id: int) -> dict[str, AcknowledgementOut]:
    """The dossier's accepted warnings by rule id, with who accepted them."""
    rows = list(s.execute(
        select(WarningAcknowledgement).where(WarningAcknowledgement.dossier_id == dossier_id)
        .order_by(WarningAcknowledgement.rule_id)
    ).scalars())
    names = user_names(s, {r.acknowledged_by_id for r in rows})
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
    unsaved: Mapping[str, Any] | None = None,
) -> DossierValidation:
    """Validate a dossier as stored in ``s`` (reads only); with ``unsaved``, its project
    data as an editor shows it (see :func:`~.dossier_facts.facts_for`)."""
    profiles = ProgramProfiles.of(ctx)
    profile = profiles.for_dossier(dossier, profile_version)
    damaged = damaged_blobs
    if damaged is None:
        damaged = damaged_files(s, store_for(ctx.db), dossier.id)
    facts = facts_for(s, dossier, damaged_blobs=damaged, unsaved=unsaved)
    report = validate(profile, facts, today=today)
    latest = profiles.profile(profile.code)
    newer = (
        latest.version
        if version_key(latest.version) > version_key(profile.version) else None
    )
    return DossierValidation(
        dossier_id=dossier.id,
        profile_code=profile.code,
        profile_version=profile.version,
        report=report,
        acknowledgements=acknowledgements_of(s, dossier.id),
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
    current = DossierStatus(dossier.status)
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
    bump_version(dossier)
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
    if DossierStatus(dossier.status) == S.READY:
        apply_status_in(session, ctx, dossier, S.DRAFT, reason=why)
