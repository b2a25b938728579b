"""What is this file really? Type by content, sanity and safety checks of a document.

The kind of a file is decided from its bytes (magic numbers and structure),
never from its name. The name's extension is then compared with the content,
and a mismatch is refused: a scan saved as PNG but named ``.pdf`` is not a PDF.

Everything that can go wrong becomes a :class:`Problem` in the returned
:class:`FileInfo`; inspection itself never raises for bad input.

Encrypted PDF policy
--------------------
* A PDF whose user password is empty (only an *owner* password restricts
  printing or editing — common for PDFs produced by signing and government
  services) opens in every viewer without a password. It is accepted with a
  **warning** (``pdf_owner_password``); its pages are counted.
* A PDF that needs a password to be opened cannot be read by the Agency and its
  pages cannot be counted: that is an **error** (``pdf_password_required``).
* A PDF encrypted with AES when no AES implementation is installed
  (pypdf needs the ``cryptography`` package for it) cannot be checked: a
  **warning** (``pdf_encryption_unchecked``) and ``pages`` is ``None``.

Work is bounded: files over :attr:`InspectLimits.max_size` are not parsed at
all; PDF pages are counted by walking the page tree (no rendering, no content
streams) with a node cap and a time budget; image dimensions are checked
before any pixel is decoded; ZIP-based formats are judged from the central
directory before anything is decompressed. pypdf's warnings and log messages
are kept inside (the ``pypdf`` logger is raised to ERROR level while a PDF is
inspected, and Python warnings are suppressed in that block).
"""

from __future__ import annotations

import hashlib
import io
import logging
import threading
import time
import warnings
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Literal

from desktop_app.core.text_safety import bidi_controls_in

from .names import safe_display_name, safe_filename
from .ole import OLE_MAGIC, OleFormatError, ole_stream_names
from .zipcheck import MIB, ZipLimits, format_size, scan_zip

if TYPE_CHECKING:
    from pypdf import PdfReader

__all__ = [
    "ALL_KINDS",
    "EXTENSION_KINDS",
    "KIND_TITLES",
    "MAX_NAME_LENGTH",
    "ActiveContent",
    "FileInfo",
    "InspectLimits",
    "Problem",
    "Severity",
    "allowed_extensions",
    "extension_for_kind",
    "find_active_content",
    "inspect_bytes",
    "inspect_file",
    "inspect_stream",
    "kind_for_extension",
    "name_for_kind",
    "safe_display_name",
    "safe_filename",
]

Severity = Literal["error", "warning"]

#: Every ``FileInfo.kind`` value.
ALL_KINDS: frozenset[str] = frozenset(
    {"pdf", "png", "jpeg", "tiff", "docx", "xlsx", "odt", "ods", "doc", "xls", "zip", "unknown"}
)
#: Kinds accepted when the caller gives no ``accepted_kinds``.
DEFAULT_ACCEPTED: frozenset[str] = ALL_KINDS - {"unknown"}

#: How a kind is named in a sentence («по содержимому — изображение PNG»).
KIND_TITLES: dict[str, str] = {
    "pdf": "документ PDF",
    "png": "изображение PNG",
    "jpeg": "изображение JPEG",
    "tiff": "изображение TIFF",
    "docx": "документ Word (DOCX)",
    "xlsx": "таблица Excel (XLSX)",
    "odt": "текстовый документ OpenDocument (ODT)",
    "ods": "таблица OpenDocument (ODS)",
    "doc": "документ Word 97–2003 (DOC)",
    "xls": "таблица Excel 97–2003 (XLS)",
    "zip": "архив ZIP",
    "unknown": "файл неизвестного формата",
}
_KIND_SHORT: dict[str, str] = {
    "pdf": "PDF", "png": "PNG", "jpeg": "JPEG", "tiff": "TIFF", "docx": "DOCX",
    "xlsx": "XLSX", "odt": "ODT", "ods": "ODS", "doc": "DOC", "xls": "XLS", "zip": "ZIP",
}
_KIND_EXTENSION: dict[str, str] = {
    "pdf": ".pdf", "png": ".png", "jpeg": ".jpg", "tiff": ".tif", "docx": ".docx",
    "xlsx": ".xlsx", "odt": ".odt", "ods": ".ods", "doc": ".doc", "xls": ".xls", "zip": ".zip",
}
#: Which content kinds an extension promises. A file is accepted only under one
#: of these extensions, and only when it promises a kind the document accepts:
#: the operating system opens a file by its extension, so ``Заявка.bat`` holding
#: a PDF is refused (it would be run, not shown). Macro-enabled Office
#: extensions (``.docm``, ``.xlsm``) promise no accepted kind.
EXTENSION_KINDS: dict[str, frozenset[str]] = {
    ".pdf": frozenset({"pdf"}),
    ".png": frozenset({"png"}),
    ".jpg": frozenset({"jpeg"}),
    ".jpeg": frozenset({"jpeg"}),
    ".jpe": frozenset({"jpeg"}),
    ".jfif": frozenset({"jpeg"}),
    ".tif": frozenset({"tiff"}),
    ".tiff": frozenset({"tiff"}),
    ".docx": frozenset({"docx"}),
    ".docm": frozenset(),
    ".xlsx": frozenset({"xlsx"}),
    ".xlsm": frozenset(),
    ".odt": frozenset({"odt"}),
    ".ods": frozenset({"ods"}),
    ".doc": frozenset({"doc"}),
    ".xls": frozenset({"xls"}),
    ".zip": frozenset({"zip"}),
}

