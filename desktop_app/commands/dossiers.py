"""Dossiers and their validation: ``dossier create|import|export|list|attach|status|acknowledge``
and ``validate``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core import vocabulary
from desktop_app.core.db.models import DossierStatus
from desktop_app.core.errors import InputError

from .common import (
    DATE_METAVAR,
    EXIT_OK,
    EXIT_REFUSED,
    Commands,
    add_command,
    add_group,
    add_json_flag,
    err,
    out,
    parse_date,
    positive,
    print_json,
    record_id,
    signed_in,
)
from .enterprises import KEY_HELP, KEY_METAVAR, enterprise_of

if TYPE_CHECKING:
    from desktop_app.core.services.dossier_models import DossierOut


def _json(d: DossierOut) -> dict[str, Any]:
    return {"id": d.id, "enterprise": d.enterprise_name, "inn": d.enterprise_inn,
            "program": d.program_code, "profile_version": d.profile_version,
            "status": d.status.value, "title": d.title, "consultant": d.consultant_name,
            "consultation_id": d.consultation_id, "documents": len(d.documents),
            "last_verdict": d.last_verdict, "version": d.version}


# --- dossier ---------------------------------------------------------------------------------

def cmd_create(args: argparse.Namespace) -> int:
    with signed_in(args) as sv:
        enterprise = enterprise_of(sv, args.enterprise)
        consultation = (sv.consultations.get(args.consultation)
                        if args.consultation is not None else None)
        if consultation is not None and consultation.enterprise_id != enterprise.id:
            raise InputError(f"консультация № {consultation.id} проведена с другим "
                             f"предприятием, не с «{enterprise.display_name}»")
        if consultation is not None and consultation.eligibility and args.program is None:
            # opened «from» the pre-screening: refused when it found the applicant not eligible
            d = sv.dossiers.create_from_eligibility(
                consultation.id, duplicate_reason=args.duplicate_reason)
        else:
            program = args.program or (consultation.program_code if consultation else None)
            if not program:
                raise InputError("укажите программу: --program КОД (список — profiles list)")
            d = sv.dossiers.create(enterprise.id, program,
                                   consultation_id=args.consultation,
                                   contact_id=consultation.contact_id if consultation else None,
                                   duplicate_reason=args.duplicate_reason)
    if args.json:
        print_json(_json(d))
    else:
        out(f"Создано досье № {d.id}: {d.enterprise_name} (ИНН {d.enterprise_inn}), "
            f"программа {d.program_code}, версия профиля {d.profile_version}, "
            f"статус «{d.status_label}»")
    return EXIT_OK


VERSION_HELP = ("версия досье, которое вы смотрели (поле version в dossier list --json): если "
                "досье с тех пор изменили, ничего не меняется и команда сообщает, кто и когда")


def cmd_acknowledge(args: argparse.Namespace) -> int:
    with signed_in(args) as sv:
        ack = sv.dossiers.acknowledge_warning(args.id, args.rule, args.reason,
                                              expected_version=args.version)
    out(f"Досье № {args.id}: предупреждение по правилу «{ack.rule_id}» принято")
    if ack.message:
        out(f"  {ack.message}")
    out(f"  причина: {ack.reason}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from desktop_app.core.services.exchange.importing import import_dossier

    with signed_in(args) as sv:
        try:
            result = import_dossier(sv, Path(args.path))
        except InputError as exc:
            if args.json:
                print_json({"ok": False, "errors": [
                    {"path": p.field, "message": p.message} for p in exc.problems
                ]})
                return EXIT_REFUSED
            err("Досье не импортировано, ничего не записано:")
            for p in exc.problems:
                err(f"  {p.field + ': ' if p.field else ''}{p.message}")
            return EXIT_REFUSED
    if args.json:
        print_json(result.as_json())
    else:
        for w in result.warnings:
            err(f"Внимание: {w}")
        out(result.summary())
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from desktop_app.core.services.exchange.exporting import export_dossier

    with signed_in(args) as sv:
        target = export_dossier(sv, args.id, Path(args.out))
    out(f"Досье № {args.id} выгружено: {target}")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    with signed_in(args) as sv:
        rows = sv.dossiers.list(status=args.status)
    if args.json:
        print_json([_json(d) for d in rows])
        return EXIT_OK
    for d in rows:
        out(f"{d.id}\t{d.status_label}\t{d.enterprise_name} (ИНН {d.enterprise_inn})\t"
            f"{d.title or '—'}\tдокументов: {len(d.documents)}")
    if not rows:
        out("Досье не найдено.")
    return EXIT_OK


def cmd_attach(args: argparse.Namespace) -> int:
    with signed_in(args) as sv:
        doc = sv.documents.attach(
            args.id, args.type, [Path(f) for f in args.files], title=args.title,
            number=args.number, issued_on=args.issued_on, valid_until=args.valid_until,
        )
    for w in doc.warnings:
        err(f"Внимание: {w}")
    pages = doc.pages
    out(f"Документ № {doc.id} «{doc.type_title}» приложен к досье № {args.id}: "
        f"файлов {len(doc.files)}" + (f", страниц {pages}" if pages is not None else ""))
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    with signed_in(args) as sv:
        d = sv.dossiers.change_status(args.id, args.new, reason=args.reason,
                                      effective_date=args.date, expected_version=args.version)
    out(f"Досье № {d.id}: статус «{d.status_label}»")
    return EXIT_OK


# --- validate -----------------------------------------------------------------------------------

def cmd_validate(args: argparse.Namespace) -> int:
    with signed_in(args) as sv:
        damaged = sv.documents.verify_dossier(args.id).damaged
        result = sv.dossiers.validate(args.id, damaged_blobs=damaged, today=args.today)
    report = result.report
    if args.json:
        print_json({
            "dossier": args.id,
            "profile": {"code": result.profile_code, "version": result.profile_version},
            "verdict": report.verdict,
            "findings": [
                {"rule": f.rule, "severity": f.severity, "message": f.message,
                 "clause": f.clause, "confidence": f.confidence, "target": f.target}
                for f in report.findings
            ],
        })
    else:
        out(f"Досье № {args.id}: профиль {result.profile_code}, версия {result.profile_version}")
        if result.newer_profile_version:
            out(f"Установлена более новая версия профиля: {result.newer_profile_version}")
        labels = {**vocabulary.SEVERITIES, "error": "ОШИБКА"}  # errors stand out in a terminal
        for f in report.findings:
            ack = result.acknowledgements.get(f.rule) if f.severity == "warning" else None
            note = f" [принято: {ack.reason}]" if ack else ""
            out(f"[{labels.get(f.severity, f.severity)}] {f.message}{note}")
            sure = vocabulary.CONFIDENCES.get(f.confidence, f.confidence)
            out(f"    правило {f.rule}; основание: {f.clause} ({sure})")
        verdict = "готово к направлению" if report.verdict == "ready" else "не готово"
        out(f"Итог: {verdict}; ошибок {len(report.errors)}, "
            f"предупреждений {len(report.warnings)}")
    return EXIT_OK if not report.errors else EXIT_REFUSED


# --- registration -----------------------------------------------------------------------------

CREATE_EXAMPLES = """примеры:
  rci-intake --user cons dossier create --enterprise 7707083893 \\
      --program atd-reverse-engineering
  rci-intake --user cons dossier create --enterprise 7707083893 --consultation 12
