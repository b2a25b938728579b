"""Reading a dossier exchange file: checked completely, then written in one unit of work."""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from sqlalchemy import select

from desktop_app.core.db.models import (
    ContactPerson,
    Enterprise,
    LegalBasis,
)
from desktop_app.core.documents import (
    ArchiveError,
    open_zip_safely,
    safe_display_name,
)
from desktop_app.core.errors import FieldProblem, InputError
from desktop_app.core.formatting import parse_money
from desktop_app.core.locks import in_use
from desktop_app.core.rules import Profile
from desktop_app.core.services.backup import backup_before_import
from desktop_app.core.services.context import Permission
from desktop_app.core.services.document_intake import PreparedFile, prepare_files, store_files
from desktop_app.core.services.document_store import store_for
from desktop_app.core.services.documents import DocumentService, document_details
from desktop_app.core.services.dossiers import DossierService
from desktop_app.core.services.enterprises import EnterpriseService
from desktop_app.core.services.profiles import ProgramProfiles
from desktop_app.core.services.schemas import (
    ContactPersonIn,
    DossierProjectIn,
    EnterpriseIn,
    parse,
)

if TYPE_CHECKING:
    from desktop_app.core.services.facade import Services

from .format import (
    FORMAT,
    JSON_NAME,
    MAX_JSON_DEPTH,
    MAX_JSON_SIZE,
    MONEY_MESSAGE,
    AnalogueSection,
    ContactSection,
    DocumentEntry,
    DossierExchange,
    EnterpriseSection,
)

# --- errors in Russian ------------------------------------------------------------------------

_MONEY_FIELDS = {"total_cost", "grant_requested", "own_funds", "other_funds", "amount"}
_TYPE_TEXT = {
    "missing": "обязательное поле не заполнено",
    "extra_forbidden": "неизвестное поле",
    "string_type": "ожидается текст в кавычках",
    "int_type": "ожидается целое число",
    "int_parsing": "ожидается целое число",
    "int_from_float": "ожидается целое число",
    "bool_type": "ожидается true или false",
    "bool_parsing": "ожидается true или false",
    "date_type": 'ожидается дата ГГГГ-ММ-ДД, например "2025-03-01"',
    "date_parsing": 'ожидается дата ГГГГ-ММ-ДД, например "2025-03-01"',
    "date_from_datetime_parsing": 'ожидается дата ГГГГ-ММ-ДД, например "2025-03-01"',
    "date_from_datetime_inexact": "ожидается дата без времени",
    "list_type": "ожидается список [...]",
    "model_type": "ожидается объект {...}",
    "model_attributes_type": "ожидается объект {...}",
    "dict_type": "ожидается объект {...}",
    "greater_than_equal": "значение не может быть отрицательным",
}


