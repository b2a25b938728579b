"""Hostile and broken document files at the door: refused in Russian, nothing stored;
what is accepted never breaks a later step; active content is pointed out at attach."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docfixtures import active_pdf_bytes, deep_page_tree_pdf, image_bytes, pdf_bytes
from pypdf import PdfReader
from sqlalchemy import select
from test_document_service import counts, make_dossier, write
from test_package_service_data import add_dossier

from desktop_app.core.db.models import Blob, DocumentFile, DossierDocument
from desktop_app.core.documents import inspect_bytes
from desktop_app.core.errors import InputError
from desktop_app.core.services.document_store import store_for

# --- nesting and lengths --------------------------------------------------------------


def test_page_tree_150_levels_deep_is_refused_at_attach(services: Any, tmp_path: Path) -> None:
    d = make_dossier(services)
    deep = write(tmp_path / "Устав.pdf", deep_page_tree_pdf(150))
    before = counts(services)
    with pytest.raises(InputError) as exc:
        services.documents.attach(d.id, "charter", [deep])
    message = str(exc.value)
    assert "«Устав.pdf»" in message and "50 уровней" in message
    assert counts(services) == before


def test_reasonably_deep_page_tree_is_attached_and_bound_into_the_package(world: Any,
                                                                          tmp_path: Path) -> None:
    did = add_dossier(world)
    with world.admin.db.read() as s:
        file_id = s.execute(
            select(DocumentFile.id).join(DossierDocument)
            .where(DossierDocument.dossier_id == did).order_by(DocumentFile.id)
        ).scalars().first()
    deep = write(tmp_path / "Устав.pdf", deep_page_tree_pdf(30))
    doc = world.consultant.documents.replace_file(file_id, deep)
    assert doc.files[0].pages == 1
    package = world.supervisor.packages.generate(did, draft=True, with_attachments=True)
    assert len(PdfReader(__import__("io").BytesIO(package.pdf_bytes)).pages) == package.pages


def test_file_name_of_5000_characters_is_refused(services: Any, tmp_path: Path) -> None:
    d = make_dossier(services)
    f = write(tmp_path / "x.pdf", pdf_bytes(1))
    before = counts(services)
    with pytest.raises(InputError) as exc:
        services.documents.attach(d.id, "charter", [f], names=["Я" * 4996 + ".pdf"])
    assert "5000 знаков" in str(exc.value) and "не больше 255" in str(exc.value)
    assert counts(services) == before
    # 255 characters is still fine
    doc = services.documents.attach(d.id, "charter", [f], names=["Я" * 251 + ".pdf"])
    assert len(doc.files[0].original_name) == 255


def test_name_with_right_to_left_override_is_refused(services: Any, tmp_path: Path) -> None:
    d = make_dossier(services)
    f = write(tmp_path / "x.pdf", pdf_bytes(1))
    with pytest.raises(InputError, match="U\\+202E"):
        services.documents.attach(d.id, "charter", [f], names=["Устав\u202efdp.pdf"])


# --- extensions ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Заявка.bat", "report.html", "Заявка.pdf.exe", "Заявка"])
def test_pdf_under_a_dangerous_extension_is_refused(services: Any, tmp_path: Path,
                                                     name: str) -> None:
    d = make_dossier(services)
    f = write(tmp_path / "upload", pdf_bytes(1))
    before = counts(services)
    with pytest.raises(InputError) as exc:
        services.documents.attach(d.id, "charter", [f], names=[name])
    message = str(exc.value)
    assert f"«{name}»" in message
    assert "принимаются файлы с расширениями: .pdf" in message
    assert counts(services) == before


def test_allowed_extensions_follow_the_document_kind(services: Any, tmp_path: Path) -> None:
    d = make_dossier(services)
    with pytest.raises(InputError) as exc:
        services.documents.attach(d.id, "business_plan", [write(tmp_path / "plan.docm",
                                                                 b"PK\x05\x06" + b"\0" * 18)])
    assert ".docx" in str(exc.value) and ".pdf" in str(exc.value)
    doc = services.documents.attach(d.id, "charter", [write(tmp_path / "Устав.PDF",
                                                             pdf_bytes(1))])
    assert doc.files[0].kind == "pdf"


def test_file_stored_under_a_wrong_extension_opens_under_its_real_one(services: Any,
                                                                        tmp_path: Path) -> None:
    """A file accepted before extensions were checked still never opens as a program."""
    d = make_dossier(services)
    doc = services.documents.attach(d.id, "charter", [write(tmp_path / "Устав.pdf",
                                                             pdf_bytes(1))])
    with services.db.write() as s:
        row = s.get(DocumentFile, doc.files[0].id)
        assert row is not None
        row.original_name = "Заявка.bat"
    opened = services.documents.open_path(doc.files[0].id)
    assert opened.name == "Заявка.pdf"
    assert opened.read_bytes() == (tmp_path / "Устав.pdf").read_bytes()


def test_viewing_copy_keeps_a_matching_extension(services: Any, tmp_path: Path) -> None:
    d = make_dossier(services)
    doc = services.documents.attach(d.id, "charter", [write(tmp_path / "Устав.PDF",
                                                             pdf_bytes(1))])
    assert services.documents.open_path(doc.files[0].id).name == "Устав.PDF"
    stored = store_for(services.db).put_bytes(image_bytes("PNG"))
    with services.db.write() as s:
        s.add(Blob(sha256=stored.sha256, size=stored.size, kind="png", pages=1))
        row = s.get(DocumentFile, doc.files[0].id)
        assert row is not None
        row.blob_sha256 = stored.sha256
    assert services.documents.open_path(doc.files[0].id).name == "Устав.png"


# --- active content -------------------------------------------------------------------------


def test_javascript_and_launch_are_warned_about_at_attach(services: Any,
                                                          tmp_path: Path) -> None:
    d = make_dossier(services)
    f = write(tmp_path / "Устав.pdf", active_pdf_bytes(javascript=True, launch=True))
    doc = services.documents.attach(d.id, "charter", [f])
    assert len(doc.warnings) == 1
    warning = doc.warnings[0]
    assert "«Устав.pdf»" in warning and "активное содержимое" in warning
    assert "JavaScript" in warning and "/Launch" in warning
    assert "в пакет для Агентства оно не попадёт" in warning
    assert doc.files[0].pages == 1


def test_embedded_file_is_warned_about_at_attach(services: Any, tmp_path: Path) -> None:
    d = make_dossier(services)
    f = write(tmp_path / "Устав.pdf", active_pdf_bytes(embedded_file=True))
    doc = services.documents.attach(d.id, "charter", [f])
    assert any("вложенные файлы" in w for w in doc.warnings)
    assert not any("JavaScript" in w for w in doc.warnings)


def test_active_content_detector_is_reusable() -> None:
    import io

    from desktop_app.core.documents import find_active_content

    clean = find_active_content(PdfReader(io.BytesIO(pdf_bytes(2))))
    assert not clean.found and clean.complete
    found = find_active_content(PdfReader(io.BytesIO(
        active_pdf_bytes(javascript=True, launch=True, embedded_file=True))))
    assert found.codes == ("javascript", "launch", "embedded_files")
    assert inspect_bytes(pdf_bytes(1), name="a.pdf").warnings == ()


def test_exchange_export_carries_a_wrongly_named_file_under_its_real_extension(
        services: Any, tmp_path: Path) -> None:
    import json
    import zipfile

    from desktop_app.core.services.exchange.exporting import export_dossier
    from desktop_app.core.services.exchange.importing import import_dossier

    d = make_dossier(services)
    doc = services.documents.attach(d.id, "charter", [write(tmp_path / "Устав.pdf",
                                                             pdf_bytes(1))])
    with services.db.write() as s:
        row = s.get(DocumentFile, doc.files[0].id)
        assert row is not None
        row.original_name = "Заявка.bat"
    out = tmp_path / "досье.zip"
    export_dossier(services, d.id, out)
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        data = json.loads(zf.read("dossier.json"))
    assert not any(n.endswith(".bat") for n in names)
    assert data["documents"][0]["files"][0]["name"] == "Заявка.pdf"
    again = import_dossier(services, out)
    files = services.documents.list_documents(again.dossier_id)[0].files
    assert files[0].original_name == "Заявка.pdf"
