"""Enterprises and their contact persons."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core.db import bulk, queries, search
from desktop_app.core.db.models import Consultation, ContactPerson, Dossier, Enterprise
from desktop_app.core.errors import (
    DuplicateError,
    InputError,
    NotFoundError,
)
from desktop_app.core.services.schemas import ContactPersonIn, EnterpriseIn, parse

from .audit import diff, snapshot
from .context import Permission, ServiceContext
from .dto import ContactOut, EnterpriseOut
from .editing import bump_version, check_version


def _apply(obj: Any, data: dict[str, Any]) -> None:
    for key, value in data.items():
        setattr(obj, key, value)


def _values(data: EnterpriseIn) -> dict[str, Any]:
    """The card's fields as stored. The model is flat (text, one enum), so its own
    dictionary of field values is what ``model_dump`` returns, without the walk that
    costs an import of ten thousand rows a noticeable share of its time."""
    values = dict(data.__dict__)
    if values.get("size_category") is not None:
        values["size_category"] = str(values["size_category"].value)
    return values


def _reindex(session: Session, ent: Enterprise, old_key: str | None = None) -> None:
    ent.search_key = search.enterprise_body(
        ent.full_name, ent.short_name, ent.inn, ent.ogrn, ent.kpp
    )
    session.flush()
    if old_key != ent.search_key:
        search.index(session, "enterprise", ent.id, ent.search_key, old_body=old_key)


def _theirs(ent: Enterprise) -> dict[str, Any]:
    """The card as stored, in the editor's terms (for a conflict)."""
    return {key: getattr(ent, key) for key in EnterpriseIn.model_fields}


def duplicate_inn_error(existing: Enterprise) -> DuplicateError:
    name = existing.short_name or existing.full_name
    return DuplicateError(
        f"предприятие с ИНН {existing.inn} уже есть в базе: «{name}» (карточка № {existing.id})",
        field="inn",
        label="ИНН",
        existing_id=existing.id,
    )


