"""ORM models (SQLAlchemy 2 typed declarative).

Conventions: integer primary keys for joins, a UUID on every record that can
travel between workstations, ``created_at``/``updated_at`` in UTC with the user
who made the change, money in integer kopecks, calendar dates as ``date``.
Only the service layer writes these tables.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, validates

from desktop_app.core.formatting import login_key, utcnow

from .types import UTCDateTime, UUIDStr, new_uuid

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dt.datetime: UTCDateTime(), dict[str, Any]: JSON, list[Any]: JSON
    }


class Role(enum.StrEnum):
    CONSULTANT = "consultant"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"


class Channel(enum.StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    VISIT = "visit"
    EVENT = "event"
    VIDEO = "video"


class SizeCategory(enum.StrEnum):
    MICRO = "micro"
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"


class DossierStatus(enum.StrEnum):
    DRAFT = "draft"
    READY = "ready"
    REFERRED = "referred"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    AGREEMENT = "agreement"


class LegalBasis(enum.StrEnum):
    CONSENT = "consent"            # согласие субъекта (ст. 9 152-ФЗ)
    CONTRACT = "contract"          # исполнение договора (п. 5 ч. 1 ст. 6)
    LEGITIMATE = "legitimate"      # представитель юрлица в рамках обращения (п. 7 ч. 1 ст. 6)
    PUBLIC = "public"              # общедоступные сведения (ЕГРЮЛ)


def _str_enum(values: type[enum.StrEnum]) -> str:
    return ", ".join(f"'{v.value}'" for v in values)


class TimestampMixin:
    uuid: Mapped[str] = mapped_column(UUIDStr, unique=True, default=new_uuid)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class VersionMixin:
    """A record several people may edit at once: ``version`` starts at 1 and every
    change through the services adds one (:func:`~desktop_app.core.services.editing.
    bump_version`). A save names the version its editor loaded; a different one
    means someone else changed the record meanwhile (an ``EditConflict``)."""

    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))


class User(Base):
    __tablename__ = "users"
    __table_args__ = (CheckConstraint(f"role IN ({_str_enum(Role)})", name="role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UUIDStr, unique=True, default=new_uuid)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    login_key: Mapped[str] = mapped_column(String(64), unique=True)
    """:func:`login_key` of ``login``: sign-in and uniqueness ignore case in any script."""
    full_name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(254))
    role: Mapped[str] = mapped_column(String(20), default=Role.CONSULTANT.value)
    password_hash: Mapped[str | None] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None]
    last_login_at: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    @validates("login")
    def _keep_login_key(self, _key: str, value: str) -> str:
        self.login_key = login_key(value)
        return value


class OrganizationProfile(TimestampMixin, Base):
    """The centre itself: letterhead and reference data for printed documents."""

    __tablename__ = "organization_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(500))
    short_name: Mapped[str | None] = mapped_column(String(200))
    legal_address: Mapped[str | None] = mapped_column(String(500))
    postal_address: Mapped[str | None] = mapped_column(String(500))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(254))
    website: Mapped[str | None] = mapped_column(String(200))
    inn: Mapped[str | None] = mapped_column(String(12))
    kpp: Mapped[str | None] = mapped_column(String(9))
    ogrn: Mapped[str | None] = mapped_column(String(15))
    director_name: Mapped[str | None] = mapped_column(String(200))
    director_position: Mapped[str | None] = mapped_column(String(200))
    letterhead_note: Mapped[str | None] = mapped_column(Text)
    logo_sha256: Mapped[str | None] = mapped_column(String(64))
    register_format: Mapped[str] = mapped_column(String(100), default="РИЦ-{year}/{seq:04d}")


class Enterprise(VersionMixin, TimestampMixin, Base):
    __tablename__ = "enterprises"
    __table_args__ = (
        CheckConstraint(
            f"size_category IS NULL OR size_category IN ({_str_enum(SizeCategory)})",
            name="size_category",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(1000))
    short_name: Mapped[str | None] = mapped_column(String(300))
    inn: Mapped[str] = mapped_column(String(12), unique=True)
    kpp: Mapped[str | None] = mapped_column(String(9))
    ogrn: Mapped[str | None] = mapped_column(String(15), index=True)
    legal_address: Mapped[str | None] = mapped_column(String(1000))
    actual_address: Mapped[str | None] = mapped_column(String(1000))
    region_code: Mapped[str | None] = mapped_column(String(2))
    okved: Mapped[str | None] = mapped_column(String(20))
    size_category: Mapped[str | None] = mapped_column(String(10))
    website: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(254))
    director_name: Mapped[str | None] = mapped_column(String(300))
    director_position: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)
    # folded (casefold, ё→е) name + short name + identifiers, for search and sorting
    search_key: Mapped[str] = mapped_column(Text, default="")

    contacts: Mapped[list[ContactPerson]] = relationship(
        back_populates="enterprise", order_by="ContactPerson.id"
    )


class ContactPerson(TimestampMixin, Base):
    """Personal data (152-ФЗ): every person carries the legal basis of processing."""

    __tablename__ = "contact_persons"
    __table_args__ = (
        CheckConstraint(f"legal_basis IN ({_str_enum(LegalBasis)})", name="legal_basis"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(
        ForeignKey("enterprises.id", ondelete="CASCADE"), index=True
    )
    last_name: Mapped[str] = mapped_column(String(100))
    first_name: Mapped[str | None] = mapped_column(String(100))
    middle_name: Mapped[str | None] = mapped_column(String(100))
    position: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(254))
    legal_basis: Mapped[str] = mapped_column(String(20), default=LegalBasis.LEGITIMATE.value)
    consent_date: Mapped[dt.date | None] = mapped_column(Date)
    withdrawn_date: Mapped[dt.date | None] = mapped_column(Date)
    erased_at: Mapped[dt.datetime | None]
    # removed from the card (kept in the database, see 0015); not an erasure
    deleted_at: Mapped[dt.datetime | None]
    deleted_by_id: Mapped[int | None] = mapped_column(Integer)

    enterprise: Mapped[Enterprise] = relationship(back_populates="contacts")


class ContactErasure(Base):
    """One erasure of a contact person's personal data and the content of its act.

    Written in the same unit of work as the erasure itself, so an erasure
    without its act cannot exist and the act of any past erasure can be printed
    again. ``act`` holds what the act shows (the subject's name included: the
    act is the legally required confirmation of the destruction); ``kind`` is
    ``request`` (erased on request) or ``reapplied`` (erased again after a
    restore brought the data back; ``original_uuid`` names the first erasure).
    """

    __tablename__ = "contact_erasures"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UUIDStr, unique=True, default=new_uuid)
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_persons.id", ondelete="SET NULL"), index=True
    )
    contact_uuid: Mapped[str] = mapped_column(String(36), index=True)
    erased_at: Mapped[dt.datetime]
    user_id: Mapped[int | None] = mapped_column(Integer)
    user_login: Mapped[str | None] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text)
    act_number: Mapped[str] = mapped_column(String(50))
    kind: Mapped[str] = mapped_column(String(20), default="request")
    original_uuid: Mapped[str | None] = mapped_column(String(36))
    act: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class Consultation(VersionMixin, TimestampMixin, Base):
    __tablename__ = "consultations"
    __table_args__ = (
        CheckConstraint(f"channel IN ({_str_enum(Channel)})", name="channel"),
        CheckConstraint("duration_min IS NULL OR duration_min >= 0", name="duration"),
        Index("ix_consultations_occurred_at", "occurred_at"),
        Index("ix_consultations_enterprise_occurred", "enterprise_id", "occurred_at"),
        Index("ix_consultations_followup", "next_step_done", "next_step_due"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprises.id", ondelete="RESTRICT"))
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_persons.id", ondelete="SET NULL")
    )
    consultant_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    occurred_at: Mapped[dt.datetime]
    channel: Mapped[str] = mapped_column(String(10))
    topic: Mapped[str] = mapped_column(String(500))
    program_code: Mapped[str | None] = mapped_column(String(100))
    questions: Mapped[str | None] = mapped_column(Text)
    advice: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(Text)
    duration_min: Mapped[int | None] = mapped_column(Integer)
    next_step: Mapped[str | None] = mapped_column(Text)
    next_step_due: Mapped[dt.date | None] = mapped_column(Date)
    next_step_done: Mapped[bool] = mapped_column(Boolean, default=False)
    eligibility: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # the pre-screening verdict and its moment, copied from ``eligibility`` so that
    # the consultation list shows them without opening the JSON of every row
    eligibility_verdict: Mapped[str | None] = mapped_column(String(30))
    eligibility_checked_at: Mapped[dt.datetime | None]

    enterprise: Mapped[Enterprise] = relationship()


class Dossier(VersionMixin, TimestampMixin, Base):
    """An application dossier for a grant program (project data + documents)."""

    __tablename__ = "dossiers"
    __table_args__ = (
        CheckConstraint(f"status IN ({_str_enum(DossierStatus)})", name="status"),
        CheckConstraint(
            "(total_cost IS NULL OR total_cost >= 0) AND (grant_requested IS NULL OR "
            "grant_requested >= 0) AND (own_funds IS NULL OR own_funds >= 0) AND "
            "(other_funds IS NULL OR other_funds >= 0)",
            name="money_not_negative",
        ),
        Index("ix_dossiers_status", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(
        ForeignKey("enterprises.id", ondelete="RESTRICT"), index=True
    )
    consultant_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_persons.id", ondelete="SET NULL")
    )
    consultation_id: Mapped[int | None] = mapped_column(
        ForeignKey("consultations.id", ondelete="SET NULL")
    )
    program_code: Mapped[str] = mapped_column(String(100))
    profile_version: Mapped[str | None] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20), default=DossierStatus.DRAFT.value)
    status_changed_at: Mapped[dt.datetime | None]
    submission_date: Mapped[dt.date | None] = mapped_column(Date)
    signatory_is_director: Mapped[bool | None] = mapped_column(Boolean, default=True)
    # project data (see the domain reference: "Project fields a dossier needs")
    title: Mapped[str | None] = mapped_column(String(1000))
    component_name: Mapped[str | None] = mapped_column(String(1000))
    okpd2: Mapped[str | None] = mapped_column(String(20))
    foreign_analogue_name: Mapped[str | None] = mapped_column(String(500))
    foreign_analogue_manufacturer: Mapped[str | None] = mapped_column(String(500))
    foreign_analogue_country: Mapped[str | None] = mapped_column(String(200))
    target_industry: Mapped[str | None] = mapped_column(String(500))
    consumers: Mapped[str | None] = mapped_column(Text)
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    total_cost: Mapped[int | None] = mapped_column(BigInteger)
    grant_requested: Mapped[int | None] = mapped_column(BigInteger)
    own_funds: Mapped[int | None] = mapped_column(BigInteger)
    other_funds: Mapped[int | None] = mapped_column(BigInteger)
    serial_volume: Mapped[int | None] = mapped_column(BigInteger)
    serial_years: Mapped[str | None] = mapped_column(String(100))
    notes: Mapped[str | None] = mapped_column(Text)
    last_validated_at: Mapped[dt.datetime | None]
    last_verdict: Mapped[str | None] = mapped_column(String(20))
    last_error_count: Mapped[int | None] = mapped_column(Integer)
    last_warning_count: Mapped[int | None] = mapped_column(Integer)

    enterprise: Mapped[Enterprise] = relationship()
    cost_lines: Mapped[list[CostLine]] = relationship(
        back_populates="dossier", order_by="CostLine.position", cascade="all, delete-orphan"
    )
    documents: Mapped[list[DossierDocument]] = relationship(
        back_populates="dossier", order_by="DossierDocument.id"
    )
    stages: Mapped[list[ProjectStage]] = relationship(
        order_by="ProjectStage.position", cascade="all, delete-orphan"
    )
    financing: Mapped[list[FinancingLine]] = relationship(
        order_by="FinancingLine.position", cascade="all, delete-orphan"
    )


class CostLine(Base):
    __tablename__ = "cost_lines"
    __table_args__ = (CheckConstraint("amount >= 0", name="amount_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UUIDStr, unique=True, default=new_uuid)
    dossier_id: Mapped[int] = mapped_column(
        ForeignKey("dossiers.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    category: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    amount: Mapped[int] = mapped_column(BigInteger)

    dossier: Mapped[Dossier] = relationship(back_populates="cost_lines")


FINANCING_SOURCES = ("grant", "own", "other")
"""Where a project's money comes from: the grant, the applicant's own funds, other funds."""


class ProjectStage(Base):
    """One stage of a project's calendar plan."""

    __tablename__ = "project_stages"
    __table_args__ = (
        CheckConstraint("start_date IS NULL OR end_date IS NULL OR start_date <= end_date",
                        name="dates_in_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UUIDStr, unique=True, default=new_uuid)
    dossier_id: Mapped[int] = mapped_column(
        ForeignKey("dossiers.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    number: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(1000))
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    result: Mapped[str | None] = mapped_column(Text)


class FinancingLine(Base):
    """The money of one source in one year of a project (kopecks)."""

    __tablename__ = "financing_lines"
    __table_args__ = (
        CheckConstraint("amount >= 0", name="amount_not_negative"),
        CheckConstraint("source IN ('grant', 'own', 'other')", name="source"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UUIDStr, unique=True, default=new_uuid)
    dossier_id: Mapped[int] = mapped_column(
        ForeignKey("dossiers.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    year: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(10))
    amount: Mapped[int] = mapped_column(BigInteger)


class DossierStatusChange(Base):
    __tablename__ = "dossier_status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UUIDStr, unique=True, default=new_uuid)
    dossier_id: Mapped[int] = mapped_column(
        ForeignKey("dossiers.id", ondelete="CASCADE"), index=True
    )
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    changed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    changed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    effective_date: Mapped[dt.date | None] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(Text)


class WarningAcknowledgement(Base):
    """A warning finding the consultant accepted, with the reason (goes to the audit log too)."""

    __tablename__ = "warning_acknowledgements"
    __table_args__ = (UniqueConstraint("dossier_id", "rule_id", name="dossier_rule"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"))
    rule_id: Mapped[str] = mapped_column(String(100))
    message: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    acknowledged_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    acknowledged_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class Blob(Base):
    """A stored file (content-addressed: the SHA-256 is its name in the blob store)."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(20))
    pages: Mapped[int | None] = mapped_column(Integer)
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    encrypted: Mapped[bool] = mapped_column(Boolean, default=False)
    info: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    stored_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class DossierDocument(TimestampMixin, Base):
    """One document of a dossier (it may consist of several files)."""

    __tablename__ = "dossier_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(
        ForeignKey("dossiers.id", ondelete="CASCADE"), index=True
    )
    doc_type: Mapped[str] = mapped_column(String(100))
    title: Mapped[str | None] = mapped_column(String(1000))
    number: Mapped[str | None] = mapped_column(String(100))
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    valid_until: Mapped[dt.date | None] = mapped_column(Date)
    received_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    deleted_at: Mapped[dt.datetime | None]
    deleted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    dossier: Mapped[Dossier] = relationship(back_populates="documents")
    files: Mapped[list[DocumentFile]] = relationship(
        back_populates="document", order_by="DocumentFile.position"
    )


class DocumentFile(Base):
    """A file of a document; a replaced file stays as history (``replaced_at`` set)."""

    __tablename__ = "document_files"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UUIDStr, unique=True, default=new_uuid)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("dossier_documents.id", ondelete="CASCADE"), index=True
    )
    blob_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), index=True)
    original_name: Mapped[str] = mapped_column(String(1000))
    position: Mapped[int] = mapped_column(Integer, default=0)
    added_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    replaced_at: Mapped[dt.datetime | None]
    replaced_by_file_id: Mapped[int | None] = mapped_column(ForeignKey("document_files.id"))

    document: Mapped[DossierDocument] = relationship(
        back_populates="files", foreign_keys=[document_id]
    )
    blob: Mapped[Blob] = relationship()


class OutgoingLetter(Base):
    """The centre's outgoing register: numbers are never reused.

    ``origin`` is empty for the letters of this database; a letter brought in by
    a merge whose number another letter already had keeps its number and names
    the database it came from there (the two are reported, never renumbered)."""

    __tablename__ = "outgoing_register"
    __table_args__ = (
        UniqueConstraint("year", "seq", "origin", name="year_seq_origin"),
        UniqueConstraint("number", "origin", name="number_origin"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UUIDStr, unique=True, default=new_uuid)
    number: Mapped[str] = mapped_column(String(100), index=True)
    origin: Mapped[str] = mapped_column(String(100), default="", server_default="")
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    issued_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    dossier_id: Mapped[int | None] = mapped_column(
        ForeignKey("dossiers.id", ondelete="SET NULL"), index=True
    )
    subject: Mapped[str | None] = mapped_column(Text)
    addressee: Mapped[str | None] = mapped_column(Text)
    signer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    pdf_sha256: Mapped[str | None] = mapped_column(ForeignKey("blobs.sha256"))
    pages: Mapped[int | None] = mapped_column(Integer)
    consultation_id: Mapped[int | None] = mapped_column(Integer, index=True)
    """The consultation of a registered pre-screening conclusion (no constraint: see 0007)."""
    eligibility_checked_at: Mapped[dt.datetime | None]
    """The check a conclusion concludes (the consultation's ``eligibility_checked_at``)."""
    audit_head_id: Mapped[int | None] = mapped_column(Integer)
    """The event log's last entry when the letter was registered (see 0019)."""
    audit_head_hash: Mapped[str | None] = mapped_column(String(64))


class AuditEntry(Base):
    """Append-only, hash-chained event log (who, when, what, old and new values)."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_entity", "entity", "entity_id"),
        Index("ix_audit_at", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    user_id: Mapped[int | None] = mapped_column(Integer)
    user_login: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(50))
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    entity_uuid: Mapped[str | None] = mapped_column(String(36))
    old_values: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    new_values: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    reason: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class Setting(Base):
    """Key/value settings kept in the database (shared by every workstation user)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[dict[str, Any] | None] = mapped_column(JSON)
