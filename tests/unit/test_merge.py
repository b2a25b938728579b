"""The merge service: matching, conflicts, repeatability, erasures, files, a laptop's sync.

Sources are local files (workstations, laptops); the target is the test's
database (a file, or the server on the server backend).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from merge_data import count, fill_workstation
from sqlalchemy import select

from desktop_app.core.db.models import (
    AuditEntry,
    Consultation,
    ContactErasure,
    ContactPerson,
    Dossier,
    Enterprise,
    User,
)
from desktop_app.core.documents import BlobStore
from desktop_app.core.formatting import utcnow
from desktop_app.core.services.erasure_ledger import read_ledger
from desktop_app.core.services.facade import Services, open_services
from desktop_app.core.services.merge import (
    MergeError,
    MergeOptions,
    merge,
    sync,
    verify_carried,
)
from desktop_app.core.services.personal_data import ERASED_NAME
from desktop_app.core.services.users import actor_of

PASSWORD = "длинная фраза для входа 1"

pytestmark = pytest.mark.usefixtures("fast_hashing")


def _desk(folder: Path, admin_login: str = "admin") -> Services:
    folder.mkdir(parents=True, exist_ok=True)
    base = open_services(folder / "desk.sqlite3")
    user = base.users.create_first_admin({"login": admin_login, "full_name": "Админ"}, PASSWORD)
    return base.as_actor(actor_of(user))


def _card(sv: Services, **fields: Any) -> int:
    data = {"full_name": "Акционерное общество «Прикамский завод»", "short_name": "АО «ПЗ»",
            "inn": "5902292008", "region_code": "59"} | fields
    return sv.enterprises.create(data).id


def _consultation(sv: Services, enterprise_id: int, topic: str) -> str:
    return sv.consultations.create({
        "enterprise_id": enterprise_id, "occurred_at": utcnow() - dt.timedelta(hours=1),
        "channel": "phone", "topic": topic}).uuid


def _get(sv: Services, model: Any, **where: Any) -> Any:
    with sv.db.read() as s:
        q = select(model)
        for key, value in where.items():
            q = q.where(getattr(model, key) == value)
        return s.execute(q).scalars().all()


def test_one_card_per_inn_fields_merged_and_conflicts_kept(admin: Services,
                                                           tmp_path: Path) -> None:
    mine = _card(admin, phone="+73422000001", director_name="Иванов Иван Иванович")
    _consultation(admin, mine, "В центре")
    desk = _desk(tmp_path / "desk", admin_login="ADMIN")
    try:
        theirs = _card(desk, website="https://plant.example",
                       director_name="Петров Пётр Петрович")
        theirs_topic = _consultation(desk, theirs, "На рабочем месте")
        report = merge(desk.db, admin.ctx)
    finally:
        desk.close()
    assert report.written
    cards = _get(admin, Enterprise, inn="5902292008")
    assert len(cards) == 1 and cards[0].id == mine
    assert cards[0].website == "https://plant.example"        # empty here: taken
    assert cards[0].phone == "+73422000001"
    assert cards[0].director_name == "Иванов Иван Иванович"   # conflict: the target's kept
    conflict = next(c for c in report.conflicts if c.field == "director_name")
    assert conflict.source_value == "Петров Пётр Петрович"
    assert "ИНН 5902292008" in conflict.record and "руководитель" in conflict.line()
    moved = _get(admin, Consultation, uuid=theirs_topic)
    assert len(moved) == 1 and moved[0].enterprise_id == mine
    # «ADMIN» and «admin» are one user
    assert len(_get(admin, User)) == 1
    entry = _get(admin, AuditEntry, action="merge")[-1]
    assert {"field": "director_name", "source_value": "Петров Пётр Петрович"}.items() <= next(
        c for c in entry.new_values["conflicts"] if c["field"] == "director_name").items()
    with admin.db.read() as s:
        assert verify_carried(s) == []


def test_dry_run_writes_nothing_and_a_second_merge_changes_nothing(admin: Services,
                                                                   tmp_path: Path) -> None:
    desk = _desk(tmp_path / "desk")
    try:
        built = fill_workstation(desk, "a")
        entries = count(admin, AuditEntry)
        plan = merge(desk.db, admin.ctx, MergeOptions(dry_run=True))
        assert plan.dry_run and plan.count("consultations").added == len(built.consultations)
        assert plan.files_copied == built.files + 1 and plan.audit_carried > 0
        assert count(admin, Consultation) == 0 and count(admin, AuditEntry) == entries
        assert not list(BlobStore(admin.blobs_dir).iter_blobs())

        first = merge(desk.db, admin.ctx)
        assert first.written and first.count("consultations").added == len(built.consultations)
        entries = count(admin, AuditEntry)
        again = merge(desk.db, admin.ctx)
    finally:
        desk.close()
    assert not again.written and again.added == 0 and again.updated == 0
    assert again.audit_carried == 0 and again.audit_skipped > 0
    assert again.count("consultations").unchanged == len(built.consultations)
    assert count(admin, AuditEntry) == entries


def test_an_erasure_on_either_side_holds_after_the_merge(admin: Services,
                                                        tmp_path: Path) -> None:
    desk = _desk(tmp_path / "desk")
    try:
        ent = _card(desk)
        keep = desk.enterprises.add_contact(ent, {"last_name": "Смирнова", "first_name": "Ольга"})
        gone = desk.enterprises.add_contact(ent, {"last_name": "Кузнецов", "first_name": "Олег"})
        merge(desk.db, admin.ctx)
        # the workstation erases one person, the centre the other
        desk.personal_data.erase_contact(gone.id, reason="отзыв согласия")
        here = _get(admin, ContactPerson, uuid=keep.uuid)[0]
        admin.personal_data.erase_contact(here.id, reason="заявление субъекта")
        report = merge(desk.db, admin.ctx)
        assert report.erasures_applied == 1
        for person in _get(admin, ContactPerson):
            assert person.last_name == ERASED_NAME and person.first_name is None
        assert {e.contact_uuid for e in _get(admin, ContactErasure)} == {keep.uuid, gone.uuid}
        assert gone.uuid in {e.contact_uuid for e in read_ledger(admin.db_path).entries}
        assert admin.personal_data.ledger_problems() == []
        # the workstation's log entries about them came along, and show no personal data
        from desktop_app.core.services.audit_export import AuditFilter, fetch_entries

        rows = fetch_entries(admin, AuditFilter(entity="contact_person", action="carried"))
        assert rows and all(r.new is not None for r in rows)
        shown = " ".join(str(r.new) for r in rows)
        assert "Кузнецов" not in shown and "Смирнова" not in shown and "«уничтожено»" in shown
        # the centre's erasure reaches the workstation the same way
        back = merge(admin.db, desk.ctx)
        assert back.erasures_applied == 1
        assert all(p.erased_at is not None for p in _get(desk, ContactPerson))
    finally:
        desk.close()


def test_a_person_the_target_erased_does_not_come_back(admin: Services, tmp_path: Path) -> None:
    """A copy made before the erasure still holds the person: the merge brings them erased."""
    desk = _desk(tmp_path / "desk")
    try:
        ent = _card(desk)
        person = desk.enterprises.add_contact(ent, {"last_name": "Орлова", "first_name": "Вера"})
        copy = tmp_path / "copy"
        copy.mkdir()
        desk.db.engine.dispose()
        (copy / "desk.sqlite3").write_bytes((tmp_path / "desk" / "desk.sqlite3").read_bytes())
        merge(desk.db, admin.ctx)
        here = _get(admin, ContactPerson, uuid=person.uuid)[0]
        admin.personal_data.erase_contact(here.id, reason="отзыв согласия")
        with admin.db.write() as s:   # as if the record had been lost from the centre
            s.execute(ContactPerson.__table__.delete().where(ContactPerson.id == here.id))
    finally:
        desk.close()
    old = open_services(copy / "desk.sqlite3")
    try:
        report = merge(old.db, admin.ctx)
    finally:
        old.close()
    back = _get(admin, ContactPerson, uuid=person.uuid)
    assert report.erasures_applied == 1
    assert len(back) == 1 and back[0].last_name == ERASED_NAME and back[0].erased_at


def test_a_missing_document_file_stops_the_merge_naming_it(admin: Services,
                                                          tmp_path: Path) -> None:
    desk = _desk(tmp_path / "desk")
    try:
        fill_workstation(desk, "a")
        store = BlobStore(desk.blobs_dir)
        victim = sorted(store.iter_blobs())[0]
        path = store.path_for(victim)
        path.chmod(0o644)
        path.write_bytes(b"altered")
        before = count(admin, Enterprise)
        with pytest.raises(MergeError) as refused:
            merge(desk.db, admin.ctx)
    finally:
        desk.close()
    text = str(refused.value)
    assert "ничего не записано" in text and "изменён" in text
    assert ("досье № 1 «Досье рабочего места a»" in text) or ("письмо исх. №" in text)
    assert count(admin, Enterprise) == before and count(admin, Dossier) == 0


def test_a_laptop_works_offline_and_syncs_back(admin: Services, tmp_path: Path) -> None:
    consultant = admin.users.create(
        {"login": "cons", "full_name": "Сидорова Мария", "role": "consultant"}, PASSWORD)
    server = admin.as_actor(actor_of(consultant))
    ent = _card(admin, phone="+73422000001")
    laptop_base = open_services(tmp_path / "laptop" / "laptop.sqlite3")
    laptop = laptop_base.as_actor(server.actor)
    try:
        copy = sync(laptop.ctx, server.ctx)
        assert copy.pushed is None and copy.pulled.written
        with laptop.db.read() as s:
            card = s.execute(select(Enterprise)).scalar_one()
        # offline: a consultation and a field changed here; the same field on the server
        new_topic = _consultation(laptop, card.id, "Выезд на предприятие")
        _update_card(laptop, card.id, phone="+73422000002", website="https://laptop.example")
        dossier_uuid = _attach_offline(laptop, card.id)
        _update_card(admin, ent, phone="+73422000003")
        done = sync(laptop.ctx, server.ctx)
    finally:
        laptop_base.close()
    assert done.pushed is not None and done.pushed.written
    assert len(_get(admin, Consultation, uuid=new_topic)) == 1
    here = _get(admin, Enterprise, id=ent)[0]
    assert here.phone == "+73422000003"                      # the server's value kept …
    conflict = next(c for c in done.pushed.conflicts if c.field == "phone")
    assert conflict.source_value == "+73422000002"           # … the laptop's reported
    assert here.website == "https://laptop.example"
    # the document attached offline is on the server, its file copied and intact
    assert len(_get(admin, Dossier, uuid=dossier_uuid)) == 1
    verified = admin.documents.verify_stored(rehash=True)
    assert verified.ok and verified.checked == 1
    merged_entry = _get(admin, AuditEntry, action="merge")[-1]
    assert any(c["source_value"] == "+73422000002" for c in merged_entry.new_values["conflicts"])
    # and the laptop now has the server's current data
    again = open_services(tmp_path / "laptop" / "laptop.sqlite3")
    try:
        card = _get(again, Enterprise)[0]
        assert card.phone == "+73422000003"
    finally:
        again.close()


def _attach_offline(sv: Services, enterprise_id: int) -> str:
    """A dossier with one scanned document, written on the laptop."""
    from desktop_app.core.db.models import Blob, DocumentFile, DossierDocument

    stored = BlobStore(sv.blobs_dir).put_bytes(b"%PDF-1.4\n% the charter, scanned offline\n")
    with sv.db.write() as s:
        dossier = Dossier(enterprise_id=enterprise_id, program_code="atd-reverse-engineering",
                          status="draft", title="Досье, начатое на выезде")
        s.add(dossier)
        s.flush()
        doc = DossierDocument(dossier_id=dossier.id, doc_type="charter", title="Устав")
        s.add(doc)
        s.add(Blob(sha256=stored.sha256, size=stored.size, kind="pdf", pages=1))
        s.flush()
        s.add(DocumentFile(document_id=doc.id, blob_sha256=stored.sha256,
                           original_name="устав.pdf"))
        return dossier.uuid


def _update_card(sv: Services, enterprise_id: int, **fields: Any) -> None:
    from desktop_app.core.services.schemas import EnterpriseIn

    current = sv.enterprises.get(enterprise_id).model_dump()
    data = {k: v for k, v in current.items() if k in EnterpriseIn.model_fields} | fields
    sv.enterprises.update(enterprise_id, data)


@pytest.mark.sqlite_only
def test_check_finds_a_carried_history_that_was_rewritten(admin: Services,
                                                          tmp_path: Path) -> None:
    import json
    import sqlite3

    from desktop_app.core.services.maintenance import check_database

    desk = _desk(tmp_path / "desk")
    try:
        _card(desk)
        merge(desk.db, admin.ctx)
    finally:
        desk.close()
    assert check_database(admin, rehash_files=False).ok
    carried = _get(admin, AuditEntry, action="carried")[-1]
    values = dict(carried.new_values)
    values["entry"]["content"]["reason"] = "дописано потом"
    admin.db.engine.dispose()
    with sqlite3.connect(admin.db_path) as conn:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET new_values = ? WHERE id = ?",
                     (json.dumps(values, ensure_ascii=False), carried.id))
    with admin.db.read() as s:
        problems = verify_carried(s)
    assert problems and f"запись журнала № {carried.id}" in problems[0]
    assert "не совпадает с контрольной суммой" in problems[0]


def test_a_contact_removed_on_the_desk_stays_removed_at_the_centre(admin: Services,
                                                                  tmp_path: Path) -> None:
    desk = _desk(tmp_path / "desk", admin_login="desk")
    try:
        ent = _card(desk)
        left = desk.enterprises.add_contact(ent, {"last_name": "Кузнецов", "first_name": "Олег"})
        desk.enterprises.add_contact(ent, {"last_name": "Смирнова", "first_name": "Ольга"})
        merge(desk.db, admin.ctx)
        desk.enterprises.remove_contact(left.id, reason="уволился")
        merge(desk.db, admin.ctx)
        here = _get(admin, ContactPerson, uuid=left.uuid)[0]
        assert here.last_name == "Кузнецов" and here.deleted_at is not None
        remover = _get(admin, User, id=here.deleted_by_id)[0]
        assert remover.login == "desk"
        card = _get(admin, Enterprise, inn="5902292008")[0]
        assert [c.last_name for c in admin.enterprises.contacts(card.id)] == ["Смирнова"]
    finally:
        desk.close()
