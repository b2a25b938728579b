"""Input of the printed documents (referral package, conclusion, document checklist).

The models know nothing about the database: the service layer fills them in,
and the ``package``, ``conclusion`` and ``checklist`` modules turn them into
PDF. Money is integer kopecks everywhere; dates are ``datetime.date``;
timestamps are time-zone-aware ``datetime``. A date printed from a timestamp
is taken in the zone the timestamp comes in: pass it already converted to the
centre's zone (e.g. ``value.astimezone()``), and the document comes out the
same on every computer.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


def _aware(value: dt.datetime, field: str) -> dt.datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{field}: нужна отметка времени с часовым поясом")
    return value


class CheckResult(enum.StrEnum):
    """The result of checking a rule or a document requirement."""

    PASSED = "passed"              # выполнено
    FAILED = "failed"              # не выполнено
    NOT_APPLICABLE = "not_applicable"  # не применимо
    WARNING = "warning"            # предупреждение


class Confidence(enum.StrEnum):
    """How firmly a rule is confirmed (see the domain notes)."""

    VERIFIED = "verified"   # подтверждено официальным источником
    REPORTED = "reported"   # по сообщениям (новости, вторичные источники)
    ASSUMED = "assumed"     # допущение, никем не подтверждено


class Severity(enum.StrEnum):
    """How serious a rule violation is."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Verdict(enum.StrEnum):
    """The outcome of the pre-screening."""

    ELIGIBLE = "eligible"                    # может подать заявку
    NOT_ELIGIBLE = "not_eligible"            # не может подать заявку
    NEEDS_CLARIFICATION = "needs_clarification"  # требуется уточнение


class Requirement(enum.StrEnum):
    """Whether a document in the checklist is required."""

    REQUIRED = "required"        # обязателен
    CONDITIONAL = "conditional"  # обязателен при условии
    RECOMMENDED = "recommended"  # рекомендуется


class OrganizationInfo(_Model):
    """The regional engineering centre: letterhead and contact details of the letter."""

    full_name: str = Field(min_length=1, description="Полное наименование центра")
    short_name: str | None = Field(None, description="Сокращённое наименование")
    address: str | None = Field(None, description="Почтовый адрес (для бланка)")
    phone: str | None = Field(None, description="Телефон, как печатать: +7 (342) 123-45-67")
    email: str | None = None
    website: str | None = None
    ogrn: str | None = None
    inn: str | None = None
    kpp: str | None = None
    logo_path: Path | None = Field(
        None, description="Файл логотипа (PNG/JPEG); нет файла — бланк без логотипа"
    )

    @property
    def display_name(self) -> str:
        """The name for footers and metadata: the short name, else the full one."""
        return self.short_name or self.full_name


class Addressee(_Model):
    """The letter's addressee: position in the dative case, then «И.О. Фамилии»."""

    position_dative: str = Field(
        min_length=1,
        description="«Генеральному директору АНО «Агентство по технологическому развитию»»",
    )
    name_dative: str = Field(min_length=1, description="«И.О. Фамилии» (дательный падеж)")
    organization: str | None = Field(None, description="Организация, если не вошла в должность")
    address: str | None = Field(None, description="Адрес адресата (по желанию)")


class Signer(_Model):
    """Who signs: position and «И.О. Фамилия»."""

    position: str = Field(min_length=1, description="Должность, например «Руководитель РИЦ»")
    name: str = Field(min_length=1, description="Инициалы и фамилия: «И.О. Фамилия»")


class Executor(_Model):
    """The executor (consultant): printed at the bottom of the letter's last page."""

    name: str = Field(min_length=1, description="Фамилия Имя Отчество")
    phone: str | None = None
    email: str | None = None


class ContactInfo(_Model):
    """The enterprise's contact person (only what the purpose of processing needs)."""

    name: str = Field(min_length=1)
    position: str | None = None
    phone: str | None = None
    email: str | None = None


class EnterpriseCard(_Model):
    """The applicant's card."""

    full_name: str = Field(min_length=1)
    short_name: str | None = None
    inn: str = Field(min_length=10, max_length=12)
    kpp: str | None = None
    ogrn: str | None = Field(None, description="ОГРН (13 цифр) или ОГРНИП (15 цифр)")
    legal_address: str | None = None
    actual_address: str | None = None
    region: str | None = Field(None, description="Регион по названию: «Пермский край»")
    okved: str | None = Field(None, description="Основной ОКВЭД, с названием, если известно")
    size_category: str | None = Field(None, description="Категория: микро/малое/среднее/крупное")
    director_position: str | None = None
    director_name: str | None = None
    phone: str | None = Field(None, description="Телефон предприятия: +7 (342) 123-45-67")
    email: str | None = None
    website: str | None = None
    contact: ContactInfo | None = None

    @property
    def display_name(self) -> str:
        return self.short_name or self.full_name


class CostLineRow(_Model):
    """One line of the project's cost structure."""

    category: str = Field(min_length=1)
    description: str | None = None
    amount: int = Field(ge=0, description="Сумма, копейки")


