"""What the dossier service hands out: frozen pydantic models of a dossier, its
cost lines, documents, status history, warning acknowledgements and validation."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict

from desktop_app.core.db.models import DossierStatus
from desktop_app.core.rules import ChecklistRow, DocumentStatus, ValidationReport
from desktop_app.core.services.schemas import DossierProjectIn

#: Dossier columns that hold project data (everything of the input but the cost lines).
PROJECT_COLUMNS = tuple(
    k for k in DossierProjectIn.model_fields if k not in ("cost_lines", "stages", "financing")
)


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True)


class CostLineOut(_Out):
    id: int
    position: int
    category: str
    description: str | None
    amount: int
    """Kopecks."""


class StageOut(_Out):
    """One stage of the calendar plan."""

    number: str
    title: str
    start_date: dt.date | None
    end_date: dt.date | None
    result: str | None


class FinancingLineOut(_Out):
    """The money of one source (grant / own / other) in one year, kopecks."""

    year: int
    source: str
    amount: int


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
    stages: list[StageOut] = []
    financing: list[FinancingLineOut] = []
    documents: list[DocumentSummary]
    last_validated_at: dt.datetime | None
    last_verdict: str | None
    last_error_count: int | None
    last_warning_count: int | None
    created_at: dt.datetime
    updated_at: dt.datetime
    version: int = 1
    """What an editor names when it saves or moves the dossier (see :mod:`.editing`)."""

    def project_input(self) -> DossierProjectIn:
        """The project data as an input model (for an editor that changes a few fields)."""
        data: dict[str, Any] = {k: getattr(self, k) for k in PROJECT_COLUMNS}
        data["cost_lines"] = [
            {"category": c.category, "description": c.description, "amount": c.amount}
            for c in self.cost_lines
        ]
        data["stages"] = [st.model_dump() for st in self.stages]
        data["financing"] = [f.model_dump() for f in self.financing]
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
