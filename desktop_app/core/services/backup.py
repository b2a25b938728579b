"""Backups and restore: the database (SQLite backup API) plus the document files.

Layout of a backup folder (a second disk or a USB drive, configurable)::

    <folder>/<db stem>-YYYYmmdd-HHMMSS-<reason>.sqlite3   one file per backup
    <folder>/documents/ab/cd/<sha256>                   document files, shared

Document files are content-addressed and immutable, so they are copied
incrementally: only those the folder does not have yet, each re-hashed while
it is copied and renamed into place only when the hash matches. Every database
copy is checked with ``integrity_check`` after writing.

Beside every copy, ``<copy>.manifest.json`` describes it: when and why it was
made and the event log's head in the copy (the last entry's number and hash,
and the first entry's hash, which names the log). ``check`` compares every
described head with the live log: a head that is gone or changed means the log
was cut or rewritten after the copy. A restore puts an older log in place;
copies whose head is not in the restored log are then marked as belonging to
the replaced history and are no longer compared.

Rotation keeps the newest ``keep_recent`` copies plus the newest copy of each of
the last ``keep_daily`` days, ``keep_weekly`` ISO weeks and ``keep_monthly``
months. Other copies (pre-migration backups, files of other names) are never
touched.

Restore checks the candidate (SQLite header, integrity, schema not newer than
this program, event-log chain) on a private copy next to the database, backs
up the current state, then replaces the database atomically (``os.replace``)
with every connection closed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from desktop_app.core.db.engine import (
    DatabaseError,
    known_revisions,
    sqlite_backup,
)
from desktop_app.core.db.models import AuditEntry, Setting
from desktop_app.core.db.presence import RestoreLock, other_sessions
from desktop_app.core.documents.blobstore import BlobStore
from desktop_app.core.errors import InputError
from desktop_app.core.files import atomic_writer, fsync_dir
from desktop_app.core.formatting import utcnow
from desktop_app.core.paths import backups_dir, blobs_dir
from desktop_app.core.services.audit import (
    hashes_of,
    recorded_head_problem,
    reset_anchor,
    verify_chain,
)
from desktop_app.core.services.context import Actor, Permission
from desktop_app.core.services.facade import Services
from desktop_app.core.services.personal_data import ErasureResult

log = logging.getLogger(__name__)

SETTING_KEY = "backup.policy"
DOCUMENTS = "documents"
_NAME_RE = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<reason>[a-z\-]+))?\.sqlite3$")
_CHUNK = 1024 * 1024
MANIFEST_SUFFIX = ".manifest.json"


@dataclass(frozen=True)
class BackupPolicy:
    folder: str | None = None          # None: the "backups" folder beside the database
    keep_recent: int = 10
    keep_daily: int = 7
    keep_weekly: int = 4
    keep_monthly: int = 12
    interval_minutes: int = 30
    on_close: bool = True

    def target_folder(self, db_path: Path) -> Path:
        return Path(self.folder).expanduser() if self.folder else backups_dir(db_path)


@dataclass
class BackupResult:
    path: Path
    blobs_copied: int = 0
    blobs_present: int = 0
    blob_problems: list[str] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    audit_id: int = 0


@dataclass
class RestoreResult:
    restored_from: Path
    safety_backup: Path | None
    blobs_restored: int = 0
    missing_blobs: list[str] = field(default_factory=list)
    reerased: list[ErasureResult] = field(default_factory=list)
    """Contacts erased again: the restored copy predates their erasure (with new acts)."""
    reerase_problem: str | None = None


# --- policy -------------------------------------------------------------------

def load_policy(services: Services) -> BackupPolicy:
    with services.db.read() as s:
        row = s.get(Setting, SETTING_KEY)
        data = dict(row.value) if row is not None and row.value else {}
    known = {k: v for k, v in data.items() if k in BackupPolicy.__dataclass_fields__}
    try:
        return BackupPolicy(**known)
    except TypeError:
        return BackupPolicy()


def save_policy(services: Services, policy: BackupPolicy) -> None:
    """Store the policy (administrator only); counts must be 0…1000, interval 1…1440."""
    services.ctx.require(Permission.RESTORE)
    for name in ("keep_recent", "keep_daily", "keep_weekly", "keep_monthly"):
        value = getattr(policy, name)
        if not isinstance(value, int) or not 0 <= value <= 1000:
            raise InputError(f"Хранение копий ({name}): ожидается целое число от 0 до 1000")
    if policy.keep_recent < 1:
        raise InputError("Хранить последних копий: не меньше одной")
    if not 1 <= policy.interval_minutes <= 1440:
        raise InputError("Интервал автоматических копий: от 1 до 1440 минут")
    if policy.folder:
        folder = Path(policy.folder).expanduser()
        if folder.resolve() == services.db_path.parent.resolve():
            raise InputError(
                "Папка резервных копий: выберите другую папку, не ту, где лежит база"
            )
    with services.ctx.write() as s:
        services.ctx.save_setting(s, SETTING_KEY, asdict(policy))


# --- making a backup ----------------------------------------------------------

class _ContentMismatch(Exception):
    """The bytes read do not hash to the expected SHA-256."""


def copy_verified(src: Path, dst: Path, expected_sha256: str) -> bool:
    """Copy ``src`` to ``dst`` all at once, and only if its SHA-256 is as expected.

    Returns False (and leaves nothing behind) when the content does not match.
    """
    dst.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    try:
        with open(src, "rb") as fin, atomic_writer(dst) as fout:
            while chunk := fin.read(_CHUNK):
                digest.update(chunk)
                fout.write(chunk)
            if digest.hexdigest() != expected_sha256:
                raise _ContentMismatch
    except _ContentMismatch:
        return False
    return True


def _copy_blobs(source: BlobStore, target: BlobStore, shas: list[str], result: Any) -> None:
    for sha in shas:
        dst = target.path_for(sha)
        if dst.is_file():
            result.blobs_present += 1
            continue
        src = source.path_for(sha)
        if not src.is_file():
            result.blob_problems.append(f"файл документа {sha} отсутствует в хранилище")
            continue
        if copy_verified(src, dst, sha):
            result.blobs_copied += 1
        else:
            result.blob_problems.append(
                f"файл документа {sha} изменён на диске (контрольная сумма не совпадает): "
                "не скопирован"
            )


def backup_file_name(db_path: Path, when: dt.datetime, reason: str) -> str:
    tag = re.sub(r"[^a-z\-]", "", reason.lower()) or "manual"
    return f"{db_path.stem}-{when:%Y%m%d-%H%M%S}-{tag}.sqlite3"


def backup_before_import(services: Services) -> BackupResult | None:
    """The automatic copy taken before an import writes anything.

    Only for a database that already holds work (an empty one has nothing to
    lose) and only for those allowed to make backups; a failure to copy stops
    the import with the reason, since importing without the promised copy is
    exactly what the copy protects against.
    """
    if not services.ctx.actor.can(Permission.BACKUP) or services.db.is_server:
        # on the centre's server, copies are the server administrator's (README); the
        # import itself is one transaction that lands whole or not at all
        return None
    if services.db.is_server:
        # the import is one transaction; the server's backups are its administrator's
        # (see server_backup): a workstation does not dump the centre's database
        return None
    with services.db.read() as s:
        has_data = s.execute(select(func.count()).select_from(AuditEntry)).scalar_one() > 0
    if not has_data:
        return None
    return make_backup(services, reason="before-import")


def make_backup(
    services: Services,
    *,
    reason: str = "manual",
    policy: BackupPolicy | None = None,
    folder: Path | None = None,
    now: dt.datetime | None = None,
    rotate_after: bool = True,
) -> BackupResult:
    """Back up the database and its document files; verify; rotate old copies.

    On the centre's server see :mod:`.server_backup` instead (one ``pg_dump`` file
    holds the database and its documents).

    A copy holds everything, the event log and password hashes included, so a
    copy into a folder other than the configured one is for supervisors and
    administrators; a consultant's copy goes to the configured folder only.
    """
    services.ctx.require(Permission.BACKUP)
    if services.db.is_server:
        raise InputError(
            "База находится на сервере центра: её резервные копии делает администратор "
            "сервера (или команда backup --to ФАЙЛ, которая сохраняет базу вместе с "
            "документами в один файл)")
    stored = load_policy(services)
    policy = policy or stored
    folder = Path(folder) if folder is not None else policy.target_folder(services.db_path)
    configured = stored.target_folder(services.db_path)
    if folder.resolve() != configured.resolve():
        services.ctx.require(Permission.BACKUP_ANYWHERE)
    when = (now or dt.datetime.now()).replace(microsecond=0)
    with services.db.read() as s:
        audit_id = int(s.execute(select(func.coalesce(func.max(AuditEntry.id), 0))).scalar_one())
    # The copy is written by the SQLite online backup API (a consistent snapshot of
    # a live database, to a temporary file then linked into place). Another window
    # or command may be backing up the same database this second: the copy takes
    # the first free name, atomically (never one the other wrote).
    for n in range(600):
        target = folder / backup_file_name(
            services.db_path, when + dt.timedelta(seconds=n), reason)
        if target.exists():
            continue
        try:
            sqlite_backup(services.db_path, target, exclusive=True)
            break
        except FileExistsError:
            continue
    else:  # pragma: no cover - 600 backups of one database in the same ten minutes
        raise InputError(f"Резервная копия: в папке «{folder}» нет свободного имени")
    result = BackupResult(path=target, audit_id=audit_id)
    _describe(target, reason, result, services.db_path)
    fsync_dir(folder)
    source = BlobStore(blobs_dir(services.db_path))
    _copy_blobs(source, BlobStore(folder / DOCUMENTS), list(source.iter_blobs()), result)
    if rotate_after:
        result.removed = rotate(folder, services.db_path.stem, policy)
    return result


# --- the description beside each copy ------------------------------------------

def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + MANIFEST_SUFFIX)


@dataclass(frozen=True)
class BackupManifest:
    """What ``<copy>.manifest.json`` says about a copy."""

    backup: str
    made_at: str
    reason: str
    audit_head_id: int | None
    audit_head_hash: str | None
    audit_first_hash: str | None
    superseded: str | None = None
    """Set by a restore that put a log without this copy's head in place (why)."""
    source: str | None = None
    """The database file the copy was made of (absolute): a restore of the copy into
    a database of another name applies that database's erasure ledger too."""


