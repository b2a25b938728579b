"""Checks of a ZIP file's central directory, made BEFORE any member is decompressed.

Shared by file inspection (DOCX/XLSX/ODT/ODS and plain ZIP) and by the dossier
exchange reader. Nothing here extracts data: sizes, counts, ratios, names and
flags come from the central directory alone. Declared sizes may lie, so the
extractor in :mod:`archive` also counts what it really writes.
"""

from __future__ import annotations

import re
import stat
import struct
import unicodedata
import zipfile
from dataclasses import dataclass, field
from typing import IO

from .names import WINDOWS_RESERVED_NAMES

__all__ = ["ZipIssue", "ZipLimits", "ZipScan", "format_size", "member_name_problem", "scan_zip"]

MIB = 1024 * 1024

_EOCD = struct.Struct("<4s4H2LH")
_EOCD_SIG = b"PK\x05\x06"
_ZIP64_LOCATOR = struct.Struct("<4sLQL")
_ZIP64_LOCATOR_SIG = b"PK\x06\x07"
_ZIP64_EOCD = struct.Struct("<4sQ2H2L4Q")
_ZIP64_EOCD_SIG = b"PK\x06\x06"
_DRIVE = re.compile(r"^[A-Za-z]:")
_WINDOWS_FORBIDDEN = set('<>:"|?*')


@dataclass(frozen=True)
class ZipLimits:
    """Bounds for a ZIP's central directory.

    ``max_ratio`` is checked for the whole archive and for every member, but only
    where the uncompressed size is at least ``ratio_min_size`` (a tiny, highly
    compressible XML part is harmless).
    """

    max_members: int = 10_000
    max_total_size: int = 500 * MIB
    max_member_size: int = 500 * MIB
    max_ratio: float = 100.0
    ratio_min_size: int = 1 * MIB


@dataclass(frozen=True)
class ZipIssue:
    """One reason to refuse the archive; ``message`` is Russian and names file and member."""

    code: str
    message: str
    member: str | None = None


@dataclass
class ZipScan:
    """What the central directory says; ``infos`` is empty when the ZIP is unreadable."""

    infos: list[zipfile.ZipInfo] = field(default_factory=list)
    member_count: int = 0
    total_size: int = 0
    total_compressed: int = 0
    issues: list[ZipIssue] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        """Overall compression ratio (uncompressed / compressed), 0 for an empty archive."""
        if self.total_size == 0:
            return 0.0
        return self.total_size / max(self.total_compressed, 1)


def format_size(size: int) -> str:
    """Human size in Russian units: «812 байт», «3,4 МБ», «1,0 ГБ»."""
    if size < 1024:
        return f"{size} байт"
    value = float(size)
    for unit in ("КБ", "МБ", "ГБ", "ТБ"):
        value /= 1024
        if value < 1024 or unit == "ТБ":
            return f"{value:.1f} {unit}".replace(".", ",")
    raise AssertionError("unreachable")  # pragma: no cover


def _declared_entry_count(fh: IO[bytes]) -> int | None:
    """Entry count from the end-of-central-directory record, read without parsing entries."""
    fh.seek(0, 2)
    size = fh.tell()
    window = min(size, _EOCD.size + 65535)
    fh.seek(size - window)
    tail = fh.read(window)
    pos = tail.rfind(_EOCD_SIG)
    if pos < 0 or pos + _EOCD.size > len(tail):
        return None
    fields = _EOCD.unpack_from(tail, pos)
    total = int(fields[4])
    if total != 0xFFFF:
        return total
    eocd_offset = size - window + pos
    if eocd_offset < _ZIP64_LOCATOR.size:
        return None
    fh.seek(eocd_offset - _ZIP64_LOCATOR.size)
    locator = fh.read(_ZIP64_LOCATOR.size)
    if len(locator) != _ZIP64_LOCATOR.size or locator[:4] != _ZIP64_LOCATOR_SIG:
        return None
    z64_offset = int(_ZIP64_LOCATOR.unpack(locator)[2])
    fh.seek(z64_offset)
    record = fh.read(_ZIP64_EOCD.size)
    if len(record) != _ZIP64_EOCD.size or record[:4] != _ZIP64_EOCD_SIG:
        return None
    return int(_ZIP64_EOCD.unpack(record)[7])