_ODF_MIMETYPES = {
    "application/vnd.oasis.opendocument.text": "odt",
    "application/vnd.oasis.opendocument.spreadsheet": "ods",
}
_CHUNK = 1024 * 1024


#: The longest original file name accepted (characters): the common file system
#: limit; a longer name cannot be written to disk and breaks printed tables.
MAX_NAME_LENGTH = 255


def kind_for_extension(name: str) -> frozenset[str] | None:
    """Kinds the extension of ``name`` promises, or ``None`` for an unlisted extension."""
    return EXTENSION_KINDS.get(Path(name).suffix.lower())


def extension_for_kind(kind: str) -> str | None:
    """The usual extension of a content kind (``"jpeg"`` → ``".jpg"``); ``None`` if unknown."""
    return _KIND_EXTENSION.get(kind)


def name_for_kind(original: str, kind: str, max_len: int = 120) -> str:
    """A safe file name whose extension matches the content ``kind``.

    The name is kept (made safe by :func:`safe_filename`) when its extension
    already promises that kind (``скан.jpeg`` stays ``.jpeg``); otherwise the
    kind's extension replaces the last one (``Заявка.bat`` holding a PDF becomes
    ``Заявка.pdf``). Content of no known kind gets ``.bin``, which no system runs.
    Used wherever a stored file is written out under a name: viewing copies,
    exchange archives.
    """
    cleaned = safe_filename(original, max_len)
    promised = EXTENSION_KINDS.get(Path(cleaned).suffix.lower())
    if promised and kind in promised:
        return cleaned
    suffix = Path(cleaned).suffix
    stem = cleaned[: -len(suffix)] if suffix[1:].isalnum() and len(suffix) <= 11 else cleaned
    return safe_filename(stem + (_KIND_EXTENSION.get(kind) or ".bin"), max_len)


def allowed_extensions(accepted_kinds: Iterable[str]) -> list[str]:
    """Every extension under which a file of one of ``accepted_kinds`` is accepted, sorted."""
    kinds = set(accepted_kinds)
    return sorted(ext for ext, promised in EXTENSION_KINDS.items() if promised & kinds)


@dataclass(frozen=True)
class InspectLimits:
    """Bounds of the work and of what is acceptable; every field is configurable."""

    max_size: int = 100 * MIB
    max_image_pixels: int = 150_000_000
    max_pdf_pages: int = 100_000
    #: Levels of the PDF page tree. Real documents have fewer than ten; a deeper
    #: tree is refused because the PDF library that builds the package gives up
    #: at 100 levels.
    max_pdf_tree_depth: int = 50
    #: Objects examined when looking for active content (JavaScript, actions, files).
    max_pdf_objects: int = 500_000
    pdf_time_budget: float = 10.0
    zip: ZipLimits = field(default_factory=ZipLimits)


@dataclass(frozen=True)
class Problem:
    """A reason to refuse (``error``) or to look twice (``warning``); message in Russian."""

    severity: Severity
    code: str
    message: str


