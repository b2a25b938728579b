"""Проверка соответствия в пакете — для человека: сначала невыполненное с доказательствами."""

from __future__ import annotations

import datetime as dt
import io
import re

from pypdf import PdfReader
from sqlalchemy import select
from test_package_service_data import World, add_dossier
from test_reports_package import make_data

from desktop_app.core.db.models import Dossier, DossierDocument
from desktop_app.core.reports import build_referral_package_with_layout
from desktop_app.core.reports.models import ChecklistRow, CheckResult, Confidence, Severity
from desktop_app.core.reports.package import PART_COMPLIANCE, PART_CONSULTATIONS
from desktop_app.core.resources import resource_path
from desktop_app.core.rules.engine import condition_sentence, describe_condition, describe_rule
from desktop_app.core.rules.profile import Condition
from desktop_app.core.rules.profile_loading import load_profile

COMPARISON = re.compile(r"[<>=≥≤≠]")


def compliance_text(pdf: bytes) -> str:
    """The text of the compliance part alone (between its heading and the next part's)."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    full = " ".join((p.extract_text() or "") for p in pages).replace("\xa0", " ")
    flat = re.sub(r"\s+", " ", full)
    start = flat.rindex(PART_COMPLIANCE)
    return flat[start:flat.index(PART_CONSULTATIONS, start)]


def rows() -> list[ChecklistRow]:
    return [
        ChecklistRow(rule_id="document:charter", requirement="Устав",
                     result=CheckResult.PASSED, clause="Комплект документов: устав",
                     confidence=Confidence.ASSUMED),
        ChecklistRow(rule_id="enterprise.inn.valid", requirement="ИНН указан верно",
                     result=CheckResult.PASSED, clause="Контрольное число ИНН"),
        ChecklistRow(rule_id="document:power_of_attorney",
                     requirement="Доверенность на подписание заявки",
                     result=CheckResult.NOT_APPLICABLE,
                     condition="если заявку подписывает не руководитель"),
        ChecklistRow(rule_id="project.grant_requested.limits",
                     requirement="Размер запрашиваемого гранта в пределах, установленных "
                                 "программой",
                     result=CheckResult.NOT_APPLICABLE, unchecked=True),
        ChecklistRow(rule_id="document:analogue_evidence",
                     requirement="Сведения об иностранном аналоге",
                     result=CheckResult.WARNING, severity=Severity.WARNING,
                     message="Рекомендуется приложить сведения об аналоге",
                     acknowledgement_reason="Образец будет представлен позже",
                     acknowledged_by="М.П. Сидорова",
                     acknowledged_at=dt.datetime(2026, 11, 14, 10, 0, tzinfo=dt.UTC)),
        ChecklistRow(rule_id="cofinancing.own_share",
                     requirement="Собственные средства не меньше 20 % стоимости проекта",
                     result=CheckResult.FAILED,
                     message="Собственные средства 10 000,00 ₽ составляют 10 % стоимости "
                             "проекта 100 000,00 ₽, а нужно не меньше 20 %",
                     clause="Условия софинансирования", confidence=Confidence.VERIFIED),
        ChecklistRow(rule_id="document:egrul_extract", requirement="Выписка из ЕГРЮЛ",
                     result=CheckResult.FAILED,
                     message="Выписка из ЕГРЮЛ от 01.10.2026 — на дату подачи 15.11.2026 "
                             "ей 45 дн., допускается не более 30",
                     clause="Комплект документов: выписка из ЕГРЮЛ, не старше 30 дней"),
    ]


def test_failed_first_with_evidence_then_passed_then_what_was_not_checked() -> None:
    data = make_data().model_copy(update={"checklist": rows(), "legal_basis": "ПП РФ № 208"})
    pdf, _layout = build_referral_package_with_layout(data)
    text = compliance_text(pdf)
    for row in data.checklist:
        assert row.rule_id not in text
    assert "серьёзность" not in text.lower() and "ошибка" not in text.lower()
    assert not COMPARISON.search(text), COMPARISON.findall(text)
    # unmet requirements first (failed, then warned), the met ones after them
    order = [text.index(t) for t in (
        "10 % стоимости", "Выписка из ЕГРЮЛ от 01.10.2026", "Сведения об иностранном аналоге",
        "Приложены документы", "ИНН указан верно", "Не относятся к этой заявке",
        "Что программа проверить не смогла")]
    assert order == sorted(order)
    assert "на дату подачи 15.11.2026 ей 45 дн., допускается не более 30" in text
    assert "Образец будет представлен позже" in text and "М.П. Сидорова" in text
    assert "если заявку подписывает не руководитель" in text
    assert "размер запрашиваемого гранта в пределах" in text
    assert "не установлены" in text
    assert text.count("ПП РФ № 208") == 1  # the basis once
    assert text.count("Контрольное число ИНН") == 0  # passed checks are listed briefly


def test_profile_conditions_and_titles_read_as_sentences() -> None:
    profile = load_profile(resource_path("programs", "atd-reverse-engineering.toml"))
    whens = [d.when for d in profile.documents if d.when is not None]
    assert {condition_sentence(w) for w in whens} == {
        "если заявку подписывает не руководитель",
        "если проект софинансируется из собственных средств",
    }
    for rule in profile.rules:
        assert not COMPARISON.search(describe_rule(rule, profile)), rule.id
    generic = Condition.model_validate({"field": "project.total_cost", "op": "ge", "value": 100})
    assert describe_condition(generic) == "«Общая стоимость проекта» не меньше 1,00 ₽"


def test_service_package_prints_stale_extract_with_its_dates(world: World) -> None:
    did = add_dossier(world)
    with world.admin.db.write() as s:
        dossier = s.get(Dossier, did)
        assert dossier is not None and dossier.submission_date is not None
        submitted = dossier.submission_date
        extract = s.execute(select(DossierDocument).where(
            DossierDocument.dossier_id == did,
            DossierDocument.doc_type == "egrul_extract")).scalar_one()
        extract.issued_on = submitted - dt.timedelta(days=45)
    draft = world.consultant.packages.generate(did, draft=True)
    text = compliance_text(draft.pdf_bytes)
    issued = (submitted - dt.timedelta(days=45)).strftime("%d.%m.%Y")
    assert (f"Выписка из ЕГРЮЛ от {issued} — на дату подачи {submitted:%d.%m.%Y} ей 45 дн., "
            "допускается не более 30") in text
    assert text.index("Выписка из ЕГРЮЛ от") < text.index("Приложены документы")
    assert "длительность проекта не больше предельной" in text and "не установлены" in text
    assert not COMPARISON.search(text), COMPARISON.findall(text)