def member_name_problem(name: str, *, windows_safe: bool) -> str | None:
    """Why a member name is unsafe to extract (Russian phrase), or ``None`` when it is fine.

    Always refused: empty names, control characters, absolute paths (``/x``,
    ``\\\\server\\x``), drive letters (``C:\\x``, ``C:x``) and any ``..`` component.
    With ``windows_safe`` also refused: characters Windows forbids (``<>:"|?*``,
    a colon would open an NTFS alternate stream), device names (CON, NUL…) and
    components ending in a dot or space (Windows strips them, making two names one).
    """
    if not name or name in {"/", "\\"}:
        return "пустое имя"
    if any(unicodedata.category(ch) == "Cc" for ch in name):
        return "имя содержит управляющие символы"
    if name.startswith(("/", "\\")):
        return "абсолютный путь (начинается с «/» или «\\»)"
    if _DRIVE.match(name):
        return "путь с буквой диска (например, «C:»)"
    parts = [p for p in name.replace("\\", "/").split("/") if p not in {"", "."}]
    if ".." in parts:
        return "путь выходит за пределы папки распаковки («..»)"
    if not parts:
        return "пустое имя"
    if windows_safe:
        for part in parts:
            if any(ch in _WINDOWS_FORBIDDEN for ch in part):
                return 'имя содержит символы, запрещённые в Windows (<>:"|?*)'
            if part.endswith((" ", ".")):
                return "часть имени оканчивается точкой или пробелом"
            if part.split(".", 1)[0].rstrip(" ").upper() in WINDOWS_RESERVED_NAMES:
                return f"имя «{part}» зарезервировано в Windows за устройством"
    return None


def normalized_member_path(name: str) -> str:
    """Member path with «/» separators, no empty or «.» parts, NFC-normalised."""
    parts = [p for p in name.replace("\\", "/").split("/") if p not in {"", "."}]
    return unicodedata.normalize("NFC", "/".join(parts))


def is_symlink(info: zipfile.ZipInfo) -> bool:
    """True when the member's Unix mode (high 16 bits of the external attributes) is a link."""
    return stat.S_ISLNK(info.external_attr >> 16)


