"""The signed-in person's workplace: the main window and what belongs to it.

:class:`Workplace` shows the main window of whoever signed in, locks it after
idle time and makes the automatic backup copies. «Файл → Сменить пользователя…»
signs the person out (the window's editors are closed first, each asking about
unsaved changes), asks who works now and opens a new main window with that
person's rights: menus, lists and the event log all belong to the new person.
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from desktop_app.core.services.context import Actor
from desktop_app.core.services.facade import Services
from desktop_app.ui.admin import AutoBackupTimer, IdleLock, sign_in_preparing
from desktop_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class Workplace(QObject):
    """The main window of the signed-in person over ``services`` (the database's services).

    ``ended``: nobody signed in after «Сменить пользователя…»; the program should close.
    """

    ended = Signal()

    def __init__(self, services: Services, *, idle_lock: bool = True) -> None:
        super().__init__()
        self.services = services
        self.idle_lock = idle_lock
        self.window: MainWindow | None = None
        self.lock: IdleLock | None = None
        self.backups: AutoBackupTimer | None = None

    def start(self, actor: Actor, prepared: MainWindow | None = None) -> MainWindow:
        """Show the main window of ``actor`` (who has just signed in); ``prepared``: the
        window :func:`prepare_window` made for them while the password was checked."""
        services = self.services.as_actor(actor)   # also tells who works here now
        if prepared is not None and shiboken6.isValid(prepared) and prepared.actor == actor:
            window = prepared
        else:
            if prepared is not None and shiboken6.isValid(prepared):
                prepared.discard()
            window = MainWindow(services)
        window.switch_user_requested.connect(self.switch_user)
        self.window = window
        window.show()
        if self.idle_lock:
            self.lock = IdleLock(services, actor, window)
            self.lock.install()
        if self.backups is None:
            self.backups = AutoBackupTimer(services, self)
        else:   # the copies go on; the next ones are made on the new person's behalf
            self.backups.auto.services = services
        # Last: the list starts loading its ids in the background, and reads on this
        # thread wait behind that work (its reads share the interpreter lock).
        window.enterprises.ensure_loaded()
        return window

    def switch_user(self) -> MainWindow | None:
        """Sign the current person out and let the next one sign in.

        The new person's window, or None when nobody signed in (the program then
        closes, as when the sign-in is cancelled at start).
        """
        old = self.window
        if old is None or not shiboken6.isValid(old):
            return None
        app = QApplication.instance()
        keep_running = isinstance(app, QApplication) and app.quitOnLastWindowClosed()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(False)   # no window shows while the dialog asks
        try:
            return self._switch(old)
        finally:
            if isinstance(app, QApplication) and keep_running:
                app.setQuitOnLastWindowClosed(True)

    def _switch(self, old: MainWindow) -> MainWindow | None:
        try:
            self.services.users.sign_out(old.actor)
        except Exception:   # leaving must work even if the event log cannot be written
            log.exception("could not log the sign-out")
        if self.lock is not None:
            self.lock.uninstall()
            self.lock = None
        old.hide()
        signed = sign_in_preparing(None, self.services, prepare_window)
        old.close()   # remembers its geometry and stops listening to changes
        old.deleteLater()   # with the dialogs it opened
        if signed is None:
            self.window = None
            self.ended.emit()
            return None
        actor, prepared = signed
        return self.start(actor, prepared if isinstance(prepared, MainWindow) else None)


def prepare_window(services: Services, actor: Actor) -> MainWindow:
    """The main window ``actor`` will get, built and painted off screen but not shown.

    Made while the password is checked; :meth:`Workplace.start` shows it if the check
    lets that person in, otherwise it is discarded. The services are the
    database's, with the actor only named: the workplace is registered as theirs
    (``as_actor``) only once signed in.
    """
    window = MainWindow(Services(services.db, actor, services.changes))
    window.warm_up()
    return window
