"""Shared fixtures: every test gets its own data folder and database.

- ``data_dir`` (automatic): a fresh data folder; no test touches the real user folders.
- ``db_location`` / ``db_path``: the test's database — a file in that folder, or with
  ``RCI_INTAKE_TEST_BACKEND=postgresql`` a fresh database on the test server (a URL;
  see ``tests/backend.py``). On the server only tests that open a database run;
  those that are about SQLite files are marked ``sqlite_only``.
- ``services``: the services on a fresh database in that folder, acting as the system.
- ``fast_hashing``: cheap Argon2 parameters, so creating and signing in users is quick.
- ``world``: a centre, three signed-in people and an enterprise, for package tests.
- ``admin``: ``services`` signed in as the first administrator (login ``admin``,
  password :data:`ADMIN_PASSWORD`, full name from the ``admin_name`` fixture, which a
  test module may override).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ["RCI_INTAKE_REVERSE_UNORDERED"] = "1"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Test data builders shared by the unit, GUI and command-line tests (docfixtures,
# test_package_service_data) live in tests/unit; every test can import them.
UNIT_TESTS = Path(__file__).resolve().parent / "unit"
for folder in (UNIT_TESTS, UNIT_TESTS.parent):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

ADMIN_PASSWORD = "admin pass phrase 1"

import backend  # noqa: E402

# The fixtures through which a test reaches a database: on the server backend
# only tests that use one of them run (the others were run on SQLite already).
DATABASE_FIXTURES = {"db_location", "db_path", "services", "world", "admin", "window",
                     "centre", "server_url"}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: about the local SQLite file itself (not run on a server)")
    config.addinivalue_line(
        "markers", "server_only: about the centre's PostgreSQL server (needs the server run)")


def pytest_report_header(config: pytest.Config) -> str:
    return f"database backend: {backend.BACKEND}"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    keep: list[pytest.Item] = []
    dropped: list[pytest.Item] = []
    for item in items:
        if backend.SERVER:
            uses_db = DATABASE_FIXTURES & set(getattr(item, "fixturenames", ()))
            if item.get_closest_marker("sqlite_only") or not uses_db:
                dropped.append(item)
                continue
        elif item.get_closest_marker("server_only"):
            dropped.append(item)
            continue
        keep.append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = keep


def pytest_sessionfinish(session: pytest.Session) -> None:
    if backend.SERVER:
        backend.drop_template()


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test touches the real user folders."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("RCI_INTAKE_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def db_location(data_dir: Path) -> Iterator[Any]:
    """This test's database: a file path, or a server URL on the server backend."""
    if not backend.SERVER:
        yield data_dir / "test.sqlite3"
        return
    url = backend.new_server_database()
    try:
        yield url
    finally:
        backend.drop_server_database(url)


@pytest.fixture
def db_path(db_location: Any) -> Any:
    return db_location


@pytest.fixture
def server_url() -> Iterator[str]:
    """An empty database on the test server (server-only tests)."""
    if not backend.SERVER:
        pytest.skip("нужен сервер PostgreSQL (RCI_INTAKE_TEST_BACKEND=postgresql)")
    url = backend.empty_server_database()
    try:
        yield url
    finally:
        backend.drop_server_database(url)


@pytest.fixture
def services(db_path: Path) -> Iterator[Any]:
    from desktop_app.core.services.facade import open_services

    sv = open_services(db_path)
    try:
        yield sv
    finally:
        sv.close()


@pytest.fixture
def fast_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2 at its cheapest: the production cost would make every sign-in take a second."""
    from desktop_app.core.services import users

    monkeypatch.setattr(
        users, "DEFAULT_PARAMS", users.HashParams(time_cost=1, memory_cost=8, parallelism=1)
    )


@pytest.fixture
def admin_password() -> str:
    return ADMIN_PASSWORD


@pytest.fixture
def admin_name() -> str:
    return "Администратор Тестовый"


@pytest.fixture
def world(db_path: Path) -> Iterator[Any]:
    """A centre with its details, three signed-in people and an enterprise
    (see ``test_package_service_data.build_world``)."""
    from test_package_service_data import build_world

    built = build_world(db_path)
    try:
        yield built
    finally:
        built.close()


@pytest.fixture
def admin(services: Any, fast_hashing: None, admin_name: str, admin_password: str) -> Any:
    services.users.create_first_admin({"login": "admin", "full_name": admin_name}, admin_password)
    return services.as_actor(services.users.sign_in("admin", admin_password))
