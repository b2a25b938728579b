"""A database dossier reduced to the rule engine's facts.

Everything that validates a stored dossier (the dossier service, the
``validate`` command, the referral package) goes through :func:`facts_for`, so
they all see the same thing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.db.models import (
    Blob,
    CostLine,
    DocumentFile,
    Dossier,
    DossierDocument,
    Enterprise,
)
from desktop_app.core.documents import BlobStore
from desktop_app.core.documents.health import blob_status
from desktop_app.core.documents.serverstore import ServerBlobStore
from desktop_app.core.rules import (
    CostLineFact,
    DocumentFact,
    DossierFacts,
    EnterpriseFacts,
    FinancingFact,
    ProjectFacts,
    StageFact,
)

PROJECT_FIELDS = tuple(ProjectFacts.model_fields)

def damaged_files(
    session: Session, store: BlobStore | ServerBlobStore, dossier_id: int
) -> set[str]:
    """SHA-256 of the dossier's current files that are missing or altered on disk.

    A file is re-hashed only when its size or modification time changed since
    it was last checked in this process (a full check: :meth:`DocumentService.
    verify_dossier`).
    """
    shas = session.execute(
        select(DocumentFile.blob_sha256).join(DossierDocument)
        .where(DossierDocument.dossier_id == dossier_id, DossierDocument.deleted_at.is_(None),
               DocumentFile.replaced_at.is_(None))
        .distinct()
    ).scalars().all()
    return {sha for sha in shas if blob_status(store, sha, full=False) != "ok"}


def _enterprise_facts(ent: Enterprise | None) -> EnterpriseFacts:
    return EnterpriseFacts(
        inn=ent.inn if ent else None,
        kpp=ent.kpp if ent else None,
        ogrn=ent.ogrn if ent else None,
        full_name=ent.full_name if ent else None,
        address=ent.legal_address if ent else None,
        region=ent.region_code if ent else None,
    )


def facts_for(
    session: Session,
    dossier: Dossier,
    *,
    damaged_blobs: set[str] | None = None,
    unsaved: Mapping[str, Any] | None = None,
) -> DossierFacts:
    """The facts of one dossier as stored now (deleted documents and replaced files excluded).

    ``damaged_blobs``: SHA-256 of files known to be missing or altered on disk
    (from a verification run); their documents are marked damaged.
    ``unsaved``: project data as an editor shows it before saving (the keys of
    ``DossierProjectIn``, money in kopecks, cost lines as ``{category,
    description, amount}``); it replaces the stored project data, submission
    date, signatory and cost lines, while the enterprise and the documents are
    read as stored.
    """
    ent = session.get(Enterprise, dossier.enterprise_id)
    lines = session.execute(
        select(CostLine)
        .where(CostLine.dossier_id == dossier.id)
        .order_by(CostLine.position, CostLine.id)
    ).scalars().all()
    docs = session.execute(
        select(DossierDocument)
        .where(DossierDocument.dossier_id == dossier.id, DossierDocument.deleted_at.is_(None))
        .order_by(DossierDocument.id)
    ).scalars().all()
    files_by_doc: dict[int, list[tuple[DocumentFile, Blob]]] = {}
    if docs:
        rows = session.execute(
            select(DocumentFile, Blob)
            .join(Blob, Blob.sha256 == DocumentFile.blob_sha256)
            .where(
                DocumentFile.document_id.in_([d.id for d in docs]),
                DocumentFile.replaced_at.is_(None),
            )
            .order_by(DocumentFile.document_id, DocumentFile.position, DocumentFile.id)
        ).all()
        for f, b in rows:
            files_by_doc.setdefault(f.document_id, []).append((f, b))
    damaged = damaged_blobs or set()
    documents = []
    for d in docs:
        files = files_by_doc.get(d.id, [])
        pages = [b.pages for _, b in files]
        documents.append(DocumentFact(
            type=d.doc_type,
            title=d.title,
            number=d.number,
            issued_on=d.issued_on,
            valid_until=d.valid_until,
            files=len(files),
            pages=sum(p for p in pages if p is not None) if files and all(
                p is not None for p in pages) else None,
            kinds=sorted({b.kind for _, b in files}),
            damaged=any(f.blob_sha256 in damaged for f, _ in files),
        ))
    if unsaved is not None:
        return DossierFacts(
            program=dossier.program_code,
            submission_date=unsaved.get("submission_date"),
            signatory_is_director=unsaved.get("signatory_is_director"),
            enterprise=_enterprise_facts(ent),
            project=ProjectFacts(**{name: unsaved.get(name) for name in PROJECT_FIELDS}),
            cost_lines=[CostLineFact(**line) for line in unsaved.get("cost_lines") or []],
            stages=[StageFact(**st) for st in unsaved.get("stages") or []],
            financing=[FinancingFact(**f) for f in unsaved.get("financing") or []],
            documents=documents,
        )
    return DossierFacts(
        program=dossier.program_code,
        submission_date=dossier.submission_date,
        signatory_is_director=dossier.signatory_is_director,
        enterprise=_enterprise_facts(ent),
        project=ProjectFacts(**{name: getattr(dossier, name) for name in PROJECT_FIELDS}),
        cost_lines=[
            CostLineFact(category=c.category, description=c.description, amount=c.amount)
            for c in lines
        ],
        stages=[
            StageFact(number=st.number, title=st.title, start_date=st.start_date,
                      end_date=st.end_date, result=st.result)
            for st in dossier.stages
        ],
        financing=[
            FinancingFact(year=f.year, source=f.source, amount=f.amount)
            for f in dossier.financing
        ],
        documents=documents,
    )