@dataclass(frozen=True)
class FileInfo:
    """The result of inspecting one file.

    ``sha256`` is ``None`` only when the file was not read through (empty,
    over the size limit, unreadable). ``pages`` is the PDF page count or the
    TIFF frame count (1 for PNG/JPEG), ``None`` when unknown. ``details``
    holds format-specific figures (``zip_members``, ``zip_uncompressed``,
    ``zip_compressed``, ``zip_ratio``, ``pdf_version``, ``image_mode``).
    """

    name: str
    kind: str
    size: int
    sha256: str | None
    pages: int | None = None
    width: int | None = None
    height: int | None = None
    encrypted: bool = False
    problems: tuple[Problem, ...] = ()
    details: dict[str, int | float | str] = field(default_factory=dict, hash=False)

    @property
    def ok(self) -> bool:
        """True when there is no error (warnings allowed)."""
        return not self.errors

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "warning")

    @property
    def kind_title(self) -> str:
        return KIND_TITLES.get(self.kind, self.kind)


# --------------------------------------------------------------------------- quiet pypdf

class _QuietState:
    """How many inspections are muting the ``pypdf`` logger, and its level before."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.depth = 0
        self.saved_level = logging.NOTSET


_QUIET = _QuietState()


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """Keep pypdf's log messages and Python warnings from escaping inspection."""
    logger = logging.getLogger("pypdf")
    with _QUIET.lock:
        if _QUIET.depth == 0:
            _QUIET.saved_level = logger.level
            logger.setLevel(logging.ERROR)
        _QUIET.depth += 1
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        with _QUIET.lock:
            _QUIET.depth -= 1
            if _QUIET.depth == 0:
                logger.setLevel(_QUIET.saved_level)


# --------------------------------------------------------------------------- public entry points


def inspect_file(
    path: Path,
    *,
    original_name: str | None = None,
    limits: InspectLimits | None = None,
    accepted_kinds: Iterable[str] | None = None,
) -> FileInfo:
    """Inspect the file at ``path``.

    ``original_name`` is the name the enterprise gave the file (used for the
    extension check and quoted in messages); by default ``path.name``.
    ``accepted_kinds`` (kinds from :data:`ALL_KINDS`) narrows what is accepted,
    e.g. the document type's list from the program profile. Never raises for
    bad content or an unreadable file: those become error problems.
    """
    limits = limits or InspectLimits()
    name = original_name if original_name is not None else path.name
    shown = safe_display_name(name)
    try:
        with open(path, "rb") as fh:
            size = fh.seek(0, io.SEEK_END)
            fh.seek(0)
            return inspect_stream(
                fh, size=size, name=name, limits=limits, accepted_kinds=accepted_kinds
            )
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return FileInfo(
            name=shown,
            kind="unknown",
            size=0,
            sha256=None,
            problems=(
                Problem(
                    "error",
                    "unreadable",
                    f"Файл «{shown}» не удалось прочитать ({reason}). Проверьте, что файл "
                    "существует, не открыт в другой программе и доступен для чтения.",
                ),
            ),
        )


def inspect_bytes(
    data: bytes,
    *,
    name: str,
    limits: InspectLimits | None = None,
    accepted_kinds: Iterable[str] | None = None,
) -> FileInfo:
    """Inspect ``data`` held in memory as if it were a file called ``name``."""
    return inspect_stream(
        io.BytesIO(data), size=len(data), name=name, limits=limits, accepted_kinds=accepted_kinds
    )


