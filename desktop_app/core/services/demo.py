"""Realistic synthetic data for trying the program and for benchmarks.

Enterprises of Perm Territory with valid ИНН/ОГРН/КПП, consultations spread
over the last two years (in time order, so ids follow dates), follow-ups,
and dossiers with cost lines, a calendar plan, financing by source and year,
and documents. Rows are written in large batches straight through the
connection (the ORM would take minutes for a million rows).

Documents: a dossier past the draft stage has every document its program
requires (fresh certificates, so that it validates clean); a draft has some
of them, and now and then a certificate that is too old, as drafts do. Their
files are one training PDF per document type, made once per run (the same
bytes every run, so stored once): a dossier adds rows, never files.

Only an administrator may do it (or the system, while the database has no
accounts yet). Every batch is its own transaction with its own audit entry
naming the rows it wrote, so a run stopped half-way leaves a trail of exactly
what it added.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core import identifiers as ids
from desktop_app.core.db import search
from desktop_app.core.db.models import Dossier, Enterprise, Role, User
from desktop_app.core.errors import InputError, UserError
from desktop_app.core.rules import (
    Profile,
    condition_holds,
    evaluate_eligibility,
    passing_answers,
)
from desktop_app.core.rules.facts import FieldValue
from desktop_app.core.services.audit import jsonable
from desktop_app.core.services.context import Permission
from desktop_app.core.services.document_intake import (
    PreparedFile,
    prepare_files,
    store_files,
    upsert_blob_in,
)
from desktop_app.core.services.document_store import store_for
from desktop_app.core.services.facade import Services

BATCH = 100_000
MAX_ENTERPRISES = 900_000
PROGRAM = "atd-reverse-engineering"

_FORMS = [
    ("ООО", "Общество с ограниченной ответственностью"),
    ("АО", "Акционерное общество"),
    ("ПАО", "Публичное акционерное общество"),
    ("ООО", "Общество с ограниченной ответственностью"),
    ("ООО", "Общество с ограниченной ответственностью"),
]
_ROOTS = [
    "Перм",
    "Урал",
    "Кам",
    "Прикам",
    "Чусов",
    "Лысьв",
    "Березник",
    "Соликам",
    "Краснокам",
    "Губах",
    "Кунгур",
    "Оханск",
    "Звёзд",
    "Сев",
    "Ёлк",
    "Вишер",
]
_STEMS = [
    "моторс",
    "турбомаш",
    "химпром",
    "нефтемаш",
    "насос",
    "гидромаш",
    "энергомаш",
    "металл",
    "промтех",
    "техснаб",
    "авиадвигатель",
    "сталь",
    "кабель",
    "редуктор",
    "подшипник",
    "приборстрой",
    "станкомаш",
    "композит",
    "литмаш",
    "термо",
]
_SUFFIXES = ["", "", "", " Инжиниринг", " Сервис", " Холдинг", " Центр", "-Про", " Групп"]
_PLAIN = [
    "Научно-производственный центр «{}»",
    "Завод «{}»",
    "Производственная компания «{}»",
    "Инженерный центр «{}»",
    "{}",
]
_CITIES = [
    ("614", "г. Пермь"),
    ("614", "г. Пермь"),
    ("614", "г. Пермь"),
    ("618", "г. Березники"),
    ("618", "г. Соликамск"),
    ("617", "г. Краснокамск"),
    ("617", "г. Чайковский"),
    ("618", "г. Лысьва"),
    ("617", "г. Кунгур"),
    ("618", "г. Чусовой"),
    ("617", "г. Добрянка"),
]
_STREETS = [
    "ул. Ленина",
    "ул. Комсомольский проспект",
    "шоссе Космонавтов",
    "ул. Героев Хасана",
    "ул. Борцов Революции",
    "ул. Куйбышева",
    "ул. Промышленная",
    "ул. Заводская",
    "ул. Сибирская",
    "ул. Екатерининская",
    "ул. Революции",
    "ул. Пушкина",
    "ш. Восточное",
]
_OKVED = [
    "28.11",
    "28.13",
    "29.32",
    "30.30",
    "25.62",
    "22.29",
    "20.14",
    "27.11",
    "28.99",
    "26.51",
    "24.10",
    "28.92",
    "33.12",
    "71.12",
]
# first names with the person's grammatical gender: a surname and a patronymic agree
_FIRST = [
    ("Андрей", "m"),
    ("Сергей", "m"),
    ("Ольга", "f"),
    ("Елена", "f"),
    ("Дмитрий", "m"),
    ("Наталья", "f"),
    ("Алексей", "m"),
    ("Татьяна", "f"),
    ("Игорь", "m"),
    ("Юлия", "f"),
    ("Павел", "m"),
    ("Светлана", "f"),
    ("Михаил", "m"),
    ("Анна", "f"),
]
_LAST_M = [
    "Кузнецов",
    "Попов",
    "Лебедев",
    "Новиков",
    "Морозов",
    "Волков",
    "Соловьёв",
    "Васильев",
    "Зайцев",
    "Павлов",
    "Семёнов",
    "Голубев",
    "Виноградов",
    "Богданов",
]
_PATRON = ["Андреевич", "Сергеевич", "Викторович", "Николаевич", "Петрович", "Иванович"]
# the feminine forms: every surname above ends in -ов/-ев/-ёв (+а), every patronymic in -ич
_PATRON_F = ["Андреевна", "Сергеевна", "Викторовна", "Николаевна", "Петровна", "Ивановна"]
_POSITIONS = ["Генеральный директор", "Директор", "Управляющий директор"]
_TOPICS = [
    "Грант на разработку КД методом обратного инжиниринга",
    "Требования к заявителю по программе Агентства",
    "Софинансирование проекта и смета затрат",
    "Комплект документов для заявки",
    "Выбор иностранного аналога и код ОКПД2",
    "Сроки подачи заявок и порядок отбора",
    "Меры поддержки Пермского края для промышленности",
    "Консультация по бизнес-плану проекта",
    "Справка об отсутствии задолженности и выписка ЕГРЮЛ",
    "Письмо потребителя о заинтересованности",
    "Семинар для предприятий по программам АТР",
    "Повторная консультация по замечаниям к досье",
]
_QUESTIONS = [
    "Подходит ли предприятие под требования постановления, есть ли ограничения по выручке.",
    "Можно ли включить в смету испытания опытного образца.",
    "Какая доля собственных средств обязательна и можно ли учесть средства потребителя.",
    "Нужна ли доверенность, если заявку подписывает заместитель директора.",
    "Как подтвердить отсутствие отечественного аналога изделия.",
    "Сколько действует справка о сальдо ЕНС и когда её заказывать.",
    "Как оформить письмо потребителя и кто должен его подписать.",
    "Какие сроки рассмотрения заявки в Агентстве.",
]
_ADVICE = [
    "Рекомендовано заказать выписку ЕГРЮЛ и справку ЕНС не ранее чем за 30 дней до подачи.",
    "Разъяснены требования к софинансированию: не менее 20 % собственных средств.",
    "Передан перечень документов; предложено подготовить бизнес-план с календарным планом.",
    "Предложено согласовать с потребителем письмо о заинтересованности в изделии.",
    "Рекомендовано уточнить код ОКПД2 и описать иностранный аналог с паспортом изделия.",
    "Разъяснён порядок подписания заявки и оформления доверенности.",
]
_OUTCOMES = [
    "Предприятие готовит документы",
    "Нужна повторная консультация",
    "Предприятие не соответствует требованиям",
    "Решение о подаче принято",
    "Передано руководителю отдела",
    "Вопрос решён",
]
_NEXT = [
    "Прислать проект сметы на проверку",
    "Перезвонить после совещания у директора",
    "Проверить комплект документов",
    "Согласовать дату визита на предприятие",
    "Направить шаблон письма потребителя",
    "Напомнить о сроке действия справки ЕНС",
]
_CHANNELS = ["phone", "phone", "phone", "email", "visit", "visit", "event", "video"]
_COMPONENTS = [
    ("Уплотнение торцевое насоса", "28.13.32.000", "EagleBurgmann", "Германия"),
    ("Подшипник турбокомпрессора", "28.15.10.000", "SKF", "Швеция"),
    ("Клапан регулирующий", "28.14.13.000", "Fisher", "США"),
    ("Лопатка турбины ГТУ", "28.11.33.000", "Siemens", "Германия"),
    ("Датчик давления", "26.51.52.000", "Endress+Hauser", "Швейцария"),
    ("Фильтрующий элемент", "28.29.13.000", "Pall", "США"),
    ("Редуктор привода", "28.15.24.000", "Flender", "Германия"),
]
# The component as the object of «разработка КД на …» (accusative, ordinary word order).
_COMPONENT_OBJECT = {
    "Уплотнение торцевое насоса": "торцевое уплотнение насоса",
    "Подшипник турбокомпрессора": "подшипник турбокомпрессора",
    "Клапан регулирующий": "регулирующий клапан",
    "Лопатка турбины ГТУ": "лопатку турбины ГТУ",
    "Датчик давления": "датчик давления",
    "Фильтрующий элемент": "фильтрующий элемент",
    "Редуктор привода": "редуктор привода",
}
_CATEGORIES = [
    "Оплата труда разработчиков",
    "Испытания опытного образца",
    "Материалы для опытного образца",
    "Услуги сторонних организаций",
    "Программное обеспечение",
    "Изготовление оснастки",
]
_STAGES = [
    ("Обмеры и анализ образца-аналога", "Отчёт об обмерах, электронная модель изделия"),
    ("Разработка конструкторской документации", "Комплект КД, литера «О»"),
    ("Изготовление и испытания опытного образца", "Опытный образец, протоколы испытаний"),
    ("Корректировка КД по результатам испытаний", "Комплект КД, литера «О1»"),
]
#: Certificates valid for a month before submission: issued this many days ago.
_FRESH_DAYS = 12


@dataclass(frozen=True)
class DemoSpec:
    enterprises: int = 200
    consultations: int = 1000
    dossiers: int = 20
    seed: int = 1
    years: float = 2.0


@dataclass(frozen=True)
class DemoResult:
    enterprises: int
    consultations: int
    dossiers: int
    seconds: float


def _uuid(rng: random.Random) -> str:
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"


def _person(rng: random.Random) -> str:
    """«Фамилия Имя Отчество» of one fictitious person, the three in the same gender."""
    first, gender = rng.choice(_FIRST)
    last = rng.choice(_LAST_M)
    patronymic = rng.choice(_PATRON_F if gender == "f" else _PATRON)
    return f"{last}а {first} {patronymic}" if gender == "f" else f"{last} {first} {patronymic}"


def _address(rng: random.Random) -> str:
    code, city = rng.choice(_CITIES)
    return (
        f"{code}{rng.randint(0, 999):03d}, Пермский край, {city}, {rng.choice(_STREETS)}, "
        f"д. {rng.randint(1, 180)}"
    )


def _raw(conn: Any) -> Callable[..., Any]:
    """``exec_driver_sql`` with the ``?`` placeholders of this module on either engine
    (psycopg wants ``%s``); the server session counts the texts of times in UTC."""
    if conn.dialect.name == "sqlite":
        return conn.exec_driver_sql  # type: ignore[no-any-return]
    conn.exec_driver_sql("SET LOCAL timezone = 'UTC'")

    def execute(statement: str, *params: Any) -> Any:
        return conn.exec_driver_sql(statement.replace("?", "%s"), *params)

    return execute


def _insert_rows(conn: Any, table: str, columns: str, rows: list[tuple[Any, ...]]) -> None:
    """Insert ``rows`` (values in the order of ``columns``): ``executemany`` on SQLite,
    one ``COPY … FROM STDIN`` stream on the server (a round trip per row otherwise, and
    the row counters' statement trigger once instead of once per row)."""
    if conn.dialect.name != "postgresql":
        marks = ",".join("?" * len(columns.split(",")))
        conn.exec_driver_sql(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)
        return
    driver = conn.connection.driver_connection
    with driver.cursor() as cur, cur.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def _ts(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def generate(
    services: Services,
    spec: DemoSpec,
    *,
    progress: Callable[[str], object] | None = None,
) -> DemoResult:
    services.ctx.require(Permission.TRAINING_DATA)
    if spec.enterprises > MAX_ENTERPRISES:
        raise InputError(f"не больше {MAX_ENTERPRISES} учебных предприятий за один раз")
    if (spec.consultations or spec.dossiers) and spec.enterprises == 0:
        with services.db.read() as s:
            if not s.execute(select(func.count()).select_from(Enterprise)).scalar_one():
                raise InputError(
                    "для консультаций и досье нужны предприятия: задайте --enterprises"
                )
    say = progress or (lambda _m: None)
    rng = random.Random(spec.seed)
    started = time.perf_counter()
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    nowtxt = _ts(now)
    actor = services.actor.user_id

    user_ids = _demo_users(services, rng)
    with services.db.write() as s:
        conn = s.connection()
        raw = _raw(conn)
        start_id = int(s.execute(select(func.coalesce(func.max(Enterprise.id), 0))).scalar_one())
        ent_rows = []
        fts_rows = []
        for n in range(spec.enterprises):
            i = start_id + n
            year = rng.randint(2, 23)
            if rng.random() < 0.06:
                inn = ids.make_inn12(f"59{(i // 1_000_000) + 2:02d}{i % 1_000_000:06d}")
                ogrn = ids.make_ogrnip(f"3{year:02d}59{i % 1_000_000_000:09d}")
                name = f"{_person(rng)}"
                full = f"Индивидуальный предприниматель {name}"
                short = f"ИП {name.split(maxsplit=1)[0]} {name.split()[1][0]}.{name.split()[2][0]}."
                kpp = None
            else:
                inn = ids.make_inn10(f"59{(i // 100_000) + 2:02d}{i % 100_000:05d}")
                ogrn = ids.make_ogrn(f"1{year:02d}59{i % 10_000_000:07d}")
                word = rng.choice(_ROOTS) + rng.choice(_STEMS) + rng.choice(_SUFFIXES)
                word = word[0].upper() + word[1:]
                form, form_full = rng.choice(_FORMS)
                pattern = rng.choice(_PLAIN).format(word)
                full = f"{form_full} «{pattern.replace('«', '').replace('»', '')}»"
                short = f"{form} «{word}»"
                kpp = f"59{inn[2:4]}01001"
            body = search.enterprise_body(full, short, inn, ogrn, kpp)
            ent_rows.append(
                (
                    _uuid(rng),
                    full,
                    short,
                    inn,
                    kpp,
                    ogrn,
                    _address(rng),
                    _address(rng) if rng.random() < 0.3 else None,
                    "59",
                    rng.choice(_OKVED),
                    rng.choice(["small", "medium", "medium", "large", "large", "micro"]),
                    f"+7342{rng.randint(2000000, 2999999)}",
                    _person(rng),
                    rng.choice(_POSITIONS),
                    body,
                    nowtxt,
                    nowtxt,
                    actor,
                    actor,
                )
            )
            fts_rows.append(body)
        if ent_rows:
            _ids_follow_max(conn, "enterprises")
            _insert_rows(
                conn, "enterprises",
                "uuid, full_name, short_name, inn, kpp, ogrn, "
                "legal_address, actual_address, region_code, okved, size_category, phone, "
                "director_name, director_position, search_key, created_at, updated_at, "
                "created_by_id, updated_by_id",
                ent_rows,
            )
            first_new = start_id + 1
            search.bulk_index(s, "enterprise", ((first_new + k, b) for k, b in enumerate(fts_rows)))
            _audit_batch(services, s, "enterprise", first_id=first_new, rows=len(ent_rows),
                         seed=spec.seed)
        say(f"Предприятия: {spec.enterprises}")
        ent_ids = [r[0] for r in raw("SELECT id FROM enterprises ORDER BY id").fetchall()]

    done = 0
    span = int(dt.timedelta(days=365 * spec.years).total_seconds())
    begin = int(now.timestamp()) - span
    step = span / max(spec.consultations, 1)
    rnd = rng.random
    # folded pools: the search text of a consultation is made of pool items
    f_topics = [search.consultation_body(t) for t in _TOPICS]
    f_q = [search.consultation_body(t) for t in _QUESTIONS]
    f_a = [search.consultation_body(t) for t in _ADVICE]
    f_o = [search.consultation_body(t) for t in _OUTCOMES]
    f_n = [search.consultation_body(t) for t in _NEXT]
    durations = [10, 15, 20, 30, 45, 60, 90]
    checks = _prescreenings(services)
    n_ent, n_users = len(ent_ids), len(user_ids)
    days: dict[int, tuple[str, dt.date]] = {}
    now_day = now.date()
    while done < spec.consultations:
        size = min(BATCH, spec.consultations - done)
        rows = []
        bodies = []
        for k in range(size):
            moment = begin + int((done + k) * step + rnd() * step)
            day_no = moment // 86400
            if day_no not in days:
                day = dt.date(1970, 1, 1) + dt.timedelta(days=day_no)
                days[day_no] = (day.isoformat(), day)
            day_txt, day_date = days[day_no]
            # office hours 9–18 in Perm (UTC+5) → 4–13 UTC
            ts = f"{day_txt} {4 + int(rnd() * 9):02d}:{int(rnd() * 60):02d}:00.000000"
            ti, qi, ai, oi = (int(rnd() * 12), int(rnd() * 8), int(rnd() * 6), int(rnd() * 6))
            next_step = due = None
            done_flag = False
            body_next = ""
            if rnd() < 0.2:
                ni = int(rnd() * 6)
                next_step, body_next = _NEXT[ni], f_n[ni]
                due = (day_date + dt.timedelta(days=1 + int(rnd() * 21))).isoformat()
                done_flag = (now_day - day_date).days > 30 or rnd() < 0.3
            # every 20th consultation holds a pre-screening, made during the consultation
            number = done + k
            check: tuple[str | None, str | None] = (None, None)
            if checks and number % 20 == 7:
                check = checks[(number // 20) % len(checks)]
            rows.append(
                (
                    _uuid(rng),
                    ent_ids[int(rnd() * n_ent)],
                    user_ids[int(rnd() * n_users)],
                    ts,
                    _CHANNELS[int(rnd() * 8)],
                    _TOPICS[ti],
                    "atd-reverse-engineering",
                    _QUESTIONS[qi],
                    _ADVICE[ai],
                    _OUTCOMES[oi],
                    durations[int(rnd() * 7)],
                    next_step,
                    due,
                    done_flag,
                    check[0],
                    check[1],
                    ts if check[0] is not None else None,
                    nowtxt,
                    nowtxt,
                    actor,
                    actor,
                )
            )
            bodies.append(f"{f_topics[ti]} {f_q[qi]} {f_a[ai]} {f_o[oi]} {body_next}".rstrip())
        with services.db.write() as s:
            conn = s.connection()
            raw = _raw(conn)
            # random keys (uuid, enterprise) scatter index writes: a bigger page cache
            # for this bulk connection keeps them in memory
            if conn.dialect.name == "sqlite":
                conn.exec_driver_sql("PRAGMA cache_size = -131072")
            first = (
                int(
                    raw(
                        "SELECT coalesce(max(id), 0) FROM consultations"
                    ).scalar_one()
                )
                + 1
            )
            _ids_follow_max(conn, "consultations")
            _insert_rows(
                conn, "consultations",
                "uuid, enterprise_id, consultant_id, occurred_at, "
                "channel, topic, program_code, questions, advice, outcome, duration_min, "
                "next_step, next_step_due, next_step_done, eligibility, eligibility_verdict, "
                "eligibility_checked_at, created_at, updated_at, created_by_id, updated_by_id",
                rows,
            )
            search.bulk_index(s, "consultation", ((first + k, b) for k, b in enumerate(bodies)))
            _audit_batch(services, s, "consultation", first_id=first, rows=len(rows),
                         seed=spec.seed)
        done += size
        say(f"Консультации: {done} / {spec.consultations}")

    if spec.dossiers:
        profile = services.programs.profile(PROGRAM)
        with tempfile.TemporaryDirectory(prefix="rci-demo-") as tmp:
            training = _training_files(profile, Path(tmp))
            with services.db.write() as s:
                first = int(s.execute(
                    select(func.coalesce(func.max(Dossier.id), 0))).scalar_one()) + 1
                docs, files = _dossiers(
                    s.connection(), rng, spec.dossiers, ent_ids, user_ids, now, nowtxt, actor,
                    _DocumentPlan(profile, {code: f.name for code, f in training.items()}))
                # only the files some dossier uses are stored
                store = store_for(services.db)
                shas: dict[str, str] = {}
                for code in sorted({str(row[2]) for row in files}):
                    [stored] = store_files(store, [training[code]], session=s)
                    shas[code] = upsert_blob_in(s, training[code].info, stored).sha256
                s.flush()
                _insert_documents(s.connection(), docs, [
                    (*row[:2], shas[str(row[2])], *row[3:]) for row in files])
                _audit_batch(services, s, "dossier", first_id=first, rows=spec.dossiers,
                             seed=spec.seed)
    if spec.dossiers:
        say(f"Досье: {spec.dossiers}")
    return DemoResult(
        spec.enterprises, spec.consultations, spec.dossiers, time.perf_counter() - started
    )


def _prescreenings(services: Services) -> list[tuple[str | None, str | None]]:
    """Stored pre-screenings (answers and result as JSON text, verdict) the demo spreads
    over its consultations: mostly «может подать заявку», some needing clarification
    (no consumer named yet), a few refused (a tax debt)."""
    try:
        profile = services.programs.profile(PROGRAM)
    except UserError:
        return []
    answers = passing_answers(profile)
    variants = [answers, answers, answers, {**answers, "consumer": False},
                {**answers, "tax_debt": True}]
    out: list[tuple[str | None, str | None]] = []
    for variant in variants:
        known = {k: v for k, v in variant.items() if k in {q.id for q in profile.questions}}
        result = evaluate_eligibility(profile, known)
        out.append((json.dumps(jsonable(result.model_dump(mode="json")), ensure_ascii=False),
                    str(result.verdict)))
    return out


def _audit_batch(
    services: Services, session: Session, entity: str, *, first_id: int, rows: int, seed: int
) -> None:
    """One audit entry for one batch, in the batch's own transaction."""
    services.ctx.audit(
        session, "demo", entity, None,
        new={"rows": rows, "first_id": first_id, "last_id": first_id + rows - 1, "seed": seed},
    )


def _demo_users(services: Services, rng: random.Random) -> list[int]:
    """Consultants the demo work is attributed to (no password: they cannot sign in)."""
    with services.db.write() as s:
        existing = list(s.execute(select(User.id).where(User.login.like("demo-%"))).scalars())
        if existing:
            return existing
        ids_: list[int] = []
        for n in range(1, 6):
            user = User(
                login=f"demo-{n}",
                full_name=_person(rng),
                role=Role.CONSULTANT.value,
                position="Консультант",
                active=False,
                password_hash=None,
                phone=f"+7342{rng.randint(2000000, 2999999)}",
            )
            s.add(user)
            s.flush()
            ids_.append(user.id)
            services.ctx.audit(s, "demo", "user", user.id, entity_uuid=user.uuid,
                               new={"login": user.login, "role": user.role})
        return ids_


def _training_pdf(title: str) -> bytes:
    """A one-page training document named ``title`` (the same bytes every time)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    from desktop_app.core.reports.fonts import SERIF, SERIF_BOLD, register_fonts

    register_fonts()
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    canvas.setTitle(title)
    width, height = A4
    y = height - 90
    canvas.setFont(SERIF_BOLD, 16)
    for line in simpleSplit(title, SERIF_BOLD, 16, width - 140):
        canvas.drawString(70, y, line)
        y -= 22
    canvas.setFont(SERIF, 12)
    for line in ("Учебный документ для занятий с программой.",
                 "Не является документом предприятия и не подаётся в Агентство."):
        y -= 18
        canvas.drawString(70, y, line)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _training_files(profile: Profile, folder: Path) -> dict[str, PreparedFile]:
    """One inspected training PDF (in ``folder``) per document type of ``profile`` that
    accepts PDF."""
    out: dict[str, PreparedFile] = {}
    for req in profile.documents:
        if "pdf" not in req.kinds:
            continue
        name = f"{req.title[:80].rstrip(' .,')}.pdf"
        path = folder / f"{req.code}.pdf"
        path.write_bytes(_training_pdf(req.title))
        prepared, _warnings = prepare_files([path], list(req.kinds), names=[name])
        out[req.code] = prepared[0]
    return out


def _ids_follow_max(conn: object, table: str) -> None:
    """On the server, the next id of ``table`` is max(id) + 1 (the batch inserts below
    compute their rows' ids that way; a sequence may have skipped values)."""
    if conn.dialect.name == "postgresql":  # type: ignore[attr-defined]
        conn.exec_driver_sql(  # type: ignore[attr-defined]
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"coalesce(max(id), 0) + 1, false) FROM {table}")


def _insert_documents(
    conn: object, docs: list[tuple[object, ...]], files: list[tuple[object, ...]]
) -> None:
    exec_ = _raw(conn)
    if docs:
        exec_("INSERT INTO dossier_documents (id, uuid, dossier_id, doc_type, number, "
              "issued_on, received_on, created_at, updated_at, created_by_id, updated_by_id) "
              "VALUES (?,?,?,?,?,?,?,?,?,?,?)", docs)
        exec_("INSERT INTO document_files (uuid, document_id, blob_sha256, original_name, "
              "position, added_at, added_by_id) VALUES (?,?,?,?,?,?,?)", files)
        if conn.dialect.name == "postgresql":  # type: ignore[attr-defined]
            # the ids were given above: move the server's id sequence past them
            exec_("SELECT setval(pg_get_serial_sequence('dossier_documents', 'id'), "
                  "(SELECT max(id) FROM dossier_documents))")


@dataclass(frozen=True)
class _DocumentPlan:
    """Which documents a demo dossier gets: the profile's and the stored training files."""

    profile: Profile
    files: dict[str, str]
    """document code → the original name of its training file."""


def _plan_rows(
    rng: random.Random, dossier_id: int, start: dt.date, end: dt.date, *, grant: int, own: int
) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """The calendar plan (stages one after another, inside the project) and the
    financing of each source split over the project's years by its days in each."""
    span = (end - start).days
    bounds = [start + dt.timedelta(days=span * k // len(_STAGES)) for k in range(len(_STAGES))]
    stages: list[tuple[object, ...]] = []
    for pos, (title, result) in enumerate(_STAGES):
        first = bounds[pos]
        last = bounds[pos + 1] - dt.timedelta(days=1) if pos + 1 < len(_STAGES) else end
        stages.append((_uuid(rng), dossier_id, pos, str(pos + 1), title, first.isoformat(),
                       max(first, last).isoformat(), result))
    years = list(range(start.year, end.year + 1))
    days = [(min(end, dt.date(y, 12, 31)) - max(start, dt.date(y, 1, 1))).days + 1
            for y in years]
    financing: list[tuple[object, ...]] = []
    for source, amount in (("grant", grant), ("own", own)):
        parts = [amount * d // sum(days) for d in days]
        parts[-1] += amount - sum(parts)
        for year, part in zip(years, parts, strict=True):
            financing.append((_uuid(rng), dossier_id, len(financing), year, source, part))
    return stages, financing


def _document_rows(
    rng: random.Random, plan: _DocumentPlan, *, draft: bool, today: dt.date,
    values: dict[str, FieldValue],
) -> list[tuple[str, str | None, dt.date, str]]:
    """``(doc_type, number, issued_on, uuid)`` of the documents a dossier has;
    ``values``: the dossier's facts a requirement's condition may name."""
    rows = []
    for req in plan.profile.documents:
        if req.code not in plan.files:
            continue
        applies = req.when is None or condition_holds(req.when, values)
        needed = applies and req.required in ("always", "conditional")
        if not needed and (not applies or rng.random() < 0.5):
            continue
        if draft and rng.random() < 0.35:
            continue  # not brought yet
        if req.max_age_days is not None:
            age = rng.randint(0, _FRESH_DAYS)
            if draft and rng.random() < 0.3:
                age = req.max_age_days + rng.randint(20, 90)  # too old by now
            issued = today - dt.timedelta(days=age)
        else:
            issued = today - dt.timedelta(days=rng.randint(20, 900))
        number = f"{rng.randint(100, 9999)}" if req.code in (
            "tax_certificate", "authority_document", "consumer_letter") else None
        rows.append((req.code, number, issued, _uuid(rng)))
    return rows


def _dossiers(  # noqa: PLR0917 - one private call site
    conn: object,
    rng: random.Random,
    count: int,
    ent_ids: list[int],
    user_ids: list[int],
    now: dt.datetime,
    nowtxt: str,
    actor: int | None,
    documents: _DocumentPlan,
) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """Write the dossiers with their cost lines, plans and financing; return the rows of
    their documents and files (the files naming their document type where the SHA-256
    goes), written once the files are stored."""
    statuses = ["draft", "draft", "draft", "ready", "referred", "submitted", "approved", "rejected"]
    exec_ = _raw(conn)
    all_stages: list[tuple[object, ...]] = []
    all_financing: list[tuple[object, ...]] = []
    docs: list[tuple[object, ...]] = []
    files: list[tuple[object, ...]] = []
    # ids given here (the write lock is held), so that files can name their document
    doc_id = int(exec_("SELECT coalesce(max(id), 0) FROM dossier_documents").scalar_one())
    for _ in range(count):
        status = rng.choice(statuses)
        director = rng.random() < 0.85  # else a deputy signs, with a power of attorney
        comp, okpd2, maker, country = rng.choice(_COMPONENTS)
        total = rng.randint(20, 300) * 1_000_000_00
        grant = total * 80 // 100
        own = total - grant
        start = now.date() + dt.timedelta(days=rng.randint(30, 120))
        end = start + dt.timedelta(days=rng.randint(365, 730))
        cur = exec_(
            "INSERT INTO dossiers (uuid, enterprise_id, consultant_id, program_code, status, "
            "status_changed_at, submission_date, signatory_is_director, title, component_name, "
            "okpd2, foreign_analogue_name, foreign_analogue_manufacturer, "
            "foreign_analogue_country, target_industry, consumers, start_date, end_date, "
            "total_cost, grant_requested, own_funds, other_funds, serial_volume, serial_years, "
            "created_at, updated_at, created_by_id, updated_by_id) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id",
            (
                _uuid(rng),
                rng.choice(ent_ids),
                rng.choice(user_ids),
                "atd-reverse-engineering",
                status,
                nowtxt,
                (now.date() + dt.timedelta(days=14)).isoformat(),
                director,
                f"Разработка КД на {_COMPONENT_OBJECT[comp]} методом обратного инжиниринга",
                comp,
                okpd2,
                f"{comp} ({maker})",
                maker,
                country,
                "Нефтегазовое машиностроение",
                "ПАО «Пермнефтемаш», АО «Уралгидромаш»",
                start.isoformat(),
                end.isoformat(),
                total,
                grant,
                own,
                0,
                rng.randint(100, 5000),
                f"{end.year + 1}–{end.year + 3}",
                nowtxt,
                nowtxt,
                actor,
                actor,
            ),
        )
        dossier_id = int(cur.scalar_one())
        shares = [30, 25, 20, 15, 10]
        amounts = [total * sh // 100 for sh in shares]
        amounts[-1] += total - sum(amounts)
        for pos, (cat, amount) in enumerate(zip(_CATEGORIES, amounts, strict=False)):
            exec_(
                "INSERT INTO cost_lines (uuid, dossier_id, position, category, amount) "
                "VALUES (?,?,?,?,?)",
                (_uuid(rng), dossier_id, pos, cat, amount),
            )
        stages, financing = _plan_rows(rng, dossier_id, start, end, grant=grant, own=own)
        all_stages += stages
        all_financing += financing
        for doc_type, number, issued, doc_uuid in _document_rows(
                rng, documents, draft=status == "draft", today=now.date(),
                values={"signatory_is_director": director, "project.own_funds": own,
                        "project.other_funds": 0, "project.total_cost": total}):
            received = min(now.date(), issued + dt.timedelta(days=rng.randint(0, 5)))
            doc_id += 1
            docs.append((doc_id, doc_uuid, dossier_id, doc_type, number, issued.isoformat(),
                         received.isoformat(), nowtxt, nowtxt, actor, actor))
            files.append((_uuid(rng), doc_id, doc_type, documents.files[doc_type], 1, nowtxt,
                          actor))
    # the plans of all dossiers at once (one statement per table)
    if all_stages:
        exec_("INSERT INTO project_stages (uuid, dossier_id, position, number, title, "
              "start_date, end_date, result) VALUES (?,?,?,?,?,?,?,?)", all_stages)
        exec_("INSERT INTO financing_lines (uuid, dossier_id, position, year, source, "
              "amount) VALUES (?,?,?,?,?,?)", all_financing)
    return docs, files
