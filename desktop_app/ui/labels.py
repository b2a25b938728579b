"""The vocabulary of the core (``core/vocabulary.py``) in the interface language.

Each label is looked up in the «Labels» context of the translation catalogue;
the Russian interface shows the vocabulary's own words.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app.core import vocabulary

if TYPE_CHECKING:
    from desktop_app.core.services.facade import Services


def translated(text: str) -> str:
    """One vocabulary label in the interface language."""
    return QCoreApplication.translate("Labels", text)


def _table(table: Mapping[str, str]) -> dict[str, str]:
    return {code: translated(text) for code, text in table.items()}


def channels() -> dict[str, str]:
    return _table(vocabulary.CHANNELS)


def statuses() -> dict[str, str]:
    return _table(vocabulary.DOSSIER_STATUSES)


def legal_bases() -> dict[str, str]:
    return _table(vocabulary.LEGAL_BASES)


def sizes() -> dict[str, str]:
    """Size categories, led by «не указана» (the empty code)."""
    return {"": translated(vocabulary.SIZE_NOT_GIVEN), **_table(vocabulary.SIZES)}


def roles() -> dict[str, str]:
    return _table(vocabulary.ROLES)


def verdicts() -> dict[str, str]:
    return _table(vocabulary.VERDICTS)


def severities() -> dict[str, str]:
    return _table(vocabulary.SEVERITIES)


def confidences() -> dict[str, str]:
    return _table(vocabulary.CONFIDENCES)


def erasure_kinds() -> dict[str, str]:
    return _table(vocabulary.ERASURE_KINDS)


def audit_actions() -> dict[str, str]:
    return _table(vocabulary.AUDIT_ACTIONS)


def audit_entities() -> dict[str, str]:
    return _table(vocabulary.AUDIT_ENTITIES)


def audit_fields() -> dict[str, str]:
    return _table(vocabulary.AUDIT_FIELDS)


def audit_fields_of_people() -> dict[str, str]:
    return _table(vocabulary.AUDIT_FIELDS_OF_PEOPLE)


def yes() -> str:
    return translated(vocabulary.YES)


def program_titles(services: Services) -> dict[str, str]:
    """Programme code → the programme's title (a code is never shown to people)."""
    try:
        return {p.code: p.title for p in services.programs.registry().all()}
    except Exception:  # an unreadable profile folder must not break a list
        return {}
