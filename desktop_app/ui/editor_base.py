"""What every editor dialog shares: a form from ``forms/``, Save/Cancel,
Ctrl+S, in-place messages, the Save button disabled while something is
invalid, and a question before unsaved changes are thrown away."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.errors import showing_errors
from desktop_app.ui.forms import load_form
from desktop_app.ui.icons import app_icon


def error_color(widget: QWidget) -> str:
    """A red that reads well on the current palette (light or dark)."""
    window = widget.palette().color(QPalette.ColorRole.Window)
    return "#ff8a80" if window.lightness() < 128 else "#c62828"


def show_message(label: QLabel, text: str | None) -> None:
    label.setStyleSheet(f"color: {error_color(label)};")
    label.setText(text or "")
    label.setVisible(bool(text))


class EditorDialog(QDialog):
    """Base of the editor dialogs; subclasses implement ``check`` and ``save``."""

    saved = Signal(int)

    def __init__(self, form_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowIcon(app_icon())
        self.form = load_form(form_name, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert isinstance(save, QPushButton) and isinstance(cancel, QPushButton)
        self.save_button: QPushButton = save
        save.setText(self.tr("Сохранить"))
        save.setToolTip(self.tr("Сохранить изменения (Ctrl+S)"))
        save.setDefault(True)
        cancel.setText(self.tr("Отмена"))
        cancel.setToolTip(self.tr("Закрыть без сохранения (Esc)"))
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.try_save)
        self.dirty = False
        self._loading = False
        self.saved_id: int | None = None
        for lbl in self.form.findChildren(QLabel):
            if lbl.objectName().endswith("Error") or lbl.objectName() == "errorLabel":
                show_message(lbl, None)

    # --- change tracking ----------------------------------------------------
    def watch(self, *widgets: QWidget) -> None:
        """Mark the dialog changed (and re-check) whenever one of ``widgets`` changes."""
        for w in widgets:
            if isinstance(w, QLineEdit | QPlainTextEdit):
                w.textChanged.connect(self._changed)
            elif isinstance(w, QComboBox):
                w.currentIndexChanged.connect(self._changed)
            elif isinstance(w, QDateEdit | QDateTimeEdit):
                w.dateTimeChanged.connect(self._changed)
            elif isinstance(w, QSpinBox):
                w.valueChanged.connect(self._changed)
            elif isinstance(w, QAbstractButton):
                w.toggled.connect(self._changed)

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        self.dirty = True
        self.refresh_state()

    def refresh_state(self) -> None:
        self.save_button.setEnabled(self.check())

    # --- to implement -----------------------------------------------------------
    def check(self) -> bool:
        """Show messages in place; True when the form may be saved."""
        raise NotImplementedError

    def save(self) -> int | None:
        """Write through the services; the record id, or None if refused (shown)."""
        raise NotImplementedError

    # --- saving and closing ---------------------------------------------------------
    def _save_showing_faults(self) -> int | None:
        """``save()``; what it did not handle itself is shown (and a fault logged)."""
        with showing_errors(self, self.tr("Изменения не сохранены")) as outcome:
            new_id = self.save()
        return None if outcome.failed else new_id

    def try_save(self) -> None:
        if not self.check():
            self.save_button.setEnabled(False)
            return
        new_id = self._save_showing_faults()
        if new_id is None:
            return
        self.saved_id = new_id
        self.dirty = False
        self.saved.emit(new_id)
        self.accept()

    def reject(self) -> None:
        if self.dirty and not self._confirm_discard():
            return
        self.dirty = False
        super().reject()

    def _confirm_discard(self) -> bool:
        """Ask what to do with unsaved changes; True when the dialog may close."""
        answer = QMessageBox.question(
            self,
            self.tr("Несохранённые изменения"),
            self.tr("В окне «%1» есть несохранённые изменения. Сохранить их?").replace(
                "%1", self.windowTitle()
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Discard:
            return True
        if answer == QMessageBox.StandardButton.Save:
            if not self.check():
                return False
            new_id = self._save_showing_faults()
            if new_id is None:
                return False
            self.saved_id = new_id
            self.saved.emit(new_id)
            return True
        return False
