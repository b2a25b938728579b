"""Enterprise import: all or nothing, every bad row named by row and column."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from desktop_app.core.db.models import AuditEntry, Enterprise
from desktop_app.core.errors import InputError
from desktop_app.core.services.enterprise_files import (
    COLUMN_TITLES,
    export_enterprises,
    import_enterprises,
    read_enterprise_file,
)

GOOD = [
    ("ИНН", "Наименование", "КПП", "ОГРН", "Адрес"),
    ("1234567894", "ООО «Пермские моторы»", "590401001", "1022200525819", "614000, г. Пермь"),
    ("7707083893", "ПАО «Уралхиммаш»", "", "", "г. Березники"),
    ("123456789047", "ИП Петров Пётр Петрович", "", "385768585948949", ""),
]


def write_csv(path: Path, rows, encoding="utf-8", delimiter=";") -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)
    return path


def write_xlsx(path: Path, rows) -> Path:
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def enterprises(services) -> list[tuple[str, str]]:
    with services.db.read() as s:
        return [
            tuple(r)
            for r in s.execute(
                select(Enterprise.inn, Enterprise.full_name).order_by(Enterprise.inn)
            )
        ]


def test_good_xlsx_imports_every_row(services, tmp_path: Path) -> None:
    report = import_enterprises(services, write_xlsx(tmp_path / "список.xlsx", GOOD))
    assert report.ok and report.imported == 3 and report.as_json()["errors"] == []
    assert ("1234567894", "ООО «Пермские моторы»") in enterprises(services)
    with services.db.read() as s:
        actions = list(s.execute(select(AuditEntry.action)).scalars())
    assert actions.count("create") == 3 and actions.count("import") == 1


def test_numbers_in_xlsx_keep_leading_zeros(services, tmp_path: Path) -> None:
    rows = [("inn", "name", "kpp"), (int("0274062111"), "ООО «Башкирия»", 27401001)]
    from desktop_app.core import identifiers as ids

    assert ids.check_inn("0274062111") is None
    report = import_enterprises(services, write_xlsx(tmp_path / "числа.xlsx", rows))
    assert report.ok, report.errors
    assert enterprises(services) == [("0274062111", "ООО «Башкирия»")]


@pytest.mark.parametrize(
    ("encoding", "delimiter"), [("cp1251", ";"), ("utf-8-sig", ","), ("utf-8", "\t")]
)
def test_csv_encodings_and_separators(services, tmp_path: Path, encoding, delimiter) -> None:
    path = write_csv(tmp_path / "список.csv", GOOD, encoding=encoding, delimiter=delimiter)
    report = import_enterprises(services, path)
    assert report.ok, report.errors
    assert ("123456789047", "ИП Петров Пётр Петрович") in enterprises(services)


def test_english_headers(services, tmp_path: Path) -> None:
    rows = [
        ("inn", "name", "short_name", "email"),
        ("1234567894", "Perm Motors LLC", "ПМ", "info@pm.ru"),
    ]
    assert import_enterprises(services, write_csv(tmp_path / "en.csv", rows)).ok
    assert services.enterprises.find_by_inn("1234567894").email == "info@pm.ru"


def test_bad_rows_are_all_listed_and_nothing_is_written(services, tmp_path: Path) -> None:
    rows = [
        *GOOD,
        ("1234567895", "ООО «Ошибка в ИНН»", "", "", ""),
        ("5902292103", "", "59020100", "", ""),
        ("1234567894", "Повтор", "", "", ""),
    ]
    report = import_enterprises(services, write_xlsx(tmp_path / "плохой.xlsx", rows))
    assert not report.ok and report.imported == 0
    data = report.as_json()
    assert data["rows"] == 6 and data["valid"] == 3
    got = {(e["row"], e["column"]) for e in data["errors"]}
    assert got == {(5, "ИНН"), (6, "Наименование"), (6, "КПП"), (7, "ИНН")}
    messages = {(e["row"], e["column"]): e["message"] for e in data["errors"]}
    assert "контрольная цифра" in messages[(5, "ИНН")]
    assert "строке 2" in messages[(7, "ИНН")]
    assert enterprises(services) == []
    with services.db.read() as s:
        assert s.execute(select(func.count()).select_from(AuditEntry)).scalar_one() == 0


def test_existing_inn_is_an_error_unless_update(services, tmp_path: Path) -> None:
    services.enterprises.create(
        {"full_name": "Старое имя", "inn": "1234567894", "phone": "+7 342 111-11-11"}
    )
    path = write_csv(tmp_path / "обновление.csv", GOOD[:2])
    report = import_enterprises(services, path)
    assert not report.ok and "уже есть в базе" in report.errors[0].message
    assert report.errors[0].row == 2
    report = import_enterprises(services, path, update=True)
    assert report.ok and report.updated == 1
    ent = services.enterprises.find_by_inn("1234567894")
    assert ent.full_name == "ООО «Пермские моторы»"
    assert ent.phone == "+73421111111", "columns absent from the file keep their values"


def test_dry_run_writes_nothing(services, tmp_path: Path) -> None:
    report = import_enterprises(services, write_csv(tmp_path / "a.csv", GOOD), dry_run=True)
    assert report.ok and report.dry_run and enterprises(services) == []


def test_cancel_writes_nothing(services, tmp_path: Path) -> None:
    calls = iter([False, True])
    report = import_enterprises(
        services, write_csv(tmp_path / "a.csv", GOOD), cancel=lambda: next(calls, True)
    )
    assert report.cancelled and not report.ok and enterprises(services) == []


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        ("пустой.csv", b"", "пустой"),
        ("только-заголовок.csv", "ИНН;Наименование\n".encode(), "нет строк с данными"),
        ("без-инн.csv", "Наименование;Адрес\nООО;Пермь\n".encode(), "нет столбца «ИНН»"),
        ("скан.pdf", b"%PDF-1.7\n...", "это PDF"),
        ("старый.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "XLS"),
        ("двоичный.csv", b"\x00\x01\x02\x03" * 10, "двоичные данные"),
        ("битый.xlsx", b"PK\x03\x04broken zip", "не удалось прочитать"),
    ],
)
def test_broken_files_get_a_clear_message(
    services, tmp_path: Path, name, content, fragment
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    try:
        report = import_enterprises(services, path)
    except InputError as exc:
        assert fragment in str(exc)
    else:
        assert not report.ok
        assert any(fragment in e.message for e in report.errors), report.errors
    assert enterprises(services) == []


def test_missing_file_and_folder(services, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="не найден"):
        read_enterprise_file(tmp_path / "нет.xlsx")
    with pytest.raises(InputError, match="папка"):
        read_enterprise_file(tmp_path)


def test_xlsx_bomb_is_refused_before_opening(services, tmp_path: Path) -> None:
    path = tmp_path / "бомба.xlsx"
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf,
        zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh,
    ):
        chunk = b"\0" * (1024 * 1024)
        for _ in range(600):
            fh.write(chunk)
    with pytest.raises(InputError, match="слишком большой объём"):
        read_enterprise_file(path)


def test_export_round_trip(services, tmp_path: Path) -> None:
    import_enterprises(services, write_xlsx(tmp_path / "in.xlsx", GOOD))
    assert export_enterprises(services, tmp_path / "out.xlsx") == 3
    book = load_workbook(tmp_path / "out.xlsx", read_only=True)  # open until closed
    try:
        rows = list(book.active.iter_rows(values_only=True))
    finally:
        book.close()
    assert rows[0][0] == "ИНН" and len(rows) == 4
    assert export_enterprises(services, tmp_path / "out.csv") == 3
    text = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert "ИП Петров Пётр Петрович" in text
    with pytest.raises(InputError, match=r"\.xlsx или \.csv"):
        export_enterprises(services, tmp_path / "out.txt")
    # exported files import again into an empty database
    from desktop_app.core.services.facade import open_services

    other = open_services(tmp_path / "other.sqlite3")
    try:
        assert import_enterprises(other, tmp_path / "out.xlsx").imported == 3
        assert import_enterprises(other, tmp_path / "out.csv", update=True).unchanged == 3
    finally:
        other.close()


@pytest.mark.sqlite_only  # a server's copies are its administrator's (test_server_backup)
def test_import_into_a_database_with_work_backs_it_up_first(services, tmp_path: Path) -> None:
    services.enterprises.create({"full_name": "Уже была", "inn": "5902292103"})
    assert import_enterprises(services, write_csv(tmp_path / "a.csv", GOOD)).ok
    copies = list(services.backups_dir.rglob("*before-import*.sqlite3")) if \
        services.backups_dir.exists() else []
    from desktop_app.core.services.backup import load_policy

    folder = load_policy(services).target_folder(services.db_path)
    copies += list(folder.rglob("*before-import*"))
    assert copies, "no copy was taken before the import"


def test_import_audit_names_each_card_and_the_log_verifies(services, tmp_path: Path) -> None:
    """Every imported card has its own «create» entry naming that card's id and values,
    and the event log still verifies end to end (the entries are written in bulk)."""
    from desktop_app.core.services.audit import verify_chain

    rows = [GOOD[0], *reversed(GOOD[1:]), ("7727563778", "ООО «Ноль\u200bширины»", "", "", "")]
    report = import_enterprises(services, write_xlsx(tmp_path / "список.xlsx", rows))
    assert report.ok and report.imported == 4
    with services.db.read() as s:
        cards = {inn: (ent_id, name) for ent_id, inn, name in s.execute(
            select(Enterprise.id, Enterprise.inn, Enterprise.full_name))}
        entries = list(s.execute(select(AuditEntry).where(AuditEntry.action == "create")
                                 .order_by(AuditEntry.id)).scalars())
        chain = verify_chain(s)
    assert chain.ok, chain
    assert [e.new_values["inn"] for e in entries] == [r[0] for r in rows[1:]]
    for e in entries:
        ent_id, name = cards[e.new_values["inn"]]
        assert e.entity_id == str(ent_id) and e.new_values["id"] == ent_id
        assert e.new_values["full_name"] == name
    assert cards["7727563778"][1] == "ООО «Нольширины»"  # the zero-width space is gone


def test_control_character_in_a_cell_is_named_and_nothing_is_written(
    services, tmp_path: Path
) -> None:
    rows = [GOOD[0], GOOD[1], ("7707083893", "ПАО\x07 «Уралхиммаш»", "", "", "")]
    report = import_enterprises(services, write_csv(tmp_path / "список.csv", rows))
    assert not report.ok and report.imported == 0
    assert [(e.row, e.column) for e in report.errors] == [(3, "Наименование")]
    assert "управляющий символ (код 0x0007)" in report.errors[0].message
    assert enterprises(services) == []


def test_a_long_import_is_counted_in_the_list_total_and_a_cancelled_one_is_not(
    services, tmp_path: Path
) -> None:
    from desktop_app.core import identifiers as ids
    from desktop_app.core.db.queries import table_count

    def sheet(name: str, first: int) -> Path:
        rows = [("ИНН", "Наименование")]
        rows += [(ids.make_inn10(f"5903{n:05d}"), f"ООО «Цех № {n}»")
                 for n in range(first, first + 150)]
        return write_xlsx(tmp_path / name, rows)

    def total() -> int:
        with services.db.read() as s:
            return table_count(s, "enterprises")

    assert import_enterprises(services, sheet("a.xlsx", 0)).imported == 150
    assert total() == 150 == len(enterprises(services))
    calls = iter([False])  # the whole file written, then cancelled before the commit
    report = import_enterprises(services, sheet("b.xlsx", 150), cancel=lambda: next(calls, True))
    assert report.cancelled and total() == 150 == len(enterprises(services))
    services.enterprises.create({"full_name": "ООО «Ещё одно»", "inn": "1234567894"})
    assert total() == 151 == len(enterprises(services))


def test_the_garbage_collector_runs_again_after_any_import(services, tmp_path: Path) -> None:
    import gc

    assert import_enterprises(services, write_xlsx(tmp_path / "a.xlsx", GOOD)).ok
    assert gc.isenabled()
    with pytest.raises(InputError):
        import_enterprises(services, tmp_path / "нет такого.xlsx")
    assert gc.isenabled()


def test_an_imported_card_is_stored_audited_and_found_as_one_typed_in(
    services, tmp_path: Path
) -> None:
    """The import's own path to the database (rows in bulk) keeps a card exactly as the
    card form does: the same stored values, the same audit values, found by search."""
    from desktop_app.core.db import search
    from desktop_app.core.services.audit import snapshot

    fields = {"inn": "1234567894", "full_name": "ООО «Пермские моторы»",
              "short_name": "Пермские моторы", "kpp": "590401001", "ogrn": "1022200525819",
              "phone": "8 (342) 123-45-67", "email": "info@pm.ru", "okved": "28.13",
              "size_category": "малое", "notes": "Ёмкость цеха"}
    header = [COLUMN_TITLES[k] for k in fields]
    report = import_enterprises(
        services, write_xlsx(tmp_path / "одна.xlsx", [header, list(fields.values())]))
    assert report.ok and report.imported == 1
    typed = services.enterprises.create({**fields, "inn": "7707083893", "ogrn": None,
                                         "kpp": "770701001", "size_category": "small"})
    with services.db.read() as s:
        imported = s.execute(select(Enterprise).where(Enterprise.inn == "1234567894")).scalar_one()
        by_hand = s.get(Enterprise, typed.id)
        assert by_hand is not None
        created = {e.entity_id: e.new_values for e in s.execute(
            select(AuditEntry).where(AuditEntry.action == "create")).scalars()}
        assert search.search_ids(s, "enterprise", "моторы 1234567894") == [imported.id]
        assert created[str(imported.id)] == snapshot(imported)
        assert created[str(by_hand.id)] == snapshot(by_hand)
    assert set(created[str(imported.id)]) == set(created[str(by_hand.id)])
    assert (imported.phone, imported.size_category, imported.region_code) == (
        "+73421234567", "small", "12")
    assert imported.search_key == search.enterprise_body(
        "ООО «Пермские моторы»", "Пермские моторы", "1234567894", "1022200525819", "590401001")


def test_a_card_is_stored_with_exactly_the_fields_the_form_checks() -> None:
    """The values written for a card are the checked model's fields, all of them, in
    their order (the bulk insert relies on it), the category as its stored code."""
    from desktop_app.core.services.enterprises import _values
    from desktop_app.core.services.schemas import EnterpriseIn

    every = {"full_name": "ООО «Пермские моторы»", "short_name": "ПМ", "inn": "1234567894",
             "kpp": "590401001", "ogrn": "1022200525819", "legal_address": "г. Пермь",
             "actual_address": "г. Пермь, ул. Ленина, 1", "region_code": "59",
             "okved": "28.13", "size_category": "medium", "website": "www.pm.ru",
             "phone": "+7 342 123-45-67", "email": "info@pm.ru", "director_name": "И. И. Иванов",
             "director_position": "директор", "notes": "строка\nвторая"}
    for data in (every, {"full_name": "ИП Петров", "inn": "123456789047"}):
        model = EnterpriseIn.model_validate(data)
        dumped = model.model_dump()
        if dumped["size_category"] is not None:
            dumped["size_category"] = dumped["size_category"].value
        assert _values(model) == dumped and list(_values(model)) == list(EnterpriseIn.model_fields)
    assert _values(EnterpriseIn.model_validate(every))["size_category"] == "medium"


def test_an_updating_import_changes_cards_as_the_card_form_does(services, tmp_path: Path) -> None:
    """Updating from a file (cards read and written in bulk): the changed fields with
    one more version, an «update» entry with just the old and new values, the search
    finding the new name and no longer the old one; an identical row changes nothing."""
    from desktop_app.core.db import search
    from desktop_app.core.services.audit import verify_chain

    renamed = services.enterprises.create(
        {"full_name": "ООО «Старое название»", "inn": "1234567894", "phone": "+7 342 111-11-11",
         "email": "old@pm.ru"})
    same = services.enterprises.create({"full_name": "ПАО «Уралхиммаш»", "inn": "7707083893",
                                        "phone": "+7 342 222-22-22"})
    by_hand = services.enterprises.create({"full_name": "ИП Петров Пётр Петрович",
                                           "inn": "123456789047", "phone": "+7 342 333-33-33"})
    rows = [("ИНН", "Наименование", "Телефон"),
            ("1234567894", "ООО «Пермские моторы»", "8 (342) 123-45-67"),
            ("7707083893", "ПАО «Уралхиммаш»", "+7 342 222-22-22"),
            ("123456789047", "ИП Петров Пётр Петрович", "+7 342 444-44-44")]
    report = import_enterprises(services, write_xlsx(tmp_path / "реестр.xlsx", rows), update=True)
    assert report.ok and (report.imported, report.updated, report.unchanged) == (0, 2, 1)
    # the same kind of change made through the card, for comparison
    twin = services.enterprises.create({"full_name": "ООО «Двойник»", "inn": "7727563778",
                                        "phone": "+7 342 333-33-33"})
    services.enterprises.update(twin.id, {"full_name": "ООО «Двойник»", "inn": "7727563778",
                                          "phone": "+7 342 444-44-44"})
    with services.db.read() as s:
        cards = {e.id: e for e in s.execute(select(Enterprise)).scalars()}
        updates = {e.entity_id: e for e in s.execute(
            select(AuditEntry).where(AuditEntry.action == "update")).scalars()}
        chain = verify_chain(s)
        found_new = search.search_ids(s, "enterprise", "моторы")
        found_old = search.search_ids(s, "enterprise", "старое")
    assert chain.ok, chain
    moved = cards[renamed.id]
    assert (moved.full_name, moved.phone, moved.email, moved.version) == (
        "ООО «Пермские моторы»", "+73421234567", "old@pm.ru", 2)
    assert moved.updated_by_id == services.actor.user_id
    assert moved.search_key == search.enterprise_body(
        "ООО «Пермские моторы»", None, "1234567894", None, None)
    assert cards[same.id].version == 1 and str(same.id) not in updates
    assert cards[by_hand.id].version == 2 == cards[twin.id].version
    entry = updates[str(renamed.id)]
    assert entry.entity_uuid == moved.uuid
    assert entry.old_values == {"full_name": "ООО «Старое название»", "phone": "+73421111111"}
    assert entry.new_values == {"full_name": "ООО «Пермские моторы»", "phone": "+73421234567"}
    assert updates[str(by_hand.id)].old_values == updates[str(twin.id)].old_values \
        == {"phone": "+73423333333"}
    assert updates[str(by_hand.id)].new_values == updates[str(twin.id)].new_values \
        == {"phone": "+73424444444"}
    assert found_new == [renamed.id] and found_old == []