class StageRow(_Model):
    """One stage of the project's calendar plan."""

    number: str = Field(min_length=1)
    title: str = Field(min_length=1)
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    result: str | None = None


class FinancingRow(_Model):
    """The money of one source in one year (kopecks)."""

    year: int
    source: Literal["grant", "own", "other"]
    amount: int = Field(ge=0, description="Сумма, копейки")


class ProjectSummary(_Model):
    """About the project; every amount in kopecks."""

    title: str = Field(min_length=1)
    component: str | None = Field(None, description="Комплектующее изделие")
    okpd2: str | None = None
    analogue_name: str | None = None
    analogue_manufacturer: str | None = None
    analogue_country: str | None = None
    target_industry: str | None = None
    consumers: str | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    total_cost: int = Field(ge=0)
    grant_requested: int = Field(ge=0)
    own_funds: int = Field(0, ge=0)
    other_funds: int = Field(0, ge=0)
    cost_lines: list[CostLineRow] = Field(default_factory=list)
    stages: list[StageRow] = Field(default_factory=list, description="Календарный план")
    financing: list[FinancingRow] = Field(
        default_factory=list, description="Финансирование по источникам и годам"
    )
    submission_date: dt.date | None = Field(
        None, description="Дата подачи заявки: от неё считаются сроки действия документов"
    )
    serial_production: str | None = Field(
        None, description="Плановое серийное производство: объём и годы, текстом"
    )

    @property
    def cofinancing_share(self) -> float | None:
        """Share of own and other funds in the project cost, % (for printing)."""
        if self.total_cost <= 0:
            return None
        return (self.own_funds + self.other_funds) * 100 / self.total_cost


class ChecklistRow(_Model):
    """One line of the compliance check: a rule or a document requirement of the profile."""

    rule_id: str = Field(min_length=1)
    requirement: str = Field(min_length=1, description="Текст требования")
    result: CheckResult
    message: str | None = Field(None, description="Сообщение проверки (что найдено)")
    severity: Severity = Severity.ERROR
    clause: str | None = Field(None, description="Пункт правил, например «п. 4 Правил»")
    confidence: Confidence = Confidence.ASSUMED
    acknowledgement_reason: str | None = None
    acknowledged_by: str | None = None
    acknowledged_at: dt.datetime | None = None
    condition: str | None = Field(
        None,
        description="Когда требование применяется, предложением: "
        "«если заявку подписывает не руководитель»",
    )
    unchecked: bool = Field(
        False, description="Проверка выключена в профиле: порог программой не установлен"
    )

    @field_validator("acknowledged_at")
    @classmethod
    def _ack_aware(cls, value: dt.datetime | None) -> dt.datetime | None:
        return None if value is None else _aware(value, "acknowledged_at")


