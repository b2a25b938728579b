"""Reports for a period: ``report activity`` (the centre's work in figures) and
``report referrals`` (the register of referrals to the Agency)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from .common import (
    DATE_METAVAR,
    EXIT_OK,
    Commands,
    add_command,
    add_group,
    out,
    parse_date,
    print_json,
    signed_in,
)

ACTIVITY_EPILOG = """даты — календарные дни часового пояса рабочего места, обе включаются.
JSON: consultations, enterprises, new_enterprises, by_channel, by_month («ГГГГ-ММ»),
by_consultant (имя входа), prescreenings (вывод), referred (итоговые письма
о направлении; повторные не считаются), dossiers_by_status (текущий статус,
достигнутый в периоде), суммы — в копейках.
примеры:
  rci-intake --user cons report activity --from 01.01.2026 --to 31.12.2026 --json
  rci-intake --user cons report activity --from 01.04.2026 --to 30.06.2026 --out отчёт.xlsx"""

REFERRALS_EPILOG = """в реестре — итоговые письма о направлении, зарегистрированные в периоде
(номер, дата, предприятие, ИНН, проект, заявленный грант); повторное письмо
взамен ранее направленного новым направлением не считается.
пример:
  rci-intake --user cons report referrals --from 01.01.2026 --to 31.12.2026 --out реестр.pdf"""


def _period(args: argparse.Namespace) -> tuple[Any, Any]:
    from desktop_app.core.services.reports import Period, ReportFilter

    return (Period(args.date_from, args.date_to),
            ReportFilter(consultant=args.consultant, program=args.program))


def cmd_activity(args: argparse.Namespace) -> int:
    from desktop_app.core.files import write_atomically
    from desktop_app.core.services.reports import file_format

    period, flt = _period(args)
    fmt = file_format(args.out) if args.out else None
    with signed_in(args) as sv:
        report = sv.reports.activity(period, flt)
        if fmt is not None:
            write_atomically(Path(args.out), sv.reports.activity_file(report, fmt))
    if args.json:
        print_json(report.as_json())
    else:
        out(f"Отчёт о работе с {period.date_from:%d.%m.%Y} по {period.date_to:%d.%m.%Y}: "
            f"консультаций {report.consultations}, предприятий {report.enterprises}, "
            f"направлено {report.referred} → {args.out}")
    return EXIT_OK


def cmd_referrals(args: argparse.Namespace) -> int:
    from desktop_app.core.files import write_atomically
    from desktop_app.core.services.reports import file_format

    period, flt = _period(args)
    fmt = file_format(args.out) if args.out else None
    with signed_in(args) as sv:
        header, rows = sv.reports.referrals(period, flt)
        if fmt is not None:
            write_atomically(Path(args.out), sv.reports.referrals_file(header, rows, fmt))
    if args.json:
        print_json([{"number": r.number, "date": r.issued_on, "enterprise": r.enterprise,
                     "inn": r.inn, "project": r.project, "grant_requested": r.grant_requested}
                    for r in rows])
    else:
        out(f"Реестр направлений с {period.date_from:%d.%m.%Y} по {period.date_to:%d.%m.%Y}: "
            f"{len(rows)} → {args.out}")
    return EXIT_OK


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="date_from", required=True, type=parse_date,
                   metavar=DATE_METAVAR, help="первый день периода")
    p.add_argument("--to", dest="date_to", required=True, type=parse_date,
                   metavar=DATE_METAVAR, help="последний день периода")
    p.add_argument("--consultant", metavar="ИМЯ_ВХОДА", help="только работа этого консультанта")
    p.add_argument("--program", metavar="КОД", help="только эта программа")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", metavar="ФАЙЛ.xlsx|ФАЙЛ.pdf",
                       help="куда записать отчёт (XLSX или PDF — по расширению)")
    where.add_argument("--json", action="store_true", help="вывести цифры в формате JSON")


def register(commands: Commands) -> None:
    report = add_group(commands, "report", "отчёты за период")
    p = add_command(report, "activity", "отчёт о работе за период (XLSX, PDF или JSON)",
                    cmd_activity, epilog=ACTIVITY_EPILOG)
    _common(p)
    p = add_command(report, "referrals", "реестр направлений в Агентство за период",
                    cmd_referrals, epilog=REFERRALS_EPILOG)
    _common(p)