def _head_of_copy(path: Path) -> tuple[int, str, str] | None:
    """(last id, last hash, first hash) of the event log inside a copy."""
    conn = _read_only(path)
    try:
        last = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        first = conn.execute("SELECT hash FROM audit_log ORDER BY id LIMIT 1").fetchone()
    finally:
        conn.close()
    if last is None or first is None:
        return None
    return int(last[0]), str(last[1]), str(first[0])


def write_manifest(backup: Path, manifest: BackupManifest) -> None:
    with atomic_writer(manifest_path(backup), text=True) as fh:
        json.dump(asdict(manifest), fh, ensure_ascii=False, indent=1)


def describe_copy(backup: Path, reason: str, source: Path | None = None) -> BackupManifest:
    """Write the description of a finished copy, its log's head read from the copy itself
    (so the head is exactly the one the copy holds); ``source``: the database copied."""
    head = _head_of_copy(backup)
    manifest = BackupManifest(
        backup=backup.name, made_at=utcnow().isoformat(), reason=reason,
        audit_head_id=head[0] if head else None, audit_head_hash=head[1] if head else None,
        audit_first_hash=head[2] if head else None,
        source=str(source.resolve()) if source is not None else None,
    )
    write_manifest(backup, manifest)
    return manifest


def _describe(backup: Path, reason: str, result: BackupResult, source: Path) -> None:
    try:
        describe_copy(backup, reason, source)
    except (OSError, sqlite3.Error, InputError) as exc:  # the copy itself is made and checked
        log.warning("cannot describe the backup %s: %s", backup, exc)
        result.blob_problems.append(
            f"описание копии «{backup.name}» (конец журнала событий) не записано: {exc}; "
            "команда check не сможет сверить с ней журнал")