с --consultation без --program досье открывается по сохранённой предварительной
проверке (eligibility) и не открывается, если заявитель ей не соответствует"""


def register(commands: Commands) -> None:
    statuses = [s.value for s in DossierStatus]
    dossier = add_group(commands, "dossier",
                        "досье заявок: создание, импорт, выгрузка, документы, статус")

    p = add_command(dossier, "create", "открыть новое досье (черновик)", cmd_create,
                    epilog=CREATE_EXAMPLES)
    p.add_argument("--enterprise", required=True, metavar=KEY_METAVAR, help=KEY_HELP)
    p.add_argument("--consultation", type=record_id, metavar="№",
                   help="консультация, по которой открыто досье")
    p.add_argument("--program", metavar="КОД", help="код программы (profiles list)")
    p.add_argument("--reason", metavar="ТЕКСТ", dest="duplicate_reason",
                   help="почему нужно ещё одно открытое досье предприятия по этой "
                        "программе (записывается в журнал)")
    add_json_flag(p, "итог в формате JSON")

    p = add_command(dossier, "import", "импорт досье (ZIP, dossier.json или папка; всё или ничего)",
                    cmd_import)
    p.add_argument("path", metavar="ПУТЬ", help="архив ZIP, файл dossier.json или папка")
    add_json_flag(p, "итог в формате JSON")

    p = add_command(dossier, "export", "выгрузить досье в ZIP (или в новую папку)", cmd_export)
    p.add_argument("id", type=record_id, metavar="№", help="номер досье")
    p.add_argument("out", metavar="ФАЙЛ.zip|ПАПКА", help="куда выгрузить")

    p = add_command(dossier, "list", "список досье", cmd_list)
    p.add_argument("--status", choices=statuses, help="только в этом статусе")
    add_json_flag(p)

    p = add_command(dossier, "attach", "приложить файлы как один документ досье", cmd_attach)
    p.add_argument("id", type=record_id, metavar="№", help="номер досье")
    p.add_argument("type", metavar="ТИП", help="код типа документа из профиля программы")
    p.add_argument("files", nargs="+", metavar="ФАЙЛ", help="файлы документа (PDF, изображения)")
    p.add_argument("--title", metavar="НАИМЕНОВАНИЕ", help="наименование документа")
    p.add_argument("--number", metavar="НОМЕР", help="номер документа")
    p.add_argument("--issued-on", type=parse_date, metavar=DATE_METAVAR, help="дата выдачи")
    p.add_argument("--valid-until", type=parse_date, metavar=DATE_METAVAR,
                   help="действителен до")

    p = add_command(dossier, "status", "сменить статус досье", cmd_status)
    p.add_argument("id", type=record_id, metavar="№", help="номер досье")
    p.add_argument("new", choices=statuses, metavar="СТАТУС", help=", ".join(statuses))
    p.add_argument("--reason", metavar="ПРИЧИНА", help="причина смены")
    p.add_argument("--date", type=parse_date, metavar=DATE_METAVAR,
                   help="дата смены (по умолчанию сегодня)")
    p.add_argument("--version", type=positive, metavar="N", help=VERSION_HELP)

    p = add_command(dossier, "acknowledge",
                    "принять предупреждение проверки с указанием причины", cmd_acknowledge)
    p.add_argument("id", type=record_id, metavar="№", help="номер досье")
    p.add_argument("rule", metavar="ПРАВИЛО", help="идентификатор правила (из validate)")
    p.add_argument("--reason", required=True, metavar="ПРИЧИНА",
                   help="почему предупреждение можно принять")
    p.add_argument("--version", type=positive, metavar="N", help=VERSION_HELP)

    p = add_command(commands, "validate", "проверить досье по профилю программы", cmd_validate)
    p.add_argument("id", type=record_id, metavar="№", help="номер досье")
    add_json_flag(p, "находки в формате JSON")
    p.add_argument("--today", type=parse_date, metavar=DATE_METAVAR,
                   help="дата, на которую проверять сроки документов (по умолчанию сегодня)")