def inspect_stream(
    fh: IO[bytes],
    *,
    size: int,
    name: str,
    limits: InspectLimits | None = None,
    accepted_kinds: Iterable[str] | None = None,
) -> FileInfo:
    """Inspect a seekable binary stream of ``size`` bytes known as ``name``."""
    limits = limits or InspectLimits()
    accepted = frozenset(accepted_kinds) if accepted_kinds is not None else DEFAULT_ACCEPTED
    shown = safe_display_name(name)
    # Windows drops trailing dots and spaces: «Заявка.bat.» is opened as «Заявка.bat»
    ext = Path(name.strip().rstrip(". ")).suffix.lower()
    quoted = f"«{shown}»"

    if size == 0:
        return FileInfo(
            name=shown,
            kind="unknown",
            size=0,
            sha256=None,
            problems=(
                Problem(
                    "error",
                    "empty",
                    f"Файл {quoted} пустой (0 байт): в нём нет содержимого. Вероятно, он "
                    "не был сохранён или скопирован до конца; попросите прислать его заново.",
                ),
            ),
        )

    result = _Result(shown)
    try:
        head = fh.read(2048)
        if size > limits.max_size:
            result.kind = _sniff_head(head)
            result.error(
                "too_large",
                f"Файл {quoted} занимает {format_size(size)}, а допускается не больше "
                f"{format_size(limits.max_size)}. Уменьшите файл (например, сканируйте с "
                "меньшим разрешением или разделите документ на части).",
            )
            return result.build(size, None)
        fh.seek(0)
        sha = _sha256(fh)
        _inspect_content(fh, size, head, limits, result)
        _check_name_and_acceptance(result, name, ext, accepted)
        return result.build(size, sha)
    except Exception as exc:  # a parser bug or a hostile file must never crash the caller
        result.error(
            "internal",
            f"Файл {quoted} не удалось проверить: при разборе содержимого произошла ошибка "
            f"({type(exc).__name__}). Файл не принят; попросите прислать его в другом "
            "формате или пересохранить.",
        )
        return result.build(size, None)


# --------------------------------------------------------------------------- internals


class _Result:
    """Mutable collector turned into a frozen :class:`FileInfo` at the end."""

    def __init__(self, shown: str) -> None:
        self.shown = shown
        self.kind = "unknown"
        self.pages: int | None = None
        self.width: int | None = None
        self.height: int | None = None
        self.encrypted = False
        self.problems: list[Problem] = []
        self.details: dict[str, int | float | str] = {}
        self.unknown_reason: str | None = None
        # set when the content could not be classified further (e.g. a refused ZIP
        # that may be a DOCX): then the name is not blamed on top of the real reason
        self.unclassified = False

    def error(self, code: str, message: str) -> None:
        self.problems.append(Problem("error", code, message))

    def warning(self, code: str, message: str) -> None:
        self.problems.append(Problem("warning", code, message))

    def build(self, size: int, sha: str | None) -> FileInfo:
        return FileInfo(
            name=self.shown,
            kind=self.kind,
            size=size,
            sha256=sha,
            pages=self.pages,
            width=self.width,
            height=self.height,
            encrypted=self.encrypted,
            problems=tuple(self.problems),
            details=dict(self.details),
        )


def _sha256(fh: IO[bytes]) -> str:
    digest = hashlib.sha256()
    while chunk := fh.read(_CHUNK):
        digest.update(chunk)
    return digest.hexdigest()


def _sniff_head(head: bytes) -> str:
    """Kind guess from the first bytes only (ZIP and OLE2 are not told apart further)."""
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "tiff"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "zip"
    if head.startswith(OLE_MAGIC):
        return "doc"  # refined by _inspect_ole
    return "unknown"


def _inspect_content(
    fh: IO[bytes], size: int, head: bytes, limits: InspectLimits, result: _Result
) -> None:
    kind = _sniff_head(head)
    result.kind = kind
    if kind == "pdf":
        _inspect_pdf(fh, size, head, limits, result)
    elif kind in ("png", "jpeg", "tiff"):
        _inspect_image(fh, kind, limits, result)
    elif kind == "zip":
        _inspect_zip(fh, limits, result)
    elif kind == "doc":
        _inspect_ole(fh, size, result)


