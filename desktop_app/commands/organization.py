"""The centre's own details and the referral-letter defaults: ``organization show|set``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from desktop_app.core.services.organization import PackageSettingsIn
from desktop_app.core.services.schemas import OrganizationProfileIn

from .common import (
    EXIT_OK,
    Commands,
    add_command,
    add_group,
    add_json_flag,
    add_model_options,
    model_rows,
    model_values,
    out,
    print_fields,
    print_json,
    signed_in,
)

if TYPE_CHECKING:
    from desktop_app.core.services.facade import Services

# Options of ``organization set`` that belong to the letter (the rest are the centre's).
LETTER_FIELDS = tuple(PackageSettingsIn.model_fields)
PROFILE_FIELDS = tuple(OrganizationProfileIn.model_fields)


def _current(sv: Services) -> tuple[dict[str, Any] | None, dict[str, Any]]:
    profile = sv.organization.get()
    details = None if profile is None else {
        k: getattr(profile, k) for k in PROFILE_FIELDS
    }
    return details, sv.organization.package_settings().model_dump()


def _show(details: dict[str, Any] | None, letter: dict[str, Any], as_json: bool) -> None:
    if as_json:
        print_json({"organization": details, "letter": letter})
        return
    out("Реквизиты центра")
    if details is None:
        out("  не заполнены: укажите их командой organization set "
            "(администратор)")
    else:
        print_fields(model_rows(details, OrganizationProfileIn))
    out("")
    out("Письмо в Агентство: значения по умолчанию")
    print_fields(model_rows(letter, PackageSettingsIn))


def cmd_show(args: argparse.Namespace) -> int:
    with signed_in(args) as sv:
        details, letter = _current(sv)
    _show(details, letter, args.json)
    return EXIT_OK


def cmd_set(args: argparse.Namespace) -> int:
    from desktop_app.core.errors import InputError
    from desktop_app.core.services.schemas import parse

    profile_changes = model_values(args, PROFILE_FIELDS)
    letter_changes = model_values(args, LETTER_FIELDS)
    if not profile_changes and not letter_changes:
        raise InputError("не указано ни одного поля: список полей — organization set --help")
    with signed_in(args) as sv:
        details, letter = _current(sv)
        # both are checked before either is written (as the GUI's dialog does): nothing
        # half-saved; each service call checks the permission and writes its audit entry
        valid_profile = parse(OrganizationProfileIn, {**(details or {}), **profile_changes})
        valid_letter = parse(PackageSettingsIn, {**letter, **letter_changes})
        if profile_changes:
            sv.organization.update(valid_profile)
        if letter_changes:
            sv.organization.update_package_settings(valid_letter)
        details, letter = _current(sv)
    _show(details, letter, args.json)
    return EXIT_OK


EXAMPLES = """примеры:
  rci-intake --user admin organization set --full-name "АНО «РИЦ Пермского края»" \\
      --inn 5902293393 --postal-address "614000, г. Пермь, ул. Ленина, д. 1"
  rci-intake --user admin organization set --addressee-name "И.И. Иванову" \\
      --salutation "Уважаемый Иван Иванович!"
  пустое значение ("") очищает поле"""


def register(commands: Commands) -> None:
    org = add_group(commands, "organization",
                    "реквизиты центра и значения по умолчанию письма в Агентство")
    p = add_command(org, "show", "показать реквизиты центра и значения письма", cmd_show)
    add_json_flag(p)
    p = add_command(org, "set", "изменить реквизиты центра и значения письма (администратор)",
                    cmd_set, epilog=EXAMPLES)
    details = p.add_argument_group("реквизиты центра")
    add_model_options(details, OrganizationProfileIn)
    letter = p.add_argument_group("письмо в Агентство")
    add_model_options(letter, PackageSettingsIn)
    add_json_flag(p, "показать итог в формате JSON")
