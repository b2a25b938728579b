"""The command line: ``python -m desktop_app <command>`` (also ``rci-intake``).

Thin by design: it parses, calls the same services the GUI uses, and prints.
Exit codes: 0 success, 1 input refused or a problem found (message on
stderr), 2 usage error.

Who is acting: the global option ``--user NAME`` signs in with the password
from the ``RCI_INTAKE_PASSWORD`` environment variable or, at a terminal, a
prompt (with neither, the command stops with exit code 1). While the database
has no users yet, commands run as the system (setup); once any user exists,
every command except ``--version``, ``init`` (schema migration only) and
``check`` needs ``--user``, and the user's role decides what is allowed.
``init --admin NAME`` creates the administrator of a new database.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from desktop_app import APP_NAME, __version__
from desktop_app.core.db.engine import DatabaseError
from desktop_app.core.errors import InputError, PermissionDenied
from desktop_app.core.paths import default_db_path
from desktop_app.core.services.context import Permission
from desktop_app.core.services.facade import Services, open_services

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2

Handler = Callable[[argparse.Namespace], int]


class UsageError(Exception):
    pass


_ARGPARSE_RU = (
    (r"^argument (\S+): ", r"параметр \1: "),
    (r"invalid choice: (.+?) \(choose from (.+)\)$", r"недопустимое значение \1 (допустимо: \2)"),
    (r"^the following arguments are required: (.+)$", r"не указаны обязательные аргументы: \1"),
    (r"^unrecognized arguments: (.+)$", r"неизвестные аргументы: \1"),
    (r"expected one argument", r"нужно значение"),
    (r"invalid (\w+) value: (.+)$", r"недопустимое значение \2"),
)


def _russian(message: str) -> str:
    """argparse's own English messages, said in Russian."""
    import re

    for pattern, replacement in _ARGPARSE_RU:
        message = re.sub(pattern, replacement, message)
    return message


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups,
                          "Использование: " if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """argparse speaking Russian: headings, the help option, the usage line."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "команды и аргументы"
        self._optionals.title = "параметры"
        self.add_argument("-h", "--help", action="help", help="показать эту справку и выйти")

    def error(self, message: str) -> Any:  # argparse's own exit code is 2 already
        self.print_usage(sys.stderr)
        print(f"{self.prog}: ошибка: {_russian(message)}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _out(text: str = "") -> None:
    print(text, flush=True)


def _err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


ENV_PASSWORD = "RCI_INTAKE_PASSWORD"  # noqa: S105 - the variable's name, not a password
ENV_NEW_PASSWORD = "RCI_INTAKE_NEW_PASSWORD"  # noqa: S105


def _password(prompt: str, env: str = ENV_PASSWORD) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    raise InputError(
        f"пароль не задан: укажите его в переменной окружения {env} "
        "или запустите команду в терминале, чтобы ввести его"
    )


def _services(args: argparse.Namespace, *, anonymous_ok: bool = False) -> Services:
    """Open the database and sign in as ``--user`` (see the module docstring)."""
    sv = open_services(Path(args.db))
    try:
        login = getattr(args, "user", None)
        if login:
            if not sv.users.has_users():
                raise InputError(
                    f"в базе ещё нет пользователей, «{login}» не найден: создайте "
                    "администратора командой init --admin ИМЯ"
                )
            actor = sv.users.sign_in(login, _password(f"Пароль пользователя {login}: "))
            return sv.as_actor(actor)
        if anonymous_ok or not sv.users.has_users():
            return sv
        raise InputError(
            "укажите, от чьего имени выполнить команду: --user ИМЯ перед командой "
            f"(пароль — в переменной {ENV_PASSWORD} или по запросу в терминале)"
        )
    except BaseException:
        sv.close()
        raise


# --- commands ---------------------------------------------------------------

def cmd_init(args: argparse.Namespace) -> int:
    sv = _services(args, anonymous_ok=True)
    try:
        if args.admin:
            if sv.users.has_users():
                raise InputError(
                    "в базе уже есть пользователи: администратора новой базы создают один раз; "
                    "добавьте пользователя командой users add"
                )
            password = _password(f"Пароль администратора {args.admin}: ")
            user = sv.users.create_first_admin(
                {"login": args.admin, "full_name": args.full_name or args.admin}, password
            )
            _out(f"Создан администратор «{user.login}»")
        _out(f"База данных готова: {sv.db_path}")
    finally:
        sv.close()
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from desktop_app.core.services.maintenance import check_database

    sv = _services(args, anonymous_ok=True)
    try:
        report = check_database(sv, rehash_files=not args.quick)
    finally:
        sv.close()
    for line in report.lines():
        _out(line)
    _out(report.verdict())
    return EXIT_OK if report.ok else EXIT_REFUSED


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop_app.core.services.backup import make_backup
    from desktop_app.core.services.maintenance import backup_now

    sv = _services(args)
    try:
        sv.ctx.require(Permission.BACKUP)
        if args.to and Path(args.to).suffix.lower() in (".sqlite3", ".sqlite", ".db"):
            target = backup_now(sv, Path(args.to))  # one file, without the documents
            _out(f"Резервная копия создана и проверена: {target}")
            return EXIT_OK
        result = make_backup(sv, folder=Path(args.to) if args.to else None)
    finally:
        sv.close()
    _out(f"Резервная копия создана и проверена: {result.path}")
    _out(f"Файлы документов: скопировано {result.blobs_copied}, уже были {result.blobs_present}")
    for problem in result.blob_problems:
        _err(f"Внимание: {problem}")
    for old in result.removed:
        _out(f"Удалена устаревшая копия: {old.name}")
    return EXIT_REFUSED if result.blob_problems else EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop_app.core.services.backup import restore_backup

    sv = _services(args)
    try:
        result = restore_backup(sv, Path(args.backup))
    finally:
        sv.close()
    _out(f"База восстановлена из копии {result.restored_from}")
    if result.safety_backup:
        _out(f"Прежнее состояние сохранено в {result.safety_backup}")
    _out(f"Восстановлено файлов документов: {result.blobs_restored}")
    for sha in result.missing_blobs:
        _err(f"Внимание: нет файла документа {sha} ни в базе, ни в папке копий")
    return EXIT_REFUSED if result.missing_blobs else EXIT_OK


def _find_user(sv: Services, login: str) -> Any:
    user = sv.users.by_login(login)
    if user is None:
        raise InputError(f"пользователь «{login}» не найден")
    return user


def cmd_users_list(args: argparse.Namespace) -> int:
    sv = _services(args)
    try:
        sv.ctx.require(Permission.MANAGE_USERS)
        for u in sv.users.list_users():
            state = "активен" if u.active else "отключён"
            if u.locked():
                state += ", заблокирован"
            _out(f"{u.login}\t{u.full_name}\t{u.role_label}\t{state}")
    finally:
        sv.close()
    return EXIT_OK


def cmd_users_add(args: argparse.Namespace) -> int:
    sv = _services(args)
    try:
        sv.ctx.require(Permission.MANAGE_USERS)
        password = _password(f"Пароль нового пользователя {args.login}: ", ENV_NEW_PASSWORD)
        user = sv.users.create(
            {"login": args.login, "full_name": args.full_name, "role": args.role}, password
        )
        _out(f"Создан пользователь «{user.login}» ({user.role_label})")
    finally:
        sv.close()
    return EXIT_OK


def cmd_users_unlock(args: argparse.Namespace) -> int:
    sv = _services(args)
    try:
        user = sv.users.unlock(_find_user(sv, args.login).id)
        _out(f"Учётная запись «{user.login}» разблокирована")
    finally:
        sv.close()
    return EXIT_OK


def cmd_users_reset_password(args: argparse.Namespace) -> int:
    sv = _services(args)
    try:
        sv.ctx.require(Permission.MANAGE_USERS)
        user = _find_user(sv, args.login)
        password = _password(f"Новый пароль пользователя {args.login}: ", ENV_NEW_PASSWORD)
        sv.users.reset_password(user.id, password)
        _out(f"Пароль пользователя «{user.login}» изменён, учётная запись разблокирована")
    finally:
        sv.close()
    return EXIT_OK


def cmd_audit_export(args: argparse.Namespace) -> int:
    from desktop_app.core.services.audit_export import AuditFilter, export_audit

    flt = AuditFilter(
        user_login=args.login, date_from=args.date_from, date_to=args.date_to,
        entity=args.entity, action=args.action,
    )
    sv = _services(args)
    try:
        count = export_audit(sv, Path(args.file), flt)
    finally:
        sv.close()
    _out(f"Выгружено записей журнала: {count} → {args.file}")
    return EXIT_OK


def cmd_erase_contact(args: argparse.Namespace) -> int:
    from desktop_app.core.services.personal_data import destruction_act_pdf

    sv = _services(args)
    try:
        result = sv.personal_data.erase_contact(args.contact_id, reason=args.reason)
        act = Path(args.act)
        destruction_act_pdf(result, act)
        sv.personal_data.record_act_printed(result, act)
    finally:
        sv.close()
    _out(f"Персональные данные контактного лица № {result.contact_id} уничтожены; "
         f"акт № {result.act_number}: {args.act}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop_app.core.services.demo import DemoSpec, generate

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
    from desktop_app.core.services.enterprise_files import import_enterprises

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
    from desktop_app.core.services.enterprise_files import export_enterprises

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
        "--db", default=str(default_db_path()), metavar="ФАЙЛ",
        help="файл базы данных (по умолчанию — в папке данных пользователя)",
    )
    parser.add_argument(
        "--user", metavar="ИМЯ",
        help=f"имя входа пользователя; пароль — из переменной {ENV_PASSWORD} или по запросу",
    )
    sub = parser.add_subparsers(dest="command", metavar="КОМАНДА", parser_class=_Parser)
    sub.required = True

    p = sub.add_parser("init", help="создать базу данных или обновить её схему")
    p.add_argument("--admin", metavar="ИМЯ",
                   help=f"создать администратора новой базы (пароль — {ENV_PASSWORD} или запрос)")
    p.add_argument("--full-name", metavar="ФИО", help="ФИО администратора")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("check", help="проверить базу данных и файлы документов")
    p.add_argument("--quick", action="store_true", help="не пересчитывать контрольные суммы файлов")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("backup", help="резервная копия базы (SQLite backup API)")
    p.add_argument("--to", metavar="ПАПКА|ФАЙЛ",
                   help="папка копий (с файлами документов) или файл .sqlite3 (только база)")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help="восстановить базу из резервной копии (администратор)")
    p.add_argument("backup", metavar="КОПИЯ", help="файл резервной копии .sqlite3")
    p.set_defaults(handler=cmd_restore)

    usr = sub.add_parser("users", help="пользователи (администратор)")
    usr_sub = usr.add_subparsers(dest="action", metavar="ДЕЙСТВИЕ", parser_class=_Parser)
    usr_sub.required = True
    p = usr_sub.add_parser("list", help="список пользователей")
    p.set_defaults(handler=cmd_users_list)
    p = usr_sub.add_parser(
        "add", help=f"добавить пользователя (пароль — {ENV_NEW_PASSWORD} или запрос)"
    )
    p.add_argument("login", metavar="ИМЯ")
    p.add_argument("--full-name", required=True, metavar="ФИО")
    p.add_argument("--role", default="consultant",
                   choices=["consultant", "supervisor", "administrator"])
    p.set_defaults(handler=cmd_users_add)
    p = usr_sub.add_parser("unlock", help="снять блокировку после неудачных входов")
    p.add_argument("login", metavar="ИМЯ")
    p.set_defaults(handler=cmd_users_unlock)
    p = usr_sub.add_parser(
        "reset-password", help=f"задать новый пароль ({ENV_NEW_PASSWORD} или запрос)"
    )
    p.add_argument("login", metavar="ИМЯ")
    p.set_defaults(handler=cmd_users_reset_password)

    aud = sub.add_parser("audit", help="журнал событий")
    aud_sub = aud.add_subparsers(dest="action", metavar="ДЕЙСТВИЕ", parser_class=_Parser)
    aud_sub.required = True
    p = aud_sub.add_parser("export", help="выгрузить журнал в XLSX или CSV")
    p.add_argument("file", metavar="ФАЙЛ.xlsx|ФАЙЛ.csv")
    p.add_argument("--login", metavar="ИМЯ", help="только действия этого пользователя")
    p.add_argument("--from", dest="date_from", type=_date, metavar="ДД.ММ.ГГГГ")
    p.add_argument("--to", dest="date_to", type=_date, metavar="ДД.ММ.ГГГГ")
    p.add_argument("--entity", metavar="ОБЪЕКТ", help="например enterprise, contact_person")
    p.add_argument("--action", metavar="ДЕЙСТВИЕ", help="например create, update, sign_in")
    p.set_defaults(handler=cmd_audit_export)

    p = sub.add_parser(
        "erase-contact", help="уничтожить персональные данные контактного лица (с актом)"
    )
    p.add_argument("contact_id", type=int, metavar="№")
    p.add_argument("--reason", required=True, metavar="ПРИЧИНА")
    p.add_argument("--act", required=True, metavar="АКТ.pdf", help="куда записать акт")
    p.set_defaults(handler=cmd_erase_contact)

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
    p.add_argument("--update", action="store_true", help="обновлять предприятия с известным ИНН")
    p.add_argument("--json", action="store_true", help="отчёт в формате JSON")
    p.set_defaults(handler=cmd_enterprises_import)
    p = ent_sub.add_parser("export", help="выгрузка в XLSX или CSV")
    p.add_argument("file", metavar="ФАЙЛ.xlsx|ФАЙЛ.csv")
    p.set_defaults(handler=cmd_enterprises_export)

    from desktop_app.commands import register_all

    register_all(sub)
    return parser


def _date(text: str) -> dt.date:
    try:
        return dt.datetime.strptime(text.strip(), "%d.%m.%Y").date()
    except ValueError:
        raise argparse.ArgumentTypeError(f"ожидается дата дд.мм.гггг, а не «{text}»") from None


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
