"""A wrong server address, an unreachable or refusing server, a database that is not
ours, a role without rights: one Russian sentence, a non-zero exit, no traceback."""

from __future__ import annotations

import socket
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from cli_helpers import Cli


def _refused(done: object, *words: str) -> str:
    code, text = done.returncode, done.stderr  # type: ignore[attr-defined]
    assert code != 0, text
    assert "Traceback" not in text and "Error" not in text.replace("Ошибка", ""), text
    lowered = text.lower()
    for word in words:
        assert word.lower() in lowered, (word, text)
    lines = [line for line in text.strip().splitlines() if line.strip()]
    assert len(lines) == 1, text  # one sentence, on one line
    return text


def _with(url: str, *, netloc: str | None = None, path: str | None = None,
          query: str | None = None) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(netloc=netloc if netloc is not None else parts.netloc,
                                     path=path if path is not None else parts.path,
                                     query=query if query is not None else parts.query))


@pytest.mark.parametrize(("url", "words"), [
    ("postgresql://", ("не указано", "сервер", "база данных", "пользователь")),
    ("postgresql://rci@db.centre.local:5432/", ("не указано", "база данных")),
    ("postgresql://rci@db.centre.local:пять/rci", ("порт", "числом")),
    ("postgresql://rci@db.centre.local:99999/rci", ("порт",)),
    ("postgresql://rci@db.centre.local/rci?sslmode=always", ("sslmode=always", "допустимые")),
    ("postgresql://rci@db.centre.local/rci?password=x", ("параметр «password»",
                                                        "не поддерживается")),
])
def test_a_garbled_address_is_explained(tmp_path: Path, url: str, words: tuple[str, ...]) -> None:
    done = Cli(url, data=tmp_path)("check", user=None)
    _refused(done, *words)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_server_that_does_not_answer(tmp_path: Path) -> None:
    url = f"postgresql://rci@127.0.0.1:{_closed_port()}/rci"
    done = Cli(url, data=tmp_path)("check", user=None)
    _refused(done, "не отвечает", "127.0.0.1", "порт")


def test_a_wrong_password(server_url: str, tmp_path: Path) -> None:
    parts = urlsplit(server_url)
    netloc = f"{parts.username}:wrong-{uuid.uuid4().hex[:6]}@{parts.hostname}:{parts.port}"
    done = Cli(_with(server_url, netloc=netloc), data=tmp_path)("check", user=None)
    _refused(done, "не принял пароль", f"«{parts.username}»", "PGPASSWORD")


def test_a_missing_database(server_url: str, tmp_path: Path) -> None:
    done = Cli(_with(server_url, path="/no_such_rci_db"), data=tmp_path)("check", user=None)
    _refused(done, "нет базы данных «no_such_rci_db»", "администратора")


def _tables(url: str) -> set[str]:
    import psycopg

    with psycopg.connect(url) as conn:
        return {r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")}


def test_a_database_of_another_program_is_left_alone(server_url: str, tmp_path: Path) -> None:
    import psycopg

    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id integer PRIMARY KEY, total numeric)")
    done = Cli(server_url, data=tmp_path)("init", "--admin", "admin", "--full-name",
                                          "Администратор", user=None, password="a" * 16)
    _refused(done, "не является базой RCI Intake", "чужие таблицы", "Ничего не изменено")
    assert _tables(server_url) == {"invoices"}


def test_a_role_without_rights_is_told_which(server_url: str, tmp_path: Path) -> None:
    import backend

    owner = Cli(server_url, data=tmp_path)
    made = owner("init", user=None)
    assert made.returncode == 0, made.stderr
    role = f"rci_reader_{uuid.uuid4().hex[:8]}"
    database = urlsplit(server_url).path.lstrip("/")
    backend.admin_execute(f"CREATE ROLE {role} LOGIN PASSWORD 'limited-pass-1'",
                          f'GRANT CONNECT ON DATABASE "{database}" TO {role}')
    try:
        parts = urlsplit(server_url)
        netloc = f"{role}:limited-pass-1@{parts.hostname}:{parts.port}"
        done = Cli(_with(server_url, netloc=netloc), data=tmp_path)("check", user=None)
        text = _refused(done, f"«{role}»", "не хватает прав", "SELECT", "audit_log",
                        "README")
        assert "UPDATE" in text
    finally:
        backend.admin_execute(f'REVOKE ALL ON DATABASE "{database}" FROM {role}')
        backend.admin_execute(f"DROP OWNED BY {role}")
        backend.admin_execute(f"DROP ROLE {role}")


def _readme_grants() -> list[str]:
    """The GRANT/REVOKE statements README gives the server administrator."""
    import re

    from cli_helpers import ROOT

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Сервер центра (PostgreSQL)"):]
    blocks = re.findall(r"```sql\n(.*?)```", section, re.S)
    statements = [line.split("--")[0].strip().rstrip(";") for block in blocks
                  for line in block.splitlines()]
    return [s for s in statements if s.startswith(("GRANT", "REVOKE", "ALTER DEFAULT"))]


def test_the_rights_readme_lists_are_enough_and_each_one_is_needed(
        server_url: str, tmp_path: Path) -> None:
    import backend

    admin_password = "admin pass phrase 1"
    made = Cli(server_url, data=tmp_path)("init", "--admin", "admin", "--full-name",
                                          "Администратор", user=None, password=admin_password)
    assert made.returncode == 0, made.stderr
    group, person = f"rci_users_{uuid.uuid4().hex[:6]}", f"rci_ws_{uuid.uuid4().hex[:6]}"
    backend.admin_execute(f"CREATE ROLE {group} NOLOGIN",
                          f"CREATE ROLE {person} LOGIN PASSWORD 'workstation-1' IN ROLE {group}")
    grants = [g.replace("rci_users", group) for g in _readme_grants()]
    assert any("audit_log" in g for g in grants) and any("SEQUENCES" in g for g in grants)
    import psycopg

    try:
        with psycopg.connect(server_url, autocommit=True) as conn:
            for statement in grants:
                conn.execute(statement)  # type: ignore[arg-type]
        parts = urlsplit(server_url)
        netloc = f"{person}:workstation-1@{parts.hostname}:{parts.port}"
        workstation = Cli(_with(server_url, netloc=netloc), data=tmp_path)
        done = workstation("enterprises", "add", "--inn", "7707083893", "--full-name",
                           "ПАО «Пример»", user="admin", password=admin_password)
        assert done.returncode == 0, done.stderr
        with psycopg.connect(server_url, autocommit=True) as conn:
            conn.execute(f"REVOKE INSERT ON audit_log FROM {group}")  # type: ignore[arg-type]
        done = workstation("users", "sessions", user="admin", password=admin_password)
        _refused(done, f"«{person}»", "INSERT на таблицу audit_log")
    finally:
        with psycopg.connect(server_url, autocommit=True) as conn:
            conn.execute(f"DROP OWNED BY {group}, {person}")  # type: ignore[arg-type]
        backend.admin_execute(f"DROP ROLE {person}", f"DROP ROLE {group}")
