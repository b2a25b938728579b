"""Finding installed profiles; installing a new one safely."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.resources import resource_path
from desktop_app.core.rules import (
    ProfileError,
    ProfileNotFoundError,
    ProfileRegistry,
    install_profile_file,
)

SHIPPED = resource_path("programs", "atd-reverse-engineering.toml")


def variant(tmp_path: Path, version: str, name: str, *, title: str | None = None) -> Path:
    text = SHIPPED.read_text(encoding="utf-8").replace(
        'version = "2026.1"', f'version = "{version}"'
    )
    if title:
        text = text.replace('title = "Грант АНО', f'title = "{title} АНО', 1)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_builtin_profiles_load() -> None:
    registry = ProfileRegistry.load()
    assert registry.errors == []
    assert "atd-reverse-engineering" in registry.codes()
    assert registry.latest("atd-reverse-engineering").version == "2026.1"


def test_extra_folder_latest_and_get(tmp_path: Path) -> None:
    extra = tmp_path / "profiles"
    extra.mkdir()
    variant(extra, "2026.10", "a.toml")
    variant(extra, "2026.9", "b.toml")
    registry = ProfileRegistry.load(extra)
    assert registry.versions("atd-reverse-engineering") == ["2026.1", "2026.9", "2026.10"]
    assert registry.latest("atd-reverse-engineering").version == "2026.10"
    assert registry.get("atd-reverse-engineering", "2026.9").version == "2026.9"
    assert [p.version for p in registry.all()] == ["2026.1", "2026.9", "2026.10"]
    with pytest.raises(ProfileNotFoundError, match=r"Версия 2027.1 .* не установлена"):
        registry.get("atd-reverse-engineering", "2027.1")
    with pytest.raises(ProfileNotFoundError, match="«other» не установлен"):
        registry.latest("other")


def test_broken_file_does_not_stop_others(tmp_path: Path) -> None:
    (tmp_path / "broken.toml").write_text("code = \n", encoding="utf-8")
    variant(tmp_path, "2026.2", "ok.toml")
    registry = ProfileRegistry.load(tmp_path)
    assert registry.latest("atd-reverse-engineering").version == "2026.2"
    assert len(registry.errors) == 1
    assert "broken.toml" in str(registry.errors[0])


def test_conflicting_same_version_in_extra_folder_is_reported(tmp_path: Path) -> None:
    variant(tmp_path, "2026.1", "clash.toml", title="Изменённый")
    registry = ProfileRegistry.load(tmp_path)
    assert registry.latest("atd-reverse-engineering").title.startswith("Грант")
    assert "уже есть" in str(registry.errors[0])


def test_install_checks_then_copies(tmp_path: Path) -> None:
    dest = tmp_path / "installed"
    src = variant(tmp_path, "2026.2", "new.toml")
    profile = install_profile_file(src, dest)
    assert profile.version == "2026.2"
    target = dest / "atd-reverse-engineering-2026.2.toml"
    assert target.read_bytes() == src.read_bytes()
    # the same content again is fine and changes nothing
    install_profile_file(src, dest)
    assert sorted(p.name for p in dest.iterdir()) == [target.name]
    assert ProfileRegistry.load(dest).latest("atd-reverse-engineering").version == "2026.2"


def test_install_refuses_same_version_with_other_content(tmp_path: Path) -> None:
    dest = tmp_path / "installed"
    install_profile_file(variant(tmp_path, "2026.2", "a.toml"), dest)
    other = variant(tmp_path, "2026.2", "b.toml", title="Другой")
    with pytest.raises(ProfileError, match=r"b.toml.*2026.2.*уже установлена.*другим"):
        install_profile_file(other, dest)
    shipped_clash = variant(tmp_path, "2026.1", "c.toml", title="Другой")
    with pytest.raises(ProfileError, match="уже установлена"):
        install_profile_file(shipped_clash, dest)
    assert sorted(p.name for p in dest.iterdir()) == ["atd-reverse-engineering-2026.2.toml"]


def test_install_refuses_broken_file_and_writes_nothing(tmp_path: Path) -> None:
    dest = tmp_path / "installed"
    src = variant(tmp_path, "2026.3", "bad.toml")
    src.write_text(src.read_text(encoding="utf-8").replace("max = 0.8", "max = 8"),
                   encoding="utf-8")
    with pytest.raises(ProfileError, match=r"«cofinancing.grant_share»: поле «max»"):
        install_profile_file(src, dest)
    assert not dest.exists() or list(dest.iterdir()) == []
