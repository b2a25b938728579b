"""What a crash leaves behind, and its removal.

A process killed at the wrong moment (power cut, SIGKILL, a full disk) can
leave: temporary ``*.part`` files of a copy or a file written all at once,
the ``<database>.restore`` staging copy of a restore, ``rci-import-*``
folders an exchange import unpacked into, session notes of ended processes,
and document files whose row was never committed. None of them is data
anybody was promised; all of them take space. For a database on the centre's
server there is also the local folder of copies of server documents made for
binding into a package: they are removed an hour after they were made, so
documents do not pile up on a workstation's disk.

Two sweeps:

- :func:`clean_at_start` runs whenever the program window or a command opens
  a database. It is cheap: it lists a few known folders, never walks the
  document store.
- :func:`repair` (``check --repair``) does the same and also removes document
  files no row refers to.

Neither ever removes a file a row refers to, nor one another live process
may still be writing: a temporary file is removed only when the process that
named itself in it has ended or, when the name says nothing, once it is older
than :data:`STALE_AFTER_SECONDS`; the restore staging copy only under the
restore lock; session notes only when nobody holds their lock.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop_app.core.db.presence import RestoreLock, other_sessions, sessions_dir
from desktop_app.core.documents.blobstore import BlobStore
from desktop_app.core.locks import is_in_use
from desktop_app.core.paths import backups_dir, blobs_dir
from desktop_app.core.services.document_store import DOCUMENTS_CACHE, store_for
from desktop_app.core.services.facade import Services

log = logging.getLogger(__name__)

#: A temporary file untouched this long belongs to no running operation.
STALE_AFTER_SECONDS = 3600.0

#: ``<target>.<pid>-<8 hex>.part``: a database copy in progress (see ``sqlite_backup``).
_COPY_PART = re.compile(r"\.(\d+)-[0-9a-f]{8}\.part$")
#: Folders an exchange import unpacks into, in the system's temporary folder.
IMPORT_TEMP_PREFIX = "rci-import-"


@dataclass(frozen=True)
class Leftover:
    """One removed leftover: the path and what it was (Russian, for the report)."""

    path: Path
    what: str

    def describe(self) -> str:
        return f"{self.what}: {self.path}"


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, but belongs to someone else
        return True
    return True


def _age(path: Path, now: float) -> float:
    try:
        return now - path.stat().st_mtime
    except OSError:
        return 0.0


def _remove(path: Path) -> bool:
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            with contextlib.suppress(OSError):
                os.chmod(path, 0o600)  # stored copies are read-only
            path.unlink()
    except FileNotFoundError:
        return False
    except OSError as exc:
        log.warning("cannot remove the leftover %s: %s", path, exc)
        return False
    return True


def _part_files(folder: Path, now: float, stale_after: float) -> Iterator[Path]:
    """``*.part`` files in ``folder`` (not below) that no live process is writing."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    for entry in sorted(entries):
        if not entry.name.endswith(".part") or not entry.is_file():
            continue
        named = _COPY_PART.search(entry.name)
        writer_ended = named is not None and not _pid_alive(int(named.group(1)))
        if writer_ended or _age(entry, now) >= stale_after:
            yield entry


def _restore_staging(db_path: Path) -> Iterator[Path]:
    staging = db_path.with_name(db_path.name + ".restore")
    if not staging.exists():
        return
    guard = RestoreLock(db_path)
    try:
        held = guard.acquire()
    except OSError:
        return
    try:
        if held and staging.exists():  # no restore is running: nobody will finish this copy
            yield staging
    finally:
        guard.release()


def _cached_copies(folder: Path, now: float, stale_after: float) -> Iterator[Path]:
    if not folder.is_dir():
        return
    for path in sorted(folder.rglob("*")):
        if path.is_file() and _age(path, now) >= stale_after:
            yield path


def _import_temp_dirs(now: float, stale_after: float) -> Iterator[Path]:
    root = Path(tempfile.gettempdir())
    try:
        entries = sorted(root.glob(IMPORT_TEMP_PREFIX + "*"))
    except OSError:
        return
    for entry in entries:
        if (entry.is_dir() and not entry.is_symlink() and _age(entry, now) >= stale_after
                and not is_in_use(entry)):  # an import still working in it, whatever its age
            yield entry


def _session_leftovers(db_path: Path, now: float, stale_after: float) -> list[Leftover]:
    folder = sessions_dir(db_path)
    if not folder.is_dir():
        return []
    before = {p.name for p in folder.iterdir()}
    other_sessions(db_path)  # removes the notes and locks nobody holds any more
    after = {p.name for p in folder.iterdir()}
    found = [Leftover(folder / name, "записка о закрытом сеансе")
             for name in sorted(before - after)]
    for entry in sorted(folder.iterdir()):
        lockless_note = entry.suffix == ".json" and not entry.with_suffix(".lock").exists()
        stale = (lockless_note or entry.suffix == ".tmp") and _age(entry, now) >= stale_after
        if stale and _remove(entry):
            found.append(Leftover(entry, "записка о закрытом сеансе"))
    return found


