"""Removing a contact person from the enterprise's card: the record is kept, marked with who
and when, hidden from the card and the pickers, and the event log says so in Russian."""

from __future__ import annotations

import pytest

from desktop_app.core.errors import InputError
from desktop_app.core.services.audit_export import history
from desktop_app.core.services.facade import Services


def _people(sv: Services) -> tuple[int, int, int]:
    ent = sv.enterprises.create({"full_name": "АО «Пермский завод»", "inn": "1234567894"})
    leaving = sv.enterprises.add_contact(ent.id, {"last_name": "Кузнецов", "first_name": "Олег"})
    staying = sv.enterprises.add_contact(ent.id, {"last_name": "Лебедева", "first_name": "Анна"})
    return ent.id, leaving.id, staying.id


def test_removed_contact_is_kept_but_hidden_and_logged(admin: Services) -> None:
    ent, leaving, staying = _people(admin)
    admin.enterprises.remove_contact(leaving, reason="уволился")

    assert [c.id for c in admin.enterprises.contacts(ent)] == [staying]
    assert [c.id for c in admin.lists.contact_choices(ent)] == [staying]
    kept = {c.id: c for c in admin.enterprises.contacts(ent, include_removed=True)}
    assert kept[leaving].last_name == "Кузнецов"        # not erased: the values stay
    assert kept[leaving].deleted_at is not None and kept[leaving].erased_at is None

    entry = history(admin, "contact_person", leaving)[-1]
    assert entry.action_label == "удаление контактного лица из карточки"
    assert entry.user_login == "admin" and entry.reason == "уволился"

    with pytest.raises(InputError, match="уже удалено"):
        admin.enterprises.remove_contact(leaving)
    with pytest.raises(InputError, match="удалено из карточки"):
        admin.enterprises.update_contact(leaving, {"last_name": "Снова"})
    # a dossier cannot name the removed person any more
    with pytest.raises(InputError, match="Контактное лицо"):
        admin.dossiers.create(ent, "atd-reverse-engineering", contact_id=leaving)


def test_who_removed_the_contact_is_recorded(admin: Services) -> None:
    _ent, leaving, _staying = _people(admin)
    admin.enterprises.remove_contact(leaving)
    with admin.ctx.read() as s:
        from desktop_app.core.db.models import ContactPerson

        person = s.get(ContactPerson, leaving)
        assert person is not None
        assert person.deleted_by_id == admin.ctx.actor.user_id
