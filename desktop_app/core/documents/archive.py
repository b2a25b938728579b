"""Reading a dossier exchange ZIP safely.

Every member is checked against the central directory BEFORE anything is
decompressed or written: path traversal (``../evil``, ``a/../../b``), absolute
paths (``/etc/x``, ``\\\\server\\x``), drive letters (``C:\\x``, ``C:x``),
symbolic links, names Windows cannot hold, duplicate names (case-insensitive,
as on Windows), encrypted members, too many members, oversize members or
total, and suspicious compression ratios. A refusal raises :class:`ArchiveError`
(a ``ValueError``) with a Russian message naming the archive and the member.

Extraction happens only after all members passed, into an empty folder; if
anything fails midway (CRC error, disk full…) everything extracted is removed.
"""

from __future__ import annotations

import shutil
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO

from .errors import ArchiveError
from .names import safe_display_name
from .zipcheck import MIB, ZipLimits, format_size, normalized_member_path, scan_zip

__all__ = ["ArchiveError", "ArchiveLimits", "SafeZip", "extract_zip_safely", "open_zip_safely"]

_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class ArchiveLimits:
    """Bounds for an exchange archive (all configurable)."""

    max_members: int = 2_000
    max_member_size: int = 200 * MIB
    max_total_size: int = 1024 * MIB
    max_ratio: float = 100.0
    ratio_min_size: int = 1 * MIB

    def zip_limits(self) -> ZipLimits:
        return ZipLimits(
            max_members=self.max_members,
            max_total_size=self.max_total_size,
            max_member_size=self.max_member_size,
            max_ratio=self.max_ratio,
            ratio_min_size=self.ratio_min_size,
        )