def read_manifest(backup: Path) -> BackupManifest | None:
    """The description of a copy, or None (older copies have none; unreadable ones too)."""
    try:
        data = json.loads(manifest_path(backup).read_text(encoding="utf-8"))
        known = {k: data[k] for k in BackupManifest.__dataclass_fields__ if k in data}
        manifest = BackupManifest(**known)
    except (OSError, ValueError, TypeError):
        return None
    if manifest.audit_head_id is not None and not isinstance(manifest.audit_head_id, int):
        return None
    return manifest


def _checked_folders(db_path: Path, policy: BackupPolicy) -> list[Path]:
    """The folders ``check`` and a restore look at: the configured one and the default."""
    folders: list[Path] = []
    for folder in (policy.target_folder(db_path), backups_dir(db_path)):
        if not any(folder.resolve() == f.resolve() for f in folders):
            folders.append(folder)
    return folders


def _described_copies(folders: list[Path], stem: str) -> list[tuple[Path, BackupManifest]]:
    found = []
    for folder in folders:
        for _when, path in list_backups(folder, stem):
            manifest = read_manifest(path)
            if (manifest is not None and manifest.superseded is None
                    and manifest.audit_head_id is not None and manifest.audit_head_hash):
                found.append((path, manifest))
    return found


def backup_head_problems(services: Services, s: Session) -> list[str]:
    """Every described copy's log head must still be in the live log, unchanged."""
    copies = _described_copies(_checked_folders(services.db_path, load_policy(services)),
                               services.db_path.stem)
    if not copies:
        return []
    first = s.execute(select(AuditEntry.hash).order_by(AuditEntry.id).limit(1)).scalar_one_or_none()
    found = hashes_of(s, {m.audit_head_id for _, m in copies if m.audit_head_id is not None})
    problems = []
    for path, m in copies:
        assert m.audit_head_id is not None and m.audit_head_hash is not None
        if m.audit_first_hash and m.audit_first_hash != first:
            problems.append(
                f"резервная копия «{path.name}» ({path.parent}): журнал событий в базе "
                "начинается не так, как в этой копии: журнал удалён целиком или файл базы "
                "подменён (если базу создали заново, перенесите старые копии в другую папку)")
            continue
        problem = recorded_head_problem(m.audit_head_id, m.audit_head_hash,
                                        found.get(m.audit_head_id), "на момент копирования")
        if problem:
            problems.append(f"резервная копия «{path.name}» ({path.parent}): {problem}")
    return problems


