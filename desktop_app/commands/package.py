"""The referral package and the outgoing register: ``package``, ``register list``."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.core.errors import InputError
from desktop_app.core.formatting import format_datetime

from .common import (
    DATE_METAVAR,
    EXIT_OK,
    EXIT_REFUSED,
    Commands,
    add_command,
    add_group,
    add_json_flag,
    model_values,
    out,
    parse_date,
    print_json,
    record_id,
    signed_in,
)

LETTER_OPTIONS = ("incoming_number", "incoming_date", "separate_delivery")
"""Options of the letter (``PackageOptions`` fields) the command line offers."""


VERIFY = "verify"


def cmd_package(args: argparse.Namespace) -> int:
    from desktop_app.core.files import write_atomically

    if args.dossier_id == VERIFY:
        return _verify(args)
    if args.file is not None:
        raise InputError(f"лишний аргумент «{args.file}»: файл указывается в --out")
    if args.out is None:
        raise InputError("укажите, куда записать PDF: --out ФАЙЛ.pdf")
    try:
        dossier_id = record_id(args.dossier_id)
    except argparse.ArgumentTypeError as exc:
        raise InputError(f"№_ДОСЬЕ: {exc}") from None
    target = Path(args.out)
    with signed_in(args) as sv:
        result = sv.packages.generate(
            dossier_id, draft=args.draft, with_attachments=args.with_attachments,
            options=model_values(args, LETTER_OPTIONS),
        )
        # the whole file or nothing: a half-written PDF never stays behind
        write_atomically(target, result.pdf_bytes)
        sv.packages.record_print(
            "package_saved", entry_id=result.entry.id if result.entry else None,
            dossier_id=dossier_id, target=target.name,
        )
    if result.entry is not None:
        out(f"Направление № {result.entry.number} зарегистрировано: "
            f"страниц {result.pages} → {target}")
    else:
        out(f"Проект направления (без номера): страниц {result.pages} → {target}")
    for note in result.not_attached:
        out(f"Внимание: {note}")
    return EXIT_OK


def _verify(args: argparse.Namespace) -> int:
    if args.file is None:
        raise InputError("укажите проверяемый файл: package verify ФАЙЛ.pdf")
    with signed_in(args) as sv:
        result = sv.packages.verify_file(Path(args.file))
    out(result.summary)
    return EXIT_OK if result.authentic else EXIT_REFUSED


def cmd_register_list(args: argparse.Namespace) -> int:
    with signed_in(args) as sv:
        entries = sv.packages.register_list(year=args.year)
    if args.json:
        print_json([
            {
                "id": e.id, "number": e.number, "issued_at": e.issued_at.isoformat(),
                "dossier_id": e.dossier_id, "consultation_id": e.consultation_id,
                "enterprise": e.enterprise_name,
                "signer": e.signer_name, "pages": e.pages, "sha256": e.pdf_sha256,
                "subject": e.subject,
            }
            for e in entries
        ])
        return EXIT_OK
    if not entries:
        out("Исходящий реестр пуст")
    for e in entries:
        out("\t".join([
            e.number, format_datetime(e.issued_at),
            f"консультация № {e.consultation_id}" if e.dossier_id is None
            and e.consultation_id is not None else f"досье № {e.dossier_id or '—'}",
            e.enterprise_name or "—", e.signer_name or "—", f"стр. {e.pages or '—'}",
        ]))
    return EXIT_OK


def _year(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ожидается год, а не «{text}»") from None


def register(commands: Commands) -> None:
    p = add_command(commands, "package",
                    "сформировать направление в Агентство (PDF; итоговое — с номером) "
                    "или проверить подлинность направления: package verify ФАЙЛ.pdf",
                    cmd_package)
    p.add_argument("dossier_id", metavar="№_ДОСЬЕ",
                   help="номер досье; или verify — проверить файл направления по реестру")
    p.add_argument("file", nargs="?", metavar="ФАЙЛ.pdf",
                   help="для verify: проверяемый PDF направления")
    p.add_argument("--out", metavar="ФАЙЛ.pdf", help="куда записать PDF")
    p.add_argument("--with-attachments", action="store_true",
                   help="подшить файлы документов досье (PDF и изображения)")
    p.add_argument("--draft", action="store_true",
                   help="проект без номера с отметкой «ПРОЕКТ» (не регистрируется)")
    letter = p.add_argument_group("письмо")
    letter.add_argument("--incoming-number", metavar="НОМЕР",
                        help="номер входящего письма (запроса), на которое дан ответ")
    letter.add_argument("--incoming-date", type=parse_date, metavar=DATE_METAVAR,
                        help="дата входящего письма (запроса)")
    letter.add_argument("--separate-delivery", metavar="ТЕКСТ",
                        help="как направляются документы, не подшитые в пакет "
                        "(«заявителем через личный кабинет»)")

    register_group = add_group(commands, "register", "исходящий реестр писем")
    p = add_command(register_group, "list", "список зарегистрированных писем (новые сверху)",
                    cmd_register_list)
    p.add_argument("--year", type=_year, metavar="ГГГГ", help="только за этот год")
    add_json_flag(p)
