"""The database itself: ``init``, ``check``, ``backup``, ``restore``, ``demo``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.core.errors import InputError

from .common import (
    ENV_PASSWORD,
    EXIT_OK,
    EXIT_REFUSED,
    Commands,
    add_command,
    err,
    non_negative,
    out,
    password,
    signed_in,
)


def cmd_init(args: argparse.Namespace) -> int:
    with signed_in(args, anonymous_ok=True) as sv:
        if args.admin:
            if sv.users.has_users():
                raise InputError(
                    "в базе уже есть пользователи: администратора новой базы создают один раз; "
                    "добавьте пользователя командой users add"
                )
            secret = password(f"Пароль администратора {args.admin}: ")
            user = sv.users.create_first_admin(
                {"login": args.admin, "full_name": args.full_name or args.admin}, secret
            )
            out(f"Создан администратор «{user.login}»")
        out(f"База данных готова: {sv.db.display()}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from desktop_app.core.services.leftovers import repair
    from desktop_app.core.services.maintenance import check_database, open_for_check

    sv = open_for_check(args.db)  # reads only: works on a full disk too
    try:
        if args.repair:
            removed = repair(sv)
            out(f"Удалено остатков прерванных операций: {len(removed)}")
            for item in removed:
                out(f"  {item.describe()}")
        report = check_database(sv, rehash_files=not args.quick)
    finally:
        sv.close()
    for line in report.lines():
        out(line)
    out(report.verdict())
    return EXIT_OK if report.ok else EXIT_REFUSED


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop_app.core.services.backup import make_backup
    from desktop_app.core.services.context import Permission
    from desktop_app.core.services.maintenance import backup_now

    with signed_in(args) as sv:
        sv.ctx.require(Permission.BACKUP)
        if sv.db.is_server:
            from desktop_app.core.services.server_backup import make_server_backup

            done = make_server_backup(sv, Path(args.to) if args.to else None)
            out(f"Резервная копия базы на сервере создана и проверена: {done.path}")
            out("Файлы документов хранятся в базе и вошли в этот же файл "
                f"(объектов в копии: {done.entries}, размер {done.size} байт)")
            return EXIT_OK
        if args.to and Path(args.to).suffix.lower() in (".sqlite3", ".sqlite", ".db"):
            target = backup_now(sv, Path(args.to))  # one file, without the documents
            out(f"Резервная копия создана и проверена: {target}")
            return EXIT_OK
        result = make_backup(sv, folder=Path(args.to) if args.to else None)
    out(f"Резервная копия создана и проверена: {result.path}")
    out(f"Файлы документов: скопировано {result.blobs_copied}, уже были {result.blobs_present}")
    for problem in result.blob_problems:
        err(f"Внимание: {problem}")
    for old in result.removed:
        out(f"Удалена устаревшая копия: {old.name}")
    return EXIT_REFUSED if result.blob_problems else EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop_app.core.db.location import is_server_url
    from desktop_app.core.services.backup import restore_backup

    from .contacts import say_reapplied

    if is_server_url(args.db):
        return _restore_on_server(args)
    if args.force and not args.replace:
        raise InputError("--force действует только вместе с --replace (база на сервере)")
    if args.replace:
        raise InputError("--replace нужен только для базы на сервере: файл базы на этом "
                         "компьютере заменяется командой restore без него")
    with signed_in(args) as sv:
        result = restore_backup(sv, Path(args.backup))
    out(f"База восстановлена из копии {result.restored_from}")
    if result.safety_backup:
        out(f"Прежнее состояние сохранено в {result.safety_backup}")
    out(f"Восстановлено файлов документов: {result.blobs_restored}")
    say_reapplied(result.reerased)
    if result.reerase_problem:
        err(f"Внимание: {result.reerase_problem}")
    for sha in result.missing_blobs:
        err(f"Внимание: нет файла документа {sha} ни в базе, ни в папке копий")
    return EXIT_REFUSED if result.missing_blobs or result.reerase_problem else EXIT_OK


def _restore_on_server(args: argparse.Namespace) -> int:
    from desktop_app.core.services.server_backup import restore_server_backup, target_state

    from .contacts import say_reapplied

    backup = Path(args.backup)
    if args.force and not args.replace:
        raise InputError("--force действует только вместе с --replace: в пустую базу "
                         "копия восстанавливается без него")
    if args.replace:
        from desktop_app.core.db.location import parse_location
        from desktop_app.core.services.server_backup import check_server_candidate

        location = parse_location(args.db)
        check_server_candidate(backup, location)  # a bad copy is refused before opening
        if target_state(location) != "program":
            raise InputError("--replace: в указанной базе нет данных программы, заменять "
                             "нечего; повторите без --replace")
        sv = _open_for_restore(args)
        try:
            result = restore_server_backup(args.db, backup, services=sv, force=args.force)
        finally:
            sv.close()  # closed already once the restore began; again is harmless
    else:
        result = restore_server_backup(args.db, backup)
    out(f"База на сервере восстановлена из копии {result.restored_from} "
        f"(схема {result.revision}; файлы документов — в той же копии)")
    if result.safety_backup:
        out(f"Прежнее состояние сохранено в {result.safety_backup}")
    say_reapplied(result.reerased)
    if result.reerase_problem:
        err(f"Внимание: {result.reerase_problem}")
    for problem in result.check_problems:
        err(f"Внимание: проверка после восстановления: {problem}")
    if not result.check_problems:
        out("Проверка восстановленной базы: проблем не найдено.")
    return EXIT_REFUSED if result.check_problems or result.reerase_problem else EXIT_OK


def _open_for_restore(args: argparse.Namespace) -> Any:
    from .common import _open

    return _open(args, False)


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop_app.core.services.demo import DemoSpec, generate

    spec = DemoSpec(
        enterprises=args.enterprises,
        consultations=args.consultations,
        dossiers=args.dossiers,
        seed=args.seed,
    )
    with signed_in(args) as sv:
        result = generate(sv, spec, progress=lambda msg: err(msg) if not args.quiet else None)
    out(
        f"Добавлено: предприятий {result.enterprises}, консультаций {result.consultations}, "
        f"досье {result.dossiers} за {result.seconds:.1f} с"
    )
    return EXIT_OK


def register(commands: Commands) -> None:
    p = add_command(commands, "init", "создать базу данных или обновить её схему", cmd_init)
    p.add_argument("--admin", metavar="ИМЯ",
                   help=f"создать администратора новой базы (пароль — {ENV_PASSWORD} или запрос)")
    p.add_argument("--full-name", metavar="ФИО", help="ФИО администратора")

    p = add_command(commands, "check", "проверить базу данных и файлы документов", cmd_check)
    p.add_argument("--quick", action="store_true", help="не пересчитывать контрольные суммы файлов")
    p.add_argument("--repair", action="store_true",
                   help="сначала удалить остатки прерванных операций (временные файлы, "
                        "файлы документов без записи в базе) и перечислить их")

    p = add_command(commands, "backup", "резервная копия базы и файлов документов", cmd_backup)
    p.add_argument("--to", metavar="ПАПКА|ФАЙЛ",
                   help="папка копий (с файлами документов) или файл .sqlite3 (только база); "
                        "для базы на сервере — папка или файл .dump (база и документы)")

    p = add_command(commands, "restore", "восстановить базу из резервной копии (администратор)",
                    cmd_restore)
    p.add_argument("backup", metavar="КОПИЯ",
                   help="файл резервной копии .sqlite3 (для базы на сервере — файл .dump)")
    p.add_argument("--replace", action="store_true",
                   help="база на сервере: заменить данные программы в ней (администратор; "
                        "без этого копия восстанавливается только в пустую базу)")
    p.add_argument("--force", action="store_true",
                   help="с --replace: заменить, даже если базу открыли на других рабочих "
                        "местах (только когда точно известно, что эти подключения "
                        "не работают)")

    p = add_command(commands, "demo", "заполнить базу правдоподобными учебными данными", cmd_demo)
    p.add_argument("--enterprises", type=non_negative, default=200, metavar="N",
                   help="сколько предприятий (по умолчанию 200)")
    p.add_argument("--consultations", type=non_negative, default=1000, metavar="M",
                   help="сколько консультаций (по умолчанию 1000)")
    p.add_argument("--dossiers", type=non_negative, default=20, metavar="K",
                   help="сколько досье (по умолчанию 20)")
    p.add_argument("--seed", type=int, default=1, metavar="S",
                   help="начальное число генератора (одно и то же даёт те же данные)")
    p.add_argument("--quiet", action="store_true", help="не печатать ход работы")
