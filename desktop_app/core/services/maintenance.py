"""Checking the database and making backups (the parts the command line calls)."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import event, text
from sqlalchemy import exc as sa_exc

from desktop_app.core.db.engine import (
    Database,
    DatabaseError,
    current_revision,
    head_revision,
    make_engine,
    sqlite_backup,
)
from desktop_app.core.errors import InputError
from desktop_app.core.files import is_disk_full
from desktop_app.core.services.audit import (
    anchor_problems,
    read_anchor,
    trigger_problems,
    verify_chain,
)
from desktop_app.core.services.context import SYSTEM
from desktop_app.core.services.facade import Services, open_services

log = logging.getLogger(__name__)


@dataclass
class CheckItem:
    name: str
    ok: bool
    details: list[str] = field(default_factory=list)


@dataclass
class CheckReport:
    items: list[CheckItem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(i.ok for i in self.items)

    def add(self, name: str, ok: bool, details: list[str] | None = None) -> None:
        self.items.append(CheckItem(name, ok, details or []))

    def lines(self) -> list[str]:
        out = []
        for item in self.items:
            out.append(f"{'[ок]  ' if item.ok else '[ОШИБКА]'} {item.name}")
            out.extend(f"        {d}" for d in item.details[:50])
            if len(item.details) > 50:
                out.append(f"        … и ещё {len(item.details) - 50}")
        return out

    def verdict(self) -> str:
        if self.ok:
            return "Итог: проблем не найдено."
        bad = sum(1 for i in self.items if not i.ok)
        return (
            f"Итог: найдены проблемы ({bad}). Сделайте резервную копию и обратитесь к "
            "администратору; не удаляйте файлы вручную."
        )


def _exclusive_reading(dbapi_conn: Any, _record: Any) -> None:
    # Before the first access to a WAL database: SQLite keeps its index in memory
    # instead of the ``-shm`` file, so nothing beside the database has to grow.
    dbapi_conn.execute("PRAGMA locking_mode = EXCLUSIVE")


def open_for_check(db_path: Path | str) -> Services:
    """The services for ``check``, also on a full disk.

    A normal open needs a little space (the WAL index file beside the database);
    when the disk is full it fails, and the database is opened again in SQLite's
    exclusive locking mode, which reads without creating anything. Nothing is
    migrated then: a database that needs an update is refused in words.
    """
    from desktop_app.core.db.location import is_server_url

    if is_server_url(db_path):
        return open_services(db_path)
    db_path = Path(db_path)
    try:
        return open_services(db_path)
    except (DatabaseError, sa_exc.OperationalError) as exc:
        if not is_disk_full(exc) and not is_disk_full(exc.__cause__ or exc):
            raise
        log.warning("the disk is full: checking %s in exclusive reading mode", db_path)
    engine = make_engine(db_path)
    event.listen(engine, "connect", _exclusive_reading, insert=True)
    try:
        if current_revision(engine) != head_revision():
            raise DatabaseError(
                f"Схема базы «{db_path.name}» устарела, а места на диске для её обновления "
                "нет: освободите место и повторите."
            )
    except BaseException:
        engine.dispose()
        raise
    return Services(Database(path=db_path, engine=engine), SYSTEM)


def check_database(services: Services, *, rehash_files: bool = True) -> CheckReport:
    """Run every check of :data:`CHECKS` in order; ``rehash_files=False`` only looks
    whether document files are present (the command line's ``--quick``)."""
    report = CheckReport()
    for check in CHECKS:
        check(services, report, rehash_files)
    return report


def _check_integrity(services: Services, report: CheckReport, _rehash: bool) -> None:
    if services.db.is_server:
        _check_server_tables(services, report)
        _check_server_integrity(services, report)
        return
    with services.db.engine.connect() as conn:
        rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
        healthy = rows == ["ok"]
        report.add("Целостность базы (integrity_check)", healthy, [] if healthy else rows)
        fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        report.add(
            "Ссылочная целостность (foreign_key_check)",
            not fk,
            [f"таблица {r[0]}, строка {r[1]}: нет связанной записи в {r[2]}" for r in fk],
        )


def _check_server_integrity(services: Services, report: CheckReport) -> None:
    """The server keeps its own files consistent; what can still go wrong in our schema is
    an index left invalid (a failed concurrent build, corruption found by the server) or
    a foreign key that was added without validation."""
    with services.db.engine.connect() as conn:
        bad = [str(r[0]) for r in conn.exec_driver_sql(
            "SELECT i.indexrelid::regclass::text FROM pg_index i JOIN pg_class c "
            "ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND NOT (i.indisvalid AND i.indisready)")]
        report.add("Целостность базы на сервере (индексы)", not bad,
                   [f"индекс {name} недействителен: администратору сервера следует "
                    f"выполнить REINDEX INDEX {name}" for name in bad])
        fk = [f"{r[0]}: ограничение {r[1]} не проверено" for r in conn.exec_driver_sql(
            "SELECT conrelid::regclass::text, conname FROM pg_constraint c JOIN pg_namespace n "
            "ON n.oid = c.connamespace WHERE n.nspname = current_schema() "
            "AND c.contype = 'f' AND NOT c.convalidated")]
        report.add("Ссылочная целостность (внешние ключи)", not fk, fk)


def _check_server_tables(services: Services, report: CheckReport) -> None:
    """On the server: every table of the program reads to its end (a damaged page
    shows as an error); the links between tables are enforced by the server itself."""
    problems: list[str] = []
    with services.db.engine.connect() as conn:
        tables = [r[0] for r in conn.exec_driver_sql(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' "
            "ORDER BY table_name").fetchall()]
    for table in tables:
        quoted = '"' + table.replace('"', '""') + '"'
        try:
            with services.db.engine.connect() as conn:
                conn.exec_driver_sql(f"SELECT count(*) FROM {quoted}").scalar()
        except sa_exc.DBAPIError as exc:
            problems.append(f"таблица «{table}» не читается: {getattr(exc, 'orig', exc)}")
    report.add(f"Целостность базы на сервере: чтение всех таблиц ({len(tables)})",
               not problems, problems)


def _check_schema(services: Services, report: CheckReport, _rehash: bool) -> None:
    current, head = current_revision(services.db.engine), head_revision()
    report.add(
        "Версия схемы",
        current == head,
        [] if current == head else [f"схема {current}, ожидается {head}: запустите init"],
    )


def _check_audit_chain(services: Services, report: CheckReport, _rehash: bool) -> None:
    # The anchor is read before the log: it is written after each commit, so a writer
    # working meanwhile can only move it past what this reading sees, never the log
    # past the anchor — read the other way round, a busy database would look truncated.
    anchored = read_anchor(services.db_path)
    with services.db.read() as s:
        chain = verify_chain(s)
        report.add(
            f"Журнал событий: цепочка контрольных сумм ({chain.entries} записей)",
            chain.ok,
            [chain.problem] if chain.problem else [],
        )
        outside = anchor_problems(s, services.db_path, anchored=anchored) + trigger_problems(s)
        report.add("Журнал событий: конец журнала и защита от изменений", not outside, outside)
        from desktop_app.core.services.merge import verify_carried

        carried = verify_carried(s)
        report.add("Журнал событий: истории, перенесённые из других баз при объединении",
                   not carried, carried)
        s.execute(text("SELECT 1"))


def _check_heads_outside(services: Services, report: CheckReport, _rehash: bool) -> None:
    """The log's head recorded by every backup and every register entry is still in it."""
    from desktop_app.core.services.backup import backup_head_problems
    from desktop_app.core.services.outgoing_register import register_head_problems

    with services.db.read() as s:
        problems = backup_head_problems(services, s) + register_head_problems(s)
    report.add("Журнал событий: сверка с резервными копиями и исходящим реестром",
               not problems, problems)


def _check_storage_location(services: Services, report: CheckReport, _rehash: bool) -> None:
    from desktop_app.core.storage_location import check_location

    if services.db.is_server:
        report.add("Размещение базы: сервер центра (PostgreSQL)", True,
                   [services.db.display()])
        return
    warning = check_location(services.db_path)
    report.add(
        "Размещение базы (локальный диск, не сетевой и не облачный)",
        warning is None,
        [] if warning is None else [warning.message],
    )


def _check_document_files(services: Services, report: CheckReport, rehash: bool) -> None:
    """Every stored document file present and (unless ``--quick``) unchanged."""
    result = services.documents.verify_stored(rehash=rehash)
    what = ("контрольные суммы SHA-256" if rehash
            else "наличие на диске, без пересчёта контрольных сумм")
    report.add(f"Файлы документов: {what} ({result.checked} файлов)", result.ok, result.lines())


def _check_erasure_ledger(services: Services, report: CheckReport, _rehash: bool) -> None:
    """Every erasure in the ledger beside the database still holds (152-ФЗ)."""
    problems = services.personal_data.ledger_problems()
    report.add("Уничтожение персональных данных: журнал уничтожений применён", not problems,
               problems)


Check = Callable[[Services, CheckReport, bool], None]

#: Every check of :func:`check_database`, in the order the report lists them.
CHECKS: tuple[Check, ...] = (
    _check_integrity,
    _check_schema,
    _check_audit_chain,
    _check_heads_outside,
    _check_storage_location,
    _check_document_files,
    _check_erasure_ledger,
)


def backup_now(services: Services, target: Path | None = None) -> Path:
    """Online backup of the database with the SQLite backup API, verified after writing."""
    if target is None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = services.backups_dir / f"{services.db_path.stem}-{stamp}.sqlite3"
    target = Path(target)
    if target.exists() and target.is_dir():
        target = target / f"{services.db_path.stem}-{dt.datetime.now():%Y%m%d-%H%M%S}.sqlite3"
    if target.resolve() == services.db_path.resolve():
        raise InputError("резервную копию нельзя записать поверх самой базы данных")
    sqlite_backup(services.db_path, target)
    from desktop_app.core.services.backup import describe_copy

    try:
        describe_copy(target, "manual", services.db_path)
    except (OSError, sqlite3.Error, InputError) as exc:  # the copy is made; check names none
        log.warning("cannot describe the backup %s: %s", target, exc)
    return target
