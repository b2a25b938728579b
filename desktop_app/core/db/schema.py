"""What the database layer tells people, and which schema a database is on.

The errors every part of the database layer raises (Russian messages), and the
migration scripts' revisions read without importing Alembic; shared by the
local file (:mod:`.engine`) and the centre's server (:mod:`.server`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from desktop_app.core.errors import UserError
from desktop_app.core.resources import migrations_path

if TYPE_CHECKING:  # the errors above are read at start, before SQLAlchemy is loaded
    from sqlalchemy import Engine


class DatabaseError(UserError):
    """A database problem explained for people (Russian message)."""


class DatabaseTooNewError(DatabaseError):
    pass


class ServerPasswordError(DatabaseError):
    """The server wants a password it did not get (``missing``) or refused the one given."""

    def __init__(self, message: str, *, missing: bool) -> None:
        super().__init__(message)
        self.missing = missing


class DatabaseBusyError(DatabaseError):
    """Another window or command holds the write lock longer than we wait."""


class DiskFullError(DatabaseError):
    """The disk holding the database (or its temporary files) is full."""


def alembic_config(connection: Any | None = None) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_path()))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


_REVISION_RE = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN_RE = re.compile(r"^down_revision\s*=\s*(?:['\"]([^'\"]+)['\"]|None)", re.MULTILINE)


def _script_revisions() -> dict[str, str | None]:
    """Revision → its parent, read from the bundled scripts without importing Alembic
    (Alembic costs a noticeable part of a cold start and is needed only to migrate)."""
    graph: dict[str, str | None] = {}
    for script in sorted((migrations_path() / "versions").glob("*.py")):
        text = script.read_text(encoding="utf-8")
        rev, down = _REVISION_RE.search(text), _DOWN_RE.search(text)
        if rev is not None:
            graph[rev.group(1)] = down.group(1) if down is not None else None
    return graph


def head_revision() -> str:
    graph = _script_revisions()
    parents = {p for p in graph.values() if p is not None}
    heads = [rev for rev in graph if rev not in parents]
    if len(heads) != 1:
        raise DatabaseError(f"в программе повреждены сценарии обновления базы: головы {heads}")
    return heads[0]


def known_revisions() -> set[str]:
    return set(_script_revisions())


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            exists = conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).first()
        else:
            exists = conn.exec_driver_sql(
                "SELECT 1 FROM pg_tables WHERE schemaname = current_schema() "
                "AND tablename = 'alembic_version'").first()
        if exists is None:
            return None
        row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return None if row is None else str(row[0])


def migrate_to_head(engine: Engine) -> None:
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")


def check_revision(current: str | None, name: str) -> None:
    if current is not None and current not in known_revisions():
        raise DatabaseTooNewError(
            f"База данных «{name}» создана более новой версией программы "
            f"(схема {current}). Обновите программу; эта версия не может с ней работать, "
            "чтобы не повредить данные."
        )
