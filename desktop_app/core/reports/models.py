"""Входные данные печатных документов (направление, заключение, перечень документов).

Модели ничего не знают о базе данных: их заполняет слой сервисов, а модули
``package``, ``conclusion`` и ``checklist`` превращают их в PDF. Деньги везде —
целые копейки; даты — ``datetime.date``; отметки времени — ``datetime`` с часовым
поясом. Дата, которая печатается из отметки времени, берётся в том поясе, в
котором отметка передана: передавайте её уже переведённой в пояс центра
(например, ``value.astimezone()``), тогда документ на любом компьютере выйдет
одинаковым.
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
    """Итог проверки правила или требования к документу."""

    PASSED = "passed"              # выполнено
    FAILED = "failed"              # не выполнено
    NOT_APPLICABLE = "not_applicable"  # не применимо
    WARNING = "warning"            # предупреждение


class Confidence(enum.StrEnum):
    """Насколько надёжно правило подтверждено (см. справку о предметной области)."""

    VERIFIED = "verified"   # подтверждено официальным источником
    REPORTED = "reported"   # по сообщениям (новости, вторичные источники)
    ASSUMED = "assumed"     # допущение, никем не подтверждено


class Severity(enum.StrEnum):
    """Серьёзность нарушения правила."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Verdict(enum.StrEnum):
    """Вывод предварительной проверки."""

    ELIGIBLE = "eligible"                    # может подать заявку
    NOT_ELIGIBLE = "not_eligible"            # не может подать заявку
    NEEDS_CLARIFICATION = "needs_clarification"  # требуется уточнение


class Requirement(enum.StrEnum):
    """Обязательность документа в перечне."""

    REQUIRED = "required"        # обязателен
    CONDITIONAL = "conditional"  # обязателен при условии
    RECOMMENDED = "recommended"  # рекомендуется


class OrganizationInfo(_Model):
    """Региональный инжиниринговый центр: бланк и справочные данные письма."""

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
        """Название для колонтитулов и метаданных: сокращённое, иначе полное."""
        return self.short_name or self.full_name


class Addressee(_Model):
    """Адресат письма: должность в дательном падеже, затем «И.О. Фамилии»."""

    position_dative: str = Field(
        min_length=1,
        description="«Генеральному директору АНО «Агентство по технологическому развитию»»",
    )
    name_dative: str = Field(min_length=1, description="«И.О. Фамилии» (дательный падеж)")
    organization: str | None = Field(None, description="Организация, если не вошла в должность")
    address: str | None = Field(None, description="Адрес адресата (по желанию)")


class Signer(_Model):
    """Кто подписывает: должность и «И.О. Фамилия»."""

    position: str = Field(min_length=1, description="Должность, например «Руководитель РИЦ»")
    name: str = Field(min_length=1, description="Инициалы и фамилия: «И.О. Фамилия»")


class Executor(_Model):
    """Исполнитель (консультант): печатается внизу последней страницы письма."""

    name: str = Field(min_length=1, description="Фамилия Имя Отчество")
    phone: str | None = None
    email: str | None = None


class ContactInfo(_Model):
    """Контактное лицо предприятия (только нужное для цели обработки)."""

    name: str = Field(min_length=1)
    position: str | None = None
    phone: str | None = None
    email: str | None = None


class EnterpriseCard(_Model):
    """Карточка заявителя."""

    full_name: str = Field(min_length=1)
    short_name: str | None = None
    inn: str = Field(min_length=10, max_length=12)
    kpp: str | None = None
    ogrn: str | None = Field(None, description="ОГРН (13 цифр) или ОГРНИП (15 цифр)")
    legal_address: str | None = None
    actual_address: str | None = None
    region: str | None = Field(None, description="Регион, например «59 — Пермский край»")
    okved: str | None = Field(None, description="Основной ОКВЭД")
    size_category: str | None = Field(None, description="Категория: микро/малое/среднее/крупное")
    director_position: str | None = None
    director_name: str | None = None
    contact: ContactInfo | None = None

    @property
    def display_name(self) -> str:
        return self.short_name or self.full_name


