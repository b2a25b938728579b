"""Grant program profiles installed by the administrator (beside the shipped ones)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.rules import Profile, check_profile_file, install_profile_file
from desktop_app.core.rules.registry import ProfileRegistry

from .context import Permission, ServiceContext
from .profiles import ProgramProfiles


class ProgramService:
    def __init__(self, ctx: ServiceContext, profiles_dir: Path) -> None:
        self.ctx = ctx
        self.profiles_dir = profiles_dir
        self.profiles = ProgramProfiles(profiles_dir)

    def registry(self, *, reload: bool = False) -> ProfileRegistry:
        """Every usable profile (shipped + installed); ``reload`` re-reads the folder."""
        return self.profiles.registry(reload=reload)

    def profile(self, code: str, version: str | None = None) -> Profile:
        """``version`` of program ``code`` when installed, else its newest version
        (``InputError`` in Russian when the program is not installed)."""
        return self.profiles.profile(code, version)

    def check(self, path: Path) -> Profile:
        """Check a profile file without installing it (raises ``ProfileError``, Russian)."""
        return check_profile_file(Path(path))

    def install(self, path: Path) -> Profile:
        """Check, copy into the profiles folder, reload, and log who installed what.

        Refuses (``ProfileError``) a broken file, or a version already installed
        or shipped with different content; only the administrator may install.
        """
        self.ctx.require(Permission.MANAGE_PROFILES)
        path = Path(path)
        profile = install_profile_file(path, self.profiles_dir)
        self.profiles.registry(reload=True)
        with self.ctx.write() as s:
            self.ctx.audit(
                s, "install_profile", "profile", f"{profile.code}@{profile.version}",
                new={"code": profile.code, "version": profile.version, "file": path.name},
            )
        return profile
