"""Backup and restore of a database on the centre's PostgreSQL server.

One file holds everything: the documents live in the database
(:mod:`desktop_app.core.documents.serverstore`), so ``pg_dump -Fc`` of the
database is the data and the documents of the same moment, and
``pg_restore`` loads both. The programs are PostgreSQL's own client tools,
found on ``PATH``, in ``RCI_INTAKE_PG_BIN`` or in ``/usr/lib/postgresql/*/bin``
(the newest whose major version is at least the server's); without them the
person is told to install the ``postgresql-client`` package. The password
reaches them through the ``PGPASSWORD`` environment of the child process,
never on its command line (where every user of the computer could read it).

Backup
    The dump is written under a temporary name, read back with
    ``pg_restore --list`` (a file that does not list is not a backup) and only
    then renamed into place.

Restore
    The file is checked first (it lists; it holds the program's schema of a
    revision this program knows). The target must be **empty** — a new
    database the administrator created — or, only when asked explicitly
    (``restore --replace``, by an administrator of that database, like the
    restore of a local file), **the program's own database**: then its current
    state is dumped first (the safety copy), its objects are dropped and the
    copy is loaded. A database holding other tables is refused with nothing
    changed. ``pg_restore --single-transaction --exit-on-error`` loads all or
    nothing. Afterwards the schema is brought to this program's revision, the
    whole ``check`` runs (every document re-hashed), the restore is written to
    the event log, and erasures of personal data the copy predates are applied
    again (see :mod:`.erasure_ledger`).

Automatic copies on closing the program are for a database file on this
computer; a server's backups are the server administrator's job (a scheduled
``pg_dump``, or this ``backup`` command run by a scheduler), and no
workstation copies the centre's database when it closes.
"""

from __future__ import annotations

import datetime as dt
import glob
import logging
import os
import re
import shutil
import subprocess
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import exc as sa_exc

from desktop_app.core.db.engine import known_revisions, make_server_engine
from desktop_app.core.db.location import DbLocation, ServerAddress, parse_location
from desktop_app.core.db.presence import SessionNote
from desktop_app.core.db.server_presence import ServerRestoreLock
from desktop_app.core.errors import InputError, UserError
from desktop_app.core.paths import backups_dir

log = logging.getLogger(__name__)

ENV_PG_BIN = "RCI_INTAKE_PG_BIN"
DUMP_SUFFIX = ".dump"
_VERSION_RE = re.compile(r"\(PostgreSQL\)\s+(\d+)")
_DBNAME_RE = re.compile(r";\s+dbname:\s*(.*)$")


@dataclass
class ServerBackupResult:
    path: Path
    entries: int
    """Objects the copy lists (tables, indexes, data…): read back after writing."""
    size: int


@dataclass
class ServerRestoreResult:
    restored_from: Path
    safety_backup: Path | None
    revision: str
    check_problems: list[str] = field(default_factory=list)
    reerased: list[Any] = field(default_factory=list)
    reerase_problem: str | None = None


# --- the client programs ----------------------------------------------------------------

def _tool_major(path: str) -> int | None:
    try:
        done = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=30,
                              check=False, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.SubprocessError):
        return None
    found = _VERSION_RE.search(done.stdout or "")
    return int(found.group(1)) if done.returncode == 0 and found else None


def find_tool(name: str, at_least: int) -> str:
    """The newest ``name`` (pg_dump, pg_restore) of major version ``at_least`` or newer."""
    exe = name + (".exe" if os.name == "nt" else "")
    candidates: list[str] = []
    extra = os.environ.get(ENV_PG_BIN, "").strip()
    if extra:
        candidates.append(str(Path(extra) / exe))
    candidates += sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{exe}"))
    on_path = shutil.which(name)
    if on_path:
        candidates.append(on_path)
    best: tuple[int, str] | None = None
    seen: list[int] = []
    for candidate in candidates:
        if not Path(candidate).is_file():
            continue
        major = _tool_major(candidate)
        if major is None:
            continue
        seen.append(major)
        if major >= at_least and (best is None or major > best[0]):
            best = (major, candidate)
    if best is None:
        have = (f" (найдены только версии {', '.join(map(str, sorted(set(seen))))})"
                if seen else "")
        raise InputError(
            f"Для резервной копии базы на сервере нужна программа {name} из PostgreSQL "
            f"{at_least} или новее, а на этом компьютере её нет{have}. Установите пакет "
            f"postgresql-client версии {at_least} или новее (Debian/Ubuntu: sudo apt install "
            "postgresql-client) или укажите папку с программами PostgreSQL в переменной "
            f"{ENV_PG_BIN} и повторите.")
    return best[1]


