"""Choosing the database: a file on this computer or the centre's server.

The desktop program's «Подключение» dialog builds the address from its fields
here, checks it (:func:`check_connection`, safe to run off the GUI thread:
nothing is created or changed) and names it for people. The password is part
of the address only in memory; what the program remembers is
:func:`without_password` of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from desktop_app.core.db.location import (
    SSL_MODES,
    LocationError,
    is_server_url,
    parse_location,
    parse_server_url,
)

# from the schema module, not the engine: choosing a database must not load SQLAlchemy
from desktop_app.core.db.schema import ServerPasswordError
from desktop_app.core.errors import InputError

__all__ = [
    "DEFAULT_PORT", "SSL_MODES", "ServerFields", "ServerPasswordError", "address_of",
    "check_connection",
    "display", "is_server_url", "server_fields", "server_url", "with_password",
    "without_password",
]

DEFAULT_PORT = 5432
DEFAULT_SSLMODE = "prefer"


@dataclass(frozen=True)
class ServerFields:
    """The server's address as the dialog shows it (never a password)."""

    host: str = ""
    port: int = DEFAULT_PORT
    database: str = ""
    user: str = ""
    sslmode: str = DEFAULT_SSLMODE


def server_url(fields: ServerFields, password: str | None = None) -> str:
    """``postgresql://user[:password]@host:port/database?sslmode=…`` from the fields.

    Raises :class:`InputError` naming every empty field.
    """
    host, database, user = fields.host.strip(), fields.database.strip(), fields.user.strip()
    empty = [label for label, value in (("Сервер", host), ("База данных", database),
                                        ("Пользователь", user)) if not value]
    if empty:
        raise InputError(f"Заполните: {', '.join(empty)}.")
    if fields.sslmode not in SSL_MODES:
        raise InputError(f"Шифрование (sslmode): допустимы {', '.join(SSL_MODES)}.")
    if not 0 < fields.port < 65536:
        raise InputError("Порт: число от 1 до 65535 (обычно 5432).")
    secret = f":{quote(password, safe='')}" if password else ""
    netloc_host = f"[{host}]" if ":" in host else host
    url = (f"postgresql://{quote(user, safe='')}{secret}@{netloc_host}:{fields.port}/"
           f"{quote(database, safe='')}")
    if fields.sslmode != DEFAULT_SSLMODE:
        url += f"?sslmode={fields.sslmode}"
    parse_server_url(url)  # the same rules as --db
    return url


def server_fields(url: str) -> ServerFields:
    """The fields of a server address (for filling the dialog)."""
    address = parse_server_url(url)
    query = dict(address.query)
    return ServerFields(host=address.host, port=address.port, database=address.database,
                        user=address.user, sslmode=query.get("sslmode", DEFAULT_SSLMODE))


def without_password(url: str) -> str:
    """The address to remember: the same, with any password left out."""
    if not is_server_url(url):
        return url
    return parse_server_url(url).libpq_url(with_password=False)


def with_password(url: str, password: str) -> str:
    """The address with this password (kept in memory only)."""
    address = parse_server_url(url)
    fields = server_fields(url)
    rebuilt = server_url(fields, password)
    extra = [(k, v) for k, v in address.query if k != "sslmode"]
    if extra:
        sep = "&" if "?" in rebuilt else "?"
        rebuilt += sep + "&".join(f"{k}={quote(v, safe='')}" for k, v in extra)
    return rebuilt


def display(value: str | Path) -> str:
    """How the program names a database to people (no password)."""
    try:
        return parse_location(value).display()
    except LocationError:
        return str(value)


def check_connection(value: str | Path) -> str:
    """«Проверить подключение»: one sentence on what opening ``value`` would find.

    A :class:`~desktop_app.core.errors.UserError` says what is wrong instead.
    Nothing is created or changed (a missing file or an empty server database
    is reported as such). Runs off the GUI thread.
    """
    location = parse_location(value)
    if location.is_server:
        from desktop_app.core.db.server import check_server

        return check_server(location)
    path = location.path
    if path.is_dir():
        raise InputError(f"«{path}» — это папка, а не файл базы данных: выберите файл.")
    if not path.exists() or path.stat().st_size == 0:
        if not path.parent.exists():
            return (f"Файла «{path.name}» пока нет: программа создаст новую базу и папку "
                    f"«{path.parent}».")
        return f"Файла «{path.name}» пока нет: программа создаст в нём новую базу."
    with path.open("rb") as fh:
        header = fh.read(16)
    if header != b"SQLite format 3\x00":
        raise InputError(f"Файл «{path.name}» не является базой данных программы: выберите "
                         "другой файл.")
    return f"База данных «{path.name}» найдена на этом компьютере."


def address_of(db: object) -> str:
    """The address of an open :class:`~desktop_app.core.db.engine.Database`, as the
    dialog shows it and the program remembers it (no password)."""
    location = getattr(db, "location", None)
    server = getattr(location, "server", None)
    if server is not None:
        return str(server.libpq_url(with_password=False))
    return str(getattr(db, "path", ""))
