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
    "remove_contact": label("Labels", "удаление контактного лица из карточки"),
    "restore": label("Labels", "восстановление"),
    "status": label("Labels", "смена статуса досье"),
    "attach": label("Labels", "приложение документа"),
    "add_files": label("Labels", "добавление файлов к документу"),
    "replace_file": label("Labels", "замена файла документа"),
    "acknowledge_warning": label("Labels", "принятие предупреждения"),
    "withdraw_acknowledgement": label("Labels", "отмена принятия предупреждения"),
    "reassign": label("Labels", "передача другому консультанту"),
    "validate": label("Labels", "проверка досье"),
    "profile_version": label("Labels", "переход на новую версию профиля программы"),
    "import": label("Labels", "загрузка данных"),
    "gc_blobs": label("Labels", "очистка хранилища файлов"),
    "install_profile": label("Labels", "установка профиля программы"),
    "demo": label("Labels", "создание демонстрационных данных"),
    "merge": label("Labels", "объединение баз данных"),
    "carried": label("Labels", "запись, перенесённая из другой базы"),
}
"""Actions recorded in the audit log (a test checks that every action the core
records is here)."""

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
    "organization_profile": label("Labels", "реквизиты центра"),
    "profile": label("Labels", "профиль программы"),
    "blob": label("Labels", "хранилище файлов"),
    "document_file": label("Labels", "файл документа"),
    "outgoing_letter": label("Labels", "исходящее письмо"),
}
"""Kinds of records the audit log speaks about (a test checks that every kind the
core records is here)."""

