"""Names in running text: legal forms declined in lower case, surnames declined, „…“ in «…»."""

from __future__ import annotations

import pytest

from desktop_app.core.russian import decline_surname, name_in_case, nest_quotes


@pytest.mark.parametrize(
    ("name", "genitive", "dative"),
    [
        ("Акционерное общество «Пермский завод»", "акционерного общества «Пермский завод»",
         "акционерному обществу «Пермский завод»"),
        ("ПАО «Пермские моторы»", "публичного акционерного общества «Пермские моторы»",
         "публичному акционерному обществу «Пермские моторы»"),
        ("Общество с ограниченной ответственностью «Завод «Прогресс»»",
         "общества с ограниченной ответственностью «Завод „Прогресс“»",
         "обществу с ограниченной ответственностью «Завод „Прогресс“»"),
        ("ООО \"Завод \"Прогресс\"\"",
         "общества с ограниченной ответственностью «Завод „Прогресс“»",
         "обществу с ограниченной ответственностью «Завод „Прогресс“»"),
        ("Непубличное акционерное общество «Уралмаш»",
         "непубличного акционерного общества «Уралмаш»",
         "непубличному акционерному обществу «Уралмаш»"),
        ("Автономная некоммерческая организация «РИЦ»",
         "автономной некоммерческой организации «РИЦ»",
         "автономной некоммерческой организации «РИЦ»"),
        ("ФГУП «Звезда»", "федерального государственного унитарного предприятия «Звезда»",
         "федеральному государственному унитарному предприятию «Звезда»"),
        ("Индивидуальный предприниматель Иванов Иван Иванович",
         "индивидуального предпринимателя Иванова И.И.",
         "индивидуальному предпринимателю Иванову И.И."),
        ("ИП Петрова Анна Сергеевна", "индивидуального предпринимателя Петровой А.С.",
         "индивидуальному предпринимателю Петровой А.С."),
        ("Завод «Мотор»", "Завод «Мотор»", "Завод «Мотор»"),
    ],
)
def test_legal_form_in_lower_case_and_declined(name: str, genitive: str, dative: str) -> None:
    assert name_in_case(name, "gen") == genitive
    assert name_in_case(name, "dat") == dative


@pytest.mark.parametrize(
    ("surname", "female", "genitive", "dative"),
    [
        ("Иванов", False, "Иванова", "Иванову"),
        ("Иванова", True, "Ивановой", "Ивановой"),
        ("Пушкин", False, "Пушкина", "Пушкину"),
        ("Козловский", False, "Козловского", "Козловскому"),
        ("Козловская", True, "Козловской", "Козловской"),
        ("Толстой", False, "Толстого", "Толстому"),
        ("Горький", False, "Горького", "Горькому"),
        ("Гоголь", False, "Гоголя", "Гоголю"),
        ("Гайдай", False, "Гайдая", "Гайдаю"),
        ("Шмидт", False, "Шмидта", "Шмидту"),
        ("Шмидт", True, "Шмидт", "Шмидт"),
        ("Сковорода", False, "Сковороды", "Сковороде"),
        ("Шевченко", False, "Шевченко", "Шевченко"),
        ("Черных", True, "Черных", "Черных"),
        ("Римский-Корсаков", False, "Римского-Корсакова", "Римскому-Корсакову"),
    ],
)
def test_surnames(surname: str, female: bool, genitive: str, dative: str) -> None:
    assert decline_surname(surname, "gen", female=female) == genitive
    assert decline_surname(surname, "dat", female=female) == dative


def test_inner_quotes() -> None:
    assert nest_quotes("ООО «Завод «Прогресс»") == "ООО «Завод „Прогресс“»"
    assert nest_quotes("«А» и «Б»") == "«А» и «Б»"


def test_regions_by_code() -> None:
    from desktop_app.core.regions import REGIONS, region_label, region_name

    assert region_label("59") == "59 — Пермский край"
    assert region_name("2") == "Республика Башкортостан"
    assert region_label("77") == "77 — город Москва"
    assert region_label("00") == "00" and region_label(None) is None
    assert len(REGIONS) == 96 and all(len(code) == 2 for code in REGIONS)


def test_regions_admitted_in_2014_and_2022_and_merged_okrugs() -> None:
    from desktop_app.core.regions import region_label, region_name

    assert [region_label(code) for code in ("90", "91", "92", "93", "94", "95")] == [
        "90 — Запорожская область",
        "91 — Республика Крым",
        "92 — город Севастополь",
        "93 — Донецкая Народная Республика",
        "94 — Луганская Народная Республика",
        "95 — Херсонская область",
    ]
    # an INN issued in the Komi-Permyak okrug before 2005 is still a Perm enterprise's
    assert region_name("81") == "Коми-Пермяцкий автономный округ (ныне Пермский край)"
    assert region_name("86") == "Ханты-Мансийский автономный округ — Югра"
