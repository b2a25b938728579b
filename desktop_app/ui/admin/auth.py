"""Signing in, the first administrator, the lock screen and the idle lock."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop_app.core.errors import InputError
from desktop_app.ui import labels
from desktop_app.ui.forms import child, form_dialog, name_ok_button
from desktop_app.ui.settings import app_settings

if TYPE_CHECKING:  # the sign-in dialog shows before the services are loaded
    from desktop_app.core.services.context import Actor
    from desktop_app.core.services.facade import Services

log = logging.getLogger(__name__)

LAST_LOGIN_KEY = "auth/last_login"
IDLE_MINUTES_KEY = "security/idle_lock_minutes"
DEFAULT_IDLE_MINUTES = 15


class Opening(Protocol):
    """The database opening on a worker thread while the sign-in dialog shows."""

    services: Services | None   # set once finished, when the database opened
    has_users: bool             # it has an account to sign in with

    def start(self) -> None: ...

    def finished(self) -> bool: ...


class Prepared(Protocol):
    """A workplace made ready, not shown, while a password is being checked."""

    actor: Actor

    def discard(self) -> None: ...


Prepare = Callable[["Services", "Actor"], Prepared]


class _PasswordCheck(threading.Thread):
    """``services.users.sign_in`` on a worker thread: Argon2 leaves the interpreter
    free meanwhile, so the window can make the workplace ready at the same time."""

    def __init__(self, services: Services, login: str, password: str) -> None:
        super().__init__(name="sign-in", daemon=True)
        self.services = services
        self.login = login
        self.password = password
        self.actor: Actor | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.actor = self.services.users.sign_in(self.login, self.password)
        except BaseException as exc:  # raised again on the GUI thread
            self.error = exc
        finally:
            self.password = ""


class SignInDialog(QDialog):
    """Login name (remembered) and password (never remembered).

    At start the dialog shows before the database is open: ``opening`` opens it
    behind the dialog while the person types. «Войти» pressed before then signs in
    as soon as it is open. A database that did not open, or has no account yet,
    closes the dialog with :attr:`not_opened` set: the caller explains or asks for
    the first administrator, as without the early dialog.

    With ``prepare`` set, the workplace of the name this workstation remembers is
    built (hidden) while the password is checked; it is kept in :attr:`prepared`
    when the check lets that person in, and discarded otherwise.
    """

    opened = Signal()   # the database behind the dialog is open (``opening`` only)

    def __init__(self, services: Services | None, parent: QWidget | None = None, *,
                 opening: Opening | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor: Actor | None = None
        self.opening = opening
        self.prepare: Prepare | None = None
        self.prepared: Prepared | None = None
        self.not_opened = False
        self._wanted = False   # «Войти» was pressed before the database was open
        self._error_style = ""  # the message's own (error) look, kept while a note shows
        self.form = form_dialog(self, "admin_sign_in.ui", grow_with_messages=True)
        self.login_edit: QLineEdit = child(self.form, QLineEdit, "loginEdit")
        self.password_edit: QLineEdit = child(self.form, QLineEdit, "passwordEdit")
        self.message: QLabel = child(self.form, QLabel, "messageLabel")
        box: QDialogButtonBox = child(self.form, QDialogButtonBox, "buttonBox")
        name_ok_button(box, self.tr("Войти"), self)
        box.accepted.connect(self.try_sign_in)
        box.rejected.connect(self.reject)
        last = app_settings().value(LAST_LOGIN_KEY, "")
        self.login_edit.setText(str(last or ""))
        (self.password_edit if last else self.login_edit).setFocus()
        self._poll = QTimer(self)
        self._poll.setInterval(15)
        self._poll.timeout.connect(self._check_opening)
        if opening is not None:
            QTimer.singleShot(0, self._start_opening)   # once the dialog's loop runs

    def _start_opening(self) -> None:
        if self.opening is not None:
            self.opening.start()
            self._poll.start()

    def _check_opening(self) -> None:
        opening = self.opening
        if opening is None or not opening.finished():
            return
        self._poll.stop()
        if opening.services is None or not opening.has_users:
            self.not_opened = True
            self.reject()
            return
        self.services = opening.services
        self.opened.emit()
        if self._wanted:
            self.try_sign_in()

    def try_sign_in(self) -> None:
        login = self.login_edit.text().strip()
        if not login:
            self.message.setText(self.tr("Введите имя входа."))
            return
        if self.services is None:   # still opening: sign in as soon as it is open
            self._wanted = True
            self._error_style = self._error_style or self.message.styleSheet()
            self.message.setStyleSheet("")   # a note, not an error
            self.message.setText(self.tr("Открываю базу данных…"))
            return
        self._wanted = False
        if self._error_style:
            self.message.setStyleSheet(self._error_style)
        check = _PasswordCheck(self.services, login, self.password_edit.text())
        check.start()
        prepared = self._prepare(login)
        check.join()
        if check.actor is None or (prepared is not None and prepared.actor != check.actor):
            if prepared is not None:
                prepared.discard()
            prepared = None
        if isinstance(check.error, InputError):
            self.message.setText(str(check.error))
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        if check.error is not None:
            raise check.error
        actor = self.actor = check.actor
        assert actor is not None   # sign_in returns the actor or raises
        self.prepared = prepared
        settings = app_settings()
        settings.setValue(LAST_LOGIN_KEY, actor.login)
        settings.sync()
        self.accept()

    def _prepare(self, login: str) -> Prepared | None:
        """The remembered person's workplace, built while the password is checked."""
        if self.prepare is None or self.services is None:
            return None
        if login != str(app_settings().value(LAST_LOGIN_KEY, "") or ""):
            return None   # only the name the dialog showed: no account is guessed at
        try:
            actor = self.services.users.sign_in_preview(login)
            return None if actor is None else self.prepare(self.services, actor)
        except Exception:   # the workplace is then built after the check, as before
            log.exception("could not make the workplace ready ahead")
            return None


