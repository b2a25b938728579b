"""Document attachment: inspection before storing, one blob per content, verification."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from blobhelp import alter_blob, remove_blob, store_of, stored_shas
from docfixtures import docx_bytes, image_bytes, pdf_bytes, write_zero_bomb_docx
from sqlalchemy import func, select, text

from desktop_app.core.db.models import Blob, DocumentFile, DossierDocument
from desktop_app.core.errors import InputError
from desktop_app.core.services.maintenance import check_database

PROGRAM = "atd-reverse-engineering"
UNIT_DIR = Path(__file__).resolve().parent
KILLS = 15  # children killed at random moments while attaching


def make_dossier(sv: Any) -> Any:
    ent = sv.enterprises.create({"full_name": "ООО «Тестовый завод»", "inn": "1234567894",
                                 "ogrn": "1022200525819"})
    return sv.dossiers.create(ent.id, PROGRAM)


def counts(sv: Any) -> tuple[int, int, int, int]:
    with sv.db.read() as s:
        rows = tuple(
            int(s.execute(select(func.count()).select_from(t)).scalar_one())
            for t in (Blob, DocumentFile, DossierDocument)
        )
    blobs_on_disk = len(stored_shas(sv))
    return (*rows, blobs_on_disk)  # type: ignore[return-value]


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_attach_pdf_counts_pages_and_dedups(services: Any, tmp_path: Path) -> None:
    sv = services
    d = make_dossier(sv)
    f = write(tmp_path / "Устав.pdf", pdf_bytes(7))
    doc = sv.documents.attach(d.id, "charter", [f], title="Устав в редакции 2024 г.")
    assert doc.type_title == "Устав"
    assert doc.files[0].pages == 7 and doc.files[0].kind == "pdf"
    assert doc.files[0].original_name == "Устав.pdf"
    # the same file again, as another document and as a second file of the first: one blob
    sv.documents.attach(d.id, "authority_document", [f])
    more = sv.documents.attach(d.id, "charter", [f], document_id=doc.id)
    assert [x.position for x in more.files] == [0, 1]
    assert counts(sv) == (1, 3, 2, 1)
    assert sv.dossiers.get(d.id).documents[0].files == 2


def test_refused_files_write_nothing(services: Any, tmp_path: Path) -> None:
    sv = services
    d = make_dossier(sv)
    good = write(tmp_path / "good.pdf", pdf_bytes(1))
    png_as_pdf = write(tmp_path / "скан.pdf", image_bytes("PNG"))
    empty = write(tmp_path / "пустой.pdf", b"")
    locked = write(tmp_path / "закрытый.pdf", pdf_bytes(2, user_password="секрет"))
    bomb = tmp_path / "бизнес-план.docx"
    write_zero_bomb_docx(bomb)
    before = counts(sv)
    for bad, doc_type, expected in (
        (png_as_pdf, "charter", "скан.pdf"),
        (empty, "charter", "пустой.pdf"),
        (locked, "charter", "закрытый.pdf"),
        (bomb, "business_plan", "бизнес-план.docx"),
    ):
        with pytest.raises(InputError) as exc:
            # the good file comes first: it must not be stored either
            sv.documents.attach(d.id, doc_type, [good, bad])
        assert expected in str(exc.value)
        assert counts(sv) == before
    with pytest.raises(InputError, match="PNG"):
        sv.documents.attach(d.id, "charter", [png_as_pdf])
    with pytest.raises(InputError, match="допустимые типы"):
        sv.documents.attach(d.id, "no_such_type", [good])
    with pytest.raises(InputError):
        sv.documents.attach(d.id, "charter", [write(tmp_path / "a.docx", docx_bytes())])
    assert counts(sv) == before


def test_owner_password_pdf_accepted_with_warning(services: Any, tmp_path: Path) -> None:
    sv = services
    d = make_dossier(sv)
    f = write(tmp_path / "подписанный.pdf", pdf_bytes(3, user_password=""))
    doc = sv.documents.attach(d.id, "charter", [f])
    assert doc.warnings and "подписанный.pdf" in doc.warnings[0]
    assert doc.files[0].encrypted and doc.files[0].pages == 3


def test_cyrillic_and_long_names(services: Any, tmp_path: Path) -> None:
    sv = services
    d = make_dossier(sv)
    long_name = ("Выписка из ЕГРЮЛ ООО Тестовый завод " * 6)[:196] + ".pdf"
    assert len(long_name) == 200
    f = write(tmp_path / "x.pdf", pdf_bytes(1))
    doc = sv.documents.attach(d.id, "egrul_extract", [f], names=[long_name])
    assert doc.files[0].original_name == long_name
    opened = sv.documents.open_path(doc.files[0].id)
    assert opened.read_bytes() == f.read_bytes()
    assert opened.suffix == ".pdf"


def test_replace_remove_restore_history(services: Any, tmp_path: Path) -> None:
    sv = services
    d = make_dossier(sv)
    doc = sv.documents.attach(d.id, "charter", [write(tmp_path / "old.pdf", pdf_bytes(1))])
    new = sv.documents.replace_file(doc.files[0].id, write(tmp_path / "new.pdf", pdf_bytes(2)))
    assert [f.original_name for f in new.files] == ["new.pdf"]
    hist = sv.documents.file_history(doc.id)
    assert [h.original_name for h in hist] == ["old.pdf", "new.pdf"]
    assert hist[0].replaced_by_file_id == hist[1].id
    with pytest.raises(InputError, match="Причина"):
        sv.documents.remove_document(doc.id, "")
    sv.documents.remove_document(doc.id, "Приложен по ошибке")
    assert sv.documents.list_documents(d.id) == []
    assert len(sv.documents.list_documents(d.id, include_deleted=True)) == 1
    restored = sv.documents.restore_document(doc.id)
    assert restored.deleted_at is None
    upd = sv.documents.update_document(doc.id, number="12-34")
    assert upd.number == "12-34"
    # gc keeps every referenced blob, including replaced ones
    assert sv.documents.gc_blobs(older_than_minutes=0) == 0
    store_of(sv).put_bytes(b"orphan")
    assert sv.documents.gc_blobs(older_than_minutes=0) == 1


def test_altered_blob_is_reported(services: Any, tmp_path: Path) -> None:
    sv = services
    d = make_dossier(sv)
    doc = sv.documents.attach(d.id, "tax_certificate", [write(tmp_path / "Справка ФНС.pdf",
                                                                pdf_bytes(1))])
    assert check_database(sv).ok
    alter_blob(sv, doc.files[0].sha256, append=b"%tamper")
    report = sv.documents.verify_dossier(d.id)
    assert not report.ok
    line = report.lines()[0]
    assert f"досье № {d.id}" in line and "ООО «Тестовый завод»" in line
    assert "Справка об отсутствии задолженности" in line and "Справка ФНС.pdf" in line
    check = check_database(sv)
    assert not check.ok
    text_out = "\n".join(check.lines())
    assert "Справка ФНС.pdf" in text_out and f"досье № {d.id}" in text_out
    # validation sees the document as damaged
    v = sv.dossiers.validate(d.id, damaged_blobs=report.damaged)
    assert any(s.code == "tax_certificate" and s.damaged == 1 for s in v.document_status)
    with pytest.raises(InputError, match="изменён"):
        sv.documents.open_path(doc.files[0].id)
    remove_blob(sv, doc.files[0].sha256)
    assert sv.documents.verify_dossier(d.id).problems[0].status == "missing"


CHILD = r"""
import sys, random
sys.path.insert(0, {unit!r})
from pathlib import Path
from docfixtures import text_pdf_bytes
from desktop_app.core.services.facade import open_services
sv = open_services({db!r})
tmp = Path({tmp!r})

