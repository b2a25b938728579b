"""The details of an attached document: title, number, date of issue, valid until.

Opened from the dossier's documents list («Сведения…»); the change goes through
:meth:`DocumentService.update_document`, which logs it like every other edit.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desktop_app.core.errors import InputError
from desktop_app.core.services.document_models import DocumentOut
from desktop_app.core.services.facade import Services
from desktop_app.ui.dates import DateField
from desktop_app.ui.editor_base import EditorDialog, show_message
from desktop_app.ui.errors import error_text
from desktop_app.ui.forms import child


class DocumentDetailsDialog(EditorDialog):
    """Change what the consultant typed when attaching (or left empty then)."""

    def __init__(self, services: Services, document: DocumentOut,
                 parent: QWidget | None = None) -> None:
        super().__init__("dossier_document_details.ui", parent)
        self.services = services
        self.document = document
        self.result_document: DocumentOut | None = None
        f = self.form
        self.type_label: QLabel = child(f, QLabel, "typeLabel")
        self.title_edit: QLineEdit = child(f, QLineEdit, "titleEdit")
        self.number_edit: QLineEdit = child(f, QLineEdit, "numberEdit")
        self.issued = DateField(child(f, QLineEdit, "issuedEdit"))
        self.valid = DateField(child(f, QLineEdit, "validEdit"))
        self.error: QLabel = child(f, QLabel, "errorLabel")
        self.setWindowTitle(self.tr("Сведения о документе"))
        self.type_label.setText(self.tr("Вид документа: %1").replace("%1", document.type_title))
        self.title_edit.setPlaceholderText(document.type_title)
        self._loading = True
        self.title_edit.setText(document.title or "")
        self.number_edit.setText(document.number or "")
        self.issued.set_date(document.issued_on)
        self.valid.set_date(document.valid_until)
        self._loading = False
        self.watch(self.title_edit, self.number_edit, self.issued.edit, self.valid.edit)
        self.resize(540, 260)
        self.refresh_state()

    def check(self) -> bool:
        problems = [f"{label}: {field.problem}"
                    for label, field in ((self.tr("Дата выдачи"), self.issued),
                                         (self.tr("Действует до"), self.valid))
                    if field.problem]
        issued, valid = self.issued.date(), self.valid.date()
        if issued is not None and valid is not None and valid < issued:
            problems.append(self.tr("Действует до: срок действия раньше даты выдачи"))
        show_message(self.error, "\n".join(problems) if problems and self.dirty else None)
        return not problems and self.dirty

    def save(self) -> int | None:
        try:
            self.result_document = self.services.documents.update_document(
                self.document.id,
                title=self.title_edit.text().strip() or None,
                number=self.number_edit.text().strip() or None,
                issued_on=self.issued.date(),
                valid_until=self.valid.date(),
            )
        except InputError as exc:
            show_message(self.error, error_text(exc))
            return None
        return self.document.id