def scan_zip(
    fh: IO[bytes],
    limits: ZipLimits,
    *,
    display_name: str,
    windows_safe: bool,
    what: str = "Архив",
) -> ZipScan:
    """Read the central directory of the ZIP in ``fh`` and list every reason to refuse it.

    ``display_name`` is the file name quoted in messages; ``what`` the word that
    starts a message about the whole file («Архив», «Файл»).
    """
    scan = ZipScan()
    shown = f"«{display_name}»"

    def issue(code: str, message: str, member: str | None = None) -> None:
        scan.issues.append(ZipIssue(code, message, member))

    try:
        declared = _declared_entry_count(fh)
    except OSError as exc:
        issue("zip_broken", f"{what} {shown} не удалось прочитать: {exc.strerror or exc}.")
        return scan
    if declared is not None and declared > limits.max_members:
        issue(
            "zip_too_many_members",
            f"{what} {shown} содержит {declared} элементов, а допускается не больше "
            f"{limits.max_members}. Так устроены «zip-бомбы»; файл не принят.",
        )
        scan.member_count = declared
        return scan
    try:
        fh.seek(0)
        with zipfile.ZipFile(fh) as zf:
            scan.infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        issue(
            "zip_broken",
            f"{what} {shown} — повреждённый ZIP: оглавление архива не читается ({exc}). "
            "Получите файл заново.",
        )
        return scan

    scan.member_count = len(scan.infos)
    if scan.member_count > limits.max_members:
        issue(
            "zip_too_many_members",
            f"{what} {shown} содержит {scan.member_count} элементов, а допускается не больше "
            f"{limits.max_members}. Так устроены «zip-бомбы»; файл не принят.",
        )
        return scan

    seen_files: dict[str, str] = {}
    seen_dirs: dict[str, str] = {}
    for info in scan.infos:
        name = info.filename
        member = f"«{name}»"
        scan.total_size += info.file_size
        scan.total_compressed += info.compress_size
        reason = member_name_problem(name, windows_safe=windows_safe)
        if reason is not None:
            issue(
                "zip_unsafe_name",
                f"Элемент {member} в файле {shown} отклонён: {reason}. Такой архив мог бы "
                "записать файлы за пределами отведённой папки; файл не принят.",
                name,
            )
            continue
        if is_symlink(info):
            issue(
                "zip_symlink",
                f"Элемент {member} в файле {shown} — символическая ссылка. Ссылки в архивах "
                "не принимаются: они могут указывать на любые файлы компьютера.",
                name,
            )
            continue
        if info.flag_bits & 0x1:
            issue(
                "zip_encrypted",
                f"Элемент {member} в файле {shown} зашифрован паролем. Попросите прислать "
                "архив без пароля.",
                name,
            )
        if info.file_size > limits.max_member_size:
            issue(
                "zip_member_too_large",
                f"Элемент {member} в файле {shown} после распаковки занял бы "
                f"{format_size(info.file_size)}, а допускается не больше "
                f"{format_size(limits.max_member_size)}.",
                name,
            )
        elif info.file_size >= limits.ratio_min_size and (
            info.file_size / max(info.compress_size, 1) > limits.max_ratio
        ):
            ratio = info.file_size / max(info.compress_size, 1)
            issue(
                "zip_ratio",
                f"Элемент {member} в файле {shown} сжат в {ratio:.0f} раз "
                f"({format_size(info.compress_size)} → {format_size(info.file_size)}); "
                f"допускается не больше {limits.max_ratio:.0f}:1. Так сжимаются только "
                "искусственно созданные данные («zip-бомба»); файл не принят.",
                name,
            )
        norm = normalized_member_path(name)
        key = norm.casefold()
        is_dir = info.is_dir()
        parts = key.split("/")
        for i in range(1, len(parts)):
            parent = "/".join(parts[:i])
            if parent in seen_files:
                issue(
                    "zip_duplicate",
                    f"Элемент {member} в файле {shown} лежит в папке, имя которой совпадает "
                    f"с файлом «{seen_files[parent]}».",
                    name,
                )
            seen_dirs.setdefault(parent, "/".join(norm.split("/")[:i]))
        if is_dir:
            if key in seen_files:
                issue(
                    "zip_duplicate",
                    f"Папка {member} в файле {shown} совпадает по имени с файлом "
                    f"«{seen_files[key]}».",
                    name,
                )
            seen_dirs.setdefault(key, norm)
            continue
        if key in seen_files or key in seen_dirs:
            other = seen_files.get(key) or seen_dirs[key]
            issue(
                "zip_duplicate",
                f"Имя {member} в файле {shown} повторяется (совпадает с «{other}» без учёта "
                "регистра букв, как в Windows): при распаковке один файл затёр бы другой.",
                name,
            )
            continue
        seen_files[key] = name

    if scan.total_size > limits.max_total_size:
        issue(
            "zip_too_large",
            f"{what} {shown} после распаковки занял бы {format_size(scan.total_size)}, "
            f"а допускается не больше {format_size(limits.max_total_size)}.",
        )
    elif scan.total_size >= limits.ratio_min_size and scan.ratio > limits.max_ratio:
        issue(
            "zip_ratio",
            f"{what} {shown} сжат в {scan.ratio:.0f} раз "
            f"({format_size(scan.total_compressed)} → {format_size(scan.total_size)}); "
            f"допускается не больше {limits.max_ratio:.0f}:1 — похоже на «zip-бомбу».",
        )
    return scan
