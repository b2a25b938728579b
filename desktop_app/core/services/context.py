"""Who is acting, what their role allows, and the unit of work around a write."""

from __future__ import annotations

import enum
import logging
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import event, inspect
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

from desktop_app.core import vocabulary
from desktop_app.core.db.engine import WRITE_ATTEMPTS, Database, run_write_retrying
from desktop_app.core.db.models import Role, Setting
from desktop_app.core.errors import PermissionDenied

from . import audit, pending_events

log = logging.getLogger(__name__)

T = TypeVar("T")


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
    MERGE = "merge"                          # merge another database into this one


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
    Permission.MERGE: "объединение баз данных",
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


# --- what a write changed ------------------------------------------------------------

@dataclass(frozen=True)
class Change:
    """What one committed unit of work changed: the tables it wrote (``"dossiers"``,
    ``"consultations"``, …) and, where the ORM knew them, ``(table, id)`` pairs."""

    kinds: frozenset[str]
    ids: frozenset[tuple[str, int]] = frozenset()

    def touches(self, *kinds: str) -> bool:
        return not self.kinds.isdisjoint(kinds)


ChangeListener = Callable[[Change], None]


class ChangeHub:
    """Tells subscribers what each committed write changed.

    Listeners are called on the thread that wrote, right after the commit; a
    GUI marshals the call to its own thread. A failing listener is logged and
    does not disturb the writer (its data is already committed).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._listeners: list[ChangeListener] = []

    def subscribe(self, listener: ChangeListener) -> None:
        with self._lock:
            if listener not in self._listeners:
                self._listeners.append(listener)

    def unsubscribe(self, listener: ChangeListener) -> None:
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def notify(self, change: Change) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(change)
            except Exception:
                log.exception("a change listener failed")


_RECORDER = "rci_changed"   # Session.info key of the set a write unit of work fills
_DML_RE = re.compile(
    r"^\s*(?:insert(?:\s+or\s+\w+)?\s+into|replace\s+into|update(?:\s+or\s+\w+)?|delete\s+from)"
    r"\s+[\"`\[]?(\w+)",
    re.IGNORECASE,
)


def _record_flush(session: Session, _flush: UOWTransaction) -> None:
    changed = session.info.get(_RECORDER)
    if changed is None:
        return
    for obj in (*session.new, *session.dirty, *session.deleted):
        table = getattr(obj, "__tablename__", None)
        if table is None:
            continue
        changed.add(table)
        record_id = inspect(obj).dict.get("id")   # as loaded or just inserted; never a query
        if isinstance(record_id, int):
            changed.add((table, record_id))


def _record_statement(state: ORMExecuteState) -> None:
    changed = state.session.info.get(_RECORDER)
    if changed is None or state.is_select:
        return
    table = getattr(state.statement, "table", None)
    name = getattr(table, "name", None)
    if name is None:
        found = _DML_RE.match(str(state.statement))
        name = found.group(1) if found else None
    if name is not None:
        changed.add(str(name))


# Every session: only a write unit of work (it puts the set into ``info``) records.
event.listen(Session, "after_flush", _record_flush)
event.listen(Session, "do_orm_execute", _record_statement)


def _change_of(recorded: set[Any]) -> Change:
    kinds = frozenset(x for x in recorded if isinstance(x, str))
    ids = frozenset(x for x in recorded if isinstance(x, tuple))
    return Change(kinds, ids)


@dataclass
class ServiceContext:
    """What every service call needs: the database, the acting user, and where
    committed changes are reported."""

    db: Database
    actor: Actor
    changes: ChangeHub = field(default_factory=ChangeHub)

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
    def write(self, *, wait_ms: int | None = None) -> Iterator[Session]:
        """One write unit of work; after its commit, subscribers learn what it changed.

        The changed tables are recorded from the session itself (flushed objects
        and executed statements), so no service can forget to report. A rolled
        back write reports nothing. Events that waited for the write lock
        (:mod:`.pending_events`) are written first, in the same transaction.
        ``wait_ms``: how long to wait for another writer (default: the engine's).
        """
        recorded: set[Any] = set()
        with self.db.write(wait_ms=wait_ms) as session:
            session.info[_RECORDER] = recorded   # filled up to and during the commit
            drained = pending_events.drain(session, self.db.path)
            yield session
        pending_events.forget(drained)
        if recorded:
            self.changes.notify(_change_of(recorded))

    def run_write(
        self, fn: Callable[[Session], T], *, attempts: int = WRITE_ATTEMPTS,
        wait_ms: int | None = None,
    ) -> T:
        """``fn(session)`` in :meth:`write`, run again in a new unit of work when the
        server aborts it for a deadlock or a serialization failure (at most
        ``attempts`` times; then :class:`DatabaseBusyError` in words). For writes that
        are a function of their inputs and of what they read: a register number, a
        status change."""
        return run_write_retrying(lambda: self.write(wait_ms=wait_ms), fn,
                                  attempts=attempts, name=self.db.display())

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

    def save_setting(self, session: Session, key: str, value: dict[str, Any]) -> None:
        """Store one settings record, with an audit entry of what changed (if anything)."""
        row = session.get(Setting, key)
        before = dict(row.value) if row is not None and row.value else {}
        if row is None:
            session.add(Setting(key=key, value=value))
        else:
            row.value = value
        old, new = audit.diff(before, value)
        if new:
            self.audit(session, "update", "setting", key, old=old, new=new)

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
