"""Contact persons of an enterprise: ``contacts add|list|remove``, ``erase-contact`` and the acts
of past erasures, ``erasure list|act|reapply`` (152-ФЗ)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core.errors import InputError
from desktop_app.core.services.schemas import ContactPersonIn

from .common import (
    EXIT_OK,
    EXIT_REFUSED,
    Commands,
    add_command,
    add_group,
    add_json_flag,
    add_model_options,
    err,
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
    from desktop_app.core.services.facade import Services
    from desktop_app.core.services.personal_data import ErasureResult

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


def cmd_remove(args: argparse.Namespace) -> int:
    with signed_in(args) as sv:
        c = sv.enterprises.remove_contact(args.contact_id, reason=args.reason)
    if args.json:
        print_json(_json(c))
    else:
        out(f"Контактное лицо № {c.id} ({c.full_name}) удалено из карточки предприятия; "
            "запись сохранена в базе. Уничтожение персональных данных: erase-contact")
    return EXIT_OK


def writable_target(text: str) -> Path:
    """A PDF file the act can be written to: checked before anything is erased."""
    import tempfile

    target = Path(text).expanduser()
    try:
        is_dir, folder_exists = target.is_dir(), target.parent.is_dir()
    except OSError as exc:   # e.g. a name longer than the file system allows
        raise InputError(
            f"Файл акта: имя «{target.name}» недопустимо ({exc.strerror or exc}); "
            "выберите другое") from None
    if is_dir:
        raise InputError(f"Файл акта: «{target}» — это папка; укажите имя файла .pdf")
    folder = target.parent
    if not folder_exists:
        raise InputError(f"Файл акта: папки «{folder}» нет; создайте её или выберите другую")
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".rci-probe-"):
            pass
    except OSError as exc:
        raise InputError(
            f"Файл акта: в папку «{folder}» нельзя записать ({exc.strerror or exc}); "
            "выберите другую папку") from None
    return target


def _write_act(sv: Services, result: ErasureResult, target: Path) -> bool:
    """Write the act; on failure say that it is kept in the database and how to print it."""
    from desktop_app.core.services.personal_data import destruction_act_pdf

    try:
        destruction_act_pdf(result, target)
    except OSError as exc:
        err(f"Ошибка: файл акта «{target}» не записан ({exc.strerror or exc}). Акт № "
            f"{result.act_number} сохранён в базе; распечатайте его снова: "
            f"rci-intake erasure act {result.erasure_id} --out ФАЙЛ.pdf")
        return False
    sv.personal_data.record_act_printed(result, target)
    return True


def cmd_erase(args: argparse.Namespace) -> int:
    target = writable_target(args.act)   # a bad path is refused before anything is erased
    with signed_in(args) as sv:
        result = sv.personal_data.erase_contact(args.contact_id, reason=args.reason)
        out(f"Персональные данные контактного лица № {result.contact_id} уничтожены; "
            f"акт № {result.act_number} (уничтожение № {result.erasure_id}) сохранён в базе")
        written = _write_act(sv, result, target)
    if written:
        out(f"Акт записан: {target}")
    return EXIT_OK if written else EXIT_REFUSED


def cmd_erasure_list(args: argparse.Namespace) -> int:
    with signed_in(args) as sv:
        rows = sv.personal_data.list_erasures()
    if args.json:
        print_json([{"id": r.id, "act_number": r.act_number, "erased_at": r.erased_at,
                     "kind": r.kind, "contact_id": r.contact_id, "contact_uuid": r.contact_uuid,
                     "enterprise": r.enterprise, "user_login": r.user_login,
                     "reason": r.reason, "has_act": r.has_act} for r in rows])
        return EXIT_OK
    for r in rows:
        out("\t".join([str(r.id), r.act_number, f"{r.erased_at.astimezone():%d.%m.%Y %H:%M}",
                       r.kind_label, f"контактное лицо № {r.contact_id or '—'}", r.enterprise,
                       r.user_login or "—", r.reason if r.has_act else
                       f"{r.reason} (акт не хранится)"]))
    if not rows:
        out("Уничтожений персональных данных не было.")
    return EXIT_OK


def cmd_erasure_act(args: argparse.Namespace) -> int:
    target = writable_target(args.out)
    with signed_in(args) as sv:
        result = sv.personal_data.act(args.erasure_id)
        written = _write_act(sv, result, target)
    if written:
        out(f"Акт № {result.act_number} записан: {target}")
    return EXIT_OK if written else EXIT_REFUSED


def cmd_erasure_reapply(args: argparse.Namespace) -> int:
    with signed_in(args) as sv:
        results = sv.personal_data.reapply_ledger()
    say_reapplied(results)
    if not results:
        out("Все уничтожения из журнала уничтожений применены; повторять нечего.")
    return EXIT_OK


def say_reapplied(results: list[ErasureResult]) -> None:
    """The contacts erased again (after a restore), with the numbers of their acts."""
    for r in results:
        first = f" (акт № {r.original_act})" if r.original_act and r.original_act != "—" else ""
        out(f"Повторно уничтожены персональные данные контактного лица № {r.contact_id} "
            f"({r.enterprise_name}): уничтожены ранее"
            f"{f' {r.original_at.astimezone():%d.%m.%Y}' if r.original_at else ''}{first}; "
            f"акт № {r.act_number}: rci-intake erasure act {r.erasure_id} --out ФАЙЛ.pdf")


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

    p = add_command(contacts, "list",
                    "контактные лица предприятия (без удалённых и уничтоженных)", cmd_list)
    p.add_argument("--enterprise", required=True, metavar=KEY_METAVAR, help=KEY_HELP)
    add_json_flag(p)

    p = add_command(contacts, "remove",
                    "удалить контактное лицо из карточки (запись сохраняется в базе; "
                    "уничтожение данных — erase-contact)", cmd_remove)
    p.add_argument("contact_id", type=record_id, metavar="№",
                   help="номер контактного лица (contacts list)")
    p.add_argument("--reason", metavar="ПРИЧИНА", help="почему удаляется (попадёт в журнал)")
    add_json_flag(p, "показать запись в формате JSON")

    p = add_command(commands, "erase-contact",
                    "уничтожить персональные данные контактного лица (с актом)", cmd_erase)
    p.add_argument("contact_id", type=record_id, metavar="№", help="номер контактного лица")
    p.add_argument("--reason", required=True, metavar="ПРИЧИНА", help="основание уничтожения")
    p.add_argument("--act", required=True, metavar="АКТ.pdf",
                   help="куда записать акт (акт хранится и в базе: erasure act)")

    erasure = add_group(commands, "erasure",
                        "уничтожения персональных данных и их акты (руководитель, администратор)")
    p = add_command(erasure, "list", "все уничтожения персональных данных", cmd_erasure_list)
    add_json_flag(p)
    p = add_command(erasure, "act", "распечатать акт прошлого уничтожения снова", cmd_erasure_act)
    p.add_argument("erasure_id", type=record_id, metavar="№",
                   help="номер уничтожения (erasure list)")
    p.add_argument("--out", required=True, metavar="АКТ.pdf", help="куда записать акт")
    add_command(erasure, "reapply",
                "повторно уничтожить данные, вернувшиеся из старой резервной копии, "
                "по журналу уничтожений", cmd_erasure_reapply)