def clean_at_start(db_path: Path, *, stale_after: float = STALE_AFTER_SECONDS) -> list[Leftover]:
    """Remove crash leftovers around ``db_path`` (cheap: no walk of the document store).

    Best-effort: what cannot be removed (a read-only folder) stays and is logged.
    """
    db_path = Path(db_path)
    now = time.time()
    removed: list[Leftover] = []
    try:
        removed += _session_leftovers(db_path, now, stale_after)
        for path in _restore_staging(db_path):
            if _remove(path):
                removed.append(Leftover(path, "незавершённое восстановление из копии"))
        for folder in (db_path.parent, backups_dir(db_path)):
            for path in _part_files(folder, now, stale_after):
                if _remove(path):
                    removed.append(Leftover(path, "недописанный временный файл"))
        store = BlobStore(blobs_dir(db_path))
        for path in _part_files(store.root / "tmp", now, stale_after):
            if _remove(path):
                removed.append(Leftover(path, "недописанный файл документа"))
        for path in _cached_copies(db_path.parent / DOCUMENTS_CACHE, now, stale_after):
            if _remove(path):
                removed.append(Leftover(path, "копия документа с сервера для печати"))
        for path in _import_temp_dirs(now, stale_after):
            if _remove(path):
                removed.append(Leftover(path, "временная папка прерванного импорта"))
    except OSError as exc:
        log.warning("leftover cleanup of %s stopped: %s", db_path, exc)
    for item in removed:
        log.info("removed a leftover: %s", item.path)
    return removed


def _subfolders(root: Path) -> list[Path]:
    """``root`` and every folder below it (for the full sweep of ``check --repair``)."""
    if not root.is_dir():
        return []
    found = [root]
    for dirpath, dirnames, _files in os.walk(root):
        dirnames.sort()
        found.extend(Path(dirpath) / d for d in dirnames)
    return found


_REFERENCES = (
    "SELECT sha256 FROM blobs",
    "SELECT blob_sha256 FROM document_files",
    "SELECT pdf_sha256 FROM outgoing_register WHERE pdf_sha256 IS NOT NULL",
    "SELECT logo_sha256 FROM organization_profile WHERE logo_sha256 IS NOT NULL",
)


def referenced_blobs(services: Services) -> set[str]:
    """Every SHA-256 a row of the database refers to."""
    with services.db.read() as s:
        return _referenced_in(s)


def _referenced_in(s: Session) -> set[str]:
    found: set[str] = set()
    for query in _REFERENCES:
        found.update(str(r[0]) for r in s.execute(text(query)))
    return found


def repair(services: Services, *, stale_after: float = STALE_AFTER_SECONDS) -> list[Leftover]:
    """``check --repair``: :func:`clean_at_start`, then stored document files no row
    refers to (only those older than ``stale_after``: a younger one may belong to an
    attachment another window is saving right now)."""
    from desktop_app.core.services.backup import DOCUMENTS, load_policy

    removed = clean_at_start(services.db_path, stale_after=stale_after)
    store = store_for(services.db)
    now = time.time()
    # temporary files anywhere in the document store and the backup folders
    folders = {backups_dir(services.db_path), load_policy(services).target_folder(services.db_path)}
    for folder in sorted(folders):
        for sub in (folder, *_subfolders(folder / DOCUMENTS)):
            for path in _part_files(sub, now, stale_after):
                if _remove(path):
                    removed.append(Leftover(path, "недописанный временный файл"))
    if isinstance(store, BlobStore):
        for sub in _subfolders(store.root):
            for path in _part_files(sub, now, stale_after):
                if _remove(path):
                    removed.append(Leftover(path, "недописанный файл документа"))
    referenced = referenced_blobs(services)
    old = []
    for sha in list(store.iter_blobs()):
        if sha in referenced:
            continue
        moment = store.stored_at(sha)
        if moment is None or now - moment < stale_after:
            continue
        old.append(sha)
    what = "файл документа, на который не ссылается ни одна запись"
    if isinstance(store, BlobStore):
        for sha in old:
            # read again just before removing: a row committed meanwhile keeps the file
            if sha in referenced_blobs(services):
                continue
            path = store.path_for(sha)
            if store.delete(sha):
                removed.append(Leftover(path, what))
                log.info("removed an unreferenced document file %s", sha)
    elif old:
        # on the server: under the write lock, with the references read in the same
        # transaction, so a row committed meanwhile keeps its file
        with services.db.write() as s:
            still = _referenced_in(s)
            for sha in old:
                if sha not in still and store.delete(sha, session=s):
                    removed.append(Leftover(Path("blob_contents") / sha, what))
                    log.info("removed an unreferenced document file %s", sha)
    return removed


__all__ = ["IMPORT_TEMP_PREFIX", "STALE_AFTER_SECONDS", "Leftover", "clean_at_start",
           "referenced_blobs", "repair"]
