"""Referral package service: what a supervisor, a consultant and an auditor would check."""

from __future__ import annotations

import hashlib
import io
import re
from pathlib import Path

import pytest
from blobhelp import alter_blob, remove_blob
from pypdf import PdfReader
from sqlalchemy import select
from test_package_service_data import (
    ADDRESSEE_NAME,
    ENTERPRISE_INN,
    ENTERPRISE_NAME,
    World,
    add_dossier,
    build_world,
)

from desktop_app.core.db.models import (
    AuditEntry,
    Consultation,
    Dossier,
    DossierStatusChange,
    OutgoingLetter,
)
from desktop_app.core.errors import InputError, PermissionDenied
from desktop_app.core.formatting import format_money, utcnow
from desktop_app.core.rules import evaluate_eligibility, passing_answers
from desktop_app.core.services.outgoing_register import initials_name


def pdf_text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return re.sub(r"\s+", " ", " ".join((p.extract_text() or "") for p in pages).replace(
        "\xa0", " "))


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def test_initials() -> None:
    assert initials_name("Петров Пётр Петрович") == "П.П. Петров"
    assert initials_name("Петров Пётр") == "П. Петров"
    assert initials_name("Петров") == "Петров"


def test_final_package_content_number_status_and_audit(world: World) -> None:
    did = add_dossier(world)
    pkg = world.supervisor.packages.generate(did)
    assert pkg.number is not None and re.fullmatch(r"РИЦ-\d{4}/0001", pkg.number)
    assert pkg.pages == page_count(pkg.pdf_bytes)
    text = pdf_text(pkg.pdf_bytes)
    assert ENTERPRISE_NAME in text
    assert ENTERPRISE_INN in text
    assert "1 234 567,89 ₽" in text
    assert format_money(500_000_000).replace("\xa0", " ") in text
    assert pkg.number in text
    assert ADDRESSEE_NAME in text
    assert "П.П. Петров" in text  # the signing supervisor
    assert "ПРОЕКТ" not in text
    data, _ = world.supervisor.packages.collect(did, draft=False, with_attachments=False)
    assert len(data.checklist) > 40
    for row in data.checklist:
        assert row.rule_id not in text, row.rule_id  # internal codes never reach paper
    assert "atd-reverse-engineering" not in text and "2026.1" not in text
    assert len(data.inventory) == 11
    for inv in data.inventory:
        assert inv.sha256 is not None and inv.sha256 in text.replace(" ", "")
        assert inv.file_name is not None
    with world.admin.db.read() as s:
        dossier = s.get(Dossier, did)
        assert dossier is not None and dossier.status == "referred"
        changes = s.execute(select(DossierStatusChange).where(
            DossierStatusChange.dossier_id == did)).scalars().all()
        assert [(c.from_status, c.to_status) for c in changes] == [("ready", "referred")]
        assert pkg.number in (changes[0].reason or "")
        audit = s.execute(select(AuditEntry).where(
            AuditEntry.action == "package_generated", AuditEntry.entity_id == str(did),
        )).scalars().all()
        assert len(audit) == 1
        assert audit[0].user_login == "boss"
        assert audit[0].new_values is not None
        assert audit[0].new_values["number"] == pkg.number
        assert audit[0].new_values["sha256"] == hashlib.sha256(pkg.pdf_bytes).hexdigest()
        letter = s.execute(select(OutgoingLetter)).scalar_one()
        assert letter.pdf_sha256 == hashlib.sha256(pkg.pdf_bytes).hexdigest()
        assert letter.pages == pkg.pages


def test_numbers_increase_and_reissue_keeps_first_pdf(world: World) -> None:
    did = add_dossier(world)
    first = world.supervisor.packages.generate(did)
    second = world.supervisor.packages.generate(did)  # re-issue of a referred dossier
    assert first.number is not None and first.number.endswith("/0001")
    assert second.number is not None and second.number.endswith("/0002")
    other = world.supervisor.packages.generate(add_dossier(world))
    assert other.number is not None and other.number.endswith("/0003")
    entries = world.consultant.packages.register_list()
    assert [e.number for e in entries] == [other.number, second.number, first.number]
    assert entries[-1].enterprise_name == "АО «ПЗГТУ»"
    assert entries[-1].signer_name == "П.П. Петров"
    assert first.entry is not None
    path = world.consultant.packages.open_register_pdf(first.entry.id)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == first.entry.pdf_sha256
    assert first.number in pdf_text(path.read_bytes())
    # the dossier moved to «referred» only once
    with world.admin.db.read() as s:
        changes = s.execute(select(DossierStatusChange).where(
            DossierStatusChange.dossier_id == did)).scalars().all()
        assert len(changes) == 1


