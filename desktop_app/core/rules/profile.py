"""Program profiles: the profile model, its document requirements and questions.

A profile is a TOML file describing one version of a grant program: legal
basis, eligibility questions, document types and rules. Everything a check
rests on lives in it as data, with a ``clause`` and a ``confidence`` mark
(``verified`` / ``reported`` / ``assumed``).

The format is split by what each part describes: shared types, limits and
checks in :mod:`.profile_base`, conditions in :mod:`.conditions`, the rule
kinds in :mod:`.rule_kinds`, this module for the whole profile, and reading a
file (with Russian errors) plus the JSON Schema in :mod:`.profile_loading`.

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
the target) and ``{target}`` (field path); per kind (see :data:`.profile_base.TEMPLATE_VARS`):

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
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, model_validator

from .conditions import Condition
from .profile_base import (
    ID_PATTERN,
    TEMPLATE_VARS,
    Confidence,
    FileKind,
    Requirement,
    Severity,
    StrictModel,
    check_template,
)
from .rule_kinds import DocumentFreshRule, DocumentPresentRule, Rule

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


class DocumentRequirement(StrictModel):
    """A document type of the program and how it is required.

    ``required``: ``always`` — must be present; ``conditional`` — must be present
    when ``when`` holds (``when`` is obligatory); ``recommended`` — absence is
    reported with the requirement's ``severity`` (normally warning/info);
    ``optional`` — absence is never reported. Freshness, file kinds and
    damaged files are checked for every present document.
    """

    code: str = Field(pattern=ID_PATTERN)
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


class Question(StrictModel):
    """An eligibility question put to the enterprise.

    ``answer_type = "yes_no"`` takes true/false; ``"choice"`` one of ``choices``.
    An answer listed in ``disqualifying`` makes the applicant not eligible; one
    in ``clarify`` needs clarification; no answer to a ``required`` question
    needs clarification too.
    """

    id: str = Field(pattern=ID_PATTERN)
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


class Profile(StrictModel):
    """One version of a grant program's requirements."""

    code: str = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=1)
    version: str = Field(pattern=_VERSION_RE)
    effective_date: dt.date
    legal_basis: str = Field(min_length=1)
    legal_basis_note: str | None = None
    """What is known of the basis's reliability: shown to the consultant, never printed."""
    confidence: Confidence
    notes: str | None = None
    questions: list[Question] = Field(default_factory=list)
    documents: list[DocumentRequirement] = Field(default_factory=list)
    rules: list[Rule] = Field(default_factory=list)

    def legal_basis_for_consultant(self) -> str:
        """The basis with what is known of its reliability (for the screen, not for print)."""
        if not self.legal_basis_note:
            return self.legal_basis
        return f"{self.legal_basis}\n{self.legal_basis_note}"

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
