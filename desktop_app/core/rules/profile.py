"""Program profiles: the format (pydantic models), the loader and its Russian errors.

A profile is a TOML file (read with :mod:`tomllib`) describing one version of a
grant program: legal basis, eligibility questions, document types and rules.
Everything a check rests on lives here as data, with a ``clause`` and a
``confidence`` mark (``verified`` / ``reported`` / ``assumed``).

Money values in a profile (``number_bounds`` on a money field, a condition on
a money field) are integer **kopecks**. Ratios are decimals from 0 to 1
written as TOML numbers (``0.8``) or strings (``"0.8"``); they are compared
exactly (no floating point).

Message templates
-----------------
``message`` (and the other ``*_message`` fields) are ``str.format`` templates
with plain ``{name}`` placeholders only (no attribute or index access, no
format spec, no conversion); ``{{`` and ``}}`` give literal braces. Values are
already formatted for people: money as ``1 234 567,89 ₽``, dates as
``дд.мм.гггг``, yes/no as ``да``/``нет``, missing values as ``не указано``.
Every rule template may use ``{rule}`` (rule id), ``{field}`` (Russian label of
the target) and ``{target}`` (field path); per kind (see :data:`TEMPLATE_VARS`):

* ``required`` — nothing more;
* ``number_bounds`` — ``{value} {min} {max}``;
* ``ratio_bounds`` — ``{numerator} {denominator}`` (labels),
  ``{numerator_value} {denominator_value}``, ``{ratio}`` (percent),
  ``{min} {max}`` (percent), ``{min_amount} {max_amount}`` (bound × denominator);
* ``sum_equals`` — ``{terms}`` (labels joined with «+»), ``{sum} {total} {difference}``;
* ``date_order`` — ``{first} {second} {first_value} {second_value}``;
* ``duration`` — ``{start} {end} {start_value} {end_value} {days} {months} {min} {max}``;
* ``identifier_valid`` — ``{value} {problem}``;
* ``pattern`` — ``{value} {expected}``;
* ``document_present`` — ``{document} {code} {count} {min_count}``;
* ``document_fresh`` — ``{document} {code} {issued_on} {max_age_days} {age_days}
  {reference_date} {oldest_allowed}``.

Document requirements (``[[documents]]``) use ``{document} {code} {count}
{min_count} {issued_on} {max_age_days} {age_days} {reference_date}
{oldest_allowed} {kinds} {accepted_kinds}``; questions use ``{id} {question}
{answer}``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import string
import tomllib
from collections.abc import Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from desktop_app.core.errors import UserError

from .facts import FIELDS, FieldKind

Severity = Literal["error", "warning", "info"]
Confidence = Literal["verified", "reported", "assumed"]
Requirement = Literal["always", "conditional", "recommended", "optional"]
FileKind = Literal["pdf", "png", "jpeg", "tiff", "docx", "xlsx", "odt", "ods", "doc", "xls"]
Operator = Literal["present", "absent", "eq", "ne", "gt", "ge", "lt", "le"]
IdentifierKind = Literal["inn", "inn10", "inn12", "ogrn", "ogrnip", "ogrn_any", "kpp"]

FILE_KINDS: tuple[str, ...] = (
    "pdf", "png", "jpeg", "tiff", "docx", "xlsx", "odt", "ods", "doc", "xls",
)
MAX_PROFILE_BYTES = 1_000_000
MAX_REGEX_LENGTH = 200
MAX_CONDITION_DEPTH = 6


class NamedFormat(BaseModel):
    """A value format a ``pattern`` rule can name."""

    regex: str
    description: str


NAMED_FORMATS: dict[str, NamedFormat] = {
    "okpd2": NamedFormat(
        regex=r"\d{2}\.\d{2}(\.\d{1,2}|\.\d{2}\.\d{3})?",
        description="код ОКПД2 вида NN.NN, NN.NN.N, NN.NN.NN или NN.NN.NN.NNN",
    ),
    "okved2": NamedFormat(
        regex=r"\d{2}(\.\d{1,2}(\.\d{1,2})?)?",
        description="код ОКВЭД2 вида NN, NN.N, NN.NN, NN.NN.N или NN.NN.NN",
    ),
    "year_range": NamedFormat(
        regex=r"\d{4}(\s*[-–—]\s*\d{4})?",
        description="год или период лет вида 2027 или 2027–2030",
    ),
}
"""Named formats for ``pattern`` rules (the regex must match the whole value)."""

_COMMON_VARS = frozenset({"rule", "field", "target"})
TEMPLATE_VARS: dict[str, frozenset[str]] = {
    "required": _COMMON_VARS,
    "number_bounds": _COMMON_VARS | {"value", "min", "max"},
    "ratio_bounds": _COMMON_VARS
    | {
        "numerator", "denominator", "numerator_value", "denominator_value",
        "ratio", "min", "max", "min_amount", "max_amount",
    },
    "sum_equals": _COMMON_VARS | {"terms", "sum", "total", "difference"},
    "date_order": _COMMON_VARS | {"first", "second", "first_value", "second_value"},
    "duration": _COMMON_VARS
    | {"start", "end", "start_value", "end_value", "days", "months", "min", "max"},
    "identifier_valid": _COMMON_VARS | {"value", "problem"},
    "pattern": _COMMON_VARS | {"value", "expected"},
    "document_present": _COMMON_VARS | {"document", "code", "count", "min_count"},
    "document_fresh": _COMMON_VARS
    | {
        "document", "code", "issued_on", "max_age_days", "age_days",
        "reference_date", "oldest_allowed",
    },
    "document": frozenset(
        {
            "document", "code", "count", "min_count", "issued_on", "max_age_days",
            "age_days", "reference_date", "oldest_allowed", "kinds", "accepted_kinds",
        }
    ),
    "question": frozenset({"id", "question", "answer"}),
}
"""Placeholders each template may use, by rule kind (plus ``document`` and ``question``)."""

_ID_RE = r"^[a-z][a-z0-9_.-]{0,63}$"


class ProfileError(UserError, ValueError):
    """A profile file that cannot be used; ``str()`` is the Russian message."""

    def __init__(self, message: str, *, path: Path | None = None,
                 problems: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.path = path
        self.problems: list[str] = list(problems) or [message]


# --- checks used by validators ---------------------------------------------------


def check_template(template: str, allowed: frozenset[str], field_name: str) -> None:
    """Raise ``ValueError`` (Russian) unless *template* uses only *allowed* placeholders."""
    try:
        parts = list(string.Formatter().parse(template))
    except ValueError:
        raise ValueError(
            f"поле «{field_name}»: непарная фигурная скобка в шаблоне; "
            "для самой скобки пишите {{ или }}"
        ) from None
    hint = ", ".join("{" + name + "}" for name in sorted(allowed))
    for _literal, name, spec, conversion in parts:
        if name is None:
            continue
        if name == "" or not name.isidentifier():
            raise ValueError(
                f"поле «{field_name}»: в шаблоне недопустима подстановка {{{name}}} "
                f"(разрешены только имена переменных); допустимы: {hint}"
            )
        if spec or conversion:
            raise ValueError(
                f"поле «{field_name}»: в подстановке {{{name}}} не допускаются формат и "
                "преобразование (двоеточие, восклицательный знак)"
            )
        if name not in allowed:
            raise ValueError(
                f"поле «{field_name}»: в шаблоне неизвестная переменная {{{name}}}; "
                f"допустимы: {hint}"
            )


def _check_field(path: str, kinds: Sequence[FieldKind] | None = None) -> str:
    spec = FIELDS.get(path)
    if spec is None:
        raise ValueError(
            f"неизвестное поле «{path}»; допустимы: {', '.join(FIELDS)}"
        )
    if kinds is not None and spec.kind not in kinds:
        raise ValueError(
            f"поле «{path}» ({spec.label}) не подходит для этой проверки: "
            f"ожидается поле вида {', '.join(_KIND_NAMES[k] for k in kinds)}"
        )
    return path


_KIND_NAMES: dict[str, str] = {
    "str": "текст", "bool": "да/нет", "date": "дата", "money": "сумма", "int": "число",
}
_NUMERIC: tuple[FieldKind, ...] = ("money", "int")


def _float_to_decimal(value: Any) -> Any:
    if isinstance(value, bool):
        raise ValueError("ожидается число, а не да/нет")
    if isinstance(value, float):
        return Decimal(repr(value))
    return value


ProfileDecimal = Annotated[Decimal, BeforeValidator(_float_to_decimal)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --- conditions -------------------------------------------------------------------


def _scalar(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str) or type(value) is dt.date:
        return value
    raise ValueError("ожидается одно значение: true/false, целое число, дата или текст")


ConditionValue = Annotated[bool | int | dt.date | str, BeforeValidator(_scalar)]


class Condition(_Strict):
    """``{field, op, value}`` or ``{all = [...]}`` or ``{any = [...]}``.

    A comparison (``eq ne gt ge lt le``) on a field that has no value is
    **false**; ``present``/``absent`` test exactly that.
    """

    field: str | None = None
    op: Operator | None = None
    value: ConditionValue | None = None
    all_: list[Condition] | None = Field(default=None, alias="all")
    any_: list[Condition] | None = Field(default=None, alias="any")

    @model_validator(mode="after")
    def _check(self) -> Condition:
        forms = [self.field is not None or self.op is not None, self.all_ is not None,
                 self.any_ is not None]
        if sum(forms) != 1:
            raise ValueError(
                "условие задаётся либо полями field/op/value, либо списком all, либо "
                "списком any (ровно одним способом)"
            )
        if self.all_ is not None or self.any_ is not None:
            items = self.all_ if self.all_ is not None else self.any_
            if not items:
                raise ValueError("список условий all/any не может быть пустым")
            if self.depth() > MAX_CONDITION_DEPTH:
                raise ValueError(
                    f"условия вложены слишком глубоко (больше {MAX_CONDITION_DEPTH} уровней)"
                )
            return self
        if self.field is None:
            raise ValueError("поле «field»: не указано, к какому полю относится условие")
        if self.op is None:
            raise ValueError(
                "поле «op»: не указана операция; допустимы: present, absent, eq, ne, gt, "
                "ge, lt, le"
            )
        spec = FIELDS.get(self.field)
        if spec is None:
            raise ValueError(
                f"поле «field»: неизвестное поле «{self.field}»; допустимы: {', '.join(FIELDS)}"
            )
        if self.op in ("present", "absent"):
            if self.value is not None:
                raise ValueError(f"поле «value»: для операции «{self.op}» значение не задаётся")
            return self
        if self.value is None:
            raise ValueError(f"поле «value»: для операции «{self.op}» нужно значение")
        if self.op in ("gt", "ge", "lt", "le") and spec.kind not in ("money", "int", "date"):
            raise ValueError(
                f"поле «op»: операция «{self.op}» применима только к числам, суммам и датам, "
                f"а «{self.field}» — {_KIND_NAMES[spec.kind]}"
            )
        ok = {
            "bool": isinstance(self.value, bool),
            "money": isinstance(self.value, int) and not isinstance(self.value, bool),
            "int": isinstance(self.value, int) and not isinstance(self.value, bool),
            "date": isinstance(self.value, dt.date),
            "str": isinstance(self.value, str),
        }[spec.kind]
        if not ok:
            expected = {
                "bool": "true или false",
                "money": "целое число копеек",
                "int": "целое число",
                "date": "дата вида 2026-01-31",
                "str": "текст в кавычках",
            }[spec.kind]
            raise ValueError(
                f"поле «value»: для поля «{self.field}» ожидается {expected}, "
                f"а указано {self.value!r}"
            )
        return self

    def depth(self) -> int:
        items = self.all_ or self.any_ or []
        return 1 + max((c.depth() for c in items), default=0)

    def fields(self) -> list[str]:
        if self.field is not None:
            return [self.field]
        return [f for c in (self.all_ or self.any_ or []) for f in c.fields()]


# --- rules ------------------------------------------------------------------------------


class _RuleBase(_Strict):
    id: str = Field(pattern=_ID_RE)
    title: str | None = None
    severity: Severity
    message: str = Field(min_length=1)
    clause: str
    confidence: Confidence
    when: Condition | None = None
    enabled: bool = True

    def template_fields(self) -> dict[str, str]:
        return {"message": self.message}

    @model_validator(mode="after")
    def _check_templates(self) -> _RuleBase:
        allowed = TEMPLATE_VARS[getattr(self, "kind")]  # noqa: B009
        for name, template in self.template_fields().items():
            check_template(template, allowed, name)
        return self


class RequiredRule(_RuleBase):
    """The field must have a value (a non-blank string, any number, date or yes/no)."""

    kind: Literal["required"]
    field: str

    @field_validator("field")
    @classmethod
    def _is_a_known_field(cls, v: str) -> str:
        return _check_field(v)


class NumberBoundsRule(_RuleBase):
    """``min ≤ value ≤ max`` (each bound optional, inclusive unless ``*_exclusive``)."""

    kind: Literal["number_bounds"]
    field: str
    min: int | None = None
    max: int | None = None
    min_exclusive: bool = False
    max_exclusive: bool = False

    @field_validator("field")
    @classmethod
    def _is_a_numeric_field(cls, v: str) -> str:
        return _check_field(v, _NUMERIC)

    @model_validator(mode="after")
    def _bounds(self) -> NumberBoundsRule:
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"поле «min»: нижняя граница {self.min} больше верхней {self.max}")
        if self.enabled and self.min is None and self.max is None:
            raise ValueError(
                "не задана ни одна граница (min или max); если значение неизвестно, "
                "оставьте правило с enabled = false"
            )
        return self


class RatioBoundsRule(_RuleBase):
    """``min × denominator ≤ numerator ≤ max × denominator``, exact (no floats).

    Not applicable while either value is missing or the denominator is not positive.
    """

    kind: Literal["ratio_bounds"]
    numerator: str
    denominator: str
    min: ProfileDecimal | None = None
    max: ProfileDecimal | None = None
    min_exclusive: bool = False
    max_exclusive: bool = False

    @field_validator("numerator", "denominator")
    @classmethod
    def _are_numeric_fields(cls, v: str) -> str:
        return _check_field(v, _NUMERIC)

    @field_validator("min", "max")
    @classmethod
    def _unit(cls, v: Decimal | None) -> Decimal | None:
        if v is not None and (not v.is_finite() or v < 0 or v > 1):
            raise ValueError("ожидается число от 0 до 1")
        return v

    @model_validator(mode="after")
    def _bounds(self) -> RatioBoundsRule:
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"поле «min»: нижняя граница {self.min} больше верхней {self.max}")
        if self.enabled and self.min is None and self.max is None:
            raise ValueError(
                "не задана ни одна граница (min или max); если значение неизвестно, "
                "оставьте правило с enabled = false"
            )
        return self


class SumEqualsRule(_RuleBase):
    """``sum(terms) == total`` to the kopeck.

    Not applicable while ``total`` is missing or a term is missing, except
    the terms listed in ``zero_if_missing`` which then count as 0 (the rule
    still needs at least one term with a value).
    """

    kind: Literal["sum_equals"]
    terms: list[str] = Field(min_length=1)
    total: str
    zero_if_missing: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _subset(self) -> SumEqualsRule:
        for path in self.zero_if_missing:
            if path not in self.terms:
                raise ValueError(
                    f"поле «zero_if_missing»: «{path}» нет среди слагаемых «terms»"
                )
        return self

    @field_validator("terms")
    @classmethod
    def _t(cls, v: list[str]) -> list[str]:
        for path in v:
            _check_field(path, ("money",))
        return v

    @field_validator("total")
    @classmethod
    def _is_a_money_field(cls, v: str) -> str:
        return _check_field(v, ("money",))


class DateOrderRule(_RuleBase):
    """``first < second`` (``strict = true``, default) or ``first ≤ second``."""

    kind: Literal["date_order"]
    first: str
    second: str
    strict: bool = True

    @field_validator("first", "second")
    @classmethod
    def _are_date_fields(cls, v: str) -> str:
        return _check_field(v, ("date",))


class DurationRule(_RuleBase):
    """Limits on the span ``start → end`` in days and/or calendar months.

    ``max_months = N`` means ``end`` is not later than the same day N months
    after ``start`` (clamped to the month's last day); ``min_months`` likewise.
    """

    kind: Literal["duration"]
    start: str
    end: str
    min_days: int | None = Field(default=None, ge=0)
    max_days: int | None = Field(default=None, ge=0)
    min_months: int | None = Field(default=None, ge=0)
    max_months: int | None = Field(default=None, ge=0)

    @field_validator("start", "end")
    @classmethod
    def _are_date_fields(cls, v: str) -> str:
        return _check_field(v, ("date",))

    @model_validator(mode="after")
    def _bounds(self) -> DurationRule:
        for lo, hi, name in (
            (self.min_days, self.max_days, "min_days"),
            (self.min_months, self.max_months, "min_months"),
        ):
            if lo is not None and hi is not None and lo > hi:
                raise ValueError(f"поле «{name}»: нижняя граница {lo} больше верхней {hi}")
        if self.enabled and all(
            v is None for v in (self.min_days, self.max_days, self.min_months, self.max_months)
        ):
            raise ValueError(
                "не задано ни одной границы длительности; если значение неизвестно, "
                "оставьте правило с enabled = false"
            )
        return self


class IdentifierValidRule(_RuleBase):
    """Checksum/format of an ИНН, ОГРН, ОГРНИП or КПП (see ``core.identifiers``)."""

    kind: Literal["identifier_valid"]
    field: str
    identifier: IdentifierKind

    @field_validator("field")
    @classmethod
    def _is_a_text_field(cls, v: str) -> str:
        return _check_field(v, ("str",))


class PatternRule(_RuleBase):
    """The whole value matches a named ``format`` (see :data:`NAMED_FORMATS`) or a ``regex``."""

    kind: Literal["pattern"]
    field: str
    format: str | None = None
    regex: str | None = Field(default=None, max_length=MAX_REGEX_LENGTH)
    expected: str | None = None

    @field_validator("field")
    @classmethod
    def _is_a_text_field(cls, v: str) -> str:
        return _check_field(v, ("str",))

    @field_validator("format")
    @classmethod
    def _fmt(cls, v: str | None) -> str | None:
        if v is not None and v not in NAMED_FORMATS:
            raise ValueError(
                f"неизвестный формат «{v}»; допустимы: {', '.join(NAMED_FORMATS)}"
            )
        return v

    @field_validator("regex")
    @classmethod
    def _re(cls, v: str | None) -> str | None:
        if v is not None:
            try:
                re.compile(v)
            except re.error as exc:
                raise ValueError(
                    f"регулярное выражение не компилируется (позиция {exc.pos})"
                ) from None
        return v

    @model_validator(mode="after")
    def _one(self) -> PatternRule:
        if (self.format is None) == (self.regex is None):
            raise ValueError("укажите ровно одно из полей «format» или «regex»")
        if self.regex is not None and not self.expected:
            raise ValueError(
                "поле «expected»: для «regex» опишите ожидаемый формат словами"
            )
        return self

    def compiled(self) -> re.Pattern[str]:
        source = NAMED_FORMATS[self.format].regex if self.format else (self.regex or "")
        return _compile(source)

    def expected_text(self) -> str:
        if self.expected:
            return self.expected
        return NAMED_FORMATS[self.format].description if self.format else ""


_REGEX_CACHE: dict[str, re.Pattern[str]] = {}


def _compile(source: str) -> re.Pattern[str]:
    pattern = _REGEX_CACHE.get(source)
    if pattern is None:
        pattern = re.compile(source)
        _REGEX_CACHE[source] = pattern
    return pattern


class DocumentPresentRule(_RuleBase):
    """At least ``min_count`` usable documents of type ``document`` (with files, not damaged)."""

    kind: Literal["document_present"]
    document: str
    min_count: int = Field(default=1, ge=1)


class DocumentFreshRule(_RuleBase):
    """The newest document of the type is issued on or after ``reference − max_age_days``.

    The reference date is the submission date (today when it is not set).
    The boundary day counts as fresh: with ``max_age_days = 30`` and
    submission on 31.03, a document issued on 01.03 is fresh, on 28.02 stale.
    Not applicable when no document of the type is present.
    """

    kind: Literal["document_fresh"]
    document: str
    max_age_days: int = Field(ge=0)


Rule = Annotated[
    RequiredRule
    | NumberBoundsRule
    | RatioBoundsRule
    | SumEqualsRule
    | DateOrderRule
    | DurationRule
    | IdentifierValidRule
    | PatternRule
    | DocumentPresentRule
    | DocumentFreshRule,
    Field(discriminator="kind"),
]

RULE_KINDS: tuple[str, ...] = (
    "required", "number_bounds", "ratio_bounds", "sum_equals", "date_order", "duration",
    "identifier_valid", "pattern", "document_present", "document_fresh",
)


# --- documents and questions ---------------------------------------------------------


DEFAULT_STALE_MESSAGE = (
    "«{document}»: документ выдан {issued_on}, а должен быть выдан не ранее {oldest_allowed} "
    "(не более {max_age_days} дн. до {reference_date})"
)
DEFAULT_KINDS_MESSAGE = (
    "«{document}»: приложены файлы вида {kinds}, а принимаются только {accepted_kinds}"
)
DEFAULT_DAMAGED_MESSAGE = (
    "«{document}»: файл повреждён или не читается, замените его"
)


def _default_kinds() -> list[FileKind]:
    return ["pdf"]


class DocumentRequirement(_Strict):
    """A document type of the program and how it is required.

    ``required``: ``always`` — must be present; ``conditional`` — must be present
    when ``when`` holds (``when`` is obligatory); ``recommended`` — absence is
    reported with the requirement's ``severity`` (normally warning/info);
    ``optional`` — absence is never reported. Freshness, file kinds and
    damaged files are checked for every present document.
    """

    code: str = Field(pattern=_ID_RE)
    title: str = Field(min_length=1)
    required: Requirement
    when: Condition | None = None
    min_count: int = Field(default=1, ge=1)
    max_age_days: int | None = Field(default=None, ge=0)
    kinds: list[FileKind] = Field(default_factory=_default_kinds, min_length=1)
    severity: Severity
    message: str = Field(min_length=1)
    stale_message: str = DEFAULT_STALE_MESSAGE
    kinds_message: str = DEFAULT_KINDS_MESSAGE
    kinds_severity: Severity = "warning"
    damaged_message: str = DEFAULT_DAMAGED_MESSAGE
    clause: str
    confidence: Confidence
    help: str | None = None

    @model_validator(mode="after")
    def _check(self) -> DocumentRequirement:
        if self.required == "conditional" and self.when is None:
            raise ValueError("поле «when»: для required = \"conditional\" нужно условие")
        allowed = TEMPLATE_VARS["document"]
        for name in ("message", "stale_message", "kinds_message", "damaged_message"):
            check_template(getattr(self, name), allowed, name)
        return self


def _answer(value: Any) -> Any:
    if isinstance(value, bool | str):
        return value
    raise ValueError("ожидается true, false или текст варианта ответа")


Answer = Annotated[bool | str, BeforeValidator(_answer)]


class Question(_Strict):
    """An eligibility question put to the enterprise.

    ``answer_type = "yes_no"`` takes true/false; ``"choice"`` one of ``choices``.
    An answer listed in ``disqualifying`` makes the applicant not eligible; one
    in ``clarify`` needs clarification; no answer to a ``required`` question
    needs clarification too.
    """

    id: str = Field(pattern=_ID_RE)
    text: str = Field(min_length=1)
    answer_type: Literal["yes_no", "choice"] = "yes_no"
    choices: list[str] | None = None
    disqualifying: list[Answer] = Field(default_factory=list)
    clarify: list[Answer] = Field(default_factory=list)
    required: bool = True
    severity: Severity
    message: str = Field(min_length=1)
    clarify_message: str = "Ответ «{answer}» на вопрос «{question}» требует уточнения"
    unanswered_message: str = "Нет ответа на вопрос «{question}»"
    clause: str
    confidence: Confidence
    help: str | None = None

    @model_validator(mode="after")
    def _check(self) -> Question:
        if self.answer_type == "yes_no":
            if self.choices is not None:
                raise ValueError(
                    "поле «choices»: варианты задаются только для answer_type = \"choice\""
                )
            for name in ("disqualifying", "clarify"):
                for ans in getattr(self, name):
                    if not isinstance(ans, bool):
                        raise ValueError(
                            f"поле «{name}»: для вопроса «да/нет» ожидается true или false, "
                            f"а указано {ans!r}"
                        )
        else:
            if not self.choices:
                raise ValueError(
                    "поле «choices»: для answer_type = \"choice\" нужен список вариантов"
                )
            for name in ("disqualifying", "clarify"):
                for ans in getattr(self, name):
                    if ans not in self.choices:
                        raise ValueError(
                            f"поле «{name}»: ответа {ans!r} нет среди вариантов «choices»"
                        )
        if not self.disqualifying and not self.clarify:
            raise ValueError(
                "поле «disqualifying»: укажите, какой ответ исключает участие (или «clarify»)"
            )
        allowed = TEMPLATE_VARS["question"]
        for name in ("message", "clarify_message", "unanswered_message"):
            check_template(getattr(self, name), allowed, name)
        return self


# --- the profile -----------------------------------------------------------------------

_VERSION_RE = r"^\d{1,6}(\.\d{1,6}){0,4}$"


def version_key(version: str) -> tuple[int, ...]:
    """``"2026.10"`` → ``(2026, 10)``: sorts versions numerically (2026.10 > 2026.9)."""
    return tuple(int(part) for part in version.split("."))


class Profile(_Strict):
    """One version of a grant program's requirements."""

    code: str = Field(pattern=_ID_RE)
    title: str = Field(min_length=1)
    version: str = Field(pattern=_VERSION_RE)
    effective_date: dt.date
    legal_basis: str = Field(min_length=1)
    confidence: Confidence
    notes: str | None = None
    questions: list[Question] = Field(default_factory=list)
    documents: list[DocumentRequirement] = Field(default_factory=list)
    rules: list[Rule] = Field(default_factory=list)

    @model_validator(mode="after")
    def _cross_check(self) -> Profile:
        problems: list[str] = []
        for section, ids in (
            ("questions", [q.id for q in self.questions]),
            ("documents", [d.code for d in self.documents]),
            ("rules", [r.id for r in self.rules]),
        ):
            seen: dict[str, int] = {}
            for index, ident in enumerate(ids):
                if ident in seen:
                    problems.append(
                        f"{section}[{index}] «{ident}»: повторяющийся идентификатор "
                        f"(уже есть в {section}[{seen[ident]}])"
                    )
                else:
                    seen[ident] = index
        codes = {d.code for d in self.documents}
        for index, rule in enumerate(self.rules):
            if isinstance(rule, DocumentPresentRule | DocumentFreshRule) and (
                rule.document not in codes
            ):
                known = ", ".join(sorted(codes)) or "нет документов"
                problems.append(
                    f"rules[{index}] «{rule.id}»: поле «document»: неизвестный код документа "
                    f"«{rule.document}»; в профиле есть: {known}"
                )
        if problems:
            raise ValueError("\n".join(problems))
        return self

    @property
    def version_key(self) -> tuple[int, ...]:
        return version_key(self.version)

    def document(self, code: str) -> DocumentRequirement | None:
        for doc in self.documents:
            if doc.code == code:
                return doc
        return None


# --- loading and Russian errors ----------------------------------------------------------

_TYPE_TEXT: dict[str, str] = {
    "string_type": "ожидается текст в кавычках",
    "int_type": "ожидается целое число",
    "int_parsing": "ожидается целое число",
    "int_from_float": "ожидается целое число (без дробной части)",
    "bool_type": "ожидается true или false",
    "bool_parsing": "ожидается true или false",
    "date_type": "ожидается дата вида 2026-01-31",
    "date_parsing": "ожидается дата вида 2026-01-31",
    "date_from_datetime_parsing": "ожидается дата вида 2026-01-31",
    "date_from_datetime_inexact": "ожидается дата без времени, вида 2026-01-31",
    "decimal_type": "ожидается число",
    "decimal_parsing": "ожидается число",
    "float_type": "ожидается число",
    "list_type": "ожидается список в квадратных скобках",
    "model_type": "ожидается таблица (раздел) TOML",
    "model_attributes_type": "ожидается таблица (раздел) TOML",
    "dict_type": "ожидается таблица (раздел) TOML",
    "missing": "обязательное поле не заполнено",
    "extra_forbidden": "неизвестное поле (проверьте написание)",
    "string_pattern_mismatch": "недопустимый формат",
    "union_tag_not_found": "не указан вид правила «kind»",
}


def _entry_label(data: Any, section: str, index: int) -> str:
    label = f"{section}[{index}]"
    try:
        item = data[section][index]
    except (KeyError, IndexError, TypeError):
        return label
    if isinstance(item, Mapping):
        ident = item.get("code" if section == "documents" else "id")
        if isinstance(ident, str) and ident:
            return f"{label} «{ident}»"
    return label


def _error_text(err: Mapping[str, Any]) -> str:
    kind = err.get("type", "")
    ctx = err.get("ctx") or {}
    if kind == "value_error":
        return str(ctx.get("error", "недопустимое значение"))
    if kind == "literal_error":
        return f"недопустимое значение {err.get('input')!r}; допустимы: {ctx.get('expected', '')}"
    if kind == "union_tag_invalid":
        return (
            f"неизвестный вид правила «{ctx.get('tag')}»; допустимы: {', '.join(RULE_KINDS)}"
        )
    if kind == "string_pattern_mismatch":
        value = err.get("input")
        return (
            f"недопустимое значение {value!r}: идентификатор — строчные латинские буквы, цифры, "
            "«_», «.», «-», начиная с буквы (версия — числа через точку, например 2026.1)"
        )
    if kind in ("string_too_short", "too_short"):
        return "значение не может быть пустым"
    if kind in ("string_too_long", "too_long"):
        return f"значение слишком длинное (не больше {ctx.get('max_length', '')} знаков)"
    if kind in ("greater_than_equal", "greater_than"):
        return f"ожидается число не меньше {ctx.get('ge', ctx.get('gt', ''))}"
    if kind in ("less_than_equal", "less_than"):
        return f"ожидается число не больше {ctx.get('le', ctx.get('lt', ''))}"
    return _TYPE_TEXT.get(kind, "недопустимое значение")


def translate_errors(exc: ValidationError, data: Any) -> list[str]:
    """pydantic errors → Russian lines ``rules[3] «id»: поле «max»: ожидается …``."""
    lines: list[str] = []
    for err in exc.errors(include_url=False):
        loc = list(err.get("loc", ()))
        parts: list[str] = []
        fields: list[str] = []
        i = 0
        if len(loc) >= 2 and loc[0] in ("questions", "documents", "rules") and isinstance(
            loc[1], int
        ):
            parts.append(_entry_label(data, str(loc[0]), loc[1]))
            i = 2
            if loc[0] == "rules" and i < len(loc) and loc[i] in RULE_KINDS:
                i += 1
        elif loc and loc[0] in ("questions", "documents", "rules") and len(loc) == 1:
            parts.append(str(loc[0]))
            i = 1
        for item in loc[i:]:
            if isinstance(item, int):
                if fields:
                    fields[-1] += f"[{item}]"
                else:
                    fields.append(f"[{item}]")
            elif item in ("bool", "int", "date", "str", "function-before[_float_to_decimal()]"):
                continue  # union member names pydantic adds to the location
            else:
                fields.append(str(item))
        text = _error_text(err)
        if fields:
            parts.append(f"поле «{'.'.join(fields)}»")
        if text.startswith("поле «") or "\n" in text:
            # a validator's own message already names the field or the entries
            for line in text.splitlines():
                lines.append(": ".join([*parts, line]) if parts else line)
            continue
        parts.append(text)
        lines.append(": ".join(parts))
    # the same problem may be reported once per union member
    return list(dict.fromkeys(lines))


def _syntax_message(exc: tomllib.TOMLDecodeError) -> str:
    match = re.search(r"line (\d+), column (\d+)", str(exc))
    if match:
        where = f"в строке {match.group(1)}, позиции {match.group(2)}"
    else:
        where = "в конце файла" if "end of document" in str(exc) else "в файле"
    return (
        f"ошибка синтаксиса TOML {where}: проверьте кавычки, знак «=», скобки и "
        "что ключи не повторяются"
    )


def parse_profile(data: Mapping[str, Any], *, source: str = "профиль") -> Profile:
    """Validate already-parsed TOML data. Raises :class:`ProfileError` (Russian)."""
    try:
        return Profile.model_validate(data)
    except ValidationError as exc:
        problems = translate_errors(exc, data)
        shown = problems[:25]
        more = len(problems) - len(shown)
        text = f"Профиль «{source}» содержит ошибки:\n" + "\n".join(f"— {p}" for p in shown)
        if more:
            text += f"\n… и ещё {more}"
        raise ProfileError(text, problems=problems) from None


def load_profile(path: Path) -> Profile:
    """Read and check a profile TOML file. Raises :class:`ProfileError` naming the file."""
    name = path.name
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ProfileError(f"Файл профиля «{path}» не найден", path=path) from None
    except OSError as exc:
        raise ProfileError(
            f"Файл профиля «{path}» не удалось прочитать ({exc.strerror or 'ошибка чтения'})",
            path=path,
        ) from None
    if len(raw) > MAX_PROFILE_BYTES:
        raise ProfileError(
            f"Файл профиля «{name}» слишком велик: больше {MAX_PROFILE_BYTES // 1000} КБ",
            path=path,
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProfileError(
            f"Файл профиля «{name}» не в кодировке UTF-8 (ошибочный байт в позиции {exc.start})",
            path=path,
        ) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = f"Файл профиля «{name}»: {_syntax_message(exc)}"
        raise ProfileError(message, path=path) from None
    try:
        return parse_profile(data, source=name)
    except ProfileError as exc:
        raise ProfileError(str(exc), path=path, problems=exc.problems) from None


def profile_json_schema() -> dict[str, Any]:
    """JSON Schema of the profile format (validation mode, aliases as written in TOML)."""
    schema = Profile.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Профиль программы поддержки (RCI Intake)"
    return schema


def render_profile_schema() -> str:
    return json.dumps(profile_json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_profile_schema(path: Path) -> None:
    """Write the JSON Schema of the profile format to *path* (UTF-8, stable order)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_profile_schema(), encoding="utf-8", newline="\n")