def _environment(server: ServerAddress) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PGPASSWORD"}
    if server.password:
        env["PGPASSWORD"] = server.password  # never on the command line
    elif "PGPASSWORD" in os.environ:
        env["PGPASSWORD"] = os.environ["PGPASSWORD"]
    return env


def _run(args: list[str], server: ServerAddress, what: str) -> subprocess.CompletedProcess[str]:
    try:
        done = subprocess.run(args, capture_output=True, text=True, env=_environment(server),
                              check=False, stdin=subprocess.DEVNULL)
    except OSError as exc:
        raise InputError(f"{what}: не удалось запустить {Path(args[0]).name} ({exc})") from exc
    if done.returncode != 0:
        lines = [x for x in (done.stderr or "").splitlines() if x.strip()]
        reason = "; ".join(lines[-3:]) or f"код завершения {done.returncode}"
        if server.password:
            reason = reason.replace(server.password, "***")
        raise InputError(f"{what}: {Path(args[0]).name} сообщил об ошибке: {reason}")
    return done


def _server_major(location: DbLocation) -> int:
    from desktop_app.core.db.server import connection_error

    engine = make_server_engine(location)
    try:
        with engine.connect() as conn:
            return int(conn.exec_driver_sql("SHOW server_version_num").scalar() or 0) // 10000
    except sa_exc.DBAPIError as exc:
        raise connection_error(exc, location) from exc
    finally:
        engine.dispose()


# --- backup -------------------------------------------------------------------------------

def backup_name(location: DbLocation, when: dt.datetime) -> str:
    assert location.server is not None
    return f"{location.server.slug()}-{when:%Y%m%d-%H%M%S}{DUMP_SUFFIX}"


def _listing(path: Path, server: ServerAddress, major: int) -> list[str]:
    tool = find_tool("pg_restore", major)
    done = _run([tool, "--list", str(path)], server, f"Резервная копия «{path.name}» не читается")
    return done.stdout.splitlines()


def list_dump(path: Path, server: ServerAddress, major: int) -> list[str]:
    """The table of contents of a copy (``pg_restore --list``); refuses what is no copy."""
    return [x for x in _listing(path, server, major) if x.strip() and not x.startswith(";")]


def dump_database(path: Path, server: ServerAddress, major: int) -> str | None:
    """The name of the database the copy was made of (the header of its listing)."""
    for line in _listing(path, server, major):
        found = _DBNAME_RE.match(line)
        if found:
            return found.group(1).strip() or None
    return None


def source_ledgers(database: str | None, target: DbLocation) -> list[Path]:
    """The local names (see :mod:`.erasure_ledger`) of this workstation's ledgers for
    the database ``database`` a copy was made of, when it is not the ``target``: a
    copy restored under another name still knows the erasures made after it. Any
    server's database of that name is taken: the ledger names contacts by UUID, so
    the ledger of an unrelated database erases nobody."""
    from desktop_app.core.paths import data_dir

    if not database or target.server is None or database == target.server.database:
        return []
    suffix = ".erasures"
    found = sorted((data_dir() / "servers").glob(f"*/{glob.escape(database)}.server{suffix}"))
    return [Path(str(p)[:-len(suffix)]) for p in found if p.is_file()]


