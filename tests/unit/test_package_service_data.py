"""Test data for the referral package tests (unit, CLI and GUI): users, the centre,
an enterprise and a dossier that passes every rule of the shipped profile.

Rows are inserted with the ORM in one write unit of work; document files go to
the blob store. Names and identifiers are synthetic.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from desktop_app.core.db.models import (
    Blob,
    Consultation,
    ContactPerson,
    CostLine,
    DocumentFile,
    Dossier,
    DossierDocument,
    WarningAcknowledgement,
)
from desktop_app.core.formatting import utcnow
from desktop_app.core.identifiers import make_inn10, make_ogrn
from desktop_app.core.services.document_store import store_for
from desktop_app.core.services.facade import Services, open_services
from desktop_app.core.services.users import actor_of

PASSWORD = "длинная-тестовая-фраза-2026"
PROGRAM = "atd-reverse-engineering"
ENTERPRISE_NAME = "Акционерное общество «Пермский завод газотурбинных установок»"
ENTERPRISE_INN = make_inn10("590212345")
ENTERPRISE_OGRN = make_ogrn("102590000123")
CENTRE_NAME = (
    "Автономная некоммерческая организация «Региональный инжиниринговый центр Пермского края»"
)
ADDRESSEE_NAME = "И.И. Иванову"
# total = grant (80 %) + own funds (20 %); the first cost line is the amount the tests look for
TOTAL = 500_000_000
GRANT = 400_000_000
OWN = 100_000_000
COST_LINES = (123_456_789, 376_543_211)

# document types of the shipped profile that a clean dossier needs
REQUIRED_DOCS = (
    "application_form", "business_plan", "cost_estimate", "financial_statements",
    "tax_certificate", "egrul_extract", "charter", "authority_document",
    "cofinancing_guarantee", "consumer_letter", "analogue_evidence",
)
FRESH_DOCS = ("tax_certificate", "egrul_extract")


@dataclass
class World:
    db_path: Path
    admin: Services
    supervisor: Services
    consultant: Services
    enterprise_id: int
    consultant_id: int

    def close(self) -> None:
        for sv in (self.admin, self.supervisor, self.consultant):
            sv.close()


def make_pdf(pages: int, label: str = "Документ") -> bytes:
    buf = io.BytesIO()
    canv = Canvas(buf, pagesize=A4, invariant=1)
    for i in range(pages):
        canv.drawString(72, A4[1] - 72, f"{label} page {i + 1}")
        canv.showPage()
    canv.save()
    return buf.getvalue()


def build_world(db_path: Path, *, with_org: bool = True, with_settings: bool = True) -> World:
    """Three signed-in users (administrator, supervisor, consultant), the centre, an enterprise."""
    base = open_services(db_path)
    admin_out = base.users.create_first_admin(
        {"login": "admin", "full_name": "Админов Андрей Андреевич",
         "position": "Администратор системы"}, PASSWORD)
    admin = base.as_actor(actor_of(admin_out))
    boss_out = admin.users.create(
        {"login": "boss", "full_name": "Петров Пётр Петрович",
         "position": "Директор регионального инжинирингового центра", "role": "supervisor"},
        PASSWORD)
    cons_out = admin.users.create(
        {"login": "cons", "full_name": "Сидорова Мария Петровна", "position": "Консультант",
         "phone": "+7 342 123-45-68", "role": "consultant"}, PASSWORD)
    if with_org:
        admin.organization.update({
            "full_name": CENTRE_NAME, "short_name": "АНО «РИЦ ПК»",
            "postal_address": "614000, г. Пермь, ул. Примерная, д. 1",
            "phone": "+7 (342) 200-00-00", "email": "info@ric.example",
            "inn": "1234567894", "kpp": "590401001", "ogrn": "1022200525819",
            "register_format": "РИЦ-{year}/{seq:04d}",
        })
    if with_settings:
        admin.organization.update_package_settings({
            "addressee_name": ADDRESSEE_NAME, "salutation": "Уважаемый Иван Иванович!",
        })
    ent = admin.enterprises.create({
        "full_name": ENTERPRISE_NAME, "short_name": "АО «ПЗГТУ»", "inn": ENTERPRISE_INN,
        "kpp": "590201001", "ogrn": ENTERPRISE_OGRN, "legal_address": "614010, г. Пермь",
        "region_code": "59", "size_category": "large",
        "director_position": "Генеральный директор", "director_name": "Иванов Иван Иванович",
    })
    supervisor = base.as_actor(actor_of(boss_out))
    consultant = base.as_actor(actor_of(cons_out))
    return World(db_path, admin, supervisor, consultant, ent.id, cons_out.id)


def add_dossier(
    world: World,
    *,
    status: str = "ready",
    pages: int = 2,
    docs: tuple[str, ...] = REQUIRED_DOCS,
    extra_pdf_docs: int = 0,
    acknowledge: tuple[str, ...] = (),
    break_total: bool = False,
    consultations: int = 3,
) -> int:
    """A dossier of the shipped profile; with the defaults it has no findings at all."""
    store = store_for(world.admin.db)
    today = dt.date.today()
    with world.admin.db.write() as s:
        contact = ContactPerson(
            enterprise_id=world.enterprise_id, last_name="Петрова", first_name="Анна",
            middle_name="Сергеевна", position="Главный инженер", phone="+73427654321",
            email="petrova@plant.example")
        s.add(contact)
        s.flush()
        d = Dossier(
            enterprise_id=world.enterprise_id, consultant_id=world.consultant_id,
            contact_id=contact.id, program_code=PROGRAM, status=status,
            submission_date=today, signatory_is_director=True,
            title="Разработка КД на лопатку турбины высокого давления",
            component_name="Лопатка турбины", okpd2="28.11.33.000",
            foreign_analogue_name="Blade HP-1", foreign_analogue_manufacturer="Foreign Turbines",
            foreign_analogue_country="Германия", target_industry="Энергетическое машиностроение",
            consumers="ПАО «Энергомаш»", start_date=dt.date(today.year + 1, 1, 1),
            end_date=dt.date(today.year + 2, 6, 30),
            total_cost=TOTAL + (1 if break_total else 0), grant_requested=GRANT, own_funds=OWN,
            other_funds=0, serial_volume=1000, serial_years=f"{today.year + 2}–{today.year + 4}",
        )
        s.add(d)
        s.flush()
        for i, amount in enumerate(COST_LINES):
            s.add(CostLine(dossier_id=d.id, position=i, category=f"Статья затрат № {i + 1}",
                           description="Разработка КД", amount=amount))
        all_docs = list(docs) + ["analogue_evidence"] * extra_pdf_docs
        for i, code in enumerate(all_docs):
            issued = today - dt.timedelta(days=5 if code in FRESH_DOCS else 200)
            doc = DossierDocument(dossier_id=d.id, doc_type=code, title=f"Документ {i + 1}",
                                  number=f"№ {100 + i}", issued_on=issued, received_on=today)
            s.add(doc)
            s.flush()
            raw = make_pdf(pages, f"Dossier {d.id} document {i + 1}")
            stored = store.put_bytes(raw)
            if s.get(Blob, stored.sha256) is None:
                s.add(Blob(sha256=stored.sha256, size=stored.size, kind="pdf", pages=pages))
                s.flush()
            s.add(DocumentFile(document_id=doc.id, blob_sha256=stored.sha256,
                               original_name=f"{code}_{i + 1}.pdf", position=0))
        for rule in acknowledge:
            s.add(WarningAcknowledgement(dossier_id=d.id, rule_id=rule,
                                         reason="Образец будет представлен позже",
                                         acknowledged_by_id=world.consultant_id))
        for i in range(consultations):
            s.add(Consultation(
                enterprise_id=world.enterprise_id, consultant_id=world.consultant_id,
                occurred_at=utcnow() - dt.timedelta(days=10 * (i + 1)), channel="phone",
                topic=f"Консультация по софинансированию {i + 1}", outcome="Договорились"))
        s.flush()
        return d.id