def test_number_not_used_when_generation_fails(world: World) -> None:
    good = add_dossier(world)
    bad = add_dossier(world, break_total=True)
    with pytest.raises(InputError):
        world.supervisor.packages.generate(bad)
    pkg = world.supervisor.packages.generate(good)
    assert pkg.number is not None and pkg.number.endswith("/0001")


def test_altered_register_pdf_is_reported(world: World) -> None:
    pkg = world.supervisor.packages.generate(add_dossier(world))
    assert pkg.entry is not None and pkg.entry.pdf_sha256 is not None
    alter_blob(world.admin, pkg.entry.pdf_sha256)
    with pytest.raises(InputError, match="изменён"):
        world.supervisor.packages.open_register_pdf(pkg.entry.id)


def test_dossier_with_errors_is_refused(world: World) -> None:
    did = add_dossier(world, break_total=True)
    with pytest.raises(InputError) as exc:
        world.supervisor.packages.generate(did)
    assert "funding" in str(exc.value) or "ошибка" in str(exc.value)
    with world.admin.db.read() as s:
        assert s.execute(select(OutgoingLetter)).first() is None
        dossier = s.get(Dossier, did)
        assert dossier is not None and dossier.status == "ready"


def test_unacknowledged_warning_is_refused_and_acknowledged_passes(world: World) -> None:
    docs = tuple(d for d in __import__("test_package_service_data").REQUIRED_DOCS
                 if d != "analogue_evidence")
    did = add_dossier(world, docs=docs)
    with pytest.raises(InputError, match="предупреждение не подтверждено"):
        world.supervisor.packages.generate(did)
    acked = add_dossier(world, docs=docs, acknowledge=("document:analogue_evidence",))
    pkg = world.supervisor.packages.generate(acked)
    text = pdf_text(pkg.pdf_bytes)
    assert "Образец будет представлен позже" in text  # the reason is printed
    assert "М.П. Сидорова" in text  # who acknowledged it


def test_draft_dossier_must_be_marked_ready_first(world: World) -> None:
    did = add_dossier(world, status="draft")
    with pytest.raises(InputError, match="готовое к направлению"):
        world.supervisor.packages.generate(did)


def test_consultant_refused_final_but_gets_draft(world: World) -> None:
    did = add_dossier(world, break_total=True)  # a draft is allowed even with errors
    with pytest.raises(PermissionDenied, match="подписание направлений"):
        world.consultant.packages.generate(did)
    draft = world.consultant.packages.generate(did, draft=True)
    assert draft.entry is None and draft.number is None
    reader = PdfReader(io.BytesIO(draft.pdf_bytes))
    for page in reader.pages:
        assert "ПРОЕКТ" in (page.extract_text() or "")
    with world.admin.db.read() as s:
        assert s.execute(select(OutgoingLetter)).first() is None
        dossier = s.get(Dossier, did)
        assert dossier is not None and dossier.status == "ready"
        events = s.execute(select(AuditEntry).where(
            AuditEntry.action == "package_generated", AuditEntry.user_login == "cons"
        )).scalars().all()
        assert len(events) == 1 and events[0].new_values is not None
        assert events[0].new_values["draft"] is True


def test_attachments_add_exactly_their_pages(world: World) -> None:
    did = add_dossier(world, pages=3)
    plain = world.supervisor.packages.generate(did)
    bound = world.supervisor.packages.generate(did, with_attachments=True)
    assert bound.layout.attachment_pages == [3] * 11
    # the letter's note and the inventory's marks may grow; the other parts do not change
    extra = (bound.layout.letter_pages - plain.layout.letter_pages
             + bound.layout.part_pages["Опись приложений"]
             - plain.layout.part_pages["Опись приложений"])
    assert bound.pages == plain.pages + 33 + extra
    assert page_count(bound.pdf_bytes) == bound.pages
    # 4 parts + 11 documents: the letter refers to the inventory instead of listing them
    assert "Приложение: согласно описи на" in pdf_text(bound.pdf_bytes)
    assert "Приложение № 15 к письму от" in pdf_text(bound.pdf_bytes)


