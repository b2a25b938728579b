"""The centre's own profile: letterhead data, register number format, and the
defaults of the referral letter (addressee at the Agency, salutation, signer).

The profile is one row of ``organization_profile``; the letter defaults are a
``Setting`` row (:data:`PACKAGE_SETTINGS_KEY`). Everybody may read both;
only a role with ``MANAGE_ORGANIZATION`` (the administrator) may change them.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import BeforeValidator, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.db.models import OrganizationProfile, Setting
from desktop_app.core.services.schemas import Input, OrganizationProfileIn, _opt, parse

from .audit import diff, snapshot
from .context import Permission, ServiceContext
from .dto import Out

PACKAGE_SETTINGS_KEY = "package.letter"
DEFAULT_ADDRESSEE_POSITION = (
    "Генеральному директору АНО «Агентство по технологическому развитию»"
)
DEFAULT_SUBJECT = "О направлении заявки на получение гранта"


def _text(max_len: int) -> BeforeValidator:
    """Optional text, checked like every other field (stripped, empty → None)."""
    return _opt(max_len)


class PackageSettingsIn(Input):
    """Defaults of the referral letter (each may be changed for one package)."""

    addressee_position: Annotated[str | None, _text(500)] = Field(
        DEFAULT_ADDRESSEE_POSITION, title="Должность адресата (в дательном падеже)"
    )
    addressee_name: Annotated[str | None, _text(200)] = Field(
        None, title="Адресат: инициалы и фамилия в дательном падеже («И.О. Фамилии»)"
    )
    addressee_organization: Annotated[str | None, _text(500)] = Field(
        None, title="Организация адресата (если не вошла в должность)"
    )
    addressee_address: Annotated[str | None, _text(500)] = Field(None, title="Адрес адресата")
    salutation: Annotated[str | None, _text(200)] = Field(
        None, title="Обращение («Уважаемый Иван Иванович!»)"
    )
    subject: Annotated[str | None, _text(500)] = Field(DEFAULT_SUBJECT, title="Заголовок письма")
    signer_position: Annotated[str | None, _text(200)] = Field(
        None, title="Должность подписывающего (если у пользователя не указана)"
    )


class OrganizationOut(Out):
    id: int
    full_name: str
    short_name: str | None
    legal_address: str | None
    postal_address: str | None
    phone: str | None
    email: str | None
    website: str | None
    inn: str | None
    kpp: str | None
    ogrn: str | None
    director_name: str | None
    director_position: str | None
    letterhead_note: str | None
    logo_sha256: str | None
    register_format: str
    updated_at: dt.datetime

    def missing_for_letter(self) -> list[str]:
        """What a printed letter needs and the profile lacks (Russian field names)."""
        missing = []
        if not self.full_name.strip():
            missing.append("полное наименование центра")
        if not (self.postal_address or self.legal_address):
            missing.append("адрес (почтовый или юридический)")
        if not self.inn:
            missing.append("ИНН")
        return missing


WHERE_TO_FILL = "меню «Администрирование → Реквизиты центра»"


def load_profile(session: Session) -> OrganizationProfile | None:
    return session.execute(
        select(OrganizationProfile).order_by(OrganizationProfile.id).limit(1)
    ).scalar()


def load_package_settings(session: Session) -> PackageSettingsIn:
    row = session.get(Setting, PACKAGE_SETTINGS_KEY)
    if row is None or not isinstance(row.value, dict):
        return PackageSettingsIn()
    try:
        return PackageSettingsIn.model_validate(row.value)
    except ValueError:
        return PackageSettingsIn()  # a damaged row: defaults, the administrator re-saves


class OrganizationService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # --- reading -----------------------------------------------------------
    def get(self) -> OrganizationOut | None:
        """The centre's profile, or None while nobody has filled it in."""
        with self.ctx.read() as s:
            row = load_profile(s)
            return None if row is None else OrganizationOut.model_validate(row)

    def package_settings(self) -> PackageSettingsIn:
        with self.ctx.read() as s:
            return load_package_settings(s)

    # --- writing -----------------------------------------------------------
    def update(self, data: OrganizationProfileIn | dict[str, Any]) -> OrganizationOut:
        """Create or change the profile (administrator). Raises InputError, PermissionDenied."""
        self.ctx.require(Permission.MANAGE_ORGANIZATION)
        valid = parse(OrganizationProfileIn, data)
        with self.ctx.write() as s:
            row = load_profile(s)
            values = valid.model_dump()
            user_id = self.ctx.actor.user_id
            if row is None:
                row = OrganizationProfile(**values)
                row.created_by_id = row.updated_by_id = user_id
                s.add(row)
                s.flush()
                self.ctx.audit(s, "create", "organization_profile", row.id,
                               entity_uuid=row.uuid, new=snapshot(row))
            else:
                before = snapshot(row)
                for key, value in values.items():
                    setattr(row, key, value)
                row.updated_by_id = user_id
                s.flush()
                old, new = diff(before, snapshot(row))
                if new:
                    self.ctx.audit(s, "update", "organization_profile", row.id,
                                   entity_uuid=row.uuid, old=old, new=new)
            return OrganizationOut.model_validate(row)

    def update_package_settings(
        self, data: PackageSettingsIn | dict[str, Any]
    ) -> PackageSettingsIn:
        """Save the letter defaults (administrator). Raises InputError, PermissionDenied."""
        self.ctx.require(Permission.MANAGE_ORGANIZATION)
        valid = parse(PackageSettingsIn, data)
        with self.ctx.write() as s:
            self.ctx.save_setting(s, PACKAGE_SETTINGS_KEY, valid.model_dump())
        return valid
