"""Writing a dossier exchange file: a ZIP or a folder, appearing only when complete."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from desktop_app.core.db.models import (
    Blob,
    ContactPerson,
    DocumentFile,
    Dossier,
    DossierDocument,
    Enterprise,
)
from desktop_app.core.documents import (
    kind_for_extension,
    name_for_kind,
)
from desktop_app.core.errors import InputError, NotFoundError
from desktop_app.core.files import atomic_writer, fsync_dir, write_atomically
from desktop_app.core.formatting import kopecks_to_decimal_str
from desktop_app.core.services.context import EVENT_EXPORT, Permission
from desktop_app.core.services.document_store import DocumentStore, store_for

if TYPE_CHECKING:
    from desktop_app.core.services.facade import Services

from .format import (
    FORMAT,
    JSON_NAME,
    ZIP_TIME,
    DossierExchange,
)


def _money(value: int | None) -> str | None:
    return kopecks_to_decimal_str(value)


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _drop_none(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if v is not None}


def export_dossier(services: Services, dossier_id: int, out: Path) -> Path:
    """Write the dossier to ``out``: a ZIP when it ends in ``.zip``, else a new folder.

    Every file is re-hashed first (a missing or altered file refuses the
    export). Written atomically (temporary name, then rename); audited.
    """
    ctx = services.ctx
    ctx.require(Permission.EXPORT)
    out = Path(out)
    store = store_for(services.db)
    files: list[tuple[str, str]] = []  # (archive path, sha256)
    with ctx.read() as s:
        dossier = s.get(Dossier, dossier_id)
        if dossier is None:
            raise NotFoundError(f"досье № {dossier_id} не найдено")
        ent = s.get(Enterprise, dossier.enterprise_id)
        assert ent is not None
        contact = s.get(ContactPerson, dossier.contact_id) if dossier.contact_id else None
        docs = s.execute(
            select(DossierDocument).where(DossierDocument.dossier_id == dossier_id,
                                          DossierDocument.deleted_at.is_(None))
            .order_by(DossierDocument.id)).scalars().all()
        xdocs = []
        for d in docs:
            rows = s.execute(
                select(DocumentFile, Blob).join(Blob, Blob.sha256 == DocumentFile.blob_sha256)
                .where(DocumentFile.document_id == d.id, DocumentFile.replaced_at.is_(None))
                .order_by(DocumentFile.position, DocumentFile.id)).all()
            xfiles = []
            for f, b in rows:
                # a file kept under a name that does not match its content (accepted
                # before extensions were checked) travels under its real extension
                promised = kind_for_extension(f.original_name)
                shown = (f.original_name if promised and b.kind in promised
                         else name_for_kind(f.original_name, b.kind, 255))
                rel = f"files/{len(files) + 1:02d}_{name_for_kind(f.original_name, b.kind, 100)}"
                files.append((rel, f.blob_sha256))
                xfiles.append({"file": rel, "sha256": f.blob_sha256, "name": shown})
            if not xfiles:
                continue
            xdocs.append(_drop_none({
                "type": d.doc_type, "title": d.title, "number": d.number,
                "issued_on": _iso(d.issued_on), "valid_until": _iso(d.valid_until),
                "received_on": _iso(d.received_on), "files": xfiles,
            }))
        stored = s.execute(select(Dossier).where(Dossier.id == dossier_id)).scalar_one()
        lines = stored.cost_lines
        data: dict[str, Any] = {
            "format": FORMAT,
            "program": dossier.program_code,
            "profile_version": dossier.profile_version,
            "submission_date": _iso(dossier.submission_date),
            "enterprise": _drop_none({
                "inn": ent.inn, "kpp": ent.kpp, "ogrn": ent.ogrn, "full_name": ent.full_name,
                "short_name": ent.short_name, "address": ent.legal_address}),
        }
        personal = contact is not None and contact.erased_at is None
        if contact is not None and personal:
            data["contact"] = _drop_none({
                "name": " ".join(p for p in (contact.last_name, contact.first_name,
                                             contact.middle_name) if p),
                "position": contact.position, "phone": contact.phone, "email": contact.email,
                "legal_basis": contact.legal_basis, "consent_date": _iso(contact.consent_date),
            })
        analogue = _drop_none({"name": dossier.foreign_analogue_name,
                               "manufacturer": dossier.foreign_analogue_manufacturer,
                               "country": dossier.foreign_analogue_country})
        data["project"] = _drop_none({
            "title": dossier.title, "component_name": dossier.component_name,
            "okpd2": dossier.okpd2, "foreign_analogue": analogue or None,
            "target_industry": dossier.target_industry, "consumers": dossier.consumers,
            "start_date": _iso(dossier.start_date), "end_date": _iso(dossier.end_date),
            "total_cost": _money(dossier.total_cost),
            "grant_requested": _money(dossier.grant_requested),
            "own_funds": _money(dossier.own_funds), "other_funds": _money(dossier.other_funds),
            "serial_volume": dossier.serial_volume, "serial_years": dossier.serial_years,
            "notes": dossier.notes,
        })
        data["signatory_is_director"] = dossier.signatory_is_director
        data["cost_lines"] = [
            _drop_none({"category": c.category, "description": c.description,
                        "amount": _money(c.amount)}) for c in lines
        ]
        # written only when filled in: a dossier without them stays readable by
        # the versions of the program that do not know these lists
        data["stages"] = [
            _drop_none({"number": st.number, "title": st.title,
                        "start_date": _iso(st.start_date), "end_date": _iso(st.end_date),
                        "result": st.result}) for st in stored.stages
        ]
        data["financing"] = [
            {"year": f.year, "source": f.source, "amount": _money(f.amount)}
            for f in stored.financing
        ]
        for key in ("stages", "financing"):
            if not data[key]:
                del data[key]
        data["documents"] = xdocs
        data = {k: v for k, v in data.items() if v is not None or k == "signatory_is_director"}
    broken = [rel for rel, sha in files if store.verify(sha) != "ok"]
    if broken:
        raise InputError(
            "досье не выгружено: файлы документов отсутствуют или изменены на диске ("
            + ", ".join(broken) + "); проверьте хранилище командой check")
    DossierExchange.model_validate(data)  # what we write must be what we accept
    body = (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if out.suffix.lower() == ".zip":
        _write_zip(out, body, files, store)
    else:
        _write_folder(out, body, files, store)
    ctx.event(EVENT_EXPORT, "dossier", dossier_id,
              details={"file": out.name, "documents": len(data["documents"]),
                       "files": len(files), "personal_data": personal})
    return out


def _write_zip(out: Path, body: bytes, files: list[tuple[str, str]], store: DocumentStore) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with atomic_writer(out) as fh, zipfile.ZipFile(
            fh, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        info = zipfile.ZipInfo(JSON_NAME, date_time=ZIP_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        zf.writestr(info, body)
        for rel, sha in files:
            info = zipfile.ZipInfo(rel, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            with store.open(sha) as src, zf.open(info, "w") as dst:
                shutil.copyfileobj(src, dst, 1024 * 1024)


def _write_folder(
    out: Path, body: bytes, files: list[tuple[str, str]], store: DocumentStore
) -> None:
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise InputError(f"папка «{out}» уже существует и не пуста; укажите новую папку")
    out.parent.mkdir(parents=True, exist_ok=True)
    # A folder is made whole the same way a file is: every file is written (and
    # fsynced) through atomic_writer into a staging folder beside the target,
    # which is then renamed as a whole.
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        write_atomically(tmp / JSON_NAME, body)
        for rel, sha in files:
            target = tmp.joinpath(*rel.split("/"))
            target.parent.mkdir(parents=True, exist_ok=True)
            with store.open(sha) as src, atomic_writer(target) as dst:
                shutil.copyfileobj(src, dst, 1024 * 1024)
        if out.exists():
            out.rmdir()
        os.replace(tmp, out)
        fsync_dir(out.parent)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
