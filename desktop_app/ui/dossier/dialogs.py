"""Small dialogs of the dossier editor: a reason (required or not), optionally with a date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.editor_base import show_message
from desktop_app.ui.forms import child, load_form
from desktop_app.ui.icons import app_icon

from .common import DateField

MAX_REASON = 2000


class ReasonDialog(QDialog):
    """Asks why (a warning is accepted, a document removed, a status changed).

    With ``required`` the OK button stays disabled until a reason is typed.
    With ``with_date`` a date (``дд.мм.гггг``, today by default) is asked too.
    """

    def __init__(
        self,
        title: str,
        prompt: str,
        parent: QWidget | None = None,
        *,
        required: bool = True,
        with_date: bool = False,
        ok_text: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowIcon(app_icon())
        self.setWindowTitle(title)
        self.required = required
        self.form = load_form("dossier_reason.ui", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.prompt = child(self.form, QLabel, "promptLabel")
        self.reason_edit = child(self.form, QPlainTextEdit, "reasonEdit")
        self.date_box = child(self.form, QWidget, "dateBox")
        self.date = DateField(child(self.form, QLineEdit, "dateEdit"))
        self.error = child(self.form, QLabel, "errorLabel")
        optional = "" if required else "\n" + self.tr("Причину можно не указывать.")
        self.prompt.setText(prompt + optional)
        self.date_box.setVisible(with_date)
        self.date.set_date(dt.date.today())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert isinstance(ok, QPushButton) and isinstance(cancel, QPushButton)
        self.ok_button = ok
        ok.setText(ok_text or self.tr("Готово"))
        cancel.setText(self.tr("Отмена"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason_edit.textChanged.connect(self._check)
        self.date.problem_changed.connect(lambda _p: self._check())
        self.resize(480, 280)
        self._check()

    def reason(self) -> str:
        return str(self.reason_edit.toPlainText()).strip()

    def effective_date(self) -> dt.date | None:
        return self.date.date()

    def _problem(self) -> str:
        text = self.reason()
        if self.required and not text:
            return self.tr("Причина: укажите причину — без неё действие не выполняется")
        if len(text) > MAX_REASON:
            return self.tr("Причина: слишком длинный текст — %1 знаков при максимуме %2").replace(
                "%1", str(len(text))).replace("%2", str(MAX_REASON))
        if self.date_box.isVisibleTo(self) and self.date.problem:
            return self.tr("Дата: %1").replace("%1", self.date.problem)
        if self.date_box.isVisibleTo(self) and self.date.date() is None:
            return self.tr("Дата: укажите дату в формате дд.мм.гггг")
        return ""

    def _check(self) -> bool:
        problem = self._problem()
        self.ok_button.setEnabled(not problem)
        # an empty required reason is not an error yet: say it once something was typed
        show_message(self.error, problem if (problem and (self.reason() or not self.required))
                     else None)
        return not problem

    def _accept(self) -> None:
        if self._check():
            self.accept()
