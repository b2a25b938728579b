"""Consultations, their next steps and the pre-screening:
``consultations add|list``, ``followups list``, ``eligibility``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core.db.models import Channel
from desktop_app.core.errors import InputError

from .common import (
    DATE_METAVAR,
    EXIT_OK,
    EXIT_REFUSED,
    Commands,
    add_command,
    add_group,
    add_json_flag,
    non_negative,
    out,
    parse_date,
    parse_time,
    positive,
    print_fields,
    print_json,
    record_id,
    signed_in,
)
from .enterprises import KEY_HELP, KEY_METAVAR, enterprise_of

if TYPE_CHECKING:
    from desktop_app.core.rules import EligibilityResult
    from desktop_app.core.services.dto import ConsultationOut, EnterpriseOut
    from desktop_app.core.services.facade import Services

# What a person reads for the stored codes of the pre-screening.
VERDICTS = {
    "eligible": "может подать заявку",
    "not_eligible": "не может подать заявку",
    "needs_clarification": "требуется уточнение",
}
REASON_KINDS = {
    "disqualifying": "препятствие",
    "clarification": "уточнить",
    "unanswered": "нет ответа",
    "invalid": "ответ не распознан",
}


def _occurred_at(date: dt.date | None, time: dt.time | None) -> dt.datetime:
    """The moment of the consultation in local time (now by default)."""
    now = dt.datetime.now().astimezone()
    if date is None and time is None:
        return now
    moment = dt.datetime.combine(date or now.date(), time or dt.time(0, 0))
    return moment.astimezone()


def _names(sv: Services, rows: list[ConsultationOut]) -> dict[int, EnterpriseOut]:
    return {eid: sv.enterprises.get(eid) for eid in {c.enterprise_id for c in rows}}


def _json(c: ConsultationOut, enterprise: EnterpriseOut | None) -> dict[str, Any]:
    data = c.model_dump(mode="json")
    if enterprise is not None:
        data["enterprise_inn"] = enterprise.inn
        data["enterprise_name"] = enterprise.display_name
    return data


def _when(moment: dt.datetime) -> str:
    return f"{moment.astimezone():%d.%m.%Y %H:%M}"


def show(c: ConsultationOut, enterprise: EnterpriseOut) -> None:
    out(f"Консультация № {c.id}")
    print_fields([
        ("Предприятие", f"{enterprise.display_name} (ИНН {enterprise.inn})"),
        ("Дата и время", c.occurred_at),
        ("Канал", c.channel),
        ("Тема / программа поддержки", c.topic),
        ("Программа", c.program_code),
        ("Контактное лицо", c.contact_id),
        ("Вопросы", c.questions),
        ("Что посоветовали", c.advice),
        ("Итог", c.outcome),
        ("Длительность, мин", c.duration_min),
        ("Следующий шаг", c.next_step),
        ("Срок следующего шага", c.next_step_due),
        ("Следующий шаг выполнен", "да" if c.next_step and c.next_step_done else None),
        ("Предварительная проверка", prescreening(c) or None),
    ])


def prescreening(c: ConsultationOut) -> str:
    """«может подать заявку, проверка от 01.12.2026»; empty when there was no check."""
    if c.eligibility_verdict is None:
        return ""
    text = VERDICTS.get(c.eligibility_verdict, c.eligibility_verdict)
    if c.eligibility_checked_at is not None:
        text += f", проверка от {c.eligibility_checked_at.astimezone():%d.%m.%Y}"
    return text


def cmd_add(args: argparse.Namespace) -> int:
    with signed_in(args) as sv:
        enterprise = enterprise_of(sv, args.enterprise)
        c = sv.consultations.create({
            "enterprise_id": enterprise.id, "contact_id": args.contact,
            "occurred_at": _occurred_at(args.date, args.time), "channel": args.channel,
            "topic": args.topic, "program_code": args.program, "questions": args.questions,
            "advice": args.advice, "outcome": args.outcome, "duration_min": args.duration,
            "next_step": args.next_step, "next_step_due": args.due,
        })
    if args.json:
        print_json(_json(c, enterprise))
    else:
        show(c, enterprise)
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    with signed_in(args) as sv:
        enterprise_id = enterprise_of(sv, args.enterprise).id if args.enterprise else None
        rows = sv.consultations.find(args.filter or "", enterprise_id=enterprise_id,
                                     limit=args.limit)
        names = _names(sv, rows)
    if args.json:
        print_json([_json(c, names.get(c.enterprise_id)) for c in rows])
        return EXIT_OK
    for c in rows:
        e = names[c.enterprise_id]
        out("\t".join([str(c.id), _when(c.occurred_at), f"{e.display_name} (ИНН {e.inn})",
                       c.channel, c.topic, prescreening(c) or "без проверки"]))
    if not rows:
        out("Консультации не найдены.")
    return EXIT_OK


def cmd_followups(args: argparse.Namespace) -> int:
    today = dt.date.today()
    with signed_in(args) as sv:
        mine = sv.actor.user_id if args.mine else None
        rows = sv.consultations.followups(overdue=args.overdue, consultant_id=mine,
                                          today=today, limit=args.limit)
        names = _names(sv, rows)
    if args.json:
        print_json([
            {**_json(c, names.get(c.enterprise_id)),
             "overdue": c.next_step_due is not None and c.next_step_due < today}
            for c in rows
        ])
        return EXIT_OK
    for c in rows:
        e = names[c.enterprise_id]
        due = f"{c.next_step_due:%d.%m.%Y}" if c.next_step_due else "без срока"
        if c.next_step_due is not None and c.next_step_due < today:
            due += " (просрочено)"
        out("\t".join([due, c.next_step or "", f"{e.display_name} (ИНН {e.inn})",
                       f"консультация № {c.id}: {c.topic}"]))
    if not rows:
        out("Просроченных шагов нет." if args.overdue else "Невыполненных шагов нет.")
    return EXIT_OK


# --- the pre-screening --------------------------------------------------------------------------

def read_answers(path: Path) -> dict[str, bool | str | None]:
    """The answers file: a JSON object, question id → true/false/text (or null)."""
    name = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"файл ответов «{name}» не найден") from None
    except IsADirectoryError:
        raise InputError(f"«{name}» — папка, а нужен файл ответов .json") from None
    except OSError as exc:
        raise InputError(f"файл ответов «{name}» не прочитан: {exc.strerror or exc}") from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError(f"файл ответов «{name}» не в кодировке UTF-8") from None
    except json.JSONDecodeError as exc:
        raise InputError(
            f"файл ответов «{name}» — не JSON: ошибка в строке {exc.lineno}, "
            f"столбце {exc.colno}") from None
    if not isinstance(data, dict):
        raise InputError(
            f"файл ответов «{name}»: ожидается объект вида "
            '{"идентификатор вопроса": true, …}')
    bad = [str(k) for k, v in data.items() if not (v is None or isinstance(v, bool | str))]
    if bad:
        raise InputError(
            f"файл ответов «{name}»: ответ должен быть true, false, текстом или null — "
            f"не так у вопросов: {', '.join(bad)}")
    return data


def _show_questions(sv: Services, args: argparse.Namespace) -> int:
    from desktop_app.core.rules import passing_answers

    profile = sv.consultations.eligibility_profile(args.consultation_id, args.program)
    clear = passing_answers(profile)
    if args.json:
        print_json({"profile": {"code": profile.code, "version": profile.version},
                    "questions": [
                        {"id": q.id, "text": q.text, "answer_type": q.answer_type,
                         "choices": q.choices, "required": q.required,
                         "no_obstacle": clear.get(q.id)}
                        for q in profile.questions]})
        return EXIT_OK
    out(f"Вопросы профиля {profile.code}, версия {profile.version}:")
    for q in profile.questions:
        answers = "true/false" if q.answer_type == "yes_no" else " | ".join(q.choices or ())
        out(f"  {q.id}: {q.text} [{answers}]" + ("" if q.required else " (необязательный)"))
    return EXIT_OK


def _print_result(consultation_id: int, result: EligibilityResult) -> None:
    out(f"Консультация № {consultation_id}: предварительная проверка по профилю "
        f"{result.profile_code}, версия {result.profile_version}")
    out(f"Вывод: {VERDICTS.get(result.verdict, result.verdict)}")
    for r in result.reasons:
        out(f"  [{REASON_KINDS.get(r.kind, r.kind)}] {r.message}")
        out(f"      вопрос {r.question}; основание: {r.clause}")


def cmd_eligibility(args: argparse.Namespace) -> int:
    answers = read_answers(Path(args.answers)) if args.answers else None
    with signed_in(args) as sv:
        if answers is None:
            if not args.questions:
                raise InputError("укажите файл ответов: --answers ФАЙЛ.json "
                                 "(вопросы профиля: --questions)")
            return _show_questions(sv, args)
        result = sv.consultations.save_eligibility(args.consultation_id, answers,
                                                   program=args.program)
    if args.json:
        print_json({"consultation": args.consultation_id, **result.model_dump(mode="json")})
    else:
        _print_result(args.consultation_id, result)
        out("Результат сохранён в консультации.")
    return EXIT_REFUSED if result.verdict == "not_eligible" else EXIT_OK


CHANNELS = ("канал: phone — телефон, email — электронная почта, visit — визит, "
            "event — мероприятие, video — видеосвязь")

ADD_EXAMPLES = """пример:
  rci-intake --user cons consultations add --enterprise 7707083893 --channel phone \\
      --topic "Грант на обратный инжиниринг" --program atd-reverse-engineering \\
      --next-step "Прислать устав и справку ЕНС" --due 15.03.2026"""

ELIGIBILITY_EXAMPLES = """файл ответов — объект JSON «идентификатор вопроса → ответ»:
  {"reorganization": false, "tax_debt": false, "budget_debt": false}
