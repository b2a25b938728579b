"""Installed program profiles: the shipped ones and the administrator's.

Shipped profiles live in ``resources/programs`` (found with
:func:`~desktop_app.core.resources.resource_path`); the administrator installs
more into a folder in the user data directory, which the caller passes in.
A broken file never stops the others from loading: it is kept in
:attr:`ProfileRegistry.errors` for the administrator to see.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..errors import UserError
from ..files import write_atomically
from ..resources import resource_path
from .profile import Profile, version_key
from .profile_base import ProfileError
from .profile_loading import load_profile


class ProfileNotFoundError(UserError, LookupError):
    """No profile with that code (or version); ``str()`` is the Russian message."""


def builtin_profiles_dir() -> Path:
    return resource_path("programs")


def check_profile_file(path: Path) -> Profile:
    """Load and check one profile file; raise :class:`ProfileError` (Russian) if broken."""
    return load_profile(Path(path))


def _same(a: Profile, b: Profile) -> bool:
    return a.model_dump(mode="json") == b.model_dump(mode="json")


def _profile_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.toml") if p.is_file())


class ProfileRegistry:
    """All usable profiles by (code, version)."""

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, str], Profile] = {}
        self._paths: dict[tuple[str, str], Path] = {}
        self.errors: list[ProfileError] = []

    @classmethod
    def load(cls, extra_dir: Path | None = None, *,
             builtin_dir: Path | None = None) -> ProfileRegistry:
        """Shipped profiles, then those in *extra_dir* (if given and present)."""
        registry = cls()
        folders = [builtin_dir or builtin_profiles_dir()]
        if extra_dir is not None:
            folders.append(extra_dir)
        for folder in folders:
            registry.add_files(_profile_files(folder))
        return registry

    def add_files(self, paths: Iterable[Path]) -> None:
        for path in paths:
            try:
                profile = load_profile(path)
            except ProfileError as exc:
                self.errors.append(exc)
                continue
            try:
                self.add(profile, path)
            except ProfileError as exc:
                self.errors.append(exc)

    def add(self, profile: Profile, path: Path | None = None) -> None:
        key = (profile.code, profile.version)
        existing = self._by_key.get(key)
        if existing is not None:
            if _same(existing, profile):
                return
            where = self._paths.get(key)
            raise ProfileError(
                f"Файл профиля «{path.name if path else profile.code}»: версия {profile.version} "
                f"профиля «{profile.code}» уже есть"
                + (f" в файле «{where.name}»" if where else "")
                + " с другим содержимым; увеличьте номер версии",
                path=path,
            )
        self._by_key[key] = profile
        if path is not None:
            self._paths[key] = path

    def all(self) -> list[Profile]:
        """Every profile, by code then version (oldest first)."""
        return sorted(self._by_key.values(), key=lambda p: (p.code, p.version_key))

    def codes(self) -> list[str]:
        return sorted({code for code, _v in self._by_key})

    def versions(self, code: str) -> list[str]:
        return sorted((v for c, v in self._by_key if c == code), key=version_key)

    def latest(self, code: str) -> Profile:
        versions = self.versions(code)
        if not versions:
            raise ProfileNotFoundError(f"Профиль программы «{code}» не установлен")
        return self._by_key[(code, versions[-1])]

    def get(self, code: str, version: str) -> Profile:
        profile = self._by_key.get((code, version))
        if profile is None:
            known = ", ".join(self.versions(code)) or "нет ни одной"
            raise ProfileNotFoundError(
                f"Версия {version} профиля программы «{code}» не установлена "
                f"(установлены: {known})"
            )
        return profile

    def path_of(self, profile: Profile) -> Path | None:
        return self._paths.get((profile.code, profile.version))


def install_profile_file(src: Path, dest_dir: Path, *,
                         builtin_dir: Path | None = None) -> Profile:
    """Check *src* and copy it into *dest_dir* as ``<code>-<version>.toml``.

    Refuses (``ProfileError``) a broken file, or a version already installed
    (in *dest_dir* or shipped with the app) with different content. Installing
    the same content again is a no-op. The copy is written to a temporary file
    and renamed, so a crash never leaves a half-written profile.
    """
    src = Path(src)
    profile = check_profile_file(src)
    installed = ProfileRegistry()
    installed.add_files(_profile_files(builtin_dir or builtin_profiles_dir()))
    installed.add_files(_profile_files(dest_dir))
    key_exists = profile.version in installed.versions(profile.code)
    if key_exists:
        other = installed.get(profile.code, profile.version)
        if _same(other, profile):
            return other
        where = installed.path_of(other)
        raise ProfileError(
            f"Файл профиля «{src.name}»: версия {profile.version} профиля «{profile.code}» уже "
            f"установлена{f' (файл «{where.name}»)' if where else ''} с другим содержимым; "
            "увеличьте номер версии в файле",
            path=src,
        )
    dest_dir.mkdir(parents=True, exist_ok=True)
    target = dest_dir / f"{profile.code}-{profile.version}.toml"
    write_atomically(target, src.read_bytes())
    return profile
