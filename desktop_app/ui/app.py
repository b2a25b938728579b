"""Starting the desktop program: application object, language, database, sign-in, window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import APP_NAME, ORG_NAME, __version__
from desktop_app.core.errors import UserError
from desktop_app.core.paths import default_db_path
from desktop_app.core.services.context import Actor
from desktop_app.core.services.facade import Services, open_services
from desktop_app.ui import i18n
from desktop_app.ui import settings as ui_settings
from desktop_app.ui.icons import app_icon

log = logging.getLogger(__name__)


def sign_in(services: Services) -> Actor | None:
    """THE place where the signed-in user is obtained: the first-start administrator
    dialog on a new database, otherwise the sign-in dialog. ``None``: cancelled."""
    from desktop_app.ui.admin import sign_in as admin_sign_in

    return admin_sign_in(None, services)


def _preload_main_window() -> None:
    """Import the main window's modules ahead of need (the person is still typing)."""
    import desktop_app.ui.main_window  # noqa: F401


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
    from desktop_app.core.logfile import start_log
    from desktop_app.ui.errors import install_fault_handler

    start_log("окно программы")
    app = make_application(argv)
    install_fault_handler()
    try:
        services = open_services(_db_path(argv), program="окно программы")
    except UserError as exc:  # a database that cannot be opened, explained
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    from desktop_app.core.services.leftovers import clean_at_start

    clean_at_start(services.db_path)  # what an earlier crash left behind (cheap)
    # The main window's modules load while the person types the password: once the
    # sign-in dialog runs its event loop, not before it shows and not after sign-in.
    QTimer.singleShot(0, _preload_main_window)
    actor = sign_in(services)
    if actor is None:
        services.close()
        return 0
    from desktop_app.ui.session import Workplace

    workplace = Workplace(services)
    workplace.ended.connect(app.quit)
    workplace.start(actor)
    code = app.exec()
    from desktop_app.ui.tasks import wait_for_background

    wait_for_background(10_000)
    window = workplace.window
    if window is None or not window.database_replaced:
        if workplace.backups is not None:
            workplace.backups.on_close(window)
        services.close()
    return int(code)