коды выхода: 0 — проверка сохранена, 1 — заявитель не может подать заявку
или ответы не приняты, 2 — ошибка в команде"""


def register(commands: Commands) -> None:
    cons = add_group(commands, "consultations", "консультации: запись и список")
    p = add_command(cons, "add", "записать консультацию", cmd_add, epilog=ADD_EXAMPLES)
    p.add_argument("--enterprise", required=True, metavar=KEY_METAVAR, help=KEY_HELP)
    p.add_argument("--channel", required=True, choices=[c.value for c in Channel], help=CHANNELS)
    p.add_argument("--topic", required=True, metavar="ТЕКСТ", help="тема / программа поддержки")
    p.add_argument("--date", type=parse_date, metavar=DATE_METAVAR,
                   help="дата консультации (по умолчанию сегодня)")
    p.add_argument("--time", type=parse_time, metavar="ЧЧ:ММ",
                   help="время (по умолчанию текущее; при указанной дате — 00:00)")
    p.add_argument("--contact", type=record_id, metavar="№",
                   help="номер контактного лица предприятия (contacts list)")
    p.add_argument("--program", metavar="КОД", help="код программы (profiles list)")
    p.add_argument("--questions", metavar="ТЕКСТ", help="вопросы предприятия")
    p.add_argument("--advice", metavar="ТЕКСТ", help="что посоветовали")
    p.add_argument("--outcome", metavar="ТЕКСТ", help="итог")
    p.add_argument("--duration", type=non_negative, metavar="МИН", help="длительность, минут")
    p.add_argument("--next-step", metavar="ТЕКСТ", help="следующий шаг")
    p.add_argument("--due", type=parse_date, metavar=DATE_METAVAR,
                   help="срок следующего шага")
    add_json_flag(p, "показать запись в формате JSON")

    p = add_command(cons, "list", "список консультаций (новые сверху)", cmd_list)
    p.add_argument("--enterprise", metavar=KEY_METAVAR, help="только этого предприятия: "
                   + KEY_HELP)
    p.add_argument("--filter", metavar="ТЕКСТ",
                   help="только найденные по тексту (тема, вопросы, советы, итог, шаг)")
    p.add_argument("--limit", type=positive, default=100, metavar="N",
                   help="не больше N строк (по умолчанию 100)")
    add_json_flag(p)

    fol = add_group(commands, "followups", "следующие шаги по консультациям")
    p = add_command(fol, "list", "невыполненные следующие шаги (ближайший срок сверху)",
                    cmd_followups)
    p.add_argument("--overdue", action="store_true", help="только просроченные")
    p.add_argument("--mine", action="store_true", help="только мои консультации")
    p.add_argument("--limit", type=positive, default=1000, metavar="N",
                   help="не больше N строк (по умолчанию 1000)")
    add_json_flag(p)

    p = add_command(commands, "eligibility",
                    "предварительная проверка заявителя по ответам (сохраняется в консультации)",
                    cmd_eligibility, epilog=ELIGIBILITY_EXAMPLES)
    p.add_argument("consultation_id", type=record_id, metavar="№_КОНСУЛЬТАЦИИ",
                   help="номер консультации")
    p.add_argument("--answers", metavar="ФАЙЛ.json", help="ответы предприятия")
    p.add_argument("--program", metavar="КОД",
                   help="программа (по умолчанию — прежней проверки или консультации)")
    p.add_argument("--questions", action="store_true",
                   help="только показать вопросы профиля и их идентификаторы")
    add_json_flag(p, "итог в формате JSON")
