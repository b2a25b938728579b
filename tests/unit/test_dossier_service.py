"""Dossier services: create, edit, validate, warnings and the status workflow."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from docfixtures import pdf_bytes
from sqlalchemy import func, select

from desktop_app.core.db.models import AuditEntry, DossierStatus, DossierStatusChange, Role
from desktop_app.core.errors import ConflictError, InputError, PermissionDenied
from desktop_app.core.rules import passing_answers
from desktop_app.core.services.context import Actor
from desktop_app.core.services.dossier_workflow import TRANSITIONS, apply_status_in

PROGRAM = "atd-reverse-engineering"
TODAY = dt.date.today()
PASSWORD = "длинный-пароль-для-теста-2025"

# every document type whose requirement applies to the project below
REQUIRED_DOCS = [
    "application_form", "business_plan", "cost_estimate", "financial_statements",
    "tax_certificate", "egrul_extract", "charter", "authority_document",
    "cofinancing_guarantee", "consumer_letter",
]


def project(**over: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "submission_date": TODAY,
        "signatory_is_director": True,
        "title": "Разработка КД на уплотнение вала насоса",
        "component_name": "Уплотнение торцевое",
        "okpd2": "28.13.31.000",
        "foreign_analogue_name": "Seal X-100",
        "foreign_analogue_manufacturer": "Example GmbH",
        "foreign_analogue_country": "Германия",
        "target_industry": "Нефтехимия",
        "consumers": "ПАО «Пример»",
        "start_date": TODAY,
        "end_date": TODAY + dt.timedelta(days=540),
        "total_cost": "10000000.00",
        "grant_requested": "8000000.00",
        "own_funds": "2000000.00",
        "other_funds": "0",
        "serial_volume": 500,
        "serial_years": "2027–2029",
        "cost_lines": [
            {"category": "Оплата труда", "amount": "6000000.00"},
            {"category": "Материалы", "amount": "4000000.00"},
        ],
    }
    data.update(over)
    return data


def new_enterprise(sv: Any, **over: Any) -> Any:
    data = {"full_name": "Общество с ограниченной ответственностью «Тестовый завод»",
            "short_name": "ООО «Тестовый завод»", "inn": "1234567894", "kpp": "590401001",
            "ogrn": "1022200525819", "legal_address": "г. Пермь, ул. Тестовая, 1"}
    data.update(over)
    return sv.enterprises.create(data)


def pdf(tmp: Path, name: str, pages: int = 1) -> Path:
    path = tmp / name
    path.write_bytes(pdf_bytes(pages))
    return path


def full_dossier(sv: Any, tmp: Path, *, docs: list[str] | None = None, **over: Any) -> Any:
    ent = new_enterprise(sv)
    d = sv.dossiers.create(ent.id, PROGRAM, project=project(**over))
    for i, code in enumerate(REQUIRED_DOCS if docs is None else docs):
        sv.documents.attach(d.id, code, [pdf(tmp, f"{code}-{i}.pdf")], issued_on=TODAY)
    return d


def audit_rows(sv: Any, action: str) -> list[AuditEntry]:
    with sv.db.read() as s:
        return list(s.execute(select(AuditEntry).where(AuditEntry.action == action)
                              .order_by(AuditEntry.id)).scalars())


def test_create_get_update_validate(services: Any) -> None:
    sv = services
    ent = new_enterprise(sv)
    d = sv.dossiers.create(ent.id, PROGRAM)
    assert d.status == DossierStatus.DRAFT
    assert d.profile_version == "2026.1"
    assert d.enterprise_inn == "1234567894"
    d2 = sv.dossiers.update_project(d.id, project(), expected_updated_at=d.updated_at)
    assert d2.total_cost == 10_000_000_00
    assert [c.amount for c in d2.cost_lines] == [6_000_000_00, 4_000_000_00]
    # cost lines and fields audited together, as a list
    upd = audit_rows(sv, "update")[-1]
    assert upd.entity == "dossier"
    assert upd.new_values is not None
    assert upd.new_values["cost_lines"][1] == {
        "category": "Материалы", "description": None, "amount": 4_000_000_00}
    with pytest.raises(ConflictError):
        sv.dossiers.update_project(d.id, project(title="Другое"), expected_updated_at=d.updated_at)
    v = sv.dossiers.validate(d.id)
    assert v.profile_code == PROGRAM and v.profile_version == "2026.1"
    assert v.verdict == "not_ready"
    rules = {f.rule for f in v.report.errors}
    assert "document:charter" in rules
    assert "project.title.required" not in rules
    assert any(s.code == "charter" and not s.present for s in v.document_status)
    assert len(v.checklist) >= len(v.document_status)
    got = sv.dossiers.get(d.id)
    assert got.last_verdict == "not_ready"
    assert got.last_error_count == len(v.report.errors)
    assert audit_rows(sv, "validate")


def test_refusals_name_the_field(services: Any) -> None:
    sv = services
    ent = new_enterprise(sv)
    with pytest.raises(InputError, match="не установлен"):
        sv.dossiers.create(ent.id, "no-such-program")
    d = sv.dossiers.create(ent.id, PROGRAM)
    with pytest.raises(InputError) as exc:
        sv.dossiers.update_project(d.id, {"total_cost": "-5", "cost_lines": [{"category": "x"}]})
    fields = {p.field for p in exc.value.problems}
    assert "total_cost" in fields
    assert sv.dossiers.get(d.id).total_cost is None  # nothing written


def test_funding_error_blocks_ready(services: Any, tmp_path: Path) -> None:
    sv = services
    d = full_dossier(sv, tmp_path, grant_requested="9000000.00", own_funds="1000000.00")
    v = sv.dossiers.validate(d.id)
    assert "cofinancing.grant_share" in {f.rule for f in v.report.errors}
    with pytest.raises(InputError, match=r"cofinancing\.grant_share"):
        sv.dossiers.change_status(d.id, "ready")
    assert sv.dossiers.get(d.id).status == DossierStatus.DRAFT


def test_warning_must_be_acknowledged_then_full_workflow(services: Any, tmp_path: Path) -> None:
    sv = services
    d = full_dossier(sv, tmp_path)
    v = sv.dossiers.validate(d.id)
    assert v.report.errors == []
    warnings = v.unacknowledged_warnings
    assert "document:analogue_evidence" in warnings
    with pytest.raises(InputError, match="предупреждение не принято"):
        sv.dossiers.change_status(d.id, "ready")
    with pytest.raises(InputError, match="Причина"):
        sv.dossiers.acknowledge_warning(d.id, warnings[0], "   ")
    with pytest.raises(InputError, match="2000"):
        sv.dossiers.acknowledge_warning(d.id, warnings[0], "x" * 2001)
    with pytest.raises(InputError, match="нет предупреждения"):
        sv.dossiers.acknowledge_warning(d.id, "project.title.required", "так надо")
    for rule in warnings:
        sv.dossiers.acknowledge_warning(d.id, rule, f"Образец аналога передан лично ({rule})")
    ack = audit_rows(sv, "acknowledge_warning")
    assert ack[0].reason == f"Образец аналога передан лично ({warnings[0]})"
    assert sv.dossiers.validate(d.id).ready_blockers == []
    out = sv.dossiers.change_status(d.id, "ready", reason="Проверено")
    assert out.status == DossierStatus.READY
    # editing a ready dossier drops it back to draft, logged
    sv.dossiers.update_project(d.id, project(consumers="ПАО «Пример», АО «Другой»"))
    assert sv.dossiers.get(d.id).status == DossierStatus.DRAFT
    sv.dossiers.change_status(d.id, "ready")
    for new in ("referred", "submitted", "approved", "agreement"):
        sv.dossiers.change_status(d.id, new, effective_date=TODAY - dt.timedelta(days=1))
    hist = sv.dossiers.history(d.id)
    assert [h.to_status.value for h in hist] == [
        "draft", "ready", "draft", "ready", "referred", "submitted", "approved", "agreement"]
    assert hist[1].reason == "Проверено"
    assert hist[2].reason == "изменены данные проекта"
    assert hist[-1].effective_date == TODAY - dt.timedelta(days=1)
    with pytest.raises(InputError, match="нельзя перевести"):
        sv.dossiers.change_status(d.id, "draft")
    with pytest.raises(InputError, match="менять"):
        sv.dossiers.update_project(d.id, project())
    status_audit = audit_rows(sv, "status")
    assert status_audit[-1].new_values is not None
    assert status_audit[-1].new_values["status"] == "agreement"


def test_transition_table(services: Any, tmp_path: Path) -> None:
    """Every pair of statuses: allowed moves succeed, the others are refused."""
    sv = services
    d = full_dossier(sv, tmp_path)
    for rule in sv.dossiers.validate(d.id).unacknowledged_warnings:
        sv.dossiers.acknowledge_warning(d.id, rule, "принято")
    with sv.db.write() as s:
        from desktop_app.core.db.models import Dossier

        dossier = s.get(Dossier, d.id)
        assert dossier is not None
        for start in DossierStatus:
            for target in DossierStatus:
                dossier.status = start.value
                s.flush()
                if target in TRANSITIONS[start]:
                    apply_status_in(s, sv.ctx, dossier, target)
                    assert dossier.status == target.value
                else:
                    with pytest.raises(InputError):
                        apply_status_in(s, sv.ctx, dossier, target)
                    assert dossier.status == start.value
    assert TRANSITIONS[DossierStatus.DRAFT] == {DossierStatus.READY, DossierStatus.WITHDRAWN}
    assert DossierStatus.WITHDRAWN in TRANSITIONS[DossierStatus.REFERRED]
    assert TRANSITIONS[DossierStatus.APPROVED] == {DossierStatus.AGREEMENT}


def test_withdraw_acknowledgement_and_status_rows(services: Any, tmp_path: Path) -> None:
    sv = services
    d = full_dossier(sv, tmp_path)
    rules = sv.dossiers.validate(d.id).unacknowledged_warnings
    for rule in rules:
        sv.dossiers.acknowledge_warning(d.id, rule, "принято")
    sv.dossiers.change_status(d.id, "ready")
    sv.dossiers.withdraw_acknowledgement(d.id, rules[0])
    assert sv.dossiers.get(d.id).status == DossierStatus.DRAFT
    assert rules[0] in sv.dossiers.validate(d.id).unacknowledged_warnings
    with sv.db.read() as s:
        n = s.execute(select(func.count()).select_from(DossierStatusChange)).scalar_one()
    assert n == 3  # created, ready, back to draft


def test_ownership_and_reassign(services: Any, tmp_path: Path) -> None:
    sv = services
    admin = sv.users.create_first_admin({"login": "admin", "full_name": "Администратор"}, PASSWORD)
    a = sv.users.create({"login": "cons1", "full_name": "Иванов Иван Иванович",
                         "role": "consultant"}, PASSWORD)
    b = sv.users.create({"login": "cons2", "full_name": "Петров Пётр Петрович",
                         "role": "consultant"}, PASSWORD)
    boss = sv.users.create({"login": "boss", "full_name": "Сидорова Анна Сергеевна",
                            "role": "supervisor"}, PASSWORD)
    as_a = sv.as_actor(Actor(a.id, "cons1", Role.CONSULTANT, a.full_name))
    as_b = sv.as_actor(Actor(b.id, "cons2", Role.CONSULTANT, b.full_name))
    as_boss = sv.as_actor(Actor(boss.id, "boss", Role.SUPERVISOR, boss.full_name))
    ent = new_enterprise(as_a)
    d = as_a.dossiers.create(ent.id, PROGRAM)
    assert d.consultant_id == a.id
    with pytest.raises(PermissionDenied):
        as_b.dossiers.update_project(d.id, project())
    with pytest.raises(PermissionDenied):
        as_b.dossiers.reassign(d.id, b.id)
    as_boss.dossiers.update_project(d.id, project())
    moved = as_boss.dossiers.reassign(d.id, b.id)
    assert moved.consultant_id == b.id
    as_b.dossiers.update_project(d.id, project(title="Новое название"))
    assert admin.login == "admin"


def test_create_from_eligibility(services: Any) -> None:
    sv = services
    ent = new_enterprise(sv)
    c = sv.consultations.create({
        "enterprise_id": ent.id, "occurred_at": dt.datetime.now(dt.UTC) - dt.timedelta(hours=1),
        "channel": "visit", "topic": "Грант на обратный инжиниринг", "program_code": PROGRAM})
    with pytest.raises(InputError, match="предварительной проверки"):
        sv.dossiers.create_from_eligibility(c.id)
    profile = sv.consultations.eligibility_profile(c.id)
    assert profile.code == PROGRAM
    result = sv.consultations.save_eligibility(c.id, passing_answers(profile))
    assert result.verdict == "eligible"
    d = sv.dossiers.create_from_eligibility(c.id)
    assert (d.enterprise_id, d.consultation_id, d.program_code) == (ent.id, c.id, PROGRAM)
    assert sv.dossiers.history(d.id)[0].reason is not None
    listed = sv.dossiers.list(status="draft")
    assert [x.id for x in listed] == [d.id]


def test_unsaved_values_are_checked_without_saving(services: Any, tmp_path: Path) -> None:
    sv = services
    d = full_dossier(sv, tmp_path)
    saved_check = sv.dossiers.validate(d.id)
    assert "cofinancing.grant_share" not in {f.rule for f in saved_check.report.errors}
    stored = sv.dossiers.get(d.id)
    values = stored.project_input().model_dump()
    values["grant_requested"], values["own_funds"] = 9_000_000_00, 1_000_000_00
    v = sv.dossiers.check_unsaved(d.id, values)
    assert "cofinancing.grant_share" in {f.rule for f in v.report.errors}
    assert [s.present for s in v.document_status] == [
        s.present for s in saved_check.document_status]
    after = sv.dossiers.get(d.id)
    assert after.grant_requested == stored.grant_requested
    assert after.last_validated_at == stored.last_validated_at


def test_second_open_dossier_needs_a_reason_which_is_logged(services: Any) -> None:
    from desktop_app.core.services.dossiers import OpenDossierExists

    sv = services
    ent = new_enterprise(sv)
    first = sv.dossiers.create(ent.id, PROGRAM, project={"title": "КД на насос"})
    with pytest.raises(OpenDossierExists) as info:
        sv.dossiers.create(ent.id, PROGRAM)
    assert info.value.existing_id == first.id and info.value.title == "КД на насос"
    assert PROGRAM not in str(info.value)  # the programme by its name, not its code
    assert "по программе «" in str(info.value)
    with pytest.raises(OpenDossierExists):
        sv.dossiers.create(ent.id, PROGRAM, duplicate_reason="   ")
    assert len(sv.dossiers.list()) == 1
    second = sv.dossiers.create(ent.id, PROGRAM, duplicate_reason="второй проект: редуктор")
    assert second.id != first.id
    with sv.db.read() as s:
        entry = s.execute(select(AuditEntry).where(
            AuditEntry.entity == "dossier", AuditEntry.entity_id == str(second.id),
            AuditEntry.action == "create")).scalar_one()
    assert entry.reason is not None and "второй проект: редуктор" in entry.reason
    assert f"№ {first.id}" in entry.reason
    assert "редуктор" in str(sv.dossiers.history(second.id)[0].reason)
