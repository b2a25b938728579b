"""Opening the database: pragmas, migrations (after a backup), sessions.

``synchronous=FULL``: the database lives on a single workstation disk and a
consultation that the app acknowledged must survive a power cut; the cost (an
fsync of the WAL on every commit) is a few milliseconds per save, which nobody
at a desk notices. Bulk operations (demo data, imports) batch their rows into
few transactions instead of relaxing durability.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import random
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from desktop_app.core.formatting import fold_text

from .location import DbLocation, parse_location
from .presence import (
    Presence,
    RestoreLock,
    SessionNote,
    all_sessions,
    other_sessions,
    restore_in_progress,
)
from .schema import (
    DatabaseBusyError,
    DatabaseError,
    DatabaseTooNewError,
    DiskFullError,
    ServerPasswordError,
    alembic_config,
    check_revision,
    current_revision,
    head_revision,
    known_revisions,
    migrate_to_head,
)
from .server import MIN_SERVER_VERSION, WRITE_LOCK_KEY, make_server_engine

if TYPE_CHECKING:
    from .server_presence import ServerPresence, ServerRestoreLock

# The database layer's one entry point: what .schema and .server define is used through here.
__all__ = [
    "BUSY_TIMEOUT_MS",
    "MIN_SERVER_VERSION",
    "WRITE_LOCK_KEY",
    "Database",
    "DatabaseBusyError",
    "DatabaseError",
    "DatabaseTooNewError",
    "DiskFullError",
    "ServerPasswordError",
    "alembic_config",
    "check_revision",
    "current_revision",
    "head_revision",
    "known_revisions",
    "make_engine",
    "make_server_engine",
    "migrate_to_head",
    "open_database",
    "sqlite_backup",
    "translated_error",
]

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000


def translated_error(exc: BaseException, path: Path) -> BaseException:
    """SQLite's operational errors people can act on, in words; others unchanged."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "database is locked" in text or "database is busy" in text:
        return DatabaseBusyError(
            f"База данных «{path.name}» занята: другое окно или команда выполняет долгую "
            f"запись (например, импорт) дольше {BUSY_TIMEOUT_MS // 1000} с. Ничего не "
            "записано; подождите её окончания и повторите."
        )
    if "database or disk is full" in text or "disk i/o error" in text:
        return DiskFullError(
            f"Недостаточно места на диске с базой данных «{path.name}» (или диск не "
            "отвечает): ничего не записано. Освободите место и повторите."
        )
    return exc


T = TypeVar("T")

#: SQLSTATEs of a transaction the server rolled back so that another could go on
#: (serialization failure, deadlock): the same write tried again may well succeed.
RETRY_STATES = frozenset({"40001", "40P01"})
#: How many times :func:`run_write_retrying` tries a write before telling the person.
WRITE_ATTEMPTS = 3


def retryable(exc: BaseException) -> bool:
    """True when ``exc`` (or what caused it) is a serialization failure or a deadlock."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        orig = getattr(current, "orig", None)
        for candidate in (current, orig):
            state = str(getattr(candidate, "sqlstate", "") or "")
            if state in RETRY_STATES:
                return True
        current = current.__cause__ or current.__context__
    return False


def run_write_retrying(
    open_write: Callable[[], AbstractContextManager[Any]],
    fn: Callable[[Any], T],
    *,
    attempts: int = WRITE_ATTEMPTS,
    name: str = "",
) -> T:
    """``fn(session)`` in a write unit of work opened by ``open_write``; a unit of work
    the server aborted for a deadlock or a serialization failure is rolled back and
    ``fn`` run again in a new one, at most ``attempts`` times in all, after a short
    random pause. ``fn`` must be a function of its inputs and of what it reads in the
    session (it may run more than once). Past the last attempt the person reads
    :class:`DatabaseBusyError`; nothing was written."""
    attempts = max(1, attempts)
    for attempt in range(1, attempts + 1):
        try:
            with open_write() as session:
                return fn(session)
        except Exception as exc:
            if not retryable(exc):
                raise
            if attempt >= attempts:
                raise DatabaseBusyError(
                    f"База данных ({name}) не приняла запись: все попытки записи ({attempts}) "
                    "совпали с одновременной работой других пользователей. Ничего не "
                    "записано; повторите через минуту.") from exc
            log.warning("write to %s aborted by the server (%s), attempt %d of %d",
                        name, exc, attempt, attempts)
            time.sleep(random.uniform(0.02, 0.1) * attempt)
    raise AssertionError("unreachable")  # pragma: no cover


def _fold(value: object) -> str | None:
    return None if value is None else fold_text(str(value))


PAGE_CACHE_KIB = 32_000   # SQLite's page cache per connection (a command, a report)


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any,
                cache_kib: int = PAGE_CACHE_KIB) -> None:
    # The driver's own transaction handling is switched off; SQLAlchemy's
    # "begin" listener below issues BEGIN itself (DEFERRED or IMMEDIATE).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    try:
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA temp_store = MEMORY")
        cur.execute(f"PRAGMA cache_size = -{int(cache_kib)}")
        if os.environ.get("RCI_INTAKE_REVERSE_UNORDERED"):
            # tests: rows without ORDER BY come back reversed, so a missing ORDER BY shows
            cur.execute("PRAGMA reverse_unordered_selects = ON")
    finally:
        cur.close()
    dbapi_conn.create_function("rci_fold", 1, _fold, deterministic=True)


def _on_begin(conn: Any) -> None:
    options = conn.get_execution_options()
    mode = options.get("sqlite_begin", "DEFERRED")
    # How long BEGIN may wait for another writer: set on every transaction, since a
    # pooled connection may have served a unit of work that waited less.
    wait_ms = int(options.get("sqlite_busy_ms", BUSY_TIMEOUT_MS))
    conn.exec_driver_sql(f"PRAGMA busy_timeout = {wait_ms}")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(path: Path | DbLocation, *, cache_kib: int = PAGE_CACHE_KIB) -> Engine:
    """``cache_kib``: SQLite's page cache of each pooled connection."""
    if isinstance(path, DbLocation):
        if path.is_server:
            return make_server_engine(path)
        path = path.path
    engine = create_engine(
        f"sqlite:///{path}",
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        # the connection used last is handed out first: its page cache holds what
        # the last reads touched (a list scrolled page by page reads nearby pages)
        pool_use_lifo=True,
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect",
                 lambda conn, record: _on_connect(conn, record, cache_kib))
    event.listen(engine, "begin", _on_begin)
    return engine


