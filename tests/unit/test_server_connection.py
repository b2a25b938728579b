"""Connecting to the centre's server: what a check says, and what is refused before
anything is created (an old server, a database of another program)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.errors import UserError
from desktop_app.core.services import connection as conn


def _tables(url: str) -> set[str]:
    import psycopg

    with psycopg.connect(url) as c:
        return {r[0] for r in c.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}


def test_a_server_older_than_15_is_refused_before_anything_is_created(
        server_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.core.db import server
    from desktop_app.core.services.facade import open_services

    monkeypatch.setattr(server, "server_version", lambda _conn: 140011)
    with pytest.raises(UserError) as caught:
        open_services(server_url)
    message = str(caught.value)
    assert "PostgreSQL 14" in message and "15 или новее" in message
    assert "администратора" in message
    with pytest.raises(UserError, match="PostgreSQL 14"):
        conn.check_connection(server_url)
    assert _tables(server_url) == set()


def test_the_check_says_what_connecting_would_do_and_changes_nothing(server_url: str) -> None:
    said = conn.check_connection(server_url)
    assert "установлено" in said and "база пуста" in said and "создаст" in said
    assert _tables(server_url) == set()
    from desktop_app.core.services.facade import open_services

    open_services(server_url).close()
    said = conn.check_connection(server_url)
    assert "схема актуальна" in said and "хватает прав" in said


def test_a_file_check_never_creates_the_file(tmp_path: Path) -> None:
    target = tmp_path / "новая" / "база.sqlite3"
    assert "создаст" in conn.check_connection(target)
    assert not target.parent.exists()
    other = tmp_path / "письмо.sqlite3"
    other.write_text("не база", encoding="utf-8")
    with pytest.raises(UserError, match="не является базой"):
        conn.check_connection(other)


def test_addresses_from_the_dialog_fields() -> None:
    fields = conn.ServerFields(host="db.centre.local", port=5433, database="rci",
                               user="иванов", sslmode="require")
    url = conn.server_url(fields, "пароль с пробелом")
    assert conn.server_fields(url) == fields
    assert "пароль" not in conn.without_password(url)
    assert conn.without_password(url).endswith("sslmode=require")
    again = conn.with_password(conn.without_password(url), "другой")
    assert conn.server_fields(again) == fields
    assert conn.display(url) == "сервер db.centre.local:5433, база «rci» (пользователь иванов)"
    with pytest.raises(UserError, match="Сервер, База данных"):
        conn.server_url(conn.ServerFields(user="x"))
    with pytest.raises(UserError, match="sslmode"):
        conn.server_url(conn.ServerFields(host="h", database="d", user="u", sslmode="always"))
