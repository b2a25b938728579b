"""The centre's profile and the referral letter defaults: administrator only, validated."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from test_package_service_data import World, build_world

from desktop_app.core.db.models import AuditEntry
from desktop_app.core.errors import InputError, PermissionDenied
from desktop_app.core.services.organization import DEFAULT_ADDRESSEE_POSITION


@pytest.fixture
def world(db_path: Path) -> Iterator[World]:
    w = build_world(db_path, with_org=False, with_settings=False)
    try:
        yield w
    finally:
        w.close()


PROFILE = {
    "full_name": "Автономная некоммерческая организация «РИЦ»",
    "postal_address": "614000, г. Пермь", "inn": "1234567894",
    "register_format": "ИСХ-{seq:03d}/{year}",
}


def test_profile_absent_then_saved_and_audited(world: World) -> None:
    assert world.consultant.organization.get() is None
    out = world.admin.organization.update(PROFILE)
    assert out.full_name == PROFILE["full_name"]
    assert out.missing_for_letter() == []
    again = world.admin.organization.update({**PROFILE, "phone": "+7 342 200 00 00"})
    assert again.id == out.id and again.phone == "+73422000000"
    with world.admin.db.read() as s:
        actions = s.execute(select(AuditEntry.action).where(
            AuditEntry.entity == "organization_profile").order_by(AuditEntry.id)).scalars().all()
    assert actions == ["create", "update"]
    assert world.consultant.organization.get() == again


def test_only_administrator_changes_profile(world: World) -> None:
    for sv in (world.consultant, world.supervisor):
        with pytest.raises(PermissionDenied, match="реквизитов центра"):
            sv.organization.update(PROFILE)
        with pytest.raises(PermissionDenied):
            sv.organization.update_package_settings({"addressee_name": "И.И. Иванову"})


def test_bad_values_named_in_russian(world: World) -> None:
    with pytest.raises(InputError) as exc:
        world.admin.organization.update({**PROFILE, "inn": "1234567895"})
    assert "ИНН" in str(exc.value)
    with pytest.raises(InputError) as exc:
        world.admin.organization.update({**PROFILE, "register_format": "ИСХ-{number}"})
    assert "[номер]" in str(exc.value) and "{" not in str(exc.value)
    assert world.admin.organization.get() is None  # nothing half-written


def test_register_format_used_for_numbers(world: World) -> None:
    from test_package_service_data import add_dossier

    world.admin.organization.update(PROFILE)
    world.admin.organization.update_package_settings(
        {"addressee_name": "И.И. Иванову", "salutation": "Уважаемый Иван Иванович!"})
    pkg = world.supervisor.packages.generate(add_dossier(world))
    assert pkg.number is not None and pkg.number.startswith("ИСХ-001/")


def test_package_settings_defaults_and_update(world: World) -> None:
    settings = world.consultant.organization.package_settings()
    assert settings.addressee_position == DEFAULT_ADDRESSEE_POSITION
    assert settings.addressee_name is None  # never invented
    saved = world.admin.organization.update_package_settings(
        {"addressee_name": "  И.И. Иванову ", "salutation": "Уважаемый Иван Иванович!"})
    assert saved.addressee_name == "И.И. Иванову"
    assert world.consultant.organization.package_settings().addressee_name == "И.И. Иванову"
    with pytest.raises(InputError, match="Адресат"):
        world.admin.organization.update_package_settings({"addressee_name": "x" * 300})