def _check_name_and_acceptance(
    result: _Result, name: str, ext: str, accepted: frozenset[str]
) -> None:
    quoted = f"«{result.shown}»"
    kind = result.kind
    promised = EXTENSION_KINDS.get(ext)
    if len(name) > MAX_NAME_LENGTH:
        result.error(
            "name_too_long",
            f"Имя файла {quoted} слишком длинное: {len(name)} знаков, а допускается не "
            f"больше {MAX_NAME_LENGTH}. Переименуйте файл, сократив имя.",
        )
    bidi = bidi_controls_in(name)
    if bidi:
        result.error(
            "name_bidi_controls",
            f"Имя файла {quoted} содержит невидимые символы смены направления текста "
            f"({', '.join(bidi)}): из-за них имя читается не так, как записано (так "
            "маскируют опасные файлы). Переименуйте файл.",
        )
    if result.unclassified:
        return
    if kind == "unknown":
        if result.unknown_reason is not None:
            return  # a specific error was already reported
        if promised:
            expected = ", ".join(sorted(_KIND_SHORT[k] for k in promised))
            msg = (
                f"Файл {quoted} по расширению «{ext}» должен быть {expected}, но по содержимому "
                "не является ни им, ни другим принимаемым форматом: файл повреждён или это "
                "другой формат под чужим расширением."
            )
        else:
            msg = (
                f"Формат файла {quoted} не распознан: по содержимому это не PDF, не "
                "изображение (PNG, JPEG, TIFF) и не документ Word, Excel или OpenDocument."
            )
        result.error("unknown_content", msg + f" Принимаются: {_accepted_list(accepted)}.")
        return
    if not promised:  # an unlisted extension, none at all, or a macro-enabled one
        allowed = ", ".join(allowed_extensions(accepted)) or "никакие"
        what = f"расширение «{ext}» не допускается" if ext else "у файла нет расширения"
        advice = ""
        if kind in accepted:
            fixed = safe_filename(Path(result.shown).stem + _KIND_EXTENSION[kind])
            advice = (
                f" По содержимому это {KIND_TITLES[kind]}; если это тот самый документ, "
                f"переименуйте файл в «{fixed}»."
            )
        result.error(
            "extension_not_allowed",
            f"Файл {quoted}: {what} — компьютер открыл бы такой файл не как документ. "
            f"Для этого документа принимаются файлы с расширениями: {allowed}.{advice}",
        )
    elif kind not in promised:
        expected = ", ".join(sorted(_KIND_SHORT[k] for k in promised))
        result.error(
            "extension_mismatch",
            f"Файл {quoted} по содержимому — {KIND_TITLES[kind]}, а не {expected}, как "
            f"указывает расширение «{ext}». Переименуйте его в "
            f"«{safe_filename(Path(result.shown).stem + _KIND_EXTENSION[kind])}» или "
            f"приложите настоящий {expected}.",
        )
    if kind not in accepted:
        result.error(
            "kind_not_accepted",
            f"Файл {quoted} — {KIND_TITLES[kind]}, а для этого документа принимаются только: "
            f"{_accepted_list(accepted)}.",
        )


def _accepted_list(accepted: frozenset[str]) -> str:
    order = ["pdf", "png", "jpeg", "tiff", "docx", "xlsx", "odt", "ods", "doc", "xls", "zip"]
    names = [_KIND_SHORT[k] for k in order if k in accepted]
    return ", ".join(names) if names else "никакие форматы"


# --------------------------------------------------------------------------- PDF


