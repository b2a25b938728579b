"""Which program profile applies: the one place that answers it.

A database sees the profiles shipped with the application plus those the
administrator installed into its profiles folder. :class:`ProgramProfiles`
answers, for one database: the registry (loaded once per folder and reloaded
after an install), the profile for a program code and optional version (with a
Russian :class:`InputError` when the program is not installed), and the profile
a dossier is checked against.
"""

from __future__ import annotations

import threading
from pathlib import Path

from desktop_app.core.db.models import Dossier
from desktop_app.core.errors import FieldProblem, InputError
from desktop_app.core.paths import profiles_dir
from desktop_app.core.rules import Profile, ProfileNotFoundError
from desktop_app.core.rules.registry import ProfileRegistry

from .context import ServiceContext

__all__ = ["ProgramProfiles"]

_registries: dict[Path, ProfileRegistry] = {}
_lock = threading.Lock()


class ProgramProfiles:
    """The program profiles available to one database (shipped + installed)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    @classmethod
    def of(cls, ctx: ServiceContext) -> ProgramProfiles:
        """The profiles of the database ``ctx`` works on."""
        return cls(profiles_dir(ctx.db.path))

    def registry(self, *, reload: bool = False) -> ProfileRegistry:
        """Every usable profile, loaded once per profiles folder (``reload`` after an install)."""
        key = self.folder.resolve()
        with _lock:
            if reload or key not in _registries:
                _registries[key] = ProfileRegistry.load(key if key.is_dir() else None)
            return _registries[key]

    def profile(self, code: str, version: str | None = None) -> Profile:
        """``version`` of the program ``code`` when installed here, else its newest version.

        Raises :class:`InputError` (Russian) when the program is not installed at all.
        """
        registry = self.registry()
        if version:
            try:
                return registry.get(code, version)
            except ProfileNotFoundError:
                pass
        try:
            return registry.latest(code)
        except ProfileNotFoundError:
            known = ", ".join(registry.codes()) or "нет ни одного"
            raise InputError([FieldProblem(
                "program_code", "Программа",
                f"профиль программы «{code}» не установлен (установлены: {known}); "
                "установите его в меню «Администрирование → Профили программ»",
            )]) from None

    def exact(self, code: str, version: str) -> Profile:
        """Exactly ``version`` of ``code``; :class:`InputError` (Russian) when not installed."""
        try:
            return self.registry().get(code, version)
        except ProfileNotFoundError as exc:
            raise InputError(str(exc)) from None

    def for_dossier(self, dossier: Dossier, version: str | None = None) -> Profile:
        """The profile a dossier is checked against: ``version`` when asked for (it must be
        installed), else the dossier's recorded version, else the newest installed one."""
        if version is not None:
            return self.exact(dossier.program_code, version)
        return self.profile(dossier.program_code, dossier.profile_version)
