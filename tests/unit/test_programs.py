"""Installing a new version of a program profile: checked first, administrator only, logged."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.core.db.models import AuditEntry, Role
from desktop_app.core.errors import InputError, PermissionDenied
from desktop_app.core.resources import resource_path
from desktop_app.core.rules import ProfileError
from desktop_app.core.services.context import Actor
from desktop_app.core.services.profiles import ProgramProfiles

SHIPPED = resource_path("programs", "atd-reverse-engineering.toml")


def _new_version(tmp_path: Path, version: str = "2099.1") -> Path:
    text = SHIPPED.read_text(encoding="utf-8")
    import re

    text, n = re.subn(r'(?m)^version\s*=\s*"[^"]+"', f'version = "{version}"', text, count=1)
    assert n == 1
    path = tmp_path / "новый-профиль.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_administrator_installs_a_newer_version(services, tmp_path: Path) -> None:
    profile = services.programs.install(_new_version(tmp_path))
    assert profile.version == "2099.1"
    assert services.programs.registry().latest("atd-reverse-engineering").version == "2099.1"
    with services.db.read() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "install_profile")).scalar()
    assert entry is not None and entry.new_values["version"] == "2099.1"


def test_consultant_may_not_install(services, tmp_path: Path) -> None:
    consultant = services.as_actor(Actor(None, "k", Role.CONSULTANT, "Консультант"))
    with pytest.raises(PermissionDenied, match="профилей программ"):
        consultant.programs.install(_new_version(tmp_path))
    assert services.programs.registry(reload=True).latest(
        "atd-reverse-engineering").version != "2099.1"


def test_broken_file_is_refused_and_nothing_installed(services, tmp_path: Path) -> None:
    bad = tmp_path / "битый.toml"
    bad.write_text('code = "x"\nversion = \n', encoding="utf-8")
    with pytest.raises(ProfileError, match=r"битый\.toml"):
        services.programs.install(bad)
    folder = services.profiles_dir
    assert not folder.exists() or not list(folder.glob("*.toml"))


def test_unknown_program_is_refused_in_russian(services) -> None:
    with pytest.raises(InputError, match="профиль программы «нет-такой» не установлен") as exc:
        services.programs.profile("нет-такой")
    assert "atd-reverse-engineering" in str(exc.value)


def test_missing_version_falls_back_to_the_newest_installed(services, tmp_path: Path) -> None:
    services.programs.install(_new_version(tmp_path))
    assert services.programs.profile("atd-reverse-engineering", "1900.1").version == "2099.1"
    assert services.programs.profile("atd-reverse-engineering", "2026.1").version == "2026.1"


def test_installed_version_is_seen_by_every_service_of_the_database(
    services, tmp_path: Path
) -> None:
    services.programs.registry()
    services.programs.install(_new_version(tmp_path))
    assert ProgramProfiles.of(services.ctx).profile("atd-reverse-engineering").version == "2099.1"
