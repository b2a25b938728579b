"""The centre's PostgreSQL server: connecting, checking, writing one at a time.

What differs from a local file is kept here; everything above the engine sees
the same :class:`~desktop_app.core.db.engine.Database`.

- **Connecting** checks, in this order, that the server answers, accepts the
  user, is PostgreSQL 15 or newer, and holds either our schema or nothing at
  all: a database with other tables is refused before anything is created.
- **Rights.** Creating or updating the schema needs the right to create
  objects in the database's schema and ownership of its tables (the owner of
  the database does it); day-to-day work needs SELECT, INSERT, UPDATE and
  DELETE on every table (``audit_log``: SELECT and INSERT; ``alembic_version``:
  SELECT) and USAGE on every sequence (:func:`missing_rights`; README,
  «Сервер центра», gives the administrator the same list). A role lacking one
  is refused at start with the missing right named, instead of failing at the
  first save.
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
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session
from sqlalchemy.pool import QueuePool

from .location import DbLocation
from .schema import (
    DatabaseBusyError,
    DatabaseError,
    DiskFullError,
    ServerPasswordError,
    check_revision,
    current_revision,
    head_revision,
    migrate_to_head,
)

if TYPE_CHECKING:
    from .server_presence import ServerPresence

log = logging.getLogger(__name__)

# Every write unit of work on a server takes this transaction-level advisory lock
# first: writers queue up one after another exactly as on SQLite (BEGIN IMMEDIATE),
# so the audit chain stays one chain, register numbers never collide and no two
# saves interleave. Readers never wait for it.
WRITE_LOCK_KEY = 0x52434931  # "RCI1"
MIN_SERVER_VERSION = 150000


#: A pooled connection used less than this many seconds ago is handed out without a
#: ping: a burst of reads (a list being scrolled) pays no extra round trip each, and a
#: connection idle longer (the server may have restarted meanwhile) is still checked.
PING_AFTER_IDLE_S = 5.0


def make_server_engine(location: DbLocation) -> Engine:
    assert location.server is not None
    url: Any = location.server.sqlalchemy_url()
    engine = create_engine(
        url,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        connect_args={"connect_timeout": 10, "application_name": "RCI Intake"},
    )
    event.listen(engine, "checkout", _ping_if_idle)
    event.listen(engine, "checkin", _note_use)
    return engine


def _note_use(_dbapi: Any, record: Any) -> None:
    if record is not None:
        record.info["rci_used"] = time.monotonic()


def _ping_if_idle(dbapi: Any, record: Any, _proxy: Any) -> None:
    """Check a connection idle for a while before use; a dead one is replaced (the
    pool retries the checkout with a new connection)."""
    used = record.info.get("rci_used")
    if used is not None and time.monotonic() - used < PING_AFTER_IDLE_S:
        return
    try:
        with dbapi.cursor() as cur:
            cur.execute("SELECT 1")
        if not dbapi.autocommit:
            dbapi.rollback()
    except Exception as exc:
        raise sa_exc.DisconnectionError(str(exc)) from exc


# What the program does with each of its tables (everything else: read and write).
_APPEND_ONLY = {"audit_log"}


def _sqlstate(exc: BaseException) -> str:
    orig = getattr(exc, "orig", exc)
    return str(getattr(orig, "sqlstate", "") or "")


def _text(exc: BaseException) -> str:
    return str(getattr(exc, "orig", exc)).lower()


def connection_error(exc: BaseException, location: DbLocation) -> Exception:
    """Why the server could not be reached or refused us, in one Russian sentence."""

    assert location.server is not None
    server = location.server
    where = f"{server.host}:{server.port}"
    state, text_ = _sqlstate(exc), _text(exc)
    if state == "28P01" or "password authentication failed" in text_:
        return ServerPasswordError(
            f"Сервер {where} не принял пароль пользователя «{server.user}»: проверьте "
            "пароль (переменная PGPASSWORD или файл pgpass) и повторите.", missing=False)
    if "no password supplied" in text_:
        return ServerPasswordError(
            f"Сервер {where} требует пароль пользователя «{server.user}»: задайте его в "
            "переменной PGPASSWORD или в файле pgpass (в настройках программы пароль не "
            "хранится).", missing=True)
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

            session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK_KEY})
            yield session
    except sa_exc.DBAPIError as exc:
        raise translated_write_error(exc, name) from exc


def _schema_tables(conn: Any) -> list[str]:
    return [r[0] for r in conn.exec_driver_sql(
        # pg_tables lists every table; information_schema only those the role may use
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
    ).fetchall()]


def server_version(conn: Any) -> int:
    """``server_version_num`` of the connected server (150004 for 15.4)."""
    return int(conn.exec_driver_sql("SHOW server_version_num").scalar() or 0)


def _has(conn: Any, check: str, name: str, right: str) -> bool:
    return bool(conn.execute(text(f"SELECT {check}(current_schema() || '.' || :n, :r)"),
                             {"n": name, "r": right}).scalar())


def _sequences(conn: Any) -> list[str]:
    return [r[0] for r in conn.exec_driver_sql(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind = 'S' AND n.nspname = current_schema() ORDER BY c.relname").fetchall()]


def _not_owned(conn: Any) -> list[str]:
    return [r[0] for r in conn.exec_driver_sql(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r', 'p', 'S') AND n.nspname = current_schema() "
        "AND NOT pg_has_role(c.relowner, 'USAGE') ORDER BY c.relname").fetchall()]


def missing_rights(conn: Any, *, creating: bool) -> list[str]:
    """The rights on our objects that the connected role lacks, in words.

    Creating or updating the schema (``creating``) needs the right to create
    objects in the database's schema and, when tables exist already, to own
    them (only the owner may alter a table): in practice the owner of the
    database does it. Day-to-day work needs, on every table of the schema,
    SELECT, INSERT, UPDATE and DELETE — on ``audit_log`` (append-only) SELECT
    and INSERT, on ``alembic_version`` SELECT — and USAGE on every sequence
    (new rows take their numbers from them). README, «Сервер центра», says the
    same to the administrator.
    """
    missing: list[str] = []
    if creating:
        if not conn.exec_driver_sql(
                "SELECT has_schema_privilege(current_schema(), 'CREATE')").scalar():
            missing.append("создание таблиц в схеме базы (CREATE)")
        foreign = _not_owned(conn)
        if foreign:
            shown = ", ".join(foreign[:5]) + (" …" if len(foreign) > 5 else "")
            missing.append(f"владение таблицами базы для обновления схемы ({shown})")
        return missing
    by_rights: dict[str, list[str]] = {}
    for table in sorted(_schema_tables(conn)):
        if table == "alembic_version":
            needed: tuple[str, ...] = ("SELECT",)
        elif table in _APPEND_ONLY:
            needed = ("SELECT", "INSERT")
        else:
            needed = ("SELECT", "INSERT", "UPDATE", "DELETE")
        lacking = [right for right in needed if not _has(conn, "has_table_privilege", table, right)]
        if lacking:
            by_rights.setdefault(", ".join(lacking), []).append(table)
    for rights, tables in by_rights.items():
        missing.append(f"{rights} на {_some('таблицу', 'таблицы', tables)}")
    sequences = [name for name in _sequences(conn)
                 if not _has(conn, "has_sequence_privilege", name, "USAGE")]
    if sequences:
        missing.append(f"USAGE на {_some('последовательность', 'последовательности', sequences)}")
    return missing


def _some(one: str, many: str, names: list[str]) -> str:
    if len(names) == 1:
        return f"{one} {names[0]}"
    shown = ", ".join(names[:4])
    more = f" и ещё {len(names) - 4}" if len(names) > 4 else ""
    return f"{many} {shown}{more}"


@dataclass(frozen=True)
class Probe:
    """What a connection check found on the server."""

    version: int
    revision: str | None
    """The schema's revision; None: an empty database the program will set up."""
    head: str

    def describe(self, location: DbLocation) -> str:
        assert location.server is not None
        server = location.server
        v = f"{self.version // 10000}.{self.version % 10000}"
        if self.revision is None:
            state = ("база пуста — при подключении программа создаст в ней свои таблицы")
        elif self.revision != self.head:
            state = (f"схема базы будет обновлена при подключении ({self.revision} → "
                     f"{self.head})")
        else:
            state = "база программы, схема актуальна"
        return (f"Подключение к серверу {server.host}:{server.port} установлено "
                f"(PostgreSQL {v}): {state}; пользователю «{server.user}» хватает прав.")


