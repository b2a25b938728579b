"""Events that could not wait for the write lock, kept until the next write.

Signing in only reads what it needs to decide; recording the sign-in is a
write. While another window or command holds the write lock for long (an
import of thousands of rows), a command that only reads must not wait for it
or die of ``database is locked``. So a successful sign-in that finds the
database busy leaves its event in a small file in ``<database>.pending``
(written atomically, before the sign-in is answered) and goes on. Every
write unit of work (:meth:`ServiceContext.write`, in any process, the long
import's own next batch included) first moves the waiting events into the
event log in its own transaction, and the files are removed only after that
transaction commits: an event is never lost, and an entry already in the log
(a crash between the commit and the removal) is not written twice.

A queued sign-in resets the account's count of failed attempts when it is
logged, as an immediate sign-in does, but only the attempts that came before
it: the event carries the last log entry its password check could see, and a
failure logged after that entry (before the queue was written) still counts.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import String, cast, func, select
from sqlalchemy.orm import Session

from desktop_app.core.db.models import AuditEntry, User
from desktop_app.core.files import write_atomically

from . import audit

log = logging.getLogger(__name__)


def pending_dir(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".pending")


@dataclass(frozen=True)
class PendingSignIn:
    """A successful sign-in not yet in the event log."""

    user_id: int
    login: str
    user_uuid: str | None
    at: dt.datetime
    event_id: str = ""
    seen_entry: int | None = None
    """The last event-log entry the sign-in's password check could see (None: unknown,
    then the count of failed attempts is left as it is)."""

    def as_json(self) -> str:
        return json.dumps({"v": 1, "action": "sign_in", "event": self.event_id,
                           "user_id": self.user_id, "login": self.login,
                           "user_uuid": self.user_uuid,
                           "at": self.at.astimezone(dt.UTC).isoformat(),
                           "seen_entry": self.seen_entry}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> PendingSignIn:
        data = json.loads(text)
        if data.get("action") != "sign_in":
            raise ValueError(f"unknown pending action {data.get('action')!r}")
        at = dt.datetime.fromisoformat(str(data["at"]))
        return cls(user_id=int(data["user_id"]), login=str(data["login"]),
                   user_uuid=data.get("user_uuid"),
                   at=at if at.tzinfo else at.replace(tzinfo=dt.UTC),
                   event_id=str(data["event"]),
                   seen_entry=None if data.get("seen_entry") is None
                   else int(data["seen_entry"]))


def queue(db_path: Path, event: PendingSignIn) -> None:
    """Keep ``event`` on disk until a write can log it (raises OSError if it cannot)."""
    folder = pending_dir(db_path)
    folder.mkdir(exist_ok=True)
    event_id = event.event_id or str(uuid.uuid4())
    stamped = PendingSignIn(event.user_id, event.login, event.user_uuid, event.at, event_id,
                            event.seen_entry)
    name = f"{event.at.astimezone(dt.UTC):%Y%m%dT%H%M%S%f}-{event_id}.json"
    write_atomically(folder / name, stamped.as_json().encode("utf-8"))


def waiting(db_path: Path) -> list[Path]:
    """The files of events not yet logged, oldest first."""
    try:
        return sorted(p for p in pending_dir(db_path).iterdir() if p.suffix == ".json")
    except OSError:   # no folder: nothing waits (the usual case, one failed stat)
        return []


def drain(session: Session, db_path: Path) -> list[Path]:
    """Log every waiting event in ``session``'s transaction; the files to remove once
    it has committed (:func:`forget`)."""
    done: list[Path] = []
    for path in waiting(db_path):
        try:
            event = PendingSignIn.from_json(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("pending event %s cannot be read (%s): set aside", path.name, exc)
            with contextlib.suppress(OSError):
                path.rename(path.with_suffix(".unreadable"))
            continue
        if not _logged(session, event):
            _log(session, event)
        done.append(path)
    return done


def forget(paths: Iterable[Path]) -> None:
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:   # logged already; a later drain skips it as a duplicate
            log.warning("cannot remove the pending event %s: %s", path.name, exc)


def _logged(session: Session, event: PendingSignIn) -> bool:
    return session.execute(
        select(AuditEntry.id).where(
            AuditEntry.action == "sign_in",
            AuditEntry.entity_id == str(event.user_id),
            AuditEntry.at >= event.at,
            cast(AuditEntry.new_values, String).contains(event.event_id),
        ).limit(1)
    ).first() is not None


#: Actions that count a wrong password against an account (see ``UserService._failure``).
FAILURE_ACTIONS = ("sign_in_failed", "session_unlock_failed")


def _failures_after(session: Session, user_id: int, entry_id: int) -> int:
    return int(session.execute(
        select(func.count()).select_from(AuditEntry).where(
            AuditEntry.id > entry_id,
            AuditEntry.entity == "user",
            AuditEntry.entity_id == str(user_id),
            AuditEntry.action.in_(FAILURE_ACTIONS),
        )
    ).scalar_one())


def _log(session: Session, event: PendingSignIn) -> None:
    user = session.get(User, event.user_id)
    new: dict[str, object] = {"event": event.event_id, "signed_in_at": event.at.isoformat(),
                              "queued": True}
    if user is not None and event.seen_entry is not None:
        # the success wipes the failures before it; those after it still count
        later = _failures_after(session, user.id, event.seen_entry)
        if later == 0:
            user.failed_attempts = 0
            if user.locked_until is not None and user.locked_until <= event.at:
                user.locked_until = None
        else:
            user.failed_attempts = min(user.failed_attempts or 0, later)
        new["failed_attempts"] = user.failed_attempts
    audit.record(session, user_id=event.user_id, user_login=event.login, action="sign_in",
                 entity="user", entity_id=event.user_id, entity_uuid=event.user_uuid,
                 new=new)
    if user is not None and (user.last_login_at is None or user.last_login_at < event.at):
        user.last_login_at = event.at
