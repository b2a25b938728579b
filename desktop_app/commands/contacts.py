"""Contact persons of an enterprise: ``contacts add|list`` and ``erase-contact`` (152-ФЗ)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core.services.schemas import ContactPersonIn

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
    record_id,
    signed_in,
)
from .enterprises import KEY_HELP, KEY_METAVAR, enterprise_of

if TYPE_CHECKING:
    from desktop_app.core.services.dto import ContactOut

FIELDS = tuple(ContactPersonIn.model_fields)


def _json(c: ContactOut) -> dict[str, Any]:
    return {**c.model_dump(mode="json"), "full_name": c.full_name}


def cmd_add(args: argparse.Namespace) -> int:
    with signed_in(args) as sv:
        enterprise = enterprise_of(sv, args.enterprise)
        c = sv.enterprises.add_contact(enterprise.id, model_values(args, FIELDS))
    if args.json:
        print_json(_json(c))
    else:
        out(f"Контактное лицо № {c.id} предприятия «{enterprise.display_name}»")
        print_fields(model_rows(c, ContactPersonIn))
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    with signed_in(args) as sv:
        enterprise = enterprise_of(sv, args.enterprise)
        rows = sv.enterprises.contacts(enterprise.id)
    if args.json:
        print_json([_json(c) for c in rows])
        return EXIT_OK
    for c in rows:
        consent = f"согласие от {c.consent_date:%d.%m.%Y}" if c.consent_date else ""
        withdrawn = f"отозвано {c.withdrawn_date:%d.%m.%Y}" if c.withdrawn_date else ""
        out("\t".join([str(c.id), c.full_name, c.position or "—", c.phone or "—",
                       c.email or "—", c.legal_basis,
                       ", ".join(x for x in (consent, withdrawn) if x) or "—"]))
    if not rows:
        out(f"У предприятия «{enterprise.display_name}» нет контактных лиц.")
    return EXIT_OK


def cmd_erase(args: argparse.Namespace) -> int:
    from desktop_app.core.services.personal_data import destruction_act_pdf

    with signed_in(args) as sv:
        result = sv.personal_data.erase_contact(args.contact_id, reason=args.reason)
        act = Path(args.act)
        destruction_act_pdf(result, act)
        sv.personal_data.record_act_printed(result, act)
    out(f"Персональные данные контактного лица № {result.contact_id} уничтожены; "
        f"акт № {result.act_number}: {args.act}")
    return EXIT_OK


BASES = ("основание обработки персональных данных: legitimate — представитель организации "
         "в рамках обращения, consent — согласие (нужна --consent-date), contract — исполнение "
         "договора, public — общедоступные сведения")

EXAMPLES = """пример:
  rci-intake --user cons contacts add --enterprise 7707083893 --last-name Петров \\
      --first-name Пётр --position "главный инженер" --legal-basis consent \\
      --consent-date 01.03.2026"""


def register(commands: Commands) -> None:
    contacts = add_group(commands, "contacts", "контактные лица предприятия")
    p = add_command(contacts, "add", "добавить контактное лицо предприятия", cmd_add,
                    epilog=EXAMPLES)
    p.add_argument("--enterprise", required=True, metavar=KEY_METAVAR, help=KEY_HELP)
    add_model_options(p, ContactPersonIn, required=("last_name",),
                      helps={"legal_basis": BASES})
    add_json_flag(p, "показать запись в формате JSON")

    p = add_command(contacts, "list", "контактные лица предприятия (без уничтоженных)", cmd_list)
    p.add_argument("--enterprise", required=True, metavar=KEY_METAVAR, help=KEY_HELP)
    add_json_flag(p)

    p = add_command(commands, "erase-contact",
                    "уничтожить персональные данные контактного лица (с актом)", cmd_erase)
    p.add_argument("contact_id", type=record_id, metavar="№", help="номер контактного лица")
    p.add_argument("--reason", required=True, metavar="ПРИЧИНА", help="основание уничтожения")
    p.add_argument("--act", required=True, metavar="АКТ.pdf", help="куда записать акт")
