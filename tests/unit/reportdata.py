"""Hand-built activity for the period reports, and the same figures counted in Python.

``build_activity`` writes a small, seeded but irregular history straight into
the tables (two consultants, enterprises made before and inside the period,
consultations on both sides of the period's local midnights, pre-screenings,
dossiers with status histories, final and re-issued referral letters).
``expected`` counts every figure of the report from the same Python
records with plain loops, independently of the SQL the service runs.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.core.identifiers import make_inn10

CHANNELS = ("phone", "email", "visit", "event", "video")
PROGRAMS = ("reverse_engineering", "other_program", None)
VERDICTS = ("eligible", "not_eligible", "needs_clarification")
TOPICS = ("Условия гранта", "Документы", "Софинансирование", "=SUM(A1)")
STATUS_PATH = ("ready", "referred", "submitted")
OUTCOME_NEXT = ("approved", "rejected")


def local(y: int, m: int, d: int, hh: int = 12, mi: int = 0) -> dt.datetime:
    """A local wall-clock moment as an aware time."""
    return dt.datetime(y, m, d, hh, mi).astimezone()


@dataclass
class Built:
    users: dict[str, int] = field(default_factory=dict)
    enterprises: list[dict[str, Any]] = field(default_factory=list)
    consultations: list[dict[str, Any]] = field(default_factory=list)
    dossiers: list[dict[str, Any]] = field(default_factory=list)
    changes: list[dict[str, Any]] = field(default_factory=list)
    letters: list[dict[str, Any]] = field(default_factory=list)


def _moment(rng: random.Random) -> dt.datetime:
    """Mostly 2025, some close to the boundaries of the quarter tested."""
    pick = rng.random()
    if pick < 0.15:  # right around local midnight of 01.04 and 01.07
        day = rng.choice([(2025, 3, 31), (2025, 4, 1), (2025, 6, 30), (2025, 7, 1)])
        hh, mi = rng.choice([(0, 0), (0, 1), (23, 59), (4, 59), (5, 0)])
        return local(*day, hh, mi)
    start = dt.datetime(2025, 1, 1).astimezone()
    return start + dt.timedelta(minutes=rng.randrange(365 * 24 * 60))


def build_activity(db_path: Path, seed: int = 7) -> Built:
    """Write the history into the database at ``db_path`` (already initialised)."""
    from desktop_app.core.db.engine import open_database
    from desktop_app.core.db.models import (
        Consultation,
        Dossier,
        DossierStatusChange,
        Enterprise,
        OutgoingLetter,
        User,
    )

    rng = random.Random(seed)
    b = Built()
    db = open_database(db_path)
    try:
        with db.write() as s:
            for login, name in (("ivanov", "Иванов Иван Иванович"),
                                ("petrova", "Петрова Анна Сергеевна")):
                u = User(login=login, full_name=name, role="consultant")
                s.add(u)
                s.flush()
                b.users[login] = u.id
            logins = list(b.users)
            for i in range(40):
                created = _moment(rng)
                by = b.users[rng.choice(logins)]
                e = Enterprise(full_name=f"ООО «Завод {i}»", short_name=f"Завод {i}",
                               inn=make_inn10(f"59{i:07d}"), created_at=created,
                               created_by_id=by)
                s.add(e)
                s.flush()
                b.enterprises.append({"id": e.id, "created_at": created, "by": by,
                                      "inn": e.inn, "name": e.short_name})
            for _ in range(400):
                at = _moment(rng)
                ent = rng.choice(b.enterprises)
                who = rng.choice([*b.users.values(), None])
                checked = at + dt.timedelta(days=rng.choice([0, 0, 3])) \
                    if rng.random() < 0.3 else None
                due = (at + dt.timedelta(days=rng.randrange(-5, 40))).date() \
                    if rng.random() < 0.5 else None
                row = {
                    "enterprise_id": ent["id"], "consultant_id": who, "occurred_at": at,
                    "channel": rng.choice(CHANNELS), "topic": rng.choice(TOPICS),
                    "program_code": rng.choice(PROGRAMS),
                    "eligibility_verdict": rng.choice(VERDICTS) if checked else None,
                    "eligibility_checked_at": checked,
                    "next_step": "Прислать документы" if due else None,
                    "next_step_due": due, "next_step_done": bool(due and rng.random() < 0.4),
                }
                s.add(Consultation(**row))
                b.consultations.append(row)
            for i in range(60):
                ent = rng.choice(b.enterprises)
                created = _moment(rng)
                who = rng.choice(list(b.users.values()))
                program = rng.choice(PROGRAMS[:2])
                grant = rng.randrange(1, 500) * 100_000_00 if rng.random() < 0.9 else None
                d = Dossier(enterprise_id=ent["id"], consultant_id=who, program_code=program,
                            title=f"Проект {i}", grant_requested=grant, created_at=created,
                            status="draft", status_changed_at=created)
                s.add(d)
                s.flush()
                row = {"id": d.id, "created_at": created, "consultant_id": who,
                       "program_code": program, "grant": grant, "status": "draft",
                       "status_at": created, "enterprise": ent, "title": f"Проект {i}"}
                at = created
                steps = list(STATUS_PATH[:rng.randrange(0, 4)])
                if len(steps) == 3 and rng.random() < 0.7:
                    steps.append(rng.choice(OUTCOME_NEXT))
                    if steps[-1] == "approved" and rng.random() < 0.5:
                        steps.append("agreement")
                if steps and rng.random() < 0.2:  # sent back to draft and made ready again
                    steps[:1] = ["ready", "draft", "ready"]
                for to in steps:
                    at = at + dt.timedelta(days=rng.randrange(1, 60), minutes=rng.randrange(999))
                    s.add(DossierStatusChange(dossier_id=d.id, from_status=row["status"],
                                              to_status=to, changed_at=at))
                    b.changes.append({"dossier": row, "to": to, "at": at})
                    row["status"], row["status_at"] = to, at
                    if to == "referred":
                        for _k in range(1 + (rng.random() < 0.3)):
                            b.letters.append({"dossier": row, "at": at})
                            at = at + dt.timedelta(days=rng.randrange(0, 20))
                d.status, d.status_changed_at = row["status"], row["status_at"]
                b.dossiers.append(row)
            # letters get ids in the order they were issued, like the register
            b.letters.sort(key=lambda x: x["at"])
            for n, letter in enumerate(b.letters, 1):
                ol = OutgoingLetter(number=f"РИЦ-T/{n:04d}", year=2025, seq=n,
                                    issued_at=letter["at"], dossier_id=letter["dossier"]["id"])
                s.add(ol)
                s.flush()
                letter["id"], letter["number"] = ol.id, ol.number
            # a pre-screening conclusion is in the register too but is no referral
            s.add(OutgoingLetter(number="РИЦ-T/9999", year=2025, seq=9999,
                                 issued_at=local(2025, 5, 5), dossier_id=None,
                                 consultation_id=1))
    finally:
        db.close()
    return b


def in_period(value: dt.datetime | None, start: dt.date, end: dt.date) -> bool:
    return value is not None and start <= value.astimezone().date() <= end


def expected(b: Built, start: dt.date, end: dt.date, consultant: str | None = None,
             program: str | None = None) -> dict[str, Any]:
    """Every figure of the activity report, counted with loops over the built records."""
    uid = b.users[consultant] if consultant else None
    login_of = {v: k for k, v in b.users.items()}

    def keep_c(c: dict[str, Any]) -> bool:
        return (uid is None or c["consultant_id"] == uid) and (
            program is None or c["program_code"] == program)

    cons = [c for c in b.consultations if keep_c(c) and in_period(c["occurred_at"], start, end)]
    by_channel: dict[str, int] = {}
    by_month: dict[str, int] = {}
    by_consultant: dict[str, int] = {}
    for c in cons:
        by_channel[c["channel"]] = by_channel.get(c["channel"], 0) + 1
        key = f"{c['occurred_at'].astimezone():%Y-%m}"
        by_month[key] = by_month.get(key, 0) + 1
        login = login_of.get(c["consultant_id"], "")
        by_consultant[login] = by_consultant.get(login, 0) + 1
    pre: dict[str, int] = {}
    for c in b.consultations:
        if keep_c(c) and in_period(c["eligibility_checked_at"], start, end):
            pre[c["eligibility_verdict"]] = pre.get(c["eligibility_verdict"], 0) + 1

    def keep_d(d: dict[str, Any]) -> bool:
        return (uid is None or d["consultant_id"] == uid) and (
            program is None or d["program_code"] == program)

    by_status: dict[str, int] = {}
    for d in b.dossiers:
        if keep_d(d) and in_period(d["status_at"], start, end):
            by_status[d["status"]] = by_status.get(d["status"], 0) + 1
    reached: dict[str, set[int]] = {}
    for ch in b.changes:
        if keep_d(ch["dossier"]) and in_period(ch["at"], start, end):
            reached.setdefault(ch["to"], set()).add(ch["dossier"]["id"])
    grant_of = {d["id"]: d["grant"] or 0 for d in b.dossiers}
    first_letter: dict[int, int] = {}
    for letter in b.letters:
        first_letter.setdefault(letter["dossier"]["id"], letter["id"])
    finals = [x for x in b.letters if keep_d(x["dossier"]) and in_period(x["at"], start, end)
              and first_letter[x["dossier"]["id"]] == x["id"]]
    reissues = [x for x in b.letters if keep_d(x["dossier"]) and in_period(x["at"], start, end)
                and first_letter[x["dossier"]["id"]] != x["id"]]
    today = dt.date.today()
    due = [c for c in b.consultations
           if keep_c(c) and c["next_step_due"] is not None and start <= c["next_step_due"] <= end]
    return {
        "consultations": len(cons),
        "enterprises": len({c["enterprise_id"] for c in cons}),
        "new_enterprises": sum(1 for e in b.enterprises if in_period(e["created_at"], start, end)
                               and (uid is None or e["by"] == uid)),
        "by_channel": by_channel,
        "by_month": by_month,
        "by_consultant": by_consultant,
        "prescreenings": pre,
        "referred": len(finals),
        "referred_grant": sum(grant_of[x["dossier"]["id"]] for x in finals),
        "reissued": len(reissues),
        "dossiers_by_status": by_status,
        "dossiers_opened": sum(1 for d in b.dossiers if keep_d(d)
                               and in_period(d["created_at"], start, end)),
        "ready": len(reached.get("ready", set())),
        "outcomes": {k: (len(v), sum(grant_of[i] for i in v)) for k, v in reached.items()},
        "followups": (len(due), sum(1 for c in due if c["next_step_done"]),
                      sum(1 for c in due if not c["next_step_done"]
                          and c["next_step_due"] < today)),
        "finals": sorted(finals, key=lambda x: (x["at"], x["id"])),
    }
