"""The centre's details, enterprise cards and contact persons from the command line."""

from __future__ import annotations

from cli_helpers import Cli

ORG_INN = "5902293393"
INN = "7707083893"
OGRN = "1027700132195"
OTHER_INN = "1234567894"


def test_organization_show_and_set(centre: Cli) -> None:
    before = centre.json("organization", "show")
    assert before["organization"] is None
    assert before["letter"]["addressee_position"].startswith("Генеральному директору")

    refused = centre("organization", "set", "--full-name", "АНО «РИЦ»")
    assert refused.returncode == 1 and "Недостаточно прав" in refused.stderr

    bad = centre("organization", "set", "--full-name", "АНО «РИЦ»", "--inn", "5902293394",
                 "--salutation", "Уважаемый Иван Иванович!", user="admin")
    assert bad.returncode == 1 and "ИНН" in bad.stderr and "контрольн" in bad.stderr
    assert centre.json("organization", "show") == before  # nothing half-saved

    done = centre(
        "organization", "set", "--full-name", "АНО «Региональный инжиниринговый центр»",
        "--inn", ORG_INN, "--postal-address", "614000, г. Пермь, ул. Ленина, д. 1",
        "--addressee-name", "И.И. Иванову", "--salutation", "Уважаемый Иван Иванович!",
        "--signer-position", "Директор", user="admin",
    )
    assert done.returncode == 0, done.stderr
    assert "Полное наименование центра: АНО «Региональный инжиниринговый центр»" in done.stdout
    assert "Уважаемый Иван Иванович!" in done.stdout

    letter_only = centre("organization", "set", "--subject", "О направлении заявки",
                         "--postal-address", "", "--legal-address", "г. Пермь", user="admin")
    assert letter_only.returncode == 0, letter_only.stderr
    after = centre.json("organization", "show")
    org, letter = after["organization"], after["letter"]
    assert org["full_name"] == "АНО «Региональный инжиниринговый центр»"
    assert org["inn"] == ORG_INN and org["postal_address"] is None
    assert org["legal_address"] == "г. Пермь"
    assert letter["addressee_name"] == "И.И. Иванову"
    assert letter["signer_position"] == "Директор"
    assert letter["subject"] == "О направлении заявки"

    nothing = centre("organization", "set", user="admin")
    assert nothing.returncode == 1 and "ни одного поля" in nothing.stderr


def test_enterprise_add_show_update_list(centre: Cli) -> None:
    wrong = centre("enterprises", "add", "--inn", "7707083894", "--full-name", "ПАО «Ошибка»")
    assert wrong.returncode == 1
    assert "ИНН 7707083894: неверная контрольная цифра" in wrong.stderr
    several = centre("enterprises", "add", "--inn", "7707083894", "--full-name", "",
                     "--email", "почта")
    assert several.returncode == 1 and "ничего не записано" in several.stderr
    assert "Полное наименование" in several.stderr and "Электронная почта" in several.stderr
    assert centre.json("enterprises", "list") == []

    usage = centre("enterprises", "add", "--inn", INN, "--full-name", "ПАО", "--size-category",
                   "huge")
    assert usage.returncode == 2 and "недопустимое значение" in usage.stderr

    card = centre.json("enterprises", "add", "--inn", INN, "--full-name", "ПАО «Пример»",
                       "--kpp", "770701001", "--ogrn", OGRN, "--size-category", "large",
                       "--legal-address", "г. Москва, ул. Вавилова, д. 19")
    assert card["inn"] == INN and card["ogrn"] == OGRN and card["kpp"] == "770701001"
    assert card["size_category"] == "large" and card["region_code"] == "77"

    again = centre("enterprises", "add", "--inn", INN, "--full-name", "Другое")
    assert again.returncode == 1 and "уже есть в базе" in again.stderr

    assert centre.json("enterprises", "show", str(card["id"])) == card
    text = centre("enterprises", "show", INN)
    assert text.returncode == 0
    assert f"Предприятие № {card['id']}" in text.stdout and "ОГРН/ОГРНИП: " + OGRN in text.stdout
    missing = centre("enterprises", "show", OTHER_INN)
    assert missing.returncode == 1 and f"ИНН {OTHER_INN} не найдено" in missing.stderr

    updated = centre.json("enterprises", "update", INN, "--short-name", "Пример",
                          "--phone", "8 (342) 200-00-00", "--legal-address", "")
    assert updated["short_name"] == "Пример" and updated["phone"] == "+73422000000"
    assert updated["legal_address"] is None and updated["full_name"] == "ПАО «Пример»"
    bad = centre("enterprises", "update", INN, "--ogrn", "1027700132196")
    assert bad.returncode == 1 and "ОГРН" in bad.stderr
    assert centre.json("enterprises", "show", INN) == updated

    other = centre("enterprises", "add", "--inn", OTHER_INN, "--full-name",
                   "ООО «Тестовый завод»", "--short-name", "Тестовый завод")
    assert other.returncode == 0, other.stderr
    listed = centre.json("enterprises", "list")
    assert [e["short_name"] for e in listed] == ["Пример", "Тестовый завод"]
    assert [e["inn"] for e in centre.json("enterprises", "list", "--filter", "тестовый")] == [
        OTHER_INN]
    assert len(centre.json("enterprises", "list", "--limit", "1")) == 1
    plain = centre("enterprises", "list", "--filter", "несуществующее")
    assert plain.returncode == 0 and "Предприятия не найдены" in plain.stdout


