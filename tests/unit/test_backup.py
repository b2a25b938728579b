"""Backups: rotation, incremental attachments, restore round trip, refused restores,
data folder on a network share or in a cloud-sync folder."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from desktop_app.core.db.models import Blob
from desktop_app.core.documents.blobstore import BlobStore
from desktop_app.core.errors import InputError
from desktop_app.core.paths import blobs_dir
from desktop_app.core.services.backup import (
    AutoBackup,
    BackupPolicy,
    check_candidate,
    list_backups,
    make_backup,
    restore_backup,
    rotate,
    select_kept,
)
from desktop_app.core.services.facade import Services, open_services
from desktop_app.core.storage_location import check_location


@pytest.fixture
def sv(tmp_path: Path):
    services = open_services(tmp_path / "data" / "db.sqlite3")
    yield services
    services.close()


def add_attachment(sv: Services, data: bytes) -> str:
    stored = BlobStore(blobs_dir(sv.db_path)).put_bytes(data)
    with sv.db.write() as s:
        s.add(Blob(sha256=stored.sha256, size=stored.size, kind="pdf"))
    return stored.sha256


def names(sv: Services) -> list[str]:
    from sqlalchemy import select

    from desktop_app.core.db.models import Enterprise

    with sv.db.read() as s:
        return list(s.execute(select(Enterprise.full_name).order_by(Enterprise.id)).scalars())


def test_select_kept_recent_daily_weekly_monthly() -> None:
    start = dt.datetime(2026, 1, 1, 9, 0)
    # four copies a day for 120 days
    stamps = [start + dt.timedelta(days=d, hours=h) for d in range(120) for h in (0, 3, 6, 9)]
    policy = BackupPolicy(keep_recent=10, keep_daily=7, keep_weekly=4, keep_monthly=12)
    kept = select_kept(stamps, policy)
    newest = sorted(stamps, reverse=True)
    assert set(newest[:10]) <= kept
    assert len({k.date() for k in kept}) >= 7
    days = sorted({k.date() for k in kept}, reverse=True)
    assert days[:7] == sorted({s.date() for s in newest[:28]}, reverse=True)[:7]
    assert {(k.year, k.month) for k in kept} == {(2026, 1), (2026, 2), (2026, 3), (2026, 4)}
    assert len(kept) < 10 + 7 + 4 + 12 and len(kept) < len(stamps)
    only_last = BackupPolicy(keep_recent=1, keep_daily=0, keep_weekly=0, keep_monthly=0)
    assert select_kept(stamps, only_last) == {newest[0]}


def test_rotation_deletes_only_unkept_copies_of_this_database(sv: Services, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    policy = BackupPolicy(folder=str(folder), keep_recent=2, keep_daily=2, keep_weekly=0,
                          keep_monthly=0)
    base = dt.datetime(2026, 2, 1, 12, 0, 0)
    for day in range(5):
        for hour in (0, 1):
            make_backup(sv, policy=policy, now=base + dt.timedelta(days=day, hours=hour),
                        rotate_after=False)
    foreign = folder / "other-20200101-000000-manual.sqlite3"
    foreign.write_bytes(b"not ours")
    premigration = folder / "db-before-migration-0001-20200101-000000.sqlite3"
    premigration.write_bytes(b"kept")
    removed = rotate(folder, "db", policy)
    left = [p.name for _, p in list_backups(folder, "db")]
    assert left == ["db-20260205-130000-manual.sqlite3", "db-20260205-120000-manual.sqlite3",
                    "db-20260204-130000-manual.sqlite3"]
    assert len(removed) == 7 and foreign.exists() and premigration.exists()


def test_backup_is_a_verified_copy_with_incremental_attachments(
    sv: Services, tmp_path: Path
) -> None:
    sv.enterprises.create({"full_name": "ООО «Первое»", "inn": "1234567894"})
    a = add_attachment(sv, b"%PDF-1.4 first")
    folder = tmp_path / "usb"
    first = make_backup(sv, folder=folder)
    assert first.blobs_copied == 1 and first.blob_problems == []
    conn = sqlite3.connect(first.path)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("SELECT count(*) FROM enterprises").fetchone() == (1,)
    conn.close()
    b = add_attachment(sv, b"%PDF-1.4 second")
    second = make_backup(sv, folder=folder, now=dt.datetime.now() + dt.timedelta(seconds=5))
    assert (second.blobs_copied, second.blobs_present) == (1, 1)
    saved = BlobStore(folder / "documents")
    assert saved.verify(a) == "ok" and saved.verify(b) == "ok"
    # an altered attachment is reported, not copied under its name
    c = add_attachment(sv, b"third")
    path = BlobStore(blobs_dir(sv.db_path)).path_for(c)
    path.chmod(0o644)
    path.write_bytes(b"tampered")
    third = make_backup(sv, folder=folder, now=dt.datetime.now() + dt.timedelta(seconds=10))
    assert len(third.blob_problems) == 1 and c in third.blob_problems[0]
    assert not saved.exists(c)


def test_restore_round_trip_with_attachments(sv: Services, tmp_path: Path) -> None:
    sv.enterprises.create({"full_name": "ООО «До копии»", "inn": "1234567894"})
    sha = add_attachment(sv, b"%PDF-1.4 attachment")
    copy = make_backup(sv, folder=tmp_path / "usb").path
    sv.enterprises.create({"full_name": "ООО «После копии»", "inn": "7707083893"})
    # the attachment is lost from the live store
    live = BlobStore(blobs_dir(sv.db_path))
    live.delete(sha)
    db_path = sv.db_path
    result = restore_backup(sv, copy)
    assert result.blobs_restored == 1 and result.missing_blobs == []
    assert result.safety_backup is not None and result.safety_backup.exists()
    again = open_services(db_path)
    try:
        assert names(again) == ["ООО «До копии»"]
        assert live.verify(sha) == "ok"
        from desktop_app.core.services.maintenance import check_database

        assert check_database(again).ok
        from sqlalchemy import select

        from desktop_app.core.db.models import AuditEntry

        with again.db.read() as s:
            last = s.execute(select(AuditEntry).order_by(AuditEntry.id.desc())).scalars().first()
        assert last is not None and last.action == "restore" and last.new_values
        assert last.new_values["from"] == copy.name
    finally:
        again.close()
    # the state before the restore was kept: it still has both enterprises
    conn = sqlite3.connect(result.safety_backup)
    assert conn.execute("SELECT count(*) FROM enterprises").fetchone() == (2,)
    conn.close()
    assert not db_path.with_name(db_path.name + ".restore").exists()


def test_restore_refuses_bad_candidates_and_changes_nothing(sv: Services, tmp_path: Path) -> None:
    sv.enterprises.create({"full_name": "ООО «Живое»", "inn": "1234567894"})
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"definitely not a database" * 10)
    with pytest.raises(InputError, match="не является базой данных SQLite"):
        restore_backup(sv, junk)
    newer = make_backup(sv, folder=tmp_path / "n").path
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    with pytest.raises(InputError, match="более новой версией"):
        restore_backup(sv, newer)
    broken = make_backup(sv, folder=tmp_path / "b").path
    conn = sqlite3.connect(broken)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET reason = 'подделка' WHERE id = 1")
    conn.commit()
    conn.close()
    problems = check_candidate(broken)
    assert problems and "№ 1" in problems[0]
    with pytest.raises(InputError, match="журнал событий в копии нарушен"):
        restore_backup(sv, broken)
    assert names(sv) == ["ООО «Живое»"]
    assert not any(p.name.endswith("before-restore.sqlite3")
                   for p in (sv.db_path.parent / "backups").glob("*"))


def test_auto_backup_every_interval_only_with_changes(sv: Services, tmp_path: Path) -> None:
    policy = BackupPolicy(folder=str(tmp_path / "auto"), interval_minutes=30)
    auto = AutoBackup(sv, policy)
    later = auto.last_at + dt.timedelta(minutes=31)
    assert auto.tick(later) is None  # no changes
    sv.enterprises.create({"full_name": "ООО «Новое»", "inn": "1234567894"})
    assert auto.tick(auto.last_at + dt.timedelta(minutes=5)) is None  # too early
    made = auto.tick(later)
    assert made is not None and made.path.exists()
    assert auto.on_close() is None  # nothing changed since
    sv.enterprises.create({"full_name": "ООО «Ещё»", "inn": "7707083893"})
    closing = auto.on_close()
    assert closing is not None and closing.path.name.endswith("-close.sqlite3")


MOUNTS = """\
/dev/sda1 / ext4 rw 0 0
server:/export /mnt/nfs nfs4 rw 0 0
//fs/share /mnt/smb cifs rw 0 0
user@host:/x /home/u/remote fuse.sshfs rw 0 0
/dev/sdb1 /media/usb fuseblk rw 0 0
"""


@pytest.mark.parametrize(("path", "kind"), [
    ("/home/u/OneDrive/RCI/db.sqlite3", "cloud"),
    ("/home/u/Яндекс.Диск/db.sqlite3", "cloud"),
    ("/home/u/YandexDisk/data/db.sqlite3", "cloud"),
    ("/home/u/Dropbox/db.sqlite3", "cloud"),
    ("/home/u/Google Drive/db.sqlite3", "cloud"),
    ("/home/u/Nextcloud/db.sqlite3", "cloud"),
    ("/mnt/nfs/rci/db.sqlite3", "network"),
    ("/mnt/smb/db.sqlite3", "network"),
    ("/home/u/remote/db.sqlite3", "network"),
    ("\\\\server\\share\\rci\\db.sqlite3", "network"),
    ("/home/u/rci/db.sqlite3", None),
    ("/media/usb/db.sqlite3", None),
])
def test_storage_location_detection(path: str, kind: str | None) -> None:
    warning = check_location(Path(path), mounts_text=MOUNTS)
    assert (warning.kind if warning else None) == kind
    if warning:
        assert "локальный диск" in warning.message
