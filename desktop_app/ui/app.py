"""Starting the desktop program: application object, language, database, sign-in, window."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app import APP_NAME, ORG_NAME, __version__
from desktop_app.core.errors import UserError
from desktop_app.ui import i18n
from desktop_app.ui import settings as ui_settings
from desktop_app.ui.icons import app_icon

if TYPE_CHECKING:  # loaded behind the sign-in dialog (see Opening), not before it
    from desktop_app.core.services.context import Actor
    from desktop_app.core.services.facade import Services
    from desktop_app.ui.admin.auth import Prepared

log = logging.getLogger(__name__)

PROGRAM = "окно программы"   # how other windows and commands name this one
# SQLite's page cache per connection in the window: the lists read a page of rows at
# a time on several connections at once (the GUI thread and background loads); 8 MB
# each keeps a scrolled million-row list within the memory budget.
PAGE_CACHE_KIB = 8_000


def sign_in(services: Services) -> tuple[Actor, Prepared | None] | None:
    """THE place where the signed-in user is obtained: the first-start administrator
    dialog on a new database, otherwise the sign-in dialog, which makes the main
    window ready while it checks the password. Who signed in and that window (if
    made); ``None``: cancelled."""
    from desktop_app.ui.admin import sign_in_preparing

    return sign_in_preparing(None, services, _prepare_window)


def _prepare_window(services: Services, actor: Actor) -> Prepared:
    """The main window of the person signing in, made ready while the password is
    checked (see :func:`desktop_app.ui.session.prepare_window`)."""
    from desktop_app.ui.session import prepare_window

    return prepare_window(services, actor)


def _preload_main_window() -> None:
    """Import the main window's modules ahead of need (the person is still typing)."""
    import desktop_app.ui.main_window  # noqa: F401


class Opening:
    """Opens a database file on a worker thread while the sign-in dialog shows.

    Loading the program's services (SQLAlchemy, the schemas, the rules) takes
    longer than showing a dialog; the person types meanwhile. The thread also
    loads what signing in and the main window need first. Whatever goes wrong is
    kept, not raised: the caller then opens the database the usual way, which
    explains the problem.
    """

    def __init__(self, address: str) -> None:
        self.address = address
        self.services: Services | None = None
        self.has_users = False
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="opening", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def finished(self) -> bool:
        return self._thread.ident is not None and not self._thread.is_alive()

    def wait(self) -> None:
        if self._thread.ident is not None:
            self._thread.join()

    def _run(self) -> None:
        try:
            from desktop_app.core.services.facade import open_services
            from desktop_app.core.services.leftovers import clean_at_start

            services = open_services(self.address, program=PROGRAM,
                                     page_cache_kib=PAGE_CACHE_KIB)
            self.services = services
            clean_at_start(services.db_path)   # what an earlier crash left behind (cheap)
            self.has_users = services.users.has_users()
            # the services the main window reads first, loaded now rather than after sign-in
            for name in ("lists", "programs", "enterprises", "consultations", "dossiers"):
                getattr(services, name)
        except Exception as exc:  # explained by the usual opening, on the GUI thread
            self.error = exc
            log.info("early opening of the database failed: %s", exc)

    def discard(self) -> None:
        """The dialog was cancelled or the database will be opened again: close it."""
        self.wait()
        if self.services is not None:
            self.services.close()
            self.services = None


def opens_at_once(value: str) -> bool:
    """A database file that exists: the sign-in dialog can show before it is open.

    A server may first ask for a password, and a new file first asks for its
    administrator; those open as before, then show their dialog.
    """
    from desktop_app.core.services.connection import is_server_url

    if is_server_url(value):
        return False
    try:
        path = Path(value)
        return path.is_file() and path.stat().st_size > 0
    except (OSError, ValueError):
        return False


def sign_in_while_opening(value: str) -> tuple[Services, Actor, Prepared | None] | bool:
    """The sign-in dialog at once, the database opening behind it.

    The services, who signed in and their window made ready meanwhile (if any);
    False: the person cancelled; True: the database did not open (or has no
    account yet) — open it the usual way.
    """
    from desktop_app.ui.admin.auth import SignInDialog

    opening = Opening(value)
    dialog = SignInDialog(None, opening=opening)
    dialog.prepare = _prepare_window
    # the main window's modules load once the services are in, while the person types
    dialog.opened.connect(lambda: QTimer.singleShot(0, _preload_main_window))
    accepted = dialog.exec()
    if accepted and dialog.actor is not None and dialog.services is not None:
        return dialog.services, dialog.actor, dialog.prepared
    opening.discard()
    return dialog.not_opened


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


