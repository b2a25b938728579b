"""Карточка заявителя в пакете: регион и ОКВЭД словами, телефон, почта, сайт, руководитель."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader
from test_package_service_data import World, add_dossier

from desktop_app.core.db.models import Enterprise
from desktop_app.core.okved import okved_label, okved_name
from desktop_app.core.reports.package import PART_CARD, PART_PROJECT


def card_text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    flat = re.sub(r"\s+", " ", " ".join((p.extract_text() or "") for p in pages)
                  .replace("\xa0", " "))
    start = flat.rindex(PART_CARD)
    return flat[start:flat.index(PART_PROJECT, start)]


def test_okved_known_code_has_its_name_unknown_code_stays_alone() -> None:
    assert okved_label("28.11") == (
        "28.11 — Производство двигателей и турбин, кроме авиационных, автомобильных "
        "и мотоциклетных двигателей")
    assert okved_name(" 33.12 ") == "Ремонт машин и оборудования"
    assert okved_label("99.99.9") == "99.99.9"
    assert okved_label("") is None and okved_label(None) is None


def test_card_prints_region_okved_contacts_and_director(world: World) -> None:
    did = add_dossier(world)
    with world.admin.db.write() as s:
        ent = s.get(Enterprise, world.enterprise_id)
        assert ent is not None
        ent.okved = "28.11"
        ent.phone = "+73421234567"
        ent.email = "office@pzgtu.example"
        ent.website = "https://pzgtu.example"
    draft = world.consultant.packages.generate(did, draft=True)
    text = card_text(draft.pdf_bytes)
    assert "Регион Пермский край" in text and "59 —" not in text
    assert "28.11 — Производство двигателей и турбин" in text
    assert "+7 (342) 123-45-67" in text
    assert "office@pzgtu.example" in text and "https://pzgtu.example" in text
    assert "Генеральный директор, Иванов Иван Иванович" in text