AUDIT_FIELDS: Final[Mapping[str, str]] = {
    "uuid": label("Labels", "идентификатор"),
    "created_at": label("Labels", "создано"),
    "updated_at": label("Labels", "изменено"),
    "created_by_id": label("Labels", "создал (№ пользователя)"),
    "updated_by_id": label("Labels", "изменил (№ пользователя)"),
    "login": label("Labels", "имя входа"),
    "full_name": label("Labels", "полное наименование"),
    "short_name": label("Labels", "краткое наименование"),
    "position": label("Labels", "должность"),
    "phone": label("Labels", "телефон"),
    "email": label("Labels", "электронная почта"),
    "website": label("Labels", "сайт"),
    "role": label("Labels", "роль"),
    "active": label("Labels", "учётная запись действует"),
    "failed_attempts": label("Labels", "неудачных попыток входа"),
    "locked_until": label("Labels", "заблокирована до"),
    "last_login_at": label("Labels", "последний вход"),
    "legal_address": label("Labels", "юридический адрес"),
    "postal_address": label("Labels", "почтовый адрес"),
    "actual_address": label("Labels", "фактический адрес"),
    "inn": label("Labels", "ИНН"),
    "kpp": label("Labels", "КПП"),
    "ogrn": label("Labels", "ОГРН"),
    "director_name": label("Labels", "руководитель"),
    "director_position": label("Labels", "должность руководителя"),
    "letterhead_note": label("Labels", "надпись на бланке"),
    "register_format": label("Labels", "вид исходящего номера"),
    "region_code": label("Labels", "регион"),
    "okved": label("Labels", "ОКВЭД"),
    "size_category": label("Labels", "категория предприятия"),
    "notes": label("Labels", "примечания"),
    "enterprise_id": label("Labels", "предприятие (№)"),
    "last_name": label("Labels", "фамилия"),
    "first_name": label("Labels", "имя"),
    "middle_name": label("Labels", "отчество"),
    "legal_basis": label("Labels", "основание обработки персональных данных"),
    "consent_date": label("Labels", "дата согласия"),
    "withdrawn_date": label("Labels", "дата отзыва согласия"),
    "erased_at": label("Labels", "данные уничтожены"),
    "contact_id": label("Labels", "контактное лицо (№)"),
    "consultant_id": label("Labels", "консультант (№ пользователя)"),
    "occurred_at": label("Labels", "дата и время"),
    "channel": label("Labels", "канал"),
    "topic": label("Labels", "тема"),
    "program_code": label("Labels", "программа"),
    "questions": label("Labels", "вопросы"),
    "advice": label("Labels", "что посоветовали"),
    "outcome": label("Labels", "итог"),
    "duration_min": label("Labels", "длительность, мин"),
    "next_step": label("Labels", "следующий шаг"),
    "next_step_due": label("Labels", "срок следующего шага"),
    "next_step_done": label("Labels", "шаг выполнен"),
    "eligibility": label("Labels", "ответы предварительной проверки"),
    "eligibility_verdict": label("Labels", "итог предварительной проверки"),
    "eligibility_checked_at": label("Labels", "дата предварительной проверки"),
    "consultation_id": label("Labels", "консультация (№)"),
    "dossier_id": label("Labels", "досье (№)"),
    "profile_version": label("Labels", "версия профиля программы"),
    "status": label("Labels", "статус"),
    "status_changed_at": label("Labels", "статус изменён"),
    "effective_date": label("Labels", "дата вступления в силу"),
    "submission_date": label("Labels", "дата подачи заявки"),
    "signatory_is_director": label("Labels", "заявку подписывает руководитель"),
    "title": label("Labels", "наименование"),
    "component_name": label("Labels", "комплектующее изделие"),
    "foreign_analogue_name": label("Labels", "иностранный аналог"),
    "foreign_analogue_manufacturer": label("Labels", "производитель аналога"),
    "foreign_analogue_country": label("Labels", "страна производителя аналога"),
    "target_industry": label("Labels", "отрасль применения"),
    "consumers": label("Labels", "потребители"),
    "start_date": label("Labels", "начало"),
    "end_date": label("Labels", "окончание"),
    "total_cost": label("Labels", "стоимость проекта"),
    "grant_requested": label("Labels", "запрашиваемый грант"),
    "own_funds": label("Labels", "собственные средства"),
    "other_funds": label("Labels", "иные средства"),
    "amount": label("Labels", "сумма"),
    "serial_volume": label("Labels", "объём серийного выпуска"),
    "serial_years": label("Labels", "годы серийного выпуска"),
    "last_validated_at": label("Labels", "последняя проверка"),
    "last_verdict": label("Labels", "итог последней проверки"),
    "last_error_count": label("Labels", "ошибок"),
    "last_warning_count": label("Labels", "предупреждений"),
    "doc_type": label("Labels", "вид документа"),
    "number": label("Labels", "номер"),
    "issued_on": label("Labels", "дата выдачи"),
    "valid_until": label("Labels", "действует до"),
    "received_on": label("Labels", "дата получения"),
    "deleted_at": label("Labels", "удалён"),
    "files": label("Labels", "файлы"),
    "file_id": label("Labels", "файл (№)"),
    "name": label("Labels", "имя файла"),
    "sha256": label("Labels", "контрольная сумма"),
    "size": label("Labels", "размер, байт"),
    "kind": label("Labels", "вид файла"),
    "pages": label("Labels", "страниц"),
    "warnings": label("Labels", "предупреждения"),
    "rule_id": label("Labels", "правило"),
    "message": label("Labels", "текст"),
    "reason": label("Labels", "причина"),
    "cause": label("Labels", "причина"),
    "version": label("Labels", "версия"),
    "file": label("Labels", "файл"),
    "rows": label("Labels", "записей"),
    "removed": label("Labels", "удалено файлов"),
    "from": label("Labels", "из копии"),
    "safety_backup": label("Labels", "страховочная копия"),
    "blobs_restored": label("Labels", "восстановлено файлов"),
    "missing_blobs": label("Labels", "недостающих файлов"),
}
"""Names of the fields the audit log's «было/стало» speak about."""

AUDIT_FIELDS_OF_PEOPLE: Final[Mapping[str, str]] = {
    "full_name": label("Labels", "ФИО"),
}
"""Where a field of a person (user) reads differently from an organisation's."""

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
    "audit_fields": AUDIT_FIELDS,
    "audit_fields_of_people": AUDIT_FIELDS_OF_PEOPLE,
    "erasure_kinds": ERASURE_KINDS,
    "financing_sources": FINANCING_SOURCES,
}
"""Every table above by name (for the translation check)."""


def all_labels() -> list[str]:
    """Every label of the vocabulary, once each."""
    seen = dict.fromkeys(text for table in TABLES.values() for text in table.values())
    seen[SIZE_NOT_GIVEN] = seen[YES] = None
    return list(seen)
