"""Erasing a contact person's personal data and the destruction act."""

from __future__ import annotations

import datetime as dt
import io
import json
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.core.errors import InputError, NotFoundError
from desktop_app.core.services.audit_export import AuditFilter, export_audit, fetch_entries, history
from desktop_app.core.services.facade import Services
from desktop_app.core.services.personal_data import ERASED_NAME, MASK, destruction_act_pdf


@pytest.fixture
def admin_name() -> str:
    """The administrator signs the destruction act: a real-looking name for it."""
    return "Козлова Мария Сергеевна"


def setup_person(sv: Services) -> tuple[int, int, int]:
    ent = sv.enterprises.create({"full_name": "АО «Пермский завод»", "inn": "1234567894"})
    person = sv.enterprises.add_contact(ent.id, {
        "last_name": "Кузнецов", "first_name": "Олег", "middle_name": "Игоревич",
        "position": "главный инженер", "phone": "+7 (342) 123-45-67",
        "email": "kuznetsov@example.ru", "legal_basis": "consent",
        "consent_date": dt.date(2025, 5, 5),
    })
    cons = sv.consultations.create({
        "enterprise_id": ent.id, "contact_id": person.id, "channel": "visit",
        "occurred_at": dt.datetime(2026, 1, 10, 9, tzinfo=dt.UTC), "topic": "Грант",
    })
    return ent.id, person.id, cons.id


def test_erasure_overwrites_personal_fields_and_keeps_references(admin: Services) -> None:
    ent, person, cons = setup_person(admin)
    result = admin.personal_data.erase_contact(
        person, reason="Отзыв согласия, заявление от 01.02.2026"
    )
    assert result.subject_name == "Кузнецов Олег Игоревич"
    assert result.categories == ["фамилия", "имя", "отчество", "должность", "номер телефона",
                                 "адрес электронной почты"]
    erased = admin.enterprises.contacts(ent, include_erased=True)[0]
    assert erased.last_name == ERASED_NAME
    assert (erased.first_name, erased.middle_name, erased.position, erased.phone,
            erased.email) == (None,) * 5
    assert erased.erased_at is not None
    assert admin.enterprises.contacts(ent) == []  # hidden from ordinary lists
    assert admin.consultations.get(cons).contact_id == person  # history still consistent
    with pytest.raises(NotFoundError):
        admin.enterprises.update_contact(person, {"last_name": "Снова"})
    with pytest.raises(InputError, match="уже уничтожены"):
        admin.personal_data.erase_contact(person, reason="ещё раз")


@pytest.mark.sqlite_only
def test_erasure_entry_keeps_field_names_not_values(admin: Services) -> None:
    _ent, person, _cons = setup_person(admin)
    admin.personal_data.erase_contact(person, reason="достигнута цель обработки")
    conn = sqlite3.connect(admin.db_path)
    row = conn.execute("SELECT new_values, old_values, reason FROM audit_log "
                       "WHERE action = 'erase_personal_data'").fetchone()
    contact_row = conn.execute("SELECT * FROM contact_persons").fetchone()
    conn.close()
    new = json.loads(row[0])
    assert new["erased_fields"] == ["last_name", "first_name", "middle_name", "position",
                                    "phone", "email"]
    assert row[1] in (None, "null") and row[2] == "достигнута цель обработки"
    assert "Кузнецов" not in row[0] and "example.ru" not in row[0]
    assert "Кузнецов" not in repr(contact_row) and "kuznetsov" not in repr(contact_row)


def test_earlier_entries_are_masked_in_viewer_history_and_export(
    admin: Services, tmp_path: Path
) -> None:
    _ent, person, _cons = setup_person(admin)
    admin.enterprises.update_contact(person, {"last_name": "Кузнецов", "first_name": "Олег",
                                              "phone": "+7 (342) 765-43-21",
                                              "legal_basis": "legitimate"})
    before = history(admin, "contact_person", person)
    assert before[0].new and before[0].new["last_name"] == "Кузнецов"
    admin.personal_data.erase_contact(person, reason="отзыв согласия")
    after = history(admin, "contact_person", person)
    assert [r.action for r in after] == ["create", "update", "erase_personal_data"]
    assert after[0].new and after[0].new["last_name"] == MASK and after[0].new["phone"] == MASK
    assert after[0].new["legal_basis"] == "consent"  # not personal: still shown
    assert after[1].old and after[1].old["phone"] == MASK
    export_audit(admin, tmp_path / "log.csv", AuditFilter(entity="contact_person"))
    text = (tmp_path / "log.csv").read_text(encoding="utf-8-sig")
    assert "Кузнецов" not in text and "765-43-21" not in text and "уничтожено" in text
    # the chain still verifies: nothing in the stored log was rewritten
    from desktop_app.core.services.maintenance import check_database

    assert check_database(admin, rehash_files=False).ok
    assert len(fetch_entries(admin, AuditFilter(action="erase_personal_data"))) == 1


def test_reason_is_required(admin: Services) -> None:
    _ent, person, _cons = setup_person(admin)
    with pytest.raises(InputError, match="Причина уничтожения"):
        admin.personal_data.erase_contact(person, reason="   ")
    assert admin.enterprises.contacts(_ent)[0].last_name == "Кузнецов"


def test_destruction_act_pdf_has_the_required_requisites(admin: Services, tmp_path: Path) -> None:
    _ent, person, _cons = setup_person(admin)
    result = admin.personal_data.erase_contact(person, reason="отзыв согласия субъектом")
    data = destruction_act_pdf(result, tmp_path / "act.pdf")
    assert (tmp_path / "act.pdf").read_bytes() == data
    reader = PdfReader(io.BytesIO(data))
    text = " ".join((page.extract_text() or "") for page in reader.pages)
    flat = " ".join(text.split())
    for expected in (f"АКТ № {result.act_number}", "об уничтожении персональных данных",
                     "Кузнецов Олег Игоревич", "АО «Пермский завод»", "номер телефона",
                     "отзыв согласия субъектом", "Козлова Мария Сергеевна",
                     "Выписка из журнала событий", "уничтожение персональных данных",
                     "Председатель комиссии", "RCI Intake"):
        assert expected in flat, expected
    admin.personal_data.record_act_printed(result, tmp_path / "act.pdf")
    prints = fetch_entries(admin, AuditFilter(action="print"))
    assert prints[0].new and prints[0].new["act"] == result.act_number