def test_reissue_answer_and_documents_sent_separately(world: World) -> None:
    did = add_dossier(world)
    first = world.supervisor.packages.generate(did)
    second = world.supervisor.packages.generate(did, options={
        "incoming_number": "15/3-АТР", "incoming_date": "2026-01-27",
        "separate_delivery": "заявителем через личный кабинет"})
    assert first.entry is not None and second.entry is not None
    text = pdf_text(second.pdf_bytes)
    when = first.entry.issued_at.astimezone().strftime("%d.%m.%Y")
    assert f"Взамен исх. № {first.number} от {when}" in text
    assert "На № 15/3-АТР от 27.01.2026" in text
    assert ("под № 5–15, к письму не подшиты и направляются отдельно заявителем через "
            "личный кабинет") in text
    assert "Взамен" not in pdf_text(first.pdf_bytes)
    assert "Пермский край" in text and "59 —" not in text  # the card names the region
    assert "заявку акционерного общества «Пермский завод газотурбинных установок»" in text


def test_missing_document_file_refuses_final_package(world: World) -> None:
    did = add_dossier(world)
    data, _ = world.supervisor.packages.collect(did, draft=True, with_attachments=False)
    sha = data.inventory[0].sha256
    assert sha is not None
    remove_blob(world.admin, sha)
    with pytest.raises(InputError):
        world.supervisor.packages.generate(did)
    with pytest.raises(InputError, match="отсутствует"):
        world.supervisor.packages.generate(did, draft=True, with_attachments=True)


def test_same_input_same_bytes(world: World) -> None:
    import datetime as dt

    did = add_dossier(world)
    at = dt.datetime(2026, 3, 5, 9, 30, tzinfo=dt.UTC)
    a, _att_a = world.supervisor.packages.collect(did, draft=False, with_attachments=False,
                                                 register_number="X/1", registered_at=at)
    b, _att_b = world.supervisor.packages.collect(did, draft=False, with_attachments=False,
                                                 register_number="X/1", registered_at=at)
    from desktop_app.core.reports import build_referral_package

    assert build_referral_package(a) == build_referral_package(b)


def test_contact_only_necessary_fields(world: World) -> None:
    did = add_dossier(world)
    data, _ = world.supervisor.packages.collect(did, draft=True, with_attachments=False)
    contact = data.enterprise.contact
    assert contact is not None
    assert set(contact.model_dump()) == {"name", "position", "phone", "email"}
    assert contact.name == "Петрова Анна Сергеевна"
    assert contact.phone == "+7 (342) 765-43-21"
    assert data.executor.name == "Сидорова Мария Петровна"
    assert len(data.consultations) == 3
    assert data.consultations[0].date >= data.consultations[-1].date


def test_consultation_history_limited_to_newest_50(world: World) -> None:
    did = add_dossier(world, consultations=55)
    data, _ = world.supervisor.packages.collect(did, draft=True, with_attachments=False)
    assert len(data.consultations) == 50
    assert data.consultations[0].topic == "Консультация по софинансированию 1"


def test_incomplete_centre_profile_refused(db_path: Path) -> None:
    w = build_world(db_path, with_org=False)
    try:
        did = add_dossier(w)
        with pytest.raises(InputError, match="Реквизиты центра") as exc:
            w.supervisor.packages.generate(did, draft=True)
        assert "ИНН" in str(exc.value) and "адрес" in str(exc.value)
    finally:
        w.close()


def test_no_addressee_name_refuses_final_draft_uses_placeholder(db_path: Path) -> None:
    w = build_world(db_path, with_settings=False)
    try:
        did = add_dossier(w)
        with pytest.raises(InputError, match="Письмо в Агентство") as exc:
            w.supervisor.packages.generate(did)
        assert "дательном падеже" in str(exc.value)
        draft = w.supervisor.packages.generate(did, draft=True)
        assert "И.О. Фамилии" in pdf_text(draft.pdf_bytes)
        # the addressee may be typed for one package
        pkg = w.supervisor.packages.generate(did, options={
            "addressee_name": "А.Б. Сергееву", "salutation": "Уважаемый Алексей Борисович!"})
        assert "А.Б. Сергееву" in pdf_text(pkg.pdf_bytes)
    finally:
        w.close()