def _json_path(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "(весь файл)"


def _schema_problems(exc: ValidationError) -> list[FieldProblem]:
    problems = []
    for err in exc.errors(include_url=False):
        loc = tuple(err.get("loc", ()))
        path = _json_path(loc)
        etype = err.get("type", "")
        last = loc[-1] if loc else ""
        if last in _MONEY_FIELDS and etype != "missing":
            msg = MONEY_MESSAGE
        elif last == "sha256" and etype != "missing":
            msg = "ожидается SHA-256 — 64 символа 0–9 и a–f в нижнем регистре"
        elif last == "format":
            msg = f'ожидается "{FORMAT}" — это не файл досье RCI Intake или файл другой версии'
        elif etype == "enum" or (last == "legal_basis" and etype != "missing"):
            msg = "недопустимое значение; допустимо: " + ", ".join(b.value for b in LegalBasis)
        elif etype == "value_error":
            msg = str((err.get("ctx") or {}).get("error", err.get("msg", "")))
        else:
            msg = _TYPE_TEXT.get(etype, "недопустимое значение")
        problems.append(FieldProblem(path, path, msg))
    return problems


_JSON_MESSAGES = (
    ("Expecting ',' delimiter", "ожидается запятая"),
    ("Expecting ':' delimiter", "ожидается двоеточие"),
    ("Expecting property name enclosed in double quotes", "ожидается имя поля в двойных кавычках"),
    ("Expecting value", "ожидается значение"),
    ("Unterminated string", "не закрыта кавычка строки"),
    ("Extra data", "лишние символы после конца данных"),
    ("Invalid control character", "недопустимый управляющий символ в строке"),
    ("Invalid \\escape", "неверная escape-последовательность"),
)


def json_depth(text: str) -> int:
    """How deeply arrays and objects nest in JSON ``text`` (brackets inside strings
    are not counted). Linear and without recursion, so it is safe before parsing."""
    brackets = _BRACKETS.sub("", _STRINGS.sub("", text))
    if not brackets:
        return 0
    return max(itertools.accumulate(_STEP[ch] for ch in brackets))


_STRINGS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_BRACKETS = re.compile(r"[^\[\]{}]+")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def _parse_json(data: bytes, shown: str) -> Any:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError([FieldProblem(
            "", shown, f"файл не в кодировке UTF-8 (байт № {exc.start + 1})")]) from None
    depth = json_depth(text)
    if depth > MAX_JSON_DEPTH:
        raise InputError([FieldProblem(
            "", shown,
            f"в файле слишком глубокая вложенность: {depth} уровней, а допускается не больше "
            f"{MAX_JSON_DEPTH}; это не описание досье RCI Intake или файл повреждён",
        )])
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        what = next((ru for en, ru in _JSON_MESSAGES if exc.msg.startswith(en)), exc.msg)
        raise InputError([FieldProblem(
            "", shown,
            f"ошибка в записи JSON в строке {exc.lineno}, столбце {exc.colno}: {what}",
        )]) from None


@dataclass
class ImportResult:
    dossier_id: int
    enterprise_id: int
    enterprise_created: bool
    documents: int
    files: int
    profile_version: str
    warnings: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "ok": True, "dossier": self.dossier_id, "enterprise": self.enterprise_id,
            "enterprise_created": self.enterprise_created, "documents": self.documents,
            "files": self.files, "profile_version": self.profile_version,
            "warnings": self.warnings,
        }

    def summary(self) -> str:
        ent = "новое предприятие" if self.enterprise_created else "предприятие уже было в базе"
        return (f"Импортировано досье № {self.dossier_id} ({ent}, № {self.enterprise_id}): "
                f"документов {self.documents}, файлов {self.files}")


def _resolve_inside(base: Path, rel: str, where: str) -> Path:
    """``rel`` as a file inside ``base``; refuse anything that escapes it."""
    problem = None
    text = rel.strip()
    parts = PurePosixPath(text.replace("\\", "/")).parts
    if not text:
        problem = "путь к файлу пуст"
    elif PurePosixPath(text).is_absolute() or PureWindowsPath(text).is_absolute() or (
            PureWindowsPath(text).drive) or text.startswith(("/", "\\")):
        problem = (f"путь «{safe_display_name(text)}» абсолютный; ожидается путь "
                   "относительно dossier.json")
    elif ".." in parts:
        problem = f"путь «{safe_display_name(text)}» выходит за пределы папки досье («..»)"
    if problem is None:
        candidate = base.joinpath(*parts)
        try:
            resolved = candidate.resolve(strict=True)
        except (OSError, RuntimeError):
            problem = f"файла «{safe_display_name(text)}» нет рядом с dossier.json"
        else:
            if not resolved.is_relative_to(base.resolve()):
                problem = (f"файл «{safe_display_name(text)}» ссылается за пределы папки досье "
                           "(символическая ссылка) — такой файл не принимается")
            elif not resolved.is_file():
                problem = f"«{safe_display_name(text)}» — не файл"
            else:
                return resolved
    raise InputError([FieldProblem(where, where, problem)])


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def _enterprise_input(x: EnterpriseSection) -> EnterpriseIn:
    data = {"inn": x.inn, "kpp": x.kpp, "ogrn": x.ogrn, "full_name": x.full_name,
            "short_name": x.short_name, "legal_address": x.address}
    try:
        return parse(EnterpriseIn, data)
    except InputError as exc:
        raise InputError([
            FieldProblem(f"enterprise.{_field_in_file(p.field)}",
                         f"enterprise.{_field_in_file(p.field)}", p.message)
            for p in exc.problems
        ]) from None


