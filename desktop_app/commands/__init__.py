"""The command line: ``python -m desktop_app <command>`` (also ``rci-intake``).

A second face on the same services the GUI uses: each area module here
(:data:`AREAS`) declares its commands in ``register(commands)`` and its
handlers parse, call a service and print; the conventions they share — the
Russian parser, signing in, output, dates, exit codes — are in
:mod:`desktop_app.commands.common`.

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
import logging
import sys
from collections.abc import Sequence

from desktop_app import APP_NAME, __version__
from desktop_app.core.errors import InputError, UserError
from desktop_app.core.files import is_disk_full, no_space_message
from desktop_app.core.logfile import start_log
from desktop_app.core.paths import ENV_DB, default_db_location

from . import (
    audit,
    consultations,
    contacts,
    database,
    dossiers,
    enterprises,
    merge,
    organization,
    package,
    printouts,
    programs,
    reports,
    users,
)
from .common import ENV_PASSWORD, EXIT_REFUSED, Handler, RussianParser, add_commands, err

log = logging.getLogger(__name__)

# The areas in the order ``--help`` lists their commands.
AREAS = (database, merge, users, audit, organization, enterprises, contacts, consultations,
         dossiers, programs, package, printouts, reports)

def build_parser() -> argparse.ArgumentParser:
    parser = RussianParser(
        prog="rci-intake",
        description=f"{APP_NAME}: командная строка рабочего места консультанта РИЦ. "
                    "Справка по команде: rci-intake КОМАНДА --help.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}",
                        help="показать версию программы и выйти")
    parser.add_argument(
        "--db", default=default_db_location(), metavar="БАЗА",
        help="файл базы данных или адрес сервера центра postgresql://пользователь@сервер:порт/"
             f"база (по умолчанию — переменная {ENV_DB} или файл в папке данных пользователя)",
    )
    parser.add_argument(
        "--user", metavar="ИМЯ",
        help=f"имя входа пользователя; пароль — из переменной {ENV_PASSWORD} или по запросу",
    )
    commands = add_commands(parser)
    for area in AREAS:
        area.register(commands)
    return parser


def _say_refused(exc: UserError) -> None:
    problems = exc.problems if isinstance(exc, InputError) else []
    if len(problems) > 1:
        err("Ошибка: данные не приняты, ничего не записано:")
        for problem in problems:
            err(f"  {problem}")
    else:
        err(f"Ошибка: {exc}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    handler: Handler = args.handler
    # the command's name only: its arguments may hold personal data
    name = " ".join(str(p) for p in (args.command, getattr(args, "action", None)) if p)
    log_path = start_log(f"команда {name}")
    try:
        return handler(args)
    except UserError as exc:
        _say_refused(exc)
    except KeyboardInterrupt:
        err("Прервано.")
    except OSError as exc:
        if is_disk_full(exc):
            log.warning("command «%s»: the disk is full (%s)", name, exc)
            err(f"Ошибка: {no_space_message(exc.filename or args.db)}")
            return EXIT_REFUSED
        where = f" ({exc.filename})" if exc.filename else ""
        err(f"Ошибка ввода-вывода: {exc.strerror or exc}{where}")
    except Exception as exc:
        if is_disk_full(exc):  # SQLite's own "disk full" outside a write unit of work
            log.warning("command «%s»: the disk is full (%s)", name, exc)
            err(f"Ошибка: {no_space_message(args.db)}")
            return EXIT_REFUSED
        log.exception("command «%s» failed", name)
        where = f"подробности записаны в журнал {log_path}" if log_path else "подробности выше"
        err(f"Команда не выполнена из-за внутренней ошибки программы; {where}.")
    return EXIT_REFUSED
