"""What the document service hands out: documents, their files, and the results of
checking stored files on disk (frozen pydantic models)."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict

from desktop_app.core.documents import VerifyResult

FileStatus = VerifyResult  # "ok" | "missing" | "altered"


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True)


class FileOut(_Out):
    id: int
    uuid: str
    original_name: str
    sha256: str
    size: int
    kind: str
    pages: int | None
    encrypted: bool
    position: int
    added_at: dt.datetime
    added_by_id: int | None
    replaced_at: dt.datetime | None
    replaced_by_file_id: int | None
    status: FileStatus | None
    """Result of the last check of the file on disk; None when not checked yet."""


class DocumentOut(_Out):
    id: int
    uuid: str
    dossier_id: int
    doc_type: str
    type_title: str
    title: str | None
    number: str | None
    issued_on: dt.date | None
    valid_until: dt.date | None
    received_on: dt.date | None
    notes: str | None
    files: list[FileOut]
    """Current files (replaced ones are in :meth:`DocumentService.file_history`)."""
    deleted_at: dt.datetime | None
    warnings: list[str] = []
    """Warnings of the inspection of the files just added (attach/replace only)."""

    @property
    def pages(self) -> int | None:
        pages = [f.pages for f in self.files]
        if not pages or any(p is None for p in pages):
            return None
        return sum(p for p in pages if p is not None)


class FileProblemOut(_Out):
    """One missing or altered stored file, and where it belongs."""

    sha256: str
    status: FileStatus
    dossier_id: int | None
    enterprise_name: str | None
    document_id: int | None
    doc_type: str | None
    type_title: str | None
    file_id: int | None
    file_name: str | None
    owner: str
    """Where the file belongs, in Russian (dossier, document, file name)."""

    def message(self) -> str:
        what = "файла нет в хранилище" if self.status == "missing" else (
            "содержимое файла изменено (контрольная сумма не совпадает)")
        return f"{self.owner}: {what}"


class VerificationReport(_Out):
    checked: int
    """Distinct stored files re-hashed."""
    problems: list[FileProblemOut]
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems and not self.cancelled

    @property
    def damaged(self) -> set[str]:
        return {p.sha256 for p in self.problems}

    def lines(self) -> list[str]:
        return [p.message() for p in self.problems]
