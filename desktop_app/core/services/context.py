"""Who is acting, what their role allows, and the unit of work around a write."""

from __future__ import annotations

import enum
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.core import vocabulary
from desktop_app.core.db.engine import Database
from desktop_app.core.db.models import Role
from desktop_app.core.errors import PermissionDenied

from . import audit


class Permission(enum.StrEnum):
    READ = "read"
    EDIT_ENTERPRISES = "edit_enterprises"
    EDIT_OWN_WORK = "edit_own_work"          # own consultations and dossiers
    EDIT_ANY_WORK = "edit_any_work"          # others' consultations and dossiers, reassign
    IMPORT = "import"
    EXPORT = "export"
    SIGN_PACKAGE = "sign_package"
    MANAGE_USERS = "manage_users"
    MANAGE_ORGANIZATION = "manage_organization"
    MANAGE_PROFILES = "manage_profiles"
    VIEW_AUDIT = "view_audit"
    ERASE_PERSONAL_DATA = "erase_personal_data"
    BACKUP = "backup"
    BACKUP_ANYWHERE = "backup_anywhere"      # a backup into a folder of one's choice
    RESTORE = "restore"
    TRAINING_DATA = "training_data"          # fill the database with demo data


_CONSULTANT = {
    Permission.READ, Permission.EDIT_ENTERPRISES, Permission.EDIT_OWN_WORK,
    Permission.IMPORT, Permission.EXPORT, Permission.BACKUP,
}
_SUPERVISOR = _CONSULTANT | {
    Permission.EDIT_ANY_WORK, Permission.SIGN_PACKAGE, Permission.VIEW_AUDIT,
    Permission.ERASE_PERSONAL_DATA, Permission.BACKUP_ANYWHERE,
}
_ADMIN = set(Permission)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CONSULTANT: frozenset(_CONSULTANT),
    Role.SUPERVISOR: frozenset(_SUPERVISOR),
    Role.ADMINISTRATOR: frozenset(_ADMIN),
}

ROLE_LABELS = vocabulary.ROLES

PERMISSION_LABELS = {
    Permission.READ: "просмотр данных",
    Permission.EDIT_ENTERPRISES: "изменение карточек предприятий",
    Permission.EDIT_OWN_WORK: "изменение своих консультаций и досье",
    Permission.EDIT_ANY_WORK: "изменение чужих консультаций и досье",
    Permission.IMPORT: "импорт данных",
    Permission.EXPORT: "выгрузка данных",
    Permission.SIGN_PACKAGE: "подписание направлений в Агентство",
    Permission.MANAGE_USERS: "управление пользователями",
    Permission.MANAGE_ORGANIZATION: "изменение реквизитов центра",
    Permission.MANAGE_PROFILES: "установка профилей программ",
    Permission.VIEW_AUDIT: "просмотр журнала событий",
    Permission.ERASE_PERSONAL_DATA: "уничтожение персональных данных",
    Permission.BACKUP: "резервное копирование",
    Permission.BACKUP_ANYWHERE: "резервная копия в выбранную папку",
    Permission.RESTORE: "восстановление из резервной копии",
    Permission.TRAINING_DATA: "заполнение базы учебными данными",
}


@dataclass(frozen=True)
class Actor:
    """The signed-in user (or the system itself for maintenance commands)."""

    user_id: int | None
    login: str
    role: Role
    full_name: str

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]


SYSTEM = Actor(user_id=None, login="system", role=Role.ADMINISTRATOR, full_name="Система")


@dataclass
class ServiceContext:
    """What every service call needs: the database and the acting user."""

    db: Database
    actor: Actor

    def require(self, permission: Permission) -> None:
        if not self.actor.can(permission):
            raise PermissionDenied(
                f"Недостаточно прав: для действия «{PERMISSION_LABELS[permission]}» нужна "
                f"другая роль (ваша роль — {ROLE_LABELS[self.actor.role]})."
            )

    def require_owner_or(self, owner_id: int | None, permission: Permission) -> None:
        """Own work needs EDIT_OWN_WORK; someone else's needs ``permission``."""
        if owner_id is not None and owner_id == self.actor.user_id:
            self.require(Permission.EDIT_OWN_WORK)
        else:
            self.require(permission)

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self.db.write() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.db.read() as session:
            yield session

    def audit(
        self,
        session: Session,
        action: str,
        entity: str,
        entity_id: int | str | None = None,
        *,
        entity_uuid: str | None = None,
        old: dict[str, Any] | None = None,
        new: dict[str, Any] | None = None,
        reason: str | None = None,
    ) -> None:
        audit.record(
            session,
            user_id=self.actor.user_id,
            user_login=self.actor.login,
            action=action,
            entity=entity,
            entity_id=entity_id,
            entity_uuid=entity_uuid,
            old=old,
            new=new,
            reason=reason,
        )

    def event(
        self,
        action: str,
        entity: str,
        entity_id: int | str | None = None,
        *,
        entity_uuid: str | None = None,
        details: dict[str, Any] | None = None,
        reason: str | None = None,
    ) -> None:
        """Log something that changes no data (export, print, file open, package
        generation) in its own unit of work: who, when, what, and ``details``.

        Use the ``EVENT_*`` names below for ``action`` so the viewer can label them.
        """
        with self.write() as session:
            self.audit(session, action, entity, entity_id, entity_uuid=entity_uuid,
                       new=details, reason=reason)


# Actions of events that change no data (ServiceContext.event).
EVENT_EXPORT = "export"
EVENT_PRINT = "print"
EVENT_FILE_OPEN = "file_open"
EVENT_VIEW_PERSONAL = "view_personal_data"
EVENT_PACKAGE = "package_generated"
