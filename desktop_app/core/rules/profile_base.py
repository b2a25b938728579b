"""What every part of a program profile shares: value types, limits, the error,
the placeholder lists of message templates and the checks validators use."""

from __future__ import annotations

import string
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict

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
        description=(
            "код ОКПД2 по классификатору: группы цифр через точку, например 28.15, "
            "28.15.1, 28.15.10 или 28.15.10.000"
        ),
    ),
    "okved2": NamedFormat(
        regex=r"\d{2}(\.\d{1,2}(\.\d{1,2})?)?",
        description=(
            "код ОКВЭД2 по классификатору: группы цифр через точку, например 28, "
            "28.1, 28.15, 28.15.1 или 28.15.10"
        ),
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

ID_PATTERN = r"^[a-z][a-z0-9_.-]{0,63}$"


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


def check_field(path: str, kinds: Sequence[FieldKind] | None = None) -> str:
    spec = FIELDS.get(path)
    if spec is None:
        raise ValueError(
            f"неизвестное поле «{path}»; допустимы: {', '.join(FIELDS)}"
        )
    if kinds is not None and spec.kind not in kinds:
        raise ValueError(
            f"поле «{path}» ({spec.label}) не подходит для этой проверки: "
            f"ожидается поле вида {', '.join(KIND_NAMES[k] for k in kinds)}"
        )
    return path


KIND_NAMES: dict[str, str] = {
    "str": "текст", "bool": "да/нет", "date": "дата", "money": "сумма", "int": "число",
}
NUMERIC_KINDS: tuple[FieldKind, ...] = ("money", "int")


def _float_to_decimal(value: Any) -> Any:
    if isinstance(value, bool):
        raise ValueError("ожидается число, а не да/нет")
    if isinstance(value, float):
        return Decimal(repr(value))
    return value


ProfileDecimal = Annotated[Decimal, BeforeValidator(_float_to_decimal)]


class StrictModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