def _field_in_file(field_name: str) -> str:
    return {"legal_address": "address"}.get(field_name, field_name or "?")


_PROJECT_BACK = {
    "foreign_analogue_name": "project.foreign_analogue.name",
    "foreign_analogue_manufacturer": "project.foreign_analogue.manufacturer",
    "foreign_analogue_country": "project.foreign_analogue.country",
    "submission_date": "submission_date",
    "signatory_is_director": "signatory_is_director",
}


def _project_input(x: DossierExchange) -> DossierProjectIn:
    p = x.project
    a = p.foreign_analogue or AnalogueSection()
    data: dict[str, Any] = {
        "submission_date": x.submission_date, "signatory_is_director": x.signatory_is_director,
        "title": p.title, "component_name": p.component_name, "okpd2": p.okpd2,
        "foreign_analogue_name": a.name, "foreign_analogue_manufacturer": a.manufacturer,
        "foreign_analogue_country": a.country, "target_industry": p.target_industry,
        "consumers": p.consumers, "start_date": p.start_date, "end_date": p.end_date,
        "total_cost": parse_money(p.total_cost), "grant_requested": parse_money(p.grant_requested),
        "own_funds": parse_money(p.own_funds), "other_funds": parse_money(p.other_funds),
        "serial_volume": p.serial_volume, "serial_years": p.serial_years, "notes": p.notes,
        "cost_lines": [
            {"category": c.category, "description": c.description,
             "amount": parse_money(c.amount)} for c in x.cost_lines
        ],
        "stages": [st.model_dump() for st in x.stages],
        "financing": [
            {"year": f.year, "source": f.source, "amount": parse_money(f.amount)}
            for f in x.financing
        ],
    }
    try:
        return parse(DossierProjectIn, data)
    except InputError as exc:
        problems = []
        for prob in exc.problems:
            head, _, rest = prob.field.partition(".")
            if head in ("cost_lines", "stages", "financing"):
                idx, _, sub = rest.partition(".")
                path = f"{head}[{idx}]" + (f".{sub}" if sub else "")
            else:
                path = _PROJECT_BACK.get(head, f"project.{head}" if head else "project")
            problems.append(FieldProblem(path, path, prob.message))
        raise InputError(problems) from None


def _contact_input(x: ContactSection) -> ContactPersonIn:
    parts = x.name.split()
    data = {
        "last_name": parts[0] if parts else "", "first_name": parts[1] if len(parts) > 1 else None,
        "middle_name": " ".join(parts[2:]) or None, "position": x.position, "phone": x.phone,
        "email": x.email, "legal_basis": x.legal_basis, "consent_date": x.consent_date,
    }
    try:
        return parse(ContactPersonIn, data)
    except InputError as exc:
        raise InputError([FieldProblem(f"contact.{p.field}" if p.field else "contact",
                                       "contact", p.message) for p in exc.problems]) from None


def _differences(ent: Enterprise, valid: EnterpriseIn) -> list[str]:
    out = []
    for attr, label in (("full_name", "полное наименование"),
                        ("short_name", "краткое наименование"), ("kpp", "КПП"),
                        ("ogrn", "ОГРН"), ("legal_address", "юридический адрес")):
        theirs, ours = getattr(valid, attr), getattr(ent, attr)
        if theirs is not None and theirs != ours:
            out.append(
                f"предприятие с ИНН {ent.inn} уже есть в базе (№ {ent.id}) и не изменено: "
                f"{label} в файле «{theirs}», в базе «{ours or 'не указано'}»"
            )
    return out


@dataclass
class _CheckedDocument:
    x: DocumentEntry
    prepared: list[PreparedFile]
    warnings: list[str]
    details: dict[str, str | None]