def _inspect_pdf(
    fh: IO[bytes], size: int, head: bytes, limits: InspectLimits, result: _Result
) -> None:
    from pypdf import PasswordType, PdfReader
    from pypdf.errors import DependencyError
    from pypdf.generic import DictionaryObject, IndirectObject

    quoted = f"«{result.shown}»"
    start = head.find(b"%PDF-")
    version = head[start + 5 : start + 8].decode("ascii", errors="replace")
    if version[:1].isdigit():
        result.details["pdf_version"] = version
    fh.seek(max(size - 2048, 0))
    if b"%%EOF" not in fh.read(2048):
        result.error(
            "pdf_truncated",
            f"Файл {quoted} — PDF обрезан или повреждён: в конце нет признака окончания "
            "файла (%%EOF). Вероятно, он скачан или скопирован не полностью; получите "
            "файл заново.",
        )
        return
    broken = (
        f"Файл {quoted} — повреждённый PDF: его структуру не удалось прочитать"
    )
    deadline = time.monotonic() + limits.pdf_time_budget
    with _quiet_pypdf():
        fh.seek(0)
        try:
            reader = PdfReader(fh, strict=False)
        except Exception as exc:
            result.error("pdf_broken", f"{broken} ({_short(exc)}). Получите файл заново.")
            return
        try:
            if reader.is_encrypted:
                result.encrypted = True
                try:
                    opened = reader.decrypt("")
                except DependencyError:
                    result.warning(
                        "pdf_encryption_unchecked",
                        f"Файл {quoted} — зашифрованный PDF (AES); проверить, открывается ли "
                        "он без пароля, и сосчитать страницы не удалось. Откройте файл и "
                        "убедитесь, что пароль не запрашивается.",
                    )
                    return
                if opened == PasswordType.NOT_DECRYPTED:
                    result.error(
                        "pdf_password_required",
                        f"Файл {quoted} — PDF, защищённый паролем на открытие. Агентство "
                        "не сможет его прочитать, а число страниц не определить. Попросите "
                        "прислать файл без пароля.",
                    )
                    return
                result.warning(
                    "pdf_owner_password",
                    f"Файл {quoted} — PDF с ограничениями владельца (пароль на изменение или "
                    "печать). Он открывается без пароля и принят, но копирование или "
                    "печать могут быть запрещены.",
                )
            root = reader.trailer["/Root"].get_object()
            if not isinstance(root, DictionaryObject):
                raise ValueError("каталог документа (/Root) не является словарём")
            pages_node = root["/Pages"].get_object()
        except Exception as exc:
            result.error("pdf_broken", f"{broken} ({_short(exc)}). Получите файл заново.")
            return

        count = 0
        stack: list[tuple[object, int]] = [(pages_node, 1)]
        seen: set[int] = set()
        nodes = 0
        try:
            while stack:
                node, depth = stack.pop()
                if depth > limits.max_pdf_tree_depth:
                    result.error(
                        "pdf_tree_too_deep",
                        f"Файл {quoted} — PDF с ненормально глубоким деревом страниц (больше "
                        f"{limits.max_pdf_tree_depth} уровней вложенности): такой файл не "
                        "удастся подшить в пакет. Пересохраните его («Печать в PDF») и "
                        "приложите заново.",
                    )
                    return
                if isinstance(node, IndirectObject):
                    if node.idnum in seen:
                        raise ValueError("дерево страниц зациклено")
                    seen.add(node.idnum)
                    node = node.get_object()
                if not isinstance(node, DictionaryObject):
                    raise ValueError("элемент дерева страниц не является словарём")
                nodes += 1
                if nodes > limits.max_pdf_pages * 2 or count > limits.max_pdf_pages:
                    result.error(
                        "pdf_too_many_pages",
                        f"Файл {quoted} содержит больше {limits.max_pdf_pages} страниц; "
                        "такой документ не принимается.",
                    )
                    return
                if nodes % 256 == 0 and time.monotonic() > deadline:
                    result.warning(
                        "pdf_pages_uncounted",
                        f"Файл {quoted}: страницы PDF не удалось сосчитать за отведённое "
                        "время; число страниц укажите вручную.",
                    )
                    return
                node_type = node.get("/Type")
                kids = node.get("/Kids")
                if node_type == "/Pages" or (node_type is None and kids is not None):
                    if kids is None:
                        raise ValueError("у узла дерева страниц нет /Kids")
                    kids = kids.get_object()
                    stack.extend((kid, depth + 1) for kid in reversed(list(kids)))
                else:
                    count += 1
        except Exception as exc:
            result.error(
                "pdf_broken",
                f"Файл {quoted} — повреждённый PDF: дерево страниц не читается "
                f"({_short(exc)}). Получите файл заново.",
            )
            return
        if count == 0:
            result.error(
                "pdf_no_pages",
                f"Файл {quoted} — PDF без единой страницы. Проверьте, тот ли файл приложен.",
            )
            return
        result.pages = count
        try:
            active = find_active_content(
                reader, max_objects=limits.max_pdf_objects, deadline=deadline
            )
        except Exception:  # a damaged object must not refuse an otherwise readable file
            active = ActiveContent(complete=False)
    if active.found:
        result.details["pdf_active_content"] = ",".join(active.codes)
        result.warning(
            "pdf_active_content",
            f"Файл {quoted}: документ содержит активное содержимое ({active.describe()}); "
            "в пакет для Агентства оно не попадёт.",
        )


# --------------------------------------------------------------------------- PDF active content

#: Action types that reach outside the document (run a program, send data, open
#: another file or play media). Links within the document and to web pages are not
#: counted: they are common and harmless in a printed package.
_EXTERNAL_ACTIONS = frozenset({
    "/SubmitForm", "/ImportData", "/GoToR", "/GoToE", "/RichMediaExecute", "/Rendition",
    "/Movie", "/Sound",
})
_ACTIVE_TITLES = {
    "javascript": "JavaScript",
    "launch": "запуск программ (/Launch)",
    "actions": "внешние действия",
    "embedded_files": "вложенные файлы",
    "xfa": "формы XFA со сценариями",
}


