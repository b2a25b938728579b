"""Where the desktop program keeps its preferences (QSettings, INI format).

Preferences that belong to a person (window geometry, column widths and
order) are kept under the group of their login; the interface language is
per workstation. Tests redirect the INI folder with ``QSettings.setPath``.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from desktop_app import APP_NAME, ORG_NAME

LANGUAGES = ("ru", "en")
DEFAULT_LANGUAGE = "ru"


def app_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, APP_NAME)


def language() -> str:
    value = str(app_settings().value("ui/language", DEFAULT_LANGUAGE))
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_language(code: str) -> None:
    if code not in LANGUAGES:
        raise ValueError(code)
    s = app_settings()
    s.setValue("ui/language", code)
    s.sync()


def user_key(login: str, name: str) -> str:
    """Settings key of one person's preference (logins are plain words)."""
    safe = "".join(ch if ch.isalnum() or ch in "._-" else "_" for ch in login) or "_"
    return f"users/{safe}/{name}"
