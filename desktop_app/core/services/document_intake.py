"""Taking files in: inspect every file first, then copy it into the blob store.

Steps 1 and 2 of attaching (see :mod:`.documents`); the dossier exchange import
uses the same steps, so a file refused in the editor is refused in an import too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.core.db.models import Blob
from desktop_app.core.documents import (
    BlobStore,
    FileInfo,
    StoredBlob,
    inspect_file,
    safe_display_name,
)
from desktop_app.core.documents.serverstore import ServerBlobStore
from desktop_app.core.errors import FieldProblem, InputError
from desktop_app.core.rules import Profile
from desktop_app.core.rules.profile import DocumentRequirement


@dataclass(frozen=True)
class PreparedFile:
    """A file that passed inspection and may be stored."""

    path: Path
    name: str
    info: FileInfo


def requirement_for(profile: Profile, doc_type: str) -> DocumentRequirement:
    for req in profile.documents:
        if req.code == doc_type:
            return req
    valid = "; ".join(f"{d.code} — {d.title}" for d in profile.documents)
    raise InputError([FieldProblem(
        "doc_type", "Тип документа",
        f"тип «{doc_type}» не предусмотрен профилем программы «{profile.code}» "
        f"(версия {profile.version}); допустимые типы: {valid}",
    )])


def prepare_files(
    files: Sequence[Path], accepted_kinds: Sequence[str], *, names: Sequence[str] | None = None
) -> tuple[list[PreparedFile], list[str]]:
    """Inspect every file; raise :class:`InputError` listing all refused files.

    Returns the prepared files and the warnings («name: message»).
    """
    if not files:
        raise InputError([FieldProblem("files", "Файлы", "не выбран ни один файл")])
    prepared: list[PreparedFile] = []
    problems: list[FieldProblem] = []
    warnings: list[str] = []
    for index, given in enumerate(files):
        path = Path(given)
        name = names[index] if names is not None else path.name
        info = inspect_file(path, original_name=name, accepted_kinds=accepted_kinds)
        shown = safe_display_name(name)
        for p in info.errors:
            problems.append(FieldProblem("files", f"Файл «{shown}»", p.message))
        if info.ok and info.sha256 is None:
            problems.append(FieldProblem("files", f"Файл «{shown}»", "файл не удалось прочитать"))
        # a warning names its file; the name is put in front only when it does not
        warnings.extend(p.message if f"«{shown}»" in p.message else f"«{shown}»: {p.message}"
                        for p in info.warnings)
        prepared.append(PreparedFile(path, name, info))
    if problems:
        raise InputError(problems)
    return prepared, warnings


def store_files(
    store: BlobStore | ServerBlobStore, prepared: Sequence[PreparedFile], *,
    session: Session | None = None,
) -> list[StoredBlob]:
    """Copy prepared files into the blob store (refuses a file changed since inspection);
    ``session``: the write transaction a server store writes them in."""
    stored: list[StoredBlob] = []
    for p in prepared:
        try:
            blob = store.put_file(p.path, session=session)
        except ValueError as exc:  # changed while it was being sent to the server
            raise InputError(f"Файл «{safe_display_name(p.name)}»: {exc}") from exc
        if blob.sha256 != p.info.sha256:
            raise InputError(
                f"Файл «{safe_display_name(p.name)}» изменился во время приложения "
                "(его содержимое не совпадает с проверенным); закройте программы, "
                "которые его меняют, и приложите его снова"
            )
        stored.append(blob)
    return stored


def upsert_blob_in(s: Session, info: FileInfo, stored: StoredBlob) -> Blob:
    row = s.get(Blob, stored.sha256)
    details: dict[str, Any] = dict(info.details)
    if row is None:
        row = Blob(sha256=stored.sha256, size=stored.size, kind=info.kind)
        s.add(row)
    row.size = stored.size
    row.kind = info.kind
    row.pages = info.pages
    row.width = info.width
    row.height = info.height
    row.encrypted = info.encrypted
    row.info = details or None
    return row
