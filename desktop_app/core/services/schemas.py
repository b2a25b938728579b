"""pydantic models: everything that enters the core is checked here.

Messages are Russian and name the field (``title`` of each field) and what is
expected. Every text and identifier goes through :func:`_visible` first:
zero-width characters are removed, bidirectional control characters (which
make text read differently from what it is) are refused.
``parse(Model, data)`` turns pydantic's errors into
:class:`~desktop_app.core.errors.InputError` with one problem per field.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Annotated, Any, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from desktop_app.core import identifiers as ids
from desktop_app.core import register_format
from desktop_app.core.db.models import Channel, LegalBasis, Role, SizeCategory
from desktop_app.core.errors import FieldProblem, InputError
from desktop_app.core.formatting import normalize_phone, parse_money
from desktop_app.core.text_safety import (
    BIDI_CONTROLS,
    ZERO_WIDTH,
    bidi_controls_in,
    strip_zero_width,
)

ModelT = TypeVar("ModelT", bound=BaseModel)

_EMAIL_RE = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\]]{2,}$")
_OKVED_RE = re.compile(r"^\d{2}(\.\d{1,2}){0,3}$")


# --- text -------------------------------------------------------------------


_SUSPECT_RE = re.compile("[" + "".join(sorted(BIDI_CONTROLS | ZERO_WIDTH)) + "]")
# Unicode categories Cc (U+0000–U+001F, U+007F–U+009F) and Cs (surrogates): one search
# finds the first such character instead of asking each character its category.
_CONTROL_RE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_CONTROL_MULTILINE_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def _visible(value: str) -> str:
    """``value`` without zero-width characters; refuses bidirectional controls."""
    if value.isascii() or _SUSPECT_RE.search(value) is None:
        return value
    bidi = bidi_controls_in(value)
    if bidi:
        raise ValueError(
            "содержит невидимые символы смены направления текста "
            f"({', '.join(bidi)}): из-за них текст читается не так, как записан; "
            "наберите значение заново, не копируя его"
        )
    return strip_zero_width(value)


def _text_checker(max_len: int, multiline: bool) -> Any:
    controls = _CONTROL_MULTILINE_RE if multiline else _CONTROL_RE

    def check(value: Any) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str):
            if isinstance(value, int | float) and not isinstance(value, bool):
                value = str(value)
            else:
                raise ValueError("ожидается текст")
        value = unicodedata.normalize("NFC", _visible(value)).strip()
        if value == "":
            return None
        bad = controls.search(value)
        if bad is not None:
            ch = bad.group()
            if unicodedata.category(ch) == "Cs":
                raise ValueError("содержит недопустимый символ (одиночный суррогат)")
            raise ValueError(
                "содержит управляющий символ (код "
                f"{ord(ch):#06x}); уберите его — допустим только обычный текст"
            )
        if len(value) > max_len:
            raise ValueError(f"слишком длинный текст: {len(value)} знаков при максимуме {max_len}")
        return str(value)

    return check


def _opt(max_len: int = 500, multiline: bool = False) -> BeforeValidator:
    """Optional text: stripped, NFC, empty → None, no control characters, length-limited."""
    return BeforeValidator(_text_checker(max_len, multiline))


def _req(max_len: int = 500, multiline: bool = False) -> BeforeValidator:
    """Required text: as :func:`_opt`, but an empty value is refused."""
    checker = _text_checker(max_len, multiline)

    def required(value: Any) -> str:
        out = checker(value)
        if out is None:
            raise ValueError("обязательное поле не заполнено")
        return str(out)

    return BeforeValidator(required)


def _optional_identifier(check: Any, upper: bool = False) -> Any:
    def run(value: Any) -> str | None:
        if value is None:
            return None
        v = ids.clean(_visible(str(value)))
        if upper:
            v = v.upper()
        if v == "":
            return None
        problem = check(v)
        if problem:
            raise ValueError(problem)
        return v

    return run


def _required_inn(value: Any) -> str:
    v = ids.clean(None if value is None else _visible(str(value)))
    problem = ids.check_inn(v)
    if problem:
        raise ValueError(problem)
    return v


def _optional_phone(value: Any) -> str | None:
    if value is None or (isinstance(value, str) and value.strip() == ""):
        return None
    return normalize_phone(_visible(str(value)))


def _optional_email(value: Any) -> str | None:
    if value is None:
        return None
    v = _visible(str(value)).strip()
    if v == "":
        return None
    if len(v) > 254 or not _EMAIL_RE.match(v):
        raise ValueError(
            f"«{v[:60]}» не похоже на адрес электронной почты (пример: info@example.ru)"
        )
    return v


def _optional_okved(value: Any) -> str | None:
    if value is None:
        return None
    v = _visible(str(value)).strip()
    if v == "":
        return None
    if not _OKVED_RE.match(v):
        raise ValueError(f"«{v[:30]}» не похоже на код ОКВЭД (пример: 28.13 или 29.32.3)")
    return v


def _money(value: Any) -> int | None:
    if value is None or value == "":
        return None
    kopecks: int | None
    if isinstance(value, int) and not isinstance(value, bool):
        kopecks = value
    else:
        kopecks = parse_money(value)  # raises ValueError (Russian)
    if kopecks is None:
        return None
    if kopecks < 0:
        raise ValueError("сумма не может быть отрицательной")
    return kopecks


def _not_future_date(value: dt.date | None) -> dt.date | None:
    if value is not None and value > dt.date.today():
        raise ValueError(f"дата {value:%d.%m.%Y} ещё не наступила")
    return value


def _website(value: Any) -> str | None:
    checked = _text_checker(300, False)(value)
    if checked is None:
        return None
    if " " in checked or "." not in checked:
        raise ValueError(f"«{checked[:60]}» не похоже на адрес сайта (пример: www.example.ru)")
    return str(checked)


INN = Annotated[str, BeforeValidator(_required_inn)]
OptINN = Annotated[str | None, BeforeValidator(_optional_identifier(ids.check_inn))]
OptKPP = Annotated[str | None, BeforeValidator(_optional_identifier(ids.check_kpp, upper=True))]
OptOGRN = Annotated[str | None, BeforeValidator(_optional_identifier(ids.check_ogrn_any))]
Phone = Annotated[str | None, BeforeValidator(_optional_phone)]
Email = Annotated[str | None, BeforeValidator(_optional_email)]
Money = Annotated[int | None, BeforeValidator(_money)]
PastDate = Annotated[dt.date | None, AfterValidator(_not_future_date)]
Okved = Annotated[str | None, BeforeValidator(_optional_okved)]
Website = Annotated[str | None, BeforeValidator(_website)]


class Input(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False, frozen=True)


# --- organisation, users ----------------------------------------------------


class OrganizationProfileIn(Input):
    full_name: Annotated[str, _req(500)] = Field(title="Полное наименование центра")
    short_name: Annotated[str | None, _opt(200)] = Field(None, title="Краткое наименование")
    legal_address: Annotated[str | None, _opt(500)] = Field(None, title="Юридический адрес")
    postal_address: Annotated[str | None, _opt(500)] = Field(None, title="Почтовый адрес")
    phone: Phone = Field(None, title="Телефон")
    email: Email = Field(None, title="Электронная почта")
    website: Website = Field(None, title="Сайт")
    inn: OptINN = Field(None, title="ИНН")
    kpp: OptKPP = Field(None, title="КПП")
    ogrn: OptOGRN = Field(None, title="ОГРН")
    director_name: Annotated[str | None, _opt(200)] = Field(
        None, title="Руководитель (И.О. Фамилия)"
    )
    director_position: Annotated[str | None, _opt(200)] = Field(
        None, title="Должность руководителя"
    )
    letterhead_note: Annotated[str | None, _opt(1000, True)] = Field(
        None, title="Дополнительно на бланке"
    )
    register_format: Annotated[str, _req(100)] = Field(
        "РИЦ-{year}/{seq:04d}", title="Формат исходящего номера"
    )

    @field_validator("register_format")
    @classmethod
    def _register_format_as_stored(cls, value: str) -> str:
        """People write «РИЦ-[год]/[номер:4]»; the stored pattern is ``РИЦ-{year}/{seq:04d}``."""
        return register_format.from_people(value)

    @model_validator(mode="after")
    def _register_format_is_usable(self) -> OrganizationProfileIn:
        try:
            sample = self.register_format.format(year=2026, seq=42)
        except (KeyError, IndexError, ValueError, AttributeError):
            raise ValueError(
                f"формат исходящего номера может содержать только {register_format.YEAR} и "
                f"{register_format.SEQ} (например «{register_format.EXAMPLE}»)"
            ) from None
        if "{seq" not in self.register_format:
            raise ValueError("в формате исходящего номера должен быть порядковый номер "
                             f"{register_format.SEQ}")
        if len(sample) > 60:
            raise ValueError("исходящий номер по этому формату получается слишком длинным")
        return self


class UserIn(Input):
    login: Annotated[str, _req(64)] = Field(title="Имя входа")
    full_name: Annotated[str, _req(200)] = Field(title="Фамилия Имя Отчество")
    position: Annotated[str | None, _opt(200)] = Field(None, title="Должность")
    phone: Phone = Field(None, title="Телефон")
    email: Email = Field(None, title="Электронная почта")
    role: Role = Field(Role.CONSULTANT, title="Роль")
    active: bool = Field(True, title="Учётная запись активна")

    @model_validator(mode="after")
    def _login_has_allowed_characters(self) -> UserIn:
        if not re.fullmatch(r"[A-Za-z0-9._\-А-Яа-яЁё]{2,64}", self.login):
            raise ValueError(
                "имя входа: от 2 до 64 букв, цифр, точек, дефисов или подчёркиваний, без пробелов"
            )
        return self


# --- enterprises and people -------------------------------------------------


class EnterpriseIn(Input):
    full_name: Annotated[str, _req(1000)] = Field(title="Полное наименование")
    short_name: Annotated[str | None, _opt(300)] = Field(None, title="Краткое наименование")
    inn: INN = Field(title="ИНН")
    kpp: OptKPP = Field(None, title="КПП")
    ogrn: OptOGRN = Field(None, title="ОГРН/ОГРНИП")
    legal_address: Annotated[str | None, _opt(1000)] = Field(None, title="Юридический адрес")
    actual_address: Annotated[str | None, _opt(1000)] = Field(None, title="Фактический адрес")
    region_code: Annotated[str | None, _opt(2)] = Field(None, title="Регион")
    okved: Okved = Field(None, title="ОКВЭД")
    size_category: SizeCategory | None = Field(None, title="Категория предприятия")
    website: Website = Field(None, title="Сайт")
    phone: Phone = Field(None, title="Телефон")
    email: Email = Field(None, title="Электронная почта")
    director_name: Annotated[str | None, _opt(300)] = Field(None, title="Руководитель")
    director_position: Annotated[str | None, _opt(300)] = Field(
        None, title="Должность руководителя"
    )
    notes: Annotated[str | None, _opt(10_000, True)] = Field(None, title="Примечания")

    @field_validator("kpp")
    @classmethod
    def _no_kpp_for_a_sole_trader(cls, value: str | None, info: ValidationInfo) -> str | None:
        inn = info.data.get("inn")
        if value and isinstance(inn, str) and len(inn) == 12:
            raise ValueError("у индивидуального предпринимателя (ИНН из 12 цифр) КПП нет")
        return value

    @field_validator("ogrn")
    @classmethod
    def _ogrn_matches_inn(cls, value: str | None, info: ValidationInfo) -> str | None:
        inn = info.data.get("inn")
        if value and isinstance(inn, str):
            problem = ids.check_inn_ogrn_pair(inn, value)
            if problem:
                raise ValueError(problem)
        return value

    @field_validator("region_code")
    @classmethod
    def _region_is_two_digits(cls, value: str | None) -> str | None:
        if value is not None and not re.fullmatch(r"\d{2}", value):
            raise ValueError("ожидается двузначный код региона (59 — Пермский край)")
        return value

    @model_validator(mode="after")
    def _region_from_inn_when_missing(self) -> EnterpriseIn:
        if self.region_code is None:
            object.__setattr__(self, "region_code", ids.region_of_inn(self.inn))
        return self


class ContactPersonIn(Input):
    last_name: Annotated[str, _req(100)] = Field(title="Фамилия")
    first_name: Annotated[str | None, _opt(100)] = Field(None, title="Имя")
    middle_name: Annotated[str | None, _opt(100)] = Field(None, title="Отчество")
    position: Annotated[str | None, _opt(300)] = Field(None, title="Должность")
    phone: Phone = Field(None, title="Телефон")
    email: Email = Field(None, title="Электронная почта")
    legal_basis: LegalBasis = Field(LegalBasis.LEGITIMATE, title="Основание обработки ПДн")
    consent_date: PastDate = Field(None, title="Дата согласия")
    withdrawn_date: PastDate = Field(None, title="Дата отзыва согласия")

    @model_validator(mode="after")
    def _consent_dates_agree(self) -> ContactPersonIn:
        if self.legal_basis == LegalBasis.CONSENT and self.consent_date is None:
            raise ValueError(
                "Дата согласия: при обработке на основании согласия укажите дату согласия"
            )
        if (
            self.withdrawn_date is not None
            and self.consent_date is not None
            and self.withdrawn_date < self.consent_date
        ):
            raise ValueError("Дата отзыва согласия не может быть раньше даты согласия")
        return self


# --- consultations ----------------------------------------------------------


class ConsultationIn(Input):
    enterprise_id: int = Field(gt=0, title="Предприятие")
    contact_id: int | None = Field(None, gt=0, title="Контактное лицо")
    occurred_at: dt.datetime = Field(title="Дата и время")
    channel: Channel = Field(title="Канал")
    topic: Annotated[str, _req(500)] = Field(title="Тема / программа поддержки")
    program_code: Annotated[str | None, _opt(100)] = Field(None, title="Программа")
    questions: Annotated[str | None, _opt(20_000, True)] = Field(None, title="Вопросы")
    advice: Annotated[str | None, _opt(20_000, True)] = Field(None, title="Что посоветовали")
    outcome: Annotated[str | None, _opt(5_000, True)] = Field(None, title="Итог")
    duration_min: int | None = Field(None, ge=0, le=1440, title="Длительность, мин")
    next_step: Annotated[str | None, _opt(2_000, True)] = Field(None, title="Следующий шаг")
    next_step_due: dt.date | None = Field(None, title="Срок следующего шага")
    next_step_done: bool = Field(False, title="Следующий шаг выполнен")

    @model_validator(mode="after")
    def _time_and_next_step_agree(self) -> ConsultationIn:
        if self.occurred_at.tzinfo is None:
            raise ValueError("Дата и время: не указан часовой пояс")
        if self.occurred_at > dt.datetime.now(dt.UTC) + dt.timedelta(days=1):
            raise ValueError(
                "Дата и время: консультация не может быть в будущем "
                f"({self.occurred_at.astimezone():%d.%m.%Y %H:%M})"
            )
        if self.next_step_due is not None and not self.next_step:
            raise ValueError("Следующий шаг: указан срок, но не сказано, что нужно сделать")
        if (
            self.next_step_due is not None
            and self.next_step_due < self.occurred_at.astimezone().date()
            and not self.next_step_done
        ):
            raise ValueError("Срок следующего шага не может быть раньше даты консультации")
        return self


# --- dossiers ---------------------------------------------------------------


class CostLineIn(Input):
    category: Annotated[str, _req(200)] = Field(title="Статья затрат")
    description: Annotated[str | None, _opt(2000, True)] = Field(None, title="Описание")
    amount: Money = Field(title="Сумма")

    @model_validator(mode="after")
    def _amount_is_given(self) -> CostLineIn:
        if self.amount is None:
            raise ValueError("Сумма: укажите сумму по статье затрат")
        return self


FINANCING_SOURCE_CODES = ("grant", "own", "other")
"""Financing sources of a project (labels in ``core.vocabulary``)."""


class StageIn(Input):
    """One stage of the calendar plan."""

    number: Annotated[str, _req(20)] = Field(title="Номер этапа")
    title: Annotated[str, _req(1000)] = Field(title="Наименование этапа")
    start_date: dt.date | None = Field(None, title="Начало этапа")
    end_date: dt.date | None = Field(None, title="Окончание этапа")
    result: Annotated[str | None, _opt(2000, True)] = Field(None, title="Результат этапа")

    @model_validator(mode="after")
    def _dates_in_order(self) -> StageIn:
        if self.start_date and self.end_date and self.start_date > self.end_date:
            raise ValueError(
                f"Этап {self.number}: окончание ({self.end_date:%d.%m.%Y}) раньше начала "
                f"({self.start_date:%d.%m.%Y})"
            )
        return self


class FinancingLineIn(Input):
    """The money of one source in one year."""

    year: int = Field(ge=2000, le=2100, title="Год")
    source: str = Field(title="Источник финансирования")
    amount: Money = Field(title="Сумма")

    @field_validator("source")
    @classmethod
    def _known_source(cls, v: str) -> str:
        if v not in FINANCING_SOURCE_CODES:
            raise ValueError("ожидается грант, собственные средства или иные средства")
        return v

    @model_validator(mode="after")
    def _amount_is_given(self) -> FinancingLineIn:
        if self.amount is None:
            raise ValueError("Сумма: укажите сумму финансирования")
        return self


class DossierProjectIn(Input):
    """Project data of a dossier (every field optional while the dossier is a draft)."""

    submission_date: dt.date | None = Field(None, title="Дата подачи")
    signatory_is_director: bool | None = Field(True, title="Заявку подписывает руководитель")
    title: Annotated[str | None, _opt(1000)] = Field(None, title="Наименование проекта")
    component_name: Annotated[str | None, _opt(1000)] = Field(None, title="Комплектующее изделие")
    okpd2: Annotated[str | None, _opt(20)] = Field(None, title="ОКПД2")
    foreign_analogue_name: Annotated[str | None, _opt(500)] = Field(
        None, title="Иностранный аналог"
    )
    foreign_analogue_manufacturer: Annotated[str | None, _opt(500)] = Field(
        None, title="Производитель аналога"
    )
    foreign_analogue_country: Annotated[str | None, _opt(200)] = Field(
        None, title="Страна производителя аналога"
    )
    target_industry: Annotated[str | None, _opt(500)] = Field(None, title="Отрасль применения")
    consumers: Annotated[str | None, _opt(5000, True)] = Field(None, title="Потребители")
    start_date: dt.date | None = Field(None, title="Начало проекта")
    end_date: dt.date | None = Field(None, title="Окончание проекта")
    total_cost: Money = Field(None, title="Стоимость проекта")
    grant_requested: Money = Field(None, title="Запрашиваемый грант")
    own_funds: Money = Field(None, title="Собственные средства")
    other_funds: Money = Field(None, title="Иные средства")
    serial_volume: int | None = Field(None, ge=0, le=10**12, title="Объём серийного выпуска, шт.")
    serial_years: Annotated[str | None, _opt(100)] = Field(None, title="Годы серийного выпуска")
    notes: Annotated[str | None, _opt(20_000, True)] = Field(None, title="Примечания")
    cost_lines: list[CostLineIn] = Field(default_factory=list, max_length=500, title="Смета")
    stages: list[StageIn] = Field(default_factory=list, max_length=200, title="Календарный план")
    financing: list[FinancingLineIn] = Field(
        default_factory=list, max_length=300, title="Финансирование"
    )

    @model_validator(mode="after")
    def _one_line_per_year_and_source(self) -> DossierProjectIn:
        seen: set[tuple[int, str]] = set()
        for line in self.financing:
            key = (line.year, line.source)
            if key in seen:
                raise ValueError(
                    f"Финансирование: источник указан дважды за {line.year} год — "
                    "объедините суммы в одну строку"
                )
            seen.add(key)
        return self


class DocumentDetailsIn(Input):
    """What a person states about an attached document.

    The title is limited to 500 characters: the inventory of the referral
    package prints it in a narrow column, and a longer title without spaces
    would not fit on a page.
    """

    title: Annotated[str | None, _opt(500)] = Field(None, title="Наименование")
    number: Annotated[str | None, _opt(100)] = Field(None, title="Номер")


# --- turning pydantic errors into Russian -----------------------------------

_TYPE_MESSAGES = {
    "missing": "обязательное поле не заполнено",
    "int_parsing": "ожидается целое число",
    "int_type": "ожидается целое число",
    "int_from_float": "ожидается целое число",
    "float_parsing": "ожидается число",
    "bool_parsing": "ожидается «да» или «нет»",
    "bool_type": "ожидается «да» или «нет»",
    "date_parsing": "ожидается дата в формате дд.мм.гггг",
    "date_from_datetime_parsing": "ожидается дата в формате дд.мм.гггг",
    "date_from_datetime_inexact": "ожидается дата без времени",
    "date_type": "ожидается дата в формате дд.мм.гггг",
    "datetime_parsing": "ожидаются дата и время (дд.мм.гггг чч:мм)",
    "datetime_from_date_parsing": "ожидаются дата и время (дд.мм.гггг чч:мм)",
    "datetime_type": "ожидаются дата и время (дд.мм.гггг чч:мм)",
    "extra_forbidden": "неизвестное поле",
    "string_type": "ожидается текст",
    "list_type": "ожидается список",
    "too_long": "слишком много элементов",
    "model_type": "ожидается набор полей",
    "dict_type": "ожидается набор полей",
}


def _message_for(err: Any) -> str:
    etype = err.get("type", "")
    ctx = err.get("ctx") or {}
    if etype == "value_error" and "error" in ctx:
        return str(ctx["error"])
    if etype == "assertion_error" and "error" in ctx:
        return str(ctx["error"])
    if etype in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        words = {
            "greater_than": "больше",
            "greater_than_equal": "не меньше",
            "less_than": "меньше",
            "less_than_equal": "не больше",
        }
        limit = next(iter(ctx.values())) if ctx else ""
        return f"значение должно быть {words[etype]} {limit}"
    if etype == "enum":
        return f"недопустимое значение; допустимо: {ctx.get('expected', '')}"
    return _TYPE_MESSAGES.get(etype, "недопустимое значение")


def _row_field_title(list_name: str, name: str) -> str:
    """The Russian title of a field of a calendar plan or financing row."""
    rows: dict[str, type[BaseModel]] = {"stages": StageIn, "financing": FinancingLineIn}
    row = rows.get(list_name)
    info = row.model_fields.get(name) if row is not None else None
    return info.title if info is not None and info.title else name


def to_problems(model: type[BaseModel], exc: ValidationError) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    for err in exc.errors(include_url=False):
        loc = [str(p) for p in err.get("loc", ())]
        path = ".".join(loc)
        label = ""
        if loc:
            info = model.model_fields.get(loc[0])
            label = info.title if info is not None and info.title else loc[0]
            if len(loc) > 1:
                label += (
                    " ("
                    + ", ".join(f"строка {int(p) + 1}" if p.isdigit()
                                else _row_field_title(loc[0], p) for p in loc[1:])
                    + ")"
                )
        problems.append(FieldProblem(path, label, _message_for(err)))
    return problems


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _fields_with_surrogates(data: Any, prefix: str = "") -> list[str]:
    """Text that cannot be stored (lone UTF-16 surrogates), by field path."""
    found: list[str] = []
    if isinstance(data, dict):
        for key, value in data.items():
            found += _fields_with_surrogates(value, f"{prefix}{key}.")
    elif isinstance(data, list | tuple):
        for index, value in enumerate(data):
            found += _fields_with_surrogates(value, f"{prefix}{index}.")
    elif isinstance(data, str) and _has_surrogate(data):
        found.append(prefix.rstrip("."))
    return found


def _field_title(model: type[BaseModel], path: str) -> str:
    info = model.model_fields.get(path.split(".", maxsplit=1)[0])
    return info.title if info is not None and info.title else path


def parse(model: type[ModelT], data: Any) -> ModelT:
    """Validate ``data`` into ``model`` or raise :class:`InputError` (Russian)."""
    if isinstance(data, model):
        return data
    broken = _fields_with_surrogates(data)
    if broken:
        raise InputError(
            [
                FieldProblem(
                    name,
                    _field_title(model, name),
                    "содержит недопустимый символ (повреждённый текст); введите значение заново",
                )
                for name in broken
            ]
        )
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise InputError(to_problems(model, exc)) from None