def attach(i):
    f = tmp / f"f{{i}}.pdf"
    f.write_bytes(text_pdf_bytes([f"{{random.random()}}-{{i}}"]))
    sv.documents.attach({dossier}, "charter", [f])

attach(0)  # one complete attach (and every module loaded) before the kills start
print("ready", flush=True)
i = 0
while True:
    i += 1
    attach(i)
"""


@pytest.mark.sqlite_only
@pytest.mark.slow
def test_kill_while_attaching_leaves_no_dangling_row(
    services: Any, db_path: Any, tmp_path: Path
) -> None:
    sv = services
    d = make_dossier(sv)
    db = str(db_path)  # the file, or the server URL
    rng = random.Random(7)
    kills = 0
    while kills < KILLS:
        work = tmp_path / f"w{kills}"
        work.mkdir()
        code = CHILD.format(unit=str(UNIT_DIR), db=db, tmp=str(work), dossier=d.id)
        child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                                 env={**os.environ})
        assert child.stdout is not None
        assert child.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.0, 0.2))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        kills += 1
    store = store_of(sv)
    with sv.db.read() as s:
        if not sv.db.is_server:
            assert s.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
        shas = list(s.execute(select(DocumentFile.blob_sha256)).scalars())
        blob_rows = set(s.execute(select(Blob.sha256)).scalars())
    assert shas, "no attach completed before the kills"
    assert all(store.verify(sha) == "ok" for sha in shas)
    assert set(shas) <= blob_rows
    assert sv.documents.verify_all().ok


def test_document_details_are_changed_after_attaching_and_logged(
    services: Any, tmp_path: Path
) -> None:
    import datetime as dt

    from desktop_app.core.db.models import AuditEntry

    sv = services
    d = make_dossier(sv)
    doc = sv.documents.attach(d.id, "egrul_extract", [write(tmp_path / "выписка.pdf",
                                                              pdf_bytes(1))])
    assert (doc.title, doc.number, doc.issued_on) == (None, None, None)
    out = sv.documents.update_document(
        doc.id, title="Выписка   из ЕГРЮЛ", number="ЮЭ9965-26-1",
        issued_on=dt.date(2026, 1, 15), valid_until=None)
    assert (out.title, out.number, out.issued_on) == (
        "Выписка из ЕГРЮЛ", "ЮЭ9965-26-1", dt.date(2026, 1, 15))
    again = sv.documents.update_document(doc.id, number=None, issued_on=dt.date(2026, 1, 20))
    assert again.number is None and again.title == "Выписка из ЕГРЮЛ"
    with sv.db.read() as s:
        log = list(s.execute(select(AuditEntry).where(
            AuditEntry.entity == "document", AuditEntry.action == "update",
            AuditEntry.entity_id == str(doc.id)).order_by(AuditEntry.id)).scalars())
    assert [e.new_values for e in log] == [
        {"title": "Выписка из ЕГРЮЛ", "number": "ЮЭ9965-26-1", "issued_on": "2026-01-15"},
        {"number": None, "issued_on": "2026-01-20"}]
    assert log[1].old_values == {"number": "ЮЭ9965-26-1", "issued_on": "2026-01-15"}
    with pytest.raises(InputError, match="раньше даты выдачи"):
        sv.documents.update_document(doc.id, valid_until=dt.date(2026, 1, 1))
    assert sv.documents.get_document(doc.id).valid_until is None
