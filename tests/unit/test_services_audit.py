"""Services write, and every write leaves an audit entry in the same transaction."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, text

from desktop_app.core.db.models import AuditEntry, Consultation, Enterprise
from desktop_app.core.errors import DuplicateError, InputError
from desktop_app.core.services.audit import verify_chain


def audit_rows(services) -> list[AuditEntry]:
    with services.db.read() as s:
        return list(s.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars())


def count(services, model) -> int:
    with services.db.read() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def make_enterprise(services, **extra):
    data = {"full_name": "ООО «Пермские моторы»", "inn": "1234567894", **extra}
    return services.enterprises.create(data)


def test_create_update_are_audited_with_old_and_new(services) -> None:
    ent = make_enterprise(services)
    services.enterprises.update(ent.id, {"full_name": "ООО «Пермские моторы-2»",
                                         "inn": "1234567894", "kpp": "590401001"})
    rows = audit_rows(services)
    assert [(r.action, r.entity, r.entity_id) for r in rows] == [
        ("create", "enterprise", str(ent.id)), ("update", "enterprise", str(ent.id))]
    assert rows[0].new_values["inn"] == "1234567894"
    assert rows[1].old_values == {"full_name": "ООО «Пермские моторы»", "kpp": None}
    assert rows[1].new_values == {"full_name": "ООО «Пермские моторы-2»", "kpp": "590401001"}
    assert rows[1].prev_hash == rows[0].hash


def test_update_without_changes_writes_nothing(services) -> None:
    ent = make_enterprise(services)
    services.enterprises.update(ent.id, {"full_name": "ООО «Пермские моторы»", "inn": "1234567894"})
    assert len(audit_rows(services)) == 1


def test_duplicate_inn_points_at_existing_record(services) -> None:
    ent = make_enterprise(services)
    with pytest.raises(DuplicateError) as caught:
        make_enterprise(services, full_name="Другое")
    assert caught.value.existing_id == ent.id
    assert f"карточка № {ent.id}" in str(caught.value)
    assert count(services, Enterprise) == 1
    assert len(audit_rows(services)) == 1


def test_failed_transaction_leaves_no_audit_entry(services) -> None:
    ent = make_enterprise(services)
    before = len(audit_rows(services))
    with pytest.raises(RuntimeError), services.ctx.write() as s:
        services.enterprises.create_in(s, __import__(
            "desktop_app.core.services.schemas", fromlist=["EnterpriseIn"]).EnterpriseIn(
                full_name="ООО «Второе»", inn="7707083893"))
        raise RuntimeError("сбой посреди записи")
    assert len(audit_rows(services)) == before
    assert count(services, Enterprise) == 1
    assert services.enterprises.get(ent.id).full_name == "ООО «Пермские моторы»"


def test_refused_input_changes_nothing(services) -> None:
    with pytest.raises(InputError):
        services.enterprises.create({"full_name": "", "inn": "1234567895"})
    assert count(services, Enterprise) == 0
    assert audit_rows(services) == []


def test_consultation_with_follow_up_and_contact(services) -> None:
    ent = make_enterprise(services)
    person = services.enterprises.add_contact(ent.id, {"last_name": "Иванова", "first_name": "Анна",
                                                       "phone": "+7 342 200-00-00"})
    c = services.consultations.create({
        "enterprise_id": ent.id, "contact_id": person.id, "occurred_at": dt.datetime.now(dt.UTC),
        "channel": "visit", "topic": "Требования программы", "next_step": "Прислать устав",
        "next_step_due": dt.date.today() + dt.timedelta(days=3)})
    assert not c.next_step_done
    done = services.consultations.set_next_step_done(c.id)
    assert done.next_step_done
    actions = [(r.action, r.entity) for r in audit_rows(services)]
    assert actions == [("create", "enterprise"), ("create", "contact_person"),
                       ("create", "consultation"), ("update", "consultation")]
    with services.db.read() as s:
        assert verify_chain(s).ok


def test_consultation_refuses_foreign_contact(services) -> None:
    a = make_enterprise(services)
    b = make_enterprise(services, inn="7707083893", full_name="ПАО «Другое»")
    person = services.enterprises.add_contact(b.id, {"last_name": "Петров"})
    with pytest.raises(InputError, match="не относится"):
        services.consultations.create({"enterprise_id": a.id, "contact_id": person.id,
                                       "occurred_at": dt.datetime.now(dt.UTC), "channel": "phone",
                                       "topic": "x"})
    assert count(services, Consultation) == 0


def test_search_is_case_and_yo_insensitive(services) -> None:
    from desktop_app.core.db import search

    ent = make_enterprise(services, full_name="Научный ЦЕНТР «Ёлка»")
    services.consultations.create({"enterprise_id": ent.id, "occurred_at": dt.datetime.now(dt.UTC),
                                   "channel": "phone", "topic": "Обратный ИНЖИНИРИНГ ёмкостей"})
    with services.db.read() as s:
        assert search.search_ids(s, "enterprise", "центр") == [ent.id]
        assert search.search_ids(s, "enterprise", "елка") == [ent.id]
        assert search.search_ids(s, "enterprise", "1234567") == [ent.id]
        assert search.search_ids(s, "consultation", "инжин емкост") == [1]
        assert search.search_ids(s, "consultation", "') OR 1=1 --") == []
    services.enterprises.update(ent.id, {"full_name": "Завод «Берёзка»", "inn": "1234567894"})
    with services.db.read() as s:
        assert search.search_ids(s, "enterprise", "центр") == []
        assert search.search_ids(s, "enterprise", "березка") == [ent.id]
        search.rebuild(s, "consultation")
        search.rebuild(s, "enterprise")
        assert search.search_ids(s, "enterprise", "березка") == [ent.id]
        assert search.search_ids(s, "consultation", "инжиниринг") == [1]
        if s.get_bind().dialect.name == "sqlite":
            assert s.execute(text("SELECT count(*) FROM consultation_fts WHERE consultation_fts "
                                  "MATCH 'инжиниринг'")).scalar() == 1


def test_entries_written_in_bulk_verify_and_read_back_as_given(services) -> None:
    """Entries appended together (an import) carry the same hashed content as entries
    appended one by one: awkward text, numbers, nesting and empty values included."""
    from desktop_app.core.services import audit

    odd = 'кавычки " и \\ обратная черта, таб\tи перевод\nстроки, ё, 🙂, \u00a0'
    items = [
        {"action": "create", "entity": "enterprise", "entity_id": 7, "entity_uuid": "u-1",
         "new": {"id": 7, "full_name": odd, "size_category": None, "n": 1.5, "ok": True}},
        {"action": "update", "entity": "enterprise", "entity_id": "7",
         "old": {"notes": None}, "new": {"notes": {"список": [1, "два", None]}},
         "reason": odd},
        {"action": "import", "entity": "enterprise"},
    ]
    with services.db.write() as s:
        audit.record_many(s, user_id=None, user_login="администратор «1»", items=items)
    rows = audit_rows(services)[-3:]
    assert [r.action for r in rows] == ["create", "update", "import"]
    assert rows[0].new_values["full_name"] == odd and rows[0].entity_id == "7"
    assert rows[1].new_values == {"notes": {"список": [1, "два", None]}}
    assert rows[1].reason == odd and rows[2].entity_id is None
    assert rows[2].old_values is None and rows[2].new_values is None
    assert all(audit.entry_hash(r) == r.hash for r in rows)
    with services.db.write() as s:  # one more, appended alone, with no old values either
        alone = audit.record(s, user_id=None, user_login=None, action="import",
                             entity="enterprise").id
    with services.db.read() as s:
        assert verify_chain(s).ok
        # an absent value is stored alike both ways (a query for it finds both or neither)
        empty = set(s.execute(select(AuditEntry.id).where(
            AuditEntry.old_values.is_(None))).scalars())
        assert (rows[0].id in empty) == (alone in empty)


def test_flat_values_written_in_bulk_hash_and_read_back_as_the_general_encoding(
    services,
) -> None:
    """An import's entries (flat text, whole numbers, empty values) take a shorter way
    to their JSON: it must be byte for byte the general encoding, or the chain breaks."""
    from desktop_app.core.db.models import SizeCategory
    from desktop_app.core.services import audit

    odd = 'кавычки " и \\ черта, таб\tи\nстрока, \x00\x1f\u2028, ё, 🙂, \u00a0'
    flat = {"я": odd, "id": -(10**30), "b": None, "A": "", "z": "%s {} %(x)s"}
    for value in (flat, {"k": 1}, {"ключ «1»": "знач"}, {"b": None, "a": 0}):
        assert audit._flat_text(value) == audit._ENCODER.encode(value)
    for other in ({}, {"ok": True}, {"n": 1.5}, {"x": [1]}, {"s": SizeCategory.SMALL}, {1: "a"}):
        assert audit._flat_text(other) is None
    items = [{"action": "create", "entity": "enterprise", "entity_id": i,
              "new": {**flat, "id": i, "size": SizeCategory.SMALL if i == 2 else None}}
             for i in range(1, 4)]
    with services.db.write() as s:
        audit.record_many(s, user_id=None, user_login="импорт", items=items)
    rows = audit_rows(services)[-3:]
    assert [r.new_values for r in rows] == [
        {**flat, "id": 1, "size": None}, {**flat, "id": 2, "size": "small"},
        {**flat, "id": 3, "size": None}]
    assert all(audit.entry_hash(r) == r.hash for r in rows)
    with services.db.read() as s:
        assert verify_chain(s).ok
