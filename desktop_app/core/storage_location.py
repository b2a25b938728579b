"""Is the data folder on a network share or inside a cloud-sync folder?

SQLite's locking is unreliable over network filesystems, and sync clients
(OneDrive, Яндекс.Диск, Dropbox, …) copy a database file mid-write and send
personal data to a third party's servers (152-ФЗ). Both are detected where
possible and reported as a warning; detection never raises.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path, PurePath, PureWindowsPath

CLOUD_MARKERS: dict[str, str] = {
    "onedrive": "OneDrive",
    "yandex.disk": "Яндекс.Диск",
    "yandexdisk": "Яндекс.Диск",
    "яндекс.диск": "Яндекс.Диск",
    "яндексдиск": "Яндекс.Диск",
    "dropbox": "Dropbox",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "мой диск": "Google Drive",
    "icloud": "iCloud",
    "icloud drive": "iCloud",
    "mobile documents": "iCloud",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "mail.ru cloud": "Облако Mail.ru",
    "облако mail.ru": "Облако Mail.ru",
    "pcloud": "pCloud",
    "mega": "MEGA",
}

NETWORK_FS = {
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "sshfs", "fuse.sshfs",
    "9p", "afs", "ceph", "glusterfs", "fuse.glusterfs", "davfs", "fuse.davfs2",
    "fuse.rclone", "fuse.s3fs", "fuse.gvfsd-fuse", "fuse",
}
LOCAL_FUSE = {"fuseblk", "fuse.portal", "fusectl", "fuse.lxcfs", "fuse.ntfs-3g"}

DRIVE_REMOTE = 4


@dataclass(frozen=True)
class StorageWarning:
    kind: str        # "cloud" or "network"
    detail: str      # the service name or the filesystem/share
    message: str     # Russian, for people


def _cloud(path: PurePath) -> str | None:
    for part in path.parts:
        low = part.casefold()
        for marker, name in CLOUD_MARKERS.items():
            if marker == "mega":
                if low in ("mega", "megasync") or low.startswith("mega "):
                    return name
            elif marker in low:
                return name
    return None


def _mounts(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            mount = fields[1].replace("\\040", " ").replace("\\011", "\t")
            out.append((mount, fields[2]))
    return out


def linux_fs_type(path: Path, mounts_text: str | None = None) -> tuple[str, str] | None:
    """(mount point, filesystem type) that holds ``path``, from /proc/mounts."""
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    target = str(path)
    best: tuple[str, str] | None = None
    for mount, fstype in _mounts(mounts_text):
        prefix = mount.rstrip("/") + "/"
        if (target == mount or target.startswith(prefix) or mount == "/") and (
            best is None or len(mount) >= len(best[0])
        ):
            best = (mount, fstype)
    return best


def _network_fs(fstype: str) -> bool:
    if fstype in LOCAL_FUSE:
        return False
    return fstype in NETWORK_FS or fstype.startswith(("nfs", "cifs", "smb", "fuse.sshfs"))


def _windows_remote(path: str) -> str | None:
    win = PureWindowsPath(path)
    if path.startswith(("\\\\", "//")) and not path.startswith(("\\\\?\\", "\\\\.\\")):
        return win.anchor or path[:40]
    if sys.platform == "win32":
        import ctypes

        root = win.drive + "\\" if win.drive else None
        if root:
            try:
                if ctypes.windll.kernel32.GetDriveTypeW(root) == DRIVE_REMOTE:
                    return root
            except OSError:
                return None
    return None


def check_location(path: Path, *, mounts_text: str | None = None) -> StorageWarning | None:
    """A warning if ``path`` (the database file or its folder) is remote or synced."""
    try:
        resolved = Path(os.path.abspath(path))
        with_links = resolved.resolve() if resolved.exists() else resolved
    except OSError:
        with_links = Path(path)
    service = _cloud(with_links) or _cloud(PurePath(str(path)))
    if service:
        return StorageWarning(
            "cloud", service,
            f"Папка данных «{with_links.parent if with_links.suffix else with_links}» "
            f"синхронизируется с облаком ({service}). Так нельзя: облако может скопировать "
            "базу на середине записи и повредить её, а персональные данные уйдут на чужие "
            "серверы (152-ФЗ). Перенесите папку данных на локальный диск компьютера.",
        )
    remote = _windows_remote(str(path))
    if remote:
        return StorageWarning(
            "network", remote,
            f"База данных лежит на сетевом диске ({remote}). SQLite на сетевых дисках "
            "может повредиться при одновременной работе и обрывах сети. Перенесите папку "
            "данных на локальный диск компьютера.",
        )
    if sys.platform.startswith("linux") or mounts_text is not None:
        found = linux_fs_type(with_links, mounts_text)
        if found and _network_fs(found[1]):
            return StorageWarning(
                "network", f"{found[1]} ({found[0]})",
                f"База данных лежит на сетевой или подключаемой файловой системе "
                f"{found[1]} (точка монтирования {found[0]}). SQLite на таких дисках может "
                "повредиться. Перенесите папку данных на локальный диск компьютера.",
            )
    return None
