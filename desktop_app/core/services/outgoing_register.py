"""The outgoing register: numbering of registered letters and reading them back.

Numbers come from the database inside the caller's write unit of work (the
referral package's ``BEGIN IMMEDIATE`` serialises them), never from a count
kept in Python: the next sequence number of the year is ``max(seq) + 1``,
formatted with the centre's register format (``РИЦ-{year}/{seq:04d}`` unless
the organization profile says otherwise).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core import register_format
from desktop_app.core.db.models import Consultation, Dossier, Enterprise, OutgoingLetter, User
from desktop_app.core.errors import InputError

from .audit import chain_head, hashes_of, recorded_head_problem
from .organization import WHERE_TO_FILL, load_profile

__all__ = [
    "DEFAULT_REGISTER_FORMAT",
    "RegisterEntry",
    "allocate_number",
    "audit_head_now",
    "initials_name",
    "local_time",
    "read_entries",
    "register_entry_of",
    "register_head_problems",
]

DEFAULT_REGISTER_FORMAT = "РИЦ-{year}/{seq:04d}"


@dataclass(frozen=True)
class RegisterEntry:
    """One letter of the outgoing register (detached snapshot)."""

    id: int
    number: str
    year: int
    seq: int
    issued_at: dt.datetime
    dossier_id: int | None
    enterprise_name: str | None
    subject: str | None
    addressee: str | None
    signer_name: str | None
    pages: int | None
    pdf_sha256: str | None
    consultation_id: int | None = None
    """The consultation of a pre-screening conclusion (None for a referral package)."""


def initials_name(full_name: str) -> str:
    """«Фамилия Имя Отчество» → «И.О. Фамилия»; one word stays as it is."""
    parts = full_name.split()
    if len(parts) < 2:
        return full_name.strip()
    initials = "".join(f"{p[0].upper()}." for p in parts[1:3])
    return f"{initials} {parts[0]}"


def local_time(value: dt.datetime) -> dt.datetime:
    """A stored (UTC) time in the workstation's time zone; naive values are taken as UTC."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone()


def register_entry_of(
    letter: OutgoingLetter, enterprise: str | None, signer: str | None
) -> RegisterEntry:
    return RegisterEntry(
        id=letter.id, number=letter.number, year=letter.year, seq=letter.seq,
        issued_at=letter.issued_at, dossier_id=letter.dossier_id, enterprise_name=enterprise,
        subject=letter.subject, addressee=letter.addressee, signer_name=signer,
        pages=letter.pages, pdf_sha256=letter.pdf_sha256,
        consultation_id=letter.consultation_id,
    )


def _register_format(s: Session) -> str:
    row = load_profile(s)
    fmt = row.register_format if row is not None else DEFAULT_REGISTER_FORMAT
    try:
        fmt.format(year=2000, seq=1)
    except (KeyError, IndexError, ValueError, AttributeError):
        raise InputError(
            f"формат исходящего номера «{register_format.to_people(fmt)}» неверен: допустимы "
            f"{register_format.YEAR} и {register_format.SEQ}; исправьте его в {WHERE_TO_FILL}"
        ) from None
    return fmt


def allocate_number(s: Session, issued: dt.datetime) -> tuple[int, int, str]:
    """``(year, seq, number)`` of the next letter issued at ``issued``.

    Call inside the write unit of work that inserts the letter, so that two
    workstations can never take the same number.
    """
    year = local_time(issued).year
    fmt = _register_format(s)
    seq = int(s.execute(
        select(func.coalesce(func.max(OutgoingLetter.seq), 0))
        .where(OutgoingLetter.year == year)
    ).scalar_one()) + 1
    number = fmt.format(year=year, seq=seq)
    while s.execute(
        select(OutgoingLetter.id).where(OutgoingLetter.number == number)
    ).first() is not None:  # a format without {year} repeats numbers across years
        seq += 1
        number = fmt.format(year=year, seq=seq)
    return year, seq, number


def read_entries(
    s: Session,
    *,
    where: Any = None,
    newest_first: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[RegisterEntry]:
    """Register entries matching ``where`` (a SQL condition on the letter), in issue order."""
    # a referral package names its enterprise through the dossier, a pre-screening
    # conclusion through the consultation
    q = (
        select(OutgoingLetter, Enterprise.short_name, Enterprise.full_name, User.full_name)
        .outerjoin(Dossier, Dossier.id == OutgoingLetter.dossier_id)
        .outerjoin(Consultation, Consultation.id == OutgoingLetter.consultation_id)
        .outerjoin(Enterprise, Enterprise.id == func.coalesce(Dossier.enterprise_id,
                                                              Consultation.enterprise_id))
        .outerjoin(User, User.id == OutgoingLetter.signer_id)
    )
    if where is not None:
        q = q.where(where)
    if newest_first:
        q = q.order_by(OutgoingLetter.issued_at.desc(), OutgoingLetter.id.desc())
    else:
        q = q.order_by(OutgoingLetter.id)
    if offset:
        q = q.offset(offset)
    if limit is not None:
        q = q.limit(limit)
    return [
        register_entry_of(letter, short or full, initials_name(signer) if signer else None)
        for letter, short, full, signer in s.execute(q).all()
    ]


def audit_head_now(s: Session) -> dict[str, Any]:
    """The letter's columns recording the event log's head at registration."""
    s.flush()
    head = chain_head(s)
    return {"audit_head_id": head.id if head else None,
            "audit_head_hash": head.hash if head else None}


def register_head_problems(s: Session) -> list[str]:
    """The head recorded by each register entry must still be in the log, unchanged."""
    rows = s.execute(
        select(OutgoingLetter.number, OutgoingLetter.issued_at, OutgoingLetter.audit_head_id,
               OutgoingLetter.audit_head_hash)
        .where(OutgoingLetter.audit_head_id.is_not(None))
        .order_by(OutgoingLetter.id)
    ).all()
    found = hashes_of(s, {r.audit_head_id for r in rows if r.audit_head_id is not None})
    problems = []
    for number, issued, head_id, head_hash in rows:
        if head_id is None:
            continue
        problem = recorded_head_problem(head_id, head_hash or "", found.get(head_id),
                                        "на момент регистрации")
        if problem:
            problems.append(
                f"исходящий № {number} от {local_time(issued):%d.%m.%Y}: {problem}")
    return problems