class InventoryRow(_Model):
    """One line of the dossier's document inventory."""

    no: int = Field(ge=1, description="Номер по описи")
    type_title: str = Field(min_length=1, description="Вид документа")
    title: str | None = None
    number: str | None = None
    issued_on: dt.date | None = None
    pages: int | None = Field(None, ge=0)
    file_name: str | None = None
    sha256: str | None = Field(None, description="SHA-256 файла, 64 шестнадцатеричных цифры")
    original: bool = Field(
        False, description="Подлинник (True) или копия (False, так подшиваются файлы досье)"
    )

    @field_validator("sha256")
    @classmethod
    def _hash(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = value.lower()
        if not _SHA256.match(value):
            raise ValueError("SHA-256: ожидается 64 шестнадцатеричных цифры")
        return value


class ConsultationRow(_Model):
    """One entry of the consultation history."""

    date: dt.date
    channel: str = Field(description="phone/email/visit/event/video или текст")
    topic: str = Field(min_length=1)
    consultant: str | None = None
    outcome: str | None = Field(None, description="Итог и следующий шаг")


class AttachmentFile(_Model):
    """A file bound in at the end of the package (PDF or image)."""

    path: Path
    kind: Literal["pdf", "png", "jpeg", "tiff"]
    title: str = Field(min_length=1, description="Название для закладки и приложения")
    inventory_no: int = Field(ge=1, description="Номер по описи: задаёт порядок подшивки")


class PackageData(_Model):
    """Everything the referral package to the Agency needs."""

    organization: OrganizationInfo
    addressee: Addressee
    signer: Signer
    executor: Executor
    enterprise: EnterpriseCard
    project: ProjectSummary
    program_title: str = Field(min_length=1)
    register_number: str | None = Field(
        None, description="Исходящий номер, например «РИЦ-2026/0042»; в проекте не нужен"
    )
    registered_at: dt.datetime = Field(
        description="Дата и время регистрации (с поясом); дата письма и даты PDF"
    )
    incoming_reference: str | None = Field(
        None, description="Ссылка на входящее текстом: «№ 15/3 от 01.03.2026»"
    )
    incoming_number: str | None = Field(None, description="Номер входящего письма (запроса)")
    incoming_date: dt.date | None = Field(None, description="Дата входящего письма (запроса)")
    replaces_number: str | None = Field(
        None, description="Исходящий номер письма, взамен которого выпущено это"
    )
    replaces_date: dt.date | None = Field(None, description="Дата заменяемого письма")
    separate_delivery: str | None = Field(
        None,
        description="Как направляются документы заявителя, не подшитые в пакет: "
        "«заявителем через личный кабинет на платформе Агентства»",
    )
    subject: str = Field(
        "О направлении заявки на получение гранта",
        description="Заголовок к тексту письма",
    )
    salutation: str = Field(min_length=1, description="«Уважаемый Иван Иванович!»")
    letter_body: str | None = Field(
        None,
        description="Собственный текст письма (абзацы через пустую строку); "
        "без него текст составляется из данных предприятия и проекта",
    )
    profile_code: str = Field(min_length=1)
    profile_version: str = Field(min_length=1)
    legal_basis: str | None = Field(
        None, description="Нормативное основание программы: приводится в проверке один раз"
    )
    validated_at: dt.datetime
    checklist: list[ChecklistRow] = Field(default_factory=list)
    inventory: list[InventoryRow] = Field(default_factory=list)
    consultations: list[ConsultationRow] = Field(default_factory=list)
    draft: bool = False

    @field_validator("registered_at", "validated_at")
    @classmethod
    def _times_aware(cls, value: dt.datetime) -> dt.datetime:
        return _aware(value, "время")

    @model_validator(mode="after")
    def _number_needed(self) -> PackageData:
        if not self.draft and not (self.register_number or "").strip():
            raise ValueError(
                "register_number: для итогового пакета нужен исходящий номер "
                "(в проекте его можно не указывать)"
            )
        return self


class ConclusionReason(_Model):
    """One ground of the pre-screening outcome."""

    text: str = Field(min_length=1)
    result: CheckResult = CheckResult.FAILED
    clause: str | None = None
    confidence: Confidence = Confidence.ASSUMED


class ConclusionAnswer(_Model):
    """One question of the pre-screening and the enterprise's answer, in words."""

    question: str = Field(min_length=1)
    answer: str = Field(min_length=1, description="«да», «нет», вариант или «нет ответа»")
    clause: str | None = None
    confidence: Confidence = Confidence.ASSUMED
    result: CheckResult = CheckResult.PASSED
    """PASSED — the answer does not stand in the way; FAILED — it does; WARNING — to clarify."""


class ConclusionData(_Model):
    """The pre-screening conclusion (one or two pages)."""

    organization: OrganizationInfo
    enterprise_name: str = Field(min_length=1)
    enterprise_inn: str = Field(min_length=10, max_length=12)
    date: dt.date
    """The date of the check: the conclusion is dated with it."""
    checked_at: dt.datetime | None = Field(
        None, description="Момент проверки (с поясом): дата создания PDF"
    )
    register_number: str | None = Field(None, description="Исходящий номер; в проекте нет")
    legal_basis: str | None = Field(None, description="Правовое основание программы, текстом")
    answers: list[ConclusionAnswer] = Field(default_factory=list)
    program_title: str = Field(min_length=1)
    profile_code: str | None = None
    profile_version: str | None = None
    verdict: Verdict
    reasons: list[ConclusionReason] = Field(default_factory=list)
    next_steps: list[str] = Field(default_factory=list)
    consultant: Signer
    draft: bool = False

    @field_validator("checked_at")
    @classmethod
    def _checked_aware(cls, value: dt.datetime | None) -> dt.datetime | None:
        return None if value is None else _aware(value, "checked_at")


class ChecklistDocument(_Model):
    """A document type in the «what to bring» checklist."""

    code: str | None = None
    title: str = Field(min_length=1)
    requirement: Requirement = Requirement.REQUIRED
    condition: str | None = Field(None, description="Когда обязателен (для conditional)")
    copies: str | None = Field(None, description="Сколько: «1 экз.», «не менее одного»")
    freshness: str | None = Field(None, description="«не старше 30 дней на дату подачи»")
    file_kinds: list[str] = Field(default_factory=list, description="PDF, JPEG, …")
    received_on: dt.date | None = Field(None, description="Когда уже получен")
    note: str | None = None
    applicable: bool = Field(
        True, description="False — условие не выполнено, документ не требуется"
    )


class ChecklistData(_Model):
    """The document checklist for an enterprise."""

    organization: OrganizationInfo
    enterprise_name: str = Field(min_length=1)
    enterprise_inn: str | None = None
    program_title: str = Field(min_length=1)
    profile_code: str | None = None
    profile_version: str | None = None
    date: dt.date
    """The state of the dossier the checklist shows («на дд.мм.гггг»)."""
    as_of: dt.datetime | None = Field(
        None, description="Момент состояния досье (с поясом): дата создания PDF"
    )
    documents: list[ChecklistDocument] = Field(default_factory=list)
    consultant: Executor | None = None
    draft: bool = False

    @field_validator("as_of")
    @classmethod
    def _as_of_aware(cls, value: dt.datetime | None) -> dt.datetime | None:
        return None if value is None else _aware(value, "as_of")
