"""Consultations and the follow-ups (next steps) they create."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.db import queries, search
from desktop_app.core.db.models import Consultation, ContactPerson, Enterprise
from desktop_app.core.errors import InputError, NotFoundError
from desktop_app.core.formatting import utcnow
from desktop_app.core.rules import EligibilityResult, Profile, evaluate_eligibility
from desktop_app.core.services.schemas import ConsultationIn, parse

from .audit import diff, jsonable, snapshot
from .context import Permission, ServiceContext
from .dto import ConsultationOut
from .editing import bump_version, check_version
from .profiles import ProgramProfiles


def _body(c: Consultation) -> str:
    return search.consultation_body(c.topic, c.questions, c.advice, c.outcome, c.next_step)


def _values(valid: ConsultationIn) -> dict[str, Any]:
    values = valid.model_dump()
    values["channel"] = str(valid.channel.value)
    return values


def _theirs(c: Consultation) -> dict[str, Any]:
    """The consultation as stored, in the editor's terms (for a conflict)."""
    return {key: getattr(c, key) for key in ConsultationIn.model_fields}


class ConsultationService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def get(self, consultation_id: int) -> ConsultationOut:
        with self.ctx.read() as s:
            c = s.get(Consultation, consultation_id)
            if c is None:
                raise NotFoundError(f"консультация № {consultation_id} не найдена")
            return ConsultationOut.model_validate(c)

    def for_enterprise(self, enterprise_id: int, limit: int = 500) -> list[ConsultationOut]:
        with self.ctx.read() as s:
            rows = s.execute(
                select(Consultation)
                .where(Consultation.enterprise_id == enterprise_id)
                .order_by(Consultation.occurred_at.desc(), Consultation.id.desc())
                .limit(limit)
            ).scalars()
            return [ConsultationOut.model_validate(c) for c in rows]

    def find(
        self,
        text: str = "",
        *,
        enterprise_id: int | None = None,
        limit: int = 100,
    ) -> list[ConsultationOut]:
        """Consultations newest first, optionally of one enterprise and filtered by the
        list's text search (the same query as the consultation list of the main window)."""
        q = queries.ListQuery(queries.ListKind.CONSULTATIONS, text=text,
                              enterprise_id=enterprise_id)
        return self._listed(q, limit)

    def followups(
        self,
        *,
        overdue: bool = False,
        consultant_id: int | None = None,
        today: dt.date | None = None,
        limit: int = 1000,
    ) -> list[ConsultationOut]:
        """Open next steps, earliest due date first (the main window's follow-up list):
        all of them, or only those past their due date."""
        scope = queries.FollowUpScope.OVERDUE if overdue else queries.FollowUpScope.ALL
        q = queries.ListQuery(queries.ListKind.FOLLOWUPS, scope=scope, today=today,
                              consultant_id=consultant_id)
        return self._listed(q, limit)

    def _listed(self, q: queries.ListQuery, limit: int) -> list[ConsultationOut]:
        self.ctx.require(Permission.READ)
        with self.ctx.read() as s:
            ids = queries.page_ids(s, q, 0, limit)
            found = {c.id: c for c in s.execute(
                select(Consultation).where(Consultation.id.in_(ids))).scalars()}
            return [ConsultationOut.model_validate(found[i]) for i in ids if i in found]

    def _check_refs(self, s: Session, valid: ConsultationIn) -> None:
        if s.get(Enterprise, valid.enterprise_id) is None:
            raise InputError(f"Предприятие: предприятие № {valid.enterprise_id} не найдено")
        if valid.contact_id is not None:
            person = s.get(ContactPerson, valid.contact_id)
            if person is None or person.enterprise_id != valid.enterprise_id:
                raise InputError("Контактное лицо: это лицо не относится к выбранному предприятию")

    def create(self, data: ConsultationIn | dict[str, Any]) -> ConsultationOut:
        self.ctx.require(Permission.EDIT_OWN_WORK)
        valid = parse(ConsultationIn, data)
        with self.ctx.write() as s:
            self._check_refs(s, valid)
            c = Consultation(**_values(valid))
            c.consultant_id = self.ctx.actor.user_id
            c.created_by_id = c.updated_by_id = self.ctx.actor.user_id
            s.add(c)
            s.flush()
            search.index(s, "consultation", c.id, _body(c))
            self.ctx.audit(s, "create", "consultation", c.id, entity_uuid=c.uuid, new=snapshot(c))
            return ConsultationOut.model_validate(c)

    def update(
        self,
        consultation_id: int,
        data: ConsultationIn | dict[str, Any],
        *,
        expected_version: int | None = None,
        expected_updated_at: dt.datetime | None = None,
    ) -> ConsultationOut:
        """Change the consultation. ``expected_version`` is the
        :attr:`ConsultationOut.version` the editor loaded: one someone else saved
        meanwhile is refused with :class:`~desktop_app.core.errors.EditConflict`."""
        valid = parse(ConsultationIn, data)
        with self.ctx.write() as s:
            c = s.get(Consultation, consultation_id)
            if c is None:
                raise NotFoundError(f"консультация № {consultation_id} не найдена")
            self.ctx.require_owner_or(c.consultant_id, Permission.EDIT_ANY_WORK)
            if expected_version is None and expected_updated_at is not None \
                    and c.updated_at != expected_updated_at:
                expected_version = -1
            check_version(s, c, expected_version, entity="consultation",
                          theirs=lambda: _theirs(c))
            self._check_refs(s, valid)
            before = snapshot(c)
            old_body = _body(c)
            for key, value in _values(valid).items():
                setattr(c, key, value)
            old, new = diff(before, snapshot(c))
            if new:
                c.updated_by_id = self.ctx.actor.user_id
                bump_version(c)
                s.flush()
                if _body(c) != old_body:
                    search.index(s, "consultation", c.id, _body(c), old_body=old_body)
                self.ctx.audit(s, "update", "consultation", c.id, entity_uuid=c.uuid,
                               old=old, new=new)
            return ConsultationOut.model_validate(c)

    def set_next_step_done(self, consultation_id: int, done: bool = True) -> ConsultationOut:
        with self.ctx.write() as s:
            c = s.get(Consultation, consultation_id)
            if c is None:
                raise NotFoundError(f"консультация № {consultation_id} не найдена")
            self.ctx.require_owner_or(c.consultant_id, Permission.EDIT_ANY_WORK)
            if c.next_step is None:
                raise InputError("у этой консультации нет следующего шага")
            if c.next_step_done != done:
                c.next_step_done = done
                c.updated_by_id = self.ctx.actor.user_id
                bump_version(c)
                self.ctx.audit(s, "update", "consultation", c.id, entity_uuid=c.uuid,
                               old={"next_step_done": not done}, new={"next_step_done": done})
            return ConsultationOut.model_validate(c)

    def eligibility_profile(self, consultation_id: int, program: str | None = None) -> Profile:
        """The program profile a consultation is pre-screened against.

        ``program`` when given; else the program of an earlier pre-screening; else the
        consultation's program; else the first installed program.
        """
        profiles = ProgramProfiles.of(self.ctx)
        if program is not None:
            return profiles.profile(program)
        c = self.get(consultation_id)
        previous = (c.eligibility or {}).get("profile_code")
        wanted = previous if isinstance(previous, str) else c.program_code
        codes = profiles.registry().codes()
        if wanted in codes:
            return profiles.profile(str(wanted))
        if not codes:
            raise InputError("не установлен ни один профиль программы")
        return profiles.profile(codes[0])

    def save_eligibility(
        self,
        consultation_id: int,
        answers: Mapping[str, bool | str | None],
        *,
        program: str | None = None,
    ) -> EligibilityResult:
        """Pre-screen the consultation's enterprise on ``answers`` and keep the result.

        The verdict is computed here from the profile's questions, never taken from
        the caller; the answers and the verdict are stored with the consultation.
        """
        profile = self.eligibility_profile(consultation_id, program)
        result = evaluate_eligibility(profile, answers)
        with self.ctx.write() as s:
            c = s.get(Consultation, consultation_id)
            if c is None:
                raise NotFoundError(f"консультация № {consultation_id} не найдена")
            self.ctx.require_owner_or(c.consultant_id, Permission.EDIT_ANY_WORK)
            old = c.eligibility
            c.eligibility = jsonable(result.model_dump(mode="json"))
            c.eligibility_verdict = result.verdict
            # names this check: a conclusion registered for it keeps the same moment
            c.eligibility_checked_at = utcnow()
            c.updated_by_id = self.ctx.actor.user_id
            bump_version(c)
            self.ctx.audit(s, "eligibility", "consultation", c.id, entity_uuid=c.uuid,
                           old={"eligibility": old},
                           new={"eligibility": c.eligibility,
                                "eligibility_checked_at": c.eligibility_checked_at.isoformat()})
        return result
