"""What every command shares: the parser, signing in, output, dates, exit codes.

Each area module (``database``, ``users``, ``enterprises`` …) declares its
commands with :func:`add_group` / :func:`add_command` and writes its handlers
on :func:`signed_in`, :func:`out`, :func:`print_json` and the argument types
here, so the conventions live in one place:

* exit codes: 0 success, 1 input refused or a problem found (message on
  stderr), 2 usage error (argparse);
* errors a person should read are :class:`~desktop_app.core.errors.UserError`
  raised by the services; the top level prints them (see ``commands.main``);
* dates are written ``ДД.ММ.ГГГГ`` (ISO ``ГГГГ-ММ-ДД`` is accepted too);
* ``--json`` prints a list or a record as one JSON document on stdout.

argparse speaks English and has no public way to rename its built-in help
headings or to translate its own error messages; the few places that reach
into its internals are all in this module (see :class:`RussianParser`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import enum
import getpass
import json
import os
import re
import sys
import types
import typing
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeAlias

from desktop_app.core.errors import EditConflict, InputError

if TYPE_CHECKING:
    from pydantic import BaseModel

    from desktop_app.core.services.facade import Services

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2

Handler = Callable[[argparse.Namespace], int]

ENV_PASSWORD = "RCI_INTAKE_PASSWORD"  # noqa: S105 - the variable's name, not a password
ENV_NEW_PASSWORD = "RCI_INTAKE_NEW_PASSWORD"  # noqa: S105


# --- the parser -------------------------------------------------------------------------------

# argparse builds its own error messages in English (through gettext, without a
# shipped Russian catalogue); these patterns say the common ones in Russian.
_ARGPARSE_RU = (
    (r"^argument (\S+): ", r"параметр \1: "),
    (r"invalid choice: (.+?) \(choose from (.+)\)$", r"недопустимое значение \1 (допустимо: \2)"),
    (r"^the following arguments are required: (.+)$", r"не указаны обязательные аргументы: \1"),
    (r"^unrecognized arguments: (.+)$", r"неизвестные аргументы: \1"),
    (r"^ambiguous option: (\S+) could match (.+)$", r"неоднозначный параметр \1: подходят \2"),
    (r"^one of the arguments (.+) is required$", r"нужен один из параметров: \1"),
    (r"not allowed with argument (.+)$", r"нельзя указывать вместе с \1"),
    (r"expected at least one argument", r"нужно хотя бы одно значение"),
    (r"expected one argument", r"нужно значение"),
    (r"invalid (\w+) value: (.+)$", r"недопустимое значение \2"),
)


def russian(message: str) -> str:
    """argparse's own English messages, said in Russian."""
    for pattern, replacement in _ARGPARSE_RU:
        message = re.sub(pattern, replacement, message)
    return message


class RussianFormatter(argparse.HelpFormatter):
    """The usage line starts with «Использование:» instead of «usage:»."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups,
                          "Использование: " if prefix is None else prefix)


class RussianParser(argparse.ArgumentParser):
    """argparse speaking Russian: headings, the help option, the usage line, errors."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", RussianFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        # No public API renames the two default groups («positional arguments»,
        # «options»); their titles are plain attributes of these private groups.
        self._positionals.title = "аргументы"
        self._optionals.title = "параметры"
        self.add_argument("-h", "--help", action="help", help="показать эту справку и выйти")

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(f"{self.prog}: ошибка: {russian(message)}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


# The object ``add_subparsers`` returns; argparse names its class privately.
if TYPE_CHECKING:
    Commands: TypeAlias = argparse._SubParsersAction[RussianParser]
else:
    Commands = argparse._SubParsersAction


def add_commands(parser: argparse.ArgumentParser) -> Commands:
    """The top-level list of commands."""
    sub = parser.add_subparsers(dest="command", metavar="КОМАНДА", parser_class=RussianParser)
    sub.required = True
    return sub


def add_group(sub: Commands, name: str, help_text: str) -> Commands:
    """A command that only holds actions (``users add``, ``users list`` …)."""
    group: RussianParser = sub.add_parser(name, help=help_text, description=_sentence(help_text))
    actions = group.add_subparsers(dest="action", metavar="ДЕЙСТВИЕ", parser_class=RussianParser)
    actions.required = True
    return actions


def add_command(sub: Commands, name: str, help_text: str, handler: Handler,
                *, epilog: str | None = None) -> RussianParser:
    """One command (or one action of a group), with its Russian one-line help."""
    parser: RussianParser = sub.add_parser(
        name, help=help_text, description=_sentence(help_text), epilog=epilog,
        formatter_class=RawEpilogFormatter if epilog else RussianFormatter,
    )
    parser.set_defaults(handler=handler)
    return parser


def walk(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()
         ) -> Iterator[tuple[tuple[str, ...], str, argparse.ArgumentParser]]:
    """Every command and action below ``parser``: (its words, its one-line help, its parser).

    argparse offers no public way to list the commands it holds; the lists are
    the private ``_actions`` of a parser and ``_choices_actions`` of its commands.
    """
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help or "" for a in action._choices_actions}
            for name, sub in action.choices.items():
                yield (*prefix, name), helps.get(name, ""), sub
                yield from walk(sub, (*prefix, name))