def test_contacts_add_list(centre: Cli) -> None:
    inn = "500100732259"  # an individual entrepreneur
    assert centre("enterprises", "add", "--inn", inn, "--full-name",
                  "ИП Сидоров").returncode == 0
    no_date = centre("contacts", "add", "--enterprise", inn, "--last-name", "Сидоров",
                     "--legal-basis", "consent")
    assert no_date.returncode == 1 and "Дата согласия" in no_date.stderr
    assert centre.json("contacts", "list", "--enterprise", inn) == []

    person = centre.json("contacts", "add", "--enterprise", inn, "--last-name", "Сидоров",
                         "--first-name", "Пётр", "--position", "директор",
                         "--legal-basis", "consent", "--consent-date", "01.03.2025",
                         "--phone", "+7 342 111-22-33")
    assert person["full_name"] == "Сидоров Пётр" and person["legal_basis"] == "consent"
    assert person["consent_date"] == "2025-03-01" and person["phone"] == "+73421112233"

    listed = centre.json("contacts", "list", "--enterprise", inn)
    assert [c["id"] for c in listed] == [person["id"]]
    text = centre("contacts", "list", "--enterprise", inn)
    assert "Сидоров Пётр" in text.stdout and "согласие от 01.03.2025" in text.stdout

    unknown = centre("contacts", "add", "--enterprise", "9999", "--last-name", "Никто")
    assert unknown.returncode == 1 and "не найдено" in unknown.stderr
    bad_date = centre("contacts", "add", "--enterprise", inn, "--last-name", "Никто",
                      "--consent-date", "31.02.2025")
    assert bad_date.returncode == 2 and "ожидается дата" in bad_date.stderr


def test_contacts_remove_keeps_the_record(centre: Cli) -> None:
    inn = "6601000006"
    assert centre("enterprises", "add", "--inn", inn, "--full-name",
                  "ООО «Уральский станкозавод»").returncode == 0
    person = centre.json("contacts", "add", "--enterprise", inn, "--last-name", "Сидоров")
    other = centre.json("contacts", "add", "--enterprise", inn, "--last-name", "Орлова")

    done = centre("contacts", "remove", str(person["id"]), "--reason", "уволился")
    assert done.returncode == 0 and "удалено из карточки" in done.stdout
    assert [c["id"] for c in centre.json("contacts", "list", "--enterprise", inn)] == [
        other["id"]]

    again = centre("contacts", "remove", str(person["id"]))
    assert again.returncode == 1 and "уже удалено" in again.stderr
    unknown = centre("contacts", "remove", "9999")
    assert unknown.returncode == 1 and "не найдено" in unknown.stderr
    bad = centre("contacts", "remove", "первый")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
