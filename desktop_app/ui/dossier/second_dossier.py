"""Creating a dossier when the enterprise already has an open one for the programme.

The service refuses with :class:`OpenDossierExists`; this asks the person
whether to open the existing dossier or to create another one, and for the
reason of the second one (the service logs it).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from desktop_app.core.services.dossiers import OpenDossierExists
from desktop_app.ui.errors import showing_errors

OPEN_EXISTING = "open"


def _t(text: str) -> str:
    return QCoreApplication.translate("Dossier", text)


def ask_second_dossier(parent: QWidget | None, exc: OpenDossierExists) -> str | None:
    """``OPEN_EXISTING``, the reason for another dossier, or None (cancelled)."""
    what = f"«{exc.title}»" if exc.title else _t("№ %1").replace("%1", str(exc.existing_id))
    box = QMessageBox(QMessageBox.Icon.Question, _t("Досье уже есть"),
                      _t("У предприятия уже есть открытое досье %1 по этой программе. "
                         "Открыть его или создать ещё одно?").replace("%1", what), parent=parent)
    box.setObjectName("secondDossierQuestion")
    open_btn = box.addButton(_t("Открыть существующее"), QMessageBox.ButtonRole.AcceptRole)
    create_btn = box.addButton(_t("Создать ещё одно…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(open_btn)
    box.exec()
    if box.clickedButton() is open_btn:
        return OPEN_EXISTING
    if box.clickedButton() is not create_btn:
        return None
    while True:
        reason, ok = QInputDialog.getText(
            parent, _t("Ещё одно досье"),
            _t("Почему нужно ещё одно открытое досье (запишется в журнал):"),
            QLineEdit.EchoMode.Normal, "")
        if not ok:
            return None
        if reason.strip():
            return reason.strip()


def create_dossier_asking(
    parent: QWidget | None, create: Callable[[str | None], int]
) -> int | None:
    """Run ``create(duplicate_reason)``; on a second open dossier ask first.

    Returns the id of the dossier to open (new or existing), or None.
    """
    second: OpenDossierExists | None = None
    with showing_errors(parent, _t("Досье не создано")) as outcome:
        try:
            return create(None)
        except OpenDossierExists as exc:
            second = exc
    if outcome.failed or second is None:
        return None
    answer = ask_second_dossier(parent, second)
    if answer is None:
        return None
    if answer == OPEN_EXISTING:
        return second.existing_id
    with showing_errors(parent, _t("Досье не создано")) as outcome:
        return create(answer)
    return None