class RawEpilogFormatter(RussianFormatter, argparse.RawDescriptionHelpFormatter):
    """Keeps the line breaks of a command's examples (the epilog)."""


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", ")")) else ".")


def add_json_flag(parser: argparse.ArgumentParser, what: str = "в формате JSON") -> None:
    parser.add_argument("--json", action="store_true", help=what)


def add_version_options(parser: argparse.ArgumentParser, where: str) -> None:
    """``--version N`` (the version of the record the person looked at) and ``--force``."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--version", type=positive, metavar="N",
        help=f"версия карточки, которую вы смотрели (поле version в {where}): если её с тех "
             "пор изменили, ничего не записывается и команда сообщает, кто и когда")
    group.add_argument(
        "--force", action="store_true",
        help="записать свои значения, даже если карточку только что изменил другой "
             "пользователь (его значения указанных полей будут заменены)")


def say_conflict(exc: EditConflict, schema: type[BaseModel], mine: dict[str, Any]) -> None:
    """The conflict message, what the other person saved differently, and what to do."""
    from desktop_app.core.services.editing import differences

    err(f"Ошибка: {exc}.")
    diffs = differences(schema, exc.theirs, mine)
    if diffs:
        err("Поля, в которых ваши значения расходятся с сохранёнными:")
        for d in diffs:
            err(f"  {d.label}: сохранено «{d.theirs}», у вас «{d.mine}»")
    err("Ничего не записано. Проверьте карточку и повторите; чтобы записать свои значения "
        "поверх, добавьте --force.")


# --- argument types ---------------------------------------------------------------------------

DATE_METAVAR = "ДД.ММ.ГГГГ"


def parse_date(text: str) -> dt.date:
    """A date written ``ДД.ММ.ГГГГ`` or ``ГГГГ-ММ-ДД``."""
    value = text.strip()
    for fmt in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(
        f"ожидается дата ДД.ММ.ГГГГ (или ГГГГ-ММ-ДД), а не «{text}»")


def parse_time(text: str) -> dt.time:
    """A time of day written ``ЧЧ:ММ``."""
    try:
        return dt.datetime.strptime(text.strip(), "%H:%M").time()
    except ValueError:
        raise argparse.ArgumentTypeError(f"ожидается время ЧЧ:ММ, а не «{text}»") from None


def non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ожидается целое число, а не «{text}»") from None
    if value < 0:
        raise argparse.ArgumentTypeError("число не может быть отрицательным")
    return value


def record_id(text: str) -> int:
    """A record number (a positive integer)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"ожидается номер (целое число), а не «{text}»") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("номер — положительное число")
    return value


def positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ожидается целое число, а не «{text}»") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("число должно быть больше нуля")
    return value


# --- options made from an input model -----------------------------------------------------------

def option_name(field: str) -> str:
    return "--" + field.replace("_", "-")


