"""The event log: ``audit export``."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import (
    DATE_METAVAR,
    EXIT_OK,
    Commands,
    add_command,
    add_group,
    out,
    parse_date,
    signed_in,
)


def cmd_audit_export(args: argparse.Namespace) -> int:
    from desktop_app.core.services.audit_export import AuditFilter, export_audit

    flt = AuditFilter(
        user_login=args.login, date_from=args.date_from, date_to=args.date_to,
        entity=args.entity, action=args.action,
    )
    with signed_in(args) as sv:
        count = export_audit(sv, Path(args.file), flt)
    out(f"Выгружено записей журнала: {count} → {args.file}")
    return EXIT_OK


def register(commands: Commands) -> None:
    audit = add_group(commands, "audit", "журнал событий (руководитель, администратор)")
    p = add_command(audit, "export", "выгрузить журнал в XLSX или CSV", cmd_audit_export)
    p.add_argument("file", metavar="ФАЙЛ.xlsx|ФАЙЛ.csv", help="куда выгрузить")
    p.add_argument("--login", metavar="ИМЯ", help="только действия этого пользователя")
    p.add_argument("--from", dest="date_from", type=parse_date, metavar=DATE_METAVAR,
                   help="с этой даты")
    p.add_argument("--to", dest="date_to", type=parse_date, metavar=DATE_METAVAR,
                   help="по эту дату включительно")
    p.add_argument("--entity", metavar="ОБЪЕКТ", help="например enterprise, contact_person")
    p.add_argument("--action", metavar="ДЕЙСТВИЕ", help="например create, update, sign_in")
