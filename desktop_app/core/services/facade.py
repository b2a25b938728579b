"""One object that gives the GUI and the CLI every service over one database.

Services are created on first use: the main window needs enterprises and
consultations at once, while the printing and document services pull in
reportlab and pypdf, which would otherwise cost a cold start half a second.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.db.engine import Database, open_database
from desktop_app.core.paths import backups_dir, blobs_dir, profiles_dir

from .context import SYSTEM, Actor, ChangeHub, ServiceContext

if TYPE_CHECKING:
    from .consultations import ConsultationService
    from .dashboard import DashboardService
    from .documents import DocumentService
    from .dossiers import DossierService
    from .enterprises import EnterpriseService
    from .lists import ListService
    from .organization import OrganizationService
    from .packages import PackageService
    from .personal_data import PersonalDataService
    from .programs import ProgramService
    from .reports import ReportService
    from .users import UserService


class Services:
    """Every service over one database, acting as one user.

    ``changes`` tells subscribers what each committed write changed; it is
    shared by every ``as_actor`` view of the same database, so a window
    learns of writes made through any of them.
    """

    def __init__(self, db: Database, actor: Actor = SYSTEM,
                 changes: ChangeHub | None = None) -> None:
        self.db = db
        self.actor = actor
        self.changes = changes if changes is not None else ChangeHub()
        self.ctx = ServiceContext(db, actor, self.changes)

    @cached_property
    def lists(self) -> ListService:
        """What lists, counts, search and pickers read (plain rows, no sessions)."""
        from .lists import ListService

        return ListService(self.ctx)

    @cached_property
    def dashboard(self) -> DashboardService:
        """The Обзор page's figures (read only, one call)."""
        from .dashboard import DashboardService

        return DashboardService(self.ctx)

    @cached_property
    def enterprises(self) -> EnterpriseService:
        from .enterprises import EnterpriseService

        return EnterpriseService(self.ctx)

    @cached_property
    def consultations(self) -> ConsultationService:
        from .consultations import ConsultationService

        return ConsultationService(self.ctx)

    @cached_property
    def users(self) -> UserService:
        from .users import UserService

        return UserService(self.ctx)

    @cached_property
    def personal_data(self) -> PersonalDataService:
        from .personal_data import PersonalDataService

        return PersonalDataService(self.ctx)

    @cached_property
    def dossiers(self) -> DossierService:
        from .dossiers import DossierService

        return DossierService(self.ctx)

    @cached_property
    def documents(self) -> DocumentService:
        from .documents import DocumentService

        return DocumentService(self.ctx)

    @cached_property
    def packages(self) -> PackageService:
        from .packages import PackageService

        return PackageService(self.ctx)

    @cached_property
    def programs(self) -> ProgramService:
        from .programs import ProgramService

        return ProgramService(self.ctx, self.profiles_dir)

    @cached_property
    def organization(self) -> OrganizationService:
        from .organization import OrganizationService

        return OrganizationService(self.ctx)

    @cached_property
    def reports(self) -> ReportService:
        """The period reports (read only)."""
        from .reports import ReportService

        def titles() -> dict[str, str]:
            return {p.code: p.title for p in self.programs.registry().all()}

        return ReportService(self.ctx, titles)

    @property
    def db_path(self) -> Path:
        return self.db.path

    @property
    def blobs_dir(self) -> Path:
        return blobs_dir(self.db.path)

    @property
    def backups_dir(self) -> Path:
        return backups_dir(self.db.path)

    @property
    def profiles_dir(self) -> Path:
        return profiles_dir(self.db.path)

    def as_actor(self, actor: Actor) -> Services:
        """The same database, another signed-in user."""
        if self.db.presence is not None:
            self.db.presence.signed_in(actor.login)
        return Services(self.db, actor, self.changes)

    def close(self) -> None:
        self.db.close()


def open_services(
    db_path: Path | str, actor: Actor = SYSTEM, *, program: str = "командная строка",
    page_cache_kib: int | None = None,
) -> Services:
    """Open the database (``program`` names this window or command to others;
    ``page_cache_kib``: SQLite's page cache per connection, when not the default)."""
    if page_cache_kib is None:
        return Services(open_database(db_path, program=program), actor)
    return Services(open_database(db_path, program=program, cache_kib=page_cache_kib), actor)