def make_server_backup(services: Any, target: Path | None = None) -> ServerBackupResult:
    """``pg_dump -Fc`` of the server database (documents included) into ``target`` (a
    file, or a folder for a named copy; by default this workstation's ``backups``
    folder for the server), verified by listing it back."""
    from desktop_app.core.services.context import Permission

    services.ctx.require(Permission.BACKUP)
    location = services.db.location
    assert location is not None and location.server is not None
    server = location.server
    when = dt.datetime.now().replace(microsecond=0)
    if target is None:
        target = backups_dir(services.db_path) / backup_name(location, when)
    target = Path(target).expanduser()
    if target.is_dir() or (not target.suffix and not target.exists()):
        target = target / backup_name(location, when)
    if target.suffix.lower() in (".sqlite3", ".sqlite", ".db"):
        raise InputError(
            f"Резервная копия базы на сервере — файл pg_dump, а не база SQLite: укажите имя "
            f"с расширением {DUMP_SUFFIX} (например, «{target.with_suffix(DUMP_SUFFIX).name}») "
            "или папку")
    target.parent.mkdir(parents=True, exist_ok=True)
    major = _server_major(location)
    tool = find_tool("pg_dump", major)
    tmp = target.with_name(f"{target.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.part")
    try:
        _run([tool, "--format=custom", f"--file={tmp}",
              f"--dbname={server.libpq_url(with_password=False)}"],
             server, "Резервная копия не создана")
        listed = list_dump(tmp, server, major)
        if not any("alembic_version" in x for x in listed):
            raise InputError("Резервная копия не создана: в записанном файле нет схемы базы")
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    log.info("server backup of %s written to %s", location.display(), target)
    return ServerBackupResult(path=target, entries=len(listed), size=target.stat().st_size)


# --- restore ------------------------------------------------------------------------------

def dump_revision(path: Path, server: ServerAddress, major: int) -> str | None:
    """The schema revision the copy holds (its ``alembic_version`` row), None if none."""
    tool = find_tool("pg_restore", major)
    done = _run([tool, "--data-only", "--table=alembic_version", "--file=-", str(path)],
                server, f"Резервная копия «{path.name}» не читается")
    lines = done.stdout.splitlines()
    for n, line in enumerate(lines):
        if line.startswith("COPY ") and "alembic_version" in line and n + 1 < len(lines):
            value = lines[n + 1].strip()
            return None if value == "\\." else value
    return None


def target_state(location: DbLocation) -> str:
    """«empty», «program» (our schema) or «foreign» (other tables)."""
    from desktop_app.core.db.server import _schema_tables, connection_error

    engine = make_server_engine(location)
    try:
        with engine.connect() as conn:
            tables = set(_schema_tables(conn))
    except sa_exc.DBAPIError as exc:
        raise connection_error(exc, location) from exc
    finally:
        engine.dispose()
    if not tables:
        return "empty"
    return "program" if "alembic_version" in tables else "foreign"


def check_server_candidate(backup: Path, location: DbLocation) -> tuple[str, int]:
    """Refuse what cannot be restored (InputError, nothing changed); the copy's revision
    and the server's major version otherwise."""
    assert location.server is not None
    if not backup.is_file():
        raise InputError(f"Резервная копия: файл «{backup}» не найден")
    major = _server_major(location)
    list_dump(backup, location.server, major)
    revision = dump_revision(backup, location.server, major)
    if revision is None:
        raise InputError(f"Копию нельзя восстановить: в файле «{backup.name}» нет схемы базы "
                         "программы (это не резервная копия RCI Intake)")
    if revision not in known_revisions():
        raise InputError(f"Копию нельзя восстановить: она сделана более новой версией "
                         f"программы (схема {revision}); обновите программу")
    return revision, major


DROP_LOCK_WAIT = "15s"
"""How long emptying the database waits for another connection's locks (an idle
transaction left open somewhere) before it gives up with nothing changed."""


class DatabaseHeld(UserError):
    """Another connection holds locks the restore needs; nothing was changed."""


def _drop_program_objects(location: DbLocation) -> None:
    """Remove every table, view, sequence, function and type of the current schema.

    All in one transaction: when another connection holds a lock on one of them past
    :data:`DROP_LOCK_WAIT`, nothing is removed and :class:`DatabaseHeld` is raised."""
    engine = make_server_engine(location)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{DROP_LOCK_WAIT}'")
            _drop_all(conn)
    except sa_exc.DBAPIError as exc:
        if str(getattr(exc.orig, "sqlstate", "") or "") != "55P03":
            raise
        raise DatabaseHeld(
            "Другое подключение к базе держит её таблицы (незавершённая транзакция, "
            "например, окно программы, зависшее при записи): восстановление отменено, "
            "ничего не изменено. Закройте программу на всех рабочих местах или попросите "
            "администратора сервера завершить это подключение, затем повторите.") from None
    finally:
        engine.dispose()


