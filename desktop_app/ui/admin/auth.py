"""Signing in, the first administrator, the lock screen and the idle lock."""

from __future__ import annotations

import logging

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
from desktop_app.core.services.context import Actor
from desktop_app.core.services.facade import Services
from desktop_app.ui import labels
from desktop_app.ui.forms import child, form_dialog, name_ok_button
from desktop_app.ui.settings import app_settings

log = logging.getLogger(__name__)

LAST_LOGIN_KEY = "auth/last_login"
IDLE_MINUTES_KEY = "security/idle_lock_minutes"
DEFAULT_IDLE_MINUTES = 15


class SignInDialog(QDialog):
    """Login name (remembered) and password (never remembered)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor: Actor | None = None
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

    def try_sign_in(self) -> None:
        login = self.login_edit.text().strip()
        if not login:
            self.message.setText(self.tr("Введите имя входа."))
            return
        try:
            self.actor = self.services.users.sign_in(login, self.password_edit.text())
        except InputError as exc:
            self.message.setText(str(exc))
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        settings = app_settings()
        settings.setValue(LAST_LOGIN_KEY, self.actor.login)
        settings.sync()
        self.accept()


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
