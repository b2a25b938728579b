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
