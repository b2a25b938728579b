"""Enterprises: ``enterprises add|show|update|list|import|export``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core.errors import EditConflict, InputError, NotFoundError
from desktop_app.core.services.schemas import EnterpriseIn

from .common import (
    EXIT_OK,
    EXIT_REFUSED,
    Commands,
    add_command,
    add_group,
    add_json_flag,
    add_model_options,
    add_version_options,
    err,
    model_rows,
    model_values,
    out,
    positive,
    print_fields,
    print_json,
    say_conflict,
    signed_in,
)

if TYPE_CHECKING:
    from desktop_app.core.services.dto import EnterpriseOut
    from desktop_app.core.services.facade import Services

FIELDS = tuple(EnterpriseIn.model_fields)
KEY_METAVAR = "ИНН|№"
KEY_HELP = "ИНН предприятия (10 или 12 цифр) или номер его карточки"


def enterprise_of(sv: Services, key: str) -> EnterpriseOut:
    """The enterprise named on the command line by its ИНН or by its card number."""
    value = key.strip()
    if not value.isdigit():
        raise InputError(f"«{key}» — не ИНН и не номер карточки предприятия (нужны цифры)")
    if len(value) in (10, 12):
        found = sv.enterprises.find_by_inn(value)
        if found is None:
            raise NotFoundError(f"предприятие с ИНН {value} не найдено")
        return found
    return sv.enterprises.get(int(value))


def as_json(e: EnterpriseOut) -> dict[str, Any]:
    return e.model_dump(mode="json")


def show(e: EnterpriseOut) -> None:
    out(f"Предприятие № {e.id}")
    print_fields(model_rows(e, EnterpriseIn))


def cmd_add(args: argparse.Namespace) -> int:
    with signed_in(args) as sv:
        e = sv.enterprises.create(model_values(args, FIELDS))
    if args.json:
        print_json(as_json(e))
    else:
        show(e)
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    with signed_in(args) as sv:
        e = enterprise_of(sv, args.key)
    if args.json:
        print_json(as_json(e))
    else:
        show(e)
    return EXIT_OK


def cmd_update(args: argparse.Namespace) -> int:
    changes = model_values(args, FIELDS)
    if not changes:
        raise InputError("не указано ни одного поля: список полей — enterprises update --help")
    with signed_in(args) as sv:
        current = enterprise_of(sv, args.key)
        data = {name: getattr(current, name) for name in FIELDS} | changes
        # the card as read here, or as the person saw it (--version): someone else's
        # save in between is refused, unless --force says to write over it
        expected = None if args.force else (args.version or current.version)
        try:
            e = sv.enterprises.update(current.id, data, expected_version=expected)
        except EditConflict as exc:
            say_conflict(exc, EnterpriseIn, data)
            return EXIT_REFUSED
    if args.json:
        print_json(as_json(e))
    else:
        show(e)
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    with signed_in(args) as sv:
        rows = sv.enterprises.find(args.filter or "", limit=args.limit)
    if args.json:
        print_json([as_json(e) for e in rows])
        return EXIT_OK
    for e in rows:
        out("\t".join([str(e.id), e.inn, e.display_name, e.kpp or "—", e.region_code or "—"]))
    if not rows:
        out("Предприятия не найдены.")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from desktop_app.core.services.enterprise_files import import_enterprises

    with signed_in(args) as sv:
        report = import_enterprises(sv, Path(args.file), dry_run=args.dry_run, update=args.update)
    if args.json:
        print_json(report.as_json())
    else:
        for problem in report.errors:
            err(f"строка {problem.row}, столбец «{problem.column}»: {problem.message}")
        out(report.summary())
    return EXIT_OK if report.ok else EXIT_REFUSED


def cmd_export(args: argparse.Namespace) -> int:
    from desktop_app.core.services.enterprise_files import export_enterprises

    with signed_in(args) as sv:
        count = export_enterprises(sv, Path(args.file))
    out(f"Выгружено предприятий: {count} → {args.file}")
    return EXIT_OK


HELPS = {
    "size_category": "категория: micro — микропредприятие, small — малое, medium — среднее, "
                     "large — крупное",
    "region_code": "код региона, две цифры (по умолчанию — по ИНН)",
}

EXAMPLES = """примеры:
  rci-intake --user cons enterprises add --inn 7707083893 --full-name "ПАО «Пример»" \\
      --kpp 770701001 --size-category large
  rci-intake --user cons enterprises update 7707083893 --phone "+7 342 200-00-00"
  пустое значение ("") очищает поле"""


def register(commands: Commands) -> None:
    ent = add_group(commands, "enterprises",
                    "предприятия: карточки, список, импорт и выгрузка")

    p = add_command(ent, "add", "добавить предприятие", cmd_add, epilog=EXAMPLES)
    add_model_options(p, EnterpriseIn, required=("inn", "full_name"), helps=HELPS)
    add_json_flag(p, "показать карточку в формате JSON")

    p = add_command(ent, "show", "карточка предприятия", cmd_show)
    p.add_argument("key", metavar=KEY_METAVAR, help=KEY_HELP)
    add_json_flag(p)

    p = add_command(ent, "update", "изменить поля карточки предприятия", cmd_update,
                    epilog=EXAMPLES)
    p.add_argument("key", metavar=KEY_METAVAR, help=KEY_HELP)
    add_model_options(p, EnterpriseIn, helps=HELPS)
    add_version_options(p, "enterprises show --json")
    add_json_flag(p, "показать карточку в формате JSON")

    p = add_command(ent, "list", "список предприятий (по наименованию)", cmd_list)
    p.add_argument("--filter", metavar="ТЕКСТ",
                   help="только найденные по тексту (наименование, ИНН, ОГРН, КПП)")
    p.add_argument("--limit", type=positive, default=100, metavar="N",
                   help="не больше N строк (по умолчанию 100)")
    add_json_flag(p)

    p = add_command(ent, "import", "импорт из XLSX или CSV (всё или ничего)", cmd_import)
    p.add_argument("file", metavar="ФАЙЛ", help="файл XLSX или CSV")
    p.add_argument("--dry-run", action="store_true", help="только проверить, ничего не записывать")
    p.add_argument("--update", action="store_true", help="обновлять предприятия с известным ИНН")
    add_json_flag(p, "отчёт в формате JSON")

    p = add_command(ent, "export", "выгрузка в XLSX или CSV", cmd_export)
    p.add_argument("file", metavar="ФАЙЛ.xlsx|ФАЙЛ.csv", help="куда выгрузить")
