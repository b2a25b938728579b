"""Workstation databases for the merge tests: what two desks of one centre hold.

Each workstation has the same ten enterprises (same ИНН, cards typed
independently, so some fields differ and some are empty on one side), its own
consultations about them, a dossier with documents, and a registered letter
whose number the other workstation also gave out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from desktop_app.core.db import search
from desktop_app.core.db.models import (
    Blob,
    Consultation,
    ContactPerson,
    DocumentFile,
    Dossier,
    DossierDocument,
    Enterprise,
    OutgoingLetter,
)
from desktop_app.core.documents import BlobStore
from desktop_app.core.formatting import utcnow
from desktop_app.core.identifiers import make_inn10, make_ogrn
from desktop_app.core.services.facade import Services

SHARED_INNS = [make_inn10(f"5904{k:05d}") for k in range(10)]
LETTER_NUMBER = "РИЦ-2026/0001"


def _pdf(label: str) -> bytes:
    body = f"%PDF-1.4\n% {label}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
    return body.encode()


@dataclass(frozen=True)
class Desk:
    consultations: list[str]
    dossiers: list[str]
    files: int


def fill_workstation(sv: Services, tag: str) -> Desk:
    """The ten shared enterprises, two consultations on each, a dossier with two
    documents and a registered letter numbered :data:`LETTER_NUMBER`."""
    store = BlobStore(sv.blobs_dir)
    now = utcnow()
    with sv.db.write() as s:
        ents: list[Enterprise] = []
        for k, inn in enumerate(SHARED_INNS):
            ent = Enterprise(
                full_name=f"Общество с ограниченной ответственностью «Общий завод {k}»",
                short_name=f"ООО «Общий завод {k}»", inn=inn, kpp=f"5904{k:02d}001",
                ogrn=make_ogrn(f"10259{k:07d}"), region_code="59",
                # typed on one desk only: the merged card takes it
                phone=f"+7342{1 if tag == 'a' else 2}00000{k}" if k % 2 else None,
                website=f"https://plant{k}.example" if tag == "b" else None,
                director_name="Иванов Иван Иванович" if tag == "a" else "Петров Пётр Петрович",
                search_key="")
            ent.search_key = search.enterprise_body(ent.full_name, ent.short_name, inn,
                                                    ent.ogrn, ent.kpp)
            s.add(ent)
            ents.append(ent)
        s.flush()
        for ent in ents:
            for n in range(2):
                c = Consultation(
                    enterprise_id=ent.id, occurred_at=now - dt.timedelta(days=n + 1),
                    channel="phone", topic=f"Рабочее место {tag}: вопрос {n + 1}",
                    outcome="Договорились")
                s.add(c)
        contact = ContactPerson(enterprise_id=ents[0].id, last_name="Петрова",
                                first_name="Анна", position="Главный инженер")
        s.add(contact)
        s.flush()
        dossier = Dossier(enterprise_id=ents[0].id, contact_id=contact.id,
                          program_code="atd-reverse-engineering", status="draft",
                          title=f"Досье рабочего места {tag}")
        s.add(dossier)
        s.flush()
        files = 0
        for i, content in enumerate((_pdf(f"desk {tag} document"), _pdf("the same charter"))):
            doc = DossierDocument(dossier_id=dossier.id, doc_type="charter" if i else "other",
                                  title=f"Документ {i + 1} ({tag})")
            s.add(doc)
            s.flush()
            stored = store.put_bytes(content)
            if s.get(Blob, stored.sha256) is None:
                s.add(Blob(sha256=stored.sha256, size=stored.size, kind="pdf", pages=1))
                s.flush()
            s.add(DocumentFile(document_id=doc.id, blob_sha256=stored.sha256,
                               original_name=f"документ_{i + 1}.pdf"))
            files += 1
        letter_pdf = store.put_bytes(_pdf(f"letter of desk {tag}"))
        s.add(Blob(sha256=letter_pdf.sha256, size=letter_pdf.size, kind="pdf", pages=1))
        s.flush()
        s.add(OutgoingLetter(number=LETTER_NUMBER, year=2026, seq=1, issued_at=now,
                             dossier_id=dossier.id, subject=f"Направление ({tag})",
                             pdf_sha256=letter_pdf.sha256, pages=1))
        all_consultations = list(s.execute(select(Consultation.uuid)).scalars())
        dossiers = list(s.execute(select(Dossier.uuid)).scalars())
    return Desk(all_consultations, dossiers, files)


def count(sv: Services, model: Any) -> int:
    with sv.db.read() as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def uuids(sv: Services, model: Any) -> list[str]:
    with sv.db.read() as s:
        return list(s.execute(select(model.uuid)).scalars())


def inns(sv: Services) -> set[str]:
    with sv.db.read() as s:
        return set(s.execute(select(Enterprise.inn)).scalars())
