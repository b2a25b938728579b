"""The erasure ledger: a file beside the database that lists every erasure.

A 152-ФЗ erasure must survive a restore. The ``contact_erasures`` table
travels in backups, but a copy made before an erasure does not know of it;
restoring that copy would silently bring the person's data back. So every
erasure is also appended to ``<database>.erasures`` (like the audit anchor,
outside the database), and a restore re-applies every entry whose contact
still has data (see :meth:`.personal_data.PersonalDataService.reapply_ledger`).

The file holds no personal data: one JSON line per erasure with the
erasure's and the contact's UUIDs, the time and the stated reason. It is only
ever appended to (through the atomic writer), each line on disk before the
erasure's transaction commits (a ledger line whose erasure did not commit is harmless: the
contact is erased when the ledger is next applied, which is what was asked,
and ``check`` names it until then).

On the centre's server (decision)
    The database is shared, the ledger is not: each workstation keeps one in
    its local folder for that server database
    (``<data>/servers/<host>-<port>-<db>/<db>.server.erasures``). A
    workstation appends the erasure it makes and, in the same write (under
    the program's write lock), every other erasure the database holds, so the
    ledger of any workstation that erased lists everything erased until then.
    ``check`` reports a ledger entry whose contact has data again (an older
    copy was restored); it does not report an erasure missing from this
    workstation's ledger (another workstation made it). A restore on the
    server re-applies the erasures of the database it replaces (``restore
    --replace`` reads them before dropping it) and those of the restoring
    workstation's ledger for that database; a restore into a new, empty
    database of the same name finds that ledger too. Any workstation can
    re-apply its own ledger later with ``erasure reapply``.

Restored under another name
    A copy may be restored into a database of another name (a file elsewhere,
    a new database on the server). The ledger that knows the erasures made
    after the copy is the one of the database the copy was made of, so the
    restore reads that one as well: for a file, the copy's description
    (``<copy>.manifest.json``) names its database; a server copy's listing
    names its database, whose ledgers this workstation keeps under
    ``servers/*/<that name>.server.erasures`` (and whose erasure rows, acts
    included, are read when it is still on the same server). The erasures are
    applied again and the ledger of the database restored into lists them all
    from then on: the ledger follows the data.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.errors import UserError
from desktop_app.core.files import write_atomically

log = logging.getLogger(__name__)

VERSION = 1


def ledger_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".erasures")


@dataclass(frozen=True)
class LedgerEntry:
    erasure_uuid: str
    contact_uuid: str
    erased_at: dt.datetime
    reason: str

    def line(self) -> str:
        return json.dumps({"v": VERSION, "erasure": self.erasure_uuid,
                           "contact": self.contact_uuid,
                           "at": self.erased_at.astimezone(dt.UTC).isoformat(),
                           "reason": self.reason}, ensure_ascii=False)


@dataclass
class Ledger:
    entries: list[LedgerEntry] = field(default_factory=list)
    unreadable: list[int] = field(default_factory=list)
    """Numbers of lines that could not be read (a line torn by a crash)."""

    def erasure_uuids(self) -> set[str]:
        return {e.erasure_uuid for e in self.entries}


def read_ledger(db_path: Path) -> Ledger:
    """Every readable entry, in the order written (no file: an empty ledger)."""
    ledger = Ledger()
    try:
        text = ledger_path(db_path).read_text(encoding="utf-8")
    except FileNotFoundError:
        return ledger
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            at = dt.datetime.fromisoformat(str(data["at"]))
            if at.tzinfo is None:
                at = at.replace(tzinfo=dt.UTC)
            ledger.entries.append(LedgerEntry(
                erasure_uuid=str(data["erasure"]), contact_uuid=str(data["contact"]),
                erased_at=at, reason=str(data.get("reason") or "")))
        except (ValueError, KeyError, TypeError):
            ledger.unreadable.append(number)
    return ledger


def append_entries(db_path: Path, entries: Iterable[LedgerEntry]) -> None:
    """Add ``entries`` at the end (raises OSError when the file cannot be written).

    The whole file is rewritten through the one atomic writer: a crash leaves
    the old ledger or the new one, never a torn line. Callers append inside
    their database write transaction, which also keeps two processes from
    appending at once. Erasures are rare, so the file stays small.
    """
    lines = [e.line() for e in entries]
    if not lines:
        return
    path = ledger_path(db_path)
    try:
        old = path.read_bytes()
    except FileNotFoundError:
        old = b""
    if old and not old.endswith(b"\n"):
        old += b"\n"
    write_atomically(path, old + ("\n".join(lines) + "\n").encode("utf-8"))


def add_missing(db_path: Path, entries: Iterable[LedgerEntry]) -> int:
    """Append those of ``entries`` the ledger does not list yet; how many were added.

    A ledger that cannot be written is logged, not raised: the caller's data
    is already safe, and ``check`` reports the missing entries.
    """
    known = read_ledger(db_path).erasure_uuids()
    missing = [e for e in entries if e.erasure_uuid not in known]
    try:
        append_entries(db_path, missing)
    except (OSError, UserError) as exc:
        log.warning("cannot append to the erasure ledger beside %s: %s", db_path, exc)
        return 0
    return len(missing)
