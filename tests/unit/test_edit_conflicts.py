"""Two people, one card: a save names the version it loaded; nothing is overwritten
silently; the one who saves second learns who changed the card and when."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from test_dossier_service import full_dossier, project
from test_package_service_data import World, build_world

from desktop_app.core.db.models import AuditEntry, Enterprise
from desktop_app.core.errors import ConflictError, EditConflict, UserError
from desktop_app.core.services.editing import conflict_message, differences, surname_initials
from desktop_app.core.services.facade import Services, open_services
from desktop_app.core.services.schemas import ConsultationIn, EnterpriseIn


@pytest.fixture
def two(db_path: Path) -> Iterator[tuple[World, Services]]:
    """The centre (admin, supervisor, consultant) and a second program window of the
    consultant «Сидорова Мария Петровна» on the same database."""
    world = build_world(db_path)
    other = open_services(db_path).as_actor(world.consultant.actor)
    try:
        yield world, other
    finally:
        other.close()
        world.close()


def card(ent: Any) -> dict[str, Any]:
    return {k: getattr(ent, k) for k in EnterpriseIn.model_fields}


def test_versions_start_at_one_and_grow_with_each_change(two: tuple[World, Services]) -> None:
    world, _other = two
    ent = world.admin.enterprises.get(world.enterprise_id)
    assert ent.version == 1
    same = world.admin.enterprises.update(ent.id, card(ent), expected_version=1)
    assert same.version == 1  # nothing changed, nothing to count
    changed = world.admin.enterprises.update(ent.id, card(ent) | {"phone": "+73422000001"},
                                             expected_version=1)
    assert changed.version == 2
    with world.admin.db.read() as s:
        assert s.get(Enterprise, ent.id).version == 2  # type: ignore[union-attr]


def test_second_save_of_an_enterprise_is_refused_with_who_and_when(
    two: tuple[World, Services],
) -> None:
    world, other = two
    mine = world.admin.enterprises.get(world.enterprise_id)        # admin opens the card
    theirs = other.enterprises.get(world.enterprise_id)            # so does the consultant
    other.enterprises.update(theirs.id, card(theirs) | {"phone": "+73422111111"},
                             expected_version=theirs.version)
    with pytest.raises(EditConflict) as caught:
        world.admin.enterprises.update(mine.id, card(mine) | {"notes": "Звонить после обеда"},
                                       expected_version=mine.version)
    exc = caught.value
    assert isinstance(exc, ConflictError) and isinstance(exc, UserError)
    now = dt.datetime.now().astimezone()
    text = str(exc)
    assert text.startswith("Карточку предприятия изменила Сидорова М. П. в ")
    assert f"{now:%H}:" in text or f"{(now - dt.timedelta(minutes=1)):%H}:" in text
    assert exc.theirs["phone"] == "+73422111111"
    assert exc.version == mine.version + 1
    # the admin's change was not written; the consultant's is there
    stored = other.enterprises.get(mine.id)
    assert stored.phone == "+73422111111" and stored.notes is None
    # what differs, field by field, in words
    diffs = differences(EnterpriseIn, exc.theirs, card(mine) | {"notes": "Звонить после обеда"})
    assert {d.label for d in diffs} == {"Телефон", "Примечания"}
    # «Перезаписать»: the admin saves over it, naming the version now stored
    over = world.admin.enterprises.update(mine.id, card(mine) | {"notes": "Звонить после обеда"},
                                          expected_version=exc.version)
    assert over.notes == "Звонить после обеда" and over.version == exc.version + 1
    assert over.phone == mine.phone  # «mine» as a whole, as the person chose


def test_consultation_conflict(two: tuple[World, Services]) -> None:
    world, other = two
    c = world.consultant.consultations.create({
        "enterprise_id": world.enterprise_id,
        "occurred_at": dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC), "channel": "phone",
        "topic": "Программа реинжиниринга"})
    data = {k: getattr(c, k) for k in ConsultationIn.model_fields}
    other.consultations.update(c.id, data | {"advice": "Собрать смету"},
                               expected_version=c.version)
    with pytest.raises(EditConflict, match=r"^Консультацию изменила Сидорова М\. П\."):
        world.consultant.consultations.update(c.id, data | {"outcome": "Придут в среду"},
                                              expected_version=c.version)
    assert world.admin.consultations.get(c.id).outcome is None


def test_dossier_edit_status_and_warning_are_checked(services: Services, tmp_path: Path) -> None:
    d = full_dossier(services, tmp_path)
    loaded = services.dossiers.get(d.id)
    services.dossiers.update_project(d.id, project(title="Новое название"),
                                     expected_version=loaded.version)
    with pytest.raises(EditConflict, match=r"^Досье изменил") as caught:
        services.dossiers.update_project(d.id, project(notes="моё"),
                                         expected_version=loaded.version)
    assert caught.value.theirs["title"] == "Новое название"
    warning = services.dossiers.validate(d.id).unacknowledged_warnings[0]
    with pytest.raises(EditConflict):
        services.dossiers.acknowledge_warning(d.id, warning, "Образец передан лично",
                                              expected_version=loaded.version)
    with pytest.raises(EditConflict):
        services.dossiers.change_status(d.id, "withdrawn", reason="передумали",
                                        expected_version=loaded.version)
    current = services.dossiers.get(d.id)
    assert current.status.value == "draft"
    services.dossiers.acknowledge_warning(d.id, warning, "Образец передан лично",
                                          expected_version=current.version)
    after_ack = services.dossiers.get(d.id)
    assert after_ack.version == current.version + 1
    moved = services.dossiers.change_status(d.id, "ready", expected_version=after_ack.version)
    assert moved.status.value == "ready" and moved.version == after_ack.version + 1


def test_without_a_signed_in_editor_the_audit_names_the_time(services: Services) -> None:
    ent = services.enterprises.create({"full_name": "ООО «Ромашка»", "inn": "7707083893"})
    services.enterprises.update(ent.id, card(ent) | {"phone": "+74951234567"})
    with pytest.raises(EditConflict) as caught:
        services.enterprises.update(ent.id, card(ent), expected_version=ent.version)
    with services.db.read() as s:
        last = s.execute(select(AuditEntry).where(AuditEntry.entity == "enterprise")
                         .order_by(AuditEntry.id.desc())).scalars().first()
    assert last is not None
    assert caught.value.changed_at == last.at
    assert "другой пользователь" in str(caught.value)


def test_message_wording() -> None:
    now = dt.datetime(2026, 3, 12, 12, 0, tzinfo=dt.UTC)
    at = now.replace(hour=11, minute=2)
    local = at.astimezone()
    text = conflict_message("enterprise", "Петрова Анна Сергеевна", at, now=now)
    assert text.startswith(f"Карточку предприятия изменила Петрова А. С. в {local:%H:%M}")
    earlier = conflict_message("dossier", "Петров Пётр Петрович", at - dt.timedelta(days=3),
                               now=now)
    day = local.date() - dt.timedelta(days=3)
    assert earlier.startswith(f"Досье изменил Петров П. П. {day:%d.%m.%Y} в ")
    assert conflict_message("consultation", "Кузнецова", at, now=now).startswith(
        "Консультацию изменил(а) Кузнецова в ")
    assert surname_initials("Иванов Иван") == "Иванов И."
    assert differences(ConsultationIn, {"channel": "phone"}, {"channel": "email"})[0].theirs \
        == "телефон"


def test_a_validation_after_the_edit_does_not_move_the_time_the_conflict_names(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop_app.core.formatting import utcnow
    from desktop_app.core.services import audit, dossiers

    d = full_dossier(services, tmp_path)
    loaded = services.dossiers.get(d.id)
    services.dossiers.update_project(d.id, project(title="Новое название"),
                                     expected_version=loaded.version)
    edited = services.dossiers.get(d.id)
    # the check is recorded two hours later; it changes none of the dossier's data
    later = utcnow() + dt.timedelta(hours=2)
    for module in (audit, dossiers):
        monkeypatch.setattr(module, "utcnow", lambda: later)
    services.dossiers.validate(d.id)
    monkeypatch.undo()
    assert services.dossiers.get(d.id).updated_at == edited.updated_at
    with pytest.raises(EditConflict) as caught:
        services.dossiers.update_project(d.id, project(notes="моё"),
                                         expected_version=loaded.version)
    assert caught.value.changed_at is not None
    assert abs(caught.value.changed_at - edited.updated_at) < dt.timedelta(minutes=1)