def _supersede_manifests(
    restored: Path, stem: str, folders: list[Path], restored_from: Path
) -> None:
    """Before a restore puts ``restored`` in place: copies whose head its log does not hold
    belong to the history being replaced; say so in their description, so that check
    no longer compares them. Done before the swap, so that a restore stopped half-way
    can never leave copies that check would report as a cut log (stopped between the
    two, the copies are only no longer compared)."""
    conn = sqlite3.connect(restored)  # only reads; a read-only open may lack the WAL index
    try:
        first_row = conn.execute("SELECT hash FROM audit_log ORDER BY id LIMIT 1").fetchone()
        first = first_row[0] if first_row else None
        note = (f"база восстановлена {utcnow():%d.%m.%Y %H:%M} UTC из копии "
                f"«{restored_from.name}»; журнал этой копии в восстановленную базу не входит")
        for path, m in _described_copies(folders, stem):
            row = conn.execute("SELECT hash FROM audit_log WHERE id = ?",
                               (m.audit_head_id,)).fetchone()
            same_log = not m.audit_first_hash or m.audit_first_hash == first
            if same_log and row is not None and row[0] == m.audit_head_hash:
                continue
            try:
                write_manifest(path, BackupManifest(**{**asdict(m), "superseded": note}))
            except (OSError, InputError) as exc:
                log.warning("cannot mark the backup %s as superseded: %s", path, exc)
    finally:
        conn.close()


def list_backups(folder: Path, stem: str) -> list[tuple[dt.datetime, Path]]:
    """Backups of the database ``stem`` in ``folder``, newest first."""
    found: list[tuple[dt.datetime, Path]] = []
    if not folder.is_dir():
        return found
    for entry in folder.iterdir():
        m = _NAME_RE.match(entry.name)
        if not m or m.group("stem") != stem or not entry.is_file():
            continue
        if m.group("reason") and m.group("reason").startswith("before-migration"):
            continue
        try:
            when = dt.datetime.strptime(m.group("stamp"), "%Y%m%d-%H%M%S")
        except ValueError:
            continue
        found.append((when, entry))
    found.sort(key=lambda item: (item[0], item[1].name), reverse=True)
    return found


def select_kept(stamps: list[dt.datetime], policy: BackupPolicy) -> set[dt.datetime]:
    """Grandfather-father-son: which of ``stamps`` (any order) rotation keeps."""
    ordered = sorted(set(stamps), reverse=True)
    keep = set(ordered[: policy.keep_recent])

    def bucket(key: Callable[[dt.datetime], Any], count: int) -> None:
        seen: list[Any] = []
        for stamp in ordered:
            k = key(stamp)
            if k in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(k)
            keep.add(stamp)

    bucket(lambda d: d.date(), policy.keep_daily)
    bucket(lambda d: d.isocalendar()[:2], policy.keep_weekly)
    bucket(lambda d: (d.year, d.month), policy.keep_monthly)
    return keep


