"""What services hand back: plain, detached snapshots (no lazy loading later)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict


class Out(BaseModel):
    model_config = ConfigDict(from_attributes=True, frozen=True)


class ContactOut(Out):
    id: int
    uuid: str
    enterprise_id: int
    last_name: str
    first_name: str | None
    middle_name: str | None
    position: str | None
    phone: str | None
    email: str | None
    legal_basis: str
    consent_date: dt.date | None
    withdrawn_date: dt.date | None
    erased_at: dt.datetime | None
    deleted_at: dt.datetime | None = None

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.last_name, self.first_name, self.middle_name) if p)


class EnterpriseOut(Out):
    id: int
    uuid: str
    full_name: str
    short_name: str | None
    inn: str
    kpp: str | None
    ogrn: str | None
    legal_address: str | None
    actual_address: str | None
    region_code: str | None
    okved: str | None
    size_category: str | None
    website: str | None
    phone: str | None
    email: str | None
    director_name: str | None
    director_position: str | None
    notes: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
    version: int = 1
    """What an editor names when it saves (see :mod:`.editing`)."""

    @property
    def display_name(self) -> str:
        return self.short_name or self.full_name


class ConsultationOut(Out):
    id: int
    uuid: str
    enterprise_id: int
    contact_id: int | None
    consultant_id: int | None
    occurred_at: dt.datetime
    channel: str
    topic: str
    program_code: str | None
    questions: str | None
    advice: str | None
    outcome: str | None
    duration_min: int | None
    next_step: str | None
    next_step_due: dt.date | None
    next_step_done: bool
    eligibility: dict[str, Any] | None
    eligibility_verdict: str | None = None
    eligibility_checked_at: dt.datetime | None = None
    created_at: dt.datetime
    updated_at: dt.datetime
    version: int = 1
    """What an editor names when it saves (see :mod:`.editing`)."""
