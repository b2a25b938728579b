"""Commands for dossiers, validation and program profiles.

``dossier import|export|list|attach|status``, ``validate ID [--json]`` and
``profiles check|list|install``. Dates are written ``дд.мм.гггг`` (ISO is
accepted too).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

from desktop_app.core import vocabulary
from desktop_app.core.errors import InputError


def _out(text: str = "") -> None:
    print(text, flush=True)


def _err(text: str) -> None:
    import sys

    print(text, file=sys.stderr, flush=True)


def _date(text: str) -> dt.date:
    value = text.strip()
    for fmt in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"ожидается дата дд.мм.гггг, а не «{text}»")


def _services(args: argparse.Namespace) -> Any:
    from desktop_app.cli import _services as open_signed_in

    return open_signed_in(args)


# --- dossier ---------------------------------------------------------------------------------

def cmd_dossier_import(args: argparse.Namespace) -> int:
    from desktop_app.core.services.exchange import import_dossier

    sv = _services(args)
    try:
        try:
            result = import_dossier(sv, Path(args.path))
        except InputError as exc:
            if args.json:
                _out(json.dumps({"ok": False, "errors": [
                    {"path": p.field, "message": p.message} for p in exc.problems
                ]}, ensure_ascii=False))
                return 1
            _err("Досье не импортировано, ничего не записано:")
            for p in exc.problems:
                _err(f"  {p.field + ': ' if p.field else ''}{p.message}")
            return 1
    finally:
        sv.close()
    if args.json:
        _out(json.dumps(result.as_json(), ensure_ascii=False))
    else:
        for w in result.warnings:
            _err(f"Внимание: {w}")
        _out(result.summary())
    return 0


def cmd_dossier_export(args: argparse.Namespace) -> int:
    from desktop_app.core.services.exchange import export_dossier

    sv = _services(args)
    try:
        out = export_dossier(sv, args.id, Path(args.out))
    finally:
        sv.close()
    _out(f"Досье № {args.id} выгружено: {out}")
    return 0


def cmd_dossier_list(args: argparse.Namespace) -> int:
    sv = _services(args)
    try:
        rows = sv.dossiers.list(status=args.status)
    finally:
        sv.close()
    if args.json:
        _out(json.dumps([
            {"id": d.id, "enterprise": d.enterprise_name, "inn": d.enterprise_inn,
             "program": d.program_code, "profile_version": d.profile_version,
             "status": d.status.value, "title": d.title, "consultant": d.consultant_name,
             "documents": len(d.documents), "last_verdict": d.last_verdict}
            for d in rows
        ], ensure_ascii=False))
        return 0
    for d in rows:
        _out(f"{d.id}\t{d.status_label}\t{d.enterprise_name} (ИНН {d.enterprise_inn})\t"
             f"{d.title or '—'}\tдокументов: {len(d.documents)}")
    if not rows:
        _out("Досье не найдено.")
    return 0


def cmd_dossier_attach(args: argparse.Namespace) -> int:
    sv = _services(args)
    try:
        doc = sv.documents.attach(
            args.id, args.type, [Path(f) for f in args.files], title=args.title,
            number=args.number, issued_on=args.issued_on, valid_until=args.valid_until,
        )
    finally:
        sv.close()
    for w in doc.warnings:
        _err(f"Внимание: {w}")
    pages = doc.pages
    _out(f"Документ № {doc.id} «{doc.type_title}» приложен к досье № {args.id}: "
         f"файлов {len(doc.files)}" + (f", страниц {pages}" if pages is not None else ""))
    return 0


def cmd_dossier_status(args: argparse.Namespace) -> int:
    sv = _services(args)
    try:
        d = sv.dossiers.change_status(args.id, args.new, reason=args.reason,
                                      effective_date=args.date)
    finally:
        sv.close()
    _out(f"Досье № {d.id}: статус «{d.status_label}»")
    return 0


# --- validate -----------------------------------------------------------------------------------

def cmd_validate(args: argparse.Namespace) -> int:
    sv = _services(args)
    try:
        damaged = sv.documents.verify_dossier(args.id).damaged
        result = sv.dossiers.validate(args.id, damaged_blobs=damaged, today=args.today)
    finally:
        sv.close()
    report = result.report
    if args.json:
        _out(json.dumps({
            "dossier": args.id,
            "profile": {"code": result.profile_code, "version": result.profile_version},
            "verdict": report.verdict,
            "findings": [
                {"rule": f.rule, "severity": f.severity, "message": f.message,
                 "clause": f.clause, "confidence": f.confidence, "target": f.target}
                for f in report.findings
            ],
        }, ensure_ascii=False))
    else:
        _out(f"Досье № {args.id}: профиль {result.profile_code}, версия {result.profile_version}")
        if result.newer_profile_version:
            _out(f"Установлена более новая версия профиля: {result.newer_profile_version}")
        labels = {**vocabulary.SEVERITIES, "error": "ОШИБКА"}  # errors stand out in a terminal
        for f in report.findings:
            ack = result.acknowledgements.get(f.rule) if f.severity == "warning" else None
            note = f" [принято: {ack.reason}]" if ack else ""
            _out(f"[{labels.get(f.severity, f.severity)}] {f.message}{note}")
            _out(f"    правило {f.rule}; основание: {f.clause} ({f.confidence})")
        verdict = "готово к направлению" if report.verdict == "ready" else "не готово"
        _out(f"Итог: {verdict}; ошибок {len(report.errors)}, "
             f"предупреждений {len(report.warnings)}")
    return 0 if not report.errors else 1


# --- profiles -----------------------------------------------------------------------------------

def cmd_profiles_check(args: argparse.Namespace) -> int:
    from desktop_app.core.rules import ProfileError, check_profile_file

    try:
        profile = check_profile_file(Path(args.file))
    except ProfileError as exc:
        _err(f"Профиль не принят: {Path(args.file).name}")
        for p in exc.problems:
            _err(f"  {p}")
        return 1
    _out(f"OK: профиль «{profile.code}», версия {profile.version} — {profile.title}")
    return 0


def cmd_profiles_list(args: argparse.Namespace) -> int:
    from desktop_app.core.services.dossier_facts import registry_for

    sv = _services(args)
    try:
        registry = registry_for(sv.profiles_dir, reload=True)
    finally:
        sv.close()
    for p in registry.all():
        _out(f"{p.code}\t{p.version}\tс {p.effective_date:%d.%m.%Y}\t{p.title}")
    for e in registry.errors:
        _err(f"Не загружен: {e}")
    return 0


def cmd_profiles_install(args: argparse.Namespace) -> int:
    from desktop_app.core.rules import ProfileError

    sv = _services(args)
    try:
        try:
            profile = sv.programs.install(Path(args.file))
        except ProfileError as exc:
            _err(f"Профиль не установлен: {Path(args.file).name}")
            for p in exc.problems:
                _err(f"  {p}")
            return 1
    finally:
        sv.close()
    _out(f"Установлен профиль «{profile.code}», версия {profile.version}")
    return 0


# --- registration -----------------------------------------------------------------------------

def register(sub: Any) -> None:
    from desktop_app.core.db.models import DossierStatus

    statuses = [s.value for s in DossierStatus]
    dos = sub.add_parser("dossier", help="досье заявок: импорт, выгрузка, документы, статус")
    dsub = dos.add_subparsers(dest="action", metavar="ДЕЙСТВИЕ", parser_class=sub._parser_class)
    dsub.required = True

    p = dsub.add_parser("import",
                        help="импорт досье (ZIP, dossier.json или папка; всё или ничего)")
    p.add_argument("path", metavar="ПУТЬ")
    p.add_argument("--json", action="store_true", help="итог в формате JSON")
    p.set_defaults(handler=cmd_dossier_import)

    p = dsub.add_parser("export", help="выгрузить досье в ZIP (или в новую папку)")
    p.add_argument("id", type=int, metavar="№")
    p.add_argument("out", metavar="ФАЙЛ.zip|ПАПКА")
    p.set_defaults(handler=cmd_dossier_export)

    p = dsub.add_parser("list", help="список досье")
    p.add_argument("--status", choices=statuses, help="только в этом статусе")
    p.add_argument("--json", action="store_true", help="в формате JSON")
    p.set_defaults(handler=cmd_dossier_list)

    p = dsub.add_parser("attach", help="приложить файлы как один документ досье")
    p.add_argument("id", type=int, metavar="№")
    p.add_argument("type", metavar="ТИП", help="код типа документа из профиля программы")
    p.add_argument("files", nargs="+", metavar="ФАЙЛ")
    p.add_argument("--title", metavar="НАИМЕНОВАНИЕ")
    p.add_argument("--number", metavar="НОМЕР")
    p.add_argument("--issued-on", type=_date, metavar="ДД.ММ.ГГГГ")
    p.add_argument("--valid-until", type=_date, metavar="ДД.ММ.ГГГГ")
    p.set_defaults(handler=cmd_dossier_attach)

    p = dsub.add_parser("status", help="сменить статус досье")
    p.add_argument("id", type=int, metavar="№")
    p.add_argument("new", choices=statuses, metavar="СТАТУС", help=", ".join(statuses))
    p.add_argument("--reason", metavar="ПРИЧИНА")
    p.add_argument("--date", type=_date, metavar="ДД.ММ.ГГГГ",
                   help="дата смены (по умолчанию сегодня)")
    p.set_defaults(handler=cmd_dossier_status)

    p = sub.add_parser("validate", help="проверить досье по профилю программы")
    p.add_argument("id", type=int, metavar="№")
    p.add_argument("--json", action="store_true", help="находки в формате JSON")
    p.add_argument("--today", type=_date, metavar="ДД.ММ.ГГГГ",
                   help="дата, на которую проверять сроки документов (по умолчанию сегодня)")
    p.set_defaults(handler=cmd_validate)

    prof = sub.add_parser("profiles", help="профили программ: проверка, список, установка")
    psub = prof.add_subparsers(dest="action", metavar="ДЕЙСТВИЕ", parser_class=sub._parser_class)
    psub.required = True
    p = psub.add_parser("check", help="проверить файл профиля")
    p.add_argument("file", metavar="ФАЙЛ.toml")
    p.set_defaults(handler=cmd_profiles_check)
    p = psub.add_parser("list", help="установленные профили")
    p.set_defaults(handler=cmd_profiles_list)
    p = psub.add_parser("install", help="установить профиль (администратор)")
    p.add_argument("file", metavar="ФАЙЛ.toml")
    p.set_defaults(handler=cmd_profiles_install)
