"""Realistic synthetic data for trying the program and for benchmarks.

Enterprises of Perm Territory with valid ИНН/ОГРН/КПП, consultations spread
over the last two years (in time order, so ids follow dates), follow-ups,
and dossiers with cost lines. Rows are written in large batches straight
through the connection (the ORM would take minutes for a million rows).

Only an administrator may do it (or the system, while the database has no
accounts yet). Every batch is its own transaction with its own audit entry
naming the rows it wrote, so a run stopped half-way leaves a trail of exactly
what it added.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core import identifiers as ids
from desktop_app.core.db import search
from desktop_app.core.db.models import Dossier, Enterprise, Role, User
from desktop_app.core.errors import InputError
from desktop_app.core.services.context import Permission
from desktop_app.core.services.facade import Services

BATCH = 100_000
MAX_ENTERPRISES = 900_000

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
_FIRST = [
    "Андрей",
    "Сергей",
    "Ольга",
    "Елена",
    "Дмитрий",
    "Наталья",
    "Алексей",
    "Татьяна",
    "Игорь",
    "Юлия",
    "Павел",
    "Светлана",
    "Михаил",
    "Анна",
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
_CATEGORIES = [
    "Оплата труда разработчиков",
    "Испытания опытного образца",
    "Материалы для опытного образца",
    "Услуги сторонних организаций",
    "Программное обеспечение",
    "Изготовление оснастки",
]


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
    return f"{rng.choice(_LAST_M)} {rng.choice(_FIRST)} {rng.choice(_PATRON)}"


def _address(rng: random.Random) -> str:
    code, city = rng.choice(_CITIES)
    return (
        f"{code}{rng.randint(0, 999):03d}, Пермский край, {city}, {rng.choice(_STREETS)}, "
        f"д. {rng.randint(1, 180)}"
    )


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
            conn.exec_driver_sql(
                _dml(conn,
                     "INSERT INTO enterprises (uuid, full_name, short_name, inn, kpp, ogrn, "
                     "legal_address, actual_address, region_code, okved, size_category, phone, "
                     "director_name, director_position, search_key, created_at, updated_at, "
                     "created_by_id, updated_by_id) VALUES "
                     "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                ent_rows,
            )
            new_ids = _ids_after(conn, "enterprises", start_id)
            search.bulk_index(s, "enterprise", zip(new_ids, fts_rows, strict=True))
            _audit_batch(services, s, "enterprise", first_id=new_ids[0], rows=len(ent_rows),
                         seed=spec.seed)
        say(f"Предприятия: {spec.enterprises}")
        ent_ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM enterprises").fetchall()]

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
                    nowtxt,
                    nowtxt,
                    actor,
                    actor,
                )
            )
            bodies.append(f"{f_topics[ti]} {f_q[qi]} {f_a[ai]} {f_o[oi]} {body_next}".rstrip())
        with services.db.write() as s:
            conn = s.connection()
            # random keys (uuid, enterprise) scatter index writes: a bigger page cache
            # for this bulk connection keeps them in memory
            if conn.dialect.name == "sqlite":
                conn.exec_driver_sql("PRAGMA cache_size = -131072")
            before = int(conn.exec_driver_sql(
                "SELECT coalesce(max(id), 0) FROM consultations").scalar_one())
            conn.exec_driver_sql(
                _dml(conn,
                     "INSERT INTO consultations (uuid, enterprise_id, consultant_id, occurred_at, "
                     "channel, topic, program_code, questions, advice, outcome, duration_min, "
                     "next_step, next_step_due, next_step_done, created_at, updated_at, "
                     "created_by_id, updated_by_id) "
                     "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                rows,
            )
            new_ids = _ids_after(conn, "consultations", before)
            search.bulk_index(s, "consultation", zip(new_ids, bodies, strict=True))
            _audit_batch(services, s, "consultation", first_id=new_ids[0], rows=len(rows),
                         seed=spec.seed)
        done += size
        say(f"Консультации: {done} / {spec.consultations}")

    if spec.dossiers:
        with services.db.write() as s:
            first = int(s.execute(select(func.coalesce(func.max(Dossier.id), 0))).scalar_one()) + 1
            _dossiers(s.connection(), rng, spec.dossiers, ent_ids, user_ids, now, nowtxt, actor)
            _audit_batch(services, s, "dossier", first_id=first, rows=spec.dossiers,
                         seed=spec.seed)
    if spec.dossiers:
        say(f"Досье: {spec.dossiers}")
    return DemoResult(
        spec.enterprises, spec.consultations, spec.dossiers, time.perf_counter() - started
    )


def _dml(conn: Any, sql: str) -> str:
    """``sql`` written with ``?`` placeholders, in the driver's own style."""
    return sql if conn.dialect.name == "sqlite" else sql.replace("?", "%s")


def _ids_after(conn: Any, table: str, last: int) -> list[int]:
    """Ids the batch just inserted (after ``last``), in insertion order."""
    return [int(r[0]) for r in conn.exec_driver_sql(
        _dml(conn, f"SELECT id FROM {table} WHERE id > ? ORDER BY id"), (last,)).fetchall()]


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


def _dossiers(  # noqa: PLR0917 - one private call site
    conn: object,
    rng: random.Random,
    count: int,
    ent_ids: list[int],
    user_ids: list[int],
    now: dt.datetime,
    nowtxt: str,
    actor: int | None,
) -> None:
    statuses = ["draft", "draft", "draft", "ready", "referred", "submitted", "approved", "rejected"]
    exec_ = conn.exec_driver_sql  # type: ignore[attr-defined]
    dialect_conn: Any = conn
    for _ in range(count):
        comp, okpd2, maker, country = rng.choice(_COMPONENTS)
        total = rng.randint(20, 300) * 1_000_000_00
        grant = total * 80 // 100
        own = total - grant
        start = now.date() + dt.timedelta(days=rng.randint(30, 120))
        end = start + dt.timedelta(days=rng.randint(365, 730))
        cur = exec_(_dml(dialect_conn,
            "INSERT INTO dossiers (uuid, enterprise_id, consultant_id, program_code, status, "
            "status_changed_at, submission_date, signatory_is_director, title, component_name, "
            "okpd2, foreign_analogue_name, foreign_analogue_manufacturer, "
            "foreign_analogue_country, target_industry, consumers, start_date, end_date, "
            "total_cost, grant_requested, own_funds, other_funds, serial_volume, serial_years, "
            "created_at, updated_at, created_by_id, updated_by_id) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"),
            (
                _uuid(rng),
                rng.choice(ent_ids),
                rng.choice(user_ids),
                "atd-reverse-engineering",
                rng.choice(statuses),
                nowtxt,
                (now.date() + dt.timedelta(days=14)).isoformat(),
                True,
                f"Разработка КД на {comp.lower()} методом обратного инжиниринга",
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
                _dml(dialect_conn,
                     "INSERT INTO cost_lines (uuid, dossier_id, position, category, amount) "
                     "VALUES (?,?,?,?,?)"),
                (_uuid(rng), dossier_id, pos, cat, amount),
            )
