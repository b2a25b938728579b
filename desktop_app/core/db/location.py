"""Where the database is: a file on this computer or the centre's PostgreSQL server.

``--db`` (and ``RCI_INTAKE_DB``) take either a file path or a URL
``postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME[?sslmode=…]``. The password
may also come from ``PGPASSWORD`` or the user's ``pgpass`` file — the driver
(libpq) reads both itself; the program never stores a password.

Things that belong to one workstation rather than to the data (the queue of
events written while the database was busy, logs) live in a local folder: the
file's own folder for a local database, ``servers/<host>-<port>-<database>``
in the user's data folder for a server.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.errors import UserError

SERVER_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
_ALLOWED_QUERY = {"sslmode", "connect_timeout", "application_name", "sslrootcert",
                  "sslcert", "sslkey", "target_session_attrs"}
_SAFE = re.compile(r"[^0-9A-Za-zА-Яа-яЁё._-]+")


class LocationError(UserError):
    """A ``--db`` value that names no usable database."""


def is_server_url(value: object) -> bool:
    return isinstance(value, str) and value.strip().lower().startswith(SERVER_SCHEMES)


@dataclass(frozen=True)
class ServerAddress:
    host: str
    port: int
    database: str
    user: str
    password: str | None
    query: tuple[tuple[str, str], ...] = ()

    def sqlalchemy_url(self) -> object:
        from sqlalchemy.engine import URL

        return URL.create(
            "postgresql+psycopg", username=self.user, password=self.password,
            host=self.host, port=self.port, database=self.database, query=dict(self.query),
        )

    def libpq_url(self, *, database: str | None = None, with_password: bool = True) -> str:
        """The address for ``pg_dump``/``psql`` (password left to PGPASSWORD if asked)."""
        from urllib.parse import quote

        user = quote(self.user, safe="")
        secret = f":{quote(self.password, safe='')}" if with_password and self.password else ""
        query = "&".join(f"{k}={quote(v, safe='')}" for k, v in self.query)
        name = quote(database or self.database, safe="")
        return (f"postgresql://{user}{secret}@{self.host}:{self.port}/{name}"
                + (f"?{query}" if query else ""))

    def display(self) -> str:
        """«сервер db.centre.local:5432, база rci (пользователь ivanov)» — no password."""
        return f"сервер {self.host}:{self.port}, база «{self.database}» (пользователь {self.user})"

    def slug(self) -> str:
        return _SAFE.sub("_", f"{self.host}-{self.port}-{self.database}")


def parse_server_url(value: str) -> ServerAddress:
    from urllib.parse import parse_qsl, unquote, urlsplit

    text = value.strip()
    try:
        parts = urlsplit(text)
        port = parts.port or 5432
    except ValueError as exc:
        raise LocationError(
            "Адрес сервера записан неверно (порт должен быть числом от 1 до 65535). Пример: "
            "postgresql://пользователь@сервер:5432/база") from exc
    if parts.scheme.lower() not in ("postgresql", "postgres", "postgresql+psycopg"):
        raise LocationError(f"Адрес «{text}» не похож на адрес сервера PostgreSQL.")
    host = parts.hostname or ""
    database = unquote(parts.path.lstrip("/"))
    user = unquote(parts.username or "")
    missing = [name for name, val in (("сервер", host), ("база данных", database),
                                      ("пользователь", user)) if not val]
    if missing:
        raise LocationError(
            f"В адресе сервера не указано: {', '.join(missing)}. Нужен адрес вида "
            "postgresql://пользователь@сервер:5432/база")
    if "/" in database:
        raise LocationError(f"Имя базы данных «{database}» не может содержать «/».")
    query: list[tuple[str, str]] = []
    for key, val in parse_qsl(parts.query, keep_blank_values=True):
        if key not in _ALLOWED_QUERY:
            raise LocationError(
                f"Параметр «{key}» в адресе сервера не поддерживается; допустимы: "
                f"{', '.join(sorted(_ALLOWED_QUERY))}.")
        if key == "sslmode" and val not in SSL_MODES:
            raise LocationError(
                f"sslmode={val}: допустимые значения — {', '.join(SSL_MODES)}.")
        query.append((key, val))
    password = unquote(parts.password) if parts.password is not None else None
    return ServerAddress(host=host, port=port, database=database, user=user,
                         password=password, query=tuple(query))


@dataclass(frozen=True)
class DbLocation:
    """A local database file, or a database on the centre's server."""

    path: Path
    """The file (local) or, for a server, a name in the local folder that sidecar
    files of this workstation are kept beside (it is never a database itself)."""
    server: ServerAddress | None = None

    @property
    def is_server(self) -> bool:
        return self.server is not None

    @property
    def local_dir(self) -> Path:
        return self.path.parent

    def display(self) -> str:
        return self.server.display() if self.server is not None else str(self.path)

    def __str__(self) -> str:
        return self.display()


# The local name of each server database opened in this process → its location, so
# that code handed ``Database.path`` (a name, not a file) reopens the same server
# database instead of creating a file of that name.
_LOCAL_NAMES: dict[str, DbLocation] = {}


def parse_location(value: str | Path | DbLocation) -> DbLocation:
    if isinstance(value, DbLocation):
        return value
    if is_server_url(value):
        address = parse_server_url(str(value))
        from desktop_app.core.paths import data_dir

        folder = data_dir() / "servers" / address.slug()
        location = DbLocation(path=folder / f"{address.database}.server", server=address)
        _LOCAL_NAMES[str(location.path)] = location
        return location
    known = _LOCAL_NAMES.get(str(value))
    if known is not None:
        return known
    if Path(value).suffix == ".server" and Path(value).parent.parent.name == "servers":
        raise LocationError(
            f"«{value}» — служебное имя подключения к серверу, а не файл базы данных: "
            "укажите адрес сервера postgresql://…")
    return DbLocation(path=Path(value))