class FirstStartDialog(QDialog):
    """A new database: create the administrator (no default password exists)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor: Actor | None = None
        self.form = form_dialog(self, "admin_first_start.ui", grow_with_messages=True)
        self.login_edit: QLineEdit = child(self.form, QLineEdit, "loginEdit")
        self.full_name_edit: QLineEdit = child(self.form, QLineEdit, "fullNameEdit")
        self.position_edit: QLineEdit = child(self.form, QLineEdit, "positionEdit")
        self.password_edit: QLineEdit = child(self.form, QLineEdit, "passwordEdit")
        self.repeat_edit: QLineEdit = child(self.form, QLineEdit, "repeatEdit")
        self.message: QLabel = child(self.form, QLabel, "messageLabel")
        box: QDialogButtonBox = child(self.form, QDialogButtonBox, "buttonBox")
        name_ok_button(box, self.tr("Создать и войти"), self)
        box.accepted.connect(self.try_create)
        box.rejected.connect(self.reject)

    def try_create(self) -> None:
        password = self.password_edit.text()
        if password != self.repeat_edit.text():
            self.message.setText(self.tr("Пароль ещё раз: пароли не совпадают."))
            return
        data = {
            "login": self.login_edit.text(),
            "full_name": self.full_name_edit.text(),
            "position": self.position_edit.text() or None,
        }
        try:
            user = self.services.users.create_first_admin(data, password)
            self.actor = self.services.users.sign_in(user.login, password)
        except InputError as exc:
            self.message.setText(str(exc))
            return
        settings = app_settings()
        settings.setValue(LAST_LOGIN_KEY, user.login)
        settings.sync()
        self.accept()


def sign_in(parent: QWidget | None, services: Services) -> Actor | None:
    """Who works now: the first administrator on a new database, else the sign-in dialog.

    Returns None when the person cancelled.
    """
    signed = sign_in_preparing(parent, services, None)
    return None if signed is None else signed[0]


def sign_in_preparing(
    parent: QWidget | None, services: Services, prepare: Prepare | None
) -> tuple[Actor, Prepared | None] | None:
    """:func:`sign_in`, with the workplace made ready by ``prepare`` while the password
    is checked (see :class:`SignInDialog`). None when the person cancelled."""
    dialog: FirstStartDialog | SignInDialog
    if not services.users.has_users():
        dialog = FirstStartDialog(services, parent)
    else:
        dialog = SignInDialog(services, parent)
        dialog.prepare = prepare
    if dialog.exec() and dialog.actor is not None:
        return dialog.actor, getattr(dialog, "prepared", None)
    return None


class LockScreen(QDialog):
    """Covers the screen; only the signed-in user's password continues the session.

    Open windows stay open underneath (nothing is closed, hidden or reset),
    so unsaved edits survive.
    """

    unlocked = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint)
        self.services = services
        self.actor = actor
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAutoFillBackground(True)
        self.form = form_dialog(self, "admin_lock.ui", grow_with_messages=True)
        self.user_label: QLabel = child(self.form, QLabel, "userLabel")
        self.password_edit: QLineEdit = child(self.form, QLineEdit, "passwordEdit")
        self.message: QLabel = child(self.form, QLabel, "messageLabel")
        self.unlock_button: QPushButton = child(self.form, QPushButton, "unlockButton")
        self.user_label.setText(
            self.tr("Работу начал(а): %1 (%2). Введите свой пароль, чтобы продолжить.")
            .replace("%1", actor.full_name).replace("%2", labels.roles()[actor.role.value])
        )
        self.unlock_button.clicked.connect(self.try_unlock)
        self.password_edit.returnPressed.connect(self.try_unlock)

    def try_unlock(self) -> None:
        try:
            self.services.users.unlock_session(self.actor, self.password_edit.text())
        except InputError as exc:
            self.message.setText(str(exc))
            self.password_edit.clear()
            return
        self.password_edit.clear()
        self.message.clear()
        self.hide()
        self.unlocked.emit()

    def reject(self) -> None:  # Esc does not unlock
        return

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isVisible():
            event.ignore()


_ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
}


class IdleLock(QObject):
    """Locks the session after ``minutes`` without keyboard or mouse input.

    Install once on the application (``IdleLock(...).install()``); the lock
    screen covers every window, nothing underneath is closed.
    """

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        services: Services,
        actor: Actor,
        window: QWidget | None = None,
        minutes: float | None = None,
    ) -> None:
        super().__init__(window)
        self.services = services
        self.actor = actor
        self.window = window
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock_now)
        self.screen: LockScreen | None = None
        if minutes is None:
            try:
                minutes = float(str(app_settings().value(IDLE_MINUTES_KEY, DEFAULT_IDLE_MINUTES)))
            except ValueError:
                minutes = DEFAULT_IDLE_MINUTES
        self.set_minutes(minutes)

    @property
    def is_locked(self) -> bool:
        return self.screen is not None and self.screen.isVisible()

    def set_minutes(self, minutes: float) -> None:
        """0 switches the automatic lock off."""
        self.minutes = max(0.0, minutes)
        self._restart()

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._restart()

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.timer.stop()

    def _restart(self) -> None:
        if self.minutes > 0 and not self.is_locked:
            self.timer.start(max(1, int(self.minutes * 60_000)))
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and not self.is_locked:
            self.timer.start()
        return False

    def lock_now(self) -> None:
        if self.is_locked:
            return
        self.timer.stop()
        try:
            self.services.users.lock_session(self.actor)
        except Exception:  # locking must happen even if logging fails
            log.exception("could not log the session lock")
        if self.screen is None:
            self.screen = LockScreen(self.services, self.actor, self.window)
            self.screen.unlocked.connect(self._on_unlocked)
        target = self.window.screen() if self.window is not None else None
        if target is not None:
            self.screen.setGeometry(target.geometry())
        self.screen.showFullScreen()
        self.screen.raise_()
        self.screen.activateWindow()
        self.screen.password_edit.setFocus()
        self.locked.emit()

    def _on_unlocked(self) -> None:
        self._restart()
        self.unlocked.emit()
