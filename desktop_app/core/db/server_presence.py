"""Who has the centre's server database open: one row per open window or command.

The server counterpart of :mod:`.presence` (a local file keeps locked notes
beside it; a server has no folder that every workstation sees). Each open
window or command inserts a row into ``workstation_sessions`` (migration 0013)
through a connection of its own that it keeps until it closes: the row names
the part of the program, the computer, the system user, the signed-in person,
since when, and the server process (``backend_pid``) of that connection.

- **Live** means that backend is still connected to this database
  (``pg_stat_activity``, whose ``pid`` and ``datname`` every role may read).
  A program that ends in any way (closed, killed, the computer switched off)
  loses its connection, so its row stops counting at once and is deleted by
  whoever looks next.
- **Closed** normally, the program deletes its own row.
- **Restore.** A restore of a server database is the administrator's job
  (``pg_restore``); :class:`ServerRestoreLock` is the same guard as the file's
  restore lock, a session-level advisory lock: a database is not opened
  while another session holds it.

If the row cannot be written (a role without rights on the table, the server
gone), the database still opens: nothing is lost but the list of who works.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import socket
import uuid
from typing import Any

from sqlalchemy import Connection, Engine, text
from sqlalchemy import exc as sa_exc

from .presence import _OWN, SessionNote, _os_user

log = logging.getLogger(__name__)

TABLE = "workstation_sessions"
RESTORE_LOCK_KEY = 0x52434932  # "RCI2": held while the database is being restored

_LIVE = (
    "EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.pid = s.backend_pid "
    "AND a.datname = current_database())"
)


def _autocommit(engine: Engine) -> Connection:
    return engine.connect().execution_options(isolation_level="AUTOCOMMIT")


class ServerPresence:
    """This process's row in ``workstation_sessions`` and the connection that keeps it live."""

    def __init__(self, engine: Engine, program: str) -> None:
        self.engine = engine
        self.program = program
        self.id = f"{os.getpid()}-{uuid.uuid4().hex[:12]}"
        self._conn: Connection | None = None
        self._login: str | None = None

    @property
    def registered(self) -> bool:
        return self._conn is not None

    def register(self) -> None:
        conn: Connection | None = None
        try:
            conn = _autocommit(self.engine)
            remove_stale(conn)
            conn.execute(text(
                f"INSERT INTO {TABLE} (session_key, program, host, os_user, login, "
                "backend_pid, os_pid) VALUES (:key, :program, :host, :os_user, NULL, "
                "pg_backend_pid(), :os_pid)"),
                {"key": self.id, "program": self.program[:100],
                 "host": socket.gethostname()[:255], "os_user": _os_user()[:255],
                 "os_pid": os.getpid()})
        except sa_exc.DBAPIError as exc:
            log.warning("cannot register the session on the server: %s", exc)
            if conn is not None:
                with contextlib.suppress(Exception):
                    conn.close()
            return
        self._conn = conn
        _OWN.add(self.id)

    def ensure(self) -> None:
        """Register again if the connection that kept the row was lost (the server
        restarted, the network dropped): the row went with it."""
        if self._conn is not None:
            try:
                self._conn.execute(text("SELECT 1"))
                return
            except sa_exc.DBAPIError:
                conn, self._conn = self._conn, None
                _OWN.discard(self.id)
                with contextlib.suppress(Exception):
                    conn.invalidate()
                    conn.close()
        login, self._login = self._login, None
        self.register()
        if login is not None:
            self.signed_in(login)

    def signed_in(self, login: str | None) -> None:
        """Name the person working in this session (shown in «Пользователи»)."""
        if self._conn is None or self._login == login:
            return
        self._login = login
        try:
            self._conn.execute(text(f"UPDATE {TABLE} SET login = :login WHERE session_key = :key"),
                               {"login": login, "key": self.id})
        except sa_exc.DBAPIError as exc:
            log.warning("cannot update the session row on the server: %s", exc)

    def release(self) -> None:
        if self._conn is None:
            return
        conn, self._conn = self._conn, None
        _OWN.discard(self.id)
        with contextlib.suppress(Exception):  # the server may be gone: the row is stale then
            conn.execute(text(f"DELETE FROM {TABLE} WHERE session_key = :key"), {"key": self.id})
        with contextlib.suppress(Exception):
            conn.close()


def remove_stale(conn: Connection) -> int:
    """Delete the rows of sessions whose connection has ended; how many were removed."""
    result = conn.execute(text(f"DELETE FROM {TABLE} s WHERE NOT {_LIVE}"))
    return int(result.rowcount or 0)


def server_sessions(engine: Engine, *, include_own: bool) -> list[SessionNote]:
    """Live sessions on the server, oldest first (this process's own marked ``own``)."""
    try:
        with _autocommit(engine) as conn:
            with contextlib.suppress(sa_exc.DBAPIError):
                remove_stale(conn)
            rows = conn.execute(text(
                f"SELECT session_key, program, host, os_user, login, since, os_pid "
                f"FROM {TABLE} s WHERE {_LIVE} ORDER BY since, id")).all()
    except sa_exc.DBAPIError as exc:
        log.warning("cannot read the sessions on the server: %s", exc)
        return []
    found: list[SessionNote] = []
    for row in rows:
        own = row[0] in _OWN
        if own and not include_own:
            continue
        found.append(SessionNote(program=str(row[1]), host=str(row[2]), os_user=str(row[3]),
                                 user=row[4] or None, since=_utc(row[5]), pid=int(row[6] or 0),
                                 own=own))
    return found


def _utc(value: Any) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    return dt.datetime.now(dt.UTC)


def server_restore_in_progress(engine: Engine) -> bool:
    """True while some session holds the restore lock of this database."""
    with engine.connect() as conn:
        held = conn.execute(text(
            "SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND "
            "database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
            "AND classid = 0 AND objid = :key AND objsubid = 1"),
            {"key": RESTORE_LOCK_KEY}).first()
    return held is not None


class ServerRestoreLock:
    """Held (a session-level advisory lock) while the server database is being restored."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._conn: Connection | None = None

    def acquire(self) -> bool:
        conn = _autocommit(self.engine)
        ok = bool(conn.execute(text("SELECT pg_try_advisory_lock(:key)"),
                               {"key": RESTORE_LOCK_KEY}).scalar())
        if not ok:
            conn.close()
            return False
        self._conn = conn
        return True

    def release(self) -> None:
        if self._conn is not None:
            conn, self._conn = self._conn, None
            with contextlib.suppress(Exception):
                conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": RESTORE_LOCK_KEY})
            with contextlib.suppress(Exception):
                conn.close()