def _drop_all(conn: Any) -> None:
    """Drop the program's objects of the current schema (see :func:`_drop_program_objects`)."""
    for kind, query in (
        ("VIEW", "SELECT table_name FROM information_schema.views "
                 "WHERE table_schema = current_schema()"),
        ("TABLE", "SELECT table_name FROM information_schema.tables WHERE "
                  "table_schema = current_schema() AND table_type = 'BASE TABLE'"),
        ("SEQUENCE", "SELECT sequence_name FROM information_schema.sequences "
                     "WHERE sequence_schema = current_schema()"),
    ):
        for (name,) in conn.exec_driver_sql(query).fetchall():
            quoted = '"' + str(name).replace('"', '""') + '"'
            conn.exec_driver_sql(f"DROP {kind} IF EXISTS {quoted} CASCADE")
    for (signature,) in conn.exec_driver_sql(
            "SELECT p.oid::regprocedure::text FROM pg_proc p "
            "WHERE p.pronamespace = current_schema()::regnamespace").fetchall():
        conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {signature} CASCADE")
    for (name,) in conn.exec_driver_sql(
            "SELECT t.typname FROM pg_type t WHERE t.typnamespace = "
            "current_schema()::regnamespace AND t.typtype IN ('e', 'd')").fetchall():
        quoted = '"' + str(name).replace('"', '""') + '"'
        conn.exec_driver_sql(f"DROP TYPE IF EXISTS {quoted} CASCADE")


def restore_server_backup(
    db: str | DbLocation, backup: Path, *, services: Any | None = None, force: bool = False,
) -> ServerRestoreResult:
    """Load ``backup`` into the server database ``db`` (see the module docstring).

    ``services``: the database opened by the administrator who asked to replace
    the program's database (``restore --replace``); None for an empty target.
    It is CLOSED afterwards. Raises InputError (in words, nothing changed)
    when the copy or the target does not fit, and when another workstation
    has the database open (their work would vanish under them) unless
    ``force`` says the administrator knows those sessions are dead.
    """
    from desktop_app.core.db.engine import open_database
    from desktop_app.core.services import audit
    from desktop_app.core.services.context import SYSTEM, Permission
    from desktop_app.core.services.facade import Services
    from desktop_app.core.services.maintenance import check_database

    location = parse_location(db)
    if location.server is None:
        raise InputError("восстановление копии сервера: укажите адрес базы на сервере")
    server = location.server
    backup = Path(backup).expanduser()
    name = f"«{server.database}» на сервере {server.host}"
    revision, major = check_server_candidate(backup, location)
    source = dump_database(backup, server, major)
    also = source_ledgers(source, location)
    state = target_state(location)
    if state == "foreign":
        raise InputError(
            f"База {name} не пуста и не является базой RCI Intake (в ней есть чужие "
            "таблицы): восстановление в неё отменено, ничего не изменено. Укажите пустую "
            "базу (её создаёт администратор сервера).")
    safety: Path | None = None
    carried: list[dict[str, Any]] = []
    actor = SYSTEM
    if state == "program":
        if services is None:
            raise InputError(
                f"База {name} уже содержит данные программы: восстановление заменило бы их "
                "для всех рабочих мест. Восстановите копию в новую пустую базу или, если "
                "нужно заменить именно эту, повторите с --replace от имени администратора. "
                "Ничего не изменено.")
        services.ctx.require(Permission.RESTORE)
        actor = services.actor
        # No new window opens from here on; those open already are named and refuse.
        guard = ServerRestoreLock(make_server_engine(location))
        if not guard.acquire():
            guard.engine.dispose()
            raise InputError(f"Базу {name} уже восстанавливает другой администратор: "
                             "дождитесь окончания. Ничего не изменено.")
        try:
            others = services.db.other_sessions()
            if others and not force:
                raise InputError(connected_elsewhere(services, name, others))
            if others:
                log.warning("restore --force over %d open session(s): %s", len(others),
                            "; ".join(n.describe() for n in others))
            safety = make_server_backup(services, None).path
            carried = _erasures_of(services)
            services.close()
            _drop_program_objects(location)
            _pg_restore(backup, server, major, safety)
        finally:
            guard.release()
            guard.engine.dispose()
    else:
        _pg_restore(backup, server, major, safety)
    if source and source != server.database:  # the acts of erasures made there since
        carried += _erasures_in_database(server, source)
    from desktop_app.core.services.audit import reset_anchor

    reset_anchor(location.path)
    result = ServerRestoreResult(restored_from=backup, safety_backup=safety, revision=revision)
    restored = Services(open_database(location), SYSTEM)
    try:
        with restored.db.write() as s:
            audit.record(
                s, user_id=actor.user_id, user_login=actor.login, action="restore",
                entity="database",
                new={"from": backup.name, "safety_backup": safety.name if safety else None,
                     "revision": revision, "server": True},
            )
        try:
            result.reerased = restored.as_actor(actor).personal_data.reapply_ledger(
                carried, also=also)
        except Exception as exc:  # the restore is done: say what is left to do
            log.exception("re-applying the erasure ledger after a server restore failed")
            result.reerase_problem = (
                "уничтожения персональных данных, выполненные после создания копии, не "
                f"применены повторно ({exc}); выполните «erasure reapply» и «check»")
        report = check_database(restored)
        result.check_problems = [
            f"{item.name}: {'; '.join(item.details) or 'ошибка'}"
            for item in report.items if not item.ok]
    finally:
        restored.close()
    return result


