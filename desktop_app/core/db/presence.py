"""Who has a database file open: one small locked file per open database.

Every program window and command that opens a database registers itself in
the folder ``<database>.sessions`` beside it: a ``.lock`` file it holds an
exclusive lock on while it runs, and a ``.json`` note saying who it is (the
program's part, the computer, the system user, the signed-in person, since
when). The operating system drops the lock when the process ends in any way,
SIGKILL and power cut included, so a note whose lock can be taken is stale
and is removed.

Restoring a backup replaces the database file; a process that still had it
open would go on writing into the replaced file and lose every write it
reports as saved. So a restore first takes ``restore.lock`` in the same
folder, then looks for other live sessions and refuses while there are any,
naming them; a database is not opened while a restore holds its lock. The
two steps are ordered (register, then look at the restore lock; take the
restore lock, then look at the sessions), so the two can never both pass.

If the folder cannot be written (read-only media, full disk), the database
still opens without a note: nothing is lost but the restore's warning.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import getpass
import json
import logging
import os
import socket
import uuid
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.locks import try_lock, unlock

log = logging.getLogger(__name__)

RESTORE_LOCK = "restore.lock"

# Session ids held by this process: never reported as "someone else".
_OWN: set[str] = set()


def sessions_dir(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".sessions")


@dataclass(frozen=True)
class SessionNote:
    """What another open session says about itself."""

    program: str
    host: str
    os_user: str
    user: str | None
    since: dt.datetime
    pid: int
    own: bool = False
    """This very process (the window or command that asks)."""

    def describe(self) -> str:
        local = self.since.astimezone().strftime("%d.%m.%Y %H:%M")
        who = f", пользователь программы «{self.user}»" if self.user else ""
        return (f"{self.program} на компьютере «{self.host}» (пользователь системы "
                f"«{self.os_user}»{who}, открыта с {local}, процесс {self.pid})")


class Presence:
    """This process's registration as a user of one database file."""

    def __init__(self, db_path: Path, program: str) -> None:
        self.folder = sessions_dir(db_path)
        self.id = f"{os.getpid()}-{uuid.uuid4().hex[:12]}"
        self.program = program
        self._fd: int | None = None
        self._note: dict[str, object] = {}

    @property
    def lock_path(self) -> Path:
        return self.folder / f"{self.id}.lock"

    @property
    def note_path(self) -> Path:
        return self.folder / f"{self.id}.json"

    def register(self) -> None:
        try:
            self.folder.mkdir(exist_ok=True)
            fd = try_lock(self.lock_path)
            if fd is None:  # pragma: no cover - a fresh random id is never held
                return
            self._fd = fd
            _OWN.add(self.id)
            self._note = {
                "program": self.program,
                "host": socket.gethostname(),
                "os_user": _os_user(),
                "user": None,
                "since": dt.datetime.now(dt.UTC).isoformat(),
                "pid": os.getpid(),
            }
            self._write_note()
        except OSError as exc:
            log.warning("cannot register the session in %s: %s", self.folder, exc)

    def signed_in(self, login: str | None) -> None:
        """Name the person working in this session (shown to a restore that is refused)."""
        if self._fd is None or self._note.get("user") == login:
            return
        self._note["user"] = login
        try:
            self._write_note()
        except OSError as exc:
            log.warning("cannot update the session note %s: %s", self.note_path, exc)

    def _write_note(self) -> None:
        tmp = self.note_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self._note, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.note_path)

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        _OWN.discard(self.id)
        for path in (self.note_path, self.lock_path):
            with contextlib.suppress(OSError):  # Windows: still open; cleaned up later
                path.unlink(missing_ok=True)
        unlock(fd)


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # pragma: no cover - no user database
        return "?"


def restore_in_progress(db_path: Path) -> bool:
    """True while a restore holds this database's restore lock."""
    path = sessions_dir(db_path) / RESTORE_LOCK
    if not path.exists():
        return False
    try:
        fd = try_lock(path)
    except OSError:
        return False
    if fd is None:
        return True
    unlock(fd)
    return False


def other_sessions(db_path: Path) -> list[SessionNote]:
    """Live sessions of other processes (or other windows); stale notes are removed."""
    return _sessions(db_path, include_own=False)


def all_sessions(db_path: Path) -> list[SessionNote]:
    """Every live session, this process's own ones marked ``own`` (oldest first)."""
    return sorted(_sessions(db_path, include_own=True), key=lambda n: n.since)


def _sessions(db_path: Path, *, include_own: bool) -> list[SessionNote]:
    folder = sessions_dir(db_path)
    if not folder.is_dir():
        return []
    found: list[SessionNote] = []
    for lock in sorted(folder.glob("*.lock")):
        session_id = lock.stem
        if lock.name == RESTORE_LOCK:
            continue
        note = lock.with_suffix(".json")
        if session_id in _OWN:
            if include_own:
                found.append(dataclasses.replace(_read_note(note), own=True))
            continue
        try:
            fd = try_lock(lock)
        except OSError:
            continue
        if fd is not None:  # nobody holds it: the process has ended
            for path in (note, lock):
                path.unlink(missing_ok=True)
            unlock(fd)
            continue
        found.append(_read_note(note))
    return found


def _read_note(path: Path) -> SessionNote:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return SessionNote(
            program=str(data.get("program") or "программа"),
            host=str(data.get("host") or "?"),
            os_user=str(data.get("os_user") or "?"),
            user=data.get("user") or None,
            since=dt.datetime.fromisoformat(str(data["since"])),
            pid=int(data.get("pid") or 0),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return SessionNote("программа", "?", "?", None, dt.datetime.now(dt.UTC), 0)


class RestoreLock:
    """Held while a restore replaces the file: no new session opens meanwhile."""

    def __init__(self, db_path: Path) -> None:
        self.path = sessions_dir(db_path) / RESTORE_LOCK
        self._fd: int | None = None

    def acquire(self) -> bool:
        self.path.parent.mkdir(exist_ok=True)
        self._fd = try_lock(self.path)
        return self._fd is not None

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            unlock(fd)
