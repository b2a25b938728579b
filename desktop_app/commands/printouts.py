"""Documents printed for the enterprise: ``conclusion`` (the pre-screening
conclusion, registered with an outgoing number) and ``checklist`` (the памятка:
which documents to bring and which are already received)."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import EXIT_OK, Commands, add_command, out, record_id, signed_in

VERDICTS = {
    "eligible": "может подать заявку",
    "not_eligible": "не может подать заявку",
    "needs_clarification": "требуется уточнение",
}

CONCLUSION_EPILOG = """заключение датируется датой предварительной проверки и регистрируется
в исходящем реестре: один номер на одну проверку. Повторная печать той же
проверки даёт тот же зарегистрированный файл с тем же номером; после новой
проверки (команда eligibility) заключение получает новый номер.
пример:
  rci-intake --user cons conclusion 12 --out заключение-12.pdf"""

CHECKLIST_EPILOG = """памятка показывает досье на дату его последнего изменения: какие документы
нужны, какие уже получены («не требуется» — условие, при котором документ нужен,
не выполнено).
пример:
  rci-intake --user cons checklist 7 --out памятка-7.pdf"""


def cmd_conclusion(args: argparse.Namespace) -> int:
    from desktop_app.core.files import write_atomically

    target = Path(args.out)
    with signed_in(args) as sv:
        printed = sv.packages.conclusion(args.consultation_id, draft=args.draft)
        write_atomically(target, printed.pdf_bytes)
    date = printed.checked_on.strftime("%d.%m.%Y")
    verdict = VERDICTS.get(printed.verdict, printed.verdict)
    if printed.number is None:
        out(f"Проект заключения (без номера) от {date}, вывод: {verdict} → {target}")
    else:
        out(f"Заключение № {printed.number} от {date}, вывод: {verdict} → {target}")
    return EXIT_OK


def cmd_checklist(args: argparse.Namespace) -> int:
    from desktop_app.core.files import write_atomically

    target = Path(args.out)
    with signed_in(args) as sv:
        pdf = sv.packages.document_checklist_pdf(args.dossier_id)
        write_atomically(target, pdf)
        sv.packages.record_print("checklist_saved", dossier_id=args.dossier_id,
                                 target=target.name)
    out(f"Памятка по досье № {args.dossier_id} → {target}")
    return EXIT_OK


def register(commands: Commands) -> None:
    p = add_command(commands, "conclusion",
                    "заключение по результатам предварительной проверки (PDF, с номером)",
                    cmd_conclusion, epilog=CONCLUSION_EPILOG)
    p.add_argument("consultation_id", type=record_id, metavar="№_КОНСУЛЬТАЦИИ",
                   help="номер консультации с предварительной проверкой")
    p.add_argument("--out", required=True, metavar="ФАЙЛ.pdf", help="куда записать PDF")
    p.add_argument("--draft", action="store_true",
                   help="проект без номера с отметкой «ПРОЕКТ» (не регистрируется)")

    p = add_command(commands, "checklist",
                    "памятка для предприятия: какие документы принести (PDF)",
                    cmd_checklist, epilog=CHECKLIST_EPILOG)
    p.add_argument("dossier_id", type=record_id, metavar="№_ДОСЬЕ", help="номер досье")
    p.add_argument("--out", required=True, metavar="ФАЙЛ.pdf", help="куда записать PDF")
