"""Eligibility pre-screening verdicts on the shipped profile's questions."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.resources import resource_path
from desktop_app.core.rules import (
    EligibilityResult,
    Profile,
    check_profile_file,
    evaluate_eligibility,
    parse_profile,
    passing_answers,
)


@pytest.fixture(scope="module")
def shipped() -> Profile:
    return check_profile_file(resource_path("programs", "atd-reverse-engineering.toml"))


def all_no(profile: Profile) -> dict[str, bool | str | None]:
    """No obstacle: «нет» to the recipient requirements, «да» to the programme's questions."""
    return dict(passing_answers(profile))


def test_all_ok_is_eligible(shipped: Profile) -> None:
    result = evaluate_eligibility(shipped, all_no(shipped))
    assert result.verdict == "eligible"
    assert result.reasons == []
    assert result.profile_code == "atd-reverse-engineering"


def test_one_disqualifying_answer(shipped: Profile) -> None:
    answers = all_no(shipped) | {"tax_debt": True}
    result = evaluate_eligibility(shipped, answers)
    assert result.verdict == "not_eligible"
    (reason,) = result.reasons
    assert reason.question == "tax_debt"
    assert reason.kind == "disqualifying"
    assert reason.severity == "error"
    assert "п. 3 ст. 47 НК РФ" in reason.message
    assert "п. 2" in reason.clause and "1782" in reason.clause
    assert reason.confidence == "assumed"


def test_one_unanswered_needs_clarification(shipped: Profile) -> None:
    answers = all_no(shipped)
    del answers["disqualified_persons"]
    result = evaluate_eligibility(shipped, answers)
    assert result.verdict == "needs_clarification"
    (reason,) = result.reasons
    assert (reason.question, reason.kind) == ("disqualified_persons", "unanswered")
    assert reason.message.startswith("Нет ответа на вопрос «Включены ли руководитель")


def test_disqualifying_wins_over_unanswered(shipped: Profile) -> None:
    answers: dict[str, bool | str | None] = {"reorganization": True, "tax_debt": None}
    result = evaluate_eligibility(shipped, answers)
    assert result.verdict == "not_eligible"
    assert [r.question for r in result.reasons][:2] == ["reorganization", "tax_debt"]


def test_russian_yes_no_strings_and_garbage(shipped: Profile) -> None:
    answers = {qid: "да" if ok else "нет" for qid, ok in passing_answers(shipped).items()}
    assert evaluate_eligibility(shipped, answers).verdict == "eligible"
    answers["budget_debt"] = "Да"
    assert evaluate_eligibility(shipped, answers).verdict == "not_eligible"
    answers["budget_debt"] = "наверное"
    result = evaluate_eligibility(shipped, answers)
    assert result.verdict == "needs_clarification"
    assert result.reasons[0].kind == "invalid"
    assert "«наверное»" in result.reasons[0].message
    assert "ожидается «да» или «нет»" in result.reasons[0].message


def test_result_round_trips_through_json(shipped: Profile) -> None:
    result = evaluate_eligibility(shipped, all_no(shipped) | {"foreign_entity": True})
    text = result.to_json()
    assert "foreign_entity" in text
    again = EligibilityResult.from_json(text)
    assert again == result


def test_choice_question_with_clarification() -> None:
    profile = parse_profile({
        "code": "t", "title": "Т", "version": "1", "effective_date": dt.date(2026, 1, 1),
        "legal_basis": "Основание", "confidence": "reported",
        "questions": [{
            "id": "size", "text": "Категория предприятия?", "answer_type": "choice",
            "choices": ["малое", "среднее", "крупное", "иностранное"],
            "disqualifying": ["иностранное"], "clarify": ["малое"],
            "severity": "error", "message": "Категория «{answer}» не допускается",
            "clause": "п. 9", "confidence": "reported",
        }],
    })
    assert evaluate_eligibility(profile, {"size": "крупное"}).verdict == "eligible"
    small = evaluate_eligibility(profile, {"size": "малое"})
    assert small.verdict == "needs_clarification"
    assert small.reasons[0].kind == "clarification"
    foreign = evaluate_eligibility(profile, {"size": "иностранное"})
    assert foreign.verdict == "not_eligible"
    assert foreign.reasons[0].message == "Категория «иностранное» не допускается"
    assert evaluate_eligibility(profile, {"size": True}).verdict == "needs_clarification"
