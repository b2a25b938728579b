"""The dossier editor and the eligibility pre-screening (GUI).

Entry points for the main window and the consultation editor:

* :func:`open_dossier_editor` — the editor of one dossier (one window per dossier);
* :func:`open_eligibility_dialog` — the pre-screening of a consultation;
* :func:`new_dossier_from_consultation` — a dossier from a consultation's saved
  pre-screening (or the pre-screening first, when there is none yet).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QWidget

from desktop_app.core.services.facade import Services
from desktop_app.ui.errors import showing_errors

from .editor import DossierEditor
from .eligibility import EligibilityDialog
from .second_dossier import create_dossier_asking

__all__ = [
    "DossierEditor",
    "EligibilityDialog",
    "new_dossier_from_consultation",
    "open_dossier_editor",
    "open_eligibility_dialog",
]

_open: dict[tuple[str, int], DossierEditor] = {}


def open_dossier_editor(parent: QWidget | None, services: Services, dossier_id: int
                        ) -> DossierEditor | None:
    """Show the editor of ``dossier_id`` (raise it if it is already open); None if refused."""
    key = (str(services.db_path), dossier_id)
    existing = _open.get(key)
    if existing is not None and shiboken6.isValid(existing) and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return existing
    with showing_errors(parent, _t("Досье не открыто")) as outcome:
        editor = DossierEditor(services, dossier_id, parent)
    if outcome.failed:
        return None
    _open[key] = editor
    editor.finished.connect(lambda _r: _open.pop(key, None))
    editor.show()
    editor.raise_()
    editor.activateWindow()
    return editor


def open_eligibility_dialog(parent: QWidget | None, services: Services, consultation_id: int
                            ) -> EligibilityDialog | None:
    """Show the pre-screening of the consultation; «Создать досье» opens the new dossier."""
    with showing_errors(parent, _t("Проверка соответствия не открыта")) as outcome:
        dlg = EligibilityDialog(services, consultation_id, parent)
    if outcome.failed:
        return None
    dlg.dossier_created.connect(lambda did: open_dossier_editor(parent, services, did))
    dlg.show()
    dlg.raise_()
    return dlg


def new_dossier_from_consultation(
    parent: QWidget | None, services: Services, consultation_id: int
) -> DossierEditor | EligibilityDialog | None:
    """A new dossier from the consultation's saved pre-screening, opened in the editor.

    Without a saved pre-screening the eligibility dialog is shown instead (its
    «Создать досье» finishes the job). A refusal (not eligible, no program) is
    shown with the service's message and gives None.
    """
    with showing_errors(parent, _t("Досье не создано")) as outcome:
        consultation = services.consultations.get(consultation_id)
    if outcome.failed:
        return None
    if not consultation.eligibility:
        return open_eligibility_dialog(parent, services, consultation_id)
    dossier_id = create_dossier_asking(
        parent, lambda reason: services.dossiers.create_from_eligibility(
            consultation_id, duplicate_reason=reason).id)
    if dossier_id is None:
        return None
    return open_dossier_editor(parent, services, dossier_id)


def _t(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Dossier", text)
