"""The words people read for stored codes: one Russian label per code, in one place.

Reports, exports and the command line use these tables directly; the GUI wraps
each label with ``QCoreApplication.translate("Labels", …)`` (``ui/labels.py``)
so the English interface shows them translated. Every label is written as
``label("Labels", "…")``: the translation tool is told to collect these calls
into the «Labels» context of the catalogue (``ui/i18n_build.py``), and a test
checks that each one has an English translation.

A utility: imports nothing from the application.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, Literal


def label(context: Literal["Labels"], text: str) -> str:
    """Return ``text``; the call marks it for the translation catalogue under ``context``."""
    del context
    return text


DOSSIER_STATUSES: Final[Mapping[str, str]] = {
    "draft": label("Labels", "черновик"),
    "ready": label("Labels", "готово к направлению"),
    "referred": label("Labels", "направлено в Агентство"),
    "submitted": label("Labels", "заявка подана"),
    "approved": label("Labels", "одобрено"),
    "rejected": label("Labels", "отклонено"),
    "withdrawn": label("Labels", "отозвано"),
    "agreement": label("Labels", "соглашение заключено"),
}
"""Dossier workflow statuses (``DossierStatus``)."""

CHANNELS: Final[Mapping[str, str]] = {
    "phone": label("Labels", "телефон"),
    "email": label("Labels", "электронная почта"),
    "visit": label("Labels", "личный приём"),
    "event": label("Labels", "мероприятие"),
    "video": label("Labels", "видеосвязь"),
}
"""How a consultation took place (``Channel``)."""

SIZES: Final[Mapping[str, str]] = {
    "micro": label("Labels", "микропредприятие"),
    "small": label("Labels", "малое"),
    "medium": label("Labels", "среднее"),
    "large": label("Labels", "крупное"),
}
"""Enterprise size categories (``SizeCategory``)."""

SIZE_NOT_GIVEN: Final = label("Labels", "не указана")
"""An enterprise whose size category is not known."""

LEGAL_BASES: Final[Mapping[str, str]] = {
    "legitimate": label("Labels", "представитель организации в рамках обращения"),
    "consent": label("Labels", "согласие субъекта персональных данных"),
    "contract": label("Labels", "исполнение договора"),
    "public": label("Labels", "общедоступные сведения (ЕГРЮЛ)"),
}
"""Legal bases for keeping a contact person's personal data (``LegalBasis``, 152-ФЗ)."""

ROLES: Final[Mapping[str, str]] = {
    "consultant": label("Labels", "консультант"),
    "supervisor": label("Labels", "руководитель"),
    "administrator": label("Labels", "администратор"),
}
"""User roles (``Role``)."""

VERDICTS: Final[Mapping[str, str]] = {
    "eligible": label("Labels", "может подать заявку"),
    "not_eligible": label("Labels", "не может подать заявку"),
    "needs_clarification": label("Labels", "требуется уточнение"),
}
"""Pre-screening verdicts: may the enterprise apply to the programme."""

SEVERITIES: Final[Mapping[str, str]] = {
    "error": label("Labels", "ошибка"),
    "warning": label("Labels", "предупреждение"),
    "info": label("Labels", "сведения"),
}
"""How serious a finding of the rule check is."""

CONFIDENCES: Final[Mapping[str, str]] = {
    "verified": label("Labels", "подтверждено"),
    "reported": label("Labels", "по сообщениям"),
    "assumed": label("Labels", "допущение"),
}
"""How sure a programme rule is: confirmed, known from reports, or assumed."""

CHECK_RESULTS: Final[Mapping[str, str]] = {
    "passed": label("Labels", "выполнено"),
    "failed": label("Labels", "не выполнено"),
    "not_applicable": label("Labels", "не применимо"),
    "warning": label("Labels", "предупреждение"),
}
"""Outcome of one rule or document requirement in a printed check."""

AUDIT_ACTIONS: Final[Mapping[str, str]] = {
    "create": label("Labels", "создание записи"),
    "update": label("Labels", "изменение записи"),
    "delete": label("Labels", "удаление записи"),
    "eligibility": label("Labels", "предварительная проверка"),
    "sign_in": label("Labels", "вход в программу"),
    "sign_in_failed": label("Labels", "неудачный вход"),
    "sign_in_refused": label("Labels", "вход отклонён"),
    "sign_out": label("Labels", "выход из программы"),
    "account_locked": label("Labels", "блокировка учётной записи"),
    "account_unlock": label("Labels", "разблокировка учётной записи"),
    "session_lock": label("Labels", "блокировка экрана"),
    "session_unlock": label("Labels", "разблокировка экрана"),
    "session_unlock_failed": label("Labels", "неверный пароль при разблокировке"),
    "password_reset": label("Labels", "сброс пароля администратором"),
    "password_change": label("Labels", "смена пароля"),
    "password_rehash": label("Labels", "обновление хеша пароля"),
    "export": label("Labels", "выгрузка"),
    "print": label("Labels", "печать"),
    "file_open": label("Labels", "открытие файла"),
    "view_personal_data": label("Labels", "просмотр персональных данных"),
    "package_generated": label("Labels", "формирование пакета направления"),
    "erase_personal_data": label("Labels", "уничтожение персональных данных"),
    "restore": label("Labels", "восстановление из резервной копии"),
    "merge": label("Labels", "объединение баз данных"),
    "carried": label("Labels", "запись, перенесённая из другой базы"),
}
"""Actions recorded in the audit log."""

AUDIT_ENTITIES: Final[Mapping[str, str]] = {
    "user": label("Labels", "пользователь"),
    "enterprise": label("Labels", "предприятие"),
    "contact_person": label("Labels", "контактное лицо"),
    "consultation": label("Labels", "консультация"),
    "dossier": label("Labels", "досье"),
    "document": label("Labels", "документ"),
    "setting": label("Labels", "настройка"),
    "organization": label("Labels", "реквизиты центра"),
    "audit_log": label("Labels", "журнал событий"),
    "database": label("Labels", "база данных"),
}
"""Kinds of records the audit log speaks about."""

ERASURE_KINDS: Final[Mapping[str, str]] = {
    "request": label("Labels", "по запросу"),
    "reapplied": label("Labels", "повторно после восстановления"),
}
"""Why personal data were erased (``contact_erasures.kind``)."""

YES: Final = label("Labels", "да")
"""A true flag in a list column."""

FINANCING_SOURCES: Final[Mapping[str, str]] = {
    "grant": label("Labels", "грант"),
    "own": label("Labels", "собственные средства"),
    "other": label("Labels", "иные средства"),
}
"""Where a project's money comes from (``FinancingLine.source``), in this order."""

TABLES: Final[Mapping[str, Mapping[str, str]]] = {
    "dossier_statuses": DOSSIER_STATUSES,
    "channels": CHANNELS,
    "sizes": SIZES,
    "legal_bases": LEGAL_BASES,
    "roles": ROLES,
    "verdicts": VERDICTS,
    "severities": SEVERITIES,
    "confidences": CONFIDENCES,
    "check_results": CHECK_RESULTS,
    "audit_actions": AUDIT_ACTIONS,
    "audit_entities": AUDIT_ENTITIES,
    "erasure_kinds": ERASURE_KINDS,
    "financing_sources": FINANCING_SOURCES,
}
"""Every table above by name (for the translation check)."""


def all_labels() -> list[str]:
    """Every label of the vocabulary, once each."""
    seen = dict.fromkeys(text for table in TABLES.values() for text in table.values())
    seen[SIZE_NOT_GIVEN] = seen[YES] = None
    return list(seen)