def test_conclusion_pdf(world: World) -> None:
    profile = world.admin.programs.profile("atd-reverse-engineering")
    result = evaluate_eligibility(profile, passing_answers(profile))
    with world.admin.db.write() as s:
        with_result = Consultation(
            enterprise_id=world.enterprise_id, consultant_id=world.consultant_id,
            occurred_at=utcnow(), channel="visit", topic="Предварительная проверка",
            eligibility=result.model_dump(mode="json"))
        without = Consultation(
            enterprise_id=world.enterprise_id, consultant_id=world.consultant_id,
            occurred_at=utcnow(), channel="phone", topic="Вопрос")
        s.add_all([with_result, without])
        s.flush()
        ids = with_result.id, without.id
    pdf = world.consultant.packages.conclusion_pdf(ids[0])
    text = pdf_text(pdf)
    assert ENTERPRISE_NAME in text and ENTERPRISE_INN in text
    with pytest.raises(InputError, match="сначала проведите предварительную проверку"):
        world.consultant.packages.conclusion_pdf(ids[1])


def test_document_checklist_marks_received(world: World) -> None:
    docs = ("application_form", "charter")
    did = add_dossier(world, docs=docs)
    text = pdf_text(world.consultant.packages.document_checklist_pdf(did))
    profile = world.admin.programs.profile("atd-reverse-engineering")
    for req in profile.documents:
        assert req.title[:20] in text
    import datetime as dt

    assert dt.date.today().strftime("%d.%m.%Y") in text


def test_verify_authentic_package_then_a_changed_document(world: World, tmp_path: Path) -> None:
    did = add_dossier(world, pages=2)
    pkg = world.supervisor.packages.generate(did, with_attachments=True)
    assert pkg.entry is not None
    copy = tmp_path / "направление.pdf"
    copy.write_bytes(pkg.pdf_bytes)
    code = PdfReader(copy).metadata["/RciVerificationCode"]  # type: ignore[index]
    assert re.fullmatch(r"\d{4}-\d{4}-\d{4}", code)
    assert f"Код проверки подлинности: {code}" in pdf_text(pkg.pdf_bytes)
    when = pkg.entry.issued_at.astimezone().strftime("%d.%m.%Y")
    ok = world.consultant.packages.verify_file(copy)
    assert ok.authentic
    assert ok.summary == f"подлинный: исх. № {pkg.number} от {when}, документы не изменены"
    # one byte of one stored document changes: the check names it
    data, _ = world.supervisor.packages.collect(did, draft=False, with_attachments=False)
    victim = data.inventory[2]
    assert victim.sha256 is not None
    alter_blob(world.admin, victim.sha256)
    bad = world.consultant.packages.verify_file(copy)
    assert not bad.authentic
    assert f"документ «{victim.file_name}» изменён" in bad.summary
    # a file changed after printing is not the registered one
    copy.write_bytes(pkg.pdf_bytes.replace(b"/Producer", b"/Producex", 1))
    assert "отличается от экземпляра" in world.consultant.packages.verify_file(copy).summary


def test_verify_refuses_a_draft(world: World, tmp_path: Path) -> None:
    draft = world.consultant.packages.generate(add_dossier(world), draft=True)
    path = tmp_path / "проект.pdf"
    path.write_bytes(draft.pdf_bytes)
    with pytest.raises(InputError, match="нет кода проверки"):
        world.consultant.packages.verify_file(path)
    assert "Код проверки" not in pdf_text(draft.pdf_bytes)


def test_the_compliance_section_reads_as_sentences_for_the_agency(world: World) -> None:
    did = add_dossier(world)
    text = pdf_text(world.supervisor.packages.generate(did).pdf_bytes)
    start = text.index("Приложение № 3 к письму")
    section = text[start:text.index("Приложение № 4 к письму", start)]
    assert "Сведения заявки соответствуют требованиям" in section
    assert "Нормативное основание" in section
    # no doubts meant for the consultant, no Latin placeholders, no kopeck thresholds
    for wrong in ("по-видимому", "не подтвержд", "0,01 ₽", "0,00 ₽", "серьёзность"):
        assert wrong not in section, wrong
    assert not re.search(r"[A-Za-z]", section), re.findall(r"\S*[A-Za-z]\S*", section)