class EnterpriseService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # --- reading ---------------------------------------------------------
    def get(self, enterprise_id: int) -> EnterpriseOut:
        with self.ctx.read() as s:
            ent = s.get(Enterprise, enterprise_id)
            if ent is None:
                raise NotFoundError(f"предприятие № {enterprise_id} не найдено")
            return EnterpriseOut.model_validate(ent)

    def find_by_inn(self, inn: str) -> EnterpriseOut | None:
        with self.ctx.read() as s:
            ent = s.execute(select(Enterprise).where(Enterprise.inn == inn.strip())).scalar()
            return None if ent is None else EnterpriseOut.model_validate(ent)

    def find(self, text: str = "", *, limit: int = 100) -> list[EnterpriseOut]:
        """Enterprises by name, optionally filtered by the list's text search (the
        same query as the enterprise list of the main window), at most ``limit``."""
        self.ctx.require(Permission.READ)
        q = queries.ListQuery(queries.ListKind.ENTERPRISES, text=text)
        with self.ctx.read() as s:
            ids = queries.page_ids(s, q, 0, limit)
            found = {e.id: e for e in s.execute(
                select(Enterprise).where(Enterprise.id.in_(ids))).scalars()}
            return [EnterpriseOut.model_validate(found[i]) for i in ids if i in found]

    def count(self) -> int:
        with self.ctx.read() as s:
            return int(s.execute(select(func.count()).select_from(Enterprise)).scalar_one())

    def contacts(self, enterprise_id: int, *, include_erased: bool = False,
                 include_removed: bool = False) -> list[ContactOut]:
        """The enterprise's contact persons; erased and removed ones only when asked."""
        with self.ctx.read() as s:
            q = select(ContactPerson).where(ContactPerson.enterprise_id == enterprise_id)
            if not include_erased:
                q = q.where(ContactPerson.erased_at.is_(None))
            if not include_removed:
                q = q.where(ContactPerson.deleted_at.is_(None))
            rows = s.execute(q.order_by(ContactPerson.last_name, ContactPerson.id)).scalars()
            return [ContactOut.model_validate(c) for c in rows]

    # --- writing ---------------------------------------------------------
    def create(self, data: EnterpriseIn | dict[str, Any]) -> EnterpriseOut:
        self.ctx.require(Permission.EDIT_ENTERPRISES)
        valid = parse(EnterpriseIn, data)
        with self.ctx.write() as s:
            ent = self.create_in(s, valid)
            return EnterpriseOut.model_validate(ent)

    def create_in(self, s: Session, valid: EnterpriseIn) -> Enterprise:
        """Create inside the caller's unit of work (imports use it for many rows)."""
        existing = s.execute(select(Enterprise).where(Enterprise.inn == valid.inn)).scalar()
        if existing is not None:
            raise duplicate_inn_error(existing)
        ent = Enterprise(**_values(valid))
        ent.created_by_id = ent.updated_by_id = self.ctx.actor.user_id
        s.add(ent)
        _reindex(s, ent)
        self.ctx.audit(s, "create", "enterprise", ent.id, entity_uuid=ent.uuid, new=snapshot(ent))
        return ent

    def bulk_create_in(self, s: Session, items: list[EnterpriseIn]) -> list[int]:
        """Create many enterprises inside the caller's unit of work (imports): one
        insert of all the rows, one search-index insert and one audit insert, instead
        of six statements per enterprise. The caller has checked that no ИНН exists."""
        from sqlalchemy import Table, insert

        from desktop_app.core.db.types import new_uuids
        from desktop_app.core.formatting import utcnow

        from . import audit

        if not items:
            return []
        now, actor = utcnow(), self.ctx.actor.user_id
        # Each card's values once, as plain data; the search text and a new UUID beside
        # them. The same dictionaries go into the insert (as tuples) and the audit.
        cards = [_values(valid) for valid in items]
        keys = [
            search.enterprise_body(c["full_name"], c["short_name"], c["inn"], c["ogrn"], c["kpp"])
            for c in cards]
        uuids = new_uuids(len(items))
        common = {"created_at": now, "updated_at": now, "created_by_id": actor,
                  "updated_by_id": actor}
        table = cast(Table, Enterprise.__table__)
        columns = list(cards[0])
        if bulk.is_sqlite(s):
            # The driver's executemany: the ids follow the largest one, which nobody
            # else can move while this transaction holds the write lock.
            start = int(s.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one())
            ids = list(range(start + 1, start + 1 + len(cards)))
            bulk.insert_rows(
                s, table, ["id", *columns, "search_key", "uuid"],
                [(ent_id, *card.values(), key, uuid)
                 for ent_id, card, key, uuid in zip(ids, cards, keys, uuids, strict=True)],
                constants={**common, "version": 1},
            )
        else:
            # Core, not the ORM's bulk insert: asking the ORM for the ids in parameter
            # order makes one statement per row. The ids come back by ИНН (unique) from
            # multi-row statements instead.
            by_inn = dict(
                (inn, ent_id) for ent_id, inn in
                s.execute(insert(table).returning(table.c.id, table.c.inn),
                          [{**card, "search_key": key, "uuid": uuid, **common}
                           for card, key, uuid in zip(cards, keys, uuids, strict=True)])
            )
            ids = [by_inn[card["inn"]] for card in cards]
        search.bulk_index(s, "enterprise", zip(ids, keys, strict=True))
        audit.record_many(
            s,
            user_id=actor,
            user_login=self.ctx.actor.login,
            items=[
                {"action": "create", "entity": "enterprise", "entity_id": ent_id,
                 "entity_uuid": uuid, "new": {"id": ent_id, **card, "uuid": uuid}}
                for ent_id, card, uuid in zip(ids, cards, uuids, strict=True)
            ],
        )
        return ids

    def bulk_update_in(
        self, s: Session, changes: list[tuple[int, dict[str, Any]]],
        merge: Callable[[dict[str, Any], dict[str, Any]], EnterpriseIn],
    ) -> tuple[int, int]:
        """Apply new values to many cards inside the caller's unit of work (imports
        with updating): ``changes`` pairs a card's id with the values given for it,
        and ``merge(card, given)`` makes the card to store from the card's current
        values. The result is what :meth:`update_in` gives card by card — the changed
        fields written with one more version, the search entry renewed where the
        search text changed, one audit entry per changed card with its old and new
        values — with the cards read by one statement and written by one batch.
        Returns (changed, unchanged)."""
        from sqlalchemy import Table, bindparam, update

        from desktop_app.core.formatting import utcnow

        from . import audit

        if not changes:
            return 0, 0
        table = cast(Table, Enterprise.__table__)
        fields = list(EnterpriseIn.model_fields)
        current = {
            row.id: row for row in s.execute(
                select(table.c.id, table.c.uuid, table.c.version, table.c.search_key,
                       *[table.c[f] for f in fields])
                .where(table.c.id.in_([ent_id for ent_id, _given in changes]))
                # on a server: nobody changes these cards between this read and the write
                # (SQLite's writing transaction already holds the whole file)
                .with_for_update())
        }
        now, actor = utcnow(), self.ctx.actor.user_id
        writes: list[dict[str, Any]] = []
        renewed: list[tuple[int, str, str | None]] = []
        entries: list[dict[str, Any]] = []
        unchanged = 0
        for ent_id, given in changes:
            row = current.get(ent_id)
            if row is None:
                raise NotFoundError(f"предприятие № {ent_id} не найдено")
            before = {f: getattr(row, f) for f in fields}
            valid = merge(before, given)
            after = _values(valid)
            if after["inn"] != before["inn"]:
                # another ИНН: the card by card path, with its duplicate check
                ent = s.get(Enterprise, ent_id)
                assert ent is not None
                if not self.update_in(s, ent, valid):
                    unchanged += 1
                continue
            old, new = audit.diff({f: audit.jsonable(before[f]) for f in fields},
                                  {f: audit.jsonable(after[f]) for f in fields})
            if not new:
                unchanged += 1
                continue
            key = search.enterprise_body(after["full_name"], after["short_name"],
                                         after["inn"], after["ogrn"], after["kpp"])
            writes.append({"card_id": ent_id, **after, "search_key": key,
                           "version": int(row.version or 1) + 1,
                           "updated_at": now, "updated_by_id": actor})
            if key != row.search_key:
                renewed.append((ent_id, key, row.search_key))
            entries.append({"action": "update", "entity": "enterprise", "entity_id": ent_id,
                            "entity_uuid": row.uuid, "old": old, "new": new})
        if writes:
            s.execute(update(table).where(table.c.id == bindparam("card_id")), writes)
            search.bulk_reindex(s, "enterprise", renewed)
            audit.record_many(s, user_id=actor, user_login=self.ctx.actor.login,
                              items=entries)
        return len(changes) - unchanged, unchanged

    def update(
        self,
        enterprise_id: int,
        data: EnterpriseIn | dict[str, Any],
        *,
        expected_version: int | None = None,
        expected_updated_at: Any = None,
    ) -> EnterpriseOut:
        """Change the card. ``expected_version`` is the :attr:`EnterpriseOut.version`
        the editor loaded: a card someone else saved meanwhile is refused with
        :class:`~desktop_app.core.errors.EditConflict` (who, when, their values)."""
        self.ctx.require(Permission.EDIT_ENTERPRISES)
        valid = parse(EnterpriseIn, data)
        with self.ctx.write() as s:
            ent = s.get(Enterprise, enterprise_id)
            if ent is None:
                raise NotFoundError(f"предприятие № {enterprise_id} не найдено")
            self.update_in(s, ent, valid, expected_version=expected_version,
                           expected_updated_at=expected_updated_at)
            return EnterpriseOut.model_validate(ent)

    def update_in(
        self, s: Session, ent: Enterprise, valid: EnterpriseIn, *,
        expected_version: int | None = None, expected_updated_at: Any = None,
    ) -> bool:
        if expected_version is None and expected_updated_at is not None \
                and ent.updated_at != expected_updated_at:
            expected_version = -1
        check_version(s, ent, expected_version, entity="enterprise",
                      theirs=lambda: _theirs(ent))
        if valid.inn != ent.inn:
            other = s.execute(select(Enterprise).where(Enterprise.inn == valid.inn)).scalar()
            if other is not None:
                raise duplicate_inn_error(other)
        before = snapshot(ent)
        old_key = ent.search_key
        _apply(ent, _values(valid))
        old, new = diff(before, snapshot(ent))
        if not new:
            return False
        ent.updated_by_id = self.ctx.actor.user_id
        bump_version(ent)
        _reindex(s, ent, old_key)
        self.ctx.audit(s, "update", "enterprise", ent.id, entity_uuid=ent.uuid, old=old, new=new)
        return True

    def delete(self, enterprise_id: int, *, reason: str | None = None) -> None:
        """Only an enterprise with no consultations and no dossiers can be deleted."""
        self.ctx.require(Permission.EDIT_ANY_WORK)
        with self.ctx.write() as s:
            ent = s.get(Enterprise, enterprise_id)
            if ent is None:
                raise NotFoundError(f"предприятие № {enterprise_id} не найдено")
            used = (
                s.execute(
                    select(func.count())
                    .select_from(Consultation)
                    .where(Consultation.enterprise_id == enterprise_id)
                ).scalar_one()
                + s.execute(
                    select(func.count())
                    .select_from(Dossier)
                    .where(Dossier.enterprise_id == enterprise_id)
                ).scalar_one()
            )
            if used:
                raise InputError(
                    "у предприятия есть консультации или досье — удалить его нельзя, "
                    "чтобы не потерять историю работы"
                )
            before = snapshot(ent)
            for c in list(ent.contacts):
                s.delete(c)
            s.delete(ent)
            search.unindex(s, "enterprise", enterprise_id, ent.search_key)
            self.ctx.audit(
                s,
                "delete",
                "enterprise",
                enterprise_id,
                entity_uuid=ent.uuid,
                old=before,
                reason=reason,
            )

    # --- contact persons ---------------------------------------------------
    def add_contact(self, enterprise_id: int, data: ContactPersonIn | dict[str, Any]) -> ContactOut:
        self.ctx.require(Permission.EDIT_ENTERPRISES)
        valid = parse(ContactPersonIn, data)
        with self.ctx.write() as s:
            if s.get(Enterprise, enterprise_id) is None:
                raise NotFoundError(f"предприятие № {enterprise_id} не найдено")
            values = valid.model_dump()
            values["legal_basis"] = str(valid.legal_basis.value)
            person = ContactPerson(enterprise_id=enterprise_id, **values)
            person.created_by_id = person.updated_by_id = self.ctx.actor.user_id
            s.add(person)
            s.flush()
            self.ctx.audit(
                s,
                "create",
                "contact_person",
                person.id,
                entity_uuid=person.uuid,
                new=snapshot(person),
            )
            return ContactOut.model_validate(person)

    def update_contact(self, contact_id: int, data: ContactPersonIn | dict[str, Any]) -> ContactOut:
        self.ctx.require(Permission.EDIT_ENTERPRISES)
        valid = parse(ContactPersonIn, data)
        with self.ctx.write() as s:
            person = s.get(ContactPerson, contact_id)
            if person is None or person.erased_at is not None:
                raise NotFoundError(f"контактное лицо № {contact_id} не найдено")
            if person.deleted_at is not None:
                raise InputError(f"контактное лицо № {contact_id} удалено из карточки "
                                 f"{person.deleted_at.astimezone():%d.%m.%Y}; "
                                 "изменить его нельзя")
            before = snapshot(person)
            values = valid.model_dump()
            values["legal_basis"] = str(valid.legal_basis.value)
            _apply(person, values)
            old, new = diff(before, snapshot(person))
            if new:
                person.updated_by_id = self.ctx.actor.user_id
                self.ctx.audit(
                    s,
                    "update",
                    "contact_person",
                    person.id,
                    entity_uuid=person.uuid,
                    old=old,
                    new=new,
                )
            return ContactOut.model_validate(person)

    def remove_contact(self, contact_id: int, reason: str | None = None) -> ContactOut:
        """Remove a contact from the card: the record stays, marked with who and when.

        The person disappears from the card, the lists and the pickers; dossiers and
        letters that name them keep doing so. This is not an erasure of personal data
        (see :mod:`desktop_app.core.services.personal_data`), which destroys the values.
        """
        from desktop_app.core.formatting import utcnow

        self.ctx.require(Permission.EDIT_ENTERPRISES)
        with self.ctx.write() as s:
            person = s.get(ContactPerson, contact_id)
            if person is None or person.erased_at is not None:
                raise NotFoundError(f"контактное лицо № {contact_id} не найдено")
            if person.deleted_at is not None:
                raise InputError(f"контактное лицо № {contact_id} уже удалено из карточки "
                                 f"{person.deleted_at.astimezone():%d.%m.%Y}")
            person.deleted_at = utcnow()
            person.deleted_by_id = self.ctx.actor.user_id
            text = (reason or "").strip() or None
            self.ctx.audit(
                s,
                "remove_contact",
                "contact_person",
                person.id,
                entity_uuid=person.uuid,
                old={"deleted_at": None},
                new={"deleted_at": person.deleted_at.isoformat()},
                reason=text,
            )
            return ContactOut.model_validate(person)
