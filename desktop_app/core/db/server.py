"""The centre's PostgreSQL server: connecting, checking, writing one at a time.

What differs from a local file is kept here; everything above the engine sees
the same :class:`~desktop_app.core.db.engine.Database`.

- **Connecting** checks, in this order, that the server answers, accepts the
  user, is PostgreSQL 15 or newer, and holds either our schema or nothing at
  all: a database with other tables is refused before anything is created.
- **Rights.** The program needs to read and write its tables (and, only while
  creating or updating the schema, to create objects in its schema). A role
  lacking one of these is refused at start with the missing right named,
  instead of failing at the first save.
- **Writing.** Every write unit of work begins by taking one transaction-level
  advisory lock (:data:`~desktop_app.core.db.engine.WRITE_LOCK_KEY`). Writers
  thus follow one another as on SQLite: the audit chain is appended by one
  writer at a time in the same transaction as the change it records, outgoing
  register numbers are taken under the lock and can never repeat, and there are
  no deadlocks between the program's own writers. The wait is bounded
  (``lock_timeout``); past it the person sees that the database is busy.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from .location import DbLocation

if TYPE_CHECKING:
    from .engine import Database

log = logging.getLogger(__name__)

# What the program does with each of its tables (everything else: read and write).
_APPEND_ONLY = {"audit_log"}
# Tables that exist only on the server (not in the models): the document files (0011).
_SERVER_ONLY_TABLES = ("blob_contents", "blob_chunks")


def _sqlstate(exc: BaseException) -> str:
    orig = getattr(exc, "orig", exc)
    return str(getattr(orig, "sqlstate", "") or "")


def _text(exc: BaseException) -> str:
    return str(getattr(exc, "orig", exc)).lower()


def connection_error(exc: BaseException, location: DbLocation) -> Exception:
    """Why the server could not be reached or refused us, in one Russian sentence."""
    from .engine import DatabaseError

    assert location.server is not None
    server = location.server
    where = f"{server.host}:{server.port}"
    state, text_ = _sqlstate(exc), _text(exc)
    if state == "28P01" or "password authentication failed" in text_:
        return DatabaseError(
            f"Сервер {where} не принял пароль пользователя «{server.user}»: проверьте "
            "пароль (переменная PGPASSWORD или файл pgpass) и повторите.")
    if "no password supplied" in text_:
        return DatabaseError(
            f"Сервер {where} требует пароль пользователя «{server.user}»: задайте его в "
            "переменной PGPASSWORD или в файле pgpass (в настройках программы пароль не "
            "хранится).")
    if state == "3D000" or ("database" in text_ and "does not exist" in text_):
        return DatabaseError(
            f"На сервере {where} нет базы данных «{server.database}»: попросите "
            "администратора создать её (README, раздел «Сервер центра») или проверьте имя.")
    if state in ("28000", "42501") or "no pg_hba.conf entry" in text_:
        return DatabaseError(
            f"Сервер {where} не разрешает пользователю «{server.user}» подключаться к базе "
            f"«{server.database}»: обратитесь к администратору сервера.")
    if "ssl" in text_:
        return DatabaseError(
            f"Не удалось установить защищённое соединение с сервером {where}: проверьте "
            "параметр sslmode в адресе и настройки SSL сервера.")
    if ("could not translate host name" in text_ or "name or service not known" in text_
            or "nodename nor servname" in text_):
        return DatabaseError(
            f"Сервер «{server.host}» не найден в сети: проверьте имя сервера в адресе.")
    return DatabaseError(
        f"Сервер базы данных {where} не отвечает: проверьте, что он включён, что адрес и "
        "порт указаны верно и что компьютер подключён к сети центра.")


def translated_write_error(exc: BaseException, name: str) -> BaseException:
    from .engine import DatabaseBusyError, DatabaseError, DiskFullError

    state, text_ = _sqlstate(exc), _text(exc)
    if state in ("55P03", "57014", "40001", "40P01"):
        return DatabaseBusyError(
            f"База данных ({name}) занята: другой пользователь выполняет долгую запись "
            "(например, импорт). Ничего не записано; подождите и повторите.")
    if state in ("53100", "53200"):
        return DiskFullError(
            f"На сервере базы данных ({name}) не хватает места или памяти: ничего не "
            "записано. Сообщите администратору сервера.")
    if state == "42501":
        return DatabaseError(
            f"У пользователя базы данных ({name}) нет права на эту запись: ничего не "
            "записано. Обратитесь к администратору сервера.")
    if isinstance(exc, sa_exc.OperationalError) or "server closed the connection" in text_:
        return DatabaseError(
            f"Связь с сервером базы данных ({name}) прервалась: ничего не записано. "
            "Проверьте сеть и повторите.")
    return exc


@contextmanager
def server_write(factory: Callable[[], Session], wait_ms: int, name: str) -> Iterator[Session]:
    try:
        with factory() as session, session.begin():
            session.execute(text(f"SET LOCAL lock_timeout = {int(wait_ms)}"))
            from .engine import WRITE_LOCK_KEY

            session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK_KEY})
            yield session
    except sa_exc.DBAPIError as exc:
        raise translated_write_error(exc, name) from exc


def _schema_tables(conn: Any) -> list[str]:
    return [r[0] for r in conn.exec_driver_sql(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
    ).fetchall()]


def missing_rights(conn: Any, *, creating: bool) -> list[str]:
    """The rights on our objects that the connected role lacks, in words."""
    from .models import Base

    missing: list[str] = []
    if creating:
        ok = conn.exec_driver_sql(
            "SELECT has_schema_privilege(current_schema(), 'CREATE')").scalar()
        if not ok:
            missing.append("создание таблиц в схеме базы (CREATE)")
        return missing
    present = set(_schema_tables(conn))
    names = [t.name for t in Base.metadata.sorted_tables] + list(_SERVER_ONLY_TABLES)
    for name in names:
        if name not in present:
            continue
        needed = ("SELECT", "INSERT") if name in _APPEND_ONLY else (
            "SELECT", "INSERT", "UPDATE", "DELETE")
        for right in needed:
            ok = conn.execute(text("SELECT has_table_privilege(current_schema() || '.' || :t, :r)"),
                              {"t": name, "r": right}).scalar()
            if not ok:
                missing.append(f"{right} на таблицу {name}")
    return missing


def open_server_database(
    location: DbLocation, *, migrate: bool, program: str
) -> Database:
    from .engine import (
        MIN_SERVER_VERSION,
        DatabaseError,
        check_revision,
        current_revision,
        head_revision,
        make_server_engine,
        migrate_to_head,
    )

    assert location.server is not None
    name = location.display()
    engine: Engine = make_server_engine(location)
    try:
        try:
            with engine.connect() as conn:
                version = int(conn.exec_driver_sql("SHOW server_version_num").scalar() or 0)
                tables = _schema_tables(conn)
        except sa_exc.DBAPIError as exc:
            raise connection_error(exc, location) from exc
        if version < MIN_SERVER_VERSION:
            major = version // 10000
            raise DatabaseError(
                f"Сервер {location.server.host} работает на PostgreSQL {major}, а программе "
                "нужна версия 15 или новее: попросите администратора обновить сервер.")
        current = current_revision(engine)
        check_revision(current, location.server.database)
        if current is None and tables:
            raise DatabaseError(
                f"База «{location.server.database}» на сервере {location.server.host} не "
                "пуста и не является базой RCI Intake (в ней есть чужие таблицы): укажите "
                "пустую базу или базу программы. Ничего не изменено.")
        head = head_revision()
        with engine.connect() as conn:
            lacking = missing_rights(conn, creating=current != head)
        if lacking:
            raise DatabaseError(
                f"У пользователя «{location.server.user}» не хватает прав в базе "
                f"«{location.server.database}»: {'; '.join(lacking)}. Администратору сервера "
                "следует выдать их (README, раздел «Сервер центра»).")
        if current != head:
            if not migrate:
                raise DatabaseError(
                    f"Схема базы «{location.server.database}» устарела "
                    f"({current or 'пустая'}), нужно обновление.")
            log.info("migrating server database %s from %s", name, current)
            try:
                migrate_to_head(engine)
            except sa_exc.DBAPIError as exc:
                raise translated_write_error(exc, name) from exc
            with engine.connect() as conn:
                lacking = missing_rights(conn, creating=False)
            if lacking:
                raise DatabaseError(
                    f"У пользователя «{location.server.user}» не хватает прав в базе: "
                    f"{'; '.join(lacking)}.")
    except Exception:
        engine.dispose()
        raise
    location.local_dir.mkdir(parents=True, exist_ok=True)
    from .engine import Database

    return Database(path=location.path, engine=engine, presence=None, location=location)
