"""The pre-screening conclusion and the enterprise's checklist as the reader gets them:
numbered once per check, dated with the document's own date, reproducible."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader
from test_package_service_data import ENTERPRISE_INN, World, add_dossier

from desktop_app.core.db.models import OutgoingLetter
from desktop_app.core.errors import PermissionDenied
from desktop_app.core.formatting import utcnow
from desktop_app.core.rules import passing_answers

PROGRAM = "atd-reverse-engineering"


def pdf_text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return re.sub(r"\s+", " ", " ".join((p.extract_text() or "") for p in pages).replace(
        "\xa0", " "))


def created(pdf: bytes) -> dt.datetime:
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta is not None and meta.creation_date is not None
    return meta.creation_date


def _consultation(world: World, next_step: str | None = "Принести устав") -> int:
    c = world.consultant.consultations.create({
        "enterprise_id": world.enterprise_id, "occurred_at": utcnow(), "channel": "visit",
        "topic": "Грант на обратный инжиниринг", "program_code": PROGRAM,
        "next_step": next_step,
    })
    return c.id


def _check(world: World, cid: int, **changes: bool) -> None:
    profile = world.consultant.programs.profile(PROGRAM)
    world.consultant.consultations.save_eligibility(
        cid, {**passing_answers(profile), **changes})


def test_conclusion_is_numbered_once_per_check_and_dated_with_it(world: World) -> None:
    cid = _consultation(world)
    _check(world, cid, serial_production=False)
    checked = world.consultant.consultations.get(cid)
    assert checked.eligibility_verdict == "needs_clarification"
    assert checked.eligibility_checked_at is not None
    day = checked.eligibility_checked_at.astimezone().strftime("%d.%m.%Y")

    first = world.consultant.packages.conclusion(cid)
    assert first.number is not None and re.fullmatch(r"РИЦ-\d{4}/0001", first.number)
    text = pdf_text(first.pdf_bytes)
    assert f"от {day} № {first.number}" in text
    assert f"Дата проверки {day}" in text
    assert "Вывод: требуется уточнение" in text
    # the questions and the answers in words, the basis with its mark
    assert "Является ли комплектующее изделие импортным" in text
    assert "Может ли предприятие организовать серийное производство" in text
    assert "Находится ли организация в процессе реорганизации" in text
    assert " да " in text and " нет " in text
    assert "[С] по сообщениям" in text and "[Д] допущение" in text
    assert "Принести устав" in text
    # nothing internal on paper
    for code in ("atd-reverse-engineering", "serial_production", "needs_clarification",
                 "tax_debt", "Профиль требований"):
        assert code not in text, code
    # the PDF is dated with the check
    assert created(first.pdf_bytes).strftime("%d.%m.%Y") == day
    assert created(first.pdf_bytes).year != 2000

    again = world.supervisor.packages.conclusion(cid)
    assert again.number == first.number
    assert again.pdf_bytes == first.pdf_bytes
    entries = [e for e in world.consultant.packages.register_list()
               if e.consultation_id == cid]
    assert [e.number for e in entries] == [first.number]
    assert entries[0].enterprise_name == "АО «ПЗГТУ»" and entries[0].dossier_id is None

    # the step is done and the check is made again: a new conclusion, a new number
    world.consultant.consultations.set_next_step_done(cid)
    _check(world, cid)
    second = world.consultant.packages.conclusion(cid)
    assert second.number is not None and second.number.endswith("/0002")
    text = pdf_text(second.pdf_bytes)
    assert "Вывод: может подать заявку" in text
    assert "Принести устав" not in text  # done: not printed as a step to do
    assert "Препятствий для подачи заявки не выявлено" in text
    assert "Подготовить заявку и комплект документов" in text
    with world.admin.db.read() as s:
        letters = s.query(OutgoingLetter).filter(OutgoingLetter.consultation_id == cid).all()
        assert sorted(x.number for x in letters) == [first.number, second.number]
        assert all(x.pdf_sha256 and x.pages for x in letters)


def test_a_conclusion_asking_for_clarification_says_what_to_do_next(world: World) -> None:
    cid = _consultation(world, next_step=None)
    _check(world, cid, consumer=False)
    text = pdf_text(world.consultant.packages.conclusion(cid, draft=True).pdf_bytes)
    assert "Вывод: требуется уточнение" in text
    assert "Уточнить у предприятия сведения, названные в основаниях вывода" in text
    assert "не требуется" not in text


def test_draft_conclusion_takes_no_number(world: World) -> None:
    cid = _consultation(world)
    _check(world, cid, imported_component=False)
    draft = world.supervisor.packages.conclusion(cid, draft=True)
    assert draft.number is None
    text = pdf_text(draft.pdf_bytes)
    assert "проект без номера" in text and "Вывод: не может подать заявку" in text
    assert "импортные комплектующие" in text
    assert world.supervisor.packages.register_list() == []
    assert world.supervisor.packages.conclusion(cid, draft=True).pdf_bytes == draft.pdf_bytes


def test_registering_someone_elses_conclusion_needs_the_right(world: World) -> None:
    from desktop_app.core.db.models import Role
    from desktop_app.core.services.context import Actor

    cid = _consultation(world)
    _check(world, cid)
    other = world.admin.as_actor(Actor(user_id=None, login="other", role=Role.CONSULTANT,
                                       full_name="Другой Консультант"))
    with pytest.raises(PermissionDenied):
        other.packages.conclusion(cid)
    assert world.supervisor.packages.conclusion(cid).number is not None
    # reprinting a registered conclusion is reading
    assert other.packages.conclusion(cid).number is not None


def test_checklist_marks_not_required_and_is_dated_with_the_dossier(world: World) -> None:
    did = add_dossier(world, docs=("application_form", "charter"))
    first = world.consultant.packages.document_checklist_pdf(did)
    text = pdf_text(first)
    # the director signs: no power of attorney is needed
    assert "не требуется" in text
    assert ENTERPRISE_INN in text
    assert "atd-reverse-engineering" not in text and "Профиль требований" not in text
    when = world.consultant.dossiers.get(did).updated_at.astimezone()
    assert f"на {when:%d.%m.%Y}" in text
    assert created(first).strftime("%d.%m.%Y") == f"{when:%d.%m.%Y}"
    assert created(first).year != 2000
    assert world.supervisor.packages.document_checklist_pdf(did) == first
