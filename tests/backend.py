"""Which database engine the suite runs on, and fresh databases on it.

``RCI_INTAKE_TEST_BACKEND=postgresql`` with ``RCI_INTAKE_TEST_PG_URL`` (an
administrator's URL on a throwaway cluster, see ``.ci/pg-cluster``) runs the
tests that open a database on PostgreSQL; by default everything runs on SQLite.
Every test gets its own database: on the server, a copy of a template that
was migrated once per run (``CREATE DATABASE … TEMPLATE``), dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from urllib.parse import urlsplit, urlunsplit

BACKEND = os.environ.get("RCI_INTAKE_TEST_BACKEND", "sqlite").strip().lower() or "sqlite"
SERVER = BACKEND == "postgresql"
ADMIN_URL = os.environ.get("RCI_INTAKE_TEST_PG_URL", "")

_template: str | None = None


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def admin_execute(*statements: str) -> None:
    import psycopg

    with psycopg.connect(ADMIN_URL, autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement)  # type: ignore[arg-type]


def _ensure_template() -> str:
    global _template  # noqa: PLW0603 - one template per test run
    if _template is None:
        from desktop_app.core.db.engine import open_database

        name = f"rci_template_{os.getpid()}"
        admin_execute(f'DROP DATABASE IF EXISTS "{name}"', f'CREATE DATABASE "{name}"')
        db = open_database(_with_database(ADMIN_URL, name))
        db.close()
        _template = name
    return _template


def empty_server_database() -> str:
    """A new empty database on the test server (URL)."""
    name = f"rci_t_{uuid.uuid4().hex[:16]}"
    admin_execute(f'CREATE DATABASE "{name}"')
    return _with_database(ADMIN_URL, name)


def new_server_database() -> str:
    """A new database with the program's schema on the test server (URL)."""
    template = _ensure_template()
    name = f"rci_t_{uuid.uuid4().hex[:16]}"
    admin_execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return _with_database(ADMIN_URL, name)


def drop_server_database(url: str) -> None:
    name = urlsplit(url).path.lstrip("/")
    admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def drop_template() -> None:
    if _template is not None:
        admin_execute(f'DROP DATABASE IF EXISTS "{_template}" WITH (FORCE)')
