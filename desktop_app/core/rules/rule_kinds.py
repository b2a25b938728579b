"""The kinds of rules a profile can state about a dossier (``[[rules]]``, by ``kind``).

Each kind checks its own fields when the profile is loaded; the rule engine
(:mod:`.engine`) applies them to a dossier's facts.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator

from .conditions import Condition
from .profile_base import (
    ID_PATTERN,
    MAX_REGEX_LENGTH,
    NAMED_FORMATS,
    NUMERIC_KINDS,
    TEMPLATE_VARS,
    Confidence,
    IdentifierKind,
    ProfileDecimal,
    Severity,
    StrictModel,
    check_field,
    check_template,
)


class _RuleBase(StrictModel):
    id: str = Field(pattern=ID_PATTERN)
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
    def _known_field(cls, v: str) -> str:
        return check_field(v)


def check_bounds(low: Decimal | int | None, high: Decimal | int | None, *, enabled: bool) -> None:
    """A bounds rule needs at least one bound while enabled, and ``min ≤ max``."""
    if low is not None and high is not None and low > high:
        raise ValueError(f"поле «min»: нижняя граница {low} больше верхней {high}")
    if enabled and low is None and high is None:
        raise ValueError(
            "не задана ни одна граница (min или max); если значение неизвестно, "
            "оставьте правило с enabled = false"
        )


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
    def _numeric_field(cls, v: str) -> str:
        return check_field(v, NUMERIC_KINDS)

    @model_validator(mode="after")
    def _bounds(self) -> NumberBoundsRule:
        check_bounds(self.min, self.max, enabled=self.enabled)
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
    def _numeric_field(cls, v: str) -> str:
        return check_field(v, NUMERIC_KINDS)

    @field_validator("min", "max")
    @classmethod
    def _unit(cls, v: Decimal | None) -> Decimal | None:
        if v is not None and (not v.is_finite() or v < 0 or v > 1):
            raise ValueError("ожидается число от 0 до 1")
        return v

    @model_validator(mode="after")
    def _bounds(self) -> RatioBoundsRule:
        check_bounds(self.min, self.max, enabled=self.enabled)
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
            check_field(path, ("money",))
        return v

    @field_validator("total")
    @classmethod
    def _money_field(cls, v: str) -> str:
        return check_field(v, ("money",))


class DateOrderRule(_RuleBase):
    """``first < second`` (``strict = true``, default) or ``first ≤ second``."""

    kind: Literal["date_order"]
    first: str
    second: str
    strict: bool = True

    @field_validator("first", "second")
    @classmethod
    def _date_field(cls, v: str) -> str:
        return check_field(v, ("date",))


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
    def _date_field(cls, v: str) -> str:
        return check_field(v, ("date",))

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
    def _text_field(cls, v: str) -> str:
        return check_field(v, ("str",))


class PatternRule(_RuleBase):
    """The whole value matches a named ``format`` (see :data:`NAMED_FORMATS`) or a ``regex``."""

    kind: Literal["pattern"]
    field: str
    format: str | None = None
    regex: str | None = Field(default=None, max_length=MAX_REGEX_LENGTH)
    expected: str | None = None

    @field_validator("field")
    @classmethod
    def _text_field(cls, v: str) -> str:
        return check_field(v, ("str",))

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