def sqlite_backup(source: Path, target: Path, *, exclusive: bool = False) -> None:
    """Copy a (possibly live) database with the SQLite online backup API.

    The copy is written under a name no other process uses and put in place
    only when complete and verified. With ``exclusive`` an existing ``target``
    is never replaced: :class:`FileExistsError` tells the caller to pick
    another name (two backups started in the same second both survive).
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f"{target.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.part")
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst, pages=4096)
                dst.execute("PRAGMA journal_mode = DELETE")
                ok = dst.execute("PRAGMA integrity_check").fetchone()
                if ok is None or ok[0] != "ok":
                    raise DatabaseError(
                        f"резервная копия {target.name} не прошла проверку целостности")
            finally:
                dst.close()
        finally:
            src.close()
        if exclusive:
            os.link(tmp, target)  # atomic, and refuses to replace an existing file
        else:
            tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)


@dataclass
class Database:
    """An opened, migrated database: the engine plus session factories."""

    path: Path
    engine: Engine
    presence: Presence | ServerPresence | None = None
    """This process's note in ``<database>.sessions`` (see :mod:`.presence`) or, on a
    server, its row in ``workstation_sessions`` (see :mod:`.server_presence`)."""
    location: DbLocation | None = None
    _sessions: sessionmaker[Session] = field(init=False, repr=False)
    _write_sessions: sessionmaker[Session] = field(init=False, repr=False)
    _info: dict[str, Any] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if self.location is None:
            self.location = DbLocation(path=self.path)
        # the local name sidecar files are kept beside (the audit anchor, see
        # services.audit): for a server it is not in the engine's URL
        self._info = {"db_path": self.path}
        self._sessions = sessionmaker(self.engine, expire_on_commit=False, info=self._info)
        self._write_sessions = sessionmaker(
            self.engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False,
            info=self._info,
        )

    @property
    def is_server(self) -> bool:
        return self.engine.dialect.name != "sqlite"

    def display(self) -> str:
        """What the status bar and messages call this database."""
        assert self.location is not None
        return self.location.display()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A reading unit of work (deferred transaction; objects stay readable after it)."""
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def driver_read(self) -> Iterator[Any]:
        """A pooled SQLite driver connection for reads of ONE statement each.

        The driver runs a statement outside BEGIN … COMMIT as its own read
        transaction (a consistent snapshot of that statement), so a list page needs
        no unit of work around it: this skips the session, the busy-timeout pragma
        and the BEGIN/COMMIT pair a :meth:`read` costs. SQLite only."""
        assert not self.is_server
        pooled = self.engine.raw_connection()
        try:
            yield pooled.dbapi_connection
        finally:
            pooled.close()

    @contextmanager
    def statement_read(self) -> Iterator[Connection]:
        """A server connection for reads of ONE statement each (a statement is its own
        snapshot): no BEGIN and COMMIT round trips around it. Server only."""
        assert self.is_server
        with self.engine.connect() as conn:
            yield conn.execution_options(isolation_level="AUTOCOMMIT")

    @contextmanager
    def write(self, *, wait_ms: int | None = None) -> Iterator[Session]:
        """One write unit of work: BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any error.

        A database another process keeps busy past the wait (``wait_ms``, by
        default :data:`BUSY_TIMEOUT_MS`), and a full disk, come out as
        :class:`DatabaseError` in words (nothing was written).
        """
        factory = self._write_sessions
        if wait_ms is not None:
            factory = sessionmaker(
                self.engine.execution_options(sqlite_begin="IMMEDIATE", sqlite_busy_ms=wait_ms),
                expire_on_commit=False, info=self._info)
        if self.is_server:
            from .server import server_write

            with server_write(factory, wait_ms or BUSY_TIMEOUT_MS, self.display()) as session:
                yield session
            return
        try:
            with factory() as session, session.begin():
                yield session
        except sa_exc.OperationalError as exc:
            raise translated_error(exc, self.path) from exc

    # --- who else has this database open (a file's notes or the server's rows) ------
    def sessions(self) -> list[SessionNote]:
        """Every live window and command on this database, oldest first; this
        process's own ones are marked ``own``."""
        if self.is_server:
            from .server_presence import ServerPresence, server_sessions

            if isinstance(self.presence, ServerPresence):
                self.presence.ensure()
            return server_sessions(self.engine, include_own=True)
        return all_sessions(self.path)

    def other_sessions(self) -> list[SessionNote]:
        """Live windows and commands of other processes (stale entries are removed)."""
        if self.is_server:
            from .server_presence import server_sessions

            return server_sessions(self.engine, include_own=False)
        return other_sessions(self.path)

    def restore_lock(self) -> RestoreLock | ServerRestoreLock:
        """The guard a restore holds: no new session opens the database meanwhile."""
        if self.is_server:
            from .server_presence import ServerRestoreLock

            return ServerRestoreLock(self.engine)
        return RestoreLock(self.path)

    def run_write(
        self, fn: Callable[[Session], T], *, attempts: int = WRITE_ATTEMPTS,
        wait_ms: int | None = None,
    ) -> T:
        """``fn(session)`` in a write unit of work, tried again when the server aborts
        it for a deadlock or a serialization failure (see :func:`run_write_retrying`)."""
        return run_write_retrying(lambda: self.write(wait_ms=wait_ms), fn,
                                  attempts=attempts, name=self.display())

    def close(self) -> None:
        if self.is_server:
            # the row is deleted through its own connection, before the pool goes
            if self.presence is not None:
                self.presence.release()
            self.engine.dispose()
            return
        self.engine.dispose()
        if self.presence is not None:
            self.presence.release()


