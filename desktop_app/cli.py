"""The command line: ``python -m desktop_app <command>`` (also ``rci-intake``).

Thin by design: it parses, calls the same services the GUI uses, and prints.
Exit codes: 0 success, 1 input refused or a problem found (message on
stderr), 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from desktop_app import APP_NAME, __version__
from desktop_app.core.db.engine import DatabaseError
from desktop_app.core.errors import InputError, PermissionDenied
from desktop_app.core.paths import default_db_path
from desktop_app.core.services.facade import Services, open_services

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2

Handler = Callable[[argparse.Namespace], int]


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse's own exit code is 2 already
        self.print_usage(sys.stderr)
        print(f"{self.prog}: ошибка: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _out(text: str = "") -> None:
    print(text, flush=True)


def _err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _services(args: argparse.Namespace) -> Services:
    return open_services(Path(args.db))


# --- commands ---------------------------------------------------------------

def cmd_init(args: argparse.Namespace) -> int:
    sv = _services(args)
    try:
        _out(f"База данных готова: {sv.db_path}")
    finally:
        sv.close()
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from desktop_app.core.maintenance import check_database

    sv = _services(args)
    try:
        report = check_database(sv, rehash_files=not args.quick)
    finally:
        sv.close()
    for line in report.lines():
        _out(line)
    _out(report.verdict())
    return EXIT_OK if report.ok else EXIT_REFUSED


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop_app.core.maintenance import backup_now

    sv = _services(args)
    try:
        target = backup_now(sv, Path(args.to) if args.to else None)
    finally:
        sv.close()
    _out(f"Резервная копия создана и проверена: {target}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop_app.core.demo import DemoSpec, generate

    spec = DemoSpec(
        enterprises=args.enterprises,
        consultations=args.consultations,
        dossiers=args.dossiers,
        seed=args.seed,
    )
    sv = _services(args)
    try:
        result = generate(sv, spec, progress=lambda msg: _err(msg) if not args.quiet else None)
    finally:
        sv.close()
    _out(
        f"Добавлено: предприятий {result.enterprises}, консультаций {result.consultations}, "
        f"досье {result.dossiers} за {result.seconds:.1f} с"
    )
    return EXIT_OK


def cmd_enterprises_import(args: argparse.Namespace) -> int:
    from desktop_app.core.importer import import_enterprises

    sv = _services(args)
    try:
        report = import_enterprises(
            sv, Path(args.file), dry_run=args.dry_run, update=args.update
        )
    finally:
        sv.close()
    if args.json:
        _out(json.dumps(report.as_json(), ensure_ascii=False))
    else:
        for err in report.errors:
            _err(f"строка {err.row}, столбец «{err.column}»: {err.message}")
        _out(report.summary())
    return EXIT_OK if report.ok else EXIT_REFUSED


def cmd_enterprises_export(args: argparse.Namespace) -> int:
    from desktop_app.core.importer import export_enterprises

    sv = _services(args)
    try:
        count = export_enterprises(sv, Path(args.file))
    finally:
        sv.close()
    _out(f"Выгружено предприятий: {count} → {args.file}")
    return EXIT_OK


# --- parser -----------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="rci-intake",
        description=f"{APP_NAME}: командная строка рабочего места консультанта РИЦ",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--db", default=str(default_db_path()),
        help="файл базы данных (по умолчанию — в папке данных пользователя)",
    )
    sub = parser.add_subparsers(dest="command", metavar="КОМАНДА", parser_class=_Parser)
    sub.required = True

    p = sub.add_parser("init", help="создать базу данных или обновить её схему")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("check", help="проверить базу данных и файлы документов")
    p.add_argument("--quick", action="store_true", help="не пересчитывать контрольные суммы файлов")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("backup", help="резервная копия базы (SQLite backup API)")
    p.add_argument("--to", metavar="ФАЙЛ", help="куда записать копию")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("demo", help="заполнить базу правдоподобными учебными данными")
    p.add_argument("--enterprises", type=_non_negative, default=200, metavar="N")
    p.add_argument("--consultations", type=_non_negative, default=1000, metavar="M")
    p.add_argument("--dossiers", type=_non_negative, default=20, metavar="K")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.add_argument("--quiet", action="store_true", help="не печатать ход работы")
    p.set_defaults(handler=cmd_demo)

    ent = sub.add_parser("enterprises", help="предприятия: импорт и выгрузка")
    ent_sub = ent.add_subparsers(dest="action", metavar="ДЕЙСТВИЕ", parser_class=_Parser)
    ent_sub.required = True
    p = ent_sub.add_parser("import", help="импорт из XLSX или CSV (всё или ничего)")
    p.add_argument("file", metavar="ФАЙЛ")
    p.add_argument("--dry-run", action="store_true", help="только проверить, ничего не записывать")
    p.add_argument("--update", action="store_true", help="обновлять предприятия с уже известным ИНН")
    p.add_argument("--json", action="store_true", help="отчёт в формате JSON")
    p.set_defaults(handler=cmd_enterprises_import)
    p = ent_sub.add_parser("export", help="выгрузка в XLSX или CSV")
    p.add_argument("file", metavar="ФАЙЛ.xlsx|ФАЙЛ.csv")
    p.set_defaults(handler=cmd_enterprises_export)

    for register in EXTRA_COMMANDS:
        register(sub)
    return parser


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ожидается целое число, а не «{text}»") from None
    if value < 0:
        raise argparse.ArgumentTypeError("число не может быть отрицательным")
    return value


# Other parts of the program add their commands here (each a function that
# takes the subparsers object); kept as a list so the parser stays in one place.
EXTRA_COMMANDS: list[Callable[[Any], None]] = []


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    handler: Handler = args.handler
    try:
        return handler(args)
    except (InputError, PermissionDenied, DatabaseError) as exc:
        _err(f"Ошибка: {exc}")
        return EXIT_REFUSED
    except KeyboardInterrupt:
        _err("Прервано.")
        return EXIT_REFUSED
    except OSError as exc:
        _err(f"Ошибка ввода-вывода: {exc.strerror or exc} ({exc.filename or ''})")
        return EXIT_REFUSED


if __name__ == "__main__":
    raise SystemExit(main())