class SafeZip:
    """An open ZIP whose central directory passed every check of :func:`open_zip_safely`.

    ``members`` are the normalised names («/» separators) of the file members,
    in archive order. Use as a context manager or call :meth:`close`.
    """

    def __init__(self, path: Path, limits: ArchiveLimits) -> None:
        self.path = Path(path)
        self.limits = limits
        self._shown = safe_display_name(self.path.name)
        try:
            # kept open for the life of the SafeZip; closed by close()
            self._fh: IO[bytes] = open(self.path, "rb")  # noqa: SIM115
        except OSError as exc:
            raise ArchiveError(
                f"Архив «{self._shown}» не удалось открыть ({exc.strerror or exc}).",
                code="unreadable",
            ) from None
        try:
            scan = scan_zip(
                self._fh, limits.zip_limits(), display_name=self._shown, windows_safe=True
            )
            if scan.issues:
                raise ArchiveError(
                    scan.issues[0].message,
                    code=scan.issues[0].code,
                    messages=tuple(i.message for i in scan.issues),
                )
            self._fh.seek(0)
            self._zip = zipfile.ZipFile(self._fh)
        except BaseException:
            self._fh.close()
            raise
        self._infos = [i for i in scan.infos if not i.is_dir()]
        self._dirs = [normalized_member_path(i.filename) for i in scan.infos if i.is_dir()]
        self._by_name = {normalized_member_path(i.filename): i for i in self._infos}
        self.members: tuple[str, ...] = tuple(self._by_name)

    # ------------------------------------------------------------------ context manager

    def close(self) -> None:
        self._zip.close()
        self._fh.close()

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # ------------------------------------------------------------------ reading

    def size_of(self, name: str) -> int:
        """Declared uncompressed size of a member. Raises ArchiveError if absent."""
        return self._info(name).file_size

    def read_bytes(self, name: str, max_size: int | None = None) -> bytes:
        """Content of one member (e.g. ``dossier.json``), at most ``max_size`` bytes."""
        info = self._info(name)
        cap = self.limits.max_member_size if max_size is None else max_size
        if info.file_size > cap:
            raise ArchiveError(
                f"Элемент «{name}» в архиве «{self._shown}» занимает "
                f"{format_size(info.file_size)}, а допускается не больше {format_size(cap)}.",
                code="zip_member_too_large",
            )
        try:
            with self._zip.open(info) as member:
                data = member.read(cap + 1)
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError) as exc:
            raise self._damaged(name, exc) from None
        if len(data) > cap:
            raise ArchiveError(
                f"Элемент «{name}» в архиве «{self._shown}» больше заявленного размера.",
                code="zip_member_too_large",
            )
        return data

    def extract_all(self, dest: Path) -> list[Path]:
        """Extract every member into ``dest`` (absent or empty folder); returns file paths.

        On any failure everything written is removed and ArchiveError is raised.
        """
        dest = Path(dest)
        created_dest = not dest.exists()
        if not created_dest and (not dest.is_dir() or any(dest.iterdir())):
            raise ArchiveError(
                f"Папка «{safe_display_name(str(dest))}» для распаковки архива "
                f"«{self._shown}» должна быть пустой.",
                code="dest_not_empty",
            )
        written: list[Path] = []
        try:
            dest.mkdir(parents=True, exist_ok=True)
            base = dest.resolve()
            for folder in self._dirs:
                self._target(base, folder).mkdir(parents=True, exist_ok=True)
            total = 0
            for name, info in self._by_name.items():
                target = self._target(base, name)
                target.parent.mkdir(parents=True, exist_ok=True)
                count = 0
                with self._zip.open(info) as member, open(target, "xb") as out:
                    written.append(target)
                    while chunk := member.read(_CHUNK):
                        count += len(chunk)
                        total += len(chunk)
                        if count > info.file_size or total > self.limits.max_total_size:
                            raise ArchiveError(
                                f"Элемент «{name}» в архиве «{self._shown}» при распаковке "
                                "оказался больше заявленного размера; архив не принят.",
                                code="zip_size_lie",
                            )
                        out.write(chunk)
            return written
        except BaseException as exc:
            if created_dest:
                shutil.rmtree(dest, ignore_errors=True)
            else:
                for child in list(dest.iterdir()):
                    if child.is_dir() and not child.is_symlink():
                        shutil.rmtree(child, ignore_errors=True)
                    else:
                        child.unlink(missing_ok=True)
            if isinstance(exc, ArchiveError):
                raise
            if isinstance(
                exc, (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError)
            ):
                raise ArchiveError(
                    f"Архив «{self._shown}» не удалось распаковать ({exc}); ничего не "
                    "записано. Получите файл заново.",
                    code="extract_failed",
                ) from exc
            raise

    # ------------------------------------------------------------------ internals

    def _info(self, name: str) -> zipfile.ZipInfo:
        info = self._by_name.get(normalized_member_path(name))
        if info is None:
            raise ArchiveError(
                f"В архиве «{self._shown}» нет элемента «{name}».", code="zip_member_missing"
            )
        return info

    def _damaged(self, name: str, exc: BaseException) -> ArchiveError:
        return ArchiveError(
            f"Элемент «{name}» в архиве «{self._shown}» повреждён ({exc}). Получите архив заново.",
            code="zip_broken",
        )

    def _target(self, base: Path, name: str) -> Path:
        target = base.joinpath(*name.split("/"))
        resolved = target.resolve()
        if resolved != base and base not in resolved.parents:
            raise ArchiveError(
                f"Элемент «{name}» в архиве «{self._shown}» указывает за пределы папки "
                "распаковки; архив не принят.",
                code="zip_unsafe_name",
            )
        return target


def open_zip_safely(path: Path, limits: ArchiveLimits | None = None) -> SafeZip:
    """Check the archive at ``path`` and return it open for reading.

    Raises ArchiveError (a ValueError) with a Russian message on the first
    reason to refuse; ``error.messages`` lists them all.
    """
    return SafeZip(path, limits or ArchiveLimits())


def extract_zip_safely(
    zip_path: Path, dest: Path, limits: ArchiveLimits | None = None
) -> list[Path]:
    """Check every member of ``zip_path``, then extract all into ``dest``; returns file paths.

    ``dest`` must be absent or empty. Nothing is written unless every member
    passed; on a failure during extraction everything written is removed.
    """
    with open_zip_safely(zip_path, limits) as archive:
        return archive.extract_all(dest)
