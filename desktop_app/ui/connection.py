"""Файл → Подключение…: which database this workstation works with.

The choice — a local file or the centre's server (host, port, database,
user, encryption) — is remembered per workstation in the program's settings,
never with a password: a password typed here serves this connection only
(PGPASSWORD and the pgpass file work as well). At start-up ``--db`` and
``RCI_INTAKE_DB`` come first, then the remembered choice; on the very first
start (nothing chosen, no local database yet) the dialog is shown.
"""

from __future__ import annotations

import os
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from desktop_app.core.errors import UserError
from desktop_app.core.paths import ENV_DB, default_db_path
from desktop_app.core.services import connection as conn
from desktop_app.ui import settings as ui_settings
from desktop_app.ui.errors import error_text
from desktop_app.ui.forms import child, form_dialog, name_ok_button
from desktop_app.ui.tasks import Task, run_in_background

KEY = "connection/database"
"""The remembered choice: a file path or a server address without a password."""

_OK_STYLE = "color: #1b5e20;"
_ERROR_STYLE = "color: #b00020;"


def remembered() -> str | None:
    value = str(ui_settings.app_settings().value(KEY, "") or "").strip()
    return value or None


def remember(value: str) -> None:
    """Keep the choice for the next start (a server address loses its password here)."""
    s = ui_settings.app_settings()
    s.setValue(KEY, conn.without_password(value))
    s.sync()


def forget() -> None:
    s = ui_settings.app_settings()
    s.remove(KEY)
    s.sync()


def startup_choice(argv: list[str]) -> str | None:
    """The database to open at start: ``--db``, ``RCI_INTAKE_DB``, the remembered choice,
    or the default file if it exists; None on the very first start (ask)."""
    if "--db" in argv:
        idx = argv.index("--db")
        if idx + 1 < len(argv):
            return argv[idx + 1]
    env = os.environ.get(ENV_DB, "").strip()
    if env:
        return env
    chosen = remembered()
    if chosen:
        return chosen
    default = default_db_path()
    if default.exists():
        return str(default)
    return None


def _ssl_choices(dialog: QDialog) -> tuple[tuple[str, str], ...]:
    return (
        ("prefer", dialog.tr("prefer — шифровать, если сервер это умеет (обычно)")),
        ("require", dialog.tr("require — только с шифрованием")),
        ("verify-full", dialog.tr("verify-full — шифрование и проверка сертификата сервера")),
        ("disable", dialog.tr("disable — без шифрования (только в защищённой сети центра)")),
    )