def import_dossier(services: Services, path: Path) -> ImportResult:
    """Import a dossier from a ``.zip``, a ``dossier.json`` or a folder holding one.

    All-or-nothing (see the module docstring). Raises :class:`InputError`
    listing every problem found; nothing is written then.
    """
    ctx = services.ctx
    ctx.require(Permission.IMPORT)
    ctx.require(Permission.EDIT_OWN_WORK)
    path = Path(path)
    if not path.exists():
        raise InputError(f"файл или папка «{path}» не найдены")
    with contextlib.ExitStack() as stack:
        if path.is_file() and path.suffix.lower() == ".zip":
            tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="rci-import-")))
            stack.enter_context(in_use(tmp))  # the leftover sweep leaves it alone
            try:
                with open_zip_safely(path) as archive:
                    if JSON_NAME not in archive.members:
                        raise InputError(
                            f"в архиве «{safe_display_name(path.name)}» нет файла {JSON_NAME} "
                            "в корне — это не архив досье RCI Intake")
                    archive.extract_all(tmp / "x")
            except ArchiveError as exc:
                raise InputError([FieldProblem("", safe_display_name(path.name), m)
                                  for m in exc.messages]) from None
            base = tmp / "x"
            json_file = base / JSON_NAME
        elif path.is_dir():
            base, json_file = path, path / JSON_NAME
            if not json_file.is_file():
                raise InputError(f"в папке «{path}» нет файла {JSON_NAME}")
        else:
            base, json_file = path.parent, path
        return _import(services, base, json_file)
    raise AssertionError("unreachable")  # pragma: no cover


