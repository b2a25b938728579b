"""Starting the desktop program: application object, database, main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from desktop_app import APP_NAME, ORG_NAME, __version__
from desktop_app.core.db.engine import DatabaseError
from desktop_app.core.paths import default_db_path
from desktop_app.core.services.facade import Services, open_services

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.setWindowTitle(self.tr("РИЦ: приём и сопровождение заявок"))
        self.setCentralWidget(QLabel(self.tr("База данных: %1").replace("%1", str(services.db_path))))
        self.statusBar().showMessage(str(services.db_path))


def main(argv: list[str]) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    db_path = Path(argv[argv.index("--db") + 1]) if "--db" in argv else default_db_path()
    try:
        services = open_services(db_path)
    except DatabaseError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    window = MainWindow(services)
    window.show()
    code = app.exec()
    services.close()
    return int(code)