def _db_path(argv: list[str]) -> str | None:
    """``--db``, ``RCI_INTAKE_DB``, the remembered choice, or the default file if it
    exists; None on the very first start (the connection dialog asks)."""
    from desktop_app.ui.connection import startup_choice

    return startup_choice(argv)


def choose_database(parent: QWidget | None = None, current: str | None = None) -> str | None:
    """The «Подключение» dialog; the chosen address (remembered without a password)."""
    from desktop_app.ui.connection import ConnectionDialog

    dialog = ConnectionDialog(parent, current)
    return dialog.value if dialog.exec() else None


def offer_connection(message: str) -> bool:
    """The database did not open: say why; True when the person wants to choose another."""
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, message)
    choose = box.addButton(QApplication.translate("app", "Подключение…"),
                           QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QApplication.translate("app", "Выход"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(choose)
    box.exec()
    return box.clickedButton() is choose


def open_chosen(value: str, *, may_choose: bool = True) -> Services | None:
    """Open the services on ``value``; a server that wants a password it was not given
    asks for it (never stored); a database that cannot be opened is explained and,
    unless it was named on the command line, the connection dialog offered.
    None: the person gave up."""
    from desktop_app.core.services import connection as conn
    from desktop_app.core.services.facade import open_services
    from desktop_app.ui.connection import ask_password

    address = value
    while True:
        try:
            return open_services(address, program=PROGRAM, page_cache_kib=PAGE_CACHE_KIB)
        except conn.ServerPasswordError as exc:
            problem = "" if exc.missing else str(exc)
            secret = ask_password(conn.display(value), problem)
            if secret is None:
                return None
            address = conn.with_password(value, secret)
        except UserError as exc:  # a database that cannot be opened, explained
            if not may_choose:
                QMessageBox.critical(None, APP_NAME, str(exc))
                return None
            if not offer_connection(str(exc)):
                return None
            chosen = choose_database(None, conn.without_password(value))
            if chosen is None:
                return None
            value = address = chosen


def run_window(app: QApplication, services: Services, actor: Actor | None = None,
               prepared: Prepared | None = None) -> tuple[int, str | None]:
    """Sign in (unless ``actor`` already did) and work in the main window until it
    closes: the exit code and, when the person chose another database
    (Файл → Подключение…), its address."""
    if actor is None:
        from desktop_app.core.services.leftovers import clean_at_start

        clean_at_start(services.db_path)  # what an earlier crash left behind (cheap)
        # The main window's modules load while the person types the password: once
        # the sign-in dialog runs its event loop, not before it shows nor after sign-in.
        QTimer.singleShot(0, _preload_main_window)
        signed = sign_in(services)
        if signed is None:
            services.close()
            return 0, None
        actor, prepared = signed
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.session import Workplace

    workplace = Workplace(services)
    workplace.ended.connect(app.quit)
    workplace.start(actor, prepared if isinstance(prepared, MainWindow) else None)
    app.setQuitOnLastWindowClosed(True)  # closing the main window ends this run
    code = app.exec()
    from desktop_app.ui.tasks import wait_for_background

    wait_for_background(10_000)
    window = workplace.window
    if window is None or not window.database_replaced:
        if workplace.backups is not None:
            workplace.backups.on_close(window)
        services.close()
    reconnect = window.reconnect_to if window is not None else None
    if window is not None:
        window.deleteLater()
    return int(code), reconnect


def main(argv: list[str]) -> int:
    from desktop_app.core.logfile import start_log
    from desktop_app.ui.errors import install_fault_handler

    start_log("окно программы")
    app = make_application(argv)
    install_fault_handler()
    value = _db_path(argv)
    named = "--db" in argv
    if value is None:  # the very first start: where is the database?
        value = choose_database()
        if value is None:
            return 0
    code, first = 0, True
    while value is not None:
        if first and opens_at_once(value):
            started = sign_in_while_opening(value)
            if started is False:   # cancelled
                return 0
            if started is not True:
                first, named = False, False
                code, value = run_window(app, *started)
                continue
        services = open_chosen(value, may_choose=not named)
        if services is None:
            return 1 if first else code
        named, first = False, False
        code, value = run_window(app, services)
    return code
