"""Documents of a dossier and their files (content-addressed blob store + rows).

Attaching is done in three steps so that bad input never writes anything and
a crash never leaves a row pointing at a missing file:

1. every file is inspected (:func:`~desktop_app.core.documents.inspect_file`)
   against the kinds the program profile accepts for the document type; any
   error refuses the whole call before anything is stored;
2. the files are copied into the blob store (fsynced, atomically renamed);
3. the ``Blob``/``DocumentFile``/``DossierDocument`` rows and the audit entry
   are written in one unit of work.

A crash between 2 and 3 leaves an unreferenced blob, which :meth:`DocumentService.
gc_blobs` removes later; a row never references a blob that is not on disk.

Steps 1 and 2 live in :mod:`.document_intake`, what the service hands out in
:mod:`.document_models`; whether stored files are intact is remembered by
:mod:`desktop_app.core.documents.health`.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.db.models import (
    Blob,
    DocumentFile,
    Dossier,
    DossierDocument,
    Enterprise,
    OrganizationProfile,
    OutgoingLetter,
)
from desktop_app.core.documents import (
    StoredBlob,
    name_for_kind,
    safe_display_name,
)
from desktop_app.core.documents.health import blob_status, known_status
from desktop_app.core.errors import FieldProblem, InputError, NotFoundError
from desktop_app.core.files import atomic_writer
from desktop_app.core.formatting import format_date, utcnow
from desktop_app.core.rules import Profile

from .context import EVENT_FILE_OPEN, Permission, ServiceContext
from .document_intake import (
    PreparedFile,
    prepare_files,
    requirement_for,
    store_files,
    upsert_blob_in,
)
from .document_models import (
    DocumentOut,
    FileOut,
    FileProblemOut,
    VerificationReport,
)
from .document_store import DocumentStore, store_for
from .dossier_workflow import drop_to_draft_in, editable_or_raise
from .profiles import ProgramProfiles
from .schemas import DocumentDetailsIn, parse

log = logging.getLogger(__name__)

__all__ = [
    "DocumentService",
]


def _store(ctx: ServiceContext) -> DocumentStore:
    return store_for(ctx.db)


# --- helpers ---------------------------------------------------------------------------


def _file_out(f: DocumentFile, b: Blob, store: DocumentStore) -> FileOut:
    return FileOut(
        id=f.id, uuid=f.uuid, original_name=f.original_name, sha256=f.blob_sha256,
        size=b.size, kind=b.kind, pages=b.pages, encrypted=b.encrypted, position=f.position,
        added_at=f.added_at, added_by_id=f.added_by_id, replaced_at=f.replaced_at,
        replaced_by_file_id=f.replaced_by_file_id, status=known_status(store, f.blob_sha256),
    )


def _doc_snapshot(d: DossierDocument) -> dict[str, Any]:
    return {
        "doc_type": d.doc_type, "title": d.title, "number": d.number,
        "issued_on": d.issued_on, "valid_until": d.valid_until, "received_on": d.received_on,
    }


def _check_dates(issued_on: dt.date | None, valid_until: dt.date | None,
                 received_on: dt.date | None = None) -> None:
    problems = []
    today = dt.date.today()
    if issued_on is not None and issued_on > today:
        problems.append(FieldProblem("issued_on", "Дата выдачи",
                                     f"дата {format_date(issued_on)} ещё не наступила"))
    if received_on is not None and received_on > today:
        problems.append(FieldProblem("received_on", "Дата получения",
                                     f"дата {format_date(received_on)} ещё не наступила"))
    if issued_on is not None and valid_until is not None and valid_until < issued_on:
        problems.append(FieldProblem(
            "valid_until", "Действителен до",
            f"срок действия {format_date(valid_until)} раньше даты выдачи "
            f"{format_date(issued_on)}"))
    if problems:
        raise InputError(problems)


def document_details(**given: str | None) -> dict[str, str | None]:
    """``title``/``number`` of a document checked like every other text field
    (:class:`DocumentDetailsIn`); runs of whitespace become one space."""
    data = {k: " ".join(v.split()) if isinstance(v, str) else v for k, v in given.items()}
    checked = parse(DocumentDetailsIn, data)
    return {k: getattr(checked, k) for k in given}


_UNSET: Any = object()


def _used_blobs(s: Session) -> set[str]:
    used: set[str] = set(s.execute(select(DocumentFile.blob_sha256)).scalars())
    used |= {x for x in s.execute(select(OutgoingLetter.pdf_sha256)).scalars() if x}
    used |= {x for x in s.execute(select(OrganizationProfile.logo_sha256)).scalars() if x}
    return used


# --- the service -------------------------------------------------------------------------


class DocumentService:
    """Documents and files of dossiers (see the module docstring)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @property
    def store(self) -> DocumentStore:
        return _store(self.ctx)

    # --- attaching -----------------------------------------------------------------------
    def attach(
        self,
        dossier_id: int,
        doc_type: str,
        files: Sequence[Path],
        *,
        title: str | None = None,
        number: str | None = None,
        issued_on: dt.date | None = None,
        valid_until: dt.date | None = None,
        received_on: dt.date | None = None,
        document_id: int | None = None,
        names: Sequence[str] | None = None,
    ) -> DocumentOut:
        """Attach ``files`` as one document of type ``doc_type`` (or add them to the
        existing document ``document_id``). ``names``: the original names, if the
        files on disk carry other names. All files are inspected first; any refused
        file refuses the call (:class:`InputError` naming each file), nothing is
        stored. Warnings come back in :attr:`DocumentOut.warnings`.
        """
        if names is not None and len(names) != len(files):
            raise InputError("число имён файлов не совпадает с числом файлов")
        details = document_details(title=title, number=number)
        title, number = details["title"], details["number"]
        _check_dates(issued_on, valid_until, received_on)
        with self.ctx.read() as s:
            dossier = self._dossier(s, dossier_id)
            self.ctx.require_owner_or(dossier.consultant_id, Permission.EDIT_ANY_WORK)
            editable_or_raise(dossier)
            profile = ProgramProfiles.of(self.ctx).for_dossier(dossier)
            if document_id is not None:
                existing = s.get(DossierDocument, document_id)
                if existing is None or existing.dossier_id != dossier_id or existing.deleted_at:
                    raise NotFoundError(
                        f"документ № {document_id} в досье № {dossier_id} не найден")
                doc_type = existing.doc_type
            req = requirement_for(profile, doc_type)
        prepared, warnings = prepare_files(files, list(req.kinds), names=names)
        store = self.store
        # a server keeps the files in the database: they commit with their rows
        stored = [] if store.transactional else store_files(store, prepared)
        with self.ctx.write() as s:
            dossier = self._dossier(s, dossier_id)
            editable_or_raise(dossier)
            if store.transactional:
                stored = store_files(store, prepared, session=s)
            doc = self.attach_in(
                s, dossier, doc_type, prepared, stored, title=title, number=number,
                issued_on=issued_on, valid_until=valid_until, received_on=received_on,
                document_id=document_id, warnings=warnings,
            )
            drop_to_draft_in(s, self.ctx, dossier, "изменён состав документов")
            out = self._doc_out(s, doc, profile)
        for w in warnings:
            log.warning("document %s of dossier %s: %s", doc.id, dossier_id, w)
        return out.model_copy(update={"warnings": warnings})

    def attach_in(
        self,
        s: Session,
        dossier: Dossier,
        doc_type: str,
        prepared: Sequence[PreparedFile],
        stored: Sequence[StoredBlob],
        *,
        title: str | None = None,
        number: str | None = None,
        issued_on: dt.date | None = None,
        valid_until: dt.date | None = None,
        received_on: dt.date | None = None,
        document_id: int | None = None,
        warnings: Sequence[str] = (),
    ) -> DossierDocument:
        """Write the rows of an attach inside the caller's unit of work (blobs already stored)."""
        uid = self.ctx.actor.user_id
        if document_id is not None:
            doc = s.get(DossierDocument, document_id)
            if doc is None or doc.dossier_id != dossier.id or doc.deleted_at is not None:
                raise NotFoundError(f"документ № {document_id} в досье № {dossier.id} не найден")
            action = "add_files"
        else:
            doc = DossierDocument(
                dossier_id=dossier.id, doc_type=doc_type, title=title, number=number,
                issued_on=issued_on, valid_until=valid_until, received_on=received_on,
                created_by_id=uid, updated_by_id=uid,
            )
            s.add(doc)
            s.flush()
            action = "attach"
        position = 1 + max(
            (f.position for f in s.execute(
                select(DocumentFile).where(DocumentFile.document_id == doc.id)).scalars()),
            default=-1,
        )
        added = []
        for p, blob in zip(prepared, stored, strict=True):
            upsert_blob_in(s, p.info, blob)
            s.flush()
            row = DocumentFile(document_id=doc.id, blob_sha256=blob.sha256, original_name=p.name,
                               position=position, added_at=utcnow(), added_by_id=uid)
            s.add(row)
            position += 1
            added.append({"name": p.name, "sha256": blob.sha256, "size": blob.size,
                          "kind": p.info.kind, "pages": p.info.pages})
        s.flush()
        new = {**_doc_snapshot(doc), "dossier_id": dossier.id, "files": added}
        if warnings:
            new["warnings"] = list(warnings)
        self.ctx.audit(s, action, "document", doc.id, entity_uuid=doc.uuid, new=new)
        return doc

    def replace_file(self, file_id: int, new_path: Path, *, name: str | None = None) -> DocumentOut:
        """Put a new file in place of ``file_id``; the old one stays as history."""
        with self.ctx.read() as s:
            old = s.get(DocumentFile, file_id)
            if old is None:
                raise NotFoundError(f"файл № {file_id} не найден")
            if old.replaced_at is not None:
                raise InputError(f"файл «{old.original_name}» уже заменён другим")
            doc = s.get(DossierDocument, old.document_id)
            assert doc is not None
            dossier = self._dossier(s, doc.dossier_id)
            self.ctx.require_owner_or(dossier.consultant_id, Permission.EDIT_ANY_WORK)
            editable_or_raise(dossier)
            if doc.deleted_at is not None:
                raise InputError("документ удалён; восстановите его, чтобы заменить файл")
            profile = ProgramProfiles.of(self.ctx).for_dossier(dossier)
            req = requirement_for(profile, doc.doc_type)
        prepared, warnings = prepare_files(
            [Path(new_path)], list(req.kinds), names=[name] if name else None)
        store = self.store
        stored = [] if store.transactional else store_files(store, prepared)
        with self.ctx.write() as s:
            if store.transactional:
                stored = store_files(store, prepared, session=s)
            old = s.get(DocumentFile, file_id)
            assert old is not None
            if old.replaced_at is not None:
                raise InputError(f"файл «{old.original_name}» уже заменён другим")
            doc = s.get(DossierDocument, old.document_id)
            assert doc is not None
            dossier = self._dossier(s, doc.dossier_id)
            editable_or_raise(dossier)
            upsert_blob_in(s, prepared[0].info, stored[0])
            s.flush()
            new = DocumentFile(document_id=doc.id, blob_sha256=stored[0].sha256,
                               original_name=prepared[0].name, position=old.position,
                               added_at=utcnow(), added_by_id=self.ctx.actor.user_id)
            s.add(new)
            s.flush()
            old.replaced_at = utcnow()
            old.replaced_by_file_id = new.id
            self.ctx.audit(
                s, "replace_file", "document", doc.id, entity_uuid=doc.uuid,
                old={"file_id": old.id, "name": old.original_name, "sha256": old.blob_sha256},
                new={"file_id": new.id, "name": new.original_name, "sha256": new.blob_sha256,
                     **({"warnings": warnings} if warnings else {})},
            )
            drop_to_draft_in(s, self.ctx, dossier, "заменён файл документа")
            out = self._doc_out(s, doc, profile)
        return out.model_copy(update={"warnings": warnings})

    # --- editing -----------------------------------------------------------------------------
    def update_document(
        self,
        document_id: int,
        *,
        title: str | None = _UNSET,
        number: str | None = _UNSET,
        issued_on: dt.date | None = _UNSET,
        valid_until: dt.date | None = _UNSET,
        received_on: dt.date | None = _UNSET,
    ) -> DocumentOut:
        """Change the document's details; only the arguments given are changed."""
        with self.ctx.write() as s:
            doc = self._document(s, document_id)
            dossier = self._dossier(s, doc.dossier_id)
            self.ctx.require_owner_or(dossier.consultant_id, Permission.EDIT_ANY_WORK)
            editable_or_raise(dossier)
            before = _doc_snapshot(doc)
            if title is not _UNSET:
                doc.title = document_details(title=title)["title"]
            if number is not _UNSET:
                doc.number = document_details(number=number)["number"]
            if issued_on is not _UNSET:
                doc.issued_on = issued_on
            if valid_until is not _UNSET:
                doc.valid_until = valid_until
            if received_on is not _UNSET:
                doc.received_on = received_on
            _check_dates(doc.issued_on, doc.valid_until, doc.received_on)
            after = _doc_snapshot(doc)
            changed = [k for k in after if after[k] != before[k]]
            if changed:
                doc.updated_by_id = self.ctx.actor.user_id
                self.ctx.audit(s, "update", "document", doc.id, entity_uuid=doc.uuid,
                               old={k: before[k] for k in changed},
                               new={k: after[k] for k in changed})
                drop_to_draft_in(s, self.ctx, dossier, "изменены сведения о документе")
            return self._doc_out(s, doc, None)

    def remove_document(self, document_id: int, reason: str) -> None:
        """Mark the document deleted (kept with its files; :meth:`restore_document` undoes)."""
        text = (reason or "").strip()
        if not text:
            raise InputError(
                [FieldProblem("reason", "Причина", "укажите, почему документ удаляется")])
        with self.ctx.write() as s:
            doc = self._document(s, document_id)
            dossier = self._dossier(s, doc.dossier_id)
            self.ctx.require_owner_or(dossier.consultant_id, Permission.EDIT_ANY_WORK)
            editable_or_raise(dossier)
            if doc.deleted_at is not None:
                raise InputError(f"документ № {document_id} уже удалён")
            doc.deleted_at = utcnow()
            doc.deleted_by_id = self.ctx.actor.user_id
            self.ctx.audit(s, "delete", "document", doc.id, entity_uuid=doc.uuid,
                           old=_doc_snapshot(doc), reason=text)
            drop_to_draft_in(s, self.ctx, dossier, "удалён документ")

    def restore_document(self, document_id: int) -> DocumentOut:
        with self.ctx.write() as s:
            doc = self._document(s, document_id)
            dossier = self._dossier(s, doc.dossier_id)
            self.ctx.require_owner_or(dossier.consultant_id, Permission.EDIT_ANY_WORK)
            editable_or_raise(dossier)
            if doc.deleted_at is None:
                raise InputError(f"документ № {document_id} не удалён")
            old = {"deleted_at": doc.deleted_at}
            doc.deleted_at = None
            doc.deleted_by_id = None
            self.ctx.audit(s, "restore", "document", doc.id, entity_uuid=doc.uuid,
                           old=old, new={"deleted_at": None})
            drop_to_draft_in(s, self.ctx, dossier, "восстановлен документ")
            return self._doc_out(s, doc, None)

    # --- reading -------------------------------------------------------------------------------
    def list_documents(
        self, dossier_id: int, *, include_deleted: bool = False
    ) -> list[DocumentOut]:
        self.ctx.require(Permission.READ)
        with self.ctx.read() as s:
            dossier = self._dossier(s, dossier_id)
            profile = self._profile_or_none(dossier)
            q = select(DossierDocument).where(DossierDocument.dossier_id == dossier_id)
            if not include_deleted:
                q = q.where(DossierDocument.deleted_at.is_(None))
            docs = s.execute(q.order_by(DossierDocument.id)).scalars().all()
            return [self._doc_out(s, d, profile) for d in docs]

    def get_document(self, document_id: int) -> DocumentOut:
        self.ctx.require(Permission.READ)
        with self.ctx.read() as s:
            return self._doc_out(s, self._document(s, document_id), None)

    def file_history(self, document_id: int) -> list[FileOut]:
        """Every file the document ever had (replaced ones included), oldest first."""
        self.ctx.require(Permission.READ)
        with self.ctx.read() as s:
            self._document(s, document_id)
            rows = s.execute(
                select(DocumentFile, Blob).join(Blob, Blob.sha256 == DocumentFile.blob_sha256)
                .where(DocumentFile.document_id == document_id)
                .order_by(DocumentFile.added_at, DocumentFile.id)
            ).all()
            store = self.store
            return [_file_out(f, b, store) for f, b in rows]

    def open_path(self, file_id: int) -> Path:
        """A read-only copy of the file, named as the enterprise named it, for viewing.

        The copy's extension is always the one of the content's real kind: the
        operating system picks the program by the extension, so a PDF that came as
        ``Заявка.bat`` (accepted before extensions were checked, or carried in from
        elsewhere) is opened as ``Заявка.pdf``, never run. The stored file is
        re-hashed first: a missing or altered file raises :class:`InputError`.
        The opening is logged («file_open»).
        """
        self.ctx.require(Permission.READ)
        with self.ctx.read() as s:
            f = s.get(DocumentFile, file_id)
            if f is None:
                raise NotFoundError(f"файл № {file_id} не найден")
            doc = s.get(DossierDocument, f.document_id)
            assert doc is not None
            sha, name, dossier_id = f.blob_sha256, f.original_name, doc.dossier_id
            blob = s.get(Blob, sha)
            kind = blob.kind if blob is not None else "unknown"
        store = self.store
        status = blob_status(store, sha, full=True)
        if status != "ok":
            what = "нет в хранилище документов" if status == "missing" else (
                "изменён на диске (контрольная сумма не совпадает)")
            raise InputError(
                f"Файл «{safe_display_name(name)}» (досье № {dossier_id}) {what}; "
                "восстановите хранилище из резервной копии или приложите документ заново"
            )
        folder = Path(tempfile.gettempdir()) / "rci-intake-view" / sha[:16]
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / name_for_kind(name, kind)
        if not (target.is_file() and target.stat().st_size == store.size(sha)):
            with store.open(sha) as src, atomic_writer(target) as dst:
                shutil.copyfileobj(src, dst, 1024 * 1024)
            os.chmod(target, 0o444)
        self.ctx.event(EVENT_FILE_OPEN, "document_file", file_id,
                       details={"name": name, "sha256": sha, "dossier_id": dossier_id})
        return target

    # --- verification -----------------------------------------------------------------------
    def verify_all(
        self, progress: Callable[[int, int], object] | None = None
    ) -> VerificationReport:
        """Re-hash every stored file any record refers to; list missing and altered ones.

        ``progress(done, total)`` is called after each file; returning ``False``
        cancels (the report then has ``cancelled=True``).
        """
        self.ctx.require(Permission.READ)
        return self._verify(None, progress, rehash=True)

    def verify_stored(self, *, rehash: bool) -> VerificationReport:
        """Check every stored file any record refers to: present on disk and, when
        ``rehash``, unchanged (its SHA-256 recomputed)."""
        self.ctx.require(Permission.READ)
        return self._verify(None, None, rehash=rehash)

    def verify_dossier(self, dossier_id: int) -> VerificationReport:
        """Re-hash the files of one dossier (history included)."""
        self.ctx.require(Permission.READ)
        with self.ctx.read() as s:
            self._dossier(s, dossier_id)
        return self._verify(dossier_id, None, rehash=True)

    def _verify(
        self, dossier_id: int | None, progress: Callable[[int, int], object] | None,
        *, rehash: bool,
    ) -> VerificationReport:
        owners: dict[str, list[dict[str, Any]]] = {}
        with self.ctx.read() as s:
            q = (
                select(DocumentFile, DossierDocument, Dossier, Enterprise)
                .join(DossierDocument, DossierDocument.id == DocumentFile.document_id)
                .join(Dossier, Dossier.id == DossierDocument.dossier_id)
                .join(Enterprise, Enterprise.id == Dossier.enterprise_id)
            )
            if dossier_id is not None:
                q = q.where(Dossier.id == dossier_id)
            profiles = ProgramProfiles.of(self.ctx)
            titles: dict[tuple[str, str | None], dict[str, str]] = {}
            for f, d, dos, ent in s.execute(q.order_by(Dossier.id, DossierDocument.id,
                                                       DocumentFile.id)).all():
                key = (dos.program_code, dos.profile_version)
                if key not in titles:
                    try:
                        prof = profiles.for_dossier(dos)
                        titles[key] = {r.code: r.title for r in prof.documents}
                    except InputError:
                        titles[key] = {}
                title = titles[key].get(d.doc_type, d.doc_type)
                ename = ent.short_name or ent.full_name
                state = " (заменён)" if f.replaced_at else ""
                state += " (документ удалён)" if d.deleted_at else ""
                owners.setdefault(f.blob_sha256, []).append({
                    "dossier_id": dos.id, "enterprise_name": ename, "document_id": d.id,
                    "doc_type": d.doc_type, "type_title": title, "file_id": f.id,
                    "file_name": f.original_name,
                    "owner": f"досье № {dos.id} ({ename}), документ «{title}», "
                             f"файл «{safe_display_name(f.original_name)}»{state}",
                })
            if dossier_id is None:
                for letter in s.execute(select(OutgoingLetter).where(
                        OutgoingLetter.pdf_sha256.is_not(None)).order_by(OutgoingLetter.id)).scalars():
                    assert letter.pdf_sha256 is not None
                    owners.setdefault(letter.pdf_sha256, []).append({
                        "dossier_id": letter.dossier_id, "owner":
                        f"исходящее письмо № {letter.number}"
                        + (f" (досье № {letter.dossier_id})" if letter.dossier_id else ""),
                    })
                for org in s.execute(select(OrganizationProfile).where(
                        OrganizationProfile.logo_sha256.is_not(None))).scalars():
                    assert org.logo_sha256 is not None
                    owners.setdefault(org.logo_sha256, []).append({"owner": "логотип центра"})
        store = self.store
        problems: list[FileProblemOut] = []
        total = len(owners)
        cancelled = False
        for done, (sha, refs) in enumerate(owners.items(), start=1):
            try:
                if rehash:
                    status = blob_status(store, sha, full=True)
                else:
                    status = "ok" if store.exists(sha) else "missing"
            except ValueError:
                status = "altered"
            if status != "ok":
                for ref in refs:
                    problems.append(FileProblemOut(
                        sha256=sha, status=status,
                        dossier_id=ref.get("dossier_id"),
                        enterprise_name=ref.get("enterprise_name"),
                        document_id=ref.get("document_id"), doc_type=ref.get("doc_type"),
                        type_title=ref.get("type_title"), file_id=ref.get("file_id"),
                        file_name=ref.get("file_name"), owner=ref["owner"],
                    ))
            if progress is not None and progress(done, total) is False:
                cancelled = True
                break
        return VerificationReport(checked=total, problems=problems, cancelled=cancelled)

    # --- housekeeping ---------------------------------------------------------------------
    def gc_blobs(self, *, older_than_minutes: float = 60.0) -> int:
        """Delete stored files no row refers to (deleted documents still refer to
        theirs). Files younger than ``older_than_minutes`` are kept: another
        workstation process may be about to commit the row for them. Returns the
        number removed; audited.
        """
        self.ctx.require(Permission.BACKUP)
        store = self.store
        with self.ctx.read() as s:
            used = _used_blobs(s)
        cutoff = dt.datetime.now().timestamp() - older_than_minutes * 60
        candidates = []
        for sha in list(store.iter_blobs()):
            if sha in used:
                continue
            moment = store.stored_at(sha)
            if moment is None or moment > cutoff:
                continue
            candidates.append(sha)
        removed: list[str] = []
        if not store.transactional:
            removed = [sha for sha in candidates if store.delete(sha)]
        store.cleanup_temp(older_than_minutes)
        with self.ctx.write() as s:
            if store.transactional:  # under the write lock: a row committed meanwhile keeps it
                still = _used_blobs(s)
                removed = [sha for sha in candidates
                           if sha not in still and store.delete(sha, session=s)]
            for b in s.execute(select(Blob).where(Blob.sha256.in_(removed))).scalars().all():
                s.delete(b)
            if removed:
                self.ctx.audit(s, "gc_blobs", "blob", None, new={"removed": removed})
        return len(removed)

    # --- internals -------------------------------------------------------------------------
    def _dossier(self, s: Session, dossier_id: int) -> Dossier:
        dossier = s.get(Dossier, dossier_id)
        if dossier is None:
            raise NotFoundError(f"досье № {dossier_id} не найдено")
        return dossier

    def _document(self, s: Session, document_id: int) -> DossierDocument:
        doc = s.get(DossierDocument, document_id)
        if doc is None:
            raise NotFoundError(f"документ № {document_id} не найден")
        return doc

    def _profile_or_none(self, dossier: Dossier) -> Profile | None:
        try:
            return ProgramProfiles.of(self.ctx).for_dossier(dossier)
        except InputError:
            return None

    def _doc_out(self, s: Session, doc: DossierDocument, profile: Profile | None) -> DocumentOut:
        if profile is None:
            dossier = self._dossier(s, doc.dossier_id)
            profile = self._profile_or_none(dossier)
        title = doc.doc_type
        if profile is not None:
            title = next((r.title for r in profile.documents if r.code == doc.doc_type), title)
        rows = s.execute(
            select(DocumentFile, Blob).join(Blob, Blob.sha256 == DocumentFile.blob_sha256)
            .where(DocumentFile.document_id == doc.id, DocumentFile.replaced_at.is_(None))
            .order_by(DocumentFile.position, DocumentFile.id)
        ).all()
        store = self.store.bind(s)  # a write's own new files are seen by it
        return DocumentOut(
            id=doc.id, uuid=doc.uuid, dossier_id=doc.dossier_id, doc_type=doc.doc_type,
            type_title=title, title=doc.title, number=doc.number, issued_on=doc.issued_on,
            valid_until=doc.valid_until, received_on=doc.received_on, notes=doc.notes,
            files=[_file_out(f, b, store) for f, b in rows], deleted_at=doc.deleted_at,
        )
