"""Starting the desktop program: application object, language, database, sign-in, window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app import APP_NAME, ORG_NAME, __version__
from desktop_app.core.db.engine import DatabaseError
from desktop_app.core.paths import default_db_path
from desktop_app.core.services.context import Actor
from desktop_app.core.services.facade import Services, open_services
from desktop_app.ui import i18n
from desktop_app.ui import settings as ui_settings
from desktop_app.ui.icons import app_icon

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow


def sign_in(services: Services) -> Actor | None:
    """THE place where the signed-in user is obtained: the first-start administrator
    dialog on a new database, otherwise the sign-in dialog. ``None``: cancelled."""
    from desktop_app.ui.admin import sign_in as admin_sign_in

    return admin_sign_in(None, services)


def make_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(app_icon())
    app.setStyle("Fusion")
    i18n.install(app, ui_settings.language())
    return app


def _db_path(argv: list[str]) -> Path:
    if "--db" in argv:
        idx = argv.index("--db")
        if idx + 1 < len(argv):
            return Path(argv[idx + 1])
    return default_db_path()


def main(argv: list[str]) -> int:
    app = make_application(argv)
    try:
        services = open_services(_db_path(argv), program="окно программы")
    except DatabaseError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    actor = sign_in(services)
    if actor is None:
        services.close()
        return 0
    services = services.as_actor(actor)
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(services)
    install_extensions(window, services)
    window.show()
    window.enterprises.ensure_loaded()
    from desktop_app.ui.admin import AutoBackupTimer, IdleLock

    lock = IdleLock(services, actor, window)
    lock.install()
    backups = AutoBackupTimer(services, window)
    code = app.exec()
    from desktop_app.ui.tasks import wait_for_background

    wait_for_background(10_000)
    if not window.property("restored"):
        backups.on_close(window)
        services.close()
    return int(code)


def install_extensions(window: MainWindow, services: Services) -> None:
    """Menus and hooks of the other parts: administration, printing, dossiers."""
    from desktop_app.ui.admin import install_admin_actions
    from desktop_app.ui.package import install_package_actions

    install_package_actions(window, services)
    install_admin_actions(window, services)
    type(window).dossier_opener = staticmethod(_open_dossier)


def _open_dossier(parent: QWidget | None, services: Services, dossier_id: int) -> object:
    """The dossier editor (loaded on first use: it brings the rule engine along)."""
    from desktop_app.ui.dossier import open_dossier_editor

    return open_dossier_editor(parent, services, dossier_id)
