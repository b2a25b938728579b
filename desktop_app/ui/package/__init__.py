"""Referral package in the app: preview/print/save, the outgoing register, the
centre's profile.

* :func:`install_package_actions` adds the menu entries to the main window;
* :func:`open_package_dialog` is what the dossier editor calls for «Направление…».
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

from desktop_app.core.services.context import Permission
from desktop_app.core.services.facade import Services

if TYPE_CHECKING:
    from .dialogs import PdfPreviewDialog

# The dialogs pull in the printing core (reportlab, pypdf): loaded on first use,
# not while the main window starts.
_LAZY = ("OrganizationDialog", "PackageOptionsDialog", "PdfPreviewDialog", "RegisterDialog")


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from . import dialogs

        return getattr(dialogs, name)
    raise AttributeError(name)


__all__ = [
    "OrganizationDialog",
    "PackageOptionsDialog",
    "PdfPreviewDialog",
    "RegisterDialog",
    "install_package_actions",
    "open_package_dialog",
]


def open_package_dialog(
    parent: QWidget | None,
    services: Services,
    dossier_id: int,
    *,
    opener: Callable[[QDialog], Any] | None = None,
) -> PdfPreviewDialog | None:
    """Ask for the package options, generate it, and show the preview.

    Returns the preview dialog (already shown with ``opener``, by default modal
    ``exec``), or None when the person cancelled. A refusal (errors in the
    dossier, no right to sign, incomplete profile) stays visible in the options
    dialog with what to do.
    """
    from .dialogs import PackageOptionsDialog, PdfPreviewDialog, package_file_name, package_title

    show = opener or (lambda d: d.exec())
    options = PackageOptionsDialog(services, dossier_id, parent)
    if options.exec() != QDialog.DialogCode.Accepted or options.result_package is None:
        return None
    pkg = options.result_package
    preview = PdfPreviewDialog(
        services, pkg.pdf_bytes, package_title(options, pkg, dossier_id),
        file_name=package_file_name(pkg, dossier_id),
        entry_id=pkg.entry.id if pkg.entry else None, dossier_id=dossier_id, parent=parent)
    if pkg.not_attached:
        preview.message.setText("\n".join(pkg.not_attached))
    show(preview)
    return preview


def install_package_actions(main_window: QMainWindow, services: Services) -> dict[str, QAction]:
    """Add «Исходящий реестр…» and «Реквизиты центра…» (administrator) to a «Документы» menu.

    ``services`` must be the signed-in user's. Returns the actions by key.
    """
    menu = main_window.menuBar().addMenu(main_window.tr("&Документы"))

    def register() -> None:
        from .dialogs import RegisterDialog

        RegisterDialog(services, main_window).exec()

    def organization() -> None:
        from .dialogs import OrganizationDialog

        OrganizationDialog(services, main_window).exec()

    register_action = QAction(main_window.tr("Исходящий реестр…"), main_window)
    register_action.triggered.connect(register)
    org_action = QAction(main_window.tr("Реквизиты центра…"), main_window)
    org_action.triggered.connect(organization)
    org_action.setVisible(services.actor.can(Permission.MANAGE_ORGANIZATION))
    menu.addAction(register_action)
    menu.addAction(org_action)
    return {"register": register_action, "organization": org_action}
