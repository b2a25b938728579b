"""Commands ``package`` (referral package PDF) and ``register list`` (outgoing register)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from desktop_app.core.formatting import format_datetime


def _write_atomically(target: Path, data: bytes) -> None:
    """Write the whole file or nothing (a half-written PDF never stays behind)."""
    from desktop_app.core.files import write_atomically

    write_atomically(target, data)


def cmd_package(args: argparse.Namespace) -> int:
    from desktop_app.cli import _out, _services

    out = Path(args.out)
    sv = _services(args)
    try:
        result = sv.packages.generate(
            args.dossier_id, draft=args.draft, with_attachments=args.with_attachments
        )
        _write_atomically(out, result.pdf_bytes)
        sv.packages.record_print(
            "package_saved", entry_id=result.entry.id if result.entry else None,
            dossier_id=args.dossier_id, target=out.name,
        )
    finally:
        sv.close()
    if result.entry is not None:
        _out(f"Направление № {result.entry.number} зарегистрировано: "
             f"страниц {result.pages} → {out}")
    else:
        _out(f"Проект направления (без номера): страниц {result.pages} → {out}")
    for note in result.not_attached:
        _out(f"Внимание: {note}")
    return 0


def cmd_register_list(args: argparse.Namespace) -> int:
    from desktop_app.cli import _out, _services

    sv = _services(args)
    try:
        entries = sv.packages.register_list(year=args.year)
    finally:
        sv.close()
    if args.json:
        _out(json.dumps([
            {
                "id": e.id, "number": e.number, "issued_at": e.issued_at.isoformat(),
                "dossier_id": e.dossier_id, "enterprise": e.enterprise_name,
                "signer": e.signer_name, "pages": e.pages, "sha256": e.pdf_sha256,
                "subject": e.subject,
            }
            for e in entries
        ], ensure_ascii=False))
        return 0
    if not entries:
        _out("Исходящий реестр пуст")
    for e in entries:
        _out("\t".join([
            e.number, format_datetime(e.issued_at), f"досье № {e.dossier_id or '—'}",
            e.enterprise_name or "—", e.signer_name or "—", f"стр. {e.pages or '—'}",
        ]))
    return 0


def _dossier_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"ожидается номер досье (целое число), а не «{text}»"
        ) from None
    if value <= 0:
        raise argparse.ArgumentTypeError("номер досье — положительное число")
    return value


def _year(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ожидается год, а не «{text}»") from None


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "package", help="сформировать направление в Агентство (PDF; итоговое — с номером)"
    )
    p.add_argument("dossier_id", type=_dossier_id, metavar="№_ДОСЬЕ")
    p.add_argument("--out", required=True, metavar="ФАЙЛ.pdf", help="куда записать PDF")
    p.add_argument("--with-attachments", action="store_true",
                   help="подшить файлы документов досье (PDF и изображения)")
    p.add_argument("--draft", action="store_true",
                   help="проект без номера с отметкой «ПРОЕКТ» (не регистрируется)")
    p.set_defaults(handler=cmd_package)

    reg = subparsers.add_parser("register", help="исходящий реестр писем")
    reg_sub = reg.add_subparsers(dest="action", metavar="ДЕЙСТВИЕ",
                                 parser_class=subparsers._parser_class)
    reg_sub.required = True
    p = reg_sub.add_parser("list", help="список зарегистрированных писем (новые сверху)")
    p.add_argument("--year", type=_year, metavar="ГГГГ", help="только за этот год")
    p.add_argument("--json", action="store_true", help="в формате JSON")
    p.set_defaults(handler=cmd_register_list)
