"""The referral package: database → :mod:`desktop_app.core.reports` → outgoing register.

A *draft* package («ПРОЕКТ» on every page) may be printed by anybody who can
read the dossier; it gets no number and is only logged. A *final* package
needs ``SIGN_PACKAGE``, a dossier without errors whose every warning is
acknowledged, and is produced in ONE write unit of work::

    BEGIN IMMEDIATE              (serialises number allocation)
    next seq of the year → number by the centre's register format
    render the PDF (the register time is its fixed creation date)
    store it in the blob store, insert Blob + OutgoingLetter
    move the dossier to «referred», audit «package_generated»
    COMMIT

A failure anywhere rolls everything back, so no number is ever half-used;
a committed number is never deleted or reused. Re-issuing a package for a
referred dossier registers a new letter; earlier PDFs stay in the register.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field
from pypdf import PdfReader
from pypdf.errors import PdfReadError
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core import vocabulary
from desktop_app.core.db.models import (
    Blob,
    Consultation,
    ContactPerson,
    DocumentFile,
    Dossier,
    DossierDocument,
    DossierStatus,
    Enterprise,
    OutgoingLetter,
    SizeCategory,
    User,
    WarningAcknowledgement,
)
from desktop_app.core.errors import FieldProblem, InputError, NotFoundError
from desktop_app.core.formatting import format_phone, utcnow
from desktop_app.core.okved import okved_label
from desktop_app.core.regions import region_label, region_name
from desktop_app.core.reports import (
    PackageLayout,
    ReportError,
    build_document_checklist,
    build_prescreening_conclusion,
    build_referral_package_with_layout,
)
from desktop_app.core.reports import models as rm
from desktop_app.core.reports.package import (
    META_CODE,
    META_DOCUMENTS,
    META_NUMBER,
    verification_code,
)
from desktop_app.core.rules import (
    DossierFacts,
    EligibilityResult,
    Profile,
    document_status,
)
from desktop_app.core.rules import checklist as rules_checklist
from desktop_app.core.rules import validate as rules_validate
from desktop_app.core.rules.eligibility import answer_text
from desktop_app.core.rules.engine import condition_sentence, describe_condition
from desktop_app.core.services.schemas import Input, PastDate, _opt, parse

from .context import (
    EVENT_FILE_OPEN,
    EVENT_PACKAGE,
    EVENT_PRINT,
    ROLE_LABELS,
    Permission,
    ServiceContext,
)
from .document_store import DocumentStore, store_for
from .dossier_facts import facts_for
from .dossier_workflow import apply_status_in, status_label
from .organization import (
    WHERE_TO_FILL,
    OrganizationOut,
    PackageSettingsIn,
    load_package_settings,
    load_profile,
)
from .outgoing_register import (
    RegisterEntry,
    allocate_number,
    audit_head_now,
    initials_name,
    local_time,
    read_entries,
    register_entry_of,
)
from .profiles import ProgramProfiles

CONSULTATION_HISTORY = 50
ATTACHABLE_KINDS = ("pdf", "png", "jpeg", "tiff")
PLACEHOLDER_NAME = "И.О. Фамилия"
PLACEHOLDER_NAME_DATIVE = "И.О. Фамилии"
PLACEHOLDER_SALUTATION = "Уважаемый(-ая) Имя Отчество!"
PLACEHOLDER_POSITION = "Должность"
NO_NUMBER = "б/н"
REFERABLE = (DossierStatus.READY, DossierStatus.REFERRED)
AUDIT_GENERATED = "package_generated"

SIZE_LABELS = vocabulary.SIZES
REQUIREMENTS = {
    "always": rm.Requirement.REQUIRED,
    "conditional": rm.Requirement.CONDITIONAL,
    "recommended": rm.Requirement.RECOMMENDED,
    "optional": rm.Requirement.RECOMMENDED,
}


class PackageOptions(Input):
    """What may be changed for one package (empty → the centre's defaults)."""

    addressee_position: Annotated[str | None, _opt(500)] = Field(
        None, title="Должность адресата (в дательном падеже)"
    )
    addressee_name: Annotated[str | None, _opt(200)] = Field(
        None, title="Адресат: инициалы и фамилия в дательном падеже"
    )
    salutation: Annotated[str | None, _opt(200)] = Field(None, title="Обращение")
    subject: Annotated[str | None, _opt(500)] = Field(None, title="Заголовок письма")
    incoming_reference: Annotated[str | None, _opt(200)] = Field(
        None, title="Ссылка на входящее письмо"
    )
    incoming_number: Annotated[str | None, _opt(100)] = Field(
        None, title="Номер входящего письма (запроса), на которое дан ответ"
    )
    incoming_date: PastDate = Field(None, title="Дата входящего письма (запроса)")
    separate_delivery: Annotated[str | None, _opt(500)] = Field(
        None, title="Как направляются документы заявителя, не подшитые в пакет"
    )
    letter_body: Annotated[str | None, _opt(20000, True)] = Field(
        None, title="Текст письма"
    )


@dataclass(frozen=True)
class PackageVerification:
    """What ``package verify`` found: authentic or not, and why not (Russian)."""

    authentic: bool
    number: str
    issued_on: dt.date | None
    problems: list[str]

    @property
    def summary(self) -> str:
        if self.authentic and self.issued_on is not None:
            return (f"подлинный: исх. № {self.number} от {self.issued_on:%d.%m.%Y}, "
                    "документы не изменены")
        return "не подтверждён: " + "; ".join(self.problems)


@dataclass(frozen=True)
class GeneratedPackage:
    """A produced package: the PDF, its register entry (None for a draft), pages."""

    pdf_bytes: bytes
    entry: RegisterEntry | None
    pages: int
    layout: PackageLayout
    path: Path | None = None
    """Where the registered PDF is stored (blob store); None for a draft."""
    not_attached: list[str] = field(default_factory=list)
    """Files listed in the inventory but not bound in (not PDF/image), for the user."""

    @property
    def number(self) -> str | None:
        return None if self.entry is None else self.entry.number


def _contact_name(c: ContactPerson) -> str:
    return " ".join(p for p in (c.last_name, c.first_name, c.middle_name) if p)


def _report_error(exc: ReportError) -> InputError:
    return InputError(f"пакет не сформирован: {exc}")


CONCLUSION_SUBJECT = "Заключение по результатам предварительной проверки"
PROGRAM_UNKNOWN = "программа, профиль которой не установлен на этом рабочем месте"
REASON_RESULTS = {
    "disqualifying": rm.CheckResult.FAILED,
    "clarification": rm.CheckResult.WARNING,
    "unanswered": rm.CheckResult.WARNING,
    "invalid": rm.CheckResult.WARNING,
}


@dataclass(frozen=True)
class PrintedConclusion:
    """A printed pre-screening conclusion: the PDF and its outgoing number (None: a draft)."""

    pdf_bytes: bytes
    number: str | None
    checked_on: dt.date
    """The date of the check: the conclusion's date."""
    verdict: str


def conclusion_answers(profile: Profile, result: EligibilityResult) -> list[rm.ConclusionAnswer]:
    """The questions the check was made on, each with the answer in words."""
    results = {r.question: REASON_RESULTS.get(r.kind, rm.CheckResult.WARNING)
               for r in result.reasons}
    return [
        rm.ConclusionAnswer(
            question=q.text, answer=answer_text(result.answers.get(q.id)),
            clause=q.clause or None, confidence=rm.Confidence(q.confidence),
            result=results.get(q.id, rm.CheckResult.PASSED),
        )
        for q in profile.questions if q.id in result.answers
    ]


def next_steps_to_do(next_step: str | None, *, done: bool) -> list[str]:
    """The consultation's next step as lines to do; a step already done is not one."""
    if done:
        return []
    return [x.strip() for x in (next_step or "").splitlines() if x.strip()]


class PackageService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # --- where things live --------------------------------------------------------
    @property
    def blobs(self) -> DocumentStore:
        return store_for(self.ctx.db)

    # --- collecting -----------------------------------------------------------------
    def collect(
        self,
        dossier_id: int,
        *,
        draft: bool,
        with_attachments: bool,
        options: PackageOptions | dict[str, Any] | None = None,
        register_number: str | None = None,
        registered_at: dt.datetime | None = None,
    ) -> tuple[rm.PackageData, list[rm.AttachmentFile]]:
        """Everything the renderer needs, read from the database now.

        A final package without ``register_number`` shows «б/н» (the number is
        given by :meth:`generate`). Raises InputError (with what to fill in) or
        NotFoundError.
        """
        self.ctx.require(Permission.READ)
        opts = parse(PackageOptions, options or {})
        with self.ctx.read() as s:
            data, attachments, _skipped = self._collect(
                s, dossier_id, draft=draft, with_attachments=with_attachments, options=opts,
                register_number=register_number or (None if draft else NO_NUMBER),
                registered_at=registered_at or utcnow(),
            )
        return data, attachments

    def _dossier(self, s: Session, dossier_id: int) -> Dossier:
        dossier = s.get(Dossier, dossier_id)
        if dossier is None:
            raise NotFoundError(f"досье № {dossier_id} не найдено")
        return dossier

    def _organization(self, s: Session) -> rm.OrganizationInfo:
        row = load_profile(s)
        if row is None:
            raise InputError(
                "реквизиты центра не заполнены (полное наименование, адрес, ИНН): "
                f"заполните их в {WHERE_TO_FILL}"
            )
        org = OrganizationOut.model_validate(row)
        missing = org.missing_for_letter()
        if missing:
            raise InputError(
                f"в реквизитах центра не указано: {', '.join(missing)} — "
                f"заполните их в {WHERE_TO_FILL}"
            )
        logo = None
        if org.logo_sha256:
            store = self.blobs
            logo = (store.local_path(org.logo_sha256)
                    if store.verify(org.logo_sha256) == "ok" else None)
        return rm.OrganizationInfo(
            full_name=org.full_name, short_name=org.short_name,
            address=org.postal_address or org.legal_address,
            phone=format_phone(org.phone) or None, email=org.email, website=org.website,
            ogrn=org.ogrn, inn=org.inn, kpp=org.kpp, logo_path=logo,
        )

    def _addressee(
        self, settings: PackageSettingsIn, opts: PackageOptions, *, draft: bool
    ) -> tuple[rm.Addressee, str]:
        position = opts.addressee_position or settings.addressee_position
        name = opts.addressee_name or settings.addressee_name
        salutation = opts.salutation or settings.salutation
        problems = []
        if not position:
            problems.append(FieldProblem(
                "addressee_position", "Должность адресата",
                "не указана должность адресата в дательном падеже"))
        if not name:
            problems.append(FieldProblem(
                "addressee_name", "Адресат",
                "не указаны инициалы и фамилия адресата в дательном падеже («И.О. Фамилии»)"))
        if not salutation:
            problems.append(FieldProblem(
                "salutation", "Обращение",
                "не указано обращение к адресату («Уважаемый Имя Отчество!»)"))
        if problems and not draft:
            problems.append(FieldProblem(
                "", "", "введите их в параметрах направления или в меню "
                "«Администрирование → Реквизиты центра», вкладка «Письмо в Агентство»"))
            raise InputError(problems)
        addressee = rm.Addressee(
            position_dative=position or PLACEHOLDER_POSITION,
            name_dative=name or PLACEHOLDER_NAME_DATIVE,
            organization=settings.addressee_organization,
            address=settings.addressee_address,
        )
        return addressee, salutation or PLACEHOLDER_SALUTATION

    def _signer(self, s: Session, settings: PackageSettingsIn, *, draft: bool) -> rm.Signer:
        actor = self.ctx.actor
        user = s.get(User, actor.user_id) if actor.user_id is not None else None
        if draft and not actor.can(Permission.SIGN_PACKAGE):
            # a consultant's draft: the head of the centre signs the real letter
            org = load_profile(s)
            name = org.director_name if org is not None else None
            position = (org.director_position if org is not None else None) or (
                settings.signer_position)
            return rm.Signer(position=position or PLACEHOLDER_POSITION,
                             name=name or PLACEHOLDER_NAME)
        if user is None:
            if not draft:
                raise InputError(
                    "итоговое направление подписывает руководитель: войдите под своей "
                    "учётной записью"
                )
            return rm.Signer(position=settings.signer_position or PLACEHOLDER_POSITION,
                             name=PLACEHOLDER_NAME)
        position = user.position or settings.signer_position
        if not position and not draft:
            raise InputError(
                f"у пользователя «{user.login}» не указана должность для подписи: укажите её в "
                "меню «Администрирование → Пользователи» или в реквизитах центра"
            )
        return rm.Signer(position=position or PLACEHOLDER_POSITION,
                         name=initials_name(user.full_name))

    def _executor(self, s: Session, dossier: Dossier) -> rm.Executor:
        user = s.get(User, dossier.consultant_id) if dossier.consultant_id else None
        if user is None and self.ctx.actor.user_id is not None:
            user = s.get(User, self.ctx.actor.user_id)
        if user is None:
            return rm.Executor(name="исполнитель не назначен")
        return rm.Executor(name=user.full_name, phone=format_phone(user.phone) or None,
                           email=user.email)

    def _enterprise(self, s: Session, dossier: Dossier) -> rm.EnterpriseCard:
        ent = s.get(Enterprise, dossier.enterprise_id)
        if ent is None:  # the foreign key forbids it; kept for a clear message
            raise NotFoundError(f"предприятие досье № {dossier.id} не найдено")
        contact = None
        if dossier.contact_id is not None:
            person = s.get(ContactPerson, dossier.contact_id)
            if person is not None and person.erased_at is None:
                contact = rm.ContactInfo(
                    name=_contact_name(person), position=person.position,
                    phone=format_phone(person.phone) or None, email=person.email,
                )
        size = None
        if ent.size_category:
            try:
                size = SIZE_LABELS[SizeCategory(ent.size_category)]
            except ValueError:
                size = ent.size_category
        return rm.EnterpriseCard(
            full_name=ent.full_name, short_name=ent.short_name, inn=ent.inn, kpp=ent.kpp,
            ogrn=ent.ogrn, legal_address=ent.legal_address, actual_address=ent.actual_address,
            region=region_name(ent.region_code) or region_label(ent.region_code),
            okved=okved_label(ent.okved), size_category=size,
            director_position=ent.director_position, director_name=ent.director_name,
            phone=format_phone(ent.phone) or None, email=ent.email, website=ent.website,
            contact=contact,
        )

    @staticmethod
    def _project(dossier: Dossier) -> rm.ProjectSummary:
        serial = None
        if dossier.serial_volume is not None or dossier.serial_years:
            parts = []
            if dossier.serial_volume is not None:
                parts.append(f"{dossier.serial_volume:,} шт.".replace(",", " "))
            if dossier.serial_years:
                parts.append(dossier.serial_years)
            serial = ", ".join(parts)
        return rm.ProjectSummary(
            title=dossier.title or "(название проекта не указано)",
            component=dossier.component_name, okpd2=dossier.okpd2,
            analogue_name=dossier.foreign_analogue_name,
            analogue_manufacturer=dossier.foreign_analogue_manufacturer,
            analogue_country=dossier.foreign_analogue_country,
            target_industry=dossier.target_industry, consumers=dossier.consumers,
            start_date=dossier.start_date, end_date=dossier.end_date,
            total_cost=dossier.total_cost or 0, grant_requested=dossier.grant_requested or 0,
            own_funds=dossier.own_funds or 0, other_funds=dossier.other_funds or 0,
            cost_lines=[
                rm.CostLineRow(category=c.category, description=c.description, amount=c.amount)
                for c in dossier.cost_lines
            ],
            stages=[
                rm.StageRow(number=st.number, title=st.title, start_date=st.start_date,
                            end_date=st.end_date, result=st.result)
                for st in dossier.stages
            ],
            financing=[
                rm.FinancingRow(year=f.year, source=f.source, amount=f.amount)
                for f in dossier.financing
            ],
            submission_date=dossier.submission_date,
            serial_production=serial,
        )

    def _current_files(
        self, s: Session, dossier_id: int
    ) -> list[tuple[DossierDocument, list[tuple[DocumentFile, Blob]]]]:
        docs = s.execute(
            select(DossierDocument)
            .where(DossierDocument.dossier_id == dossier_id, DossierDocument.deleted_at.is_(None))
            .order_by(DossierDocument.id)
        ).scalars().all()
        by_doc: dict[int, list[tuple[DocumentFile, Blob]]] = {d.id: [] for d in docs}
        if docs:
            rows = s.execute(
                select(DocumentFile, Blob)
                .join(Blob, Blob.sha256 == DocumentFile.blob_sha256)
                .where(DocumentFile.document_id.in_(list(by_doc)),
                       DocumentFile.replaced_at.is_(None))
                .order_by(DocumentFile.document_id, DocumentFile.position, DocumentFile.id)
            ).all()
            for f, b in rows:
                by_doc[f.document_id].append((f, b))
        return [(d, by_doc[d.id]) for d in docs]

    def _damaged(
        self, files: list[tuple[DossierDocument, list[tuple[DocumentFile, Blob]]]]
    ) -> dict[str, str]:
        """SHA-256 → «missing»/«altered» for every current file whose bytes do not verify."""
        store = self.blobs
        bad: dict[str, str] = {}
        for _doc, pairs in files:
            for f, _b in pairs:
                if f.blob_sha256 not in bad:
                    state = store.verify(f.blob_sha256)
                    if state != "ok":
                        bad[f.blob_sha256] = state
        return bad

    def _acks(self, s: Session, dossier_id: int) -> dict[str, tuple[WarningAcknowledgement, str]]:
        rows = s.execute(
            select(WarningAcknowledgement, User.full_name)
            .outerjoin(User, User.id == WarningAcknowledgement.acknowledged_by_id)
            .where(WarningAcknowledgement.dossier_id == dossier_id)
            .order_by(WarningAcknowledgement.id)
        ).all()
        return {a.rule_id: (a, initials_name(name) if name else "") for a, name in rows}

    def _consultations(self, s: Session, enterprise_id: int) -> list[rm.ConsultationRow]:
        rows = s.execute(
            select(Consultation, User.full_name)
            .outerjoin(User, User.id == Consultation.consultant_id)
            .where(Consultation.enterprise_id == enterprise_id)
            .order_by(Consultation.occurred_at.desc(), Consultation.id.desc())
            .limit(CONSULTATION_HISTORY)
        ).all()
        out = []
        for c, name in rows:
            outcome = "; ".join(
                x for x in (c.outcome, f"следующий шаг: {c.next_step}" if c.next_step else None)
                if x
            )
            out.append(rm.ConsultationRow(
                date=local_time(c.occurred_at).date(), channel=c.channel, topic=c.topic,
                consultant=initials_name(name) if name else None, outcome=outcome or None,
            ))
        return out

    def _collect(
        self,
        s: Session,
        dossier_id: int,
        *,
        draft: bool,
        with_attachments: bool,
        options: PackageOptions,
        register_number: str | None,
        registered_at: dt.datetime,
        enforce: bool = False,
    ) -> tuple[rm.PackageData, list[rm.AttachmentFile], list[str]]:
        dossier = self._dossier(s, dossier_id)
        organization = self._organization(s)
        settings = load_package_settings(s)
        addressee, salutation = self._addressee(settings, options, draft=draft)
        signer = self._signer(s, settings, draft=draft)
        profile = ProgramProfiles.of(self.ctx).for_dossier(dossier)
        files = self._current_files(s, dossier.id)
        damaged = self._damaged(files)
        facts = facts_for(s, dossier, damaged_blobs=set(damaged))
        acks = self._acks(s, dossier.id)
        if enforce:
            self._check_ready(dossier, profile, facts, acks, damaged)
        rows = rules_checklist(profile, facts)
        conditions = {f"document:{d.code}": d.when for d in profile.documents}
        conditions.update({r.id: r.when for r in profile.rules})
        disabled = {r.id for r in profile.rules if not r.enabled}
        checklist = []
        for row in rows:
            when = conditions.get(row.item)
            ack = acks.get(row.item) if row.result == "warning" else None
            message = "; ".join(row.messages) or row.note or None
            checklist.append(rm.ChecklistRow(
                rule_id=row.item, requirement=row.title, result=rm.CheckResult(row.result),
                message=message, severity=rm.Severity(row.severity), clause=row.clause or None,
                confidence=rm.Confidence(row.confidence),
                acknowledgement_reason=ack[0].reason if ack else None,
                acknowledged_by=(ack[1] or None) if ack else None,
                acknowledged_at=local_time(ack[0].acknowledged_at) if ack else None,
                condition=condition_sentence(when) if when is not None else None,
                unchecked=row.item in disabled,
            ))
        titles = {d.code: d.title for d in profile.documents}
        inventory: list[rm.InventoryRow] = []
        attachments: list[rm.AttachmentFile] = []
        skipped: list[str] = []
        for doc, pairs in files:
            type_title = titles.get(doc.doc_type, doc.doc_type)
            entries: list[tuple[DocumentFile | None, Blob | None]] = (
                list(pairs) if pairs else [(None, None)]
            )
            for f, blob in entries:
                no = len(inventory) + 1
                inventory.append(rm.InventoryRow(
                    no=no, type_title=type_title, title=doc.title, number=doc.number,
                    issued_on=doc.issued_on, pages=blob.pages if blob else None,
                    file_name=f.original_name if f else None,
                    sha256=f.blob_sha256 if f else None,
                ))
                if not with_attachments or f is None or blob is None:
                    continue
                if f.blob_sha256 in damaged:
                    state = "отсутствует" if damaged[f.blob_sha256] == "missing" else "изменён"
                    raise InputError(
                        f"файл «{f.original_name}» документа «{type_title}» {state} в хранилище "
                        "документов: приложите его заново или восстановите из резервной копии"
                    )
                if blob.kind in ATTACHABLE_KINDS:
                    attachments.append(rm.AttachmentFile(
                        path=self.blobs.local_path(f.blob_sha256), kind=blob.kind,
                        title=doc.title or type_title, inventory_no=no,
                    ))
                else:
                    skipped.append(
                        f"«{f.original_name}» (№ {no} по описи) не подшит: в пакет подшиваются "
                        "только PDF и изображения"
                    )
        now_local = local_time(registered_at)
        replaces = None if draft else self._replaced_letter(s, dossier.id, register_number)
        data = rm.PackageData(
            organization=organization, addressee=addressee, signer=signer,
            executor=self._executor(s, dossier), enterprise=self._enterprise(s, dossier),
            project=self._project(dossier), program_title=profile.title,
            register_number=None if draft else register_number,
            registered_at=now_local, incoming_reference=options.incoming_reference,
            incoming_number=options.incoming_number, incoming_date=options.incoming_date,
            replaces_number=replaces[0] if replaces else None,
            replaces_date=replaces[1] if replaces else None,
            separate_delivery=options.separate_delivery,
            subject=options.subject or settings.subject or rm.PackageData.model_fields[
                "subject"].default,
            salutation=salutation, letter_body=options.letter_body,
            profile_code=profile.code, profile_version=profile.version,
            legal_basis=profile.legal_basis, validated_at=now_local, checklist=checklist,
            inventory=inventory,
            consultations=self._consultations(s, dossier.enterprise_id), draft=draft,
        )
        return data, attachments, skipped

    @staticmethod
    def _replaced_letter(
        s: Session, dossier_id: int, number: str | None
    ) -> tuple[str, dt.date] | None:
        """The dossier's latest registered letter: a re-issue says «взамен исх. № … от …»."""
        query = select(OutgoingLetter).where(OutgoingLetter.dossier_id == dossier_id)
        if number:
            query = query.where(OutgoingLetter.number != number)
        letter = s.execute(
            query.order_by(OutgoingLetter.issued_at.desc(), OutgoingLetter.id.desc()).limit(1)
        ).scalar_one_or_none()
        if letter is None:
            return None
        return letter.number, local_time(letter.issued_at).date()

    @staticmethod
    def _check_ready(
        dossier: Dossier,
        profile: Profile,
        facts: DossierFacts,
        acks: dict[str, tuple[WarningAcknowledgement, str]],
        damaged: dict[str, str],
    ) -> None:
        if dossier.status not in REFERABLE:
            hint = (
                "сначала отметьте его как готовое к направлению (проверка без ошибок, "
                "предупреждения подтверждены)" if dossier.status == DossierStatus.DRAFT
                else "итоговое направление формируется для досье, готового к направлению, "
                "или повторно — для уже направленного"
            )
            raise InputError(
                f"досье № {dossier.id} в статусе «{status_label(dossier.status)}»: {hint}"
            )
        report = rules_validate(profile, facts)
        problems = [
            FieldProblem(f.target, "", f"ошибка: {f.message}") for f in report.errors
        ]
        problems += [
            FieldProblem(f.target, "", f"предупреждение не подтверждено: {f.message}")
            for f in report.warnings if f.rule not in acks
        ]
        if problems:
            head = FieldProblem(
                "", "",
                f"итоговое направление по досье № {dossier.id} не сформировано — "
                f"ошибок {len(report.errors)}, неподтверждённых предупреждений "
                f"{len(problems) - len(report.errors)}; исправьте ошибки и подтвердите "
                "предупреждения с указанием причины в редакторе досье",
            )
            raise InputError([head, *problems])
        if damaged:
            raise InputError(
                f"файлы досье № {dossier.id} повреждены или отсутствуют в хранилище "
                f"({len(damaged)}): проверьте базу командой check"
            )

    # --- producing ------------------------------------------------------------------
    def generate(
        self,
        dossier_id: int,
        *,
        draft: bool = False,
        with_attachments: bool = False,
        options: PackageOptions | dict[str, Any] | None = None,
    ) -> GeneratedPackage:
        """Produce a draft (logged) or a final, registered package (see the module doc).

        Raises PermissionDenied (final without SIGN_PACKAGE), InputError (what
        blocks it, in Russian), NotFoundError.
        """
        opts = parse(PackageOptions, options or {})
        if draft:
            return self._draft(dossier_id, with_attachments, opts)
        self.ctx.require(Permission.SIGN_PACKAGE)
        store = self.blobs

        def register(s: Session) -> tuple[bytes, Any, RegisterEntry, Any, list[Any]]:
            # a function of its inputs: the server may abort it (deadlock, serialization
            # failure) and it then runs again from the start, taking the number anew
            issued = utcnow().replace(microsecond=0)
            year, seq, number = allocate_number(s, issued)
            data, attachments, skipped = self._collect(
                s, dossier_id, draft=False, with_attachments=with_attachments, options=opts,
                register_number=number, registered_at=issued, enforce=True,
            )
            try:
                pdf, layout = build_referral_package_with_layout(data, attachments=attachments)
            except ReportError as exc:
                raise _report_error(exc) from None
            stored = store.put_bytes(pdf, session=s)
            blob = s.get(Blob, stored.sha256)
            if blob is None:
                s.add(Blob(sha256=stored.sha256, size=stored.size, kind="pdf",
                           pages=layout.total_pages, stored_at=issued))
            dossier = self._dossier(s, dossier_id)
            addressee = f"{data.addressee.position_dative} {data.addressee.name_dative}"
            letter = OutgoingLetter(
                number=number, year=year, seq=seq, issued_at=issued, dossier_id=dossier.id,
                subject=data.subject, addressee=addressee, signer_id=self.ctx.actor.user_id,
                created_by_id=self.ctx.actor.user_id, pdf_sha256=stored.sha256,
                pages=layout.total_pages, **audit_head_now(s),
            )
            s.add(letter)
            s.flush()
            if dossier.status != DossierStatus.REFERRED:
                apply_status_in(
                    s, self.ctx, dossier, DossierStatus.REFERRED,
                    reason=f"Направление № {number}", effective_date=local_time(issued).date(),
                )
            self.ctx.audit(
                s, AUDIT_GENERATED, "dossier", dossier.id, entity_uuid=dossier.uuid,
                new={"number": number, "register_id": letter.id, "sha256": stored.sha256,
                     "pages": layout.total_pages, "with_attachments": with_attachments},
            )
            entry = register_entry_of(letter, data.enterprise.display_name, data.signer.name)
            return pdf, layout, entry, stored, skipped

        pdf, layout, entry, stored, skipped = self.ctx.run_write(register)
        return GeneratedPackage(pdf_bytes=pdf, entry=entry, pages=layout.total_pages,
                                layout=layout, path=stored.path or store.local_path(stored.sha256),
                                not_attached=skipped)

    def _draft(
        self, dossier_id: int, with_attachments: bool, opts: PackageOptions
    ) -> GeneratedPackage:
        self.ctx.require(Permission.READ)
        with self.ctx.read() as s:
            data, attachments, skipped = self._collect(
                s, dossier_id, draft=True, with_attachments=with_attachments, options=opts,
                register_number=None, registered_at=utcnow().replace(microsecond=0),
            )
        try:
            pdf, layout = build_referral_package_with_layout(data, attachments=attachments)
        except ReportError as exc:
            raise _report_error(exc) from None
        self.ctx.event(
            EVENT_PACKAGE, "dossier", dossier_id,
            details={"draft": True, "pages": layout.total_pages,
                     "sha256": hashlib.sha256(pdf).hexdigest(),
                     "with_attachments": with_attachments},
        )
        return GeneratedPackage(pdf_bytes=pdf, entry=None, pages=layout.total_pages,
                                layout=layout, not_attached=skipped)

    def record_print(self, what: str, *, entry_id: int | None = None,
                     dossier_id: int | None = None, target: str | None = None) -> None:
        """Log that a package (or another printed document) was printed or saved."""
        self.ctx.event(
            EVENT_PRINT, "outgoing_letter" if entry_id is not None else "dossier",
            entry_id if entry_id is not None else dossier_id,
            details={"what": what, "target": target},
        )

    # --- the outgoing register --------------------------------------------------------
    def register_list(
        self, *, year: int | None = None, limit: int | None = None, offset: int = 0
    ) -> list[RegisterEntry]:
        """Letters of the register, newest first."""
        self.ctx.require(Permission.READ)
        with self.ctx.read() as s:
            return read_entries(
                s, where=OutgoingLetter.year == year if year is not None else None,
                newest_first=True, limit=limit, offset=offset,
            )

    def register_entry(self, entry_id: int) -> RegisterEntry:
        for entry in self._entries_where(OutgoingLetter.id == entry_id):
            return entry
        raise NotFoundError(f"запись исходящего реестра № {entry_id} не найдена")

    def _entries_where(self, condition: Any) -> list[RegisterEntry]:
        self.ctx.require(Permission.READ)
        with self.ctx.read() as s:
            return read_entries(s, where=condition)

    def dossier_letters(self, dossier_id: int) -> list[RegisterEntry]:
        """Every registered package of one dossier, oldest first."""
        return self._entries_where(OutgoingLetter.dossier_id == dossier_id)

    def open_register_pdf(self, entry_id: int) -> Path:
        """The stored PDF of a register entry, verified by its SHA-256 (logged)."""
        entry = self.register_entry(entry_id)
        if not entry.pdf_sha256:
            raise InputError(f"у письма № {entry.number} нет сохранённого PDF")
        state = self.blobs.verify(entry.pdf_sha256)
        if state == "missing":
            raise InputError(
                f"PDF письма № {entry.number} отсутствует в хранилище документов: "
                "восстановите папку документов из резервной копии"
            )
        if state == "altered":
            raise InputError(
                f"PDF письма № {entry.number} изменён после регистрации (контрольная сумма "
                "не совпадает): восстановите его из резервной копии"
            )
        self.ctx.event(EVENT_FILE_OPEN, "outgoing_letter", entry.id,
                       details={"number": entry.number, "sha256": entry.pdf_sha256})
        return self.blobs.local_path(entry.pdf_sha256)

    def verify_file(self, path: Path) -> PackageVerification:
        """Check a referral package PDF against the outgoing register and the stored documents.

        Authentic means: the letter's number is in the register with the printed
        date; the verification code recomputed from them and the listed files
        matches; the file is the registered one byte for byte; every listed
        document is still unchanged in the document store. Raises InputError
        when the file cannot be read or carries no verification code.
        """
        self.ctx.require(Permission.READ)
        try:
            raw = path.read_bytes()
            meta: dict[str, Any] = dict(PdfReader(io.BytesIO(raw)).metadata or {})
        except OSError as exc:
            raise InputError(f"файл «{path.name}» не читается ({exc.strerror or exc})") from None
        except (PdfReadError, ValueError, KeyError, TypeError) as exc:
            raise InputError(f"файл «{path.name}» не является PDF или повреждён ({exc})") from None
        code = str(meta.get(META_CODE) or "")
        number = str(meta.get(META_NUMBER) or "")
        if not code or not number:
            raise InputError(
                f"в файле «{path.name}» нет кода проверки: это не итоговое направление, "
                "сформированное программой (у проекта письма кода нет)"
            )
        hashes = str(meta.get(META_DOCUMENTS) or "").split()
        problems: list[str] = []
        with self.ctx.read() as s:
            # a merge may have brought a second letter with this number (see 0014):
            # the one the verification code belongs to is the letter
            letters = s.execute(
                select(OutgoingLetter).where(OutgoingLetter.number == number)
                .order_by(OutgoingLetter.id)
            ).scalars().all()
            letter = next((x for x in letters if verification_code(
                number, local_time(x.issued_at).date(), hashes) == code),
                letters[0] if letters else None)
            if letter is None:
                return PackageVerification(False, number, None, [
                    f"письмо исх. № {number} в исходящем реестре не зарегистрировано"])
            issued = local_time(letter.issued_at).date()
            names = self._document_names(s, hashes)
            pdf_sha = letter.pdf_sha256
        if verification_code(number, issued, hashes) != code:
            problems.append(
                f"код проверки {code} не соответствует письму исх. № {number} от "
                f"{issued:%d.%m.%Y} и перечню документов"
            )
        if hashlib.sha256(raw).hexdigest() != pdf_sha:
            problems.append("файл отличается от экземпляра, сохранённого при регистрации")
        store = self.blobs
        for sha in hashes:
            state = store.verify(sha)
            if state != "ok":
                what = "отсутствует в хранилище" if state == "missing" else "изменён"
                problems.append(f"документ «{names.get(sha, sha[:16])}» {what}")
        self.ctx.event(EVENT_FILE_OPEN, "outgoing_letter", letter.id,
                       details={"verify": True, "number": number, "ok": not problems})
        return PackageVerification(not problems, number, issued, problems)

    @staticmethod
    def _document_names(s: Session, hashes: list[str]) -> dict[str, str]:
        if not hashes:
            return {}
        rows = s.execute(
            select(DocumentFile.blob_sha256, DocumentFile.original_name)
            .where(DocumentFile.blob_sha256.in_(hashes))
            .order_by(DocumentFile.id)
        ).all()
        return {sha: name for sha, name in rows}

    # --- the pre-screening conclusion --------------------------------------------------
    def conclusion(self, consultation_id: int, *, draft: bool = False) -> PrintedConclusion:
        """The pre-screening conclusion of the consultation's latest check, registered.

        The conclusion is dated with the date of the check. A final one is
        registered in the outgoing register: ONE number per check — the first
        print takes a number and keeps the PDF; printing the same check again
        gives the same registered PDF with the same number; a new check (the
        pre-screening saved again) makes the next print a new conclusion with a
        new number. The register keeps when the number was given.

        Registering needs the right to change the consultation (its consultant,
        or EDIT_ANY_WORK); reprinting a registered conclusion and a draft
        («ПРОЕКТ», no number) need READ. Raises InputError (no check yet, the
        centre's details missing), NotFoundError, PermissionDenied.
        """
        self.ctx.require(Permission.READ)
        if draft:
            with self.ctx.read() as s:
                c = self._checked_consultation(s, consultation_id)
                data = self._conclusion_data(s, c, number=None, draft=True)
            pdf = self._render_conclusion(data)
            self.ctx.event(EVENT_PRINT, "consultation", consultation_id,
                           details={"what": "prescreening_conclusion", "draft": True,
                                    "verdict": data.verdict.value})
            return PrintedConclusion(pdf, None, data.date, data.verdict.value)
        with self.ctx.read() as s:
            c = self._checked_consultation(s, consultation_id)
            letter = self._conclusion_letter(s, c)
            again = None if letter is None else self._reprint(s, c, letter)
        if again is not None:
            return self._reprinted(consultation_id, again)
        store = self.blobs

        def register(s: Session) -> tuple[bool, PrintedConclusion]:
            # a function of its inputs: run again from the start if the server aborts it
            c = self._checked_consultation(s, consultation_id)
            letter = self._conclusion_letter(s, c)
            again = None if letter is None else self._reprint(s, c, letter)
            if again is None:
                return True, self._register_conclusion(s, c, store)
            return False, again

        registered, printed = self.ctx.run_write(register)
        if registered:
            return printed
        # printed meanwhile at another workstation
        return self._reprinted(consultation_id, printed)

    def _register_conclusion(
        self, s: Session, c: Consultation, store: DocumentStore
    ) -> PrintedConclusion:
        """Number, render, keep and register the conclusion of the latest check."""
        self.ctx.require_owner_or(c.consultant_id, Permission.EDIT_ANY_WORK)
        issued = utcnow().replace(microsecond=0)
        year, seq, number = allocate_number(s, issued)
        data = self._conclusion_data(s, c, number=number, draft=False)
        pdf = self._render_conclusion(data)
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        stored = store.put_bytes(pdf, session=s)
        if s.get(Blob, stored.sha256) is None:
            s.add(Blob(sha256=stored.sha256, size=stored.size, kind="pdf", pages=pages,
                       stored_at=issued))
        letter = OutgoingLetter(
            number=number, year=year, seq=seq, issued_at=issued, dossier_id=None,
            consultation_id=c.id, eligibility_checked_at=self._checked_at(c),
            subject=CONCLUSION_SUBJECT,
            addressee=data.enterprise_name, signer_id=c.consultant_id,
            created_by_id=self.ctx.actor.user_id, pdf_sha256=stored.sha256, pages=pages,
            **audit_head_now(s),
        )
        s.add(letter)
        s.flush()
        self.ctx.audit(
            s, EVENT_PRINT, "consultation", c.id, entity_uuid=c.uuid,
            new={"what": "prescreening_conclusion", "number": number,
                 "register_id": letter.id, "sha256": stored.sha256,
                 "verdict": data.verdict.value,
                 "checked_at": self._checked_at(c).isoformat()},
        )
        return PrintedConclusion(pdf, number, data.date, data.verdict.value)

    def conclusion_pdf(self, consultation_id: int, *, draft: bool = False) -> bytes:
        """The PDF of :meth:`conclusion`."""
        return self.conclusion(consultation_id, draft=draft).pdf_bytes

    @staticmethod
    def _checked_consultation(s: Session, consultation_id: int) -> Consultation:
        c = s.get(Consultation, consultation_id)
        if c is None:
            raise NotFoundError(f"консультация № {consultation_id} не найдена")
        if not c.eligibility:
            raise InputError(
                f"по консультации № {consultation_id} нет результата предварительной "
                "проверки: сначала проведите предварительную проверку"
            )
        return c

    @staticmethod
    def _checked_at(c: Consultation) -> dt.datetime:
        """The moment of the consultation's latest check (UTC)."""
        moment = c.eligibility_checked_at or c.updated_at
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.UTC)
        return moment

    def _conclusion_letter(self, s: Session, c: Consultation) -> OutgoingLetter | None:
        """The register entry of a conclusion printed for the consultation's latest check."""
        return s.execute(
            select(OutgoingLetter)
            .where(OutgoingLetter.consultation_id == c.id,
                   OutgoingLetter.eligibility_checked_at == self._checked_at(c))
            .order_by(OutgoingLetter.id.desc())
            .limit(1)
        ).scalars().first()

    def _reprint(self, s: Session, c: Consultation, letter: OutgoingLetter) -> PrintedConclusion:
        """The registered PDF again; re-rendered with the same number if the file is lost."""
        data = self._conclusion_data(s, c, number=letter.number, draft=False)
        pdf: bytes | None = None
        if letter.pdf_sha256 and self.blobs.verify(letter.pdf_sha256) == "ok":
            pdf = self.blobs.read_bytes(letter.pdf_sha256)
        if pdf is None:
            pdf = self._render_conclusion(data)
        return PrintedConclusion(pdf, letter.number, data.date, data.verdict.value)

    def _reprinted(self, consultation_id: int, printed: PrintedConclusion) -> PrintedConclusion:
        self.ctx.event(EVENT_PRINT, "consultation", consultation_id,
                       details={"what": "prescreening_conclusion", "number": printed.number,
                                "again": True})
        return printed

    @staticmethod
    def _render_conclusion(data: rm.ConclusionData) -> bytes:
        try:
            return build_prescreening_conclusion(data)
        except ReportError as exc:
            raise InputError(f"заключение не сформировано: {exc}") from None

    def _conclusion_data(
        self, s: Session, c: Consultation, *, number: str | None, draft: bool
    ) -> rm.ConclusionData:
        consultation_id = c.id
        try:
            raw = c.eligibility
            result = (EligibilityResult.from_json(raw) if isinstance(raw, str | bytes)
                      else EligibilityResult.model_validate(raw))
        except ValueError:
            raise InputError(
                f"результат предварительной проверки консультации № {consultation_id} "
                "повреждён: проведите проверку заново"
            ) from None
        organization = self._organization(s)
        ent = s.get(Enterprise, c.enterprise_id)
        assert ent is not None
        user = s.get(User, c.consultant_id) if c.consultant_id else None
        if user is None and self.ctx.actor.user_id is not None:
            user = s.get(User, self.ctx.actor.user_id)
        profile: Profile | None
        try:
            profile = ProgramProfiles.of(self.ctx).profile(
                result.profile_code, result.profile_version)
        except InputError:
            profile = None
        checked = local_time(self._checked_at(c))
        return rm.ConclusionData(
            organization=organization, enterprise_name=ent.full_name,
            enterprise_inn=ent.inn, date=checked.date(),
            checked_at=checked.replace(microsecond=0),
            register_number=number,
            program_title=profile.title if profile is not None else PROGRAM_UNKNOWN,
            legal_basis=profile.legal_basis if profile is not None else None,
            answers=conclusion_answers(profile, result) if profile is not None else [],
            verdict=rm.Verdict(result.verdict),
            reasons=[
                rm.ConclusionReason(
                    text=r.message, result=REASON_RESULTS.get(r.kind, rm.CheckResult.WARNING),
                    clause=r.clause or None, confidence=rm.Confidence(r.confidence),
                )
                for r in result.reasons
            ],
            next_steps=next_steps_to_do(c.next_step, done=c.next_step_done),
            consultant=rm.Signer(
                position=(user.position if user and user.position else
                          ROLE_LABELS[self.ctx.actor.role].capitalize()),
                name=initials_name(user.full_name) if user else PLACEHOLDER_NAME,
            ),
            draft=draft,
        )

    # --- the enterprise's checklist -----------------------------------------------------
    def document_checklist_pdf(self, dossier_id: int) -> bytes:
        """What the enterprise must bring, with what is already received marked.

        The checklist shows the dossier as of its latest change (of the dossier
        or of a file in it): that moment is its date and the PDF's creation
        date, so printing an unchanged dossier again gives the same file.
        """
        self.ctx.require(Permission.READ)
        with self.ctx.read() as s:
            dossier = self._dossier(s, dossier_id)
            organization = self._organization(s)
            profile = ProgramProfiles.of(self.ctx).for_dossier(dossier)
            facts = facts_for(s, dossier)
            values: dict[str, dt.date] = {}
            as_of = dossier.updated_at
            for doc, pairs in self._current_files(s, dossier.id):
                as_of = max(as_of, doc.updated_at, *(f.added_at for f, _ in pairs))
                if not pairs:
                    continue
                got = doc.received_on or local_time(min(f.added_at for f, _ in pairs)).date()
                if doc.doc_type not in values or got > values[doc.doc_type]:
                    values[doc.doc_type] = got
            statuses = {st.code: st for st in document_status(profile, facts)}
            documents = []
            for req in profile.documents:
                st = statuses.get(req.code)
                documents.append(rm.ChecklistDocument(
                    code=req.code, title=req.title, requirement=REQUIREMENTS[req.required],
                    condition=describe_condition(req.when) if req.when is not None else None,
                    copies=f"не менее {req.min_count}" if req.min_count > 1 else None,
                    freshness=(f"не старше {req.max_age_days} дн. на дату подачи"
                               if req.max_age_days is not None else None),
                    file_kinds=[k.upper() for k in req.kinds],
                    received_on=values.get(req.code) if st is not None and st.present else None,
                    note=req.help,
                    applicable=st is None or st.applicable,
                ))
            ent = s.get(Enterprise, dossier.enterprise_id)
            assert ent is not None
            data = rm.ChecklistData(
                organization=organization, enterprise_name=ent.full_name,
                enterprise_inn=ent.inn, program_title=profile.title,
                profile_code=profile.code, profile_version=profile.version,
                date=local_time(as_of).date(), as_of=local_time(as_of).replace(microsecond=0),
                documents=documents,
                consultant=self._executor(s, dossier),
            )
        try:
            pdf = build_document_checklist(data)
        except ReportError as exc:
            raise _report_error(exc) from None
        self.ctx.event(EVENT_PRINT, "dossier", dossier_id,
                       details={"what": "document_checklist"})
        return pdf
