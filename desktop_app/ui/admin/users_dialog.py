"""Administrator's list of accounts: add, change, reset password, unlock."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop_app.core.errors import InputError, UserError
from desktop_app.core.services.facade import Services
from desktop_app.core.services.users import UserOut
from desktop_app.ui import labels
from desktop_app.ui.errors import error_text, showing_errors
from desktop_app.ui.forms import child, form_dialog, name_ok_button


class UserEditDialog(QDialog):
    """A new account (with its password) or changes to an existing one."""

    def __init__(self, services: Services, user: UserOut | None = None,
                 parent: QWidget | None = None, *, password_only: bool = False) -> None:
        super().__init__(parent)
        self.services = services
        self.user = user
        self.password_only = password_only
        self.form = form_dialog(self, "admin_user_edit.ui", grow_with_messages=True)
        self.login_edit: QLineEdit = child(self.form, QLineEdit, "loginEdit")
        self.full_name_edit: QLineEdit = child(self.form, QLineEdit, "fullNameEdit")
        self.position_edit: QLineEdit = child(self.form, QLineEdit, "positionEdit")
        self.role_combo: QComboBox = child(self.form, QComboBox, "roleCombo")
        self.active_check: QCheckBox = child(self.form, QCheckBox, "activeCheck")
        self.password_edit: QLineEdit = child(self.form, QLineEdit, "passwordEdit")
        self.repeat_edit: QLineEdit = child(self.form, QLineEdit, "repeatEdit")
        self.message: QLabel = child(self.form, QLabel, "messageLabel")
        for code, label in labels.roles().items():
            self.role_combo.addItem(label, code)
        box: QDialogButtonBox = child(self.form, QDialogButtonBox, "buttonBox")
        name_ok_button(box, self.tr("Сохранить"), self)
        box.accepted.connect(self.try_save)
        box.rejected.connect(self.reject)
        if user is not None:
            self.setWindowTitle(self.tr("Учётная запись «%1»").replace("%1", user.login))
            self.login_edit.setText(user.login)
            self.full_name_edit.setText(user.full_name)
            self.position_edit.setText(user.position or "")
            self.role_combo.setCurrentIndex(self.role_combo.findData(user.role))
            self.active_check.setChecked(user.active)
            show_password = password_only
            for w in (self.login_edit, self.full_name_edit, self.position_edit,
                      self.role_combo, self.active_check):
                w.setEnabled(not password_only)
        else:
            self.setWindowTitle(self.tr("Новый пользователь"))
            show_password = True
        for name in ("passwordLabel", "repeatLabel"):
            child(self.form, QLabel, name).setVisible(show_password)
        self.password_edit.setVisible(show_password)
        self.repeat_edit.setVisible(show_password)

    def try_save(self) -> None:
        users = self.services.users
        try:
            if self.password_edit.isVisible() and (
                self.password_edit.text() != self.repeat_edit.text()
            ):
                raise InputError("Пароль ещё раз: пароли не совпадают")
            data = {
                "login": self.login_edit.text(),
                "full_name": self.full_name_edit.text(),
                "position": self.position_edit.text() or None,
                "role": self.role_combo.currentData(),
                "active": self.active_check.isChecked(),
            }
            if self.user is None:
                users.create(data, self.password_edit.text())
            elif self.password_only:
                users.reset_password(self.user.id, self.password_edit.text())
            else:
                users.update(self.user.id, {**data, "phone": self.user.phone,
                                            "email": self.user.email})
        except UserError as exc:
            self.message.setText(error_text(exc))
            return
        self.accept()


class UsersDialog(QDialog):
    COLUMNS = ("Имя входа", "ФИО", "Должность", "Роль", "Состояние", "Последний вход")

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.form = form_dialog(self, "admin_users.ui", grow_with_messages=True)
        self.resize(self.form.size())
        self.table: QTableWidget = child(self.form, QTableWidget, "usersTable")
        self.table.setColumnCount(len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        child(self.form, QPushButton, "addButton").clicked.connect(self.add_user)
        child(self.form, QPushButton, "editButton").clicked.connect(self.edit_user)
        child(self.form, QPushButton, "resetButton").clicked.connect(self.reset_password)
        child(self.form, QPushButton, "unlockButton").clicked.connect(self.unlock_user)
        self.table.doubleClicked.connect(self.edit_user)
        close = child(self.form, QDialogButtonBox, "closeBox")
        close.rejected.connect(self.reject)
        self.sessions_table: QTableWidget = child(self.form, QTableWidget, "sessionsTable")
        headers = [self.tr("Компьютер"), self.tr("Вошёл в программу"),
                   self.tr("С какого времени"), self.tr("Что открыто"),
                   self.tr("Пользователь системы")]
        self.sessions_table.setColumnCount(len(headers))
        self.sessions_table.setHorizontalHeaderLabels(headers)
        self.sessions_table.horizontalHeader().setStretchLastSection(True)
        self.sessions_table.verticalHeader().setVisible(False)
        self.sessions_table.setWordWrap(False)
        self.users: list[UserOut] = []
        self.refresh()

    def refresh(self) -> None:
        self.users = self.services.users.list_users()
        self.table.setRowCount(len(self.users))
        for row, u in enumerate(self.users):
            state = self.tr("активна") if u.active else self.tr("отключена")
            if u.locked():
                state += self.tr(", заблокирована до %1").replace(
                    "%1", f"{u.locked_until.astimezone():%H:%M:%S}" if u.locked_until else ""
                )
            last = u.last_login_at.astimezone().strftime("%d.%m.%Y %H:%M") if u.last_login_at \
                else "—"
            for col, text in enumerate((u.login, u.full_name, u.position or "", u.role_label,
                                        state, last)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.refresh_sessions()

    def refresh_sessions(self) -> None:
        """Who has the database open now, on which computer and since when (the local
        file's session notes or the server's session rows: the same list)."""
        self.sessions = self.services.users.open_sessions()
        names = {u.login: u.full_name for u in self.users}
        self.sessions_table.setRowCount(len(self.sessions))
        for row, note in enumerate(self.sessions):
            who = "—"
            if note.user:
                who = f"{names.get(note.user, note.user)} ({note.user})"
            what = note.program + (self.tr(" (это окно)") if note.own else "")
            since = note.since.astimezone().strftime("%d.%m.%Y %H:%M")
            for col, text in enumerate((note.host, who, since, what, note.os_user)):
                item = QTableWidgetItem(text)
                item.setToolTip(note.describe())
                self.sessions_table.setItem(row, col, item)
        self.sessions_table.resizeColumnsToContents()

    def selected(self) -> UserOut | None:
        row = self.table.currentRow()
        if 0 <= row < len(self.users):
            return self.users[row]
        QMessageBox.information(self, self.windowTitle(),
                                self.tr("Выберите пользователя в списке."))
        return None

    def add_user(self) -> None:
        if UserEditDialog(self.services, None, self).exec():
            self.refresh()

    def edit_user(self) -> None:
        user = self.selected()
        if user is not None and UserEditDialog(self.services, user, self).exec():
            self.refresh()

    def reset_password(self) -> None:
        user = self.selected()
        if user is not None and UserEditDialog(self.services, user, self,
                                               password_only=True).exec():
            self.refresh()

    def unlock_user(self) -> None:
        user = self.selected()
        if user is None:
            return
        with showing_errors(self, self.windowTitle()):
            self.services.users.unlock(user.id)
        self.refresh()