@dataclass(frozen=True)
class ActiveContent:
    """What active content a PDF holds.

    ``javascript`` — scripts (``/JS``, ``/S /JavaScript``); ``launch`` — ``/Launch``
    actions; ``actions`` — other action types that reach outside the document
    (``/SubmitForm``, ``/ImportData``, ``/GoToR``…), by name; ``embedded_files`` —
    attached files (``/EmbeddedFile`` streams, ``/EF`` file specifications,
    ``/FileAttachment`` annotations); ``xfa`` — XFA forms. ``complete`` is false
    when the search stopped at the object or time limit.
    """

    javascript: bool = False
    launch: bool = False
    actions: tuple[str, ...] = ()
    embedded_files: bool = False
    xfa: bool = False
    complete: bool = True

    @property
    def codes(self) -> tuple[str, ...]:
        """The kinds found: ``javascript``, ``launch``, ``actions``, ``embedded_files``, ``xfa``."""
        flags = (
            ("javascript", self.javascript), ("launch", self.launch),
            ("actions", bool(self.actions)), ("embedded_files", self.embedded_files),
            ("xfa", self.xfa),
        )
        return tuple(code for code, on in flags if on)

    @property
    def found(self) -> bool:
        return bool(self.codes)

    def describe(self) -> str:
        """«JavaScript, запуск программ (/Launch)» — for a sentence."""
        parts = []
        for code in self.codes:
            title = _ACTIVE_TITLES[code]
            if code == "actions":
                title += " (" + ", ".join(a.lstrip("/") for a in self.actions) + ")"
            parts.append(title)
        return ", ".join(parts)


def find_active_content(
    reader: PdfReader, *, max_objects: int = 500_000, deadline: float | None = None
) -> ActiveContent:
    """Look through every object of an opened PDF for active content.

    Every indirect object listed in the cross-reference data is read once and
    its direct contents are walked without recursion; references are not
    followed (the object they point to is read on its own). Stream data is
    never decoded. Stops at ``max_objects`` objects or at ``deadline``
    (``time.monotonic()`` value) and then reports ``complete=False``. May raise
    for a damaged file; callers decide what that means.
    """
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    found: dict[str, bool] = {}
    actions: set[str] = set()

    def name_of(d: DictionaryObject, key: str) -> object:
        value = dict.get(d, key)
        return value.get_object() if isinstance(value, IndirectObject) else value

    def look_at(d: DictionaryObject) -> None:
        subtype = name_of(d, "/S")
        if "/JS" in d or subtype == "/JavaScript":
            found["javascript"] = True
        if subtype == "/Launch":
            found["launch"] = True
        if isinstance(subtype, str) and subtype in _EXTERNAL_ACTIONS:
            actions.add(str(subtype))
        if (name_of(d, "/Type") == "/EmbeddedFile" or "/EF" in d
                or name_of(d, "/Subtype") == "/FileAttachment"):
            found["embedded_files"] = True
        if "/XFA" in d:
            found["xfa"] = True

    ids: list[tuple[int, int]] = [
        (idnum, gen) for gen, table in reader.xref.items() for idnum in table
    ]
    ids += [(idnum, 0) for idnum in reader.xref_objStm]
    complete = True
    for done, (idnum, gen) in enumerate(sorted(set(ids))):
        if done >= max_objects or (
            deadline is not None and done % 256 == 0 and time.monotonic() > deadline
        ):
            complete = False
            break
        obj = reader.get_object(IndirectObject(idnum, gen, reader))
        stack: list[object] = [obj]
        while stack:
            item = stack.pop()
            if isinstance(item, DictionaryObject):
                look_at(item)
                stack.extend(v for v in dict.values(item) if not isinstance(v, IndirectObject))
            elif isinstance(item, ArrayObject):
                stack.extend(v for v in list.__iter__(item) if not isinstance(v, IndirectObject))
    return ActiveContent(
        javascript=found.get("javascript", False), launch=found.get("launch", False),
        actions=tuple(sorted(actions)), embedded_files=found.get("embedded_files", False),
        xfa=found.get("xfa", False), complete=complete,
    )