def open_database(
    path: Path | str | DbLocation,
    *,
    migrate: bool = True,
    backup_dir: Path | None = None,
    program: str = "командная строка",
    cache_kib: int = PAGE_CACHE_KIB,
) -> Database:
    """Open (and create or migrate) the database at ``path``.

    An existing database that needs migrating is first copied with the SQLite
    backup API into ``backup_dir`` (default: ``backups`` beside the file). A
    database written by a newer version of the program is refused, and so is
    opening while a restore is replacing the file. ``program`` names this part
    of the program to a restore that finds the database open. ``path`` may also
    be a server URL (see :mod:`.location`). ``cache_kib``: SQLite's page cache of
    each connection to a file (the desktop window, with several connections at
    once, keeps it small).
    """
    location = parse_location(path)
    if location.is_server:
        from .server import open_server_database

        engine, server_presence = open_server_database(location, migrate=migrate, program=program)
        return Database(path=location.path, engine=engine, presence=server_presence,
                        location=location)
    path = location.path
    if path.exists() and path.is_dir():
        raise DatabaseError(f"«{path}» — это папка, а не файл базы данных")
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        _check_is_sqlite(path)
    engine = make_engine(path, cache_kib=cache_kib)
    try:
        current = current_revision(engine)
        head = head_revision()
        if current is not None and current not in known_revisions():
            raise DatabaseTooNewError(
                f"База данных «{path.name}» создана более новой версией программы "
                f"(схема {current}). Обновите программу; эта версия не может с ней работать, "
                "чтобы не повредить данные."
            )
        if current != head:
            if not migrate:
                raise DatabaseError(
                    f"Схема базы «{path.name}» устарела ({current or 'пустая'}), нужно обновление."
                )
            if existed and current is not None:
                stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
                folder = backup_dir or path.parent / "backups"
                target = folder / f"{path.stem}-before-migration-{current}-{stamp}.sqlite3"
                log.info("backing up %s to %s before migrating", path, target)
                sqlite_backup(path, target)
            from alembic import command

            with engine.begin() as conn:
                command.upgrade(alembic_config(conn), "head")
    except Exception:
        engine.dispose()
        raise
    presence = Presence(path, program)
    presence.register()
    if restore_in_progress(path):
        presence.release()
        engine.dispose()
        raise DatabaseError(
            f"База данных «{path.name}» сейчас восстанавливается из резервной копии: "
            "дождитесь окончания и откройте её снова."
        )
    return Database(path=path, engine=engine, presence=presence, location=location)


def _check_is_sqlite(path: Path) -> None:
    with path.open("rb") as fh:
        header = fh.read(16)
    if header != b"SQLite format 3\x00":
        raise DatabaseError(
            f"Файл «{path.name}» не является базой данных SQLite (возможно, повреждён "
            "или выбран не тот файл)."
        )