class CostLineRow(_Model):
    """Строка структуры затрат проекта."""

    category: str = Field(min_length=1)
    description: str | None = None
    amount: int = Field(ge=0, description="Сумма, копейки")


class ProjectSummary(_Model):
    """Сведения о проекте; все суммы — в копейках."""

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
    serial_production: str | None = Field(
        None, description="Плановое серийное производство: объём и годы, текстом"
    )

    @property
    def cofinancing_share(self) -> float | None:
        """Доля собственных и иных средств в стоимости проекта, % (для печати)."""
        if self.total_cost <= 0:
            return None
        return (self.own_funds + self.other_funds) * 100 / self.total_cost


class ChecklistRow(_Model):
    """Строка проверки соответствия: правило или требование к документу профиля."""

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

    @field_validator("acknowledged_at")
    @classmethod
    def _ack_aware(cls, value: dt.datetime | None) -> dt.datetime | None:
        return None if value is None else _aware(value, "acknowledged_at")


class InventoryRow(_Model):
    """Строка описи документов досье."""

    no: int = Field(ge=1, description="Номер по описи")
    type_title: str = Field(min_length=1, description="Вид документа")
    title: str | None = None
    number: str | None = None
    issued_on: dt.date | None = None
    pages: int | None = Field(None, ge=0)
    file_name: str | None = None
    sha256: str | None = Field(None, description="SHA-256 файла, 64 шестнадцатеричных цифры")

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
    """Запись истории консультаций."""

    date: dt.date
    channel: str = Field(description="phone/email/visit/event/video или текст")
    topic: str = Field(min_length=1)
    consultant: str | None = None
    outcome: str | None = Field(None, description="Итог и следующий шаг")


class AttachmentFile(_Model):
    """Файл, который подшивается в конец пакета (PDF или изображение)."""

    path: Path
    kind: Literal["pdf", "png", "jpeg", "tiff"]
    title: str = Field(min_length=1, description="Название для закладки и приложения")
    inventory_no: int = Field(ge=1, description="Номер по описи: задаёт порядок подшивки")


class PackageData(_Model):
    """Всё, что нужно для пакета направления в Агентство."""

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
        None, description="Ссылка на входящее: «№ 15/3 от 01.03.2026»"
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
    """Основание вывода предварительной проверки."""

    text: str = Field(min_length=1)
    result: CheckResult = CheckResult.FAILED
    clause: str | None = None
    confidence: Confidence = Confidence.ASSUMED


class ConclusionData(_Model):
    """Заключение предварительной проверки (одна страница)."""

    organization: OrganizationInfo
    enterprise_name: str = Field(min_length=1)
    enterprise_inn: str = Field(min_length=10, max_length=12)
    date: dt.date
    program_title: str = Field(min_length=1)
    profile_code: str | None = None
    profile_version: str | None = None
    verdict: Verdict
    reasons: list[ConclusionReason] = Field(default_factory=list)
    next_steps: list[str] = Field(default_factory=list)
    consultant: Signer
    draft: bool = False


class ChecklistDocument(_Model):
    """Вид документа в перечне «что принести»."""

    code: str | None = None
    title: str = Field(min_length=1)
    requirement: Requirement = Requirement.REQUIRED
    condition: str | None = Field(None, description="Когда обязателен (для conditional)")
    copies: str | None = Field(None, description="Сколько: «1 экз.», «не менее одного»")
    freshness: str | None = Field(None, description="«не старше 30 дней на дату подачи»")
    file_kinds: list[str] = Field(default_factory=list, description="PDF, JPEG, …")
    received_on: dt.date | None = Field(None, description="Когда уже получен")
    note: str | None = None


class ChecklistData(_Model):
    """Перечень документов для предприятия."""

    organization: OrganizationInfo
    enterprise_name: str = Field(min_length=1)
    enterprise_inn: str | None = None
    program_title: str = Field(min_length=1)
    profile_code: str | None = None
    profile_version: str | None = None
    date: dt.date
    documents: list[ChecklistDocument] = Field(default_factory=list)
    consultant: Executor | None = None
    draft: bool = False