def _pg_restore(backup: Path, server: ServerAddress, major: int, safety: Path | None) -> None:
    restore_tool = find_tool("pg_restore", major)
    try:
        _run([restore_tool, "--no-owner", "--no-privileges", "--exit-on-error",
              "--single-transaction", f"--dbname={server.libpq_url(with_password=False)}",
              str(backup)], server, "Копия не восстановлена")
    except InputError as exc:
        if safety is not None:
            raise InputError(
                f"{exc}. Прежнее состояние базы сохранено в «{safety}»: восстановите его "
                "командой restore в эту (теперь пустую) базу.") from exc
        raise


def connected_elsewhere(services: Any, name: str, others: list[SessionNote]) -> str:
    """The refusal naming who has the database open, and what to do."""
    from sqlalchemy import select

    from desktop_app.core.db.models import User

    logins = {n.user for n in others if n.user}
    full: dict[str, str] = {}
    if logins:
        with services.db.read() as s:
            full = {str(login): str(full_name) for login, full_name in s.execute(
                select(User.login, User.full_name).where(User.login.in_(logins)))}
    people = []
    for note in others:
        since = note.since.astimezone().strftime("%d.%m.%Y %H:%M")
        if note.user:
            who = f"{full.get(note.user) or note.user} ({note.user})"
        else:
            who = f"без входа, пользователь системы «{note.os_user}»"
        people.append(f"{who} на компьютере «{note.host}», {note.program}, с {since}")
    return (
        f"Базу {name} сейчас открыли на других рабочих местах: " + "; ".join(people)
        + ". Их работа пропала бы при восстановлении: попросите их закрыть программу и "
        "повторите. Если эти подключения остались от выключенных компьютеров и точно не "
        "работают, администратор может повторить команду с --force. Ничего не изменено.")


def _erasures_in_database(server: ServerAddress, database: str) -> list[dict[str, Any]]:
    """The ``contact_erasures`` rows of another database on the same server (none when
    it is gone or cannot be read): the copy restored under another name was made of it."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from desktop_app.core.db.models import ContactErasure

    engine = make_server_engine(parse_location(server.libpq_url(database=database)))
    try:
        with Session(engine) as s:
            return [{c.name: getattr(row, c.name) for c in ContactErasure.__table__.columns}
                    for row in s.execute(select(ContactErasure)
                                         .order_by(ContactErasure.id)).scalars()]
    except (sa_exc.SQLAlchemyError, UserError) as exc:
        log.info("no erasures read from the copy's own database %s: %s", database, exc)
        return []
    finally:
        engine.dispose()


def _erasures_of(services: Any) -> list[dict[str, Any]]:
    """The ``contact_erasures`` rows of the database about to be replaced."""
    from desktop_app.core.db.models import ContactErasure

    out = []
    with services.db.read() as s:
        for row in s.query(ContactErasure).order_by(ContactErasure.id):
            data = {c.name: getattr(row, c.name) for c in ContactErasure.__table__.columns}
            out.append(data)
    return out


def is_server_database(db: Any) -> bool:
    from desktop_app.core.db.location import is_server_url

    return is_server_url(db) or (isinstance(db, DbLocation) and db.is_server)


__all__ = [
    "DUMP_SUFFIX", "ENV_PG_BIN", "ServerBackupResult", "ServerRestoreResult",
    "check_server_candidate", "connected_elsewhere", "find_tool", "is_server_database", "list_dump",
    "make_server_backup", "restore_server_backup", "target_state",
]