def _import(services: Services, base: Path, json_file: Path) -> ImportResult:
    ctx = services.ctx
    shown = safe_display_name(json_file.name)
    if json_file.stat().st_size > MAX_JSON_SIZE:
        raise InputError(f"файл {shown} слишком большой для описания досье")
    raw = _parse_json(json_file.read_bytes(), shown)
    try:
        x = DossierExchange.model_validate(raw)
    except ValidationError as exc:
        raise InputError(_schema_problems(exc)) from None
    problems: list[FieldProblem] = []
    warnings: list[str] = []
    # profile
    profile: Profile | None = None
    try:
        profile = ProgramProfiles.of(ctx).profile(x.program, x.profile_version)
        if x.profile_version and profile.version != x.profile_version:
            warnings.append(
                f"версия {x.profile_version} профиля «{x.program}» здесь не установлена; "
                f"досье проверяется по версии {profile.version}")
    except InputError as exc:
        problems.extend(FieldProblem("program", "program", p.message) for p in exc.problems)
    # data
    for build in (lambda: _enterprise_input(x.enterprise), lambda: _project_input(x),
                  lambda: _contact_input(x.contact) if x.contact else None):
        try:
            build()
        except InputError as exc:
            problems.extend(exc.problems)
    # documents and files
    docs: list[_CheckedDocument] = []
    if profile is not None:
        kinds = {d.code: list(d.kinds) for d in profile.documents}
        for i, xd in enumerate(x.documents):
            where = f"documents[{i}]"
            if xd.type not in kinds:
                valid = "; ".join(f"{d.code} — {d.title}" for d in profile.documents)
                problems.append(FieldProblem(
                    f"{where}.type", f"{where}.type",
                    f"неизвестный тип документа «{xd.type}»; допустимые: {valid}"))
                continue
            paths: list[Path] = []
            names: list[str] = []
            bad = False
            try:
                details = document_details(title=xd.title, number=xd.number)
            except InputError as exc:
                problems.extend(FieldProblem(f"{where}.{p.field}", f"{where}.{p.field}",
                                             p.message) for p in exc.problems)
                bad = True
            for j, xf in enumerate(xd.all_files()):
                fwhere = f"{where}.files[{j}]" if j < len(xd.files) else f"{where}.file"
                try:
                    real = _resolve_inside(base, xf.file, fwhere)
                except InputError as exc:
                    problems.extend(exc.problems)
                    bad = True
                    continue
                if xf.sha256 is not None and _sha256_of(real) != xf.sha256:
                    problems.append(FieldProblem(
                        fwhere, fwhere,
                        f"контрольная сумма SHA-256 файла «{safe_display_name(xf.file)}» не "
                        "совпадает с указанной — файл повреждён или подменён"))
                    bad = True
                    continue
                paths.append(real)
                names.append(xf.name or PurePosixPath(xf.file.replace("\\", "/")).name)
            if bad:
                continue
            try:
                prepared, warn = prepare_files(paths, kinds[xd.type], names=names)
            except InputError as exc:
                problems.extend(FieldProblem(where, f"{where} ({p.label})", p.message)
                                for p in exc.problems)
                continue
            docs.append(_CheckedDocument(xd, prepared, warn, details))
            warnings.extend(f"{where}: {w}" for w in warn)
    if problems or profile is None:
        raise InputError(problems)
    ent_in = _enterprise_input(x.enterprise)
    project = _project_input(x)
    contact_in = _contact_input(x.contact) if x.contact else None
    with ctx.read() as s:
        existing = s.execute(select(Enterprise).where(Enterprise.inn == ent_in.inn)).scalar()
        if existing is not None:
            warnings.extend(_differences(existing, ent_in))
        else:
            ctx.require(Permission.EDIT_ENTERPRISES)
    # a copy of the database before a bulk change, then files, then one unit of work
    backup_before_import(services)
    store = store_for(services.db)
    # a server keeps the files in the database: they commit with the dossier's rows
    stored = [] if store.transactional else [store_files(store, d.prepared) for d in docs]
    dsvc = DossierService(ctx)
    docsvc = DocumentService(ctx)
    with ctx.write() as s:
        if store.transactional:
            stored = [store_files(store, d.prepared, session=s) for d in docs]
        ent = s.execute(select(Enterprise).where(Enterprise.inn == ent_in.inn)).scalar()
        created = ent is None
        if ent is None:
            ent = EnterpriseService(ctx).create_in(s, ent_in)
        contact_id = None
        if contact_in is not None:
            contact_id = _contact_in(s, ctx, ent.id, contact_in)
        dossier = dsvc.create_in(s, ent.id, profile, project, contact_id=contact_id,
                                 reason=f"импорт из файла «{safe_display_name(json_file.name)}»")
        nfiles = 0
        for d, blobs in zip(docs, stored, strict=True):
            docsvc.attach_in(s, dossier, d.x.type, d.prepared, blobs,
                             title=d.details["title"], number=d.details["number"],
                             issued_on=d.x.issued_on,
                             valid_until=d.x.valid_until, received_on=d.x.received_on,
                             warnings=d.warnings)
            nfiles += len(blobs)
        ctx.audit(s, "import", "dossier", dossier.id, entity_uuid=dossier.uuid,
                  new={"file": json_file.name, "enterprise_created": created,
                       "documents": len(docs), "files": nfiles, "warnings": warnings})
        return ImportResult(dossier.id, ent.id, created, len(docs), nfiles, profile.version,
                            warnings)


def _contact_in(s: Any, ctx: Any, enterprise_id: int, valid: ContactPersonIn) -> int:
    same = s.execute(select(ContactPerson).where(
        ContactPerson.enterprise_id == enterprise_id,
        ContactPerson.last_name == valid.last_name,
        ContactPerson.first_name.is_(None) if valid.first_name is None
        else ContactPerson.first_name == valid.first_name,
        ContactPerson.erased_at.is_(None), ContactPerson.deleted_at.is_(None),
    ).order_by(ContactPerson.id)).scalars().first()
    if same is not None:
        return int(same.id)
    values = valid.model_dump()
    values["legal_basis"] = str(valid.legal_basis.value)
    person = ContactPerson(enterprise_id=enterprise_id, **values)
    person.created_by_id = person.updated_by_id = ctx.actor.user_id
    s.add(person)
    s.flush()
    from desktop_app.core.services.audit import snapshot

    ctx.audit(s, "create", "contact_person", person.id, entity_uuid=person.uuid,
              new=snapshot(person), reason="импорт досье")
    return int(person.id)