class ConnectionDialog(QDialog):
    """Local file or the centre's server; «Проверить подключение»; OK checks, remembers
    (without the password) and leaves the address in :attr:`value`."""

    def __init__(self, parent: QWidget | None = None, current: str | None = None) -> None:
        super().__init__(parent)
        self.form = form_dialog(self, "connection_dialog.ui", grow_with_messages=True)
        f = self.form
        self.local_radio: QRadioButton = child(f, QRadioButton, "localRadio")
        self.server_radio: QRadioButton = child(f, QRadioButton, "serverRadio")
        self.local_panel: QWidget = child(f, QWidget, "localPanel")
        self.server_panel: QWidget = child(f, QWidget, "serverPanel")
        self.file_edit: QLineEdit = child(f, QLineEdit, "fileEdit")
        self.host_edit: QLineEdit = child(f, QLineEdit, "hostEdit")
        self.port_spin: QSpinBox = child(f, QSpinBox, "portSpin")
        self.database_edit: QLineEdit = child(f, QLineEdit, "databaseEdit")
        self.user_edit: QLineEdit = child(f, QLineEdit, "userEdit")
        self.password_edit: QLineEdit = child(f, QLineEdit, "passwordEdit")
        self.ssl_combo: QComboBox = child(f, QComboBox, "sslCombo")
        self.test_button: QPushButton = child(f, QPushButton, "testButton")
        self.message: QLabel = child(f, QLabel, "messageLabel")
        self.buttons: QDialogButtonBox = child(f, QDialogButtonBox, "buttonBox")
        for code, text in _ssl_choices(self):
            self.ssl_combo.addItem(text, code)
        self.port_spin.setGroupSeparatorShown(False)
        name_ok_button(self.buttons, self.tr("Подключиться"), self)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(self.test_connection)
        child(f, QPushButton, "chooseButton").clicked.connect(self.choose_file)
        child(f, QPushButton, "defaultButton").clicked.connect(
            lambda: self.file_edit.setText(str(default_db_path())))
        self.local_radio.toggled.connect(self._kind_changed)
        self.value: str | None = None
        """After OK: the chosen address (with the typed password, in memory only)."""
        self.last_result: str = ""
        self.task: Task | None = None
        self._round = 0          # which check's answer is awaited
        self._is_busy = False
        self._fill(current)
        self._kind_changed()

    # --- the fields -----------------------------------------------------------------------
    def _fill(self, current: str | None) -> None:
        self.file_edit.setText(str(default_db_path()))
        if current and conn.is_server_url(current):
            try:
                fields = conn.server_fields(current)
            except UserError:
                fields = conn.ServerFields()
            self.server_radio.setChecked(True)
            self.host_edit.setText(fields.host)
            self.port_spin.setValue(fields.port)
            self.database_edit.setText(fields.database)
            self.user_edit.setText(fields.user)
            self.set_sslmode(fields.sslmode)
        else:
            if current:
                self.file_edit.setText(current)
            self.local_radio.setChecked(True)
            self.set_sslmode(conn.DEFAULT_SSLMODE)

    def set_sslmode(self, mode: str) -> None:
        index = self.ssl_combo.findData(mode)
        if index < 0:  # a mode the list does not offer (from --db): shown as it is
            self.ssl_combo.addItem(mode, mode)
            index = self.ssl_combo.count() - 1
        self.ssl_combo.setCurrentIndex(index)

    def _kind_changed(self) -> None:
        local = self.local_radio.isChecked()
        self.local_panel.setEnabled(local)
        self.server_panel.setEnabled(not local)
        self._say("")

    def choose_file(self) -> None:
        start = self.file_edit.text().strip() or str(default_db_path())
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Файл базы данных"), start,
            self.tr("База данных (*.sqlite3 *.sqlite *.db);;Все файлы (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.file_edit.setText(path)

    def address(self) -> str:
        """The address the fields describe (with the typed password); UserError if incomplete."""
        if self.local_radio.isChecked():
            text = self.file_edit.text().strip()
            if not text:
                raise UserError(self.tr("Укажите файл базы данных или нажмите «По умолчанию»."))
            return str(Path(text).expanduser())
        fields = conn.ServerFields(
            host=self.host_edit.text(), port=self.port_spin.value(),
            database=self.database_edit.text(), user=self.user_edit.text(),
            sslmode=str(self.ssl_combo.currentData()))
        return conn.server_url(fields, self.password_edit.text() or None)

    # --- checking -----------------------------------------------------------------------
    def _say(self, text: str, ok: bool = False) -> None:
        self.message.setStyleSheet(_OK_STYLE if ok else _ERROR_STYLE)
        self.message.setText(text)

    def _busy(self, busy: bool) -> None:
        if busy == self._is_busy:
            return
        self._is_busy = busy
        self.test_button.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)
        if busy:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QGuiApplication.restoreOverrideCursor()

    def _check(self, then_accept: bool) -> None:
        try:
            value = self.address()
        except UserError as exc:
            self._say(error_text(exc))
            return
        self._busy(True)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Проверяю подключение…"))
        self._round += 1
        current = self._round

        def done(result: object) -> None:
            if current != self._round or not shiboken6.isValid(self):
                return  # the dialog was closed or the fields changed meanwhile
            self._busy(False)
            self.task = None
            self.last_result = str(result)
            self._say(self.last_result, ok=True)
            if then_accept:
                remember(value)
                self.value = value
                self.accept()

        def failed(exc: BaseException) -> None:
            if current != self._round or not shiboken6.isValid(self):
                return
            self._busy(False)
            self.task = None
            self.last_result = self._failure_text(exc)
            self._say(self.last_result)

        self.task = run_in_background(lambda: conn.check_connection(value), done, failed)

    def _failure_text(self, exc: BaseException) -> str:
        if isinstance(exc, conn.ServerPasswordError) and exc.missing:
            self.password_edit.setFocus()
            return self.tr("Сервер требует пароль пользователя «%1»: введите его в поле "
                           "«Пароль» (или задайте PGPASSWORD либо файл pgpass).").replace(
                               "%1", self.user_edit.text().strip())
        if isinstance(exc, conn.ServerPasswordError):
            self.password_edit.setFocus()
            self.password_edit.selectAll()
        return error_text(exc)

    def test_connection(self) -> None:
        """«Проверить подключение»: runs in the background, the result in words below."""
        self._check(then_accept=False)

    def try_accept(self) -> None:
        """OK: the same check; only a database that can be opened is remembered."""
        self._check(then_accept=True)

    def reject(self) -> None:
        """Cancel also while a check runs: its answer is then ignored."""
        self._round += 1
        if self.task is not None:
            self.task.cancel()
            self.task = None
        self._busy(False)
        super().reject()


class PasswordDialog(QDialog):
    """The remembered server wants a password nobody stored: ask for this start only."""

    def __init__(self, where: str, problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form_dialog(self, "server_password.ui", grow_with_messages=True)
        child(self.form, QLabel, "whereLabel").setText(
            self.tr("Нужен пароль для подключения: %1.").replace("%1", where))
        self.password_edit: QLineEdit = child(self.form, QLineEdit, "passwordEdit")
        self.message: QLabel = child(self.form, QLabel, "messageLabel")
        self.message.setText(problem)
        box: QDialogButtonBox = child(self.form, QDialogButtonBox, "buttonBox")
        name_ok_button(box, self.tr("Подключиться"), self)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)

    def password(self) -> str:
        return self.password_edit.text()


def ask_password(where: str, problem: str = "", parent: QWidget | None = None) -> str | None:
    """The password typed for this connection, or None if the person cancelled."""
    dialog = PasswordDialog(where, problem, parent)
    return dialog.password() if dialog.exec() else None
