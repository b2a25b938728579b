"""Long work (inspecting and hashing files) on a worker thread behind a progress dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.ui.tasks import run_in_background


def run_with_progress(
    parent: QWidget,
    title: str,
    text: str,
    fn: Callable[[], Any],
    *,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> QProgressDialog:
    """Run ``fn`` off the GUI thread while a busy progress dialog is shown.

    The services cannot stop an attach half-way (it would leave nothing
    behind anyway), so the dialog has no Cancel button: it closes when the
    work ends, and then ``on_done`` or ``on_error`` runs on the GUI thread.
    """
    dlg = QProgressDialog(text, "", 0, 0, parent)
    dlg.setWindowTitle(title)
    dlg.setCancelButton(None)
    dlg.setWindowModality(Qt.WindowModality.WindowModal)
    dlg.setMinimumDuration(300)
    dlg.setAutoClose(False)
    dlg.setAutoReset(False)
    dlg.setValue(0)

    def done(result: Any) -> None:
        dlg.close()
        dlg.deleteLater()
        on_done(result)

    def failed(exc: BaseException) -> None:
        dlg.close()
        dlg.deleteLater()
        on_error(exc)

    run_in_background(fn, done, failed)
    return dlg


def error_text(exc: BaseException) -> str:
    """The Russian message of a refused action; a generic line for an unexpected failure."""
    from desktop_app.core.errors import InputError, PermissionDenied

    if isinstance(exc, InputError | PermissionDenied):
        problems = getattr(exc, "problems", None)
        if problems:
            return "\n".join(str(p) for p in problems)
        return str(exc)
    if isinstance(exc, OSError):
        name = f"«{exc.filename}»: " if getattr(exc, "filename", None) else ""
        return name + _t("не удалось прочитать или записать файл (%1)").replace(
            "%1", str(exc.strerror or exc))
    return _t("Действие не выполнено из-за внутренней ошибки программы; подробности записаны "
              "в журнал работы программы")


def _t(text: str) -> str:
    return QCoreApplication.translate("Dossier", text)