def _rights_error(location: DbLocation, lacking: list[str]) -> DatabaseError:

    assert location.server is not None
    return DatabaseError(
        f"У пользователя «{location.server.user}» не хватает прав в базе "
        f"«{location.server.database}»: {'; '.join(lacking)}. Администратору сервера "
        "следует выдать их (README, раздел «Сервер центра»).")


def probe_server(engine: Engine, location: DbLocation) -> Probe:
    """Check, in this order, that the server answers and accepts the user, is new
    enough, holds our schema or nothing, and that the user has the rights the next
    step needs; a :class:`DatabaseError` in words otherwise. Changes nothing."""

    assert location.server is not None
    server = location.server
    try:
        with engine.connect() as conn:
            version = server_version(conn)
            tables = _schema_tables(conn)
    except sa_exc.DBAPIError as exc:
        raise connection_error(exc, location) from exc
    if version < MIN_SERVER_VERSION:
        major = version // 10000
        raise DatabaseError(
            f"Сервер {server.host} работает на PostgreSQL {major}, а программе "
            "нужна версия 15 или новее: попросите администратора обновить сервер.")
    try:
        current = current_revision(engine)
    except sa_exc.DBAPIError as exc:
        if _sqlstate(exc) != "42501":
            raise connection_error(exc, location) from exc
        with engine.connect() as conn:
            lacking = missing_rights(conn, creating=False) or ["SELECT на таблицу "
                                                              "alembic_version"]
        raise _rights_error(location, lacking) from exc
    check_revision(current, server.database)
    if current is None and tables:
        raise DatabaseError(
            f"База «{server.database}» на сервере {server.host} не "
            "пуста и не является базой RCI Intake (в ней есть чужие таблицы): укажите "
            "пустую базу или базу программы. Ничего не изменено.")
    head = head_revision()
    try:
        with engine.connect() as conn:
            lacking = missing_rights(conn, creating=current != head)
    except sa_exc.DBAPIError as exc:
        raise connection_error(exc, location) from exc
    if lacking and current is not None and current != head:
        raise DatabaseError(
            f"Схему базы «{server.database}» нужно обновить, но у пользователя "
            f"«{server.user}» нет на это прав ({'; '.join(lacking)}): пусть "
            "владелец базы один раз запустит с её адресом программу или команду init, "
            "затем повторите.")
    if lacking:
        raise _rights_error(location, lacking)
    return Probe(version=version, revision=current, head=head)