def _plain_type(annotation: Any) -> Any:
    """``X`` of ``X | None`` (the input models' optional fields)."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return args[0] if len(args) == 1 else str
    return annotation


def add_model_options(parser: Any, model: type[BaseModel],
                      *, skip: Iterable[str] = (), required: Iterable[str] = (),
                      helps: dict[str, str] | None = None) -> list[str]:
    """One ``--field-name`` option per field of a pydantic input model (its title as help).

    ``parser`` is a parser or an argument group of one. The service validates the
    values (with the model itself); here they are only collected. Returns the
    field names, for :func:`model_values`.
    """
    names: list[str] = []
    must = set(required)
    for name, info in model.model_fields.items():
        if name in set(skip):
            continue
        kind = _plain_type(info.annotation)
        extra: dict[str, Any] = {}
        help_text = (helps or {}).get(name) or info.title or name
        if kind is dt.date:
            extra.update(type=parse_date, metavar=DATE_METAVAR)
        elif isinstance(kind, type) and issubclass(kind, enum.Enum):
            extra.update(choices=[str(m.value) for m in kind])
        else:
            extra.update(metavar="ЗНАЧЕНИЕ")
        if name in must:
            extra["required"] = True
        parser.add_argument(option_name(name), dest=name, help=help_text, **extra)
        names.append(name)
    return names


def model_values(args: argparse.Namespace, names: Iterable[str]) -> dict[str, Any]:
    """The options of :func:`add_model_options` that were given (an empty text clears)."""
    given: dict[str, Any] = {}
    for name in names:
        value = getattr(args, name, None)
        if value is not None:
            given[name] = None if value == "" else value
    return given


# --- signing in and the services ----------------------------------------------------------------

def password(prompt: str, env: str = ENV_PASSWORD) -> str:
    """A password from the environment or, at a terminal, typed without echo."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    raise InputError(
        f"пароль не задан: укажите его в переменной окружения {env} "
        "или запустите команду в терминале, чтобы ввести его"
    )


def _open(args: argparse.Namespace, anonymous_ok: bool) -> Services:
    from desktop_app.core.services.facade import open_services
    from desktop_app.core.services.leftovers import clean_at_start

    sv = open_services(args.db)
    try:
        clean_at_start(sv.db_path)  # what an earlier crash left behind (cheap)
        login = getattr(args, "user", None)
        if login:
            if not sv.users.has_users():
                raise InputError(
                    f"в базе ещё нет пользователей, «{login}» не найден: создайте "
                    "администратора командой init --admin ИМЯ"
                )
            actor = sv.users.sign_in(login, password(f"Пароль пользователя {login}: "))
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


@contextmanager
def signed_in(args: argparse.Namespace, *, anonymous_ok: bool = False) -> Iterator[Services]:
    """The services over ``--db``, acting as ``--user`` (closed on leaving the block).

    While the database has no users, commands run as the system (setup); once
    any user exists, ``--user`` is needed unless ``anonymous_ok`` (``init``,
    ``check``).
    """
    sv = _open(args, anonymous_ok)
    try:
        yield sv
    finally:
        sv.close()


# --- output -------------------------------------------------------------------------------------

def out(text: str = "") -> None:
    print(text, flush=True)


def err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Path):
        return str(value)
    model_dump = getattr(value, "model_dump", None)
    if callable(model_dump):
        return model_dump(mode="json")
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def print_json(data: Any) -> None:
    """One JSON document on stdout (Cyrillic as is, dates in ISO format)."""
    out(json.dumps(data, ensure_ascii=False, default=_json_default))


def print_fields(rows: Iterable[tuple[str, Any]]) -> None:
    """A record as «Название: значение» lines (empty values are skipped)."""
    for label, value in rows:
        if value is None or value == "":
            continue
        text = str(value)
        if isinstance(value, dt.datetime):
            text = f"{value.astimezone():%d.%m.%Y %H:%M}"
        elif isinstance(value, dt.date):
            text = f"{value:%d.%m.%Y}"
        out(f"{label}: {text}")


def model_rows(record: Any, model: type[BaseModel]) -> list[tuple[str, Any]]:
    """(title, value) of every field of the input ``model`` that ``record`` (a record
    or a mapping) has."""
    def value(name: str) -> Any:
        return record.get(name) if isinstance(record, dict) else getattr(record, name, None)

    return [(info.title or name, value(name)) for name, info in model.model_fields.items()]