def rotate(folder: Path, stem: str, policy: BackupPolicy) -> list[Path]:
    """Delete the copies the policy does not keep; then document files no copy needs."""
    backups = list_backups(folder, stem)
    kept = select_kept([w for w, _ in backups], policy)
    removed: list[Path] = []
    for when, path in backups:
        if when not in kept:
            path.unlink(missing_ok=True)
            manifest_path(path).unlink(missing_ok=True)
            removed.append(path)
    if removed:
        _prune_blobs(folder, [p for _, p in list_backups(folder, stem)])
    return removed


def _prune_blobs(folder: Path, remaining: list[Path]) -> None:
    """Remove document files no remaining copy refers to (only if every copy is readable)."""
    store = BlobStore(folder / DOCUMENTS)
    needed: set[str] = set()
    others = [p for p in folder.glob("*.sqlite3") if p not in remaining]
    for path in [*remaining, *others]:
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                needed.update(r[0] for r in conn.execute("SELECT sha256 FROM blobs"))
            finally:
                conn.close()
        except sqlite3.Error:
            return  # unreadable copy: keep every file rather than guess
    for sha in list(store.iter_blobs()):
        if sha not in needed:
            store.delete(sha)


# --- automatic backups ------------------------------------------------------

class AutoBackup:
    """Decides when an automatic copy is due (Qt-free; the GUI drives it with a timer).

    A copy is due every ``interval_minutes`` while the event log has grown (every
    write is logged, so a new entry means a change), and on close.
    """

    def __init__(self, services: Services, policy: BackupPolicy | None = None) -> None:
        self.services = services
        self.policy = policy or load_policy(services)
        self.last_audit_id = self._audit_head()
        self.last_at = utcnow()
        self.last_result: BackupResult | None = None

    def _audit_head(self) -> int:
        with self.services.db.read() as s:
            return int(s.execute(select(func.coalesce(func.max(AuditEntry.id), 0))).scalar_one())

    def has_changes(self) -> bool:
        return self._audit_head() > self.last_audit_id

    @property
    def enabled(self) -> bool:
        """False on the centre's server: its copies are the server administrator's job."""
        return not self.services.db.is_server

    def due(self, now: dt.datetime | None = None) -> bool:
        if not self.enabled:
            return False
        now = now or utcnow()
        interval = dt.timedelta(minutes=self.policy.interval_minutes)
        return now - self.last_at >= interval and self.has_changes()

    def run(self, reason: str = "auto") -> BackupResult:
        result = make_backup(self.services, reason=reason, policy=self.policy)
        self.last_audit_id = max(result.audit_id, self.last_audit_id)
        self.last_at = utcnow()
        self.last_result = result
        return result

    def tick(self, now: dt.datetime | None = None) -> BackupResult | None:
        return self.run("auto") if self.due(now) else None

    def on_close(self) -> BackupResult | None:
        if not self.enabled or not self.policy.on_close or not self.has_changes():
            return None
        return self.run("close")


# --- restore ------------------------------------------------------------------

def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def unreadable_rows(conn: sqlite3.Connection) -> list[str]:
    """Read every row of every table; name the first damaged row of each table.

    ``integrity_check`` proves the file's structure, not the values: bytes flipped
    inside a text value pass it and then break the first list that shows the row
    («Could not decode to UTF-8»). Reading everything the program will read is
    the only proof.
    """
    problems: list[str] = []
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]
    for table in tables:
        quoted = '"' + table.replace('"', '""') + '"'
        last = None
        try:
            cursor = conn.execute(f"SELECT rowid, * FROM {quoted}")
            while True:
                batch = cursor.fetchmany(5000)
                if not batch:
                    break
                last = batch[-1][0]
        except sqlite3.OperationalError as exc:
            if "no such column: rowid" in str(exc):
                continue  # WITHOUT ROWID tables hold only keys the program writes itself
            where = f"после строки {last}" if last is not None else "в первой строке"
            problems.append(f"таблица «{table}» повреждена ({where}): {exc}")
        except sqlite3.Error as exc:
            problems.append(f"таблица «{table}» не читается: {exc}")
    fk = conn.execute("PRAGMA foreign_key_check").fetchall()
    if fk:
        problems.append(f"нарушены связи между таблицами: {len(fk)} строк (например, "
                        f"таблица «{fk[0][0]}», строка {fk[0][1]})")
    return problems


