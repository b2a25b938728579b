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

A queued sign-in does not reset the account's count of failed attempts (a
failure logged after it, but before the queue is written, must still count).
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

from sqlalchemy import String, cast, select
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

    def as_json(self) -> str:
        return json.dumps({"v": 1, "action": "sign_in", "event": self.event_id,
                           "user_id": self.user_id, "login": self.login,
                           "user_uuid": self.user_uuid,
                           "at": self.at.astimezone(dt.UTC).isoformat()}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> PendingSignIn:
        data = json.loads(text)
        if data.get("action") != "sign_in":
            raise ValueError(f"unknown pending action {data.get('action')!r}")
        at = dt.datetime.fromisoformat(str(data["at"]))
        return cls(user_id=int(data["user_id"]), login=str(data["login"]),
                   user_uuid=data.get("user_uuid"),
                   at=at if at.tzinfo else at.replace(tzinfo=dt.UTC),
                   event_id=str(data["event"]))


def queue(db_path: Path, event: PendingSignIn) -> None:
    """Keep ``event`` on disk until a write can log it (raises OSError if it cannot)."""
    folder = pending_dir(db_path)
    folder.mkdir(exist_ok=True)
    event_id = event.event_id or str(uuid.uuid4())
    stamped = PendingSignIn(event.user_id, event.login, event.user_uuid, event.at, event_id)
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


def _log(session: Session, event: PendingSignIn) -> None:
    audit.record(session, user_id=event.user_id, user_login=event.login, action="sign_in",
                 entity="user", entity_id=event.user_id, entity_uuid=event.user_uuid,
                 new={"event": event.event_id, "signed_in_at": event.at.isoformat(),
                      "queued": True})
    user = session.get(User, event.user_id)
    if user is not None and (user.last_login_at is None or user.last_login_at < event.at):
        user.last_login_at = event.at
