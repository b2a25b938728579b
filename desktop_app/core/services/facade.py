"""One object that gives the GUI and the CLI every service over one database."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.db.engine import Database, open_database
from desktop_app.core.paths import backups_dir, blobs_dir, profiles_dir

from .consultations import ConsultationService
from .context import SYSTEM, Actor, ServiceContext
from .documents import DocumentService
from .dossiers import DossierService
from .enterprises import EnterpriseService
from .organization import OrganizationService
from .packages import PackageService
from .personal_data import PersonalDataService
from .users import UserService


@dataclass
class Services:
    db: Database
    actor: Actor = SYSTEM
    ctx: ServiceContext = field(init=False)
    enterprises: EnterpriseService = field(init=False)
    consultations: ConsultationService = field(init=False)
    users: UserService = field(init=False)
    personal_data: PersonalDataService = field(init=False)
    dossiers: DossierService = field(init=False)
    documents: DocumentService = field(init=False)
    packages: PackageService = field(init=False)
    organization: OrganizationService = field(init=False)

    def __post_init__(self) -> None:
        self.ctx = ServiceContext(self.db, self.actor)
        self.enterprises = EnterpriseService(self.ctx)
        self.consultations = ConsultationService(self.ctx)
        self.users = UserService(self.ctx)
        self.personal_data = PersonalDataService(self.ctx)
        self.dossiers = DossierService(self.ctx)
        self.documents = DocumentService(self.ctx)
        self.packages = PackageService(self.ctx)
        self.organization = OrganizationService(self.ctx)

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
        return Services(self.db, actor)

    def close(self) -> None:
        self.db.close()


def open_services(db_path: Path, actor: Actor = SYSTEM) -> Services:
    return Services(open_database(db_path), actor)