def check_server(location: DbLocation) -> str:
    """«Проверить подключение»: what connecting would find, in one sentence (or a
    :class:`DatabaseError` saying what is wrong). Nothing is created or changed."""

    engine = make_server_engine(location)
    try:
        return probe_server(engine, location).describe(location)
    finally:
        engine.dispose()


def open_server_database(
    location: DbLocation, *, migrate: bool, program: str
) -> tuple[Engine, ServerPresence]:
    """The engine on a checked (and if need be migrated) server database, with this
    process's row among the open sessions; :mod:`.engine` wraps them in a Database."""

    assert location.server is not None
    name = location.display()
    engine: Engine = make_server_engine(location)
    try:
        found = probe_server(engine, location)
        if found.revision != found.head:
            if not migrate:
                raise DatabaseError(
                    f"Схема базы «{location.server.database}» устарела "
                    f"({found.revision or 'пустая'}), нужно обновление.")
            log.info("migrating server database %s from %s", name, found.revision)
            try:
                migrate_to_head(engine)
            except sa_exc.DBAPIError as exc:
                raise translated_write_error(exc, name) from exc
            with engine.connect() as conn:
                lacking = missing_rights(conn, creating=False)
            if lacking:
                raise _rights_error(location, lacking)
    except Exception:
        engine.dispose()
        raise
    location.local_dir.mkdir(parents=True, exist_ok=True)
    from .server_presence import ServerPresence, server_restore_in_progress

    presence = ServerPresence(engine, program)
    presence.register()
    try:
        restoring = server_restore_in_progress(engine)
    except sa_exc.DBAPIError as exc:
        presence.release()
        engine.dispose()
        raise connection_error(exc, location) from exc
    if restoring:
        presence.release()
        engine.dispose()
        raise DatabaseError(
            f"База «{location.server.database}» на сервере {location.server.host} сейчас "
            "восстанавливается из резервной копии: дождитесь окончания и подключитесь снова.")
    return engine, presence
