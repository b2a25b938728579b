"""Every refusal of the input schemas gives a Russian message naming the field."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.errors import InputError
from desktop_app.core.services.schemas import (
    ConsultationIn,
    ContactPersonIn,
    CostLineIn,
    DossierProjectIn,
    EnterpriseIn,
    OrganizationProfileIn,
    UserIn,
    parse,
)

GOOD_ENTERPRISE = {"full_name": "ООО «Пермские моторы»", "inn": "1234567894"}


def refused(model: type, data: dict) -> list[tuple[str, str]]:
    with pytest.raises(InputError) as caught:
        parse(model, data)
    return [(p.field, str(p)) for p in caught.value.problems]


def test_good_enterprise_is_normalised() -> None:
    ent = parse(
        EnterpriseIn,
        {
            **GOOD_ENTERPRISE,
            "inn": " 1234567894 ",
            "kpp": "590401001",
            "phone": "8 (342) 123-45-67",
            "email": " info@motors.ru ",
            "full_name": "  ООО «Пермские моторы»  ",
        },
    )
    assert ent.inn == "1234567894"
    assert ent.full_name == "ООО «Пермские моторы»"
    assert ent.phone == "+73421234567"
    assert ent.email == "info@motors.ru"
    assert ent.region_code == "12"


@pytest.mark.parametrize(
    ("changes", "field", "fragment"),
    [
        ({"full_name": ""}, "full_name", "Полное наименование: обязательное поле не заполнено"),
        ({"full_name": "   "}, "full_name", "обязательное поле"),
        ({"inn": "1234567895"}, "inn", "неверная контрольная цифра"),
        ({"inn": ""}, "inn", "ИНН не указан"),
        ({"kpp": "12345"}, "kpp", "9 знаков"),
        ({"ogrn": "1022500001328"}, "ogrn", "13-я цифра"),
        ({"ogrn": "385768585948949"}, "ogrn", "ОГРН из 13 цифр"),
        ({"email": "почта"}, "email", "адрес электронной почты"),
        ({"phone": "12-34"}, "phone", "10 цифр"),
        ({"phone": "+7 342 abc"}, "phone", "не похоже на телефон"),
        ({"okved": "abc"}, "okved", "ОКВЭД"),
        ({"size_category": "huge"}, "size_category", "допустимо"),
        ({"region_code": "5"}, "region_code", "двузначный"),
        ({"website": "not a site"}, "website", "адрес сайта"),
        ({"full_name": "A" * 1001}, "full_name", "слишком длинный"),
        ({"full_name": "ООО\x00Ромашка"}, "full_name", "управляющий символ"),
        ({"notes": "ok\nstill ok\x07"}, "notes", "управляющий символ"),
        ({"unknown": "x"}, "unknown", "неизвестное поле"),
    ],
)
def test_enterprise_refusals(changes: dict, field: str, fragment: str) -> None:
    problems = refused(EnterpriseIn, {**GOOD_ENTERPRISE, **changes})
    assert any(f == field and fragment in text for f, text in problems), problems


def test_entrepreneur_has_no_kpp() -> None:
    problems = refused(
        EnterpriseIn, {"full_name": "ИП Петров", "inn": "123456789047", "kpp": "590401001"}
    )
    assert problems == [("kpp", "КПП: у индивидуального предпринимателя (ИНН из 12 цифр) КПП нет")]


def test_multiline_notes_keep_line_breaks() -> None:
    ent = parse(EnterpriseIn, {**GOOD_ENTERPRISE, "notes": "строка 1\nстрока 2\tтаб"})
    assert ent.notes == "строка 1\nстрока 2\tтаб"


def test_contact_person_consent_rules() -> None:
    assert parse(ContactPersonIn, {"last_name": "Иванова", "legal_basis": "legitimate"})
    problems = refused(ContactPersonIn, {"last_name": "Иванова", "legal_basis": "consent"})
    assert any("дату согласия" in t for _, t in problems)
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    problems = refused(
        ContactPersonIn,
        {"last_name": "Иванова", "legal_basis": "consent", "consent_date": tomorrow},
    )
    assert any(f == "consent_date" and "ещё не наступила" in t for f, t in problems)
    problems = refused(
        ContactPersonIn,
        {
            "last_name": "Иванова",
            "legal_basis": "consent",
            "consent_date": dt.date(2025, 5, 1),
            "withdrawn_date": dt.date(2025, 4, 1),
        },
    )
    assert any("раньше даты согласия" in t for _, t in problems)
    problems = refused(ContactPersonIn, {"last_name": ""})
    assert problems[0][0] == "last_name"


def _consultation(**changes: object) -> dict:
    base = {
        "enterprise_id": 1,
        "occurred_at": dt.datetime.now(dt.UTC),
        "channel": "phone",
        "topic": "Грант",
    }
    base.update(changes)
    return base


def test_consultation_refusals() -> None:
    assert parse(ConsultationIn, _consultation()).channel == "phone"
    assert any(f == "channel" for f, _ in refused(ConsultationIn, _consultation(channel="fax")))
    assert any(f == "topic" for f, _ in refused(ConsultationIn, _consultation(topic="")))
    future = dt.datetime.now(dt.UTC) + dt.timedelta(days=3)
    assert any(
        "в будущем" in t for _, t in refused(ConsultationIn, _consultation(occurred_at=future))
    )
    naive = dt.datetime(2025, 1, 1, 10, 0)
    assert any(
        "часовой пояс" in t for _, t in refused(ConsultationIn, _consultation(occurred_at=naive))
    )
    assert any(
        f == "duration_min" and "не меньше 0" in t
        for f, t in refused(ConsultationIn, _consultation(duration_min=-5))
    )
    assert any(
        "не сказано, что нужно сделать" in t
        for _, t in refused(ConsultationIn, _consultation(next_step_due=dt.date.today()))
    )
    assert any(
        f == "occurred_at" and "дата и время" in t
        for f, t in refused(ConsultationIn, _consultation(occurred_at="вчера"))
    )


def test_money_is_kopecks_and_never_negative() -> None:
    project = parse(
        DossierProjectIn,
        {"total_cost": "1 234 567,89", "grant_requested": "1000000.5", "own_funds": 500},
    )
    assert project.total_cost == 123456789
    assert project.grant_requested == 100000050
    assert project.own_funds == 500
    assert any(
        f == "own_funds" and "отрицательной" in t
        for f, t in refused(DossierProjectIn, {"own_funds": -1})
    )
    assert any(
        f == "total_cost" and "двух знаков" in t
        for f, t in refused(DossierProjectIn, {"total_cost": "10,123"})
    )
    assert any(
        f == "total_cost" and "не похоже на сумму" in t
        for f, t in refused(DossierProjectIn, {"total_cost": "десять"})
    )
    problems = refused(DossierProjectIn, {"cost_lines": [{"category": "Испытания"}]})
    assert problems[0][0].startswith("cost_lines.0") and "строка 1" in problems[0][1]
    assert parse(CostLineIn, {"category": "Оснастка", "amount": "10 000,00"}).amount == 1_000_000


def test_user_and_organization() -> None:
    assert (
        parse(UserIn, {"login": "ivanova", "full_name": "Иванова Анна Сергеевна"}).role
        == "consultant"
    )
    assert any("без пробелов" in t for _, t in refused(UserIn, {"login": "a b", "full_name": "X"}))
    org = parse(OrganizationProfileIn, {"full_name": "РИЦ Пермского края"})
    assert org.register_format.format(year=2026, seq=42) == "РИЦ-2026/0042"
    assert any(
        "[год] и [номер]" in t
        for _, t in refused(
            OrganizationProfileIn, {"full_name": "РИЦ", "register_format": "{name}-{seq}"}
        )
    )