def _short(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "…"


# --------------------------------------------------------------------------- images


def _inspect_image(fh: IO[bytes], kind: str, limits: InspectLimits, result: _Result) -> None:
    from PIL import Image

    quoted = f"«{result.shown}»"
    pil_format = {"png": "PNG", "jpeg": "JPEG", "tiff": "TIFF"}[kind]
    title = KIND_TITLES[kind]
    fh.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(fh, formats=[pil_format]) as im:
                width, height = im.size
                result.width, result.height = width, height
                result.details["image_mode"] = im.mode
                if width <= 0 or height <= 0:
                    raise ValueError("нулевой размер изображения")
                if width * height > limits.max_image_pixels:
                    result.error(
                        "image_too_large",
                        f"Файл {quoted} — {title} размером {width}×{height} точек "
                        f"({width * height / 1e6:.0f} Мп); допускается не больше "
                        f"{limits.max_image_pixels / 1e6:.0f} Мп. Отсканируйте документ с "
                        "меньшим разрешением.",
                    )
                    return
                if kind == "tiff":
                    result.pages = int(getattr(im, "n_frames", 1))
                    im.seek(0)
                else:
                    result.pages = 1
                if kind == "png":
                    im.verify()  # every chunk's CRC up to IEND; cheap, no decoding
                else:
                    if kind == "jpeg":
                        # Decode at 1/8 scale: the whole entropy-coded stream is still read.
                        im.draft(im.mode, (max(width // 8, 1), max(height // 8, 1)))
                    im.load()
    except Image.DecompressionBombError:
        result.error(
            "image_too_large",
            f"Файл {quoted} — {title} слишком большого размера в точках; отсканируйте "
            "документ с меньшим разрешением.",
        )
    except Exception as exc:
        result.error(
            "image_broken",
            f"Файл {quoted} — {title}, но оно повреждено или обрезано "
            f"({_short(exc)}). Получите файл заново.",
        )


# --------------------------------------------------------------------------- ZIP-based


def _inspect_zip(fh: IO[bytes], limits: InspectLimits, result: _Result) -> None:
    fh.seek(0)
    scan = scan_zip(fh, limits.zip, display_name=result.shown, windows_safe=False, what="Файл")
    result.details["zip_members"] = scan.member_count
    result.details["zip_uncompressed"] = scan.total_size
    result.details["zip_compressed"] = scan.total_compressed
    result.details["zip_ratio"] = round(scan.ratio, 1)
    for issue in scan.issues:
        result.error(issue.code, issue.message)
    if any(i.code == "zip_encrypted" for i in scan.issues):
        result.encrypted = True
    if not scan.infos:
        result.unclassified = bool(scan.issues)
        return
    names = {info.filename for info in scan.infos}
    if "[Content_Types].xml" in names:
        if any(n.startswith("word/") for n in names):
            result.kind = "docx"
        elif any(n.startswith("xl/") for n in names):
            result.kind = "xlsx"
        return
    mimetype = next((i for i in scan.infos if i.filename == "mimetype"), None)
    if mimetype is None or mimetype.file_size > 200 or mimetype.flag_bits & 0x1 or scan.issues:
        return
    fh.seek(0)
    try:
        with zipfile.ZipFile(fh) as zf, zf.open(mimetype) as member:
            value = member.read(201).decode("ascii", errors="replace").strip()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        result.error(
            "zip_broken",
            f"Файл «{result.shown}» — повреждённый документ OpenDocument ({_short(exc)}).",
        )
        return
    result.kind = _ODF_MIMETYPES.get(value, "zip")


# --------------------------------------------------------------------------- OLE2


def _inspect_ole(fh: IO[bytes], size: int, result: _Result) -> None:
    quoted = f"«{result.shown}»"
    try:
        names = ole_stream_names(fh, size)
    except OleFormatError as exc:
        result.kind = "unknown"
        result.unknown_reason = "ole_broken"
        result.error(
            "ole_broken",
            f"Файл {quoted} — повреждённый документ Microsoft Office 97–2003 ({exc}). "
            "Получите файл заново или попросите пересохранить его в PDF.",
        )
        return
    if "EncryptedPackage" in names:
        result.kind = "unknown"
        result.encrypted = True
        result.unknown_reason = "office_encrypted"
        result.error(
            "office_encrypted",
            f"Файл {quoted} — документ Microsoft Office, защищённый паролем на открытие. "
            "Его нельзя проверить и прочитать без пароля; попросите прислать файл без пароля.",
        )
        return
    if "WordDocument" in names:
        result.kind = "doc"
    elif "Workbook" in names or "Book" in names:
        result.kind = "xls"
    else:
        result.kind = "unknown"
