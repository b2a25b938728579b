"""Eligibility pre-screening: the profile's questions and an enterprise's answers.

Verdict, in order of precedence:

* ``not_eligible`` — at least one answer is listed in the question's
  ``disqualifying`` answers;
* ``needs_clarification`` — otherwise, if a required question has no answer,
  an answer is listed in ``clarify``, or an answer is not a valid one for the
  question (wrong type, unknown choice);
* ``eligible`` — otherwise.

Reasons follow the profile's question order. The result is a pydantic model;
``to_json()`` / ``EligibilityResult.from_json()`` keep it with a consultation.
Answers to unknown question ids are ignored.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from pydantic import BaseModel, ConfigDict

from .profile import Answer, Profile, Question
from .profile_base import Confidence, Severity

EligibilityVerdict = Literal["eligible", "not_eligible", "needs_clarification"]
ReasonKind = Literal["disqualifying", "clarification", "unanswered", "invalid"]

_YES = {"да", "yes", "true", "д", "y"}
_NO = {"нет", "no", "false", "н", "n"}


class EligibilityReason(BaseModel):
    """Why a question stands in the way (a finding tied to a question)."""

    model_config = ConfigDict(frozen=True)

    question: str
    """Question id."""
    kind: ReasonKind
    severity: Severity
    message: str
    clause: str
    confidence: Confidence
    answer: bool | str | None


class EligibilityResult(BaseModel):
    model_config = ConfigDict(frozen=True)

    profile_code: str
    profile_version: str
    verdict: EligibilityVerdict
    reasons: list[EligibilityReason]
    answers: dict[str, bool | str | None]
    """The answers the verdict was given on (for the consultation record)."""

    def to_json(self) -> str:
        return self.model_dump_json()

    @classmethod
    def from_json(cls, text: str | bytes) -> EligibilityResult:
        return cls.model_validate_json(text)


def answer_text(answer: bool | str | None) -> str:
    if answer is None:
        return "нет ответа"
    if isinstance(answer, bool):
        return "да" if answer else "нет"
    return answer


def _normalise(question: Question, answer: object) -> tuple[Answer | None, bool]:
    """(answer in the question's terms, valid?). ``None`` means unanswered."""
    if answer is None or (isinstance(answer, str) and answer.strip() == ""):
        return None, True
    if question.answer_type == "yes_no":
        if isinstance(answer, bool):
            return answer, True
        if isinstance(answer, str):
            folded = answer.strip().casefold()
            if folded in _YES:
                return True, True
            if folded in _NO:
                return False, True
        return None, False
    if isinstance(answer, str) and question.choices and answer in question.choices:
        return answer, True
    return None, False


def _vars(question: Question, answer: bool | str | None) -> dict[str, str]:
    return {"id": question.id, "question": question.text, "answer": answer_text(answer)}


def _render(template: str, variables: dict[str, str]) -> str:
    try:
        return template.format_map(variables)
    except (KeyError, ValueError, IndexError, AttributeError):
        return template


def _listed(answer: Answer, options: list[Answer]) -> bool:
    return any(answer == o and type(answer) is type(o) for o in options)


def evaluate_eligibility(
    profile: Profile, answers: Mapping[str, bool | str | None]
) -> EligibilityResult:
    """Judge the enterprise's answers against the profile's questions. Never raises."""
    reasons: list[EligibilityReason] = []
    kept: dict[str, bool | str | None] = {}
    for q in profile.questions:
        raw = answers.get(q.id)
        kept[q.id] = raw if isinstance(raw, bool | str) or raw is None else str(raw)
        answer, valid = _normalise(q, raw)

        def reason(kind: ReasonKind, severity: Severity, message: str,
                   q: Question = q, answer: Answer | None = answer) -> None:
            reasons.append(
                EligibilityReason(
                    question=q.id, kind=kind, severity=severity, message=message,
                    clause=q.clause, confidence=q.confidence, answer=answer,
                )
            )

        if not valid:
            expected = (
                "ожидается «да» или «нет»" if q.answer_type == "yes_no"
                else "ожидается один из вариантов: " + ", ".join(q.choices or ())
            )
            reason(
                "invalid", "warning",
                f"Ответ «{kept[q.id]}» на вопрос «{q.text}» не распознан: {expected}",
            )
        elif answer is None:
            if q.required:
                reason("unanswered", "warning", _render(q.unanswered_message, _vars(q, None)))
        elif _listed(answer, q.disqualifying):
            reason("disqualifying", q.severity, _render(q.message, _vars(q, answer)))
        elif _listed(answer, q.clarify):
            reason("clarification", "warning", _render(q.clarify_message, _vars(q, answer)))
    if any(r.kind == "disqualifying" for r in reasons):
        verdict: EligibilityVerdict = "not_eligible"
    elif reasons and any(r.kind != "disqualifying" for r in reasons):
        verdict = "needs_clarification"
    else:
        verdict = "eligible"
    return EligibilityResult(
        profile_code=profile.code, profile_version=profile.version,
        verdict=verdict, reasons=reasons, answers=kept,
    )


def passing_answers(profile: Profile) -> dict[str, bool | str]:
    """For every question, an answer under which it stands in nobody's way.

    What an applicant with no obstacle answers: «нет» to «is there a debt»,
    «да» to «is the component imported». Shown by ``eligibility --questions``
    and used to build sample answers.
    """
    answers: dict[str, bool | str] = {}
    for q in profile.questions:
        blocked = [*q.disqualifying, *q.clarify]
        options: list[Answer] = [False, True] if q.answer_type == "yes_no" else list(
            q.choices or ())
        for option in options:
            if not _listed(option, blocked):
                answers[q.id] = option
                break
    return answers