def check_candidate(path: Path) -> list[str]:
    """Problems that forbid restoring ``path`` (empty list: fine). Never writes to it."""
    try:
        with open(path, "rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        return [f"файл «{path.name}» не читается: {exc.strerror or exc}"]
    if header != b"SQLite format 3\x00":
        return [f"файл «{path.name}» не является базой данных SQLite"]
    try:
        conn = _read_only(path)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            if rows != ["ok"]:
                return [f"проверка целостности не пройдена: {'; '.join(rows[:5])}"]
            damaged = unreadable_rows(conn)
            if damaged:
                return damaged
            try:
                found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            except sqlite3.OperationalError:
                found = None
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return [f"файл «{path.name}» повреждён: {exc}"]
    if found is None:
        return ["в файле нет схемы базы программы (это не резервная копия)"]
    if found[0] not in known_revisions():
        return [f"копия сделана более новой версией программы (схема {found[0]}): "
                "обновите программу"]
    engine = create_engine("sqlite://", creator=lambda: _read_only(path))
    try:
        with Session(engine) as s:
            chain = verify_chain(s)
    except Exception as exc:  # a damaged table reads as an error, not a crash
        return [f"журнал событий в копии не читается: {exc}"]
    finally:
        engine.dispose()
    if not chain.ok:
        return [f"журнал событий в копии нарушен: {chain.problem}"]
    return []


def restore_backup(services: Services, backup: Path) -> RestoreResult:
    """Replace the database with ``backup`` (administrator only).

    ``services`` is CLOSED afterwards (the file under it was replaced): open
    the database again. Nothing is replaced when any check fails.
    """
    services.ctx.require(Permission.RESTORE)
    if services.db.is_server:
        raise InputError(
            "База находится на сервере центра: её восстанавливают из копии pg_dump командой "
            "restore ФАЙЛ.dump (в новую пустую базу или с --replace)")
    backup = Path(backup)
    db_path = services.db_path
    if not backup.is_file():
        raise InputError(f"Резервная копия: файл «{backup}» не найден")
    if backup.resolve() == db_path.resolve():
        raise InputError("Резервная копия: выбран сам файл базы данных")
    guard = RestoreLock(db_path)
    if not guard.acquire():
        raise InputError("Восстановление этой базы уже идёт в другом окне или программе")
    staging = db_path.with_name(db_path.name + ".restore")
    try:
        busy = other_sessions(db_path)
        if busy:
            raise InputError(
                "Базу данных сейчас открыли: " + "; ".join(n.describe() for n in busy)
                + ". Их изменения пропали бы после восстановления: закройте эти окна и "
                "команды и повторите."
            )
        staging.unlink(missing_ok=True)
        problems = check_candidate(backup)
        if problems:
            raise InputError("Копию нельзя восстановить: " + "; ".join(problems))
        sqlite_backup(backup, staging)  # private copy: the backup itself is never written
        problems = check_candidate(staging)
        if problems:
            raise InputError("Копию нельзя восстановить: " + "; ".join(problems))
        result = RestoreResult(restored_from=backup, safety_backup=None)
        # document files the restored copy refers to
        conn = sqlite3.connect(f"file:{staging}?mode=ro", uri=True)
        try:
            needed = [r[0] for r in conn.execute("SELECT sha256 FROM blobs ORDER BY sha256")]
        finally:
            conn.close()
        live = BlobStore(blobs_dir(db_path))
        saved = BlobStore(backup.parent / DOCUMENTS)
        for sha in needed:
            if live.verify(sha) == "ok":
                continue
            src = saved.path_for(sha)
            if src.is_file() and copy_verified(src, live.path_for(sha), sha):
                os.chmod(live.path_for(sha), 0o444)
                result.blobs_restored += 1
            else:
                result.missing_blobs.append(sha)
        # the current state first
        safety = make_backup(services, reason="before-restore", rotate_after=False)
        result.safety_backup = safety.path
        folders = _checked_folders(db_path, load_policy(services))
        if not any(backup.parent.resolve() == f.resolve() for f in folders):
            folders.append(backup.parent)
        try:
            _supersede_manifests(staging, db_path.stem, folders, backup)
        except sqlite3.Error as exc:  # check would name those copies: nothing is hidden
            log.warning("cannot compare the backups with the restored log: %s", exc)
        actor_id, actor_login = services.actor.user_id, services.actor.login
        actor = services.actor
        services.close()
        # The restored log is older than the anchor, and verified: forget the anchor
        # first, so that a stop between the two can never leave one that the
        # restored log cannot reach (no anchor only means nothing to compare yet).
        reset_anchor(db_path)
        _replace_database(db_path, staging)
    finally:
        staging.unlink(missing_ok=True)
        guard.release()
    _log_restore(db_path, backup, result, actor_id, actor_login)
    try:
        result.reerased = _reapply_erasures(db_path, actor, result.safety_backup,
                                            _source_of(backup, db_path))
    except Exception as exc:  # the restore is done: say what is left to do, never hide it
        log.exception("re-applying the erasure ledger after a restore failed")
        result.reerase_problem = (
            "уничтожения персональных данных, выполненные после создания копии, не "
            f"применены повторно ({exc}); выполните «erasure reapply» и «check»")
    return result


def _source_of(backup: Path, db_path: Path) -> list[Path]:
    """The database the copy was made of, when it is not ``db_path`` (its description
    names it): its erasure ledger holds the erasures made there after the copy."""
    manifest = read_manifest(backup)
    if manifest is None or not manifest.source:
        return []
    source = Path(manifest.source)
    return [] if source.resolve() == db_path.resolve() else [source]


def _reapply_erasures(
    db_path: Path, actor: Actor, before: Path | None, sources: list[Path] | None = None,
) -> list[ErasureResult]:
    """A 152-ФЗ erasure survives a restore: every erasure of the replaced database
    (its rows, read from the safety copy, acts included), of the ledger beside it and
    of the ledger of the database the copy came from (``sources``, when the copy is
    restored under another name) is applied to the restored one again."""
    from desktop_app.core.db.engine import open_database
    from desktop_app.core.services.personal_data import erasures_in_file

    carried = erasures_in_file(before) if before is not None else []
    for source in sources or []:  # the acts of the erasures made there after the copy
        carried += erasures_in_file(source) if source.is_file() else []
    restored = Services(open_database(db_path), actor)
    try:
        return restored.personal_data.reapply_ledger(carried, also=sources or [])
    finally:
        restored.close()


def _replace_database(db_path: Path, staging: Path) -> None:
    """Atomically put ``staging`` in place of ``db_path`` (all connections closed)."""
    if db_path.exists():
        conn = sqlite3.connect(db_path)
        try:
            busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            conn.close()
        if busy:
            raise DatabaseError(
                "База данных открыта в другом окне или программе: закройте её и повторите"
            )
    for suffix in ("-wal", "-shm"):
        side = db_path.with_name(db_path.name + suffix)
        if side.exists() and side.stat().st_size and suffix == "-wal":
            raise DatabaseError(
                "Журнал WAL базы не пуст (база открыта в другой программе): закройте её"
            )
    # ``staging`` was written by the SQLite backup API and checked; it is moved in
    # place by hand because it must replace the live database file itself.
    with open(staging, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(staging, db_path)
    fsync_dir(db_path.parent)
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)


def _log_restore(
    db_path: Path, backup: Path, result: RestoreResult, user_id: int | None, login: str
) -> None:
    from desktop_app.core.db.engine import open_database
    from desktop_app.core.services import audit

    db = open_database(db_path)
    try:
        with db.write() as s:
            audit.record(
                s, user_id=user_id, user_login=login, action="restore", entity="database",
                new={"from": backup.name,
                     "safety_backup": result.safety_backup.name if result.safety_backup else None,
                     "blobs_restored": result.blobs_restored,
                     "missing_blobs": len(result.missing_blobs)},
            )
    finally:
        db.close()


__all__ = [
    "AutoBackup",
    "BackupManifest",
    "BackupPolicy",
    "BackupResult",
    "RestoreResult",
    "backup_head_problems",
    "check_candidate",
    "copy_verified",
    "describe_copy",
    "list_backups",
    "load_policy",
    "make_backup",
    "manifest_path",
    "read_manifest",
    "restore_backup",
    "rotate",
    "save_policy",
    "select_kept",
]
