"""Interface language: Russian source strings; English from ``rci_intake_en.qm``.

The source language of every ``tr()`` string and every ``.ui`` file is
Russian (the default interface). ``resources/translations/rci_intake_en.ts``
carries the English translation; ``rci_intake_ru.ts`` lists the same strings
for completeness. Qt's own dialogs (buttons of message boxes, file dialogs) are
translated with the ``qtbase`` catalogue shipped with Qt; ``qt_extra_<language>.ts``
fills in the words that catalogue lacks or words poorly (installed over it).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.core.resources import resource_path

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []


def install(app: QCoreApplication, language: str) -> bool:
    """Install the translators of ``language``; False if its catalogue is missing."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Russian if language == "ru"
                               else QLocale.Language.English))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_tr = QTranslator(app)
    if qt_tr.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_tr)
        _installed.append(qt_tr)
    extra = resource_path("translations", f"qt_extra_{language}.qm")
    if extra.exists() or extra.with_suffix(".ts").exists():
        _load_ours(app, extra)
    if language == "ru":
        return True
    return _load_ours(app, resource_path("translations", f"rci_intake_{language}.qm"))


def _load_ours(app: QCoreApplication, path: Path) -> bool:
    """Install one of the program's catalogues (built from its ``.ts`` if need be)."""
    if not path.exists():
        try:
            from desktop_app.ui.i18n_build import build

            build()
        except (OSError, SystemExit) as exc:  # a missing tool must not stop the program
            log.warning("translations not built: %s", exc)
    ours = QTranslator(app)
    if not ours.load(str(path)):
        log.warning("translation %s not found", path)
        return False
    app.installTranslator(ours)
    _installed.append(ours)
    return True
